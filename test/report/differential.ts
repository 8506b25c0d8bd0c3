// The differential run of the change report against its oracle, shared by the test (differential.test.ts) and by
// longer runs from a script: mutations drawn by fast-check from a seed, each judged by the report and by the oracle.
import { writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { GeneratorError } from "../../generator/common/errors.js";
import { generate } from "../../generator/generate.js";
import { compareClients, type Change } from "../../generator/report/compare-clients.js";
import { MUTATIONS, mutate, trimSpec, type Mutation } from "./mutations.js";
import { judge } from "./oracle.js";
import { readSpec } from "./specs.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw OpenAPI documents

/** Specs, and for the big ones how many operations to keep around the edit (their schemas' users come along). */
export const DIFF_SPECS: Array<[string, number | null]> = [
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

export type Verdict = "breaking" | "compatible" | "docs" | "none";

/** The report's verdict: its most severe change. */
export function verdictOf(changes: readonly Change[]): Verdict {
  for (const severity of ["breaking", "compatible", "docs"] as const)
    if (changes.some((entry) => entry.severity === severity)) return severity;
  return "none";
}

/** A generated client's compared files, or undefined when the spec is invalid (an edit that is no change to judge). */
export async function clientOf(spec: Json, dir: string, name: string): Promise<Map<string, string> | undefined> {
  const input = path.join(dir, `${name}.json`);
  const output = path.join(dir, name);
  await writeFile(input, JSON.stringify(spec));
  try {
    await generate({ input, output, reportChanges: false });
  } catch (error) {
    if (error instanceof GeneratorError) return undefined;
    throw error;
  }
  const files = new Map<string, string>();
  for (const file of ["operations.json", "types.d.ts", "operations.d.ts"])
    files.set(file, await readFile(path.join(output, file), "utf8"));
  return files;
}

/** What a run found: how many mutations were judged, where the report and the oracle disagreed, and breaking changes
 * named nowhere a reader can find them. */
export interface DifferentialResult {
  judged: number;
  disagreements: string[];
  unlocated: string[];
}

/** One mutation: the spec before and after the edit, and where the edit went; undefined when no place fits. */
export interface DifferentialCase {
  index: number;
  file: string;
  start: Json;
  edited: Json;
  where: string;
}

/** The mutations drawn from `seed`, made one at a time (a big spec is cut down before each edit). */
export function* differentialCases(seed: number, runs: number): Generator<DifferentialCase> {
  const cases = fc.sample(fc.record({ spec: fc.nat(DIFF_SPECS.length - 1), mutation: fc.constantFrom(...MUTATIONS), pick: fc.nat(10_000), keep: fc.nat(10_000) }), { seed, numRuns: runs });
  const loaded = new Map<string, Json>();
  for (const [index, { spec, mutation, pick, keep }] of cases.entries()) {
    const [file, size] = DIFF_SPECS[spec]!;
    if (!loaded.has(file)) loaded.set(file, readSpec(file) as Json);
    // Big specs are cut down to a few operations (and the schemas they reach), so each run stays fast.
    const start = size === null ? structuredClone(loaded.get(file)!) : trimSpec(loaded.get(file)!, (at, count) => (at - (keep % count) + count) % count < size);
    const edited = structuredClone(start);
    const where = mutate(edited, mutation as Mutation, pick);
    if (where) yield { index, file, start, edited, where };
  }
}

/** Runs `runs` mutations drawn from `seed`; `onCase` hears each judged one (for long runs' progress). */
export async function runDifferential(options: { seed: number; runs: number; dir: string; onCase?: (line: string) => void }): Promise<DifferentialResult> {
  const result: DifferentialResult = { judged: 0, disagreements: [], unlocated: [] };
  // The unedited spec is often the same as for an earlier mutation (a feature spec, whole): its client is made once.
  const starts = new Map<string, Map<string, string> | undefined>();
  for (const { index, file, start, edited, where } of differentialCases(options.seed, options.runs)) {
    const key = JSON.stringify(start);
    if (!starts.has(key)) starts.set(key, await clientOf(start, options.dir, `before-${index}`));
    const before = starts.get(key);
    const after = before && (await clientOf(edited, options.dir, `after-${index}`));
    if (!before || !after) continue;
    result.judged++;
    const changes = compareClients(before, after);
    const oracle = judge(before, after);
    const report = verdictOf(changes);
    const line = `#${index} ${file}#${where}: report ${report}, oracle ${oracle.verdict}`;
    if (report !== oracle.verdict) result.disagreements.push(`${line} ${oracle.errors.slice(0, 2).join(" | ")} [${changes.map((entry) => entry.kind).join(", ")}]`);
    for (const entry of changes) if (entry.severity === "breaking" && !entry.operation && !entry.schema) result.unlocated.push(`${file}#${where}: ${entry.message}`);
    options.onCase?.(line);
  }
  return result;
}
