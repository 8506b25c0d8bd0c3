// The opt-in TanStack Query module (`query.ts`, with `--query`): per operation, a query key function and query options
// for reads, infinite query options for the lists the IR says are paginated, and mutation options for writes. Plain
// objects typed with @tanstack/query-core's option types, so every framework adapter accepts them; no runtime import.
import { NameRegistry } from "../model/names.js";
import type { ApiModel, OperationModel } from "../model/types.js";
import {
  jsDocComment,
  sourceComment,
  type CodeFunctionDeclaration,
  type Declaration,
  type ImportDeclaration,
} from "./declarations.js";
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

/** The runtime's names the module imports (from runtime/query.js, runtime/client.js, runtime/paginate.js). */
const RUNTIME_NAMES = [
  "Client",
  "RequestOptions",
  "fetchPage",
  "nextPageParam",
  "pageItems",
  "InfinitePage",
  "PageParam",
  "QueryError",
  "PageItem",
];

/**
 * The names the factories bind inside their bodies (their parameters and their callbacks'), and the global types
 * their signatures name.
 */
const LOCAL_NAMES = [
  "client",
  "params",
  "options",
  "signal",
  "pageParam",
  "args",
  "data",
  "Pick",
  "Awaited",
  "ReturnType",
];

/**
 * The names one operation gets in the query module: the exports it adds (empty for those it has none of: a write has
 * no query key), and the local names of what it imports.
 */
export interface QueryNames {
  key: string;
  options: string;
  infiniteKey: string;
  infiniteOptions: string;
  mutation: string;
  /** The operation's function and its types, as the module imports them (`name as name2` when the name is taken). */
  function: string;
  params: string;
  response: string;
  error: string;
}

/**
 * Every name of the module, decided once, by `NameRegistry`'s one rule: TanStack's and the runtime's names and the
 * factories' locals first; then the exports (the module's public names: each operation's function name plus one
 * suffix each), in document order, so two operations that would export the same name (`listPets`' infinite key and
 * `listPetsInfinite`'s key) get `listPetsInfiniteQueryKey` and `listPetsInfiniteQueryKey2`; then the imported
 * operations and types, in document order, aliased when a name is taken (an operation `fetchPage`, an operation
 * `query` whose error type is `QueryError`, an operation `client`).
 */
export function queryModuleNames(model: ApiModel): Map<OperationModel, QueryNames> {
  const registry = new NameRegistry([...CORE_TYPES, ...RUNTIME_NAMES, ...LOCAL_NAMES]);
  const exported = new Map<
    OperationModel,
    Pick<QueryNames, "key" | "options" | "infiniteKey" | "infiniteOptions" | "mutation">
  >();
  for (const operation of model.operations.filter(hasFactories)) {
    const name = operation.names.function;
    const claim = (suffix: string, wanted: boolean): string => (wanted ? registry.claim(name + suffix) : "");
    const infinite = isInfinite(operation);
    exported.set(operation, {
      key: claim("QueryKey", isRead(operation)),
      options: claim("QueryOptions", isRead(operation)),
      infiniteKey: claim("InfiniteQueryKey", infinite),
      infiniteOptions: claim("InfiniteQueryOptions", infinite),
      mutation: claim("MutationOptions", !isReadMethod(operation)),
    });
  }
  const imported = new Map<string, string>();
  const local = (name: string): string => {
    let alias = imported.get(name);
    if (alias === undefined) imported.set(name, (alias = registry.claim(name)));
    return alias;
  };
  const names = new Map<OperationModel, QueryNames>();
  for (const [operation, exports] of exported) {
    const { names: own } = operation;
    names.set(operation, {
      ...exports,
      function: local(own.function),
      params: local(own.params),
      response: local(own.response),
      error: local(own.error),
    });
  }
  return names;
}

/** GET and HEAD are reads; every other method is a write, with mutation options. */
function isReadMethod(operation: OperationModel): boolean {
  return operation.method === "GET" || operation.method === "HEAD";
}

/** Reads that resolve to a body get query options; a stream of events (SSE) is not query data, and gets none. */
function isRead(operation: OperationModel): boolean {
  return isReadMethod(operation) && !operation.streaming;
}

/** The lists the IR says are paginated get infinite query options, streams excepted. */
function isInfinite(operation: OperationModel): boolean {
  return operation.pagination !== undefined && !operation.streaming;
}

/** Whether the module has anything for the operation: a read, a paginated list or a write does; a streamed read not. */
function hasFactories(operation: OperationModel): boolean {
  return isRead(operation) || isInfinite(operation) || !isReadMethod(operation);
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

/** One function as a declaration, the same in every flavour: format/print/ writes each. */
function functionDeclaration(fn: QueryFunction): CodeFunctionDeclaration {
  return { kind: "code function", ...fn };
}

/** `import [type] { names } from "from";`. */
function importDeclaration(keyword: string, names: readonly string[], from: string): ImportDeclaration {
  return { kind: "import", names, module: from, typeOnly: keyword === "import type" };
}

/** The declarations of `query.ts`, `query.js` or `query.d.ts`: the imports, then each operation's functions. */
export function queryDeclarations(model: ApiModel, flavor: QueryFlavor): Declaration[] {
  const functions: string[] = [];
  const types = new Set<string>();
  const body: Declaration[] = [];
  const streamed: string[] = [];
  let paginated = false;
  for (const [operation, names] of queryModuleNames(model)) {
    const parts: QueryFunction[] = [];
    if (isRead(operation)) parts.push(queryKeyFunction(operation, names), queryOptionsFunction(operation, names));
    if (isInfinite(operation)) {
      paginated = true;
      parts.push(...infiniteFunctions(operation, names));
    }
    if (!isReadMethod(operation)) parts.push(mutationFunction(operation, names));
    body.push(...parts.map(functionDeclaration));
    functions.push(importName(operation.names.function, names.function));
    for (const type of ["params", "response", "error"] as const)
      types.add(importName(operation.names[type], names[type]));
    if (operation.streaming) streamed.push(importName(operation.names.function, names.function));
  }
  const runtime = paginated ? ["fetchPage", "nextPageParam", "pageItems"] : [];
  const runtimeTypes = paginated ? ["InfinitePage", "PageParam", "QueryError"] : ["QueryError"];
  const values = flavor !== "d.ts";
  const typed = flavor !== "js";
  const imports: Array<readonly [string, readonly string[], string]> = [
    ...(typed
      ? [
          ["import type", CORE_TYPES, "@tanstack/query-core"] as const,
          ["import type", ["Client", "RequestOptions"], "./runtime/client.js"] as const,
        ]
      : []),
    ...(values && runtime.length > 0 ? [["import", runtime, "./runtime/query.js"] as const] : []),
    ...(typed ? [["import type", runtimeTypes, "./runtime/query.js"] as const] : []),
    ...(typed && paginated ? [["import type", ["PageItem"], "./runtime/paginate.js"] as const] : []),
    // The declarations name an operation only as `typeof` (a stream's mutation), for which a type import does.
    ...(values && functions.length > 0 ? [["import", functions, "./operations.js"] as const] : []),
    ...(flavor === "d.ts" && streamed.length > 0 ? [["import type", streamed, "./operations.js"] as const] : []),
    ...(typed && types.size > 0 ? [["import type", [...types], "./types.js"] as const] : []),
  ];
  return [...imports.map(([keyword, names, from]) => importDeclaration(keyword, names, from)), ...body];
}

/** `name`, or `name as alias` when the module binds it under another name. */
function importName(name: string, alias: string): string {
  return name === alias ? name : `${name} as ${alias}`;
}

/** `params?: P` when nothing in it is required, else `params: P`. */
function paramsParameter(operation: OperationModel, names: QueryNames): string {
  const optional = !operation.parameters.some((p) => p.required) && !operation.requestBody?.required;
  return `params${optional ? "?" : ""}: ${names.params}`;
}

/**
 * The key's elements: the path's segments, each `{name}` replaced by the value of that path parameter, then the
 * params. So `["pets"]` is a prefix of the keys of `GET /pets` and `GET /pets/{id}`, and `["pets", 42]` of every
 * query under pet 42.
 */
function keyParts(operation: OperationModel, names: QueryNames): { values: string[]; types: string[] } {
  const values: string[] = [];
  const types: string[] = [];
  for (const segment of operation.path.split("/").filter((part) => part !== "")) {
    const parameter = /^\{([^{}]+)\}$/.exec(segment)?.[1];
    const declared =
      parameter !== undefined && operation.parameters.some((p) => p.in === "path" && p.name === parameter);
    if (declared) {
      values.push(`params.path[${stringLiteral(parameter)}]`);
      types.push(`${names.params}["path"][${stringLiteral(parameter)}]`);
    } else {
      values.push(stringLiteral(segment));
      types.push(stringLiteral(segment));
    }
  }
  values.push("params ?? {}");
  types.push(names.params);
  return { values, types };
}

function errorType(names: QueryNames): string {
  return `QueryError<${names.error}>`;
}

function keyType(operation: OperationModel, names: QueryNames, data: string, infinite: boolean): string {
  const { types } = keyParts(operation, names);
  return `DataTag<[${[...types, ...(infinite ? ['"infinite"'] : [])].join(", ")}], ${data}, ${errorType(names)}>`;
}

function queryKeyFunction(operation: OperationModel, names: QueryNames): QueryFunction {
  const { values } = keyParts(operation, names);
  const returns = keyType(operation, names, names.response, false);
  return {
    doc: `The query key of \`${operation.names.function}\`: its path's segments (path parameters by value), then \`params\`.`,
    name: names.key,
    parameters: [paramsParameter(operation, names)],
    returns,
    body: `  return [${values.join(", ")}] as unknown as ${returns};`,
    jsBody: `  return [${values.join(", ")}];`,
  };
}

function queryOptionsFunction(operation: OperationModel, names: QueryNames): QueryFunction {
  const body = `  return {
    queryKey: ${names.key}(params),
    queryFn: ({ signal }) => ${names.function}(client, params, { ...options, signal }),
  };`;
  return {
    doc: `Options for \`useQuery\`, \`fetchQuery\` and the like: calls \`${operation.names.function}\`, cancelled with the query's signal.`,
    name: names.options,
    parameters: ["client: Client", paramsParameter(operation, names), "options?: RequestOptions"],
    returns: `Pick<QueryObserverOptions<${names.response}, ${errorType(names)}, ${names.response}, ${names.response}, ${keyType(operation, names, names.response, false)}>, ${QUERY_FIELDS}>`,
    body,
    jsBody: body,
  };
}

function infiniteFunctions(operation: OperationModel, names: QueryNames): QueryFunction[] {
  const pagination = operation.pagination!;
  const items = `[${pagination.items.map((item) => stringLiteral(item)).join(", ")}]`;
  const item = `PageItem<${names.response}, ${items}>`;
  const pages = `InfiniteData<InfinitePage<${names.response}>, PageParam>`;
  const { values } = keyParts(operation, names);
  const key = keyType(operation, names, pages, true);
  const options = (typeArgument: string): string => `  return {
    queryKey: ${names.infiniteKey}(params),
    queryFn: ({ pageParam, signal }) => fetchPage((args) => ${names.function}(client, args, { ...options, signal }), ${dataLiteral(pagination)}, params ?? {}, pageParam),
    initialPageParam: {},
    getNextPageParam: nextPageParam,
    select: (data) => pageItems${typeArgument}(data.pages, ${items}),
  };`;
  return [
    {
      doc: `The infinite query key of \`${operation.names.function}\`: its query key's elements, then \`"infinite"\`.`,
      name: names.infiniteKey,
      parameters: [paramsParameter(operation, names)],
      returns: key,
      body: `  return [${[...values, '"infinite"'].join(", ")}] as unknown as ${key};`,
      jsBody: `  return [${[...values, '"infinite"'].join(", ")}];`,
    },
    {
      doc: `Options for \`useInfiniteQuery\`: pages through \`${operation.names.function}\` as the spec says (${pagination.style}); \`select\` gives the items of every page.`,
      name: names.infiniteOptions,
      parameters: ["client: Client", paramsParameter(operation, names), "options?: RequestOptions"],
      returns: `Pick<InfiniteQueryObserverOptions<InfinitePage<${names.response}>, ${errorType(names)}, ${item}[], ${key}, PageParam>, ${INFINITE_FIELDS}>`,
      body: options(`<${item}>`),
      jsBody: options(""),
    },
  ];
}

function mutationFunction(operation: OperationModel, names: QueryNames): QueryFunction {
  const optional = paramsParameter(operation, names).startsWith("params?");
  const variables = optional ? `${names.params} | void` : names.params;
  const data = operation.streaming ? `Awaited<ReturnType<typeof ${names.function}>>` : names.response;
  const body = (cast: string): string => `  return {
    mutationKey: [${stringLiteral(operation.names.function)}],
    mutationFn: (params) => ${names.function}(client, params${cast}, options),
  };`;
  return {
    doc: `Options for \`useMutation\`: calls \`${operation.names.function}\` with the mutation's variables as its params.`,
    name: names.mutation,
    parameters: ["client: Client", "options?: RequestOptions"],
    returns: `Pick<MutationObserverOptions<${data}, ${errorType(names)}, ${variables}>, ${MUTATION_FIELDS}>`,
    body: body(optional ? ` as ${names.params} | undefined` : ""),
    jsBody: body(""),
  };
}
