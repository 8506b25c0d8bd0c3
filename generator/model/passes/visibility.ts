// Pass: visibility (readOnly and writeOnly). What a client sends never has readOnly properties, what it reads never
// has writeOnly ones. A component schema with either (at any depth, or through its references) keeps its key and name
// for the read view and gets a copy under `input:<key>`, named `<Name>Input`, for writing.
// Assumes: hoisting has run (every schema `$ref` names a component schema by key).
// Invariant after: no component schema, and no operation response schema, has a writeOnly property; no `input:`
// schema, operation parameter or request body schema has a readOnly one; what is sent refers to `input:` views
// (discriminator mappings included) and what is read to the read views. Parts left unchanged are shared, not copied.
import { componentKey, componentRef, schemaComponentKey } from "../../common/json-pointer.js";
import { isObject } from "../../common/walk.js";
import type { ModelDraft } from "../passes.js";
import { setOwn } from "../resolve.js";
import type { JsonSchema, SchemaModel } from "../types.js";

type Flag = "readOnly" | "writeOnly";
type RefMap = ReadonlyMap<string, string>;

const SUBSCHEMA_ARRAYS = ["allOf", "oneOf", "anyOf", "prefixItems"] as const;
const SUBSCHEMA_SINGLE = ["items", "additionalProperties", "not", "contains"] as const;

/** Splits views in place (document, schemas, operations) and appends the new `…Input` component schemas. */
export function applyVisibility(draft: ModelDraft): void {
  const { document, schemas, operations, typeNames } = draft;
  const byKey = new Map(schemas.map((schema) => [schema.key, schema]));
  const flagged = transitivelyFlagged(byKey);
  const components = (
    isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {}
  ) as Record<string, unknown>;
  const inputKeys = new Map([...flagged].map((key) => [key, `input:${key}`]));
  const originals = new Map([...flagged].map((key) => [key, byKey.get(key)!.schema]));
  const targetOf = (key: string): JsonSchema | undefined => originals.get(key) ?? byKey.get(key)?.schema;
  const added: SchemaModel[] = [];
  for (const key of flagged) {
    const model = byKey.get(key)!;
    const input = strip(originals.get(key)!, "readOnly", inputKeys, targetOf);
    const read = strip(originals.get(key)!, "writeOnly", new Map(), targetOf);
    model.schema = read;
    setOwn(components, key, read);
    const inputKey = inputKeys.get(key)!;
    setOwn(components, inputKey, input);
    added.push({
      key: inputKey,
      typeName: typeNames.claim(`${model.typeName}Input`),
      pointer: model.pointer,
      schema: input,
    });
  }
  for (const operation of operations) {
    for (const parameter of operation.parameters)
      parameter.schema = strip(parameter.schema, "readOnly", inputKeys, targetOf);
    for (const content of operation.requestBody?.contents ?? []) {
      if (content.schema !== undefined) content.schema = strip(content.schema, "readOnly", inputKeys, targetOf);
    }
    for (const content of operation.responses.flatMap((response) => response.contents)) {
      if (content.schema !== undefined) content.schema = strip(content.schema, "writeOnly", new Map(), targetOf);
    }
  }
  schemas.push(...added);
}

/** Component keys whose schema has a readOnly or writeOnly property, directly or through its references. */
function transitivelyFlagged(byKey: ReadonlyMap<string, SchemaModel>): Set<string> {
  const flagged = new Set<string>();
  const refs = new Map<string, Set<string>>();
  for (const [key, model] of byKey) {
    const found = scan(model.schema);
    refs.set(key, found.refs);
    if (found.flagged) flagged.add(key);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [key, targets] of refs) {
      if (!flagged.has(key) && [...targets].some((target) => flagged.has(target))) {
        flagged.add(key);
        changed = true;
      }
    }
  }
  return flagged;
}

function scan(
  schema: unknown,
  found = { flagged: false, refs: new Set<string>() },
): { flagged: boolean; refs: Set<string> } {
  if (!isObject(schema)) return found;
  const key = componentKey(schema.$ref);
  if (key !== undefined) found.refs.add(key);
  if (isObject(schema.properties)) {
    for (const property of Object.values(schema.properties)) {
      if (isObject(property) && (property.readOnly === true || property.writeOnly === true)) found.flagged = true;
      scan(property, found);
    }
  }
  for (const child of subschemas(schema)) scan(child, found);
  return found;
}

function subschemas(schema: Record<string, unknown>): unknown[] {
  const children: unknown[] = [];
  for (const keyword of SUBSCHEMA_ARRAYS)
    if (Array.isArray(schema[keyword])) children.push(...(schema[keyword] as unknown[]));
  for (const keyword of SUBSCHEMA_SINGLE) if (isObject(schema[keyword])) children.push(schema[keyword]);
  return children;
}

/**
 * A copy of `schema` without properties marked `flag` and with refs renamed by `refMap`; unchanged parts are shared.
 */
function strip(
  schema: JsonSchema,
  flag: Flag,
  refMap: RefMap,
  targetOf: (key: string) => JsonSchema | undefined,
): JsonSchema {
  if (!isObject(schema)) return schema;
  let copy: Record<string, unknown> | undefined;
  const write = (keyword: string, value: unknown): void => {
    copy ??= { ...schema };
    setOwn(copy, keyword, value);
  };
  const key = componentKey(schema.$ref);
  if (key !== undefined && refMap.has(key)) write("$ref", componentRef(refMap.get(key)!));
  if (isObject(schema.properties)) {
    const kept: Record<string, unknown> = {};
    const dropped: string[] = [];
    let changed = false;
    for (const [name, property] of Object.entries(schema.properties)) {
      if (hasFlag(property, flag, targetOf)) {
        dropped.push(name);
        changed = true;
        continue;
      }
      const next = strip(property as JsonSchema, flag, refMap, targetOf);
      changed ||= next !== property;
      setOwn(kept, name, next);
    }
    if (changed) write("properties", kept);
    if (dropped.length > 0 && Array.isArray(schema.required))
      write(
        "required",
        schema.required.filter((name) => !dropped.includes(name as string)),
      );
  }
  const discriminator = remapDiscriminator(schema, refMap);
  if (discriminator) write("discriminator", discriminator);
  for (const keyword of SUBSCHEMA_ARRAYS) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    const next = list.map((child) => strip(child as JsonSchema, flag, refMap, targetOf));
    if (next.some((child, index) => child !== list[index])) write(keyword, next);
  }
  for (const keyword of SUBSCHEMA_SINGLE) {
    const child = schema[keyword];
    if (!isObject(child)) continue;
    const next = strip(child, flag, refMap, targetOf);
    if (next !== child) write(keyword, next);
  }
  return copy ?? schema;
}

/**
 * Keeps tag values right when members are renamed to `…Input`: mapped refs follow the rename, and members that
 * relied on the implicit mapping (the tag is the component key) get an explicit entry under their old key.
 */
function remapDiscriminator(schema: Record<string, unknown>, refMap: RefMap): Record<string, unknown> | undefined {
  const discriminator = schema.discriminator;
  if (!isObject(discriminator) || refMap.size === 0) return undefined;
  const mapping: Record<string, unknown> = isObject(discriminator.mapping) ? { ...discriminator.mapping } : {};
  let changed = false;
  for (const [tag, ref] of Object.entries(mapping)) {
    const key = componentKey(ref);
    if (key !== undefined && refMap.has(key)) {
      setOwn(mapping, tag, componentRef(refMap.get(key)!));
      changed = true;
    }
  }
  const mapped = new Set(Object.values(mapping));
  for (const member of [
    ...(Array.isArray(schema.oneOf) ? schema.oneOf : []),
    ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
  ]) {
    const key = schemaComponentKey(member);
    if (key === undefined || !refMap.has(key)) continue;
    const renamed = componentRef(refMap.get(key)!);
    if (!mapped.has(renamed) && !Object.hasOwn(mapping, key)) {
      setOwn(mapping, key, renamed);
      changed = true;
    }
  }
  return changed ? { ...discriminator, mapping } : undefined;
}

/** Whether a property is marked, on itself or (a bare `$ref`) on the schema it points to. */
function hasFlag(property: unknown, flag: Flag, targetOf: (key: string) => JsonSchema | undefined): boolean {
  if (!isObject(property)) return false;
  if (property[flag] === true) return true;
  const key = componentKey(property.$ref);
  const target = key === undefined ? undefined : targetOf(key);
  return isObject(target) && target[flag] === true;
}
