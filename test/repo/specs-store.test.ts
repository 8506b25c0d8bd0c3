// A fresh clone passes its own tests: everything they read is in the repository (test/specs, unpacked by vitest's
// globalSetup into test/.cache/specs), and the unpacking is exact, idempotent and repairs a damaged cache.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";
import { corpusFiles, PACKED_SPECS, SPECS, storedFiles, unpackSpecs } from "../helpers/specs-store.js";

const work = tempDir("specs-store-");
afterAll(() => work.remove());

/** Every TypeScript file of the test suites and the bench, relative to the root. */
function sourcesThatRunInTests(): string[] {
  const under = (folder: string) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.parentPath.includes(`${path.sep}.cache`))
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
  return [...under("test"), ...under("bench"), "vitest.config.ts", "vitest.browser.config.ts"];
}

describe("the specs the tests read", () => {
  it("no test, helper, config or bench file reads outside the repository", () => {
    // The folder beside the checkout, spelled in pieces so that this file does not name it either.
    const besideCheckout = new RegExp(["\\.\\./shared", 'path\\.join\\(ROOT, "\\.\\."'].join("|"));
    // A relative path in quotes that climbs out of the repository from the file that spells it.
    const root = path.resolve(ROOT);
    const climbsOut = (file: string, text: string): boolean =>
      [...text.matchAll(/["'`]((?:\.\.\/)+)/g)].some((match) => {
        const resolved = path.resolve(root, path.dirname(file), match[1]!);
        return resolved !== root && !resolved.startsWith(root + path.sep);
      });
    const files = sourcesThatRunInTests();
    expect(files.length).toBeGreaterThan(40);
    const outside = files.filter((file) => {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      return besideCheckout.test(text) || climbsOut(file, text);
    });
    expect(outside).toEqual([]);
  });

  it("every stored spec is unpacked into the folder the tests read, byte for byte", () => {
    const stored = storedFiles();
    expect(stored.filter((file) => file.startsWith("real/")).length).toBeGreaterThanOrEqual(20);
    expect(corpusFiles("real").length).toBeGreaterThanOrEqual(20);
    expect(corpusFiles("features/3.0").length + corpusFiles("features/3.1").length).toBeGreaterThanOrEqual(50);
    for (const file of stored) {
      const bytes = readFileSync(path.join(PACKED_SPECS, file));
      const plain = file.endsWith(".br") ? brotliDecompressSync(bytes) : bytes;
      expect(readFileSync(path.join(SPECS, file.replace(/\.br$/, ""))).equals(plain), file).toBe(true);
    }
  });
});

describe("unpackSpecs", () => {
  const from = path.join(work.dir, "stored");
  const to = path.join(work.dir, "unpacked");
  mkdirSync(path.join(from, "real"), { recursive: true });
  copyFileSync(path.join(PACKED_SPECS, "real/openai.com.json.br"), path.join(from, "real/openai.com.json.br"));
  copyFileSync(path.join(PACKED_SPECS, "real/webscraping.ai.json"), path.join(from, "real/webscraping.ai.json"));
  const openai = path.join(to, "real/openai.com.json");

  it("unpacks each file once: a second run writes nothing", () => {
    expect(unpackSpecs(from, to)).toBe(2);
    expect(JSON.parse(readFileSync(openai, "utf8")).openapi).toMatch(/^3\./);
    const written = statSync(openai).mtimeMs;
    expect(unpackSpecs(from, to)).toBe(0);
    expect(statSync(openai).mtimeMs).toBe(written);
  });

  it("unpacks again a file cut short in the cache, or changed or removed in the store", () => {
    const whole = readFileSync(openai);
    truncateSync(openai, 100);
    expect(unpackSpecs(from, to)).toBe(1);
    expect(readFileSync(openai).equals(whole)).toBe(true);

    writeFileSync(path.join(from, "real/openai.com.json.br"), brotliCompressSync('{"openapi":"3.1.0"}'));
    expect(unpackSpecs(from, to)).toBe(1);
    expect(readFileSync(openai, "utf8")).toBe('{"openapi":"3.1.0"}');

    rmSync(path.join(from, "real/openai.com.json.br"));
    expect(unpackSpecs(from, to)).toBe(0);
    expect(readdirSync(path.join(to, "real"))).toEqual(["webscraping.ai.json"]);
  });
});
