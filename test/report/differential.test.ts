// The change report against its oracle (oracle.ts): real and feature specs mutated one edit at a time (mutations.ts),
// the report's verdict (breaking / compatible / docs / none) held to what TypeScript says of callers of the old client.
// REPORT_DIFF_RUNS sets how many mutations and REPORT_DIFF_SEED the seed (a nightly run uses more; the default is fixed).
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { compareClients } from "../../generator/report/compare-clients.js";
import { DIFF_SPECS, clientOf, runDifferential, verdictOf } from "./differential.js";
import { operations, trimSpec } from "./mutations.js";
import { judge } from "./oracle.js";
import { readSpec } from "./specs.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw OpenAPI documents

const RUNS = Number(process.env.REPORT_DIFF_RUNS ?? 60);
const SEED = Number(process.env.REPORT_DIFF_SEED ?? 20);

const work = tempDir("report-diff-");
afterAll(() => work.remove());

describe("the change report agrees with the TypeScript oracle", () => {
  it(`on ${RUNS} one-edit mutations of ${DIFF_SPECS.length} specs`, async () => {
    const { judged, disagreements, unlocated } = await runDifferential({ seed: SEED, runs: RUNS, dir: work.dir });
    expect(judged).toBeGreaterThan(RUNS / 2);
    expect(disagreements).toEqual([]);
    expect(unlocated).toEqual([]);
  }, 1_800_000);
});

describe("the oracle", () => {
  it("calls the issue's misses breaking, and an unchanged or a description-only edit none and docs", async () => {
    const travel = readSpec("features/3.1/train-travel.json") as Json;
    const before = (await clientOf(travel, work.dir, "oracle-before"))!;
    const verdict = async (name: string, edit: (spec: Json) => void): Promise<string> => {
      const edited = structuredClone(travel);
      edit(edited);
      return judge(before, (await clientOf(edited, work.dir, name))!).verdict;
    };
    expect(await verdict("oracle-timezone", (spec) => delete spec.components.schemas.Station.properties.timezone)).toBe("breaking");
    expect(await verdict("oracle-price", (spec) => (spec.components.schemas.Trip.properties.price.type = "string"))).toBe("breaking");
    expect(await verdict("oracle-platforms", (spec) => (spec.components.schemas.Station.properties.platforms = { type: "integer" }))).toBe("compatible");
    expect(await verdict("oracle-docs", (spec) => (spec.components.schemas.Station.description = "Stations."))).toBe("docs");
    expect(judge(before, before).verdict).toBe("none");
  }, 120_000);
});

/** The report's changes and both verdicts for one edit of `spec`. */
async function both(name: string, spec: Json, edit: (spec: Json) => void) {
  const edited = structuredClone(spec);
  edit(edited);
  const before = (await clientOf(spec, work.dir, `${name}-before`))!;
  const after = (await clientOf(edited, work.dir, `${name}-after`))!;
  const changes = compareClients(before, after);
  return { changes, report: verdictOf(changes), oracle: judge(before, after).verdict };
}

describe("disagreements the differential run found (seed 20, 200 mutations), fixed in the oracle", () => {

  it("a field made required inside a oneOf member of a request body (discriminators, object1.b) is breaking", async () => {
    const found = await both("one-of-required", readSpec("features/3.0/discriminators.json") as Json, (spec) => (spec.components.schemas.object1.required = ["b"]));
    expect(found).toMatchObject({ report: "breaking", oracle: "breaking" });
    expect(found.changes).toContainEqual(expect.objectContaining({ kind: "request-property-became-required", schema: "Object1", location: "body.config.b" }));
  }, 120_000);

  it("an object field made required inside an optional request body (schema-additional-properties) is breaking", async () => {
    const field = "object with `additionalProperties: { type: integer }`";
    const found = await both("body-required", readSpec("features/3.0/schema-additional-properties.json") as Json, (spec) => (spec.paths["/post"].post.requestBody.content["application/json"].schema.required = [field]));
    expect(found).toMatchObject({ report: "breaking", oracle: "breaking" });
    expect(found.changes).toContainEqual(expect.objectContaining({ kind: "request-property-became-required", location: `body.${field}` }));
  }, 120_000);

  it("an index signature added to a request type that is an interface is compatible (seed 20, after the fix above)", async () => {
    // The oracle's values of the old parameter types are typed as object literals are: an interface has no implicit
    // index signature, and a caller's literal of it still fits `{ [key: string]: string }`.
    const found = await both("index-added", readSpec("features/3.0/discriminators.json") as Json, (spec) => (spec.components.schemas.s3Import.additionalProperties = { type: "string" }));
    expect(found).toMatchObject({ report: "compatible", oracle: "compatible" });
  }, 120_000);

  it("a change to an exported type no operation uses is compatible, not none (seed 7: PedaledVehicle, string1)", async () => {
    const spec = readSpec("features/3.0/discriminators.json") as Json;
    const added = await both("unused-added", spec, (edited) => (edited.components.schemas.PedaledVehicle.allOf[1].properties.zz_added = { type: "string" }));
    expect(added).toMatchObject({ report: "compatible", oracle: "compatible" });
    expect(added.changes).toEqual([expect.objectContaining({ kind: "type-changed", schema: "PedaledVehicle" })]);
    const retyped = await both("unused-retyped", spec, (edited) => (edited.components.schemas.string1.type = "integer"));
    expect(retyped).toMatchObject({ report: "compatible", oracle: "compatible" });
  }, 120_000);

  it("a property removed nine levels down a response (Stripe's error body; beyond the oracle's inline depth) is breaking", async () => {
    // Stripe's case in small: `error.error.payment_intent.invoice…financial_connections.permissions`, nine named
    // levels down; with its only property gone the type becomes `Record<string, unknown>`.
    const levels = Array.from({ length: 9 }, (_, index) => `Level${index + 1}`);
    const schemas: Json = Object.fromEntries(levels.map((name, index) => [name, { type: "object", properties: { next: { $ref: `#/components/schemas/${levels[index + 1]}` } } }]));
    schemas.Level9 = { type: "object", properties: { permissions: { type: "array", items: { type: "string", enum: ["balances", "payment_method"] } } } };
    const spec: Json = {
      openapi: "3.0.3",
      info: { title: "Deep", version: "1" },
      paths: { "/deep": { get: { operationId: "getDeep", responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Level1" } } } } } } } },
      components: { schemas },
    };
    const found = await both("deep", spec, (edited) => delete edited.components.schemas.Level9.properties.permissions);
    expect(found).toMatchObject({ report: "breaking", oracle: "breaking" });
    expect(found.changes).toContainEqual(expect.objectContaining({ kind: "response-property-removed", operation: "getDeep", schema: "Level9", location: "response.next.next.next.next.next.next.next.next.permissions" }));
  });
});

describe("disagreements the differential run found (seeds 2026, 7 and 99, 300 mutations each), each fixed on its wrong side", () => {
  const travel = (): Json => readSpec("features/3.1/train-travel.json") as Json;
  const polymorphism = (): Json => readSpec("features/3.0/polymorphism.json") as Json;
  const complexBody = (spec: Json): Json => spec.paths["/one-of-complex"].post.requestBody.content["application/json"].schema;

  it("an item type inside an allOf made a string (seed 2026 #130) is breaking: reading a Trip's fields off a string gives unknown", async () => {
    const found = await both("allof-items", travel(), (spec) => (spec.paths["/trips"].get.responses["200"].content["application/json"].schema.allOf[1].properties.data.items = { type: "string" }));
    expect(found).toMatchObject({ report: "breaking", oracle: "breaking" });
    expect(found.changes).toContainEqual(expect.objectContaining({ kind: "response-type-changed", operation: "getTrips", location: "response.data[]" }));
  }, 120_000);

  it("a property removed from one member of a request oneOf that other members declare (seed 2026 #138) is compatible", async () => {
    // Old calls send `registration.email` to a union no member of which is picked by a discriminant: TypeScript checks
    // the key against every member, and another one still declares it.
    const found = await both("union-email", polymorphism(), (spec) => {
      const registration = complexBody(spec).oneOf[2].properties.registration;
      delete registration.properties.email;
      registration.required = registration.required.filter((name: string) => name !== "email");
    });
    expect(found).toMatchObject({ report: "compatible", oracle: "compatible" });
    expect(found.changes).toEqual([expect.objectContaining({ kind: "request-union-member-changed", operation: "oneOfObjectWithAComplexSchema", location: "body" })]);
  }, 120_000);

  it("a property's type changed in one member of a request oneOf whose other members take the old value (seed 7 #73) is compatible", async () => {
    const found = await both("union-listing", polymorphism(), (spec) => (complexBody(spec).oneOf[6].properties.listing_id = { type: "string" }));
    expect(found).toMatchObject({ report: "compatible", oracle: "compatible" });
    expect(found.changes).toContainEqual(expect.objectContaining({ kind: "request-union-member-changed", location: "body" }));
  }, 120_000);

  it("a property removed from one member of a discriminated request oneOf is still breaking, though another member declares it", async () => {
    // `kind: "a"` picks the first member, so TypeScript checks the removed `note` against it alone.
    const member = (kind: string): Json => ({ type: "object", required: ["kind"], properties: { kind: { type: "string", enum: [kind] }, note: { type: "string" } } });
    const spec: Json = {
      openapi: "3.0.3",
      info: { title: "Kinds", version: "1" },
      paths: { "/things": { post: { operationId: "postThing", requestBody: { required: true, content: { "application/json": { schema: { oneOf: [member("a"), member("b")] } } } }, responses: { "204": { description: "done" } } } } },
    };
    const found = await both("union-discriminated", spec, (edited) => delete edited.paths["/things"].post.requestBody.content["application/json"].schema.oneOf[0].properties.note);
    expect(found).toMatchObject({ report: "breaking", oracle: "breaking" });
    expect(found.changes).toContainEqual(expect.objectContaining({ kind: "request-property-removed", location: "body.note" }));
  }, 120_000);

  it("an optional header added to an operation without arguments (seed 2026 #213) is compatible: Record<string, never> takes no other key", async () => {
    const found = await both("first-header", travel(), (spec) => (spec.paths["/stations"].get.parameters = [...(spec.paths["/stations"].get.parameters ?? []), { name: "zz_header", in: "header", schema: { type: "string" } }]));
    expect(found).toMatchObject({ report: "compatible", oracle: "compatible" });
  }, 120_000);

  it("a oneOf member added that only a string fills (seed 2026 #224, seed 7 #286) is compatible, not none: the declarations differ", async () => {
    const found = await both("string-member", polymorphism(), (spec) => spec.paths["/one-of-with-type"].post.requestBody.content["application/json"].schema.properties.event.oneOf.push({ type: "object", properties: { zz_member: { type: "string" } } }));
    expect(found).toMatchObject({ report: "compatible", oracle: "compatible" });
    expect(found.changes).toEqual([expect.objectContaining({ kind: "type-changed", operation: "oneOfWithType", schema: "OneOfWithTypeBody" })]);
  }, 120_000);

  it("a member removed from a response union (seed 7 #233, #237, #258) is compatible: the oracle's reader narrows into members by their own keys", async () => {
    const found = await both("union-narrowed", readSpec("features/3.0/schema-additional-properties.json") as Json, (spec) => spec.paths["/post"].post.responses["200"].content["application/json"].schema.properties["object with `additionalProperties: anyOf` (polymorphic)"].additionalProperties.anyOf.splice(2, 1));
    expect(found).toMatchObject({ report: "compatible", oracle: "compatible" });
    expect(found.changes).toContainEqual(expect.objectContaining({ kind: "response-type-narrowed" }));
  }, 120_000);

  it("a response union member that loses the only key no other member has, the union keeping its members, is breaking", async () => {
    // The oracle's reader narrows into `{ a, y }` by `y`; with `y` gone nothing is found there, but no member left
    // the union: code narrowing by `"y" in value` now reads `unknown`. (A member removed is narrower: the case above.)
    const member = (extra: string): Json => ({ type: "object", properties: { a: { type: "string" }, [extra]: { type: "string" } } });
    const spec: Json = {
      openapi: "3.0.3",
      info: { title: "Union", version: "1" },
      paths: { "/u": { get: { operationId: "getU", responses: { "200": { description: "OK", content: { "application/json": { schema: { oneOf: [member("x"), member("y")] } } } } } } } },
    };
    const found = await both("own-key-lost", spec, (edited) => delete edited.paths["/u"].get.responses["200"].content["application/json"].schema.oneOf[1].properties.y);
    expect(found).toMatchObject({ report: "breaking", oracle: "breaking" });
    expect(found.changes).toContainEqual(expect.objectContaining({ kind: "response-property-removed", location: "response.y" }));
  }, 120_000);

  it("a property removed inside a schema named File (seed 99 #21, Stripe's `file`) is breaking: the client's File is not the DOM's", async () => {
    const ok = (schema: Json): Json => ({ description: "ok", content: { "application/json": { schema } } });
    const spec: Json = {
      openapi: "3.0.3",
      info: { title: "Files", version: "1" },
      paths: { "/files/{id}": { get: { operationId: "getFile", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": ok({ $ref: "#/components/schemas/File" }) } } } },
      components: { schemas: { File: { type: "object", properties: { id: { type: "string" }, url: { type: "string" } } } } },
    };
    const found = await both("named-file", spec, (edited) => delete edited.components.schemas.File.properties.url);
    expect(found).toMatchObject({ report: "breaking", oracle: "breaking" });
    expect(found.changes).toContainEqual(expect.objectContaining({ kind: "response-property-removed", schema: "File", location: "response.url" }));
  }, 120_000);

  it("a response whose type takes another name (seed 99 #204: OpenAI's DeleteFileResponse read as text) is breaking", async () => {
    // The schema `DeleteFileResponse` was the response; as text it is `DeleteFileResponse2 = string`, and the schema
    // stays. The oracle reads the type the new function returns, not the old name.
    const spec: Json = {
      openapi: "3.0.3",
      info: { title: "Files", version: "1" },
      paths: { "/files/{id}": { delete: { operationId: "deleteFile", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "OK", content: { "application/json": { schema: { $ref: "#/components/schemas/DeleteFileResponse" } } } } } } } },
      components: { schemas: { DeleteFileResponse: { type: "object", required: ["id", "deleted"], properties: { id: { type: "string" }, deleted: { type: "boolean" } } } } },
    };
    const found = await both("renamed-response", spec, (edited) => {
      const content = edited.paths["/files/{id}"].delete.responses["200"].content;
      content["text/plain"] = content["application/json"];
      delete content["application/json"];
    });
    expect(found).toMatchObject({ report: "breaking", oracle: "breaking" });
    expect(found.changes).toContainEqual(expect.objectContaining({ kind: "response-type-changed", operation: "deleteFile", location: "response" }));
  }, 120_000);

  it("an allOf of string and integer (never) made an integer in a request (seed 99 #119) is compatible: only undefined could be sent", async () => {
    const found = await both("never-widened", readSpec("features/3.1/schema-types.json") as Json, (spec) => (spec.paths["/anything/quirks/polymorphism"].post.requestBody.content["application/json"].schema.properties.incompatible.allOf[0].type = "integer"));
    expect(found).toMatchObject({ report: "compatible", oracle: "compatible" });
    expect(found.changes).toContainEqual(expect.objectContaining({ kind: "request-type-widened", location: "body.incompatible" }));
  }, 120_000);
});
