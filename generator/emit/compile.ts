// Compile step: each TypeScript module → JavaScript plus declarations, one file at a time (no type-checking program),
// so plain Node ESM imports the package and TypeScript sees every type and doc comment.
import ts from "typescript";
import { cacheKey, readCached, writeCached } from "../common/cache.js";
import type { EmittedFile } from "./emit-modules.js";

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  isolatedDeclarations: true,
  verbatimModuleSyntax: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

/** Turns `x.ts` into `x.js` and `x.d.ts`; other files pass through. A module with no runtime code gets no `.js`. */
export async function compileModules(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
  const output: EmittedFile[] = [];
  const fresh: Array<readonly [string, string]> = [];
  for (const file of files) {
    if (!file.path.endsWith(".ts") || file.declarationsOnly) {
      output.push(...compileModule(file));
      continue;
    }
    // The runtime and the small modules take a few hundred milliseconds to compile; unchanged ones are read back.
    const key = cacheKey(ts.version, JSON.stringify(COMPILER_OPTIONS), file.path, file.text);
    const cached = await readCached("compile", key);
    const compiled =
      cached === undefined
        ? compileModule(file)
        : (JSON.parse(cached) as Array<{ path: string; text: string }>).map((c) => ({ ...file, ...c }));
    if (cached === undefined) fresh.push([key, JSON.stringify(compiled.map(({ path, text }) => ({ path, text })))]);
    output.push(...compiled);
  }
  await writeCached("compile", fresh);
  return output;
}

/** One module → its `.js` (unless it has no runtime code) and `.d.ts`; refuses a module that does not parse. */
function compileModule(file: EmittedFile): EmittedFile[] {
  if (!file.path.endsWith(".ts")) return [file];
  const stem = file.path.slice(0, -3);
  // The types module is by far the biggest on large specs, and is already a valid declaration file.
  if (file.declarationsOnly) return [{ ...file, path: `${stem}.d.ts` }];
  const transpiled = ts.transpileModule(file.text, {
    compilerOptions: COMPILER_OPTIONS,
    fileName: file.path,
    reportDiagnostics: true,
  });
  // The transpiler emits something for any input; a syntax error here means an emitter bug, never to be written.
  const syntaxError = transpiled.diagnostics?.find((diagnostic) => diagnostic.file !== undefined);
  if (syntaxError)
    throw new Error(
      `emitted ${file.path} does not parse: ${ts.flattenDiagnosticMessageText(syntaxError.messageText, " ")}`,
    );
  const dts = ts.transpileDeclaration(file.text, { compilerOptions: COMPILER_OPTIONS, fileName: file.path });
  const problem = dts.diagnostics?.[0];
  if (problem)
    throw new Error(
      `declarations for ${file.path} cannot be emitted: ${ts.flattenDiagnosticMessageText(problem.messageText, " ")}`,
    );
  const js = stripSourceMap(transpiled.outputText);
  const output: EmittedFile[] = [];
  if (!/^\s*(export\s*\{\s*\};?)?\s*$/.test(js)) output.push({ ...file, path: `${stem}.js`, text: js });
  output.push({ ...file, path: `${stem}.d.ts`, text: stripSourceMap(dts.outputText) });
  return output;
}

function stripSourceMap(text: string): string {
  return text.replace(/\/\/# sourceMappingURL=.*\s*$/, "");
}
