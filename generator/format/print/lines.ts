// Code and types an emitter wrote line by line in prettier's form (the validators module, emit/emit-validators.ts),
// with the lines too wide for that form broken as prettier 3.10.1 breaks the few forms they are written in: call
// arguments (src/language-js/print/call-arguments.js), array elements (array.js), assignments' layouts
// (assignment.js: break-after-operator, fluid), `||` chains in an `if` (binaryish.js), type arguments
// (type-parameters.js). Anything else too wide is left to prettier (NotPrintable).
import type { LinesDeclaration } from "../../emit/declarations.js";
import { PRINT_WIDTH, width } from "./layout.js";
import { NotPrintable } from "./literals.js";

/** The declaration's lines in prettier's form; throws NotPrintable where only prettier knows. */
export function printLines(declaration: LinesDeclaration): string {
  return declaration.lines.flatMap(breakLine).join("\n");
}

/** Whether prettier would break `line`: wider than the print width, and not a comment (never broken). */
const tooWide = (line: string): boolean => width(line) > PRINT_WIDTH && !/^\s*(?:\/\/|\/\*\*)/.test(line);

/**
 * A line of the checks as prettier lays it out: as it is when it fits, otherwise broken the way prettier breaks the
 * few forms the checks are written in (a call statement, an `if` on a call, a constant); anything else, or a form
 * still too wide when broken, is left to prettier (NotPrintable).
 */
function breakLine(line: string): string[] {
  if (!tooWide(line)) return [line];
  const [, space = "", rest = ""] = /^(\s*)(.*)$/.exec(line)!;
  const inner = `${space}  `;
  const fits = (lines: string[]): string[] => {
    if (lines.some(tooWide)) throw new NotPrintable("a line too wide");
    return lines;
  };
  const constant = /^(const [\w$]+ =) ((["']).*\3;)$/.exec(rest);
  if (constant) return [`${space}${constant[1]}`, `${inner}${constant[2]}`];
  const list = /^(const [\w$]+ = (?:\/\* @__PURE__ \*\/ new Set\()?\[)(.*)\](\)?);$/.exec(rest);
  if (list) {
    const items = splitArguments(list[2]!).map((value) => `${inner}${value},`);
    return fits([`${space}${list[1]}`, ...items, `${space}]${list[3]};`]);
  }
  const assigned = /^((?:export )?const [\w$]+ =) (\/\* @__PURE__ \*\/ .*;)$/.exec(rest);
  if (assigned) {
    // prettier's fluid layout: the call broken where it stands when its opening fits, else a break after `=`.
    const opening = /^([^(]*)\((.*)\);$/.exec(assigned[2]!);
    if (opening && !tooWide(`${space}${assigned[1]} ${opening[1]}(`)) {
      const args = splitArguments(opening[2]!).map((arg) => `${inner}${arg},`);
      return fits([`${space}${assigned[1]} ${opening[1]}(`, ...args, `${space});`]);
    }
    return [`${space}${assigned[1]}`, ...breakLine(`${inner}${assigned[2]}`)];
  }
  const call = /^((?:ok = |[\w$]+: )?(?:\/\* @__PURE__ \*\/ )?[\w$]+)\((.*)\)([;,])$/.exec(rest);
  if (call) {
    const args = splitArguments(call[2]!).map((arg) => `${inner}${arg},`);
    return fits([`${space}${call[1]}(`, ...args, `${space})${call[3]}`]);
  }
  // Declarations of one simple type: nothing prettier breaks.
  if (/^(?:export declare const [\w$]+|readonly [\w$"]+): (?:Validator<\$types\.[\w$]+>|typeof [\w$]+);$/.test(rest))
    return [line];
  const params = /^readonly params: Validator<(Omit<\$types\.[\w$]+), ("body" \| "contentType")>>;$/.exec(rest);
  if (params) {
    const once = [`${space}readonly params: Validator<`, `${inner}${params[1]}, ${params[2]}>`, `${space}>;`];
    if (!once.some(tooWide)) return once;
    const omit = [`${inner}Omit<`, `${inner}  ${params[1]!.slice(5)},`, `${inner}  ${params[2]}`, `${inner}>`];
    return fits([`${space}readonly params: Validator<`, ...omit, `${space}>;`]);
  }
  const none = /^if \(!\((.*)\)\) \{$/.exec(rest);
  if (none) {
    const parts = splitArguments(none[1]!, " || ");
    // Two terms stay on one line when it fits; more go one a line (prettier 3's binaryish printing in a `!(…)`).
    if (parts.length === 2 && !tooWide(`${inner}${none[1]}`))
      return [`${space}if (!(`, `${inner}${none[1]}`, `${space})) {`];
    const lines = parts.map((part, i) => `${inner}${part}${i < parts.length - 1 ? " ||" : ""}`);
    return fits([`${space}if (!(`, ...lines, `${space})) {`]);
  }
  const header = /^(function [\w$]+)\((.*)\) \{$/.exec(rest);
  if (header)
    return fits([
      `${space}${header[1]}(`,
      ...splitArguments(header[2]!).map((arg) => `${inner}${arg},`),
      `${space}) {`,
    ]);
  const condition = /^if \((!?[\w$]+)\((.*)\)\) \{$/.exec(rest);
  if (condition) {
    const flat = `${inner}${condition[1]}(${condition[2]})`;
    if (!tooWide(flat)) return [`${space}if (`, flat, `${space}) {`];
    const args = splitArguments(condition[2]!).map((arg) => `${inner}  ${arg},`);
    return fits([`${space}if (`, `${inner}${condition[1]}(`, ...args, `${inner})`, `${space}) {`]);
  }
  throw new NotPrintable("a line too wide");
}

/** The arguments of a call (or the elements of an array, the terms of `||`) as written, split outside strings and brackets. */
function splitArguments(text: string, separator = ","): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === "\\") i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "(" || char === "[" || char === "{") depth++;
    else if (char === ")" || char === "]" || char === "}") depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i).trim());
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}
