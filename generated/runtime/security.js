// Generated from openapi.json. Runtime from templates/security.ts.
// Do not edit: change the spec and run `npm run generate`.

import { assertHeaderValue, UnsafeArgumentError } from "./serialize.js";

/** HTTP Basic. */
export const basicAuth = (credential, request) => {
  const { username, password } = credential;
  request.headers.authorization = basicHeader(username, password);
};

/** HTTP Bearer, OAuth 2 and OpenID Connect access tokens. */
export const bearerAuth = async (credential, request) => {
  request.headers.authorization = `Bearer ${await tokenOf("authorization", credential)}`;
};

/** Any other HTTP scheme (Digest, Negotiate, AWS4-HMAC-SHA256…): `Authorization: <scheme> <token>`. */
export function httpAuth(scheme) {
  return async (credential, request) => {
    // A scheme's name is an HTTP token (RFC 9110); anything else cannot be sent, whatever the spec says.
    if (!/^[\w!#$%&'*+.^`|~-]+$/.test(scheme))
      throw new UnsafeArgumentError(
        `The authorization scheme ${JSON.stringify(scheme)} is not a valid HTTP token`,
      );
    request.headers.authorization = `${scheme} ${await tokenOf("authorization", credential)}`;
  };
}

/** An API key in a header, the query or a cookie. */
export function apiKeyAuth(location, name) {
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
export function basicHeader(username, password) {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${username}:${password}`))
    binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

async function tokenOf(name, credential) {
  const token = typeof credential === "function" ? await credential() : credential;
  assertHeaderValue(name, token);
  return token;
}
