// Where the report's tests read the shared specs from: one function, so that moving the specs into the repository
// (test/specs/) changes one line.
import { readFileSync } from "node:fs";
import path from "node:path";
import { SHARED_SPECS } from "../helpers/cli.js";

/** A spec document from the shared specs, by its path under `specs/` (`features/3.1/train-travel.json`). */
export function readSpec(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(SHARED_SPECS, relative), "utf8")) as Record<string, unknown>;
}
