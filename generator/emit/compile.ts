// Compile step: each TypeScript module → JavaScript plus declarations, one file at a time (no type-checking program),
// so plain Node ESM imports the package and TypeScript sees every type and doc comment.
import ts from "typescript";
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
export function compileModules(files: readonly EmittedFile[]): EmittedFile[] {
  const output: EmittedFile[] = [];
  for (const file of files) {
    if (!file.path.endsWith(".ts")) {
      output.push(file);
      continue;
    }
    const stem = file.path.slice(0, -3);
    if (file.declarationsOnly) {
      // The biggest module by far on large specs; re-printing it through the compiler would only cost time.
      output.push({ ...file, path: `${stem}.d.ts` });
      continue;
    }
    const transpiled = ts.transpileModule(file.text, { compilerOptions: COMPILER_OPTIONS, fileName: file.path, reportDiagnostics: true });
    // The transpiler emits something for any input; a syntax error here means an emitter bug, never to be written.
    const syntaxError = transpiled.diagnostics?.find((diagnostic) => diagnostic.file !== undefined);
    if (syntaxError) throw new Error(`emitted ${file.path} does not parse: ${ts.flattenDiagnosticMessageText(syntaxError.messageText, " ")}`);
    const js = transpiled.outputText;
    const dts = ts.transpileDeclaration(file.text, { compilerOptions: COMPILER_OPTIONS, fileName: file.path });
    const problems = dts.diagnostics ?? [];
    if (problems.length > 0) {
      const message = ts.flattenDiagnosticMessageText(problems[0]!.messageText, " ");
      throw new Error(`declarations for ${file.path} cannot be emitted: ${message}`);
    }
    if (!/^\s*(export\s*\{\s*\};?)?\s*$/.test(stripSourceMap(js))) output.push({ ...file, path: `${stem}.js`, text: stripSourceMap(js) });
    output.push({ ...file, path: `${stem}.d.ts`, text: stripSourceMap(dts.outputText) });
  }
  return output;
}

function stripSourceMap(text: string): string {
  return text.replace(/\/\/# sourceMappingURL=.*\s*$/, "");
}
