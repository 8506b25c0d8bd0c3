// Warnings on the command line: each names its place, and a message repeated over many places is cut short.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli.js";

const work = tempDir("warnings-");
afterAll(() => work.remove());

/** A spec with `count` GET operations that each declare a request body (as Stripe's list operations do). */
function specWithGetBodies(count: number): string {
  const body = { content: { "application/json": { schema: { type: "object" } } } };
  const paths = Object.fromEntries(
    Array.from({ length: count }, (_, index) => [`/things${index}`, { get: { operationId: `listThings${index}`, requestBody: body, responses: { 204: { description: "none" } } } }]),
  );
  const file = path.join(work.dir, `get-bodies-${count}.json`);
  writeFileSync(file, JSON.stringify({ openapi: "3.0.3", info: { title: "Bodies", version: "1" }, paths }));
  return file;
}

const MESSAGE = "a GET request cannot have a body (fetch refuses one); the requestBody is left out";

it("prints the first three places of a repeated warning and counts the rest", () => {
  const spec = specWithGetBodies(5);
  const result = runCli(["-i", spec, "-o", path.join(work.dir, "short")]);
  expect(result.status).toBe(0);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toEqual([
    `warning: ${spec}#/paths/~1things0/get/requestBody: ${MESSAGE}`,
    `warning: ${spec}#/paths/~1things1/get/requestBody: ${MESSAGE}`,
    `warning: ${spec}#/paths/~1things2/get/requestBody: ${MESSAGE}`,
    "warning: 2 more with the same message (--verbose lists every one)",
  ]);
});

it("lists every place under --verbose", () => {
  const spec = specWithGetBodies(5);
  const result = runCli(["-i", spec, "-o", path.join(work.dir, "verbose"), "--verbose"]);
  expect(result.status).toBe(0);
  const warnings = result.stderr.split("\n").filter((line) => line.startsWith("warning: "));
  expect(warnings).toEqual([0, 1, 2, 3, 4].map((index) => `warning: ${spec}#/paths/~1things${index}/get/requestBody: ${MESSAGE}`));
});
