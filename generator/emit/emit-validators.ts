// The validators module (opt-in, `--validators`): a validator per component schema and per operation's parameters,
// JSON request body and JSON response body by status, over one table of normalized schemas that ships as JSON data
// (spec text never becomes code; JSON.parse also reads it faster than an object literal), and a `createClient` that
// checks calls with them.
import type { ApiModel, JsonSchema, ModelWarning, OperationModel } from "../model/types.js";
import { buildValidationSchemas, type ValidationNode } from "../model/validation.js";
import { GENERATOR_NAME } from "./emit-package.js";
import { PARAMETER_GROUPS, defaultContent, splitResponses } from "./emit-types.js";
import { propertyKey, stringLiteral } from "./escape.js";

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

/**
 * The module as `validators.js` and the declarations of `validators.d.ts` (given as declarations-only TypeScript),
 * written directly: the JavaScript holds the table and the name → entry maps as JSON, so neither the compiler nor
 * prettier has to read a big object literal.
 */
export function emitValidators(
  model: ApiModel,
  flavour: ValidatorFlavour = "standard",
): { js: string; declarations: string; warnings: ModelWarning[] } {
  const { table, operations, warnings } = buildValidatorTable(model);
  const type = (name: string): string => (flavour === "zod" ? `z.ZodType<${name}>` : `Validator<${name}>`);
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
  const docs = {
    schemas: "/** A validator for each component schema, by its type's name. */",
    operations:
      "/** The validators of each operation, by function name: its parameters, its JSON request body, its JSON response bodies by status. */",
    createClient:
      "/** `createClient`, checking calls against the spec: requests before sending, responses before resolving (`validate`, default both). */",
  };
  const js = [
    `import { createClient as $createClient } from "./client.js";`,
    ...(flavour === "zod"
      ? [
          `import { z } from "zod";`,
          `import { createZodSchemas } from "./runtime/validate-zod.js";`,
          `import { validation, validatorsByIndex } from "./runtime/validate.js";`,
        ]
      : [`import { createValidators, validation, validatorsByIndex } from "./runtime/validate.js";`]),
    "",
    `export { ApiValidationError, ValidationError } from "./runtime/validate.js";`,
    "",
    `const $table = ${json(table)};`,
    flavour === "zod"
      ? "const $validator = createZodSchemas($table, z);"
      : `const $validator = createValidators($table, ${stringLiteral(GENERATOR_NAME)});`,
    "",
    docs.schemas,
    `export const schemas = validatorsByIndex(${json(schemaIndexes)}, $validator);`,
    "",
    docs.operations,
    `export const operations = validatorsByIndex(${json(operationIndexes)}, $validator);`,
    "",
    docs.createClient,
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
    flavour === "zod"
      ? `import type { ValidateOptions } from "./runtime/validate.js";`
      : `import type { ValidateOptions, Validator } from "./runtime/validate.js";`,
    ...(flavour === "zod" ? [`import type { z } from "zod";`] : []),
    `import type * as $types from "./types.js";`,
    "",
    `export { ApiValidationError, ValidationError } from "./runtime/validate.js";`,
    `export type { Issue, OperationValidators, SafeParseResult, ValidateOptions, Validator } from "./runtime/validate.js";`,
    "",
    docs.schemas,
    `export declare const schemas: {${schemaTypes.length > 0 ? `\n${schemaTypes.join("\n")}\n` : ""}};`,
    "",
    docs.operations,
    `export declare const operations: {${operationTypes.length > 0 ? `\n${operationTypes.join("\n")}\n` : ""}};`,
    "",
    docs.createClient,
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
