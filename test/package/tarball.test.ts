// The generator as a user installs it: `npm pack` at the root, the tarball installed into a fresh project, the bin
// and the Node API run there without this repository, a TypeScript loader or a build on first use.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";

const work = tempDir("package-");
const project = path.join(work.dir, "project");
let tarball: string;
let packedFiles: string[];

function run(command: string, args: string[], cwd = project): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const packed = run("npm", ["pack", "--json", "--pack-destination", work.dir], ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as Array<{ filename: string; size: number; files: Array<{ path: string }> }>;
  tarball = path.join(work.dir, info!.filename);
  packedFiles = info!.files.map((file) => file.path);
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "fresh-project", private: true, type: "module" }));
  // Every dependency is in npm's cache after the repository's own install: no download needed, none refused.
  const installed = run("npm", ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", tarball]);
  expect(installed.status, installed.stderr).toBe(0);
  cpSync(path.join(ROOT, "test/fixtures/multi-file"), path.join(project, "spec"), { recursive: true });
  // The same multi-file spec as OpenAPI 3.1.
  const root = path.join(project, "spec/openapi.yaml");
  writeFileSync(root, readFileSync(root, "utf8").replace(/^openapi: 3\.0\.3$/m, "openapi: 3.1.0"));
  expect(readFileSync(root, "utf8")).toMatch(/^openapi: 3\.1\.0$/m);
  cpSync(path.join(ROOT, "test/fixtures/swagger2.json"), path.join(project, "swagger.json"));
}, 180_000);
afterAll(() => work.remove());

describe("the installable package", () => {
  it("holds the bundled bin and API, their declarations and the runtime templates, and nothing else", () => {
    expect(packedFiles).toEqual(expect.arrayContaining(["dist/cli.mjs", "dist/index.mjs", "dist/types/index.d.ts", "dist/format/format-worker.mjs", "dist/load/lint-worker.mjs", "dist/base-worker.mjs", "templates/send.ts", "package.json"]));
    expect(packedFiles.filter((file) => /^(test|generated|bench|generator)\/|node_modules|\.cache|\.test\.ts$/.test(file))).toEqual([]);
  });

  it("the bin generates and checks a client for an OpenAPI 3.1 YAML spec with external $ref files", () => {
    const generated = run("npx", ["openapi-client", "-i", "spec/openapi.yaml", "-o", "src/api"]);
    expect(generated.status, generated.stderr).toBe(0);
    expect(generated.stdout).toMatch(/Generated 1 operations into src\/api\//);
    const types = readFileSync(path.join(project, "src/api/types.d.ts"), "utf8");
    expect(types).toContain("export interface Pet");
    // The header names the bin as it was run, not this repository's npm scripts.
    expect(types.split("\n")[1]).toBe("// Do not edit: change the spec and run `openapi-client -i spec/openapi.yaml -o src/api`.");
    expect(run("npx", ["openapi-client", "-i", "spec/openapi.yaml", "-o", "src/api", "--check"]).status).toBe(0);
    writeFileSync(path.join(project, "spec/schemas.yaml"), readFileSync(path.join(project, "spec/schemas.yaml"), "utf8").replace(/\n {4}name:\n(?: {6}.*\n)+/, "\n"));
    const drift = run("npx", ["openapi-client", "-i", "spec/openapi.yaml", "-o", "src/api", "--check"]);
    expect(drift.status).toBe(1);
    expect(drift.stdout).toContain("response-property-removed");
    expect(drift.stderr).toContain("run `openapi-client -i spec/openapi.yaml -o src/api` and commit the result");
    expect(run("npx", ["openapi-client", "--version"]).stdout).toBe(`${JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version}\n`);
  });

  it("from a config file, generates and checks a Swagger 2.0 client beside the YAML one; --watch regenerates", async () => {
    writeFileSync(path.join(project, "openapi-client.config.json"), JSON.stringify({ clients: [{ input: "spec/openapi.yaml", output: "src/pets" }, { input: "swagger.json", output: "src/swag" }] }));
    const generated = run("npx", ["openapi-client"]);
    expect(generated.status, generated.stderr).toBe(0);
    expect(generated.stdout).toMatch(/into src\/pets\/[\s\S]*into src\/swag\//);
    expect(readFileSync(path.join(project, "src/swag/client.js"), "utf8")).toContain('baseUrl: "https://api.example.com/v2"');
    expect(run("npx", ["openapi-client", "--check"]).status).toBe(0);
    const { spawn } = await import("node:child_process");
    const watcher = spawn("npx", ["openapi-client", "--watch"], { cwd: project });
    let stdout = "";
    watcher.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      const until = async (condition: () => boolean): Promise<void> => {
        for (let waited = 0; !condition(); waited += 50) {
          if (waited > 30_000) throw new Error(`timed out; stdout: ${stdout}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      await until(() => stdout.includes("Watching for changes"));
      const swagger = JSON.parse(readFileSync(path.join(project, "swagger.json"), "utf8"));
      swagger.definitions.Pet.description = "Watched edit.";
      writeFileSync(path.join(project, "swagger.json"), JSON.stringify(swagger));
      await until(() => readFileSync(path.join(project, "src/swag/types.d.ts"), "utf8").includes("Watched edit."));
    } finally {
      watcher.kill();
    }
    rmSync(path.join(project, "openapi-client.config.json"));
  }, 60_000);

  it("the Node API generates, and throws GeneratorError on bad input; its types compile under strict nodenext", () => {
    writeFileSync(
      path.join(project, "api.ts"),
      `import { generate, GeneratorError, type GenerateOptions, type GenerateResult } from "pocketflows-sdk-generator";
const options: GenerateOptions = { input: "spec/openapi.yaml", output: "out/api" };
const result: GenerateResult = await generate(options);
console.log(JSON.stringify({ operations: result.operations }));
try {
  await generate({ input: "missing.yaml", output: "out/none" });
} catch (error) {
  if (error instanceof GeneratorError) console.log(JSON.stringify({ file: error.file, message: error.message }));
}
`,
    );
    writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", noEmit: true, skipLibCheck: false, types: [] }, files: ["api.ts"] }));
    const tsc = run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "."]);
    expect(tsc.stdout + tsc.stderr).toBe("");
    writeFileSync(path.join(project, "api.mjs"), readFileSync(path.join(project, "api.ts"), "utf8").replace(/, type GenerateOptions, type GenerateResult/, "").replace(/: (GenerateOptions|GenerateResult)/g, ""));
    const ran = run(process.execPath, ["api.mjs"]);
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stdout.trim().split("\n").map((line) => JSON.parse(line))).toEqual([{ operations: 1 }, { file: "missing.yaml", message: "file not found" }]);
  });
});
