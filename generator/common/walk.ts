// Parsed JSON (or YAML) values: what counts as an object, and the one depth-first walk over every object and array
// below a root, which each stage's scan (alias bombs, stand-in keys, `$ref`s, hoisting…) is written against.

/** An object or array met by the walk. */
export type JsonNode = Record<string, unknown> | unknown[];

/** What a visitor wants next: `"skip"` leaves the node's children out, `"stop"` ends the walk; nothing goes on. */
export type WalkStep = void | "skip" | "stop";

/** How the walk goes. */
export interface WalkOptions {
  /**
   * Visit a node shared by several parents (or on a cycle) once, at its first meeting. Without it every occurrence is
   * visited, as a YAML alias repeats its node: the visitor must then stop a cycle itself.
   */
  once?: boolean;
  /** Whether the value under an object's `key` is walked into (default: every key). Arrays' elements always are. */
  descend?: (key: string) => boolean;
}

/** Whether a value is a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Visits every object and array below `roots` (the roots included), depth-first, last child first: a stack, so a
 * deep document cannot overflow the call stack. `enqueue` adds a value to be walked next, before the node's own
 * children (for values a visitor reaches some other way, such as a `$ref`'s target). Returns whether a visitor
 * stopped the walk.
 */
export function walkJson(
  roots: readonly unknown[],
  visit: (node: JsonNode, enqueue: (value: unknown) => void) => WalkStep,
  options: WalkOptions = {},
): boolean {
  const { once = false, descend } = options;
  const seen = once ? new Set<object>() : undefined;
  const stack: object[] = [];
  const enqueue = (value: unknown): void => {
    if (value !== null && typeof value === "object") stack.push(value);
  };
  for (const root of roots) enqueue(root);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    const step = visit(node as JsonNode, enqueue);
    if (step === "stop") return true;
    if (step === "skip") continue;
    if (Array.isArray(node)) for (const child of node) enqueue(child);
    else if (descend) {
      for (const key of Object.keys(node)) if (descend(key)) enqueue((node as Record<string, unknown>)[key]);
    } else for (const child of Object.values(node)) enqueue(child);
  }
  return false;
}
