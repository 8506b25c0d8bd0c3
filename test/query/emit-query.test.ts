// The query module is opt-in: without `--query` (or the config key `query`) nothing of it is emitted; with it, the
// package gains `./query`, the runtime's query.ts and an optional peer, and the output is the same on every run.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emitModules } from "../../generator/emit/emit-modules.js";
import { moduleSource } from "../../generator/format/print/declarations.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { ROOT, runCli, tempDir } from "../helpers/cli.js";
import { SPECS as STORED_SPECS } from "../helpers/specs-store.js";

const LISTS = path.join(ROOT, "test/fixtures/lists.json");
const PETSTORE = path.join(STORED_SPECS, "features/3.0/petstore.json");

/** The emitted files' sources: a module given as declarations (query.js, query.ts) as their unformatted source. */
async function emit(spec: string, query: boolean): Promise<Map<string, string>> {
  const files = await emitModules(buildModel(await loadDocument(spec)), "@test/client", { query });
  return new Map(files.map((file) => [file.path, file.declarations ? moduleSource(file.declarations, file.flavour!) : file.text]));
}

describe("emitQuery", () => {
  it("emits nothing of the query module without the option", async () => {
    const files = await emit(LISTS, false);
    expect([...files.keys()].filter((name) => name.includes("query"))).toEqual([]);
    const pkg = JSON.parse(files.get("package.json")!) as Record<string, unknown>;
    expect(pkg.peerDependencies).toBeUndefined();
    expect(Object.keys(pkg.exports as object)).toEqual([".", "./operations.json"]);
  });

  it("with the option: query.ts, runtime/query.ts, the ./query export and @tanstack/query-core as an optional peer", async () => {
    const files = await emit(LISTS, true);
    // The .js and the declarations (query.ts, a declarations-only module that becomes query.d.ts) are written directly.
    expect(files.has("query.js")).toBe(true);
    expect(files.get("query.ts")).toContain("export declare function listByCursorQueryOptions(");
    expect(files.has("runtime/query.ts")).toBe(true);
    const pkg = JSON.parse(files.get("package.json")!) as Record<string, Record<string, unknown>>;
    expect(pkg.exports!["./query"]).toEqual({ types: "./query.d.ts", default: "./query.js" });
    expect(pkg.peerDependencies).toEqual({ "@tanstack/query-core": "^5.104.0" });
    expect(pkg.peerDependenciesMeta).toEqual({ "@tanstack/query-core": { optional: true } });
    // Only type imports of TanStack: the module adds no runtime dependency.
    expect(files.get("query.ts")).toContain('import type { DataTag, InfiniteData, InfiniteQueryObserverOptions, MutationObserverOptions, QueryObserverOptions } from "@tanstack/query-core";');
    expect(files.get("query.js")).not.toContain("@tanstack");
  });

  it.each([
    ["a read: a key of its path's segments, path parameters by value", "getPetByIdQueryKey", 'return ["pet", params.path["petId"], params ?? {}]'],
    ["a read without path parameters", "getInventoryQueryKey", 'return ["store", "inventory", params ?? {}]'],
    ["a write: mutation options", "addPetMutationOptions", 'mutationKey: ["addPet"]'],
  ])("%s", async (_name, declared, body) => {
    const source = (await emit(PETSTORE, true)).get("query.js")!;
    expect(source).toContain(`export function ${declared}(`);
    expect(source).toContain(body);
  });

  it("gives infinite options only to paginated operations, with the pattern the IR detected, and none to event streams", async () => {
    const source = (await emit(LISTS, true)).get("query.js")!;
    expect(source).toContain('{ style: "hasMore", param: "starting_after", items: ["data"], hasMore: ["has_more"] }');
    expect(source).toContain("export function listChargesInfiniteQueryOptions(");
    expect(source).not.toContain("export function createPaymentInfiniteQueryOptions(");
    expect(source).not.toContain("streamEvents");
    expect((await emit(PETSTORE, true)).get("query.js")).not.toContain("InfiniteQueryOptions(");
  });

  it("is the same on every run", async () => {
    const [first, second] = [await emit(LISTS, true), await emit(LISTS, true)];
    expect(second.get("query.js")).toBe(first.get("query.js"));
    expect(second.get("query.ts")).toBe(first.get("query.ts"));
  });
});

describe("--query and the config key query", () => {
  it("--query writes query.js and query.d.ts, and the headers name the flag", () => {
    const temp = tempDir();
    try {
      const out = path.join(temp.dir, "client");
      const run = runCli(["-i", LISTS, "-o", out, "--query"]);
      expect(run.status, run.stderr).toBe(0);
      expect(existsSync(path.join(out, "query.d.ts"))).toBe(true);
      expect(readFileSync(path.join(out, "query.js"), "utf8").split("\n").slice(0, 2).join("\n")).toContain("--query");
      expect(runCli(["-i", LISTS, "-o", out, "--query", "--check"]).status).toBe(0);
      // Without the flag the check sees the query module as drift.
      expect(runCli(["-i", LISTS, "-o", out, "--check"]).status).toBe(1);
    } finally {
      temp.remove();
    }
  });

  it("the config key query emits the module; a non-boolean is refused with the file and pointer", () => {
    const temp = tempDir();
    try {
      const config = (query: unknown): void =>
        writeFileSync(path.join(temp.dir, "openapi-client.config.json"), JSON.stringify({ clients: [{ input: LISTS, output: "client", query }] }));
      config(true);
      const run = runCli([], temp.dir);
      expect(run.status, run.stderr).toBe(0);
      expect(existsSync(path.join(temp.dir, "client/query.js"))).toBe(true);
      config("yes");
      const refused = runCli([], temp.dir);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain("error: openapi-client.config.json#/clients/0/query: `query` must be a boolean");
    } finally {
      temp.remove();
    }
  });
});
