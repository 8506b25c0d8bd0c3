// The generator's own sources are formatted by prettier (generator/.prettierrc.json: 120 columns), as `npm run
// format` leaves them; a diff between what is committed and what prettier prints fails here, not in review.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const GENERATOR = path.join(ROOT, "generator");

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(full);
      return Promise.resolve(/\.(ts|mts|mjs)$/.test(entry.name) ? [full] : []);
    }),
  );
  return nested.flat().sort();
}

describe("the generator's sources", () => {
  it("are as prettier formats them", async () => {
    const files = await sources(GENERATOR);
    expect(files.length).toBeGreaterThan(50);
    const unformatted: string[] = [];
    for (const file of files) {
      const options = await prettier.resolveConfig(file);
      expect(options?.printWidth, file).toBe(120);
      const text = await readFile(file, "utf8");
      if (!(await prettier.check(text, { ...options, filepath: file }))) unformatted.push(path.relative(ROOT, file));
    }
    expect(unformatted).toEqual([]);
  });
});
