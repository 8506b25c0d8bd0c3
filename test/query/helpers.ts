// Generates a client with the query module into a temp folder that resolves this repository's packages (TanStack,
// vitest's expectTypeOf), for the type tests and the runtime test.
import { cpSync, readdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { generate } from "../../generator/generate.js";
import { ROOT, tempDir } from "../helpers/cli.js";

/** Generates `input` with `--query` into a fresh folder with the repository's node_modules linked in; `consumers` are copied in beside it. */
export async function generateWithQuery(input: string, consumers: readonly string[] = []): Promise<{ dir: string; remove: () => void }> {
  const temp = tempDir("query-");
  const dir = path.join(temp.dir, "client");
  await generate({ input, output: dir, query: true, reportChanges: false });
  // Outside the folder the type-checker lists, so it checks only the client and the consumers.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(temp.dir, "node_modules"), "dir");
  for (const consumer of consumers) cpSync(consumer, path.join(dir, path.basename(consumer)));
  return { dir, remove: temp.remove };
}

/**
 * Type-checks `dir` as a SvelteKit app's tsconfig does (`moduleResolution: "bundler"`), strict and with the libraries'
 * declarations checked: @tanstack/svelte-query 6's declarations import `./containers.svelte` without an extension,
 * which only a bundler's resolution finds (under NodeNext it falls to svelte's `*.svelte` module and fails).
 */
export function typecheckAsBundled(dir: string): string[] {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    skipDefaultLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${path.relative(dir, diagnostic.file.fileName)}(${line + 1},${character + 1}): ${message}`;
  });
}
