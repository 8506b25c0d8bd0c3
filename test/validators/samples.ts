// Values for the differential test: the spec's own examples, a value generated from the schema, and mutations of
// them (a required field removed, a type changed, an enum value outside, an extra key, a bad format).
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

const FORMAT_SAMPLES: Record<string, string> = {
  "date-time": "2024-02-29T12:30:00.5+01:00",
  date: "2024-02-29",
  time: "12:30:00Z",
  email: "someone@example.com",
  uuid: "123e4567-e89b-12d3-a456-426614174000",
  uri: "https://example.com/a?b=c",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  byte: "aGVsbG8=",
};

/** Resolves `#/components/schemas/…` against the document. */
export type Resolver = (ref: string) => unknown;

/** A value that (mostly) matches `schema`; depth-limited, so recursion ends. */
export function sampleOf(schema: unknown, resolve: Resolver, depth = 0): unknown {
  if (!isObject(schema)) return schema === false ? undefined : {};
  // Recursion goes through references only: past a depth, a reference gives up (and the value may not match).
  if (typeof schema.$ref === "string") return depth > 12 ? {} : sampleOf(resolve(schema.$ref), resolve, depth + 1);
  if (Object.hasOwn(schema, "const")) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (schema.example !== undefined) return schema.example;
  for (const keyword of ["oneOf", "anyOf"]) {
    const list = schema[keyword];
    if (Array.isArray(list) && list.length > 0) {
      const base = sampleOf({ ...schema, [keyword]: undefined }, resolve, depth + 1);
      return merge(base, sampleOf(list[0], resolve, depth + 1));
    }
  }
  if (Array.isArray(schema.allOf)) {
    return schema.allOf.reduce((value: unknown, member) => merge(value, sampleOf(member, resolve, depth + 1)), sampleOf({ ...schema, allOf: undefined }, resolve, depth + 1));
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type ?? (schema.properties ? "object" : schema.items ? "array" : undefined)) {
    case "string": {
      const format = typeof schema.format === "string" ? FORMAT_SAMPLES[schema.format] : undefined;
      if (format) return format;
      const min = typeof schema.minLength === "number" ? schema.minLength : 1;
      return "x".repeat(Math.min(Math.max(min, 1), typeof schema.maxLength === "number" ? schema.maxLength : 64));
    }
    case "integer":
    case "number": {
      const min = typeof schema.minimum === "number" ? schema.minimum : typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : 1;
      const step = typeof schema.multipleOf === "number" ? schema.multipleOf : 1;
      return Math.ceil(min / step) * step;
    }
    case "boolean":
      return true;
    case "null":
      return null;
    case "array": {
      const items = Array.isArray(schema.prefixItems) ? schema.prefixItems.map((item) => sampleOf(item, resolve, depth + 1)) : [];
      if (items.length === 0 && schema.items !== undefined && schema.items !== false) items.push(sampleOf(schema.items, resolve, depth + 1));
      return items;
    }
    case "object": {
      const value: Json = {};
      for (const [key, child] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
        if (isObject(child) && (child.readOnly === true || child.writeOnly === true)) continue;
        const sample = sampleOf(child, resolve, depth + 1);
        // A `false` schema has no value; JSON has no `undefined`.
        if (sample !== undefined) Object.defineProperty(value, key, { value: sample, enumerable: true, writable: true, configurable: true });
      }
      return value;
    }
    default:
      return {};
  }
}

function merge(a: unknown, b: unknown): unknown {
  return isObject(a) && isObject(b) ? { ...a, ...b } : b === undefined ? a : b;
}

/** Mutations of `value` meant to break `schema`: each one a new value. */
export function mutationsOf(value: unknown, schema: unknown, resolve: Resolver): unknown[] {
  const mutations: unknown[] = [null, "a string", 12.5, [], {}];
  const target = isObject(schema) && typeof schema.$ref === "string" ? resolve(schema.$ref) : schema;
  if (isObject(value)) {
    const keys = Object.keys(value);
    for (const key of keys.slice(0, 6)) {
      const { [key]: _removed, ...rest } = value;
      mutations.push(rest);
      const child = value[key];
      mutations.push({ ...value, [key]: typeof child === "string" ? 7 : typeof child === "number" ? "7" : typeof child === "boolean" ? "true" : child === null ? 0 : null });
      if (typeof child === "string") mutations.push({ ...value, [key]: "not a valid format / outside the enum" });
      if (isObject(child)) mutations.push({ ...value, [key]: { ...child, unexpected: 1 } });
      if (Array.isArray(child)) mutations.push({ ...value, [key]: [...child, { unexpected: 1 }, 1] });
    }
    mutations.push({ ...value, unexpected_key: "x" });
  }
  if (Array.isArray(value)) mutations.push([...value, ...value], [1, "x", null]);
  if (typeof value === "string") mutations.push(`${value} outside`, "", 7);
  if (isObject(target) && Array.isArray(target.enum)) mutations.push("not-in-the-enum");
  mutations.push(...boundaries(target, resolve));
  // Each property's own edges, in place.
  const properties = isObject(target) && isObject(target.properties) ? target.properties : {};
  if (isObject(value)) {
    for (const [key, child] of Object.entries(properties).slice(0, 12)) {
      for (const edge of boundaries(child, resolve)) mutations.push({ ...value, [key]: edge });
    }
  }
  return mutations;
}

/** Values just inside and just outside a schema's bounds. */
function boundaries(schema: unknown, resolve: Resolver): unknown[] {
  const target = isObject(schema) && typeof schema.$ref === "string" ? resolve(schema.$ref) : schema;
  if (!isObject(target)) return [];
  const edges: unknown[] = [];
  const number = (keyword: string): number | undefined => (typeof target[keyword] === "number" ? (target[keyword] as number) : undefined);
  for (const [keyword, delta] of [["minLength", -1], ["maxLength", 1]] as const) {
    const bound = number(keyword);
    if (bound !== undefined && bound + delta >= 0 && bound < 1000) edges.push("x".repeat(bound), "x".repeat(bound + delta), "😀".repeat(bound));
  }
  for (const keyword of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]) {
    const bound = number(keyword);
    if (bound !== undefined) edges.push(bound, bound - 1, bound + 1, bound + 0.5);
  }
  const step = number("multipleOf");
  if (step !== undefined) edges.push(step * 3, step * 3.5, step * 7);
  for (const [keyword, delta] of [["minItems", -1], ["maxItems", 1]] as const) {
    const bound = number(keyword);
    const item = target.items === undefined ? 1 : sampleOf(target.items, resolve);
    if (bound !== undefined && bound + delta >= 0 && bound < 100) edges.push(Array(bound).fill(item), Array(bound + delta).fill(item));
  }
  if (target.type === "integer" || (Array.isArray(target.type) && target.type.includes("integer"))) edges.push(1.5, 2 ** 31, 2 ** 53);
  return edges;
}
