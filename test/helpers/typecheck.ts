// Type-checks a generated package the way a strict consumer would: tsc --noEmit --strict, lib es2022 + dom.
import { readdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: [],
  skipLibCheck: false,
  // TypeScript's own lib files are not ours to check; every generated .d.ts still is.
  skipDefaultLibCheck: true,
};
/** TypeScript's own lib files are parsed once per test process, not once per check: they never change. */
const libCache = new Map<string, ts.SourceFile>();
const host = ts.createCompilerHost(OPTIONS);
const libDir = path.dirname(ts.getDefaultLibFilePath(OPTIONS));
const readSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
  if (!fileName.startsWith(libDir)) return readSourceFile(fileName, languageVersion, onError, shouldCreate);
  let file = libCache.get(fileName);
  if (!file) {
    file = readSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (file) libCache.set(fileName, file);
  }
  return file;
};

/** The `file(line,col): message` lines of every diagnostic; empty when the folder compiles. */
export function typecheckFolder(dir: string, extraFiles: string[] = []): string[] {
  const files = listTypeScript(dir).concat(extraFiles);
  const program = ts.createProgram(files, OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${path.relative(dir, diagnostic.file.fileName)}(${line + 1},${character + 1}): ${message}`;
  });
}

function listTypeScript(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
