// Generated from openapi.json. Runtime from templates/security.ts.
// Do not edit: change the spec and run `npm run generate`.

import type { Credential, RequestParts } from "./client.js";

/** Puts one scheme's credential on a request that is being prepared. */
export type SecurityApplier = (
  credential: Credential,
  request: RequestParts,
) => void | Promise<void>;

/** HTTP Basic. */
export declare const basicAuth: SecurityApplier;

/** HTTP Bearer, OAuth 2 and OpenID Connect access tokens. */
export declare const bearerAuth: SecurityApplier;

/** Any other HTTP scheme (Digest, Negotiate, AWS4-HMAC-SHA256…): `Authorization: <scheme> <token>`. */
export declare function httpAuth(scheme: string): SecurityApplier;

/** An API key in a header, the query or a cookie. */
export declare function apiKeyAuth(
  location: "header" | "query" | "cookie",
  name: string,
): SecurityApplier;

/** The `Authorization` value for HTTP Basic, with the credentials UTF-8 encoded as RFC 7617 asks. */
export declare function basicHeader(username: string, password: string): string;
