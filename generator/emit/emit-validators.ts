// The validators module (opt-in, `--validators`): a validator per component schema and per operation's parameters,
// JSON request body and JSON response body by status, over one table of normalized schemas that ships as JSON data
// (spec text never becomes code; JSON.parse also reads it faster than an object literal), and a `createClient` that
// checks calls with them.
import type { ApiModel, JsonSchema, ModelWarning, OperationModel } from "../model/types.js";
import { buildValidationSchemas, type ValidationNode } from "../model/validation.js";
import { GENERATOR_NAME } from "./emit-package.js";
import { PARAMETER_GROUPS, defaultContent, splitResponses } from "./emit-types.js";
import { constDoc, importDoc } from "../format/print/javascript.js";
import { hardline, join, printDoc, width, type Doc } from "../format/print/doc.js";
import { NotPrintable, printString, printStringKey } from "../format/print/literals.js";
import type { Declaration } from "./declarations.js";
import { CodeExpression, objectLiteralKey, propertyKey, stringLiteral } from "./escape.js";
import { CHECK_HELPERS, CheckWriter, literal } from "./validator-code.js";

/** The table of a validators module: normalized schemas, and which entry validates what. */
export interface ValidatorTable {
  /** Normalized schemas: the component schemas (in `model.schemas` order), then the operations' own. */
  table: ValidationNode[];
  /** Each entry's schema as the model holds it (before normalizing), for the tests' reference validator. */
  sources: JsonSchema[];
  operations: Array<{
    operation: OperationModel;
    params?: number;
    body?: number;
    responses: Array<{ status: string; entry: number; success: boolean }>;
  }>;
  warnings: ModelWarning[];
}

/** Normalizes every schema the validators module checks into one table. */
export function buildValidatorTable(model: ApiModel): ValidatorTable {
  const schemas = buildValidationSchemas(model);
  const table = [...schemas.table];
  const sources: JsonSchema[] = model.schemas.map((schema) => schema.schema);
  const add = (source: JsonSchema, pointer: string, node = schemas.normalize(source, pointer)): number => {
    sources.push(source);
    return table.push(node) - 1;
  };
  const operations = model.operations.map((operation) => {
    const entry: ValidatorTable["operations"][number] = { operation, responses: [] };
    if (operation.parameters.length > 0) {
      const groups: Record<string, ValidationNode> = {};
      const rawGroups: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const location of ["path", "query", "header", "cookie"] as const) {
        const parameters = operation.parameters.filter((parameter) => parameter.in === location);
        if (parameters.length === 0) continue;
        const group = PARAMETER_GROUPS[location];
        const names = parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name);
        const requiredPart = names.length > 0 ? { required: names } : {};
        groups[group] = {
          type: ["object"],
          properties: Object.fromEntries(
            parameters.map((p) => [p.name, schemas.normalize(p.schema, `${p.pointer}/schema`)]),
          ),
          ...requiredPart,
        };
        rawGroups[group] = {
          type: "object",
          properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
          ...requiredPart,
        };
        if (names.length > 0) required.push(group);
      }
      const requiredGroups = required.length > 0 ? { required } : {};
      entry.params = add({ type: "object", properties: rawGroups, ...requiredGroups }, operation.pointer, {
        type: ["object"],
        properties: groups,
        ...requiredGroups,
      });
    }
    const body = defaultContent(operation.requestBody?.contents ?? []);
    if (body?.kind === "json" && body.schema !== undefined) entry.body = add(body.schema, `${body.pointer}/schema`);
    const { success } = splitResponses(operation);
    for (const response of operation.responses) {
      const content = defaultContent(response.contents);
      if (content?.kind !== "json" || content.events || content.schema === undefined) continue;
      entry.responses.push({
        status: response.status,
        entry: add(content.schema, `${content.pointer}/schema`),
        success: success.includes(response),
      });
    }
    return entry;
  });
  return { table, sources, operations, warnings: schemas.warnings };
}

/** Which validators to emit: ours (Standard Schema, no dependency), or zod v4 schemas. */
export type ValidatorFlavour = "standard" | "zod";

/** The validators module: `validators.js` (as declarations for the format stage) and `validators.d.ts`'s source. */
export interface EmittedValidators {
  /** Ours as declarations, already in prettier's form; the zod flavour's as source for prettier. */
  js: Declaration[] | string;
  /** validators.d.ts's: ours as declarations, the zod flavour's as source. */
  declarations: Declaration[] | string;
  warnings: ModelWarning[];
}

const DOCS = {
  schemas: "/** A validator for each component schema, by its type's name. */",
  operations:
    "/** The validators of each operation, by function name: its parameters, its JSON request body, its JSON response bodies by status. */",
  createClient:
    "/** `createClient`, checking calls against the spec: requests before sending, responses before resolving (`validate`, default both). */",
  createClientWith:
    "/** `createClient`, checking the calls of the operations given (`{ updatePet: updatePetValidators }`), so a bundle holds only their validators. */",
};

/**
 * The module as `validators.js` and the declarations of `validators.d.ts` (given as declarations-only TypeScript).
 * Ours are generated JavaScript (validator-code.ts), each validator a top-level constant a bundler can drop; the zod
 * flavour ships the normalized schemas as JSON data that runtime/validate-zod.js builds zod schemas from.
 */
export function emitValidators(model: ApiModel, flavour: ValidatorFlavour = "standard"): EmittedValidators {
  return flavour === "zod" ? emitZodValidators(model) : emitStandardValidators(model);
}

/** Names the module's top-level bindings: globals the checks use and the runtime's names are never taken. */
function nameAllocator(): (base: string) => string {
  const taken = new Set<string>([
    ...["createClient", "createClientWith", "schemas", "operations", "vendor", "validator", "validation"],
    ...["ApiValidationError", "ValidationError", "Issue", "OperationValidators", "SafeParseResult", "ValidateOptions"],
    ...["Validator", "$createClient", "$types", ...CHECK_HELPERS],
    ...["Object", "Array", "Number", "Math", "JSON", "Set", "RegExp", "String", "undefined", "Infinity", "NaN"],
    ...["x", "p", "e", "ok", "y", "k", "i", "count", "item", "duplicate", "known"],
  ]);
  const counters = new Map<string, number>();
  return (base) => {
    const numbered = base.endsWith("$");
    if (!numbered && !taken.has(base)) {
      taken.add(base);
      return base;
    }
    let n = counters.get(base) ?? (numbered ? 1 : 2);
    const at = (count: number): string => (numbered ? `${base}${count}` : `${base}$${count}`);
    while (taken.has(at(n))) n++;
    counters.set(base, n + 1);
    taken.add(at(n));
    return at(n);
  };
}

function emitStandardValidators(model: ApiModel): EmittedValidators {
  const { table, operations, warnings } = buildValidatorTable(model);
  const unique = nameAllocator();
  const schemaNames = model.schemas.map((schema) => unique(schema.typeName));
  const operationNames = operations.map((entry) => unique(`${entry.operation.names.function}Validators`));
  const writer = new CheckWriter(
    table.slice(0, model.schemas.length),
    model.schemas.map((schema) => `check${schema.typeName}`),
    unique,
  );
  const body: Declaration[] = [];
  const flush = (): void => {
    body.push(...writer.declarations.splice(0).map((declaration) => linesDeclaration(declaration.lines)));
  };
  const make = (check: string): string => `/* @__PURE__ */ validator(${check}, vendor)`;
  model.schemas.forEach((schema, index) => {
    writer.component(index);
    flush();
    const name = schemaNames[index]!;
    body.push(linesDeclaration([`export const ${name} = ${make(writer.componentNames[index]!)};`]));
  });
  // Each validator of an operation is a constant of its own; `<operation>Validators` names those a client uses (the
  // parameters, the body, the 2xx responses), `operations` all of them, error responses too: a bundle that validates
  // calls keeps no error response's checks (Stripe's error object reaches most of its schemas).
  const operationMembers: string[] = [];
  operations.forEach((entry, index) => {
    const fn = entry.operation.names.function;
    const base = `check${fn.charAt(0).toUpperCase()}${fn.slice(1)}`;
    const constants: string[] = [];
    const member = (key: string, node: number, suffix: string): string => {
      const name = unique(`${fn}$${suffix}`);
      constants.push(`const ${name} = ${make(writer.schema(table[node]!, `${base}$${suffix}`))};`);
      return `${key}: ${name},`;
    };
    const members: string[] = [];
    if (entry.params !== undefined) members.push(member("params", entry.params, "params"));
    if (entry.body !== undefined) members.push(member("body", entry.body, "body"));
    const responses = entry.responses.map((response) => {
      const suffix = /^[0-9A-Za-z]+$/.test(response.status) ? response.status : "response";
      const key = printStringKey(stringLiteral(response.status), response.status, "js");
      return { line: member(key, response.entry, suffix), success: response.success };
    });
    const responsesOf = (lines: string[]): string[] =>
      lines.length === 0 ? ["responses: {},"] : ["responses: {", ...indentLines(lines), "},"];
    flush();
    body.push(...constants.map((line) => linesDeclaration([line])));
    const success = responsesOf(responses.filter((response) => response.success).map((response) => response.line));
    body.push(
      linesDeclaration([`export const ${operationNames[index]} = {`, ...indentLines([...members, ...success]), "};"]),
    );
    const all = [...members, ...responsesOf(responses.map((response) => response.line))];
    operationMembers.push(`${objectKey(fn)}: {`, ...indentLines(all), "},");
  });
  const schemasMap: Record<string, unknown> = {};
  model.schemas.forEach((schema, index) => {
    const value = new CodeExpression(schemaNames[index]!);
    Object.defineProperty(schemasMap, schema.typeName, { value, enumerable: true, writable: true });
  });
  const helpers = [...writer.helpers].sort();
  const js: Declaration[] = [
    { ...printedDeclaration(importDoc(["createClient as $createClient"], "./client.js", false)), isImport: true },
    {
      ...printedDeclaration(importDoc([...helpers, "validation", "validator"], "./runtime/validate.js", false)),
      isImport: true,
    },
    linesDeclaration([`export { ApiValidationError, ValidationError } from "./runtime/validate.js";`]),
    linesDeclaration([`const vendor = ${literal(GENERATOR_NAME)};`]),
    ...body,
    printedDeclaration([DOCS.schemas, hardline, "export ", constDoc("schemas", schemasMap)]),
    linesDeclaration([
      DOCS.operations,
      ...(operationMembers.length === 0
        ? ["export const operations = {};"]
        : ["export const operations = {", ...indentLines(operationMembers), "};"]),
    ]),
    linesDeclaration([
      DOCS.createClient,
      "export function createClient(options = {}) {",
      "  return createClientWith(operations, options);",
      "}",
    ]),
    linesDeclaration([
      DOCS.createClientWith,
      "export function createClientWith(validators, options = {}) {",
      "  return $createClient({ ...options, validation: validation(validators, options.validate) });",
      "}",
    ]),
  ];
  const type = (name: string): string => `Validator<${name}>`;
  const declared = (name: string, members: string[]): string[] =>
    members.length === 0
      ? [`export declare const ${name}: {};`]
      : [`export declare const ${name}: {`, ...indentLines(members), "};"];
  const declarations: Declaration[] = [
    ...[
      importDoc(["ClientOptions"], "./client.js", true),
      importDoc(["Client"], "./runtime/client.js", true),
      importDoc(["OperationValidators", "ValidateOptions", "Validator"], "./runtime/validate.js", true),
      `import type * as $types from "./types.js";`,
    ].map((doc) => ({ ...printedDeclaration(doc), isImport: true })),
    linesDeclaration([`export { ApiValidationError, ValidationError } from "./runtime/validate.js";`]),
    linesDeclaration([
      "export type {",
      ...indentLines(["Issue,", "OperationValidators,", "SafeParseResult,", "ValidateOptions,", "Validator,"]),
      `} from "./runtime/validate.js";`,
    ]),
    ...model.schemas.map((schema, index) =>
      linesDeclaration([`export declare const ${schemaNames[index]}: ${type(`$types.${schema.typeName}`)};`]),
    ),
    ...operations.map((entry, index) =>
      linesDeclaration(declared(operationNames[index]!, operationTypeMembers(entry, true))),
    ),
    linesDeclaration([
      DOCS.schemas,
      ...declared(
        "schemas",
        model.schemas.map((schema, index) => `readonly ${propertyKey(schema.typeName)}: typeof ${schemaNames[index]};`),
      ),
    ]),
    linesDeclaration([
      DOCS.operations,
      ...declared(
        "operations",
        operations.flatMap((entry) => {
          const members = operationTypeMembers(entry, false);
          return [`readonly ${propertyKey(entry.operation.names.function)}: {`, ...indentLines(members), "};"];
        }),
      ),
    ]),
    linesDeclaration([
      DOCS.createClient,
      "export declare function createClient(",
      "  options?: ClientOptions & { validate?: ValidateOptions },",
      "): Client;",
    ]),
    linesDeclaration([
      DOCS.createClientWith,
      "export declare function createClientWith(",
      "  validators: { readonly [operation: string]: OperationValidators },",
      "  options?: ClientOptions & { validate?: ValidateOptions },",
      "): Client;",
    ]),
  ];
  return { js, declarations, warnings };
}

const indentLines = (lines: readonly string[]): string[] => lines.map((line) => `  ${line}`);

/** A key of an object literal as prettier prints it. */
function objectKey(key: string): string {
  const written = objectLiteralKey(key);
  if (written.startsWith("[")) return `[${printString(written.slice(1, -1))}]`;
  return written.startsWith('"') ? printStringKey(written, key, "js") : written;
}

/** The members of an operation's validators' type, one a line, as prettier lays out a type literal. */
function operationTypeMembers(
  { operation, params, body, responses: all }: ValidatorTable["operations"][number],
  successOnly: boolean,
): string[] {
  const responses = successOnly ? all.filter((response) => response.success) : all;
  const { names } = operation;
  const members: string[] = [];
  if (params !== undefined)
    members.push(`readonly params: Validator<Omit<$types.${names.params}, "body" | "contentType">>;`);
  if (body !== undefined) members.push(`readonly body: Validator<$types.${names.body}>;`);
  const statuses = responses.map((response) => {
    const key = printStringKey(stringLiteral(response.status), response.status, "ts");
    return `readonly ${key}: Validator<$types.${response.success ? names.response : names.error}>;`;
  });
  members.push(
    ...(statuses.length === 0
      ? ["readonly responses: {};"]
      : ["readonly responses: {", ...indentLines(statuses), "};"]),
  );
  return members;
}

/** A declaration written line by line in prettier's form; prettier's own when a line is too long for that form. */
function linesDeclaration(lines: readonly string[]): Declaration {
  let printed: string | null | undefined;
  const print = (): string | undefined => {
    if (printed === undefined) {
      try {
        printed = lines.flatMap(breakLine).join("\n");
      } catch (error) {
        if (!(error instanceof NotPrintable)) throw error;
        printed = null; // prettier's, through `source`
      }
    }
    return printed ?? undefined;
  };
  return {
    // The text as printed, which the format stage takes as it is (no document to lay out); none when prettier must.
    get printed() {
      return print();
    },
    doc: () => {
      const text = print();
      if (text === undefined) throw new NotPrintable("a line too wide");
      return text;
    },
    source: () => lines.join("\n"),
  };
}

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

/** A declaration given as a document of our printer; prettier's own when it lays out wider than the print width. */
function printedDeclaration(doc: Doc): Declaration {
  let text: string | undefined;
  const print = (): string => (text ??= printDoc(doc, PRINT_WIDTH));
  return {
    doc: () => {
      const printed = print();
      if (printed.split("\n").some(tooWide)) throw new NotPrintable("a line too wide");
      return join(hardline, printed.split("\n"));
    },
    source: print,
  };
}

const PRINT_WIDTH = 100;
/** Whether prettier would break `line`: wider than the print width, and not a comment (never broken). */
const tooWide = (line: string): boolean => width(line) > PRINT_WIDTH && !/^\s*(?:\/\/|\/\*\*)/.test(line);

/** The zod flavour: the table as JSON data, and zod schemas built from it by runtime/validate-zod.js. */
function emitZodValidators(model: ApiModel): EmittedValidators {
  const { table, operations, warnings } = buildValidatorTable(model);
  const type = (name: string): string => `z.ZodType<${name}>`;
  const json = (value: unknown): string => `JSON.parse(${stringLiteral(JSON.stringify(value))})`;
  const byName = (entries: Array<[string, unknown]>): Record<string, unknown> => {
    const map: Record<string, unknown> = {};
    for (const [key, value] of entries)
      Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
    return map;
  };
  const schemaIndexes = byName(model.schemas.map((schema, index) => [schema.typeName, index]));
  const operationIndexes = byName(
    operations.map(({ operation, params, body, responses }) => [
      operation.names.function,
      { params, body, responses: byName(responses.map((response) => [response.status, response.entry])) },
    ]),
  );
  const js = [
    `import { createClient as $createClient } from "./client.js";`,
    `import { z } from "zod";`,
    `import { createZodSchemas } from "./runtime/validate-zod.js";`,
    `import { validation, validatorsByIndex } from "./runtime/validate.js";`,
    "",
    `export { ApiValidationError, ValidationError } from "./runtime/validate.js";`,
    "",
    `const $table = ${json(table)};`,
    "const $validator = createZodSchemas($table, z);",
    "",
    DOCS.schemas,
    `export const schemas = validatorsByIndex(${json(schemaIndexes)}, $validator);`,
    "",
    DOCS.operations,
    `export const operations = validatorsByIndex(${json(operationIndexes)}, $validator);`,
    "",
    DOCS.createClient,
    "export function createClient(options = {}) {",
    "  return $createClient({ ...options, validation: validation(operations, options.validate) });",
    "}",
    "",
  ].join("\n");
  const schemaTypes = model.schemas.map(
    (schema) => `readonly ${propertyKey(schema.typeName)}: ${type(`$types.${schema.typeName}`)};`,
  );
  const operationTypes = operations.map(
    (entry) => `readonly ${propertyKey(entry.operation.names.function)}: ${operationType(entry, type)};`,
  );
  const declarations = [
    `import type { ClientOptions } from "./client.js";`,
    `import type { Client } from "./runtime/client.js";`,
    `import type { ValidateOptions } from "./runtime/validate.js";`,
    `import type { z } from "zod";`,
    `import type * as $types from "./types.js";`,
    "",
    `export { ApiValidationError, ValidationError } from "./runtime/validate.js";`,
    `export type { Issue, OperationValidators, SafeParseResult, ValidateOptions, Validator } from "./runtime/validate.js";`,
    "",
    DOCS.schemas,
    `export declare const schemas: {${schemaTypes.length > 0 ? `\n${schemaTypes.join("\n")}\n` : ""}};`,
    "",
    DOCS.operations,
    `export declare const operations: {${operationTypes.length > 0 ? `\n${operationTypes.join("\n")}\n` : ""}};`,
    "",
    DOCS.createClient,
    "export declare function createClient(options?: ClientOptions & { validate?: ValidateOptions }): Client;",
    "",
  ].join("\n");
  return { js, declarations, warnings };
}

function operationType(
  { operation, params, body, responses }: ValidatorTable["operations"][number],
  type: (name: string) => string,
): string {
  const { names } = operation;
  const members: string[] = [];
  if (params !== undefined)
    members.push(`readonly params: ${type(`Omit<$types.${names.params}, "body" | "contentType">`)};`);
  if (body !== undefined) members.push(`readonly body: ${type(`$types.${names.body}`)};`);
  const responseTypes = responses.map(
    (response) =>
      `readonly ${stringLiteral(response.status)}: ${type(`$types.${response.success ? names.response : names.error}`)};`,
  );
  members.push(`readonly responses: {${responseTypes.length > 0 ? `\n${responseTypes.join("\n")}\n` : ""}};`);
  return `{\n${members.join("\n")}\n}`;
}
