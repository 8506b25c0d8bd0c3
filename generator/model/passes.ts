// The model passes: what they work on, and the one list that says in which order they run and why.
import type { NameRegistry } from "./names.js";
import { breakEagerCycles } from "./passes/break-cycles.js";
import { hoistNestedRefs } from "./passes/hoist-refs.js";
import { nameOperationTypes } from "./passes/operation-type-names.js";
import { applyVisibility } from "./passes/visibility.js";
import type { ModelWarning, OperationModel, SchemaModel } from "./types.js";

/** The IR as read from the document, which the passes complete; the document is our bundled copy, theirs to rewrite. */
export interface ModelDraft {
  readonly document: Record<string, unknown>;
  /** The component schemas, named in document order; passes append the ones they add. */
  readonly schemas: SchemaModel[];
  readonly operations: OperationModel[];
  /** The one registry of type and function names (see names.ts). */
  readonly typeNames: NameRegistry;
  readonly warnings: ModelWarning[];
}

/** A pass: rewrites the draft in place, keeping the invariant its file opens with. */
export type ModelPass = (draft: ModelDraft) => void;

/** The passes, in the order they run, each with why it stands where it does. */
export const MODEL_PASSES: ReadonlyArray<{ name: string; run: ModelPass; why: string }> = [
  {
    name: "hoist-refs",
    run: hoistNestedRefs,
    why: "first: after it every schema `$ref` names a component schema, the only kind of reference the later passes and the emitters follow",
  },
  {
    name: "visibility",
    run: applyVisibility,
    why: "after hoisting, so that hoisted schemas get their read and write views too; before the operation types are named, since it points the operations' schemas at the `…Input` views",
  },
  {
    name: "operation-type-names",
    run: nameOperationTypes,
    why: "once every component schema (hoisted and `…Input` ones included) has its name and the operations' schemas are final: an operation type that is exactly one schema takes that schema's name",
  },
  {
    name: "break-cycles",
    run: breakEagerCycles,
    why: "last: it cuts cycles in the final set of component schemas, which the views added by visibility belong to",
  },
];

/** Runs every pass over `draft`, in order. */
export function runModelPasses(draft: ModelDraft): void {
  for (const pass of MODEL_PASSES) pass.run(draft);
}
