// Generated from openapi.json. Runtime from templates/promise.ts.
// Do not edit: change the spec and run `npm run generate`.

/** How the call's request is to be read: its parsed body, or its Response with the body left unread. */
export type ReadMode = "body" | "response";

/** What one request settled with. */
export interface CallResult<T> {
  data: T;
  response: Response;
  /** In "body" mode, the body as it was read, for an `asResponse()` that comes after the body was read. */
  raw?: string | Blob;
}

/** Starts the call's request; called once, with the mode asked for first. */
export type CallStarter<T> = (mode: ReadMode) => Promise<CallResult<T>>;

/** A call in flight; await it for the body, or ask for the Response. */
export declare class ApiPromise<T> implements Promise<T> {
  #private;
  constructor(start: CallStarter<T>);
  /** The parsed body and the Response it came in (its body already read). */
  withResponse(): Promise<{
    data: T;
    response: Response;
  }>;
  /** The 2xx Response with its body unread, e.g. to stream a download; other statuses still reject with ApiError. */
  asResponse(): Promise<Response>;
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2>;
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R>;
  finally(onfinally?: (() => void) | null): Promise<T>;
  get [Symbol.toStringTag](): string;
}
