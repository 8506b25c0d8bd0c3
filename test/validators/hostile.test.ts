// Hostile specs: property keys, patterns, formats and type names from the spec reach the generated checks of
// validators.js only as string literals, never as code; a catastrophically backtracking pattern is compiled, never
// run, at generation.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
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
      const { code, strings } = tokens(source);
      // The spec's text is there, as literals only: the key, the pattern and the message naming the pattern.
      expect(strings).toContain(HOSTILE);
      expect(strings).toContain("^(a+)+$");
      expect(code).not.toContain("pwned");
      expect(code).not.toContain("a+");
      expect(code).not.toMatch(/\beval\b|\bFunction\b/);
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

/** The code of a module without its string literals and comments, and the values of those literals. */
function tokens(source: string): { code: string; strings: string[] } {
  const scanner = ts.createScanner(ts.ScriptTarget.ESNext, true, ts.LanguageVariant.Standard, source);
  const code: string[] = [];
  const strings: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.StringLiteral) strings.push(scanner.getTokenValue());
    else code.push(scanner.getTokenText());
  }
  return { code: code.join(" "), strings };
}
