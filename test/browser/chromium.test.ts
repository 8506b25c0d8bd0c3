// The generated client in a real browser: headless Chromium (Debian's package, driven by puppeteer-core) loads the
// bundled client from one loopback origin and calls an API on another, through CORS. Run by `npm run test:browser`.
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { build } from "esbuild";
import puppeteer, { type Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));
let browser: Browser;
let page: Server;
let api: Server;
const seen: Array<{ method: string; url: string; headers: IncomingMessage["headers"] }> = [];

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  if (!CHROMIUM) throw new Error("Chromium is not installed: apt-get install -y chromium (.ci/run does)");
  const bundle = await build({ entryPoints: [path.join(ROOT, "generated/index.js")], bundle: true, format: "esm", platform: "browser", write: false, minify: true });
  const script = bundle.outputFiles[0]!.text;
  page = createServer((request, response) => {
    if (request.url === "/client.js") response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else response.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><title>client</title><script type="module">import * as api from "/client.js"; window.api = api;</script>');
  });
  api = createServer((request, response) => {
    seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers });
    const cors = { "access-control-allow-origin": "*", "access-control-allow-headers": "authorization, content-type, x-trace", "access-control-allow-methods": "POST", "access-control-expose-headers": "x-request-id" };
    if (request.method === "OPTIONS") return void response.writeHead(204, cors).end();
    request.resume();
    request.on("end", () => {
      const failing = request.url?.includes("/fail/");
      response.writeHead(failing ? 422 : 200, { ...cors, "content-type": "application/json", "x-request-id": "req_browser" });
      response.end(JSON.stringify(failing ? { error: "bad batch" } : { customers: [{ id: "c_1", full_name: "Ada" }] }));
    });
  });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  page?.close();
  api?.close();
});

describe("in Chromium", () => {
  it("calls an API on another origin through CORS, with Basic auth, typed errors and request ids", async () => {
    const pageUrl = await listen(page);
    const apiUrl = await listen(api);
    const tab = await browser.newPage();
    await tab.goto(pageUrl);
    await tab.waitForFunction("window.api !== undefined");
    // A string, not a function: the test runner would rewrite a function's body for Node before the browser sees it.
    const result = await tab.evaluate(`(async () => {
      const { createClient, updateMultipleCustomers, ApiError } = window.api;
      const client = createClient({ baseUrl: ${JSON.stringify(apiUrl)}, auth: { username: "u", password: "p" }, headers: { "x-trace": "t1" } });
      const { data, response } = await updateMultipleCustomers(client, { path: { id: "b_1" }, body: { customers: [{ id: "c_1", full_name: "Ada" }] } }).withResponse();
      const error = await updateMultipleCustomers(client, { path: { id: "fail" }, body: { customers: [] } }).catch((e) => e);
      return { data, status: response.status, isApiError: error instanceof ApiError, errorStatus: error.status, errorBody: error.body, requestId: error.requestId };
    })()`);
    expect(result).toEqual({ data: { customers: [{ id: "c_1", full_name: "Ada" }] }, status: 200, isApiError: true, errorStatus: 422, errorBody: { error: "bad batch" }, requestId: "req_browser" });
    expect(seen.some((request) => request.method === "OPTIONS")).toBe(true); // the browser's preflight
    const post = seen.find((request) => request.method === "POST")!;
    expect(post.url).toBe("/businesses/b_1/customers/batch_update");
    expect(post.headers.authorization).toBe(`Basic ${btoa("u:p")}`);
    expect(post.headers.origin).toBe(pageUrl);
  }, 60_000);
});
