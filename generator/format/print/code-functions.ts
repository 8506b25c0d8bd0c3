// Functions whose bodies an emitter wrote as code (the query module's factories, emit/emit-query.ts), laid out in
// prettier's form (prettier 3.10.1), so that a big spec's module (Stripe's is 800 KB) is not formatted by prettier on a
// first run: a few rules cover the shapes emit-query writes; whatever they do not cover is left to prettier
// (`undefined`), and test/query/query-layout.test.ts holds the rest to prettier over the specs the tests use.
import { PRINT_WIDTH as WIDTH } from "./layout.js";

/** A type as emit-query writes it, split where prettier may break it. */
type TypeNode =
  | { kind: "atom"; text: string }
  | { kind: "generic"; name: string; args: TypeNode[] }
  | { kind: "tuple"; elements: TypeNode[] }
  | { kind: "array"; element: TypeNode }
  | { kind: "other"; text: string };

/**
 * `export declare function name(parameters): returns;` as prettier prints it (src/language-js/print/function.js,
 * function-parameters.js, type-parameters.js): on one line when it fits; else one parameter a line with a trailing
 * comma (a parameter prettier would hug, an object type, never occurs here), and the return type's type arguments
 * broken where they do not fit.
 */
export function layoutDeclaredFunction(
  comment: string,
  name: string,
  parameters: readonly string[],
  returns: string,
): string | undefined {
  if (hasEscapes(returns)) return undefined;
  const type = parseType(returns);
  if (type === undefined) return undefined;
  const flat = `export declare function ${name}(${parameters.join(", ")}): ${returns};`;
  if (flat.length <= WIDTH) return comment + flat;
  const printed = layoutType(type, "", 3, 1);
  if (printed === undefined) return undefined;
  return `${comment}export declare function ${name}(\n${parameters.map((p) => `  ${p},`).join("\n")}\n): ${printed};`;
}

/**
 * `export function name(parameters) {\n body\n}` in prettier's form: emit-query writes its bodies with prettier's
 * spacing, quotes and trailing commas, and an object literal broken after its `{`, which prettier keeps broken; of
 * the lines that do not fit, a property whose value is an arrow function breaks after the `=>`
 * (src/language-js/print/arrow-function.js), and a returned array puts one element a line with a trailing comma
 * (src/language-js/print/array.js). Anything else that does not fit is left to prettier.
 */
export function layoutFunction(comment: string, text: string): string | undefined {
  if (hasEscapes(text)) return undefined;
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    const laid = line.length <= WIDTH ? line : (breakArrowProperty(line) ?? breakReturnedArray(line));
    if (laid === undefined) return undefined;
    lines.push(laid);
  }
  return comment + lines.join("\n");
}

/**
 * `key: (params) => body,` as `key: (params) =>` and the body on the next line, indented, when it fits there; a body
 * that is a call and still does not fit puts one argument a line (src/language-js/print/call-arguments.js), unless
 * prettier would hug its first or last argument (a function with a block, an object, an array, a function).
 */
function breakArrowProperty(line: string): string | undefined {
  const match =
    /^( +)([\p{ID_Start}$_][\p{ID_Continue}$]*: \([^()]*\) =>) ([\p{ID_Start}$_][\p{ID_Continue}$]*)\((.*)\),$/u.exec(
      line,
    );
  if (!match) return undefined;
  const [, indent, head, callee, list] = match as unknown as [string, string, string, string, string];
  const body = `${indent}  ${callee}(${list}),`;
  if (body.length <= WIDTH) return `${indent}${head}\n${body}`;
  const args = splitTopLevel(list, ",");
  const inner = `${indent}    `;
  if (!args || args.length < 2 || !isName(args[args.length - 1]!) || args[0]!.includes("=> {")) return undefined;
  if (args.some((arg) => inner.length + arg.length + 1 > WIDTH)) return undefined;
  return `${indent}${head}\n${indent}  ${callee}(\n${args.map((arg) => `${inner}${arg},`).join("\n")}\n${indent}  ),`;
}

/** `return [a, b];` as one element a line, each fitting, with a trailing comma. */
function breakReturnedArray(line: string): string | undefined {
  const match = /^( +)return \[(.*)\];$/.exec(line);
  const elements = match && splitTopLevel(match[2]!, ",");
  if (!match || !elements || elements.length < 2) return undefined;
  const inner = `${match[1]}  `;
  if (elements.some((element) => inner.length + element.length + 1 > WIDTH)) return undefined;
  return `${match[1]}return [\n${elements.map((element) => `${inner}${element},`).join("\n")}\n${match[1]}];`;
}

/**
 * A string literal with an escape or a quote inside may be requoted by prettier (it picks the quote needing fewer
 * escapes); such a declaration is left to it.
 */
function hasEscapes(text: string): boolean {
  return /\\|'|`/.test(text);
}

/**
 * A type, printed from column `column` at `indent` with `trailing` characters after it on its line. Type arguments
 * that do not fit go one a line, without a trailing comma; a single argument that is a plain name is never broken
 * (prettier hugs it); a tuple goes one element a line; anything else that does not fit (a union, a single complex
 * argument) is left to prettier.
 */
function layoutType(type: TypeNode, indent: string, column: number, trailing: number): string | undefined {
  const flat = flatType(type);
  if (column + flat.length + trailing <= WIDTH || type.kind === "atom") return flat;
  if (type.kind === "other") return undefined;
  if (type.kind === "tuple") return layoutTuple(type.elements, indent);
  // `Element[]`: the element breaks as it would alone, the `[]` after it (src/language-js/print/type-annotation.js).
  if (type.kind === "array") {
    const element = layoutType(type.element, indent, column, trailing + 2);
    return element === undefined ? undefined : `${element}[]`;
  }
  if (type.args.length === 1)
    return type.args[0]!.kind === "atom" && isName(flatType(type.args[0]!)) ? flat : undefined;
  const inner = `${indent}  `;
  const args: string[] = [];
  for (const [index, arg] of type.args.entries()) {
    const last = index === type.args.length - 1;
    const printed = layoutType(arg, inner, inner.length, last ? 0 : 1);
    if (printed === undefined) return undefined;
    args.push(`${inner}${printed}${last ? "" : ","}`);
  }
  return `${type.name}<\n${args.join("\n")}\n${indent}>`;
}

/**
 * A tuple that does not fit: one element a line, with a trailing comma (src/language-js/print/array.js, which prints
 * tuple types too); elements that are not atoms are left to prettier.
 */
function layoutTuple(elements: readonly TypeNode[], indent: string): string | undefined {
  const inner = `${indent}  `;
  if (elements.length === 0 || elements.some((element) => element.kind !== "atom")) return undefined;
  return `[\n${elements.map((element) => `${inner}${flatType(element)},`).join("\n")}\n${indent}]`;
}

function flatType(type: TypeNode): string {
  if (type.kind === "generic") return `${type.name}<${type.args.map(flatType).join(", ")}>`;
  if (type.kind === "tuple") return `[${type.elements.map(flatType).join(", ")}]`;
  if (type.kind === "array") return `${flatType(type.element)}[]`;
  return type.text;
}

function isName(text: string): boolean {
  return /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(text);
}

/**
 * Splits the types emit-query writes: `Name<a, b>` (arguments split at top-level commas), a tuple, an atom (a name, a
 * string literal, an indexed access, `typeof x`) or anything else (a union), which is never broken here.
 */
function parseType(text: string): TypeNode | undefined {
  const parts = splitTopLevel(text, "|");
  if (parts === undefined) return undefined;
  if (parts.length > 1) return { kind: "other", text };
  if (text.endsWith("[]") && balancedInside(text.slice(0, -2))) {
    const element = parseType(text.slice(0, -2));
    return element && { kind: "array", element };
  }
  if (text.startsWith("[") && text.endsWith("]")) {
    const elements = splitTopLevel(text.slice(1, -1), ",")?.map((element) => parseType(element));
    if (!elements || elements.some((element) => element === undefined)) return undefined;
    return { kind: "tuple", elements: elements as TypeNode[] };
  }
  const generic = /^([\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)<([\s\S]*)>$/u.exec(text);
  if (!generic || !balancedInside(generic[2]!)) return { kind: "atom", text };
  const args = splitTopLevel(generic[2]!, ",")!.map((arg) => parseType(arg.trim()));
  if (args.some((arg) => arg === undefined)) return undefined;
  return { kind: "generic", name: generic[1]!, args: args as TypeNode[] };
}

/** Whether the brackets of `text` (outside string literals) close in order and never go below zero. */
function balancedInside(text: string): boolean {
  return splitTopLevel(text, ",") !== undefined;
}

/**
 * `text` cut at `separator` where no bracket is open and not in a string literal (the `>` of an arrow `=>` is none);
 * `undefined` when unbalanced.
 */
function splitTopLevel(text: string, separator: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      i = text.indexOf('"', i + 1);
      if (i < 0) return undefined;
    } else if (char === "<" || char === "[" || char === "(" || char === "{") depth++;
    else if ((char === ">" && text[i - 1] !== "=") || char === "]" || char === ")" || char === "}") {
      if (--depth < 0) return undefined;
    } else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}
