// The runtime behind each feature fixture, over a real loopback server: parameter styles, bodies, responses, auth.
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { generateToTemp } from "../helpers/generate.js";
import { startServer, type RecordedRequest, type TestServer } from "../helpers/server.js";

type Api = Record<string, (...args: unknown[]) => Promise<unknown>> & { createClient: (options?: object) => { options: { baseUrl: string } } };
const apis: Record<string, Api> = {};
const cleanups: Array<() => void> = [];
let server: TestServer;
let reply: (request: RecordedRequest) => { status: number; type?: string; body?: string | Buffer } = () => ({ status: 204 });

beforeAll(async () => {
  for (const fixture of ["parameters", "bodies", "responses", "security", "servers"]) {
    const output = await generateToTemp(path.join(ROOT, "test/fixtures", `${fixture}.json`));
    cleanups.push(output.remove);
    apis[fixture] = (await import(path.join(output.dir, "index.js"))) as Api;
  }
  server = await startServer((request, response) => {
    const { status, type, body } = reply(request);
    response.writeHead(status, type ? { "content-type": type } : {});
    response.end(body);
  });
});
afterAll(async () => {
  await server.close();
  cleanups.forEach((remove) => remove());
});
beforeEach(() => {
  server.requests.length = 0;
  reply = () => ({ status: 200, type: "application/json", body: "{}" });
});
const last = (): RecordedRequest => server.requests.at(-1)!;

describe("parameter styles", () => {
  it("serializes path, query, header and cookie parameters as each one's style says", async () => {
    const api = apis.parameters!;
    await api.listItems!(api.createClient({ baseUrl: server.url }), {
      path: { simple: ["a", "b c"], label: ["x", "y"], matrix: ["m", "n"] },
      query: {
        limit: 10,
        tags: ["t1", "t2"],
        ids: [1, 2],
        words: ["hello", "world"],
        pipes: ["p", "q"],
        filter: { status: "open", created: { gte: 5 } },
        point: { x: 1, y: 2 },
      },
      headers: { "X-Request-ID": "req-1" },
      cookies: { session: "s 1" },
    });
    const [pathname, search] = last().url.split("?");
    expect(pathname).toBe("/items/a,b%20c/.x,y/;matrix=m;matrix=n");
    expect(search!.split("&")).toEqual([
      "limit=10", "tags=t1", "tags=t2", "ids=1,2", "words=hello%20world", "pipes=p|q",
      "filter%5Bstatus%5D=open", "filter%5Bcreated%5D%5Bgte%5D=5", "point=x,1,y,2",
    ]);
    expect(last().headers["x-request-id"]).toBe("req-1");
    expect(last().headers.cookie).toBe("session=s%201");
  });

  it("leaves out optional parameters that are not given", async () => {
    const api = apis.parameters!;
    await api.listItems!(api.createClient({ baseUrl: server.url }), { path: { simple: ["a"], label: ["b"], matrix: ["c"] }, headers: { "X-Request-ID": "r" } });
    expect(last().url).toBe("/items/a/.b/;matrix=c");
    expect(last().headers.cookie).toBeUndefined();
  });
});

describe("request bodies", () => {
  const client = (): unknown => apis.bodies!.createClient({ baseUrl: server.url });

  it("sends +json media types as JSON with their own content type", async () => {
    reply = () => ({ status: 204 });
    expect(await apis.bodies!.sendJson!(client(), { body: { name: "x" } })).toBeUndefined();
    expect(last().headers["content-type"]).toBe("application/vnd.api+json");
    expect(JSON.parse(last().body.toString())).toEqual({ name: "x" });
  });

  it("sends multipart/form-data with files as Blobs, arrays repeated, objects as JSON parts and `encoding` content types", async () => {
    reply = () => ({ status: 201, type: "application/json", body: '{"id":"f1"}' });
    const file = new Blob(["%PDF-1.7 hello"], { type: "application/pdf" });
    const thumbnail = new Blob([new Uint8Array([137, 80, 78, 71])]); // no type of its own: `encoding` gives image/png
    const result = await apis.bodies!.uploadFile!(client(), { body: { file, title: "Report", tags: ["a", "b"], meta: { size: 14 }, thumbnail } });
    expect(result).toEqual({ id: "f1" });
    expect(last().headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(new Uint8Array(last().body), { headers: { "content-type": last().headers["content-type"]! } }).formData();
    expect(await (form.get("file") as Blob).text()).toBe("%PDF-1.7 hello");
    expect((form.get("file") as Blob).type).toBe("application/pdf");
    expect(form.get("title")).toBe("Report");
    expect(form.getAll("tags")).toEqual(["a", "b"]);
    const meta = form.get("meta") as Blob;
    expect(meta.type).toBe("application/json");
    expect(JSON.parse(await meta.text())).toEqual({ size: 14 });
    expect((form.get("thumbnail") as Blob).type).toBe("image/png");
    expect([...new Uint8Array(await (form.get("thumbnail") as Blob).arrayBuffer())]).toEqual([137, 80, 78, 71]);
  });

  it("sends application/x-www-form-urlencoded with nested objects and arrays as Stripe reads them", async () => {
    await apis.bodies!.createCharge!(client(), { body: { amount: 100, metadata: { order: "o 1" }, expand: ["customer", "invoice"], card: { number: "4242", exp: { month: 12 } } } });
    expect(last().headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect([...new URLSearchParams(last().body.toString())]).toEqual([
      ["amount", "100"], ["metadata[order]", "o 1"], ["expand[0]", "customer"], ["expand[1]", "invoice"], ["card[number]", "4242"], ["card[exp][month]", "12"],
    ]);
  });

  it("sends binary bodies as bytes", async () => {
    reply = () => ({ status: 204 });
    await apis.bodies!.putBinary!(client(), { body: new Uint8Array([0, 1, 2, 255]) });
    expect(last().headers["content-type"]).toBe("application/octet-stream");
    expect([...last().body]).toEqual([0, 1, 2, 255]);
  });

  it("sends text/plain and reads a text response", async () => {
    reply = (request) => ({ status: 200, type: "text/plain", body: `echo: ${request.body.toString()}` });
    expect(await apis.bodies!.postText!(client(), { body: "héllo" })).toBe("echo: héllo");
    expect(last().headers["content-type"]).toBe("text/plain");
  });

  it("sends JSON by default and another media type when the caller chooses it", async () => {
    await apis.bodies!.createEither!(client(), { body: { name: "a" } });
    expect(last().headers["content-type"]).toBe("application/json");
    await apis.bodies!.createEither!(client(), { contentType: "application/x-www-form-urlencoded", body: { name: "a", source: "web" } });
    expect(last().headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(last().body.toString()).toBe("name=a&source=web");
  });
});

describe("responses", () => {
  const client = (): unknown => apis.responses!.createClient({ baseUrl: server.url });

  it("returns the typed JSON of whichever 2xx arrived", async () => {
    reply = () => ({ status: 200, type: "application/json", body: '["a"]' });
    expect(await apis.responses!.getMany!(client())).toEqual(["a"]);
    reply = () => ({ status: 202, type: "application/json", body: '{"jobId":"j"}' });
    expect(await apis.responses!.getMany!(client())).toEqual({ jobId: "j" });
  });

  it("puts a declared error body on the ApiError", async () => {
    reply = () => ({ status: 404, type: "application/json", body: '{"resource":"many"}' });
    await expect(apis.responses!.getMany!(client())).rejects.toMatchObject({ status: 404, body: { resource: "many" } });
  });

  it("resolves 204 to undefined", async () => {
    reply = () => ({ status: 204 });
    expect(await apis.responses!.deleteEmpty!(client())).toBeUndefined();
  });

  it("reads text as a string and binary as a Blob", async () => {
    reply = () => ({ status: 200, type: "text/plain", body: "plain" });
    expect(await apis.responses!.getText!(client())).toBe("plain");
    reply = () => ({ status: 200, type: "application/pdf", body: Buffer.from([37, 80, 68, 70, 0]) });
    const blob = (await apis.responses!.getFile!(client())) as Blob;
    expect(blob).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([37, 80, 68, 70, 0]);
  });

  it("treats a lone default response as the success type", async () => {
    reply = () => ({ status: 200, type: "application/json", body: '{"ok":true}' });
    expect(await apis.responses!.getOnlyDefault!(client())).toEqual({ ok: true });
  });
});

describe("security schemes", () => {
  const auth = {
    basic: { username: "u", password: "p" },
    bearer: "bearer-token",
    headerKey: "header-key",
    queryKey: "qk-secret",
    cookieKey: "cookie-key",
    oauth: async () => "oauth-token",
    oidc: () => "oidc-token",
  };
  const call = async (operation: string, credentials: object = auth): Promise<RecordedRequest> => {
    reply = () => ({ status: 204 });
    await apis.security![operation]!(apis.security!.createClient({ baseUrl: server.url, auth: credentials }));
    return last();
  };

  it.each([
    ["withBasic", "authorization", `Basic ${btoa("u:p")}`],
    ["withBearer", "authorization", "Bearer bearer-token"],
    ["withHeaderKey", "x-api-key", "header-key"],
    ["withCookieKey", "cookie", "sid=cookie-key"],
    ["withOauth", "authorization", "Bearer oauth-token"],
    ["withOidc", "authorization", "Bearer oidc-token"],
  ])("%s sends %s", async (operation, header, value) => {
    const request = await call(operation);
    expect(request.headers[header]).toBe(value);
    expect(Object.keys(request.headers).filter((name) => ["authorization", "x-api-key", "cookie"].includes(name))).toEqual([header]);
  });

  it("withQueryKey puts the key in the query, and an error shows it redacted", async () => {
    expect((await call("withQueryKey")).url).toBe("/query-key?api_key=qk-secret");
    reply = () => ({ status: 401 });
    const error = await apis.security!.withQueryKey!(apis.security!.createClient({ baseUrl: server.url, auth })).catch((e: unknown) => e);
    expect(JSON.stringify(error)).not.toContain("qk-secret");
    expect((error as { url: string }).url).toContain("api_key=[redacted]");
  });

  it("sends credentials only to operations that ask for them (security: [])", async () => {
    const request = await call("publicEndpoint");
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers["x-api-key"]).toBeUndefined();
    expect(request.url).toBe("/public");
  });

  it("uses the first alternative whose credentials were given", async () => {
    expect((await call("withEither")).headers.authorization).toBe("Bearer bearer-token");
    const request = await call("withEither", { headerKey: "h", queryKey: "q" });
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers["x-api-key"]).toBe("h");
    expect(request.url).toBe("/either?api_key=q");
  });
});

describe("servers", () => {
  it("builds the base URL from server variables, defaults first, overridable", () => {
    expect(apis.servers!.createClient().options.baseUrl).toBe("https://eu.api.example.com/v1");
    expect(apis.servers!.createClient({ serverVariables: { region: "us" } }).options.baseUrl).toBe("https://us.api.example.com/v1");
  });

  it("path- and operation-level servers replace the base URL for their operations", async () => {
    const seen: string[] = [];
    const client = apis.servers!.createClient({ fetch: async (url: string) => (seen.push(url), new Response(null, { status: 204 })) });
    await apis.servers!.getA!(client);
    await apis.servers!.getB!(client);
    await apis.servers!.getC!(client);
    expect(seen).toEqual(["https://eu.api.example.com/v1/a", "https://files.example.com/b", "https://c.example.com/base/c"]);
  });
});
