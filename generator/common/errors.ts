// The one error type for bad input: says what is wrong, in which file, at which JSON pointer, and what to do.

/** Where in the input a problem sits. */
export interface InputLocation {
  file: string;
  /** A JSON pointer such as `/paths/~1pets/get`; empty for the whole document. */
  pointer: string;
  line?: number;
  column?: number;
}

/** Bad input: a message a user can act on, never a stack trace. */
export class GeneratorError extends Error {
  readonly file: string;
  readonly pointer: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string | undefined;

  constructor(message: string, location: InputLocation, hint?: string) {
    super(message);
    this.name = "GeneratorError";
    this.file = location.file;
    this.pointer = location.pointer;
    this.line = location.line;
    this.column = location.column;
    this.hint = hint;
  }

  /** `file#/pointer (line:col): message (hint)`, the form the CLI prints. */
  describe(): string {
    const position = this.line === undefined ? "" : ` (line ${this.line}, column ${this.column ?? 1})`;
    const hint = this.hint ? ` (${this.hint})` : "";
    return `${this.file}#${this.pointer}${position}: ${this.message}${hint}`;
  }
}
