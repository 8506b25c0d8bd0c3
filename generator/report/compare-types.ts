// The change report's walk over two versions of a type: property by property, through arrays, unions, intersections
// (allOf) and index signatures; a change inside a named type is found once and named at every operation reaching it.
import ts from "typescript";
import type { Change } from "./compare-clients.js";

/** Which way values flow: into the API (what callers send) or out of it (what callers read). */
export type Side = "request" | "response";

/** Where the walk is: inside a named type (path relative to it) or, when `schema` is null, an operation's own type. */
export interface Where {
  operation: string | null;
  schema: string | null;
  path: string;
}

/** A change found inside a named type, placed once every operation that reaches the type is known. */
interface SchemaChange {
  severity: Change["severity"];
  kind: string;
  schema: string;
  side: Side;
  inSchema: string;
  tail: string;
}

/** How a named type was reached: from an operation's type, or from inside another named type, at a path. */
interface Reach {
  operation: string | null;
  schema: string | null;
  path: string;
}

const OPERATION_TYPE = /(Params|Body|Response|Error)$/;

/** Walks types of the old client (`before`) against the new one's, collecting changes. */
export class TypeWalker {
  readonly #checker: ts.TypeChecker;
  readonly #named: ReadonlySet<string>;
  readonly #changes: Change[];
  readonly #schemaChanges: SchemaChange[] = [];
  readonly #reach = new Map<string, Reach[]>();
  readonly #done = new Set<string>();
  readonly #reachedBy = new Map<string, Array<{ operation: string; path: string }>>();

  readonly #unchanged: ReadonlySet<string>;

  /**
   * `named`: the exported type names of the new client that are schemas (walked once, wherever they are used);
   * `unchanged`: those declared alike on both sides, down to every type they name (not walked: no change is in them).
   */
  constructor(
    checker: ts.TypeChecker,
    named: ReadonlySet<string>,
    changes: Change[],
    unchanged: ReadonlySet<string> = new Set(),
  ) {
    this.#checker = checker;
    this.#named = named;
    this.#changes = changes;
    this.#unchanged = unchanged;
  }

  /** Whether an operation's types reached the named type (on either side), so its changes were walked. */
  walked(name: string): boolean {
    return this.#done.has(`request|${name}`) || this.#done.has(`response|${name}`);
  }

  /** Compares two types at a place; `old` or `current` undefined compares an object with no properties. */
  compare(old: ts.Type | undefined, current: ts.Type | undefined, side: Side, at: Where): void {
    if (!old || !current) return this.#compareObjects(old, current, side, at);
    const named = this.#schemaName(current);
    if (named && this.#schemaName(old) === named) return this.#enterNamed(named, old, current, side, at);
    this.#compareStructure(old, current, side, at);
  }

  #compareStructure(old: ts.Type, current: ts.Type, side: Side, at: Where): void {
    if (isObjectLike(old) && isObjectLike(current)) return this.#compareObjects(old, current, side, at);
    const oldElement = arrayElement(this.#checker, old);
    const newElement = arrayElement(this.#checker, current);
    if (oldElement && newElement) return this.compare(oldElement, newElement, side, step(at, "[]"));
    if (this.#compareUnions(old, current, side, at)) return;
    const forward = this.#checker.isTypeAssignableTo(old, current);
    // An object whose properties are all optional admits a string (`Trip` ← `Record<string, unknown> & string`), but
    // code reading its fields off the new value gets `unknown`: an object that stops being one is never narrower.
    const unread = side === "response" && isObjectLike(old) && !isObjectLike(current) && !current.isUnion();
    const backward = !unread && this.#checker.isTypeAssignableTo(current, old);
    if (forward && backward) return;
    this.#compareLeaves(old, current, side, at, forward, backward);
  }

  /** Places the changes found inside named types: at the first operation reaching them, naming all of them. */
  finish(): void {
    for (const entry of this.#schemaChanges) {
      const reached = this.#operationsReaching(entry.side, entry.schema);
      const first = reached[0];
      const location = first ? joinPath(first.path, entry.inSchema) : entry.inSchema;
      const others = reached.slice(1).map((reach) => reach.operation);
      const also = others.length > 0 ? `; also reached from ${others.join(", ")}` : "";
      const message = `\`${location}\` (in ${entry.schema}${also}) ${entry.tail}`;
      this.#changes.push({
        severity: entry.severity,
        kind: entry.kind,
        operation: first?.operation ?? null,
        operations: reached.map((reach) => reach.operation!),
        schema: entry.schema,
        location: location || null,
        message,
      });
    }
    this.#schemaChanges.length = 0;
  }

  #schemaName(type: ts.Type): string | undefined {
    const name = namedType(type);
    return name && this.#named.has(name) && !OPERATION_TYPE.test(name) ? name : undefined;
  }

  #enterNamed(name: string, old: ts.Type, current: ts.Type, side: Side, at: Where): void {
    const key = `${side}|${name}`;
    const reaches = this.#reach.get(key) ?? [];
    reaches.push({ operation: at.operation, schema: at.schema, path: at.path });
    this.#reach.set(key, reaches);
    if (this.#done.has(key)) return;
    this.#done.add(key);
    if (this.#unchanged.has(name)) return;
    this.#compareStructure(old, current, side, { operation: null, schema: name, path: "" });
  }

  /**
   * The operations that reach a named type, directly or through other named types, each once: breadth first, so each
   * named type is visited once and an operation's path is its shortest.
   */
  #operationsReaching(side: Side, schema: string): Array<{ operation: string; path: string }> {
    const key = `${side}|${schema}`;
    const known = this.#reachedBy.get(key);
    if (known) return known;
    const found = new Map<string, string>();
    const visited = new Set<string>([schema]);
    let level: Array<[string, string]> = [[schema, ""]];
    while (level.length > 0) {
      const next: Array<[string, string]> = [];
      for (const [name, suffix] of level) {
        for (const reach of this.#reach.get(`${side}|${name}`) ?? []) {
          const path = joinPath(reach.path, suffix);
          if (reach.operation !== null) {
            if (!found.has(reach.operation)) found.set(reach.operation, path);
          } else if (reach.schema !== null && !visited.has(reach.schema)) {
            visited.add(reach.schema);
            next.push([reach.schema, path]);
          }
        }
      }
      level = next;
    }
    const reached = [...found].map(([operation, path]) => ({ operation, path }));
    this.#reachedBy.set(key, reached);
    return reached;
  }

  /**
   * Unions with the same members (`string | Customer | null` on both sides) are compared member by member, so that
   * a change inside `Customer` is reported once, there, not as a new type of every property that may hold one.
   */
  #compareUnions(old: ts.Type, current: ts.Type, side: Side, at: Where): boolean {
    if (!old.isUnion() && !current.isUnion()) return false;
    if (literalValues(this.#checker, old) && literalValues(this.#checker, current)) return false;
    const key = (member: ts.Type): string => namedType(member) ?? typeText(this.#checker, member);
    const members = (type: ts.Type): Map<string, ts.Type> =>
      new Map((type.isUnion() ? type.types : [type]).map((member) => [key(member), member]));
    const before = members(old);
    const after = members(current);
    if (before.size !== after.size) return false;
    const walkable = (previous: ts.Type, member: ts.Type): boolean =>
      (isObjectLike(previous) && isObjectLike(member)) ||
      (arrayElement(this.#checker, previous) !== undefined && arrayElement(this.#checker, member) !== undefined);
    let pairs: Array<[ts.Type, ts.Type]>;
    if ([...before.keys()].every((name) => after.has(name)))
      pairs = [...after].map(([name, member]) => [before.get(name)!, member]);
    else {
      // Anonymous members (a oneOf/anyOf of inline objects) print differently once one changes: pair them by position,
      // when every member that changed is an object or an array on both sides.
      const old = [...before.values()];
      pairs = [...after.values()].map((member, index) => [old[index]!, member]);
      if (pairs.some(([previous, member]) => key(previous) !== key(member) && !walkable(previous, member)))
        return false;
    }
    for (const [previous, member] of pairs) {
      if (!walkable(previous, member)) continue;
      const mark = [this.#changes.length, this.#schemaChanges.length] as const;
      this.compare(previous, member, side, at);
      if (side === "request") this.#softenMember(mark, previous, current, at);
    }
    return true;
  }

  /**
   * A member of a request union that changed in a way that breaks it alone may still take what callers sent for it:
   * when the old member's values fit the new union (another member accepts them, and every key they carry is one the
   * union, narrowed by its discriminants as TypeScript narrows it, still declares), old calls compile. The breaking
   * changes the member's walk found in this place are then one compatible change of the union.
   */
  #softenMember(mark: readonly [number, number], previous: ts.Type, union: ts.Type, at: Where): void {
    const [changes, schemaChanges] = mark;
    const own = (entry: { severity: Change["severity"] }): boolean => entry.severity === "breaking";
    const direct = this.#changes.slice(changes).filter(own);
    const inSchema = this.#schemaChanges
      .slice(schemaChanges)
      .filter((entry) => own(entry) && entry.schema === at.schema);
    if (direct.length + inSchema.length === 0) return;
    if (!this.#checker.isTypeAssignableTo(previous, union) || !this.#keysKnown(previous, [union], 0)) return;
    const found = [
      ...direct.map((entry) => entry.location),
      ...inSchema.map((entry) => joinPath(at.path, entry.inSchema)),
    ];
    const dropped = new Set<object>([...direct, ...inSchema]);
    const kept = <T extends object>(list: T[], from: number): void => {
      const rest = list.splice(from).filter((entry) => !dropped.has(entry));
      list.push(...rest);
    };
    kept(this.#changes, changes);
    kept(this.#schemaChanges, schemaChanges);
    this.#add(
      "request",
      "compatible",
      "request-union-member-changed",
      at,
      `has a member that changed (${found.map((where) => `\`${where}\``).join(", ")}), but what calls sent for it still fits the union: another member takes it.`,
    );
  }

  /**
   * Whether an object literal of `source` passes TypeScript's excess-property check against `targets` (the members of
   * a union, reduced by their discriminants as the checker's `findMatchingDiscriminantType` does), at every depth.
   */
  #keysKnown(source: ts.Type, targets: ts.Type[], depth: number): boolean {
    const checker = this.#checker;
    if (depth > 8) return true;
    const flat = (types: ts.Type[]): ts.Type[] => types.flatMap((type) => (type.isUnion() ? type.types : [type]));
    const candidates = flat(targets);
    for (const part of flat([source])) {
      const element = arrayElement(checker, part);
      if (element) {
        const elements = candidates.flatMap((type) => arrayElement(checker, type) ?? []);
        if (elements.length > 0 && !this.#keysKnown(element, elements, depth + 1)) return false;
        continue;
      }
      const objects = candidates.filter(isObjectLike);
      if (!isObjectLike(part) || objects.length === 0) continue;
      const reduced = this.#discriminate(part, objects);
      if (reduced.some((type) => checker.getIndexInfosOfType(type).length > 0)) continue;
      for (const property of checker.getPropertiesOfType(part)) {
        const holders = reduced.flatMap((type) => {
          const held = checker.getPropertyOfType(type, property.name);
          return held ? [checker.getTypeOfSymbol(held)] : [];
        });
        if (holders.length === 0 || !this.#keysKnown(checker.getTypeOfSymbol(property), holders, depth + 1))
          return false;
      }
    }
    return true;
  }

  /** The members a value of `source` is checked against: those its literal-typed properties select, when any does. */
  #discriminate(source: ts.Type, members: ts.Type[]): ts.Type[] {
    const checker = this.#checker;
    let kept = members;
    for (const property of checker.getPropertiesOfType(source)) {
      const types = members.map((member) => {
        const held = checker.getPropertyOfType(member, property.name);
        return held ? checker.getTypeOfSymbol(held) : undefined;
      });
      // A discriminant, as the checker's `isDiscriminantProperty` has it: a literal type, not the same in every member.
      const held = types.filter((type): type is ts.Type => type !== undefined);
      if (!held.some((type) => literalValues(checker, type)) || held.every((type) => type === held[0])) continue;
      const value = checker.getTypeOfSymbol(property);
      const matched = kept.filter((member) => {
        const type = types[members.indexOf(member)];
        return type !== undefined && checker.isTypeAssignableTo(value, type);
      });
      if (matched.length > 0) kept = matched;
    }
    return kept;
  }

  /**
   * Objects, intersections (allOf) included, are walked even when assignable both ways: an optional property removed
   * breaks code that reads it. Named members both sides share (`Booking & { links?: … }`) are walked as themselves.
   */
  #compareObjects(old: ts.Type | undefined, current: ts.Type | undefined, side: Side, at: Where): void {
    const checker = this.#checker;
    const oldParts = this.#namedParts(old);
    const newParts = this.#namedParts(current);
    const covered = new Set<string>();
    const coveredIndexes = new Set<string>();
    const common = [...newParts].filter(([name]) => oldParts.has(name));
    for (const [name, part] of common) {
      const previous = oldParts.get(name)!;
      for (const type of [previous, part]) {
        for (const property of checker.getPropertiesOfType(type)) covered.add(property.name);
        for (const info of checker.getIndexInfosOfType(type)) coveredIndexes.add(typeText(checker, info.keyType));
      }
      this.#enterNamed(name, previous, part, side, at);
    }
    // A property the other members declare too (`data` in `WrapperCollection & { data?: Station[] }`) is walked here,
    // as the intersection's property: its type is both.
    const shared = new Set(common.map(([name]) => name));
    for (const type of [old, current]) {
      for (const member of type?.isIntersection() ? type.types : []) {
        const name = this.#schemaName(member);
        if (name && shared.has(name)) continue;
        for (const property of checker.getPropertiesOfType(member)) covered.delete(property.name);
        for (const info of checker.getIndexInfosOfType(member)) coveredIndexes.delete(typeText(checker, info.keyType));
      }
    }
    const properties = (type: ts.Type | undefined): Map<string, ts.Symbol> =>
      new Map(
        (type ? checker.getPropertiesOfType(type) : []).filter((p) => !covered.has(p.name)).map((p) => [p.name, p]),
      );
    const oldProperties = properties(old);
    const newProperties = properties(current);
    for (const [name, property] of newProperties) {
      const where = step(at, name);
      const before = oldProperties.get(name);
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      if (!before) {
        if (side === "response") this.#add(side, "compatible", "response-property-added", where, "is new.");
        else if (optional)
          this.#add(side, "compatible", "request-property-added-optional", where, "is new and optional.");
        else
          this.#add(
            side,
            "breaking",
            "request-property-added-required",
            where,
            "is new and required: existing calls do not send it.",
          );
        continue;
      }
      const wasOptional = (before.flags & ts.SymbolFlags.Optional) !== 0;
      if (wasOptional && !optional) {
        if (side === "request")
          this.#add(side, "breaking", "request-property-became-required", where, "is now required.");
        else this.#add(side, "compatible", "response-property-became-required", where, "is now always present.");
      } else if (!wasOptional && optional) {
        if (side === "request")
          this.#add(side, "compatible", "request-property-became-optional", where, "is now optional.");
        else
          this.#add(
            side,
            "breaking",
            "response-property-became-optional",
            where,
            "may now be absent: code that reads it must handle undefined.",
          );
      }
      // An optional property's type includes undefined; its optionality is compared above.
      const strip = (type: ts.Type): ts.Type => (optional || wasOptional ? withoutUndefined(checker, type) : type);
      this.compare(strip(checker.getTypeOfSymbol(before)), strip(checker.getTypeOfSymbol(property)), side, where);
    }
    for (const [name] of oldProperties) {
      if (newProperties.has(name)) continue;
      const where = step(at, name);
      if (side === "response")
        this.#add(
          side,
          "breaking",
          "response-property-removed",
          where,
          "was removed: code that reads it no longer compiles.",
        );
      else
        this.#add(
          side,
          "breaking",
          "request-property-removed",
          where,
          "was removed: calls that send it no longer compile.",
        );
    }
    this.#compareIndexes(old, current, side, at, coveredIndexes);
  }

  /** Index signatures (`additionalProperties`, maps): removed, added, or their value type changed. */
  #compareIndexes(
    old: ts.Type | undefined,
    current: ts.Type | undefined,
    side: Side,
    at: Where,
    covered: ReadonlySet<string>,
  ): void {
    const checker = this.#checker;
    const indexes = (type: ts.Type | undefined): Map<string, ts.IndexInfo> =>
      new Map(
        (type ? checker.getIndexInfosOfType(type) : [])
          .map((info) => [typeText(checker, info.keyType), info])
          .filter(([key]) => !covered.has(key as string)) as Array<[string, ts.IndexInfo]>,
      );
    const before = indexes(old);
    const after = indexes(current);
    for (const [key, info] of after) {
      const where = step(at, key === "string" ? "[key]" : `[key: ${key}]`);
      const previous = before.get(key);
      if (previous) this.compare(previous.type, info.type, side, where);
      else
        this.#add(
          side,
          "compatible",
          "index-signature-added",
          where,
          side === "request" ? "is new: other keys may be sent." : "is new: other keys may be present.",
        );
    }
    for (const key of before.keys()) {
      if (after.has(key)) continue;
      const where = step(at, key === "string" ? "[key]" : `[key: ${key}]`);
      if (side === "request")
        this.#add(
          side,
          "breaking",
          "index-signature-removed",
          where,
          "was removed: calls that send other keys no longer compile.",
        );
      else
        this.#add(
          side,
          "breaking",
          "index-signature-removed",
          where,
          "was removed: code that reads other keys no longer compiles.",
        );
    }
  }

  /** The members of an intersection that are schemas of the new client, by name. */
  #namedParts(type: ts.Type | undefined): Map<string, ts.Type> {
    if (!type?.isIntersection()) return new Map();
    return new Map(
      type.types.flatMap((member) => {
        const name = this.#schemaName(member);
        return name ? [[name, member] as [string, ts.Type]] : [];
      }),
    );
  }

  #compareLeaves(old: ts.Type, current: ts.Type, side: Side, at: Where, forward: boolean, backward: boolean): void {
    const checker = this.#checker;
    const oldValues = literalValues(checker, old);
    const newValues = literalValues(checker, current);
    if (oldValues && newValues) {
      const added = [...newValues].filter((value) => !oldValues.has(value));
      const removed = [...oldValues].filter((value) => !newValues.has(value));
      if (added.length > 0) {
        if (side === "response")
          this.#add(
            side,
            "breaking",
            "enum-value-added",
            at,
            `may now be ${added.join(", ")}: exhaustive switches over it break.`,
          );
        else this.#add(side, "compatible", "enum-value-added", at, `also accepts ${added.join(", ")}.`);
      }
      if (removed.length > 0) {
        if (side === "request")
          this.#add(side, "breaking", "enum-value-removed", at, `no longer accepts ${removed.join(", ")}.`);
        else this.#add(side, "compatible", "enum-value-removed", at, `is never ${removed.join(", ")} any more.`);
      }
      // The same values: only null may differ, compared below.
      if (added.length > 0 || removed.length > 0) return;
    }
    const oldNull = hasNull(old);
    const newNull = hasNull(current);
    if (!oldNull && newNull && checker.isTypeAssignableTo(old, current)) {
      if (side === "response") this.#add(side, "breaking", "response-nullable-added", at, "may now be null.");
      else this.#add(side, "compatible", "request-nullable-added", at, "now accepts null.");
      return;
    }
    if (oldNull && !newNull && checker.isTypeAssignableTo(current, old)) {
      if (side === "request") this.#add(side, "breaking", "request-nullable-removed", at, "no longer accepts null.");
      else this.#add(side, "compatible", "response-nullable-removed", at, "is never null any more.");
      return;
    }
    const types = `${typeText(checker, old)} → ${typeText(checker, current)}`;
    if (side === "request") {
      if (forward) this.#add(side, "compatible", "request-type-widened", at, `accepts more than before (${types}).`);
      else
        this.#add(
          side,
          "breaking",
          "request-type-changed",
          at,
          `changed type (${types}): calls that send the old type no longer compile.`,
        );
    } else if (backward)
      this.#add(side, "compatible", "response-type-narrowed", at, `is narrower than before (${types}).`);
    else
      this.#add(
        side,
        "breaking",
        "response-type-changed",
        at,
        `changed type (${types}): code that reads it may no longer compile.`,
      );
  }

  #add(side: Side, severity: Change["severity"], kind: string, at: Where, tail: string): void {
    if (at.schema !== null) {
      // Found once per named type and side (the walk enters each once); placed by finish().
      this.#schemaChanges.push({ severity, kind, schema: at.schema, side, inSchema: at.path, tail });
      return;
    }
    this.#changes.push({
      severity,
      kind,
      operation: at.operation,
      operations: at.operation ? [at.operation] : [],
      schema: null,
      location: at.path || null,
      message: `\`${at.path}\` ${tail}`,
    });
  }
}

/** One step down from a place: a property, `[]` for an array's elements, `[key]` for an index signature's values. */
function step(at: Where, name: string): Where {
  return { ...at, path: joinPath(at.path, name) };
}

function joinPath(base: string, rest: string): string {
  if (!rest) return base;
  if (!base) return rest;
  return rest.startsWith("[") ? `${base}${rest}` : `${base}.${rest}`;
}

function namedType(type: ts.Type): string | undefined {
  return (
    type.aliasSymbol?.name ??
    (type.flags & ts.TypeFlags.Object && (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Interface
      ? type.symbol?.name
      : undefined)
  );
}

const OPAQUE = new Set([
  "Array",
  "ReadonlyArray",
  "Blob",
  "File",
  "Date",
  "ReadableStream",
  "ArrayBuffer",
  "Uint8Array",
]);

function isPlainObject(type: ts.Type): boolean {
  if (!(type.flags & ts.TypeFlags.Object)) return false;
  const flags = (type as ts.ObjectType).objectFlags;
  if (flags & ts.ObjectFlags.Reference && (type as ts.TypeReference).target.objectFlags & ts.ObjectFlags.Tuple)
    return false;
  return type.getCallSignatures().length === 0 && !isLibType(type);
}

/** A platform type (`Blob`, `Date`…) of the lib, compared as a whole; a client's own `File` (Stripe's) is walked. */
function isLibType(type: ts.Type): boolean {
  const declaration = type.symbol?.declarations?.[0];
  return (
    OPAQUE.has(type.symbol?.name ?? "") &&
    declaration !== undefined &&
    !/^\/(before|after)\//.test(declaration.getSourceFile().fileName)
  );
}

/** A plain object type, or an intersection of them (an allOf). */
function isObjectLike(type: ts.Type): boolean {
  return type.isIntersection() ? type.types.every(isObjectLike) : isPlainObject(type);
}

/** The element type of an array, or of an intersection of arrays (`Item[] & Station[]`, from allOf). */
function arrayElement(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  if (checker.isArrayType(type)) return checker.getTypeArguments(type as ts.TypeReference)[0];
  if (type.isIntersection() && type.types.every((member) => checker.isArrayType(member)))
    return checker.getIndexTypeOfType(type, ts.IndexKind.Number);
  return undefined;
}

/** An optional property's type without the `undefined` its `?` adds: `never` when nothing else is left. */
function withoutUndefined(checker: ts.TypeChecker, type: ts.Type): ts.Type {
  // `incompatible?: string & number` is `undefined` alone: callers can send nothing but undefined (or leave it out).
  if (type.flags & ts.TypeFlags.Undefined) return checker.getNeverType();
  if (!type.isUnion()) return type;
  const kept = type.types.filter((member) => !(member.flags & ts.TypeFlags.Undefined));
  return kept.length === type.types.length
    ? type
    : kept.length === 1
      ? kept[0]!
      : ((checker as unknown as { getUnionType(types: ts.Type[]): ts.Type }).getUnionType?.(kept) ?? type);
}

function hasNull(type: ts.Type): boolean {
  return type.isUnion()
    ? type.types.some((member) => (member.flags & ts.TypeFlags.Null) !== 0)
    : (type.flags & ts.TypeFlags.Null) !== 0;
}

/**
 * The type as the checker writes it, written once per type: union members (`string`, `null`) and index keys are
 * asked for again at every property that holds them, and writing a type costs the checker as much as a walk.
 */
function typeText(checker: ts.TypeChecker, type: ts.Type): string {
  let text = TYPE_TEXTS.get(type);
  if (text === undefined) TYPE_TEXTS.set(type, (text = checker.typeToString(type)));
  return text;
}

const TYPE_TEXTS = new WeakMap<ts.Type, string>();

/** The values of a union of literals (null and undefined aside), or undefined when it is not one. */
function literalValues(checker: ts.TypeChecker, type: ts.Type): Set<string> | undefined {
  const members = (type.isUnion() ? type.types : [type]).filter(
    (member) => !(member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)),
  );
  if (
    members.length === 0 ||
    !members.every((member) => member.isLiteral() || (member.flags & ts.TypeFlags.BooleanLiteral) !== 0)
  )
    return undefined;
  return new Set(members.map((member) => typeText(checker, member)));
}
