// The request path: builds the URL, headers and body once, then sends with timeouts, retries and hooks.
import type { Client, HttpMethod, OperationSpec, RequestArguments, RequestOptions, ResponseKind } from "./client.js";
import { ApiConnectionError, ApiError, ApiTimeoutError } from "./errors.js";
import { retryDelay, shouldRetryError, shouldRetryStatus } from "./retry.js";
import {
  assertHeaderValue,
} from "./serialize.js";

interface PreparedRequest {
  method: HttpMethod;
  url: string;
  /** The URL as errors and logs may show it: no user info, no credential in the query. */
  safeUrl: string;
  headers: Headers;
  body: BodyInit | undefined;
  retryable: boolean;
}

/** Sends one operation call and returns its parsed 2xx body; everything else rejects with an ApiError. */
export async function request<T>(
  client: Client,
  operation: OperationSpec,
  args: RequestArguments = {},
  options: RequestOptions = {},
): Promise<T> {
  throwIfAborted(options.signal);
  const prepared = await prepare(client, operation, args, options);
  const maxRetries = prepared.retryable ? (options.maxRetries ?? client.options.maxRetries ?? 2) : 0;
  const idempotent = isIdempotent(client, operation);
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptOnce<T>(client, operation, prepared, options, attempt);
    if (outcome.ok) return outcome.value;
    const { error, response } = outcome;
    const retry =
      attempt < maxRetries &&
      (response ? shouldRetryStatus(response.status, idempotent) : shouldRetryError(error, idempotent));
    if (!retry) throw error;
    await sleep(retryDelay(attempt + 1, response?.headers, client.options.retryDelayMs), options.signal);
  }
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown; response?: Response };

async function attemptOnce<T>(
  client: Client,
  operation: OperationSpec,
  prepared: PreparedRequest,
  options: RequestOptions,
  attempt: number,
): Promise<Outcome<T>> {
  const { method, safeUrl } = prepared;
  // Hooks may change headers; each attempt starts from the prepared ones. Without hooks there is nothing to copy.
  const hooked = client.options.onRequest !== undefined;
  const headers = hooked ? new Headers(prepared.headers) : prepared.headers;
  const info = { operation: operation.id, method, url: safeUrl, headers, attempt };
  if (hooked) await client.options.onRequest!(info);
  const timeoutMs = options.timeoutMs ?? client.options.timeoutMs ?? 60_000;
  const controller = new AbortController();
  const timedOut = { value: false };
  const timer = setTimeout(() => {
    timedOut.value = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const init: RequestInit & { duplex?: "half" } = { method, headers, body: prepared.body, signal: controller.signal };
    if (prepared.body instanceof ReadableStream) init.duplex = "half";
    let response: Response;
    try {
      response = await (client.options.fetch ?? fetch)(prepared.url, init);
    } catch (cause) {
      return { ok: false, error: networkError(cause, prepared, options.signal, timedOut.value, timeoutMs) };
    }
    if (client.options.onResponse) await client.options.onResponse({ ...info, response });
    try {
      if (response.ok) return { ok: true, value: (await readSuccess(response, operation, prepared)) as T };
      const body = await readErrorBody(response);
      const error = new ApiError(`${method} ${safeUrl} failed with status ${response.status}`, {
        status: response.status,
        headers: response.headers,
        body,
        method,
        url: safeUrl,
      });
      return { ok: false, error, response };
    } catch (cause) {
      if (cause instanceof ApiError) return { ok: false, error: cause };
      return { ok: false, error: networkError(cause, prepared, options.signal, timedOut.value, timeoutMs) };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

function networkError(
  cause: unknown,
  prepared: PreparedRequest,
  signal: AbortSignal | undefined,
  timedOut: boolean,
  timeoutMs: number,
): unknown {
  if (signal?.aborted) return abortError(signal);
  const init = { method: prepared.method, url: prepared.safeUrl, cause };
  if (timedOut) return new ApiTimeoutError(`${prepared.method} ${prepared.safeUrl} timed out after ${timeoutMs} ms`, init);
  const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
  return new ApiConnectionError(`${prepared.method} ${prepared.safeUrl} failed: ${reason}`, init);
}

async function readSuccess(response: Response, operation: OperationSpec, prepared: PreparedRequest): Promise<unknown> {
  const responses = operation.responses ?? {};
  const status = String(response.status);
  const kind: ResponseKind = responses[status] ?? responses[`${status[0]}XX`] ?? responses.default ?? "json";
  if (kind === "void" || response.status === 204 || response.status === 205 || prepared.method === "HEAD") {
    await response.body?.cancel();
    return undefined;
  }
  if (kind === "blob") return response.blob();
  const text = await response.text();
  if (kind === "text") return text;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ApiError(`${prepared.method} ${prepared.safeUrl} returned status ${response.status} with a body that is not valid JSON`, {
      status: response.status,
      headers: response.headers,
      body: text,
      method: prepared.method,
      url: prepared.safeUrl,
      cause,
    });
  }
}

async function readErrorBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!/[/+]json\b/i.test(response.headers.get("content-type") ?? "")) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text; // an error body that lies about being JSON is still worth showing as text
  }
}

function isIdempotent(client: Client, operation: OperationSpec): boolean {
  if (operation.idempotent || client.options.idempotentOperations?.includes(operation.id)) return true;
  return operation.method !== "POST" && operation.method !== "PATCH";
}

async function prepare(
  client: Client,
  operation: OperationSpec,
  args: RequestArguments,
  options: RequestOptions,
): Promise<PreparedRequest> {
  const values: Record<string, Record<string, unknown> | undefined> = {
    path: args.path,
    query: args.query,
    header: args.headers,
    cookie: args.cookies,
  };
  let path = operation.path;
  const query: string[] = [];
  const headers = new Headers(client.options.headers);
  const cookies: string[] = [];
  for (const parameter of operation.parameters ?? []) {
    const value = values[parameter.in]?.[parameter.name];
    if (value === undefined) continue;
    const written = parameter.write(parameter, value);
    if (parameter.in === "path") path = path.split(`{${parameter.name}}`).join(written as string);
    else if (parameter.in === "query") query.push(...(written as string[]));
    else if (parameter.in === "header") headers.set(parameter.name, written as string);
    else cookies.push(written as string);
  }
  const secretQueryNames = await applySecurity(client, operation, headers, query, cookies);
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    assertHeaderValue(name, value);
    headers.set(name, value);
  }
  if (cookies.length > 0) headers.set("cookie", [headers.get("cookie"), ...cookies].filter(Boolean).join("; "));
  const base = (operation.baseUrl ?? client.options.baseUrl).replace(/\/+$/, "");
  const search = query.length > 0 ? `?${query.join("&")}` : "";
  const url = moveUserInfoToHeader(base + path + search, headers);
  const safeUrl = redactUrl(url, secretQueryNames);
  let body: BodyInit | undefined;
  if (operation.body && args.body !== undefined) {
    const mediaType = args.contentType ?? Object.keys(operation.body)[0]!;
    const encode = operation.body[mediaType];
    // A media type the spec does not list is sent as given, like a binary body.
    const encoded = encode ? encode(args.body, mediaType, operation.partContentTypes) : { body: args.body as BodyInit, contentType: mediaType };
    body = encoded.body;
    if (encoded.contentType && !headers.has("content-type")) headers.set("content-type", encoded.contentType);
  }
  if (!headers.has("accept")) headers.set("accept", operation.accept ?? "application/json");
  return { method: operation.method, url, safeUrl, headers, body, retryable: !(body instanceof ReadableStream) };
}

/** Puts the credentials of the first satisfiable security alternative on the request. */
async function applySecurity(
  client: Client,
  operation: OperationSpec,
  headers: Headers,
  query: string[],
  cookies: string[],
): Promise<string[]> {
  const alternative = (operation.security ?? []).find((names) => names.every((name) => client.credentials.has(name)));
  const secretQueryNames: string[] = [];
  for (const name of alternative ?? []) {
    const scheme = client.spec.securitySchemes[name];
    const credential = client.credentials.get(name);
    if (!scheme || credential === undefined) continue;
    if (scheme.type === "basic") {
      const { username, password } = credential as { username: string; password: string };
      headers.set("authorization", `Basic ${base64(`${username}:${password}`)}`);
      continue;
    }
    const token = typeof credential === "function" ? await credential() : (credential as string);
    assertHeaderValue(name, token);
    if (scheme.type === "bearer") headers.set("authorization", `Bearer ${token}`);
    else if (scheme.in === "header") headers.set(scheme.name, token);
    else if (scheme.in === "cookie") cookies.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(token)}`);
    else {
      query.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(token)}`);
      secretQueryNames.push(scheme.name);
    }
  }
  return secretQueryNames;
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** fetch refuses URLs with `user:pass@` (and puts them in its error); send them as Basic auth instead, as curl does. */
function moveUserInfoToHeader(url: string, headers: Headers): string {
  if (!url.includes("@")) return url;
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || (parsed.username === "" && parsed.password === "")) return url;
  if (!headers.has("authorization")) {
    headers.set("authorization", `Basic ${base64(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`)}`);
  }
  parsed.username = "";
  parsed.password = "";
  return parsed.toString();
}

function redactUrl(url: string, secretQueryNames: readonly string[]): string {
  if (secretQueryNames.length === 0) return url;
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed) return url;
  for (const name of secretQueryNames) if (parsed.searchParams.has(name)) parsed.searchParams.set(name, "[redacted]");
  return parsed.toString();
}

function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  return new DOMException("The operation was aborted", "AbortError");
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
