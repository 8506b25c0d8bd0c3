// Generates a client with the query module into a temp folder that resolves this repository's packages (TanStack,
// vitest's expectTypeOf), for the type tests and the runtime test.
import { cpSync, symlinkSync } from "node:fs";
import path from "node:path";
import { generate } from "../../generator/generate.js";
import { ROOT, tempDir } from "../helpers/cli.js";

/** Generates `input` with `--query` into a fresh folder with the repository's node_modules linked in; `consumers` are copied in beside it. */
export async function generateWithQuery(input: string, consumers: readonly string[] = []): Promise<{ dir: string; remove: () => void }> {
  const temp = tempDir("query-");
  const dir = path.join(temp.dir, "client");
  await generate({ input, output: dir, query: true, reportChanges: false });
  // Outside the folder the type-checker lists, so it checks only the client and the consumers.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(temp.dir, "node_modules"), "dir");
  for (const consumer of consumers) cpSync(consumer, path.join(dir, path.basename(consumer)));
  return { dir, remove: temp.remove };
}
