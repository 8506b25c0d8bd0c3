// The judge of the change report: TypeScript itself. From the old client's declarations it writes caller programs
// (every call shape the old functions allowed, with arguments passing every request field; code reading every response
// field), compiles them against the new client, and checks that each new response type is assignable to the old one.
import ts from "typescript";
import { inMemoryHost } from "../../generator/report/compare-clients.js";
import { COMPARE_LIB } from "../../generator/report/compare-lib.js";

/** The oracle's verdict for a pair of clients, with the compiler's messages that made it breaking. */
export interface OracleVerdict {
  verdict: "breaking" | "compatible" | "docs" | "none";
  errors: string[];
}

interface Operation {
  method: string;
  path: string;
  function: string;
  types: { params: string | null; response: string; error?: string | null };
  security: string[][];
}

const LIB = "/lib.d.ts";
const HELPERS = `
type NN<T> = T extends null | undefined ? never : T;
type Keys<T> = T extends unknown ? keyof T : never;
type At<T, K> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
type KeysOf<T> = [NN<T>] extends [never] ? PropertyKey : Keys<NN<T>>;
declare function read<T, K extends KeysOf<T>>(value: T, key: K): At<NN<T>, K>;
declare function elem<T>(value: T): [NN<T>] extends [never] ? never : NN<T> extends readonly (infer E)[] ? E : never;
type Narrow<T, K> = T extends unknown ? ([Extract<K, keyof T>] extends [never] ? never : T) : never;
declare function pick<T, K extends PropertyKey>(value: T): Narrow<NN<T>, K>;
declare function opaque<T>(): T;
type FirstParameter<F> = F extends (first: infer C, ...rest: never[]) => unknown ? C : never;
type Rest<F> = F extends (first: never, ...rest: infer R) => unknown ? R : never;
type Plain<T> = T extends readonly (infer E)[] ? Plain<E>[] : T extends Blob | Date | ArrayBuffer | Uint8Array | ReadableStream ? T : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;
`;
const OPAQUE = new Set(["Array", "ReadonlyArray", "Blob", "File", "Date", "ArrayBuffer", "Uint8Array", "ReadableStream", "AbortSignal"]);
const MAX_DEPTH = 5;
/** The most statements the reads of one response may take (deeper fields beyond it go unread: a known gap). */
const READ_BUDGET = 20_000;

/** Judges what the change from `before` to `after` (clients as files by path) means to callers of `before`. */
export function judge(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): OracleVerdict {
  const files = new Map<string, string>([[LIB, COMPARE_LIB]]);
  for (const [root, client] of [["/before/", before], ["/after/", after]] as const) {
    for (const [name, text] of client) if (name.endsWith(".d.ts")) files.set(root + name, text);
  }
  const oldProgram = program(files, ["/before/types.d.ts", "/before/operations.d.ts"]);
  const operations = (JSON.parse(before.get("operations.json")!) as { operations: Operation[] }).operations;
  const changed = changedDeclarations(before.get("types.d.ts") ?? "", after.get("types.d.ts") ?? "");
  const current = (JSON.parse(after.get("operations.json")!) as { operations: Operation[] }).operations;
  const writer = new CallerWriter(oldProgram.getTypeChecker(), changed);
  files.set("/caller.ts", writer.write(oldProgram, operations, current));
  const check = program(files, ["/caller.ts"], oldProgram);
  const errors = ts.getPreEmitDiagnostics(check, check.getSourceFile("/caller.ts")).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  errors.push(...lostMembers(check, writer.picks));
  errors.push(...routeChanges(operations, current));
  if (errors.length > 0) return { verdict: "breaking", errors };
  const declarations = (client: ReadonlyMap<string, string>, strip: boolean): string =>
    [...client].filter(([name]) => name.endsWith(".d.ts")).sort().map(([name, text]) => `${name}\n${strip ? withoutComments(withoutHeader(text)) : withoutHeader(text)}`).join("\n");
  if (declarations(before, true) !== declarations(after, true)) return { verdict: "compatible", errors };
  return { verdict: declarations(before, false) !== declarations(after, false) ? "docs" : "none", errors };
}

/**
 * The exported declarations of types.d.ts whose code (comments aside) differs between the clients, or that exist on
 * one side only. A named type reached deep is read and sent from its name only when it changed; one that did not is
 * still walked for the named types it holds, whose own blocks check them (its fields hold the same names on both sides).
 */
function changedDeclarations(before: string, after: string): Set<string> {
  const declarations = (text: string): Map<string, string> => {
    const source = ts.createSourceFile("/types.d.ts", text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    const found = new Map<string, string>();
    for (const statement of source.statements) {
      if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name) found.set(statement.name.text, withoutComments(statement.getText(source)));
    }
    return found;
  };
  const old = declarations(before);
  const current = declarations(after);
  return new Set([...old.keys(), ...current.keys()].filter((name) => old.get(name) !== current.get(name)));
}

/**
 * A union member narrowed into by its own keys that finds nothing in the new union is gone, and a narrower response
 * is compatible; but when the union kept as many members, the member is still there and lost those keys: its reads
 * would see `unknown` (TypeScript narrows `"y" in value` to `value & Record<"y", unknown>`), so that is breaking.
 */
function lostMembers(check: ts.Program, picks: ReadonlyArray<{ id: number; members: number; keys: string }>): string[] {
  if (picks.length === 0) return [];
  const checker = check.getTypeChecker();
  const names = new Map<string, ts.Identifier>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && /^[nw]\d+$/.test(node.name.text)) names.set(node.name.text, node.name);
    ts.forEachChild(node, visit);
  };
  visit(check.getSourceFile("/caller.ts")!);
  return picks.flatMap(({ id, members, keys }) => {
    const narrowed = names.get(`n${id}`);
    const union = names.get(`w${id}`);
    if (!narrowed || !union || !(checker.getTypeAtLocation(narrowed).flags & ts.TypeFlags.Never)) return [];
    // Inside a member already gone, everything is never: nothing more was lost there.
    const now = checker.getTypeAtLocation(union);
    return !(now.flags & ts.TypeFlags.Never) && countMembers(now) >= members ? [`the union member with ${keys} lost them, though the union kept its ${members} members`] : [];
  });
}

/** The members of a union, null and undefined aside. */
function countMembers(type: ts.Type): number {
  return (type.isUnion() ? type.types : [type]).filter((member) => !(member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined))).length;
}

/** A call that still compiles but goes elsewhere, or asks for other credentials, is breaking too. */
function routeChanges(before: Operation[], after: Operation[]): string[] {
  const byName = new Map(after.map((operation) => [operation.function, operation]));
  return before.flatMap((old) => {
    const current = byName.get(old.function);
    if (!current) return [];
    const same = current.method === old.method && current.path === old.path && JSON.stringify(current.security) === JSON.stringify(old.security);
    return same ? [] : [`${old.function} now sends ${current.method} ${current.path}`];
  });
}

/** The header names the spec file and its hash: it differs for any edit, and says nothing about the declarations. */
function withoutHeader(text: string): string {
  return text.replace(/^\/\/ Generated from .*\n/, "");
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "").replace(/\s+/g, " ");
}

function program(files: Map<string, string>, roots: string[], old?: ts.Program): ts.Program {
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noLib: true, types: [], skipLibCheck: true };
  const host = inMemoryHost(files, LIB);
  return ts.createProgram([LIB, ...roots.filter((name) => files.has(name))], options, host, old);
}

/** Writes the caller program from the old client's types; it imports only the new client. */
class CallerWriter {
  readonly #checker: ts.TypeChecker;
  #variable = 0;
  /** 0: values with every property; 1: only the required ones; 2: optional objects too, with their required ones. */
  #minimal: 0 | 1 | 2 = 0;
  /** The old client's exported type names. */
  #exported = new Set<string>();
  /** Named types reached beyond MAX_DEPTH, read (response) or sent (request) from their names once each. */
  readonly #deep: Array<{ name: string; type: ts.Type; side: "request" | "response" }> = [];
  readonly #queued = new Set<string>();
  /** Writing the queued named types' blocks: named types inside them are queued too, not written inline. */
  #inBlock = false;

  readonly #changed: ReadonlySet<string>;
  /** Each union member read narrowed by its own keys (`n<id>`, its union `w<id>`), with the old union's member count. */
  readonly picks: Array<{ id: number; members: number; keys: string }> = [];

  constructor(checker: ts.TypeChecker, changed: ReadonlySet<string>) {
    this.#checker = checker;
    this.#changed = changed;
  }

  write(old: ts.Program, operations: Operation[], current: Operation[]): string {
    const checker = this.#checker;
    const exportsOf = (file: string): ts.Symbol[] => {
      const source = old.getSourceFile(file);
      const symbol = source && checker.getSymbolAtLocation(source);
      return symbol ? checker.getExportsOfModule(symbol) : [];
    };
    const types = new Map(exportsOf("/before/types.d.ts").map((symbol) => [symbol.name, symbol]));
    const functions = new Map(exportsOf("/before/operations.d.ts").map((symbol) => [symbol.name, symbol]));
    this.#exported = new Set(types.keys());
    const lines = [`import * as api from "./after/operations.js";`, `import type * as OldApi from "./before/operations.js";`, `import type * as T from "./after/types.js";`, `import type * as Old from "./before/types.js";`, HELPERS];
    // Code that imports a type by name.
    for (const name of types.keys()) if (name !== "default") lines.push(`type Import_${lines.length} = T.${name};`);
    // A call's result is typed by the new function: its response type may now have another name (`DeleteFileResponse`,
    // a schema, → `DeleteFileResponse2 = string` once the media type is text), and so may the error it throws.
    const now = new Map(current.map((operation) => [operation.function, operation.types]));
    for (const operation of operations) {
      const symbol = functions.get(operation.function);
      for (const line of symbol ? this.#calls(operation.function, symbol) : []) lines.push(line);
      const response = types.get(operation.types.response);
      for (const line of response ? this.#reads(operation.types.response, checker.getDeclaredTypeOfSymbol(response), now.get(operation.function)?.response) : []) lines.push(line);
      // Code that handles an ApiError reads its body, typed as the operation's error.
      const error = operation.types.error ? types.get(operation.types.error) : undefined;
      for (const line of error ? this.#reads(operation.types.error!, checker.getDeclaredTypeOfSymbol(error), now.get(operation.function)?.error ?? undefined) : []) lines.push(line);
    }
    // Types reached deeper than the nesting written inline: each read, and sent, once, from its own name.
    this.#inBlock = true;
    for (let next = this.#deep.shift(); next; next = this.#deep.shift()) {
      // An unchanged type is walked (queueing the named types inside it) but not written.
      const out = this.#changed.has(next.name) ? lines : [];
      if (next.side === "response") out.push(...this.#reads(next.name, next.type));
      else for (const minimal of [0, 1, 2] as const) {
        this.#minimal = minimal;
        out.push(`{ const sent: T.${next.name} = ${this.#value(next.type, 0, 0, [])}; }`);
      }
      this.#minimal = 0;
    }
    return `${lines.join("\n")}\n`;
  }

  /** Every call shape the old signature allowed: each number of arguments, each union member of the arguments. */
  #calls(name: string, symbol: ts.Symbol): string[] {
    const checker = this.#checker;
    const signature = checker.getTypeOfSymbol(symbol).getCallSignatures()[0];
    if (!signature) return [];
    const parameters = signature.getParameters();
    const required = parameters.filter((parameter) => {
      const declaration = parameter.valueDeclaration;
      return !(declaration && ts.isParameter(declaration) && (declaration.questionToken || declaration.initializer));
    }).length;
    const lines: string[] = [];
    const variants = Math.max(1, ...parameters.map((parameter) => this.#unionWidth(checker.getTypeOfSymbol(parameter), 0, new Set())));
    for (let count = required; count <= parameters.length; count++) {
      // Calls that pass every field; only the required ones; and optional objects with only their required ones.
      for (const minimal of [0, 1, 2] as const) {
        for (let variant = 0; variant < (count > 1 ? variants : 1); variant++) {
          this.#minimal = minimal;
          const args = parameters.slice(0, count).map((parameter, index) => (index === 0 ? `opaque<FirstParameter<typeof api.${name}>>()` : this.#value(withoutUndefined(checker.getTypeOfSymbol(parameter)), variant, 0, [])));
          lines.push(`api.${name}(${args.join(", ")});`);
        }
      }
    }
    this.#minimal = 0;
    // Code that passes values it builds elsewhere, of the old parameter types' structure (Plain: as object literals are
    // typed, without an interface's nominal lack of an index signature): each must be assignable to the new parameter,
    // at every depth (a field that became required inside an optional object, or inside one member of a oneOf).
    for (let count = Math.max(required, 2); count <= parameters.length; count++) {
      const args = [`opaque<FirstParameter<typeof api.${name}>>()`];
      for (let index = 1; index < count; index++) args.push(`opaque<Plain<Rest<typeof OldApi.${name}>[${index - 1}]>>()`);
      lines.push(`api.${name}(${args.join(", ")});`);
    }
    return lines;
  }

  /** The old client's exported name of a type, when it has one. */
  #nameOf(type: ts.Type): string | undefined {
    const name = type.aliasSymbol?.name ?? (type.flags & ts.TypeFlags.Object && (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Interface ? type.symbol?.name : undefined);
    return name !== undefined && this.#exported.has(name) ? name : undefined;
  }

  /** Queues a named type met beyond MAX_DEPTH, to be read or sent from its name; false when it has no name. */
  #deeper(type: ts.Type, side: "request" | "response"): string | undefined {
    const name = this.#nameOf(type);
    if (name === undefined) return undefined;
    if (!this.#queued.has(`${side} ${name}`)) {
      this.#queued.add(`${side} ${name}`);
      this.#deep.push({ name, type, side });
    }
    return name;
  }

  #unionWidth(type: ts.Type, depth: number, seen: Set<ts.Type>): number {
    if (depth > MAX_DEPTH || seen.has(type)) return 1;
    seen.add(type);
    const checker = this.#checker;
    let width = type.isUnion() ? type.types.length : 1;
    const parts = type.isUnion() || type.isIntersection() ? type.types : [type];
    for (const part of parts) {
      const element = elementOf(checker, part);
      if (element) width = Math.max(width, this.#unionWidth(element, depth + 1, seen));
      else if (isObject(part)) for (const property of checker.getPropertiesOfType(part)) width = Math.max(width, this.#unionWidth(checker.getTypeOfSymbol(property), depth + 1, seen));
    }
    seen.delete(type);
    return Math.min(width, 12);
  }

  /** An expression of the type: every property, optional ones too; the `variant`-th member of each union. */
  #value(type: ts.Type, variant: number, depth: number, stack: ts.Type[]): string {
    const checker = this.#checker;
    const flags = type.flags;
    if (flags & ts.TypeFlags.StringLiteral) return JSON.stringify((type as ts.StringLiteralType).value);
    if (flags & ts.TypeFlags.NumberLiteral) return `${(type as ts.NumberLiteralType).value}`;
    if (flags & ts.TypeFlags.BooleanLiteral) return checker.typeToString(type);
    if (flags & ts.TypeFlags.String) return `"s"`;
    if (flags & ts.TypeFlags.Number) return "1";
    if (flags & ts.TypeFlags.Null) return "null";
    if (flags & ts.TypeFlags.Undefined) return "undefined";
    if (flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return "({} as unknown)";
    if (type.isUnion()) {
      const members = type.types.filter((member) => !(member.flags & ts.TypeFlags.Undefined));
      return this.#value(members[variant % members.length]!, variant, depth, stack);
    }
    const name = type.symbol?.name ?? "";
    const element = elementOf(checker, type);
    if (element) return `[${this.#value(element, variant, depth + 1, stack)}]`;
    if (isLibType(type) && name !== "Array" && name !== "ReadonlyArray") return `(null as unknown as ${name})`;
    // Deeper than MAX_DEPTH, a named type is sent once from its name (a literal of it, queued), and here as a value of
    // the old type, which must still fit.
    const deep = depth > 0 && (depth > MAX_DEPTH || this.#inBlock) && isObject(type) ? this.#deeper(type, "request") : undefined;
    if (deep) return `opaque<Old.${deep}>()`;
    if (!isObject(type) || depth > MAX_DEPTH || stack.includes(type)) return "opaque()";
    const entries: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      // A minimal call leaves out optional leaves, but sends optional objects with their required fields.
      const valueType = withoutUndefined(checker.getTypeOfSymbol(property));
      const nested = isObject(valueType) || elementOf(checker, valueType) !== undefined;
      if (optional && ((this.#minimal === 1 || (this.#minimal === 2 && !nested)) || depth >= MAX_DEPTH)) continue;
      entries.push(`${JSON.stringify(property.name)}: ${this.#value(withoutUndefined(checker.getTypeOfSymbol(property)), variant, depth + 1, [...stack, type])}`);
    }
    // `Record<string, never>` (an operation without arguments) admits no other key: no caller sends one.
    const index = checker.getIndexInfosOfType(type).find((info) => info.keyType.flags & ts.TypeFlags.String && !(info.type.flags & ts.TypeFlags.Never));
    if (index) entries.push(`"other_key": ${this.#value(index.type, variant, depth + 1, [...stack, type])}`);
    return `{ ${entries.join(", ")} }`;
  }

  /**
   * Statements reading every field of the old response type from a value of the new one, each used as a value of the
   * old field's type (read the same way from a value of the old type), then the whole value as the old type.
   */
  #reads(name: string, type: ts.Type, newName = name): string[] {
    const lines = [`{`, `  const r = opaque<T.${newName}>();`, `  const o = opaque<Old.${name}>();`, `  const old: Old.${name} = r;`];
    this.#read(type, "r", "o", lines, 0, []);
    lines.push(`}`);
    return lines;
  }

  #read(type: ts.Type, variable: string, oldVariable: string, lines: string[], depth: number, stack: ts.Type[]): void {
    const checker = this.#checker;
    if (stack.includes(type)) return;
    const step = (access: string, oldAccess: string, next: ts.Type): void => {
      // A budget per response: GitHub's types nest wide enough to make millions of reads at full depth.
      if (lines.length > READ_BUDGET) return;
      const id = this.#variable++;
      lines.push(`  const v${id} = ${access};`, `  const o${id} = ${oldAccess};`, `  const c${id}: typeof o${id} = v${id};`);
      this.#read(next, `v${id}`, `o${id}`, lines, depth + 1, [...stack, type]);
    };
    const members = type.isUnion() ? type.types : [type];
    const objects = members.filter((member) => isObject(member) && !isLibType(member));
    for (const member of members) {
      // Deeper than MAX_DEPTH, and below the top of a named type's own block, a named type is read once from its name
      // (queued): the check above held this place to it.
      if (depth > 0 && (depth > MAX_DEPTH || this.#inBlock) && this.#deeper(member, "response")) continue;
      if (depth > MAX_DEPTH) continue;
      const elementType = elementOf(checker, member);
      if (elementType) {
        step(`elem(${variable})`, `elem(${oldVariable})`, elementType);
        continue;
      }
      if (!isObject(member) || isLibType(member)) continue;
      // A member of a union is read as code reads it, narrowed into by the keys no other member has (`"code" in value`);
      // when the new union has no member left with any of them, the member is gone and its reads hold of nothing:
      // a response that admits fewer values is narrower, not breaking (README, "What breaking means").
      const others = new Set(objects.filter((other) => other !== member).flatMap((other) => checker.getPropertiesOfType(other).map((property) => property.name)));
      const own = members.length > 1 ? checker.getPropertiesOfType(member).map((property) => property.name).filter((name) => !others.has(name)) : [];
      let [value, oldValue] = [variable, oldVariable];
      if (own.length > 0) {
        const keys = own.map((name) => JSON.stringify(name)).join(" | ");
        const id = this.#variable++;
        lines.push(`  const w${id} = ${variable};`, `  const n${id} = pick<typeof ${variable}, ${keys}>(${variable});`, `  const m${id} = pick<typeof ${oldVariable}, ${keys}>(${oldVariable});`);
        this.picks.push({ id, members: countMembers(type), keys });
        [value, oldValue] = [`n${id}`, `m${id}`];
      }
      for (const property of checker.getPropertiesOfType(member)) {
        const key = JSON.stringify(property.name);
        step(`read(${value}, ${key})`, `read(${oldValue}, ${key})`, checker.getTypeOfSymbol(property));
      }
      const index = checker.getIndexInfosOfType(member).find((info) => info.keyType.flags & ts.TypeFlags.String);
      if (index) step(`read(${value}, "other_key")`, `read(${oldValue}, "other_key")`, index.type);
    }
  }
}

/** The element type of an array, or of an intersection of arrays (allOf). */
function elementOf(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  if (checker.isArrayType(type)) return checker.getTypeArguments(type as ts.TypeReference)[0];
  if (type.isIntersection() && type.types.every((member) => checker.isArrayType(member))) return checker.getIndexTypeOfType(type, ts.IndexKind.Number);
  return undefined;
}

function isObject(type: ts.Type): boolean {
  if (type.isIntersection()) return type.types.every(isObject);
  return (type.flags & ts.TypeFlags.Object) !== 0 && type.getCallSignatures().length === 0 && !isLibType(type);
}

/** A platform type of the lib (`Blob`, `Date`…), sent and read as a whole; a client's own `File` (Stripe's) is not one. */
function isLibType(type: ts.Type): boolean {
  const declaration = type.symbol?.declarations?.[0];
  return OPAQUE.has(type.symbol?.name ?? "") && declaration !== undefined && !/^\/(before|after)\//.test(declaration.getSourceFile().fileName);
}

function withoutUndefined(type: ts.Type): ts.Type {
  if (!type.isUnion()) return type;
  const kept = type.types.filter((member) => !(member.flags & ts.TypeFlags.Undefined));
  return kept.length === 1 ? kept[0]! : type;
}
