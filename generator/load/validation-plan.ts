// How the load stage validates a document: the one decision, pure, made from what the earlier steps found.

/** From this size a JSON spec is linted on a worker thread: below it, starting the worker costs more than it saves. */
export const WORKER_LINT_BYTES = 1024 * 1024;

/** What decides how a document is validated. */
export interface ValidationFacts {
  /** The length of the text the lint reads. */
  bytes: number;
  format: "application/json" | "application/yaml";
  /**
   * Whether the text parses to the document as it now stands: not so when a version written as a number was read as a
   * string, or a reference was repaired (the lint worker parses the text again).
   */
  textIsDocument: boolean;
  /** Whether a `$ref` leaves the document: the lint must then resolve it, which only the main thread's lint does. */
  externalRefs: boolean;
  /**
   * Watch mode, when the entries could be compared with those of the last valid version: whether any of them changed
   * (see lint-delta.ts); `undefined` on a first run, or when the whole document must be linted.
   */
  delta?: "unchanged" | "changed";
}

/**
 * `"unchanged"`: nothing to lint, the last valid version is this one; `"delta"`: lint the changed entries (and, if
 * they hold a problem, the whole document, to report it as a first run would); `"whole on worker"`: lint the whole
 * text on a worker thread while the main thread goes on; `"whole inline"`: lint the whole document here, with the
 * resolver of its external references.
 */
export type ValidationPlan = "unchanged" | "delta" | "whole on worker" | "whole inline";

/** How to validate a document with these facts. */
export function validationPlan(facts: ValidationFacts): ValidationPlan {
  if (facts.delta === "unchanged") return "unchanged";
  if (facts.delta === "changed") return "delta";
  const onWorker =
    !facts.externalRefs &&
    facts.textIsDocument &&
    facts.format === "application/json" &&
    facts.bytes >= WORKER_LINT_BYTES;
  return onWorker ? "whole on worker" : "whole inline";
}
