// Bundles one operation plus the whole runtime (as an app importing it would) and reports min+gzip size.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Bytes of `createClient` + one operation from the generated package, minified, and gzipped. */
export async function measureRuntimeSize(entryDir: string, operation: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: `import { createClient, ${operation} } from "./index.js"; console.log(createClient, ${operation});`, resolveDir: entryDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = await measureRuntimeSize(process.argv[2] ?? "generated", process.argv[3] ?? "updateMultipleCustomers");
  console.log(`runtime + one operation: ${size.minified} B minified, ${size.gzipped} B min+gzip`);
}
