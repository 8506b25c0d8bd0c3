// How each kind of security scheme puts its credential on a request. The generated client imports only the kinds its
// spec uses, so a bundle carries no code for the others.
import type { BasicCredentials, Credential, RequestParts } from "./client.js";
import { assertHeaderValue, UnsafeArgumentError } from "./serialize.js";

/** Puts one scheme's credential on a request that is being prepared. */
export type SecurityApplier = (credential: Credential, request: RequestParts) => void | Promise<void>;

/** HTTP Basic. */
export const basicAuth: SecurityApplier = (credential, request) => {
  const { username, password } = credential as BasicCredentials;
  request.headers.authorization = basicHeader(username, password);
};

/** HTTP Bearer, OAuth 2 and OpenID Connect access tokens. */
export const bearerAuth: SecurityApplier = async (credential, request) => {
  request.headers.authorization = `Bearer ${await tokenOf("authorization", credential)}`;
};

/** Any other HTTP scheme (Digest, Negotiate, AWS4-HMAC-SHA256…): `Authorization: <scheme> <token>`. */
export function httpAuth(scheme: string): SecurityApplier {
  return async (credential, request) => {
    // A scheme's name is an HTTP token (RFC 9110); anything else cannot be sent, whatever the spec says.
    if (!/^[\w!#$%&'*+.^`|~-]+$/.test(scheme)) throw new UnsafeArgumentError(`The authorization scheme ${JSON.stringify(scheme)} is not a valid HTTP token`);
    request.headers.authorization = `${scheme} ${await tokenOf("authorization", credential)}`;
  };
}

/** An API key in a header, the query or a cookie. */
export function apiKeyAuth(location: "header" | "query" | "cookie", name: string): SecurityApplier {
  return async (credential, request) => {
    const token = await tokenOf(name, credential);
    const pair = `${encodeURIComponent(name)}=${encodeURIComponent(token)}`;
    if (location === "header") request.headers[name.toLowerCase()] = token;
    else if (location === "cookie") request.cookies.push(pair);
    else {
      request.query.push(pair);
      request.secrets.push(pair);
    }
  };
}

/** The `Authorization` value for HTTP Basic, with the credentials UTF-8 encoded as RFC 7617 asks. */
export function basicHeader(username: string, password: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

async function tokenOf(name: string, credential: Credential): Promise<string> {
  const token = typeof credential === "function" ? await credential() : (credential as string);
  assertHeaderValue(name, token);
  return token;
}
