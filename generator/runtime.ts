// The runtime every client gets: templates/*.ts compiled and formatted. It depends on nothing in the spec, so the
// published package ships it already built (dist/runtime.json, written by build.mjs); a run uses that copy when
// it was built from the same templates with the same TypeScript and prettier, and builds it (cached) otherwise.
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import ts from "typescript";
import * as prettier from "prettier";
import { cacheKey } from "./cache.js";
import { compileModules } from "./emit/compile.js";
import type { EmittedFile } from "./emit/emit-modules.js";
import { formatFiles } from "./format.js";
import { PREBUILT_RUNTIME, TEMPLATES_DIR } from "./paths.js";

interface PrebuiltRuntime {
  key: string;
  files: Array<{ path: string; text: string }>;
}

/** The compiled, formatted runtime for the template sources among `files` (the `origin: "template"` ones). */
export async function buildRuntime(templates: readonly EmittedFile[]): Promise<EmittedFile[]> {
  const key = runtimeKey(templates);
  const prebuilt = await readFile(PREBUILT_RUNTIME, "utf8").then((text) => JSON.parse(text) as PrebuiltRuntime, () => undefined);
  if (prebuilt?.key === key) return prebuilt.files.map((file) => ({ ...file, origin: "template" as const }));
  return compileRuntime(templates);
}

async function compileRuntime(templates: readonly EmittedFile[]): Promise<EmittedFile[]> {
  return formatFiles(await compileModules(templates));
}

/** What the built runtime depends on. */
function runtimeKey(templates: readonly EmittedFile[]): string {
  return cacheKey(ts.version, prettier.version, ...templates.flatMap((file) => [file.path, file.text]));
}

/** The prebuilt runtime for build.mjs to write. */
export async function prebuildRuntime(templates: readonly EmittedFile[]): Promise<string> {
  const files = await compileRuntime(templates);
  const prebuilt: PrebuiltRuntime = { key: runtimeKey(templates), files: files.map(({ path, text }) => ({ path, text })) };
  return JSON.stringify(prebuilt);
}

// Read once per process: the templates are the generator's own files and do not change while it runs.
let exportNames: readonly string[] | undefined;

/**
 * Every name the runtime's modules export, read from the template sources with TypeScript's parser: the names the
 * emitted modules import from the runtime or re-export from it are among them.
 */
export function runtimeExportNames(): readonly string[] {
  if (exportNames) return exportNames;
  const names = new Set<string>();
  for (const file of readdirSync(TEMPLATES_DIR).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).sort()) {
    const source = ts.createSourceFile(file, readFileSync(TEMPLATES_DIR + file, "utf8"), ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
    for (const name of exportedNames(source)) names.add(name);
  }
  exportNames = [...names].sort();
  return exportNames;
}

/** The names a module's top-level statements export: declarations marked `export`, and `export { a, b as c }` lists. */
function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.exportClause && ts.isNamedExports(statement.exportClause)) names.push(...statement.exportClause.elements.map((element) => element.name.text));
      continue;
    }
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name) {
      names.push(statement.name.text);
    }
  }
  return names;
}
