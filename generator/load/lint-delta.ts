// Watch mode's validation after an edit: only what changed since the last valid version of the document is linted
// again. The lint checks two things (lint.mjs): every `$ref` resolves, and operationIds are unique. An edit that
// keeps every path, webhook and component name, and changes no path item, cannot break either outside the entries it
// changed; those entries are linted in a copy of the document that holds them, and an empty stand-in for each entry
// they name (a reference to an entry still resolves). Anything else is linted whole, as on a first run.
import { getAtSegments, pointerSegments, toPointer } from "../common/json-pointer.js";
import { isObject, walkJson } from "../common/walk.js";
import type { RefHolder } from "./repair-refs.js";

/** The document cut into entries (each path item, each component, each other top-level field), as JSON text. */
export type DocumentEntries = Map<string, string>;

/** Top-level fields whose members are entries of their own; `components` has one more level, its kinds. */
const COLLECTIONS = new Set(["paths", "webhooks"]);
/** Components that hold operations, whose operationIds must stay unique across the whole document. */
const WITH_OPERATIONS = new Set(["callbacks", "pathItems"]);

/** Cuts a document into its entries, keyed by JSON pointer. */
export function documentEntries(document: Record<string, unknown>): DocumentEntries {
  const entries: DocumentEntries = new Map();
  for (const [key, value] of Object.entries(document)) {
    if (COLLECTIONS.has(key) && isObject(value)) {
      for (const [name, member] of Object.entries(value)) entries.set(toPointer([key, name]), JSON.stringify(member));
    } else if (key === "components" && isObject(value)) {
      for (const [kind, members] of Object.entries(value)) {
        if (isObject(members))
          for (const [name, member] of Object.entries(members))
            entries.set(toPointer([key, kind, name]), JSON.stringify(member));
        else entries.set(toPointer([key, kind]), JSON.stringify(members));
      }
    } else entries.set(toPointer([key]), JSON.stringify(value));
  }
  return entries;
}

/**
 * What to lint after an edit, given the entries of the last valid version: `"unchanged"` when no entry changed, a
 * document of the changed entries and stand-ins for the rest, or `undefined` when the whole document must be linted.
 */
export function lintDelta(
  previous: DocumentEntries,
  current: DocumentEntries,
  document: Record<string, unknown>,
  refs: readonly RefHolder[],
): Record<string, unknown> | "unchanged" | undefined {
  if (previous.size !== current.size) return undefined;
  const changed: string[] = [];
  for (const [pointer, text] of current) {
    const before = previous.get(pointer);
    if (before === undefined) return undefined; // a name added, removed or renamed: references elsewhere may break
    if (before !== text) changed.push(pointer);
  }
  if (changed.length === 0) return "unchanged";
  if (changed.some(holdsOperations)) return undefined;
  const { full, named } = withTargets([...changed, ...referrers(changed, current, document, refs)], current, document);
  // Every entry keeps its place, so pointers (and the lines found for them in the file) are those of the document.
  const delta: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) {
    if ((COLLECTIONS.has(key) || key === "components") && isObject(value))
      delta[key] = standIns(value, [key], full, named, key === "components");
    else delta[key] = value;
  }
  return delta;
}

function holdsOperations(pointer: string): boolean {
  const [top, kind] = pointerSegments(pointer);
  return COLLECTIONS.has(top!) || (top === "components" && WITH_OPERATIONS.has(kind!));
}

/**
 * The entries holding a reference that a change can break: one that reaches inside a changed entry, or names one that
 * is itself a reference (its target may be gone). An entry that is a reference as a whole stands for its target, so
 * references to it count as references to a changed entry too.
 */
function referrers(
  changed: readonly string[],
  entries: DocumentEntries,
  document: Record<string, unknown>,
  refs: readonly RefHolder[],
): string[] {
  const found = new Set<string>();
  const reached = new Set(changed);
  for (let size = -1; reached.size !== size;) {
    size = reached.size;
    for (const { holder, pointer } of refs) {
      const target = entryOf(pointerSegments((holder.$ref as string).slice(1)), entries);
      if (!target || !reached.has(target.entry)) continue;
      const from = entryOf(pointerSegments(pointer()), entries);
      if (!from) continue; // a top-level field: linted whole anyway
      if (!from.deep) reached.add(from.entry); // the whole entry is this reference
      if (target.deep || isReference(getAtSegments(document, pointerSegments(target.entry)))) found.add(from.entry);
    }
  }
  return [...found];
}

/** The entry a pointer lands in, and whether it reaches inside it rather than naming it. */
function entryOf(segments: readonly string[], entries: DocumentEntries): { entry: string; deep: boolean } | undefined {
  for (const depth of [3, 2, 1]) {
    if (segments.length < depth) continue;
    const entry = toPointer(segments.slice(0, depth));
    if (entries.has(entry)) return { entry, deep: segments.length > depth };
  }
  return undefined;
}

function isReference(value: unknown): boolean {
  return isObject(value) && typeof value.$ref === "string";
}

/**
 * The entries to lint whole: the given ones, and every entry a reference among them reaches inside of, transitively;
 * and the entries they only name, which get stand-ins (the lint looks at nothing else).
 */
function withTargets(
  entriesToLint: readonly string[],
  entries: DocumentEntries,
  document: Record<string, unknown>,
): { full: Set<string>; named: Set<string> } {
  const full = new Set(entriesToLint);
  const named = new Set<string>();
  const pending = [...full];
  while (pending.length > 0) {
    for (const ref of refsIn(getAtSegments(document, pointerSegments(pending.pop()!)))) {
      const target = entryOf(pointerSegments(ref), entries);
      if (!target) continue;
      // A reference to an entry by name resolves to its stand-in; one that reaches inside needs the entry itself.
      if (!target.deep) named.add(target.entry);
      else if (!full.has(target.entry)) {
        full.add(target.entry);
        pending.push(target.entry);
      }
    }
  }
  return { full, named };
}

/** A collection (or `components`) with the entries in `full`, empty stand-ins for those in `named`, and no others. */
function standIns(
  collection: Record<string, unknown>,
  at: string[],
  full: Set<string>,
  named: Set<string>,
  nested: boolean,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(collection)) {
    if (nested) {
      copy[name] = isObject(member) ? standIns(member, [...at, name], full, named, false) : member;
      continue;
    }
    const pointer = toPointer([...at, name]);
    if (full.has(pointer)) copy[name] = member;
    else if (named.has(pointer)) copy[name] = {};
  }
  return copy;
}

function refsIn(value: unknown): string[] {
  const refs: string[] = [];
  walkJson([value], (node) => {
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/")) refs.push(ref.slice(1));
  });
  return refs;
}
