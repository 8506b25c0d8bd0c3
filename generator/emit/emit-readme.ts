// The generated package's README.md, like Stainless's api.md: how to install and import it, the createClient
// options this spec's client takes, and one section per operation (grouped by tag) with its call, what it returns,
// its errors and its deprecation. Made from the IR; spec text passes through the markdown escaping helpers, as
// inline text only (descriptions stay in the JSDoc, where editors show them): the file is written in prettier's form.
import type { ApiModel, OperationModel, SecuritySchemeModel } from "../model/types.js";
import { PARAMETER_GROUPS, operationShape, splitResponses } from "./emit-types.js";
import { serverUrl } from "./emit-operations.js";
import { queryModuleNames } from "./emit-query.js";
import { markdownCode, markdownInline } from "./escape.js";

/** `README.md` of the emitted client; `modules` are the opt-in modules it has, each documented in a section. */
export function emitReadme(
  model: ApiModel,
  packageName: string,
  modules: { query?: boolean; mocks?: "fetch" | "msw"; validators?: "standard" | "zod" } = {},
): string {
  const first = model.operations[0]?.names.function;
  const lines: string[] = [`# ${markdownInline(model.title)} client`, ""];
  lines.push(
    `A typed client for ${markdownInline(model.title)} ${markdownInline(model.version)}, generated from ${markdownCode(model.source.file)}. Do not edit these files: change the spec and regenerate.`,
    "",
    "## Install and import",
    "",
    "The folder is an npm package (ESM, with type declarations, no dependencies). Install it from its folder, or import it by path:",
    "",
    "```sh",
    `npm install ./path/to/this/folder   # as ${packageName}`,
    "```",
    "",
    "```ts",
    `import { createClient${first ? `, ${first}` : ""}, ApiError } from "${packageName}";`,
    "```",
    "",
    ...clientSection(model),
    ...(modules.query ? querySection(model, packageName) : []),
    ...(modules.mocks ? mocksSection(model, packageName, modules.mocks) : []),
    ...(modules.validators ? validationSection(model, packageName, modules.validators) : []),
    "## Operations",
    "",
    "Every operation is a function `operation(client, params, options?)`: `params` holds its path, query, header and cookie parameters and its body (optional when nothing in it is required; an operation with none takes `undefined` or `{}`), so `options` is always the third argument. It returns an `ApiPromise`: `await` it for the body, `.withResponse()` for the body and the `Response`, `.asResponse()` for the `Response` alone. `options` takes `signal`, `timeoutMs`, `maxRetries` and `headers`. A non-2xx response rejects with an `ApiError` whose `body` is typed as the operation's `…Error` type.",
    "",
  );
  for (const [tag, operations] of byTag(model.operations)) {
    lines.push(`### ${markdownInline(tag)}`, "");
    for (const operation of operations) lines.push(...operationSection(operation));
  }
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

/** How to check values and calls against the spec with the validators module (`--validators`). */
function validationSection(model: ApiModel, packageName: string, flavour: "standard" | "zod"): string[] {
  const schema = model.schemas[0]?.typeName;
  const operation = model.operations[0]?.names.function;
  const lines = [
    "## Validation",
    "",
    `\`${packageName}/validators\` checks values against the spec at run time: \`schemas\` holds a validator per component schema, \`operations\` the validators of each operation (\`params\`, \`body\`, \`responses\` by status). Its \`createClient\` takes the same options plus \`validate: { requests, responses }\` (both on by default, also per call): arguments that do not match are refused before sending, and a 2xx JSON body that does not match rejects with an \`ApiValidationError\` (\`issues\`, \`status\`, \`body\`).`,
    "",
    flavour === "zod"
      ? "Each validator is a zod v4 schema (`zod` is a peer dependency): `parse`, `safeParse`, and composition with other zod schemas."
      : "Each validator implements Standard Schema v1 and has `is` (a type guard), `parse` (throws a `ValidationError`) and `safeParse`. Each is also exported on its own (a schema's by its type's name, an operation's as `<operation>Validators`), and `createClientWith({ <operation>: <operation>Validators })` checks only the operations given, so a bundle keeps only the validators it imports.",
    "",
    "```ts",
    `import { createClient, schemas } from "${packageName}/validators";`,
    "",
    "const client = createClient({ validate: { requests: true, responses: true } });",
  ];
  if (schema)
    lines.push(
      `const result = schemas.${schema}.safeParse(JSON.parse(text)); // { success, data } or { success, issues }`,
    );
  if (operation && flavour === "standard")
    lines.push(`// import { createClientWith, ${operation}Validators } from "${packageName}/validators";`);
  lines.push("```", "");
  return lines;
}

function clientSection(model: ApiModel): string[] {
  const server = model.servers[0];
  const schemes = model.securitySchemes;
  const lines = ["## createClient", "", "```ts", "const client = createClient({"];
  if (schemes.length === 1) lines.push(`  auth: ${credentialExample(schemes[0]!)},`);
  else if (schemes.length > 1)
    lines.push(
      "  auth: {",
      ...schemes.map((scheme) => `    ${memberName(scheme.key)}: ${credentialExample(scheme)},`),
      "  },",
    );
  lines.push(
    `  baseUrl: ${JSON.stringify((server ? serverUrl(server) : "/").toWellFormed()).replace(/`/g, "\\u0060")}, // the default`,
    "  timeoutMs: 60_000, // per attempt",
    "  maxRetries: 2, // when a retry is safe",
    "});",
    "```",
    "",
  );
  lines.push("Tokens may also be functions that return one (`() => fetchToken()`), called for each request.", "");
  // Lists, not tables: prettier pads table columns, and this file is written in prettier's form without it.
  for (const scheme of schemes) {
    lines.push(
      `- ${markdownCode(schemes.length > 1 ? `auth.${scheme.key}` : "auth")}: ${describeScheme(scheme)}${scheme.description ? ` ${markdownInline(scheme.description)}` : ""}`,
    );
  }
  lines.push(
    "- `baseUrl`: where requests go; when given, used for every operation.",
    ...(model.operations.some((operation) => operation.servers.length > 0) || server?.variables.length
      ? [
          "- `servers`: replacement URLs for single servers of the spec, by their URL as the spec writes it.",
          "- `serverVariables`: values for the `{variables}` in the servers' URLs.",
        ]
      : []),
    "- `headers`: headers sent with every request.",
    "- `timeoutMs`: time allowed for one attempt (default 60 000).",
    "- `maxRetries`: retries of failed calls when repeating them is safe (default 2): connection errors, timeouts, 408, 429 and 5xx for idempotent methods; 429 and 503 for POST and PATCH.",
    "- `idempotencyHeader`: a header (e.g. `Idempotency-Key`) sent with a fresh key on every POST and PATCH, which are then retried like idempotent calls.",
    "- `fetch`: the fetch implementation (default: the global one).",
    "- `onRequest`, `onResponse`: hooks called for every attempt.",
    "",
  );
  return lines;
}

function credentialExample(scheme: SecuritySchemeModel): string {
  return scheme.kind === "basic" ? '{ username: "…", password: "…" }' : "process.env.TOKEN!";
}

function describeScheme(scheme: SecuritySchemeModel): string {
  switch (scheme.kind) {
    case "basic":
      return "HTTP Basic: `{ username, password }`.";
    case "bearer":
      return "A bearer token, or a function returning one.";
    case "http":
      return `An HTTP ${markdownCode(scheme.httpScheme ?? "")} credential, sent as \`Authorization: <scheme> <token>\`.`;
    case "apiKey":
      return `An API key (or a function returning one), sent in the ${scheme.apiKey?.in} as ${markdownCode(scheme.apiKey?.name ?? "")}.`;
    case "oauth2":
      return "An OAuth 2 access token, or a function returning one.";
    case "openIdConnect":
      return "An OpenID Connect access token, or a function returning one.";
  }
}

function byTag(operations: readonly OperationModel[]): Map<string, OperationModel[]> {
  const groups = new Map<string, OperationModel[]>();
  for (const operation of operations) {
    const tag = operation.tags[0] ?? "Other";
    groups.set(tag, [...(groups.get(tag) ?? []), operation]);
  }
  return groups;
}

function operationSection(operation: OperationModel): string[] {
  const { names } = operation;
  const { hasBody, hasParams } = operationShape(operation);
  const groups = (["path", "query", "header", "cookie"] as const).flatMap((location) => {
    const parameters = operation.parameters.filter((parameter) => parameter.in === location);
    if (parameters.length === 0) return [];
    const fields = parameters
      .map((parameter) => `${memberName(parameter.name)}${parameter.required ? "" : "?"}`)
      .join(", ");
    return [`${PARAMETER_GROUPS[location]}: { ${fields} }`];
  });
  if (hasBody) groups.push(operation.requestBody?.required ? "body" : "body?");
  const call = `${names.function}(client${hasParams ? `, { ${groups.join(", ")} }` : ""})`;
  const returns = operation.streaming
    ? `\`ApiPromise<EventStream<${names.response}>>\`: \`for await (const event of await ${names.function}(…))\` yields each event's data; \`.events()\` the whole events.`
    : operation.pagination
      ? `\`PagePromise<${names.response}, …>\`: \`await\` gives the first page; \`for await\` iterates every item of every page (${operation.pagination.style} pagination); \`.pages()\` the pages.`
      : `\`ApiPromise<${names.response}>\`.`;
  const failures = splitResponses(operation).failure.map((response) => markdownCode(response.status));
  const lines = [
    `#### ${markdownCode(names.function)}`,
    "",
    `${markdownCode(`${operation.method} ${operation.path}`)}${operation.summary ? `: ${markdownInline(operation.summary)}` : ""}`,
    "",
  ];
  if (operation.deprecated) lines.push("**Deprecated.**", "");
  lines.push("```ts", `const result = await ${call};`, "```", "", `Returns ${returns}`, "");
  lines.push(
    failures.length > 0
      ? `Errors: \`ApiError<${names.error}>\` for ${failures.join(", ")}; \`ApiConnectionError\` and \`ApiTimeoutError\` when no response arrives.`
      : "Errors: `ApiError` for any non-2xx status; `ApiConnectionError` and `ApiTimeoutError` when no response arrives.",
    "",
  );
  return lines;
}

/** A property name as code in a fenced block reads it: bare when an identifier, quoted otherwise (no backtick left). */
function memberName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name.toWellFormed()).replace(/`/g, "\\u0060");
}

/** The section on `query.js` (`--query`): what it exports, and a hook with each kind of options this client has. */
function querySection(model: ApiModel, packageName: string): string[] {
  const names = [...queryModuleNames(model)];
  const read = names.find(([, exports]) => exports.options !== "");
  const pages = names.find(([, exports]) => exports.infiniteOptions !== "");
  const write = names.find(([, exports]) => exports.mutation !== "");
  const lines = [
    "## TanStack Query",
    "",
    `${markdownCode(`${packageName}/query`)} holds options for TanStack Query, per operation: \`<op>QueryKey(params)\` and \`<op>QueryOptions(client, params, options?)\` for reads (GET, HEAD); \`<op>InfiniteQueryOptions(client, params, options?)\` for the lists the spec paginates (each next page found by the spec's pagination; \`select\` gives the items of every page); \`<op>MutationOptions(client, options?)\` for the other methods. \`data\` is the operation's response type and \`error\` its \`ApiError<…Error> | ApiConnectionError\`. Keys are hierarchical by path: \`invalidateQueries({ queryKey: [<first path segment>] })\` reaches every query under it. Every adapter takes the options: React's and Vue's \`useQuery(options)\`, Solid's and Svelte's \`createQuery(() => options)\`. The module imports only types from \`@tanstack/query-core\`, which the adapter brings.`,
    "",
  ];
  if (!read && !pages && !write) return lines;
  const parameters = new Map<string, string>();
  const argument = ([operation]: (typeof names)[number]): string => {
    const name = `${operation.names.function}Params`;
    parameters.set(name, operation.names.params);
    return name;
  };
  const body: string[] = [];
  if (read) {
    const { response } = read[0].names;
    body.push(
      `  const read = useQuery(${read[1].options}(client, ${argument(read)})); // read.data: ${response} | undefined`,
    );
  }
  if (pages)
    body.push(
      `  const pages = useInfiniteQuery(${pages[1].infiniteOptions}(client, ${argument(pages)})); // pages.data: the items of every page fetched`,
    );
  if (write)
    body.push(`  const write = useMutation(${write[1].mutation}(client)); // write.mutate(params), its error typed`);
  const hooks = [read && "useQuery", pages && "useInfiniteQuery", write && "useMutation"].filter(Boolean);
  const factories = [read?.[1].options, pages?.[1].infiniteOptions, write?.[1].mutation].filter(Boolean);
  const types = [...new Set(parameters.values())].map((type) => `type ${type}`);
  lines.push(
    "```ts",
    `import { ${hooks.join(", ")} } from "@tanstack/react-query";`,
    `import { ${["createClient", ...types].join(", ")} } from "${packageName}";`,
    `import { ${factories.join(", ")} } from "${packageName}/query";`,
    "",
    "const client = createClient();",
    "",
    `export function useExample(${[...parameters].map(([name, type]) => `${name}: ${type}`).join(", ")}) {`,
    ...body,
    `  return { ${["read", "pages", "write"].filter((_, index) => [read, pages, write][index]).join(", ")} };`,
    "}",
    "```",
    "",
  );
  return lines;
}

/** The names the test doubles' example binds itself, which the operation it calls must not have. */
const MOCKS_EXAMPLE_NAMES = new Set([
  "createClient",
  "createMockFetch",
  "examples",
  "reply",
  "fetch",
  "client",
  "example",
]);

/** The section on `mocks.js` (`--mocks`) and, with `--mocks msw`, `mocks-msw.js`: what they give, and a test. */
function mocksSection(model: ApiModel, packageName: string, flavour: "fetch" | "msw"): string[] {
  const lines = [
    "## Test doubles",
    "",
    `${markdownCode(`${packageName}/mocks`)} answers this client's requests without a network, for tests of your own code. \`examples\` holds, per operation (by function name), the status and body of its first 2xx response and a request body: typed, valid against the spec's schemas, and the same on every regeneration. \`createMockFetch({ handlers, baseUrl })\` returns a \`fetch\` for \`createClient({ fetch })\` that routes each request to its operation by method and path and answers with its example, or with the operation's handler: \`(request, { params, query, body }) => answer\`, the answer a body, \`reply(status, body, headers)\` or a \`Response\`. It records every call in \`fetch.calls\`.`,
    "",
  ];
  const called = model.operations.find((operation) => !MOCKS_EXAMPLE_NAMES.has(operation.names.function));
  if (called) {
    const name = called.names.function;
    const handled = model.operations.find((operation) => operation !== called);
    lines.push(
      "```ts",
      `import { createClient, ${name}, type ${called.names.params} } from "${packageName}";`,
      `import { createMockFetch, examples${handled ? ", reply" : ""} } from "${packageName}/mocks";`,
      "",
      ...(handled
        ? [
            "const fetch = createMockFetch({",
            `  handlers: { ${handled.names.function}: () => reply(503) }, // this one answers 503, the others their example`,
            "});",
          ]
        : ["const fetch = createMockFetch();"]),
      "const client = createClient({ fetch });",
      "",
      `export async function example(params: ${called.names.params}) {`,
      `  const result = await ${name}(client, params); // the value of examples.${name}.response`,
      `  return { result, example: examples.${name}, calls: fetch.calls }; // calls: [{ operation: "${name}", method, url, params, query, body }]`,
      "}",
      "```",
      "",
    );
  }
  if (flavour === "msw")
    lines.push(
      `With MSW, ${markdownCode(`${packageName}/mocks-msw`)} gives the same answers as request handlers (\`msw\` 2 is then a peer dependency):`,
      "",
      "```ts",
      'import { setupServer } from "msw/node";',
      `import { createMswHandlers } from "${packageName}/mocks-msw";`,
      "",
      "export const server = setupServer(...createMswHandlers());",
      "```",
      "",
    );
  return lines;
}
