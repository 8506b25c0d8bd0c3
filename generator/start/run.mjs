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
const bundle = path.join(CACHE_DIR, `cli-${hash.digest("hex").slice(0, 24)}.mjs`);

if (!existsSync(bundle)) {
  const { build, version } = await import("esbuild");
  const { bundleOptions } = await import("./bundle.mjs");
  await mkdir(CACHE_DIR, { recursive: true });
  const temp = `${bundle}.${process.pid}.tmp`;
  await build(
    bundleOptions(path.join(GENERATOR_DIR, "cli/cli.ts"), temp, {
      // paths.ts is the only module that reads import.meta.url; it must see its own URL, not the bundle's.
      define: { "import.meta.url": JSON.stringify(pathToFileURL(path.join(GENERATOR_DIR, "paths.ts")).href) },
      banner: `// The generator's CLI, bundled by generator/start/run.mjs with esbuild ${version}. Safe to delete.`,
    }),
  );
  await rename(temp, bundle); // whole or not at all, even with two runs starting at once
  // Bundles of earlier sources are never read again.
  for (const name of readdirSync(CACHE_DIR)) {
    if (/^cli-[0-9a-f]+\.mjs$/.test(name) && path.join(CACHE_DIR, name) !== bundle)
      await unlink(path.join(CACHE_DIR, name)).catch(() => undefined);
  }
}

// This repository's `npm run generate` runs this file: the generated files' headers and the CLI's messages name it.
process.env.OPENAPI_CLIENT_COMMAND ??= "npm run generate --";
await import(pathToFileURL(bundle).href);
