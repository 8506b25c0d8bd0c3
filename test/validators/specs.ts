// The specs the validators are proven on, read through this one function so that where they live can change in one place.
import { readdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../helpers/cli.js";
import { SPECS as STORED_SPECS } from "../helpers/specs-store.js";

/** The real specs the differential test runs on: all of them (Stripe, GitHub, Kubernetes, OpenAI, the 3.1 ones…). */
const REAL = readdirSync(path.join(STORED_SPECS, "real")).filter((name) => name.endsWith(".json")).map((name) => name.slice(0, -".json".length)).sort();

/** Pocketflows, the feature specs (3.0 and 3.1), the hostile specs that generate, and the real specs named (by file stem; default all), as absolute paths. */
export function validatorSpecs(real: readonly string[] = [...REAL]): string[] {
  const features = ["3.0", "3.1"].flatMap((version) => readdirSync(path.join(STORED_SPECS, "features", version)).map((name) => path.join(STORED_SPECS, "features", version, name)));
  const hostile = readdirSync(path.join(ROOT, "test/hostile/specs")).filter((name) => name.startsWith("ok-")).map((name) => path.join(ROOT, "test/hostile/specs", name));
  return [path.join(ROOT, "openapi.json"), ...features, ...hostile, ...real.map((name) => path.join(STORED_SPECS, "real", `${name}.json`))];
}
