// Conformance: the generated clients call Prism's mock (request validation on, --errors); Prism answers 4xx to any
// request that does not match the spec, and the client turns that into an ApiError, failing the test.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { generateToTemp } from "../helpers/generate.js";
import { startPrism, type PrismServer } from "../helpers/prism.js";
import { SPECS } from "../helpers/specs-store.js";

type Api = Record<string, (...args: unknown[]) => Promise<unknown>> & { createClient: (options: object) => unknown };

/** Generates `spec`, starts Prism on it, and hands both to the tests of one describe block. */
function withPrism(spec: string): { api: () => Api; client: (options?: object) => unknown; prism: () => PrismServer } {
  let api: Api;
  let prism: PrismServer;
  let remove: () => void;
  beforeAll(async () => {
    const output = await generateToTemp(spec);
    remove = output.remove;
    api = (await import(path.join(output.dir, "index.js"))) as Api;
    prism = await startPrism(spec);
  });
  afterAll(async () => {
    await prism?.stop();
    remove?.();
  });
  return { api: () => api, prism: () => prism, client: (options = {}) => api.createClient({ baseUrl: prism.url, maxRetries: 0, ...options }) };
}

describe("Pocketflows openapi.json against Prism", () => {
  const { api, client } = withPrism(path.join(ROOT, "openapi.json"));
  const auth = { username: "key", password: "secret" };

  it("updateMultipleCustomers sends a request Prism accepts", async () => {
    const result = (await api().updateMultipleCustomers!(client({ auth }), {
      path: { id: "biz_1" },
      body: { customers: [{ id: "c_1", email_address: null, metadata: { a: 1 } }, { id: "c_2", full_name: "Ada" }] },
    })) as { customers: unknown[] };
    expect(Array.isArray(result.customers)).toBe(true);
  });

  it("Prism really validates: a body that breaks the spec is refused", async () => {
    const call = api().updateMultipleCustomers!(client({ auth }), { path: { id: "biz_1" }, body: { customers: [{ email_address: 5 }] } });
    await expect(call).rejects.toMatchObject({ status: 422 });
  });

  it("Prism really checks security: no credentials is refused", async () => {
    await expect(api().updateMultipleCustomers!(client(), { path: { id: "b" }, body: { customers: [] } })).rejects.toMatchObject({ status: 401 });
  });
});

describe("extra Pocketflows operations against Prism", () => {
  const { api, client } = withPrism(path.join(SPECS, "pocketflows/extra-operations.json"));
  const auth = { username: "key", password: "secret" };

  it("GET with query parameters and DELETE conform", async () => {
    await api().retrieveTheSegmentUsageForABusiness!(client({ auth }), { path: { id: "b1" }, query: { start_time: "2026-01-01T00:00:00Z", end_time: "2026-02-01T00:00:00Z" } });
    await api().retrieveUnsubscribeInfoForACustomer!(client({ auth }), { path: { id: "c1" } });
    await api().deleteACustomer!(client({ auth }), { path: { id: "c1" } });
  });
});

// Prism 5 crashes on array and label/matrix path parameters (stoplightio/prism#2289, #2710), so this fixture keeps
// the path simple; those path styles are pinned against the loopback server in test/runtime/features.test.ts.
describe("parameter styles against Prism", () => {
  const { api, client } = withPrism(path.join(ROOT, "test/fixtures/query-styles.json"));

  it("every style of query, header and cookie parameter conforms", async () => {
    await api().listItems!(client(), {
      path: { id: "i1" },
      query: { limit: 10, tags: ["t1", "t2"], ids: [1, 2], words: ["hello", "world"], pipes: ["p", "q"], filter: { status: "open", created: { gte: 5 } }, point: { x: 1, y: 2 } },
      headers: { "X-Request-ID": "req-1" },
      cookies: { session: "abc" },
    });
  });

  it("Prism really validates: a wrong query type is refused", async () => {
    const call = api().listItems!(client(), { path: { id: "i1" }, query: { limit: "many" }, headers: { "X-Request-ID": "r" } });
    await expect(call).rejects.toMatchObject({ status: 422 });
  });
});

describe("request bodies against Prism", () => {
  const { api, client } = withPrism(path.join(ROOT, "test/fixtures/bodies.json"));

  it("JSON with a +json media type", async () => {
    await api().sendJson!(client(), { body: { name: "x" } });
  });
  // Prism reads repeated multipart parts as one string, so arrays are left to the loopback test.
  it("multipart/form-data with a file upload", async () => {
    await api().uploadFile!(client(), { body: { file: new Blob(["hello"], { type: "text/plain" }), title: "t" } });
  });
  it("application/x-www-form-urlencoded with nested objects", async () => {
    await api().createCharge!(client(), { body: { amount: 100, card: { number: "4242", exp: { month: 12 } } } });
  });
  it("application/octet-stream", async () => {
    await api().putBinary!(client(), { body: new Uint8Array([1, 2, 3]) });
  });
  it("text/plain", async () => {
    expect(typeof (await api().postText!(client(), { body: "hello" }))).toBe("string");
  });
  it("a chosen second media type", async () => {
    await api().createEither!(client(), { contentType: "application/x-www-form-urlencoded", body: { name: "a", source: "web" } });
  });
});

describe("security schemes against Prism", () => {
  const { api, client } = withPrism(path.join(ROOT, "test/fixtures/security.json"));
  const auth = { basic: { username: "u", password: "p" }, bearer: "t", headerKey: "h", queryKey: "q", cookieKey: "c", oauth: async () => "o", oidc: "i" };

  it.each(["withBasic", "withBearer", "withHeaderKey", "withQueryKey", "withCookieKey", "withOauth", "withOidc", "withEither", "publicEndpoint"])(
    "%s sends the credentials Prism expects",
    async (operation) => {
      expect(await api()[operation]!(client({ auth }))).toBeUndefined();
    },
  );

  it("Prism really checks: a call without its credentials is refused", async () => {
    await expect(api().withHeaderKey!(client({ auth: { bearer: "t" } }))).rejects.toMatchObject({ status: 401 });
  });
});
