// A small JSON Schema check for the example data: whether a value satisfies a schema of the bundled document
// (OpenAPI 3.0 and 3.1 keywords). Unknown keywords pass; the tests hold the examples to a reference validator too.
import { decodePointerSegment, getAtPointer, lastPointerSegment, mappingRef } from "../common/json-pointer.js";
import { isObject } from "../common/walk.js";
import type { JsonSchema } from "./types.js";

/**
 * The schema a local `$ref` points to, or undefined. Looked up once per document and ref: the example builder and its
 * checks follow the same few hundred refs hundreds of thousands of times on a big spec (Stripe), and decoding the
 * pointer each time was a tenth of a `--mocks` run. The bundled document is not changed once the model is built.
 */
export function resolveRef(document: Record<string, unknown>, ref: string): unknown {
  let targets = resolvedRefs.get(document);
  if (!targets) resolvedRefs.set(document, (targets = new Map()));
  if (targets.has(ref)) return targets.get(ref);
  // getAtPointer decodes each segment once: `%XX`, then `~1` and `~0`.
  const target = ref.startsWith("#") ? getAtPointer(document, ref.slice(1)) : undefined;
  targets.set(ref, target);
  return target;
}

const resolvedRefs = new WeakMap<object, Map<string, unknown>>();

/**
 * Whether `value` satisfies `schema`; `$ref`s are read from `document`. `closed`: the value must also fit the generated
 * TypeScript type, as an object literal does (a value the schema allows but the type refuses would not compile as
 * example data): an object schema with `properties` and no `additionalProperties` holds no other key, at every level,
 * where the keys of an allOf are those of all its members (through `$ref`s) and a oneOf/anyOf value fits one member.
 * `open`: this level's keys are checked by the caller (a member of a composition), its children's still are.
 * `place`: the schema's JSON pointer (`#/…`) while the path openapi-typescript gives its type is that pointer (see
 * `pathTag`), else undefined.
 */
export function conforms(
  value: unknown,
  schema: JsonSchema | undefined,
  document: Record<string, unknown>,
  closed = false,
  depth = 0,
  open = false,
  place?: string,
): boolean {
  if (schema === undefined || schema === true) return true;
  if (schema === false || !isObject(schema)) return false;
  if (depth > 64) return false;
  // A property's or an item's type is made at a path that is not its pointer.
  const check = (child: unknown, sub: unknown): boolean =>
    conforms(child, sub as JsonSchema, document, closed, depth + 1);
  // The members of a composition are parts of the type: the whole's keys are checked here, the members' children each.
  const part = (child: unknown, sub: unknown, at?: string): boolean =>
    conforms(child, sub as JsonSchema, document, closed, depth + 1, true, at);
  // What JSON Schema says alone (how many oneOf members match, `not`).
  const plain = (child: unknown, sub: unknown): boolean =>
    conforms(child, sub as JsonSchema, document, false, depth + 1, true);
  if (closed && isObject(schema.properties) && schema.type === undefined && !isObject(value)) return false;
  if (typeof schema.$ref === "string") {
    const target = resolveRef(document, schema.$ref);
    if (
      target === undefined ||
      !conforms(value, target as JsonSchema, document, closed, depth + 1, open, typePath(schema.$ref.slice(1)))
    )
      return false;
  }
  if (value === null && schema.nullable === true && !Array.isArray(schema.type))
    return !Array.isArray(schema.enum) || schema.enum.includes(null);
  if (
    schema.type !== undefined &&
    !(Array.isArray(schema.type) ? schema.type : [schema.type]).some((type) => hasType(value, type as string))
  )
    return false;
  if (Object.hasOwn(schema, "const") && !deepEqual(value, schema.const)) return false;
  if (Array.isArray(schema.enum) && !schema.enum.some((entry) => deepEqual(entry, value))) return false;
  // openapi-typescript makes the types of an allOf's members at the allOf's own path, not at their pointers.
  if (Array.isArray(schema.allOf) && !schema.allOf.every((sub) => part(value, sub))) return false;
  if (closed && place !== undefined && !pathTag(value, schema, document, place)) return false;
  // A union's type: the value fits one member as a whole, its keys those of the member and of the rest of the schema.
  const fits = (sub: unknown, at: string | undefined): boolean => {
    if (!part(value, sub, at)) return false;
    if (!isObject(value)) return true;
    const rest = typeKeys({ ...schema, oneOf: undefined, anyOf: undefined }, document);
    const member = typeKeys(sub, document);
    if (rest.open || member.open || (!rest.declares && !member.declares)) return true;
    return Object.keys(value).every((key) => rest.keys.has(key) || member.keys.has(key));
  };
  const tagged = discriminated(schema);
  if (tagged) {
    // OpenAPI: the tag picks the one member the value must satisfy.
    const tag = isObject(value) ? value[tagged.propertyName] : undefined;
    const target = typeof tag === "string" ? tagged.targets.get(tag) : undefined;
    if (target === undefined || !(closed ? fits({ $ref: target }, undefined) : part(value, { $ref: target })))
      return false;
  } else {
    if (Array.isArray(schema.anyOf) && !schema.anyOf.some((sub) => plain(value, sub))) return false;
    if (Array.isArray(schema.oneOf) && schema.oneOf.filter((sub) => plain(value, sub)).length !== 1) return false;
    // The type is a union: the value must fit one member as a whole.
    const members = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
    const keyword = Array.isArray(schema.oneOf) ? "oneOf" : "anyOf";
    if (
      closed &&
      members &&
      !members.some((sub, index) => fits(sub, place === undefined ? undefined : `${place}/${keyword}/${index}`))
    )
      return false;
  }
  if (schema.not !== undefined && plain(value, schema.not)) return false;
  if (typeof value === "string") return stringConforms(value, schema);
  if (typeof value === "number") return numberConforms(value, schema);
  if (Array.isArray(value)) return arrayConforms(value, schema, check);
  if (isObject(value))
    return (
      objectConforms(value, schema, document, check) && (!closed || open || closedConforms(value, schema, document))
    );
  return true;
}

/**
 * openapi-typescript gives an allOf whose members include a schema with a discriminator (inline, or a `$ref` to one)
 * the tag property, set to the last segment of its path: `{ type: "0" } & …` for the first member of a union,
 * `{ type: "Cat" } & …` for components/schemas/Cat — unless the discriminator's mapping names this place, when the
 * tag is one of the names mapped to it (openapi-typescript's scanDiscriminators). A value fits that type only with
 * that tag. `place`: the allOf's pointer, which here is also its path.
 */
function pathTag(
  value: unknown,
  schema: Record<string, unknown>,
  document: Record<string, unknown>,
  place: string,
): boolean {
  const found = typeTag(schema, document, place);
  if (found === undefined) return true;
  const tag = isObject(value) ? value[found.propertyName] : undefined;
  return typeof tag === "string" && found.tags.includes(tag);
}

/**
 * The tag property openapi-typescript's type of the allOf `schema` at `place` has, with the values it allows (see
 * `pathTag`).
 */
export function typeTag(
  schema: Record<string, unknown>,
  document: Record<string, unknown>,
  place: string,
): { propertyName: string; tags: string[] } | undefined {
  if (!Array.isArray(schema.allOf) || isObject(schema.discriminator)) return undefined;
  let found: { propertyName: string; tags: string[] } | undefined;
  for (const member of schema.allOf) {
    if (!isObject(member)) continue;
    if (typeof member.$ref === "string") {
      const target = resolveRef(document, member.$ref);
      const discriminator = isObject(target) ? target.discriminator : undefined;
      if (!isObject(discriminator) || typeof discriminator.propertyName !== "string") break; // scanDiscriminators stops here
      const mapping = isObject(discriminator.mapping) ? discriminator.mapping : {};
      const mapped = Object.keys(mapping).filter((tag) => mapping[tag] === place);
      found = {
        propertyName: discriminator.propertyName,
        tags: mapped.length > 0 ? mapped : [lastPointerSegment(place)],
      };
    } else if (isObject(member.discriminator) && typeof member.discriminator.propertyName === "string") {
      found = { propertyName: member.discriminator.propertyName, tags: [lastPointerSegment(place)] };
    }
  }
  return found;
}

/**
 * The path openapi-typescript gives the type of the schema at `pointer` (a JSON pointer, no `#`), when it is the
 * pointer itself: a `%` in it is written otherwise there (see emit/percent-keys.ts).
 */
export function typePath(pointer: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pointer);
  } catch {
    return undefined;
  }
  return decoded.includes("%") ? undefined : `#${decoded}`;
}

/** A oneOf/anyOf of `$ref`s with a discriminator: its property, and the `$ref` each tag value selects. */
export function discriminated(
  schema: Record<string, unknown>,
): { propertyName: string; targets: Map<string, string> } | undefined {
  const discriminator = schema.discriminator;
  const members = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
  if (!isObject(discriminator) || typeof discriminator.propertyName !== "string" || !members) return undefined;
  const refs = members.map((member) => (isObject(member) && typeof member.$ref === "string" ? member.$ref : undefined));
  if (refs.some((ref) => ref === undefined)) return undefined;
  const targets = new Map<string, string>();
  const mapping = isObject(discriminator.mapping) ? discriminator.mapping : {};
  for (const [tag, target] of Object.entries(mapping)) {
    if (typeof target === "string") targets.set(tag, mappingRef(target));
  }
  const mapped = new Set(targets.values());
  for (const ref of refs as string[]) {
    if (mapped.has(ref)) continue;
    const tag = decodePointerSegment(ref.slice(ref.lastIndexOf("/") + 1));
    if (!targets.has(tag)) targets.set(tag, ref);
  }
  return { propertyName: discriminator.propertyName, targets };
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "boolean":
      return typeof value === "boolean";
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      return false;
  }
}

const FORMAT_CHECKS: Record<string, RegExp> = {
  "date-time": /^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  time: /^\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/,
  "uri-reference": /^[^\s{}<>"\\^`|]*$/,
  ipv4: /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/,
  byte: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
  hostname:
    /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,
};

function stringConforms(value: string, schema: Record<string, unknown>): boolean {
  // The client types a `binary` value as a Blob, which example data (JSON) cannot hold.
  if (schema.format === "binary") return false;
  const length = [...value].length;
  if (typeof schema.minLength === "number" && length < schema.minLength) return false;
  if (typeof schema.maxLength === "number" && length > schema.maxLength) return false;
  if (typeof schema.pattern === "string") {
    try {
      if (!new RegExp(schema.pattern, "u").test(value)) return false;
    } catch {
      return false; // a pattern that cannot be read cannot be shown to hold
    }
  }
  const format = typeof schema.format === "string" ? FORMAT_CHECKS[schema.format] : undefined;
  if (format && !format.test(value)) return false;
  if (schema.format === "date-time" || schema.format === "date")
    return !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value));
  return true;
}

function numberConforms(value: number, schema: Record<string, unknown>): boolean {
  if (
    typeof schema.minimum === "number" &&
    (schema.exclusiveMinimum === true ? value <= schema.minimum : value < schema.minimum)
  )
    return false;
  if (
    typeof schema.maximum === "number" &&
    (schema.exclusiveMaximum === true ? value >= schema.maximum : value > schema.maximum)
  )
    return false;
  if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) return false;
  if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) return false;
  if (typeof schema.multipleOf === "number" && schema.multipleOf > 0) {
    const quotient = value / schema.multipleOf;
    if (Math.abs(quotient - Math.round(quotient)) > 1e-9) return false;
  }
  return true;
}

function arrayConforms(
  value: unknown[],
  schema: Record<string, unknown>,
  check: (child: unknown, sub: unknown) => boolean,
): boolean {
  if (typeof schema.minItems === "number" && value.length < schema.minItems) return false;
  if (typeof schema.maxItems === "number" && value.length > schema.maxItems) return false;
  const prefix = Array.isArray(schema.prefixItems)
    ? schema.prefixItems
    : Array.isArray(schema.items)
      ? schema.items
      : [];
  for (let index = 0; index < value.length; index++) {
    const sub =
      index < prefix.length ? prefix[index] : Array.isArray(schema.items) ? schema.additionalItems : schema.items;
    if (sub !== undefined && !check(value[index], sub)) return false;
  }
  if (
    schema.uniqueItems === true &&
    value.some((item, index) => value.findIndex((other) => deepEqual(item, other)) !== index)
  )
    return false;
  if (schema.contains !== undefined && !value.some((item) => check(item, schema.contains))) return false;
  return true;
}

function objectConforms(
  value: Record<string, unknown>,
  schema: Record<string, unknown>,
  document: Record<string, unknown>,
  check: (child: unknown, sub: unknown) => boolean,
): boolean {
  const keys = Object.keys(value);
  if (typeof schema.minProperties === "number" && keys.length < schema.minProperties) return false;
  if (typeof schema.maxProperties === "number" && keys.length > schema.maxProperties) return false;
  if (Array.isArray(schema.required) && !schema.required.every((name) => Object.hasOwn(value, name as string)))
    return false;
  const properties = isObject(schema.properties) ? schema.properties : {};
  const patterns = isObject(schema.patternProperties) ? Object.entries(schema.patternProperties) : [];
  for (const key of keys) {
    let matched = Object.hasOwn(properties, key);
    if (matched && !check(value[key], properties[key])) return false;
    for (const [pattern, sub] of patterns) {
      let test: boolean;
      try {
        test = new RegExp(pattern, "u").test(key);
      } catch {
        return false; // see stringConforms
      }
      if (test) {
        matched = true;
        if (!check(value[key], sub)) return false;
      }
    }
    if (!matched && schema.additionalProperties !== undefined && !check(value[key], schema.additionalProperties))
      return false;
    if (schema.propertyNames !== undefined && !check(key, schema.propertyNames)) return false;
  }
  if (schema.unevaluatedProperties === false) {
    const evaluated = new Set<string>();
    evaluatedKeys(value, schema, document, check, evaluated, 0);
    if (keys.some((key) => !evaluated.has(key))) return false;
  }
  return true;
}

/**
 * The keys `schema` evaluates, through allOf and the anyOf/oneOf members `value` satisfies (for unevaluatedProperties).
 */
function evaluatedKeys(
  value: Record<string, unknown>,
  schema: unknown,
  document: Record<string, unknown>,
  check: (child: unknown, sub: unknown) => boolean,
  into: Set<string>,
  depth: number,
): void {
  if (!isObject(schema) || depth > 16) return;
  if (typeof schema.$ref === "string")
    evaluatedKeys(value, resolveRef(document, schema.$ref), document, check, into, depth + 1);
  if (isObject(schema.properties)) for (const key of Object.keys(schema.properties)) into.add(key);
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false)
    for (const key of Object.keys(value)) into.add(key);
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : [])
    evaluatedKeys(value, member, document, check, into, depth + 1);
  for (const member of [
    ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
    ...(Array.isArray(schema.oneOf) ? schema.oneOf : []),
  ]) {
    if (check(value, member)) evaluatedKeys(value, member, document, check, into, depth + 1);
  }
}

/** A closed object schema (see `conforms`) holds only the properties its type declares. */
function closedConforms(
  value: Record<string, unknown>,
  schema: Record<string, unknown>,
  document: Record<string, unknown>,
): boolean {
  const declared = declaredKeys(schema, document);
  if (declared === undefined) return true;
  return Object.keys(value).every((key) => declared.has(key));
}

/**
 * The keys the type of `schema` declares: its `properties`, and those of its `$ref`, allOf members and oneOf/anyOf
 * members (TypeScript checks a union's keys against all its members). Undefined when any key goes: an index signature
 * (`additionalProperties`, `patternProperties`), or no properties at all (`Record<string, unknown>`).
 */
function declaredKeys(schema: unknown, document: Record<string, unknown>): Set<string> | undefined {
  const { keys, open, declares } = typeKeys(schema, document);
  return open || !declares ? undefined : keys;
}

/**
 * The keys `schema` declares (see `declaredKeys`); `open` when it has an index signature, `declares` when any
 * `properties`.
 */
function typeKeys(
  schema: unknown,
  document: Record<string, unknown>,
): { keys: Set<string>; open: boolean; declares: boolean } {
  const keys = new Set<string>();
  let open = false;
  let any = false;
  const seen = new Set<unknown>();
  const visit = (node: unknown, depth: number): void => {
    if (!isObject(node) || depth > 32 || seen.has(node)) return;
    seen.add(node);
    if (typeof node.$ref === "string") visit(resolveRef(document, node.$ref), depth + 1);
    if (
      (node.additionalProperties !== undefined && node.additionalProperties !== false) ||
      node.patternProperties !== undefined
    )
      open = true;
    if (isObject(node.properties)) {
      any = true;
      for (const key of Object.keys(node.properties)) keys.add(key);
    }
    for (const keyword of ["allOf", "anyOf", "oneOf"]) {
      const members = node[keyword];
      if (Array.isArray(members)) for (const member of members) visit(member, depth + 1);
    }
  };
  visit(schema, 0);
  return { keys, open, declares: any };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
    );
  }
  return false;
}
