// The change report: what a spec change means to code written against the old client, decided from both clients'
// manifests (operations, methods, paths, security) and their declarations through the TypeScript checker.
import ts from "typescript";
import { COMPARE_LIB } from "./compare-lib.js";

const LIB = "/lib/compare-lib.d.ts";

/** One change, as the report lists it. */
export interface Change {
  severity: "breaking" | "compatible" | "docs";
  /** A stable kebab-case id, e.g. `response-property-removed`. */
  kind: string;
  /** The operation's function name, or null for a change to an exported type alone. */
  operation: string | null;
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
  types: { params: string | null; response: string };
  security: string[][];
}

type Side = "request" | "response";

/** Compares two clients; the old one may be missing or foreign (no manifest), which gives no changes. */
export function compareClients(before: ClientFiles, after: ClientFiles): Change[] {
  const oldOperations = readManifest(before);
  const newOperations = readManifest(after);
  if (!oldOperations || !newOperations) return [];
  const changes: Change[] = [];
  const checker = createChecker(before, after);
  const pairs = matchOperations(oldOperations, newOperations, changes);
  const walker = new TypeWalker(checker, changes);
  for (const [old, current] of pairs) {
    walker.compareOperation(old, current);
  }
  compareExportedTypes(checker, oldOperations, newOperations, changes);
  return sortChanges(changes);
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
function matchOperations(before: ManifestOperation[], after: ManifestOperation[], changes: Change[]): Array<[ManifestOperation, ManifestOperation]> {
  const newByName = new Map(after.map((operation) => [operation.function, operation]));
  const oldNames = new Set(before.map((operation) => operation.function));
  const route = (operation: ManifestOperation): string => `${operation.method} ${operation.path}`;
  const newByRoute = new Map(after.filter((operation) => !oldNames.has(operation.function)).map((operation) => [route(operation), operation]));
  const pairs: Array<[ManifestOperation, ManifestOperation]> = [];
  const matched = new Set<ManifestOperation>();
  for (const old of before) {
    const same = newByName.get(old.function);
    if (same) {
      pairs.push([old, same]);
      matched.add(same);
      if (route(same) !== route(old)) {
        changes.push(change("breaking", "operation-route-changed", old.function, null, null, `${old.function} now sends ${route(same)} instead of ${route(old)}.`));
      }
      if (JSON.stringify(same.security) !== JSON.stringify(old.security)) {
        changes.push(change("breaking", "operation-security-changed", old.function, null, null, `${old.function} now asks for ${describeSecurity(same.security)} instead of ${describeSecurity(old.security)}.`));
      }
      continue;
    }
    const renamed = newByRoute.get(route(old));
    if (renamed && !matched.has(renamed)) {
      pairs.push([old, renamed]);
      matched.add(renamed);
      const why = old.operationId === null && renamed.operationId === null
        ? ` because its summary changed${old.summary && renamed.summary ? ` ("${old.summary}" → "${renamed.summary}")` : ""}; an operationId in the spec pins the name`
        : renamed.operationId !== old.operationId ? ` because its operationId changed` : "";
      changes.push(change("breaking", "operation-renamed", renamed.function, null, null, `${old.function} (${route(old)}) is now called ${renamed.function}${why}.`));
      continue;
    }
    changes.push(change("breaking", "operation-removed", old.function, null, null, `${old.function} (${route(old)}) was removed.`));
  }
  for (const current of after) {
    if (!matched.has(current)) changes.push(change("compatible", "operation-added", current.function, null, null, `${current.function} (${route(current)}) is new.`));
  }
  return pairs;
}

function describeSecurity(security: string[][]): string {
  if (security.length === 0) return "no credentials";
  return security.map((alternative) => (alternative.length === 0 ? "none" : alternative.join(" + "))).join(" or ");
}

/** A program over both clients' declarations, side by side under `/before/` and `/after/`. */
function createChecker(before: ClientFiles, after: ClientFiles): Checker {
  const files = new Map<string, string>();
  for (const [root, client] of [["/before/", before], ["/after/", after]] as const) {
    for (const [name, text] of client) if (name.endsWith(".d.ts")) files.set(root + name, text);
  }
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noLib: true,
    types: [],
    skipLibCheck: true,
  };
  files.set(LIB, COMPARE_LIB);
  // Only these files exist: nothing is read from disk, so the report costs what the two clients cost to check.
  const host: ts.CompilerHost = {
    getSourceFile: (name, version) => {
      const text = files.get(name);
      return text === undefined ? undefined : ts.createSourceFile(name, text, version, false, ts.ScriptKind.TS);
    },
    getDefaultLibFileName: () => LIB,
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
  const roots = [LIB, "/before/types.d.ts", "/after/types.d.ts", "/before/operations.d.ts", "/after/operations.d.ts"].filter((name) => files.has(name));
  const program = ts.createProgram(roots, options, host);
  const checker = program.getTypeChecker();
  const exportsOf = (file: string): Map<string, ts.Symbol> => {
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    return new Map((symbol ? checker.getExportsOfModule(symbol) : []).map((entry) => [entry.name, entry]));
  };
  return {
    checker,
    types: { before: exportsOf("/before/types.d.ts"), after: exportsOf("/after/types.d.ts") },
    functions: { before: exportsOf("/before/operations.d.ts"), after: exportsOf("/after/operations.d.ts") },
  };
}

interface Checker {
  checker: ts.TypeChecker;
  types: { before: Map<string, ts.Symbol>; after: Map<string, ts.Symbol> };
  functions: { before: Map<string, ts.Symbol>; after: Map<string, ts.Symbol> };
}

/** Walks an operation's request and response types on both sides, property by property. */
class TypeWalker {
  readonly #checker: ts.TypeChecker;
  readonly #program: Checker;
  readonly #changes: Change[];
  /** Changes inside a named type are listed once, however many operations use the type. */
  readonly #seen = new Set<string>();
  readonly #done = new Set<string>();

  constructor(program: Checker, changes: Change[]) {
    this.#program = program;
    this.#checker = program.checker;
    this.#changes = changes;
  }

  compareOperation(old: ManifestOperation, current: ManifestOperation): void {
    const operation = current.function;
    const oldParams = old.types.params ? this.#typeOf("before", old.types.params) : undefined;
    const newParams = current.types.params ? this.#typeOf("after", current.types.params) : undefined;
    if (oldParams || newParams) this.#compareObjects(oldParams, newParams, "request", { operation, schema: null, path: "" });
    const oldResponse = this.#typeOf("before", old.types.response);
    const newResponse = this.#typeOf("after", current.types.response);
    if (oldResponse && newResponse) this.#compare(oldResponse, newResponse, "response", { operation, schema: null, path: "response" });
    compareDocs(this.#changes, operation, null, this.#program.functions.before.get(old.function), this.#program.functions.after.get(current.function));
  }

  #typeOf(side: "before" | "after", name: string): ts.Type | undefined {
    const symbol = this.#program.types[side].get(name);
    return symbol ? this.#checker.getDeclaredTypeOfSymbol(symbol) : undefined;
  }

  #compare(old: ts.Type, current: ts.Type, side: Side, at: Where): void {
    const checker = this.#checker;
    const named = namedType(current);
    if (named && this.#program.types.after.has(named) && !isOperationType(named)) {
      // A named type is walked once per side, however many operations (or recursive references) reach it.
      if (namedType(old) === named) {
        const key = `${side}|${named}`;
        if (this.#done.has(key)) return;
        this.#done.add(key);
      }
      at = { ...at, schema: named, inSchema: "" };
    }
    // Objects are walked even when assignable both ways: an optional property removed breaks code that reads it.
    if (isPlainObject(old) && isPlainObject(current)) return this.#compareObjects(old, current, side, at);
    const oldElement = arrayElement(checker, old);
    const newElement = arrayElement(checker, current);
    if (oldElement && newElement) return this.#compare(oldElement, newElement, side, step(at, "[]"));
    if (this.#compareUnions(old, current, side, at)) return;
    const forward = checker.isTypeAssignableTo(old, current);
    const backward = checker.isTypeAssignableTo(current, old);
    if (forward && backward) return;
    this.#compareLeaves(old, current, side, at, forward, backward);
  }

  /**
   * Unions with the same members (`string | Customer | null` on both sides) are compared member by member, so that
   * a change inside `Customer` is reported once, there, not as a new type of every property that may hold one.
   */
  #compareUnions(old: ts.Type, current: ts.Type, side: Side, at: Where): boolean {
    if (!old.isUnion() && !current.isUnion()) return false;
    if (literalValues(this.#checker, old) && literalValues(this.#checker, current)) return false;
    const key = (member: ts.Type): string => namedType(member) ?? this.#checker.typeToString(member);
    const members = (type: ts.Type): Map<string, ts.Type> => new Map((type.isUnion() ? type.types : [type]).map((member) => [key(member), member]));
    const before = members(old);
    const after = members(current);
    if (before.size !== after.size || [...before.keys()].some((name) => !after.has(name))) return false;
    for (const [name, member] of after) {
      const previous = before.get(name)!;
      if ((isPlainObject(previous) && isPlainObject(member)) || (arrayElement(this.#checker, previous) && arrayElement(this.#checker, member))) this.#compare(previous, member, side, at);
    }
    return true;
  }

  #compareObjects(old: ts.Type | undefined, current: ts.Type | undefined, side: Side, at: Where): void {
    const checker = this.#checker;
    const oldProperties = new Map((old ? checker.getPropertiesOfType(old) : []).map((p) => [p.name, p]));
    const newProperties = new Map((current ? checker.getPropertiesOfType(current) : []).map((p) => [p.name, p]));
    for (const [name, property] of newProperties) {
      const where = step(at, name);
      const before = oldProperties.get(name);
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      if (!before) {
        if (side === "response") this.#add("compatible", "response-property-added", where, `${describe(where)} is new.`);
        else if (optional) this.#add("compatible", "request-property-added-optional", where, `${describe(where)} is new and optional.`);
        else this.#add("breaking", "request-property-added-required", where, `${describe(where)} is new and required: existing calls do not send it.`);
        continue;
      }
      const wasOptional = (before.flags & ts.SymbolFlags.Optional) !== 0;
      if (wasOptional && !optional) {
        if (side === "request") this.#add("breaking", "request-property-became-required", where, `${describe(where)} is now required.`);
        else this.#add("compatible", "response-property-became-required", where, `${describe(where)} is now always present.`);
      } else if (!wasOptional && optional) {
        if (side === "request") this.#add("compatible", "request-property-became-optional", where, `${describe(where)} is now optional.`);
        else this.#add("breaking", "response-property-became-optional", where, `${describe(where)} may now be absent: code that reads it must handle undefined.`);
      }
      // An optional property's type includes undefined; its optionality is compared above.
      const strip = (type: ts.Type): ts.Type => (optional || wasOptional ? withoutUndefined(checker, type) : type);
      this.#compare(strip(checker.getTypeOfSymbol(before)), strip(checker.getTypeOfSymbol(property)), side, where);
    }
    for (const [name] of oldProperties) {
      if (newProperties.has(name)) continue;
      const where = step(at, name);
      if (side === "response") this.#add("breaking", "response-property-removed", where, `${describe(where)} was removed: code that reads it no longer compiles.`);
      else this.#add("breaking", "request-property-removed", where, `${describe(where)} was removed: calls that send it no longer compile.`);
    }
  }

  #compareLeaves(old: ts.Type, current: ts.Type, side: Side, at: Where, forward: boolean, backward: boolean): void {
    const checker = this.#checker;
    const oldValues = literalValues(checker, old);
    const newValues = literalValues(checker, current);
    if (oldValues && newValues) {
      const added = [...newValues].filter((value) => !oldValues.has(value));
      const removed = [...oldValues].filter((value) => !newValues.has(value));
      if (added.length > 0) {
        if (side === "response") this.#add("breaking", "enum-value-added", at, `${describe(at)} may now be ${added.join(", ")}: exhaustive switches over it break.`);
        else this.#add("compatible", "enum-value-added", at, `${describe(at)} also accepts ${added.join(", ")}.`);
      }
      if (removed.length > 0) {
        if (side === "request") this.#add("breaking", "enum-value-removed", at, `${describe(at)} no longer accepts ${removed.join(", ")}.`);
        else this.#add("compatible", "enum-value-removed", at, `${describe(at)} is never ${removed.join(", ")} any more.`);
      }
      return;
    }
    const oldNull = hasNull(old);
    const newNull = hasNull(current);
    if (!oldNull && newNull && checker.isTypeAssignableTo(old, current)) {
      if (side === "response") this.#add("breaking", "response-nullable-added", at, `${describe(at)} may now be null.`);
      else this.#add("compatible", "request-nullable-added", at, `${describe(at)} now accepts null.`);
      return;
    }
    if (oldNull && !newNull && checker.isTypeAssignableTo(current, old)) {
      if (side === "request") this.#add("breaking", "request-nullable-removed", at, `${describe(at)} no longer accepts null.`);
      else this.#add("compatible", "response-nullable-removed", at, `${describe(at)} is never null any more.`);
      return;
    }
    const types = `${checker.typeToString(old)} → ${checker.typeToString(current)}`;
    if (side === "request") {
      if (forward) this.#add("compatible", "request-type-widened", at, `${describe(at)} accepts more than before (${types}).`);
      else this.#add("breaking", "request-type-changed", at, `${describe(at)} changed type (${types}): calls that send the old type no longer compile.`);
    } else if (backward) this.#add("compatible", "response-type-narrowed", at, `${describe(at)} is narrower than before (${types}).`);
    else this.#add("breaking", "response-type-changed", at, `${describe(at)} changed type (${types}): code that reads it may no longer compile.`);
  }

  #add(severity: Change["severity"], kind: string, at: Where, message: string): void {
    const key = at.schema ? `${kind}|${at.schema}|${at.inSchema}` : undefined;
    if (key) {
      if (this.#seen.has(key)) return;
      this.#seen.add(key);
    }
    this.#changes.push(change(severity, kind, at.operation, at.schema, at.path || null, message));
  }
}

/** Where the walk is: the operation, the named type it is inside (and the path within it), and the full path. */
interface Where {
  operation: string | null;
  schema: string | null;
  path: string;
  inSchema?: string;
}

function step(at: Where, name: string): Where {
  const join = (base: string): string => (name === "[]" ? `${base}[]` : base ? `${base}.${name}` : name);
  return { ...at, path: join(at.path), inSchema: at.inSchema === undefined ? undefined : join(at.inSchema) };
}

function describe(at: Where): string {
  return `\`${at.path}\`${at.schema ? ` (in ${at.schema})` : ""}`;
}

const OPERATION_TYPE = /(Params|Body|Response|Error)$/;

function isOperationType(name: string): boolean {
  return OPERATION_TYPE.test(name);
}

function namedType(type: ts.Type): string | undefined {
  return type.aliasSymbol?.name ?? (type.flags & ts.TypeFlags.Object && (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Interface ? type.symbol?.name : undefined);
}

function isPlainObject(type: ts.Type): boolean {
  if (!(type.flags & ts.TypeFlags.Object)) return false;
  const flags = (type as ts.ObjectType).objectFlags;
  if (flags & ts.ObjectFlags.Reference && ((type as ts.TypeReference).target.objectFlags & ts.ObjectFlags.Tuple)) return false;
  return type.getCallSignatures().length === 0 && !["Array", "ReadonlyArray", "Blob", "Date", "ReadableStream", "ArrayBuffer", "Uint8Array"].includes(type.symbol?.name ?? "");
}

function arrayElement(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  return checker.isArrayType(type) ? checker.getTypeArguments(type as ts.TypeReference)[0] : undefined;
}

function withoutUndefined(checker: ts.TypeChecker, type: ts.Type): ts.Type {
  if (!type.isUnion()) return type;
  const kept = type.types.filter((member) => !(member.flags & ts.TypeFlags.Undefined));
  return kept.length === type.types.length ? type : kept.length === 1 ? kept[0]! : (checker as unknown as { getUnionType(types: ts.Type[]): ts.Type }).getUnionType?.(kept) ?? type;
}

function hasNull(type: ts.Type): boolean {
  return type.isUnion() ? type.types.some((member) => (member.flags & ts.TypeFlags.Null) !== 0) : (type.flags & ts.TypeFlags.Null) !== 0;
}

/** The values of a union of literals (null and undefined aside), or undefined when it is not one. */
function literalValues(checker: ts.TypeChecker, type: ts.Type): Set<string> | undefined {
  const members = (type.isUnion() ? type.types : [type]).filter((member) => !(member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
  if (members.length === 0 || !members.every((member) => member.isLiteral() || (member.flags & ts.TypeFlags.BooleanLiteral) !== 0)) return undefined;
  return new Set(members.map((member) => checker.typeToString(member)));
}

/** The exported types that were removed or added (per-operation types come and go with their operations). */
function compareExportedTypes(program: Checker, before: ManifestOperation[], after: ManifestOperation[], changes: Change[]): void {
  const operationTypes = new Set([...before, ...after].flatMap((operation) => Object.values(operation.types).filter((name): name is string => typeof name === "string")));
  for (const [name, symbol] of program.types.before) {
    if (operationTypes.has(name) || name === "default") continue;
    const current = program.types.after.get(name);
    if (!current) changes.push(change("breaking", "type-removed", null, name, null, `The exported type ${name} was removed (or renamed): code that imports it no longer compiles.`));
    else compareDocs(changes, null, name, symbol, current);
  }
  for (const name of program.types.after.keys()) {
    if (!operationTypes.has(name) && !program.types.before.has(name)) changes.push(change("compatible", "type-added", null, name, null, `The exported type ${name} is new.`));
  }
}

/** A declaration whose text differs only in its comments is a docs-only change. */
function compareDocs(changes: Change[], operation: string | null, schema: string | null, old: ts.Symbol | undefined, current: ts.Symbol | undefined): void {
  const text = (symbol: ts.Symbol | undefined): { full: string; code: string } | undefined => {
    const declaration = symbol?.declarations?.[0];
    if (!declaration) return undefined;
    const source = declaration.getSourceFile();
    // Its own JSDoc, not the file's header (which names the spec and its hash) before the first declaration.
    const docs = (ts.getLeadingCommentRanges(source.text, declaration.getFullStart()) ?? []).filter((range) => source.text.startsWith("/**", range.pos));
    const code = declaration.getText(source);
    return { full: docs.map((range) => source.text.slice(range.pos, range.end)).join("\n") + code, code: code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "").replace(/\s+/g, " ") };
  };
  const before = text(old);
  const after = text(current);
  if (!before || !after || before.full === after.full || before.code !== after.code) return;
  const what = operation ?? schema ?? "";
  changes.push(change("docs", "docs-changed", operation, schema, null, `The documentation of ${what} changed.`));
}

function change(severity: Change["severity"], kind: string, operation: string | null, schema: string | null, location: string | null, message: string): Change {
  return { severity, kind, operation, schema, location, message };
}

const SEVERITY_ORDER = { breaking: 0, compatible: 1, docs: 2 } as const;

function sortChanges(changes: Change[]): Change[] {
  return changes
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => SEVERITY_ORDER[a.entry.severity] - SEVERITY_ORDER[b.entry.severity] || a.index - b.index)
    .map(({ entry }) => entry);
}
