// Declarations kept between the runs of one process (watch mode), with the texts printed for them, so that after an
// edit only the declarations whose inputs changed are emitted and printed again. A declaration is reused only when everything that decides
// its text is the same: its own inputs (the key), the schemas openapi-typescript looked up while transforming it, and
// the run's shared context (the names of all types, the discriminators); a change of context empties the memo.
import type { Declaration } from "./declarations.js";
import type { SchemaTypeWriter, TypeDependencies } from "./schema-types.js";

interface Entry {
  /** The declarations, each with the record of its printed texts that the format stage fills. */
  declarations: Declaration[];
  dependencies: TypeDependencies;
}

/** Entries by the JSON text of their input, then by kind of declaration. */
type Entries = Map<string, Map<string, Entry>>;

/** What one input found among the last run's entries, and its entries for the next run. */
interface Lookup {
  kept: Map<string, Entry> | undefined;
  used: Map<string, Entry>;
}

/** One client's declarations and their printed texts, for the next run of the same process. */
export class DeclarationMemo {
  #context = "";
  #entries: Entries = new Map();
  /** The entries this run used or made: the next run keeps only these, so a memo never outgrows one client. */
  #used: Entries = new Map();
  /**
   * This run's lookups by input object: an input feeding several kinds of declarations (an operation: its types, its
   * constant and function) is written as JSON and compared with the last run's once.
   */
  #lookups = new WeakMap<object, Lookup>();

  /** Starts a run with the given shared context; a context unlike the last one's forgets every declaration. */
  startRun(context: string): void {
    this.#entries = context === this.#context ? this.#used : new Map();
    this.#context = context;
    this.#used = new Map();
    this.#lookups = new WeakMap();
  }

  /**
   * The declarations `build` makes from `input` (anything JSON can write; an object must not change during the run),
   * those of last time (with their printed texts) when nothing they depend on changed; else built now. Types asked of `writer` meanwhile are
   * recorded with what they depend on. `kind` tells apart declarations made from the same input.
   */
  declarations(kind: string, input: unknown, build: () => Declaration[], writer?: SchemaTypeWriter): Declaration[] {
    const { kept, used } = this.#lookup(input);
    const entry = kept?.get(kind);
    if (entry && (!writer || writer.reuse(entry.dependencies))) {
      used.set(kind, entry);
      return entry.declarations;
    }
    const { value: built, dependencies } = writer
      ? writer.track(build)
      : { value: build(), dependencies: { resolved: [], helpers: [] } };
    const made: Entry = { declarations: built.map((declaration) => ({ ...declaration, printed: {} })), dependencies };
    used.set(kind, made);
    return made.declarations;
  }

  #lookup(input: unknown): Lookup {
    const object = input !== null && typeof input === "object" ? input : undefined;
    const found = object && this.#lookups.get(object);
    if (found) return found;
    const key = JSON.stringify(input) ?? "undefined";
    const lookup: Lookup = { kept: this.#entries.get(key), used: this.#used.get(key) ?? new Map() };
    this.#used.set(key, lookup.used);
    if (object) this.#lookups.set(object, lookup);
    return lookup;
  }
}
