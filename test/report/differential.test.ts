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

describe("disagreements the differential run found (seed 20, 200 mutations), fixed in the oracle", () => {
  /** The report's changes and both verdicts for one edit of `spec`. */
  const both = async (name: string, spec: Json, edit: (spec: Json) => void) => {
    const edited = structuredClone(spec);
    edit(edited);
    const before = (await clientOf(spec, work.dir, `${name}-before`))!;
    const after = (await clientOf(edited, work.dir, `${name}-after`))!;
    const changes = compareClients(before, after);
    return { changes, report: verdictOf(changes), oracle: judge(before, after).verdict };
  };

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
