// The generated folder is an importable package: plain Node ESM, no TypeScript loader, no dependency.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

describe("@pocketflows/client as a package", () => {
  it("imports from plain Node ESM without a TypeScript loader", () => {
    const script = 'const m = await import("@pocketflows/client"); console.log(Object.keys(m).sort().join(","));';
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH } });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("ApiConnectionError,ApiError,ApiTimeoutError,UnsafeArgumentError,createClient,isApiError,updateMultipleCustomers");
  });

  it("imports nothing outside its own folder", () => {
    const dir = path.join(ROOT, "generated");
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(js|ts)$/.test(entry.name)) continue;
      const text = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
      for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
        expect(specifier, `${entry.name} imports ${specifier}`).toMatch(/^\.\.?\//);
        expect(path.resolve(entry.parentPath, specifier!).startsWith(dir)).toBe(true);
      }
    }
    expect(JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"))).not.toHaveProperty("dependencies");
  });
});
