// Operation signatures and request bodies (test/fixtures/operations.json): every operation takes `params` before
// `options`, each media type has its own body type, a body the runtime cannot write is refused before sending, and a
// GET or HEAD body is left out with a warning. Types checked by tsc, behaviour against a loopback server.
import { readFileSync, writeFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { silentLogger, type Logger } from "../../generator/common/log.js";
import { ROOT, tempDir } from "../helpers/cli.js";
import { startServer, type RecordedRequest, type TestServer } from "../helpers/server.js";
import { typecheckFolder } from "../helpers/typecheck.js";

type Call = (client: unknown, params?: unknown, options?: object) => Promise<unknown>;
type Api = Record<"listModels" | "createBooking" | "importBookings" | "exportBookings" | "listCharges" | "checkCharges" | "createCharge", Call> & {
  createClient(options: object): unknown;
  UnsafeArgumentError: new (...args: never[]) => Error;
  ApiTimeoutError: new (...args: never[]) => Error;
};

const FIXTURE = path.join(ROOT, "test/fixtures/operations.json");
const work = tempDir("operations-");
const dir = path.join(work.dir, "client");
const warnings: string[] = [];
let api: Api;
let server: TestServer;
let route: (request: RecordedRequest, response: ServerResponse) => void;

beforeAll(async () => {
  const log: Logger = { ...silentLogger, error: (message: string) => void warnings.push(message) };
  await generate({ input: FIXTURE, output: dir, log });
  api = (await import(path.join(dir, "index.js"))) as Api;
  server = await startServer((request, response) => route(request, response));
});
afterAll(async () => {
  await server.close();
  work.remove();
});
beforeEach(() => {
  server.requests.length = 0;
  route = (_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end("[]");
  };
});

const client = (): unknown => api.createClient({ baseUrl: server.url, retryDelayMs: () => 1 });
const booking = { tripId: "t1", passenger: "Ada" };

describe("every operation takes params, then options", () => {
  it("a no-parameter operation's signature and Params type", () => {
    const operations = readFileSync(path.join(dir, "operations.d.ts"), "utf8");
    expect(operations).toContain("export declare function listModels(\n  client: Client,\n  params?: ListModelsParams,\n  options?: RequestOptions,\n): ApiPromise<ListModelsResponse>;");
    const types = readFileSync(path.join(dir, "types.d.ts"), "utf8");
    expect(types).toContain(
      "/** The arguments of `listModels`: it takes none; pass `{}` or `undefined` before `options`. */\nexport type ListModelsParams = Record<string, never>;",
    );
    expect(readFileSync(path.join(dir, "operations.js"), "utf8")).toContain(
      "export function listModels(client, params, options) {\n  return request(client, listModels_spec, params, options);\n}",
    );
  });

  it("signal, timeout and headers passed third reach the request", async () => {
    await api.listModels(client(), undefined, { headers: { "x-trace": "t1" } });
    await api.listModels(client(), {}, { headers: { "x-trace": "t2" } });
    expect(server.requests.map((request) => [request.url, request.headers["x-trace"]])).toEqual([["/models", "t1"], ["/models", "t2"]]);
    server.requests.length = 0;
    const reason = new Error("stop");
    const aborted = await api.listModels(client(), undefined, { signal: AbortSignal.abort(reason) }).catch((e: unknown) => e);
    // The signal's reason, or an AbortError: either way the abort, not a response or another error.
    expect(aborted === reason || (aborted as Error).name === "AbortError").toBe(true);
    expect(server.requests).toHaveLength(0);
    route = () => undefined; // never answers
    const timedOut = await api.listModels(client(), {}, { timeoutMs: 50, maxRetries: 0 }).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(api.ApiTimeoutError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("request bodies by media type", () => {
  beforeEach(() => {
    route = (_request, response) => {
      response.writeHead(201, { "content-type": "application/json" });
      response.end(JSON.stringify(booking));
    };
  });
  const sent = (): Array<[string | undefined, string]> => server.requests.map((request) => [request.headers["content-type"], request.body.toString()]);

  it("JSON by default, and the XML media type's string, Blob or bytes as they are", async () => {
    await api.createBooking(client(), { body: booking });
    await api.createBooking(client(), { contentType: "application/xml", body: "<booking><tripId>t1</tripId></booking>" });
    await api.createBooking(client(), { contentType: "application/xml", body: new Blob(["<b/>"]) });
    await api.createBooking(client(), { contentType: "application/xml", body: new TextEncoder().encode("<c/>") });
    await api.importBookings(client(), { body: "<bookings/>" });
    expect(sent()).toEqual([
      ["application/json", '{"tripId":"t1","passenger":"Ada"}'],
      ["application/xml", "<booking><tripId>t1</tripId></booking>"],
      ["application/xml", "<b/>"],
      ["application/xml", "<c/>"],
      ["application/xml", "<bookings/>"],
    ]);
  });

  it("an object for an XML or text body is refused before anything is sent, never sent as [object Object]", async () => {
    const refusals = [
      api.createBooking(client(), { contentType: "application/xml", body: booking }),
      api.importBookings(client(), { body: [booking] }),
      api.exportBookings(client(), { body: { rows: ["a"] } }),
      api.exportBookings(client(), { contentType: "text/plain", body: null }),
      api.createCharge(client(), { body: "amount=5" }),
      api.createCharge(client(), { contentType: "multipart/form-data", body: 5 }),
    ];
    const errors = await Promise.all(refusals.map((refusal) => refusal.catch((e: unknown) => e)));
    for (const error of errors) expect(error).toBeInstanceOf(api.UnsafeArgumentError);
    expect(errors.map((error) => (error as Error).message)).toEqual([
      "A application/xml body must be a string, Blob, ArrayBuffer, typed array or ReadableStream, sent as it is (not serialized)",
      "A application/xml body must be a string, Blob, ArrayBuffer, typed array or ReadableStream, sent as it is (not serialized)",
      "A text/csv body must be a string, number or boolean",
      "A text/plain body must be a string, number or boolean",
      "A application/x-www-form-urlencoded body must be an object of fields",
      "A multipart/form-data body must be an object of fields",
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it("a text body is its text; the scalar media type takes a number; form fields are an object", async () => {
    await api.exportBookings(client(), { body: "a,b\n" });
    await api.exportBookings(client(), { contentType: "text/plain", body: 3 });
    await api.createCharge(client(), { body: { amount: 5 } });
    expect(sent()).toEqual([
      ["text/csv", "a,b\n"],
      ["text/plain", "3"],
      ["application/x-www-form-urlencoded", "amount=5"],
    ]);
  });

  it("type-check as a user writes them; what cannot be sent does not compile", () => {
    writeFileSync(
      path.join(dir, "consumer.ts"),
      `import { createClient, listModels, createBooking, importBookings, exportBookings, listCharges, checkCharges, type ListModelsParams, type ListChargesParams, type RequestOptions } from "./index.js";
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const client = createClient();
const booking = { tripId: "t1", passenger: "Ada" };
export function check(signal: AbortSignal): void {
  const third: Equal<Parameters<typeof listModels>[2], RequestOptions | undefined> = true;
  const second: Equal<Parameters<typeof listModels>[1], ListModelsParams | undefined> = true;
  void third; void second;
  void listModels(client);
  void listModels(client, undefined, { signal });
  void listModels(client, {}, { timeoutMs: 5_000 });
  // @ts-expect-error options passed second: a no-parameter operation's params take no key
  void listModels(client, { signal });
  const options = { timeoutMs: 5_000 };
  // @ts-expect-error not even through a variable
  void listModels(client, options);
  void createBooking(client, { body: booking });
  void createBooking(client, { contentType: "application/json", body: booking });
  void createBooking(client, { contentType: "application/xml", body: "<booking/>" });
  void createBooking(client, { contentType: "application/xml", body: new Blob(["<booking/>"]) }, { signal });
  void createBooking(client, { contentType: "application/xml", body: new Uint8Array(1) });
  // @ts-expect-error the runtime has no XML writer: an object is not an XML body
  void createBooking(client, { contentType: "application/xml", body: booking });
  // @ts-expect-error the JSON body is the schema's object
  void createBooking(client, { body: "<booking/>" });
  // @ts-expect-error a media type the operation does not take
  void createBooking(client, { contentType: "text/plain", body: "x" });
  void importBookings(client, { body: "<bookings/>" });
  // @ts-expect-error an array of objects is not an XML body either
  void importBookings(client, { body: [booking] });
  void exportBookings(client);
  void exportBookings(client, { body: "a,b" });
  void exportBookings(client, { contentType: "text/plain", body: 3 });
  // @ts-expect-error a text/csv body is text
  void exportBookings(client, { body: { rows: ["a"] } });
  const noBody: Equal<keyof ListChargesParams, "query"> = true;
  void noBody;
  void listCharges(client, { query: { limit: 1 } });
  // @ts-expect-error a GET has no body
  void listCharges(client, { body: { expand: ["customer"] } });
  // @ts-expect-error a HEAD has no body
  void checkCharges(client, { body: {} });
}
`,
    );
    expect(typecheckFolder(dir)).toEqual([]);
  });
});

describe("GET and HEAD bodies", () => {
  it("are left out of the model, with a warning naming the pointer", () => {
    expect(warnings).toEqual([
      `warning: ${FIXTURE}#/paths/~1charges/get/requestBody: a GET request cannot have a body (fetch refuses one); the requestBody is left out`,
      `warning: ${FIXTURE}#/paths/~1charges/head/requestBody: a HEAD request cannot have a body (fetch refuses one); the requestBody is left out`,
    ]);
    const spec = readFileSync(path.join(dir, "operations.js"), "utf8");
    expect(spec).toContain('const listCharges_spec = {\n  id: "listCharges",\n  method: "GET",\n  path: "/charges",\n  parameters: [{ name: "limit", in: "query", write: serializeQueryParameter }],\n};');
  });

  it("a body passed anyway (from JavaScript) is not sent, and the GET succeeds", async () => {
    await api.listCharges(client(), { query: { limit: 2 }, body: { expand: ["customer"] } });
    expect(server.requests.map((request) => [request.method, request.url, request.body.length])).toEqual([["GET", "/charges?limit=2", 0]]);
  });
});
