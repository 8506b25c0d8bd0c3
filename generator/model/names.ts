// Every identifier decision, made once, in document order: type names, function names, collision suffixes.
import ts from "typescript";

/** Words that cannot name a binding in strict-mode ES modules or TypeScript types. */
const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval " +
    "any unknown never string number boolean bigint symbol object undefined type as"
  ).split(" "),
);

/**
 * Names the emitted modules take that are not the runtime's exports: what `client.js` declares and `index.js`
 * re-exports, and the global and helper types the emitted types name (a schema `Blob` would hide the global one).
 */
const EMITTED_NAMES: readonly string[] = [
  "createClient",
  "ClientOptions",
  "Blob",
  "ArrayBuffer",
  "Uint8Array",
  "ReadableStream",
  "Record",
  "Promise",
  "Array",
  "ReadonlyArray",
  "Omit",
  "Pick",
  "Partial",
  "Required",
  "Readonly",
  "Exclude",
  "Extract",
  "NonNullable",
  "WithRequired",
];

/**
 * The one set of names a schema or an operation never takes: every name the runtime exports (`runtimeExportNames`,
 * read from the templates; the emitted modules import and re-export only those) and the names the emitted modules
 * declare or use themselves.
 */
export function reservedNames(runtimeExports: Iterable<string>): Set<string> {
  return new Set([...runtimeExports, ...EMITTED_NAMES]);
}

/** Splits any text into words: anything that cannot continue an identifier, `_`, case changes and digits end a word. */
export function splitWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
    .split(/[^\p{ID_Continue}]+|_+/u)
    .filter((word) => word.length > 0);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** `Update multiple customers` → `updateMultipleCustomers`; `list-for_org` → `listForOrg`. */
export function camelCase(text: string): string {
  const words = splitWords(text);
  return words.map((word, index) => (index === 0 ? word.toLowerCase() : capitalize(word))).join("");
}

/** `customer_list` → `CustomerList`; `io.k8s.api.core.v1.Pod` → `IoK8sApiCoreV1Pod`. */
export function pascalCase(text: string): string {
  return splitWords(text).map(capitalize).join("");
}

/**
 * Makes any candidate a valid identifier: a leading digit gets `_`, an empty one the fallback, a reserved word `_`
 * after it.
 */
export function toIdentifier(candidate: string, fallback: string): string {
  // Only characters TypeScript's own scanner accepts: its Unicode tables can be older than the engine's.
  const accepted = [...candidate]
    .filter((char) => ts.isIdentifierPart(char.codePointAt(0)!, ts.ScriptTarget.ES2022))
    .join("");
  let name = accepted.length > 0 ? accepted : fallback;
  if (!ts.isIdentifierStart(name.codePointAt(0)!, ts.ScriptTarget.ES2022)) name = `_${name}`;
  if (RESERVED_WORDS.has(name)) name = `${name}_`;
  return name;
}

/** Hands out unique names: the first claim of a name gets it, later ones get `2`, `3`…, in the order claimed. */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  /** Returns `base`, or `base2`, `base3`… if taken, and marks the result taken. */
  claim(base: string): string {
    let name = base;
    for (let suffix = 2; this.taken.has(name); suffix++) name = `${base}${suffix}`;
    this.taken.add(name);
    return name;
  }
}

/** The function name of an operation: operationId, else summary, else method + path; all in camelCase. */
export function operationBaseName(operation: {
  operationId?: string;
  summary?: string;
  method: string;
  path: string;
}): string {
  const source = operation.operationId || operation.summary || `${operation.method} ${operation.path}`;
  return toIdentifier(camelCase(source), camelCase(`${operation.method} ${operation.path}`) || "operation");
}

/** The type name of a component schema: its key in PascalCase. */
export function schemaBaseName(key: string): string {
  return toIdentifier(pascalCase(key), "Schema");
}

/** The suffixes of the per-operation types, one scheme for every operation. */
export const OPERATION_TYPE_ENDINGS = ["Params", "Body", "Response", "Error"] as const;

/**
 * Names one per-operation type, `stem + ending`. When that type would be exactly a component schema that already has
 * this very name (the response body is `$ref: CreateChatCompletionResponse`), it is that schema: the name is used
 * and nothing else declared. Otherwise the name is claimed on its own, so a collision suffixes only this type
 * (`CreateChatCompletionResponse2`), never the operation's other types.
 */
export function claimOperationType(
  names: NameRegistry,
  stem: string,
  ending: (typeof OPERATION_TYPE_ENDINGS)[number],
  sameAsSchema: string | undefined,
): string {
  const name = stem + ending;
  return sameAsSchema === name ? name : names.claim(name);
}

/** The npm name of the emitted package: `Pocketflows API` → `@pocketflows/client`. */
export function packageName(title: string): string {
  const words = title
    .normalize("NFKD")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  while (
    words.length > 1 &&
    ["api", "apis", "rest", "openapi", "spec", "v1", "v2", "v3"].includes(words[words.length - 1]!)
  )
    words.pop();
  const scope = words.join("-").slice(0, 50).replace(/-+$/, "") || "api";
  return `@${scope}/client`;
}
