#!/usr/bin/env node
// Starts the generator's CLI as plain JavaScript. The TypeScript sources are bundled once with esbuild into the cache,
// keyed by their content, and imported from there: running them through a TypeScript loader on every start cost
// about a second (its hook thread, and resolving every import of every dependency through it).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const GENERATOR_DIR = fileURLToPath(new URL("../", import.meta.url));
const CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/pocketflows-generator/cli/", import.meta.url));

/** Every source file the bundle is made of, in a stable order. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(full);
      return /\.(ts|mts|mjs)$/.test(entry.name) ? [full] : [];
    });
}

const hash = createHash("sha256");
for (const file of sources(GENERATOR_DIR))
  hash.update(path.relative(GENERATOR_DIR, file)).update("\0").update(readFileSync(file)).update("\0");
// Some dependencies are bundled in (see bundle.mjs): a new version of one makes a new bundle.
hash.update(readFileSync(path.join(GENERATOR_DIR, "../package-lock.json")));
const key = hash.digest("hex").slice(0, 24);
const bundle = path.join(CACHE_DIR, `cli-${key}.mjs`);
// --base's worker thread (generator/report/base-worker.ts), bundled beside the CLI; paths.ts finds it by this name.
const baseWorker = path.join(CACHE_DIR, `base-worker-${key}.mjs`);

if (!existsSync(bundle)) {
  const { build, version } = await import("esbuild");
  const { bundleOptions } = await import("./bundle.mjs");
  await mkdir(CACHE_DIR, { recursive: true });
  const bundleInto = async (entry, file) => {
    const temp = `${file}.${process.pid}.tmp`;
    await build(
      bundleOptions(path.join(GENERATOR_DIR, entry), temp, {
        // paths.ts is the only module that reads import.meta.url; it must see its own URL, not the bundle's.
        define: {
          "import.meta.url": JSON.stringify(pathToFileURL(path.join(GENERATOR_DIR, "paths.ts")).href),
          GENERATOR_BASE_WORKER: JSON.stringify(pathToFileURL(baseWorker).href),
        },
        banner: `// The generator's ${entry}, bundled by generator/start/run.mjs with esbuild ${version}. Safe to delete.`,
      }),
    );
    return temp;
  };
  const [cliTemp, workerTemp] = await Promise.all([
    bundleInto("cli/cli.ts", bundle),
    bundleInto("report/base-worker.ts", baseWorker),
  ]);
  // Whole or not at all, even with two runs starting at once; the CLI last, as its presence means both are there.
  await rename(workerTemp, baseWorker);
  await rename(cliTemp, bundle);
  // Bundles of earlier sources are never read again.
  for (const name of readdirSync(CACHE_DIR)) {
    if (/^(cli|base-worker)-[0-9a-f]+\.mjs$/.test(name) && ![bundle, baseWorker].includes(path.join(CACHE_DIR, name)))
      await unlink(path.join(CACHE_DIR, name)).catch(() => undefined);
  }
}

// This repository's `npm run generate` runs this file: the generated files' headers and the CLI's messages name it.
process.env.OPENAPI_CLIENT_COMMAND ??= "npm run generate --";
await import(pathToFileURL(bundle).href);
