// Where the report's tests read the stored specs from (test/specs, unpacked by the global setup): one function.
import { readFileSync } from "node:fs";
import path from "node:path";
import { SPECS } from "../helpers/specs-store.js";

/** A stored spec document, by its path under the specs folder (`features/3.1/train-travel.json`). */
export function readSpec(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(SPECS, relative), "utf8")) as Record<string, unknown>;
}
