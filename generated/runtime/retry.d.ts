// Generated from openapi.json. Runtime from templates/retry.ts.
// Do not edit: change the spec and run `npm run generate`.

/** Whether a failed attempt may be repeated: a response by its status, a failure without one by what failed. */
export declare function shouldRetry(error: unknown, idempotent: boolean): boolean;

/** The wait before retry `attempt` (1-based): the server's Retry-After when sane, else full-jitter backoff. */
export declare function retryDelay(
  attempt: number,
  headers: Headers | undefined,
  custom?: (attempt: number) => number,
): number;
