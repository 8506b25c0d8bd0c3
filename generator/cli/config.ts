// The config file: `openapi-client.config.json` (or `.mjs`/`.js`, whose default export is the same object) in the
// working directory lists the clients to generate, each with the options its CLI flags would give.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { GeneratorError } from "../common/errors.js";

/** One client of the config file. */
export interface ClientConfig {
  input: string;
  output: string;
  packageName?: string;
  allowRemoteRefs?: boolean;
  /** Also emit the TanStack Query module (`--query`). */
  query?: boolean;
  /** The test doubles: `true` (or `"fetch"`) for mocks.js, `"msw"` for MSW handlers too. */
  mocks?: boolean | "fetch" | "msw";
  /** Also emit validators.js (`--validators`): `true` or `"standard"`, or `"zod"` for zod v4 schemas. */
  validators?: boolean | "standard" | "zod";
}

/** The file names looked for, in this order. */
export const CONFIG_FILES = ["openapi-client.config.json", "openapi-client.config.mjs", "openapi-client.config.js"];

const KEYS: Record<keyof ClientConfig, "string" | "boolean" | "mocks" | "flavour"> = {
  input: "string",
  output: "string",
  packageName: "string",
  allowRemoteRefs: "boolean",
  query: "boolean",
  mocks: "mocks",
  validators: "flavour",
};

/** The config file in `cwd`, read and validated, or undefined when there is none. */
export async function readConfig(cwd: string): Promise<{ file: string; clients: ClientConfig[] } | undefined> {
  const present = CONFIG_FILES.filter((candidate) => existsSync(path.join(cwd, candidate)));
  const name = present[0];
  if (!name) return undefined;
  if (present.length > 1) {
    throw new GeneratorError(
      `${present.slice(1).join(" and ")} ${present.length > 2 ? "are" : "is"} present too: which one to read is unclear`,
      { file: name, pointer: "" },
      `keep one config file and delete ${present.length > 2 ? "the others" : "the other"}`,
    );
  }
  const full = path.join(cwd, name);
  let value: unknown;
  if (name.endsWith(".json")) {
    try {
      value = JSON.parse(await readFile(full, "utf8"));
    } catch (cause) {
      throw new GeneratorError(
        `invalid JSON: ${(cause as Error).message}`,
        { file: name, pointer: "" },
        "fix the syntax error",
      );
    }
  } else {
    value = ((await import(pathToFileURL(full).href)) as { default?: unknown }).default;
  }
  return { file: name, clients: validate(name, value) };
}

function validate(file: string, value: unknown): ClientConfig[] {
  const fail = (message: string, pointer: string, hint?: string): never => {
    throw new GeneratorError(message, { file, pointer }, hint);
  };
  if (value === null || typeof value !== "object" || Array.isArray(value))
    fail(
      "expected an object with a `clients` array",
      "",
      '{ "clients": [{ "input": "openapi.json", "output": "src/api" }] }',
    );
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (key !== "clients") fail(`unknown key \`${key}\``, `/${key}`, "the only top-level key is `clients`");
  if (!Array.isArray(record.clients) || record.clients.length === 0)
    fail("`clients` must be a non-empty array", "/clients", '[{ "input": "openapi.json", "output": "src/api" }]');
  return (record.clients as unknown[]).map((client, index) => {
    const at = `/clients/${index}`;
    if (client === null || typeof client !== "object" || Array.isArray(client))
      return fail("expected an object with `input` and `output`", at);
    const entry = client as Record<string, unknown>;
    for (const [key, kind] of Object.entries(KEYS)) {
      const field = entry[key];
      if (field === undefined) {
        if (key === "input" || key === "output")
          fail(`\`${key}\` is required`, at, `the ${key === "input" ? "spec's path" : "folder to write"}, as a string`);
        continue;
      }
      if (kind === "mocks") {
        if (typeof field !== "boolean" && field !== "fetch" && field !== "msw")
          fail('`mocks` must be true, false, "fetch" or "msw"', `${at}/${key}`);
        continue;
      }
      if (kind === "flavour") {
        if (typeof field !== "boolean" && field !== "standard" && field !== "zod")
          fail(`\`${key}\` must be true, false, "standard" or "zod"`, `${at}/${key}`);
        continue;
      }
      if (typeof field !== kind || (kind === "string" && field === ""))
        fail(`\`${key}\` must be a ${kind === "string" ? "non-empty string" : "boolean"}`, `${at}/${key}`);
    }
    for (const key of Object.keys(entry))
      if (!(key in KEYS))
        fail(`unknown key \`${key}\``, `${at}/${key}`, `the keys are ${Object.keys(KEYS).join(", ")}`);
    return entry as unknown as ClientConfig;
  });
}
