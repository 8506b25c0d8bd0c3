// The write stage: the output folder is updated whole or not at all, is never missing while it is, and a run killed
// while applying its plan is finished by the next one.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readTree, writeTree } from "../generator/write/write.js";
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

describe("writeTree on an existing folder", () => {
  it("leaves files whose bytes are the same untouched, and deletes what is no longer written with its empty folders", async () => {
    const out = path.join(work.dir, "c");
    await writeTree(out, [manifest, { path: "same.js", text: "same" }, { path: "changed.js", text: "v1" }, { path: "deep/er/gone.js", text: "x" }]);
    const same = statSync(path.join(out, "same.js"));
    const changed = statSync(path.join(out, "changed.js"));
    await writeTree(out, [manifest, { path: "same.js", text: Buffer.from("same") }, { path: "changed.js", text: "v2" }]);
    expect(statSync(path.join(out, "same.js")).ino).toBe(same.ino);
    expect(statSync(path.join(out, "same.js")).mtimeMs).toBe(same.mtimeMs);
    expect(statSync(path.join(out, "changed.js")).ino).not.toBe(changed.ino);
    expect(readFileSync(path.join(out, "changed.js"), "utf8")).toBe("v2");
    expect(readdirSync(out).sort()).toEqual(["changed.js", "operations.json", "same.js"]);
    expect(readdirSync(work.dir).filter((name) => name.includes(".tmp-"))).toEqual([]);
  });

  it("is never missing while a write replaces every file in it", async () => {
    const out = path.join(work.dir, "d");
    const many = (version: string) => [manifest, ...Array.from({ length: 200 }, (_, i) => ({ path: `f${i}.js`, text: `${version}${i}` }))];
    await writeTree(out, many("a"));
    let missing = 0;
    let reading = true;
    // Polls from another thread of the event loop: between each await of the write, the folder is looked at.
    const poll = (async () => {
      while (reading) {
        if (!existsSync(path.join(out, "operations.json")) || !existsSync(path.join(out, "f0.js"))) missing++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (const version of ["b", "c", "d"]) await writeTree(out, many(version));
    reading = false;
    await poll;
    expect(missing).toBe(0);
    expect(readFileSync(path.join(out, "f199.js"), "utf8")).toBe("d199");
  });

  it("finishes a plan a killed run had begun to apply, and discards staged files that have no plan", async () => {
    const out = path.join(work.dir, "e");
    await writeTree(out, [manifest, { path: "a.js", text: "old a" }, { path: "b.js", text: "old b" }, { path: "c.js", text: "old c" }]);
    // Killed after moving a.js: b.js is still staged, c.js not yet deleted.
    const applying = `${out}.tmp-1-a`;
    mkdirSync(path.join(applying, "files"), { recursive: true });
    writeFileSync(path.join(applying, "files/b.js"), "new b");
    writeFileSync(path.join(applying, "plan.json"), JSON.stringify({ write: ["a.js", "b.js"], remove: ["c.js"] }));
    writeFileSync(path.join(out, "a.js"), "new a");
    // Killed while staging: no plan, so the output must not take any of it.
    const staging = `${out}.tmp-2-b`;
    mkdirSync(path.join(staging, "files"), { recursive: true });
    writeFileSync(path.join(staging, "files/a.js"), "half");
    await writeTree(out, [manifest, { path: "a.js", text: "new a" }, { path: "b.js", text: "new b" }]);
    expect(readFileSync(path.join(out, "b.js"), "utf8")).toBe("new b");
    expect(readFileSync(path.join(out, "a.js"), "utf8")).toBe("new a");
    expect(readdirSync(out).sort()).toEqual(["a.js", "b.js", "operations.json"]);
    expect(existsSync(applying) || existsSync(staging)).toBe(false);
  });

  it("does not trust the caller's reading of the folder when a killed run's plan changed it since", async () => {
    const out = path.join(work.dir, "f");
    await writeTree(out, [manifest, { path: "a.js", text: "old a" }]);
    const read = await readTree(out); // read before the leftover plan below is finished
    const applying = `${out}.tmp-1-a`;
    mkdirSync(path.join(applying, "files"), { recursive: true });
    writeFileSync(path.join(applying, "files/a.js"), "other a");
    writeFileSync(path.join(applying, "plan.json"), JSON.stringify({ write: ["a.js"], remove: [] }));
    await writeTree(out, [manifest, { path: "a.js", text: "old a" }], read);
    expect(readFileSync(path.join(out, "a.js"), "utf8")).toBe("old a");
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
