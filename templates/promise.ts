// The promise every operation returns: awaiting it gives the parsed body; `withResponse()` and `asResponse()` give
// the Response as well. Whichever is used, a call sends one request.

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
export class ApiPromise<T> implements Promise<T> {
  #start: CallStarter<T>;
  #call: Promise<CallResult<T>> | undefined;

  constructor(start: CallStarter<T>) {
    this.#start = start;
    // The request goes out even when nobody awaits it, as an async function's would; a caller asking for the
    // Response in the same turn gets it with its body unread.
    queueMicrotask(() => this.#run("body")); // its promise is kept in #call: nothing floats
  }

  #run(mode: ReadMode): Promise<CallResult<T>> {
    return (this.#call ??= this.#start(mode));
  }

  /** The parsed body and the Response it came in (its body already read). */
  withResponse(): Promise<{ data: T; response: Response }> {
    return this.#run("body").then(({ data, response }) => ({ data, response }));
  }

  /** The 2xx Response with its body unread, e.g. to stream a download; other statuses still reject with ApiError. */
  asResponse(): Promise<Response> {
    const started = this.#call !== undefined;
    return this.#run("response").then(({ response, raw }) =>
      // Asked for after the body was read: the same status and headers around the same bytes.
      started && raw !== undefined ? new Response(raw, { status: response.status, statusText: response.statusText, headers: response.headers }) : response,
    );
  }

  then<R1 = T, R2 = never>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return this.#run("body").then(({ data }) => data).then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return "ApiPromise";
  }
}
