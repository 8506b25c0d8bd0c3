#!/usr/bin/env node
// Builds what the published package runs (`npm pack` runs this as `prepack`): dist/cli.mjs (the bin) and
// dist/index.mjs (the Node API) bundled with esbuild, their declarations, and the plain-JavaScript worker files
// beside them, where the bundles look for them. Dependencies stay external: the package installs them.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DIST = path.join(ROOT, "dist");
rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST, { recursive: true });
const common = { bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning" };
await build({ ...common, entryPoints: [path.join(ROOT, "generator/cli.ts")], outfile: path.join(DIST, "cli.mjs"), banner: { js: "#!/usr/bin/env node" } });
await build({ ...common, entryPoints: [path.join(ROOT, "generator/index.ts")], outfile: path.join(DIST, "index.mjs") });
// The workers are started by path, relative to the bundle (see generator/paths.ts).
for (const file of ["format-worker.mjs", "format-chunk.mjs", "load/lint-worker.mjs", "load/lint.mjs"]) {
  mkdirSync(path.dirname(path.join(DIST, file)), { recursive: true });
  cpSync(path.join(ROOT, "generator", file), path.join(DIST, file));
}
execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(ROOT, "generator/tsconfig.build.json")], { stdio: "inherit" });
// The declarations import the plain-JavaScript modules' hand-written declarations by relative path.
for (const file of ["format-chunk.d.mts", "load/lint.d.mts"]) cpSync(path.join(ROOT, "generator", file), path.join(DIST, "types", file));
