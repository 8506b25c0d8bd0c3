// --watch: generate, regenerate when the spec or a file it $refs changes, report a bad edit and keep watching with the
// output left as it was, regenerate on the next good edit. A real child process on real files.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";

const work = tempDir("watch-");
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill();
  work.remove();
});

describe("--watch", () => {
  it("regenerates on each edit of a referenced file, and survives a bad one", async () => {
    cpSync(path.join(ROOT, "test/fixtures/multi-file"), path.join(work.dir, "spec"), { recursive: true });
    const schemas = path.join(work.dir, "spec/schemas.yaml");
    const types = path.join(work.dir, "out/types.d.ts");
    let stdout = "";
    let stderr = "";
    child = spawn(process.execPath, [path.join(ROOT, "generator/start/run.mjs"), "-i", "spec/openapi.yaml", "-o", "out", "--watch"], { cwd: work.dir, env: { ...process.env, NO_COLOR: "1" } });
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const until = async (condition: () => boolean, what: string): Promise<void> => {
      for (let waited = 0; !condition(); waited += 50) {
        if (waited > 30_000) throw new Error(`timed out waiting for ${what}; stdout: ${stdout}; stderr: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await until(() => stdout.includes("Watching for changes"), "the first run");
    const original = readFileSync(schemas, "utf8");
    writeFileSync(schemas, original.replace(/^Pet:\n/, "Pet:\n  description: A pet, edited once.\n"));
    await until(() => readFileSync(types, "utf8").includes("A pet, edited once."), "the edit to reach the output");
    const before = readFileSync(types, "utf8");
    writeFileSync(schemas, `${original}\nBroken: [unclosed\n`);
    await until(() => stderr.includes("the output is unchanged"), "the bad edit's error");
    expect(stderr).toMatch(/error: spec\/schemas\.yaml# \(line \d+, column \d+\): .*the output is unchanged; watching for the next edit/);
    expect(readFileSync(types, "utf8")).toBe(before);
    writeFileSync(schemas, original.replace(/^Pet:\n/, "Pet:\n  description: A pet, edited twice.\n"));
    await until(() => readFileSync(types, "utf8").includes("A pet, edited twice."), "the good edit after the bad one");
    expect(child.exitCode).toBeNull();
  }, 60_000);

  /** Whether a process with this pid is still running. */
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false; // ESRCH: gone
    }
  };

  /** Starts `--watch` from a wrapper process (as npx starts the bin); resolves with both pids once it watches. */
  async function startUnderWrapper(): Promise<{ wrapper: ChildProcess; watcher: number }> {
    cpSync(path.join(ROOT, "test/fixtures/multi-file"), path.join(work.dir, "parent"), { recursive: true });
    const script = `
      const { spawn } = require("node:child_process");
      const watcher = spawn(process.execPath, process.argv.slice(1), { stdio: ["ignore", "inherit", "inherit"] });
      console.log("watcher " + watcher.pid);
      setInterval(() => {}, 1000);
    `;
    const wrapper = spawn(process.execPath, ["-e", script, path.join(ROOT, "generator/start/run.mjs"), "-i", "parent/openapi.yaml", "-o", "parent-out", "--watch"], { cwd: work.dir, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    wrapper.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    for (let waited = 0; !stdout.includes("Watching for changes"); waited += 50) {
      if (waited > 30_000) throw new Error(`the watcher did not start: ${stdout}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { wrapper, watcher: Number(/watcher (\d+)/.exec(stdout)![1]) };
  }

  async function exitsWithin(pid: number, ms: number): Promise<boolean> {
    for (let waited = 0; waited < ms; waited += 100) {
      if (!alive(pid)) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return !alive(pid);
  }

  it("stops when the process that started it is killed", async () => {
    const { wrapper, watcher } = await startUnderWrapper();
    try {
      wrapper.kill("SIGKILL"); // the wrapper cannot pass anything on: the watcher must notice on its own
      await once(wrapper, "exit");
      expect(await exitsWithin(watcher, 5_000)).toBe(true);
    } finally {
      if (alive(watcher)) process.kill(watcher, "SIGKILL");
    }
  }, 60_000);

  it.each(["SIGTERM", "SIGINT", "SIGHUP"] as const)("stops on %s, worker thread and all", async (signal) => {
    const { wrapper, watcher } = await startUnderWrapper();
    try {
      process.kill(watcher, signal);
      expect(await exitsWithin(watcher, 5_000)).toBe(true);
    } finally {
      if (alive(watcher)) process.kill(watcher, "SIGKILL");
      wrapper.kill("SIGKILL");
    }
  }, 60_000);
});
