// What the generated files and the CLI's messages say about the spec and the command: the header names the command
// that regenerates (the bin, or the wrapper that ran it, with the flags that decide the output), and the spec's sha256
// is in operations.json only, so a change to the spec changes only the files it changes.
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir, type CliResult } from "../helpers/cli.js";

const work = tempDir("command-");
afterAll(() => work.remove());

/** The CLI from `work.dir`, as a project that installed the bin runs it (`command`: OPENAPI_CLIENT_COMMAND). */
function cli(args: string[], command = "openapi-client"): CliResult {
  const env = { ...process.env, NO_COLOR: "1", OPENAPI_CLIENT_COMMAND: command };
  const result = spawnSync(process.execPath, [path.join(ROOT, "generator/start/run.mjs"), ...args], { cwd: work.dir, encoding: "utf8", env });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
  }
  return files;
}

const secondLine = (file: string): string => readFileSync(path.join(work.dir, file), "utf8").split("\n")[1]!;

beforeAll(() => copyFileSync(path.join(ROOT, "openapi.json"), path.join(work.dir, "spec.json")));

describe("the command named in headers and messages", () => {
  it("is the bin with the flags that decide the output; --check with the same flags spelled otherwise agrees", () => {
    expect(cli(["-i", "spec.json", "-o", "client", "--package-name", "@acme/api"]).status).toBe(0);
    expect(secondLine("client/operations.js")).toBe("// Do not edit: change the spec and run `openapi-client -i spec.json -o client --package-name @acme/api`.");
    expect(secondLine("client/runtime/client.js")).toBe(secondLine("client/operations.js"));
    const check = cli(["--check", "-i", "./spec.json", "-o", path.join(work.dir, "client/"), "--package-name", "@acme/api", "--report", "json"]);
    expect(check.stderr).toContain("up to date");
    expect(check.status).toBe(0);
  });

  it("leaves out the defaults, and names a wrapper as it was run (npm run generate here)", () => {
    copyFileSync(path.join(work.dir, "spec.json"), path.join(work.dir, "openapi.json"));
    expect(cli([], "npm run generate --").status).toBe(0);
    expect(secondLine("generated/types.d.ts")).toBe("// Do not edit: change the spec and run `npm run generate`.");
    expect(cli(["-o", "with space"], "npm run generate --").status).toBe(0);
    expect(secondLine("with space/types.d.ts")).toBe("// Do not edit: change the spec and run `npm run generate -- -o 'with space'`.");
  });

  it("is what the drift message and the change summary tell the user to run", () => {
    const changed = JSON.parse(readFileSync(path.join(work.dir, "spec.json"), "utf8"));
    changed.components.schemas.Customer.properties.loyalty_tier = { type: "string" };
    writeFileSync(path.join(work.dir, "changed.json"), JSON.stringify(changed));
    const drift = cli(["--check", "-i", "changed.json", "-o", "client", "--package-name", "@acme/api"]);
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain("client is out of date with changed.json: run `openapi-client -i changed.json -o client --package-name @acme/api` and commit the result.");
    expect(drift.stdout + drift.stderr).not.toContain("npm run");
    changed.components.schemas.Customer.required = [...(changed.components.schemas.Customer.required ?? []), "loyalty_tier"];
    changed.paths = {};
    writeFileSync(path.join(work.dir, "breaking.json"), JSON.stringify(changed));
    const replaced = cli(["-i", "breaking.json", "-o", "client"]);
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toContain("(run `openapi-client -i breaking.json -o client --base <the previous spec>` for the list)");
  });
});

describe("the spec's sha256", () => {
  it("is in operations.json only: one added property changes only the files it changes", () => {
    expect(cli(["-i", "spec.json", "-o", "hashed"]).status).toBe(0);
    const before = filesOf(path.join(work.dir, "hashed"));
    const changed = JSON.parse(readFileSync(path.join(work.dir, "spec.json"), "utf8"));
    changed.components.schemas.Customer.properties.loyalty_tier = { type: "string", description: "The loyalty tier" };
    writeFileSync(path.join(work.dir, "spec.json"), JSON.stringify(changed, null, 2));
    expect(cli(["-i", "spec.json", "-o", "hashed"]).status).toBe(0);
    const after = filesOf(path.join(work.dir, "hashed"));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const differing = [...after.keys()].filter((file) => after.get(file) !== before.get(file)).sort();
    expect(differing).toEqual(["operations.json", "types.d.ts"]);
    expect([...after].filter(([, text]) => /[0-9a-f]{64}/.test(text)).map(([file]) => file)).toEqual(["operations.json"]);
  });
});
