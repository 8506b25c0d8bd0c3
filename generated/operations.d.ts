// Generated from openapi.json (sha256 902eedde25821c8353faa0581172a1b0d7c9ba57711ed3056c70e3d95a67a30e).
// Do not edit: change the spec and run `npm run generate`.

import type { Client, RequestOptions } from "./runtime/client.js";
import type { ApiPromise } from "./runtime/promise.js";
import type { UpdateMultipleCustomersParams, UpdateMultipleCustomersResponse } from "./types.js";

/**
 * Update multiple customers
 *
 * `POST /businesses/{id}/customers/batch_update`
 */
export declare function updateMultipleCustomers(
  client: Client,
  params: UpdateMultipleCustomersParams,
  options?: RequestOptions,
): ApiPromise<UpdateMultipleCustomersResponse>;
