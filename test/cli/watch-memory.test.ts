// Watch mode's reruns reuse what the last run printed and validate only what an edit changed. Whatever the edit, a
// rerun must write exactly what a first run on the edited spec writes, and refuse exactly what a first run refuses.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/common/errors.js";
import { generate } from "../../generator/generate.js";
import { WatchSession } from "../../generator/watch/session.js";
import { tempDir } from "../helpers/cli.js";
import { SPECS } from "../helpers/specs-store.js";

const work = tempDir("watch-memory-");
afterAll(() => work.remove());

type Spec = { components: { schemas: Record<string, Record<string, unknown>> } } & Record<string, unknown>;

/** Edits of one schema, each as a watch user might save it; `name` is picked by the test. */
const EDITS: Array<[string, (spec: Spec, name: string, names: string[]) => void]> = [
  ["a description", (spec, name) => void (spec.components.schemas[name]!.description = `edited ${name}`)],
  ["a new property", (spec, name) => void (spec.components.schemas[name]!.properties = { ...(spec.components.schemas[name]!.properties as object), added: { type: "string" } })],
  ["a required list dropped", (spec, name) => void delete spec.components.schemas[name]!.required],
  ["a required property added", (spec, name) => void (spec.components.schemas[name]!.required = ["added_required"])],
  ["a reference to another schema", (spec, name, names) => void (spec.components.schemas[name] = { $ref: `#/components/schemas/${names[0]}` })],
  ["a type changed", (spec, name) => void (spec.components.schemas[name] = { type: "integer", enum: [1, 2, 3] })],
  ["a discriminator", (spec, name, names) => void (spec.components.schemas[name] = { oneOf: names.slice(0, 2).map((other) => ({ $ref: `#/components/schemas/${other}` })), discriminator: { propertyName: "kind" } })],
  ["a dangling reference", (spec, name) => void (spec.components.schemas[name] = { $ref: "#/components/schemas/DoesNotExist" })],
  ["a reference into another schema", (spec, name, names) => void (spec.components.schemas[name] = { $ref: `#/components/schemas/${names[1]}/properties/nope` })],
  ["a schema renamed", (spec, name) => {
    const { [name]: schema, ...rest } = spec.components.schemas;
    spec.components.schemas = { ...rest, [`${name}Renamed`]: schema! };
  }],
];

/** What a run wrote, or the error it refused the spec with. */
async function outcome(run: () => Promise<unknown>, output: string): Promise<Map<string, string> | string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof GeneratorError) return error.describe();
    throw error;
  }
  const files = new Map<string, string>();
  for (const entry of readdirSync(output, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(output, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
  }
  return files;
}

describe("a watch rerun", () => {
  const specs = [
    "features/3.0/discriminators.json",
    "features/3.0/polymorphism.json",
    "features/3.0/petstore-expanded.json",
    "features/3.1/schema-types.json",
    "features/3.1/train-travel.json",
    "real/stripe.com.json",
  ];
  it.each(specs)("writes what a first run writes, edit after edit: %s", async (name) => {
    const original = JSON.parse(readFileSync(path.join(SPECS, name), "utf8")) as Spec;
    const input = path.join(work.dir, path.basename(name));
    const session = new WatchSession();
    const rerunOutput = path.join(work.dir, "rerun");
    const freshOutput = path.join(work.dir, "fresh");
    writeFileSync(input, JSON.stringify(original));
    await generate({ input, output: rerunOutput, reportChanges: false }, session);
    const names = Object.keys(original.components.schemas);
    let spec = original;
    // A fixed walk through the edits: each applied to a schema further down the list, each on top of the last, and
    // each bad one followed by a good one (the bad edit is undone), as someone fixing a typo would.
    for (const [index, [what, edit]] of EDITS.entries()) {
      const edited = structuredClone(spec);
      const schema = names[(index * 7 + 3) % names.length]!;
      if (!(schema in edited.components.schemas)) continue;
      edit(edited, schema, names.filter((other) => other !== schema && other in edited.components.schemas));
      writeFileSync(input, JSON.stringify(edited));
      const rerun = await outcome(() => generate({ input, output: rerunOutput, reportChanges: false }, session), rerunOutput);
      const fresh = await outcome(() => generate({ input, output: freshOutput, reportChanges: false }), freshOutput);
      expect(rerun, `after ${what} in ${schema}`).toEqual(fresh);
      if (typeof fresh !== "string") spec = edited;
    }
  }, 240_000);
});
