// Generates a spec into a temp folder for a test, and type-checks the TypeScript the emitters wrote before compiling.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { emitModules } from "../../generator/emit/emit-modules.js";
import { typedSourceFiles } from "../../generator/format/format.js";
import { generate } from "../../generator/generate.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { tempDir } from "./cli.js";
import { typecheckFolder } from "./typecheck.js";

/** Generates `input` into a fresh temp folder; returns the folder and a cleanup function. */
export async function generateToTemp(input: string): Promise<{ dir: string; remove: () => void }> {
  const temp = tempDir("client-");
  const dir = path.join(temp.dir, "client");
  await generate({ input, output: dir });
  return { dir, remove: temp.remove };
}

/** Type-checks the emitted `.ts` sources (function bodies included) under --strict; returns the diagnostics. */
export async function typecheckEmittedSources(input: string): Promise<string[]> {
  const model = buildModel(await loadDocument(input));
  const files = typedSourceFiles(await emitModules(model, "@test/client", { typedSources: true }));
  const temp = tempDir("sources-");
  try {
    for (const file of files.filter((f) => f.path.endsWith(".ts"))) {
      mkdirSync(path.dirname(path.join(temp.dir, file.path)), { recursive: true });
      writeFileSync(path.join(temp.dir, file.path), file.text);
    }
    writeFileSync(path.join(temp.dir, "package.json"), '{"type":"module"}');
    return typecheckFolder(temp.dir);
  } finally {
    temp.remove();
  }
}
