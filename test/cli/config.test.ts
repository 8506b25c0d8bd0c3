// The config file: `openapi-client.config.json` (or `.mjs`) lists clients; the bin with no flags generates or
// checks them all; flags override it; a bad file fails with its name, the key's pointer and what is expected.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../helpers/cli.js";

const work = tempDir("config-");
afterAll(() => work.remove());
const dir = work.dir;
const config = (value: unknown, name = "openapi-client.config.json"): void => writeFileSync(path.join(dir, name), typeof value === "string" ? value : JSON.stringify(value));

beforeEach(() => {
  for (const name of ["openapi-client.config.json", "openapi-client.config.mjs", "src"]) rmSync(path.join(dir, name), { recursive: true, force: true });
  cpSync(path.join(ROOT, "openapi.json"), path.join(dir, "pocketflows.json"));
  cpSync(path.join(ROOT, "test/fixtures/servers.json"), path.join(dir, "servers.json"));
});

describe("the config file", () => {
  it("with no flags, generates every client it lists; --check checks them all and fails if one drifted", () => {
    config({ clients: [{ input: "pocketflows.json", output: "src/pf" }, { input: "servers.json", output: "src/servers", packageName: "@acme/servers" }] });
    const generated = runCli([], dir);
    expect(generated.status, generated.stderr).toBe(0);
    expect(generated.stdout).toMatch(/into src\/pf\/[\s\S]*into src\/servers\//);
    expect(JSON.parse(readFileSync(path.join(dir, "src/servers/package.json"), "utf8")).name).toBe("@acme/servers");
    expect(runCli(["--check"], dir).status).toBe(0);
    writeFileSync(path.join(dir, "servers.json"), readFileSync(path.join(dir, "servers.json"), "utf8").replace('"getC"', '"getSee"'));
    const check = runCli(["--check"], dir);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("src/pf is up to date");
    expect(check.stdout).toContain("operation-renamed");
  });

  it("flags override the file; --input or --output picks one client", () => {
    config({ clients: [{ input: "pocketflows.json", output: "src/pf", packageName: "@acme/pf" }, { input: "servers.json", output: "src/servers" }] });
    const one = runCli(["-i", "servers.json", "--package-name", "@flag/servers"], dir);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).not.toContain("src/pf");
    expect(JSON.parse(readFileSync(path.join(dir, "src/servers/package.json"), "utf8")).name).toBe("@flag/servers");
    expect(runCli(["--package-name", "@flag/all"], dir).status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, "src/pf/package.json"), "utf8")).name).toBe("@flag/all");
  });

  it("a client it lists names the bare command in its headers, however it was picked; --check agrees either way", () => {
    config({ clients: [{ input: "pocketflows.json", output: "src/pf" }, { input: "servers.json", output: "src/servers" }] });
    expect(runCli([], dir).status).toBe(0);
    expect(runCli(["-i", "servers.json"], dir).status).toBe(0);
    const header = (): string => readFileSync(path.join(dir, "src/servers/operations.js"), "utf8").split("\n")[1]!;
    expect(header()).toBe("// Do not edit: change the spec and run `npm run generate`.");
    expect(runCli(["--check"], dir).status).toBe(0);
    expect(runCli(["--check", "-o", "./src/servers"], dir).status).toBe(0);
    // Not the file's client: the flags are the command.
    expect(runCli(["-i", "servers.json", "-o", "src/other"], dir).status).toBe(0);
    expect(readFileSync(path.join(dir, "src/other/operations.js"), "utf8").split("\n")[1]).toBe("// Do not edit: change the spec and run `npm run generate -- -i servers.json -o src/other`.");
  });

  it("may be a module whose default export is the config", () => {
    config(`export default { clients: [{ input: "servers.json", output: "src/from-module" }] };\n`, "openapi-client.config.mjs");
    const run = runCli([], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("into src/from-module/");
  });

  it("refuses to choose between a JSON and a module config file, naming both", () => {
    config({ clients: [{ input: "servers.json", output: "src/from-json" }] });
    config(`export default { clients: [{ input: "servers.json", output: "src/from-module" }] };\n`, "openapi-client.config.mjs");
    const run = runCli([], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("error: openapi-client.config.json#: openapi-client.config.mjs is present too: which one to read is unclear (keep one config file and delete the other)\n");
    expect(existsSync(path.join(dir, "src"))).toBe(false);
  });

  it.each([
    ["not an object", "[]", "openapi-client.config.json#: expected an object with a `clients` array"],
    ["no clients", { clients: [] }, "openapi-client.config.json#/clients: `clients` must be a non-empty array"],
    ["an unknown top-level key", { client: [] }, "openapi-client.config.json#/client: unknown key `client`"],
    ["a client without output", { clients: [{ input: "a.json" }] }, "openapi-client.config.json#/clients/0: `output` is required"],
    ["a misspelt key", { clients: [{ input: "a.json", output: "o", packagename: "x" }] }, "openapi-client.config.json#/clients/0/packagename: unknown key `packagename`"],
    ["a wrong type", { clients: [{ input: "a.json", output: "o", allowRemoteRefs: "yes" }] }, "openapi-client.config.json#/clients/0/allowRemoteRefs: `allowRemoteRefs` must be a boolean"],
    ["invalid JSON", "{ clients: ", "openapi-client.config.json#: invalid JSON"],
  ])("refuses %s with the file, the pointer and what is expected", (_name, value, message) => {
    config(value);
    const run = runCli([], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${message}`);
  });
});
