// Generated from openapi.json (sha256 902eedde25821c8353faa0581172a1b0d7c9ba57711ed3056c70e3d95a67a30e). Runtime from templates/send.ts.
// Do not edit: change the spec and run `npm run generate`.

import type { Client, OperationSpec, RequestArguments, RequestOptions } from "./client.js";

/** Sends one operation call and returns its parsed 2xx body; everything else rejects with an ApiError. */
export declare function request<T>(
  client: Client,
  operation: OperationSpec,
  args?: RequestArguments,
  options?: RequestOptions,
): Promise<T>;
