// Generated from openapi.json.
// Do not edit: change the spec and run `npm run generate`.

import type { BaseClientOptions, BasicCredentials, Client } from "./runtime/client.js";

/** Options for `createClient`. */
export interface ClientOptions extends BaseClientOptions {
  /** Credentials for the `HttpBasicAuth` scheme (HTTP Basic: username and password). */
  auth?: BasicCredentials;
  /** Replacement base URLs for the spec's servers, by their URL as the spec writes it (to send one host's calls to a mock or a proxy and leave the others); ignored when `baseUrl` is given. */
  servers?: {
    /** Production server
     *
     * The API's server. */
    "https://api.pocketflows.com"?: string;
  };
}

/** Creates a client for Pocketflows API; `baseUrl` defaults to "https://api.pocketflows.com". */
export declare function createClient(options?: ClientOptions): Client;
