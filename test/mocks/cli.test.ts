// --mocks and the config file's `mocks` key: what they emit, the command the headers name, and bad values.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../helpers/cli.js";

const temp = tempDir("mocks-cli-");
afterAll(() => temp.remove());
const spec = path.join(ROOT, "test/fixtures/runtime.json");

describe("--mocks", () => {
  it("emits mocks.js, the mock fetch runtime and the ./mocks export, and names --mocks in the headers", () => {
    const out = path.join(temp.dir, "flag");
    const result = runCli(["-i", spec, "-o", out, "--mocks"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(existsSync(path.join(out, "mocks.js"))).toBe(true);
    expect(existsSync(path.join(out, "runtime/mock-fetch.js"))).toBe(true);
    expect(readFileSync(path.join(out, "mocks.js"), "utf8")).toMatch(/^\/\/ Do not edit: change the spec and run `.* -i \S+ -o \S+ --mocks`\.$/m);
    expect(JSON.parse(readFileSync(path.join(out, "package.json"), "utf8")).exports["./mocks"]).toEqual({ types: "./mocks.d.ts", default: "./mocks.js" });
  });

  it("leaves the test doubles out without the flag", () => {
    const out = path.join(temp.dir, "plain");
    expect(runCli(["-i", spec, "-o", out]).status).toBe(0);
    expect(existsSync(path.join(out, "mocks.js"))).toBe(false);
    expect(existsSync(path.join(out, "runtime/mock-fetch.js"))).toBe(false);
    expect(JSON.parse(readFileSync(path.join(out, "package.json"), "utf8")).exports["./mocks"]).toBeUndefined();
  });

  it("refuses an unknown flavour as bad usage", () => {
    const result = runCli(["-i", spec, "-o", path.join(temp.dir, "bad"), "--mocks", "faker"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--mocks takes no value, or fetch or msw (not "faker")');
  });

  it('reads `"mocks": true` from the config file, and refuses other values with their pointer', () => {
    const dir = path.join(temp.dir, "config");
    runCli(["-i", spec, "-o", path.join(dir, "seed")]); // creates the folder
    writeFileSync(path.join(dir, "openapi-client.config.json"), JSON.stringify({ clients: [{ input: spec, output: "client", mocks: true }] }));
    expect(runCli([], dir).status).toBe(0);
    expect(existsSync(path.join(dir, "client/mocks.js"))).toBe(true);
    writeFileSync(path.join(dir, "openapi-client.config.json"), JSON.stringify({ clients: [{ input: spec, output: "client", mocks: "faker" }] }));
    const bad = runCli([], dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('openapi-client.config.json#/clients/0/mocks: `mocks` must be true, false, "fetch" or "msw"');
  });
});
