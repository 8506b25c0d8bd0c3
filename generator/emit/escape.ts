// One escaping helper per output context; no spec text reaches emitted code without passing through one.

/** Text for a JSDoc block: nothing in it can close the comment, and no control character survives. */
export function jsDocText(text: string): string {
  return text
    .toWellFormed()
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .trim();
}

/** A JavaScript string literal (double-quoted) for any text. */
export function stringLiteral(text: string): string {
  return JSON.stringify(text.toWellFormed());
}

/** Whether `name` is a plain ASCII identifier, which a key can be written as without quotes. */
export function isIdentifierName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** A key in an interface or type literal: bare when it is a plain identifier, otherwise quoted. */
export function propertyKey(name: string): string {
  return isIdentifierName(name) && name !== "__proto__" ? name : stringLiteral(name);
}

/**
 * A key in an object literal (a value): `__proto__` is computed, since `{ "__proto__": x }` would set the prototype.
 */
export function objectLiteralKey(name: string): string {
  return name === "__proto__" ? `[${stringLiteral(name)}]` : propertyKey(name);
}

/** An expression the generator wrote itself (an imported name), to place inside data as is. */
export class CodeExpression {
  constructor(readonly text: string) {}
}

/** A JavaScript expression for JSON-compatible data; every string and key goes through the helpers above. */
export function dataLiteral(value: unknown): string {
  if (value instanceof CodeExpression) return value.text;
  if (Array.isArray(value)) return `[${value.map(dataLiteral).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([key, v]) => `${objectLiteralKey(key)}: ${dataLiteral(v)}`).join(", ")} }`;
  }
  if (typeof value === "string") return stringLiteral(value);
  return JSON.stringify(value) ?? "undefined";
}

/**
 * `dataLiteral` for a typed constant: computed keys lose TypeScript's contextual literal types, `as const` keeps them.
 */
export function constantLiteral(value: unknown): string {
  const literal = dataLiteral(value);
  return literal.includes('["__proto__"]') ? `${literal} as const` : literal;
}

/** Spec text on one line of markdown (a heading, a list item, a sentence): no markup, HTML or line break survives. */
export function markdownInline(text: string): string {
  return text
    .toWellFormed()
    .replace(/[\u0000-\u001f\u007f\u2028\u2029\s]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|#~!]/g, "\\$&")
    .trim();
}

/** Text as an inline code span, fenced with more backticks than it holds. */
export function markdownCode(text: string): string {
  const flat = text
    .toWellFormed()
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/[\u0000-\u001f\u007f]/g, "");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
