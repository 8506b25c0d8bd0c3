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
  /** The HTTP status; `undefined` when no response arrived. */
  readonly status: number | undefined;
  /** The response headers; empty when no response arrived. */
  readonly headers: Headers;
  /** The parsed response body: JSON when the server sent JSON, else text. */
  readonly body: TBody;
  /** The HTTP method of the request. */
  readonly method: string;
  /** The request URL, with credentials in the query or user info redacted. */
  readonly url: string;

  constructor(message: string, init: ApiErrorInit<TBody>) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "ApiError";
    this.status = init.status;
    this.headers = init.headers ?? new Headers();
    this.body = init.body as TBody;
    this.method = init.method;
    this.url = init.url;
  }

  /** A plain view for logs; lists exactly the fields above, so nothing secret can ride along. */
  toJSON(): Record<string, unknown> {
    const headers: Record<string, string> = {};
    this.headers.forEach((value, name) => (headers[name] = value));
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      method: this.method,
      url: this.url,
      headers,
      body: this.body,
    };
  }
}

/** The request never got a complete response: DNS, refused or reset connection, TLS, or an unreadable stream. */
export class ApiConnectionError extends ApiError<undefined> {
  constructor(message: string, init: Omit<ApiErrorInit<undefined>, "status" | "body">) {
    super(message, init);
    this.name = "ApiConnectionError";
  }
}

/** The request took longer than its `timeoutMs`. */
export class ApiTimeoutError extends ApiConnectionError {
  constructor(message: string, init: Omit<ApiErrorInit<undefined>, "status" | "body">) {
    super(message, init);
    this.name = "ApiTimeoutError";
  }
}

/** Narrows an unknown error to an ApiError from an HTTP response with the given status. */
export function isApiError<TBody = unknown>(error: unknown, status?: number): error is ApiError<TBody> {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
