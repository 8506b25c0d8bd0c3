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

/** Entries by builder and input (see `#keyOf`). */
type Entries = Map<string, Entry>;

/**
 * What a memoised builder takes: an object whose every field is anything JSON can write, or a set of strings. Its
 * fields and nothing else decide the builder's declarations (with, for types, what the writer records).
 */
export type BuilderInput = Record<string, unknown>;

/** One client's declarations and their printed texts, for the next run of the same process. */
export class DeclarationMemo {
  #context = "";
  #committedContext = "";
  /** The entries of the last committed run; a run starts from them. */
  #committed: Entries = new Map();
  #entries: Entries = new Map();
  /** The entries this run used or made: a commit keeps only these, so a memo never outgrows one client. */
  #used: Entries = new Map();
  /** A number for each builder function (module-level functions: a handful). */
  readonly #builders = new Map<object, number>();
  /**
   * A number for each field value's JSON text, kept from run to run like the entries (a key is a few numbers, not a
   * document's worth of text); numbers are never reused.
   */
  #committedIds = new Map<string, number>();
  #ids = new Map<string, number>();
  #nextId = 0;
  /**
   * This run's numbers by field object: an object feeding several builders (an operation: its types, its JavaScript,
   * its declarations) is written as JSON and looked up once.
   */
  #idsByObject = new WeakMap<object, number>();

  /** Starts a run with the given shared context; a context unlike the last committed one's forgets every declaration. */
  startRun(context: string): void {
    this.#entries = context === this.#committedContext ? this.#committed : new Map();
    this.#context = context;
    this.#used = new Map();
    this.#ids = new Map();
    this.#idsByObject = new WeakMap();
  }

  /** Ends a run that succeeded: the next run starts from what this one used and made. */
  commit(): void {
    for (const entry of this.#used.values()) entry.declarations = entry.declarations.map(printedOnly);
    this.#committed = this.#used;
    this.#committedContext = this.#context;
    this.#committedIds = this.#ids;
    this.#used = new Map();
  }

  /**
   * The declarations `build` (a module-level function) makes from `input`, printed as last time when `build` and
   * every field of `input` (which must not change during the run) are as last time; else built now.
   */
  declarations<I extends BuilderInput>(build: (input: I) => Declaration[], input: I): Declaration[] {
    return this.#reuseOrBuild(this.#keyOf(build, input), () => build(input));
  }

  /**
   * `declarations` for builders of types: the types asked of `writer` meanwhile are recorded with what they depend on,
   * and the declarations are reused only if that is as last time too.
   */
  typeDeclarations<I extends BuilderInput>(
    build: (input: I, writer: SchemaTypeWriter) => Declaration[],
    input: I,
    writer: SchemaTypeWriter,
  ): Declaration[] {
    return this.#reuseOrBuild(this.#keyOf(build, input), () => build(input, writer), writer);
  }

  #reuseOrBuild(key: string, build: () => Declaration[], writer?: SchemaTypeWriter): Declaration[] {
    const entry = this.#entries.get(key);
    if (entry && (!writer || writer.reuse(entry.dependencies))) {
      this.#used.set(key, entry);
      return entry.declarations;
    }
    const { value: built, dependencies } = writer
      ? writer.track(build)
      : { value: build(), dependencies: { resolved: [], helpers: [] } };
    const made: Entry = { declarations: built.map((declaration) => ({ ...declaration, printed: {} })), dependencies };
    this.#used.set(key, made);
    return made.declarations;
  }

  /** The builder's number, then each field's name and the number of its value. */
  #keyOf(build: object, input: BuilderInput): string {
    let builder = this.#builders.get(build);
    if (builder === undefined) this.#builders.set(build, (builder = this.#builders.size));
    let key = `${builder}`;
    for (const field in input) key += `,${field}:${this.#idOf(input[field])}`;
    return key;
  }

  #idOf(value: unknown): number {
    const object = value !== null && typeof value === "object" ? value : undefined;
    const known = object && this.#idsByObject.get(object);
    if (known !== undefined) return known;
    const json = (value instanceof Set ? JSON.stringify([...value]) : JSON.stringify(value)) ?? "undefined";
    const id = this.#ids.get(json) ?? this.#committedIds.get(json) ?? this.#nextId++;
    this.#ids.set(json, id);
    if (object) this.#idsByObject.set(object, id);
    return id;
  }
}

/**
 * A declaration printed in every flavour it is in, as those texts alone: what a later run reuses of it. One that
 * prettier formats in some flavour keeps its data (prettier reads its source again).
 */
function printedOnly(declaration: Declaration): Declaration {
  const { printed } = declaration;
  if (declaration.kind === "printed" || printed === undefined) return declaration;
  const texts = Object.values(printed);
  if (texts.length === 0 || texts.some((text) => text === null)) return declaration;
  const isImport = declaration.kind === "import" || (declaration.kind === "lines" && declaration.isImport === true);
  return { kind: "printed", isImport, printed };
}
