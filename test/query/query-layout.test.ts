// The query module's functions that format/print/code-functions.ts lays out (so that the format stage does not hand
// them to prettier) are exactly what prettier prints: declaration by declaration, and as whole files through the format
// stage, over the fixtures, Pocketflows, Stripe and GitHub; what the rules do not cover is left to prettier.
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { queryDeclarations } from "../../generator/emit/emit-query.js";
import { formatFiles, prettierOptions } from "../../generator/format/format.js";
import { layoutDeclaredFunction, layoutFunction } from "../../generator/format/print/code-functions.js";
import { declarationSource, moduleSource, printDeclaration } from "../../generator/format/print/declarations.js";
import { NotPrintable } from "../../generator/format/print/literals.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { ROOT } from "../helpers/cli.js";
import { SPECS as STORED_SPECS } from "../helpers/specs-store.js";

const SPECS: Array<[string, string]> = [
  ["lists.json", path.join(ROOT, "test/fixtures/lists.json")],
  ["petstore.json", path.join(STORED_SPECS, "features/3.0/petstore.json")],
  ["openapi.json (Pocketflows)", path.join(ROOT, "openapi.json")],
  ["stripe.com.json", path.join(STORED_SPECS, "real/stripe.com.json")],
  ["github.com_api.github.com.json", path.join(STORED_SPECS, "real/github.com_api.github.com.json")],
];

async function prettierForm(source: string, file: string): Promise<string> {
  return (await prettier.format(source, prettierOptions(file))).replace(/\n$/, "");
}

describe("the query module's own layout", () => {
  it.each(SPECS)("%s: every declaration laid out is prettier's form of its source, and so is each file", async (_name, spec) => {
    const model = buildModel(await loadDocument(spec));
    for (const [flavor, file] of [["js", "query.js"], ["d.ts", "query.d.ts"]] as const) {
      const declarations = queryDeclarations(model, flavor);
      const laidOut = declarations.flatMap((declaration) => {
        if (declaration.kind !== "code function") return [];
        try {
          return [[printDeclaration(declaration, flavor), declarationSource(declaration, flavor)] as const];
        } catch (error) {
          if (error instanceof NotPrintable) return [];
          throw error;
        }
      });
      expect(laidOut.length).toBeGreaterThan(0);
      for (const [printed, source] of laidOut) expect(printed, source).toBe(await prettierForm(source, file));
      const [formatted] = await formatFiles([{ path: file, text: "", origin: "spec", declarations, flavour: flavor }]);
      expect(formatted!.text).toBe(await prettier.format(moduleSource(declarations, flavor), prettierOptions(file)));
    }
  }, 300_000);

  const width = prettierOptions("query.js").printWidth!;
  const long = (prefix: string): string => prefix + "X".repeat(width);
  const cases: Array<[string, { given: () => string | undefined; source: string; file: string }]> = [
    ["parameters and type arguments break", { given: () => layoutDeclaredFunction("", "f", ["params: P"], `Pick<Options<${long("R")}, E, [\"a\", P[\"path\"][\"id\"], P]>, "queryKey">`), source: `export declare function f(params: P): Pick<Options<${long("R")}, E, ["a", P["path"]["id"], P]>, "queryKey">;`, file: "query.d.ts" }],
    ["an arrow property breaks after =>", { given: () => layoutFunction("", `export function f(client) {\n  return {\n    queryFn: ({ signal }) => ${"g".repeat(width - 50)}(client, { ...options, signal }),\n  };\n}`), source: `export function f(client) {\n  return {\n    queryFn: ({ signal }) => ${"g".repeat(width - 50)}(client, { ...options, signal }),\n  };\n}`, file: "query.js" }],
    ["an arrow property whose call still does not fit puts one argument a line", { given: () => layoutFunction("", `export function f(client) {\n  return {\n    queryFn: ({ pageParam, signal }) => fetchPage((args) => g(client, args, { ...options, signal }), { style: "${"c".repeat(width / 2)}", items: ["data"] }, params ?? {}, pageParam),\n  };\n}`), source: `export function f(client) {\n  return {\n    queryFn: ({ pageParam, signal }) => fetchPage((args) => g(client, args, { ...options, signal }), { style: "${"c".repeat(width / 2)}", items: ["data"] }, params ?? {}, pageParam),\n  };\n}`, file: "query.js" }],
    ["a long returned array breaks one element a line", { given: () => layoutFunction("", `export function f(params) {\n  return ["${"a".repeat(width / 2)}", "${"b".repeat(width / 2)}", params ?? {}];\n}`), source: `export function f(params) {\n  return ["${"a".repeat(width / 2)}", "${"b".repeat(width / 2)}", params ?? {}];\n}`, file: "query.js" }],
  ];
  it.each(cases)("%s, as prettier does", async (_name, { given, source, file }) => {
    expect(given()).toBe(await prettierForm(source, file));
  });

  it.each([
    ["a call whose last argument prettier would hug", () => layoutFunction("", `export function f(client) {\n  return {\n    queryFn: ({ signal }) => ${"g".repeat(width)}(client, params, { ...options, signal }),\n  };\n}`)],
    ["a string with a quote (prettier may requote it)", () => layoutFunction("", `export function f() {\n  return ["it's"];\n}`)],
    ["a union that does not fit", () => layoutDeclaredFunction("", "f", ["p: P"], `Options<${long("A")} | void, B>`)],
    ["a single complex type argument that does not fit", () => layoutDeclaredFunction("", "f", ["p: P"], `Awaited<ReturnType<typeof ${long("f")}>>`)],
  ])("leaves %s to prettier", (_name, given) => {
    expect(given()).toBeUndefined();
  });
});
