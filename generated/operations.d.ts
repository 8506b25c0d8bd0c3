// Generated from openapi.json.
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
