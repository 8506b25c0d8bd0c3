// Validation speed: the generated validators (the table validators.js ships, read by runtime/validate.js) and their
// zod flavour against ajv's compiled validator of the same schema, on a large Stripe object and a GitHub list
// response, in ops/s.
// `npx tsx bench/validators.ts`; a separate function, so `npm run bench` can call it.
import path from "node:path";
import { buildValidatorTable } from "../generator/emit/emit-validators.js";
import { loadDocument } from "../generator/load/load-document.js";
import { buildModel } from "../generator/model/build-model.js";
import { getAtPointer } from "../generator/common/json-pointer.js";
import { z } from "zod";
import { createValidators, type SchemaNode } from "../templates/validate.js";
import { createZodSchemas } from "../templates/validate-zod.js";
import { referenceValidators } from "../test/validators/reference.js";
import { sampleOf } from "../test/validators/samples.js";
import { SPECS, unpackSpecs } from "../test/helpers/specs-store.js";

const SHARED = path.join(SPECS, "real") + path.sep;

/** One row: what was validated, and each validator's ops/s (whether it accepted the value, as a check). */
export interface ValidationRow {
  name: string;
  ours: number;
  ajv: number;
  zod: number;
  valid: boolean;
}

/** Measures the cases: a Stripe `charge` object and a GitHub list of 30 `minimal-repository`. */
export async function measureValidation(): Promise<ValidationRow[]> {
  unpackSpecs();
  return [
    await measureCase("Stripe charge object", path.join(SHARED, "stripe.com.json"), "charge", (sample) => sample),
    await measureCase("GitHub list of 30 repositories", path.join(SHARED, "github.com_api.github.com.json"), "minimal-repository", (sample) => Array.from({ length: 30 }, () => structuredClone(sample)), true),
  ];
}

async function measureCase(name: string, file: string, key: string, shape: (sample: unknown) => unknown, list = false): Promise<ValidationRow> {
  const model = buildModel(await loadDocument(file));
  const { table } = buildValidatorTable(model);
  const index = model.schemas.findIndex((schema) => schema.key === key);
  const components = Object.fromEntries(model.schemas.map((schema) => [schema.key, schema.schema]));
  const itemRef = { $ref: `#/components/schemas/${key}` };
  const extra = list ? [{ type: "array", items: itemRef }] : [];
  const reference = referenceValidators(components, extra, !String(model.document.openapi).startsWith("3.1"));
  const ajv = list ? reference.extra(0) : reference.component(key);
  const ourTable = JSON.parse(JSON.stringify([...table, { type: ["array"], items: { $ref: index } }])) as SchemaNode[];
  const entry = list ? ourTable.length - 1 : index;
  const validator = createValidators(ourTable, "bench")<unknown>(entry);
  const zod = createZodSchemas(ourTable, z)<unknown>(entry);
  const resolve = (ref: string): unknown => getAtPointer({ components: { schemas: components } }, decodeURIComponent(ref.slice(1)));
  const value = shape(sampleOf(components[key], resolve));
  const valid = validator.is(value);
  if (valid !== ajv(value) || valid !== zod.safeParse(value).success) throw new Error(`${name}: the validators disagree on the sample`);
  const [ours, theirs, zods] = opsPerSecond(() => validator.is(value), () => ajv(value), () => zod.safeParse(value));
  return { name, ours: ours!, ajv: theirs!, zod: zods!, valid };
}

/** Calls per second of each function: eleven interleaved one-second rounds after a warm-up, the median of each. */
function opsPerSecond(...runs: Array<() => unknown>): number[] {
  const rounds: number[][] = runs.map(() => []);
  for (let round = 0; round < 12; round++) {
    runs.forEach((run, index) => {
      let calls = 0;
      const start = performance.now();
      while (performance.now() - start < 500) {
        for (let i = 0; i < 50; i++) run();
        calls += 50;
      }
      if (round > 0) rounds[index]!.push(calls / ((performance.now() - start) / 1000));
    });
  }
  return rounds.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureValidation();
  console.log("| value | ours (ops/s) | ajv compiled (ops/s) | zod flavour (ops/s) | ours / ajv | valid |\n|---|---|---|---|---|---|");
  for (const row of rows) console.log(`| ${row.name} | ${row.ours.toFixed(0)} | ${row.ajv.toFixed(0)} | ${row.zod.toFixed(0)} | ${(row.ours / row.ajv).toFixed(2)} | ${row.valid} |`);
}
