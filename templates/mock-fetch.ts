// The mock fetch of the test doubles (generated with --mocks): routes each request to its operation by method and
// path template, answers with the operation's example data or a test's handler, and records the calls. Web-standard
// APIs only (Request, Response, URL, Headers), so it runs in Node, browsers, Deno and Bun.

/** One operation as the mock routes it: method, path template, and the example answer. */
export interface MockRoute {
  operation: string;
  method: string;
  path: string;
  status: number;
  body?: unknown;
  mediaType?: string;
}

/** A request the mock answered. */
export interface MockCall {
  /** The operation's function name; `undefined` when no operation matched (answered 404). */
  operation: string | undefined;
  method: string;
  url: string;
  /** Path parameters, decoded. */
  params: Record<string, string>;
  /** Query parameters; a repeated name gives an array. */
  query: Record<string, string | string[]>;
  /** The request body: parsed JSON, text, or undefined. */
  body: unknown;
}

declare const REPLY: unique symbol;

/** An answer with its own status and headers, made by `reply` (a plain body could itself have a `status` field). */
export interface MockReply<Body> {
  readonly [REPLY]: true;
  status: number;
  body: Body | undefined;
  headers: Record<string, string> | undefined;
}

/** What a handler is given besides the request. */
export interface MockInput<Body> {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: Body;
}

/** A test's answer for one operation: its response body, a `reply(status, body, headers)`, or a web `Response`. */
export type MockHandler<Body, Result, ErrorBody> = (
  request: Request,
  input: MockInput<Body>,
) => Result | MockReply<Result | ErrorBody> | Response | Promise<Result | MockReply<Result | ErrorBody> | Response>;

/** A `fetch` for `createClient({ fetch })`, with the calls it answered. */
export interface MockFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  readonly calls: MockCall[];
  /** The answer to a request an operation matches, or undefined (unrecorded) when none does: for MSW's handlers. */
  handle(request: Request): Promise<Response | undefined>;
}

const replies = new WeakSet<object>();

/** An answer with a status (an error's, say) and the body and headers to send. */
export function reply<Body>(status: number, body?: Body, headers?: Record<string, string>): MockReply<Body> {
  const value = { status, body, headers } as MockReply<Body>;
  replies.add(value);
  return value;
}

/**
 * The mock for a client's routes. `servers` are the path templates of the spec's server URLs (their path part), so
 * a request to any of them, or to `baseUrl`, reaches the operation.
 */
export function createMockFetchFor(
  routes: readonly MockRoute[],
  servers: readonly string[],
  handlers: object,
  baseUrl?: string,
): MockFetch {
  const bases = [...new Set([...(baseUrl === undefined ? [] : [new URL(baseUrl, "http://localhost").pathname]), ...servers, ""].map((base) => base.replace(/\/+$/, "")))];
  // Literal segments win over parameters: `/flows/new` before `/flows/{id}`.
  const compiled = routes
    .map((route) => ({ route, names: [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!), pattern: templatePattern(route.path) }))
    .sort((a, b) => a.names.length - b.names.length);
  const calls: MockCall[] = [];
  const handle = async (request: Request, unmatched: "record" | "skip"): Promise<Response | undefined> => {
    const url = new URL(request.url);
    const found = match(compiled, bases, request.method, url.pathname);
    if (!found && unmatched === "skip") return undefined;
    const body = await readBody(request.clone());
    // Built as entries: a parameter named `__proto__` must stay a parameter.
    const values = new Map<string, string[]>();
    url.searchParams.forEach((value, name) => values.set(name, [...(values.get(name) ?? []), value]));
    const query: Record<string, string | string[]> = Object.fromEntries([...values].map(([name, list]) => [name, list.length === 1 ? list[0]! : list]));
    calls.push({ operation: found?.route.operation, method: request.method, url: request.url, params: found?.params ?? {}, query, body });
    if (!found) return json(404, { message: `no operation matches ${request.method} ${url.pathname}` });
    // Own keys only: an operation named `toString` has no handler unless the test gives one.
    const handler = Object.hasOwn(handlers, found.route.operation) ? (handlers as Record<string, MockHandler<never, unknown, unknown> | undefined>)[found.route.operation] : undefined;
    if (!handler) return answer(found.route.status, found.route.body, found.route.mediaType);
    const result = await handler(request, { params: found.params, query, body: body as never });
    if (result instanceof Response) return result;
    if (result !== null && typeof result === "object" && replies.has(result)) {
      const { status, body: replyBody, headers } = result as MockReply<unknown>;
      return answer(status, replyBody, undefined, headers);
    }
    return answer(found.route.status, result, found.route.mediaType);
  };
  const mock = (input: string | URL | Request, init?: RequestInit): Promise<Response> => handle(new Request(input, init), "record") as Promise<Response>;
  return Object.assign(mock, { calls, handle: (request: Request) => handle(request, "skip") });
}

interface Compiled {
  route: MockRoute;
  names: string[];
  pattern: string;
}

function match(compiled: readonly Compiled[], bases: readonly string[], method: string, pathname: string): { route: MockRoute; params: Record<string, string> } | undefined {
  for (const base of bases) {
    for (const { route, names, pattern } of compiled) {
      if (route.method !== method) continue;
      const found = new RegExp(`^${templatePattern(base)}${pattern}/?$`).exec(pathname);
      if (!found) continue;
      const values = found.slice(found.length - names.length);
      return { route, params: Object.fromEntries(names.map((name, index) => [name, safeDecode(values[index]!)])) };
    }
  }
  return undefined;
}

/** A path template as a regular expression: each `{name}` one segment, the rest literal. */
function templatePattern(template: string): string {
  return template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") && part.endsWith("}") ? "([^/]+)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // not valid percent-encoding: the raw segment is what was sent
  }
}

async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text === "") return undefined;
  const type = request.headers.get("content-type") ?? "";
  if (/[/+]json\b/.test(type)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text; // not JSON after all: the handler sees what was sent
    }
  }
  return text;
}

function answer(status: number, body: unknown, mediaType: string | undefined, headers?: Record<string, string>): Response {
  const noBody = body === undefined || status === 204 || status === 205 || status === 304;
  if (noBody) return new Response(null, { status, headers });
  if (typeof body === "string" && mediaType !== undefined && !/[/+]json\b/.test(mediaType)) {
    return new Response(body, { status, headers: { "content-type": mediaType, ...headers } });
  }
  return json(status, body, headers);
}

function json(status: number, body: unknown, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}
