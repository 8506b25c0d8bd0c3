// The esbuild settings both bundles of the generator use (run.mjs's for this repository, build.mjs's for the
// published package). They decide what Node loads at start-up, which is most of a small run:
// - TypeScript is loaded once, with require(): imported as ESM, Node first scans its 9 MB for export names and for
//   module syntax (half a second), and ts-morph would bring a second copy of its own (another 0.3 s).
// - ...and V8's code for it is cached between runs (code-cache.mjs).
// - openapi-typescript and ts-morph are bundled in, so that their imports of TypeScript go through that one copy;
//   what is loaded as files (prettier's plugins, Redocly in the lint worker, the workers) stays external.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const START_DIR = fileURLToPath(new URL(".", import.meta.url));

/** Dependencies loaded from node_modules at run time; everything else the sources import is bundled. */
const EXTERNAL = new Set([
  "typescript",
  "prettier",
  "@redocly/openapi-core",
  "swagger2openapi",
  "yargs",
  "diff",
  "esbuild",
]);

const oneTypeScript = {
  name: "one-typescript",
  setup(build) {
    // `import ts from "typescript"` (ours, openapi-typescript's) → the copy require() loads.
    build.onResolve({ filter: /^typescript$/ }, (args) =>
      args.kind === "require-call"
        ? { path: "typescript", external: true }
        : { path: "typescript", namespace: "required-typescript" },
    );
    // code-cache.mjs first: it makes that require() read V8's compiled code from the last run.
    build.onLoad({ filter: /.*/, namespace: "required-typescript" }, () => ({
      contents: "import './code-cache.mjs'; const ts = require('typescript'); export default ts;",
      resolveDir: START_DIR,
      loader: "js",
    }));
    // ts-morph's own TypeScript (@ts-morph/common/dist/typescript.js) → the same copy.
    build.onResolve({ filter: /^\.\/typescript(\.js)?$/ }, (args) =>
      /[\\/]@ts-morph[\\/]common[\\/]/.test(args.importer) ? { path: "typescript", external: true } : undefined,
    );
    // ts-morph's common library embeds TypeScript's lib .d.ts files (2.7 MB of strings) for in-memory projects;
    // printing structures never reads them, and V8 would scan them on every start. They load on first use instead.
    build.onLoad({ filter: /[\\/]@ts-morph[\\/]common[\\/]dist[\\/]ts-morph-common\.js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      const start = text.indexOf("const libFiles = [{");
      const end = text.indexOf("}];\n", start);
      const getter = "function getLibFiles() {\n    return libFiles;\n}";
      if (start < 0 || end < 0 || !text.includes(getter)) return undefined; // another version: bundled as it is
      const lazy =
        'let libFiles;\nfunction getLibFiles() {\n    return libFiles ??= require("@ts-morph/common").getLibFiles();\n}';
      return { contents: text.slice(0, start) + text.slice(end + 4).replace(getter, lazy), loader: "js" };
    });
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
      // The lazy lib files above come from the package itself, as published (with its own TypeScript), if ever.
      const selfImport = name === "@ts-morph/common" && /[\\/]@ts-morph[\\/]common[\\/]/.test(args.importer);
      return EXTERNAL.has(name) || selfImport || args.path.startsWith("node:")
        ? { path: args.path, external: true }
        : undefined;
    });
  },
};

/** esbuild options for bundling `entry` into `outfile`. */
export function bundleOptions(entry, outfile, extra = {}) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    plugins: [oneTypeScript],
    // The bundled CommonJS (ts-morph) and the TypeScript shim call require().
    banner: {
      js: `${extra.banner ?? ""}\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);`.trimStart(),
    },
    logLevel: "warning",
    ...(extra.define ? { define: extra.define } : {}),
  };
}
