// The example data of the test doubles, held to a reference validator (ajv + ajv-formats) over every spec the tests
// use, and pinned for determinism: the same spec and seed give the same values.
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { buildExamples } from "../../generator/model/examples.js";
import type { ApiModel } from "../../generator/model/types.js";
import { NAMED_SPECS } from "../helpers/specs.js";
import { createValidator } from "./validate.js";

const totals = { checked: 0, unchecked: 0, warnings: 0 };

describe("example data satisfies its schema", () => {
  it.each(NAMED_SPECS)("%s", async (_name, spec) => {
    const model = buildModel(await loadDocument(spec));
    const { examples, warnings } = buildExamples(model);
    const validate = createValidator(model.document, isOpenApi31(model));
    const failures: string[] = [];
    for (const example of examples) {
      const pairs = [
        [example.request, example.requestSchema],
        [example.response, example.responseSchema],
      ] as const;
      for (const [value, schema] of pairs) {
        if (schema === undefined) continue;
        let problem: string | undefined;
        try {
          problem = validate(value, schema);
        } catch {
          totals.unchecked++; // a schema ajv refuses to compile (the spec's own fault); our own check still held
          continue;
        }
        totals.checked++;
        if (problem) failures.push(`${example.operation.pointer}: ${problem}`);
      }
    }
    totals.warnings += warnings.length;
    expect(failures).toEqual([]);
  }, 120_000);

  it("counts the values checked", () => {
    // Printed for the report; every spec above ran first (vitest runs a file's tests in order).
    process.stdout.write(`example values checked by ajv: ${totals.checked}, schemas ajv refused: ${totals.unchecked}, left out with a warning: ${totals.warnings}\n`);
    expect(totals.checked).toBeGreaterThan(1000);
  });
});

describe("example data is deterministic", () => {
  it("gives the same values for the same seed and others for another seed", async () => {
    const model = buildModel(await loadDocument("test/fixtures/schemas.json"));
    const first = JSON.stringify(buildExamples(model, 7).examples.map(({ request, response }) => ({ request, response })));
    const again = JSON.stringify(buildExamples(model, 7).examples.map(({ request, response }) => ({ request, response })));
    const other = JSON.stringify(buildExamples(model, 8).examples.map(({ request, response }) => ({ request, response })));
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });
});

describe("example data follows the schema's keywords", () => {
  const document = (schemas: Record<string, unknown>, body: unknown, openapi = "3.0.3"): Record<string, unknown> => ({
    openapi,
    info: { title: "t", version: "1" },
    paths: { "/x": { post: { operationId: "make", requestBody: { content: { "application/json": { schema: body } } }, responses: { "200": { description: "ok", content: { "application/json": { schema: body } } } } } } },
    components: { schemas },
  });
  const build = async (doc: Record<string, unknown>) => {
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const file = `${mkdtempSync(`${tmpdir()}/examples-`)}/spec.json`;
    writeFileSync(file, JSON.stringify(doc));
    return buildExamples(buildModel(await loadDocument(file)));
  };

  it("sets the discriminator's tag, keeps readOnly out of requests and writeOnly out of responses", async () => {
    const schemas = {
      Pet: { oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }], discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" } } },
      Cat: { type: "object", required: ["kind", "id", "password"], properties: { kind: { type: "string" }, id: { type: "string", format: "uuid", readOnly: true }, password: { type: "string", writeOnly: true } } },
      Dog: { type: "object", required: ["kind"], properties: { kind: { type: "string" } } },
    };
    const { examples } = await build(document(schemas, { $ref: "#/components/schemas/Pet" }));
    const request = examples[0]!.request as Record<string, unknown>;
    const response = examples[0]!.response as Record<string, unknown>;
    expect(request.kind).toBe("cat");
    expect(request).not.toHaveProperty("id");
    expect(request).toHaveProperty("password");
    expect(response).toHaveProperty("id");
    expect(response).not.toHaveProperty("password");
    expect(response.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
  });

  it("bounds recursion, honours ranges and formats, and skips an example that fails its schema", async () => {
    const schemas = {
      Node: { type: "object", required: ["name", "at", "n"], properties: { name: { type: "string", minLength: 3, maxLength: 5 }, at: { type: "string", format: "date-time" }, n: { type: "integer", minimum: 10, maximum: 12 }, child: { $ref: "#/components/schemas/Node" } } },
      Bad: { type: "integer", minimum: 0, example: -5 },
    };
    const body = { type: "object", properties: { node: { $ref: "#/components/schemas/Node" }, bad: { $ref: "#/components/schemas/Bad" } }, required: ["node", "bad"] };
    const { examples } = await build(document(schemas, body));
    const value = examples[0]!.response as { node: Record<string, unknown>; bad: number };
    expect(String(value.node.name).length).toBeGreaterThanOrEqual(3);
    expect(String(value.node.name).length).toBeLessThanOrEqual(5);
    expect(value.node.n).toBeGreaterThanOrEqual(10);
    expect(value.node.n).toBeLessThanOrEqual(12);
    expect(Date.parse(String(value.node.at))).not.toBeNaN();
    expect(value.bad).toBeGreaterThanOrEqual(0);
    let depth = 0;
    for (let node: Record<string, unknown> | undefined = value.node; node; node = node.child as Record<string, unknown> | undefined) depth++;
    expect(depth).toBeLessThanOrEqual(3);
  });

  it("uses the spec's example when it satisfies the schema, and warns instead of emitting a value that cannot", async () => {
    const schemas = { Code: { type: "string", pattern: "^[A-Z]{3}-\\d{4}$", example: "ABC-1234" }, Impossible: { type: "string", pattern: "^z{7}q$" } };
    const body = { type: "object", required: ["code"], properties: { code: { $ref: "#/components/schemas/Code" } } };
    const { examples } = await build(document(schemas, body));
    expect(examples[0]!.response).toEqual({ code: "ABC-1234" });
    const impossible = await build(document(schemas, { $ref: "#/components/schemas/Impossible" }));
    expect(impossible.examples[0]!.response).toBeUndefined();
    expect(impossible.warnings.map((warning) => warning.message)).toContain("no example response body could be made that satisfies its schema (a keyword or pattern the builder cannot satisfy)");
  });
});

// The example data must also compile against the generated types (test/mocks/types.test.ts proves it over every
// spec): an object literal holds only the keys its type declares, at every level. Each case below is one that once
// got through the check and failed to compile on a real spec (digitalocean.com, codat.io).
describe("example data fits the generated types", () => {
  const build = async (schemas: Record<string, unknown>, body: unknown) => {
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const doc = {
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: { "/x": { post: { operationId: "make", requestBody: { content: { "application/json": { schema: body } } }, responses: { "200": { description: "ok", content: { "application/json": { schema: body } } } } } } },
      components: { schemas },
    };
    const file = `${mkdtempSync(`${tmpdir()}/examples-`)}/spec.json`;
    writeFileSync(file, JSON.stringify(doc));
    return buildExamples(buildModel(await loadDocument(file)));
  };

  it("leaves out a spec example with a key no member of its allOf declares (also through $refs)", async () => {
    // digitalocean.com: `distribution` in an example of `{ id } & { created_at, … } & { type }`.
    const schemas = {
      Id: { type: "object", required: ["id"], properties: { id: { type: "integer" } } },
      Snapshot: {
        allOf: [{ $ref: "#/components/schemas/Id" }, { type: "object", properties: { created_at: { type: "string" } } }, { type: "object", properties: { type: { type: "string", enum: ["snapshot", "backup"] } } }],
        example: { id: 1, created_at: "2024-01-01", type: "snapshot", distribution: "Ubuntu" },
      },
      Fits: { allOf: [{ $ref: "#/components/schemas/Id" }, { type: "object", properties: { name: { type: "string" } } }], example: { id: 2, name: "kept" } },
    };
    const { examples } = await build(schemas, { type: "object", required: ["snapshot", "fits"], properties: { snapshot: { $ref: "#/components/schemas/Snapshot" }, fits: { $ref: "#/components/schemas/Fits" } } });
    const response = examples[0]!.response as { snapshot: Record<string, unknown>; fits: unknown };
    expect(response.snapshot).not.toHaveProperty("distribution");
    expect(Object.keys(response.snapshot).every((key) => ["id", "created_at", "type"].includes(key))).toBe(true);
    expect(response.fits).toEqual({ id: 2, name: "kept" }); // an example that fits is still used
  });

  it("leaves out a spec example with an undeclared key nested in a composition's member", async () => {
    // codat.io: `postalcode` in an address behind an allOf; digitalocean.com: `cause` in an object of an allOf member.
    const schemas = {
      Address: { type: "object", properties: { postalCode: { type: "string" } } },
      Company: {
        type: "object",
        properties: { address: { allOf: [{ $ref: "#/components/schemas/Address" }] } },
        example: { address: { postalcode: "N1" } },
      },
      App: {
        allOf: [{ type: "object", properties: { deployment: { type: "object", properties: { cloned_from: { type: "string" } } } } }],
        example: { deployment: { cause: "manual" } },
      },
    };
    const { examples } = await build(schemas, { type: "object", required: ["company", "app"], properties: { company: { $ref: "#/components/schemas/Company" }, app: { $ref: "#/components/schemas/App" } } });
    const response = examples[0]!.response as { company: { address?: Record<string, unknown> }; app: { deployment?: Record<string, unknown> } };
    expect(response.company).not.toEqual({ address: { postalcode: "N1" } });
    expect(response.company.address ?? {}).not.toHaveProperty("postalcode");
    expect(response.app).not.toEqual({ deployment: { cause: "manual" } });
    expect(response.app.deployment ?? {}).not.toHaveProperty("cause");
  });

  it("follows openapi-typescript's tag on an allOf with a discriminator member (`type: \"0\"`), never an enum value it refuses", async () => {
    // digitalocean.com: the type of an inline union member is `{ type: "0" } & Omit<{ type: "assign" | "unassign" }, "type">`,
    // so `{ type: "assign" }` (the spec's example) does not compile, and no value of the schema does.
    const action = { type: "object", required: ["type"], discriminator: { propertyName: "type" }, properties: { type: { type: "string", enum: ["assign", "unassign"] } } };
    const body = {
      anyOf: [{ allOf: [action, { type: "object", required: ["type"] }] }, { allOf: [action, { type: "object", required: ["droplet_id"], properties: { droplet_id: { type: "integer" } } }] }],
      discriminator: { propertyName: "type" },
      example: { type: "assign" },
    };
    const refused = await build({}, body);
    expect(refused.examples[0]!.request).toBeUndefined();
    expect(refused.warnings.map((warning) => warning.message)).toContain("no example request body could be made that satisfies its schema (a keyword or pattern the builder cannot satisfy)");
    // Where the tag is free, the built value carries it: components/schemas/Thing's type says `type: "Thing"`.
    const free = { type: "object", discriminator: { propertyName: "type" }, properties: { type: { type: "string" } } };
    const tagged = await build({ Thing: { allOf: [free, { type: "object", required: ["n"], properties: { n: { type: "integer" } } }] } }, { $ref: "#/components/schemas/Thing" });
    expect((tagged.examples[0]!.response as Record<string, unknown>).type).toBe("Thing");
  });
});

function isOpenApi31(model: ApiModel): boolean {
  return String(model.document.openapi).startsWith("3.1");
}
