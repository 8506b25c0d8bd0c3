// Hostile specs: property keys, patterns, formats and type names from the spec reach validators.js only as JSON
// data inside one string literal, never as code; a catastrophically backtracking pattern is compiled, never run, at
// generation.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateValidators } from "./helpers.js";

const HOSTILE = '"); globalThis.pwned = 1; ("';
const spec = {
  openapi: "3.1.0",
  info: { title: "Hostile", version: "1.0.0" },
  paths: {},
  components: {
    schemas: {
      Evil: {
        type: "object",
        properties: { [HOSTILE]: { type: "string", pattern: "^(a+)+$", format: HOSTILE }, ["__proto__"]: { type: "integer" }, "*/": { type: "string", pattern: `${HOSTILE}` } },
        required: [HOSTILE],
      },
    },
  },
};

describe("hostile specs", () => {
  it("keeps spec text out of the code, and checks it as data", async () => {
    const started = performance.now();
    const { dir, module, remove } = await generateValidators(spec);
    try {
      expect(performance.now() - started).toBeLessThan(60_000);
      const source = readFileSync(path.join(dir, "validators.js"), "utf8");
      const code = source.replace(/JSON\.parse\(\s*'(?:[^'\\]|\\.)*',?\s*\)/, "JSON.parse(DATA)");
      expect(code).toContain("JSON.parse(DATA)");
      expect(code).not.toContain("pwned");
      expect(code).not.toContain("(a+)+");
      expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
      const evil = module.schemas.Evil!;
      expect(evil.is({ [HOSTILE]: "aaaa" })).toBe(true);
      expect(evil.is({ [HOSTILE]: "aaab" })).toBe(false);
      expect(evil.is(JSON.parse(`{ "${HOSTILE.replace(/"/g, '\\"')}": "a", "__proto__": "x" }`))).toBe(false);
      expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    } finally {
      remove();
    }
  }, 60_000);
});
