// Imports generated packages in a fresh Node process and reports anything the import changed outside itself.
import { spawnSync } from "node:child_process";
import path from "node:path";

const SCRIPT = `
const snapshot = () => JSON.stringify({
  global: Object.getOwnPropertyNames(globalThis).sort(),
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  func: Object.getOwnPropertyNames(Function.prototype).sort(),
  string: Object.getOwnPropertyNames(String.prototype).sort(),
  pwned: typeof globalThis.pwned,
});
const problems = [];
const log = console.log;
let printed = 0;
for (const method of ["log", "info", "warn", "error", "debug"]) console[method] = () => { printed++; };
for (const dir of JSON.parse(process.argv[1])) {
  const before = snapshot();
  try {
    const api = await import(dir + "/index.js");
    if (typeof api.createClient !== "function") problems.push(dir + ": no createClient export");
    api.createClient({ baseUrl: "http://127.0.0.1:9" });
  } catch (error) {
    problems.push(dir + ": import failed: " + error.message);
  }
  if (snapshot() !== before) problems.push(dir + ": importing changed a global or a built-in prototype");
  if (({}).polluted !== undefined) problems.push(dir + ": Object.prototype was polluted");
}
if (printed > 0) problems.push("importing printed " + printed + " console lines");
log(JSON.stringify(problems));
`;

/** Imports each folder's `index.js` (and calls `createClient`) in one child process; returns what went wrong. */
export function findImportSideEffects(dirs: readonly string[]): string[] {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", SCRIPT, JSON.stringify(dirs.map((dir) => path.resolve(dir)))], {
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  if (result.status !== 0) return [`child process failed (${result.status}): ${result.stderr}`];
  return JSON.parse(result.stdout.trim().split("\n").pop() ?? "[]") as string[];
}
