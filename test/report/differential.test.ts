// The change report against its oracle (oracle.ts): real and feature specs mutated one edit at a time (mutations.ts),
// the report's verdict (breaking / compatible / docs / none) held to what TypeScript says of callers of the old client.
// REPORT_DIFF_RUNS sets how many mutations and REPORT_DIFF_SEED the seed (a nightly run uses more; the default is fixed).
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { DIFF_SPECS, clientOf, runDifferential } from "./differential.js";
import { judge } from "./oracle.js";
import { readSpec } from "./specs.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw OpenAPI documents

const RUNS = Number(process.env.REPORT_DIFF_RUNS ?? 60);
const SEED = Number(process.env.REPORT_DIFF_SEED ?? 20);

const work = tempDir("report-diff-");
afterAll(() => work.remove());

describe("the change report agrees with the TypeScript oracle", () => {
  it(`on ${RUNS} one-edit mutations of ${DIFF_SPECS.length} specs`, async () => {
    const { judged, disagreements, unlocated } = await runDifferential({ seed: SEED, runs: RUNS, dir: work.dir });
    expect(judged).toBeGreaterThan(RUNS / 2);
    expect(disagreements).toEqual([]);
    expect(unlocated).toEqual([]);
  }, 1_800_000);
});

describe("the oracle", () => {
  it("calls the issue's misses breaking, and an unchanged or a description-only edit none and docs", async () => {
    const travel = readSpec("features/3.1/train-travel.json") as Json;
    const before = (await clientOf(travel, work.dir, "oracle-before"))!;
    const verdict = async (name: string, edit: (spec: Json) => void): Promise<string> => {
      const edited = structuredClone(travel);
      edit(edited);
      return judge(before, (await clientOf(edited, work.dir, name))!).verdict;
    };
    expect(await verdict("oracle-timezone", (spec) => delete spec.components.schemas.Station.properties.timezone)).toBe("breaking");
    expect(await verdict("oracle-price", (spec) => (spec.components.schemas.Trip.properties.price.type = "string"))).toBe("breaking");
    expect(await verdict("oracle-platforms", (spec) => (spec.components.schemas.Station.properties.platforms = { type: "integer" }))).toBe("compatible");
    expect(await verdict("oracle-docs", (spec) => (spec.components.schemas.Station.description = "Stations."))).toBe("docs");
    expect(judge(before, before).verdict).toBe("none");
  }, 120_000);
});
