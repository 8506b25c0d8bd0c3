// Generates a client with the query module into a temp folder that resolves this repository's packages (TanStack,
// vitest's expectTypeOf), for the type tests and the runtime test.
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { emitModules } from "../../generator/emit/emit-modules.js";
import { typedSourceFiles } from "../../generator/format/format.js";
import { generate, type GenerateOptions } from "../../generator/generate.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { ROOT, tempDir } from "../helpers/cli.js";
import { typecheckFolder } from "../helpers/typecheck.js";

/**
 * Generates `input` with `--query` (and `modules`, e.g. `--mocks`) into a fresh folder with the repository's
 * node_modules linked in; `consumers` are copied in beside it.
 */
export async function generateWithQuery(
  input: string,
  consumers: readonly string[] = [],
  modules: Pick<GenerateOptions, "query" | "mocks"> = {},
): Promise<{ dir: string; remove: () => void }> {
  const temp = tempDir("query-");
  const dir = path.join(temp.dir, "client");
  await generate({ input, output: dir, query: true, ...modules, reportChanges: false });
  // Outside the folder the type-checker lists, so it checks only the client and the consumers.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(temp.dir, "node_modules"), "dir");
  for (const consumer of consumers) cpSync(consumer, path.join(dir, path.basename(consumer)));
  return { dir, remove: temp.remove };
}

/**
 * Type-checks the typed TypeScript the emitters write with `--query` (the query module's function bodies included)
 * under --strict; returns the diagnostics and the source of `query.ts`.
 */
export async function typecheckQuerySources(spec: string): Promise<{ diagnostics: string[]; query: string }> {
  const temp = tempDir("query-sources-");
  try {
    const files = typedSourceFiles(await emitModules(buildModel(await loadDocument(spec)), "@test/client", { typedSources: true, query: true }));
    const dir = path.join(temp.dir, "client");
    for (const file of files.filter((f) => f.path.endsWith(".ts"))) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.text);
    }
    writeFileSync(path.join(dir, "package.json"), '{"type":"module"}');
    symlinkSync(path.join(ROOT, "node_modules"), path.join(temp.dir, "node_modules"), "dir");
    return { diagnostics: typecheckFolder(dir), query: files.find((file) => file.path === "query.ts")!.text };
  } finally {
    temp.remove();
  }
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

/**
 * Copies the ```ts examples of the `## <section>` sections of a generated client's README.md into its folder
 * (`readme-example-<n>.ts`), their imports of the package (`<name>`, `<name>/query`, `<name>/mocks`…) pointed at its
 * files; returns how many.
 */
export function copyReadmeExamples(dir: string, sections: readonly string[]): number {
  const name = (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name: string }).name;
  const readme = readFileSync(path.join(dir, "README.md"), "utf8");
  const examples = readme
    .split(/^(?=## )/m)
    .filter((section) => sections.some((title) => section.startsWith(`## ${title}\n`)))
    .flatMap((section) => [...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!));
  examples.forEach((code, index) => {
    const local = code
      .replaceAll(`"${name}"`, '"./index.js"')
      .replaceAll(`"${name}/`, '"./~')
      .replace(/"\.\/~([a-z-]+)"/g, '"./$1.js"');
    writeFileSync(path.join(dir, `readme-example-${index + 1}.ts`), local);
  });
  return examples.length;
}
