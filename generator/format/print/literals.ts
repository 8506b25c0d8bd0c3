// Block comments as prettier prints them (re-indented JSDoc), and string literals as TypeScript's printer writes them,
// which is what prettier reads in openapi-typescript's types (src/language-js/print/comment.js of prettier 3.10.1).
// Strings, numbers and keys as prettier prints them are common/literals.ts's.
import { hardline, hardlineKeepingSpaces, type Layout } from "./layout.js";

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
