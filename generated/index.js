// Generated from openapi.json.
// Do not edit: change the spec and run `npm run generate`.

export { createClient } from "./client.js";

export * from "./operations.js";

export { ApiError, ApiConnectionError, ApiTimeoutError, isApiError } from "./runtime/errors.js";

export { UnsafeArgumentError } from "./runtime/serialize.js";
