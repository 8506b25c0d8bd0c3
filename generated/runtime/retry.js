// Generated from openapi.json (sha256 902eedde25821c8353faa0581172a1b0d7c9ba57711ed3056c70e3d95a67a30e). Runtime from templates/retry.ts.
// Do not edit: change the spec and run `npm run generate`.

// Which failures are safe to repeat, and how long to wait before repeating them.
import { ApiConnectionError, ApiTimeoutError } from "./errors.js";

const RETRYABLE_IDEMPOTENT = new Set([408, 429, 500, 502, 503, 504]);

/** Statuses that promise the server did not act on the request, so even a POST may be repeated. */
const RETRYABLE_ALWAYS = new Set([429, 503]);

/** Connection failures that happen before a single byte of the request left this machine. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

const BASE_DELAY_MS = 500;

const MAX_DELAY_MS = 8_000;

const MAX_RETRY_AFTER_MS = 60_000;

/** Whether a response with this status may be retried. */
export function shouldRetryStatus(status, idempotent) {
  return (idempotent ? RETRYABLE_IDEMPOTENT : RETRYABLE_ALWAYS).has(status);
}

/** Whether a failure without a response may be retried. */
export function shouldRetryError(error, idempotent) {
  if (!(error instanceof ApiConnectionError)) return false;
  if (idempotent) return true;
  return !(error instanceof ApiTimeoutError) && NOT_SENT_CODES.has(errorCode(error.cause));
}

function errorCode(error) {
  for (
    let current = error, depth = 0;
    current instanceof Error && depth < 5;
    current = current.cause, depth++
  ) {
    const code = current.code;
    if (typeof code === "string") return code;
  }
  return "";
}

/** The wait before retry `attempt` (1-based): the server's Retry-After when sane, else full-jitter backoff. */
export function retryDelay(attempt, headers, custom) {
  const fromServer = retryAfterMs(headers);
  if (fromServer !== undefined) return fromServer;
  if (custom) return custom(attempt);
  return Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
}

function retryAfterMs(headers) {
  const ms = Number(headers?.get("retry-after-ms") ?? NaN);
  if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_RETRY_AFTER_MS) return ms;
  const header = headers?.get("retry-after");
  if (!header) return undefined;
  const seconds = Number(header);
  const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  if (!Number.isFinite(wait) || seconds < 0) return undefined;
  return wait <= MAX_RETRY_AFTER_MS ? Math.max(0, wait) : undefined;
}
