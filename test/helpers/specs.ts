// Every spec the generator is proven on: Pocketflows, the fixtures, the hostile specs that must generate, and the
// real-world and feature specs stored in test/specs.
import { readdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./cli.js";
import { corpusFiles, SPECS } from "./specs-store.js";

export const ALL_SPECS = [
  path.join(ROOT, "openapi.json"),
  ...readdirSync(path.join(ROOT, "test/fixtures")).filter((name) => name.endsWith(".json")).map((name) => path.join(ROOT, "test/fixtures", name)),
  ...readdirSync(path.join(ROOT, "test/hostile/specs")).filter((name) => name.startsWith("ok-")).map((name) => path.join(ROOT, "test/hostile/specs", name)),
  ...["real", "features/3.0", "features/3.1"].flatMap((folder) => corpusFiles(folder)),
];

/** `[name, absolute path]` pairs for it.each: the stored specs by their name under test/specs, the others relative to the root. */
export const NAMED_SPECS = ALL_SPECS.map((spec) => [spec.startsWith(SPECS) ? path.relative(SPECS, spec) : path.relative(ROOT, spec), spec] as const);
