// The JavaScript the operations module is made of (imports, constants holding data, small functions and their
// declarations) as the layouts prettier's printer makes of it. Follows prettier 3.10.1's src/language-js/print/
// (module.js, assignment.js, object.js, array.js, key.js, function.js, function-parameters.js, call-arguments.js).
import { CodeExpression, objectLiteralKey, stringLiteral } from "../../emit/escape.js";
import {
  fill,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  softline,
  width,
  type Layout,
} from "./layout.js";
import { printNumber, printString, printStringKey } from "../../common/literals.js";
import { NotPrintable } from "./literals.js";

/** `import { a, b } from "module";` (`import type` with `typeOnly`): module.js's printModuleSpecifiers. */
export function importLayout(names: readonly string[], module: string, typeOnly: boolean): Layout {
  return [
    "import ",
    typeOnly ? "type " : "",
    specifiersLayout(names),
    " from ",
    printString(stringLiteral(module)),
    ";",
  ];
}

/** `export { a, b };` or `export { a, b } from "module";` (`export type` with `typeOnly`): module.js, as imports. */
export function exportLayout(names: readonly string[], module: string | undefined, typeOnly: boolean): Layout {
  const from = module === undefined ? [] : [" from ", printString(stringLiteral(module))];
  return ["export ", typeOnly ? "type " : "", specifiersLayout(names), from, ";"];
}

/** `{ a, b }`: one specifier never breaks (module.js's printModuleSpecifiers). */
function specifiersLayout(names: readonly string[]): Layout {
  return names.length > 1
    ? group(["{", indent([line, join([",", line], [...names])]), ifBreak(","), line, "}"])
    : ["{ ", names[0]!, " }"];
}

/**
 * `const name = value;` (variable-declaration.js, then assignment.js's printAssignment); an `expanded` object stays
 * broken, as its source has a line break after `{` (object.js's shouldBreak).
 */
export function constLayout(name: string, value: unknown, expanded = false): Layout {
  return ["const ", assignment(name, " =", value, false, expanded), ";"];
}

/** A value made of JSON data and code expressions, as an object (object.js's printObject) or array literal. */
export function dataLayout(value: unknown, expanded = false): Layout {
  if (value instanceof CodeExpression) return codeLayout(value.text);
  if (Array.isArray(value)) return arrayLayout(value);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    if (entries.length === 0) return group(["{", "}"]);
    const properties = entries.map(([key, entry]) => assignment(keyLayout(key), ":", entry, true));
    return group(["{", indent([line, join([",", line], properties)]), ifBreak(","), line, "}"], {
      shouldBreak: expanded,
    });
  }
  if (typeof value === "string") return printString(stringLiteral(value));
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return notPrintable("a non-finite number");
    // A negative number is a unary minus and a number (literal.js, unary-expression in printer-estree.js).
    return value < 0 ? ["-", printNumber(JSON.stringify(-value))] : printNumber(JSON.stringify(value));
  }
  if (typeof value === "boolean" || value === null) return String(value);
  return notPrintable(`a ${typeof value}`);
}

/** array.js's printArray (its shouldBreak rule for lists of objects or arrays, and its concise lists of numbers). */
function arrayLayout(elements: readonly unknown[]): Layout {
  if (elements.length === 0) return group(["[", "]"]);
  if (elements.length > 1 && elements.every((element) => typeof element === "number")) return numbersLayout(elements);
  // prettier breaks a list of two or more objects (or arrays) that each have more than one entry.
  const isObject = (element: unknown): boolean =>
    element !== null && typeof element === "object" && !Array.isArray(element) && !(element instanceof CodeExpression);
  const entries = (element: unknown): number =>
    Array.isArray(element)
      ? element.length
      : Object.values(element as object).filter((entry) => entry !== undefined).length;
  const shouldBreak =
    elements.length > 1 &&
    (elements.every((element) => isObject(element) && entries(element) > 1) ||
      elements.every((element) => Array.isArray(element) && element.length > 1));
  return group(
    [
      "[",
      indent([
        softline,
        join(
          [",", line],
          elements.map((element) => group(dataLayout(element))),
        ),
      ]),
      ifBreak(","),
      softline,
      "]",
    ],
    { shouldBreak },
  );
}

/**
 * Two or more numbers, as many a line as fit (array.js's isConciselyPrintedArray and printArrayItemsConcisely): the
 * trailing comma is the last item's, there only when the list breaks.
 */
function numbersLayout(numbers: readonly unknown[]): Layout {
  const id = Symbol("array");
  const items: Layout[] = [];
  numbers.forEach((number, index) => {
    const isLast = index === numbers.length - 1;
    items.push([dataLayout(number), isLast ? ifBreak(",", "", { groupId: id }) : ","]);
    if (!isLast) items.push(line);
  });
  return group(["[", indent([softline, fill(items)]), softline, "]"], { id });
}

/**
 * Code the generator wrote: a member chain (`examples.getPet.response`, `examples["a-b"].response`) as member.js's
 * printMemberExpression and printMemberLookup lay it out, each lookup free to go to the next line but `a.b` alone (a
 * computed one breaks inside its brackets); anything else as written.
 */
function codeLayout(text: string): Layout {
  const head = /^[A-Za-z_$][\w$]*/.exec(text)?.[0];
  if (head === undefined) return text;
  const lookups = [...text.slice(head.length).matchAll(/\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\]/gy)];
  if (lookups.length === 0 || lookups.map((match) => match[0]).join("") !== text.slice(head.length)) return text;
  if (lookups.length === 1 && lookups[0]![1] !== undefined) return [head, ".", lookups[0]![1]];
  return [
    head,
    ...lookups.map(([, name, key]) =>
      name === undefined
        ? group(["[", indent([softline, printString(key!)]), softline, "]"])
        : group(indent([softline, ".", name])),
    ),
  ];
}

/** utilities' isMemberExpressionChain: code that is lookups on a name (`a.b`, `a["b"].c`). */
function isMemberChain(value: unknown): boolean {
  return value instanceof CodeExpression && Array.isArray(codeLayout(value.text));
}

/** key.js's printPropertyKey, for a key of an object literal. */
function keyLayout(key: string): string {
  const written = objectLiteralKey(key);
  if (written.startsWith("[")) return `[${printString(written.slice(1, -1))}]`;
  return written.startsWith('"') ? printStringKey(written, key, "js") : written;
}

/** prettier's layouts for `left = value` and `key: value` (printAssignment's chooseLayout, for the values we write). */
function assignment(left: string, operator: string, value: unknown, isProperty: boolean, expanded = false): Layout {
  const right = dataLayout(value, expanded);
  const hasShortKey = isProperty && width(left) < 2 + 3;
  // shouldBreakAfterOperator: a string or a member chain goes to the next line whole.
  if ((typeof value === "string" || isMemberChain(value)) && !hasShortKey)
    return group([left, operator, group(indent([line, right]))]);
  // A negative number is a unary expression, which may go to the next line (the layout below), as an object may.
  if (hasShortKey || typeof value === "boolean" || (typeof value === "number" && value >= 0))
    return group([left, operator, " ", right]);
  const id = Symbol("assignment");
  return group([left, operator, group(indent(line), { id }), indentIfBreak(right, id)]);
}

/** A parameter list: on one line, or one parameter a line with a trailing comma (printFunctionParameters). */
export function parametersLayout(parameters: readonly Layout[]): Layout {
  if (parameters.length === 0) return "()";
  return ["(", indent([softline, join([",", line], [...parameters])]), ifBreak(","), softline, ")"];
}

/**
 * `export function name(parameters) { return callee(args); }`: function.js's printFunction, return-statement.js,
 * call-arguments.js's printCallArguments.
 */
export function functionLayout(
  name: string,
  parameters: readonly Layout[],
  callee: string,
  args: readonly Layout[],
): Layout {
  const call = [callee, group(["(", indent([softline, join([",", line], [...args])]), ifBreak(","), softline, ")"])];
  return [
    "export function ",
    name,
    group(parametersLayout(parameters)),
    " {",
    indent([hardline, "return ", call, ";"]),
    hardline,
    "}",
  ];
}

/**
 * `export declare function name(parameters): ReturnType;` (function.js's printFunction and printReturnType). A `hug`ged
 * parameter (the only one, typed as an object) is written without a break around it (function-parameters.js's
 * shouldHugTheOnlyFunctionParameter).
 */
export function declareFunctionLayout(
  name: string,
  parameters: readonly Layout[],
  returnType: Layout,
  hug = false,
): Layout {
  const list = hug ? ["(", parameters[0]!, ")"] : parametersLayout(parameters);
  return ["export declare function ", name, group([list, ": ", returnType]), ";"];
}

function notPrintable(what: string): never {
  throw new NotPrintable(what);
}
