// The mock fetch of --mocks over real generated clients: routing by method and path template behind the server's
// path or a custom base URL, the example data by default, typed handlers, errors by status, recorded calls, paging.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { ROOT, tempDir } from "../helpers/cli.js";
import { typecheckFolder } from "../helpers/typecheck.js";

type Call = (client: unknown, params?: object) => Promise<unknown> & AsyncIterable<unknown>;
type Api = Record<string, Call> & { createClient: (options?: object) => unknown; ApiError: new (...args: never[]) => Error };
interface MockCall {
  operation: string | undefined;
  method: string;
  url: string;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
}
interface Mocks {
  examples: Record<string, { status: number; response?: unknown; request?: unknown }>;
  createMockFetch: (options?: { handlers?: Record<string, (request: Request, input: { params: Record<string, string>; query: Record<string, string | string[]>; body: unknown }) => unknown>; baseUrl?: string }) => typeof fetch & { calls: MockCall[] };
  reply: (status: number, body?: unknown, headers?: Record<string, string>) => unknown;
}

const temp = tempDir("mocks-");
const clients: Record<string, { dir: string; api: Api; mocks: Mocks }> = {};

beforeAll(async () => {
  for (const fixture of ["runtime", "lists"]) {
    const dir = path.join(temp.dir, fixture);
    await generate({ input: path.join(ROOT, `test/fixtures/${fixture}.json`), output: dir, mocks: "fetch" });
    clients[fixture] = { dir, api: (await import(path.join(dir, "index.js"))) as Api, mocks: (await import(path.join(dir, "mocks.js"))) as Mocks };
  }
}, 120_000);
afterAll(() => temp.remove());

describe("createMockFetch", () => {
  it("answers with the example data behind the server's path, and records the call with its path parameters", async () => {
    const { api, mocks } = clients.runtime!;
    const fetch = mocks.createMockFetch();
    const thing = await api.getThing!(api.createClient({ fetch }), { path: { id: "a b" } });
    expect(thing).toEqual(mocks.examples.getThing!.response);
    expect(fetch.calls).toEqual([{ operation: "getThing", method: "GET", url: "http://127.0.0.1:9/v1/things/a%20b", params: { id: "a b" }, query: {}, body: undefined }]);
  });

  it("routes behind a custom base URL, and gives a handler the params and the parsed body", async () => {
    const { api, mocks } = clients.runtime!;
    const seen: unknown[] = [];
    const fetch = mocks.createMockFetch({
      baseUrl: "https://mock.test/api/v2",
      handlers: {
        createThing: (request, { body }) => {
          seen.push(request.method, body);
          return { id: "made", name: "by the handler" };
        },
      },
    });
    const client = api.createClient({ fetch, baseUrl: "https://mock.test/api/v2" });
    const body = mocks.examples.createThing!.request;
    expect(await api.createThing!(client, { body })).toEqual({ id: "made", name: "by the handler" });
    expect(seen).toEqual(["POST", body]);
    expect(fetch.calls.map((call) => [call.operation, call.url])).toEqual([["createThing", "https://mock.test/api/v2/things"]]);
  });

  it("answers an error by status with its body, which the client throws as an ApiError", async () => {
    const { api, mocks } = clients.runtime!;
    const fetch = mocks.createMockFetch({ handlers: { getThing: () => mocks.reply(404, { message: "no such thing" }, { "x-request-id": "r1" }) } });
    const error = (await api.getThing!(api.createClient({ fetch, maxRetries: 0 }), { path: { id: "x" } }).catch((caught: unknown) => caught)) as { status: number; body: unknown };
    expect(error).toBeInstanceOf(api.ApiError);
    expect(error.status).toBe(404);
    expect(error.body).toEqual({ message: "no such thing" });
  });

  it("answers 404 for a request no operation matches, and records it", async () => {
    const { mocks } = clients.runtime!;
    const fetch = mocks.createMockFetch();
    const response = await fetch("http://127.0.0.1:9/v1/nowhere", { method: "PATCH" });
    expect(response.status).toBe(404);
    expect(fetch.calls[0]!.operation).toBeUndefined();
  });

  it("pages through a list with a handler that reads the cursor from the query", async () => {
    const { api, mocks } = clients.lists!;
    const pages: Record<string, { items: Array<{ id: string }>; next_cursor: string | null }> = {
      "": { items: [{ id: "1" }, { id: "2" }], next_cursor: "c2" },
      c2: { items: [{ id: "3" }], next_cursor: null },
    };
    const fetch = mocks.createMockFetch({ handlers: { listByCursor: (_request, { query }) => pages[String(query.cursor ?? "")] } });
    const ids: string[] = [];
    for await (const item of api.listByCursor!(api.createClient({ fetch }))) ids.push((item as { id: string }).id);
    expect(ids).toEqual(["1", "2", "3"]);
    expect(fetch.calls.map((call) => call.query)).toEqual([{}, { cursor: "c2" }]);
  });

  it("types handlers by the operation's body, response and error types", () => {
    const { dir } = clients.runtime!;
    writeFileSync(
      path.join(dir, "consumer.ts"),
      [
        `import { createClient, getThing } from "./index.js";`,
        `import { createMockFetch, examples, reply } from "./mocks.js";`,
        `const fetch = createMockFetch({ handlers: {`,
        `  getThing: (_request, { params }) => ({ ...examples.getThing.response, id: params.id! }),`,
        `  replaceThing: (_request, { body }) => reply(409, body),`,
        `} });`,
        `createMockFetch({ handlers: {`,
        `  // @ts-expect-error: a body that is not the operation's response`,
        `  getThing: () => ({ nope: true }),`,
        `} });`,
        `// @ts-expect-error: no such operation`,
        `createMockFetch({ handlers: { getNothing: () => ({}) } });`,
        `export const thing: Promise<{ id: string }> = getThing(createClient({ fetch }), { path: { id: "1" } });`,
        `export const calls: string[] = fetch.calls.map((call) => call.url);`,
      ].join("\n"),
    );
    expect(typecheckFolder(dir)).toEqual([]);
  });

  it.each([
    ["Deno", ["deno", "run", "--quiet", "--no-config", "--allow-read"]],
    ["Bun", ["bun"]],
  ])("runs in %s (web-standard APIs only)", (_runtime, command) => {
    const { dir } = clients.runtime!;
    const script = path.join(dir, "engine.mjs");
    writeFileSync(
      script,
      [
        `import { createClient, getThing } from "./index.js";`,
        `import { createMockFetch, examples } from "./mocks.js";`,
        `const fetch = createMockFetch();`,
        `const thing = await getThing(createClient({ fetch }), { path: { id: "1" } });`,
        `console.log(JSON.stringify({ same: JSON.stringify(thing) === JSON.stringify(examples.getThing.response), calls: fetch.calls.length }));`,
      ].join("\n"),
    );
    const [bin, ...args] = command as [string, ...string[]];
    const output = execFileSync(path.join(ROOT, "node_modules/.bin", bin), [...args, script], { encoding: "utf8", env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" } });
    expect(JSON.parse(output)).toEqual({ same: true, calls: 1 });
  }, 60_000);
});

describe("the example of a list", () => {
  it("is its last page, so iterating the default answer ends", async () => {
    const { api, mocks } = clients.lists!;
    const fetch = mocks.createMockFetch();
    const items: unknown[] = [];
    for await (const item of api.listByCursor!(api.createClient({ fetch }))) items.push(item);
    expect(items).toEqual((mocks.examples.listByCursor!.response as { items: unknown[] }).items);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe("names from the spec or the request", () => {
  it("keeps a query parameter named __proto__ a parameter, and calls no inherited member as a handler", async () => {
    const { mocks } = clients.runtime!;
    const fetch = mocks.createMockFetch({ handlers: Object.create({ getThing: () => ({ id: "inherited" }) }) as never });
    const response = await fetch("http://127.0.0.1:9/v1/things/1?__proto__=x&a=1&a=2");
    expect(await response.json()).toEqual(mocks.examples.getThing!.response);
    expect(Object.getPrototypeOf(fetch.calls[0]!.query)).toBe(Object.prototype);
    expect(Object.entries(fetch.calls[0]!.query)).toEqual([["__proto__", "x"], ["a", ["1", "2"]]]);
  });
});
