// Generated from openapi.json.
// Do not edit: change the spec and run `npm run generate`.

import { createClientCore } from "./runtime/client.js";
import { basicAuth } from "./runtime/security.js";

const CLIENT_SPEC = {
  baseUrl: "https://api.pocketflows.com",
  securitySchemes: { HttpBasicAuth: basicAuth },
};

/** Creates a client for Pocketflows API; `baseUrl` defaults to "https://api.pocketflows.com". */
export function createClient(options = {}) {
  return createClientCore(options, CLIENT_SPEC, { HttpBasicAuth: options.auth });
}
