// The change report on responses composed with allOf (train-travel), index signatures and call shapes: the cases of
// issue 20 items 1–3, each as the issue gives it.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { compareClients, type Change } from "../../generator/report/compare-clients.js";
import { tempDir } from "../helpers/cli.js";
import { readSpec } from "./specs.js";

type Spec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a test edits raw JSON

const work = tempDir("report-allof-");
afterAll(() => work.remove());
let counter = 0;

async function changesOf(before: Spec, edit: (spec: Spec) => void): Promise<Change[]> {
  const after = structuredClone(before);
  edit(after);
  const base = path.join(work.dir, `before-${counter}.json`);
  const input = path.join(work.dir, `after-${counter++}.json`);
  writeFileSync(base, JSON.stringify(before));
  writeFileSync(input, JSON.stringify(after));
  return (await generate({ input, base, output: path.join(work.dir, "unused") })).changes ?? [];
}

const travel = (): Spec => readSpec("features/3.1/train-travel.json");
const schema = (spec: Spec, name: string): Spec => spec.components.schemas[name];

describe("responses composed with allOf (train-travel)", () => {
  it("names a removed Station.timezone, breaking, at the operation that lists stations", async () => {
    const changes = await changesOf(travel(), (s) => delete schema(s, "Station").properties.timezone);
    expect(changes).toContainEqual(expect.objectContaining({ severity: "breaking", kind: "response-property-removed", operation: "getStations", schema: "Station", location: "response.data[].timezone" }));
  });

  it("reports Trip.price changed from number to string", async () => {
    const changes = await changesOf(travel(), (s) => (schema(s, "Trip").properties.price.type = "string"));
    expect(changes).toContainEqual(expect.objectContaining({ severity: "breaking", kind: "response-type-changed", operation: "getTrips", schema: "Trip", location: "response.data[].price" }));
  });

  it("reports Station.platforms added as a compatible change", async () => {
    const changes = await changesOf(travel(), (s) => (schema(s, "Station").properties.platforms = { type: "integer" }));
    expect(changes).toContainEqual(expect.objectContaining({ severity: "compatible", kind: "response-property-added", schema: "Station", location: "response.data[].platforms" }));
  });

  it("reports a changed Booking inside the type, naming every operation that returns one (the list too)", async () => {
    const changes = await changesOf(travel(), (s) => delete schema(s, "Booking").properties.passenger_name);
    const removed = changes.filter((entry) => entry.kind === "response-property-removed");
    expect(removed).toEqual([expect.objectContaining({ severity: "breaking", schema: "Booking", location: "response.data[].passenger_name" })]);
    expect(removed[0]!.operations).toEqual(expect.arrayContaining(["getBookings", "createBooking", "getBooking"]));
    expect(changes.some((entry) => /GetBookingResponse → GetBookingResponse/.test(entry.message))).toBe(false);
  });
});

function withMetadata(additional: unknown): Spec {
  return {
    openapi: "3.1.0",
    info: { title: "Meta", version: "1" },
    paths: {
      "/things": {
        get: { operationId: "getThing", responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } } },
        post: { operationId: "putThing", requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } }, responses: { "204": { description: "done" } } },
      },
    },
    components: { schemas: { Thing: { type: "object", properties: { name: { type: "string" } }, ...(additional === undefined ? {} : { additionalProperties: additional }) } } },
  };
}

describe("index signatures", () => {
  it("additionalProperties: true narrowed to strings breaks requests", async () => {
    const changes = await changesOf(withMetadata(true), (s) => (schema(s, "Thing").additionalProperties = { type: "string" }));
    expect(changes).toContainEqual(expect.objectContaining({ severity: "breaking", operation: "putThing", schema: "Thing", location: "body[key]" }));
    expect(changes).toContainEqual(expect.objectContaining({ severity: "compatible", schema: "Thing", location: "response[key]" }));
  });

  it("additionalProperties widened from strings to anything breaks responses", async () => {
    const changes = await changesOf(withMetadata({ type: "string" }), (s) => (schema(s, "Thing").additionalProperties = true));
    expect(changes).toContainEqual(expect.objectContaining({ severity: "breaking", operation: "getThing", schema: "Thing", location: "response[key]" }));
  });

  it("additionalProperties removed breaks both sides", async () => {
    const changes = await changesOf(withMetadata(true), (s) => delete schema(s, "Thing").additionalProperties);
    expect(changes).toContainEqual(expect.objectContaining({ severity: "breaking", kind: "index-signature-removed", location: "body[key]" }));
    expect(changes).toContainEqual(expect.objectContaining({ severity: "breaking", kind: "index-signature-removed", location: "response[key]" }));
  });

  it("additionalProperties added is compatible", async () => {
    const changes = await changesOf(withMetadata(undefined), (s) => (schema(s, "Thing").additionalProperties = { type: "integer" }));
    expect(changes).toContainEqual(expect.objectContaining({ severity: "compatible", kind: "index-signature-added" }));
    expect(changes.filter((entry) => entry.severity === "breaking")).toEqual([]);
  });
});

describe("unions of inline objects (found by the differential test)", () => {
  const anyOf = (): Spec => ({
    openapi: "3.0.3",
    info: { title: "AnyOf", version: "1" },
    paths: {
      "/things": {
        post: {
          operationId: "postThing",
          requestBody: { required: true, content: { "application/json": { schema: { anyOf: [{ type: "object", properties: { a: { type: "string" } } }, { type: "object", properties: { c: { type: "string" }, d: { type: "string" } } }] } } } },
          responses: { "204": { description: "done" } },
        },
      },
    },
  });

  it("a property removed from one member of an anyOf of inline objects is breaking", async () => {
    const changes = await changesOf(anyOf(), (s) => delete s.paths["/things"].post.requestBody.content["application/json"].schema.anyOf[1].properties.d);
    expect(changes).toContainEqual(expect.objectContaining({ severity: "breaking", kind: "request-property-removed", operation: "postThing", location: "body.d" }));
  });

  it("null allowed in one member's property is compatible", async () => {
    const changes = await changesOf(anyOf(), (s) => (s.paths["/things"].post.requestBody.content["application/json"].schema.anyOf[1].properties.c.nullable = true));
    expect(changes).toContainEqual(expect.objectContaining({ severity: "compatible", kind: "request-nullable-added", location: "body.c" }));
  });
});

describe("call shapes", () => {
  const client = (signature: string, params = ""): Map<string, string> =>
    new Map([
      ["operations.json", JSON.stringify({ operations: [{ method: "GET", path: "/models", operationId: "listModels", function: "listModels", types: { params: params ? "ListModelsParams" : null, response: "ListModelsResponse" }, security: [] }] })],
      ["types.d.ts", `export type ListModelsResponse = { id: string };\n${params}`],
      ["operations.d.ts", `import type { ListModelsParams, ListModelsResponse } from "./types.js";\ntype Client = { readonly __client: true };\ntype RequestOptions = { signal?: AbortSignal; timeoutMs?: number };\nexport declare function listModels(${signature}): Promise<ListModelsResponse>;\n`],
    ]);
  const PARAMS = "export interface ListModelsParams { query?: { limit?: number } }\n";

  it("a first optional parameter that moves options is breaking", () => {
    const changes = compareClients(client("client: Client, options?: RequestOptions"), client("client: Client, params?: ListModelsParams, options?: RequestOptions", PARAMS));
    expect(changes).toContainEqual(expect.objectContaining({ severity: "breaking", kind: "call-shape-changed", operation: "listModels", message: expect.stringContaining("listModels(client, options?) is now listModels(client, params?, options?)") as unknown as string }));
  });

  it("params that become required are breaking; params that become optional are not a shape change", () => {
    const optional = client("client: Client, params?: ListModelsParams, options?: RequestOptions", PARAMS);
    const required = client("client: Client, params: ListModelsParams, options?: RequestOptions", PARAMS);
    expect(compareClients(optional, required)).toContainEqual(expect.objectContaining({ severity: "breaking", kind: "call-shape-changed" }));
    expect(compareClients(required, optional).filter((entry) => entry.kind === "call-shape-changed")).toEqual([]);
  });

  it("the same shape, params always there (the new emitter), gives no shape change", () => {
    const shape = "client: Client, params?: ListModelsParams, options?: RequestOptions";
    expect(compareClients(client(shape, PARAMS), client(shape, PARAMS))).toEqual([]);
  });
});

describe("exported types no operation uses (found by the differential test, seed 7)", () => {
  it("a changed one is a compatible type-changed, named by the type", async () => {
    const spec: Spec = { ...withMetadata(undefined) };
    spec.components.schemas.Unused = { type: "object", properties: { a: { type: "string" } } };
    const changes = await changesOf(spec, (s) => (schema(s, "Unused").properties.b = { type: "integer" }));
    expect(changes).toEqual([expect.objectContaining({ severity: "compatible", kind: "type-changed", schema: "Unused", operation: null })]);
  });
});

describe("request unions (found by the differential test, seeds 2026 and 7)", () => {
  const union = (first: Spec, second: Spec): Spec => ({
    openapi: "3.0.3",
    info: { title: "Union", version: "1" },
    paths: { "/things": { post: { operationId: "postThing", requestBody: { required: true, content: { "application/json": { schema: { oneOf: [first, second] } } } }, responses: { "204": { description: "done" } } } } },
  });
  const body = (spec: Spec): Spec => spec.paths["/things"].post.requestBody.content["application/json"].schema;

  it("a field removed from one member that another member declares is a compatible request-union-member-changed", async () => {
    const spec = union({ type: "object", required: ["id"], properties: { id: { type: "integer" }, note: { type: "string" } } }, { type: "object", properties: { name: { type: "string" }, note: { type: "string" } } });
    const changes = await changesOf(spec, (s) => delete body(s).oneOf[0].properties.note);
    expect(changes).toEqual([expect.objectContaining({ severity: "compatible", kind: "request-union-member-changed", operation: "postThing", location: "body", message: expect.stringContaining("`body.note`") as unknown as string })]);
  });

  it("a field removed from one member that no other member declares stays breaking", async () => {
    const spec = union({ type: "object", required: ["id"], properties: { id: { type: "integer" }, note: { type: "string" } } }, { type: "object", properties: { name: { type: "string" } } });
    const changes = await changesOf(spec, (s) => delete body(s).oneOf[0].properties.note);
    expect(changes).toContainEqual(expect.objectContaining({ severity: "breaking", kind: "request-property-removed", location: "body.note" }));
  });
});
