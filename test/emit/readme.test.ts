// The generated README.md is written in prettier's form directly (formatting a big spec's README with prettier takes
// seconds): over every spec we have, prettier with the pinned markdown options changes no byte of it.
import { readdirSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { emitReadme } from "../../generator/emit/emit-readme.js";
import { MARKDOWN_OPTIONS } from "../../generator/format.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { ROOT, SHARED_SPECS } from "../helpers/cli.js";

const specs = [
  path.join(ROOT, "openapi.json"),
  ...readdirSync(path.join(ROOT, "test/fixtures")).filter((name) => name.endsWith(".json")).map((name) => path.join(ROOT, "test/fixtures", name)),
  ...readdirSync(path.join(ROOT, "test/hostile/specs")).filter((name) => name.startsWith("ok-")).map((name) => path.join(ROOT, "test/hostile/specs", name)),
  ...readdirSync(path.join(SHARED_SPECS, "real")).map((name) => path.join(SHARED_SPECS, "real", name)),
  ...["3.0", "3.1"].flatMap((version) => readdirSync(path.join(SHARED_SPECS, "features", version)).map((name) => path.join(SHARED_SPECS, "features", version, name))),
];

describe("the generated README", () => {
  it.each(specs.map((spec) => [path.relative(path.join(ROOT, ".."), spec), spec]))("%s: prettier changes no byte", async (_name, spec) => {
    const loaded = await loadDocument(spec);
    await loaded.validated;
    const readme = emitReadme(buildModel(loaded), "@test/client");
    expect(await prettier.format(readme, MARKDOWN_OPTIONS)).toBe(readme);
  }, 60_000);
});
