// The TypeScript the emitters write (before compilation to .js + .d.ts) type-checks under --strict, bodies included.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { typecheckEmittedSources } from "../helpers/generate.js";
import { SPECS } from "../helpers/specs-store.js";

describe("emitted TypeScript sources", () => {
  it.each([
    ["openapi.json", path.join(ROOT, "openapi.json")],
    ["extra Pocketflows operations", path.join(SPECS, "pocketflows/extra-operations.json")],
  ])("%s type-checks", async (_name, input) => {
    expect(await typecheckEmittedSources(input)).toEqual([]);
  });
});
