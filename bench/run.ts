// `npm run bench`: our generator against the peers on big real specs, side by side, alternating runs.
// Peers are installed into bench/.work only for this, never as project dependencies.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measureOverhead, type Overhead } from "./overhead.js";
import { measurePagination } from "./pagination.js";
import { median } from "./median.js";
import { benchReportPair } from "./report-pair.js";
import { measureRuntimeSize } from "./runtime-size.js";
import { measureValidation, validationTable, type ValidationRow } from "./validators.js";
import { SPECS as STORED_SPECS, unpackSpecs } from "../test/helpers/specs-store.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const WORK = path.join(ROOT, "bench/.work");
const OUT = path.join(WORK, "out");
const SPECS = ["stripe.com.json", "github.com_api.github.com.json", "kubernetes.io.json"];
const PEERS = { "openapi-typescript": "7.13.0", oazapfts: "7.5.0", "@hey-api/openapi-ts": "0.95.0", orval: "7.13.2", typescript: "5.9.3" };
const RUNS = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.slice(7) ?? 3);
const bin = (name: string): string => path.join(WORK, "node_modules/.bin", name);
const BIN = path.join(ROOT, "dist/cli.mjs");
/** V8's code cache for TypeScript (generator/start/code-cache.mjs): kept between cold runs, as Node 22's compile cache would be. */
const CODE_CACHE = path.join(ROOT, "node_modules/.cache/openapi-client-v8");

interface Tool {
  name: string;
  run(spec: string, out: string): string[];
  /** Module settings its output needs to type-check. */
  module: "NodeNext" | "Bundler";
}
const TOOLS: Tool[] = [
  // The bin as the package installs it (dist/, built by main()), as each peer runs from its installed bin.
  { name: "ours", module: "NodeNext", run: (spec, out) => [process.execPath, BIN, "--input", spec, "--output", out] },
  { name: "openapi-typescript", module: "Bundler", run: (spec, out) => [bin("openapi-typescript"), spec, "--output", path.join(out, "schema.ts")] },
  { name: "oazapfts", module: "Bundler", run: (spec, out) => [bin("oazapfts"), spec, path.join(out, "api.ts")] },
  { name: "hey-api", module: "Bundler", run: (spec, out) => [bin("openapi-ts"), "-i", spec, "-o", out] },
  { name: "orval", module: "Bundler", run: (spec, out) => [bin("orval"), "--input", spec, "--output", path.join(out, "api.ts")] },
];

interface Sample {
  seconds: number;
  rssMb: number;
  ok: boolean;
}

/** Runs a command under /usr/bin/time for wall time and peak RSS. */
function measure(command: string[], cwd = ROOT): Sample & { stdout: string; stderr: string } {
  const result = spawnSync("/usr/bin/time", ["-f", "BENCH %e %M", ...command], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const match = /BENCH ([\d.]+) (\d+)/.exec(result.stderr ?? "");
  return { seconds: Number(match?.[1] ?? NaN), rssMb: Number(match?.[2] ?? NaN) / 1024, ok: result.status === 0, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

function installPeers(): void {
  const installed = (name: string): string | undefined => {
    const file = path.join(WORK, "node_modules", name, "package.json");
    return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version : undefined;
  };
  if (Object.entries(PEERS).every(([name, version]) => installed(name) === version)) return;
  mkdirSync(WORK, { recursive: true });
  writeFileSync(path.join(WORK, "package.json"), JSON.stringify({ name: "bench-peers", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--save-exact", ...Object.entries(PEERS).map(([n, v]) => `${n}@${v}`)], { cwd: WORK, stdio: "inherit" });
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** `tsc --noEmit --strict` (lib es2022 + dom) on an output folder: time, memory and error count. */
function typecheck(dir: string, tool: Tool): Sample & { errors: number } {
  const config = {
    compilerOptions: { strict: true, noEmit: true, target: "ES2022", lib: ["ES2022", "DOM"], types: [], skipLibCheck: false, module: tool.module === "NodeNext" ? "NodeNext" : "ESNext", moduleResolution: tool.module },
    include: ["**/*.ts"],
  };
  writeFileSync(path.join(dir, "tsconfig.bench.json"), JSON.stringify(config));
  // As many runs as generation gets, medians: one tsc run varies by a fifth between runs on this machine.
  const runs = Array.from({ length: RUNS }, () => measure([process.execPath, path.join(WORK, "node_modules/typescript/bin/tsc"), "-p", path.join(dir, "tsconfig.bench.json")], dir));
  const errors = (runs[0]!.stdout.match(/error TS/g) ?? []).length;
  return { seconds: median(runs.map((run) => run.seconds)), rssMb: median(runs.map((run) => run.rssMb)), ok: runs.every((run) => run.ok || errors > 0), errors };
}

async function main(): Promise<void> {
  unpackSpecs(); // the specs stored in test/specs, as the tests read them
  installPeers();
  execFileSync(process.execPath, [path.join(ROOT, "generator/start/build.mjs")], { stdio: "inherit" });
  const startup = measureStartup();
  const rows: string[] = [];
  const cacheDir = path.join(ROOT, "node_modules/.cache/pocketflows-generator");
  for (const specName of SPECS) {
    const spec = path.join(STORED_SPECS, "real", specName);
    const samples = new Map<string, Sample[]>(TOOLS.map((tool) => [tool.name, []]));
    for (let round = 0; round < RUNS; round++) {
      for (const tool of round % 2 === 0 ? TOOLS : [...TOOLS].reverse()) {
        const out = path.join(OUT, specName, tool.name);
        rmSync(out, { recursive: true, force: true });
        mkdirSync(out, { recursive: true });
        if (tool.name === "ours") rmSync(out, { recursive: true, force: true }); // ours writes the folder itself
        rmSync(cacheDir, { recursive: true, force: true }); // cold runs only
        const sample = measure(tool.run(spec, out));
        if (!sample.ok) console.error(`${tool.name} failed on ${specName}:\n${sample.stderr.slice(-2000)}`);
        samples.get(tool.name)!.push(sample);
      }
    }
    const ours = median(samples.get("ours")!.map((s) => s.seconds));
    const oursTsc = typecheck(path.join(OUT, specName, "ours"), TOOLS[0]!);
    for (const tool of TOOLS) {
      const out = path.join(OUT, specName, tool.name);
      const tsc = tool.name === "ours" ? oursTsc : typecheck(out, tool);
      const wall = median(samples.get(tool.name)!.map((s) => s.seconds));
      const rss = median(samples.get(tool.name)!.map((s) => s.rssMb));
      rows.push(`| ${specName} | ${tool.name} | ${wall.toFixed(2)} s | ${rss.toFixed(0)} MB | ${(folderBytes(out) / 1024).toFixed(0)} KiB | ${tsc.seconds.toFixed(2)} s | ${tsc.rssMb.toFixed(0)} MB | ${tsc.errors} | ${(ours / wall).toFixed(2)} | ${(oursTsc.seconds / tsc.seconds).toFixed(2)} |`);
      console.log(rows.at(-1));
    }
    rows.push(incrementalRow(spec, specName, ours));
    console.log(rows.at(-1));
  }
  const size = await measureRuntimeSize(path.join(ROOT, "generated"), "updateMultipleCustomers");
  const overhead = await measureOverhead();
  const surfaces = await measureSurfaces();
  const report = measureReport();
  const watch = await measureWatchEdits(path.join(STORED_SPECS, "real/stripe.com.json"));
  const validation = await measureValidation();
  writeResults(rows, size, overhead, surfaces, report, watch, startup, validation);
  benchReportPair(WORK, BIN, cacheDir, path.join(ROOT, "bench/RESULTS.md"));
}

/** What Node spends before the first stage: `--help` loads every module a run loads, and does nothing else. */
function measureStartup(): { withCache: number; withoutCache: number } {
  const run = (): number => measure([process.execPath, BIN, "--help"]).seconds;
  const runs = Math.max(RUNS, 3);
  const withoutCache = median(Array.from({ length: runs }, () => (rmSync(CODE_CACHE, { recursive: true, force: true }), run())));
  run(); // writes the code cache again
  return { withCache: median(Array.from({ length: runs }, run)), withoutCache };
}

/** What `--watch` on Stripe costs after a one-schema edit, against cold runs of the same spec made just before. */
interface WatchEdits {
  coldMs: number;
  firstMs: number;
  medianMs: number;
  edits: number;
}

/**
 * --watch on Stripe: the regeneration after each of several one-schema edits (each saved as an editor does, a new file
 * renamed over the old), as the running process reports it; the first edit after the start, and the median of all.
 * The cold runs are measured right before, so that the ratio compares times taken under the same load.
 */
async function measureWatchEdits(source: string, edits = 7): Promise<WatchEdits> {
  const { spawn } = await import("node:child_process");
  const spec = path.join(WORK, "watched-stripe.json");
  writeFileSync(spec, readFileSync(source, "utf8"));
  const cold = median(Array.from({ length: Math.max(RUNS, 3) }, () => {
    rmSync(path.join(ROOT, "node_modules/.cache/pocketflows-generator"), { recursive: true, force: true });
    return measure([process.execPath, BIN, "-i", spec, "-o", path.join(OUT, "watched-cold")]).seconds * 1000;
  }));
  const child = spawn(process.execPath, [BIN, "-i", spec, "-o", path.join(OUT, "watched"), "--watch", "--verbose"]);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const until = async (condition: () => boolean): Promise<void> => {
    for (let waited = 0; !condition() && waited < 120_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  const reruns = (): number[] => [...stderr.matchAll(/rerun of .*: (\d+) ms/g)].map((match) => Number(match[1]));
  await until(() => stdout.includes("Watching for changes"));
  const document = JSON.parse(readFileSync(spec, "utf8")) as { components: { schemas: Record<string, { description?: string }> } };
  const names = Object.keys(document.components.schemas);
  for (let edit = 0; edit < edits; edit++) {
    const name = names[(edit * 97) % names.length]!;
    document.components.schemas[name]!.description = `${document.components.schemas[name]!.description ?? ""} (edit ${edit})`;
    writeFileSync(`${spec}.tmp`, JSON.stringify(document));
    renameSync(`${spec}.tmp`, spec);
    await until(() => reruns().length > edit);
    await new Promise((resolve) => setTimeout(resolve, 200)); // as a person would, not in the middle of the last rerun
  }
  child.kill();
  const times = reruns();
  return { coldMs: cold, firstMs: times[0] ?? NaN, medianMs: median(times), edits: times.length };
}

/** How long the change report takes (the `report` stage under --verbose) on an edited GitHub and Pocketflows. */
function measureReport(): { githubMs: number; pocketflowsMs: number } {
  const edit = (source: string, change: (spec: Record<string, any>) => void): string => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const spec = JSON.parse(readFileSync(source, "utf8")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    change(spec);
    const file = path.join(WORK, `report-${path.basename(source)}`);
    writeFileSync(file, JSON.stringify(spec));
    return file;
  };
  const reportMs = (input: string, base: string): number => {
    const run = spawnSync(process.execPath, [BIN, "-i", input, "--base", base, "--verbose"], { encoding: "utf8" });
    return Number(/report: (\d+) ms/.exec(run.stderr)?.[1] ?? NaN);
  };
  const github = path.join(STORED_SPECS, "real/github.com_api.github.com.json");
  const githubEdited = edit(github, (spec) => {
    const user = spec.components.schemas["simple-user"];
    delete user.properties.gravatar_id;
    user.required = user.required.filter((name: string) => name !== "gravatar_id");
  });
  const pocketflows = path.join(ROOT, "openapi.json");
  const pocketflowsEdited = edit(pocketflows, (spec) => {
    delete spec.components.schemas.Customer.properties.full_name;
  });
  return { githubMs: reportMs(githubEdited, github), pocketflowsMs: reportMs(pocketflowsEdited, pocketflows) };
}

interface Surfaces {
  getGzip: number;
  paginatedGzip: number;
  streamingGzip: number;
  pagination: { iterateMs: number; byHandMs: number; ratio: number };
}

/** What a GET, a paginated and a streaming operation weigh, and what iterating pages costs. */
async function measureSurfaces(): Promise<Surfaces> {
  const dir = path.join(WORK, "lists");
  execFileSync(process.execPath, [BIN, "-i", path.join(ROOT, "test/fixtures/lists.json"), "-o", dir], { stdio: "inherit" });
  const plain = path.join(WORK, "runtime-fixture");
  execFileSync(process.execPath, [BIN, "-i", path.join(ROOT, "test/fixtures/runtime.json"), "-o", plain], { stdio: "inherit" });
  const get = await measureRuntimeSize(plain, "getThing");
  const paginated = await measureRuntimeSize(dir, "listByCursor");
  const streaming = await measureRuntimeSize(dir, "streamEvents");
  return { getGzip: get.gzipped, paginatedGzip: paginated.gzipped, streamingGzip: streaming.gzipped, pagination: await measurePagination(dir) };
}

/** Regenerating after a one-schema edit, with the cache the cold run left, against the cold run. */
function incrementalRow(spec: string, specName: string, cold: number): string {
  const document = JSON.parse(readFileSync(spec, "utf8")) as { components: { schemas: Record<string, { description?: string }> } };
  const first = Object.keys(document.components.schemas)[0]!;
  document.components.schemas[first]!.description = `${document.components.schemas[first]!.description ?? ""} (edited)`;
  const edited = path.join(WORK, `edited-${specName}`);
  writeFileSync(edited, JSON.stringify(document));
  const out = path.join(OUT, specName, "ours");
  measure(TOOLS[0]!.run(spec, out)); // warm the cache for this spec
  const sample = measure(TOOLS[0]!.run(edited, out));
  return `| ${specName} | ours, one schema edited (warm cache) | ${sample.seconds.toFixed(2)} s | ${sample.rssMb.toFixed(0)} MB | | | | | ${(sample.seconds / cold).toFixed(2)} of cold | |`;
}

function percent(ratio: number): string {
  return `${ratio >= 1 ? "+" : ""}${((ratio - 1) * 100).toFixed(1)}%`;
}

function writeResults(rows: string[], size: { minified: number; gzipped: number }, overhead: Overhead, surfaces: Surfaces, report: { githubMs: number; pocketflowsMs: number }, watch: WatchEdits, startup: { withCache: number; withoutCache: number }, validation: ValidationRow[]): void {
  const versions = Object.entries(PEERS).map(([name, version]) => `${name} ${version}`).join(", ");
  const text = `# Benchmark results

Written by \`npm run bench\` (${RUNS} alternating cold runs per tool and spec; medians). "ours" is the bin the package installs
(\`dist/cli.mjs\`, built first); a cold run has no output cache (\`node_modules/.cache/pocketflows-generator\` is deleted
before each), and keeps V8's code cache for TypeScript, as Node 22's compile cache would.
Machine: ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.
Peers: ${versions}.

"ratio" is ours / peer: below 1 means we are faster. tsc is \`tsc --noEmit --strict\` (lib es2022 + dom) on the output, median of ${RUNS} runs.

| spec | tool | wall | peak RSS | output | tsc | tsc RSS | tsc errors | ratio wall | ratio tsc |
|---|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}

Runtime plus one operation (\`createClient\` + \`updateMultipleCustomers\`, esbuild, minified): ${size.minified} B, ${size.gzipped} B min+gzip.
Per-call time on loopback (interleaved batches, medians): bare fetch ${overhead.fetchUs.toFixed(1)} µs; the same fetch with an AbortController and a timer (what any timeout needs) ${overhead.fetchWithTimeoutUs.toFixed(1)} µs (${percent(overhead.fetchWithTimeoutUs / overhead.fetchUs)}); the client ${overhead.clientUs.toFixed(1)} µs (${percent(overhead.ratio)} over the bare fetch, ${percent(overhead.clientUs / overhead.fetchWithTimeoutUs)} over the fetch with a timeout).
Runtime plus one GET with a path parameter and no auth (\`getThing\` of test/fixtures/runtime.json): ${surfaces.getGzip} B min+gzip.
Runtime plus one paginated operation (\`listByCursor\` of test/fixtures/lists.json): ${surfaces.paginatedGzip} B min+gzip; plus one streaming operation (\`streamEvents\`): ${surfaces.streamingGzip} B min+gzip.
Iterating 10 000 items over 100 pages on loopback (100 interleaved rounds after 10 for warm-up; the percentage is the median of the rounds' own ratios): \`for await\` ${surfaces.pagination.iterateMs.toFixed(1)} ms, the same pages fetched by hand ${surfaces.pagination.byHandMs.toFixed(1)} ms (${percent(surfaces.pagination.ratio)}).
The change report (\`--base\`, one schema edited): GitHub ${report.githubMs} ms, Pocketflows ${report.pocketflowsMs} ms.
\`--watch\` on Stripe, the regeneration after a one-schema edit (${watch.edits} edits, each of another schema): median ${watch.medianMs} ms, the first after the start ${watch.firstMs} ms; a cold run of the bin on the same spec just before, ${watch.coldMs.toFixed(0)} ms: ${((watch.medianMs / watch.coldMs) * 100).toFixed(1)}% (first edit ${((watch.firstMs / watch.coldMs) * 100).toFixed(1)}%).
Start-up (\`openapi-client --help\`: Node started, every module of a run loaded, nothing done): ${startup.withCache.toFixed(2)} s, ${startup.withoutCache.toFixed(2)} s without V8's code cache for TypeScript.

${validationTable(validation)}
`;
  writeFileSync(path.join(ROOT, "bench/RESULTS.md"), text);
  console.log(text);
}

await main();
