// Example data for the test doubles: each operation's request and first-2xx response bodies, from the spec's own
// examples when they satisfy their schema, otherwise built from the schema with a seeded PRNG (same spec and seed,
// same values on every machine). Every value is checked against its schema (`conforms`) before it is kept.
import { conforms, discriminated, resolveRef, typePath, typeTag } from "./conforms.js";
import { getAtPointer } from "../common/json-pointer.js";
import { isObject } from "../common/walk.js";
import type { ApiModel, ContentModel, JsonSchema, ModelWarning, OperationModel } from "./types.js";

/** The example data of one operation: its request body and its first 2xx response with a JSON or text body. */
export interface OperationExample {
  operation: OperationModel;
  /** The JSON request body, when the operation takes one and a value could be made. */
  request?: unknown;
  /** The first 2xx status; `response` is absent when that response has no body (or none could be made). */
  status: number;
  response?: unknown;
  /** The media type of `response`. */
  mediaType?: string;
  /** The schema `request` and `response` satisfy, for the tests' reference validator. */
  requestSchema?: JsonSchema;
  responseSchema?: JsonSchema;
}

/** How deep a recursive schema is followed before only what is required is built. */
const MAX_REF_DEPTH = 2;
/** How deep any value nests at most; deeper, a branch that needs less is sought. */
const MAX_DEPTH = 12;

/** Builds the example of every operation; values that cannot be made are left out with a warning. */
export function buildExamples(model: ApiModel, seed = 1): { examples: OperationExample[]; warnings: ModelWarning[] } {
  const warnings: ModelWarning[] = [];
  const builder = new ExampleBuilder(model.document, seed);
  const examples = model.operations.map((operation) => {
    const example: OperationExample = { operation, status: 200 };
    const requestContent = operation.requestBody?.contents.find(
      (content) => content.kind === "json" && !content.events,
    );
    if (requestContent?.schema !== undefined) {
      const value = builder.forContent(requestContent, operation.requestBody!.pointer);
      if (value.ok) {
        example.request = value.value;
        example.requestSchema = requestContent.schema;
      } else
        warnings.push({
          pointer: requestContent.pointer,
          message: `no example request body could be made that satisfies its schema (${value.why})`,
        });
    }
    const success =
      operation.responses.find((response) => /^2\d\d$/.test(response.status)) ??
      operation.responses.find((response) => response.status === "2XX");
    if (success) {
      example.status = success.status === "2XX" ? 200 : Number(success.status);
      const content = success.contents.find(
        (entry) => (entry.kind === "json" || entry.kind === "text") && !entry.events && entry.schema !== undefined,
      );
      if (content) {
        const value = builder.forContent(content, success.pointer);
        if (value.ok && (content.kind === "json" || typeof value.value === "string")) {
          example.response = lastPage(operation, value.value, content.schema!, model.document, schemaPath(content));
          example.mediaType = content.mediaType;
          example.responseSchema = content.schema;
        } else
          warnings.push({
            pointer: content.pointer,
            message: `no example response body could be made that satisfies its schema (${value.ok ? "not a string" : value.why})`,
          });
      }
    }
    return example;
  });
  return { examples, warnings };
}

/**
 * A list's example as its last page (no next cursor, `has_more` false) where the schema allows it, so iterating the
 * default answer ends after one page.
 */
function lastPage(
  operation: OperationModel,
  value: unknown,
  schema: JsonSchema,
  document: Record<string, unknown>,
  at: string | undefined,
): unknown {
  const pagination = operation.pagination;
  if (!pagination || !isObject(value) || (pagination.next === undefined && pagination.hasMore === undefined))
    return value;
  const copy = structuredClone(value);
  const parent = (path: readonly string[]): Record<string, unknown> | undefined => {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) node = isObject(node) ? node[key] : undefined;
    return isObject(node) ? node : undefined;
  };
  if (pagination.next) {
    const holder = parent(pagination.next);
    const key = pagination.next[pagination.next.length - 1]!;
    if (holder && Object.hasOwn(holder, key)) {
      const kept = holder[key];
      delete holder[key];
      if (!conforms(copy, schema, document, true, 0, false, at)) holder[key] = null;
      if (!conforms(copy, schema, document, true, 0, false, at)) holder[key] = kept;
    }
  }
  if (pagination.hasMore) {
    const holder = parent(pagination.hasMore);
    const key = pagination.hasMore[pagination.hasMore.length - 1]!;
    if (holder && Object.hasOwn(holder, key)) {
      const kept = holder[key];
      holder[key] = false;
      if (!conforms(copy, schema, document, true, 0, false, at)) holder[key] = kept;
    }
  }
  return conforms(copy, schema, document, true, 0, false, at) ? copy : value;
}

/** The path of a media type's schema's type: the emitters name it by `<media type pointer>/schema`. */
function schemaPath(content: ContentModel): string | undefined {
  return typePath(`${content.pointer.replace(/^#/, "")}/schema`);
}

type Built = { ok: true; value: unknown } | { ok: false; why: string };

/** Makes values for schemas of one document; deterministic for the document, the seed and each value's place. */
export class ExampleBuilder {
  readonly #document: Record<string, unknown>;
  readonly #seed: number;

  constructor(document: Record<string, unknown>, seed: number) {
    this.#document = document;
    this.#seed = seed;
  }

  /**
   * A value for a media type: its `example` or first `examples` entry if it fits the schema, else one built from it.
   */
  forContent(content: ContentModel, place: string): Built {
    const schema = content.schema!;
    const at = schemaPath(content);
    const media = getAtPointer(this.#document, content.pointer.replace(/^#/, ""));
    for (const candidate of specExamples(media, this.#document))
      if (conforms(candidate, schema, this.#document, true, 0, false, at)) return { ok: true, value: candidate };
    return this.build(schema, place, at);
  }

  /** A value built from `schema`, checked against it; `at`: the path of its type (see `conforms`), when known. */
  build(schema: JsonSchema, place: string, at?: string): Built {
    const value = this.#value(schema, {
      random: prng(hashString(`${this.#seed}:${place}`)),
      refs: new Map(),
      depth: 0,
      lean: false,
      at,
    });
    if (value === NONE) return { ok: false, why: "a keyword or pattern the builder cannot satisfy" };
    if (!conforms(value, schema, this.#document, true, 0, false, at))
      return { ok: false, why: "the built value does not satisfy its schema" };
    return { ok: true, value };
  }

  #value(schema: JsonSchema, state: State): unknown {
    if (schema === true) return {};
    if (schema === false || !isObject(schema)) return schema === undefined ? {} : NONE;
    if (typeof schema.$ref === "string") return this.#ref(schema, state);
    if (state.depth > MAX_DEPTH) return NONE;
    const next: State = { ...state, depth: state.depth + 1 };
    for (const candidate of specExamples(schema, undefined))
      if (conforms(candidate, schema, this.#document, true, 0, false, state.at)) return candidate;
    if (Object.hasOwn(schema, "const")) return schema.const;
    if (Array.isArray(schema.enum)) return schema.enum.find((entry) => entry !== null) ?? schema.enum[0] ?? NONE;
    if (Array.isArray(schema.allOf)) return this.#allOf(schema, next);
    const choices = (
      Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined
    ) as JsonSchema[] | undefined;
    if (choices) return this.#choice(schema, choices, next);
    const types = typesOf(schema);
    const nullable = types.includes("null") || schema.nullable === true;
    if (nullable && (state.lean || types.every((type) => type === "null"))) return null;
    for (const type of types.filter((entry) => entry !== "null")) {
      const value = this.#ofType(type, schema, next);
      if (value !== NONE && conforms(value, schema, this.#document, true, 0, false, state.at)) return value;
    }
    return nullable ? null : NONE;
  }

  #ref(schema: Record<string, unknown>, state: State): unknown {
    const ref = schema.$ref as string;
    const seen = state.refs.get(ref) ?? 0;
    if (seen >= MAX_REF_DEPTH) return NONE;
    const target = resolveRef(this.#document, ref);
    if (target === undefined) return NONE;
    const refs = new Map(state.refs).set(ref, seen + 1);
    const value = this.#value(target as JsonSchema, {
      ...state,
      refs,
      lean: state.lean || seen > 0,
      at: typePath(ref.slice(1)),
    });
    return value;
  }

  /**
   * allOf: the members merged into one object schema (properties and required joined), the value checked against each.
   */
  #allOf(schema: Record<string, unknown>, state: State): unknown {
    const merged: Record<string, unknown> = {
      ...schema,
      allOf: undefined,
      properties: { ...(isObject(schema.properties) ? schema.properties : {}) },
      required: [...(Array.isArray(schema.required) ? schema.required : [])],
    };
    delete merged.allOf;
    for (const member of schema.allOf as unknown[]) {
      let resolved = member;
      for (let hops = 0; isObject(resolved) && typeof resolved.$ref === "string" && hops < 16; hops++)
        resolved = resolveRef(this.#document, resolved.$ref);
      if (!isObject(resolved)) continue;
      if (Array.isArray(resolved.allOf)) resolved = flattenAllOf(resolved, this.#document);
      for (const [key, value] of Object.entries(resolved as Record<string, unknown>)) {
        if (key === "properties" && isObject(value)) {
          const properties = merged.properties as Record<string, unknown>;
          for (const [name, property] of Object.entries(value))
            properties[name] = Object.hasOwn(properties, name) ? { allOf: [properties[name], property] } : property;
        } else if (key === "required" && Array.isArray(value)) (merged.required as unknown[]).push(...value);
        else if (!Object.hasOwn(merged, key) || merged[key] === undefined) merged[key] = value;
      }
    }
    if (Object.keys(merged.properties as object).length > 0 && merged.type === undefined) merged.type = "object";
    let value = this.#value(merged, state);
    // The tag openapi-typescript's type sets here, if any.
    const tag = state.at === undefined ? undefined : typeTag(schema, this.#document, state.at);
    if (tag && isObject(value)) value = { ...value, [tag.propertyName]: tag.tags[0] };
    return value !== NONE && conforms(value, schema, this.#document, true, 0, false, state.at) ? value : NONE;
  }

  /** oneOf/anyOf: the first member whose value satisfies the whole schema, with the discriminator's tag set. */
  #choice(schema: Record<string, unknown>, choices: JsonSchema[], state: State): unknown {
    const tagged = discriminated(schema);
    // Members that lead back into a schema already being built come last, so recursion ends.
    const order = choices.map((choice, index) => ({
      choice,
      index,
      recursive: isObject(choice) && typeof choice.$ref === "string" && state.refs.has(choice.$ref),
    }));
    order.sort((a, b) => Number(a.recursive) - Number(b.recursive) || a.index - b.index);
    for (const { choice, index } of order) {
      const base: Record<string, unknown> = { ...schema, oneOf: undefined, anyOf: undefined, discriminator: undefined };
      delete base.oneOf;
      delete base.anyOf;
      delete base.discriminator;
      const rest = Object.keys(base).filter((key) => !ANNOTATIONS.has(key)).length > 0;
      // A member's type is made at its own path (the merge with the rest has none: the check below decides).
      const keyword = Array.isArray(schema.oneOf) ? "oneOf" : "anyOf";
      const at = rest || state.at === undefined ? undefined : `${state.at}/${keyword}/${index}`;
      let value = this.#value(rest ? { allOf: [base, choice] } : choice, { ...state, at });
      if (value === NONE) continue;
      if (tagged && isObject(value) && isObject(choice)) {
        const tag = [...tagged.targets].find(([, target]) => target === choice.$ref)?.[0];
        if (tag === undefined) continue;
        value = { ...value, [tagged.propertyName]: tag };
      }
      if (conforms(value, schema, this.#document, true, 0, false, state.at)) return value;
    }
    return NONE;
  }

  #ofType(type: string, schema: Record<string, unknown>, state: State): unknown {
    switch (type) {
      case "object":
        return this.#object(schema, state);
      case "array":
        return this.#array(schema, state);
      case "string":
        return stringFor(schema, state.random);
      case "integer":
      case "number":
        return numberFor(schema, type === "integer", state.random);
      case "boolean":
        return state.random() < 0.5;
      case "null":
        return null;
      default:
        return NONE;
    }
  }

  #object(schema: Record<string, unknown>, outer: State): unknown {
    const state: State = { ...outer, at: undefined };
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const value: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(properties)) {
      if (!required.has(name) && (state.lean || state.depth > MAX_DEPTH / 2)) continue;
      const built = this.#value(property as JsonSchema, state);
      if (built === NONE) {
        if (required.has(name)) return NONE;
        continue;
      }
      value[name] = built;
    }
    for (const name of required) {
      if (Object.hasOwn(value, name)) continue;
      const extra = isObject(schema.additionalProperties)
        ? schema.additionalProperties
        : schema.additionalProperties === false
          ? undefined
          : true;
      if (extra === undefined) return NONE;
      const built = this.#value(extra as JsonSchema, state);
      if (built === NONE) return NONE;
      value[name] = built;
    }
    const minProperties = typeof schema.minProperties === "number" ? schema.minProperties : 0;
    for (let index = Object.keys(value).length; index < minProperties; index++) {
      if (schema.additionalProperties === false) return NONE;
      const built = this.#value(
        (isObject(schema.additionalProperties) ? schema.additionalProperties : {}) as JsonSchema,
        state,
      );
      if (built === NONE) return NONE;
      value[`key${index + 1}`] = built;
    }
    return value;
  }

  #array(schema: Record<string, unknown>, outer: State): unknown {
    const state: State = { ...outer, at: undefined };
    const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems as JsonSchema[]) : [];
    const min = typeof schema.minItems === "number" ? schema.minItems : 0;
    const max = typeof schema.maxItems === "number" ? schema.maxItems : Infinity;
    const count = Math.min(max, Math.max(min, prefix.length, state.lean ? 0 : 1));
    const items: unknown[] = [];
    for (let index = 0; index < count; index++) {
      const item =
        index < prefix.length
          ? this.#value(prefix[index]!, state)
          : schema.items === false
            ? NONE
            : this.#value((schema.items ?? {}) as JsonSchema, state);
      if (item === NONE) return index >= min ? items : NONE;
      items.push(item);
    }
    return items;
  }
}

interface State {
  random: () => number;
  /** How often each `$ref` is open on the way here. */
  refs: Map<string, number>;
  depth: number;
  /** Inside a recursion: only what is required, empty arrays, null where allowed. */
  lean: boolean;
  /** The path of this schema's type, while it is the schema's pointer (see `conforms`). */
  at: string | undefined;
}

const NONE = Symbol("none");
const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "deprecated",
  "externalDocs",
  "xml",
  "readOnly",
  "writeOnly",
  "default",
  "$comment",
  "nullable",
]);

/**
 * The spec's examples on a media type or schema: `example`, then each entry of `examples` (3.1 array, or media type
 * map).
 */
function specExamples(node: unknown, document: Record<string, unknown> | undefined): unknown[] {
  if (!isObject(node)) return [];
  const found: unknown[] = [];
  if (Object.hasOwn(node, "example")) found.push(node.example);
  if (Array.isArray(node.examples)) found.push(...node.examples);
  else if (isObject(node.examples) && document) {
    for (const entry of Object.values(node.examples)) {
      const resolved = isObject(entry) && typeof entry.$ref === "string" ? resolveRef(document, entry.$ref) : entry;
      if (isObject(resolved) && Object.hasOwn(resolved, "value")) found.push(resolved.value);
    }
  }
  return found;
}

function flattenAllOf(schema: Record<string, unknown>, document: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...schema };
  delete result.allOf;
  const properties: Record<string, unknown> = { ...(isObject(schema.properties) ? schema.properties : {}) };
  const required: unknown[] = [...(Array.isArray(schema.required) ? schema.required : [])];
  for (const member of schema.allOf as unknown[]) {
    let resolved = member;
    for (let hops = 0; isObject(resolved) && typeof resolved.$ref === "string" && hops < 16; hops++)
      resolved = resolveRef(document, resolved.$ref);
    if (!isObject(resolved)) continue;
    if (isObject(resolved.properties))
      for (const [name, property] of Object.entries(resolved.properties))
        if (!Object.hasOwn(properties, name)) properties[name] = property;
    if (Array.isArray(resolved.required)) required.push(...resolved.required);
    if (result.type === undefined && resolved.type !== undefined) result.type = resolved.type;
  }
  return { ...result, properties, required };
}

function typesOf(schema: Record<string, unknown>): string[] {
  if (typeof schema.type === "string") return [schema.type];
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (isObject(schema.properties) || schema.additionalProperties !== undefined || schema.required !== undefined)
    return ["object"];
  if (schema.items !== undefined || schema.prefixItems !== undefined) return ["array"];
  if (schema.format !== undefined || schema.pattern !== undefined || schema.minLength !== undefined) return ["string"];
  if (schema.minimum !== undefined || schema.maximum !== undefined) return ["number"];
  return ["string"];
}

/** Strings by format; a pattern is met by trying a few candidates, never by emitting a value that fails it. */
const FORMATS: Record<string, (random: () => number) => string> = {
  "date-time": (random) =>
    `2024-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}T${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}:00Z`,
  date: (random) => `2024-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
  time: (random) => `${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}:00Z`,
  uuid: (random) => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  },
  email: () => "user@example.com",
  "idn-email": () => "user@example.com",
  uri: () => "https://example.com/resource",
  url: () => "https://example.com/resource",
  "uri-reference": () => "/resource",
  iri: () => "https://example.com/resource",
  hostname: () => "example.com",
  "idn-hostname": () => "example.com",
  ipv4: () => "192.0.2.1",
  ipv6: () => "2001:db8::1",
  byte: () => "ZXhhbXBsZQ==",
  duration: () => "P1D",
  "json-pointer": () => "/example",
  regex: () => "^example$",
};

function stringFor(schema: Record<string, unknown>, random: () => number): unknown {
  const format = typeof schema.format === "string" ? FORMATS[schema.format] : undefined;
  const base = format ? format(random) : `example-${Math.floor(random() * 1e6).toString(36)}`;
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  const fit = (text: string): string =>
    text.length < min ? text + "x".repeat(min - text.length) : [...text].slice(0, max).join("");
  const candidates = [
    base,
    "example",
    "a",
    "A",
    "0",
    "1",
    "abc",
    "ABC",
    "a1",
    "example.com",
    "12345",
    "2024-01-01",
  ].map(fit);
  if (typeof schema.pattern !== "string") return candidates[0];
  let pattern: RegExp;
  try {
    pattern = new RegExp(schema.pattern, "u");
  } catch {
    return NONE; // a pattern JavaScript cannot read cannot be checked, so no value is claimed to meet it
  }
  return (
    candidates.find((candidate) => pattern.test(candidate) && candidate.length >= min && candidate.length <= max) ??
    NONE
  );
}

function numberFor(schema: Record<string, unknown>, integer: boolean, random: () => number): unknown {
  const step =
    typeof schema.multipleOf === "number" && schema.multipleOf > 0 ? schema.multipleOf : integer ? 1 : undefined;
  let low = typeof schema.minimum === "number" ? schema.minimum : -Infinity;
  let high = typeof schema.maximum === "number" ? schema.maximum : Infinity;
  const tiny = step ?? 0.5;
  if (typeof schema.exclusiveMinimum === "number") low = Math.max(low, schema.exclusiveMinimum + tiny / 2);
  else if (schema.exclusiveMinimum === true) low += tiny / 2;
  if (typeof schema.exclusiveMaximum === "number") high = Math.min(high, schema.exclusiveMaximum - tiny / 2);
  else if (schema.exclusiveMaximum === true) high -= tiny / 2;
  const from = Number.isFinite(low) ? low : Number.isFinite(high) ? high - 100 : 1;
  const to = Number.isFinite(high) ? high : from + 100;
  if (from > to) return NONE;
  let value = from + random() * (to - from);
  if (step !== undefined) {
    value = Math.ceil(value / step) * step;
    if (value > to) value = Math.ceil(from / step) * step;
    if (integer && !Number.isInteger(value)) return NONE;
  } else value = Math.round(value * 100) / 100;
  if (integer) value = Math.round(value);
  return value >= low && value <= high ? value : NONE;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** mulberry32: a small seeded PRNG, the same on every engine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash;
}
