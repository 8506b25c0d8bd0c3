// The differential test of issue 22: over every component schema and every operation's parameters, JSON body and
// JSON responses of the specs the validators are proven on, the generated validators (the JavaScript validators.js
// holds, with templates/validate.ts's helpers) and the zod flavour (templates/validate-zod.ts over the normalized
// schemas' table, as its validators.js ships it) must each agree
// with ajv + ajv-formats on every value — the spec's examples, values
// generated from the schema, and mutations of them. The intended differences are those reference.ts spells out.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildValidatorTable } from "../../generator/emit/emit-validators.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { getAtPointer } from "../../generator/common/json-pointer.js";
import { z } from "zod";
import type { SchemaNode } from "../../templates/validate.js";
import { createZodSchemas } from "../../templates/validate-zod.js";
import { loadGeneratedValidators } from "./compiled.js";
import { referenceValidators } from "./reference.js";
import { mutationsOf, sampleOf } from "./samples.js";
import { validatorSpecs } from "./specs.js";

const SPECS = validatorSpecs().map((file) => [path.relative(path.join(path.dirname(file), "../.."), file), file] as const);
const totals = { specs: 0, schemas: 0, values: 0, valid: 0 };

describe("validators agree with ajv", () => {
  it.each(SPECS)("%s", async (_name, file) => {
    const model = buildModel(await loadDocument(file));
    const openapi30 = !String(model.document.openapi).startsWith("3.1");
    const built = buildValidatorTable(model);
    // Through JSON, as the zod flavour's validators.js ships the table.
    const shipped = JSON.parse(JSON.stringify(built.table)) as SchemaNode[];
    const generated = await loadGeneratedValidators(model);
    const zodSchema = createZodSchemas(shipped, z);
    const components = Object.fromEntries(model.schemas.map((schema) => [schema.key, schema.schema]));
    const extraSources = built.sources.slice(model.schemas.length);
    const reference = referenceValidators(components, extraSources, openapi30);
    const resolve = (ref: string): unknown => getAtPointer({ components: { schemas: components } }, decodeURIComponent(ref.slice(1)));
    const disagreements: string[] = [];
    built.sources.forEach((source, index) => {
      const ours = generated.at(index);
      const zod = zodSchema<unknown>(index);
      const theirs = index < model.schemas.length ? reference.component(model.schemas[index]!.key) : reference.extra(index - model.schemas.length);
      const samples: unknown[] = [];
      const raw = typeof source === "object" ? source : {};
      if (raw.example !== undefined) samples.push(raw.example);
      if (Array.isArray(raw.examples)) samples.push(...raw.examples);
      samples.push(sampleOf(source, resolve));
      const values = [...samples, ...samples.flatMap((sample) => mutationsOf(sample, source, resolve))];
      for (const value of values) {
        // ajv does not check a property named `__proto__` (the validators do, like any other key): not comparable.
        if (value === undefined || hasProtoKey(value)) continue;
        totals.values++;
        // Null-prototype copies: ajv reads `data.constructor` and the like through the prototype, JSON has no such member.
        const expected = referenceSays(theirs, value);
        if (expected) totals.valid++;
        const where = index < model.schemas.length ? model.schemas[index]!.pointer : `entry ${index}`;
        const said = `ajv says ${expected ? "valid" : `invalid (${JSON.stringify(theirs.errors?.[0])})`}`;
        if (ours.is(value) !== expected || ours.safeParse(value).success !== expected) disagreements.push(`${where}: ${JSON.stringify(value).slice(0, 200)} — ${said}`);
        if (zod.safeParse(value).success !== expected) disagreements.push(`zod, ${where}: ${JSON.stringify(value).slice(0, 200)} — ${said}`);
      }
      totals.schemas++;
    });
    totals.specs++;
    expect(disagreements.slice(0, 20)).toEqual([]);
  }, 900_000);

  it("checked a meaningful number of schemas and values", () => {
    // Printed for the report; the floor keeps the test from passing vacuously.
    console.log(`differential: ${totals.specs} specs, ${totals.schemas} schemas, ${totals.values} values (${totals.valid} valid by ajv)`);
    expect(totals.values).toBeGreaterThan(totals.schemas * 3);
    // Both sides of the line are exercised: many values pass, many fail.
    expect(totals.valid).toBeGreaterThan(totals.schemas);
    expect(totals.values - totals.valid).toBeGreaterThan(totals.schemas);
  });
});

/** `value` with every object made without a prototype, as JSON data is. */
function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  if (value === null || typeof value !== "object") return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, child] of Object.entries(value)) copy[key] = withoutPrototypes(child);
  return copy;
}

/** Whether an object in `value` has an own `__proto__` key. */
function hasProtoKey(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  if (!Array.isArray(value) && Object.hasOwn(value, "__proto__")) return true;
  return Object.values(value).some(hasProtoKey);
}

/** ajv's verdict on a prototype-free copy of `value`; on the value itself where ajv's deep equality needs `valueOf`. */
function referenceSays(validate: (value: unknown) => unknown, value: unknown): boolean {
  try {
    return validate(withoutPrototypes(value)) as boolean;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return validate(value) as boolean; // fast-deep-equal (enum, const, uniqueItems) calls valueOf, which such a copy lacks
  }
}
