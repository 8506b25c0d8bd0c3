// The change report on a real version jump: two published versions of GitHub's description (@octokit/openapi, pinned
// below), fetched with `npm pack` into bench/.work (git-ignored) on the first run. Measures one cold generation of the
// newer version, then `--base` (both clients and the report), and the report stage alone (from `--verbose`).
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

/** The pinned pair: 12.0.0 → 19.0.0 removes 37 routes, adds 173, and changes hundreds of schemas. */
export const REPORT_PAIR = { older: "12.0.0", newer: "19.0.0" } as const;

/** Seconds for a cold generation and for `--base`, and the report stage's milliseconds. */
export interface ReportPairTiming {
  coldSeconds: number;
  baseSeconds: number;
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

/** Runs the cold generation and `--base` once each with the bin at `bin`. */
export function measureReportPair(work: string, bin: string, cacheDir: string): ReportPairTiming {
  const older = specOf(work, REPORT_PAIR.older);
  const newer = specOf(work, REPORT_PAIR.newer);
  const out = path.join(work, "out", "report-pair");
  const timed = (args: string[]): { seconds: number; stdout: string; stderr: string } => {
    rmSync(cacheDir, { recursive: true, force: true }); // cold runs only
    rmSync(out, { recursive: true, force: true });
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
    return { seconds: Number(process.hrtime.bigint() - start) / 1e9, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
  };
  const cold = timed(["--input", newer, "--output", out]);
  const base = timed(["--input", newer, "--base", older, "--output", out, "--report", "json", "--verbose"]);
  const reportMs = Number(/report: (\d+) ms/.exec(base.stderr)?.[1] ?? NaN);
  const breaking = (JSON.parse(base.stdout || "{}") as { breaking?: number }).breaking ?? NaN;
  return { coldSeconds: cold.seconds, baseSeconds: base.seconds, reportMs, breaking };
}

/** Measures the pair and adds its line to bench/RESULTS.md. */
export function benchReportPair(work: string, bin: string, cacheDir: string, results: string): void {
  const timing = measureReportPair(work, bin, cacheDir);
  const line = `The change report on a real version jump (@octokit/openapi ${REPORT_PAIR.older} → ${REPORT_PAIR.newer}, GitHub): one cold generation of the newer ${timing.coldSeconds.toFixed(1)} s; \`--base\` (both clients and the report) ${timing.baseSeconds.toFixed(1)} s (${(timing.baseSeconds / timing.coldSeconds).toFixed(2)} cold generations; target < 2); the report alone ${(timing.reportMs / 1000).toFixed(1)} s (${(timing.reportMs / 1000 / timing.coldSeconds).toFixed(2)}; target < 1); ${timing.breaking} breaking changes.\n`;
  appendFileSync(results, line);
  console.log(line);
}
