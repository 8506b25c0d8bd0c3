// Generated from openapi.json. Runtime from templates/errors.ts.
// Do not edit: change the spec and run `npm run generate`.

// The one error family of the client: every failure a call can end in is an ApiError or a subclass.

/** A call that failed: an HTTP status outside 2xx, a response that could not be read, or (subclasses) the network. */
export class ApiError extends Error {
  constructor(message, { cause, ...init }) {
    const headers = init.headers ?? new Headers();
    const requestId = headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
    super(
      requestId ? `${message} (request id ${requestId})` : message,
      cause === undefined ? undefined : { cause },
    );
    Object.assign(this, { status: undefined, body: undefined, ...init, headers, requestId });
  }
  /** A plain view for logs; lists exactly these fields, so nothing secret can ride along. */
  toJSON() {
    // Read and written in one order, which the minified bundle repeats (and gzip then stores once).
    const { name, message, status, method, url, requestId, headers, body } = this;
    // Headers are iterable wherever fetch is, though the DOM library without DOM.Iterable does not say so.
    return {
      name,
      message,
      status,
      method,
      url,
      requestId,
      headers: Object.fromEntries(headers),
      body,
    };
  }
}

/** The request never got a complete response: DNS, refused or reset connection, TLS, or an unreadable stream. */
export class ApiConnectionError extends ApiError {}

/** The request took longer than its `timeoutMs`. */
export class ApiTimeoutError extends ApiConnectionError {}
// Names live on the prototypes, as built-in errors have them (and stack traces read them there); minifiers rename
// classes, so the constructor's own name would not do.
ApiError.prototype.name = "ApiError";
ApiConnectionError.prototype.name = "ApiConnectionError";
ApiTimeoutError.prototype.name = "ApiTimeoutError";

/** Narrows an unknown error to an ApiError from an HTTP response with the given status. */
export function isApiError(error, status) {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
