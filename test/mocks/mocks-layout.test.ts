// The mocks module is declarations (emit/emit-mocks.ts) that format/print/ prints as mocks.js and mocks.d.ts, without
// TypeScript's compiler or prettier. Held to the path it replaced, the typed source compiled by TypeScript then
// formatted by prettier, and to prettier's form of each flavour's source, over specs that between them hold every
// construct: long server lists, lists of numbers, negative numbers, hostile names and keys, no operation at all.
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { compileModules } from "../../generator/emit/compile.js";
import { mocksDeclarations } from "../../generator/emit/emit-mocks.js";
import type { EmittedFile } from "../../generator/emit/emit-modules.js";
import { formatFiles, prettierOptions } from "../../generator/format/format.js";
import {
  moduleSource,
  printDeclaration,
  rendersIn,
} from "../../generator/format/print/declarations.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { ROOT } from "../helpers/cli.js";
import { SPECS } from "../helpers/specs-store.js";

const CASES: Array<[string, string]> = [
  ["runtime.json", path.join(ROOT, "test/fixtures/runtime.json")],
  [
    "lists.json (lists of numbers)",
    path.join(ROOT, "test/fixtures/lists.json"),
  ],
  ["openapi.json (Pocketflows)", path.join(ROOT, "openapi.json")],
  [
    "server-variables.json (a server list too long for a line)",
    path.join(SPECS, "features/3.0/server-variables.json"),
  ],
  ["schema-types.json", path.join(SPECS, "features/3.1/schema-types.json")],
  [
    "ok-numeric-edge-cases.json",
    path.join(ROOT, "test/hostile/specs/ok-numeric-edge-cases.json"),
  ],
  [
    "ok-prototype-names.json",
    path.join(ROOT, "test/hostile/specs/ok-prototype-names.json"),
  ],
  [
    "ok-no-paths.json (no operation)",
    path.join(ROOT, "test/hostile/specs/ok-no-paths.json"),
  ],
  ...[
    "ok-very-long-names.json",
    "ok-numeric-keys.json",
    "ok-hostile-examples.json",
    "ok-hostile-servers.json",
  ].map((name): [string, string] => [
    name,
    path.join(ROOT, "test/hostile/specs", name),
  ]),
  [
    "openai.com.json (negative numbers)",
    path.join(SPECS, "real/openai.com.json"),
  ],
];

describe("the mocks module's own printing", () => {
  it.each(CASES)(
    "%s: is what TypeScript and prettier made of its typed source",
    async (_name, spec) => {
      const { declarations } = mocksDeclarations(
        buildModel(await loadDocument(spec)),
      );
      // Every declaration is printed by format/print: none is handed to prettier.
      for (const flavour of ["js", "d.ts"] as const)
        for (const declaration of declarations.filter((entry) =>
          rendersIn(entry, flavour),
        ))
          expect(() => printDeclaration(declaration, flavour)).not.toThrow();
      const printed = await formatFiles([
        {
          path: "mocks.js",
          text: "",
          origin: "spec",
          declarations,
          flavour: "js",
        },
        {
          path: "mocks.ts",
          text: "",
          origin: "spec",
          declarations,
          flavour: "d.ts",
          declarationsOnly: true,
        },
      ]);
      // The path before: mocks.ts compiled into mocks.js and mocks.d.ts, which prettier formatted.
      const typed: EmittedFile = {
        path: "mocks.ts",
        text: moduleSource(declarations, "ts"),
        origin: "spec",
      };
      const compiled = await formatFiles(await compileModules([typed]));
      const text = (files: EmittedFile[], file: string): string | undefined =>
        files.find((f) => f.path === file)?.text;
      expect(text(printed, "mocks.js")).toBe(text(compiled, "mocks.js"));
      expect(text(printed, "mocks.ts")).toBe(text(compiled, "mocks.d.ts"));
      // And prettier changes no byte of either flavour's source.
      expect(text(printed, "mocks.js")).toBe(
        await prettier.format(
          moduleSource(declarations, "js"),
          prettierOptions("mocks.js"),
        ),
      );
      expect(text(printed, "mocks.ts")).toBe(
        await prettier.format(
          moduleSource(declarations, "d.ts"),
          prettierOptions("mocks.d.ts"),
        ),
      );
    },
    120_000,
  );
});
