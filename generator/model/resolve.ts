// Follows local `$ref`s (the bundled document has no other kind) and reports dangling ones with their pointer.
import { GeneratorError } from "../common/errors.js";
import { getAtPointer } from "../common/json-pointer.js";
import { isObject } from "../common/walk.js";

/** A value found in the document, and the pointer it was found at after following `$ref`s. */
export interface Resolved<T> {
  value: T;
  pointer: string;
}

/** Follows `$ref` chains from `value` (found at `pointer`) until a non-reference object. */
export function resolveObject<T = Record<string, unknown>>(
  file: string,
  document: unknown,
  value: unknown,
  pointer: string,
): Resolved<T> {
  const seen = new Set<string>();
  let current = value;
  let at = pointer;
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (!ref.startsWith("#")) throw new GeneratorError(`cannot follow $ref "${ref}"`, { file, pointer: `${at}/$ref` });
    if (seen.has(ref))
      throw new GeneratorError(
        `$ref cycle through "${ref}"`,
        { file, pointer: `${at}/$ref` },
        "a reference must end at an object",
      );
    seen.add(ref);
    const target = getAtPointer(document, ref.slice(1));
    if (target === undefined)
      throw new GeneratorError(
        `unresolvable $ref "${ref}"`,
        { file, pointer: `${at}/$ref` },
        "check the target exists",
      );
    current = target;
    at = ref.slice(1);
  }
  if (!isObject(current)) throw new GeneratorError("expected an object", { file, pointer: at });
  return { value: current as T, pointer: at };
}

/** Sets an own property, also for the key `__proto__`, which plain assignment would turn into a prototype change. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
