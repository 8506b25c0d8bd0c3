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

/** An object literal or interface key: bare when it is a plain identifier, otherwise quoted. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : stringLiteral(name);
}

/** A JavaScript expression for JSON-compatible data, with every string escaped as a string literal. */
export function dataLiteral(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? v.toWellFormed() : v));
}
