// `additionalProperties` / `patternProperties` beside `properties`: every value valid for the schema type-checks
// against the generated type, and wrong ones do not (the extra schema applies only to the undeclared keys).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { widenIndexSignatures } from "../../generator/emit/additional-properties.js";
import { formatChunk } from "../../generator/format/format-chunk.mjs";
import { prettierOptions } from "../../generator/format/format.js";
import { generate } from "../../generator/generate.js";
import { tempDir } from "../helpers/cli.js";
import { typecheckFolder } from "../helpers/typecheck.js";

const ref = (name: string): object => ({ $ref: `#/components/schemas/${name}` });
const SPEC = {
  openapi: "3.1.0",
  info: { title: "Additional properties", version: "1" },
  paths: {
    "/jobs/{name}": {
      put: {
        operationId: "putJob",
        parameters: [{ name: "name", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: true, content: { "application/json": { schema: ref("Job") } } },
        responses: { "200": { description: "the job", content: { "application/json": { schema: ref("Job") } } } },
      },
    },
  },
  components: {
    schemas: {
      LastBuild: { type: "object", required: ["id"], properties: { id: { type: "string" } } },
      Plugin: { type: "object", required: ["version"], properties: { version: { type: "string" } } },
      Job: { type: "object", properties: { configured: { type: "boolean" }, lastBuild: ref("LastBuild") }, additionalProperties: ref("Plugin") },
      Inline: {
        type: "object",
        required: ["name"],
        properties: { name: { type: "string" }, limits: { type: "object", properties: { max: { type: "integer" } }, additionalProperties: { type: "string" } } },
        additionalProperties: { type: "array", items: { type: "string" } },
      },
      Headers: { type: "object", properties: { count: { type: "integer" } }, patternProperties: { "^x-": { type: "string" } } },
    },
  },
};

const USAGE = `
import type { Headers, Inline, Job } from "./index.js";
import { putJob, createClient } from "./index.js";

export const job: Job = { configured: true, lastBuild: { id: "b1" } };
export const jobWithPlugins: Job = { configured: false, git: { version: "5.2" }, docker: { version: "1.0" } };
export const emptyJob: Job = {};
export const read: boolean | undefined = job.configured;
export const inline: Inline = { name: "n", limits: { max: 3, unit: "s" }, tags: ["a", "b"] };
export const headers: Headers = { count: 2, "x-trace": "t" };
export const call = () => putJob(createClient(), { path: { name: "j" }, body: { configured: true, lastBuild: { id: "b1" }, git: { version: "5" } } });

// @ts-expect-error a declared property of the wrong type
export const wrongDeclared: Job = { configured: "yes" };
// @ts-expect-error an extra key whose value fits neither the extra schema nor a declared property
export const wrongExtra: Job = { git: 5 };
// @ts-expect-error a declared object property missing its required key
export const wrongNested: Job = { lastBuild: {} };
// @ts-expect-error a required declared property missing
export const missing: Inline = { tags: [] };
// @ts-expect-error an extra key of the wrong type inside a nested object
export const wrongInner: Inline = { name: "n", limits: { unit: true } };
// @ts-expect-error a declared property of the wrong type beside pattern properties
export const wrongCount: Headers = { count: "2" };
`;

const work = tempDir("additional-properties-");
afterAll(() => work.remove());

describe("additionalProperties beside properties", () => {
  it("generates types that every valid value satisfies and that reject wrong ones", async () => {
    const input = path.join(work.dir, "spec.json");
    const output = path.join(work.dir, "client");
    writeFileSync(input, JSON.stringify(SPEC));
    await generate({ input, output });
    // The widened types are printed in prettier's form, as every type is.
    const types = readFileSync(path.join(output, "types.d.ts"), "utf8");
    expect(types).toContain("[key: string]: Plugin | boolean | LastBuild;");
    expect(types).toBe(await formatChunk(types, prettierOptions("types.d.ts")));
    writeFileSync(path.join(output, "usage.ts"), USAGE);
    expect(typecheckFolder(output)).toEqual([]);
  });

  it("widens the extra schema by the declared properties' schemas, and only where both are given", () => {
    const job = SPEC.components.schemas.Job;
    expect(widenIndexSignatures(job)).toEqual({ ...job, additionalProperties: { anyOf: [ref("Plugin"), { type: "boolean" }, ref("LastBuild")] } });
    const headers = SPEC.components.schemas.Headers;
    expect(widenIndexSignatures(headers)).toEqual({ ...headers, patternProperties: { "^x-": { anyOf: [{ type: "string" }, { type: "integer" }] } } });
    const plain = [{ type: "object", additionalProperties: { type: "string" } }, { type: "object", properties: { a: { type: "string" } }, additionalProperties: {} }, SPEC.components.schemas.LastBuild];
    for (const schema of plain) expect(widenIndexSignatures(schema)).toBe(schema);
  });

  it("widens nested objects and leaves the input untouched", () => {
    const inline = structuredClone(SPEC.components.schemas.Inline);
    const widened = widenIndexSignatures(inline) as typeof inline;
    expect(inline).toEqual(SPEC.components.schemas.Inline);
    expect(widened.properties.limits.additionalProperties).toEqual({ anyOf: [{ type: "string" }, { type: "integer" }] });
    expect(widened.properties.name).toBe(inline.properties.name);
  });
});
