// The real CLI in a child process: drift check, bad input, usage errors; the output folder is never half-written.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../helpers/cli.js";

const work = tempDir("cli-");
const spec = path.join(work.dir, "openapi.json");
const out = path.join(work.dir, "client");

/** Every file below `dir` with its content, to prove a failed run changed nothing. */
function snapshotFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(dir, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
  }
  return files;
}

beforeAll(() => {
  copyFileSync(path.join(ROOT, "openapi.json"), spec);
  const result = runCli(["--input", spec, "--output", out]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});
afterAll(() => work.remove());

describe("drift check", () => {
  it("passes when the output matches the spec", () => {
    const result = runCli(["--input", spec, "--output", out, "--check"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("up to date");
  });

  it("fails with a unified diff when the spec changed, and writes nothing", () => {
    const before = snapshotFolder(out);
    const changed = JSON.parse(readFileSync(spec, "utf8"));
    changed.components.schemas.Customer.properties.loyalty_tier = { type: "string", description: "The loyalty tier" };
    const changedSpec = path.join(work.dir, "changed.json");
    writeFileSync(changedSpec, JSON.stringify(changed, null, 2));
    const result = runCli(["--input", changedSpec, "--output", out, "--check"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`--- a/${path.join(out, "types.d.ts")}`);
    expect(result.stdout).toMatch(/^\+\s+loyalty_tier\?: string;$/m);
    expect(result.stderr).toContain("out of date");
    expect(snapshotFolder(out)).toEqual(before);
  });

  it("fails when a generated file was edited by hand", () => {
    const file = path.join(out, "operations.js");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace("request(client", "request( client"));
    const result = runCli(["--input", spec, "--output", out, "--check"]);
    writeFileSync(file, original);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("operations.js");
  });
});

describe("bad input", () => {
  function expectUntouched(args: string[]): { stderr: string } {
    const before = snapshotFolder(out);
    const result = runCli([...args, "--output", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace without --verbose
    expect(snapshotFolder(out)).toEqual(before);
    return result;
  }

  it("a missing file", () => {
    const { stderr } = expectUntouched(["--input", path.join(work.dir, "nope.json")]);
    expect(stderr).toBe(`error: ${path.join(work.dir, "nope.json")}#: file not found (check the --input path)\n`);
  });

  it("a missing --base file: the hint names --base", () => {
    const spec = path.join(ROOT, "openapi.json");
    for (const where of ["worker", "main"]) {
      process.env.OPENAPI_CLIENT_BASE_BUILD = where;
      try {
        const result = runCli(["--input", spec, "--base", path.join(work.dir, "nope.json")]);
        expect(result.stderr).toBe(`error: ${path.join(work.dir, "nope.json")}#: file not found (check the --base path)\n`);
        expect(result.status).toBe(1);
      } finally {
        delete process.env.OPENAPI_CLIENT_BASE_BUILD;
      }
    }
  });

  it("invalid JSON names the line and column", () => {
    const broken = path.join(work.dir, "broken.json");
    writeFileSync(broken, '{\n  "openapi": "3.0.3",\n  "info": { "title": "x", }\n}\n');
    const { stderr } = expectUntouched(["--input", broken]);
    expect(stderr).toContain(`${broken}#`);
    expect(stderr).toContain("invalid JSON");
    expect(stderr).toMatch(/line 3, column \d+/);
  });

  it("an unresolvable $ref names the JSON pointer", () => {
    const dangling = JSON.parse(readFileSync(spec, "utf8"));
    dangling.paths["/businesses/{id}/customers/batch_update"].post.responses["200"].content["application/json"].schema.properties.customers.items.$ref = "#/components/schemas/Custmer";
    const file = path.join(work.dir, "dangling.json");
    writeFileSync(file, JSON.stringify(dangling, null, 2));
    const { stderr } = expectUntouched(["--input", file]);
    expect(stderr).toContain(`${file}#/paths/~1businesses~1{id}~1customers~1batch_update/post/responses/200/content/application~1json/schema/properties/customers/items`);
    expect(stderr).toContain("Can't resolve $ref");
  });

  it("a document without an openapi field", () => {
    const file = path.join(work.dir, "not-openapi.json");
    writeFileSync(file, JSON.stringify({ info: { title: "x" } }));
    const { stderr } = expectUntouched(["--input", file]);
    expect(stderr).toContain("no `openapi` field");
  });

  it("an empty file", () => {
    const file = path.join(work.dir, "empty.json");
    writeFileSync(file, "");
    expect(expectUntouched(["--input", file]).stderr).toContain("the file is empty");
  });

  it("-o naming a file, or a path through one, is a plain error naming the path", () => {
    const file = path.join(work.dir, "a-file");
    writeFileSync(file, "mine\n");
    for (const [output, message] of [
      [file, `error: ${file}#: is a file, not a folder (choose a folder with --output)\n`],
      [path.join(file, "sub"), `error: ${path.join(file, "sub")}#: cannot be created: ${file} is a file, not a folder (choose a folder with --output)\n`],
    ] as const) {
      const result = runCli(["--input", spec, "--output", output]);
      expect(result.stderr).toBe(message);
      expect(result.status).toBe(1);
    }
    expect(readFileSync(file, "utf8")).toBe("mine\n");
  });

  it("--check on a folder that does not exist says so, and prints no diff", () => {
    const missing = path.join(work.dir, "never-generated");
    const result = runCli(["--input", spec, "--output", missing, "--check"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`error: ${missing}#: the output folder does not exist: nothing to check (generate it first, or pass the folder you generated with --output)\n`);
  });

  it("an output folder that is not ours is refused and left alone", () => {
    const foreign = path.join(work.dir, "src");
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, "main.ts"), "export const mine = 1;\n");
    const result = runCli(["--input", spec, "--output", foreign]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("was not generated by this tool");
    expect(snapshotFolder(foreign)).toEqual({ "main.ts": "export const mine = 1;\n" });
  });
});

describe("usage", () => {
  it("--help prints the flags and exits 0", () => {
    const result = runCli(["--help"]);
    expect(result.status).toBe(0);
    for (const flag of ["--input", "--output", "--check", "--verbose"]) expect(result.stdout).toContain(flag);
  });

  it("--version prints the generator's version", () => {
    const result = runCli(["--version"]);
    expect(result.stdout).toBe(`${JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version}\n`);
    expect(result.status).toBe(0);
  });

  it.each([
    [["-i"], "Not enough arguments following: i"],
    [["-i", "openapi.json", "-o"], "Not enough arguments following: o"],
    [["--input="], "--input needs a value"],
    [["--report", "json"], "--report applies only with --check or --base"],
    [["-i", "x.json", "--fail-on", "breaking"], "--fail-on applies only with --check or --base"],
    [["-i", "https://example.com/openapi.yaml", "--watch"], "--watch needs a local file, and https://example.com/openapi.yaml is a URL"],
  ])("%j is a usage error (exit 2)", (args, message) => {
    const result = runCli(args, work.dir);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("Run with --help for usage.");
    expect(result.stdout).toBe("");
    expect(result.status).toBe(2);
  });

  it("OPENAPI_CLIENT_BASE_BUILD other than worker or main is a usage error (exit 2)", () => {
    process.env.OPENAPI_CLIENT_BASE_BUILD = "both";
    try {
      const result = runCli(["-i", "x.json", "--base", "y.json"], work.dir);
      expect(result.stderr).toContain('OPENAPI_CLIENT_BASE_BUILD takes worker or main (not "both")');
      expect(result.status).toBe(2);
    } finally {
      delete process.env.OPENAPI_CLIENT_BASE_BUILD;
    }
  });

  it("an unknown flag exits 2", () => {
    const result = runCli(["--inptu", "x.json"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown argument");
  });
});
