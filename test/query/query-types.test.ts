// The query module's types: React, Vue, Solid and Svelte Query accept its factories, `data` and `error` come out as the
// client's own types (test/query/consumers/*.ts, type-checked inside a generated client), and the module type-checks
// under --strict for every spec the tests use.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { SPECS as STORED_SPECS } from "../helpers/specs-store.js";
import { ALL_SPECS } from "../helpers/specs.js";
import { typecheckFolder } from "../helpers/typecheck.js";
import { generateWithQuery, typecheckAsBundled, typecheckQuerySources } from "./helpers.js";

const CONSUMERS = path.join(ROOT, "test/query/consumers");

describe("the factories in TanStack's adapters", () => {
  let client: { dir: string; remove: () => void };
  beforeAll(async () => {
    client = await generateWithQuery(path.join(ROOT, "test/fixtures/lists.json"), ["react.ts", "vue.ts", "solid.ts"].map((file) => path.join(CONSUMERS, file)));
  }, 60_000);
  afterAll(() => client.remove());

  it("useQuery, useInfiniteQuery and useMutation of @tanstack/react-query and @tanstack/vue-query, createQuery, createInfiniteQuery and createMutation of @tanstack/solid-query accept them, typed with ApiError", () => {
    expect(typecheckFolder(client.dir)).toEqual([]);
  }, 120_000);
});

describe("the factories in Svelte Query (Svelte 5)", () => {
  let client: { dir: string; remove: () => void };
  beforeAll(async () => {
    client = await generateWithQuery(path.join(ROOT, "test/fixtures/lists.json"), [path.join(CONSUMERS, "svelte.ts")]);
  }, 60_000);
  afterAll(() => client.remove());

  it("createQuery, createInfiniteQuery and createMutation of @tanstack/svelte-query accept them, typed with ApiError (checked as SvelteKit does: bundler resolution)", () => {
    expect(typecheckAsBundled(client.dir)).toEqual([]);
  }, 120_000);
});

describe("the typed source of the query module (function bodies included)", () => {
  it.each([
    ["lists.json", path.join(ROOT, "test/fixtures/lists.json")],
    ["petstore.json", path.join(STORED_SPECS, "features/3.0/petstore.json")],
    ["openapi.json (Pocketflows)", path.join(ROOT, "openapi.json")],
  ])("%s type-checks under --strict", async (_name, spec) => {
    const { diagnostics, query } = await typecheckQuerySources(spec);
    expect(query).toContain("export function");
    expect(diagnostics).toEqual([]);
  }, 120_000);
});

/** The specs whose query module is type-checked: the fixtures, Pocketflows, the feature specs, Stripe and GitHub. */
const SPECS = ALL_SPECS.filter(
  (spec) => !spec.includes(`${path.sep}real${path.sep}`) || ["stripe.com.json", "github.com_api.github.com.json"].includes(path.basename(spec)),
).filter((spec) => !spec.includes(`${path.sep}hostile${path.sep}`));

describe("the query module under --strict", () => {
  it.each(SPECS.map((spec) => [path.relative(ROOT, spec), spec] as const))("%s", async (_name, spec) => {
    const client = await generateWithQuery(spec);
    try {
      expect(existsSync(path.join(client.dir, "query.d.ts"))).toBe(true);
      expect(typecheckFolder(client.dir)).toEqual([]);
    } finally {
      client.remove();
    }
  }, 600_000);
});
