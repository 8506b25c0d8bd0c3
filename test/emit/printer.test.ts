// The big modules are printed in prettier's form by our own printer (generator/format/print/), not by prettier. The contract:
// over every spec we have, prettier (pinned options) changes no byte of any generated code file, and the printer
// gives exactly what prettier makes of the modules' unformatted source (which also catches an object broken over
// lines that prettier would have kept on one: prettier keeps such an object broken when it reformats).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatChunk } from "../../generator/format/format-chunk.mjs";
import { declarationLayout, declarationSource, moduleSource, rendersIn } from "../../generator/format/print/declarations.js";
import { emitModules } from "../../generator/emit/emit-modules.js";
import { compileModules } from "../../generator/emit/compile.js";
import { formatFiles, prettierOptions } from "../../generator/format/format.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { NotPrintable } from "../../generator/format/print/literals.js";
import { SPECS } from "../helpers/specs-store.js";
import { NAMED_SPECS } from "../helpers/specs.js";


describe("the printer", () => {
  it.each(NAMED_SPECS)("%s: prettier changes no byte", async (_name, spec) => {
    const loaded = await loadDocument(spec);
    await loaded.validated;
    const emitted = await emitModules(buildModel(loaded), "@test/client");
    const formatted = await formatFiles(await compileModules(emitted));
    const byPath = new Map(formatted.map((file) => [file.path, file.text]));
    for (const file of emitted.filter((f) => f.declarations)) {
      const printedPath = file.path.endsWith(".js") ? file.path : file.path.replace(/\.ts$/, ".d.ts");
      const printed = byPath.get(printedPath)!;
      expect(printed, `${printedPath}: the printer and prettier on the source`).toBe(await formatChunk(moduleSource(file.declarations!, file.flavour!), prettierOptions(file.path)));
    }
    for (const file of formatted.filter((f) => /\.(js|ts)$/.test(f.path))) {
      expect(file.text, `${file.path}: prettier on the output`).toBe(await formatChunk(file.text, prettierOptions(file.path)));
    }
  }, 120_000);

  it("prints every declaration of the big real specs itself (prettier only as a fallback)", async () => {
    for (const name of ["stripe.com.json", "github.com_api.github.com.json", "kubernetes.io.json"]) {
      const loaded = await loadDocument(path.join(SPECS, "real", name));
      const emitted = await emitModules(buildModel(loaded), "@test/client");
      const fallbacks = emitted.flatMap((file) =>
        (file.declarations ?? [])
          .filter((declaration) => rendersIn(declaration, file.flavour!))
          .filter((declaration) => {
            try {
              declarationLayout(declaration, file.flavour!);
              return false;
            } catch (error) {
              if (error instanceof NotPrintable) return true;
              throw error;
            }
          })
          .map((declaration) => declarationSource(declaration, file.flavour!).slice(0, 200)),
      );
      expect(fallbacks, name).toEqual([]);
    }
  }, 120_000);
});
