// The retry policy of templates/retry.ts, tested where it sits.
import { describe, expect, it } from "vitest";
import { ApiConnectionError, ApiError, ApiTimeoutError } from "../../templates/errors.js";
import { retryDelay, shouldRetry } from "../../templates/retry.js";

describe("retryDelay", () => {
  it.each([
    [1, 500],
    [2, 1000],
    [3, 2000],
    [4, 4000],
    [5, 8000],
    [9, 8000],
  ])("attempt %i waits a full-jitter delay in [0, %i] ms", (attempt, cap) => {
    const samples = Array.from({ length: 400 }, () => retryDelay(attempt, undefined));
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...samples)).toBeLessThanOrEqual(cap);
    expect(Math.max(...samples)).toBeGreaterThan(cap / 2); // jitter spreads over the whole range
    expect(Math.min(...samples)).toBeLessThan(cap / 2);
  });

  it.each([
    ["retry-after seconds", { "retry-after": "3" }, 3000],
    ["retry-after-ms", { "retry-after-ms": "250" }, 250],
    ["retry-after-ms wins over retry-after", { "retry-after-ms": "10", "retry-after": "5" }, 10],
    ["60 s is still honoured", { "retry-after": "60" }, 60_000],
  ])("%s", (_name, headers, want) => {
    expect(retryDelay(1, new Headers(headers))).toBe(want);
  });

  it("falls back to backoff for a Retry-After beyond 60 s or unreadable", () => {
    for (const value of ["61", "soon", "-5"]) {
      expect(retryDelay(1, new Headers({ "retry-after": value }), () => 7)).toBe(7);
    }
  });
});

describe("shouldRetry, for a response", () => {
  it.each([
    [408, true, false], [429, true, true], [500, true, false], [502, true, false],
    [503, true, true], [504, true, false], [400, false, false], [404, false, false], [409, false, false],
  ])("%i: idempotent %s, POST/PATCH %s", (status, idempotent, other) => {
    const error = new ApiError("failed", { method: "POST", url: "http://x", status });
    expect(shouldRetry(error, true)).toBe(idempotent);
    expect(shouldRetry(error, false)).toBe(other);
  });
});

describe("shouldRetry, for a failure without a response", () => {
  const init = { method: "POST", url: "http://x" };
  const refused = new ApiConnectionError("refused", { ...init, cause: Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }) });
  const reset = new ApiConnectionError("reset", { ...init, cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) });
  const timeout = new ApiTimeoutError("timeout", init);
  it("retries any connection error or timeout of an idempotent call", () => {
    for (const error of [refused, reset, timeout]) expect(shouldRetry(error, true)).toBe(true);
  });
  it("retries a POST only when nothing was sent", () => {
    expect(shouldRetry(refused, false)).toBe(true);
    expect(shouldRetry(reset, false)).toBe(false);
    expect(shouldRetry(timeout, false)).toBe(false);
  });
  it("never retries what is not a connection error", () => {
    expect(shouldRetry(new Error("boom"), true)).toBe(false);
    expect(shouldRetry(new DOMException("aborted", "AbortError"), true)).toBe(false);
  });
});
