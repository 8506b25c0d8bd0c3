// The opt-in TanStack Query module (`query.ts`, with `--query`): per operation, a query key function and query options
// for reads, infinite query options for the lists the IR says are paginated, and mutation options for writes. Plain
// objects typed with @tanstack/query-core's option types, so every framework adapter accepts them; no runtime import.
import { GeneratorError } from "../common/errors.js";
import type { ApiModel, OperationModel } from "../model/types.js";
import { jsDocComment, sourceComment } from "./declarations.js";
import { dataLiteral, stringLiteral } from "./escape.js";

/**
 * The query-core types the module names; type imports only, so the package needs @tanstack/query-core only for its
 * types.
 */
const CORE_TYPES = [
  "DataTag",
  "InfiniteData",
  "InfiniteQueryObserverOptions",
  "MutationObserverOptions",
  "QueryObserverOptions",
];

/**
 * The fields each factory's return type has: those it sets, and `retry`, left unset, whose type names the error type
 * so that `useQuery` and the like infer it. Only these, since the adapters type the other fields each their own way
 * (Vue's `enabled` is a ref or getter, not query-core's function of the query).
 */
const QUERY_FIELDS = '"queryKey" | "queryFn" | "retry"';
const INFINITE_FIELDS = '"queryKey" | "queryFn" | "initialPageParam" | "getNextPageParam" | "select" | "retry"';
const MUTATION_FIELDS = '"mutationKey" | "mutationFn" | "retry"';

/** The names one operation gets in the query module: its function name plus one suffix each. */
export function queryNames(operation: OperationModel): {
  key: string;
  options: string;
  infiniteKey: string;
  infiniteOptions: string;
  mutation: string;
} {
  const name = operation.names.function;
  return {
    key: `${name}QueryKey`,
    options: `${name}QueryOptions`,
    infiniteKey: `${name}InfiniteQueryKey`,
    infiniteOptions: `${name}InfiniteQueryOptions`,
    mutation: `${name}MutationOptions`,
  };
}

/** GET and HEAD are reads; every other method is a write, with mutation options. */
function isReadMethod(operation: OperationModel): boolean {
  return operation.method === "GET" || operation.method === "HEAD";
}

/** Reads that resolve to a body get query options; a stream of events (SSE) is not query data, and gets none. */
function isRead(operation: OperationModel): boolean {
  return isReadMethod(operation) && !operation.streaming;
}

/**
 * What to build: the typed TypeScript module (type-checked by the tests), or straight away the two files the package
 * ships, as `emitOperations` does: compiling a module of a megabyte (Stripe's) would take seconds.
 */
export type QueryFlavor = "ts" | "js" | "d.ts";

/** One exported function, in each flavor. */
interface QueryFunction {
  doc: string;
  name: string;
  /** `name: Type` or `name?: Type`. */
  parameters: string[];
  returns: string;
  /** The typed body, and the body without types. */
  body: string;
  jsBody: string;
}

function printFunction(fn: QueryFunction, flavor: QueryFlavor): string {
  const comment = doc(fn.doc);
  if (flavor === "d.ts")
    return `${comment}export declare function ${fn.name}(${fn.parameters.join(", ")}): ${fn.returns};`;
  if (flavor === "js")
    return `${comment}export function ${fn.name}(${fn.parameters.map((p) => p.replace(/\??:.*$/s, "")).join(", ")}) {\n${fn.jsBody}\n}`;
  return `${comment}export function ${fn.name}(${fn.parameters.join(", ")}): ${fn.returns} {\n${fn.body}\n}`;
}

/** The source of `query.ts`, `query.js` or `query.d.ts`. */
export function emitQuery(model: ApiModel, flavor: QueryFlavor = "ts"): string {
  const functions: string[] = [];
  const types = new Set<string>();
  const body: string[] = [];
  const streamed: string[] = [];
  let paginated = false;
  const taken = new Map<string, OperationModel>();
  for (const operation of model.operations) {
    const { names } = operation;
    const parts: QueryFunction[] = [];
    if (isRead(operation)) parts.push(queryKeyFunction(operation), queryOptionsFunction(operation));
    if (operation.pagination && !operation.streaming) {
      paginated = true;
      parts.push(...infiniteFunctions(operation));
    }
    if (!isReadMethod(operation)) parts.push(mutationFunction(operation));
    if (parts.length === 0) continue;
    for (const fn of parts) claimName(model, taken, fn.name, operation);
    body.push(...parts.map((fn) => printFunction(fn, flavor)));
    functions.push(names.function);
    types.add(names.params);
    types.add(names.response);
    types.add(names.error);
    if (operation.streaming) streamed.push(names.function);
  }
  const runtime = paginated ? ["fetchPage", "nextPageParam", "pageItems"] : [];
  const runtimeTypes = paginated ? ["InfinitePage", "PageParam", "QueryError"] : ["QueryError"];
  const values = flavor !== "d.ts";
  const typed = flavor !== "js";
  const imports = [
    ...(typed
      ? [
          `import type { ${CORE_TYPES.join(", ")} } from "@tanstack/query-core";`,
          `import type { Client, RequestOptions } from "./runtime/client.js";`,
        ]
      : []),
    ...(values && runtime.length > 0 ? [`import { ${runtime.join(", ")} } from "./runtime/query.js";`] : []),
    ...(typed ? [`import type { ${runtimeTypes.join(", ")} } from "./runtime/query.js";`] : []),
    ...(typed && paginated ? [`import type { PageItem } from "./runtime/paginate.js";`] : []),
    // The declarations name an operation only as `typeof` (a stream's mutation), for which a type import does.
    ...(values && functions.length > 0 ? [`import { ${functions.join(", ")} } from "./operations.js";`] : []),
    ...(flavor === "d.ts" && streamed.length > 0
      ? [`import type { ${streamed.join(", ")} } from "./operations.js";`]
      : []),
    ...(typed && types.size > 0 ? [`import type { ${[...types].join(", ")} } from "./types.js";`] : []),
  ];
  return `${imports.join("\n")}\n\n${body.join("\n\n")}\n`;
}

/**
 * Two operations whose names make the same export (`listPets`' infinite key and `listPetsInfinite`'s key are both
 * `listPetsInfiniteQueryKey`) cannot share the module: an error naming the second, rather than a module that does
 * not load.
 */
function claimName(model: ApiModel, taken: Map<string, OperationModel>, name: string, operation: OperationModel): void {
  const other = taken.get(name);
  if (other) {
    throw new GeneratorError(
      `the query module would export \`${name}\` for both \`${other.names.function}\` and \`${operation.names.function}\``,
      { file: model.source.file, pointer: operation.pointer },
      "rename one of the operations (operationId), or generate without --query",
    );
  }
  taken.set(name, operation);
}

/** `params?: P` when nothing in it is required, else `params: P`. */
function paramsParameter(operation: OperationModel): string {
  const optional = !operation.parameters.some((p) => p.required) && !operation.requestBody?.required;
  return `params${optional ? "?" : ""}: ${operation.names.params}`;
}

/**
 * The key's elements: the path's segments, each `{name}` replaced by the value of that path parameter, then the
 * params. So `["pets"]` is a prefix of the keys of `GET /pets` and `GET /pets/{id}`, and `["pets", 42]` of every
 * query under pet 42.
 */
function keyParts(operation: OperationModel): { values: string[]; types: string[] } {
  const values: string[] = [];
  const types: string[] = [];
  for (const segment of operation.path.split("/").filter((part) => part !== "")) {
    const parameter = /^\{([^{}]+)\}$/.exec(segment)?.[1];
    const declared =
      parameter !== undefined && operation.parameters.some((p) => p.in === "path" && p.name === parameter);
    if (declared) {
      values.push(`params.path[${stringLiteral(parameter)}]`);
      types.push(`${operation.names.params}["path"][${stringLiteral(parameter)}]`);
    } else {
      values.push(stringLiteral(segment));
      types.push(stringLiteral(segment));
    }
  }
  values.push("params ?? {}");
  types.push(operation.names.params);
  return { values, types };
}

function errorType(operation: OperationModel): string {
  return `QueryError<${operation.names.error}>`;
}

function keyType(operation: OperationModel, data: string, infinite: boolean): string {
  const { types } = keyParts(operation);
  return `DataTag<[${[...types, ...(infinite ? ['"infinite"'] : [])].join(", ")}], ${data}, ${errorType(operation)}>`;
}

function doc(text: string): string {
  return sourceComment(jsDocComment(text));
}

function queryKeyFunction(operation: OperationModel): QueryFunction {
  const { names } = operation;
  const { values } = keyParts(operation);
  const returns = keyType(operation, names.response, false);
  return {
    doc: `The query key of \`${names.function}\`: its path's segments (path parameters by value), then \`params\`.`,
    name: queryNames(operation).key,
    parameters: [paramsParameter(operation)],
    returns,
    body: `  return [${values.join(", ")}] as unknown as ${returns};`,
    jsBody: `  return [${values.join(", ")}];`,
  };
}

function queryOptionsFunction(operation: OperationModel): QueryFunction {
  const { names } = operation;
  const query = queryNames(operation);
  const body = `  return {
    queryKey: ${query.key}(params),
    queryFn: ({ signal }) => ${names.function}(client, params, { ...options, signal }),
  };`;
  return {
    doc: `Options for \`useQuery\`, \`fetchQuery\` and the like: calls \`${names.function}\`, cancelled with the query's signal.`,
    name: query.options,
    parameters: ["client: Client", paramsParameter(operation), "options?: RequestOptions"],
    returns: `Pick<QueryObserverOptions<${names.response}, ${errorType(operation)}, ${names.response}, ${names.response}, ${keyType(operation, names.response, false)}>, ${QUERY_FIELDS}>`,
    body,
    jsBody: body,
  };
}

function infiniteFunctions(operation: OperationModel): QueryFunction[] {
  const { names } = operation;
  const query = queryNames(operation);
  const pagination = operation.pagination!;
  const items = `[${pagination.items.map((item) => stringLiteral(item)).join(", ")}]`;
  const item = `PageItem<${names.response}, ${items}>`;
  const pages = `InfiniteData<InfinitePage<${names.response}>, PageParam>`;
  const { values } = keyParts(operation);
  const key = keyType(operation, pages, true);
  const options = (typeArgument: string): string => `  return {
    queryKey: ${query.infiniteKey}(params),
    queryFn: ({ pageParam, signal }) => fetchPage((args) => ${names.function}(client, args, { ...options, signal }), ${dataLiteral(pagination)}, params ?? {}, pageParam),
    initialPageParam: {},
    getNextPageParam: nextPageParam,
    select: (data) => pageItems${typeArgument}(data.pages, ${items}),
  };`;
  return [
    {
      doc: `The infinite query key of \`${names.function}\`: its query key's elements, then \`"infinite"\`.`,
      name: query.infiniteKey,
      parameters: [paramsParameter(operation)],
      returns: key,
      body: `  return [${[...values, '"infinite"'].join(", ")}] as unknown as ${key};`,
      jsBody: `  return [${[...values, '"infinite"'].join(", ")}];`,
    },
    {
      doc: `Options for \`useInfiniteQuery\`: pages through \`${names.function}\` as the spec says (${pagination.style}); \`select\` gives the items of every page.`,
      name: query.infiniteOptions,
      parameters: ["client: Client", paramsParameter(operation), "options?: RequestOptions"],
      returns: `Pick<InfiniteQueryObserverOptions<InfinitePage<${names.response}>, ${errorType(operation)}, ${item}[], ${key}, PageParam>, ${INFINITE_FIELDS}>`,
      body: options(`<${item}>`),
      jsBody: options(""),
    },
  ];
}

function mutationFunction(operation: OperationModel): QueryFunction {
  const { names } = operation;
  const optional = paramsParameter(operation).startsWith("params?");
  const variables = optional ? `${names.params} | void` : names.params;
  const data = operation.streaming ? `Awaited<ReturnType<typeof ${names.function}>>` : names.response;
  const body = (cast: string): string => `  return {
    mutationKey: [${stringLiteral(names.function)}],
    mutationFn: (params) => ${names.function}(client, params${cast}, options),
  };`;
  return {
    doc: `Options for \`useMutation\`: calls \`${names.function}\` with the mutation's variables as its params.`,
    name: queryNames(operation).mutation,
    parameters: ["client: Client", "options?: RequestOptions"],
    returns: `Pick<MutationObserverOptions<${data}, ${errorType(operation)}, ${variables}>, ${MUTATION_FIELDS}>`,
    body: body(optional ? ` as ${names.params} | undefined` : ""),
    jsBody: body(""),
  };
}
