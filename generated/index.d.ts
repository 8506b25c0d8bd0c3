// Generated from openapi.json.
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
