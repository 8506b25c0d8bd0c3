// The load stage's one decision of how to validate a document (load/validation-plan.ts), as a table: given the facts
// the earlier steps found, want the plan.
import { describe, expect, it } from "vitest";
import { validationPlan, WORKER_LINT_BYTES, type ValidationFacts, type ValidationPlan } from "../../generator/load/validation-plan.js";

const BIG = WORKER_LINT_BYTES;
const SMALL = WORKER_LINT_BYTES - 1;
/** A big JSON document standing alone as written, on a first run: the worker's case; each row changes one fact. */
const BASE: ValidationFacts = { bytes: BIG, format: "application/json", textIsDocument: true, externalRefs: false };

const TABLE: Array<[string, { given: Partial<ValidationFacts>; want: ValidationPlan }]> = [
  ["a big JSON document, first run", { given: {}, want: "whole on worker" }],
  ["a JSON document of exactly the threshold", { given: { bytes: WORKER_LINT_BYTES }, want: "whole on worker" }],
  ["a JSON document one byte under the threshold", { given: { bytes: SMALL }, want: "whole inline" }],
  ["a big YAML document (the worker reads JSON text only)", { given: { format: "application/yaml" }, want: "whole inline" }],
  ["a big document with external refs (only the main thread resolves them)", { given: { externalRefs: true }, want: "whole inline" }],
  ["a big document whose text no longer parses to it (version respelled, ref repaired)", { given: { textIsDocument: false }, want: "whole inline" }],
  ["watch mode, no entry changed", { given: { delta: "unchanged" }, want: "unchanged" }],
  ["watch mode, no entry changed, small YAML", { given: { delta: "unchanged", bytes: 10, format: "application/yaml" }, want: "unchanged" }],
  ["watch mode, some entries changed, big JSON", { given: { delta: "changed" }, want: "delta" }],
  ["watch mode, some entries changed, small YAML", { given: { delta: "changed", bytes: 10, format: "application/yaml" }, want: "delta" }],
  ["watch mode, the whole document to lint (no comparison possible)", { given: { delta: undefined }, want: "whole on worker" }],
  ["the older spec of --base: linted only if its client fails", { given: { judged: false, danglingRefs: false }, want: "on failure" }],
  ["the older spec of --base, small YAML", { given: { judged: false, bytes: 10, format: "application/yaml" }, want: "on failure" }],
  ["the older spec of --base with a $ref to nothing: linted, to be refused", { given: { judged: false, danglingRefs: true }, want: "whole on worker" }],
  ["the older spec of --base with a $ref to nothing and external refs", { given: { judged: false, danglingRefs: true, externalRefs: true }, want: "whole inline" }],
];

describe("validationPlan", () => {
  it.each(TABLE)("%s", (_name, { given, want }) => {
    expect(validationPlan({ ...BASE, ...given })).toBe(want);
  });
});
