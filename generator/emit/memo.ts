// Printed declarations kept between the runs of one process (watch mode), so that after an edit only the declarations
// whose inputs changed are transformed and printed again. A declaration is reused only when everything that decides
// its text is the same: its own inputs (the key), the schemas openapi-typescript looked up while transforming it, and
// the run's shared context (the names of all types, the discriminators); a change of context empties the memo.
import type { Declaration } from "./declarations.js";
import type { SchemaTypeWriter, TypeDependencies } from "./schema-types.js";

interface Entry {
  /** The declarations' printed texts, in order; `undefined` until printed, or when only prettier prints one. */
  texts: Array<string | undefined>;
  dependencies: TypeDependencies;
}

/** One client's printed declarations, for the next run of the same process. */
export class DeclarationMemo {
  #context = "";
  #entries = new Map<string, Entry>();
  /** The entries this run used or made: the next run keeps only these, so a memo never outgrows one client. */
  #used = new Map<string, Entry>();

  /** Starts a run with the given shared context; a context unlike the last one's forgets every declaration. */
  startRun(context: string): void {
    if (context !== this.#context) this.#entries.clear();
    else this.#entries = this.#used;
    this.#context = context;
    this.#used = new Map();
  }

  /**
   * The declarations `build` makes from `inputs` (anything JSON can write), printed as last time when nothing they
   * depend on changed; else built now, through `writer`, which records what they depend on.
   */
  declarations(inputs: unknown, writer: SchemaTypeWriter, build: () => Declaration[]): Declaration[] {
    const key = JSON.stringify(inputs);
    const kept = this.#entries.get(key);
    if (kept && kept.texts.every((text) => text !== undefined) && writer.reuse(kept.dependencies)) {
      this.#used.set(key, kept);
      return kept.texts.map((text) => ({ printed: text!, doc: unprintable, source: unprintable }));
    }
    const { value: built, dependencies } = writer.track(build);
    const entry: Entry = { texts: built.map(() => undefined), dependencies };
    this.#used.set(key, entry);
    return built.map((declaration, index) => ({ ...declaration, remember: (text: string) => (entry.texts[index] = text) }));
  }
}

/** A reused declaration is only ever asked for its printed text. */
function unprintable(): never {
  throw new Error("a declaration reused from an earlier run has only its printed text");
}
