// The validators module (opt-in, `--validators`): a validator per component schema and per operation's parameters,
// JSON request body and JSON response body by status, over one table of normalized schemas that ships as JSON data
// (spec text never becomes code; JSON.parse also reads it faster than an object literal), and a `createClient` that
// checks calls with them.
import type { ApiModel, ModelWarning, OperationModel } from "../model/types.js";
import { buildValidationSchemas, type ValidationNode, type ValidationSchemas } from "../model/validation.js";
import { GENERATOR_NAME } from "./emit-package.js";
import { PARAMETER_GROUPS, defaultContent, operationShape, splitResponses } from "./emit-types.js";
import { propertyKey, stringLiteral } from "./escape.js";

/** The module's source, and the warnings for what its validators cannot check. */
export function emitValidators(model: ApiModel): { text: string; warnings: ModelWarning[] } {
  const schemas = buildValidationSchemas(model);
  const table = [...schemas.table];
  const add = (node: ValidationNode): number => table.push(node) - 1;
  const schemaEntries = model.schemas.map((schema, index) => ({
    key: schema.typeName,
    type: `Validator<$types.${schema.typeName}>`,
    value: `$validator(${index})`,
  }));
  const operationEntries = model.operations.map((operation) => operationValidators(operation, schemas.normalize, add));
  const lines = [
    `import { createClient as $createClient, type ClientOptions } from "./client.js";`,
    `import type { Client } from "./runtime/client.js";`,
    `import { createValidators, validation, type OperationValidators, type SchemaNode, type ValidateOptions, type Validator } from "./runtime/validate.js";`,
    `import type * as $types from "./types.js";`,
    "",
    `export { ApiValidationError, ValidationError } from "./runtime/validate.js";`,
    `export type { Issue, OperationValidators, SafeParseResult, ValidateOptions, Validator } from "./runtime/validate.js";`,
    "",
    `const $table: SchemaNode[] = JSON.parse(${stringLiteral(JSON.stringify(table))});`,
    `const $validator = createValidators($table, ${stringLiteral(GENERATOR_NAME)});`,
    "",
    "/** A validator for each component schema, by its type's name. */",
    `export const schemas: {\n${schemaEntries.map((entry) => `readonly ${propertyKey(entry.key)}: ${entry.type};`).join("\n")}\n} = {\n${schemaEntries.map((entry) => `${propertyKey(entry.key)}: ${entry.value},`).join("\n")}\n};`,
    "",
    "/** The validators of each operation, by function name: its parameters, its JSON request body, its JSON response bodies by status. */",
    `export const operations: {\n${operationEntries.map((entry) => `readonly ${propertyKey(entry.key)}: ${entry.type};`).join("\n")}\n} = {\n${operationEntries.map((entry) => `${propertyKey(entry.key)}: ${entry.value},`).join("\n")}\n};`,
    "",
    "/** `createClient`, checking calls against the spec: requests before sending, responses before resolving (`validate`, default both). */",
    "export function createClient(options: ClientOptions & { validate?: ValidateOptions } = {}): Client {",
    "  return $createClient({ ...options, validation: validation(operations, options.validate) });",
    "}",
    "",
  ];
  return { text: lines.join("\n"), warnings: schemas.warnings };
}

interface Entry {
  key: string;
  type: string;
  value: string;
}

function operationValidators(operation: OperationModel, normalize: ValidationSchemas["normalize"], add: (node: ValidationNode) => number): Entry {
  const types: string[] = [];
  const values: string[] = [];
  const { names } = operation;
  if (operation.parameters.length > 0) {
    const groups: Record<string, ValidationNode> = {};
    const required: string[] = [];
    for (const location of ["path", "query", "header", "cookie"] as const) {
      const parameters = operation.parameters.filter((parameter) => parameter.in === location);
      if (parameters.length === 0) continue;
      const group = PARAMETER_GROUPS[location];
      const properties = Object.fromEntries(parameters.map((parameter) => [parameter.name, normalize(parameter.schema, `${parameter.pointer}/schema`)]));
      const requiredNames = parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name);
      groups[group] = { type: ["object"], properties, ...(requiredNames.length > 0 ? { required: requiredNames } : {}) };
      if (requiredNames.length > 0) required.push(group);
    }
    const node = { type: ["object"], properties: groups, ...(required.length > 0 ? { required } : {}) };
    types.push(`readonly params: Validator<Omit<$types.${names.params}, "body" | "contentType">>;`);
    values.push(`params: $validator(${add(node)}),`);
  }
  const body = defaultContent(operation.requestBody?.contents ?? []);
  if (body?.kind === "json" && operationShape(operation).hasBody) {
    types.push(`readonly body: Validator<$types.${names.body}>;`);
    values.push(`body: $validator(${add(normalize(body.schema, `${body.pointer}/schema`))}),`);
  }
  const { success } = splitResponses(operation);
  const responseTypes: string[] = [];
  const responseValues: string[] = [];
  for (const response of operation.responses) {
    const content = defaultContent(response.contents);
    if (content?.kind !== "json" || content.events) continue;
    const type = success.includes(response) ? names.response : names.error;
    responseTypes.push(`readonly ${stringLiteral(response.status)}: Validator<$types.${type}>;`);
    responseValues.push(`${stringLiteral(response.status)}: $validator(${add(normalize(content.schema, `${content.pointer}/schema`))}),`);
  }
  types.push(`readonly responses: {${responseTypes.length > 0 ? `\n${responseTypes.join("\n")}\n` : ""}};`);
  values.push(`responses: {${responseValues.length > 0 ? `\n${responseValues.join("\n")}\n` : ""}},`);
  return { key: names.function, type: `{\n${types.join("\n")}\n}`, value: `{\n${values.join("\n")}\n}` };
}
