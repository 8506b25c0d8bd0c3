// Generated from openapi.json (sha256 902eedde25821c8353faa0581172a1b0d7c9ba57711ed3056c70e3d95a67a30e). Runtime from templates/retry.ts.
// Do not edit: change the spec and run `npm run generate`.

/** Whether a failed attempt may be repeated: a response by its status, a failure without one by what failed. */
export declare function shouldRetry(error: unknown, idempotent: boolean): boolean;

/** The wait before retry `attempt` (1-based): the server's Retry-After when sane, else full-jitter backoff. */
export declare function retryDelay(
  attempt: number,
  headers: Headers | undefined,
  custom?: (attempt: number) => number,
): number;
