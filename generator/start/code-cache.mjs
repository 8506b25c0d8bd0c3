// V8's code cache for TypeScript's compiler (9 MB of JavaScript): compiling it costs a quarter of a second on every
// start, reading back the code V8 compiled last time a tenth of that. Node 20 has no module.enableCompileCache, so
// this does the same for that one file: it compiles it with vm.Script and cached data kept in node_modules/.cache
// (keyed by the file, its size and time, and the Node version), and writes the cache anew when V8 rejects it.
// Anything going wrong here only means compiling the ordinary way.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

const require = createRequire(import.meta.url);

try {
  const target = require.resolve("typescript");
  const { size, mtimeMs } = statSync(target);
  const key = createHash("sha256")
    .update(`${target}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}`)
    .digest("hex")
    .slice(0, 24);
  const cacheFile = path.join(
    path.dirname(require.resolve("typescript/package.json")),
    "..",
    ".cache",
    "openapi-client-v8",
    `typescript-${key}.bin`,
  );
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (filename !== target) return compile.call(this, content, filename);
    Module.prototype._compile = compile;
    let cachedData;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) {
      // After the run, so that the cache also holds the functions the run compiled.
      process.once("exit", () => {
        try {
          mkdirSync(path.dirname(cacheFile), { recursive: true });
          writeFileSync(`${cacheFile}.${process.pid}`, script.createCachedData());
          renameSync(`${cacheFile}.${process.pid}`, cacheFile);
        } catch {
          // a read-only node_modules: the next start compiles again
        }
      });
    }
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, path.dirname(filename));
  };
} catch {
  // no TypeScript to find here: whoever requires it reports that
}
