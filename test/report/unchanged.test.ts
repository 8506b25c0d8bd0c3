// The report's shortcuts must not change its verdict: the types it does not walk (declared alike on both sides, down to
// every type they name), and the older client parsed and bound ahead of the comparison (as `--base`'s worker does).
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { compareClients, parseClient } from "../../generator/report/compare-clients.js";
import { unchangedTypes } from "../../generator/report/unchanged.js";
import { clientOf } from "./differential.js";
import { readSpec } from "./specs.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw OpenAPI documents

const work = tempDir("report-unchanged-");
afterAll(() => work.remove());

function unchanged(before: string, after: string): string[] {
  const parse = (name: string, text: string): ts.SourceFile =>
    ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  return [...unchangedTypes(parse("/before/types.d.ts", before), parse("/after/types.d.ts", after))].sort();
}

describe("unchangedTypes", () => {
  const tables: Array<{ name: string; before: string; after: string; want: string[] }> = [
    {
      name: "a type alike on both sides, naming only types alike, is unchanged",
      before: "export interface A { b: B }\nexport interface B { n: number }\n",
      after: "export interface A { b: B }\nexport interface B { n: number }\n",
      want: ["A", "B"],
    },
    {
      name: "a type naming a changed type is not, though its own text is the same",
      before: "export interface A { b: B[] }\nexport interface B { n: number }\nexport type C = string;\n",
      after: "export interface A { b: B[] }\nexport interface B { n: string }\nexport type C = string;\n",
      want: ["C"],
    },
    {
      name: "through any number of types",
      before: "export type A = B | null;\nexport type B = { c?: C };\nexport interface C { d: D }\nexport type D = 1;\n",
      after: "export type A = B | null;\nexport type B = { c?: C };\nexport interface C { d: D }\nexport type D = 2;\n",
      want: [],
    },
    {
      name: "a changed comment is a change (its docs are reported)",
      before: "/** Old. */\nexport interface A { n: number }\nexport type B = A;\n",
      after: "/** New. */\nexport interface A { n: number }\nexport type B = A;\n",
      want: [],
    },
    {
      name: "types naming each other in a cycle are unchanged when all of them are",
      before: "export interface A { b?: B }\nexport interface B { a?: A }\n",
      after: "export interface A { b?: B }\nexport interface B { a?: A }\n",
      want: ["A", "B"],
    },
    {
      name: "a type naming one declared on one side only is not",
      before: "export type A = B;\n",
      after: "export type A = B;\nexport interface B { n: number }\n",
      want: [],
    },
    {
      name: "a name inside a string or a comment counts as named: kept only if the report could not miss a change",
      before: 'export type A = "B";\nexport interface B { n: number }\n',
      after: 'export type A = "B";\nexport interface B { n: string }\n',
      want: [],
    },
    {
      name: "other statements (imports) differing make every name suspect",
      before: 'import type { Json } from "./runtime/json.js";\nexport type A = Json;\n',
      after: 'import type { Json } from "./runtime/value.js";\nexport type A = Json;\n',
      want: [],
    },
  ];
  for (const { name, before, after, want } of tables) it(name, () => expect(unchanged(before, after)).toEqual(want));
});

describe("the report with its shortcuts", () => {
  it("gives the same changes with the older client parsed and bound ahead, and reuses what was parsed", async () => {
    const travel = readSpec("features/3.1/train-travel.json") as Json;
    const edited = structuredClone(travel);
    delete edited.components.schemas.Station.properties.timezone;
    edited.components.schemas.Trip.properties.price.type = "string";
    const before = (await clientOf(travel, work.dir, "ahead-before"))!;
    const after = (await clientOf(edited, work.dir, "ahead-after"))!;
    const parsed = parseClient("before", before);
    const ahead = parsed.get("/before/types.d.ts");
    expect((ahead as unknown as { locals?: unknown }).locals).toBeDefined(); // bound, not only parsed
    const changes = compareClients(before, after, parsed);
    expect(changes).toEqual(compareClients(before, after));
    expect(changes.filter((change) => change.severity === "breaking").map((change) => change.location)).toEqual(
      expect.arrayContaining([expect.stringContaining("timezone"), expect.stringContaining("price")]),
    );
    expect(parsed.get("/before/types.d.ts")).toBe(ahead); // the comparison's program took the file parsed ahead
    expect(parsed.has("/after/types.d.ts")).toBe(true);
  });
});
