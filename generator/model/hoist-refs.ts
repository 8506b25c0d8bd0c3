// Gives every schema `$ref` that points somewhere other than a component schema (into a path, into another
// schema's properties or definitions) a component of its own, so each emitted reference names a real type;
// and reads `nullable: true` beside a `$ref` as "or null".
import { pointerSegment } from "../common/errors.js";
import { NameRegistry, pascalCase, toIdentifier } from "./names.js";
import { decodePointerSegment, getAtPointer, isObject, safeDecodeUri, setOwn } from "./resolve.js";
import type { JsonSchema, SchemaModel } from "./types.js";

/** Keywords whose values are data, not schemas: a `$ref` key inside them is not a reference. */
const DATA_KEYWORDS = new Set(["example", "examples", "default", "enum", "const", "x-examples"]);
/** Pointer segments that say nothing about what a hoisted schema is. */
const STRUCTURAL = new Set([
  "components",
  "schemas",
  "properties",
  "items",
  "paths",
  "content",
  "schema",
  "definitions",
  "$defs",
  "allOf",
  "oneOf",
  "anyOf",
  "responses",
  "requestBody",
]);

/**
 * Rewrites such `$ref`s in place (in our bundled copy of the document) to `#/components/schemas/<new key>`,
 * adds the target under that key, and returns the new component schemas in first-seen order.
 */
export function hoistNestedRefs(
  document: Record<string, unknown>,
  roots: readonly JsonSchema[],
  existing: readonly SchemaModel[],
  typeNames: NameRegistry,
): SchemaModel[] {
  const components = (isObject(document.components) ? document.components : (document.components = {})) as Record<
    string,
    unknown
  >;
  const schemas = (isObject(components.schemas) ? components.schemas : (components.schemas = {})) as Record<
    string,
    unknown
  >;
  const hoistedKeyByTarget = new Map<string, string>();
  const hoisted: SchemaModel[] = [];
  const queue: unknown[] = [...roots, ...existing.map((schema) => schema.schema)];
  const visited = new Set<object>();
  while (queue.length > 0) {
    const node = queue.pop();
    if (node === null || typeof node !== "object" || visited.has(node)) continue;
    visited.add(node);
    if (Array.isArray(node)) {
      queue.push(...node);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === "string" && record.nullable === true) {
      // `nullable` beside a `$ref` is ignored by the 3.0 rules but meant by every spec that writes it.
      record.anyOf = [{ $ref: record.$ref }, { type: "null" }];
      delete record.$ref;
      delete record.nullable;
    }
    if (
      typeof record.$ref === "string" &&
      record.$ref.startsWith("#/") &&
      !isComponentSchemaRef(record.$ref, schemas)
    ) {
      // `%7B` and `{` name the same segment; one spelling keeps one key per target.
      const target = record.$ref.slice(1).split("/").map(safeDecodeUri).join("/");
      let key = hoistedKeyByTarget.get(target);
      if (key === undefined) {
        const value = getAtPointer(document, target);
        if (!isObject(value) && typeof value !== "boolean") continue; // not a schema: left for the loader's error
        key = freeKey(schemas, target);
        hoistedKeyByTarget.set(target, key);
        setOwn(schemas, key, value);
        const typeName = typeNames.claim(toIdentifier(hoistedName(target), "Schema"));
        hoisted.push({ key, typeName, pointer: target, schema: value as JsonSchema });
        queue.push(value);
      }
      record.$ref = `#/components/schemas/${pointerSegment(key)}`;
    }
    for (const [keyword, child] of Object.entries(record)) if (!DATA_KEYWORDS.has(keyword)) queue.push(child);
  }
  return hoisted;
}

function isComponentSchemaRef(ref: string, schemas: Record<string, unknown>): boolean {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match !== null && Object.hasOwn(schemas, decodePointerSegment(match[1]!));
}

/** A key no spec uses, derived from the target pointer so it is stable. */
function freeKey(schemas: Record<string, unknown>, target: string): string {
  let key = `hoisted:${target}`;
  while (Object.hasOwn(schemas, key)) key = `${key}_`;
  return key;
}

/** `/components/schemas/Transfer/definitions/link` → `TransferLink`. */
function hoistedName(target: string): string {
  const words = target
    .slice(1)
    .split("/")
    .map(decodePointerSegment)
    .filter((segment) => !STRUCTURAL.has(segment));
  return pascalCase(words.join(" "));
}
