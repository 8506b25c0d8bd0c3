// Every spec the generator is proven on: Pocketflows, the fixtures, the hostile specs that must generate, and all of
// ../shared/specs (real-world and feature specs).
import { readdirSync } from "node:fs";
import path from "node:path";
import { ROOT, SHARED_SPECS } from "./cli.js";

export const ALL_SPECS = [
  path.join(ROOT, "openapi.json"),
  ...readdirSync(path.join(ROOT, "test/fixtures")).filter((name) => name.endsWith(".json")).map((name) => path.join(ROOT, "test/fixtures", name)),
  ...readdirSync(path.join(ROOT, "test/hostile/specs")).filter((name) => name.startsWith("ok-")).map((name) => path.join(ROOT, "test/hostile/specs", name)),
  ...readdirSync(path.join(SHARED_SPECS, "real")).map((name) => path.join(SHARED_SPECS, "real", name)),
  ...["3.0", "3.1"].flatMap((version) => readdirSync(path.join(SHARED_SPECS, "features", version)).map((name) => path.join(SHARED_SPECS, "features", version, name))),
];

/** `[name relative to the workspace, absolute path]` pairs for it.each. */
export const NAMED_SPECS = ALL_SPECS.map((spec) => [path.relative(path.join(ROOT, ".."), spec), spec] as const);
