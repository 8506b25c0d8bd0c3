// The change report on a real version jump: two published versions of GitHub's description (@octokit/openapi, pinned
// below), fetched with `npm pack` into bench/.work (git-ignored) on the first run. Measures one cold generation of the
// newer version, then `--base` (both clients and the report), and the report stage alone (from `--verbose`). Each run's
// CPU time (all its threads) is measured too: `--base` overlaps its two builds on two threads, which saves time only
// where a core is free, and on a machine busy with other work the CPU ratio is what the wall-clock ratio tends to.
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { median } from "./median.js";

/** The pinned pair: 12.0.0 → 19.0.0 removes 37 routes, adds 173, and changes hundreds of schemas. */
export const REPORT_PAIR = { older: "12.0.0", newer: "19.0.0" } as const;

/** Seconds for a cold generation and for `--base` (wall clock and CPU), and the report stage's milliseconds. */
export interface ReportPairTiming {
  coldSeconds: number;
  baseSeconds: number;
  /** CPU seconds, every thread counted; NaN where /proc is not there to read them from (not Linux). */
  coldCpuSeconds: number;
  baseCpuSeconds: number;
  reportMs: number;
  breaking: number;
}

function specOf(work: string, version: string): string {
  const dir = path.join(work, "octokit", version);
  const spec = path.join(dir, "package/generated/api.github.com.json");
  if (existsSync(spec)) return spec;
  mkdirSync(dir, { recursive: true });
  const tarball = execFileSync("npm", ["pack", `@octokit/openapi@${version}`, "--silent", "--pack-destination", dir], { encoding: "utf8" }).trim().split("\n").at(-1)!;
  execFileSync("tar", ["xzf", path.join(dir, tarball), "-C", dir, "package/generated/api.github.com.json"]);
  rmSync(path.join(dir, tarball));
  return spec;
}

/** The CPU seconds of this process's children that have ended (cutime + cstime, Linux's /proc); NaN elsewhere. */
function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // The fields after the command's name (which may hold spaces), from the third (state): cutime and cstime are the
    // 16th and 17th, in clock ticks (USER_HZ, 100 a second on Linux).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN; // not Linux: the wall-clock times alone
  }
}

/** Runs the cold generation and `--base` once each with the bin at `bin`. */
export function measureReportPair(work: string, bin: string, cacheDir: string): ReportPairTiming {
  const older = specOf(work, REPORT_PAIR.older);
  const newer = specOf(work, REPORT_PAIR.newer);
  const out = path.join(work, "out", "report-pair");
  const timed = (args: string[]): { seconds: number; cpuSeconds: number; stdout: string; stderr: string } => {
    rmSync(cacheDir, { recursive: true, force: true }); // cold runs only
    rmSync(out, { recursive: true, force: true });
    const cpuBefore = childrenCpuSeconds();
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return { seconds, cpuSeconds: childrenCpuSeconds() - cpuBefore, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
  };
  const cold = timed(["--input", newer, "--output", out]);
  const base = timed(["--input", newer, "--base", older, "--output", out, "--report", "json", "--verbose"]);
  const reportMs = Number(/report: (\d+) ms/.exec(base.stderr)?.[1] ?? NaN);
  const breaking = (JSON.parse(base.stdout || "{}") as { breaking?: number }).breaking ?? NaN;
  return { coldSeconds: cold.seconds, baseSeconds: base.seconds, coldCpuSeconds: cold.cpuSeconds, baseCpuSeconds: base.cpuSeconds, reportMs, breaking };
}

/**
 * Measures the pair `runs` times (each run a cold generation, then `--base`) and adds a line to bench/RESULTS.md with
 * the medians and the range of the ratio: on two cores, one cold generation alone varies by a third from run to run.
 */
export function benchReportPair(work: string, bin: string, cacheDir: string, results: string, runs = 3): void {
  const timings = Array.from({ length: runs }, () => measureReportPair(work, bin, cacheDir));
  const pick = (key: keyof ReportPairTiming): number => median(timings.map((timing) => timing[key]));
  const ratios = timings.map((timing) => timing.baseSeconds / timing.coldSeconds);
  const [cold, base, coldCpu, baseCpu, reportMs] = [
    pick("coldSeconds"),
    pick("baseSeconds"),
    pick("coldCpuSeconds"),
    pick("baseCpuSeconds"),
    pick("reportMs"),
  ];
  const line = `The change report on a real version jump (@octokit/openapi ${REPORT_PAIR.older} → ${REPORT_PAIR.newer}, GitHub), medians of ${runs} runs: one cold generation of the newer ${cold.toFixed(1)} s (CPU ${coldCpu.toFixed(1)} s); \`--base\` (both clients and the report) ${base.toFixed(1)} s (CPU ${baseCpu.toFixed(1)} s): **${median(ratios).toFixed(2)} cold generations** (each run's ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}; target < 2; in CPU time ${(baseCpu / coldCpu).toFixed(2)}); the report alone ${(reportMs / 1000).toFixed(1)} s (${(reportMs / 1000 / cold).toFixed(2)}; target < 1); ${pick("breaking")} breaking changes.\n`;
  appendFileSync(results, line);
  console.log(line);
}
