// The specs the validators are proven on, read through this one function so that where they live can change in one place.
import { readdirSync } from "node:fs";
import path from "node:path";
import { ROOT, SHARED_SPECS } from "../helpers/cli.js";

/** The real specs the differential test runs on: Stripe, OpenAI, GitHub, Kubernetes, and every 3.1 one. */
const REAL = ["stripe.com", "openai.com", "github.com_api.github.com", "kubernetes.io", "vercel.com", "codat.io_accounting", "adyen.com_CheckoutService", "discourse.local", "listennotes.com", "webscraping.ai"];

/** The feature specs (3.0 and 3.1), Pocketflows, and the real specs named (by file stem), as absolute paths. */
export function validatorSpecs(real: readonly string[] = [...REAL]): string[] {
  const features = ["3.0", "3.1"].flatMap((version) => readdirSync(path.join(SHARED_SPECS, "features", version)).map((name) => path.join(SHARED_SPECS, "features", version, name)));
  return [path.join(ROOT, "openapi.json"), ...features, ...real.map((name) => path.join(SHARED_SPECS, "real", `${name}.json`))];
}
