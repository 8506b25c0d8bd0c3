// The generated package's README documents the opt-in modules the client has: `query.js` (a hook using each kind of
// options the client has) and the test doubles (`mocks.js`, and `mocks-msw.js` with `--mocks msw`). The examples
// type-check against a client generated with both (--strict); the sections are in prettier's form, and absent
// without their flags.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { emitReadme } from "../../generator/emit/emit-readme.js";
import { MARKDOWN_OPTIONS } from "../../generator/format/format.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { ROOT } from "../helpers/cli.js";
import { SPECS as STORED_SPECS } from "../helpers/specs-store.js";
import { typecheckFolder } from "../helpers/typecheck.js";
import { copyReadmeExamples, generateWithQuery } from "./helpers.js";

const LISTS = path.join(ROOT, "test/fixtures/lists.json");

describe("the generated README's sections on the query module and the test doubles", () => {
  it("each is there with its flag only, before the operations, naming this client's functions", async () => {
    const model = buildModel(await loadDocument(LISTS));
    const plain = emitReadme(model, "@test/client");
    expect(plain).not.toContain("## TanStack Query");
    expect(plain).not.toContain("## Test doubles");
    const query = emitReadme(model, "@test/client", { query: true });
    expect(query).toContain('import { listByCursorQueryOptions, listByCursorInfiniteQueryOptions, createPaymentMutationOptions } from "@test/client/query";');
    expect(query).not.toContain("## Test doubles");
    const mocks = emitReadme(model, "@test/client", { mocks: "fetch" });
    expect(mocks).toContain('import { createClient, listByCursor, type ListByCursorParams } from "@test/client";');
    expect(mocks).not.toContain("mocks-msw");
    const both = emitReadme(model, "@test/client", { query: true, mocks: "msw" });
    expect(both).toContain('import { createMswHandlers } from "@test/client/mocks-msw";');
    const at = (title: string): number => both.indexOf(`\n## ${title}\n`);
    expect([at("createClient"), at("TanStack Query"), at("Test doubles"), at("Operations")].every((index, i, all) => index > (all[i - 1] ?? 0))).toBe(true);
  });

  it.each([
    ["lists.json", LISTS],
    ["petstore.json", path.join(STORED_SPECS, "features/3.0/petstore.json")],
    ["openapi.json (Pocketflows)", path.join(ROOT, "openapi.json")],
  ])("%s: prettier changes no byte of the README with both sections", async (_name, spec) => {
    const readme = emitReadme(buildModel(await loadDocument(spec)), "@test/client", { query: true, mocks: "msw" });
    expect(await prettier.format(readme, MARKDOWN_OPTIONS)).toBe(readme);
  });

  it("the examples type-check against the client generated with --query --mocks msw (React Query, MSW)", async () => {
    const client = await generateWithQuery(LISTS, [], { mocks: "msw" });
    try {
      expect(readFileSync(path.join(client.dir, "README.md"), "utf8")).toContain("## Test doubles");
      expect(copyReadmeExamples(client.dir, ["TanStack Query", "Test doubles"])).toBe(3);
      expect(typecheckFolder(client.dir)).toEqual([]);
    } finally {
      client.remove();
    }
  }, 120_000);
});
