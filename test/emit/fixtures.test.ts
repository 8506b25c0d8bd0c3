// Focused snapshots: one small hand-written spec per feature; the emitted sources type-check under --strict.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { generateToTemp, typecheckEmittedSources } from "../helpers/generate.js";

const FIXTURES = ["schemas", "parameters", "bodies", "responses", "security", "servers", "names", "lists", "operations"];
const PINNED = ["types.d.ts", "operations.d.ts", "operations.js", "client.d.ts", "client.js"];
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((remove) => remove()));

describe.each(FIXTURES)("fixture %s", (fixture) => {
  const input = path.join(ROOT, "test/fixtures", `${fixture}.json`);

  it("matches the reviewed snapshot", async () => {
    const output = await generateToTemp(input);
    cleanups.push(output.remove);
    for (const file of PINNED) {
      await expect(readFileSync(path.join(output.dir, file), "utf8")).toMatchFileSnapshot(`__snapshots__/${fixture}/${file}.snap`);
    }
  });

  it("emits TypeScript that type-checks under --strict", async () => {
    expect(await typecheckEmittedSources(input)).toEqual([]);
  });
});

describe("a spec split over several YAML files", () => {
  it("bundles the external $refs into named types and compiles", async () => {
    const output = await generateToTemp(path.join(ROOT, "test/fixtures/multi-file/openapi.yaml"));
    cleanups.push(output.remove);
    const types = readFileSync(path.join(output.dir, "types.d.ts"), "utf8");
    expect(types).toContain("export interface Pet {");
    expect(types).toContain("owner?: Owner;");
    expect(types).toMatch(/export type ListPetsResponse = Pet\[\];/);
    expect(readFileSync(path.join(output.dir, "operations.js"), "utf8")).toContain('{ name: "limit", in: "query", write: serializeQueryParameter }');
  });
});
