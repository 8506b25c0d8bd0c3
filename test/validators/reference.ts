// The reference for the differential test: ajv (JSON Schema 2020-12) with ajv-formats, over the spec's schemas as the
// model holds them, put in JSON Schema 2020-12's terms by this file's own small converter. The converter is where
// every intended difference from plain JSON Schema is spelled out (README, "Runtime validation"):
// - OpenAPI 3.0's `nullable: true` adds `null` to `type`, and to `enum` when there is one; without a `type`, it
//   allows null beside the schema's other keywords (as the types say `| null`);
// - a 3.0 boolean `exclusiveMinimum`/`exclusiveMaximum` makes the bound beside it exclusive;
// - a discriminator over `oneOf`/`anyOf` selects the member its tag maps to (explicitly, or by component name);
// - a pattern that does not compile with the `u` flag, and the keywords validators do not check, are dropped;
// - only the formats of issue 22 are checked (date-time, date, time, email, uuid, uri, ipv4, ipv6, plus int32, int64, byte).
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, formats: string[]) => void;
const FORMATS = ["date-time", "date", "time", "email", "uuid", "uri", "ipv4", "ipv6", "int32", "int64", "byte"];
const DROPPED = ["unevaluatedProperties", "unevaluatedItems", "dependentSchemas", "dependencies", "additionalItems", "$dynamicRef", "$recursiveRef", "discriminator", "$schema", "$id", "$anchor", "$dynamicAnchor", "id"];
const COMPONENT_REF = "#/components/schemas/";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

/** A reference validator for each of `schemas` (components by key, then the extra ones), for one spec version. */
export function referenceValidators(components: Record<string, unknown>, extra: unknown[], openapi30: boolean): { component(key: string): ValidateFunction; extra(index: number): ValidateFunction } {
  const ajv = new Ajv2020({ strict: false, logger: false, allErrors: false, validateFormats: true });
  addFormats(ajv, FORMATS);
  const convert = (schema: unknown): unknown => convertSchema(schema, openapi30);
  const root = { components: { schemas: Object.fromEntries(Object.entries(components).map(([key, schema]) => [key, convert(schema)])) }, extra: extra.map(convert) };
  ajv.addSchema(root, "spec");
  const at = (pointer: string): ValidateFunction => ajv.getSchema(`spec#${pointer}`)!;
  return {
    component: (key) => at(`/components/schemas/${encodeURIComponent(key.replace(/~/g, "~0").replace(/\//g, "~1"))}`),
    extra: (index) => at(`/extra/${index}`),
  };
}

function convertSchema(schema: unknown, openapi30: boolean): unknown {
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.includes(key) || key === "nullable" || key === "example" || key === "examples" || key === "default") continue;
    if (key === "properties" && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, convertSchema(child, openapi30)]));
    else if (key === "patternProperties" && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).filter(([pattern]) => compiles(pattern)).map(([name, child]) => [name, convertSchema(child, openapi30)]));
    else if (key === "pattern") {
      if (typeof value === "string" && compiles(value)) out[key] = value;
    } else if (key === "items" && Array.isArray(value)) out.prefixItems = value.map((child) => convertSchema(child, openapi30));
    else if (["items", "additionalProperties", "propertyNames", "contains", "not", "if", "then", "else"].includes(key)) out[key] = convertSchema(value, openapi30);
    else if (["allOf", "anyOf", "oneOf", "prefixItems"].includes(key) && Array.isArray(value)) out[key] = value.map((child) => convertSchema(child, openapi30));
    else if (key === "type") {
      // A `type` that names no type (an object, where a spec misplaced a property) constrains nothing for us; ajv refuses it.
      const names = (Array.isArray(value) ? value : [value]).filter((name): name is string => typeof name === "string");
      if (names.length > 0) out.type = Array.isArray(value) ? names : names[0];
    }
    else out[key] = value;
  }
  if (openapi30 && schema.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else if (Array.isArray(out.type) && !out.type.includes("null")) out.type = [...out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  // ajv writes enum and const values into its code as JSON, where Infinity (`1e400`) becomes null; no JSON value equals it.
  const finite = (value: unknown): boolean => typeof value !== "number" || Number.isFinite(value);
  if (Array.isArray(out.enum)) out.enum = out.enum.filter(finite);
  if (Object.hasOwn(out, "const") && !finite(out.const)) {
    delete out.const;
    out.enum = [];
  }
  // ajv refuses an empty enum; it allows nothing.
  if (Array.isArray(out.enum) && out.enum.length === 0) {
    delete out.enum;
    out.not = {};
  }
  if (openapi30 && schema.nullable === true && out.type === undefined) return { anyOf: [withBounds(schema, out), { type: "null" }] };
  return withBounds(schema, out);
}

function withBounds(schema: Json, out: Json): Json {
  for (const [keyword, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]] as const) {
    if (typeof schema[keyword] !== "boolean") continue;
    delete out[keyword];
    if (schema[keyword] === true && typeof schema[bound] === "number") {
      out[keyword] = schema[bound];
      delete out[bound];
    }
  }
  return withDiscriminator(schema, out);
}

/** `oneOf`/`anyOf` with a discriminator: a value whose tag is mapped is checked against that member alone. */
function withDiscriminator(schema: Json, out: Json): Json {
  const discriminator = schema.discriminator;
  const members = [...(Array.isArray(schema.oneOf) ? schema.oneOf : []), ...(Array.isArray(schema.anyOf) ? schema.anyOf : [])];
  if (!isObject(discriminator) || typeof discriminator.propertyName !== "string" || members.length === 0) return out;
  const memberRefs = members.map((member) => (isObject(member) && typeof member.$ref === "string" && member.$ref.startsWith(COMPONENT_REF) && !member.$ref.slice(COMPONENT_REF.length).includes("/") ? member.$ref : undefined)).filter((ref): ref is string => ref !== undefined);
  const mapping = new Map<string, string>();
  const explicit = isObject(discriminator.mapping) ? discriminator.mapping : {};
  for (const [tag, target] of Object.entries(explicit)) {
    const ref = typeof target === "string" && !target.startsWith("#") ? `${COMPONENT_REF}${target}` : target;
    if (typeof ref === "string" && memberRefs.includes(ref)) mapping.set(tag, ref);
  }
  const mapped = new Set(mapping.values());
  for (const ref of memberRefs) {
    const tag = decodeURIComponent(ref.slice(COMPONENT_REF.length)).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!mapped.has(ref) && !mapping.has(tag) && !Object.hasOwn(explicit, tag)) mapping.set(tag, ref);
  }
  if (mapping.size === 0) return out;
  const name = discriminator.propertyName;
  const { oneOf, anyOf, ...rest } = out;
  const plain: Json = {};
  if (oneOf) plain.oneOf = oneOf;
  if (anyOf) plain.anyOf = anyOf;
  const tags = [...mapping.keys()];
  const selected: Json = {
    if: { type: "object", required: [name], properties: { [name]: { enum: tags } } },
    then: { allOf: tags.map((tag) => ({ if: { properties: { [name]: { const: tag } } }, then: { $ref: mapping.get(tag) } })) },
    else: plain,
  };
  return { ...rest, allOf: [...((rest.allOf as unknown[] | undefined) ?? []), selected] };
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false; // the validators skip such a pattern (with a warning); so does the reference
  }
}
