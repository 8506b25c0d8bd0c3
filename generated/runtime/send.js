// Generated from openapi.json. Runtime from templates/send.ts.
// Do not edit: change the spec and run `npm run generate`.

import { ApiConnectionError, ApiError, ApiTimeoutError } from "./errors.js";
import { retryDelay, shouldRetry } from "./retry.js";
import { ApiPromise } from "./promise.js";
import { addHeaders, UnsafeArgumentError } from "./serialize.js";

/** Calls an operation: an ApiPromise of its parsed 2xx body; everything else rejects with an ApiError. */
export function request(client, operation, args = {}, options = {}) {
  return new ApiPromise((mode) => send(client, operation, args, options, mode));
}

/**
 * Sends one call, with timeouts and retries: in "body" mode reads its 2xx body as the spec says; in "response" mode
 * stops at the 2xx headers and leaves the body (and the caller's signal, for streams) to the caller. `nextUrl`
 * replaces the URL built from the arguments, for a next page named by a Link header.
 */
export async function send(client, operation, args, options, mode, nextUrl) {
  const { signal } = options;
  const config = client.options;
  const { method, id } = operation;
  // The caller's reason, as fetch itself rejects: a timeout of `AbortSignal.timeout()` stays a TimeoutError.
  signal?.throwIfAborted();
  const checkResponse = config.validation?.(operation, args, options);
  const { url, safeUrl, headers, body, keyed } = await prepare(
    client,
    operation,
    args,
    options,
    nextUrl,
  );
  const what = `${method} ${safeUrl}`;
  // A stream can be read only once, so a call that sends one is never repeated.
  const maxRetries =
    body instanceof ReadableStream ? 0 : (options.maxRetries ?? config.maxRetries ?? 2);
  // A call with an idempotency key may be repeated: the server does its work once per key. POST and PATCH are the
  // methods that may act twice when repeated.
  const idempotent =
    keyed ||
    operation.idempotent ||
    config.idempotentOperations?.includes(id) ||
    !/^(POST|PATCH)$/.test(method);
  const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? 60_000;
  const errorInit = { method, url: safeUrl };
  for (let attempt = 0; ; attempt++) {
    const controller = new AbortController();
    // Passing the caller's reason on makes fetch, and a body still being read, reject with it; a timeout has none.
    const abort = () => controller.abort(signal?.reason);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort();
    }, timeoutMs);
    signal?.addEventListener("abort", abort);
    let streaming = false;
    // Failures on the network become connection errors; a hook's own error, or an ApiError, is passed on as it is.
    let onNetwork = false;
    let error;
    let sent = headers;
    try {
      let info;
      // Hooks see a Headers object they may change; each attempt starts from the prepared headers.
      if (config.onRequest || config.onResponse) {
        info = {
          operation: id,
          method,
          url: safeUrl,
          headers: (sent = new Headers(headers)),
          attempt,
        };
        await config.onRequest?.(info);
      }
      onNetwork = true;
      // `duplex` is required for a stream body and ignored for any other.
      const response = await (config.fetch ?? fetch)(url, {
        method,
        headers: sent,
        body,
        signal: controller.signal,
        duplex: "half",
      });
      onNetwork = false;
      if (info) await config.onResponse?.({ ...info, response });
      onNetwork = true;
      // In "response" mode the body is the caller's to read, for as long as it takes; the caller's signal still closes it.
      if ((streaming = mode === "response" && response.ok)) return { data: undefined, response };
      const result = await readResponse(response, operation, what, errorInit);
      checkResponse?.(result, errorInit);
      return result;
    } catch (cause) {
      error =
        !onNetwork || cause instanceof ApiError
          ? cause
          : networkError(
              cause,
              signal,
              timedOut && timeoutMs,
              what,
              { ...errorInit, cause },
              { method, headers: sent, body: body && "" },
            );
    } finally {
      clearTimeout(timer);
      if (!streaming) signal?.removeEventListener("abort", abort);
    }
    if (!(attempt < maxRetries && shouldRetry(error, idempotent))) throw error;
    await sleep(retryDelay(attempt + 1, error.headers, config.retryDelayMs), signal);
  }
}

/**
 * What a failure on the network means: the caller's abort (its reason, as fetch gives it), the attempt's timeout, a
 * request that fetch refuses to send at all, or a lost connection. `sent` is the request as sent, its body replaced by
 * a string (a stream may be read only once).
 */
function networkError(cause, signal, timedOutAfter, what, init, sent) {
  if (signal?.aborted) return signal.reason;
  if (timedOutAfter)
    return new ApiTimeoutError(`${what} timed out after ${timedOutAfter} ms`, init);
  // fetch rejects, before sending anything, the requests that the Request constructor refuses (a GET or HEAD with a
  // body, a header it cannot send, a malformed URL); a network failure passes this check. Such a call fails the same
  // way every time, so it is not a connection error and is never retried. The check runs on the URL with credentials
  // redacted, so the constructor's error (the cause) cannot repeat them.
  try {
    new Request(init.url, sent);
  } catch (refused) {
    return new UnsafeArgumentError(`${what} cannot be sent: ${refused.message}`, {
      cause: refused,
    });
  }
  // fetch rejects with "fetch failed"; the reason (ECONNREFUSED, a reset…) is its cause.
  const error = cause;
  const reason = error?.cause?.message ?? error?.message ?? String(cause);
  return new ApiConnectionError(`${what} failed: ${reason}`, init);
}

/**
 * The parsed body of a 2xx, by the kind the spec declares for its status, or for a status it does not describe (a
 * redirect's target, say), by the Content-Type; an ApiError for any other status.
 */
async function readResponse(response, operation, what, init) {
  const { ok, status, headers } = response;
  const { responses = { 200: "json" } } = operation;
  const type = headers.get("content-type") ?? "";
  const json = /[/+]json\b/i.test(type);
  const kind =
    responses[status] ??
    responses[`${String(status)[0]}XX`] ??
    responses.default ??
    (json ? "json" : /^text\//i.test(type) ? "text" : "blob");
  if (ok && (kind === "void" || status === 204 || status === 205 || init.method === "HEAD")) {
    await response.body?.cancel();
    return { data: undefined, response };
  }
  const raw = ok && kind === "blob" ? await response.blob() : await response.text();
  let data = raw;
  let cause;
  // An error body is parsed only when it says it is JSON; one that lies about it is still worth showing as text.
  if (ok ? kind === "json" : json) {
    try {
      data = JSON.parse(raw);
    } catch (error) {
      cause = error;
    }
  }
  if (!ok)
    throw new ApiError(`${what} failed with status ${status}`, {
      ...init,
      status,
      headers,
      body: data,
    });
  if (cause)
    throw new ApiError(`${what} returned status ${status} with a body that is not valid JSON`, {
      ...init,
      status,
      headers,
      body: data,
      cause,
    });
  return { data: data, response, raw };
}

async function prepare(client, operation, args, options, nextUrl) {
  const parts = {
    path: operation.path,
    headers: { ...client.options.headers },
    query: [],
    cookies: [],
    secrets: [],
  };
  const { headers, query, cookies } = parts;
  for (const parameter of operation.parameters ?? []) {
    const group =
      parameter.in === "header" ? "headers" : parameter.in === "cookie" ? "cookies" : parameter.in;
    const value = args[group]?.[parameter.name];
    if (value !== undefined) parameter.write(parameter, value, parts);
  }
  // The first alternative whose credentials the client has; `[]` needs none.
  const { credentials } = client;
  const alternative = operation.security?.find((names) =>
    names.every((name) => credentials[name] !== undefined),
  );
  for (const name of alternative ?? []) {
    const applied = client.spec.securitySchemes[name]?.(credentials[name], parts);
    if (applied) await applied; // only token providers are asynchronous; a Basic header needs no extra turn
  }
  addHeaders(headers, options.headers);
  if (cookies[0]) headers.cookie = [headers.cookie, ...cookies].filter(Boolean).join("; ");
  const url =
    nextUrl ??
    client.serverUrls[operation.server ?? client.spec.baseUrl] +
      parts.path +
      (query[0] ? `?${query.join("&")}` : "");
  let safeUrl = url;
  for (const secret of parts.secrets)
    safeUrl = safeUrl.split(secret).join(`${secret.split("=")[0]}=[redacted]`);
  let body;
  if (operation.body && args.body !== undefined) {
    const mediaType = args.contentType ?? Object.keys(operation.body)[0];
    const encode = operation.body[mediaType];
    // A media type the spec does not list is sent as given, like a binary body.
    const encoded = encode
      ? encode(args.body, mediaType, operation.partContentTypes)
      : { body: args.body, contentType: mediaType };
    body = encoded.body;
    if (encoded.contentType) headers["content-type"] ??= encoded.contentType;
  }
  headers.accept ??= operation.accept ?? "application/json";
  return {
    url,
    safeUrl,
    headers,
    body,
    keyed: operation.idempotency?.(client, operation, headers) ?? false,
  };
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
