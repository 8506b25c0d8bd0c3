// Validation speed: the generated validators (the JavaScript validators.js holds) and their zod flavour against ajv's
// compiled validator of the same schema, on a large Stripe object and a GitHub list response, in ops/s.
// `npx tsx bench/validators.ts`; a separate function, so `npm run bench` can call it.
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { buildValidatorTable } from "../generator/emit/emit-validators.js";
import { loadDocument } from "../generator/load/load-document.js";
import { buildModel } from "../generator/model/build-model.js";
import { getAtPointer } from "../generator/common/json-pointer.js";
import { z } from "zod";
import type { SchemaNode } from "../templates/validate.js";
import { createZodSchemas } from "../templates/validate-zod.js";
import { loadGeneratedValidators } from "../test/validators/compiled.js";
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

/** Measures the cases: a Stripe `charge` object, and a GitHub list of 30 `minimal-repository` (an operation's response). */
export async function measureValidation(): Promise<ValidationRow[]> {
  unpackSpecs();
  return [
    await measureCase("Stripe charge object", path.join(SHARED, "stripe.com.json"), "charge", (sample) => sample),
    await measureCase("GitHub list of 30 repositories", path.join(SHARED, "github.com_api.github.com.json"), "minimal-repository", (sample) => Array.from({ length: 30 }, () => structuredClone(sample)), true),
  ];
}

async function measureCase(name: string, file: string, key: string, shape: (sample: unknown) => unknown, list = false): Promise<ValidationRow> {
  const model = buildModel(await loadDocument(file));
  const { table, sources } = buildValidatorTable(model);
  const index = model.schemas.findIndex((schema) => schema.key === key);
  const components = Object.fromEntries(model.schemas.map((schema) => [schema.key, schema.schema]));
  const itemRef = `#/components/schemas/${key}`;
  // The list: the first operation response that is an array of the schema, as its validator checks it.
  const entry = list ? sources.findIndex((source, i) => i >= model.schemas.length && isListOf(source, itemRef)) : index;
  if (entry < 0) throw new Error(`${name}: no response is a list of ${key}`);
  const reference = referenceValidators(components, list ? [sources[entry]] : [], !String(model.document.openapi).startsWith("3.1"));
  const ajv = list ? reference.extra(0) : reference.component(key);
  const validator = (await loadGeneratedValidators(model)).at(entry);
  const zod = createZodSchemas(JSON.parse(JSON.stringify(table)) as SchemaNode[], z)<unknown>(entry);
  const resolve = (ref: string): unknown => getAtPointer({ components: { schemas: components } }, decodeURIComponent(ref.slice(1)));
  const value = shape(sampleOf(components[key], resolve));
  const valid = validator.is(value);
  if (valid !== ajv(value) || valid !== zod.safeParse(value).success) throw new Error(`${name}: the validators disagree on the sample`);
  const [ours, theirs, zods] = opsPerSecond(() => validator.is(value), () => ajv(value), () => zod.safeParse(value));
  return { name, ours: ours!, ajv: theirs!, zod: zods!, valid };
}

function isListOf(source: unknown, ref: string): boolean {
  const schema = source as { type?: unknown; items?: { $ref?: unknown } } | undefined;
  return schema?.type === "array" && schema.items?.$ref === ref;
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

/** The rows as the markdown table bench/RESULTS.md and the README show. */
export function validationTable(rows: readonly ValidationRow[]): string {
  const lines = [
    "Validation (`--validators`; the same schema through each validator, 11 interleaved rounds of 0.5 s after a warm-up, medians):",
    "",
    "| value | ours (ops/s) | ajv compiled (ops/s) | zod flavour (ops/s) | ours / ajv | valid |",
    "|---|---|---|---|---|---|",
    ...rows.map((row) => `| ${row.name} | ${row.ours.toFixed(0)} | ${row.ajv.toFixed(0)} | ${row.zod.toFixed(0)} | ${(row.ours / row.ajv).toFixed(2)} | ${row.valid} |`),
  ];
  return lines.join("\n");
}

/**
 * Bytes (esbuild, minified, gzip level 9) of a bundle validating one operation with the validators module of the
 * package in `dir`: `createClientWith` and that operation's validators, with the operation itself; and of the same
 * bundle without validation (`createClient` and the operation), so the difference is what validation adds.
 */
export async function measureValidatingBundle(dir: string, operation: string): Promise<{ plain: number; validating: number }> {
  const bundle = async (contents: string): Promise<number> => {
    const result = await build({ stdin: { contents, resolveDir: dir, loader: "js" }, bundle: true, minify: true, format: "esm", platform: "neutral", write: false });
    return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).byteLength;
  };
  const plain = await bundle(`import { createClient, ${operation} } from "./index.js"; console.log(createClient, ${operation});`);
  const validating = await bundle(
    `import { ${operation} } from "./index.js"; import { createClientWith, ${operation}Validators } from "./validators.js"; console.log(createClientWith({ ${operation}: ${operation}Validators }), ${operation});`,
  );
  return { plain, validating };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [, , sizesOf, operation] = process.argv;
  // `npx tsx bench/validators.ts <generated package> <operation>`: the bundle sizes; without arguments, the speed table.
  if (sizesOf && operation) console.log(await measureValidatingBundle(sizesOf, operation));
  else console.log(validationTable(await measureValidation()));
}
