// The validators module (opt-in, `--validators`): a validator per component schema and per operation's parameters,
// JSON request body and JSON response body by status, over one table of normalized schemas that ships as JSON data
// (spec text never becomes code; JSON.parse also reads it faster than an object literal), and a `createClient` that
// checks calls with them.
import type { ApiModel, JsonSchema, ModelWarning, OperationModel } from "../model/types.js";
import { buildValidationSchemas, type ValidationNode } from "../model/validation.js";
import { GENERATOR_NAME } from "./emit-package.js";
import { PARAMETER_GROUPS, defaultContent, splitResponses } from "./emit-types.js";
import { printString, printStringKey } from "../common/literals.js";
import type { Declaration, LinesDeclaration } from "./declarations.js";
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

const SCHEMAS_DOC = "A validator for each component schema, by its type's name.";
const DOCS = {
  schemas: `/** ${SCHEMAS_DOC} */`,
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
    body.push(...writer.declarations.splice(0).map((declaration) => codeLines(declaration.lines)));
  };
  const make = (check: string): string => `/* @__PURE__ */ validator(${check}, vendor)`;
  model.schemas.forEach((schema, index) => {
    writer.component(index);
    flush();
    const name = schemaNames[index]!;
    body.push(codeLines([`export const ${name} = ${make(writer.componentNames[index]!)};`]));
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
    body.push(...constants.map((line) => codeLines([line])));
    const success = responsesOf(responses.filter((response) => response.success).map((response) => response.line));
    body.push(codeLines([`export const ${operationNames[index]} = {`, ...indentLines([...members, ...success]), "};"]));
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
    { kind: "import", names: ["createClient as $createClient"], module: "./client.js", typeOnly: false },
    {
      kind: "import",
      names: [...helpers, "validation", "validator"],
      module: "./runtime/validate.js",
      typeOnly: false,
    },
    codeLines([`export { ApiValidationError, ValidationError } from "./runtime/validate.js";`]),
    codeLines([`const vendor = ${literal(GENERATOR_NAME)};`]),
    ...body,
    { kind: "const", name: "schemas", value: schemasMap, exported: true, doc: SCHEMAS_DOC },
    codeLines([
      DOCS.operations,
      ...(operationMembers.length === 0
        ? ["export const operations = {};"]
        : ["export const operations = {", ...indentLines(operationMembers), "};"]),
    ]),
    codeLines([
      DOCS.createClient,
      "export function createClient(options = {}) {",
      "  return createClientWith(operations, options);",
      "}",
    ]),
    codeLines([
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
    { kind: "import", names: ["ClientOptions"], module: "./client.js", typeOnly: true },
    { kind: "import", names: ["Client"], module: "./runtime/client.js", typeOnly: true },
    {
      kind: "import",
      names: ["OperationValidators", "ValidateOptions", "Validator"],
      module: "./runtime/validate.js",
      typeOnly: true,
    },
    { ...typeLines([`import type * as $types from "./types.js";`]), isImport: true },
    typeLines([`export { ApiValidationError, ValidationError } from "./runtime/validate.js";`]),
    typeLines([
      "export type {",
      ...indentLines(["Issue,", "OperationValidators,", "SafeParseResult,", "ValidateOptions,", "Validator,"]),
      `} from "./runtime/validate.js";`,
    ]),
    ...model.schemas.map((schema, index) =>
      typeLines([`export declare const ${schemaNames[index]}: ${type(`$types.${schema.typeName}`)};`]),
    ),
    ...operations.map((entry, index) => typeLines(declared(operationNames[index]!, operationTypeMembers(entry, true)))),
    typeLines([
      DOCS.schemas,
      ...declared(
        "schemas",
        model.schemas.map((schema, index) => `readonly ${propertyKey(schema.typeName)}: typeof ${schemaNames[index]};`),
      ),
    ]),
    typeLines([
      DOCS.operations,
      ...declared(
        "operations",
        operations.flatMap((entry) => {
          const members = operationTypeMembers(entry, false);
          return [`readonly ${propertyKey(entry.operation.names.function)}: {`, ...indentLines(members), "};"];
        }),
      ),
    ]),
    typeLines([
      DOCS.createClient,
      "export declare function createClient(",
      "  options?: ClientOptions & { validate?: ValidateOptions },",
      "): Client;",
    ]),
    typeLines([
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

/** Code written line by line in prettier's form (format/print/lines.ts breaks the lines too wide for it). */
function codeLines(lines: readonly string[]): LinesDeclaration {
  return { kind: "lines", lines, code: true };
}

/** Types written line by line in prettier's form. */
function typeLines(lines: readonly string[]): LinesDeclaration {
  return { kind: "lines", lines, code: false };
}

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
