// The change report against its oracle (oracle.ts): real and feature specs mutated one edit at a time (mutations.ts),
// the report's verdict (breaking / compatible / docs / none) held to what TypeScript says of callers of the old client.
// REPORT_DIFF_RUNS sets how many mutations (a nightly run uses more); the seed is fixed.
import { readFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/common/errors.js";
import { generate } from "../../generator/generate.js";
import { compareClients, type Change } from "../../generator/report/compare-clients.js";
import { tempDir } from "../helpers/cli.js";
import { MUTATIONS, mutate, trimSpec, type Mutation } from "./mutations.js";
import { judge } from "./oracle.js";
import { readSpec } from "./specs.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw OpenAPI documents

/** Specs, and for the big ones how many operations to keep around the edit (their schemas' users come along). */
const SPECS: Array<[string, number | null]> = [
  ["features/3.1/train-travel.json", null],
  ["features/3.0/petstore-expanded.json", null],
  ["features/3.0/polymorphism.json", null],
  ["features/3.0/schema-additional-properties.json", null],
  ["features/3.0/parameters-style.json", null],
  ["features/3.1/schema-types.json", null],
  ["features/3.0/discriminators.json", null],
  ["real/openai.com.json", 3],
  ["real/stripe.com.json", 2],
  ["real/github.com_api.github.com.json", 2],
];
const RUNS = Number(process.env.REPORT_DIFF_RUNS ?? 60);
const SEED = 20;

const work = tempDir("report-diff-");
afterAll(() => work.remove());

type Verdict = "breaking" | "compatible" | "docs" | "none";
function verdictOf(changes: readonly Change[]): Verdict {
  for (const severity of ["breaking", "compatible", "docs"] as const) if (changes.some((entry) => entry.severity === severity)) return severity;
  return "none";
}

async function client(spec: Json, name: string): Promise<Map<string, string> | undefined> {
  const input = path.join(work.dir, `${name}.json`);
  const output = path.join(work.dir, name);
  await import("node:fs/promises").then((fs) => fs.writeFile(input, JSON.stringify(spec)));
  try {
    await generate({ input, output, reportChanges: false });
  } catch (error) {
    if (error instanceof GeneratorError) return undefined; // the edit made the spec invalid: not a change to judge
    throw error;
  }
  const files = new Map<string, string>();
  for (const file of ["operations.json", "types.d.ts", "operations.d.ts"]) files.set(file, await readFile(path.join(output, file), "utf8"));
  return files;
}

const cases = fc.sample(fc.record({ spec: fc.nat(SPECS.length - 1), mutation: fc.constantFrom(...MUTATIONS), pick: fc.nat(10_000), keep: fc.nat(10_000) }), { seed: SEED, numRuns: RUNS });

describe("the change report agrees with the TypeScript oracle", () => {
  it(`on ${RUNS} one-edit mutations of ${SPECS.length} specs`, async () => {
    const loaded = new Map<string, Json>();
    const disagreements: string[] = [];
    const unlocated: string[] = [];
    let judged = 0;
    for (const [index, { spec, mutation, pick, keep }] of cases.entries()) {
      const [file, size] = SPECS[spec]!;
      if (!loaded.has(file)) loaded.set(file, readSpec(file) as Json);
      // Big specs are cut down to a few operations (and the schemas they reach), so each run stays fast.
      const start = size === null ? structuredClone(loaded.get(file)!) : trimSpec(loaded.get(file)!, (at, count) => (at - (keep % count) + count) % count < size);
      const edited = structuredClone(start);
      const where = mutate(edited, mutation as Mutation, pick);
      if (!where) continue;
      const before = await client(start, `before-${index}`);
      const after = before && (await client(edited, `after-${index}`));
      if (!before || !after) continue;
      judged++;
      const changes = compareClients(before, after);
      const oracle = judge(before, after);
      const report = verdictOf(changes);
      if (report !== oracle.verdict) disagreements.push(`${file}#${where}: report ${report}, oracle ${oracle.verdict} ${oracle.errors.slice(0, 2).join(" | ")} [${changes.map((entry) => entry.kind).join(", ")}]`);
      for (const entry of changes) if (entry.severity === "breaking" && !entry.operation && !entry.schema) unlocated.push(`${file}#${where}: ${entry.message}`);
    }
    expect(judged).toBeGreaterThan(RUNS / 2);
    expect(disagreements).toEqual([]);
    expect(unlocated).toEqual([]);
  }, 1_800_000);
});

describe("the oracle", () => {
  it("calls the issue's misses breaking, and an unchanged or a description-only edit none and docs", async () => {
    const travel = readSpec("features/3.1/train-travel.json") as Json;
    const before = (await client(travel, "oracle-before"))!;
    const verdict = async (name: string, edit: (spec: Json) => void): Promise<string> => {
      const edited = structuredClone(travel);
      edit(edited);
      return judge(before, (await client(edited, name))!).verdict;
    };
    expect(await verdict("oracle-timezone", (spec) => delete spec.components.schemas.Station.properties.timezone)).toBe("breaking");
    expect(await verdict("oracle-price", (spec) => (spec.components.schemas.Trip.properties.price.type = "string"))).toBe("breaking");
    expect(await verdict("oracle-platforms", (spec) => (spec.components.schemas.Station.properties.platforms = { type: "integer" }))).toBe("compatible");
    expect(await verdict("oracle-docs", (spec) => (spec.components.schemas.Station.description = "Stations."))).toBe("docs");
    expect(judge(before, before).verdict).toBe("none");
  }, 120_000);
});
