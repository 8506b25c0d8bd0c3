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
  /**
   * `false` for the older spec of `--base`: a version already published, read to compare with, not the user's to fix
   * now. It is linted only to explain a failure to build its client.
   */
  judged?: boolean;
  /**
   * Whether a local `$ref` names nothing in the document (looked up only for a document not judged): a client would
   * still be built, with the reference's type lost, so such a document is linted, to be refused as a judged one is.
   */
  danglingRefs?: boolean;
}

/**
 * `"unchanged"`: nothing to lint, the last valid version is this one; `"delta"`: lint the changed entries (and, if
 * they hold a problem, the whole document, to report it as a first run would); `"whole on worker"`: lint the whole
 * text on a worker thread while the main thread goes on; `"whole inline"`: lint the whole document here, with the
 * resolver of its external references; `"on failure"`: lint (as if judged) only if building the client fails.
 */
export type ValidationPlan = "unchanged" | "delta" | "whole on worker" | "whole inline" | "on failure";

/** How to validate a document with these facts. */
export function validationPlan(facts: ValidationFacts): ValidationPlan {
  if (facts.judged === false && !facts.danglingRefs) return "on failure";
  if (facts.delta === "unchanged") return "unchanged";
  if (facts.delta === "changed") return "delta";
  const onWorker =
    !facts.externalRefs &&
    facts.textIsDocument &&
    facts.format === "application/json" &&
    facts.bytes >= WORKER_LINT_BYTES;
  return onWorker ? "whole on worker" : "whole inline";
}
