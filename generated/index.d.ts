// Generated from openapi.json (sha256 902eedde25821c8353faa0581172a1b0d7c9ba57711ed3056c70e3d95a67a30e).
// Do not edit: change the spec and run `npm run generate`.

export { createClient } from "./client.js";

export type { ClientOptions } from "./client.js";

export * from "./operations.js";

export type * from "./types.js";

export { ApiError, ApiConnectionError, ApiTimeoutError, isApiError } from "./runtime/errors.js";

export { UnsafeArgumentError } from "./runtime/serialize.js";

export type { ApiPromise } from "./runtime/promise.js";

export type { PageItem, PagePromise } from "./runtime/paginate.js";

export type { EventStream, ServerSentEvent } from "./runtime/sse.js";

export type {
  BasicCredentials,
  Client,
  RequestInfo,
  RequestOptions,
  ResponseInfo,
  TokenProvider,
} from "./runtime/client.js";
