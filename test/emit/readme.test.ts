// The generated README.md is written in prettier's form directly (formatting a big spec's README with prettier takes
// seconds): over every spec we have, prettier with the pinned markdown options changes no byte of it.
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { emitReadme } from "../../generator/emit/emit-readme.js";
import { MARKDOWN_OPTIONS } from "../../generator/format/format.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { NAMED_SPECS } from "../helpers/specs.js";

describe("the generated README", () => {
  it.each(NAMED_SPECS)("%s: prettier changes no byte", async (_name, spec) => {
    const loaded = await loadDocument(spec);
    await loaded.validated;
    const readme = emitReadme(buildModel(loaded), "@test/client");
    expect(await prettier.format(readme, MARKDOWN_OPTIONS)).toBe(readme);
  }, 60_000);
});
