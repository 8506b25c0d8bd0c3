// Where each operation's request goes: its own server by default, the caller's `baseUrl` for every operation when
// given, one server redirected through `servers`, and server variables with each. Real loopback servers throughout.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { generateToTemp } from "../helpers/generate.js";
import { startServer, type TestServer } from "../helpers/server.js";

type Call = (client: unknown) => Promise<unknown>;
type Api = { createClient: (options?: object) => unknown; getA: Call; getB: Call; getC: Call };

let main: TestServer, files: TestServer, other: TestServer, mock: TestServer;
let api: Api;
let mainTemplate: string, filesTemplate: string;
const cleanups: Array<() => void | Promise<void>> = [];

beforeAll(async () => {
  const answer = (name: string) => startServer((request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ server: name, url: request.url }));
  });
  [main, files, other, mock] = await Promise.all([answer("main"), answer("files"), answer("other"), answer("mock")]);
  const port = (server: TestServer): string => new URL(server.url).port;
  mainTemplate = "http://127.0.0.1:{port}/{version}";
  filesTemplate = `http://127.0.0.1:${port(files)}/files`;
  const ok = { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } };
  const spec = {
    openapi: "3.0.3",
    info: { title: "Multi-host", version: "1" },
    servers: [{ url: mainTemplate, variables: { port: { default: port(main) }, version: { default: "v1", enum: ["v1", "v2"] } } }],
    paths: {
      "/a": { get: { operationId: "getA", responses: ok } },
      "/b": { servers: [{ url: filesTemplate }], get: { operationId: "getB", responses: ok } },
      "/c": { get: { operationId: "getC", servers: [{ url: `http://127.0.0.1:${port(other)}/{stage}`, variables: { stage: { default: "live" } } }], responses: ok } },
    },
  };
  const work = tempDir("servers-");
  const input = path.join(work.dir, "openapi.json");
  writeFileSync(input, JSON.stringify(spec));
  const output = await generateToTemp(input);
  api = (await import(path.join(output.dir, "index.js"))) as Api;
  cleanups.push(work.remove, output.remove, () => main.close(), () => files.close(), () => other.close(), () => mock.close());
});
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function callAll(options: object): Promise<unknown[]> {
  const client = api.createClient(options);
  return [await api.getA(client), await api.getB(client), await api.getC(client)];
}

describe("servers", () => {
  it("without baseUrl, each operation goes to its own server", async () => {
    expect(await callAll({})).toEqual([
      { server: "main", url: "/v1/a" },
      { server: "files", url: "/files/b" },
      { server: "other", url: "/live/c" },
    ]);
  });

  it("an explicit baseUrl wins for every operation, also those with servers of their own", async () => {
    expect(await callAll({ baseUrl: `${mock.url}/mock` })).toEqual([
      { server: "mock", url: "/mock/a" },
      { server: "mock", url: "/mock/b" },
      { server: "mock", url: "/mock/c" },
    ]);
  });

  it("`servers` redirects one host and leaves the others", async () => {
    expect(await callAll({ servers: { [filesTemplate]: `${mock.url}/redirected` } })).toEqual([
      { server: "main", url: "/v1/a" },
      { server: "mock", url: "/redirected/b" },
      { server: "other", url: "/live/c" },
    ]);
  });

  it("server variables fill in every server's URL, and yield to baseUrl and to servers", async () => {
    expect(await callAll({ serverVariables: { version: "v2", stage: "beta" } })).toEqual([
      { server: "main", url: "/v2/a" },
      { server: "files", url: "/files/b" },
      { server: "other", url: "/beta/c" },
    ]);
    expect(await callAll({ baseUrl: mock.url, serverVariables: { version: "v2", stage: "beta" } })).toEqual([
      { server: "mock", url: "/a" },
      { server: "mock", url: "/b" },
      { server: "mock", url: "/c" },
    ]);
    expect(await callAll({ servers: { [mainTemplate]: `${mock.url}/main` }, serverVariables: { stage: "beta" } })).toEqual([
      { server: "mock", url: "/main/a" },
      { server: "files", url: "/files/b" },
      { server: "other", url: "/beta/c" },
    ]);
  });

  it("refuses a replacement URL with user info, like baseUrl", () => {
    expect(() => api.createClient({ servers: { [filesTemplate]: "http://user:secret@127.0.0.1/" } })).toThrow(/user info/);
  });
});
