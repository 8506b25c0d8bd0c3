// Local `$ref`s that OpenAPI allows but Redocly's resolver cannot take: percent signs that are not escapes, and
// chains of references that lead back to themselves. Both are repaired in our parsed copy before validation.
import { GeneratorError } from "../common/errors.js";
import { getAtPointer } from "../common/json-pointer.js";
import { isObject } from "../common/walk.js";

/** An object holding a local `$ref`, and a way to spell out where it sits. */
export interface RefHolder {
  holder: Record<string, unknown>;
  pointer: () => string;
}

/** Something the loader changed in the document so that it could be read, and where. */
export interface LoadWarning {
  pointer: string;
  message: string;
}

/**
 * Rewrites `%` signs that start no valid escape (`Price%Change`, `100%`, `%zz`) as `%25`, so that every resolver
 * reads the segment by its raw text; and cuts each cycle of references to references (`Baz: { $ref: Qux }` with
 * `Qux: { $ref: Baz }`), which describes no value, by dropping the `$ref` of its first member in pointer order:
 * that schema constrains nothing (`unknown`), and the others refer to it. Returns whether anything changed.
 */
export function repairLocalRefs(
  file: string,
  document: unknown,
  holders: readonly RefHolder[],
  warnings: LoadWarning[],
): boolean {
  let changed = false;
  for (const { holder } of holders) {
    const ref = holder.$ref as string;
    if (!ref.includes("%")) continue;
    const repaired = escapeStrayPercents(ref);
    if (repaired !== ref) {
      holder.$ref = repaired;
      changed = true;
    }
  }
  const pointerByHolder = new Map<object, string>();
  // Thousands of references name a few hundred targets: each target is looked up once.
  const targets = new Map<string, unknown>();
  const targetOf = (ref: string): unknown => {
    if (!targets.has(ref)) targets.set(ref, getAtPointer(document, ref.slice(1)));
    return targets.get(ref);
  };
  for (const entry of holders) {
    const cycle = refCycleFrom(targetOf, entry.holder);
    if (!cycle) continue;
    for (const member of cycle) {
      if (!pointerByHolder.has(member))
        pointerByHolder.set(member, holders.find((h) => h.holder === member)?.pointer() ?? "");
    }
    const ordered = [...cycle].sort((a, b) => compare(pointerByHolder.get(a)!, pointerByHolder.get(b)!));
    const cut = ordered[0]!;
    const names = ordered.map((member) => pointerByHolder.get(member)!);
    warnings.push({
      pointer: `${pointerByHolder.get(cut)!}/$ref`,
      message: `the references ${names.join(" → ")} → ${names[0]} form a cycle that describes no value; ${names[0]} is typed as unknown`,
    });
    delete cut.$ref;
    changed = true;
  }
  // Only a `%` can make a reference fail to decode.
  const bad = holders.find(
    ({ holder }) => typeof holder.$ref === "string" && holder.$ref.includes("%") && !decodes(holder.$ref),
  );
  if (bad) {
    throw new GeneratorError(
      `$ref ${JSON.stringify(bad.holder.$ref)} is not a valid URI reference`,
      { file, pointer: `${bad.pointer()}/$ref` },
      "escape a literal % as %25",
    );
  }
  return changed;
}

/** `#/components/schemas/100%` → `#/components/schemas/100%25`; segments whose escapes decode are left alone. */
function escapeStrayPercents(ref: string): string {
  const hash = ref.indexOf("#");
  if (hash < 0) return ref;
  const fragment = ref
    .slice(hash + 1)
    .split("/")
    .map((segment) => (decodes(segment) ? segment : segment.replace(/%/g, "%25")));
  return ref.slice(0, hash + 1) + fragment.join("/");
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false; // not an escape sequence
  }
}

/** The holders on a chain of references to references that comes back to where it started, or undefined. */
function refCycleFrom(
  targetOf: (ref: string) => unknown,
  start: Record<string, unknown>,
): Set<Record<string, unknown>> | undefined {
  const chain: Record<string, unknown>[] = [];
  let current: unknown = start;
  while (isObject(current) && typeof current.$ref === "string" && current.$ref.startsWith("#")) {
    const index = chain.indexOf(current);
    if (index >= 0) return index === 0 ? new Set(chain) : undefined; // a cycle further on is found from its own members
    chain.push(current);
    current = targetOf(current.$ref);
  }
  return undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a local `$ref` of `holders` names nothing in `document`. */
export function hasDanglingRef(document: unknown, holders: readonly RefHolder[]): boolean {
  return holders.some(({ holder }) => getAtPointer(document, (holder.$ref as string).slice(1)) === undefined);
}
