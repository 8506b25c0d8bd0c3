// The example data is checked by TypeScript too: each spec's emitted mocks.ts (the typed source the .js and .d.ts
// are compiled from) type-checks under --strict against the generated types. The big real-world specs are left to
// the corpus runs (minutes each here); the fixtures and feature specs cover every kind of schema.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emitModules } from "../../generator/emit/emit-modules.js";
import { typedSourceFiles } from "../../generator/format/format.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { tempDir } from "../helpers/cli.js";
import { NAMED_SPECS } from "../helpers/specs.js";
import { typecheckFolder } from "../helpers/typecheck.js";

const SMALL = NAMED_SPECS.filter(([name]) => !name.includes("/real/"));

describe("emitted mocks.ts type-checks", () => {
  it.each(SMALL)("%s", async (_name, spec) => {
    const model = buildModel(await loadDocument(spec));
    const files = typedSourceFiles(await emitModules(model, "@test/client", { typedSources: true, mocks: "fetch" }));
    const temp = tempDir("mocks-types-");
    try {
      for (const file of files.filter((entry) => entry.path.endsWith(".ts"))) {
        mkdirSync(path.dirname(path.join(temp.dir, file.path)), { recursive: true });
        writeFileSync(path.join(temp.dir, file.path), file.text);
      }
      writeFileSync(path.join(temp.dir, "package.json"), '{"type":"module"}');
      expect(typecheckFolder(temp.dir).filter((line) => line.startsWith("mocks"))).toEqual([]);
    } finally {
      temp.remove();
    }
  }, 120_000);
});
