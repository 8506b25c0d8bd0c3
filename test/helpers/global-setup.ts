// vitest's globalSetup: unpacks the specs stored in test/specs into test/.cache/specs once per run, before any test
// file is collected (the corpus suites list that folder when they are collected).
import { unpackSpecs } from "./specs-store.js";

/** Runs once in vitest's main process. */
export default function setup(): void {
  unpackSpecs();
}
