// More Pocketflows operations (GET with query, DELETE), generated into a temp folder and called over loopback.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateToTemp } from "../helpers/generate.js";
import { sendJson, startServer, type TestServer } from "../helpers/server.js";
import { SPECS } from "../helpers/specs-store.js";

type Module = Record<string, (...args: unknown[]) => Promise<unknown>> & { createClient: (options: object) => unknown };
let client: unknown;
let api: Module;
let server: TestServer;
let output: { dir: string; remove: () => void };

beforeAll(async () => {
  output = await generateToTemp(path.join(SPECS, "pocketflows/extra-operations.json"));
  api = (await import(path.join(output.dir, "index.js"))) as Module;
  server = await startServer((req, res) => {
    if (req.method === "DELETE") return sendJson(res, 200, { id: "c_1" });
    sendJson(res, 200, { sms: 1, mms: 2, email: 3, start_time: "a", end_time: "b" });
  });
  client = api.createClient({ baseUrl: server.url, auth: { username: "u", password: "p" } });
});
afterAll(async () => {
  await server.close();
  output.remove();
});

describe("extra Pocketflows operations", () => {
  it("GET sends form-style query parameters and leaves out the ones not given", async () => {
    const usage = await api.retrieveTheSegmentUsageForABusiness!(client, { path: { id: "b 1" }, query: { start_time: "2026-01-01T00:00:00Z" } });
    expect(usage).toEqual({ sms: 1, mms: 2, email: 3, start_time: "a", end_time: "b" });
    const request = server.requests.at(-1)!;
    expect(request.method).toBe("GET");
    expect(request.url).toBe("/businesses/b%201/segment_usage?start_time=2026-01-01T00%3A00%3A00Z");
    expect(request.body.length).toBe(0);
    expect(request.headers["content-type"]).toBeUndefined();
  });

  it("DELETE sends no body and returns the deleted customer", async () => {
    expect(await api.deleteACustomer!(client, { path: { id: "c_1" } })).toEqual({ id: "c_1" });
    expect(server.requests.at(-1)).toMatchObject({ method: "DELETE", url: "/customers/c_1" });
  });
});
