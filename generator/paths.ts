// Where the generator finds its own files. The only module that reads `import.meta.url`: the compiled CLI
// (see start/run.mjs) is one bundled file elsewhere, and sets `import.meta.url` to this file's URL for it.
import { fileURLToPath } from "node:url";

/** The runtime sources copied into every client. */
export const TEMPLATES_DIR = fileURLToPath(new URL("../templates/", import.meta.url));
/** The runtime compiled and formatted at build time: present in the published package only (see runtime.ts). */
export const PREBUILT_RUNTIME = fileURLToPath(new URL("./runtime.json", import.meta.url));
/** Derived text (formatted chunks, compiled modules, the compiled CLI), safe to delete at any time. */
export const CACHE_DIR = fileURLToPath(new URL("../node_modules/.cache/pocketflows-generator/", import.meta.url));
/** Worker threads, plain JavaScript so they start under any loader (tsx, vitest, plain node). */
export const FORMAT_WORKER = new URL("./format/format-worker.mjs", import.meta.url);
export const LINT_WORKER = new URL("./load/lint-worker.mjs", import.meta.url);
/**
 * `--base`'s worker (report/base-worker.ts), bundled beside the generator's bundle: build.mjs's beside dist/'s, run.mjs's
 * named by it. Absent where the sources run unbundled (tests), which then build the base client on the main thread.
 */
export const BASE_WORKER: URL =
  typeof GENERATOR_BASE_WORKER === "string"
    ? new URL(GENERATOR_BASE_WORKER)
    : new URL("./base-worker.mjs", import.meta.url);
/** Set by run.mjs's bundle only. */
declare const GENERATOR_BASE_WORKER: string | undefined;
/** The generator's own package.json (its version, for --version). */
export const PACKAGE_JSON = fileURLToPath(new URL("../package.json", import.meta.url));

/**
 * The opt-in modules (`--query`, `--mocks`, `--validators`, `--validators zod`), as the runtime files only they import.
 */
export interface OptInModules {
  query?: boolean;
  mocks?: boolean;
  validators?: boolean;
  zod?: boolean;
}

/**
 * Runtime files that only an opt-in module imports, by the option that ships them: a plain client has none of them,
 * and their exports never reach the package entry, so they reserve no names.
 */
export const OPT_IN_TEMPLATES: Readonly<Record<string, keyof OptInModules>> = {
  "query.ts": "query",
  "mock-fetch.ts": "mocks",
  "validate.ts": "validators",
  "validate-zod.ts": "zod",
};
