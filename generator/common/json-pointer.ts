// JSON pointers (RFC 6901) and the `$ref`s that carry them as URI fragments: escaping, parsing, reading the value at
// one, and the component-schema references (`#/components/schemas/Name`) every stage spells the same way.
import { isObject } from "./walk.js";

/** The prefix of a reference to a component schema. */
const COMPONENT_SCHEMA_REF = "#/components/schemas/";

/** Escapes one JSON pointer segment (RFC 6901): `~` as `~0`, `/` as `~1`. */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Joins segments into a JSON pointer (the empty list is the whole document, `""`). */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => "/" + pointerSegment(s)).join("");
}

/** Undoes `pointerSegment`: `~1` as `/`, then `~0` as `~` (in that order, so `~01` stays `~1`). */
export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * One segment of a `$ref`'s fragment as the key it names: `%XX` escapes decoded (a fragment is part of a URI), then
 * `~1` and `~0` (RFC 6901).
 */
export function decodePointerSegment(segment: string): string {
  return unescapePointerSegment(safeDecodeUri(segment));
}

/** Decodes `%XX` escapes; a `%` that starts no escape stays a literal percent sign. */
export function safeDecodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // not an escape sequence: the text is meant literally
  }
}

/** The keys a pointer (or a `$ref` fragment without its `#`) names, each decoded by `decodePointerSegment`. */
export function pointerSegments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(decodePointerSegment);
}

/** The last key a pointer names, `~` escapes undone (no `%` decoding: for pointers built by `toPointer`). */
export function lastPointerSegment(pointer: string): string {
  return unescapePointerSegment(pointer.slice(pointer.lastIndexOf("/") + 1));
}

/** The value found by following `segments` from `root` through own properties of objects and arrays, or undefined. */
export function getAtSegments(root: unknown, segments: readonly string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Reads the value at a JSON pointer (segments decoded as in a `$ref`), or undefined. */
export function getAtPointer(document: unknown, pointer: string): unknown {
  return getAtSegments(document, pointerSegments(pointer));
}

/** The `$ref` to the component schema under `key`. */
export function componentRef(key: string): string {
  return COMPONENT_SCHEMA_REF + pointerSegment(key);
}

/**
 * The key of the component schema `ref` names, when it is exactly a reference to one (`#/components/schemas/Name`,
 * not a pointer into it); undefined for anything else, a non-string included.
 */
export function componentKey(ref: unknown): string | undefined {
  if (typeof ref !== "string" || !ref.startsWith(COMPONENT_SCHEMA_REF)) return undefined;
  const segment = ref.slice(COMPONENT_SCHEMA_REF.length);
  return segment.includes("/") ? undefined : decodePointerSegment(segment);
}

/** A discriminator `mapping` value as a `$ref`: it is one already (starts with `#`) or a bare component key. */
export function mappingRef(target: string): string {
  return target.startsWith("#") ? target : componentRef(target);
}

/** The component key a schema is exactly a `$ref` to (sibling keywords aside), or undefined. */
export function schemaComponentKey(schema: unknown): string | undefined {
  return isObject(schema) ? componentKey(schema.$ref) : undefined;
}
