// Generated from openapi.json (sha256 902eedde25821c8353faa0581172a1b0d7c9ba57711ed3056c70e3d95a67a30e). Runtime from templates/errors.ts.
// Do not edit: change the spec and run `npm run generate`.

// The one error family of the client: every failure a call can end in is an ApiError or a subclass.

/** A call that failed: an HTTP status outside 2xx, a response that could not be read, or (subclasses) the network. */
export class ApiError extends Error {
  /** The HTTP status; `undefined` when no response arrived. */
  status;
  /** The response headers; empty when no response arrived. */
  headers;
  /** The parsed response body: JSON when the server sent JSON, else text. */
  body;
  /** The HTTP method of the request. */
  method;
  /** The request URL, with credentials in the query or user info redacted. */
  url;
  constructor(message, init) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "ApiError";
    this.status = init.status;
    this.headers = init.headers ?? new Headers();
    this.body = init.body;
    this.method = init.method;
    this.url = init.url;
  }
  /** A plain view for logs; lists exactly the fields above, so nothing secret can ride along. */
  toJSON() {
    const headers = {};
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
export class ApiConnectionError extends ApiError {
  constructor(message, init) {
    super(message, init);
    this.name = "ApiConnectionError";
  }
}

/** The request took longer than its `timeoutMs`. */
export class ApiTimeoutError extends ApiConnectionError {
  constructor(message, init) {
    super(message, init);
    this.name = "ApiTimeoutError";
  }
}

/** Narrows an unknown error to an ApiError from an HTTP response with the given status. */
export function isApiError(error, status) {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
