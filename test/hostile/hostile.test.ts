// Hostile specs: each one either generates a client that compiles under --strict and imports without side effects,
// or fails with one clear message naming the file and the JSON pointer; the output folder is never touched.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/common/errors.js";
import { generate } from "../../generator/generate.js";
import { ROOT, runCli, tempDir } from "../helpers/cli.js";
import { typecheckEmittedSources } from "../helpers/generate.js";
import { findImportSideEffects } from "../helpers/side-effects.js";
import { typecheckFolder } from "../helpers/typecheck.js";

const SPECS = path.join(ROOT, "test/hostile/specs");
const files = readdirSync(SPECS).sort();
const work = tempDir("hostile-");
afterAll(() => work.remove());
const generated: string[] = [];

/** What each failing spec must say (besides the file name and pointer every message has). */
const EXPECTED_FAILURES: Record<string, { message: RegExp; pointer?: string }> = {
  "fail-alias-bomb.yaml": { message: /YAML aliases expand/ },
  "fail-array-root.json": { message: /not an object/ },
  "fail-duplicate-operation-id.json": { message: /unique `operationId`/, pointer: "/paths/~1b/get/operationId" },
  "fail-empty.json": { message: /the file is empty/ },
  "fail-garbage.yaml": { message: /not valid JSON or YAML/ },
  "fail-no-openapi-field.json": { message: /no `openapi` field/ },
  "fail-not-json.json": { message: /invalid JSON/ },
  "fail-openapi-4.json": { message: /unsupported OpenAPI version "4\.0\.0"/, pointer: "/openapi" },
  "fail-parameter-bad-in.json": { message: /invalid `in`: "body"/, pointer: "/paths/~1a/get/parameters/0" },
  "fail-parameter-bad-style.json": { message: /style "deepObject" is not allowed for a path parameter/, pointer: "/paths/~1a~1{id}/get/parameters/0/style" },
  "fail-parameter-no-name.json": { message: /parameter has no `name`/, pointer: "/paths/~1a/get/parameters/0" },
  "fail-remote-ref.json": { message: /remote URL "https:\/\/example\.com\/schemas\/pet\.json" is refused/, pointer: "/paths/~1a/get/responses/200/content/application~1json/schema/$ref" },
  "fail-remote-ref-in-extension.json": { message: /remote URL .* is refused/, pointer: "/x-evil/$ref" },
  "fail-security-apikey-no-name.json": { message: /apiKey scheme needs a `name`/, pointer: "/components/securitySchemes/k" },
  "fail-security-unknown-type.json": { message: /unknown security scheme type "magic"/, pointer: "/components/securitySchemes/magic/type" },
  "fail-swagger-1.json": { message: /Swagger "1\.2" is not supported/, pointer: "/swagger" },
  "fail-unresolvable-ref.json": { message: /Can't resolve \$ref/, pointer: "/paths/~1a/get/responses/200/content/application~1json/schema" },
};

describe("hostile specs", () => {
  it("has at least 30 cases, and an expectation for every failing one", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((file) => file.startsWith("fail-")).sort()).toEqual(Object.keys(EXPECTED_FAILURES).sort());
  });

  it.each(files.filter((file) => file.startsWith("ok-")))("%s generates and compiles under --strict", async (file) => {
    const output = path.join(work.dir, file);
    await generate({ input: path.join(SPECS, file), output });
    expect(typecheckFolder(output)).toEqual([]);
    expect(await typecheckEmittedSources(path.join(SPECS, file))).toEqual([]);
    generated.push(output);
  });

  it("importing every generated client has no side effect", () => {
    expect(generated.length).toBe(files.filter((file) => file.startsWith("ok-")).length);
    expect(findImportSideEffects(generated)).toEqual([]);
  });

  it.each(Object.entries(EXPECTED_FAILURES))("%s fails clearly and leaves the output folder alone", async (file, expected) => {
    const output = path.join(work.dir, `out-${file}`);
    mkdirSync(output);
    writeFileSync(path.join(output, "keep.txt"), "mine");
    const input = path.join(SPECS, file);
    const error = await generate({ input, output }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorError);
    const problem = error as GeneratorError;
    expect(problem.message).toMatch(expected.message);
    expect(problem.file).toBe(input);
    if (expected.pointer !== undefined) expect(problem.pointer).toBe(expected.pointer);
    expect(problem.describe()).toMatch(new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}#`));
    expect(readdirSync(output)).toEqual(["keep.txt"]);
  });

  it("a failure through the CLI is one line and exit 1, with no stack trace", () => {
    const result = runCli(["--input", path.join(SPECS, "fail-parameter-bad-in.json"), "--output", path.join(work.dir, "cli-out")]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("scale", () => {
  function writeSpec(name: string, spec: unknown): string {
    const file = path.join(work.dir, name);
    writeFileSync(file, JSON.stringify(spec));
    return file;
  }

  it("an enum of 5 000 values", async () => {
    const values = Array.from({ length: 5000 }, (_, i) => `value_${i}_*/"\``);
    const input = writeSpec("big-enum.json", { openapi: "3.1.0", info: { title: "e", version: "1" }, paths: {}, components: { schemas: { Big: { type: "string", enum: values } } } });
    const output = path.join(work.dir, "big-enum");
    await generate({ input, output });
    expect(typecheckFolder(output)).toEqual([]);
    const types = readFileSync(path.join(output, "types.d.ts"), "utf8");
    expect(types.match(/value_\d+_/g)).toHaveLength(5000);
  });

  it("schemas nested 200 deep, and a chain of 200 references", async () => {
    let nested: Record<string, unknown> = { type: "string" };
    for (let i = 0; i < 200; i++) nested = { type: "object", properties: { [`level${i}`]: nested } };
    const chain = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`S${i}`, i === 199 ? { type: "string" } : { type: "array", items: { $ref: `#/components/schemas/S${i + 1}` } }]));
    const input = writeSpec("deep.json", { openapi: "3.1.0", info: { title: "d", version: "1" }, paths: {}, components: { schemas: { Deep: nested, ...chain } } });
    const output = path.join(work.dir, "deep");
    await generate({ input, output });
    expect(typecheckFolder(output)).toEqual([]);
  });

  it("a spec over 1 MB is validated on a worker thread, and an invalid one still fails clearly", async () => {
    const ok = { description: "ok", content: { "application/json": { schema: { type: "string" } } } };
    const paths = { "/a": { get: { operationId: "same", responses: { "200": ok } } }, "/b": { get: { operationId: "same", responses: { "200": ok } } } };
    const input = writeSpec("big-invalid.json", { openapi: "3.1.0", info: { title: "b", version: "1" }, paths, "x-padding": "p".repeat(1_200_000) });
    const output = path.join(work.dir, "big-invalid-out");
    mkdirSync(output);
    writeFileSync(path.join(output, "keep.txt"), "mine");
    const error = (await generate({ input, output }).then(() => undefined, (e: unknown) => e)) as GeneratorError;
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toMatch(/"same" is used by more than one operation/);
    expect(error.pointer).toBe("/paths/~1b/get/operationId");
    expect(readdirSync(output)).toEqual(["keep.txt"]);
    // A document the model stage chokes on reports the validation problem, not the consequence.
    const dangling = { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Nope" } } } };
    const broken = writeSpec("big-broken.json", { openapi: "3.1.0", info: { title: "b", version: "1" }, paths: { "/a": { get: { responses: { "200": dangling } } } }, "x-padding": "p".repeat(1_200_000) });
    const second = (await generate({ input: broken, output }).then(() => undefined, (e: unknown) => e)) as GeneratorError;
    expect(second).toBeInstanceOf(GeneratorError);
    expect(second.message).toMatch(/Can't resolve \$ref/);
    expect(second.pointer).toBe("/paths/~1a/get/responses/200/content/application~1json/schema");
    expect(readdirSync(output)).toEqual(["keep.txt"]);
  });

  it("a 50 MB spec generates in under 1 GB of heap", () => {
    const paths = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`/r${i}`, { get: { operationId: `get${i}`, responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: `#/components/schemas/S${i}` } } } } } } }]));
    const schemas = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`S${i}`, { type: "object", properties: { a: { type: "string" } } }]));
    const padding = Array.from({ length: 4200 }, (_, i) => ({ id: i, text: "y".repeat(12_000) }));
    const input = writeSpec("big.json", { openapi: "3.1.0", info: { title: "b", version: "1" }, paths, components: { schemas }, "x-padding": padding });
    expect(readFileSync(input).length).toBeGreaterThan(50_000_000);
    const result = runCli(["--input", input, "--output", path.join(work.dir, "big-out")], ROOT, ["--max-old-space-size=1024"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 180_000);
});
