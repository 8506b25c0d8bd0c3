// Generated from openapi.json. Runtime from templates/errors.ts.
// Do not edit: change the spec and run `npm run generate`.

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
export declare class ApiError<TBody = unknown> extends Error {
  /** The HTTP status; `undefined` when no response arrived. */
  readonly status: number | undefined;
  /** The response headers; empty when no response arrived. */
  readonly headers: Headers;
  /** The parsed response body: JSON when the server sent JSON, else text. */
  readonly body: TBody;
  /** The HTTP method of the request. */
  readonly method: string;
  /** The request URL, with credentials in the query redacted. */
  readonly url: string;
  /** The server's id for the request (`x-request-id` or `request-id`), to quote to its support; shown in the message. */
  readonly requestId: string | undefined;
  constructor(message: string, { cause, ...init }: ApiErrorInit<TBody>);
  /** A plain view for logs; lists exactly these fields, so nothing secret can ride along. */
  toJSON(): Record<string, unknown>;
}

/** The request never got a complete response: DNS, refused or reset connection, TLS, or an unreadable stream. */
export declare class ApiConnectionError extends ApiError<undefined> {}

/** The request took longer than its `timeoutMs`. */
export declare class ApiTimeoutError extends ApiConnectionError {}

/** Narrows an unknown error to an ApiError from an HTTP response with the given status. */
export declare function isApiError<TBody = unknown>(
  error: unknown,
  status?: number,
): error is ApiError<TBody>;
