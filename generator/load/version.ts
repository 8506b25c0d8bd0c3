// The version field: a YAML `swagger: 2.0` or `openapi: 3.1` is a number, not the string the specs require; it is
// read as the version it spells, once, before validation and conversion, and any other version is refused.
import { GeneratorError } from "../common/errors.js";

/** The string a version written as a number stands for (a YAML 2.0 is the number 2, a 3.0 is 3). */
const SWAGGER_NUMBERS = new Map<number, string>([[2, "2.0"]]);
const OPENAPI_NUMBERS = new Map<number, string>([
  [3, "3.0.0"],
  [3.1, "3.1.0"],
]);

/**
 * Replaces a `swagger` or `openapi` field written as a number (2 or 2.0; 3.0 or 3.1) by the version string it means.
 * Returns whether the document changed (its text then no longer matches it).
 */
export function normalizeVersion(parsed: Record<string, unknown>): boolean {
  let changed = false;
  for (const [key, numbers] of [
    ["swagger", SWAGGER_NUMBERS],
    ["openapi", OPENAPI_NUMBERS],
  ] as const) {
    const value = parsed[key];
    const spelled = typeof value === "number" ? numbers.get(value) : undefined;
    if (spelled !== undefined) {
      parsed[key] = spelled;
      changed = true;
    }
  }
  return changed;
}

/** Refuses a document that is not OpenAPI 3.0.x or 3.1.x (after `normalizeVersion`). */
export function checkVersion(file: string, parsed: Record<string, unknown>): void {
  if (parsed.openapi === undefined) {
    throw new GeneratorError(
      "no `openapi` field: this is not an OpenAPI document",
      { file, pointer: "" },
      'add "openapi": "3.1.0" or "3.0.3"',
    );
  }
  if (typeof parsed.openapi !== "string" || !/^3\.[01]\.\d+/.test(parsed.openapi)) {
    throw new GeneratorError(
      `unsupported OpenAPI version ${JSON.stringify(parsed.openapi)}`,
      { file, pointer: "/openapi" },
      "only 3.0.x and 3.1.x are supported",
    );
  }
}
