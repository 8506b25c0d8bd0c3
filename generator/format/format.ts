// Format stage: prettier with pinned options and no config lookup, so output never depends on the machine.
// Big modules are cut at top-level declarations; each chunk is formatted once (cached by content hash, so a
// regeneration reformats only what changed) and, when there is enough work, on all cores.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import * as prettier from "prettier";
import { cacheKey, readCached, writeCached } from "../common/cache.js";
import type { Declaration, Flavour } from "../emit/declarations.js";
import { fileOfParts, type EmittedFile } from "../emit/emit-modules.js";
import {
  printDeclaration,
  declarationParts,
  declarationSource,
  moduleSource,
  rendersIn,
} from "./print/declarations.js";
import { PRINT_WIDTH } from "./print/layout.js";
import { NotPrintable } from "./print/literals.js";
import { formatChunk } from "./format-chunk.mjs";
import { FORMAT_WORKER } from "../paths.js";

const PRETTIER_OPTIONS: prettier.Options = {
  printWidth: PRINT_WIDTH,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
  proseWrap: "preserve",
};
/** The options prettier formats a module with: what our printer's output is held to (test/emit/printer.test.ts). */
export function prettierOptions(path: string): prettier.Options {
  return { ...PRETTIER_OPTIONS, parser: path.endsWith(".ts") ? "babel-ts" : "babel" };
}
/**
 * The README's markdown is written in the form prettier gives it with these options (test/emit/readme.test.ts);
 * its TypeScript snippets are left as written (`embeddedLanguageFormatting: "off"`), being one-line examples.
 */
export const MARKDOWN_OPTIONS: prettier.Options = {
  ...PRETTIER_OPTIONS,
  parser: "markdown",
  embeddedLanguageFormatting: "off",
};
/** Chunks end at about one declaration in CHUNK_SPREAD, and stay between these sizes. */
const CHUNK_SPREAD = 24;
const MIN_CHUNK_BYTES = 8 * 1024;
const MAX_CHUNK_BYTES = 256 * 1024;
/** Below this much text, starting worker threads costs more than it saves. */
const PARALLEL_BYTES = 512 * 1024;

interface Chunk {
  text: string;
  parser: string;
  key: string;
  formatted?: string;
}

/**
 * Formats `.js` and `.d.ts` files. The big modules come as declarations, which our printer prints in prettier's
 * form; prettier formats what it does not print, and the small modules. JSON files, and the README (whose markdown
 * prettier takes seconds to format on a big spec), are written in prettier's form already. test/emit/printer.test.ts
 * and test/emit/readme.test.ts prove prettier changes no byte of any of it.
 */
export async function formatFiles(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
  const plans = files.map((file) => {
    // babel-ts: see format-chunk.mjs.
    const parser = file.path.endsWith(".ts") ? "babel-ts" : file.path.endsWith(".js") ? "babel" : undefined;
    if (file.declarations) {
      const rendered = file.declarations.filter((declaration) => rendersIn(declaration, file.flavour!));
      return { file, rendered, printed: printDeclarations(rendered, file.flavour!, parser!) };
    }
    return {
      file,
      chunks: parser ? splitTopLevel(separateDeclarations(file.text)).map((text) => chunk(text, parser)) : [],
    };
  });
  const chunks = plans.flatMap(
    (plan) => plan.chunks ?? plan.printed!.filter((part): part is Chunk => typeof part !== "string"),
  );
  await Promise.all(chunks.map(async (c) => (c.formatted = await readCached("format", c.key))));
  const missing = chunks.filter((c) => c.formatted === undefined);
  const size = missing.reduce((total, c) => total + c.text.length, 0);
  await (size > PARALLEL_BYTES ? formatInWorkers(missing) : formatHere(missing));
  await writeCached(
    "format",
    missing.map((c) => [c.key, c.formatted!] as const),
  );
  return plans.map(({ file, chunks: parts, rendered, printed }) => {
    if (printed) {
      const texts = printed.map((part) => (typeof part === "string" ? part : part.formatted!.replace(/\n$/, "")));
      const { text: _unprinted, declarations: _printed, flavour: _flavour, ...rest } = file;
      return fileOfParts(rest, declarationParts(rendered!, texts));
    }
    return parts!.length === 0 ? file : { ...file, text: parts!.map((c) => c.formatted).join("\n") };
  });
}

/**
 * Each declaration printed in `flavour` by our printer (or as the watch memo kept it from an earlier run), or, where
 * the printer does not print a construct, a chunk for prettier.
 */
function printDeclarations(
  declarations: readonly Declaration[],
  flavour: Flavour,
  parser: string,
): Array<string | Chunk> {
  return declarations.map((declaration) => {
    const kept = declaration.printed?.[flavour];
    if (typeof kept === "string") return kept;
    try {
      const text = printDeclaration(declaration, flavour);
      if (declaration.printed) declaration.printed[flavour] = text;
      return text;
    } catch (error) {
      if (!(error instanceof NotPrintable)) throw error;
      if (declaration.printed) declaration.printed[flavour] = null; // prettier's: the memo keeps its data
      return chunk(declarationSource(declaration, flavour), parser);
    }
  });
}

/**
 * The files as unformatted TypeScript: each big module's declarations written as source in their flavour. What the
 * tests type-check when they ask `emitModules` for the typed sources.
 */
export function typedSourceFiles(files: readonly EmittedFile[]): EmittedFile[] {
  return files.map((file) => {
    if (!file.declarations) return file;
    const { declarations, flavour, ...rest } = file;
    return { ...rest, text: moduleSource(declarations, flavour!) };
  });
}

function chunk(text: string, parser: string): Chunk {
  const key = cacheKey(prettier.version, JSON.stringify(PRETTIER_OPTIONS), parser, text);
  return { text, parser, key };
}

/**
 * The compiler drops blank lines; one before each top-level declaration makes the output read like hand-written code.
 */
function separateDeclarations(text: string): string {
  return text.replace(
    /(?<!\*\/)\n(?=\/\*\*|export |const |function |async function |declare |class |interface |type )/g,
    "\n\n",
  );
}

/**
 * Cuts a module into chunks at blank lines followed by a top-level line: nested code is always indented, so
 * formatting the chunks one by one gives the same text as formatting the whole module. Where a chunk ends is
 * decided by the start of a declaration (its name), not by running sizes, so editing one declaration leaves every
 * other chunk, and its cache entry, as it was.
 */
function splitTopLevel(text: string): string[] {
  const pieces = text.split(/\n\n(?=\S)/);
  const chunks: string[] = [];
  let current = "";
  for (const piece of pieces) {
    current = current === "" ? piece : `${current}\n\n${piece}`;
    if (
      current.length >= MAX_CHUNK_BYTES ||
      (current.length >= MIN_CHUNK_BYTES && hashStart(piece) % CHUNK_SPREAD === 0)
    ) {
      chunks.push(current);
      current = "";
    }
  }
  if (current !== "" || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** FNV-1a over the first line of a declaration: cheap, and stable while the declaration's body changes. */
function hashStart(piece: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < Math.min(piece.length, 160); i++) hash = Math.imul(hash ^ piece.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

async function formatHere(chunks: Chunk[]): Promise<void> {
  for (const c of chunks) c.formatted = await formatChunk(c.text, { ...PRETTIER_OPTIONS, parser: c.parser });
}

async function formatInWorkers(chunks: Chunk[]): Promise<void> {
  const count = Math.max(1, Math.min(availableParallelism(), chunks.length));
  const workers = Array.from({ length: count }, () => new Worker(FORMAT_WORKER));
  try {
    let next = 0;
    await Promise.all(
      workers.map(async (worker) => {
        for (let index = next++; index < chunks.length; index = next++) {
          const c = chunks[index]!;
          c.formatted = await new Promise<string>((resolve, reject) => {
            worker.once("message", (reply: { text?: string; error?: string }) =>
              reply.error === undefined ? resolve(reply.text!) : reject(new Error(reply.error)),
            );
            worker.once("error", reject);
            worker.postMessage({ id: index, text: c.text, options: { ...PRETTIER_OPTIONS, parser: c.parser } });
          });
          worker.removeAllListeners("error");
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Puts the "generated, do not edit" header on every code file: the spec's name and the command that regenerates it.
 * The spec's hash is in operations.json only, so a change to the spec changes only the files it changes.
 */
export function addHeaders(
  files: readonly EmittedFile[],
  source: { file: string },
  command: string | undefined,
): EmittedFile[] {
  // A file name could hold a line break, which would end the comment early.
  const from = source.file.replace(/[\r\n\u2028\u2029]/g, " ");
  const again = command === undefined ? "generate again" : `run \`${command.replace(/[\r\n\u2028\u2029]/g, " ")}\``;
  return files.map((file) => {
    if (!file.path.endsWith(".js") && !file.path.endsWith(".ts")) return file;
    const template =
      file.origin === "template"
        ? ` Runtime from templates/${file.path.replace(/^runtime\//, "").replace(/\.d\.ts$|\.js$/, ".ts")}.`
        : "";
    const header = `// Generated from ${from}.${template}\n// Do not edit: change the spec and ${again}.\n\n`;
    // A file of parts stays one: its text is joined only if something reads it.
    if (file.parts)
      return fileOfParts({ path: file.path, origin: file.origin, declarationsOnly: file.declarationsOnly }, [
        header,
        ...file.parts,
      ]);
    return { ...file, text: header + file.text };
  });
}
