// The corpus: every spec stored in test/specs/{real,features} generates and compiles under --strict.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { generateToTemp, typecheckEmittedSources } from "./generate.js";
import { SPECS } from "./specs-store.js";
import { typecheckFolder } from "./typecheck.js";

/** The spec files of one corpus folder, sorted. */
export function corpusFiles(folder: string): string[] {
  const dir = path.join(SPECS, folder);
  return readdirSync(dir).filter((name) => /\.(json|ya?ml)$/.test(name)).sort().map((name) => path.join(dir, name));
}

/** One test per spec: generate into a temp folder, then `tsc --noEmit --strict` (lib es2022 + dom) finds nothing. */
export function corpusTests(folder: string, options: { checkSources?: boolean } = {}): void {
  const files = corpusFiles(folder);
  it("is not empty", () => expect(files.length).toBeGreaterThan(0));
  it.each(files.map((file) => [path.basename(file), file]))("%s generates and compiles under --strict", async (_name, file) => {
    const output = await generateToTemp(file);
    try {
      expect(typecheckFolder(output.dir)).toEqual([]);
    } finally {
      output.remove();
    }
    if (options.checkSources) expect(await typecheckEmittedSources(file)).toEqual([]);
  });
}
