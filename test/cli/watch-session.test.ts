// Watch mode's session (watch/session.ts): a run begins, only a run that succeeds commits, and the next run starts
// from the last commit. Its declaration memo keys each builder's declarations by the builder and its whole input.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/common/errors.js";
import type { Declaration } from "../../generator/emit/declarations.js";
import { DeclarationMemo } from "../../generator/emit/memo.js";
import { generate } from "../../generator/generate.js";
import { documentEntries } from "../../generator/load/lint-delta.js";
import { WatchSession } from "../../generator/watch/session.js";
import { tempDir } from "../helpers/cli.js";

const work = tempDir("watch-session-");
afterAll(() => work.remove());

const VALID = {
  openapi: "3.1.0",
  info: { title: "Pets", version: "1" },
  paths: { "/pets": { get: { operationId: "listPets", responses: { "200": { description: "pets" } } } } },
  components: { schemas: { Pet: { type: "object", properties: { name: { type: "string" } } } } },
};

describe("a watch session", () => {
  it("after a run that fails past a valid load, starts the next run from the last committed entries", async () => {
    const input = path.join(work.dir, "pets.json");
    const output = path.join(work.dir, "out");
    const session = new WatchSession();
    writeFileSync(input, JSON.stringify(VALID));
    await generate({ input, output, reportChanges: false }, session);
    // Valid for the lint (references and operationIds), refused by the model: the run fails after its load validated.
    const refused = { ...VALID, components: { ...VALID.components, securitySchemes: { basic: { type: "http" } } } };
    writeFileSync(input, JSON.stringify(refused));
    const error = await generate({ input, output, reportChanges: false }, session).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).pointer).toBe("/components/securitySchemes/basic/scheme");
    expect(session.begin().lastValidEntries).toEqual(documentEntries(VALID));
  });

  it("commits the entries of a run that succeeds", async () => {
    const input = path.join(work.dir, "pets-2.json");
    const session = new WatchSession();
    writeFileSync(input, JSON.stringify(VALID));
    await generate({ input, output: path.join(work.dir, "out-2"), reportChanges: false }, session);
    expect(session.begin().lastValidEntries).toEqual(documentEntries(VALID));
  });

  it("commits only a run it began", () => {
    const session = new WatchSession();
    expect(() => session.commit(undefined)).toThrow(/only a run it began/);
    session.begin();
    session.commit(new Map([["/openapi", '"3.1.0"']]));
    expect(() => session.commit(undefined)).toThrow(/only a run it began/);
    expect(session.begin().lastValidEntries).toEqual(new Map([["/openapi", '"3.1.0"']]));
  });
});

/** Builders as the emitters write them: module-level, reading nothing but their input. Each counts its calls. */
const calls = { alias: 0, other: 0 };
function alias(input: { name: string; names: ReadonlySet<string> }): Declaration[] {
  calls.alias++;
  return [{ kind: "source", text: `type ${input.name} = ${[...input.names].join(" | ")};` }];
}
function other(input: { name: string; names: ReadonlySet<string> }): Declaration[] {
  calls.other++;
  return [{ kind: "source", text: `type ${input.name}2 = ${[...input.names].join(" & ")};` }];
}

/**
 * One run of the memo: its declarations, each printed as its source into the record the memo keeps (as the format
 * stage would print it), or taken from that record when the memo kept it.
 */
function run(memo: DeclarationMemo, make: () => Declaration[], commit = true): string[] {
  memo.startRun("context");
  const texts = make().map((declaration) => {
    if (declaration.kind === "printed") return declaration.printed!.js!; // kept from the last committed run
    if (declaration.kind !== "source") throw new Error("the builders here make source declarations");
    const printed = declaration.printed!;
    return (printed.js ??= declaration.text);
  });
  if (commit) memo.commit();
  return texts;
}

describe("the session's declaration memo", () => {
  it("reuses a builder's declarations only for the same builder and an equal input, field by field", () => {
    const memo = new DeclarationMemo();
    const names = new Set(["A", "B"]);
    calls.alias = calls.other = 0;
    expect(run(memo, () => memo.declarations(alias, { name: "T", names }))).toEqual(["type T = A | B;"]);
    // An equal input, made anew (as each run's model is): printed as last time, not built again.
    expect(run(memo, () => memo.declarations(alias, { name: "T", names: new Set(["A", "B"]) }))).toEqual(["type T = A | B;"]);
    expect(calls.alias).toBe(1);
    // A set is keyed by its members (JSON writes any Set as {}).
    expect(run(memo, () => memo.declarations(alias, { name: "T", names: new Set(["A", "B", "C"]) }))).toEqual(["type T = A | B | C;"]);
    expect(calls.alias).toBe(2);
    // Another builder of the same input has declarations of its own.
    expect(run(memo, () => memo.declarations(other, { name: "T", names: new Set(["A", "B", "C"]) }))).toEqual(["type T2 = A & B & C;"]);
    expect(calls.other).toBe(1);
  });

  it("starts each run from the last committed one: what a run that was not committed made is forgotten", () => {
    const memo = new DeclarationMemo();
    calls.alias = 0;
    run(memo, () => memo.declarations(alias, { name: "T", names: new Set(["A"]) }));
    run(memo, () => memo.declarations(alias, { name: "U", names: new Set(["A"]) }), false);
    expect(calls.alias).toBe(2);
    run(memo, () => [...memo.declarations(alias, { name: "T", names: new Set(["A"]) }), ...memo.declarations(alias, { name: "U", names: new Set(["A"]) })]);
    expect(calls.alias).toBe(3); // T reused from the commit; U, made by the run that failed, built again
  });
});
