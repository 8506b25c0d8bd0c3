// `--base` compares the two clients on a worker thread (generator/report/base-client.ts) when the generator runs
// bundled, as the CLI does, on a machine with more than one core; the older client is built on that worker (three
// cores or more) or on the main thread after the new one (two); OPENAPI_CLIENT_BASE_BUILD chooses here, and both ways
// are run. `generate()` from the unbundled sources, as here, does it all on the main thread. All must report the same:
// the same changes, the same warnings in the same order, the same error for a bad base spec.
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/common/errors.js";
import type { Logger } from "../../generator/common/log.js";
import { generate } from "../../generator/generate.js";
import { runCli, tempDir } from "../helpers/cli.js";
import { SPECS } from "../helpers/specs-store.js";

type Spec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a test edits raw JSON

const work = tempDir("base-worker-");
afterAll(() => work.remove());

/** OpenAI's description, and a version of it without an operation and without each schema's first property (unless a `$ref` points at it). */
function specPair(name: string, editBase: (spec: Spec) => void = () => undefined): { base: string; input: string } {
  const spec = JSON.parse(readFileSync(path.join(SPECS, "real", "openai.com.json"), "utf8")) as Spec;
  const before = structuredClone(spec);
  editBase(before);
  const schemas = spec.components.schemas as Record<string, Spec>;
  const referenced = (key: string): boolean => JSON.stringify(spec).includes(`/properties/${key}"`);
  for (const schema of Object.values(schemas).filter((each) => each.properties)) {
    const first = Object.keys(schema.properties)[0]!;
    if (!referenced(first)) delete schema.properties[first];
  }
  delete spec.paths[Object.keys(spec.paths)[0]!];
  const base = path.join(work.dir, `${name}-before.json`);
  const input = path.join(work.dir, `${name}-after.json`);
  writeFileSync(base, JSON.stringify(before));
  writeFileSync(input, JSON.stringify(spec));
  return { base, input };
}

/** A logger keeping what `generate()` prints on stderr. */
function recordingLogger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { verbose: false, errors, debug: () => undefined, info: () => undefined, error: (line) => errors.push(line) };
}

describe.each(["worker", "main"] as const)("--base, the older client built on the %s thread", (where) => {
  beforeAll(() => void (process.env.OPENAPI_CLIENT_BASE_BUILD = where));
  afterAll(() => void delete process.env.OPENAPI_CLIENT_BASE_BUILD);

  it("reports the same changes and warnings as a base built on the main thread", async () => {
    // A GET with a body gives a warning in each spec: the base's must come after the new one's, as on one thread.
    const getWithBody = (spec: Spec): void => {
      const get = Object.values(spec.paths as Record<string, Spec>).find((item) => item.get)!.get;
      get.requestBody = { content: { "application/json": { schema: { type: "object" } } } };
    };
    const { base, input } = specPair("same", getWithBody);
    const log = recordingLogger();
    const inProcess = await generate({ input, base, output: path.join(work.dir, "unused"), log });
    expect(inProcess.changes!.filter((change) => change.severity === "breaking").length).toBeGreaterThan(3);
    expect(log.errors.some((line) => line.startsWith(`warning: ${base}#`))).toBe(true);

    const cli = runCli(["-i", input, "--base", base, "--report", "json", "--verbose"]);
    expect(cli.status).toBe(1);
    expect(JSON.parse(cli.stdout)).toEqual({
      upToDate: false,
      breaking: inProcess.changes!.filter((change) => change.severity === "breaking").length,
      changes: inProcess.changes,
    });
    const lines = cli.stderr.split("\n");
    // With one core nothing could overlap, and the main thread does it all.
    const worker = availableParallelism() > 1;
    expect(lines.includes("base client (built on a worker thread):")).toBe(worker && where === "worker");
    // The worker parses the client it has first while the other is built: the new one, when the main thread builds
    // the other; either, when both are built at once.
    const parse = where === "worker" ? /^report parse \((base|new) client\): / : /^report parse \(new client\): /;
    expect(lines.some((line) => parse.test(line))).toBe(worker);
    expect(lines.filter((line) => line.startsWith("warning: "))).toEqual(log.errors);
  }, 120_000);

  it("gives the same client for the same spec", () => {
    const { input } = specPair("unchanged");
    const cli = runCli(["-i", input, "--base", input, "--report", "json"]);
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual({ upToDate: true, breaking: 0, changes: [] });
  }, 120_000);

  it("reports an error in the base spec with its file and JSON pointer, as the main thread does", async () => {
    const { base, input } = specPair("broken", (spec) => {
      spec.components.schemas.Broken = { type: "object", properties: { gone: { $ref: "#/components/schemas/Nowhere" } } };
    });
    const error = await generate({ input, base, output: path.join(work.dir, "unused") }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    const described = (error as GeneratorError).describe();
    expect(described).toContain(`${path.basename(base)}#/components/schemas/Broken`);

    const cli = runCli(["-i", input, "--base", base]);
    expect(cli.status).toBe(1);
    expect(cli.stderr).not.toContain("internal error");
    expect(cli.stderr).toContain(`error: ${described}`);
  }, 120_000);

  it("reads the older spec without judging it: a problem only the lint finds does not stop the report, though it stops a generation", async () => {
    // Two operations with one operationId: Redocly's lint refuses the document, the client is still built.
    const duplicateId = (spec: Spec): void => {
      const [first, second] = Object.values(spec.paths as Record<string, Spec>).flatMap((item) => Object.values(item).filter((operation) => operation?.operationId));
      second.operationId = first.operationId;
    };
    const { base, input } = specPair("lint-only", duplicateId);
    const refused = runCli(["-i", base, "-o", path.join(work.dir, "lint-only-out")]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("operationId");
    const inProcess = await generate({ input, base, output: path.join(work.dir, "unused") });
    expect(inProcess.changes!.some((change) => change.severity === "breaking")).toBe(true);
    const cli = runCli(["-i", input, "--base", base, "--report", "json"]);
    expect(cli.stderr).not.toContain("error");
    expect(JSON.parse(cli.stdout)).toMatchObject({ upToDate: false, changes: inProcess.changes });
  }, 120_000);

  it("reports the new spec's error when both specs have one, as the main thread does", () => {
    const { base, input } = specPair("both-broken", (spec) => {
      spec.components.schemas.Broken = { type: "object", properties: { gone: { $ref: "#/components/schemas/Nowhere" } } };
    });
    const broken = path.join(work.dir, "both-broken-invalid.json");
    const spec = JSON.parse(readFileSync(input, "utf8")) as Spec;
    spec.paths["/broken"] = { get: { responses: { "200": { $ref: "#/components/responses/Nowhere" } } } };
    writeFileSync(broken, JSON.stringify(spec));
    const cli = runCli(["-i", broken, "--base", base]);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`error: ${broken}#/paths/~1broken/get/responses/200`);
    expect(cli.stderr).not.toContain(base);
    expect(cli.stderr).not.toContain("internal error");
  }, 120_000);
});
