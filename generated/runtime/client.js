// Generated from openapi.json. Runtime from templates/client.ts.
// Do not edit: change the spec and run `npm run generate`.

import { addHeaders, UnsafeArgumentError } from "./serialize.js";

/** Builds a client from the caller's options and the spec's defaults. */
export function createClientCore(options, spec, credentials) {
  const headers = {};
  addHeaders(headers, options.headers);
  // The caller's baseUrl wins for every operation; otherwise each server may be replaced, or filled in. Paths start
  // with a slash, so none is kept at the end.
  const serverUrls = {};
  for (const template of [spec.baseUrl, ...(spec.servers ?? [])]) {
    const url =
      options.baseUrl ??
      options.servers?.[template] ??
      serverUrl(template, spec.variables?.[template], options.serverVariables);
    // fetch would refuse `user:pass@` anyway, and put the URL, password included, in its error.
    if (/^[^/]*\/\/[^/]*@/.test(url))
      throw new UnsafeArgumentError("baseUrl must not contain user info; use auth or headers");
    serverUrls[template] = url.replace(/\/+$/, "");
  }
  // Credentials live only in a non-enumerable property, so logging or inspecting a client never shows them.
  const { auth: _auth, ...rest } = options;
  return Object.defineProperty(
    { options: { ...rest, headers, baseUrl: serverUrls[spec.baseUrl] }, spec, serverUrls },
    "credentials",
    { value: credentials },
  );
}

/** A server URL template with its variables: the caller's values over the spec's defaults. */
export function serverUrl(template, defaults, values) {
  return template.replace(
    /\{([^}]+)\}/g,
    (match, name) => values?.[name] ?? defaults?.[name] ?? match,
  );
}
