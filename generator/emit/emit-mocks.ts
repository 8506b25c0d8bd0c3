// The test doubles module (`--mocks`): each operation's example data, typed, and `createMockFetch`, which answers a
// client's requests from it (the routing lives in the runtime's mock-fetch.ts).
import { buildExamples, type OperationExample } from "../model/examples.js";
import type { ApiModel, ModelWarning } from "../model/types.js";
import { defaultContent, operationShape } from "./emit-types.js";
import {
  CodeExpression,
  dataLiteral,
  isIdentifierName,
  objectLiteralKey,
  propertyKey,
  stringLiteral,
} from "./escape.js";

/** The source of `mocks.ts`, and the operations whose example could not be made. */
export function emitMocks(model: ApiModel, seed = 1): { text: string; warnings: ModelWarning[] } {
  const { examples, warnings } = buildExamples(model, seed);
  const typeNames = new Set<string>();
  const exampleTypes: string[] = [];
  const handlerTypes: string[] = [];
  const values: string[] = [];
  const routes: string[] = [];
  for (const example of examples) {
    const { operation } = example;
    const name = operation.names.function;
    const key = propertyKey(name);
    const requestType = bodyType(example, typeNames);
    const response = operation.names.response;
    const error = operation.names.error;
    typeNames.add(response).add(error);
    const fields = [`status: number;`];
    if (example.response !== undefined) fields.push(`response: ${response};`);
    if (example.request !== undefined) fields.push(`request: ${requestType};`);
    exampleTypes.push(`${key}: { ${fields.join(" ")} };`);
    handlerTypes.push(`${key}?: MockHandler<${requestType}, ${response}, ${error}>;`);
    values.push(
      `${objectLiteralKey(name)}: ${dataLiteral({ status: example.status, response: example.response, request: example.request })},`,
    );
    const route = {
      operation: name,
      method: operation.method,
      path: operation.path,
      status: example.status,
      mediaType: example.mediaType,
    };
    const body =
      example.response === undefined
        ? undefined
        : new CodeExpression(`examples${isIdentifierName(name) ? `.${name}` : `[${stringLiteral(name)}]`}.response`);
    routes.push(`${dataLiteral({ ...route, body })},`);
  }
  const urls = [...model.servers, ...model.operations.flatMap((operation) => operation.servers)].map(
    (server) => server.url,
  );
  const servers = [...new Set(urls.map(serverPath))];
  const imports = [...typeNames].sort();
  const text = [
    `import { createMockFetchFor, reply, type MockFetch, type MockHandler, type MockRoute } from "./runtime/mock-fetch.js";`,
    ...(imports.length > 0 ? [`import type { ${imports.join(", ")} } from "./types.js";`] : []),
    ``,
    `export { reply };`,
    `export type { MockCall, MockFetch, MockHandler, MockInput, MockReply } from "./runtime/mock-fetch.js";`,
    ``,
    `/** Each operation's example data: the status and body of its first 2xx response, and a request body. */`,
    `export interface Examples {\n${exampleTypes.join("\n")}\n}`,
    ``,
    `/** Example data that satisfies the spec's schemas: the spec's own examples where they do, otherwise built from the schemas (seed ${seed}). */`,
    `export const examples: Examples = {\n${values.join("\n")}\n};`,
    ``,
    `/** A handler per operation (by function name), to answer instead of the example data. */`,
    `export interface MockHandlers {\n${handlerTypes.join("\n")}\n}`,
    ``,
    `const routes: MockRoute[] = [\n${routes.join("\n")}\n];`,
    ``,
    `/**`,
    ` * A \`fetch\` for \`createClient({ fetch })\` that answers each operation with its example data, or with \`handlers\`;`,
    ` * \`baseUrl\` is the client's, when it is not one of the spec's servers. The calls it answered are in \`calls\`.`,
    ` */`,
    `export function createMockFetch(options: { handlers?: MockHandlers; baseUrl?: string } = {}): MockFetch {`,
    `  return createMockFetchFor(routes, ${dataLiteral(servers)}, options.handlers ?? {}, options.baseUrl);`,
    `}`,
    ``,
  ].join("\n");
  return { text, warnings };
}

/** The type of the body a handler is given: the operation's body type when it sends JSON, else what was sent. */
function bodyType(example: OperationExample, typeNames: Set<string>): string {
  const { operation } = example;
  if (!operationShape(operation).hasBody) return "undefined";
  if (defaultContent(operation.requestBody!.contents)?.kind !== "json") return "unknown";
  typeNames.add(operation.names.body);
  return operation.requestBody!.required ? operation.names.body : `${operation.names.body} | undefined`;
}

/** The path of a server URL (its `{variables}` kept as parameters), which a request's path starts with. */
function serverPath(url: string): string {
  const path = url.replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*/, "").replace(/^\{[^}]*\}(?=\/|$)/, "");
  return path.replace(/[?#].*$/, "").replace(/\/+$/, "");
}

/** The source of `mocks-msw.ts` (`--mocks msw`): the same answers as `createMockFetch`, as MSW request handlers. */
export function emitMswMocks(): string {
  return [
    `import { http, type HttpHandler } from "msw";`,
    `import { createMockFetch, type MockHandlers } from "./mocks.js";`,
    `import type { MockCall } from "./runtime/mock-fetch.js";`,
    ``,
    `/**`,
    ` * MSW request handlers (for \`setupServer\` or \`setupWorker\`) that answer each operation as \`createMockFetch\` does:`,
    ` * the example data, or \`handlers\`. A request no operation matches passes to the next MSW handler.`,
    ` */`,
    `export function createMswHandlers(options: { handlers?: MockHandlers; baseUrl?: string } = {}): HttpHandler[] & { readonly calls: MockCall[] } {`,
    `  const mock = createMockFetch(options);`,
    `  return Object.assign([http.all("*", ({ request }) => mock.handle(request))], { calls: mock.calls });`,
    `}`,
    ``,
  ].join("\n");
}
