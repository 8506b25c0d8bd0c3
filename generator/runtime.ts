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
import { OPT_IN_TEMPLATES, PREBUILT_RUNTIME, TEMPLATES_DIR } from "./paths.js";

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

/** `export [declare] [async|abstract] function|class|interface|type|const|let|var|enum Name`, at the start of a line. */
const EXPORTED_DECLARATION = /^export\s+(?:declare\s+)?(?:async\s+|abstract\s+)?(?:function\*?|class|interface|type|const|let|var|enum)\s+([\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)/gmu;
/** `export [type] { a, b as c }` (with or without `from`), at the start of a line. */
const EXPORT_LIST = /^export\s+(?:type\s+)?\{([^}]*)\}/gm;

/**
 * Every name the runtime's modules export, read from the template sources: the names the emitted modules import from
 * the runtime or re-export from it are among them. The templates are our own code, in one style, so their `export`
 * lines are matched rather than parsed (TypeScript's parser would add a tenth of a second to every cold run); a test
 * holds the result to what TypeScript's checker says the modules export.
 */
export function runtimeExportNames(): readonly string[] {
  if (exportNames) return exportNames;
  const names = new Set<string>();
  for (const file of readdirSync(TEMPLATES_DIR).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !(name in OPT_IN_TEMPLATES)).sort()) {
    const source = readFileSync(TEMPLATES_DIR + file, "utf8");
    for (const match of source.matchAll(EXPORTED_DECLARATION)) names.add(match[1]!);
    for (const match of source.matchAll(EXPORT_LIST)) {
      for (const element of match[1]!.split(",")) {
        const name = element.trim().split(/\s+as\s+/).pop()!.replace(/^type\s+/, "");
        if (name) names.add(name);
      }
    }
  }
  exportNames = [...names].sort();
  return exportNames;
}
