// Pass: cycle breaking. Cycles of component schemas that TypeScript cannot declare: `A: { allOf: [B] }` with
// `B: { allOf: [A] }`, or a discriminated parent whose children `allOf` it back. A reference is eager when it stands at
// a schema's root or in its allOf/anyOf/oneOf (the type alias must resolve it at once); under properties, items or
// additionalProperties it is deferred, and recursion there is legal and kept.
// Assumes: every schema `$ref` names a component schema by key (hoisting), and the set of component schemas is final.
// Invariant after: no cycle of eager references among `draft.schemas`; each reference cut (its `$ref` deleted in our
// copy of the document, and an allOf member left with no more than a description or summary dropped) has a warning
// at its pointer.
import { componentKey } from "../../common/json-pointer.js";
import { isObject } from "../../common/walk.js";
import type { ModelDraft } from "../passes.js";
import type { ModelWarning, SchemaModel } from "../types.js";

type Via = "ref" | "allOf" | "union";

interface EagerRef {
  from: string;
  to: string;
  via: Via;
  /** The object whose `$ref` this is. */
  holder: Record<string, unknown>;
  /** Where `holder` sits. */
  pointer: string;
  /** For `allOf`: the array holding `holder`, which the cut removes it from. */
  within: unknown[] | undefined;
}

/**
 * Cuts every cycle of eager references among `schemas`, preferring to cut `allOf` members and plain `$ref`s (which
 * widens the type: the member constrained nothing a value could meet) over `oneOf`/`anyOf` members (which become
 * `unknown`, never dropped, so no valid value is refused). Each cut is reported with its pointer.
 */
export function breakEagerCycles(draft: ModelDraft): void {
  const { schemas } = draft;
  const warn = (warning: ModelWarning): void => void draft.warnings.push(warning);
  const byKey = new Map(schemas.map((schema) => [schema.key, schema]));
  for (let round = 0; round < 2; round++) {
    const edges = schemas.flatMap((schema) => eagerRefs(schema, byKey));
    const cyclic = stronglyConnected(
      schemas.map((schema) => schema.key),
      edges,
    );
    const inCycle = edges.filter(
      (edge) => cyclic.get(edge.from) !== undefined && cyclic.get(edge.from) === cyclic.get(edge.to),
    );
    // First round: only allOf members and plain references; a cycle left after that is made of unions alone.
    const cuts = inCycle.filter((edge) => (round === 0 ? edge.via !== "union" : true));
    for (const edge of cuts) cut(edge, byKey, warn);
  }
}

function eagerRefs(model: SchemaModel, byKey: Map<string, SchemaModel>): EagerRef[] {
  const found: EagerRef[] = [];
  const seen = new Set<object>();
  const visit = (schema: unknown, pointer: string, via: Via, within: unknown[] | undefined): void => {
    if (!isObject(schema) || seen.has(schema)) return;
    seen.add(schema);
    const target = componentKey(schema.$ref);
    if (target !== undefined && byKey.has(target))
      found.push({ from: model.key, to: target, via, holder: schema, pointer, within });
    const allOf = schema.allOf;
    if (Array.isArray(allOf))
      allOf.forEach((member, index) => visit(member, `${pointer}/allOf/${index}`, "allOf", allOf));
    for (const keyword of ["oneOf", "anyOf"] as const) {
      const union = schema[keyword];
      if (Array.isArray(union))
        union.forEach((member, index) => visit(member, `${pointer}/${keyword}/${index}`, "union", undefined));
    }
  };
  visit(model.schema, model.pointer, "ref", undefined);
  return found;
}

/** Tarjan's algorithm: each key in a cycle (of two or more, or with a reference to itself) → its component's id. */
function stronglyConnected(keys: readonly string[], edges: readonly EagerRef[]): Map<string, number> {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const component = new Map<string, number>();
  let counter = 0;
  const connect = (key: string): void => {
    index.set(key, counter);
    low.set(key, counter++);
    stack.push(key);
    onStack.add(key);
    for (const to of next.get(key) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(key, Math.min(low.get(key)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(key, Math.min(low.get(key)!, index.get(to)!));
    }
    if (low.get(key) !== index.get(key)) return;
    const members: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== key);
    if (members.length > 1 || next.get(key)?.includes(key)) for (const m of members) component.set(m, index.get(key)!);
  };
  for (const key of keys) if (!index.has(key)) connect(key);
  return component;
}

function cut(edge: EagerRef, byKey: Map<string, SchemaModel>, warn: (warning: ModelWarning) => void): void {
  const from = byKey.get(edge.from)!.typeName;
  const to = byKey.get(edge.to)!.typeName;
  delete edge.holder.$ref;
  if (edge.within && Object.keys(edge.holder).every((keyword) => keyword === "description" || keyword === "summary")) {
    edge.within.splice(edge.within.indexOf(edge.holder), 1);
  }
  const cycle = from === to ? `${from} refers to itself` : `${from} and ${to} refer to each other`;
  warn({
    pointer: `${edge.pointer}/$ref`,
    message: `${cycle} in a cycle TypeScript cannot declare (through $ref, allOf, oneOf or anyOf); this reference is typed as unknown`,
  });
}
