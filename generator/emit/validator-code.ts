// The checks of validators.js as JavaScript: one function per component schema (calling each other for `$ref`s, so
// recursion is plain recursion), and one per nested schema that is more than a few keyword tests, written from the
// normalized schemas of model/validation.ts. Spec text (keys, patterns, enum values, formats, messages) reaches the
// code only as string and number literals; patterns are compiled once, at module load, by `new RegExp(literal, "u")`.
// Every line is written in the form prettier gives it; a function that would need a line too long for that form is
// handed to prettier instead (NotPrintable).
import type { SchemaObject, ValidationNode } from "../model/validation.js";
import { printNumber, printString } from "../common/literals.js";
import { stringLiteral } from "./escape.js";

/** A top-level declaration of the checks: a function or a constant, as its lines. */
export interface CheckDeclaration {
  lines: string[];
}

/** `function name(x, p, e)`: true when the value `x` at path `p` passes `body`'s checks (which add issues to `e`). */
function checkFunction(name: string, body: string[]): CheckDeclaration {
  const lines =
    body.length === 0
      ? [`function ${name}(x, p, e) {`, "  return true;", "}"]
      : [`function ${name}(x, p, e) {`, "  let ok = true;", ...indent(body), "  return ok;", "}"];
  return { lines };
}

/** The keywords a schema may hold and still be checked inline, inside the function of the schema around it. */
const INLINE = new Set([
  "$ref",
  "type",
  "enum",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "format",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "required",
  "minProperties",
  "maxProperties",
  "dependentRequired",
]);

/** The format checks of templates/validate.ts, by format name. */
const FORMATS: Record<string, string> = {
  date: "isDate",
  time: "isTime",
  "date-time": "isDateTime",
  email: "isEmail",
  uuid: "isUuid",
  uri: "isUri",
  ipv4: "isIpv4",
  ipv6: "isIpv6",
  byte: "isByte",
};

/** The runtime helpers a check may call (all exported by templates/validate.ts). */
export const CHECK_HELPERS = [
  "addIssue",
  "duplicateItems",
  "isMultipleOf",
  "jsonEqual",
  "kindOf",
  "matchesAny",
  "matchesOne",
  "membersIssue",
  "show",
  "stringLength",
  "tagOf",
  "typeIssue",
  ...Object.values(FORMATS),
];

/** Where a value sits: at the path `path` (an expression), then `key` (an expression) when given. */
interface Place {
  path: string;
  key?: string;
}
const HERE: Place = { path: "p" };

/** The arguments naming a place for `addIssue`. */
const issueArgs = (place: Place): string => (place.key === undefined ? place.path : `${place.path}, ${place.key}`);
/** The place as one array: what a check called on the value is given (only when reporting issues). */
const pathArray = (place: Place): string => (place.key === undefined ? place.path : `[...${place.path}, ${place.key}]`);
const callPath = (place: Place): string => (place.key === undefined ? place.path : `e && ${pathArray(place)}`);

/** A string literal as prettier prints it. */
export function literal(text: string): string {
  return printString(stringLiteral(text));
}

/** A number literal as prettier prints it (a bound beyond a double is Infinity). */
function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  return value < 0 ? `-${printNumber(String(-value))}` : printNumber(String(value));
}

/** A value as a message shows it: short JSON (templates/validate.ts's `show`). */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const indent = (lines: readonly string[]): string[] => lines.map((line) => `  ${line}`);

/** `if (condition) {…}` around `body`. */
function ifBlock(condition: string, body: readonly string[]): string[] {
  return body.length === 0 ? [] : [`if (${condition}) {`, ...indent(body), "}"];
}

/** The negation of a condition: `!call(x)`, or `!(a === b)`. */
function not(condition: string): string {
  if (/^[\w$.]+\([^()]*\)$/.test(condition)) return `!${condition}`;
  const typeOf = /^(typeof [\w$[\]]+) === ("\w+")$/.exec(condition);
  if (typeOf) return `${typeOf[1]} !== ${typeOf[2]}`;
  const identity = /^([\w$[\]]+) === (null)$/.exec(condition);
  if (identity) return `${identity[1]} !== ${identity[2]}`;
  return `!(${condition})`;
}

/** A condition joined into `||`: `&&` inside it takes parentheses. */
function orPart(condition: string): string {
  return condition.includes(" && ") ? `(${condition})` : condition;
}

function typeTest(type: string, value: string): string {
  switch (type) {
    case "null":
      return `${value} === null`;
    case "object":
      return `typeof ${value} === "object" && ${value} !== null && !Array.isArray(${value})`;
    case "array":
      return `Array.isArray(${value})`;
    case "string":
      return `typeof ${value} === "string"`;
    case "boolean":
      return `typeof ${value} === "boolean"`;
    case "number":
      return `Number.isFinite(${value})`;
    case "integer":
      return `Number.isInteger(${value})`;
    default:
      return "false";
  }
}

function typesTest(types: readonly string[], value: string): string {
  if (types.length === 0) return "false";
  if (types.length === 1) return typeTest(types[0]!, value);
  return types.map((type) => orPart(typeTest(type, value))).join(" || ");
}

/** Writes the checks of one validators module: call `entry` for each schema to check, then read `declarations`. */
export class CheckWriter {
  /** The declarations written so far, in order: constants and functions. */
  readonly declarations: CheckDeclaration[] = [];
  /** The helpers of templates/validate.ts the checks call. */
  readonly helpers = new Set<string>();
  private readonly patterns = new Map<string, string>();
  /** Hoisted checks by their schema's JSON, and constants by their expression: each written once. */
  private readonly shared = new Map<string, string>();
  private readonly constants = new Map<string, string>();
  private readonly entryNames: string[];

  /**
   * `table`: the component schemas (entry `i` is `{ $ref: i }`'s target), `names`: the function name of each,
   * `unique`: makes a module-level name unique.
   */
  constructor(
    private readonly table: readonly ValidationNode[],
    names: readonly string[],
    private readonly unique: (base: string) => string,
  ) {
    this.entryNames = names.map((name) => unique(name));
  }

  /** The function names of the component schemas' checks. */
  get componentNames(): readonly string[] {
    return this.entryNames;
  }

  /** Writes the checks of component schema `index`. */
  component(index: number): void {
    this.writeFunction(this.entryNames[index]!, this.table[index]!);
  }

  /** Writes the check of a schema that is not a component (an operation's); returns its function name. */
  schema(node: ValidationNode, name: string): string {
    if (typeof node === "object" && Object.keys(node).length === 1 && node.$ref !== undefined)
      return this.entryNames[node.$ref as number]!;
    const unique = this.unique(name);
    this.writeFunction(unique, node);
    return unique;
  }

  private writeFunction(name: string, node: ValidationNode): void {
    // Children first: a function is declared before its first use, as a reader goes down the module.
    const pending: CheckDeclaration[] = [];
    const body = this.node(node, "x", HERE, name, pending);
    this.declarations.push(...pending, checkFunction(name, body));
  }

  /** The function checking `node` whole, for a place that needs a yes or no (a member, `not`, `contains`…). */
  private checkOf(node: ValidationNode, owner: string, pending: CheckDeclaration[]): string {
    if (typeof node === "object" && Object.keys(node).length === 1 && node.$ref !== undefined)
      return this.entryNames[node.$ref as number]!;
    // The same schema in many places (Stripe's `{ maxLength: 5000, type: "string" }`, its expandable fields) is one
    // function, declared where it is first used.
    const key = JSON.stringify(node);
    const known = this.shared.get(key);
    if (known !== undefined) return known;
    const name = this.unique(`${owner}$`);
    this.shared.set(key, name);
    const inner: CheckDeclaration[] = [];
    const body = this.node(node, "x", HERE, owner, inner);
    pending.push(...inner, checkFunction(name, body));
    return name;
  }

  private constant(base: string, expression: string, pending: CheckDeclaration[]): string {
    const known = this.constants.get(expression);
    if (known !== undefined) return known;
    const name = this.unique(base);
    this.constants.set(expression, name);
    pending.push({ lines: [`const ${name} = ${expression};`] });
    return name;
  }

  private failure(place: Place, message: string): string[] {
    this.helpers.add("addIssue");
    return ["if (!e) return false;", `ok = addIssue(e, ${message}, ${issueArgs(place)});`];
  }

  /** A message: the text written by the generator, then what was found (an expression), when given. */
  private message(text: string, found?: string): string {
    return found === undefined ? literal(text) : `${literal(text)} + ${found}`;
  }

  private call(check: string, value: string, place: Place): string[] {
    return ifBlock(`!${check}(${value}, ${callPath(place)}, e)`, ["if (!e) return false;", "ok = false;"]);
  }

  /** A child schema at `value`: inline when it is a few keyword tests, otherwise a call of its own function. */
  private child(
    node: ValidationNode,
    value: string,
    place: Place,
    owner: string,
    pending: CheckDeclaration[],
  ): string[] {
    if (node === true) return [];
    if (typeof node === "object" && !Object.keys(node).every((key) => INLINE.has(key)))
      return this.call(this.checkOf(node, owner, pending), value, place);
    return this.node(node, value, place, owner, pending);
  }

  /** The statements checking `value` against `node`, in the order templates/validate.ts's interpreter checks them. */
  private node(node: ValidationNode, v: string, place: Place, owner: string, pending: CheckDeclaration[]): string[] {
    if (node === true) return [];
    if (node === false) {
      this.helpers.add("kindOf");
      return this.failure(place, this.message("expected nothing here, found ", `kindOf(${v})`));
    }
    const schema = node as SchemaObject;
    const out: string[] = [];
    if (schema.$ref !== undefined) out.push(...this.call(this.entryNames[schema.$ref]!, v, place));
    if (schema.type) {
      this.helpers.add("typeIssue");
      const failure = [
        "if (!e) return false;",
        `ok = typeIssue(e, ${literal(schema.type.join(" or "))}, ${v}, ${issueArgs(place)});`,
      ];
      out.push(...ifBlock(not(typesTest(schema.type, v)), failure));
    }
    if (schema.enum) out.push(...this.enumCheck(schema.enum, v, place, pending));
    out.push(...ifBlock(`typeof ${v} === "number"`, this.numberChecks(schema, v, place)));
    out.push(...ifBlock(`typeof ${v} === "string"`, this.stringChecks(schema, v, place, pending)));
    out.push(...ifBlock(`Array.isArray(${v})`, this.arrayChecks(schema, v, place, owner, pending)));
    out.push(...ifBlock(typeTest("object", v), this.objectChecks(schema, v, place, owner, pending)));
    out.push(...this.combinators(schema, v, place, owner, pending));
    return out;
  }

  private enumCheck(values: readonly unknown[], v: string, place: Place, pending: CheckDeclaration[]): string[] {
    const allowed = values.map(show).join(", ");
    const primitives = values.filter((value) => value === null || typeof value !== "object");
    const objects = values.filter((value) => value !== null && typeof value === "object");
    const tests: string[] = [];
    const primitive = (value: unknown): string =>
      typeof value === "string"
        ? literal(value)
        : typeof value === "number"
          ? numberLiteral(value)
          : String(value as boolean | null);
    const unique = [...new Set(primitives)];
    if (unique.length > 0 && unique.length <= 4) tests.push(...unique.map((value) => `${v} === ${primitive(value)}`));
    else if (unique.length > 0) {
      const set = this.constant("values$", `/* @__PURE__ */ new Set([${unique.map(primitive).join(", ")}])`, pending);
      tests.push(`${set}.has(${v})`);
    }
    for (const value of objects) {
      this.helpers.add("jsonEqual");
      const constant = this.constant(
        "value$",
        `/* @__PURE__ */ JSON.parse(${literal(JSON.stringify(value))})`,
        pending,
      );
      tests.push(`jsonEqual(${v}, ${constant})`);
    }
    this.helpers.add("show");
    const text = literal(`expected ${values.length === 1 ? allowed : `one of ${allowed}`}, found `);
    // A long list is said once, in a constant of its own.
    const message = `${text.length > 60 ? this.constant("message$", text, pending) : text} + show(${v})`;
    return ifBlock(tests.length === 0 ? "true" : not(tests.join(" || ")), this.failure(place, message));
  }

  private numberChecks(schema: SchemaObject, v: string, place: Place): string[] {
    const out: string[] = [];
    const bound = (limit: number | undefined, operator: string): void => {
      if (limit === undefined) return;
      const message = this.message(`expected a number ${operator} ${limit}, found `, v);
      out.push(...ifBlock(`!(${v} ${operator} ${numberLiteral(limit)})`, this.failure(place, message)));
    };
    bound(schema.minimum, ">=");
    bound(schema.maximum, "<=");
    bound(schema.exclusiveMinimum, ">");
    bound(schema.exclusiveMaximum, "<");
    if (schema.multipleOf !== undefined) {
      this.helpers.add("isMultipleOf");
      const message = this.message(`expected a multiple of ${schema.multipleOf}, found `, v);
      out.push(...ifBlock(`!isMultipleOf(${v}, ${numberLiteral(schema.multipleOf)})`, this.failure(place, message)));
    }
    if (schema.format === "int32" || schema.format === "int64") {
      const test =
        schema.format === "int32"
          ? `Number.isInteger(${v}) && ${v} <= 2147483647 && ${v} >= -2147483648`
          : `Number.isInteger(${v})`;
      out.push(...ifBlock(not(test), this.failure(place, this.message(`expected an ${schema.format}, found `, v))));
    }
    return out;
  }

  private stringChecks(schema: SchemaObject, v: string, place: Place, pending: CheckDeclaration[]): string[] {
    const out: string[] = [];
    const { minLength, maxLength, pattern, format } = schema;
    // A string has at most as many code points as UTF-16 units, and at least half as many: most need no counting.
    if (minLength !== undefined && minLength > 0) {
      this.helpers.add("stringLength");
      const message = this.message(`expected at least ${minLength} characters, found `, `stringLength(${v})`);
      const [twice, once] = [numberLiteral(2 * minLength), numberLiteral(minLength)];
      const test = `${v}.length < ${twice} && (${v}.length < ${once} || stringLength(${v}) < ${once})`;
      out.push(...ifBlock(test, this.failure(place, message)));
    }
    if (maxLength !== undefined) {
      this.helpers.add("stringLength");
      const message = this.message(`expected at most ${maxLength} characters, found `, `stringLength(${v})`);
      const limit = numberLiteral(maxLength);
      out.push(...ifBlock(`${v}.length > ${limit} && stringLength(${v}) > ${limit}`, this.failure(place, message)));
    }
    if (pattern !== undefined) {
      this.helpers.add("show");
      let regex = this.patterns.get(pattern);
      if (regex === undefined) {
        regex = this.constant("pattern$", `/* @__PURE__ */ new RegExp(${literal(pattern)}, "u")`, pending);
        this.patterns.set(pattern, regex);
      }
      const message = this.message(`expected a string matching ${show(pattern)}, found `, `show(${v})`);
      out.push(...ifBlock(`!${regex}.test(${v})`, this.failure(place, message)));
    }
    if (format !== undefined && Object.hasOwn(FORMATS, format)) {
      const helper = FORMATS[format]!;
      this.helpers.add(helper).add("show");
      const message = this.message(`expected a ${format}, found `, `show(${v})`);
      out.push(...ifBlock(`!${helper}(${v})`, this.failure(place, message)));
    }
    return out;
  }

  private arrayChecks(s: SchemaObject, v: string, place: Place, owner: string, pending: CheckDeclaration[]): string[] {
    const out: string[] = [];
    if (s.minItems !== undefined) {
      const message = this.message(`expected at least ${s.minItems} items, found `, `${v}.length`);
      out.push(...ifBlock(`${v}.length < ${numberLiteral(s.minItems)}`, this.failure(place, message)));
    }
    if (s.maxItems !== undefined) {
      const message = this.message(`expected at most ${s.maxItems} items, found `, `${v}.length`);
      out.push(...ifBlock(`${v}.length > ${numberLiteral(s.maxItems)}`, this.failure(place, message)));
    }
    if (s.uniqueItems) {
      this.helpers.add("duplicateItems").add("addIssue");
      out.push(
        `const duplicate = duplicateItems(${v});`,
        ...ifBlock("duplicate !== undefined", [
          "if (!e) return false;",
          `ok = addIssue(e, duplicate, ${issueArgs(place)});`,
        ]),
      );
    }
    // Only a function's own value (`x`) has items: a schema with them is never inline.
    (s.prefixItems ?? []).forEach((item, index) => {
      const at: Place = { path: "p", key: String(index) };
      const checks = this.child(item, `x[${index}]`, at, owner, pending);
      out.push(...ifBlock(`x.length > ${index}`, checks));
    });
    if (s.items !== undefined) {
      const checks = this.child(s.items, "x[i]", { path: "p", key: "i" }, owner, pending);
      if (checks.length > 0)
        out.push(`for (let i = ${s.prefixItems?.length ?? 0}; i < x.length; i++) {`, ...indent(checks), "}");
    }
    if (s.contains !== undefined) {
      const contains = this.checkOf(s.contains, owner, pending);
      const min = s.minContains ?? 1;
      const { maxContains } = s;
      const range = maxContains === undefined ? `at least ${min}` : `${min} to ${maxContains}`;
      const within =
        maxContains === undefined
          ? `count >= ${numberLiteral(min)}`
          : `count >= ${numberLiteral(min)} && count <= ${numberLiteral(maxContains)}`;
      const message = this.message(`expected ${range} items to match "contains", found `, "count");
      out.push(
        "let count = 0;",
        "for (const item of x) {",
        `  if (${contains}(item)) count++;`,
        "}",
        ...ifBlock(not(within), this.failure(place, message)),
      );
    }
    return out;
  }

  private objectChecks(s: SchemaObject, v: string, place: Place, owner: string, pending: CheckDeclaration[]): string[] {
    const out: string[] = [];
    const required = "expected a value, found none (required)";
    for (const key of s.required ?? [])
      out.push(...ifBlock(`!Object.hasOwn(${v}, ${literal(key)})`, this.failure(keyed(place, key), literal(required))));
    for (const [limit, operator, words] of [
      [s.minProperties, "<", "at least"],
      [s.maxProperties, ">", "at most"],
    ] as const) {
      if (limit === undefined) continue;
      const message = this.message(`expected ${words} ${limit} properties, found `, `Object.keys(${v}).length`);
      out.push(
        ...ifBlock(`Object.keys(${v}).length ${operator} ${numberLiteral(limit)}`, this.failure(place, message)),
      );
    }
    for (const [key, needed] of Object.entries(s.dependentRequired ?? {})) {
      if (!Array.isArray(needed)) continue;
      const checks = needed
        .filter((other): other is string => typeof other === "string")
        .flatMap((other) =>
          ifBlock(
            `!Object.hasOwn(${v}, ${literal(other)})`,
            this.failure(keyed(place, other), literal(`expected a value, found none (required with ${show(key)})`)),
          ),
        );
      out.push(...ifBlock(`Object.hasOwn(${v}, ${literal(key)})`, checks));
    }
    const properties = Object.entries(s.properties ?? {});
    const patterns = Object.entries(s.patternProperties ?? {});
    const additional = s.additionalProperties === true ? undefined : s.additionalProperties;
    if (patterns.length === 0 && additional === undefined && s.propertyNames === undefined) {
      // Only the declared properties are looked at: go through them, not through the value's keys. A key that
      // names an Object.prototype member (`constructor`) is read only as an own property.
      for (const [key, child] of properties) {
        const checks = this.child(child, "y", keyed(place, key), owner, pending);
        if (checks.length === 0) continue;
        const own = `Object.hasOwn(x, ${literal(key)})`;
        out.push(`y = x[${literal(key)}];`);
        out.push(...ifBlock(key in Object.prototype ? own : `y !== undefined || ${own}`, checks));
      }
      if (out.some((line) => line.startsWith("y = "))) out.unshift("let y;");
      return out;
    }
    const loop: string[] = ["if (!Object.hasOwn(x, k)) continue;", "const y = x[k];"];
    const at: Place = { path: "p", key: "k" };
    const known = additional !== undefined;
    if (known) loop.push("let known = false;");
    let chained = false;
    properties.forEach(([key, child]) => {
      const checks = [...(known ? ["known = true;"] : []), ...this.child(child, "y", at, owner, pending)];
      if (checks.length === 0) return;
      const branch = ifBlock(`k === ${literal(key)}`, checks);
      if (chained) loop[loop.length - 1] = `} else ${branch[0]}`;
      else loop.push(branch[0]!);
      loop.push(...branch.slice(1));
      chained = true;
    });
    for (const [pattern, child] of patterns) {
      let regex = this.patterns.get(pattern);
      if (regex === undefined) {
        regex = this.constant("pattern$", `/* @__PURE__ */ new RegExp(${literal(pattern)}, "u")`, pending);
        this.patterns.set(pattern, regex);
      }
      const checks = [...(known ? ["known = true;"] : []), ...this.child(child, "y", at, owner, pending)];
      loop.push(...ifBlock(`${regex}.test(k)`, checks));
    }
    if (additional === false) {
      const message = literal("expected no such property, found one (additionalProperties is false)");
      loop.push(...ifBlock("!known", this.failure(at, message)));
    } else if (additional !== undefined) {
      const check = this.checkOf(additional, owner, pending);
      loop.push(
        ...ifBlock(`!known && !${check}(y)`, ["if (!e) return false;", "ok = false;", `${check}(y, [...p, k], e);`]),
      );
    }
    if (s.propertyNames !== undefined) {
      const check = this.checkOf(s.propertyNames, owner, pending);
      this.helpers.add("show");
      const message = this.message('expected a property name matching "propertyNames", found ', "show(k)");
      loop.push(...ifBlock(`!${check}(k)`, this.failure(at, message)));
    }
    out.push("for (const k in x) {", ...indent(loop), "}");
    return out;
  }

  private combinators(s: SchemaObject, v: string, place: Place, owner: string, pending: CheckDeclaration[]): string[] {
    const out: string[] = [];
    for (const member of s.allOf ?? []) out.push(...this.child(member, v, place, owner, pending));
    for (const [list, exactlyOne] of [
      [s.anyOf, false],
      [s.oneOf, true],
    ] as const) {
      if (!list) continue;
      // One member: the value must match it, and its issues are the issues (as the interpreter reports them).
      if (list.length === 1 && !s.discriminator) {
        out.push(...this.child(list[0]!, v, place, owner, pending));
        continue;
      }
      const checks = list.map((member) => this.checkOf(member, owner, pending));
      const members = this.constant("members$", `[${checks.join(", ")}]`, pending);
      this.helpers.add("membersIssue").add(exactlyOne ? "matchesOne" : "matchesAny");
      // A few members are tried inline (a call each); more go through the list.
      const test =
        !exactlyOne && checks.length <= 3
          ? checks.map((check, i) => typeOnly(list[i]!, v) ?? `${check}(${v})`).join(" || ")
          : `${exactlyOne ? "matchesOne" : "matchesAny"}(${members}, ${v})`;
      const plain = ifBlock(not(test), [
        "if (!e) return false;",
        `ok = membersIssue(e, ${members}, ${exactlyOne}, ${v}, ${pathArray(place)});`,
      ]);
      if (!s.discriminator) {
        out.push(...plain);
        continue;
      }
      // The discriminator names the member to check against; a value whose tag names none falls back to the plain rule.
      this.helpers.add("tagOf");
      out.push(`switch (tagOf(${v}, ${literal(s.discriminator.propertyName)})) {`);
      for (const [tag, target] of Object.entries(s.discriminator.mapping)) {
        const check = this.checkOf(target, owner, pending);
        out.push(`  case ${literal(tag)}:`, ...indent(indent([...this.call(check, v, place), "break;"])));
      }
      out.push("  default:", ...indent(indent(plain)), "}");
    }
    if (s.not !== undefined) {
      const check = this.checkOf(s.not, owner, pending);
      this.helpers.add("show");
      const message = this.message('expected a value not matching "not", found ', `show(${v})`);
      out.push(...ifBlock(`${check}(${v})`, this.failure(place, message)));
    }
    if (s.if !== undefined) {
      const condition = this.checkOf(s.if, owner, pending);
      const then = s.then === undefined ? [] : this.child(s.then, v, place, owner, pending);
      const otherwise = s.else === undefined ? [] : this.child(s.else, v, place, owner, pending);
      if (then.length > 0 && otherwise.length > 0)
        out.push(`if (${condition}(${v})) {`, ...indent(then), "} else {", ...indent(otherwise), "}");
      else if (then.length > 0) out.push(...ifBlock(`${condition}(${v})`, then));
      else out.push(...ifBlock(`!${condition}(${v})`, otherwise));
    }
    return out;
  }
}

/** The place of a value's property `key`. */
function keyed(place: Place, key: string): Place {
  return { path: pathArray(place), key: literal(key) };
}

/** The test of a member that only names types (`{ type: ["null"] }`), written inline; undefined for any other. */
function typeOnly(member: ValidationNode, v: string): string | undefined {
  if (typeof member !== "object" || Object.keys(member).length !== 1 || !Array.isArray(member.type)) return undefined;
  return orPart(typesTest(member.type as string[], v));
}
