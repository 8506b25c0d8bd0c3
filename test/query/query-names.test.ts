// The query module's names: an export or an import that would clash with another name of the module is renamed by
// NameRegistry's one rule (`2`, `3`… in document order), never refused; the renamed module type-checks and runs.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryDeclarations, queryModuleNames, type QueryFlavor, type QueryNames } from "../../generator/emit/emit-query.js";
import { moduleSource } from "../../generator/format/print/declarations.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import type { ApiModel } from "../../generator/model/types.js";
import { runCli, tempDir } from "../helpers/cli.js";
import { typecheckFolder } from "../helpers/typecheck.js";
import { generateWithQuery, typecheckQuerySources } from "./helpers.js";

/** The query module's unformatted source in one flavour. */
const emitQuery = (model: ApiModel, flavor: QueryFlavor): string => moduleSource(queryDeclarations(model, flavor), flavor);

const list = { type: "object", properties: { items: { type: "array", items: { type: "string" } }, next: { type: "string" } } };
const ok = { "200": { description: "ok", content: { "application/json": { schema: list } } } };
const read = (operationId: string, extra: object = {}): object => ({ get: { operationId, ...extra, parameters: [{ name: "cursor", in: "query", schema: { type: "string" } }], responses: ok } });
const write = (operationId: string): object => ({ post: { operationId, requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } }, responses: ok } });

/**
 * Operations whose query names clash, in document order: `listPets`' infinite key and options are `listPetsInfinite`'s
 * key and options; `listPetsQueryKey` is imported where `listPets`' key is exported; `query`'s error type is the
 * runtime's `QueryError`; `fetchPage` the runtime's function; `client`, `params` and `options` the factories' locals.
 */
const CLASH_SPEC = {
  openapi: "3.0.3",
  info: { title: "clash", version: "1.0.0" },
  paths: {
    "/pets": read("listPets", { "x-pagination": { style: "cursor", param: "cursor", next: "next", items: "items" } }),
    "/more": read("listPetsInfinite"),
    "/pets-key": read("listPetsQueryKey"),
    "/query": read("query"),
    "/fetch-page": read("fetchPage"),
    "/client": write("client"),
    "/params": read("params"),
    "/options": write("options"),
  },
};

describe("queryModuleNames", () => {
  let temp: { dir: string; remove: () => void };
  let spec: string;
  let model: ApiModel;
  beforeAll(async () => {
    temp = tempDir("query-names-");
    spec = path.join(temp.dir, "clash.json");
    writeFileSync(spec, JSON.stringify(CLASH_SPEC));
    model = buildModel(await loadDocument(spec));
  });
  afterAll(() => temp.remove());

  const named = (function_: string, exports: Partial<QueryNames>, imports: Partial<QueryNames> = {}): Partial<QueryNames> => ({ ...exports, function: function_, ...imports });
  const cases: Array<[string, { given: string; want: Partial<QueryNames> }]> = [
    ["the first claim keeps its names", { given: "listPets", want: named("listPets", { key: "listPetsQueryKey", options: "listPetsQueryOptions", infiniteKey: "listPetsInfiniteQueryKey", infiniteOptions: "listPetsInfiniteQueryOptions", mutation: "" }) }],
    ["a later operation's exports that an earlier one took get 2", { given: "listPetsInfinite", want: named("listPetsInfinite", { key: "listPetsInfiniteQueryKey2", options: "listPetsInfiniteQueryOptions2", infiniteKey: "listPetsInfiniteInfiniteQueryKey" }) }],
    ["an operation named like an export is imported under an alias", { given: "listPetsQueryKey", want: named("listPetsQueryKey2", { key: "listPetsQueryKeyQueryKey", options: "listPetsQueryKeyQueryOptions" }) }],
    ["an error type named like the runtime's QueryError is imported under an alias", { given: "query", want: named("query", { key: "queryQueryKey" }, { params: "QueryParams", response: "QueryResponse", error: "QueryError2" }) }],
    ["an operation named like a runtime function is imported under an alias", { given: "fetchPage", want: named("fetchPage2", { key: "fetchPageQueryKey" }) }],
    ["an operation named like a factory's parameter is imported under an alias", { given: "client", want: named("client2", { mutation: "clientMutationOptions" }) }],
    ["the same for params", { given: "params", want: named("params2", { options: "paramsQueryOptions" }) }],
    ["the same for options", { given: "options", want: named("options2", { mutation: "optionsMutationOptions" }) }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    const operation = model.operations.find((o) => o.names.function === given)!;
    expect(queryModuleNames(model).get(operation)).toMatchObject(want);
  });

  it("the module imports under the aliases and exports every name once", () => {
    const source = emitQuery(model, "js");
    expect(source).toContain('import { listPets, listPetsInfinite, listPetsQueryKey as listPetsQueryKey2, query, fetchPage as fetchPage2, client as client2, params as params2, options as options2 } from "./operations.js";');
    expect(emitQuery(model, "d.ts")).toContain("QueryError as QueryError2");
    const exported = [...source.matchAll(/^export function (\w+)/gm)].map((match) => match[1]);
    expect(new Set(exported).size).toBe(exported.length);
    expect(exported).toContain("listPetsInfiniteQueryKey2");
  });

  it("the typed module (bodies included) type-checks under --strict", async () => {
    expect((await typecheckQuerySources(spec)).diagnostics).toEqual([]);
  }, 120_000);

  it("--query generates it (exit 0, no error), its declarations type-check, and its factories call the right operations", async () => {
    const run = runCli(["-i", spec, "-o", path.join(temp.dir, "out"), "--query"]);
    expect(run.status, run.stderr).toBe(0);
    const client = await generateWithQuery(spec);
    try {
      expect(typecheckFolder(client.dir)).toEqual([]);
      const query = (await import(pathToFileURL(path.join(client.dir, "query.js")).href)) as Record<string, (...args: unknown[]) => Record<string, (...args: unknown[]) => Promise<unknown>>>;
      const { createClient } = (await import(pathToFileURL(path.join(client.dir, "index.js")).href)) as { createClient: (options: unknown) => unknown };
      const urls: string[] = [];
      const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        urls.push(`${init?.method ?? "GET"} ${new URL(input instanceof Request ? input.url : String(input)).pathname}`);
        return Response.json({ items: [] });
      };
      const api = createClient({ baseUrl: "http://127.0.0.1:9", fetch, maxRetries: 0 });
      const signal = new AbortController().signal;
      await query.clientMutationOptions!(api).mutationFn!({ body: {} });
      await query.optionsMutationOptions!(api).mutationFn!({ body: {} });
      await query.paramsQueryOptions!(api).queryFn!({ signal });
      await query.fetchPageQueryOptions!(api).queryFn!({ signal });
      await query.listPetsQueryKeyQueryOptions!(api).queryFn!({ signal });
      await query.listPetsInfiniteQueryOptions2!(api).queryFn!({ signal });
      expect(urls).toEqual(["POST /client", "POST /options", "GET /params", "GET /fetch-page", "GET /pets-key", "GET /more"]);
    } finally {
      client.remove();
    }
  }, 120_000);
});
