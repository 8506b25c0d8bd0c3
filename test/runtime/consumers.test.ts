// The generated package as its users consume it: TypeScript (strict) with moduleResolution node16, nodenext and
// bundler; plain Node ESM; require() from CommonJS; Deno and Bun (their npm packages). Each calls a loopback server.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";
import { sendJson, startServer, type TestServer } from "../helpers/server.js";

const work = tempDir("consumers-");
const project = work.dir;
let server: TestServer;
const customer = { id: "c_1", external_id: null, email_address: "ada@example.com", phone_number: null, full_name: "Ada", metadata: {}, unsubscribed: null };

beforeAll(async () => {
  server = await startServer((request, response) => sendJson(response, 200, { customers: [customer], auth: request.headers.authorization }));
  mkdirSync(path.join(project, "node_modules/@pocketflows"), { recursive: true });
  symlinkSync(path.join(ROOT, "generated"), path.join(project, "node_modules/@pocketflows/client"), "dir");
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const call = (importLine: string): string => `${importLine}
const client = createClient({ baseUrl: process.argv[2] ?? globalThis.Deno?.args[0], auth: { username: "u", password: "p" } });
const result = await updateMultipleCustomers(client, { path: { id: "b_1" }, body: { customers: [{ id: "c_1", full_name: "Ada" }] } });
console.log(JSON.stringify({ result, isError: new ApiError("x", { method: "GET", url: "/" }) instanceof Error }));
`;
  writeFileSync(path.join(project, "esm.mjs"), call('import { createClient, updateMultipleCustomers, ApiError } from "@pocketflows/client";'));
  writeFileSync(path.join(project, "cjs.cjs"), `(async () => {\n${call('const { createClient, updateMultipleCustomers, ApiError } = require("@pocketflows/client");').replace(/^/gm, "  ")}\n})();\n`);
  writeFileSync(path.join(project, "deno.mjs"), call(`import { createClient, updateMultipleCustomers, ApiError } from ${JSON.stringify(path.join(ROOT, "generated/index.js"))};`).replace("process.argv[2] ?? ", ""));
  writeFileSync(
    path.join(project, "consumer.ts"),
    `import { createClient, updateMultipleCustomers, ApiError, type Customer, type ApiPromise, type UpdateMultipleCustomersResponse } from "@pocketflows/client";
const client = createClient({ baseUrl: "http://127.0.0.1", auth: { username: "u", password: "p" } });
export function update(): ApiPromise<UpdateMultipleCustomersResponse> {
  return updateMultipleCustomers(client, { path: { id: "b_1" }, body: { customers: [{ id: "c_1", phone_number: null }] } });
}
export async function names(): Promise<Array<Customer["full_name"]>> {
  const { customers } = await update();
  return customers.map((customer) => customer.full_name);
}
export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
`,
  );
});
afterAll(async () => {
  await server.close();
  work.remove();
});

/** Runs a consumer as a child process (asynchronously: the loopback server lives in this process) and checks its call. */
async function expectCall(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command, args, { cwd: project, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
  expect(result.status, result.stderr).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual({ result: { customers: [customer], auth: `Basic ${btoa("u:p")}` }, isError: true });
}

describe("consumers of the generated package", () => {
  it.each([
    ["node16", "node16", "node16"],
    ["nodenext", "nodenext", "nodenext"],
    ["bundler", "esnext", "bundler"],
  ])("type-checks under strict TypeScript with moduleResolution %s", (name, module, moduleResolution) => {
    const config = `tsconfig.${name}.json`;
    writeFileSync(path.join(project, config), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: "es2022", lib: ["es2022", "dom"], types: [], module, moduleResolution, skipLibCheck: false }, files: ["consumer.ts"] }));
    const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", config], { cwd: project, encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("runs as plain Node ESM", async () => {
    await expectCall(process.execPath, ["esm.mjs", server.url]);
  });

  it("loads with require() from CommonJS (Node ≥ 20.19 loads ESM with require)", async () => {
    await expectCall(process.execPath, ["cjs.cjs", server.url]);
  });

  it("runs on Deno", async () => {
    await expectCall(path.join(ROOT, "node_modules/.bin/deno"), ["run", "--quiet", "--no-config", "--allow-net=127.0.0.1", "--allow-read", "deno.mjs", server.url], { DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" });
  });

  it("runs on Bun", async () => {
    await expectCall(path.join(ROOT, "node_modules/.bin/bun"), ["esm.mjs", server.url]);
  });
});
