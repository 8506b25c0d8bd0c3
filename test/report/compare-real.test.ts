// The change report on two big real specs (the slow tier): a version of Stripe and of GitHub that differs in many
// places gives a report with the breaking changes and the removed operation.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { tempDir } from "../helpers/cli.js";
import { SPECS } from "../helpers/specs-store.js";

type Spec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a test edits raw JSON

const work = tempDir("report-real-");
afterAll(() => work.remove());

describe("big real specs", () => {
  it.each(["stripe.com.json", "github.com_api.github.com.json"])("%s: a version differing in many places gives a report", async (file) => {
    const spec = JSON.parse(readFileSync(path.join(SPECS, "real", file), "utf8")) as Spec;
    const before = path.join(work.dir, `before-${file}`);
    writeFileSync(before, JSON.stringify(spec));
    const schemas = spec.components.schemas as Record<string, Spec>;
    let edits = 0;
    for (const schema of Object.values(schemas)) {
      if (edits >= 20) break;
      const properties = schema.properties as Record<string, Spec> | undefined;
      const first = properties && Object.keys(properties)[0];
      if (first) {
        delete properties[first];
        edits++;
      }
    }
    const [firstPath] = Object.keys(spec.paths);
    delete spec.paths[firstPath!];
    const after = path.join(work.dir, `after-${file}`);
    writeFileSync(after, JSON.stringify(spec));
    const result = await generate({ input: after, base: before, output: path.join(work.dir, "unused") });
    const changes = result.changes ?? [];
    expect(changes.filter((entry) => entry.severity === "breaking").length).toBeGreaterThan(10);
    expect(changes.some((entry) => entry.kind === "operation-removed")).toBe(true);
  }, 120_000);
});
