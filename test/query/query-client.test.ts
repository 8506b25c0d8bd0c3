// The query module at run time: a real QueryClient (@tanstack/query-core) drives the generated factories against a
// loopback server: fetchQuery, invalidation by a key prefix, infinite queries that walk every page and stop, mutations.
import type { ServerResponse } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { InfiniteQueryObserver, MutationObserver, QueryClient } from "@tanstack/query-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { SPECS as STORED_SPECS } from "../helpers/specs-store.js";
import { sendJson, startServer, type RecordedRequest, type TestServer } from "../helpers/server.js";
import { generateWithQuery } from "./helpers.js";

/**
 * A generated module, loaded at run time (its types are proven by query-types.test.ts): each factory returns options
 * that the QueryClient takes (`never` is assignable to each of its parameters).
 */
type Module = Record<string, (...args: unknown[]) => never>;

interface Loaded {
  query: Module;
  client: unknown;
  createClient: (options: unknown) => unknown;
  remove: () => void;
}

async function load(spec: string, baseUrl: string): Promise<Loaded> {
  const { dir, remove } = await generateWithQuery(spec);
  const query = (await import(pathToFileURL(path.join(dir, "query.js")).href)) as Module;
  const { createClient } = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as { createClient: (options: unknown) => unknown };
  return { query, client: createClient({ baseUrl, maxRetries: 0 }), createClient, remove };
}

/** Three pages of two, two and one items, in each paging style of test/fixtures/lists.json. */
function answerList(request: RecordedRequest, response: ServerResponse, base: string): void {
  const url = new URL(request.url, base);
  const q = (name: string): string | null => url.searchParams.get(name);
  const ids = (page: number): Array<{ id: string }> => (page < 3 ? [2 * page - 1, 2 * page] : [5]).map((n) => ({ id: `i${n}` }));
  switch (url.pathname) {
    case "/cursor": {
      const page = q("cursor") === null ? 1 : Number(q("cursor")!.slice(1));
      return sendJson(response, 200, { items: ids(page), next_cursor: page < 3 ? `c${page + 1}` : null });
    }
    case "/charges": {
      const page = q("starting_after") === null ? 1 : q("starting_after") === "i2" ? 2 : 3;
      return sendJson(response, 200, { data: ids(page), has_more: page < 3 });
    }
    case "/repos": {
      const page = Number(q("page") ?? 1);
      return sendJson(response, 200, ids(page), page < 3 ? { link: `<${base}/repos?page=${page + 1}&per_page=2>; rel="next"` } : {});
    }
    case "/offset":
      return sendJson(response, 200, { results: ids(Number(q("offset") ?? 0) / 2 + 1) });
    case "/pages":
      return sendJson(response, 200, ids(Number(q("page") ?? 1)));
    default:
      return sendJson(response, 404, { message: "no such list" });
  }
}

describe("infinite queries from the spec's pagination", () => {
  let server: TestServer;
  let lists: Loaded;
  beforeAll(async () => {
    server = await startServer((request, response) => answerList(request, response, server.url));
    lists = await load(path.join(ROOT, "test/fixtures/lists.json"), server.url);
  }, 60_000);
  afterAll(async () => {
    lists.remove();
    await server.close();
  });

  it.each([
    ["cursor field", "listByCursor", {}, ["/cursor", "/cursor?cursor=c2", "/cursor?cursor=c3"]],
    ["has_more + last id", "listCharges", {}, ["/charges", "/charges?starting_after=i2", "/charges?starting_after=i4"]],
    ["Link header", "listRepos", { query: { per_page: 2 } }, ["/repos?per_page=2", "/repos?per_page=2&page=2", "/repos?per_page=2&page=3"]],
    ["offset", "listByOffset", { query: { limit: 2 } }, ["/offset?limit=2", "/offset?offset=2&limit=2", "/offset?offset=4&limit=2"]],
    ["page number", "listByPage", {}, ["/pages", "/pages?page=2", "/pages?page=3"]],
  ] as const)("%s: walks 3 pages and stops; select gives the items", async (_style, operation, params, urls) => {
    server.requests.length = 0;
    const queryClient = new QueryClient();
    const observer = new InfiniteQueryObserver(queryClient, lists.query[`${operation}InfiniteQueryOptions`]!(lists.client, params));
    const unsubscribe = observer.subscribe(() => {});
    try {
      await observer.refetch();
      while (observer.getCurrentResult().hasNextPage) await observer.fetchNextPage();
      const result = observer.getCurrentResult();
      expect(result.status).toBe("success");
      expect(result.data).toEqual(["i1", "i2", "i3", "i4", "i5"].map((id) => ({ id })));
      expect(server.requests.map((request) => request.url)).toEqual(urls);
    } finally {
      unsubscribe();
      queryClient.clear();
    }
  });
});

describe("queries and mutations of the petstore", () => {
  let server: TestServer;
  let pets: Loaded;
  beforeAll(async () => {
    server = await startServer((request, response) => {
      const url = new URL(request.url, server.url);
      if (request.method === "POST" && url.pathname === "/pet") return sendJson(response, 200, { ...JSON.parse(request.body.toString()), id: 7 });
      const id = /^\/pet\/(\d+)$/.exec(url.pathname)?.[1];
      if (id === "404") return sendJson(response, 404, { code: 404, message: "not found" });
      if (id) return sendJson(response, 200, { id: Number(id), name: `pet ${id}`, photoUrls: [] });
      if (url.pathname === "/store/inventory") return sendJson(response, 200, { available: 3 });
      return sendJson(response, 404, {});
    });
    pets = await load(path.join(STORED_SPECS, "features/3.0/petstore.json"), server.url);
  }, 60_000);
  afterAll(async () => {
    pets.remove();
    await server.close();
  });

  it("fetchQuery calls the operation once and caches the body under the query key", async () => {
    server.requests.length = 0;
    const queryClient = new QueryClient();
    const options = pets.query.getPetByIdQueryOptions!(pets.client, { path: { petId: 1 } });
    expect(await queryClient.fetchQuery(options)).toEqual({ id: 1, name: "pet 1", photoUrls: [] });
    expect(await queryClient.fetchQuery({ ...(options as object), staleTime: Infinity } as never)).toEqual({ id: 1, name: "pet 1", photoUrls: [] });
    expect(server.requests.map((request) => request.url)).toEqual(["/pet/1"]);
    expect(pets.query.getPetByIdQueryKey!({ path: { petId: 1 } })).toEqual(["pet", 1, { path: { petId: 1 } }]);
    expect(queryClient.getQueryData(pets.query.getPetByIdQueryKey!({ path: { petId: 1 } }))).toEqual({ id: 1, name: "pet 1", photoUrls: [] });
  });

  it("invalidateQueries on a resource prefix invalidates the queries under it and no others", async () => {
    const queryClient = new QueryClient();
    const key = (petId: number): never => pets.query.getPetByIdQueryKey!({ path: { petId } });
    await queryClient.fetchQuery(pets.query.getPetByIdQueryOptions!(pets.client, { path: { petId: 1 } }));
    await queryClient.fetchQuery(pets.query.getPetByIdQueryOptions!(pets.client, { path: { petId: 2 } }));
    await queryClient.fetchQuery(pets.query.getInventoryQueryOptions!(pets.client));
    const invalidated = (): boolean[] =>
      [key(1), key(2), pets.query.getInventoryQueryKey!()].map((queryKey) => queryClient.getQueryState(queryKey)?.isInvalidated ?? false);
    await queryClient.invalidateQueries({ queryKey: ["pet", 1] });
    expect(invalidated()).toEqual([true, false, false]);
    await queryClient.invalidateQueries({ queryKey: ["pet"] });
    expect(invalidated()).toEqual([true, true, false]);
  });

  it("a failed query rejects with the operation's ApiError, its body parsed", async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const failure = queryClient.fetchQuery(pets.query.getPetByIdQueryOptions!(pets.client, { path: { petId: 404 } }));
    await expect(failure).rejects.toMatchObject({ name: "ApiError", status: 404, body: { code: 404, message: "not found" } });
  });

  it("the query's signal reaches the call: cancelling the query aborts the request", async () => {
    const queryClient = new QueryClient();
    const signals: AbortSignal[] = [];
    const client = pets.createClient({
      baseUrl: server.url,
      fetch: (input: RequestInfo | URL, init?: RequestInit) => {
        signals.push(init!.signal!);
        // Never answers: only the query's cancellation ends the call.
        return new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener("abort", () => reject(init!.signal!.reason)));
      },
    });
    const pending = queryClient.fetchQuery(pets.query.getPetByIdQueryOptions!(client, { path: { petId: 3 } }));
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    await queryClient.cancelQueries({ queryKey: ["pet", 3] });
    await expect(pending).rejects.toThrow();
    expect(signals[0]!.aborted).toBe(true);
  });

  it("mutation options send the variables as the operation's params", async () => {
    const queryClient = new QueryClient();
    const observer = new MutationObserver(queryClient, pets.query.addPetMutationOptions!(pets.client));
    const created = await observer.mutate({ body: { name: "Rex", photoUrls: [] } } as never);
    expect(created).toEqual({ name: "Rex", photoUrls: [], id: 7 });
    expect(observer.getCurrentResult().status).toBe("success");
  });
});
