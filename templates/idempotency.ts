// Idempotency keys: imported only by the operations that may send one (POST and PATCH, which the client's
// `idempotencyHeader` covers, and any operation with an Idempotency-Key parameter), so other bundles carry none of it.
import type { Client, OperationSpec } from "./client.js";

/**
 * Puts the call's idempotency key on its headers: the caller's, or a fresh one, the same on every retry since the
 * headers are prepared once per call. Says whether the call carries a key, which makes it safe to repeat.
 */
export function addIdempotencyKey(client: Client, operation: OperationSpec, headers: Record<string, string>): boolean {
  const header = operation.idempotencyKey ?? client.options.idempotencyHeader?.toLowerCase();
  if (header) headers[header] ??= crypto.randomUUID();
  return !!header;
}
