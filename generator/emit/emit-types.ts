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
  const all = [...statements, ...writer.helperDeclarations()];
  // A declaration file without declarations is not a module, and index.d.ts re-exports from it.
  return { kind: StructureKind.SourceFile, statements: all.length > 0 ? all : ["export {};"] };
}

function operationTypes(operation: OperationModel, writer: SchemaTypeWriter): TypeDeclaration[] {
  const { names } = operation;
  const declarations: TypeDeclaration[] = [];
  const bodyContent = defaultContent(operation.requestBody?.contents ?? []);
  if (bodyContent) {
    const doc = docText(operation.requestBody?.description ?? `The request body of \`${names.function}\`.`);
    if (bodyContent.kind === "binary" || (bodyContent.kind === "text" && bodyContent.schema === undefined)) {
      declarations.push({ kind: StructureKind.TypeAlias, name: names.body, isExported: true, docs: jsDoc(doc), type: contentTypeText(bodyContent, writer) });
    } else {
      declarations.push(declareType(writer, names.body, writer.typeNode(bodyContent.schema, `${bodyContent.pointer}/schema`), doc));
    }
  }
  const params = paramsType(operation, writer, bodyContent !== undefined);
  if (params) declarations.push(params);
  const { success, failure } = splitResponses(operation);
  declarations.push(declareType(writer, names.response, responseUnion(success, writer, "void"), docText(success[0]?.description ?? `What \`${names.function}\` resolves to.`)));
  declarations.push(declareType(writer, names.error, responseUnion(failure, writer, "unknown"), `The body of an \`ApiError\` thrown by \`${names.function}\`.`));
  return declarations;
}

/** Which per-operation types exist: a Body when the request has content, Params when there is anything to pass. */
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

/** The media type sent when the caller does not choose one: JSON if offered, else the first. */
export function defaultContent(contents: readonly ContentModel[]): ContentModel | undefined {
  return contents.find((content) => content.kind === "json") ?? contents[0];
}

function responseUnion(responses: ResponseModel[], writer: SchemaTypeWriter, empty: "void" | "unknown"): ts.TypeNode {
  const seen = new Map<string, ts.TypeNode>();
  for (const response of responses) {
    const content = defaultContent(response.contents);
    if (!content) continue;
    // The runtime reads a success as the spec says (binary → Blob) but an error body only as JSON or text.
    // A stream resolves to its events; the Response type is that of each event's data.
    const node = content.kind === "json" || (content.events && empty === "void" && content.schema !== undefined)
      ? writer.typeNode(content.schema, `${content.pointer}/schema`)
      : content.kind === "binary" && empty === "void" ? ts.factory.createTypeReferenceNode("Blob") : keyword(ts.SyntaxKind.StringKeyword);
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
  const docs = jsDoc(`The arguments of \`${operation.names.function}\`.`);
  const variants = hasBody ? bodyVariants(operation, writer) : [];
  const optional = !operation.requestBody?.required;
  if (variants.length > 1) {
    // Each media type has its own body shape: a union keyed by `contentType`, the default needing no key.
    const members = variants.map((variant, index) => `{ ${index === 0 ? "contentType?" : "contentType"}: ${stringLiteral(variant.mediaType)}; body${optional ? "?" : ""}: ${variant.type} }`);
    const base = properties.length > 0 ? `{\n${properties.map((p) => `${p.name}${p.hasQuestionToken ? "?" : ""}: ${String(p.type)};`).join("\n")}\n} & ` : "";
    return { kind: StructureKind.TypeAlias, name: operation.names.params, isExported: true, docs, type: `${base}(${members.join(" | ")})` };
  }
  if (hasBody) {
    properties.push({ name: "body", hasQuestionToken: optional, type: operation.names.body });
    const mediaTypes = operation.requestBody?.contents.map((content) => stringLiteral(content.mediaType)) ?? [];
    if (mediaTypes.length > 1) {
      properties.push({ name: "contentType", hasQuestionToken: true, type: mediaTypes.join(" | "), docs: jsDoc("The media type to send; the default one when left out.") });
    }
  }
  if (properties.length === 0) return undefined;
  return { kind: StructureKind.Interface, name: operation.names.params, isExported: true, docs, properties };
}

/** The body type of each media type, default first; one entry when every media type takes the same shape. */
function bodyVariants(operation: OperationModel, writer: SchemaTypeWriter): Array<{ mediaType: string; type: string }> {
  const contents = operation.requestBody?.contents ?? [];
  const first = defaultContent(contents);
  if (!first) return [];
  const ordered = [first, ...contents.filter((content) => content !== first)];
  const variants = ordered.map((content, index) => ({
    mediaType: content.mediaType,
    type: index === 0 ? operation.names.body : contentTypeText(content, writer),
  }));
  const firstText = contentTypeText(first, writer);
  return variants.slice(1).every((variant) => variant.type === firstText) ? variants.slice(0, 1) : variants;
}

function contentTypeText(content: ContentModel, writer: SchemaTypeWriter): string {
  if (content.kind === "binary" && (content.schema === undefined || isBinaryString(content.schema))) return "Blob | ArrayBuffer | Uint8Array | ReadableStream | string";
  if (content.kind === "text" && content.schema === undefined) return "string";
  return writer.typeText(content.schema, `${content.pointer}/schema`);
}

function isBinaryString(schema: unknown): boolean {
  return typeof schema === "object" && schema !== null && (schema as { type?: unknown }).type === "string";
}

function parameterField(parameter: ParameterModel, writer: SchemaTypeWriter): string {
  const doc = docText(parameter.description, parameter.deprecated && "@deprecated");
  const comment = doc ? `/** ${jsDocText(doc).replace(/\n/g, "\n * ")} */\n` : "";
  const type = writer.typeText(parameter.schema, `${parameter.pointer}/schema`);
  return `${comment}${propertyKey(parameter.name)}${parameter.required ? "" : "?"}: ${type};`;
}
