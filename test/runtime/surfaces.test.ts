// What SDK users reach for after the first call, against a loopback server: response metadata, auto-pagination,
// server-sent events, idempotency keys and request ids (test/fixtures/lists.json).
import { writeFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { generateToTemp } from "../helpers/generate.js";
import { startServer, type RecordedRequest, type TestServer } from "../helpers/server.js";
import { typecheckFolder } from "../helpers/typecheck.js";

type Call = (client: unknown, params?: object, options?: object) => ApiPromiseLike;
interface ApiPromiseLike extends Promise<unknown>, AsyncIterable<unknown> {
  withResponse(): Promise<{ data: unknown; response: Response }>;
  asResponse(): Promise<Response>;
  pages(): AsyncIterable<unknown>;
}
type Api = Record<string, Call> & { createClient: (options?: object) => unknown };

let api: Api;
let dir: string;
let remove: () => void;
let server: TestServer;
let route: (request: RecordedRequest, response: ServerResponse, url: URL) => void;
/** Requests the server saw whose connection closed before the response ended. */
const closedEarly: string[] = [];

beforeAll(async () => {
  ({ dir, remove } = await generateToTemp(path.join(ROOT, "test/fixtures/lists.json")));
  api = (await import(path.join(dir, "index.js"))) as Api;
  server = await startServer((request, response) => {
    response.on("close", () => {
      if (!response.writableEnded) closedEarly.push(request.url);
    });
    route(request, response, new URL(request.url, "http://x"));
  });
});
afterAll(async () => {
  await server.close();
  remove();
});
beforeEach(() => {
  server.requests.length = 0;
  closedEarly.length = 0;
});

const client = (options: object = {}): unknown => api.createClient({ baseUrl: server.url, retryDelayMs: () => 1, ...options });
function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}
const items = (from: number, count: number): Array<{ id: string; n: number }> => Array.from({ length: count }, (_, i) => ({ id: `i${from + i}`, n: from + i }));

describe("response metadata", () => {
  beforeEach(() => {
    route = (request, response, url) => {
      if (url.pathname === "/report") {
        response.writeHead(200, { "content-type": "application/octet-stream", etag: '"v1"' });
        response.end(Buffer.from("report bytes"));
      } else json(response, 201, { id: "pay_1" }, { "x-ratelimit-remaining": "41" });
    };
  });

  it("awaiting gives the body; withResponse the body and the Response; one request each", async () => {
    expect(await api.createPayment!(client(), { body: { amount: 5 } })).toEqual({ id: "pay_1" });
    const { data, response } = await api.createPayment!(client(), { body: { amount: 5 } }).withResponse();
    expect(data).toEqual({ id: "pay_1" });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-ratelimit-remaining")).toBe("41");
    expect(server.requests).toHaveLength(2);
  });

  it("asResponse gives the 2xx Response with its body unread, for streaming a download", async () => {
    const response = await api.downloadReport!(client()).asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(response.headers.get("etag")).toBe('"v1"');
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
    expect(Buffer.concat(chunks).toString()).toBe("report bytes");
    expect(server.requests).toHaveLength(1);
  });

  it("aborting while the body of asResponse() is read rejects the read with the signal's reason", async () => {
    route = (_request, response) => {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.write("the first bytes"); // and never the rest
    };
    const reason = new Error("download cancelled");
    const controller = new AbortController();
    const response = await api.downloadReport!(client(), undefined, { signal: controller.signal }).asResponse();
    const read = response.arrayBuffer();
    controller.abort(reason);
    await expect(read).rejects.toBe(reason);
  });

  it("asResponse still rejects with ApiError on other statuses, after retrying as the call would", async () => {
    route = (_request, response, _url) => json(response, 503, { error: "busy" });
    const error = await api.downloadReport!(client({ maxRetries: 1 })).asResponse().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ApiError", status: 503, body: { error: "busy" } });
    expect(server.requests).toHaveLength(2);
  });

  it("ApiError.requestId is the x-request-id or request-id header, and the message shows it", async () => {
    route = (request, response) => json(response, 404, { error: "no" }, request.url.includes("amount") ? {} : { [server.requests.length > 1 ? "request-id" : "x-request-id"]: `req_${server.requests.length}` });
    const first = await api.downloadReport!(client()).catch((e: unknown) => e);
    expect(first).toMatchObject({ requestId: "req_1", message: expect.stringContaining("(request id req_1)") });
    const second = await api.downloadReport!(client()).catch((e: unknown) => e);
    expect(second).toMatchObject({ requestId: "req_2" });
    expect(JSON.parse(JSON.stringify(second))).toMatchObject({ requestId: "req_2" });
  });
});

describe("auto-pagination", () => {
  it("cursor: iterates every item lazily, keeps the other query parameters, and stops at a null cursor", async () => {
    route = (_request, response, url) => {
      const page = Number(url.searchParams.get("cursor") ?? 0);
      json(response, 200, { items: items(page * 2, 2), next_cursor: page < 2 ? String(page + 1) : null });
    };
    const seen: unknown[] = [];
    for await (const item of api.listByCursor!(client(), { query: { status: "open", limit: 2 } })) seen.push((item as { id: string }).id);
    expect(seen).toEqual(["i0", "i1", "i2", "i3", "i4", "i5"]);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/cursor?limit=2&status=open",
      "/cursor?cursor=1&limit=2&status=open",
      "/cursor?cursor=2&limit=2&status=open",
    ]);
  });

  it("awaiting gives the first page; breaking out of the loop fetches no more pages", async () => {
    route = (_request, response) => json(response, 200, { items: items(0, 2), next_cursor: "more" });
    expect(await api.listByCursor!(client())).toEqual({ items: items(0, 2), next_cursor: "more" });
    expect(server.requests).toHaveLength(1);
    server.requests.length = 0;
    for await (const item of api.listByCursor!(client())) {
      expect(item).toEqual(items(0, 1)[0]);
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it("pages() yields the typed page bodies; a nested next cursor (Slack's response_metadata) is followed", async () => {
    route = (_request, response, url) => {
      const cursor = url.searchParams.get("cursor");
      json(response, 200, { ok: true, members: cursor ? ["c"] : ["a", "b"], response_metadata: { next_cursor: cursor ? "" : "p2" } });
    };
    const pages: unknown[] = [];
    for await (const page of api.listMembers!(client()).pages()) pages.push(page);
    expect(pages).toEqual([
      { ok: true, members: ["a", "b"], response_metadata: { next_cursor: "p2" } },
      { ok: true, members: ["c"], response_metadata: { next_cursor: "" } },
    ]);
  });

  it("has-more (Stripe): passes the last item's id as starting_after while has_more is true", async () => {
    route = (_request, response, url) => {
      const after = url.searchParams.get("starting_after");
      const from = after ? Number(after.slice(1)) + 1 : 0;
      json(response, 200, { object: "list", data: items(from, 3), has_more: from < 6 });
    };
    const ids: string[] = [];
    for await (const charge of api.listCharges!(client(), { query: { limit: 3 } })) ids.push((charge as { id: string }).id);
    expect(ids).toEqual(["i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8"]);
    expect(server.requests.map((request) => request.url)).toEqual(["/charges?limit=3", "/charges?starting_after=i2&limit=3", "/charges?starting_after=i5&limit=3"]);
  });

  it("Link header (GitHub): follows rel=\"next\" on the same origin, and never to another host", async () => {
    route = (_request, response, url) => {
      const page = Number(url.searchParams.get("page") ?? 1);
      const next = page === 1 ? `<${server.url}/repos?per_page=2&page=2>; rel="next", <${server.url}/repos?page=9>; rel="last"` : page === 2 ? `<http://example.invalid/repos?page=3>; rel="next"` : "";
      json(response, 200, items(page * 10, 2), next ? { link: next } : {});
    };
    const ids: string[] = [];
    for await (const repo of api.listRepos!(client(), { query: { per_page: 2 } })) ids.push((repo as { id: string }).id);
    expect(ids).toEqual(["i10", "i11", "i20", "i21"]);
    expect(server.requests.map((request) => request.url)).toEqual(["/repos?per_page=2", "/repos?per_page=2&page=2"]);
  });

  it("offset: counts on by the page's length and stops on a short page; page: stops on an empty page", async () => {
    route = (_request, response, url) => {
      if (url.pathname === "/offset") {
        const offset = Number(url.searchParams.get("offset") ?? 0);
        json(response, 200, { results: items(offset, offset >= 4 ? 1 : 2), total: 5 });
      } else {
        const page = Number(url.searchParams.get("page") ?? 1);
        json(response, 200, page > 2 ? [] : [page * 10, page * 10 + 1]);
      }
    };
    const byOffset: string[] = [];
    for await (const item of api.listByOffset!(client(), { query: { limit: 2 } })) byOffset.push((item as { id: string }).id);
    expect(byOffset).toEqual(["i0", "i1", "i2", "i3", "i4"]);
    const byPage: unknown[] = [];
    for await (const n of api.listByPage!(client())) byPage.push(n);
    expect(byPage).toEqual([10, 11, 20, 21]);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/offset?limit=2",
      "/offset?offset=2&limit=2",
      "/offset?offset=4&limit=2",
      "/pages",
      "/pages?page=2",
      "/pages?page=3",
    ]);
  });

  it("x-pagination: the spec names the parameter, the next cursor and the items", async () => {
    route = (_request, response, url) => {
      const from = url.searchParams.get("from");
      json(response, 200, { entries: from ? ["c"] : ["a", "b"], meta: from ? {} : { continue_from: "k2" } });
    };
    const entries: unknown[] = [];
    for await (const entry of api.listEntries!(client())) entries.push(entry);
    expect(entries).toEqual(["a", "b", "c"]);
  });

  it("aborting while a later page is fetched rejects the loop with the signal's reason", async () => {
    const reason = new Error("enough pages");
    const controller = new AbortController();
    route = (_request, response, url) => {
      // The second page never comes: the abort ends the wait for it.
      if (url.searchParams.has("cursor")) return void controller.abort(reason);
      json(response, 200, { items: items(0, 2), next_cursor: "1" });
    };
    const seen: unknown[] = [];
    const loop = (async () => {
      for await (const item of api.listByCursor!(client(), {}, { signal: controller.signal })) seen.push(item);
    })();
    await expect(loop).rejects.toBe(reason);
    expect(seen).toEqual(items(0, 2));
  });

  it("a page whose fetch fails rejects the loop with its ApiError, after the items before it", async () => {
    route = (_request, response, url) => {
      if (url.searchParams.get("cursor")) json(response, 500, { error: "boom" });
      else json(response, 200, { items: items(0, 2), next_cursor: "2" });
    };
    const seen: unknown[] = [];
    const loop = (async () => {
      for await (const item of api.listByCursor!(client({ maxRetries: 1 }))) seen.push(item);
    })();
    await expect(loop).rejects.toMatchObject({ name: "ApiError", status: 500 });
    expect(seen).toHaveLength(2);
    expect(server.requests).toHaveLength(3); // the first page, then the failing one and its retry
  });
});

describe("server-sent events", () => {
  it("yields each event's data parsed as JSON; comments skipped, multi-line data joined, event, id and retry read", async () => {
    route = (request, response) => {
      expect(request.headers.accept).toBe("text/event-stream");
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write("\uFEFF: a comment\r\n");
      response.write('data: {"n":\ndata: 1}\n\n');
      response.write('event: tick\nid: 7\nretry: 3000\ndata:{"n":2}\r\n\r\n');
      response.write('data: {"n":3}\r');
      response.end("\r");
    };
    const ticks: unknown[] = [];
    for await (const tick of await api.streamEvents!(client(), { query: { topic: "t" } }) as unknown as AsyncIterable<unknown>) ticks.push(tick);
    expect(ticks).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    const stream = (await api.streamEvents!(client())) as { events(): AsyncIterable<unknown> };
    const events: unknown[] = [];
    for await (const event of stream.events()) events.push(event);
    expect(events).toEqual([
      { event: "message", data: { n: 1 }, id: undefined, retry: undefined },
      { event: "tick", data: { n: 2 }, id: "7", retry: 3000 },
      { event: "message", data: { n: 3 }, id: "7", retry: undefined },
    ]);
  });

  it("a string stream yields text; a server that closes midway ends the loop without the partial event", async () => {
    route = (_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write("data: line one\n\ndata: line two\n\ndata: cut off");
      setTimeout(() => response.destroy(), 20);
    };
    const lines: unknown[] = [];
    const loop = (async () => {
      for await (const line of (await api.streamLog!(client())) as unknown as AsyncIterable<unknown>) lines.push(line);
    })();
    await loop.catch(() => undefined); // a torn connection may end the stream with an error or a plain end
    expect(lines).toEqual(["line one", "line two"]);
  });

  it("breaking out of the loop, or aborting, closes the connection; a non-2xx rejects before any event", async () => {
    route = (_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      const timer = setInterval(() => response.write('data: {"n":0}\n\n'), 5);
      response.on("close", () => clearInterval(timer));
    };
    for await (const tick of (await api.streamEvents!(client())) as unknown as AsyncIterable<unknown>) {
      expect(tick).toEqual({ n: 0 });
      break;
    }
    await vi_waitFor(() => closedEarly.length === 1);
    const controller = new AbortController();
    const stream = (await api.streamEvents!(client(), {}, { signal: controller.signal })) as unknown as AsyncIterable<unknown>;
    const loop = (async () => {
      for await (const _tick of stream) controller.abort();
    })();
    await expect(loop).rejects.toMatchObject({ name: "AbortError" });
    await vi_waitFor(() => closedEarly.length === 2);
    route = (_request, response) => json(response, 401, { error: "who" });
    await expect(api.streamEvents!(client())).rejects.toMatchObject({ name: "ApiError", status: 401 });
  });

  it("aborting a stream rejects its loop with the signal's reason, as fetch does", async () => {
    route = (_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      const timer = setInterval(() => response.write('data: {"n":0}\n\n'), 5);
      response.on("close", () => clearInterval(timer));
    };
    const reason = new Error("the user closed the feed");
    const controller = new AbortController();
    const stream = (await api.streamEvents!(client(), {}, { signal: controller.signal })) as unknown as AsyncIterable<unknown>;
    const loop = (async () => {
      for await (const _tick of stream) controller.abort(reason);
    })();
    await expect(loop).rejects.toBe(reason);
  });

  it("a stream outlives the call's timeout, which covers only the wait for the response", async () => {
    route = (_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.flushHeaders();
      setTimeout(() => response.end('data: {"n":9}\n\n'), 120);
    };
    const ticks: unknown[] = [];
    for await (const tick of (await api.streamEvents!(client({ timeoutMs: 50 }))) as unknown as AsyncIterable<unknown>) ticks.push(tick);
    expect(ticks).toEqual([{ n: 9 }]);
  });
});

describe("idempotency keys", () => {
  it("an operation with an Idempotency-Key parameter sends a fresh key, the same on each retry, and is retried", async () => {
    route = (_request, response) => json(response, server.requests.length === 1 ? 500 : 201, { id: "pay_1" });
    await api.createPayment!(client(), { body: { amount: 1 } });
    const keys = server.requests.map((request) => request.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    server.requests.length = 0;
    await api.createPayment!(client(), { body: { amount: 1 } });
    expect(server.requests[0]!.headers["idempotency-key"]).not.toBe(keys[0]);
  });

  it("a key the caller passes is sent as is", async () => {
    route = (_request, response) => json(response, 201, { id: "pay_1" });
    await api.createPayment!(client(), { headers: { "Idempotency-Key": "mine-1" }, body: { amount: 1 } });
    expect(server.requests[0]!.headers["idempotency-key"]).toBe("mine-1");
  });

  it("createClient({ idempotencyHeader }) keys every POST and PATCH, which are then retried after a timeout", async () => {
    route = (_request, response) => {
      if (server.requests.length === 1) return; // the first attempt hangs
      json(response, 201, { id: "o_1" });
    };
    await api.createOrder!(client({ idempotencyHeader: "Idempotency-Key", timeoutMs: 100 }));
    const keys = server.requests.map((request) => request.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    server.requests.length = 0;
    route = (_request, response) => json(response, 500, {});
    await expect(api.createOrder!(client({ maxRetries: 1 }))).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1); // without a key, a POST is not retried after a 500
    expect(server.requests[0]!.headers["idempotency-key"]).toBeUndefined();
  });
});

describe("types of what each surface yields", () => {
  it("compile as a user writes them", () => {
    writeFileSync(
      path.join(dir, "consumer.ts"),
      `import { createClient, listByCursor, listCharges, listRepos, streamEvents, streamLog, createPayment, type Item, type Tick, type ListChargesResponse, type ServerSentEvent, type ApiPromise } from "./index.js";
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const client = createClient();
export async function check(): Promise<void> {
  for await (const item of listByCursor(client, { query: { limit: 1 } })) { const ok: Equal<typeof item, Item> = true; void ok; }
  for await (const charge of listCharges(client)) { const ok: Equal<typeof charge, Item> = true; void ok; }
  for await (const page of listCharges(client).pages()) { const ok: Equal<typeof page, ListChargesResponse> = true; void ok; }
  for await (const repo of listRepos(client)) { const ok: Equal<typeof repo, Item> = true; void ok; }
  const first = await listCharges(client); const firstOk: Equal<typeof first, ListChargesResponse> = true; void firstOk;
  for await (const tick of await streamEvents(client)) { const ok: Equal<typeof tick, Tick> = true; void ok; }
  for await (const event of (await streamEvents(client)).events()) { const ok: Equal<typeof event, ServerSentEvent<Tick>> = true; void ok; }
  for await (const line of await streamLog(client)) { const ok: Equal<typeof line, string> = true; void ok; }
  const call: ApiPromise<{ id?: string }> = createPayment(client, { body: { amount: 1 } });
  const { data, response } = await call.withResponse(); const dataOk: Equal<typeof data, { id?: string }> = true; void dataOk;
  const raw: Response = await call.asResponse(); void raw; void response;
  // @ts-expect-error a stream's events are not pages
  void streamEvents(client).pages;
}
`,
    );
    expect(typecheckFolder(dir)).toEqual([]);
  });
});

async function vi_waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}
