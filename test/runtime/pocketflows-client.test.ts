// The generated Pocketflows client against a real HTTP server on 127.0.0.1.
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, createClient, updateMultipleCustomers, type Customer } from "@pocketflows/client";
import { sendJson, startServer, type TestServer } from "../helpers/server.js";

const auth = { username: "pk_live_user", password: "s3cr3t-Pa55" };
const customer: Customer = {
  id: "c_1",
  external_id: null,
  email_address: "ada@example.com",
  phone_number: null,
  full_name: "Ada Lovelace",
  metadata: { tier: "gold" },
  unsubscribed: null,
};
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("updateMultipleCustomers over HTTP", () => {
  it("sends POST to the encoded path with Basic auth and a JSON body, and returns the typed result", async () => {
    server = await startServer((_req, res) => sendJson(res, 200, { customers: [customer] }));
    const client = createClient({ baseUrl: server.url, auth });
    const body = { customers: [{ id: "c_1", email_address: null, full_name: "Ada Lovelace" }] };
    const result = await updateMultipleCustomers(client, { path: { id: "biz/1 ü?#" }, body });
    expect(result).toEqual({ customers: [customer] });
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/businesses/biz%2F1%20%C3%BC%3F%23/customers/batch_update");
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from("pk_live_user:s3cr3t-Pa55").toString("base64")}`);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request!.body.toString())).toEqual(body);
  });

  it("keeps null (clear) and leaves out undefined (keep) in the JSON it sends", async () => {
    server = await startServer((_req, res) => sendJson(res, 200, { customers: [] }));
    const client = createClient({ baseUrl: server.url, auth });
    await updateMultipleCustomers(client, { path: { id: "b" }, body: { customers: [{ id: "c", phone_number: null, full_name: undefined }] } });
    expect(server.requests[0]?.body.toString()).toBe('{"customers":[{"id":"c","phone_number":null}]}');
  });

  it.each([
    [404, { error: "business not found" }],
    [422, { error: "duplicate email", customers: ["c_1", "c_2"] }],
    [500, { error: "internal" }],
  ])("rejects a %i with an ApiError carrying status, headers and the parsed body", async (status, errorBody) => {
    server = await startServer((_req, res) => sendJson(res, status, errorBody, { "x-request-id": "req_42" }));
    const client = createClient({ baseUrl: server.url, auth });
    const error = await updateMultipleCustomers(client, { path: { id: "b" }, body: { customers: [] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(status);
    expect(apiError.body).toEqual(errorBody);
    expect(apiError.headers.get("x-request-id")).toBe("req_42");
    expect(apiError.method).toBe("POST");
    expect(apiError.url).toBe(`${server.url}/businesses/b/customers/batch_update`);
    expect(server.requests).toHaveLength(1); // a failed POST is not repeated
  });

  it("never shows the credentials in an error's message, JSON or util.inspect output", async () => {
    server = await startServer((_req, res) => sendJson(res, 401, { error: "bad credentials", echo: "nothing" }));
    const client = createClient({ baseUrl: server.url, auth });
    const error = await updateMultipleCustomers(client, { path: { id: "b" }, body: { customers: [] } }).catch((e: unknown) => e);
    const basic = Buffer.from(`${auth.username}:${auth.password}`).toString("base64");
    for (const view of [String(error), (error as Error).message, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) {
      expect(view).not.toContain(auth.password);
      expect(view).not.toContain(basic);
    }
    expect(inspect(client, { depth: 10 })).not.toContain(auth.password);
  });

  it("uses the given fetch for every call", async () => {
    server = await startServer((_req, res) => sendJson(res, 200, { customers: [] }));
    const seen: string[] = [];
    const client = createClient({
      baseUrl: server.url,
      auth,
      fetch: (input, init) => {
        seen.push(`${init?.method} ${String(input)}`);
        return fetch(input, init);
      },
    });
    await updateMultipleCustomers(client, { path: { id: "a" }, body: { customers: [] } });
    await updateMultipleCustomers(client, { path: { id: "b" }, body: { customers: [] } });
    expect(seen).toEqual([`POST ${server.url}/businesses/a/customers/batch_update`, `POST ${server.url}/businesses/b/customers/batch_update`]);
  });

  it("defaults baseUrl to the spec's first server", () => {
    expect(createClient().options.baseUrl).toBe("https://api.pocketflows.com");
  });

  it("sends a literal %2E%2E as text, never as a dot segment", async () => {
    server = await startServer((_req, res) => sendJson(res, 200, { customers: [] }));
    const client = createClient({ baseUrl: server.url, auth });
    await updateMultipleCustomers(client, { path: { id: "%2E%2E" }, body: { customers: [] } });
    expect(server.requests[0]?.url).toBe("/businesses/%252E%252E/customers/batch_update");
  });

  it.each(["..", ".", ""])("refuses the path parameter %j before sending anything", async (id) => {
    server = await startServer((_req, res) => sendJson(res, 200, { customers: [] }));
    const client = createClient({ baseUrl: server.url, auth });
    await expect(updateMultipleCustomers(client, { path: { id }, body: { customers: [] } })).rejects.toThrow(/Path parameter "id"/);
    expect(server.requests).toHaveLength(0);
  });
});
