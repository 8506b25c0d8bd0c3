// Generated from openapi.json. Runtime from templates/send.ts.
// Do not edit: change the spec and run `npm run generate`.

import type { Client, OperationSpec, RequestArguments, RequestOptions } from "./client.js";
import { ApiPromise, type CallResult, type ReadMode } from "./promise.js";

/** Calls an operation: an ApiPromise of its parsed 2xx body; everything else rejects with an ApiError. */
export declare function request<T>(
  client: Client,
  operation: OperationSpec,
  args?: RequestArguments,
  options?: RequestOptions,
): ApiPromise<T>;

/**
 * Sends one call, with timeouts and retries: in "body" mode reads its 2xx body as the spec says; in "response" mode
 * stops at the 2xx headers and leaves the body (and the caller's signal, for streams) to the caller. `nextUrl`
 * replaces the URL built from the arguments, for a next page named by a Link header.
 */
export declare function send<T>(
  client: Client,
  operation: OperationSpec,
  args: RequestArguments,
  options: RequestOptions,
  mode: ReadMode,
  nextUrl?: string,
): Promise<CallResult<T>>;
