// The operations module: per operation, a constant describing it and a few-line function calling the runtime.
import ts from "typescript";
import type { ApiModel, ContentKind, OperationModel, ParameterModel, ServerModel } from "../model/types.js";
import { docText, type Declaration, type FunctionDeclaration, type ImportDeclaration } from "./declarations.js";
import { CodeExpression } from "./escape.js";
import { defaultContent, splitResponses } from "./emit-types.js";
import type { DeclarationMemo } from "./memo.js";

const DEFAULT_STYLE = { path: "simple", query: "form", header: "simple", cookie: "form" } as const;
/** The runtime's writer for each parameter location; operations import only those they use. */
export const PARAMETER_WRITERS: Record<ParameterModel["in"], string> = {
  path: "serializePathParameter",
  query: "serializeQueryParameter",
  header: "serializeHeaderValue",
  cookie: "serializeCookie",
};
/** The writer for a parameter: the simple-style path writer, smaller than the general one, where it does. */
function parameterWriter(parameter: ParameterModel): string {
  return parameter.in === "path" && parameter.style === "simple"
    ? "serializeSimplePathParameter"
    : PARAMETER_WRITERS[parameter.in];
}
/** The runtime's body encoder for each kind of content; operations import only those they use. */
export const BODY_ENCODERS: Record<ContentKind, string> = {
  json: "encodeJson",
  form: "encodeForm",
  multipart: "encodeMultipart",
  text: "encodeText",
  binary: "encodeBinary",
};

/**
 * The declarations of the operations module, imports first: emitted once, printed as the typed `operations.ts` the
 * tests compile, or as the two files the package ships (its JavaScript, its declarations). Emitting those directly
 * spares compiling a module that, for a big spec, is a megabyte and a half.
 */
export function emitOperations(model: ApiModel, memo?: DeclarationMemo): Declaration[] {
  const statements: Declaration[] = [];
  const typeImports = new Set<string>();
  const encoders = new Set<string>();
  const callers = new Set<string>();
  let keyed = false;
  for (const operation of model.operations) {
    callers.add(callerOf(operation).name);
    for (const content of operation.requestBody?.contents ?? []) encoders.add(BODY_ENCODERS[content.kind]);
    for (const parameter of operation.parameters) encoders.add(parameterWriter(parameter));
    if (sendsIdempotencyKey(operation)) keyed = true;
    typeImports.add(operation.names.params);
    typeImports.add(operation.names.response);
    const input = { operation, apiServer: model.servers[0] };
    // In watch mode, an operation that did not change since the last run is not emitted or printed again.
    statements.push(...(memo ? memo.declarations(operationDeclarations, input) : operationDeclarations(input)));
  }
  const used = CALLERS.filter((caller) => callers.has(caller.name));
  // The return types' modules, in a fixed order, each once.
  const returnTypes = new Map<string, string[]>(RETURN_TYPE_MODULES.map((module) => [module, []]));
  for (const [module, names] of used.flatMap((caller) => caller.returns))
    returnTypes.get(module)!.push(...names.filter((name) => !returnTypes.get(module)!.includes(name)));
  const imports: ImportDeclaration[] = used.map((caller) => importDeclaration([caller.name], caller.module, false));
  if (encoders.size > 0) imports.push(importDeclaration([...encoders].sort(), "./runtime/serialize.js", false));
  if (keyed) imports.push(importDeclaration(["addIdempotencyKey"], "./runtime/idempotency.js", false));
  imports.push({
    ...importDeclaration(["Client", "OperationSpec", "RequestOptions"], "./runtime/client.js", true),
    bodyNames: ["OperationSpec"],
  });
  for (const [module, names] of returnTypes) if (names.length > 0) imports.push(importDeclaration(names, module, true));
  if (typeImports.size > 0) imports.push(importDeclaration([...typeImports], "./types.js", true));
  return [...imports, ...statements];
}

/** An operation's constant and function (a memoised builder: its input is all it reads). */
function operationDeclarations(input: {
  operation: OperationModel;
  apiServer: ServerModel | undefined;
}): Declaration[] {
  const { operation, apiServer } = input;
  return [
    { kind: "const", name: specName(operation), value: operationSpec(operation, apiServer), typeName: "OperationSpec" },
    operationFunction(operation),
  ];
}

function importDeclaration(names: readonly string[], module: string, typeOnly: boolean): ImportDeclaration {
  return { kind: "import", names, module, typeOnly };
}

const PROMISE = "./runtime/promise.js";
const PAGINATE = "./runtime/paginate.js";
const SSE = "./runtime/sse.js";
const RETURN_TYPE_MODULES = [PROMISE, PAGINATE, SSE];

/** The runtime function an operation calls, the module it lives in, and the types its return type names, by module. */
const CALLERS: ReadonlyArray<{
  name: string;
  module: string;
  returns: ReadonlyArray<readonly [string, readonly string[]]>;
}> = [
  { name: "request", module: "./runtime/send.js", returns: [[PROMISE, ["ApiPromise"]]] },
  { name: "paginate", module: PAGINATE, returns: [[PAGINATE, ["PageItem", "PagePromise"]]] },
  // A stream's call is an ApiPromise of its EventStream.
  {
    name: "stream",
    module: SSE,
    returns: [
      [PROMISE, ["ApiPromise"]],
      [SSE, ["EventStream"]],
    ],
  },
];

function callerOf(operation: OperationModel): (typeof CALLERS)[number] {
  return CALLERS[operation.streaming ? 2 : operation.pagination ? 1 : 0]!;
}

/** `ApiPromise<R>`, `PagePromise<R, Item>` or `ApiPromise<EventStream<R>>`. */
function returnType(operation: OperationModel): ts.TypeNode {
  const response = ts.factory.createTypeReferenceNode(operation.names.response);
  const reference = (name: string, ...args: ts.TypeNode[]): ts.TypeNode =>
    ts.factory.createTypeReferenceNode(name, args);
  if (operation.streaming) return reference("ApiPromise", reference("EventStream", response));
  if (!operation.pagination) return reference("ApiPromise", response);
  const path = ts.factory.createTupleTypeNode(
    operation.pagination.items.map((item) => ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(item))),
  );
  return reference("PagePromise", response, reference("PageItem", response, path));
}

/**
 * The name of an operation's descriptor constant; `_` never occurs inside a camelCase function name, so it cannot
 * collide.
 */
function specName(operation: OperationModel): string {
  return `${operation.names.function}_spec`;
}

const CLIENT = ts.factory.createTypeReferenceNode("Client");
const REQUEST_OPTIONS = ts.factory.createTypeReferenceNode("RequestOptions");

/**
 * `op(client, params, options?)`: every operation takes `params` (optional when nothing in it is required), then
 * `options`, so adding an operation's first parameter never moves `options`. The runtime's callers take `undefined`
 * params as `{}`.
 */
function operationFunction(operation: OperationModel): FunctionDeclaration {
  const { names } = operation;
  const allOptional = !operation.parameters.some((p) => p.required) && !operation.requestBody?.required;
  const args = [
    "client",
    specName(operation),
    "params",
    "options",
    ...(operation.streaming && !operation.streaming.json ? ["false"] : []),
  ];
  return {
    kind: "function",
    name: names.function,
    doc: docText(
      operation.summary,
      operation.description,
      `\`${operation.method} ${operation.path}\``,
      operation.deprecated && "@deprecated",
    ),
    parameters: [
      { name: "client", optional: false, type: CLIENT },
      { name: "params", optional: allOptional, type: ts.factory.createTypeReferenceNode(names.params) },
      { name: "options", optional: true, type: REQUEST_OPTIONS },
    ],
    returns: returnType(operation),
    call: { callee: callerOf(operation).name, args },
  };
}

/** The runtime descriptor: only what the request path needs, with defaults left out to keep bundles small. */
function operationSpec(operation: OperationModel, apiServer: ServerModel | undefined): Record<string, unknown> {
  const spec: Record<string, unknown> = {
    id: operation.names.function,
    method: operation.method,
    path: operation.path,
  };
  if (operation.parameters.length > 0) spec.parameters = operation.parameters.map(parameterSpec);
  const contents = operation.requestBody?.contents ?? [];
  const first = defaultContent(contents);
  if (first) {
    const ordered = [first, ...contents.filter((content) => content !== first)];
    spec.body = Object.fromEntries(
      ordered.map((content) => [content.mediaType, new CodeExpression(BODY_ENCODERS[content.kind])]),
    );
    const parts = ordered.find(
      (content) => content.kind === "multipart" && Object.keys(content.partContentTypes).length > 0,
    );
    if (parts) spec.partContentTypes = parts.partContentTypes;
  }
  const accept = acceptedMediaTypes(operation);
  if (accept !== "application/json") spec.accept = accept;
  const responses = Object.fromEntries(
    splitResponses(operation).success.map((response) => [
      response.status,
      responseKind(defaultContent(response.contents)?.kind),
    ]),
  );
  // The runtime reads an operation without `responses` as one that declares a JSON 200 and nothing else, the most
  // common case.
  if (JSON.stringify(responses) !== '{"200":"json"}') spec.responses = responses;
  if (operation.security.length > 0) spec.security = operation.security;
  if (operation.idempotent) spec.idempotent = true;
  if (operation.idempotencyKey) spec.idempotencyKey = operation.idempotencyKey;
  if (sendsIdempotencyKey(operation)) spec.idempotency = new CodeExpression("addIdempotencyKey");
  if (operation.pagination) spec.pagination = operation.pagination;
  const server = operation.servers[0];
  if (server && server.url !== apiServer?.url) spec.server = server.url;
  return spec;
}

/** POST and PATCH take the client's `idempotencyHeader`; any operation may have its own Idempotency-Key parameter. */
function sendsIdempotencyKey(operation: OperationModel): boolean {
  return operation.idempotencyKey !== undefined || operation.method === "POST" || operation.method === "PATCH";
}

function parameterSpec(parameter: ParameterModel): Record<string, unknown> {
  const spec: Record<string, unknown> = {
    name: parameter.name,
    in: parameter.in,
    write: new CodeExpression(parameterWriter(parameter)),
  };
  if (parameter.style !== DEFAULT_STYLE[parameter.in]) spec.style = parameter.style;
  if (parameter.explode !== (parameter.style === "form")) spec.explode = parameter.explode;
  if (parameter.allowReserved) spec.allowReserved = true;
  return spec;
}

/**
 * The Accept header: the media types the client can read, success first, then errors, each once in document order;
 * `application/json` (the runtime's default) when the spec names none. A success is read as its default content says,
 * so its other media types of the same kind are readable too (JSON alongside JSON, binary alongside binary); an error
 * body is read as JSON or text only.
 */
function acceptedMediaTypes(operation: OperationModel): string {
  const { success, failure } = splitResponses(operation);
  const readable = [
    ...success.flatMap(({ contents }) => {
      const kind = responseKind(defaultContent(contents)?.kind);
      return contents.filter((content) => responseKind(content.kind) === kind);
    }),
    ...failure.flatMap(({ contents }) =>
      contents.filter((content) => content.kind === "json" || content.kind === "text"),
    ),
  ];
  return [...new Set(readable.map((content) => content.mediaType))].join(", ") || "application/json";
}

function responseKind(kind: ContentKind | undefined): string {
  if (kind === undefined) return "void";
  if (kind === "json") return "json";
  if (kind === "text" || kind === "form") return "text";
  return "blob";
}

/** A server URL with each `{variable}` replaced by its default. */
export function serverUrl(server: ServerModel): string {
  return server.variables.reduce((url, variable) => url.split(`{${variable.name}}`).join(variable.default), server.url);
}
