// The write stage: the output folder is replaced whole or not at all, and a run killed mid-swap is repaired.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeTree } from "../generator/write/write.js";
import { GENERATOR_NAME } from "../generator/emit/emit-package.js";
import { ROOT, runCli, tempDir } from "./helpers/cli.js";
import { SPECS } from "./helpers/specs-store.js";

const work = tempDir("write-");
afterAll(() => work.remove());
const manifest = { path: "operations.json", text: `{"generator": "${GENERATOR_NAME}"}\n`, origin: "spec" as const };

describe("writeTree", () => {
  it("replaces the folder's whole content", async () => {
    const out = path.join(work.dir, "a");
    await writeTree(out, [manifest, { path: "old.js", text: "old" }]);
    await writeTree(out, [manifest, { path: "nested/new.js", text: "new" }]);
    expect(readdirSync(out).sort()).toEqual(["nested", "operations.json"]);
    expect(readFileSync(path.join(out, "nested/new.js"), "utf8")).toBe("new");
    expect(readdirSync(work.dir).filter((name) => name.includes(".tmp-") || name.includes(".old-"))).toEqual([]);
  });

  it("puts the previous folder back when a run died between its two renames", async () => {
    const out = path.join(work.dir, "b");
    const orphan = `${out}.old-123-abc`;
    mkdirSync(orphan);
    writeFileSync(path.join(orphan, "operations.json"), manifest.text);
    writeFileSync(path.join(orphan, "keep.js"), "previous");
    mkdirSync(`${out}.tmp-123-abc`);
    await writeTree(out, [manifest, { path: "fresh.js", text: "fresh" }]);
    expect(readdirSync(out).sort()).toEqual(["fresh.js", "operations.json"]);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(`${out}.tmp-123-abc`)).toBe(false);
  });
});

describe("an interrupted run", () => {
  it("leaves the output folder exactly as it was when killed mid-generation", async () => {
    const out = path.join(work.dir, "client");
    expect(runCli(["--input", path.join(ROOT, "openapi.json"), "--output", out]).status).toBe(0);
    const before = Object.fromEntries(readdirSync(out, { recursive: true }).map((name) => [String(name), existsSync(path.join(out, String(name)))]));
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "generator/cli/cli.ts"), "--input", path.join(SPECS, "real/github.com_api.github.com.json"), "--output", out], { cwd: ROOT, stdio: "ignore" });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const after = Object.fromEntries(readdirSync(out, { recursive: true }).map((name) => [String(name), existsSync(path.join(out, String(name)))]));
    expect(after).toEqual(before);
    expect(readFileSync(path.join(out, "operations.json"), "utf8")).toContain('"function": "updateMultipleCustomers"');
    expect(runCli(["--input", path.join(ROOT, "openapi.json"), "--output", out, "--check"]).status).toBe(0);
  }, 120_000);
});
