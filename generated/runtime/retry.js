// Generated from openapi.json. Runtime from templates/retry.ts.
// Do not edit: change the spec and run `npm run generate`.

// Which failures are safe to repeat, and how long to wait before repeating them.
import { ApiConnectionError, ApiError, ApiTimeoutError } from "./errors.js";

const RETRYABLE_IDEMPOTENT = /^(408|429|50[0234])$/;

/** Statuses that promise the server did not act on the request, so even a POST may be repeated. */
const RETRYABLE_ALWAYS = /^(429|503)$/;

/** Connection failures that happen before a single byte of the request left this machine. */
const NOT_SENT_CODES =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT)$/;

const BASE_DELAY_MS = 500;

const MAX_DELAY_MS = 8_000;

const MAX_RETRY_AFTER_MS = 60_000;

/** Whether a failed attempt may be repeated: a response by its status, a failure without one by what failed. */
export function shouldRetry(error, idempotent) {
  if (!(error instanceof ApiError)) return false;
  const { status } = error;
  if (status !== undefined)
    return (idempotent ? RETRYABLE_IDEMPOTENT : RETRYABLE_ALWAYS).test(`${status}`);
  // The system error code of the failed fetch is on its error (some fetch implementations) or that error's cause (undici).
  const cause = error.cause;
  return (
    error instanceof ApiConnectionError &&
    (idempotent ||
      (!(error instanceof ApiTimeoutError) &&
        NOT_SENT_CODES.test(String(cause?.code ?? cause?.cause?.code))))
  );
}

/** The wait before retry `attempt` (1-based): the server's Retry-After when sane, else full-jitter backoff. */
export function retryDelay(attempt, headers, custom) {
  const ms = headers?.get("retry-after-ms");
  const after = headers?.get("retry-after");
  // A number of seconds, or an HTTP date (a date in the past means now).
  const wait = ms
    ? +ms
    : after
      ? /^-?[\d.]+$/.test(after)
        ? +after * 1000
        : Math.max(0, Date.parse(after) - Date.now())
      : NaN;
  if (wait >= 0 && wait <= MAX_RETRY_AFTER_MS) return wait; // NaN fails both
  return custom
    ? custom(attempt)
    : Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
}
