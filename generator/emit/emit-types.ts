// The types module: one named type per component schema, then each operation's Params, Body, Response and Error.
import ts from "typescript";
import { defaultContent } from "../model/operations.js";
import type {
  ApiModel,
  ContentModel,
  JsonSchema,
  OperationModel,
  ParameterLocation,
  ParameterModel,
  ResponseModel,
} from "../model/types.js";
import {
  docText,
  isOwnType,
  type Declaration,
  type Member,
  type ObjectType,
  type TypeDeclaration,
  type TypeExpression,
} from "./declarations.js";
import type { BuilderInput, DeclarationMemo } from "./memo.js";
import { printNode, type SchemaTypeWriter } from "./schema-types.js";

/** The argument group each parameter location is passed in. */
export const PARAMETER_GROUPS: Record<ParameterLocation, string> = {
  path: "path",
  query: "query",
  header: "headers",
  cookie: "cookies",
};

/** The declarations of `types.ts`. */
export function emitTypes(model: ApiModel, writer: SchemaTypeWriter, memo?: DeclarationMemo): Declaration[] {
  // In watch mode, declarations whose inputs did not change since the last run are not transformed or printed again.
  const declare = <I extends BuilderInput>(
    build: (input: I, writer: SchemaTypeWriter) => Declaration[],
    input: I,
  ): Declaration[] => (memo ? memo.typeDeclarations(build, input, writer) : build(input, writer));
  const statements: Declaration[] = [];
  for (const schema of model.schemas) {
    const raw = typeof schema.schema === "object" ? schema.schema : {};
    const doc = docText(
      typeof raw.title === "string" && raw.title !== schema.key ? raw.title : undefined,
      typeof raw.description === "string" ? raw.description : undefined,
      raw.deprecated === true && "@deprecated",
    );
    statements.push(
      ...declare(schemaType, { typeName: schema.typeName, pointer: schema.pointer, schema: schema.schema, doc }),
    );
  }
  // A per-operation type named as a schema is that schema (see claimOperationType): it is not declared again.
  const schemaNames = new Set(model.schemas.map((schema) => schema.typeName));
  for (const operation of model.operations) statements.push(...declare(operationTypesOf, { operation, schemaNames }));
  const all = [...statements, ...writer.helperDeclarations().map(declareSource)];
  // A declaration file without declarations is not a module, and index.d.ts re-exports from it.
  return all.length > 0 ? all : [declareSource("export {};")];
}

/** A component schema's named type (a memoised builder: its input is all it reads, besides the writer). */
function schemaType(
  input: { typeName: string; pointer: string; schema: JsonSchema; doc: string | undefined },
  writer: SchemaTypeWriter,
): Declaration[] {
  return [declareType(input.typeName, writer.typeNode(input.schema, input.pointer), input.doc)];
}

/** `operationTypes` as a memoised builder: its input is all it reads, besides the writer. */
function operationTypesOf(
  input: { operation: OperationModel; schemaNames: ReadonlySet<string> },
  writer: SchemaTypeWriter,
): Declaration[] {
  return operationTypes(input.operation, writer, input.schemaNames);
}

/**
 * Declares `name` as the given type: object types become interfaces (better hovers, faster tsc), the rest aliases.
 */
function declareType(name: string, type: TypeExpression, doc: string | undefined): TypeDeclaration {
  const isObject = isOwnType(type)
    ? type.kind === "object"
    : ts.isTypeLiteralNode(type) &&
      type.members.every((m) => (ts.isPropertySignature(m) || ts.isIndexSignatureDeclaration(m)) && m.type);
  return { kind: "type", name, doc, form: isObject ? "interface" : "alias", type };
}

/** `export type name = type;`, whatever the type. */
function declareAlias(name: string, type: TypeExpression, doc: string | undefined): TypeDeclaration {
  return { kind: "type", name, doc, form: "alias", type };
}

/** A declaration only prettier prints (openapi-typescript's helper types). */
function declareSource(text: string): Declaration {
  return { kind: "source", text };
}

function operationTypes(
  operation: OperationModel,
  writer: SchemaTypeWriter,
  schemaNames: ReadonlySet<string>,
): Declaration[] {
  const { names } = operation;
  const declarations: Declaration[] = [];
  const declareUnlessSchema = (name: string, type: ts.TypeNode, doc: string | undefined): void => {
    if (!schemaNames.has(name)) return void declarations.push(declareType(name, type, doc));
    // The model named it so because the type is exactly that schema's; anything else would be a wrong type.
    if (printNode(type) !== name)
      throw new Error(`${operation.pointer}: ${name} names a schema, but the operation's type is ${printNode(type)}`);
  };
  const bodyContent = defaultContent(operation.requestBody?.contents ?? []);
  if (bodyContent) {
    const doc = docText(operation.requestBody?.description ?? `The request body of \`${names.function}\`.`);
    if (schemaNames.has(names.body)) {
      declareUnlessSchema(names.body, contentType(bodyContent, writer), doc);
    } else if (bodyContent.kind === "binary" || bodyContent.kind === "text") {
      // Raw bytes or text, whatever the schema says: the runtime has no writer for an object in these media types.
      declarations.push(declareAlias(names.body, contentType(bodyContent, writer), doc));
    } else {
      declarations.push(
        declareType(names.body, writer.typeNode(bodyContent.schema, `${bodyContent.pointer}/schema`), doc),
      );
    }
  }
  const params = paramsType(operation, writer, bodyContent !== undefined);
  if (params) declarations.push(params);
  const { success, failure } = splitResponses(operation);
  // With no success declared (a 302 only), the runtime reads whatever 2xx arrives by its Content-Type: nothing is
  // known.
  const response = success.length > 0 ? responseUnion(success, writer, "void") : keyword(ts.SyntaxKind.UnknownKeyword);
  declareUnlessSchema(
    names.response,
    response,
    docText(success[0]?.description ?? `What \`${names.function}\` resolves to.`),
  );
  declareUnlessSchema(
    names.error,
    responseUnion(failure, writer, "unknown"),
    `The body of an \`ApiError\` thrown by \`${names.function}\`.`,
  );
  return declarations;
}

/**
 * What an operation takes: a body (its Body type exists), and anything at all to pass (its Params type always exists).
 */
export function operationShape(operation: OperationModel): { hasBody: boolean; hasParams: boolean } {
  const hasBody = (operation.requestBody?.contents.length ?? 0) > 0;
  return { hasBody, hasParams: hasBody || operation.parameters.length > 0 };
}

/** Responses that resolve the call (2xx; `default` too when no 2xx is declared) and those that throw. */
export function splitResponses(operation: OperationModel): { success: ResponseModel[]; failure: ResponseModel[] } {
  const has2xx = operation.responses.some((response) => /^2/.test(response.status));
  const isSuccess = (status: string): boolean => /^2/.test(status) || (!has2xx && status === "default");
  return {
    success: operation.responses.filter((response) => isSuccess(response.status)),
    failure: operation.responses.filter((response) => !isSuccess(response.status)),
  };
}

export { defaultContent };

function responseUnion(responses: ResponseModel[], writer: SchemaTypeWriter, empty: "void" | "unknown"): ts.TypeNode {
  const seen = new Map<string, ts.TypeNode>();
  for (const response of responses) {
    const content = defaultContent(response.contents);
    if (!content) continue;
    // The runtime reads a success as the spec says (binary → Blob) but an error body only as JSON or text.
    // A stream resolves to its events; the Response type is that of each event's data.
    const node =
      content.kind === "json" || (content.events && empty === "void" && content.schema !== undefined)
        ? writer.typeNode(content.schema, `${content.pointer}/schema`)
        : content.kind === "binary" && empty === "void"
          ? ts.factory.createTypeReferenceNode("Blob")
          : keyword(ts.SyntaxKind.StringKeyword);
    seen.set(printNode(node), node);
  }
  const kind = empty === "void" ? ts.SyntaxKind.VoidKeyword : ts.SyntaxKind.UnknownKeyword;
  if (seen.size === 0) return keyword(kind);
  const nodes = [...seen.values()];
  return nodes.length === 1 ? nodes[0]! : ts.factory.createUnionTypeNode(nodes);
}

export function keyword(kind: ts.KeywordTypeSyntaxKind): ts.TypeNode {
  return ts.factory.createKeywordTypeNode(kind);
}

/**
 * `{ path: {...}; query?: {...}; body: XBody }`, leaving out groups the operation does not have; none at all when it
 * has none.
 */
function paramsType(operation: OperationModel, writer: SchemaTypeWriter, hasBody: boolean): Declaration {
  const properties: Member[] = [];
  for (const location of ["path", "query", "header", "cookie"] as const) {
    const parameters = operation.parameters.filter((parameter) => parameter.in === location);
    if (parameters.length === 0) continue;
    const fields = objectType(parameters.map((parameter) => parameterField(parameter, writer)));
    properties.push(member(PARAMETER_GROUPS[location], !parameters.some((p) => p.required), fields));
  }
  const doc = `The arguments of \`${operation.names.function}\`.`;
  const variants = hasBody ? bodyVariants(operation, writer) : [];
  const optional = !operation.requestBody?.required;
  if (variants.length > 1) {
    // Each media type has its own body shape: a union keyed by `contentType`, the default needing no key.
    const members = variants.map((variant, index) =>
      objectType(
        [
          member(
            "contentType",
            index === 0,
            ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(variant.mediaType)),
          ),
          member("body", optional, variant.type),
        ],
        true,
      ),
    );
    const union: TypeExpression = { kind: "union", types: members };
    const type: TypeExpression =
      properties.length > 0 ? { kind: "intersection", types: [objectType(properties), union] } : union;
    return declareType(operation.names.params, type, doc);
  }
  if (hasBody) {
    properties.push(member("body", optional, ts.factory.createTypeReferenceNode(operation.names.body)));
    const mediaTypes =
      operation.requestBody?.contents.map((content) =>
        ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(content.mediaType)),
      ) ?? [];
    if (mediaTypes.length > 1) {
      properties.push(
        member(
          "contentType",
          true,
          ts.factory.createUnionTypeNode(mediaTypes),
          "The media type to send; the default one when left out.",
        ),
      );
    }
  }
  if (properties.length === 0) {
    // Every operation takes `params` before `options`; one with nothing to pass takes none, and refuses any key
    // (`{ signal }` passed here by mistake does not compile).
    const none = ts.factory.createTypeReferenceNode("Record", [
      keyword(ts.SyntaxKind.StringKeyword),
      keyword(ts.SyntaxKind.NeverKeyword),
    ]);
    return declareAlias(
      operation.names.params,
      none,
      `${doc.slice(0, -1)}: it takes none; pass \`{}\` or \`undefined\` before \`options\`.`,
    );
  }
  return declareType(operation.names.params, objectType(properties), doc);
}

/** An object type; `oneLine`: written on one line where prettier keeps it so. */
export function objectType(members: Member[], oneLine = false): ObjectType {
  return { kind: "object", members, oneLine };
}

export function member(name: string, optional: boolean, type: TypeExpression, doc?: string): Member {
  return doc === undefined ? { name, optional, type } : { name, optional, type, doc };
}

/** The body type of each media type, default first; one entry when every media type takes the same shape. */
function bodyVariants(
  operation: OperationModel,
  writer: SchemaTypeWriter,
): Array<{ mediaType: string; type: ts.TypeNode }> {
  const contents = operation.requestBody?.contents ?? [];
  const first = defaultContent(contents);
  if (!first) return [];
  const ordered = [first, ...contents.filter((content) => content !== first)];
  const variants = ordered.map((content, index) => ({
    mediaType: content.mediaType,
    type: index === 0 ? ts.factory.createTypeReferenceNode(operation.names.body) : contentType(content, writer),
  }));
  const firstText = printNode(contentType(first, writer));
  return variants.slice(1).every((variant) => printNode(variant.type) === firstText) ? variants.slice(0, 1) : variants;
}

/**
 * The body type of one media type. JSON, forms and multipart take the schema's type (the runtime writes them);
 * `text/*` takes the schema's type when it is a scalar, which the runtime writes as its text, else `string`; any other
 * media type (XML, octet-stream, images…) takes what fetch sends as it is: the runtime has no writer for an object
 * there, so an object schema is not offered (it would be sent as `[object Object]`).
 */
function contentType(content: ContentModel, writer: SchemaTypeWriter): ts.TypeNode {
  if (content.kind === "binary") {
    return ts.factory.createUnionTypeNode([
      ...["Blob", "ArrayBuffer", "Uint8Array", "ReadableStream"].map((name) =>
        ts.factory.createTypeReferenceNode(name),
      ),
      keyword(ts.SyntaxKind.StringKeyword),
    ]);
  }
  if (content.kind === "text" && !isScalarSchema(content.schema)) return keyword(ts.SyntaxKind.StringKeyword);
  return writer.typeNode(content.schema, `${content.pointer}/schema`);
}

/** A schema whose values are strings, numbers or booleans (not files): what `String(value)` writes faithfully. */
function isScalarSchema(schema: unknown): boolean {
  if (typeof schema !== "object" || schema === null) return false;
  const { type, format } = schema as { type?: unknown; format?: unknown };
  return (type === "string" && format !== "binary") || type === "number" || type === "integer" || type === "boolean";
}

function parameterField(parameter: ParameterModel, writer: SchemaTypeWriter): Member {
  const doc = docText(parameter.description, parameter.deprecated && "@deprecated");
  return member(
    parameter.name,
    !parameter.required,
    writer.typeNode(parameter.schema, `${parameter.pointer}/schema`),
    doc,
  );
}
