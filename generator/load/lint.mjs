// Validation with Redocly. Plain JavaScript, because the same code runs on the main thread and in the lint worker,
// and a worker thread does not get the main thread's TypeScript loader (tsx, vitest).
import { Source, createConfig, getLineColLocation, lintDocument } from "@redocly/openapi-core";

/** Redocly's minimal ruleset plus the two rules a client generator cannot do without. */
export function lintConfig() {
  return createConfig(
    { rules: { "operation-operationId-unique": "error", "no-unresolved-refs": "error" } },
    { extends: ["minimal"] },
  );
}

/** Lints a parsed document and sums up its errors as plain data, which can cross between threads. */
export async function lintParsed({ absolutePath, text, mimeType, parsed }, config, resolver) {
  const source = new Source(absolutePath, text, mimeType);
  const problems = await lintDocument({ document: { source, parsed }, config: config.styleguide, externalRefResolver: resolver });
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
