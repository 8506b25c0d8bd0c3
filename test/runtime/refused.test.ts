// Requests that fetch refuses before sending anything (templates/send.ts, tested where it sits, over loopback): they
// are UnsafeArgumentErrors with fetch's reason as the cause, never connection errors, and never retried.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClientCore, type Client, type OperationSpec } from "../../templates/client.js";
import { ApiConnectionError } from "../../templates/errors.js";
import { apiKeyAuth } from "../../templates/security.js";
import { request } from "../../templates/send.js";
import { encodeJson, serializeSimplePathParameter, UnsafeArgumentError } from "../../templates/serialize.js";
import { sendJson, startServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_request, response) => sendJson(response, 200, { ok: true }));
});
afterAll(() => server.close());

const API_KEY = "key-that-must-stay-secret";
const getThing: OperationSpec = {
  id: "getThing",
  method: "GET",
  path: "/things/{id}",
  parameters: [{ name: "id", in: "path", write: serializeSimplePathParameter }],
  security: [["apiKey"]],
};
/** A GET whose spec declares a body (as Stripe's list operations do); fetch refuses to send one. */
const searchThings: OperationSpec = { id: "searchThings", method: "GET", path: "/things", body: { "application/json": encodeJson } };

/** A client whose fetch counts its calls, with an API key in the query and fast retries. */
function clientFor(baseUrl: string): { client: Client; calls: () => number } {
  let calls = 0;
  const counting: typeof fetch = (input, init) => {
    calls++;
    return fetch(input, init);
  };
  const spec = { baseUrl, securitySchemes: { apiKey: apiKeyAuth("query", "api_key") } };
  const client = createClientCore({ baseUrl, fetch: counting, retryDelayMs: () => 1 }, spec, { apiKey: API_KEY });
  return { client, calls: () => calls };
}

async function refusal(call: Promise<unknown>): Promise<UnsafeArgumentError> {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnsafeArgumentError);
  expect(error).not.toBeInstanceOf(ApiConnectionError);
  return error as UnsafeArgumentError;
}

describe("a request fetch refuses to send", () => {
  it("a GET with a body: refused, with fetch's TypeError as the cause, sent once and not retried", async () => {
    const { client, calls } = clientFor(server.url);
    const before = server.requests.length;
    const error = await refusal(request(client, searchThings, { body: { q: "x" } }));
    expect(error.message).toBe(`GET ${server.url}/things cannot be sent: Request with GET/HEAD method cannot have body.`);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(calls()).toBe(1);
    expect(server.requests.length).toBe(before);
  });

  it.each([
    ["a header value that is not a byte string", { "x-note": "caf\u20ac" }],
    ["an invalid header name", { "bad name": "x" }],
  ])("%s: refused and not retried", async (_name, headers) => {
    const { client, calls } = clientFor(server.url);
    const before = server.requests.length;
    await refusal(request(client, getThing, { path: { id: "t1" } }, { headers }));
    expect(calls()).toBe(1);
    expect(server.requests.length).toBe(before);
  });

  it("a malformed URL: refused, and neither the message nor the cause shows the API key in its query", async () => {
    const { client, calls } = clientFor("http//127.0.0.1:1");
    const error = await refusal(request(client, getThing, { path: { id: "t1" } }));
    expect(error.message).toMatch(/^GET http\/\/127\.0\.0\.1:1\/things\/t1\?api_key=\[redacted\] cannot be sent: /);
    for (const view of [error.message, JSON.stringify(error), inspect(error, { depth: 20, showHidden: true })]) expect(view).not.toContain(API_KEY);
    expect(calls()).toBe(1);
  });

  it("a refused connection (undici's `fetch failed`, ECONNREFUSED) stays a connection error and a GET is retried", async () => {
    const closed = await startServer(() => undefined);
    await closed.close();
    const { client, calls } = clientFor(closed.url);
    const error = await request(client, getThing, { path: { id: "t1" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect(calls()).toBe(3);
  });
});
