// Timeouts, retries, cancellation and errors against a loopback server that misbehaves on purpose.
import { inspect } from "node:util";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { generateToTemp } from "../helpers/generate.js";
import { sendJson, startServer, type TestServer } from "../helpers/server.js";

type Call = (client: unknown, params: object, options?: object) => Promise<unknown>;
interface Api {
  createClient(options: object): unknown;
  getThing: Call;
  replaceThing: Call;
  deleteThing: Call;
  createThing: Call;
  refreshThing: Call;
  ApiError: new (...args: never[]) => Error;
  ApiConnectionError: new (...args: never[]) => Error;
  ApiTimeoutError: new (...args: never[]) => Error;
  UnsafeArgumentError: new (...args: never[]) => Error;
}

const auth = { username: "robot", password: "hunter2-very-secret" };
const thing = { id: "t1", name: "Thing" };
let api: Api;
let output: { dir: string; remove: () => void };
let server: TestServer | undefined;

beforeAll(async () => {
  output = await generateToTemp(path.join(ROOT, "test/fixtures/runtime.json"));
  api = (await import(path.join(output.dir, "index.js"))) as Api;
});
afterAll(() => output.remove());
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client on the test server with fast, injected backoff. */
function clientFor(url: string, options: object = {}): unknown {
  return api.createClient({ baseUrl: url, auth, retryDelayMs: () => 5, ...options });
}

/** Answers each request with the next scripted step; the last step repeats. */
async function scripted(...steps: Array<number | "hang" | "reset" | "badjson" | [number, Record<string, string>]>): Promise<TestServer> {
  return startServer((_req, res, index) => {
    const step = steps[Math.min(index, steps.length - 1)]!;
    if (step === "hang") return;
    if (step === "reset") return void res.socket?.destroy();
    if (step === "badjson") {
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end("{ not json");
    }
    const [status, headers] = Array.isArray(step) ? step : [step, {}];
    if (status === 204) return void res.writeHead(204).end();
    sendJson(res, status, status < 300 ? thing : { error: `status ${status}` }, headers);
  });
}

const getThing = (client: unknown, options?: object) => api.getThing(client, { path: { id: "t1" } }, options);
const createThing = (client: unknown, options?: object) => api.createThing(client, { body: thing }, options);

describe("retries", () => {
  it.each([408, 429, 500, 502, 503, 504])("GET is retried after %i", async (status) => {
    server = await scripted(status, 200);
    expect(await getThing(clientFor(server.url))).toEqual(thing);
    expect(server.requests).toHaveLength(2);
  });

  it.each([429, 503])("POST is retried after %i (the server did not act on it)", async (status) => {
    server = await scripted(status, 201);
    expect(await createThing(clientFor(server.url))).toEqual(thing);
    expect(server.requests).toHaveLength(2);
  });

  it.each([500, 502, 504, 408])("POST is not retried after %i: a blind retry could create twice", async (status) => {
    server = await scripted(status, 201);
    await expect(createThing(clientFor(server.url))).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });

  it("PUT and DELETE are idempotent and retried after a 500", async () => {
    server = await scripted(500, 204);
    await api.deleteThing(clientFor(server.url), { path: { id: "t1" } });
    expect(server.requests.map((r) => r.method)).toEqual(["DELETE", "DELETE"]);
    await server.close();
    server = await scripted(500, 200);
    await api.replaceThing(clientFor(server.url), { path: { id: "t1" }, body: thing });
    expect(server.requests).toHaveLength(2);
  });

  it("a POST marked x-idempotent: true is retried after a 500", async () => {
    server = await scripted(500, 200);
    expect(await api.refreshThing(clientFor(server.url), { path: { id: "t1" } })).toEqual(thing);
    expect(server.requests).toHaveLength(2);
  });

  it("a POST the client is told is idempotent is retried after a 500", async () => {
    server = await scripted(500, 201);
    await createThing(clientFor(server.url, { idempotentOperations: ["createThing"] }));
    expect(server.requests).toHaveLength(2);
  });

  it("gives up after maxRetries (default 2) and throws the last error", async () => {
    server = await scripted(503);
    await expect(getThing(clientFor(server.url))).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(3);
  });

  it("maxRetries is configurable per client and per call", async () => {
    server = await scripted(503);
    await expect(getThing(clientFor(server.url, { maxRetries: 0 }))).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    await expect(getThing(clientFor(server.url, { maxRetries: 0 }), { maxRetries: 3 })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(5);
  });

  it("honours Retry-After in seconds", async () => {
    server = await scripted([429, { "retry-after": "1" }], 200);
    const started = performance.now();
    await getThing(clientFor(server.url));
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("honours Retry-After as an HTTP date", async () => {
    server = await scripted([503, { "retry-after": new Date(Date.now() + 2000).toUTCString() }], 200);
    const started = performance.now();
    await getThing(clientFor(server.url));
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("honours retry-after-ms", async () => {
    server = await scripted([429, { "retry-after-ms": "300" }], 201);
    const started = performance.now();
    await createThing(clientFor(server.url));
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("ignores a Retry-After beyond 60 s and falls back to backoff", async () => {
    server = await scripted([503, { "retry-after": "3600" }], 200);
    await getThing(clientFor(server.url));
    expect(server.requests).toHaveLength(2);
  });
});

describe("timeouts", () => {
  it("a call that hangs rejects with ApiTimeoutError; GET is retried", async () => {
    server = await scripted("hang");
    const error = await getThing(clientFor(server.url, { timeoutMs: 100 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ApiTimeoutError);
    expect(error).toBeInstanceOf(api.ApiConnectionError);
    expect(error).toBeInstanceOf(api.ApiError);
    expect((error as Error).message).toContain("timed out after 100 ms");
    expect(server.requests).toHaveLength(3);
  });

  it("a POST that timed out is not retried: the server may have acted on it", async () => {
    server = await scripted("hang");
    await expect(createThing(clientFor(server.url), { timeoutMs: 100 })).rejects.toBeInstanceOf(api.ApiTimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("a hang then a success recovers within the per-call timeout", async () => {
    server = await scripted("hang", 200);
    expect(await getThing(clientFor(server.url, { timeoutMs: 60_000 }), { timeoutMs: 100 })).toEqual(thing);
  });
});

describe("connection errors", () => {
  it("a reset connection is an ApiConnectionError with a cause; GET is retried", async () => {
    server = await scripted("reset", "reset", 200);
    expect(await getThing(clientFor(server.url))).toEqual(thing);
    expect(server.requests).toHaveLength(3);
  });

  it("a POST whose connection reset after sending is not retried", async () => {
    server = await scripted("reset", 201);
    const error = await createThing(clientFor(server.url)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ApiConnectionError);
    expect((error as Error).cause).toBeDefined();
    expect(server.requests).toHaveLength(1);
  });

  it("a POST whose connection was refused (nothing sent) is retried", async () => {
    const closed = await startServer(() => {});
    const url = closed.url;
    await closed.close();
    const attempts: number[] = [];
    const error = await createThing(clientFor(url, { onRequest: (info: { attempt: number }) => void attempts.push(info.attempt) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ApiConnectionError);
    expect(attempts).toEqual([0, 1, 2]);
  });

  it("a custom fetch that rejects with something other than an Error still gets a readable message", async () => {
    const failing = (): Promise<Response> => Promise.reject("socket closed by proxy");
    const error = await getThing(clientFor("http://127.0.0.1:9", { fetch: failing, maxRetries: 0 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ApiConnectionError);
    expect((error as Error).message).toMatch(/failed: socket closed by proxy$/);
  });
});

describe("cancellation", () => {
  it("an aborted call rejects at once with an AbortError and is never retried", async () => {
    server = await scripted("hang");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await getThing(clientFor(server.url), { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(performance.now() - started).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(1);
  });

  it("a call with an already aborted signal sends nothing", async () => {
    server = await scripted(200);
    const error = await getThing(clientFor(server.url), { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(server.requests).toHaveLength(0);
  });

  it("aborting during the backoff wait stops the retries", async () => {
    server = await scripted(503);
    const controller = new AbortController();
    const client = clientFor(server.url, { retryDelayMs: () => 5_000, onResponse: () => controller.abort() });
    const error = await getThing(client, { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(server.requests).toHaveLength(1);
  });
});

describe("abort reasons", () => {
  it("rejects with the signal's reason itself, as fetch does: during the request, before it, and while waiting to retry", async () => {
    const reason = new Error("the user left the page");
    server = await scripted("hang");
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 30);
    await expect(getThing(clientFor(server.url), { signal: controller.signal })).rejects.toBe(reason);
    await expect(getThing(clientFor(server.url), { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    await server.close();
    server = await scripted(503);
    const waiting = new AbortController();
    // Called just before the wait: the abort comes while the client sleeps.
    const retryDelayMs = (): number => {
      setTimeout(() => waiting.abort("a reason that is not an Error"), 10);
      return 5_000;
    };
    await expect(getThing(clientFor(server.url, { retryDelayMs }), { signal: waiting.signal })).rejects.toBe("a reason that is not an Error");
    expect(server.requests).toHaveLength(1);
  });

  it("AbortSignal.timeout() rejects with its TimeoutError, so the caller can tell it from a cancel and from timeoutMs", async () => {
    server = await scripted("hang");
    const error = await getThing(clientFor(server.url), { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: "TimeoutError" });
    expect(error).not.toBeInstanceOf(api.ApiTimeoutError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("errors", () => {
  it("a 2xx whose body is not valid JSON is an ApiError with the status, never a SyntaxError", async () => {
    server = await scripted("badjson");
    const error = await getThing(clientFor(server.url)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ApiError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error).toMatchObject({ status: 200, body: "{ not json", method: "GET" });
  });

  it("HTTP errors carry status, headers, parsed body, method and URL", async () => {
    server = await scripted([404, { "x-request-id": "r1" }]);
    const error = (await getThing(clientFor(server.url)).catch((e: unknown) => e)) as Record<string, unknown> & { headers: Headers };
    expect(error).toMatchObject({ status: 404, body: { error: "status 404" }, method: "GET", url: `${server.url}/things/t1` });
    expect(error.headers.get("x-request-id")).toBe("r1");
  });

  it("no credential appears in any error's message, JSON or inspect output", async () => {
    const secret = Buffer.from(`${auth.username}:${auth.password}`).toString("base64");
    const errors: unknown[] = [];
    server = await scripted(401);
    errors.push(await getThing(clientFor(server.url)).catch((e: unknown) => e));
    await server.close();
    server = await scripted("hang");
    errors.push(await getThing(clientFor(server.url, { maxRetries: 0, timeoutMs: 50 })).catch((e: unknown) => e));
    // User info in the base URL is refused when the client is made, with an error that does not repeat it.
    errors.push(await Promise.resolve().then(() => clientFor("http://user:pw-in-url@127.0.0.1:9")).catch((e: unknown) => e));
    expect(errors.at(-1)).toMatchObject({ name: "UnsafeArgumentError" });
    for (const error of errors) {
      for (const view of [(error as Error).message, JSON.stringify(error), inspect(error, { depth: 20, showHidden: true })]) {
        expect(view).not.toContain(auth.password);
        expect(view).not.toContain(secret);
        expect(view).not.toContain("pw-in-url");
      }
    }
  });
});

describe("hooks and headers", () => {
  it("onRequest and onResponse run for every attempt, retries included", async () => {
    server = await scripted(503, 503, 200);
    const seen: string[] = [];
    const client = clientFor(server.url, {
      onRequest: (info: { method: string; attempt: number; operation: string }) => void seen.push(`request ${info.operation} ${info.method} #${info.attempt}`),
      onResponse: (info: { response: Response; attempt: number }) => void seen.push(`response ${info.response.status} #${info.attempt}`),
    });
    await getThing(client);
    expect(seen).toEqual([
      "request getThing GET #0", "response 503 #0",
      "request getThing GET #1", "response 503 #1",
      "request getThing GET #2", "response 200 #2",
    ]);
  });

  it("per-call headers are merged over client headers", async () => {
    server = await scripted(200);
    await getThing(clientFor(server.url, { headers: { "x-a": "client", "x-b": "client" } }), { headers: { "x-b": "call" } });
    expect(server.requests[0]?.headers).toMatchObject({ "x-a": "client", "x-b": "call" });
  });
});

describe("safety", () => {
  it.each(["..", "."])("a path parameter %j is refused before anything is sent", async (id) => {
    server = await scripted(200);
    const error = await api.getThing(clientFor(server.url), { path: { id } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.UnsafeArgumentError);
    expect((error as Error).message).toBe('Path parameter "id" must not be empty, "." or ".."');
    expect(server.requests).toHaveLength(0);
  });

  it("a slash in a path parameter stays inside its segment", async () => {
    server = await scripted(200);
    await api.getThing(clientFor(server.url), { path: { id: "../../admin" } });
    expect(server.requests[0]?.url).toBe("/things/..%2F..%2Fadmin");
  });

  it.each([
    ["a per-call header", { headers: { "x-evil": "a\r\nx-injected: 1" } }, {}],
    ["a header parameter", {}, { "X-Trace": "a\nb" }],
  ])("CR/LF in %s is refused before anything is sent", async (_name, options, headers) => {
    server = await scripted(200);
    const error = await api.getThing(clientFor(server.url), { path: { id: "t1" }, headers }, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.UnsafeArgumentError);
    expect(server.requests).toHaveLength(0);
  });

  it("CR/LF in a client header is refused by createClient", () => {
    expect(() => clientFor("http://127.0.0.1:9", { headers: { "x-evil": "a\r\nb" } })).toThrow(api.UnsafeArgumentError);
  });
});
