// Generated from openapi.json. Runtime from templates/sse.ts.
// Do not edit: change the spec and run `npm run generate`.

import { ApiError } from "./errors.js";
import { ApiPromise } from "./promise.js";
import { send } from "./send.js";

/** The events of one response, read once; `for await` gives each event's data, `events()` the whole events. */
export class EventStream {
  #response;
  #json;
  #method;
  constructor(response, json, method = "GET") {
    this.#response = response;
    this.#json = json;
    this.#method = method;
  }
  /** Each event with its name, id and retry; breaking out of the loop closes the connection. */
  async *events() {
    const body = this.#response.body;
    if (!body) return;
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let first = true;
    let event = { event: "", data: [], retry: undefined };
    let id;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        // At the end, a last CR ends its line; an event without its closing blank line is dropped, as the format says.
        if (done && !buffer.endsWith("\r")) return;
        buffer += done ? "\n" : value;
        if (first && buffer.length > 0) {
          if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
          first = false;
        }
        // Lines end in CRLF, LF or CR; a CR at the very end may be the first half of a CRLF still on its way.
        const lines = buffer.split(/\r\n|\n|\r(?!$)/);
        buffer = lines.pop();
        for (const line of lines) {
          if (line === "") {
            if (event.data.length > 0)
              yield {
                event: event.event || "message",
                data: this.#parse(event.data.join("\n")),
                id,
                retry: event.retry,
              };
            event = { event: "", data: [], retry: undefined };
            continue;
          }
          if (line.startsWith(":")) continue; // a comment, often a keep-alive
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? "" : line.slice(colon + (line[colon + 1] === " " ? 2 : 1));
          if (field === "data") event.data.push(text);
          else if (field === "event") event.event = text;
          else if (field === "id" && !text.includes("\0")) id = text;
          else if (field === "retry" && /^\d+$/.test(text)) event.retry = Number(text);
        }
        if (done) return;
      }
    } finally {
      await reader.cancel().catch(() => undefined); // closing a stream that already failed has nothing left to close
    }
  }
  #parse(data) {
    if (!this.#json) return data;
    try {
      return JSON.parse(data);
    } catch (cause) {
      const { status, headers, url } = this.#response;
      throw new ApiError(`an event from ${url} has data that is not valid JSON`, {
        status,
        headers,
        body: data,
        method: this.#method,
        url,
        cause,
      });
    }
  }
}
EventStream.prototype[Symbol.asyncIterator] = async function* () {
  for await (const event of this.events()) yield event.data;
};

/** Calls a streaming operation: resolves, after a 2xx, to its EventStream; any other status rejects with ApiError. */
export function stream(client, operation, args = {}, options = {}, json = true) {
  return new ApiPromise(async () => {
    const { response } = await send(client, operation, args, options, "response");
    return { data: new EventStream(response, json, operation.method), response };
  });
}
