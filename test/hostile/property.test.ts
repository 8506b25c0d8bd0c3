// Property-based: random specs with random names, descriptions, enum values and nesting, component keys and `$ref`s
// with `%`, `~`, `/` and non-ASCII, numbers a double cannot keep, any http scheme name and allOf/oneOf graphs with
// cycles either give a client that compiles under --strict and imports without side effects, or fail with a
// GeneratorError naming the file and the pointer. Never an internal error.
import { writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/common/errors.js";
import { generate } from "../../generator/generate.js";
import { tempDir } from "../helpers/cli.js";
import { findImportSideEffects } from "../helpers/side-effects.js";
import { typecheckFolder } from "../helpers/typecheck.js";

const RUNS = 30;
const work = tempDir("property-");
afterAll(() => work.remove());

/** Any text, weighted towards what breaks code: comment ends, quotes, template syntax, line terminators, unicode. */
const hostileText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom("*/", "/*", "`", "${x}", '"', "'", "\\", "\u2028", "\u2029", "\0", "__proto__", "constructor", "class", "1a", "a-b", "🎉", "", " "),
  fc.array(fc.constantFrom("*/", "`", "${", '"', "\\", "\u2028", "a", "_", "1", "é"), { maxLength: 6 }).map((parts) => parts.join("")),
);

/** Component keys weighted towards what pointers and URI escapes make of them. */
const componentKey = fc.oneof(
  hostileText,
  fc.constantFrom("Price%Change", "100%", "%zz", "%41", "%25", "a~b", "a/b", "~1", "~0%", "é/ü", "日本%", "%E6%97%A5"),
  fc.array(fc.constantFrom("%", "~", "/", "é", "a", "1", "%2", "%25", "~1"), { minLength: 1, maxLength: 5 }).map((parts) => parts.join("")),
);

/** Placeholders for numbers written as JSON text, since JSON.stringify cannot spell `1e400` or `-0`. */
const NUMBER_SPELLINGS = ["1e400", "-1e400", "1E-7", "-0", "9007199254740993", "-9007199254740993", "0.1000000000000000055511151231257827", "-5", "1e-300", "8.0", "2E+3", "0"];
const spelledNumber = fc.oneof(
  fc.constantFrom(...NUMBER_SPELLINGS),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? "-0" : String(value))),
  fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: -400, max: 400 })).map(([digit, exponent]) => `${digit}e${exponent}`),
).map((text) => `__number(${text})`);

/** A number schema with spelled numbers in every place a number may stand. */
const numberSchema = fc.record(
  {
    type: fc.constantFrom("number", "integer"),
    enum: fc.array(spelledNumber, { minLength: 1, maxLength: 4 }),
    default: spelledNumber,
    example: spelledNumber,
    minimum: spelledNumber,
    maximum: spelledNumber,
    multipleOf: spelledNumber,
  },
  { requiredKeys: ["type"] },
);
const constSchema = spelledNumber.map((value) => ({ const: value }));
const arrayEnumSchema = fc.array(fc.array(spelledNumber, { maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((values) => ({ type: "array", items: { type: "number" }, enum: values }));

const schemaLeaf = fc.oneof(
  fc.constant({ type: "string" }),
  fc.constant({ type: "integer", format: "int64" }),
  fc.constant({ type: "string", format: "binary" }),
  fc.record({ type: fc.constant("string"), description: hostileText, example: hostileText }),
  fc.uniqueArray(hostileText, { minLength: 1, maxLength: 5 }).map((values) => ({ type: "string", enum: values })),
  fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 5 }).map((values) => ({ type: "integer", enum: values })),
  fc.constant({ type: ["string", "null"] }),
  numberSchema,
  constSchema,
  arrayEnumSchema,
);

/** Schemas that refer to each other (by index into the graph) eagerly or through properties and items. */
const graphSchema = fc.record({
  via: fc.constantFrom("allOf", "oneOf", "anyOf", "$ref", "items", "properties"),
  targets: fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }),
  description: fc.option(hostileText),
});

/** An http scheme word as real specs (and hostile ones) write it. */
const httpScheme = fc.oneof(fc.constantFrom("digest", "Negotiate", "HOBA", "AWS4-HMAC-SHA256", "Mutual", "vapid", "SCRAM-SHA-256", "basic", "Bearer"), hostileText);

const { schema } = fc.letrec<{ schema: Record<string, unknown> }>((tie) => ({
  schema: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    schemaLeaf,
    fc.record({
      type: fc.constant("object"),
      description: hostileText,
      properties: fc.dictionary(componentKey, tie("schema"), { maxKeys: 4 }),
      additionalProperties: fc.boolean(),
    }),
    fc.record({ type: fc.constant("array"), items: tie("schema") }),
    fc.array(tie("schema"), { minLength: 1, maxLength: 3 }).map((members) => ({ oneOf: members })),
    fc.array(tie("schema"), { minLength: 1, maxLength: 2 }).map((members) => ({ allOf: members })),
  ),
}));

const spec = fc
  .record({
    title: hostileText,
    schemas: fc.dictionary(componentKey, schema, { minKeys: 1, maxKeys: 5 }),
    graph: fc.array(graphSchema, { maxLength: 5 }),
    schemes: fc.uniqueArray(fc.tuple(hostileText, httpScheme), { maxLength: 3, selector: ([name]) => name }),
    rawPercentRefs: fc.boolean(),
    operations: fc.uniqueArray(
      fc.record({ segment: hostileText, operationId: fc.option(hostileText), summary: hostileText, parameter: hostileText, method: fc.constantFrom("get", "post", "put", "delete", "patch") }),
      { maxLength: 4, selector: (operation) => `${operation.segment}|${operation.method}` },
    ),
  })
  .map(({ title, schemas, graph, schemes, rawPercentRefs, operations }) => {
    const ref = (key: string): string => (rawPercentRefs ? rawRefTo(key) : refTo(key));
    const graphKeys = graph.map((_, index) => `Graph${index}`);
    graph.forEach((node, index) => {
      const targets = node.targets.map((target) => ({ $ref: ref(graphKeys[target % graph.length]!) }));
      const description = node.description === null ? {} : { description: node.description };
      schemas[graphKeys[index]!] =
        node.via === "$ref" ? { ...description, ...targets[0] }
        : node.via === "items" ? { type: "array", items: targets[0] }
        : node.via === "properties" ? { type: "object", properties: Object.fromEntries(targets.map((target, i) => [`p${i}`, target])) }
        : { ...description, [node.via]: targets };
    });
    const keys = Object.keys(schemas);
    const securitySchemes = Object.fromEntries(schemes.map(([name, word]) => [name, { type: "http", scheme: word }]));
    const paths: Record<string, Record<string, unknown>> = {};
    operations.forEach((operation, index) => {
      const route = `/r${index}/${encodeURIComponent(operation.segment)}/{id}`;
      paths[route] = {
        [operation.method]: {
          ...(operation.operationId === null ? {} : { operationId: `${operation.operationId}${index}` }),
          summary: operation.summary,
          ...(schemes.length > 0 ? { security: [{ [schemes[index % schemes.length]![0]]: [] }] } : {}),
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            ...(operation.parameter ? [{ name: operation.parameter, in: "query", schema: { type: "string" } }] : []),
          ],
          ...(operation.method === "get" || operation.method === "delete" ? {} : { requestBody: { content: { "application/json": { schema: { $ref: ref(keys[index % keys.length]!) } } } } }),
          responses: { "200": { description: operation.summary, content: { "application/json": { schema: { $ref: ref(keys[(index + 1) % keys.length]!) } } } } },
        },
      };
    });
    return { openapi: "3.1.0", info: { title, version: "1.0.0", description: title }, paths, components: { schemas, securitySchemes } };
  });

function refTo(key: string): string {
  return `#/components/schemas/${encodeURIComponent(key.replace(/~/g, "~0").replace(/\//g, "~1"))}`;
}

/** The pointer as people write it by hand: `~` and `/` escaped, `%` and non-ASCII left as they are. */
function rawRefTo(key: string): string {
  return `#/components/schemas/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** The document's JSON with each `__number(…)` placeholder written as the number text it holds. */
function specText(document: unknown): string {
  return JSON.stringify(document).replace(/"__number\(([^)"]*)\)"/g, "$1");
}

describe("random specs", () => {
  it(`generate, compile under --strict and import without side effects (${RUNS} runs)`, async () => {
    let run = 0;
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(spec, async (document) => {
        const dir = path.join(work.dir, `run-${run++}`);
        const input = `${dir}.json`;
        writeFileSync(input, specText(document));
        const failure = await generate({ input, output: dir }).then(() => undefined, (error: unknown) => error);
        if (failure !== undefined && !(failure instanceof GeneratorError)) console.error(input, failure);
        if (failure !== undefined) {
          // A spec may be invalid (a raw `%41` names a key that is not there); then it must say where, clearly.
          expect(failure).toBeInstanceOf(GeneratorError);
          expect((failure as GeneratorError).describe()).toMatch(new RegExp(`^${escapeRegExp(input)}#(/|:)`));
          failures++;
          return;
        }
        const diagnostics = typecheckFolder(dir);
        if (diagnostics.length > 0) console.error(input, diagnostics);
        expect(diagnostics).toEqual([]);
        expect(findImportSideEffects([dir])).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20261202, endOnFailure: true },
    );
    // Most random specs are valid: the property is about clients, not about error messages.
    expect(failures).toBeLessThan(RUNS / 2);
  }, 600_000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
