// What the client asks for and how it reads what comes back (test/fixtures/reading.json, over loopback): the Accept
// header, statuses the spec does not declare, and an empty last path parameter.
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { generateToTemp } from "../helpers/generate.js";
import { startServer, type RecordedRequest, type TestServer } from "../helpers/server.js";

type Call = (client: unknown, params?: object, options?: object) => Promise<unknown>;
type Api = Record<string, Call> & {
  createClient: (options?: object) => unknown;
  ApiError: new (...args: never[]) => Error;
  ApiConnectionError: new (...args: never[]) => Error;
  UnsafeArgumentError: new (...args: never[]) => Error;
};

let api: Api;
let dir: string;
let remove: () => void;
let server: TestServer;
let route: (request: RecordedRequest, response: ServerResponse) => void;

beforeAll(async () => {
  ({ dir, remove } = await generateToTemp(path.join(ROOT, "test/fixtures/reading.json")));
  api = (await import(path.join(dir, "index.js"))) as Api;
  server = await startServer((request, response) => route(request, response));
});
afterAll(async () => {
  await server.close();
  remove();
});
beforeEach(() => {
  server.requests.length = 0;
});

const client = (): unknown => api.createClient({ baseUrl: server.url, maxRetries: 0 });
const reply = (status: number, type: string | undefined, body: string | Buffer, headers: Record<string, string> = {}) => (_request: RecordedRequest, response: ServerResponse) => {
  response.writeHead(status, { ...(type ? { "content-type": type } : {}), ...headers });
  response.end(body);
};
const accepted = (): string | undefined => server.requests.at(-1)?.headers.accept;

describe("Accept", () => {
  it("lists what the client reads, success and error alike: JSON and problem+json, not the XML it cannot parse", async () => {
    route = reply(200, "application/json", '{"id":"r1"}');
    await api.getReport!(client(), { path: { id: "r1" } });
    expect(accepted()).toBe("application/json, application/problem+json");
  });

  it("a text success comes first, then the error types; a binary-only error is left out", async () => {
    route = reply(200, "text/csv", "a,b\n1,2\n");
    expect(await api.exportReport!(client(), { path: { id: "r1" } })).toBe("a,b\n1,2\n");
    expect(accepted()).toBe("text/csv, application/problem+json");
  });

  it("a mock answering application/problem+json is read: the error's body is the parsed problem", async () => {
    route = reply(404, "application/problem+json", '{"title":"no such report","status":404}');
    const error = await api.getReport!(client(), { path: { id: "nope" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ApiError);
    expect(error).toMatchObject({ status: 404, body: { title: "no such report", status: 404 } });
  });

  it("an operation whose responses are all plain JSON sends application/json, as before", async () => {
    route = reply(200, "application/json", "[]");
    await api.getContent!(client(), { path: { owner: "o", repo: "r", path: "README.md" } });
    expect(accepted()).toBe("application/json");
  });
});

describe("a status the spec does not declare is read by its Content-Type", () => {
  it("an operation that declares no success is typed to resolve to unknown, not void", () => {
    expect(readFileSync(path.join(dir, "types.d.ts"), "utf8")).toContain("export type DownloadArchiveResponse = unknown;");
  });

  it("an operation that declares only 302 resolves to the Blob of the 200 application/x-gzip that fetch followed to", async () => {
    const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);
    route = (request, response) => {
      if (request.url === "/reports/r1/archive") return void response.writeHead(302, { location: "/files/r1.tar.gz" }).end();
      reply(200, "application/x-gzip", gzip)(request, response);
    };
    const data = await api.downloadArchive!(client(), { path: { id: "r1" } });
    expect(data).toBeInstanceOf(Blob);
    expect((data as Blob).type).toBe("application/x-gzip");
    expect(Buffer.from(await (data as Blob).arrayBuffer())).toEqual(gzip);
    expect(server.requests.map((request) => request.url)).toEqual(["/reports/r1/archive", "/files/r1.tar.gz"]);
  });

  it.each([
    ["application/json", '{"a":1}', { a: 1 }],
    ["application/vnd.github+json; charset=utf-8", "[1,2]", [1, 2]],
    ["text/html; charset=utf-8", "<p>moved</p>", "<p>moved</p>"],
  ])("undeclared 200 with %s", async (type, body, want) => {
    route = reply(200, type, body);
    expect(await api.downloadArchive!(client(), { path: { id: "r1" } })).toEqual(want);
  });

  it("an undeclared 200 that says JSON but is not rejects with an ApiError, as a declared one does", async () => {
    route = reply(200, "application/json", "{ not json");
    await expect(api.downloadArchive!(client(), { path: { id: "r1" } })).rejects.toMatchObject({ name: "ApiError", status: 200, body: "{ not json" });
  });

  it("an undeclared 200 beside a declared 201: the 201 is JSON as the spec says, the 200 is text as it says", async () => {
    route = reply(201, "application/json", '{"id":"r2"}');
    expect(await api.createReport!(client(), { body: { id: "r2" } })).toEqual({ id: "r2" });
    route = reply(200, "text/plain", "queued");
    expect(await api.createReport!(client(), { body: { id: "r2" } })).toBe("queued");
  });

  it("a declared JSON status still rejects a body that is not JSON, whatever its Content-Type says", async () => {
    route = reply(201, "text/html", "<html>proxy error</html>");
    const error = await api.createReport!(client(), { body: { id: "r2" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ApiError);
    expect(error).toMatchObject({ status: 201, body: "<html>proxy error</html>" });
    expect((error as Error).message).toMatch(/not valid JSON/);
  });

  it("an undeclared error status is still an ApiError, its body JSON when it says so and text otherwise", async () => {
    route = reply(503, "text/plain", "maintenance");
    await expect(api.createReport!(client(), { body: { id: "r2" } })).rejects.toMatchObject({ status: 503, body: "maintenance" });
    route = reply(418, "application/json", '{"teapot":true}');
    await expect(api.createReport!(client(), { body: { id: "r2" } })).rejects.toMatchObject({ status: 418, body: { teapot: true } });
  });
});

describe("an empty path parameter", () => {
  it("is sent when nothing follows it in the template: GitHub's root listing, with a trailing slash", async () => {
    route = reply(200, "application/json", '[{"name":"README.md"}]');
    expect(await api.getContent!(client(), { path: { owner: "o", repo: "r", path: "" } })).toEqual([{ name: "README.md" }]);
    expect(server.requests.at(-1)?.url).toBe("/repos/o/r/contents/");
  });

  it("is refused mid-path, and so are . and .. at the end, before anything is sent", async () => {
    route = reply(200, "application/json", "[]");
    for (const params of [{ owner: "", repo: "r", path: "x" }, { owner: "o", repo: "", path: "" }, { owner: "o", repo: "r", path: ".." }, { owner: "o", repo: "r", path: "." }]) {
      const error = await api.getContent!(client(), { path: params }).catch((e: unknown) => e);
      expect(error, JSON.stringify(params)).toBeInstanceOf(api.UnsafeArgumentError);
    }
    expect(server.requests).toHaveLength(0);
  });
});
