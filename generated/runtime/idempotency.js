// Generated from openapi.json. Runtime from templates/idempotency.ts.
// Do not edit: change the spec and run `npm run generate`.

/**
 * Puts the call's idempotency key on its headers: the caller's, or a fresh one, the same on every retry since the
 * headers are prepared once per call. Says whether the call carries a key, which makes it safe to repeat.
 */
export function addIdempotencyKey(client, operation, headers) {
  const header = operation.idempotencyKey ?? client.options.idempotencyHeader?.toLowerCase();
  if (header) headers[header] ??= crypto.randomUUID();
  return !!header;
}
