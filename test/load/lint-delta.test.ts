import { describe, expect, it } from "vitest";
import { toPointer } from "../../generator/common/json-pointer.js";
import { documentEntries, lintDelta } from "../../generator/load/lint-delta.js";
import type { RefHolder } from "../../generator/load/repair-refs.js";

type Document = Record<string, unknown>;

/** Every object holding a local `$ref`, with its pointer (what the loader's scan hands the planner). */
function localRefs(document: Document): RefHolder[] {
  const found: RefHolder[] = [];
  const visit = (value: unknown, at: string[]): void => {
    if (value === null || typeof value !== "object") return;
    const ref = (value as { $ref?: unknown }).$ref;
    if (!Array.isArray(value) && typeof ref === "string" && ref.startsWith("#")) found.push({ holder: value as Document, pointer: () => toPointer(at) });
    for (const [key, child] of Object.entries(value)) visit(child, [...at, key]);
  };
  visit(document, []);
  return found;
}

/** What is linted after `current` replaces `previous`. */
function plan(previous: Document, current: Document): ReturnType<typeof lintDelta> {
  return lintDelta(documentEntries(previous), documentEntries(current), current, localRefs(current));
}

const ref = (key: string): { $ref: string } => ({ $ref: `#/components/schemas/${key}` });
const json = (schema: unknown): unknown => ({ content: { "application/json": { schema } } });
const top = { openapi: "3.1.0", info: { title: "t", version: "1" } };
const pets = { get: { operationId: "listPets", responses: { "200": { description: "ok", ...(json(ref("Pet")) as object) } } } };
const pet = { type: "object", properties: { owner: ref("Owner"), name: { type: "string" } } };
const base: Document = {
  ...top,
  paths: { "/pets": pets },
  components: {
    schemas: {
      Pet: pet,
      Owner: { type: "object", properties: { name: { type: "string" } } },
      Other: { type: "string" },
    },
    parameters: { Limit: { name: "limit", in: "query", schema: { type: "integer" } } },
  },
};
/** `base` with some component schemas replaced or added. */
const withSchemas = (schemas: Record<string, unknown>, from: Document = base): Document => {
  const components = from.components as Record<string, Record<string, unknown>>;
  return { ...from, components: { ...components, schemas: { ...components.schemas, ...schemas } } };
};
const pet2 = { type: "object", properties: { owner: ref("Owner"), name: { type: "string" }, age: { type: "integer" } } };

describe("documentEntries", () => {
  it("cuts a document into path items, webhooks, components and other top-level fields, keyed by pointer", () => {
    const document = { ...top, paths: { "/pets/{id}": {} }, webhooks: { created: {} }, components: { schemas: { "a/b": {} }, "x-list": [1] }, security: [] };
    expect([...documentEntries(document).keys()]).toEqual([
      "/openapi",
      "/info",
      "/paths/~1pets~1{id}",
      "/webhooks/created",
      "/components/schemas/a~1b",
      "/components/x-list",
      "/security",
    ]);
  });
  it("holds each entry as JSON text", () => expect(documentEntries({ info: { title: "t" } }).get("/info")).toBe('{"title":"t"}'));
});

describe("lintDelta", () => {
  const cases: Array<[string, { given: { previous: Document; current: Document }; want: ReturnType<typeof lintDelta> }]> = [
    ["nothing changed", { given: { previous: base, current: structuredClone(base) }, want: "unchanged" }],
    ["a component added: names may now resolve or clash, so all", { given: { previous: base, current: withSchemas({ New: {} }) }, want: undefined }],
    ["a component removed", { given: { previous: withSchemas({ New: {} }), current: base }, want: undefined }],
    ["a path item changed: operationIds must stay unique across the document", { given: { previous: base, current: { ...base, paths: { "/pets": { ...pets, post: { operationId: "listPets", responses: {} } } } } }, want: undefined }],
    [
      "a component that holds operations (callbacks) changed",
      {
        given: { previous: withSchemas({}, { ...base, components: { ...(base.components as object), callbacks: { Hook: {} } } }), current: withSchemas({}, { ...base, components: { ...(base.components as object), callbacks: { Hook: { "/x": {} } } } }) },
        want: undefined,
      },
    ],
    [
      "a schema changed: it is linted, what it names gets a stand-in, the rest is left out",
      {
        given: { previous: base, current: withSchemas({ Pet: pet2 }) },
        want: { ...top, paths: {}, components: { schemas: { Pet: pet2, Owner: {} }, parameters: {} } },
      },
    ],
    [
      "a schema another reaches inside of: the referrer is linted too",
      {
        given: { previous: withSchemas({ Name: { $ref: "#/components/schemas/Pet/properties/name" } }), current: withSchemas({ Pet: pet2, Name: { $ref: "#/components/schemas/Pet/properties/name" } }) },
        want: { ...top, paths: {}, components: { schemas: { Pet: pet2, Owner: {}, Name: { $ref: "#/components/schemas/Pet/properties/name" } }, parameters: {} } },
      },
    ],
    [
      "a schema that is a reference as a whole stands for its target: who names it is linted, it gets a stand-in",
      {
        given: {
          previous: withSchemas({ Alias: ref("Pet"), User: { properties: { pet: ref("Alias") } } }),
          current: withSchemas({ Pet: pet2, Alias: ref("Pet"), User: { properties: { pet: ref("Alias") } } }),
        },
        want: { ...top, paths: {}, components: { schemas: { Pet: pet2, Owner: {}, Alias: {}, User: { properties: { pet: ref("Alias") } } }, parameters: {} } },
      },
    ],
    [
      "a changed schema that reaches inside another: that one is linted whole, transitively",
      {
        given: {
          previous: withSchemas({ Other: { type: "string" } }),
          current: withSchemas({ Other: { properties: { owner: { $ref: "#/components/schemas/Pet/properties/owner" } } } }),
        },
        want: {
          ...top,
          paths: {},
          components: { schemas: { Pet: pet, Owner: {}, Other: { properties: { owner: { $ref: "#/components/schemas/Pet/properties/owner" } } } }, parameters: {} },
        },
      },
    ],
    [
      "a top-level field changed: kept whole, as every top-level field is",
      {
        given: { previous: base, current: { ...base, info: { title: "t2", version: "1" } } },
        want: { openapi: "3.1.0", info: { title: "t2", version: "1" }, paths: {}, components: { schemas: {}, parameters: {} } },
      },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => expect(plan(given.previous, given.current)).toEqual(want));

  it("keeps each entry at its place, so pointers and lines are those of the document", () => {
    const delta = plan(base, withSchemas({ Other: { type: "number" } })) as Document;
    expect(Object.keys(delta)).toEqual(Object.keys(base));
    expect(Object.keys((delta.components as { schemas: Document }).schemas)).toEqual(["Other"]);
  });

  it("scans a changed entry holding a very long array (a million elements) without overflowing the stack", () => {
    const long = { type: "string", enum: Array.from({ length: 1_000_000 }, (_, index) => `v${index}`) };
    const delta = plan(base, withSchemas({ Other: long })) as Document;
    expect((delta.components as { schemas: Document }).schemas).toEqual({ Other: long });
  });
});
