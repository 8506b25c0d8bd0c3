// What the generated validators accept and refuse, keyword by keyword, for OpenAPI 3.1 and 3.0 specs; the issues
// they report; the Standard Schema face; and the warnings for what they cannot check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateValidators, type ValidatorsModule } from "./helpers.js";

const schemas31: Record<string, unknown> = {
  Str: { type: "string", minLength: 2, maxLength: 3 },
  Int: { type: "integer", minimum: 1, exclusiveMaximum: 10, multipleOf: 2 },
  Money: { type: "number", multipleOf: 0.01 },
  Nullable: { type: ["string", "null"] },
  Color: { enum: ["red", "green"] },
  Fixed: { const: { a: 1 } },
  Closed: { type: "object", properties: { a: { type: "string" } }, required: ["a"], additionalProperties: false },
  Typed: { type: "object", properties: { a: { type: "string" } }, patternProperties: { "^x-": { type: "integer" } }, additionalProperties: { type: "boolean" } },
  One: { oneOf: [{ type: "integer" }, { type: "number", minimum: 0 }] },
  Any: { anyOf: [{ type: "string" }, { type: "integer" }] },
  All: { allOf: [{ $ref: "#/components/schemas/Closed" }, { properties: { a: { maxLength: 1 } } }] },
  Cat: { type: "object", properties: { kind: { enum: ["cat", "kitty"] }, lives: { type: "integer" } }, required: ["kind", "lives"] },
  Dog: { type: "object", properties: { kind: { const: "dog" }, bark: { type: "boolean" } }, required: ["kind", "bark"] },
  Pet: { oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }], discriminator: { propertyName: "kind", mapping: { kitty: "#/components/schemas/Cat" } } },
  Tree: { type: "object", properties: { value: { type: "integer" }, children: { type: "array", items: { $ref: "#/components/schemas/Tree" } } }, required: ["value"] },
  Tuple: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: false, minItems: 1, uniqueItems: true },
  Unicode: { type: "string", pattern: "^\\p{Lu}", maxLength: 2 },
  DateTime: { type: "string", format: "date-time" },
  Date: { type: "string", format: "date" },
  Time: { type: "string", format: "time" },
  Email: { type: "string", format: "email" },
  Uuid: { type: "string", format: "uuid" },
  Uri: { type: "string", format: "uri" },
  Ipv4: { type: "string", format: "ipv4" },
  Ipv6: { type: "string", format: "ipv6" },
  Custom: { type: "string", format: "x-my-format" },
  BadPattern: { type: "string", pattern: "(unclosed" },
  Account: { type: "object", properties: { id: { type: "string", readOnly: true }, password: { type: "string", writeOnly: true }, name: { type: "string" } }, required: ["id", "password", "name"] },
};

const spec31 = {
  openapi: "3.1.0",
  info: { title: "Validation", version: "1.0.0" },
  paths: {
    "/accounts/{id}": {
      post: {
        operationId: "saveAccount",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          { name: "limit", in: "query", schema: { type: "integer", maximum: 10 } },
        ],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Account" } } } },
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Account" } } } },
          "4XX": { description: "bad", content: { "application/json": { schema: { type: "object", required: ["error"] } } } },
        },
      },
    },
  },
  components: { schemas: schemas31 },
};

const spec30 = {
  openapi: "3.0.3",
  info: { title: "Validation 3.0", version: "1.0.0" },
  paths: {},
  components: {
    schemas: {
      Nullable: { type: "string", nullable: true },
      NullableEnum: { type: "string", enum: ["a"], nullable: true },
      Exclusive: { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true },
      Plain: { type: "string" },
      NullableComposed: { nullable: true, allOf: [{ $ref: "#/components/schemas/Plain" }] },
    },
  },
};

let v31: ValidatorsModule;
let v30: ValidatorsModule;
let warnings: string[];
const cleanups: Array<() => void> = [];

beforeAll(async () => {
  const generated31 = await generateValidators(spec31);
  const generated30 = await generateValidators(spec30);
  cleanups.push(generated31.remove, generated30.remove);
  v31 = generated31.module;
  v30 = generated30.module;
  warnings = generated31.warnings;
}, 60_000);
afterAll(() => cleanups.forEach((remove) => remove()));

const cases31: Array<[string, { valid: unknown[]; invalid: unknown[] }]> = [
  ["Str", { valid: ["ab", "abc", "😀😀"], invalid: ["a", "abcd", 1, null] }],
  ["Int", { valid: [2, 8], invalid: [0, 10, 3, 2.5, "2"] }],
  ["Money", { valid: [0.3, 19.99, 5], invalid: [0.001, "1"] }],
  ["Nullable", { valid: ["x", null], invalid: [1, undefined] }],
  ["Color", { valid: ["red"], invalid: ["blue", null] }],
  ["Fixed", { valid: [{ a: 1 }], invalid: [{ a: 2 }, { a: 1, b: 1 }] }],
  ["Closed", { valid: [{ a: "x" }], invalid: [{}, { a: "x", b: 1 }, { a: 1 }, [], "x"] }],
  ["Typed", { valid: [{ a: "x", "x-n": 1, other: true }], invalid: [{ "x-n": "1" }, { other: 1 }] }],
  ["One", { valid: [-1, 1.5], invalid: [1, "x"] }],
  ["Any", { valid: ["x", 1], invalid: [1.5, null] }],
  ["All", { valid: [{ a: "x" }], invalid: [{ a: "xy" }, { a: "x", b: 1 }] }],
  ["Pet", { valid: [{ kind: "cat", lives: 9 }, { kind: "dog", bark: true }], invalid: [{ kind: "cat", bark: true }, { kind: "bird" }, {}] }],
  ["Tree", { valid: [{ value: 1, children: [{ value: 2, children: [{ value: 3 }] }] }], invalid: [{ value: 1, children: [{ value: 2, children: [{ value: "3" }] }] }] }],
  ["Tuple", { valid: [["a"], ["a", 1]], invalid: [[], [1], ["a", 1, 2], ["a", "a"]] }],
  ["Unicode", { valid: ["Éa", "Z"], invalid: ["éa", "Zzz"] }],
  ["DateTime", { valid: ["2024-02-29T12:30:00Z", "2024-01-01T00:00:00.123+05:30", "2016-12-31T23:59:60Z"], invalid: ["2023-02-29T12:30:00Z", "2024-01-01T25:00:00Z", "2024-01-01T12:00:00", "2024-01-01"] }],
  ["Date", { valid: ["2024-02-29"], invalid: ["2023-02-29", "2024-13-01", "2024-1-1"] }],
  ["Time", { valid: ["12:30:00Z", "23:59:59.5-08:00"], invalid: ["12:30", "24:00:00Z", "12:00:00"] }],
  ["Email", { valid: ["a.b@example.com"], invalid: ["a@", "a b@example.com"] }],
  ["Uuid", { valid: ["123e4567-e89b-12d3-a456-426614174000"], invalid: ["123e4567e89b12d3a456426614174000"] }],
  ["Uri", { valid: ["https://example.com/a?b=c#d", "urn:isbn:0451450523"], invalid: ["/relative", "has space:x", "http://a b"] }],
  ["Ipv4", { valid: ["192.168.0.1"], invalid: ["256.1.1.1", "1.2.3"] }],
  ["Ipv6", { valid: ["::1", "2001:db8::8a2e:370:7334", "::ffff:1.2.3.4"], invalid: ["1:2", "::g", "1.2.3.4"] }],
  ["Custom", { valid: ["anything"], invalid: [1] }],
  ["BadPattern", { valid: ["anything"], invalid: [1] }],
];

describe("OpenAPI 3.1 semantics", () => {
  it.each(cases31)("%s", (name, { valid, invalid }) => {
    const validator = v31.schemas[name]!;
    for (const value of valid) expect(validator.safeParse(value), JSON.stringify(value)).toEqual({ success: true, data: value });
    for (const value of invalid) expect(validator.is(value), JSON.stringify(value)).toBe(false);
  });

  it("reads readOnly out of requests and writeOnly out of responses", () => {
    const { saveAccount } = v31.operations;
    expect(saveAccount!.body!.is({ password: "p", name: "n" })).toBe(true);
    expect(saveAccount!.body!.is({ name: "n" })).toBe(false);
    expect(saveAccount!.responses["200"]!.is({ id: "1", name: "n" })).toBe(true);
    expect(saveAccount!.responses["200"]!.is({ name: "n" })).toBe(false);
    expect(saveAccount!.responses["4XX"]!.is({})).toBe(false);
  });

  it("checks parameters by group", () => {
    const params = v31.operations.saveAccount!.params!;
    expect(params.is({ path: { id: "123e4567-e89b-12d3-a456-426614174000" }, query: { limit: 3 } })).toBe(true);
    expect(params.safeParse({ path: { id: "x" }, query: { limit: 11 } })).toEqual({
      success: false,
      issues: [
        { message: 'expected a uuid, found "x"', path: ["path", "id"] },
        { message: "expected a number <= 10, found 11", path: ["query", "limit"] },
      ],
    });
    expect(params.is({})).toBe(false);
  });
});

describe("OpenAPI 3.0 semantics", () => {
  it("reads nullable as a null type, also in an enum", () => {
    expect(v30.schemas.Nullable!.is(null)).toBe(true);
    expect(v30.schemas.NullableEnum!.is(null)).toBe(true);
    expect(v30.schemas.NullableEnum!.is("b")).toBe(false);
    expect(v30.schemas.Plain!.is(null)).toBe(false);
  });

  it("reads nullable without a type (beside allOf, anyOf) as 'or null', as the types do", () => {
    expect([null, "x", 1].map((value) => v30.schemas.NullableComposed!.is(value))).toEqual([true, true, false]);
  });

  it("reads boolean exclusive bounds", () => {
    expect([0, 0.5, 1].map((value) => v30.schemas.Exclusive!.is(value))).toEqual([false, true, false]);
  });
});

describe("issues and interfaces", () => {
  it("reports each issue with its JSON path and what was expected and found", () => {
    expect(v31.schemas.Closed!.safeParse({ a: 1, b: 2 })).toEqual({
      success: false,
      issues: [
        { message: "expected string, found integer", path: ["a"] },
        { message: "expected no such property, found one (additionalProperties is false)", path: ["b"] },
      ],
    });
    expect(v31.schemas.Tree!.safeParse({ value: 1, children: [{ value: 2, children: [{ value: "3" }] }] })).toEqual({
      success: false,
      issues: [{ message: "expected integer, found string", path: ["children", 0, "children", 0, "value"] }],
    });
    expect(v31.schemas.Pet!.safeParse({ kind: "kitty", bark: true })).toEqual({
      success: false,
      issues: [{ message: "expected a value, found none (required)", path: ["lives"] }],
    });
  });

  it("implements Standard Schema v1, parse and safeParse", () => {
    const validator = v31.schemas.Str!;
    expect(validator["~standard"].version).toBe(1);
    expect(validator["~standard"].vendor).toBe("pocketflows-sdk-generator");
    expect(validator["~standard"].validate("ab")).toEqual({ value: "ab" });
    expect(validator["~standard"].validate(1)).toEqual({ issues: [{ message: "expected string, found integer", path: [] }] });
    expect(validator.parse("ab")).toBe("ab");
    expect(() => validator.parse("a")).toThrow(v31.ValidationError);
    expect(() => validator.parse("a")).toThrow("(root): expected at least 2 characters, found 1");
  });

  it("warns, with its pointer, of a pattern that does not compile, and skips it", () => {
    expect(warnings.some((line) => line.includes("#/components/schemas/BadPattern/pattern") && line.includes("validators skip it"))).toBe(true);
  });
});
