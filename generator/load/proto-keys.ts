// Redocly looks keys up in plain objects, so a key that names an Object.prototype member (`__proto__`,
// `constructor`, `toString`…) crashes it. Such keys, and `$ref` segments naming them, travel through validation
// and bundling under stand-in names and come back afterwards, as own properties.
import { walkJson } from "../common/walk.js";

const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
const MARK = "\u0000stand-in";

/** Any of those names, or an escape that could spell one: JSON text without a match holds no such key. */
const MAY_NAME_PROTOTYPE_KEY = new RegExp(`\\\\u|${[...PROTOTYPE_KEYS].join("|")}`);

/** Replaces such keys and `$ref` segments with stand-ins, in place; true when there were any. */
export function hideProtoKeys(root: unknown, json?: string): boolean {
  // A walk over every node of a big spec, for keys that its JSON text shows it cannot have.
  if (json !== undefined && !MAY_NAME_PROTOTYPE_KEY.test(json)) return false;
  return renameKeys(root, (key) => (PROTOTYPE_KEYS.has(key) ? key + MARK : undefined));
}

/** Puts the original keys back, in place, as own properties (never as the prototype). */
export function restoreProtoKeys(root: unknown): void {
  renameKeys(root, (key) => (key.endsWith(MARK) ? key.slice(0, -MARK.length) : undefined));
}

/** A message or pointer with the stand-ins shown as the user wrote them. */
export function showProtoKeys(text: string): string {
  return text.split(MARK).join("");
}

function renameKeys(root: unknown, rename: (key: string) => string | undefined): boolean {
  let found = false;
  walkJson(
    [root],
    (record) => {
      if (Array.isArray(record)) return;
      const keys = Object.keys(record);
      if (keys.some((key) => rename(key) !== undefined)) {
        // Re-add every key, so the document order (which decides names) stays as written.
        const entries = keys.map((key) => [rename(key) ?? key, record[key]] as const);
        for (const key of keys) delete record[key];
        for (const [key, value] of entries)
          Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
        found = true;
      }
      if (typeof record.$ref === "string") {
        const ref = record.$ref
          .split("/")
          .map((segment) => rename(segment) ?? segment)
          .join("/");
        found ||= ref !== record.$ref;
        record.$ref = ref;
      }
    },
    { once: true },
  );
  return found;
}
