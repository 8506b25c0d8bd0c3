// Generated from openapi.json.
// Do not edit: change the spec and run `npm run generate`.

import { request } from "./runtime/send.js";
import { encodeJson, serializeSimplePathParameter } from "./runtime/serialize.js";
import { addIdempotencyKey } from "./runtime/idempotency.js";

const updateMultipleCustomers_spec = {
  id: "updateMultipleCustomers",
  method: "POST",
  path: "/businesses/{id}/customers/batch_update",
  parameters: [{ name: "id", in: "path", write: serializeSimplePathParameter }],
  body: { "application/json": encodeJson },
  security: [["HttpBasicAuth"]],
  idempotency: addIdempotencyKey,
};

/**
 * Update multiple customers
 *
 * `POST /businesses/{id}/customers/batch_update`
 */
export function updateMultipleCustomers(client, params, options) {
  return request(client, updateMultipleCustomers_spec, params, options);
}
