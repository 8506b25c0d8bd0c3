// Generated from openapi.json. Runtime from templates/promise.ts.
// Do not edit: change the spec and run `npm run generate`.

// The promise every operation returns: awaiting it gives the parsed body; `withResponse()` and `asResponse()` give
// the Response as well. Whichever is used, a call sends one request.

/** A call in flight; await it for the body, or ask for the Response. */
export class ApiPromise {
  #start;
  #call;
  constructor(start) {
    this.#start = start;
    // The request goes out even when nobody awaits it, as an async function's would; a caller asking for the
    // Response in the same turn gets it with its body unread.
    queueMicrotask(() => this.#run("body")); // its promise is kept in #call: nothing floats
  }
  #run(mode) {
    return (this.#call ??= this.#start(mode));
  }
  /** The parsed body and the Response it came in (its body already read). */
  withResponse() {
    return this.#run("body").then(({ data, response }) => ({ data, response }));
  }
  /** The 2xx Response with its body unread, e.g. to stream a download; other statuses still reject with ApiError. */
  asResponse() {
    const started = this.#call !== undefined;
    return this.#run("response").then(({ response, raw }) =>
      // Asked for after the body was read: the same status and headers around the same bytes.
      started && raw !== undefined
        ? new Response(raw, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          })
        : response,
    );
  }
  then(onfulfilled, onrejected) {
    return this.#run("body")
      .then(({ data }) => data)
      .then(onfulfilled, onrejected);
  }
  catch(onrejected) {
    return this.then(undefined, onrejected);
  }
  finally(onfinally) {
    return this.then().finally(onfinally);
  }
  get [Symbol.toStringTag]() {
    return "ApiPromise";
  }
}
