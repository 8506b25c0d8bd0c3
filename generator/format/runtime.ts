// The runtime every client gets: templates/*.ts compiled and formatted. It depends on nothing in the spec, so the
// published package ships it already built (dist/runtime.json, written by build.mjs); a run uses that copy when
// it was built from the same templates with the same TypeScript and prettier, and builds it (cached) otherwise.
import { readFile } from "node:fs/promises";
import ts from "typescript";
import * as prettier from "prettier";
import { cacheKey } from "../common/cache.js";
import { compileModules } from "../emit/compile.js";
import type { EmittedFile } from "../emit/emit-modules.js";
import { formatFiles } from "./format.js";
import { PREBUILT_RUNTIME } from "../paths.js";

interface PrebuiltRuntime {
  key: string;
  files: Array<{ path: string; text: string }>;
}

/** The compiled, formatted runtime for the template sources among `files` (the `origin: "template"` ones). */
export async function buildRuntime(templates: readonly EmittedFile[]): Promise<EmittedFile[]> {
  const key = runtimeKey(templates);
  const prebuilt = await readFile(PREBUILT_RUNTIME, "utf8").then(
    (text) => JSON.parse(text) as PrebuiltRuntime,
    () => undefined,
  );
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
  const prebuilt: PrebuiltRuntime = {
    key: runtimeKey(templates),
    files: files.map(({ path, text }) => ({ path, text })),
  };
  return JSON.stringify(prebuilt);
}
