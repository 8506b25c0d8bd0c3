// `additionalProperties` (or `patternProperties`) beside `properties`: in JSON Schema the extra schema applies only to
// the keys `properties` does not declare, but a TypeScript index signature covers every key, declared or not.
import { isObject } from "../common/walk.js";
import type { JsonSchema } from "../model/types.js";

type SchemaObject = Exclude<JsonSchema, boolean>;

/** Keywords whose value is one subschema, or an array of them, that openapi-typescript turns into types. */
const SUBSCHEMA = ["items", "additionalProperties", "allOf", "anyOf", "oneOf", "prefixItems"] as const;
/** Keywords whose value maps names to subschemas. */
const SUBSCHEMA_MAPS = ["properties", "patternProperties", "$defs"] as const;

/**
 * `schema` with each object's extra-keys schema widened by the types of its declared properties: `{ properties: { a:
 * boolean }, additionalProperties: X }` becomes `{ a?: boolean } & { [key: string]: X | boolean }`, which every valid
 * value satisfies (an intersection with `[key: string]: X` alone rejects `{ a: true }`), while a declared property of
 * the wrong type and an extra key of a type in no member of the union are still rejected. Unchanged parts are shared;
 * an object that needs no widening is returned as is.
 */
export function widenIndexSignatures<T extends JsonSchema | undefined>(schema: T): T {
  return widen(schema) as T;
}

function widen(schema: unknown): unknown {
  if (!isObject(schema) || typeof schema.$ref === "string") return schema;
  let copy: Record<string, unknown> | undefined;
  const set = (key: string, value: unknown): void => {
    if (value === schema[key]) return;
    copy ??= { ...schema };
    copy[key] = value;
  };
  for (const keyword of SUBSCHEMA) {
    const value = schema[keyword];
    set(keyword, Array.isArray(value) ? mapArray(value, widen) : widen(value));
  }
  for (const keyword of SUBSCHEMA_MAPS) if (isObject(schema[keyword])) set(keyword, mapValues(schema[keyword], widen));
  const current = (copy ?? schema) as SchemaObject;
  const declared = isObject(current.properties) ? Object.values(current.properties) : [];
  if (declared.length === 0) return current;
  const withDeclared = (extra: unknown): unknown => ({ anyOf: [extra, ...declared] });
  if (isObject(current.additionalProperties) && Object.keys(current.additionalProperties).length > 0)
    set("additionalProperties", withDeclared(current.additionalProperties));
  if (isObject(current.patternProperties)) set("patternProperties", mapValues(current.patternProperties, withDeclared));
  return copy ?? schema;
}

/** `values` mapped, or `values` itself when no element changed. */
function mapArray(values: unknown[], map: (value: unknown) => unknown): unknown[] {
  const mapped = values.map(map);
  return mapped.every((value, index) => value === values[index]) ? values : mapped;
}

/** `record` with its values mapped, or `record` itself when none changed. */
function mapValues(record: Record<string, unknown>, map: (value: unknown) => unknown): Record<string, unknown> {
  const entries = Object.entries(record);
  const mapped = entries.map(([key, value]) => [key, map(value)] as const);
  return mapped.every(([, value], index) => value === entries[index]![1]) ? record : Object.fromEntries(mapped);
}
