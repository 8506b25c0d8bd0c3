// Tokens as prettier prints them: strings (its quote choice), numbers and property keys (quoteProps "as-needed"),
// for the printer (format/print) and for the emitters that write code in prettier's form line by line (the
// validators). Follows prettier 3.10.1's src/utilities/print-string.js, print-number.js and
// src/language-js/print/key.js.

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
