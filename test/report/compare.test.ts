// The change report: spec pairs that each change one thing, with the severity, kind, operation, type and location
// the report must give; and the report formats and exit codes through the CLI. Two big real specs: compare-real.test.ts.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import type { Change } from "../../generator/report/compare-clients.js";
import { ROOT, runCli, tempDir } from "../helpers/cli.js";

type Spec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a test edits raw JSON

const work = tempDir("report-");
afterAll(() => work.remove());

function baseSpec(): Spec {
  const ok = (schema: object) => ({ description: "ok", content: { "application/json": { schema } } });
  return {
    openapi: "3.1.0",
    info: { title: "Pets", version: "1.0.0" },
    paths: {
      "/pets": {
        get: {
          operationId: "listPets",
          parameters: [
            { name: "limit", in: "query", schema: { type: "integer" } },
            { name: "status", in: "query", schema: { type: "string", enum: ["open", "closed"] } },
          ],
          responses: { "200": ok({ type: "object", required: ["items"], properties: { items: { type: "array", items: { $ref: "#/components/schemas/Pet" } } } }) },
        },
        post: {
          operationId: "createPet",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/NewPet" } } } },
          responses: { "201": ok({ $ref: "#/components/schemas/Pet" }) },
        },
      },
      "/pets/{id}": {
        get: { summary: "Get a pet", security: [{ key: [] }], parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": ok({ $ref: "#/components/schemas/Pet" }) } },
      },
    },
    components: {
      securitySchemes: { key: { type: "apiKey", in: "header", name: "x-key" }, other: { type: "http", scheme: "bearer" } },
      schemas: {
        Pet: {
          type: "object",
          description: "A pet.",
          required: ["id", "name", "kind"],
          properties: { id: { type: "string" }, name: { type: "string" }, tag: { type: "string" }, kind: { type: "string", enum: ["cat", "dog"] } },
        },
        NewPet: {
          type: "object",
          required: ["name"],
          properties: { name: { type: "string" }, tag: { type: "string" }, kind: { type: "string", enum: ["cat", "dog"] } },
        },
        Unused: { type: "object", properties: { a: { type: "string" } } },
      },
    },
  };
}

const pet = (spec: Spec): Spec => spec.components.schemas.Pet;
const newPet = (spec: Spec): Spec => spec.components.schemas.NewPet;
const query = (spec: Spec, name: string): Spec => spec.paths["/pets"].get.parameters.find((p: Spec) => p.name === name);

/** [what the edit is, the edit, the change the report must contain] */
const CASES: Array<[string, (spec: Spec) => void, Partial<Change>]> = [
  ["a response property removed", (s) => delete pet(s).properties.tag, { severity: "breaking", kind: "response-property-removed", operation: "listPets", schema: "Pet", location: "response.items[].tag" }],
  ["a response property added", (s) => (pet(s).properties.age = { type: "integer" }), { severity: "compatible", kind: "response-property-added", schema: "Pet", location: "response.items[].age" }],
  ["a response property no longer required", (s) => (pet(s).required = ["id", "kind"]), { severity: "breaking", kind: "response-property-became-optional", schema: "Pet", location: "response.items[].name" }],
  ["a response property now required", (s) => pet(s).required.push("tag"), { severity: "compatible", kind: "response-property-became-required", schema: "Pet", location: "response.items[].tag" }],
  ["an enum value added to a response", (s) => pet(s).properties.kind.enum.push("bird"), { severity: "breaking", kind: "enum-value-added", schema: "Pet", location: "response.items[].kind" }],
  ["an enum value removed from a response", (s) => pet(s).properties.kind.enum.pop(), { severity: "compatible", kind: "enum-value-removed", schema: "Pet", location: "response.items[].kind" }],
  ["null added to a response property", (s) => (pet(s).properties.name.type = ["string", "null"]), { severity: "breaking", kind: "response-nullable-added", schema: "Pet", location: "response.items[].name" }],
  ["null removed from a response property", (s) => ((pet(s).properties.name.type = "string"), 0), { severity: "compatible", kind: "response-nullable-removed", schema: "Pet" }],
  ["a response property's type changed", (s) => (pet(s).properties.name.type = "integer"), { severity: "breaking", kind: "response-type-changed", schema: "Pet", location: "response.items[].name" }],
  ["a response property narrowed", (s) => (pet(s).properties.tag.enum = ["a", "b"]), { severity: "compatible", kind: "response-type-narrowed", schema: "Pet", location: "response.items[].tag" }],
  ["a required request property added", (s) => ((newPet(s).properties.color = { type: "string" }), newPet(s).required.push("color")), { severity: "breaking", kind: "request-property-added-required", operation: "createPet", schema: "NewPet", location: "body.color" }],
  ["an optional request property added", (s) => (newPet(s).properties.color = { type: "string" }), { severity: "compatible", kind: "request-property-added-optional", schema: "NewPet", location: "body.color" }],
  ["a request property removed", (s) => delete newPet(s).properties.tag, { severity: "breaking", kind: "request-property-removed", schema: "NewPet", location: "body.tag" }],
  ["a request property now required", (s) => newPet(s).required.push("tag"), { severity: "breaking", kind: "request-property-became-required", schema: "NewPet", location: "body.tag" }],
  ["a request property no longer required", (s) => (newPet(s).required = []), { severity: "compatible", kind: "request-property-became-optional", schema: "NewPet", location: "body.name" }],
  ["an enum value removed from a request", (s) => newPet(s).properties.kind.enum.pop(), { severity: "breaking", kind: "enum-value-removed", schema: "NewPet", location: "body.kind" }],
  ["an enum value added to a request", (s) => newPet(s).properties.kind.enum.push("bird"), { severity: "compatible", kind: "enum-value-added", schema: "NewPet", location: "body.kind" }],
  ["a query parameter's type changed", (s) => (query(s, "limit").schema = { type: "string" }), { severity: "breaking", kind: "request-type-changed", operation: "listPets", schema: null, location: "query.limit" }],
  ["a query parameter widened", (s) => (query(s, "status").schema = { type: "string" }), { severity: "compatible", kind: "request-type-widened", operation: "listPets", location: "query.status" }],
  ["null allowed in a request property", (s) => (newPet(s).properties.tag.type = ["string", "null"]), { severity: "compatible", kind: "request-nullable-added", schema: "NewPet", location: "body.tag" }],
  ["null no longer allowed in a request property", (s) => (newPet(s).properties.tag.type = "string"), { severity: "breaking", kind: "request-nullable-removed", schema: "NewPet", location: "body.tag" }],
  ["a required query parameter added", (s) => s.paths["/pets"].get.parameters.push({ name: "owner", in: "query", required: true, schema: { type: "string" } }), { severity: "breaking", kind: "request-property-added-required", operation: "listPets", location: "query.owner" }],
  ["an operation removed", (s) => delete s.paths["/pets/{id}"], { severity: "breaking", kind: "operation-removed", operation: "getAPet" }],
  ["an operation added", (s) => (s.paths["/owners"] = { get: { operationId: "listOwners", responses: { "204": { description: "none" } } } }), { severity: "compatible", kind: "operation-added", operation: "listOwners" }],
  ["an operation renamed by its summary", (s) => (s.paths["/pets/{id}"].get.summary = "Fetch a pet"), { severity: "breaking", kind: "operation-renamed", operation: "fetchAPet", message: expect.stringMatching(/getAPet .* is now called fetchAPet because its summary changed .*operationId/) as unknown as string }],
  ["an operation moved to another path", (s) => ((s.paths["/animals"] = s.paths["/pets"]), delete s.paths["/pets"]), { severity: "breaking", kind: "operation-route-changed", operation: "listPets" }],
  ["an operation's security changed", (s) => (s.paths["/pets/{id}"].get.security = [{ other: [] }]), { severity: "breaking", kind: "operation-security-changed", operation: "getAPet" }],
  ["an exported type removed", (s) => delete s.components.schemas.Unused, { severity: "breaking", kind: "type-removed", schema: "Unused" }],
  ["an exported type added", (s) => (s.components.schemas.Owner = { type: "object" }), { severity: "compatible", kind: "type-added", schema: "Owner" }],
  ["a description changed", (s) => (pet(s).description = "A pet, described anew."), { severity: "docs", kind: "docs-changed", schema: "Pet" }],
  ["an operation's summary changed under an operationId", (s) => (s.paths["/pets"].get.summary = "All the pets"), { severity: "docs", kind: "docs-changed", operation: "listPets" }],
];

let counter = 0;
async function compare(edit: (spec: Spec) => void, start: (spec: Spec) => void = () => undefined): Promise<{ changes: Change[]; base: string; input: string }> {
  const before = baseSpec();
  start(before);
  const after = structuredClone(before);
  edit(after);
  const base = path.join(work.dir, `before-${counter}.json`);
  const input = path.join(work.dir, `after-${counter++}.json`);
  writeFileSync(base, JSON.stringify(before));
  writeFileSync(input, JSON.stringify(after));
  const result = await generate({ input, base, output: path.join(work.dir, "unused") });
  return { changes: result.changes ?? [], base, input };
}

describe("the change report", () => {
  it("reports nothing for an unchanged spec", async () => {
    expect((await compare(() => undefined)).changes).toEqual([]);
  });

  it.each(CASES)("%s", async (_name, edit, want) => {
    // The null-removal cases start from a spec where the property was nullable.
    const start = (s: Spec): void => {
      if (_name.startsWith("null removed")) pet(s).properties.name.type = ["string", "null"];
      if (_name.startsWith("null no longer")) newPet(s).properties.tag.type = ["string", "null"];
    };
    const { changes } = await compare(edit, start);
    expect(changes).toContainEqual(expect.objectContaining(want));
  });

  it("has a case for every kind of change it can report", () => {
    const files = ["compare-clients.ts", "compare-types.ts", "compare-signatures.ts"];
    const source = files.map((file) => readFileSync(path.join(ROOT, "generator/report", file), "utf8")).join("\n");
    const kinds = new Set([...source.matchAll(/"(breaking|compatible|docs)",\s*(?:kind: )?"([a-z-]+)"/g)].map((match) => match[2]));
    // Index signatures and call shapes have their cases in compositions.test.ts.
    const elsewhere = readFileSync(path.join(ROOT, "test/report/compositions.test.ts"), "utf8");
    expect(kinds.size).toBeGreaterThan(25);
    expect([...kinds].filter((kind) => !CASES.some(([, , want]) => want.kind === kind) && !elsewhere.includes(`kind: "${kind}"`))).toEqual([]);
  });
});

describe("the report through the CLI", () => {
  it("prints text (breaking first, a summary line), json and markdown; --fail-on decides the exit code", async () => {
    const breaking = await compare((s) => delete pet(s).properties.tag);
    const text = runCli(["-i", breaking.input, "--base", breaking.base]);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/^Breaking changes:\n {2}type Pet\n {4}response-property-removed at response\.items\[\]\.tag: /);
    expect(text.stdout).toContain("1 breaking, 0 compatible, 0 docs-only changes");
    const json = runCli(["-i", breaking.input, "--base", breaking.base, "--report", "json"]);
    expect(JSON.parse(json.stdout)).toEqual({ upToDate: false, breaking: 1, changes: [expect.objectContaining({ kind: "response-property-removed", location: "response.items[].tag" })] });
    const markdown = runCli(["-i", breaking.input, "--base", breaking.base, "--report", "markdown"]);
    expect(markdown.stdout).toMatch(/^### What .* changes for callers/);
    expect(markdown.stdout).toContain("| type Pet | `response-property-removed` at `response.items[].tag` |");
    expect(runCli(["-i", breaking.input, "--base", breaking.base, "--fail-on", "breaking"]).status).toBe(1);
    const compatible = await compare((s) => (pet(s).properties.age = { type: "integer" }));
    expect(runCli(["-i", compatible.input, "--base", compatible.base, "--fail-on", "breaking"]).status).toBe(0);
    expect(runCli(["-i", compatible.input, "--base", compatible.base]).status).toBe(1);
    const same = await compare(() => undefined);
    const unchanged = runCli(["-i", same.input, "--base", same.base, "--report", "json"]);
    expect(unchanged.status).toBe(0);
    expect(JSON.parse(unchanged.stdout)).toEqual({ upToDate: true, breaking: 0, changes: [] });
  });

  it("--check prints the report, then the diff; generate says what it changed for callers", async () => {
    const { base, input } = await compare((s) => pet(s).properties.kind.enum.push("bird"));
    const output = path.join(work.dir, "checked");
    expect(runCli(["-i", base, "-o", output]).status).toBe(0);
    const check = runCli(["-i", input, "-o", output, "--check"]);
    expect(check.status).toBe(1);
    expect(check.stdout.indexOf("enum-value-added")).toBeLessThan(check.stdout.indexOf("--- a/"));
    expect(check.stdout).toContain("1 breaking, 0 compatible, 0 docs-only changes");
    const generated = runCli(["-i", input, "-o", output]);
    expect(generated.stdout).toContain("For callers of the previous client: 1 breaking, 0 compatible, 0 docs-only changes");
  });
});
