// The five classes of input found failing outside the repository (issue 10), pinned one by one: what each generates,
// which warning names its pointer, and how the client behaves. The hostile-spec suite also compiles each of them.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/common/errors.js";
import { generate } from "../../generator/generate.js";
import { silentLogger, type Logger } from "../../generator/common/log.js";
import { ROOT, tempDir } from "../helpers/cli.js";
import { startServer } from "../helpers/server.js";

const SPECS = path.join(ROOT, "test/hostile/specs");
const work = tempDir("outside-");
afterAll(() => work.remove());

/** Generates a hostile spec; returns its types module and the warnings it printed. */
async function generateSpec(file: string): Promise<{ dir: string; types: string; warnings: string[] }> {
  const warnings: string[] = [];
  const log: Logger = { ...silentLogger, error: (message: string) => void warnings.push(message) };
  const dir = path.join(work.dir, file);
  await generate({ input: path.join(SPECS, file), output: dir, log });
  return { dir, types: readFileSync(path.join(dir, "types.d.ts"), "utf8"), warnings };
}

function writeSpec(name: string, document: unknown): string {
  const file = path.join(work.dir, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

describe("% in component keys and $refs", () => {
  it("resolves undecodable escapes by their raw text and decodable ones as escapes", async () => {
    const { types } = await generateSpec("ok-percent-keys.json");
    expect(types).toContain("export interface PriceChange {\n  share?: _100;\n  odd?: Zz;\n  escaped?: Enc;\n  mixed?: AB;\n  \"100% sure\"?: {\n    \"nested%\"?:\n      | string\n      | {\n          \"50%\": boolean;\n        };\n  };\n}");
    expect(types).toContain("export type _100 = number;");
    expect(types).toContain("export type Enc = boolean;");
  });

  it("a $ref with a stray % to a key that does not exist fails with the pointer, not an internal error", async () => {
    const input = writeSpec("dangling-percent.json", {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {},
      components: { schemas: { A: { $ref: "#/components/schemas/Gone%" } } },
    });
    const error = await generate({ input, output: path.join(work.dir, "dangling") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).pointer).toBe("/components/schemas/A");
    expect((error as GeneratorError).message).toMatch(/Can't resolve \$ref/);
  });
});

describe("reference cycles", () => {
  it("types what no value can satisfy as unknown, keeps legal recursion, and warns with each pointer", async () => {
    const { types, warnings } = await generateSpec("ok-reference-cycles.json");
    expect(types).toContain("export type A = unknown;");
    expect(types).toContain("export type B = unknown;");
    expect(types).toContain("export interface Self {\n  name?: string;\n}");
    expect(types).toContain("export type Baz = unknown;");
    expect(types).toContain("export type Qux = Baz;");
    expect(types).toContain("export type Loop = unknown | string;");
    expect(types).toContain("export type Pet = Cat | Dog;");
    expect(types).toMatch(/export type Cat = \{\n {2}kind\?: string;\n {2}meows\?: boolean;\n\} & \{\n(.*\n){4} {2}kind: "Cat";\n\};/);
    expect(types).toContain("export interface Bar {\n  bar?: Bar[];\n}");
    expect(types).toContain("export type Tree = string | Tree[];");
    const pointers = warnings.map((warning) => /#(\S+):/.exec(warning)?.[1]);
    expect(pointers).toEqual([
      "/components/schemas/Baz/$ref",
      "/components/schemas/A/allOf/0/$ref",
      "/components/schemas/B/allOf/0/$ref",
      "/components/schemas/Self/allOf/0/$ref",
      "/components/schemas/Cat/allOf/0/$ref",
      "/components/schemas/Dog/allOf/0/$ref",
      "/components/schemas/Loop/oneOf/0/$ref",
    ]);
    expect(warnings[0]).toMatch(/Baz → .*Qux → .*Baz form a cycle/);
  });
});

describe("http schemes other than basic and bearer", () => {
  it("generates, warns with the scheme's pointer, and sends `Authorization: <scheme> <token>`", async () => {
    const { dir, warnings } = await generateSpec("ok-http-schemes.json");
    expect(warnings.filter((warning) => warning.includes("#/components/securitySchemes/digest/scheme: http scheme \"digest\""))).toHaveLength(1);
    expect(warnings).toHaveLength(5);
    const server = await startServer((_request, response) => void response.writeHead(204).end());
    try {
      const api = (await import(path.join(dir, "index.js"))) as Record<string, (client: unknown) => Promise<unknown>> & { createClient: (options: object) => unknown };
      const client = api.createClient({ baseUrl: server.url, auth: { digest: "username=\"u\", response=\"r\"", aws: async () => "Credential=AK/20260101" } });
      await api.withDigest!(client);
      await api.withAws!(client);
      expect(server.requests.map((request) => request.headers.authorization)).toEqual(['digest username="u", response="r"', "AWS4-HMAC-SHA256 Credential=AK/20260101"]);
      // The odd scheme is no HTTP token (quotes, a line separator): no header can carry it, and the call is refused.
      await expect(api.withOdd!(api.createClient({ baseUrl: server.url, auth: { odd: "t" } }))).rejects.toMatchObject({ name: "UnsafeArgumentError", message: /not a valid HTTP token/ });
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});

describe("numbers a double cannot keep", () => {
  it("become literal types that mean the same value, or number, and JSDoc shows them as written", async () => {
    const { types } = await generateSpec("ok-numeric-edge-cases.json");
    expect(types).toContain("export type Enum = number;");
    expect(types).toContain("export type SmallEnum = 1e-7 | 0 | 0.1 | -5 | -1e-300;");
    expect(types).toContain("export type Const = number;");
    expect(types).toContain("@default 1e400\n   * @example -0\n");
    expect(types).toContain("@default 1E-7");
    expect(types).toContain("@example 9007199254740993");
    expect(types).toContain("@default 0.1000000000000000055511151231257827");
    expect(types).toContain("@default 8.0");
    expect(types).toContain("export type Pairs = ([-1, 2] | [number, 0] | [-1e-7])[];");
    expect(types).toContain("export type Negatives = number[];");
  });
});
