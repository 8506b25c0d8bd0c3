// Runtime validation: turns the schema table that validators.js holds (plain JSON data, never code) into check
// functions once, lazily, and gives each a Standard Schema v1 face with `parse` and `safeParse`. Imported only by
// validators.js, so a client that does not validate never loads it.
import type { ValidationHook } from "./client.js";
import { ApiError, type ApiErrorInit } from "./errors.js";

/**
 * A schema as the generator normalized it: JSON Schema keywords with OpenAPI 3.0's forms already turned into 3.1's
 * (`nullable` into a `null` type, boolean exclusive bounds into numbers), `$ref` as an index into the table,
 * `const` folded into `enum`, and patterns that do not compile left out.
 */
export type SchemaNode = boolean | SchemaObject;

/** The keywords a normalized schema may hold. */
export interface SchemaObject {
  $ref?: number;
  type?: string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: SchemaNode;
  patternProperties?: Record<string, SchemaNode>;
  propertyNames?: SchemaNode;
  minProperties?: number;
  maxProperties?: number;
  dependentRequired?: Record<string, string[]>;
  items?: SchemaNode;
  prefixItems?: SchemaNode[];
  contains?: SchemaNode;
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
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  not?: SchemaNode;
  if?: SchemaNode;
  then?: SchemaNode;
  else?: SchemaNode;
  /** The property whose value names the one `oneOf`/`anyOf` member (`mapping`) a value is checked against. */
  discriminator?: { propertyName: string; mapping: Record<string, SchemaNode> };
}

/** One problem found: where (a path of keys and indexes) and what was expected against what was found. */
export interface Issue {
  readonly message: string;
  readonly path: ReadonlyArray<string | number>;
}

/** The result of `safeParse`. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; issues: Issue[] };

/** The Standard Schema v1 interface (https://standardschema.dev), as validators implement it. */
export interface StandardSchemaV1Props<Input, Output> {
  readonly version: 1;
  readonly vendor: string;
  readonly validate: (value: unknown) => { value: Output; issues?: undefined } | { issues: ReadonlyArray<Issue> };
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/** A validator of one schema: Standard Schema v1, plus `parse` (throws) and `safeParse`. */
export interface Validator<T> {
  readonly "~standard": StandardSchemaV1Props<T, T>;
  /** Whether `value` matches, without building any issue. */
  is(value: unknown): value is T;
  /** `value` when it matches; throws a ValidationError listing the issues otherwise. */
  parse(value: unknown): T;
  safeParse(value: unknown): SafeParseResult<T>;
}

/** What `parse` throws. */
export class ValidationError extends Error {
  declare readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(describeIssues(issues));
    this.issues = issues;
  }
}

/** A response that does not match the spec, or a request refused before sending: the issues, and what was sent or read. */
export class ApiValidationError<TBody = unknown> extends ApiError<TBody> {
  declare readonly issues: Issue[];
  constructor(message: string, issues: Issue[], init: ApiErrorInit<TBody>) {
    super(`${message}: ${describeIssues(issues)}`, init);
    this.issues = issues;
  }
}

ValidationError.prototype.name = "ValidationError";
ApiValidationError.prototype.name = "ApiValidationError";

/** The issues on one line each: `path: message`, at most five, then how many more. */
export function describeIssues(issues: readonly Issue[]): string {
  const lines = issues.slice(0, 5).map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${issue.message}`);
  if (issues.length > 5) lines.push(`…and ${issues.length - 5} more`);
  return lines.join("; ");
}

/** A check: whether `value` matches; when `issues` is given, what does not is added to it (at `path`). */
export type Check = (value: unknown, path: Array<string | number>, issues: Issue[] | undefined) => boolean;

/** The checks of one table: of entry `i` (`at`), or of any node whose references point into the table (`of`). */
export function compileTable(table: readonly SchemaNode[]): { at(index: number): Check; of(node: SchemaNode): Check } {
  const compiled: Array<Check | undefined> = [];
  // An entry is compiled on its first use, so recursive schemas and large tables cost nothing up front.
  const ref = (index: number): Check => {
    let target: Check | undefined;
    return (value, path, issues) => (target ??= compiled[index] ??= compile(table[index]!, ref))(value, path, issues);
  };
  return { at: ref, of: (node) => compile(node, ref) };
}

/** Makes the validators of one table; `validatorAt(i)` gives the validator of entry `i`. */
export function createValidators(table: readonly SchemaNode[], vendor: string): <T>(index: number) => Validator<T> {
  const { at } = compileTable(table);
  return <T>(index: number): Validator<T> => validator<T>(at(index), vendor);
}

/** The Standard Schema v1 face, `is`, `parse` and `safeParse` of one check (a function of validators.js). */
export function validator<T>(check: (value: unknown, path: Array<string | number>, issues: Issue[] | undefined) => boolean, vendor: string): Validator<T> {
  const safeParse = (value: unknown): SafeParseResult<T> => {
    if (check(value, [], undefined)) return { success: true, data: value as T };
    const issues: Issue[] = [];
    check(value, [], issues);
    return { success: false, issues };
  };
  return {
    "~standard": {
      version: 1,
      vendor,
      validate: (value) => {
        const result = safeParse(value);
        return result.success ? { value: result.data } : { issues: result.issues };
      },
    },
    is: (value): value is T => check(value, [], undefined),
    parse: (value) => {
      const result = safeParse(value);
      if (!result.success) throw new ValidationError(result.issues);
      return result.data;
    },
    safeParse,
  };
}

/** `data` (names over names… over table indexes, as validators.js lists them) with each index made a validator. */
export function validatorsByIndex<V>(data: unknown, validatorAt: (index: number) => V): never {
  const map = (value: unknown): unknown => {
    if (typeof value === "number") return validatorAt(value);
    if (value === null || typeof value !== "object") return value;
    // `defineProperty`: a key `__proto__` (an operation or a status can be named anything) stays a plain key.
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) Object.defineProperty(result, key, { value: map(child), enumerable: true, writable: true, configurable: true });
    return result;
  };
  return map(data) as never;
}

// The helpers the checks of validators.js call: each a small exported function, so a bundle keeps only those its
// checks use. A check is `(value, path, issues)`: without `issues` it answers at the first mismatch, with them it
// reports every mismatch at its path.

/** Adds the issue `message` at `path` (then `key`, when given); false, so that a check can write `ok = addIssue(…)`. */
export function addIssue(issues: Issue[], message: string, path: ReadonlyArray<string | number>, key?: string | number): false {
  issues.push({ message, path: key === undefined ? [...path] : [...path, key] });
  return false;
}

/** Reports a value that is not of the `expected` type (`string or null`); false. */
export function typeIssue(issues: Issue[], expected: string, value: unknown, path: ReadonlyArray<string | number>, key?: string | number): false {
  return addIssue(issues, `expected ${expected}, found ${kindOf(value)}`, path, key);
}

/** Whether `value` is a multiple of `step`, a decimal step meant in decimal (0.3 is a multiple of 0.1). */
export function isMultipleOf(value: number, step: number): boolean {
  const quotient = value / step;
  return Math.abs(quotient - Math.round(quotient)) <= 1e-9 * Math.max(1, Math.abs(quotient));
}

/** The message for the first two equal items of `items`; undefined when all are unique. */
export function duplicateItems(items: readonly unknown[]): string | undefined {
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (jsonEqual(items[i], items[j])) return `expected unique items, found items ${j} and ${i} equal`;
  }
  return undefined;
}

/** The discriminator tag of `value`: its `property` when `value` is an object and that is a string. */
export function tagOf(value: unknown, property: string): string | undefined {
  if (!isObject(value)) return undefined;
  const tag = value[property];
  return typeof tag === "string" ? tag : undefined;
}

/** A generated check, as `anyOf`/`oneOf` list them. */
export type MemberCheck = (value: unknown, path: Array<string | number>, issues: Issue[] | undefined) => boolean;

/** How many of `members` `value` matches, counting no further than `limit`. */
function countMatches(members: readonly MemberCheck[], value: unknown, limit: number): number {
  let matches = 0;
  for (let i = 0; i < members.length; i++) if (members[i]!(value, [], undefined) && ++matches > limit) break;
  return matches;
}

/** Whether `value` matches at least one of `members`. */
export function matchesAny(members: readonly MemberCheck[], value: unknown): boolean {
  return countMatches(members, value, 0) > 0;
}

/** Whether `value` matches exactly one of `members`. */
export function matchesOne(members: readonly MemberCheck[], value: unknown): boolean {
  return countMatches(members, value, 1) === 1;
}

/** Reports a value that matches none of `members` (`anyOf`), or not exactly one (`oneOf`); false. */
export function membersIssue(issues: Issue[], members: readonly MemberCheck[], exactlyOne: boolean, value: unknown, path: Array<string | number>): false {
  const matches = countMatches(members, value, exactlyOne ? 1 : 0);
  if (matches > 0) return addIssue(issues, `expected a value matching exactly one of ${members.length} schemas, found one matching ${matches}`, path);
  // The member that fails on the fewest points says best what was meant.
  const reports = members.map((member) => {
    const found: Issue[] = [];
    member(value, path, found);
    return found;
  });
  const best = reports.reduce((a, b) => (b.length < a.length ? b : a));
  if (members.length === 1) issues.push(...best);
  else issues.push({ message: `expected a value matching ${exactlyOne ? "exactly one" : "any"} of ${members.length} schemas, found ${kindOf(value)} matching none; closest: ${describeIssues(best)}`, path: [...path] });
  return false;
}

/** Which calls a client checks: the arguments before sending, the 2xx JSON body before resolving. */
export interface ValidateOptions {
  requests?: boolean;
  responses?: boolean;
}

/** Anything with a synchronous Standard Schema v1 `validate`: our validators, and zod's schemas. */
export interface StandardValidator {
  readonly "~standard": {
    readonly validate: (value: unknown) => { issues?: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined }> | undefined } | PromiseLike<unknown>;
  };
}

/** An operation's validators, as validators.js lists them. */
export interface OperationValidators {
  readonly params?: StandardValidator;
  readonly body?: StandardValidator;
  readonly responses: { readonly [status: string]: StandardValidator };
}

/** The issues of a Standard Schema validation, in our form; none when the value matches. */
function issuesOf(validator: StandardValidator, value: unknown, prefix: ReadonlyArray<string | number>): Issue[] {
  const result = validator["~standard"].validate(value);
  if ("then" in result) throw new TypeError("validators must validate synchronously");
  return (result.issues ?? []).map((issue) => ({
    message: issue.message,
    path: [...prefix, ...(issue.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment)).map((key) => (/^\d+$/.test(key) ? Number(key) : key))],
  }));
}

/**
 * The client's `validation` hook over the operations' validators: checks a call's arguments (throwing an
 * ApiValidationError before anything is sent) and gives the check of its response. Both on unless `defaults` or the
 * call's own `validate` turn one off.
 */
export function validation(operations: { readonly [id: string]: OperationValidators }, defaults?: ValidateOptions): ValidationHook {
  return (operation, args, options) => {
    const validators = Object.hasOwn(operations, operation.id) ? operations[operation.id] : undefined;
    const wanted = { requests: true, responses: true, ...defaults, ...options.validate };
    if (!validators) return undefined;
    const { method, path } = operation;
    if (wanted.requests) {
      const { body, contentType, ...params } = args;
      const issues = validators.params ? issuesOf(validators.params, params, []) : [];
      // Only a JSON body has a validator; another media type chosen for the call is sent as given.
      if (validators.body && body !== undefined && (contentType === undefined || /[/+]json\b/i.test(contentType))) issues.push(...issuesOf(validators.body, body, ["body"]));
      if (issues.length > 0) throw new ApiValidationError(`${method} ${path} was not sent: its arguments do not match the spec`, issues, { method, url: path, body: args });
    }
    if (!wanted.responses) return undefined;
    return ({ data, response }, init) => {
      const { status } = response;
      const { responses } = validators;
      const validator = responses[status] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
      if (!validator || data === undefined) return;
      const issues = issuesOf(validator, data, []);
      if (issues.length > 0) {
        throw new ApiValidationError(`${init.method} ${init.url} returned status ${status} with a body that does not match the spec`, issues, { ...init, status, headers: response.headers, body: data });
      }
    };
  };
}

function fail(issues: Issue[] | undefined, path: ReadonlyArray<string | number>, message: string): false {
  issues?.push({ message, path: [...path] });
  return false;
}

/** What a value is, in the words of JSON Schema types. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : Number.isFinite(value) ? "number" : String(value);
  return typeof value;
}

/** A value as a message shows it: short JSON. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const TYPE_TESTS: Record<string, (value: unknown) => boolean> = {
  null: (value) => value === null,
  object: (value) => typeof value === "object" && value !== null && !Array.isArray(value),
  array: (value) => Array.isArray(value),
  string: (value) => typeof value === "string",
  boolean: (value) => typeof value === "boolean",
  number: (value) => typeof value === "number" && Number.isFinite(value),
  integer: (value) => Number.isInteger(value),
};

/** The test of a `type` list: one function, however many types (an unknown type name matches nothing). */
function typeTest(types: readonly string[]): (value: unknown) => boolean {
  const tests = types.map((type) => (Object.hasOwn(TYPE_TESTS, type) ? TYPE_TESTS[type]! : () => false));
  if (tests.length === 1) return tests[0]!;
  if (tests.length === 2) {
    const [a, b] = tests as [(value: unknown) => boolean, (value: unknown) => boolean];
    return (value) => a(value) || b(value);
  }
  return (value) => tests.some((test) => test(value));
}

/** The length of a string in code points, as JSON Schema counts characters. */
export function stringLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** JSON equality: same type, same members, objects regardless of key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => jsonEqual(item, (b as unknown[])[i]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Compiles one node into a check; `ref` gives the (lazy) check of a table entry. */
function compile(node: SchemaNode, ref: (index: number) => Check): Check {
  const general = compileGeneral(node, ref);
  // The most common schema of real APIs, a string with a length limit (nullable or not), answered in one step when
  // the value plainly matches; anything else goes the general way.
  if (typeof node === "object" && node.type && node.type.every((type) => type === "string" || type === "null") && Object.keys(node).every((key) => key === "type" || key === "minLength" || key === "maxLength")) {
    const nullable = node.type.includes("null");
    const stringy = node.type.includes("string");
    const min = 2 * (node.minLength ?? 0);
    const max = node.maxLength ?? Infinity;
    return (value, path, issues) => (typeof value === "string" ? stringy && value.length >= min && value.length <= max : value === null && nullable) || general(value, path, issues);
  }
  return general;
}

function compileGeneral(node: SchemaNode, ref: (index: number) => Check): Check {
  if (node === true) return () => true;
  if (node === false) return (value, path, issues) => fail(issues, path, `expected nothing here, found ${kindOf(value)}`);
  const checks: Check[] = [];
  const sub = (child: SchemaNode): Check => compile(child, ref);
  if (node.$ref !== undefined) checks.push(ref(node.$ref));
  const { type } = node;
  if (type) {
    const expected = type.join(" or ");
    const test = typeTest(type);
    checks.push((value, path, issues) => test(value) || fail(issues, path, `expected ${expected}, found ${kindOf(value)}`));
  }
  if (node.enum) {
    const values = node.enum;
    const allowed = values.map(show).join(", ");
    // Strings, numbers, booleans and null are equal when identical: a Set answers for them.
    const primitives = new Set(values.filter((candidate) => candidate === null || typeof candidate !== "object"));
    const objects = values.filter((candidate) => candidate !== null && typeof candidate === "object");
    const allowedValue = (value: unknown): boolean => (value !== null && typeof value === "object" ? objects.some((candidate) => jsonEqual(candidate, value)) : primitives.has(value));
    checks.push((value, path, issues) => allowedValue(value) || fail(issues, path, `expected ${values.length === 1 ? allowed : `one of ${allowed}`}, found ${show(value)}`));
  }
  checks.push(...numberChecks(node), ...stringChecks(node), ...arrayChecks(node, sub), ...objectChecks(node, sub));
  checks.push(...combinatorChecks(node, sub));
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  if (checks.length === 2) {
    const [first, second] = checks as [Check, Check];
    return (value, path, issues) => {
      if (!issues) return first(value, path, undefined) && second(value, path, undefined);
      // Both run, so that every issue is reported.
      const firstValid = first(value, path, issues);
      return second(value, path, issues) && firstValid;
    };
  }
  const count = checks.length;
  return (value, path, issues) => {
    let valid = true;
    for (let i = 0; i < count; i++) {
      if (checks[i]!(value, path, issues)) continue;
      valid = false;
      if (!issues) return false;
    }
    return valid;
  };
}

function numberChecks(node: SchemaObject): Check[] {
  const checks: Check[] = [];
  const bound = (limit: number | undefined, holds: (value: number, limit: number) => boolean, words: string): void => {
    if (limit === undefined) return;
    checks.push((value, path, issues) => typeof value !== "number" || holds(value, limit) || fail(issues, path, `expected a number ${words} ${limit}, found ${value}`));
  };
  bound(node.minimum, (v, l) => v >= l, ">=");
  bound(node.maximum, (v, l) => v <= l, "<=");
  bound(node.exclusiveMinimum, (v, l) => v > l, ">");
  bound(node.exclusiveMaximum, (v, l) => v < l, "<");
  const { multipleOf } = node;
  if (multipleOf !== undefined) {
    checks.push((value, path, issues) => {
      if (typeof value !== "number") return true;
      // A decimal step (0.01) is meant in decimal: 0.3 is a multiple of 0.1 although 0.3 / 0.1 is 2.9999999999999996.
      const quotient = value / multipleOf;
      return Math.abs(quotient - Math.round(quotient)) <= 1e-9 * Math.max(1, Math.abs(quotient)) || fail(issues, path, `expected a multiple of ${multipleOf}, found ${value}`);
    });
  }
  if (node.format === "int32" || node.format === "int64") {
    const max = node.format === "int32" ? 2 ** 31 - 1 : Number.MAX_VALUE;
    checks.push((value, path, issues) => typeof value !== "number" || (Number.isInteger(value) && value <= max && value >= -max - 1) || fail(issues, path, `expected an ${node.format}, found ${value}`));
  }
  return checks;
}

function stringChecks(node: SchemaObject): Check[] {
  const checks: Check[] = [];
  const { minLength, maxLength, pattern, format } = node;
  // A string has at most as many code points as UTF-16 units, and at least half as many: most need no counting.
  if (minLength !== undefined) checks.push((value, path, issues) => typeof value !== "string" || value.length >= 2 * minLength || (value.length >= minLength && stringLength(value) >= minLength) || fail(issues, path, `expected at least ${minLength} characters, found ${stringLength(value)}`));
  if (maxLength !== undefined) checks.push((value, path, issues) => typeof value !== "string" || value.length <= maxLength || stringLength(value) <= maxLength || fail(issues, path, `expected at most ${maxLength} characters, found ${stringLength(value)}`));
  if (pattern !== undefined) {
    let regex: RegExp | undefined;
    checks.push((value, path, issues) => typeof value !== "string" || (regex ??= new RegExp(pattern, "u")).test(value) || fail(issues, path, `expected a string matching ${show(pattern)}, found ${show(value)}`));
  }
  const test = format !== undefined && Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  if (test) checks.push((value, path, issues) => typeof value !== "string" || test(value) || fail(issues, path, `expected a ${format}, found ${show(value)}`));
  return checks;
}

function arrayChecks(node: SchemaObject, sub: (child: SchemaNode) => Check): Check[] {
  const checks: Check[] = [];
  const { minItems, maxItems, uniqueItems, minContains = 1, maxContains } = node;
  if (minItems !== undefined) checks.push((value, path, issues) => !Array.isArray(value) || value.length >= minItems || fail(issues, path, `expected at least ${minItems} items, found ${value.length}`));
  if (maxItems !== undefined) checks.push((value, path, issues) => !Array.isArray(value) || value.length <= maxItems || fail(issues, path, `expected at most ${maxItems} items, found ${value.length}`));
  if (uniqueItems) {
    checks.push((value, path, issues) => {
      if (!Array.isArray(value)) return true;
      for (let i = 1; i < value.length; i++) {
        for (let j = 0; j < i; j++) if (jsonEqual(value[i], value[j])) return fail(issues, path, `expected unique items, found items ${j} and ${i} equal`);
      }
      return true;
    });
  }
  const prefix = node.prefixItems?.map(sub) ?? [];
  const items = node.items === undefined ? undefined : sub(node.items);
  if (prefix.length > 0 || items) {
    checks.push((value, path, issues) => {
      if (!Array.isArray(value)) return true;
      let valid = true;
      for (let i = 0; i < value.length; i++) {
        const check = i < prefix.length ? prefix[i] : items;
        if (!check) break;
        if (!issues) {
          if (!check(value[i], path, undefined)) return false;
          continue;
        }
        path.push(i);
        if (!check(value[i], path, issues)) valid = false;
        path.pop();
      }
      return valid;
    });
  }
  if (node.contains !== undefined) {
    const contains = sub(node.contains);
    checks.push((value, path, issues) => {
      if (!Array.isArray(value)) return true;
      const count = value.filter((item) => contains(item, path, undefined)).length;
      return (count >= minContains && (maxContains === undefined || count <= maxContains)) || fail(issues, path, `expected ${maxContains === undefined ? `at least ${minContains}` : `${minContains} to ${maxContains}`} items to match "contains", found ${count}`);
    });
  }
  return checks;
}

function objectChecks(node: SchemaObject, sub: (child: SchemaNode) => Check): Check[] {
  const checks: Check[] = [];
  const { required, minProperties, maxProperties, dependentRequired } = node;
  if (required) {
    checks.push((value, path, issues) => {
      if (!isObject(value)) return true;
      let valid = true;
      for (const key of required) {
        if (Object.hasOwn(value, key)) continue;
        valid = false;
        if (!issues) return false;
        issues.push({ message: "expected a value, found none (required)", path: [...path, key] });
      }
      return valid;
    });
  }
  if (minProperties !== undefined) checks.push((value, path, issues) => !isObject(value) || Object.keys(value).length >= minProperties || fail(issues, path, `expected at least ${minProperties} properties, found ${Object.keys(value).length}`));
  if (maxProperties !== undefined) checks.push((value, path, issues) => !isObject(value) || Object.keys(value).length <= maxProperties || fail(issues, path, `expected at most ${maxProperties} properties, found ${Object.keys(value).length}`));
  if (dependentRequired) {
    checks.push((value, path, issues) => {
      if (!isObject(value)) return true;
      let valid = true;
      for (const [key, needed] of Object.entries(dependentRequired)) {
        if (!Object.hasOwn(value, key)) continue;
        for (const other of needed) if (!Object.hasOwn(value, other)) valid = fail(issues, [...path, other], `expected a value, found none (required with ${show(key)})`);
      }
      return valid;
    });
  }
  const properties = new Map(Object.entries(node.properties ?? {}).map(([key, child]) => [key, sub(child)]));
  const patterns = Object.entries(node.patternProperties ?? {}).map(([pattern, child]) => [new RegExp(pattern, "u"), sub(child)] as const);
  const additional = node.additionalProperties === undefined || node.additionalProperties === true ? undefined : sub(node.additionalProperties);
  const names = node.propertyNames === undefined ? undefined : sub(node.propertyNames);
  if (properties.size > 0 && patterns.length === 0 && !additional && !names) {
    // Only the declared properties are looked at: go through them, not through the value's keys.
    // A key that names an Object.prototype member (`constructor`) is read only as an own property.
    const keys = [...properties.keys()];
    const keyChecks = [...properties.values()];
    const inheritedKeys = keys.map((key) => key in Object.prototype);
    const count = keys.length;
    checks.push((value, path, issues) => {
      if (!isObject(value)) return true;
      let valid = true;
      for (let i = 0; i < count; i++) {
        const key = keys[i]!;
        const check = keyChecks[i]!;
        const inherited = inheritedKeys[i];
        const item = value[key];
        if ((item === undefined || inherited) && !Object.hasOwn(value, key)) continue;
        if (!issues) {
          if (!check(item, path, undefined)) return false;
          continue;
        }
        path.push(key);
        if (!check(item, path, issues)) valid = false;
        path.pop();
      }
      return valid;
    });
  } else if (properties.size > 0 || patterns.length > 0 || additional || names) {
    checks.push((value, path, issues) => {
      if (!isObject(value)) return true;
      let valid = true;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        path.push(key);
        const item = value[key];
        const own = properties.get(key);
        let ok = own ? own(item, path, issues) : true;
        let matched = own !== undefined;
        for (const [regex, check] of patterns) {
          if (!regex.test(key)) continue;
          matched = true;
          if (!check(item, path, issues)) ok = false;
        }
        if (!matched && additional && !additional(item, path, undefined)) {
          ok = false;
          if (issues) {
            if (node.additionalProperties === false) issues.push({ message: "expected no such property, found one (additionalProperties is false)", path: [...path] });
            else additional(item, path, issues);
          }
        }
        if (names && !names(key, path, undefined)) ok = fail(issues, path, `expected a property name matching "propertyNames", found ${show(key)}`);
        path.pop();
        if (!ok) {
          valid = false;
          if (!issues) return false;
        }
      }
      return valid;
    });
  }
  return checks;
}

function combinatorChecks(node: SchemaObject, sub: (child: SchemaNode) => Check): Check[] {
  const checks: Check[] = [];
  for (const member of node.allOf ?? []) checks.push(sub(member));
  const { discriminator } = node;
  const mapped = discriminator && new Map(Object.entries(discriminator.mapping).map(([tag, target]) => [tag, sub(target)]));
  // The discriminator names the member to check against; a value whose tag names none falls back to the plain rule.
  const chosen = (value: unknown): Check | undefined => {
    if (!mapped || !isObject(value)) return undefined;
    const tag = value[discriminator!.propertyName];
    return typeof tag === "string" ? mapped.get(tag) : undefined;
  };
  for (const [list, exactlyOne] of [[node.anyOf, false], [node.oneOf, true]] as const) {
    if (!list) continue;
    const members = list.map(sub);
    checks.push((value, path, issues) => {
      const pick = mapped && chosen(value);
      if (pick) return pick(value, path, issues);
      const matches = countMatches(members, value, exactlyOne ? 1 : 0);
      if (exactlyOne ? matches === 1 : matches > 0) return true;
      return issues ? membersIssue(issues, members, exactlyOne, value, path) : false;
    });
  }
  if (node.not !== undefined) {
    const not = sub(node.not);
    checks.push((value, path, issues) => !not(value, path, undefined) || fail(issues, path, `expected a value not matching "not", found ${show(value)}`));
  }
  if (node.if !== undefined) {
    const condition = sub(node.if);
    const then = node.then === undefined ? undefined : sub(node.then);
    const otherwise = node.else === undefined ? undefined : sub(node.else);
    checks.push((value, path, issues) => {
      const branch = condition(value, path, undefined) ? then : otherwise;
      return branch ? branch(value, path, issues) : true;
    });
  }
  return checks;
}

const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|([+-])(\d\d):(\d\d))$/i;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RFC 3339 `full-date`. */
export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && !leap ? 28 : DAYS[month]!);
}

/** RFC 3339 `full-time`: an offset is required; a leap second only at 23:59:60 UTC. */
export function isTime(text: string): boolean {
  const match = TIME.exec(text);
  if (!match) return false;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const sign = match[6] === "-" ? -1 : 1;
  const [offsetHour, offsetMinute] = [Number(match[7] ?? 0), Number(match[8] ?? 0)];
  if (offsetHour > 23 || offsetMinute > 59 || hour > 23 || minute > 59 || second > 60) return false;
  if (second < 60) return true;
  const utc = (((hour * 60 + minute - sign * (offsetHour * 60 + offsetMinute)) % 1440) + 1440) % 1440;
  return utc === 1439;
}

/** RFC 3339 `date-time`. */
export function isDateTime(text: string): boolean {
  const at = text.search(/[Tt ]/);
  return at === 10 && isDate(text.slice(0, at)) && isTime(text.slice(at + 1));
}

/** An email address: a dot-atom local part, and a host name. */
export function isEmail(text: string): boolean {
  return /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(text);
}

/** A UUID in its string form. */
export function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(text);
}

/** A scheme, then characters a URI may hold (RFC 3986), percent escapes well-formed. */
export function isUri(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:(?:[\w\-.~!$&'()*+,;=:@/?#[\]]|%[0-9a-f]{2})*$/i.test(text);
}

/** A dotted-quad IPv4 address. */
export function isIpv4(text: string): boolean {
  return /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(text);
}

/** An IPv6 address, as the URL parser reads one. */
export function isIpv6(text: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(":")) return false;
  try {
    return new URL(`http://[${text}]/`).hostname.length > 2;
  } catch {
    return false; // the URL parser refuses exactly the texts that are not IPv6 addresses
  }
}

/** Base64 (`format: byte`). */
export function isByte(text: string): boolean {
  return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text);
}

/** The formats checked; any other format passes (OpenAPI lets a spec name formats of its own). */
const FORMATS: Record<string, (text: string) => boolean> = {
  date: isDate,
  time: isTime,
  "date-time": isDateTime,
  email: isEmail,
  uuid: isUuid,
  uri: isUri,
  ipv4: isIpv4,
  ipv6: isIpv6,
  byte: isByte,
};
