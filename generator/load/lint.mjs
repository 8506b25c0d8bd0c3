// Validation with Redocly. Plain JavaScript, because the same code runs on the main thread and in the lint worker,
// and a worker thread does not get the main thread's TypeScript loader (tsx, vitest).
import { Source, createConfig, getLineColLocation, lintDocument } from "@redocly/openapi-core";

/**
 * The two checks the generator depends on: every `$ref` resolves, and operationIds are unique. Nothing else, on
 * purpose: Redocly's `minimal` ruleset adds `struct`, which rejects 11 of the 16 real-world specs in
 * ../shared/specs/real (GitHub, Stripe, Slack…: mostly `nullable` without `type`, which openapi-typescript reads
 * fine) and makes GitHub's lint take 6 s instead of 1; the model stage reports, with their pointer, the structural
 * problems that matter to a client. (An earlier version asked for `minimal` through createConfig's `extends`
 * option, which Redocly 1.x ignores: it reads `customExtends`. The rules below are what always ran.)
 */
export function lintConfig() {
  return createConfig({ rules: { "operation-operationId-unique": "error", "no-unresolved-refs": "error" } });
}

/** Lints a parsed document and sums up its errors as plain data, which can cross between threads. */
export async function lintParsed({ absolutePath, text, mimeType, parsed }, config, resolver) {
  const source = new Source(absolutePath, text, mimeType);
  const problems = await lintDocument({
    document: { source, parsed },
    config: config.styleguide,
    externalRefResolver: resolver,
  });
  return summarizeErrors(problems);
}

/** The first error (with its line and column) and how many there are; `undefined` when there is none. */
export function summarizeErrors(problems) {
  const errors = problems.filter((problem) => problem.severity === "error" && !isDiscriminatorMapping(problem));
  const first = errors[0];
  if (!first) return undefined;
  const location = first.location[0];
  let line;
  let column;
  if (location) {
    try {
      const position = getLineColLocation(location).start;
      line = position.line;
      column = position.col;
    } catch {
      // Redocly cannot map every pointer back to text; the pointer alone still locates it
    }
  }
  return {
    count: errors.length,
    ruleId: first.ruleId,
    message: first.message,
    suggest: first.suggest ?? [],
    pointer: location?.pointer ?? "",
    absoluteRef: location?.source.absoluteRef,
    line,
    column,
  };
}

/** A discriminator mapping is a hint, not a reference the types depend on; real specs often leave it dangling. */
function isDiscriminatorMapping(problem) {
  return problem.location.some((location) => (location.pointer ?? "").includes("/discriminator/mapping/"));
}
