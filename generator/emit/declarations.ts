// The declarations of the big modules, as data: what the emitters say, once, and format/print/ renders in each
// flavour (the typed sources, the `.js` the package ships, its `.d.ts`). Also the JSDoc texts the emitters write.
import type ts from "typescript";
import { jsDocText } from "./escape.js";

/** A top-level declaration of a generated module. */
export type Declaration = (
  | ImportDeclaration
  | ExportDeclaration
  | ConstDeclaration
  | FunctionDeclaration
  | CodeFunctionDeclaration
  | TypeDeclaration
  | LinesDeclaration
  | SourceDeclaration
  | PrintedDeclaration
) & {
  /**
   * The texts the format stage printed for it, by flavour, when the watch memo keeps it for the next run (the memo
   * gives it an empty record; the format stage fills it): `null` where prettier formats it.
   */
  readonly printed?: Partial<Record<Flavour, string | null>>;
};

/**
 * A rendering of a module: the typed TypeScript the tests compile (`ts`), or the two files the package ships, its
 * JavaScript (`js`: types left out) and its declarations (`d.ts`: bodies and module-private data left out).
 */
export type Flavour = "ts" | "js" | "d.ts";

/**
 * `import { names } from "module";`, or `import type` with `typeOnly` (left out of the `.js`). A value import is in the
 * `.d.ts` only if it names types too (`typeNames`).
 */
export interface ImportDeclaration {
  readonly kind: "import";
  readonly names: readonly string[];
  readonly module: string;
  readonly typeOnly: boolean;
  /** Those of `names` only the typed sources' bodies use (a constant's type): the `.d.ts` leaves them out. */
  readonly bodyNames?: readonly string[];
  /**
   * Names imported as types (`import { name, type Name }`), after `names`: the `.js` leaves them out; those in
   * `bodyNames` the `.d.ts` leaves out too.
   */
  readonly typeNames?: readonly string[];
}

/**
 * `export { names };` (the module's own bindings), or `export { names } from "module";` with `module`; `export type`
 * with `typeOnly` (left out of the `.js`).
 */
export interface ExportDeclaration {
  readonly kind: "export";
  readonly names: readonly string[];
  readonly module?: string;
  readonly typeOnly: boolean;
}

/** `const name: type = value;`, module-private data (left out of the `.d.ts`, but for an exported one's type). */
export interface ConstDeclaration {
  readonly kind: "const";
  readonly name: string;
  /** JSON data, with CodeExpressions (escape.ts) where it names code. */
  readonly value: unknown;
  /**
   * The name of its type, written in the typed sources, and in the `.d.ts` of an exported one (`export declare const
   * name: Type;`, the mocks' `examples`).
   */
  readonly typeName?: string;
  /** `export const`: data the module exports (the validators' `schemas`). */
  readonly exported?: boolean;
  /**
   * Its value, an object or array, written one entry a line (`{\n  a: 1,\n}`): prettier keeps such an object broken
   * even where it would fit on one line (the mocks' `examples`).
   */
  readonly expanded?: boolean;
  /** Its JSDoc text (unescaped). */
  readonly doc?: string;
}

/** `export function name(parameters): returns { return callee(args); }`, a few lines that call the runtime. */
export interface FunctionDeclaration {
  readonly kind: "function";
  readonly name: string;
  /** Its JSDoc text (unescaped). */
  readonly doc?: string;
  readonly parameters: readonly Parameter[];
  readonly returns: TypeExpression;
  /** What its body returns: a call of `callee` with these arguments (expressions the generator wrote, or data). */
  readonly call: { readonly callee: string; readonly args: readonly (string | DataArgument)[] };
}

/** An argument that is JSON data, written as a literal (the mocks' server paths). */
export interface DataArgument {
  readonly data: unknown;
}

/**
 * `export function name(parameters): returns { body }`, whose body its emitter wrote as code, and its types as text
 * (the query module's factories): the `.js` keeps the untyped body, the `.d.ts` only the signature.
 */
export interface CodeFunctionDeclaration {
  readonly kind: "code function";
  readonly name: string;
  /** Its JSDoc text (unescaped). */
  readonly doc?: string;
  /** `name: Type` or `name?: Type`. */
  readonly parameters: readonly string[];
  readonly returns: string;
  /** The typed body, and the same without types. */
  readonly body: string;
  readonly jsBody: string;
}

/** A function's parameter. */
export interface Parameter {
  readonly name: string;
  readonly optional: boolean;
  readonly type: TypeExpression;
  /** Its default value (JSON data): `name = value` in the `.js`, an optional `name?: Type` in the `.d.ts`. */
  readonly defaultValue?: unknown;
}

/** `export interface name { … }` or `export type name = …;`. */
export interface TypeDeclaration {
  readonly kind: "type";
  readonly name: string;
  /** Its JSDoc text (unescaped). */
  readonly doc?: string;
  /** An interface's type is an object type (a node of TypeScript's, or an ObjectType). */
  readonly form: "interface" | "alias";
  readonly type: TypeExpression;
}

/**
 * Code (kept in the `.js`) or types (in the `.d.ts`) that its emitter wrote line by line in prettier's form, but for
 * the lines too wide for it, which format/print/lines.ts breaks (the validators module).
 */
export interface LinesDeclaration {
  readonly kind: "lines";
  readonly lines: readonly string[];
  readonly code: boolean;
  /** An import: no blank line between it and the imports around it. */
  readonly isImport?: boolean;
}

/**
 * A declaration the watch memo keeps as nothing but the texts printed for it (its `printed`, one per flavour it is in):
 * its data, a type's syntax tree included, is let go once every flavour has its text.
 */
export interface PrintedDeclaration {
  readonly kind: "printed";
  readonly isImport: boolean;
}

/** Verbatim TypeScript that only prettier prints (e.g. openapi-typescript's helper types). */
export interface SourceDeclaration {
  readonly kind: "source";
  readonly text: string;
}

/**
 * A type: a node of TypeScript's (openapi-typescript's types, references, keywords), or one of the emitters' own
 * object types and their unions and intersections, which carry their layout as fields.
 */
export type TypeExpression = ts.TypeNode | ObjectType | TypeCombination;

/**
 * An object type of the emitters' own (the Params groups). Its keys are written as JSON strings where they are not
 * identifiers (openapi-typescript's are written as TypeScript's printer writes them).
 */
export interface ObjectType {
  readonly kind: "object";
  readonly members: readonly Member[];
  /** Written on one line, which prettier breaks only if it does not fit; else one member a line, as prettier keeps. */
  readonly oneLine: boolean;
}

/** A property of an ObjectType. */
export interface Member {
  readonly name: string;
  readonly optional: boolean;
  readonly type: TypeExpression;
  /** Its JSDoc text (unescaped). */
  readonly doc?: string;
}

/** `A | B` or `A & B`, of types that may be the emitters' own. */
export interface TypeCombination {
  readonly kind: "union" | "intersection";
  readonly types: readonly TypeExpression[];
}

/** Whether a type is one of the emitters' own (data) rather than a node of TypeScript's. */
export function isOwnType(type: TypeExpression): type is ObjectType | TypeCombination {
  return typeof type.kind === "string";
}

/** A block comment (its inside) as source, on the line above what follows. */
export function sourceComment(comment: string | undefined): string {
  return comment === undefined ? "" : `/*${comment}*/\n`;
}

/** The inside of a JSDoc block (between `/*` and `*\/`) for `text`: one line, or a line per line. */
export function jsDocComment(text: string | undefined): string | undefined {
  const escaped = text === undefined ? "" : jsDocText(text);
  if (escaped === "") return undefined;
  return escaped.includes("\n")
    ? `*\n${escaped
        .split("\n")
        .map((line) => (line === "" ? " *" : ` * ${line}`))
        .join("\n")}\n `
    : `* ${escaped} `;
}

/**
 * The inside of a JSDoc block that starts on the first line of `text` (`/** line\n * line *\/`), as the emitters write
 * member docs.
 */
export function inlineJsDocComment(text: string): string {
  return `* ${jsDocText(text).replace(/\n/g, "\n * ")} `;
}

/** Joins doc parts (summary, description, tags) into one JSDoc text, skipping empty ones. */
export function docText(...parts: Array<string | undefined | false>): string | undefined {
  const kept = parts.filter((part): part is string => typeof part === "string" && part.trim() !== "");
  return kept.length > 0 ? kept.join("\n\n") : undefined;
}
