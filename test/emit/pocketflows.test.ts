// Pins every generated file for openapi.json, and checks the output is deterministic and compiles under --strict.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { ROOT, tempDir } from "../helpers/cli.js";
import { typecheckFolder } from "../helpers/typecheck.js";

const out = tempDir("pocketflows-");
const again = tempDir("pocketflows-again-");

beforeAll(async () => {
  await generate({ input: path.join(ROOT, "openapi.json"), output: path.join(out.dir, "client") });
});
afterAll(() => {
  out.remove();
  again.remove();
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe("the Pocketflows client", () => {
  it("has the expected files", () => {
    expect(listFiles(path.join(out.dir, "client"))).toMatchSnapshot();
  });

  it("matches the reviewed snapshot, file by file", async () => {
    for (const file of listFiles(path.join(out.dir, "client"))) {
      const text = readFileSync(path.join(out.dir, "client", file), "utf8");
      await expect(text).toMatchFileSnapshot(`__snapshots__/pocketflows/${file}.snap`);
    }
  });

  it("is byte-identical when generated twice", async () => {
    await generate({ input: path.join(ROOT, "openapi.json"), output: path.join(again.dir, "client") });
    const first = listFiles(path.join(out.dir, "client"));
    expect(listFiles(path.join(again.dir, "client"))).toEqual(first);
    for (const file of first) {
      expect(readFileSync(path.join(again.dir, "client", file), "utf8"), file).toBe(readFileSync(path.join(out.dir, "client", file), "utf8"));
    }
  });

  it("compiles under tsc --strict with lib es2022 + dom", () => {
    expect(typecheckFolder(path.join(out.dir, "client"))).toEqual([]);
  });

  it("carries the generated-file header on every code file, and the spec's sha256 in the manifest only", () => {
    for (const file of listFiles(path.join(out.dir, "client")).filter((f) => /\.(js|ts)$/.test(f))) {
      const head = readFileSync(path.join(out.dir, "client", file), "utf8").split("\n").slice(0, 2).join("\n");
      expect(head, file).toMatch(/^\/\/ Generated from openapi\.json\./);
      expect(head).toContain("Do not edit");
    }
    const withHash = listFiles(path.join(out.dir, "client")).filter((file) => /[0-9a-f]{64}/.test(readFileSync(path.join(out.dir, "client", file), "utf8")));
    expect(withHash).toEqual(["operations.json"]);
  });

  it("writes a manifest naming each operation's function and types", () => {
    const manifest = JSON.parse(readFileSync(path.join(out.dir, "client", "operations.json"), "utf8"));
    expect(manifest.operations).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/businesses/{id}/customers/batch_update",
        operationId: null,
        function: "updateMultipleCustomers",
        types: {
          params: "UpdateMultipleCustomersParams",
          body: "UpdateMultipleCustomersBody",
          response: "UpdateMultipleCustomersResponse",
          error: "UpdateMultipleCustomersError",
        },
      }),
    ]);
  });
});
