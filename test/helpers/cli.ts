// Runs the real CLI in a child process, as a user would.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** What a CLI run printed and how it exited. */
export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI (`generator/start/run.mjs`, as `npm run generate` does) with the given arguments from `cwd` (default: the project root). */
export function runCli(args: string[], cwd = ROOT, nodeFlags: string[] = []): CliResult {
  const result = spawnSync(process.execPath, [...nodeFlags, path.join(ROOT, "generator/start/run.mjs"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = "gen-"): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
