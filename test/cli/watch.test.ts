// --watch: generate, regenerate when the spec or a file it $refs changes, report a bad edit and keep watching with the
// output left as it was, regenerate on the next good edit. A real child process on real files.
import { spawn, type ChildProcess } from "node:child_process";
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
    child = spawn(process.execPath, [path.join(ROOT, "generator/run.mjs"), "-i", "spec/openapi.yaml", "-o", "out", "--watch"], { cwd: work.dir, env: { ...process.env, NO_COLOR: "1" } });
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
});
