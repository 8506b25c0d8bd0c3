// The corpus: every spec stored in test/specs/{real,features} generates and compiles under --strict.
import path from "node:path";
import { expect, it } from "vitest";
import { generateToTemp, typecheckEmittedSources } from "./generate.js";
import { corpusFiles } from "./specs-store.js";
import { typecheckFolder } from "./typecheck.js";

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
