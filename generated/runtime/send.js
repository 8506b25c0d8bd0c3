// Generated from openapi.json (sha256 902eedde25821c8353faa0581172a1b0d7c9ba57711ed3056c70e3d95a67a30e). Runtime from templates/send.ts.
// Do not edit: change the spec and run `npm run generate`.

import { ApiConnectionError, ApiError, ApiTimeoutError } from "./errors.js";
import { retryDelay, shouldRetryError, shouldRetryStatus } from "./retry.js";
import { assertHeaderValue } from "./serialize.js";

/** Sends one operation call and returns its parsed 2xx body; everything else rejects with an ApiError. */
export async function request(client, operation, args = {}, options = {}) {
  throwIfAborted(options.signal);
  const prepared = await prepare(client, operation, args, options);
  const maxRetries = prepared.retryable
    ? (options.maxRetries ?? client.options.maxRetries ?? 2)
    : 0;
  const idempotent = isIdempotent(client, operation);
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptOnce(client, operation, prepared, options, attempt);
    if (outcome.ok) return outcome.value;
    const { error, response } = outcome;
    const retry =
      attempt < maxRetries &&
      (response
        ? shouldRetryStatus(response.status, idempotent)
        : shouldRetryError(error, idempotent));
    if (!retry) throw error;
    await sleep(
      retryDelay(attempt + 1, response?.headers, client.options.retryDelayMs),
      options.signal,
    );
  }
}

async function attemptOnce(client, operation, prepared, options, attempt) {
  const { method, safeUrl } = prepared;
  // Hooks may change headers; each attempt starts from the prepared ones. Without hooks there is nothing to copy.
  const hooked = client.options.onRequest !== undefined;
  const headers = hooked ? new Headers(prepared.headers) : prepared.headers;
  const info = { operation: operation.id, method, url: safeUrl, headers, attempt };
  if (hooked) await client.options.onRequest(info);
  const timeoutMs = options.timeoutMs ?? client.options.timeoutMs ?? 60_000;
  const controller = new AbortController();
  const timedOut = { value: false };
  const timer = setTimeout(() => {
    timedOut.value = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const init = { method, headers, body: prepared.body, signal: controller.signal };
    if (prepared.body instanceof ReadableStream) init.duplex = "half";
    let response;
    try {
      response = await (client.options.fetch ?? fetch)(prepared.url, init);
    } catch (cause) {
      return {
        ok: false,
        error: networkError(cause, prepared, options.signal, timedOut.value, timeoutMs),
      };
    }
    if (client.options.onResponse) await client.options.onResponse({ ...info, response });
    try {
      if (response.ok) return { ok: true, value: await readSuccess(response, operation, prepared) };
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
      return {
        ok: false,
        error: networkError(cause, prepared, options.signal, timedOut.value, timeoutMs),
      };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

function networkError(cause, prepared, signal, timedOut, timeoutMs) {
  if (signal?.aborted) return abortError(signal);
  const init = { method: prepared.method, url: prepared.safeUrl, cause };
  if (timedOut)
    return new ApiTimeoutError(
      `${prepared.method} ${prepared.safeUrl} timed out after ${timeoutMs} ms`,
      init,
    );
  const reason =
    cause instanceof Error
      ? cause.cause instanceof Error
        ? cause.cause.message
        : cause.message
      : String(cause);
  return new ApiConnectionError(`${prepared.method} ${prepared.safeUrl} failed: ${reason}`, init);
}

async function readSuccess(response, operation, prepared) {
  const responses = operation.responses ?? {};
  const status = String(response.status);
  const kind = responses[status] ?? responses[`${status[0]}XX`] ?? responses.default ?? "json";
  if (
    kind === "void" ||
    response.status === 204 ||
    response.status === 205 ||
    prepared.method === "HEAD"
  ) {
    await response.body?.cancel();
    return undefined;
  }
  if (kind === "blob") return response.blob();
  const text = await response.text();
  if (kind === "text") return text;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ApiError(
      `${prepared.method} ${prepared.safeUrl} returned status ${response.status} with a body that is not valid JSON`,
      {
        status: response.status,
        headers: response.headers,
        body: text,
        method: prepared.method,
        url: prepared.safeUrl,
        cause,
      },
    );
  }
}

async function readErrorBody(response) {
  const text = await response.text();
  if (!/[/+]json\b/i.test(response.headers.get("content-type") ?? "")) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text; // an error body that lies about being JSON is still worth showing as text
  }
}

function isIdempotent(client, operation) {
  if (operation.idempotent || client.options.idempotentOperations?.includes(operation.id))
    return true;
  return operation.method !== "POST" && operation.method !== "PATCH";
}

async function prepare(client, operation, args, options) {
  const values = {
    path: args.path,
    query: args.query,
    header: args.headers,
    cookie: args.cookies,
  };
  let path = operation.path;
  const query = [];
  const headers = new Headers(client.options.headers);
  const cookies = [];
  for (const parameter of operation.parameters ?? []) {
    const value = values[parameter.in]?.[parameter.name];
    if (value === undefined) continue;
    const written = parameter.write(parameter, value);
    if (parameter.in === "path") path = path.split(`{${parameter.name}}`).join(written);
    else if (parameter.in === "query") query.push(...written);
    else if (parameter.in === "header") headers.set(parameter.name, written);
    else cookies.push(written);
  }
  const secretQueryNames = await applySecurity(client, operation, headers, query, cookies);
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    assertHeaderValue(name, value);
    headers.set(name, value);
  }
  if (cookies.length > 0)
    headers.set("cookie", [headers.get("cookie"), ...cookies].filter(Boolean).join("; "));
  const base = (operation.baseUrl ?? client.options.baseUrl).replace(/\/+$/, "");
  const search = query.length > 0 ? `?${query.join("&")}` : "";
  const url = moveUserInfoToHeader(base + path + search, headers);
  const safeUrl = redactUrl(url, secretQueryNames);
  let body;
  if (operation.body && args.body !== undefined) {
    const mediaType = args.contentType ?? Object.keys(operation.body)[0];
    const encode = operation.body[mediaType];
    // A media type the spec does not list is sent as given, like a binary body.
    const encoded = encode
      ? encode(args.body, mediaType, operation.partContentTypes)
      : { body: args.body, contentType: mediaType };
    body = encoded.body;
    if (encoded.contentType && !headers.has("content-type"))
      headers.set("content-type", encoded.contentType);
  }
  if (!headers.has("accept")) headers.set("accept", operation.accept ?? "application/json");
  return {
    method: operation.method,
    url,
    safeUrl,
    headers,
    body,
    retryable: !(body instanceof ReadableStream),
  };
}

/** Puts the credentials of the first satisfiable security alternative on the request. */
async function applySecurity(client, operation, headers, query, cookies) {
  const alternative = (operation.security ?? []).find((names) =>
    names.every((name) => client.credentials.has(name)),
  );
  const secretQueryNames = [];
  for (const name of alternative ?? []) {
    const scheme = client.spec.securitySchemes[name];
    const credential = client.credentials.get(name);
    if (!scheme || credential === undefined) continue;
    if (scheme.type === "basic") {
      const { username, password } = credential;
      headers.set("authorization", `Basic ${base64(`${username}:${password}`)}`);
      continue;
    }
    const token = typeof credential === "function" ? await credential() : credential;
    assertHeaderValue(name, token);
    if (scheme.type === "bearer") headers.set("authorization", `Bearer ${token}`);
    else if (scheme.in === "header") headers.set(scheme.name, token);
    else if (scheme.in === "cookie")
      cookies.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(token)}`);
    else {
      query.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(token)}`);
      secretQueryNames.push(scheme.name);
    }
  }
  return secretQueryNames;
}

function base64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** fetch refuses URLs with `user:pass@` (and puts them in its error); send them as Basic auth instead, as curl does. */
function moveUserInfoToHeader(url, headers) {
  if (!url.includes("@")) return url;
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || (parsed.username === "" && parsed.password === "")) return url;
  if (!headers.has("authorization")) {
    headers.set(
      "authorization",
      `Basic ${base64(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`)}`,
    );
  }
  parsed.username = "";
  parsed.password = "";
  return parsed.toString();
}

function redactUrl(url, secretQueryNames) {
  if (secretQueryNames.length === 0) return url;
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed) return url;
  for (const name of secretQueryNames)
    if (parsed.searchParams.has(name)) parsed.searchParams.set(name, "[redacted]");
  return parsed.toString();
}

function abortError(signal) {
  const reason = signal.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  return new DOMException("The operation was aborted", "AbortError");
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw abortError(signal);
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
