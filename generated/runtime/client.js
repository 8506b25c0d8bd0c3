// Generated from openapi.json (sha256 902eedde25821c8353faa0581172a1b0d7c9ba57711ed3056c70e3d95a67a30e). Runtime from templates/client.ts.
// Do not edit: change the spec and run `npm run generate`.

// The client: configuration, credentials, and the one request path every generated operation calls.
import { assertHeaderValue } from "./serialize.js";

/** Builds a client from the caller's options and the spec's defaults. */
export function createClientCore(options, spec, credentials) {
  const map = new Map();
  for (const [scheme, credential] of Object.entries(credentials)) {
    if (credential !== undefined) map.set(scheme, credential);
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) assertHeaderValue(name, value);
  // Credentials live only in the non-enumerable map, so logging or inspecting a client never shows them.
  const { auth: _auth, ...rest } = options;
  const client = {
    options: { ...rest, baseUrl: options.baseUrl ?? serverUrl(spec, options) },
    spec,
  };
  Object.defineProperty(client, "credentials", { value: map, enumerable: false });
  return client;
}

/** The base URL from the spec's server template, with the caller's `serverVariables` over the defaults. */
function serverUrl(spec, options) {
  if (!spec.server || !options.serverVariables) return spec.baseUrl;
  const values = { ...spec.server.variables, ...options.serverVariables };
  return spec.server.url.replace(/\{([^}]+)\}/g, (match, name) => values[name] ?? match);
}
