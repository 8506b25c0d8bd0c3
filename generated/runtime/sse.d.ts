// Generated from openapi.json. Runtime from templates/sse.ts.
// Do not edit: change the spec and run `npm run generate`.

import type { Client, OperationSpec, RequestArguments, RequestOptions } from "./client.js";
import { ApiPromise } from "./promise.js";

/** One event as the server sent it. */
export interface ServerSentEvent<T> {
  /** The `event` field; `"message"` when the server named none. */
  event: string;
  /** The `data` lines joined with `\n`, parsed as JSON unless the spec says the data is a string. */
  data: T;
  /** The last event id the stream set (the `id` field), if any. */
  id: string | undefined;
  /** The reconnection time in milliseconds, when this event carried a `retry` field. */
  retry: number | undefined;
}

export interface EventStream<T> extends AsyncIterable<T> {}

/** The events of one response, read once; `for await` gives each event's data, `events()` the whole events. */
export declare class EventStream<T> {
  #private;
  constructor(response: Response, json: boolean, method?: string);
  /** Each event with its name, id and retry; breaking out of the loop closes the connection. */
  events(): AsyncGenerator<ServerSentEvent<T>, void, undefined>;
}

/** Calls a streaming operation: resolves, after a 2xx, to its EventStream; any other status rejects with ApiError. */
export declare function stream<T>(
  client: Client,
  operation: OperationSpec,
  args?: RequestArguments,
  options?: RequestOptions,
  json?: boolean,
): ApiPromise<EventStream<T>>;
