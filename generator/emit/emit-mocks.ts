// The test doubles module (`--mocks`): each operation's example data, typed, and `createMockFetch`, which answers a
// client's requests from it (the routing lives in the runtime's mock-fetch.ts). Declarations as data, which format/print/
// prints as mocks.js and mocks.d.ts; the MSW module, a few lines, is TypeScript source compiled like the small modules.
import ts from "typescript";
import { buildExamples, type OperationExample } from "../model/examples.js";
import type { ApiModel, ModelWarning } from "../model/types.js";
import type { Declaration, Member, TypeExpression } from "./declarations.js";
import { defaultContent, keyword, member, objectType, operationShape } from "./emit-types.js";
import { CodeExpression, isIdentifierName, stringLiteral } from "./escape.js";

const RUNTIME = "./runtime/mock-fetch.js";

/**
 * The declarations of `mocks.ts` (printed as `mocks.js` and `mocks.d.ts`), and the operations whose example could not
 * be made.
 */
export function mocksDeclarations(
  model: ApiModel,
  seed = 1,
): { declarations: Declaration[]; warnings: ModelWarning[] } {
  const { examples, warnings } = buildExamples(model, seed);
  const { typeNames, exampleTypes, handlerTypes, values, routes } = operationParts(examples);
  const urls = [...model.servers, ...model.operations.flatMap((operation) => operation.servers)].map(
    (server) => server.url,
  );
  const servers = [...new Set(urls.map(serverPath))];
  const imports = [...typeNames].sort();
  const declarations: Declaration[] = [
    {
      kind: "import",
      names: ["createMockFetchFor", "reply"],
      typeNames: ["MockFetch", "MockHandler", "MockRoute"],
      // The `.d.ts` has neither the function's body nor `routes`; with no operation, no handler either.
      bodyNames: ["createMockFetchFor", "MockRoute", ...(examples.length === 0 ? ["MockHandler"] : [])],
      module: RUNTIME,
      typeOnly: false,
    },
    ...(imports.length > 0 ? [{ kind: "import", names: imports, module: "./types.js", typeOnly: true } as const] : []),
    ...moduleDeclarations(exampleTypes, values, handlerTypes, routes, servers, seed),
  ];
  return { declarations, warnings };
}

/** Each operation's members of `Examples` and `MockHandlers`, its example data and its route, and the types named. */
function operationParts(examples: readonly OperationExample[]) {
  const typeNames = new Set<string>();
  const exampleTypes: Member[] = [];
  const handlerTypes: Member[] = [];
  const values: Record<string, unknown> = {};
  const routes: unknown[] = [];
  for (const example of examples) {
    const { operation } = example;
    const name = operation.names.function;
    const requestType = bodyType(example, typeNames);
    const response = operation.names.response;
    const error = operation.names.error;
    typeNames.add(response).add(error);
    const fields: Member[] = [member("status", false, keyword(ts.SyntaxKind.NumberKeyword))];
    if (example.response !== undefined) fields.push(member("response", false, reference(response)));
    if (example.request !== undefined) fields.push(member("request", false, requestType));
    exampleTypes.push(member(name, false, objectType(fields)));
    handlerTypes.push(
      member(name, true, reference("MockHandler", [requestType, reference(response), reference(error)])),
    );
    values[name] = { status: example.status, response: example.response, request: example.request };
    const body =
      example.response === undefined
        ? undefined
        : new CodeExpression(`examples${isIdentifierName(name) ? `.${name}` : `[${stringLiteral(name)}]`}.response`);
    routes.push({
      operation: name,
      method: operation.method,
      path: operation.path,
      status: example.status,
      mediaType: example.mediaType,
      body,
    });
  }
  return { typeNames, exampleTypes, handlerTypes, values, routes };
}

/** The module after its imports: the re-exports, the types, the data and `createMockFetch`. */
function moduleDeclarations(
  exampleTypes: Member[],
  values: Record<string, unknown>,
  handlerTypes: Member[],
  routes: unknown[],
  servers: string[],
  seed: number,
): Declaration[] {
  return [
    { kind: "export", names: ["reply"], typeOnly: false },
    {
      kind: "export",
      names: ["MockCall", "MockFetch", "MockHandler", "MockInput", "MockReply"],
      module: RUNTIME,
      typeOnly: true,
    },
    {
      kind: "type",
      name: "Examples",
      doc: "Each operation's example data: the status and body of its first 2xx response, and a request body.",
      form: "interface",
      type: objectType(exampleTypes),
    },
    {
      kind: "const",
      name: "examples",
      doc: `Example data that satisfies the spec's schemas: the spec's own examples where they do, otherwise built from the schemas (seed ${seed}).`,
      value: values,
      typeName: "Examples",
      exported: true,
      expanded: true,
    },
    {
      kind: "type",
      name: "MockHandlers",
      doc: "A handler per operation (by function name), to answer instead of the example data.",
      form: "interface",
      type: objectType(handlerTypes),
    },
    { kind: "const", name: "routes", value: routes, typeName: "MockRoute[]", expanded: true },
    {
      kind: "function",
      name: "createMockFetch",
      doc: "A `fetch` for `createClient({ fetch })` that answers each operation with its example data, or with `handlers`;\n`baseUrl` is the client's, when it is not one of the spec's servers. The calls it answered are in `calls`.",
      parameters: [
        {
          name: "options",
          optional: true,
          type: objectType([
            member("handlers", true, reference("MockHandlers")),
            member("baseUrl", true, keyword(ts.SyntaxKind.StringKeyword)),
          ]),
          defaultValue: {},
        },
      ],
      returns: reference("MockFetch"),
      call: {
        callee: "createMockFetchFor",
        args: ["routes", { data: servers }, "options.handlers ?? {}", "options.baseUrl"],
      },
    },
  ];
}

function reference(name: string, args?: readonly TypeExpression[]): ts.TypeNode {
  return ts.factory.createTypeReferenceNode(name, args as ts.TypeNode[] | undefined);
}

/** The type of the body a handler is given: the operation's body type when it sends JSON, else what was sent. */
function bodyType(example: OperationExample, typeNames: Set<string>): ts.TypeNode {
  const { operation } = example;
  if (!operationShape(operation).hasBody) return keyword(ts.SyntaxKind.UndefinedKeyword);
  if (defaultContent(operation.requestBody!.contents)?.kind !== "json") return keyword(ts.SyntaxKind.UnknownKeyword);
  typeNames.add(operation.names.body);
  const body = reference(operation.names.body);
  return operation.requestBody!.required
    ? body
    : ts.factory.createUnionTypeNode([body, keyword(ts.SyntaxKind.UndefinedKeyword)]);
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
