// The one error family of the client: every failure a call can end in is an ApiError or a subclass.

/** What an HTTP error knows about the exchange that failed; never any credential. */
export interface ApiErrorInit<TBody = unknown> {
  status?: number;
  headers?: Headers;
  body?: TBody;
  method: string;
  url: string;
  cause?: unknown;
}

/** A call that failed: an HTTP status outside 2xx, a response that could not be read, or (subclasses) the network. */
export class ApiError<TBody = unknown> extends Error {
  // `declare`: assigned by the constructor, so they need no class fields of their own.
  /** The HTTP status; `undefined` when no response arrived. */
  declare readonly status: number | undefined;
  /** The response headers; empty when no response arrived. */
  declare readonly headers: Headers;
  /** The parsed response body: JSON when the server sent JSON, else text. */
  declare readonly body: TBody;
  /** The HTTP method of the request. */
  declare readonly method: string;
  /** The request URL, with credentials in the query redacted. */
  declare readonly url: string;
  /** The server's id for the request (`x-request-id` or `request-id`), to quote to its support; shown in the message. */
  declare readonly requestId: string | undefined;

  constructor(message: string, { cause, ...init }: ApiErrorInit<TBody>) {
    const headers = init.headers ?? new Headers();
    const requestId = headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
    super(requestId ? `${message} (request id ${requestId})` : message, cause === undefined ? undefined : { cause });
    Object.assign(this, { status: undefined, body: undefined, ...init, headers, requestId });
  }

  /** A plain view for logs; lists exactly these fields, so nothing secret can ride along. */
  toJSON(): Record<string, unknown> {
    // Read and written in one order, which the minified bundle repeats (and gzip then stores once).
    const { name, message, status, method, url, requestId, headers, body } = this;
    // Headers are iterable wherever fetch is, though the DOM library without DOM.Iterable does not say so.
    return { name, message, status, method, url, requestId, headers: Object.fromEntries(headers as unknown as Iterable<[string, string]>), body };
  }
}

/** The request never got a complete response: DNS, refused or reset connection, TLS, or an unreadable stream. */
export class ApiConnectionError extends ApiError<undefined> {}

/** The request took longer than its `timeoutMs`. */
export class ApiTimeoutError extends ApiConnectionError {}

// Names live on the prototypes, as built-in errors have them (and stack traces read them there); minifiers rename
// classes, so the constructor's own name would not do.
ApiError.prototype.name = "ApiError";
ApiConnectionError.prototype.name = "ApiConnectionError";
ApiTimeoutError.prototype.name = "ApiTimeoutError";

/** Narrows an unknown error to an ApiError from an HTTP response with the given status. */
export function isApiError<TBody = unknown>(error: unknown, status?: number): error is ApiError<TBody> {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
