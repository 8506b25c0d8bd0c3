// The reserved names against what the runtime really exports, read by TypeScript's checker (not the parser pass that
// computes them), and against what the emitted modules import and re-export.
import { readdirSync } from "node:fs";
import path from "node:path";
import { StructureKind } from "ts-morph";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitIndex } from "../../generator/emit/emit-index.js";
import { reservedNames } from "../../generator/model/names.js";
import { OPT_IN_TEMPLATES } from "../../generator/paths.js";
import { runtimeExportNames } from "../../generator/model/runtime-names.js";
import { ROOT } from "../helpers/cli.js";

const TEMPLATES = path.join(ROOT, "templates");

/**
 * Each runtime module's exports, values and types, as the checker sees them; the opt-in modules' runtime files are
 * left out (only their own modules import them, and nothing of them reaches the package entry).
 */
function checkedRuntimeExports(): Map<string, string[]> {
  const files = readdirSync(TEMPLATES).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !(name in OPT_IN_TEMPLATES)).map((name) => path.join(TEMPLATES, name));
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const exports = new Map<string, string[]>();
  for (const file of files) {
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
    exports.set(path.basename(file), checker.getExportsOfModule(symbol).map((exported) => exported.name));
  }
  return exports;
}

describe("reserved names", () => {
  const reserved = reservedNames(runtimeExportNames());

  it("hold every name every runtime module exports", () => {
    const exports = checkedRuntimeExports();
    expect(exports.size).toBeGreaterThanOrEqual(10);
    for (const [file, names] of exports) {
      expect(names.length, file).toBeGreaterThan(0);
      expect(names.filter((name) => !reserved.has(name)), `exported by templates/${file} but not reserved`).toEqual([]);
    }
  });

  it("leave the opt-in modules' names to the spec: GitHub's ValidationError and Issue keep their names", () => {
    for (const name of ["ValidationError", "Issue", "ApiValidationError", "MockFetch", "QueryError"]) expect(reserved.has(name), name).toBe(false);
  });

  it("hold the names the runtime's callers and return types have, which operations.js imports", () => {
    for (const name of ["request", "paginate", "stream", "addIdempotencyKey", "encodeJson", "serializeSimplePathParameter", "ApiPromise", "PagePromise", "PageItem", "EventStream", "Client", "RequestOptions", "OperationSpec"]) {
      expect(reserved.has(name), name).toBe(true);
    }
  });

  it("hold every name the package entry re-exports", () => {
    const statements = emitIndex().statements;
    const exported = (Array.isArray(statements) ? statements : []).flatMap((statement) =>
      typeof statement === "object" && statement.kind === StructureKind.ExportDeclaration && Array.isArray(statement.namedExports) ? statement.namedExports.map(String) : [],
    );
    expect(exported.length).toBeGreaterThan(10);
    expect(exported.filter((name) => !reserved.has(name))).toEqual([]);
  });
});
