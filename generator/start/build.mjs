#!/usr/bin/env node
// Builds what the published package runs (`npm pack` runs this as `prepack`): dist/cli.mjs (the bin) and
// dist/index.mjs (the Node API) bundled with esbuild (see bundle.mjs for what is bundled in), their declarations,
// and the plain-JavaScript worker files beside them, where the bundles look for them.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { bundleOptions } from "./bundle.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DIST = path.join(ROOT, "dist");
rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST, { recursive: true });
// One build of both entries: the code they share goes into one chunk beside them (where paths.ts expects to be).
await build({
  ...bundleOptions(path.join(ROOT, "generator/cli/cli.ts"), undefined, { banner: "#!/usr/bin/env node" }),
  entryPoints: {
    cli: path.join(ROOT, "generator/cli/cli.ts"),
    index: path.join(ROOT, "generator/index.ts"),
    // --base's worker thread, where paths.ts looks for it.
    "base-worker": path.join(ROOT, "generator/report/base-worker.ts"),
  },
  outfile: undefined,
  outdir: DIST,
  splitting: true,
  outExtension: { ".js": ".mjs" },
  chunkNames: "shared-[hash]",
});
// The runtime, compiled and formatted once here rather than in every first run (see generator/format/runtime.ts).
const prebuild = path.join(DIST, "prebuild-runtime.mjs");
await build({
  ...bundleOptions(path.join(ROOT, "generator/format/runtime.ts"), prebuild),
  entryPoints: undefined,
  stdin: {
    contents:
      'export { prebuildRuntime } from "./format/runtime.ts"; export { readTemplates } from "./emit/emit-modules.ts";',
    resolveDir: path.join(ROOT, "generator"),
    loader: "ts",
  },
});
const { prebuildRuntime, readTemplates } = await import(pathToFileURL(prebuild).href);
writeFileSync(path.join(DIST, "runtime.json"), await prebuildRuntime(await readTemplates()));
rmSync(prebuild);
// The workers are started by path, relative to the bundle (see generator/paths.ts).
for (const file of ["format/format-worker.mjs", "format/format-chunk.mjs", "load/lint-worker.mjs", "load/lint.mjs"]) {
  mkdirSync(path.dirname(path.join(DIST, file)), { recursive: true });
  cpSync(path.join(ROOT, "generator", file), path.join(DIST, file));
}
execFileSync(
  process.execPath,
  [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(ROOT, "generator/start/tsconfig.build.json")],
  { stdio: "inherit" },
);
// The declarations import the plain-JavaScript modules' hand-written declarations by relative path.
for (const file of ["format/format-chunk.d.mts", "load/lint.d.mts"])
  cpSync(path.join(ROOT, "generator", file), path.join(DIST, "types", file));
