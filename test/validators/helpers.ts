// Generates a spec with validators into a temp folder and imports its validators module.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generate } from "../../generator/generate.js";
import { ROOT, tempDir } from "../helpers/cli.js";

/** A generated validators module, loosely typed for tests. */
export interface ValidatorsModule {
  schemas: Record<string, TestValidator>;
  operations: Record<string, { params?: TestValidator; body?: TestValidator; responses: Record<string, TestValidator> }>;
  createClient: (options?: object) => unknown;
  ApiValidationError: new (...args: never[]) => Error;
  ValidationError: new (...args: never[]) => Error;
}

/** What tests use of a validator. */
export interface TestValidator {
  "~standard": { version: 1; vendor: string; validate: (value: unknown) => { value?: unknown; issues?: Array<{ message: string; path: Array<string | number> }> } };
  is(value: unknown): boolean;
  parse(value: unknown): unknown;
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; issues: Array<{ message: string; path: Array<string | number> }> };
}

/** Generates `spec` (an object, or a path to a spec file) with validators; returns the folder, its validators and the warnings printed. */
export async function generateValidators(spec: object | string, flavour: "standard" | "zod" = "standard"): Promise<{ dir: string; module: ValidatorsModule; warnings: string[]; remove: () => void }> {
  const temp = tempDir("validators-");
  const input = typeof spec === "string" ? spec : path.join(temp.dir, "openapi.json");
  if (typeof spec !== "string") writeFileSync(input, JSON.stringify(spec));
  const dir = path.join(temp.dir, "client");
  const warnings: string[] = [];
  const log = { verbose: false, info: () => undefined, debug: () => undefined, error: (line: string) => void warnings.push(line) };
  await generate({ input, output: dir, validators: flavour, log });
  // The zod flavour imports its peer dependency, as an app that installed both would.
  mkdirSync(path.join(temp.dir, "node_modules"));
  symlinkSync(path.join(ROOT, "node_modules/zod"), path.join(temp.dir, "node_modules/zod"), "dir");
  const module = (await import(path.join(dir, "validators.js"))) as ValidatorsModule;
  return { dir, module, warnings, remove: temp.remove };
}
