// What the validators check, read from the IR's schemas: each schema normalized to the one form the runtime
// (templates/validate.ts) checks — OpenAPI 3.0's `nullable` and boolean exclusive bounds in 3.1's terms, `$ref`s as
// indexes into a table of the component schemas, `const` as a one-value `enum`, annotations dropped — and the
// warnings for what cannot be checked (a pattern that does not compile, a keyword the runtime does not know).
import { componentKey, mappingRef, pointerSegment } from "../common/json-pointer.js";
import { isObject } from "../common/walk.js";
import type { ApiModel, JsonSchema, ModelWarning } from "./types.js";

/** A normalized schema: the data templates/validate.ts's `SchemaNode` describes. */
export type ValidationNode = boolean | Record<string, unknown>;

/** A normalized schema object, as `normalize` writes it (templates/validate.ts declares the same `SchemaObject`). */
export interface SchemaObject {
  $ref?: number;
  type?: string[];
  enum?: unknown[];
  properties?: Record<string, ValidationNode>;
  required?: string[];
  additionalProperties?: ValidationNode;
  patternProperties?: Record<string, ValidationNode>;
  propertyNames?: ValidationNode;
  minProperties?: number;
  maxProperties?: number;
  dependentRequired?: Record<string, unknown>;
  items?: ValidationNode;
  prefixItems?: ValidationNode[];
  contains?: ValidationNode;
  minContains?: number;
  maxContains?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  allOf?: ValidationNode[];
  anyOf?: ValidationNode[];
  oneOf?: ValidationNode[];
  not?: ValidationNode;
  if?: ValidationNode;
  then?: ValidationNode;
  else?: ValidationNode;
  discriminator?: { propertyName: string; mapping: Record<string, ValidationNode> };
}

/** The normalizer of one API: the component table, and a function that normalizes any schema against it. */
export interface ValidationSchemas {
  /** One entry per component schema, in `model.schemas` order; `{ $ref: i }` points at entry `i`. */
  table: ValidationNode[];
  /** The normalized form of `schema`, found at `pointer`. */
  normalize(schema: JsonSchema | undefined, pointer: string): ValidationNode;
  /** What could not be checked, each with its pointer; each pointer once. */
  warnings: ModelWarning[];
}

/** Keywords that constrain values and that the runtime does not check: said once per place, never silently dropped. */
const UNCHECKED = [
  "unevaluatedProperties",
  "unevaluatedItems",
  "dependentSchemas",
  "dependencies",
  "additionalItems",
  "$dynamicRef",
  "$recursiveRef",
];
const NUMBER_KEYWORDS = [
  "minimum",
  "maximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "minContains",
  "maxContains",
];
const SINGLE = ["additionalProperties", "propertyNames", "items", "contains", "not", "if", "then", "else"];
const LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];

/** Builds the normalizer for `model` (OpenAPI 3.0 or 3.1, by the document's `openapi` field). */
export function buildValidationSchemas(model: ApiModel): ValidationSchemas {
  const openapi30 = !String(model.document.openapi ?? "3.0").startsWith("3.1");
  const indexByKey = new Map(model.schemas.map((schema, index) => [schema.key, index]));
  const warnings: ModelWarning[] = [];
  const warned = new Set<string>();
  const warn = (pointer: string, message: string): void => {
    if (warned.has(pointer)) return;
    warned.add(pointer);
    warnings.push({ pointer, message });
  };
  const refIndex = (ref: unknown): number | undefined => {
    const key = componentKey(ref);
    return key === undefined ? undefined : indexByKey.get(key);
  };
  const compiles = (pattern: string, pointer: string): boolean => {
    try {
      // Only compiled, never run: a pattern that backtracks catastrophically cannot hang generation.
      new RegExp(pattern, "u");
      return true;
    } catch (error) {
      warn(
        pointer,
        `pattern ${JSON.stringify(pattern)} is not an ECMAScript regular expression with the u flag (${(error as Error).message}); validators skip it`,
      );
      return false;
    }
  };

  const normalize = (schema: JsonSchema | undefined, pointer: string): ValidationNode => {
    if (schema === undefined || schema === true || !isObject(schema)) return schema === false ? false : true;
    const out: Record<string, unknown> = {};
    const at = (keyword: string): string => `${pointer}/${pointerSegment(keyword)}`;
    if (typeof schema.$ref === "string") {
      const index = refIndex(schema.$ref);
      if (index === undefined)
        warn(at("$ref"), `$ref ${JSON.stringify(schema.$ref)} is not a component schema; validators do not check it`);
      else out.$ref = index;
    }
    const types =
      typeof schema.type === "string"
        ? [schema.type]
        : Array.isArray(schema.type)
          ? schema.type.filter((t): t is string => typeof t === "string")
          : undefined;
    const nullable = openapi30 && schema.nullable === true;
    if (types) out.type = nullable && !types.includes("null") ? [...types, "null"] : types;
    const values: unknown[][] = [];
    // A number too big for a double (`1e400`) reads as Infinity, which no JSON value equals (and JSON cannot carry).
    const finite = (list: unknown[]): unknown[] =>
      list.filter((value) => typeof value !== "number" || Number.isFinite(value));
    if (Array.isArray(schema.enum))
      values.push(finite(nullable && !schema.enum.includes(null) ? [...schema.enum, null] : schema.enum));
    if (Object.hasOwn(schema, "const")) values.push(finite([schema.const]));
    if (values.length > 0) out.enum = values[0];
    for (const keyword of NUMBER_KEYWORDS) if (typeof schema[keyword] === "number") out[keyword] = schema[keyword];
    for (const [keyword, bound] of [
      ["exclusiveMinimum", "minimum"],
      ["exclusiveMaximum", "maximum"],
    ] as const) {
      const value = schema[keyword];
      if (typeof value === "number") out[keyword] = value;
      else if (value === true && typeof schema[bound] === "number") {
        // OpenAPI 3.0 (JSON Schema draft 4): a boolean that makes the bound beside it exclusive.
        out[keyword] = schema[bound];
        delete out[bound];
      }
    }
    if (schema.uniqueItems === true) out.uniqueItems = true;
    if (typeof schema.format === "string") out.format = schema.format;
    if (typeof schema.pattern === "string" && compiles(schema.pattern, at("pattern"))) out.pattern = schema.pattern;
    if (Array.isArray(schema.required)) out.required = schema.required.filter((key) => typeof key === "string");
    if (isObject(schema.dependentRequired)) out.dependentRequired = schema.dependentRequired;
    for (const keyword of ["properties", "patternProperties"] as const) {
      const map = schema[keyword];
      if (!isObject(map)) continue;
      const entries = Object.entries(map).filter(
        ([key]) => keyword === "properties" || compiles(key, `${at(keyword)}/${pointerSegment(key)}`),
      );
      out[keyword] = Object.fromEntries(
        entries.map(([key, child]) => [key, normalize(child as JsonSchema, `${at(keyword)}/${pointerSegment(key)}`)]),
      );
    }
    for (const keyword of SINGLE) {
      const child = schema[keyword];
      if (keyword === "items" && Array.isArray(child)) {
        // The tuple form of `items` (JSON Schema draft 4 to 2019-09) is 2020-12's `prefixItems`.
        out.prefixItems = child.map((item, i) => normalize(item as JsonSchema, `${at(keyword)}/${i}`));
      } else if (isObject(child) || typeof child === "boolean") out[keyword] = normalize(child, at(keyword));
    }
    for (const keyword of LISTS) {
      const list = schema[keyword];
      if (Array.isArray(list))
        out[keyword] = list.map((child, i) => normalize(child as JsonSchema, `${at(keyword)}/${i}`));
    }
    if (values.length > 1) out.allOf = [...((out.allOf as ValidationNode[] | undefined) ?? []), { enum: values[1] }];
    const discriminator = discriminatorOf(schema, refIndex);
    if (discriminator) out.discriminator = discriminator;
    for (const keyword of UNCHECKED)
      if (Object.hasOwn(schema, keyword)) warn(at(keyword), `validators do not check \`${keyword}\``);
    // `nullable` without a `type` (beside `anyOf`, `allOf`, `$ref`…): what the spec's authors mean, and what the
    // types say, is "or null" (3.0.3's letter ignores it; real APIs such as Stripe send the null).
    if (nullable && !types) return { anyOf: [out, { type: ["null"] }] };
    return out;
  };
  const table = model.schemas.map((schema) => normalize(schema.schema, schema.pointer));
  return { table, normalize, warnings };
}

/**
 * A discriminator over `oneOf`/`anyOf`: each tag with the member it selects, by the explicit mapping and, for the
 * members it does not name, by component name (OpenAPI's implicit mapping). Undefined without such members.
 */
function discriminatorOf(
  schema: Record<string, unknown>,
  refIndex: (ref: unknown) => number | undefined,
): { propertyName: string; mapping: Record<string, ValidationNode> } | undefined {
  const discriminator = schema.discriminator;
  const members = [
    ...(Array.isArray(schema.oneOf) ? schema.oneOf : []),
    ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
  ];
  if (!isObject(discriminator) || typeof discriminator.propertyName !== "string" || members.length === 0)
    return undefined;
  const memberRefs = new Set(
    members
      .map((member) => (isObject(member) ? refIndex(member.$ref) : undefined))
      .filter((index) => index !== undefined),
  );
  const mapping: Record<string, ValidationNode> = {};
  const explicit = isObject(discriminator.mapping) ? discriminator.mapping : {};
  for (const [tag, target] of Object.entries(explicit)) {
    // A mapping value is a `$ref` or a bare component name.
    const index = refIndex(typeof target === "string" ? mappingRef(target) : target);
    if (index !== undefined && memberRefs.has(index)) mapping[tag] = { $ref: index };
  }
  const mapped = new Set(Object.values(mapping).map((node) => (node as { $ref: number }).$ref));
  for (const member of members) {
    const ref = isObject(member) ? member.$ref : undefined;
    const index = refIndex(ref);
    if (index === undefined || mapped.has(index) || typeof ref !== "string") continue;
    const tag = componentKey(ref)!;
    if (!Object.hasOwn(mapping, tag) && !Object.hasOwn(explicit, tag)) mapping[tag] = { $ref: index };
  }
  return Object.keys(mapping).length > 0 ? { propertyName: discriminator.propertyName, mapping } : undefined;
}
