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
  /** JSON texts of the objects among this run's inputs, each written once however many declarations it feeds. */
  #texts = new WeakMap<object, string>();

  /** Starts a run with the given shared context; a context unlike the last one's forgets every declaration. */
  startRun(context: string): void {
    if (context !== this.#context) this.#entries.clear();
    else this.#entries = this.#used;
    this.#context = context;
    this.#used = new Map();
    this.#texts = new WeakMap();
  }

  /**
   * The declarations `build` makes from `inputs` (anything JSON can write; objects are not to change during the run),
   * printed as last time when nothing they depend on changed; else built now. Types asked of `writer` meanwhile are
   * recorded with what they depend on.
   */
  declarations(inputs: readonly unknown[], build: () => Declaration[], writer?: SchemaTypeWriter): Declaration[] {
    const key = inputs.map((input) => this.#text(input)).join(",");
    const kept = this.#entries.get(key);
    if (kept && kept.texts.every((text) => text !== undefined) && (!writer || writer.reuse(kept.dependencies))) {
      this.#used.set(key, kept);
      return kept.texts.map((text) => ({ printed: text!, doc: unprintable, source: unprintable }));
    }
    const { value: built, dependencies } = writer ? writer.track(build) : { value: build(), dependencies: { resolved: [], helpers: [] } };
    const entry: Entry = { texts: built.map(() => undefined), dependencies };
    this.#used.set(key, entry);
    return built.map((declaration, index) => ({ ...declaration, remember: (text: string) => (entry.texts[index] = text) }));
  }

  #text(input: unknown): string {
    if (input === null || typeof input !== "object") return JSON.stringify(input) ?? "undefined";
    let text = this.#texts.get(input);
    if (text === undefined) this.#texts.set(input, (text = JSON.stringify(input)));
    return text;
  }
}

/** A reused declaration is only ever asked for its printed text. */
function unprintable(): never {
  throw new Error("a declaration reused from an earlier run has only its printed text");
}
