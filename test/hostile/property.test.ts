// Property-based: random valid specs with random names, descriptions, enum values and nesting always give a client
// that compiles under --strict and imports without side effects.
import { writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { tempDir } from "../helpers/cli.js";
import { findImportSideEffects } from "../helpers/side-effects.js";
import { typecheckFolder } from "../helpers/typecheck.js";

const RUNS = 30;
const work = tempDir("property-");
afterAll(() => work.remove());

/** Any text, weighted towards what breaks code: comment ends, quotes, template syntax, line terminators, unicode. */
const hostileText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom("*/", "/*", "`", "${x}", '"', "'", "\\", "\u2028", "\u2029", "\0", "__proto__", "constructor", "class", "1a", "a-b", "🎉", "", " "),
  fc.array(fc.constantFrom("*/", "`", "${", '"', "\\", "\u2028", "a", "_", "1", "é"), { maxLength: 6 }).map((parts) => parts.join("")),
);

const schemaLeaf = fc.oneof(
  fc.constant({ type: "string" }),
  fc.constant({ type: "integer", format: "int64" }),
  fc.constant({ type: "string", format: "binary" }),
  fc.record({ type: fc.constant("string"), description: hostileText, example: hostileText }),
  fc.uniqueArray(hostileText, { minLength: 1, maxLength: 5 }).map((values) => ({ type: "string", enum: values })),
  fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 5 }).map((values) => ({ type: "integer", enum: values })),
  fc.constant({ type: ["string", "null"] }),
);

const { schema } = fc.letrec<{ schema: Record<string, unknown> }>((tie) => ({
  schema: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    schemaLeaf,
    fc.record({
      type: fc.constant("object"),
      description: hostileText,
      properties: fc.dictionary(hostileText, tie("schema"), { maxKeys: 4 }),
      additionalProperties: fc.boolean(),
    }),
    fc.record({ type: fc.constant("array"), items: tie("schema") }),
    fc.array(tie("schema"), { minLength: 1, maxLength: 3 }).map((members) => ({ oneOf: members })),
    fc.array(tie("schema"), { minLength: 1, maxLength: 2 }).map((members) => ({ allOf: members })),
  ),
}));

const spec = fc
  .record({
    title: hostileText,
    schemas: fc.dictionary(hostileText, schema, { minKeys: 1, maxKeys: 5 }),
    operations: fc.uniqueArray(
      fc.record({ segment: hostileText, operationId: fc.option(hostileText), summary: hostileText, parameter: hostileText, method: fc.constantFrom("get", "post", "put", "delete", "patch") }),
      { maxLength: 4, selector: (operation) => `${operation.segment}|${operation.method}` },
    ),
  })
  .map(({ title, schemas, operations }) => {
    const keys = Object.keys(schemas);
    const paths: Record<string, Record<string, unknown>> = {};
    operations.forEach((operation, index) => {
      const route = `/r${index}/${encodeURIComponent(operation.segment)}/{id}`;
      paths[route] = {
        [operation.method]: {
          ...(operation.operationId === null ? {} : { operationId: `${operation.operationId}${index}` }),
          summary: operation.summary,
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            ...(operation.parameter ? [{ name: operation.parameter, in: "query", schema: { type: "string" } }] : []),
          ],
          ...(operation.method === "get" || operation.method === "delete" ? {} : { requestBody: { content: { "application/json": { schema: { $ref: refTo(keys[index % keys.length]!) } } } } }),
          responses: { "200": { description: operation.summary, content: { "application/json": { schema: { $ref: refTo(keys[(index + 1) % keys.length]!) } } } } },
        },
      };
    });
    return { openapi: "3.1.0", info: { title, version: "1.0.0", description: title }, paths, components: { schemas } };
  });

function refTo(key: string): string {
  return `#/components/schemas/${encodeURIComponent(key.replace(/~/g, "~0").replace(/\//g, "~1"))}`;
}

describe("random specs", () => {
  it(`generate, compile under --strict and import without side effects (${RUNS} runs)`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(spec, async (document) => {
        const dir = path.join(work.dir, `run-${run++}`);
        const input = `${dir}.json`;
        writeFileSync(input, JSON.stringify(document));
        await generate({ input, output: dir });
        expect(typecheckFolder(dir)).toEqual([]);
        expect(findImportSideEffects([dir])).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20261128, endOnFailure: true },
    );
  }, 600_000);
});
