// The types module: one named type per component schema, then each operation's Params, Body, Response and Error.
import { StructureKind, type OptionalKind, type PropertySignatureStructure, type SourceFileStructure } from "ts-morph";
import ts from "typescript";
import type { ApiModel, ContentModel, OperationModel, ParameterLocation, ParameterModel, ResponseModel } from "../model/types.js";
import { declareType, docText, jsDoc, type TypeDeclaration } from "./declarations.js";
import { jsDocText, propertyKey, stringLiteral } from "./escape.js";
import type { SchemaTypeWriter } from "./schema-types.js";

/** The argument group each parameter location is passed in. */
export const PARAMETER_GROUPS: Record<ParameterLocation, string> = { path: "path", query: "query", header: "headers", cookie: "cookies" };

/** Builds the structure of `types.ts`. */
export function emitTypes(model: ApiModel, writer: SchemaTypeWriter): SourceFileStructure {
  const statements: Array<TypeDeclaration | string> = [];
  for (const schema of model.schemas) {
    const raw = typeof schema.schema === "object" ? schema.schema : {};
    const doc = docText(
      typeof raw.title === "string" && raw.title !== schema.key ? raw.title : undefined,
      typeof raw.description === "string" ? raw.description : undefined,
      raw.deprecated === true && "@deprecated",
    );
    statements.push(declareType(writer, schema.typeName, writer.typeNode(schema.schema, schema.pointer), doc));
  }
  for (const operation of model.operations) statements.push(...operationTypes(operation, writer));
  return { kind: StructureKind.SourceFile, statements: [...statements, ...writer.helperDeclarations()] };
}

function operationTypes(operation: OperationModel, writer: SchemaTypeWriter): TypeDeclaration[] {
  const { names } = operation;
  const declarations: TypeDeclaration[] = [];
  const bodyContent = defaultContent(operation.requestBody?.contents ?? []);
  if (bodyContent) {
    const node = writer.typeNode(bodyContent.schema, `${bodyContent.pointer}/schema`);
    declarations.push(declareType(writer, names.body, node, docText(operation.requestBody?.description ?? `The request body of \`${names.function}\`.`)));
  }
  const params = paramsType(operation, writer, bodyContent !== undefined);
  if (params) declarations.push(params);
  const success = operation.responses.filter((response) => isSuccess(response.status));
  declarations.push(declareType(writer, names.response, responseUnion(success, writer, "void"), docText(success[0]?.description ?? `What \`${names.function}\` resolves to.`)));
  const failure = operation.responses.filter((response) => !isSuccess(response.status));
  declarations.push(declareType(writer, names.error, responseUnion(failure, writer, "unknown"), `The body of an \`ApiError\` thrown by \`${names.function}\`.`));
  return declarations;
}

/** Which per-operation types exist: a Body when the request has content, Params when there is anything to pass. */
export function operationShape(operation: OperationModel): { hasBody: boolean; hasParams: boolean } {
  const hasBody = (operation.requestBody?.contents.length ?? 0) > 0;
  return { hasBody, hasParams: hasBody || operation.parameters.length > 0 };
}

/** A status that resolves the call rather than throwing. */
export function isSuccess(status: string): boolean {
  return /^2/.test(status);
}

/** The media type sent when the caller does not choose one: JSON if offered, else the first. */
export function defaultContent(contents: readonly ContentModel[]): ContentModel | undefined {
  return contents.find((content) => content.kind === "json") ?? contents[0];
}

function responseUnion(responses: ResponseModel[], writer: SchemaTypeWriter, empty: "void" | "unknown"): ts.TypeNode {
  const seen = new Map<string, ts.TypeNode>();
  for (const response of responses) {
    const content = defaultContent(response.contents);
    if (!content) continue;
    const node = content.kind === "binary" ? ts.factory.createTypeReferenceNode("Blob") : content.kind === "text" && content.schema === undefined ? keyword(ts.SyntaxKind.StringKeyword) : writer.typeNode(content.schema, `${content.pointer}/schema`);
    seen.set(writer.print(node), node);
  }
  const kind = empty === "void" ? ts.SyntaxKind.VoidKeyword : ts.SyntaxKind.UnknownKeyword;
  if (seen.size === 0) return keyword(kind);
  const nodes = [...seen.values()];
  return nodes.length === 1 ? nodes[0]! : ts.factory.createUnionTypeNode(nodes);
}

function keyword(kind: ts.KeywordTypeSyntaxKind): ts.TypeNode {
  return ts.factory.createKeywordTypeNode(kind);
}

/** `{ path: {...}; query?: {...}; body: XBody }`, leaving out groups the operation does not have. */
function paramsType(operation: OperationModel, writer: SchemaTypeWriter, hasBody: boolean): TypeDeclaration | undefined {
  const properties: OptionalKind<PropertySignatureStructure>[] = [];
  for (const location of ["path", "query", "header", "cookie"] as const) {
    const parameters = operation.parameters.filter((parameter) => parameter.in === location);
    if (parameters.length === 0) continue;
    const fields = parameters.map((parameter) => parameterField(parameter, writer)).join("\n");
    properties.push({ name: PARAMETER_GROUPS[location], hasQuestionToken: !parameters.some((p) => p.required), type: `{\n${fields}\n}` });
  }
  if (hasBody) {
    properties.push({ name: "body", hasQuestionToken: !operation.requestBody?.required, type: operation.names.body });
    const mediaTypes = operation.requestBody?.contents.map((content) => stringLiteral(content.mediaType)) ?? [];
    if (mediaTypes.length > 1) {
      properties.push({ name: "contentType", hasQuestionToken: true, type: mediaTypes.join(" | "), docs: jsDoc("The media type to send; JSON (or the first) when left out.") });
    }
  }
  if (properties.length === 0) return undefined;
  return { kind: StructureKind.Interface, name: operation.names.params, isExported: true, docs: jsDoc(`The arguments of \`${operation.names.function}\`.`), properties };
}

function parameterField(parameter: ParameterModel, writer: SchemaTypeWriter): string {
  const doc = docText(parameter.description, parameter.deprecated && "@deprecated");
  const comment = doc ? `/** ${jsDocText(doc).replace(/\n/g, "\n * ")} */\n` : "";
  const type = writer.typeText(parameter.schema, `${parameter.pointer}/schema`);
  return `${comment}${propertyKey(parameter.name)}${parameter.required ? "" : "?"}: ${type};`;
}
