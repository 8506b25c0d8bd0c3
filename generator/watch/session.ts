// Watch mode's session: what one run of a client leaves for the next run of the same process (the printed
// declarations, the encoded pieces of the big modules, the entries of the last valid document). A run begins, and only
// a run that succeeds commits: after a failed run, the next one compares against the last committed state.
import { DeclarationMemo } from "../emit/memo.js";
import type { DocumentEntries } from "../load/lint-delta.js";

/** What a run may use of its session: the memo and pieces to fill, and the entries of the last valid document. */
export interface SessionRun {
  declarations: DeclarationMemo;
  encoded: EncodedPieces;
  /** The entries of the last version of the spec that passed validation in a committed run. */
  lastValidEntries: DocumentEntries | undefined;
}

/** One client regenerated again and again by one process (watch mode); `generate(options, session)` uses it. */
export class WatchSession {
  readonly #declarations = new DeclarationMemo();
  readonly #encoded = new EncodedPieces();
  #lastValidEntries: DocumentEntries | undefined;
  #running = false;

  /** Starts a run from what the last committed run left. A run that ends without `commit` leaves nothing. */
  begin(): SessionRun {
    this.#running = true;
    this.#encoded.begin();
    return { declarations: this.#declarations, encoded: this.#encoded, lastValidEntries: this.#lastValidEntries };
  }

  /**
   * Ends the run begun last, which succeeded: what it printed and encoded, and the entries its validation vouched for
   * (if it could compare entries; else the last ones stay, still those of a valid document), are what the next run
   * starts from.
   */
  commit(validatedEntries: DocumentEntries | undefined): void {
    if (!this.#running) throw new Error("a watch session commits only a run it began");
    this.#running = false;
    this.#declarations.commit();
    this.#encoded.commit();
    if (validatedEntries) this.#lastValidEntries = validatedEntries;
  }
}

/**
 * The UTF-8 bytes of text pieces, kept from one run to the next: a declaration printed as last time is the same string,
 * and its bytes need not be made again. A committed run keeps only the pieces it used.
 */
export class EncodedPieces {
  #last = new Map<string, Uint8Array>();
  #current = new Map<string, Uint8Array>();

  /** Starts a run: nothing used yet. */
  begin(): void {
    this.#current = new Map();
  }

  /** The bytes of `parts` joined. */
  encode(parts: readonly string[]): Uint8Array {
    return Buffer.concat(
      parts.map((part) => {
        let bytes = this.#current.get(part) ?? this.#last.get(part);
        if (bytes === undefined) bytes = Buffer.from(part);
        this.#current.set(part, bytes);
        return bytes;
      }),
    );
  }

  /** Ends a run that succeeded: the next run reuses what this one used. */
  commit(): void {
    this.#last = this.#current;
    this.#current = new Map();
  }
}
