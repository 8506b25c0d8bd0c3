// Tokens as prettier prints them: strings (its quote choice), numbers, property keys (quoteProps "as-needed"), and
// block comments (re-indented JSDoc); and string literals as TypeScript's printer writes them, which is what prettier
// reads in openapi-typescript's types. Follows prettier 3.10.1's src/utilities/print-string.js, print-number.js,
// src/language-js/print/key.js and src/language-js/print/comment.js.
import { hardline, hardlineKeepingSpaces, type Layout } from "./layout.js";

/** The parser prettier would read the file with: keys that look like numbers are unquoted in JavaScript only. */
export type Language = "js" | "ts";

/**
 * A string literal, given as written in the unformatted source (`raw`, quotes included), as prettier prints it:
 * double quotes unless the text holds more double quotes than single ones, escapes otherwise kept (print-string.js,
 * with src/utilities/make-string.js).
 */
export function printString(raw: string): string {
  const content = raw.slice(1, -1);
  let doubles = 0;
  let singles = 0;
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index);
    if (code === 34) doubles++;
    else if (code === 39) singles++;
  }
  const quote = doubles > singles ? "'" : '"';
  if (raw[0] === quote) return raw;
  const other = quote === '"' ? "'" : '"';
  const body = content.replace(
    /\\(["'\\])|(["'])/g,
    (match, escaped: string | undefined, unescaped: string | undefined) => {
      if (escaped) return escaped === other ? other : match;
      return unescaped === quote ? `\\${unescaped}` : unescaped!;
    },
  );
  return quote + body + quote;
}

/** A number as prettier prints it: lower case, no needless zeros, signs or exponents (print-number.js). */
export function printNumber(raw: string): string {
  if (raw.length === 1) return raw;
  return raw
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(?=\d)/, "$1$2")
    .replace(/^([+-]?[\d.]+)e[+-]?0+$/, "$1")
    .replace(/^([+-])?\./, "$10.")
    .replace(/(\.\d+?)0+(?=e|$)/, "$1")
    .replace(/\.(?=e|$)/, "");
}

/**
 * The key of a property given as a quoted string (`raw`, as written), as prettier prints it: unquoted where safe
 * (key.js's printPropertyKey).
 */
export function printStringKey(raw: string, value: string, language: Language): string {
  const printed = printString(raw);
  if (printed.slice(1, -1) === value) {
    if (isEs5IdentifierName(value)) return value;
    if (language === "js" && /^(?:\d+|\d+\.\d+)$/.test(value) && String(Number(value)) === value) return value;
  }
  return printed;
}

/**
 * ES5's IdentifierName (letters of the Basic Multilingual Plane only), as prettier tests it before unquoting a key
 * (key.js, with the is-es5-identifier-name package).
 */
function isEs5IdentifierName(value: string): boolean {
  return (
    /^[$_\p{L}\p{Nl}][$_\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200c\u200d]*$/u.test(value) &&
    !/[\u{10000}-\u{10ffff}]/u.test(value)
  );
}

/** A block comment (its inside) on the lines above a declaration; the declaration alone without one. */
export function withBlockComment(comment: string | undefined, layout: Layout): Layout {
  return comment === undefined ? layout : [printBlockComment(comment), hardline, layout];
}

/** Thrown for a construct a printer does not print itself; the caller hands that declaration to prettier instead. */
export class NotPrintable extends Error {}

/**
 * A block comment (`value` is what lies between `/*` and `*\/`) as prettier prints it: a multi-line comment whose
 * lines all start with `*` is re-indented to the code around it; a one-line comment is kept as is (comment.js's
 * printComment and printIndentableBlockComment).
 */
export function printBlockComment(value: string): Layout {
  if (!value.includes("\n")) return `/*${value}*/`;
  const lines = `*${value}*`.split("\n").map((text) => text.trimStart());
  if (!lines.every((text) => text.startsWith("*"))) throw new NotPrintable("a block comment prettier keeps unindented");
  const isJsdoc = value[0] === "*" && value[1] !== "*";
  const parts: Layout[] = ["/"];
  lines.forEach((text, index) => {
    if (index === 0) parts.push(text.trimEnd(), hardline);
    else if (index === lines.length - 1) parts.push(" ", text);
    else {
      const trimmed = text.trimEnd();
      // A JSDoc line ending in two spaces is a markdown line break: prettier keeps two spaces.
      if (isJsdoc && trimmed !== "*" && text.endsWith("  ")) parts.push(" ", trimmed, "  ", hardlineKeepingSpaces);
      else parts.push(" ", trimmed, hardline);
    }
  });
  parts.push("/");
  return parts;
}

/**
 * A string literal as TypeScript's printer writes a synthesized one: double quotes, everything beyond ASCII escaped.
 */
export function typescriptString(text: string): string {
  const escaped = text.replace(/[\\"\u0000-\u001f\u2028\u2029\u0085]/g, (char, offset: number) => {
    const code = char.charCodeAt(0);
    if (code === 0) return /[0-9]/.test(text[offset + 1] ?? "") ? "\\x00" : "\\0";
    return TYPESCRIPT_ESCAPES[char] ?? utf16Escape(code);
  });
  return `"${escaped.replace(/[^\u0000-\u007f]/g, (char) => utf16Escape(char.charCodeAt(0)))}"`;
}
const TYPESCRIPT_ESCAPES: Record<string, string> = {
  "\t": "\\t",
  "\v": "\\v",
  "\f": "\\f",
  "\b": "\\b",
  "\r": "\\r",
  "\n": "\\n",
  "\\": "\\\\",
  '"': '\\"',
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
  "\u0085": "\\u0085",
};
function utf16Escape(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
