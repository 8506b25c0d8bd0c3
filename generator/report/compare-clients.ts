// The change report: what a spec change means to code written against the old client, decided from both clients'
// manifests (operations, methods, paths, security) and their declarations through the TypeScript checker.
import ts from "typescript";
import { COMPARE_LIB } from "./compare-lib.js";
import { compareCallShapes } from "./compare-signatures.js";
import { TypeWalker } from "./compare-types.js";
import { unchangedTypes } from "./unchanged.js";

const LIB = "/lib/compare-lib.d.ts";

/** One change, as the report lists it. */
export interface Change {
  severity: "breaking" | "compatible" | "docs";
  /** A stable kebab-case id, e.g. `response-property-removed`. */
  kind: string;
  /** The operation's function name (the first one reaching a changed type), or null for an exported type alone. */
  operation: string | null;
  /** Every operation the change reaches: a change inside a shared type names all the operations using it. */
  operations: string[];
  /** The exported type the change sits in, or null. */
  schema: string | null;
  /** Where: `body.customers[].email_address`, `query.limit`, `response.customers[].full_name`. */
  location: string | null;
  message: string;
}

/** A generated client as files by path: its `operations.json` and declaration files are what is compared. */
export type ClientFiles = ReadonlyMap<string, string>;

interface ManifestOperation {
  method: string;
  path: string;
  operationId: string | null;
  summary?: string | null;
  function: string;
  types: { params: string | null; response: string; error?: string | null };
  security: string[][];
}

/**
 * Compares two clients; the old one may be missing or foreign (no manifest), which gives no changes. `parsed` holds
 * declaration files parsed ahead (`parseClient`): `--base`'s worker parses one client while the other is still being
 * built.
 */
export function compareClients(before: ClientFiles, after: ClientFiles, parsed?: ParsedFiles): Change[] {
  const oldOperations = readManifest(before);
  const newOperations = readManifest(after);
  if (!oldOperations || !newOperations) return [];
  const changes: Change[] = [];
  const checker = createChecker(before, after, parsed);
  const pairs = matchOperations(oldOperations, newOperations, changes);
  const schemas = new Set([...checker.types.after.keys()]);
  const walker = new TypeWalker(checker.checker, schemas, changes, checker.unchanged);
  for (const [old, current] of pairs) compareOperation(checker, walker, old, current, changes);
  walker.finish();
  compareExportedTypes(checker, oldOperations, newOperations, changes, walker);
  compareRewrites(checker, newOperations, before, after, changes);
  return sortChanges(changes);
}

/** The paths of the files that differ between two clients (present in one only, or with other bytes), one a line. */
export function changedFiles(before: ClientFiles, after: ClientFiles): string {
  const changed = [...after].filter(([name, text]) => before.get(name) !== text).map(([name]) => name);
  const removed = [...before.keys()].filter((name) => !after.has(name));
  return [...changed, ...removed].map((name) => `${name}\n`).join("");
}

function readManifest(files: ClientFiles): ManifestOperation[] | undefined {
  const text = files.get("operations.json");
  if (text === undefined) return undefined;
  try {
    const manifest = JSON.parse(text) as { operations?: ManifestOperation[] };
    return Array.isArray(manifest.operations) ? manifest.operations : undefined;
  } catch {
    return undefined; // not a manifest of ours: nothing to compare against
  }
}

/** Pairs operations by function name, and by method and path for the renamed; reports the rest. */
function matchOperations(
  before: ManifestOperation[],
  after: ManifestOperation[],
  changes: Change[],
): Array<[ManifestOperation, ManifestOperation]> {
  const newByName = new Map(after.map((operation) => [operation.function, operation]));
  const oldNames = new Set(before.map((operation) => operation.function));
  const route = (operation: ManifestOperation): string => `${operation.method} ${operation.path}`;
  const newByRoute = new Map(
    after.filter((operation) => !oldNames.has(operation.function)).map((operation) => [route(operation), operation]),
  );
  const pairs: Array<[ManifestOperation, ManifestOperation]> = [];
  const matched = new Set<ManifestOperation>();
  for (const old of before) {
    const same = newByName.get(old.function);
    if (same) {
      pairs.push([old, same]);
      matched.add(same);
      if (route(same) !== route(old)) {
        changes.push(
          change(
            "breaking",
            "operation-route-changed",
            old.function,
            null,
            null,
            `${old.function} now sends ${route(same)} instead of ${route(old)}.`,
          ),
        );
      }
      if (JSON.stringify(same.security) !== JSON.stringify(old.security)) {
        changes.push(
          change(
            "breaking",
            "operation-security-changed",
            old.function,
            null,
            null,
            `${old.function} now asks for ${describeSecurity(same.security)} instead of ${describeSecurity(old.security)}.`,
          ),
        );
      }
      continue;
    }
    const renamed = newByRoute.get(route(old));
    if (renamed && !matched.has(renamed)) {
      pairs.push([old, renamed]);
      matched.add(renamed);
      const why =
        old.operationId === null && renamed.operationId === null
          ? ` because its summary changed${old.summary && renamed.summary ? ` ("${old.summary}" → "${renamed.summary}")` : ""}; an operationId in the spec pins the name`
          : renamed.operationId !== old.operationId
            ? ` because its operationId changed`
            : "";
      changes.push(
        change(
          "breaking",
          "operation-renamed",
          renamed.function,
          null,
          null,
          `${old.function} (${route(old)}) is now called ${renamed.function}${why}.`,
        ),
      );
      continue;
    }
    changes.push(
      change("breaking", "operation-removed", old.function, null, null, `${old.function} (${route(old)}) was removed.`),
    );
  }
  for (const current of after) {
    if (!matched.has(current))
      changes.push(
        change(
          "compatible",
          "operation-added",
          current.function,
          null,
          null,
          `${current.function} (${route(current)}) is new.`,
        ),
      );
  }
  return pairs;
}

function describeSecurity(security: string[][]): string {
  if (security.length === 0) return "no credentials";
  return security.map((alternative) => (alternative.length === 0 ? "none" : alternative.join(" + "))).join(" or ");
}

/** Declaration files parsed for the report's program, by their path in it. */
export type ParsedFiles = Map<string, ts.SourceFile>;

/**
 * Parses and binds one client's side of the report's program (the library and the declaration files its roots
 * reach) into `parsed`, so that `compareClients` given it parses and binds only the other client's.
 */
export function parseClient(
  side: "before" | "after",
  client: ClientFiles,
  parsed: ParsedFiles = new Map(),
): ParsedFiles {
  const files = programFiles([[`/${side}/`, client]]);
  // Binding a file gives it its symbols once, whatever program it is in (a file already bound is not bound again):
  // how TypeScript's language service shares files between programs.
  ts.createProgram(programRoots(files), PROGRAM_OPTIONS, inMemoryHost(files, LIB, parsed)).getTypeChecker();
  return parsed;
}

const PROGRAM_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noLib: true,
  types: [],
  skipLibCheck: true,
};

/** The clients' declaration files side by side under their roots (`/before/`, `/after/`), and the library. */
function programFiles(clients: Array<readonly [string, ClientFiles]>): Map<string, string> {
  const files = new Map<string, string>([[LIB, COMPARE_LIB]]);
  for (const [root, client] of clients) {
    for (const [name, text] of client) if (name.endsWith(".d.ts")) files.set(root + name, text);
  }
  return files;
}

function programRoots(files: ReadonlyMap<string, string>): string[] {
  return [LIB, "/before/types.d.ts", "/after/types.d.ts", "/before/operations.d.ts", "/after/operations.d.ts"].filter(
    (name) => files.has(name),
  );
}

/** A program over both clients' declarations, side by side under `/before/` and `/after/`. */
function createChecker(before: ClientFiles, after: ClientFiles, parsed?: ParsedFiles): Checker {
  const files = programFiles([
    ["/before/", before],
    ["/after/", after],
  ]);
  // Only these files exist: nothing is read from disk, so the report costs what the two clients cost to check.
  const program = ts.createProgram(programRoots(files), PROGRAM_OPTIONS, inMemoryHost(files, LIB, parsed));
  const checker = program.getTypeChecker();
  const exportsOf = (file: string): Map<string, ts.Symbol> => {
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    return new Map((symbol ? checker.getExportsOfModule(symbol) : []).map((entry) => [entry.name, entry]));
  };
  const [oldTypes, newTypes] = [
    program.getSourceFile("/before/types.d.ts"),
    program.getSourceFile("/after/types.d.ts"),
  ];
  return {
    checker,
    unchanged: oldTypes && newTypes ? unchangedTypes(oldTypes, newTypes) : new Set(),
    types: { before: exportsOf("/before/types.d.ts"), after: exportsOf("/after/types.d.ts") },
    functions: { before: exportsOf("/before/operations.d.ts"), after: exportsOf("/after/operations.d.ts") },
  };
}

interface Checker {
  checker: ts.TypeChecker;
  /** The types declared alike on both sides, down to every type they name (see unchanged.ts). */
  unchanged: ReadonlySet<string>;
  types: { before: Map<string, ts.Symbol>; after: Map<string, ts.Symbol> };
  functions: { before: Map<string, ts.Symbol>; after: Map<string, ts.Symbol> };
}

/** Compares one operation's call shape, request, response and documentation, old against new. */
function compareOperation(
  program: Checker,
  walker: TypeWalker,
  old: ManifestOperation,
  current: ManifestOperation,
  changes: Change[],
): void {
  const operation = current.function;
  const typeOf = (side: "before" | "after", name: string | null): ts.Type | undefined => {
    const symbol = name ? program.types[side].get(name) : undefined;
    return symbol ? program.checker.getDeclaredTypeOfSymbol(symbol) : undefined;
  };
  const oldFunction = program.functions.before.get(old.function);
  const newFunction = program.functions.after.get(current.function);
  compareCallShapes(program.checker, operation, oldFunction, newFunction, changes);
  // A type declared alike on both sides, down to every type it names, holds no change to find.
  const unchanged = (kind: keyof ManifestOperation["types"]): boolean => {
    const name = old.types[kind] ?? null;
    return name !== null && name === (current.types[kind] ?? null) && program.unchanged.has(name);
  };
  const oldParams = typeOf("before", old.types.params);
  const newParams = typeOf("after", current.types.params);
  if ((oldParams || newParams) && !unchanged("params"))
    walker.compare(oldParams, newParams, "request", { operation, schema: null, path: "" });
  const oldResponse = typeOf("before", old.types.response);
  const newResponse = typeOf("after", current.types.response);
  if (oldResponse && newResponse && !unchanged("response"))
    walker.compare(oldResponse, newResponse, "response", { operation, schema: null, path: "response" });
  // An error's body is read like a response (`error.body`), by code that handles it.
  const oldError = typeOf("before", old.types.error ?? null);
  const newError = typeOf("after", current.types.error ?? null);
  if (oldError && newError && !unchanged("error"))
    walker.compare(oldError, newError, "response", { operation, schema: null, path: "error" });
  compareDocs(changes, operation, null, oldFunction, newFunction);
}

/** The exported types that were removed or added (per-operation types come and go with their operations). */
function compareExportedTypes(
  program: Checker,
  before: ManifestOperation[],
  after: ManifestOperation[],
  changes: Change[],
  walker: TypeWalker,
): void {
  const operationTypes = new Set(
    [...before, ...after].flatMap((operation) =>
      Object.values(operation.types).filter((name): name is string => typeof name === "string"),
    ),
  );
  for (const [name, symbol] of program.types.before) {
    if (name === "default" || program.unchanged.has(name)) continue;
    const current = program.types.after.get(name);
    // An operation's own types say what a parameter or a body is for: their comments are its documentation too.
    if (operationTypes.has(name)) {
      if (current) compareDocs(changes, null, name, symbol, current);
      continue;
    }
    if (!current)
      changes.push(
        change(
          "breaking",
          "type-removed",
          null,
          name,
          null,
          `The exported type ${name} was removed (or renamed): code that imports it no longer compiles.`,
        ),
      );
    else if (!walker.walked(name) && codeOf(symbol) !== codeOf(current))
      // No operation sends or returns it: its callers' calls are unchanged, and code importing it still compiles.
      changes.push(
        change(
          "compatible",
          "type-changed",
          null,
          name,
          null,
          `The exported type ${name} changed (no operation uses it).`,
        ),
      );
    else compareDocs(changes, null, name, symbol, current);
  }
  for (const name of program.types.after.keys()) {
    if (!operationTypes.has(name) && !program.types.before.has(name))
      changes.push(change("compatible", "type-added", null, name, null, `The exported type ${name} is new.`));
  }
}

/**
 * Declarations rewritten to the same values (`string & (unknown | unknown)` gaining a member that only a string can
 * fill): no walk finds a difference, but the declarations differ, so the client changed and the verdict is compatible,
 * never none. Named only when nothing else is: beside a real change they would be noise.
 */
function compareRewrites(
  program: Checker,
  operations: ManifestOperation[],
  before: ClientFiles,
  after: ClientFiles,
  changes: Change[],
): void {
  if (changes.some((entry) => entry.severity !== "docs")) return;
  const user = (name: string): string | null =>
    operations.find((operation) => Object.values(operation.types).includes(name))?.function ?? null;
  for (const [name, symbol] of program.types.before) {
    const current = program.types.after.get(name);
    if (name === "default" || !current || codeOf(symbol) === codeOf(current)) continue;
    const message = `The exported type ${name} is written differently; the values it admits are the same.`;
    changes.push(change("compatible", "type-changed", user(name), name, null, message));
  }
  if (changes.some((entry) => entry.severity !== "docs")) return;
  const code = (files: ClientFiles, name: string): string => withoutComments(files.get(name) ?? "");
  for (const name of [...after.keys()].filter((file) => file.endsWith(".d.ts")).sort())
    if (code(before, name) !== code(after, name))
      changes.push(change("compatible", "type-changed", null, null, null, `${name} is written differently.`));
}

/** A declaration's code, comments and layout aside. */
function codeOf(symbol: ts.Symbol): string | undefined {
  const declaration = symbol.declarations?.[0];
  return declaration && withoutComments(declaration.getText(declaration.getSourceFile()));
}

/** Code with its comments (the generated header's among them) left out and its whitespace made one space. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "").replace(/\s+/g, " ");
}

/** A declaration whose text differs only in its comments is a docs-only change. */
function compareDocs(
  changes: Change[],
  operation: string | null,
  schema: string | null,
  old: ts.Symbol | undefined,
  current: ts.Symbol | undefined,
): void {
  const text = (symbol: ts.Symbol | undefined): { full: string; code: string } | undefined => {
    const declaration = symbol?.declarations?.[0];
    if (!declaration) return undefined;
    const source = declaration.getSourceFile();
    // Its own JSDoc, not the file's header (which names the spec and its hash) before the first declaration.
    const docs = (ts.getLeadingCommentRanges(source.text, declaration.getFullStart()) ?? []).filter((range) =>
      source.text.startsWith("/**", range.pos),
    );
    const code = declaration.getText(source);
    return { full: docs.map((range) => source.text.slice(range.pos, range.end)).join("\n") + code, code };
  };
  const before = text(old);
  const after = text(current);
  if (!before || !after || before.full === after.full) return;
  if (withoutComments(before.code) !== withoutComments(after.code)) return;
  const what = operation ?? schema ?? "";
  changes.push(change("docs", "docs-changed", operation, schema, null, `The documentation of ${what} changed.`));
}

function change(
  severity: Change["severity"],
  kind: string,
  operation: string | null,
  schema: string | null,
  location: string | null,
  message: string,
): Change {
  return { severity, kind, operation, operations: operation ? [operation] : [], schema, location, message };
}

const SEVERITY_ORDER = { breaking: 0, compatible: 1, docs: 2 } as const;

function sortChanges(changes: Change[]): Change[] {
  return changes
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => SEVERITY_ORDER[a.entry.severity] - SEVERITY_ORDER[b.entry.severity] || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * A compiler host over these files alone (`lib` among them): nothing is read from disk. The files it parses are kept
 * in `parsed`, and a file already there is not parsed again.
 */
export function inMemoryHost(files: ReadonlyMap<string, string>, lib: string, parsed?: ParsedFiles): ts.CompilerHost {
  return {
    getSourceFile: (name, version) => {
      const known = parsed?.get(name);
      if (known) return known;
      const text = files.get(name);
      if (text === undefined) return undefined;
      // The report reads comments from the text (compareDocs); parsing them as JSDoc cost a third of the parse.
      const options = typeof version === "object" ? version : { languageVersion: version };
      const parsing = { ...options, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
      const source = ts.createSourceFile(name, text, parsing, false, ts.ScriptKind.TS);
      parsed?.set(name, source);
      return source;
    },
    getDefaultLibFileName: () => lib,
    writeFile: () => undefined,
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (name) => files.has(name),
    readFile: (name) => files.get(name),
    directoryExists: () => true,
    getDirectories: () => [],
  };
}
