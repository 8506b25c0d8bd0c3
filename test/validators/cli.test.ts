// The opt-in: `--validators` and the config key `"validators": true` add validators.js, the validation runtime and the
// package export; without either, none of it is written; a wrong value in the config is refused with its pointer.
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../helpers/cli.js";

const work = tempDir("validators-cli-");
afterAll(() => work.remove());
cpSync(path.join(ROOT, "openapi.json"), path.join(work.dir, "pocketflows.json"));
const shipsValidators = (out: string): boolean[] => [
  existsSync(path.join(work.dir, out, "validators.js")),
  existsSync(path.join(work.dir, out, "runtime/validate.js")),
  "./validators" in (JSON.parse(readFileSync(path.join(work.dir, out, "package.json"), "utf8")) as { exports: object }).exports,
];

describe("opting in to validators", () => {
  it("--validators adds them; without it, none of it is written", () => {
    expect(runCli(["-i", "pocketflows.json", "-o", "with", "--validators"], work.dir).status).toBe(0);
    expect(shipsValidators("with")).toEqual([true, true, true]);
    expect(runCli(["-i", "pocketflows.json", "-o", "without"], work.dir).status).toBe(0);
    expect(shipsValidators("without")).toEqual([false, false, false]);
  });

  it("--validators zod adds the zod flavour and its peer dependency; a flavour it does not know is bad usage", () => {
    expect(runCli(["-i", "pocketflows.json", "-o", "zod", "--validators", "zod"], work.dir).status).toBe(0);
    expect(shipsValidators("zod")).toEqual([true, true, true]);
    expect(existsSync(path.join(work.dir, "zod/runtime/validate-zod.js"))).toBe(true);
    expect(existsSync(path.join(work.dir, "with/runtime/validate-zod.js"))).toBe(false);
    expect(JSON.parse(readFileSync(path.join(work.dir, "zod/package.json"), "utf8"))).toMatchObject({ peerDependencies: { zod: "^4.0.0" } });
    const refused = runCli(["-i", "pocketflows.json", "-o", "nope", "--validators", "valibot"], work.dir);
    expect([refused.status, refused.stderr]).toEqual([2, expect.stringContaining('--validators takes standard or zod, not "valibot"')]);
  });

  it('takes "validators": true in the config file, and refuses another type', () => {
    writeFileSync(path.join(work.dir, "openapi-client.config.json"), JSON.stringify({ clients: [{ input: "pocketflows.json", output: "configured", validators: true }] }));
    expect(runCli([], work.dir).status).toBe(0);
    expect(shipsValidators("configured")).toEqual([true, true, true]);
    writeFileSync(path.join(work.dir, "openapi-client.config.json"), JSON.stringify({ clients: [{ input: "pocketflows.json", output: "configured", validators: "yes" }] }));
    const refused = runCli([], work.dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`openapi-client.config.json#/clients/0/validators: \`validators\` must be true, false, "standard" or "zod"`);
  });
});
