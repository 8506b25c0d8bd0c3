// A document printer with prettier's layout algorithm (the one in prettier's src/document/printer), for the subset of
// its commands our printers use. The printers build the same documents prettier's own JavaScript/TypeScript printer
// builds for the same code; this lays them out the same way, at a fraction of the cost of parsing and re-printing.
import { util } from "prettier";

/** Text, a list of parts, or one of the commands below. */
export type Doc = string | Doc[] | Group | Indent | Align | Line | IfBreak | IndentIfBreak;

interface Group {
  readonly kind: "group";
  readonly contents: Doc;
  /** Set when the group must break: asked for, or holding a hard line or a broken group (see propagateBreaks). */
  broken: boolean;
  readonly id?: symbol;
}
interface Indent {
  readonly kind: "indent";
  readonly contents: Doc;
}
interface Align {
  readonly kind: "align";
  readonly width: number;
  readonly contents: Doc;
}
interface Line {
  readonly kind: "line";
  readonly soft: boolean;
  readonly hard: boolean;
  /** Keeps the spaces before it (prettier's `markAsRoot(literalline)` where the root is the current indentation). */
  readonly keepSpaces?: boolean;
}
interface IfBreak {
  readonly kind: "if-break";
  readonly breakContents: Doc;
  readonly flatContents: Doc;
  readonly groupId?: symbol;
}
interface IndentIfBreak {
  readonly kind: "indent-if-break";
  readonly contents: Doc;
  readonly groupId: symbol;
}

export const line: Doc = { kind: "line", soft: false, hard: false };
export const softline: Doc = { kind: "line", soft: true, hard: false };
export const hardline: Doc = { kind: "line", soft: false, hard: true };
export const hardlineKeepingSpaces: Doc = { kind: "line", soft: false, hard: true, keepSpaces: true };

export function group(contents: Doc, options: { shouldBreak?: boolean; id?: symbol } = {}): Doc {
  return { kind: "group", contents, broken: options.shouldBreak ?? false, id: options.id };
}
export function indent(contents: Doc): Doc {
  return { kind: "indent", contents };
}
export function align(width: number, contents: Doc): Doc {
  return { kind: "align", width, contents };
}
export function ifBreak(breakContents: Doc, flatContents: Doc = "", options: { groupId?: symbol } = {}): Doc {
  return { kind: "if-break", breakContents, flatContents, groupId: options.groupId };
}
export function indentIfBreak(contents: Doc, groupId: symbol): Doc {
  return { kind: "indent-if-break", contents, groupId };
}
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const parts: Doc[] = [];
  docs.forEach((doc, index) => {
    if (index > 0) parts.push(separator);
    parts.push(doc);
  });
  return parts;
}

/** Whether a document holds a line break it can take (prettier's `canBreak`). */
export function canBreak(doc: Doc): boolean {
  if (typeof doc === "string") return false;
  if (Array.isArray(doc)) return doc.some(canBreak);
  switch (doc.kind) {
    case "line":
      return true;
    case "if-break":
      return canBreak(doc.breakContents) || canBreak(doc.flatContents);
    default:
      return canBreak(doc.contents);
  }
}

const FLAT = 0;
const BREAK = 1;
type Mode = typeof FLAT | typeof BREAK;
interface Command {
  indent: number;
  mode: Mode;
  doc: Doc;
}

/** Lays `doc` out in `printWidth` columns, indenting with spaces, exactly as prettier's printDocToString does. */
export function printDoc(doc: Doc, printWidth: number): string {
  propagateBreaks(doc);
  const groupModes = new Map<symbol, Mode>();
  const commands: Command[] = [{ indent: 0, mode: BREAK, doc }];
  const out: string[] = [];
  let position = 0;
  while (commands.length > 0) {
    const { indent: ind, mode, doc: current } = commands.pop()!;
    if (typeof current === "string") {
      out.push(current);
      position += width(current);
      continue;
    }
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--)
        commands.push({ indent: ind, mode, doc: current[index]! });
      continue;
    }
    switch (current.kind) {
      case "indent":
        commands.push({ indent: ind + 2, mode, doc: current.contents });
        break;
      case "align":
        commands.push({ indent: ind + current.width, mode, doc: current.contents });
        break;
      case "group": {
        let next: Command;
        if (mode === FLAT) next = { indent: ind, mode: current.broken ? BREAK : FLAT, doc: current.contents };
        else {
          const flat: Command = { indent: ind, mode: FLAT, doc: current.contents };
          next =
            !current.broken && fits(flat, commands, printWidth - position, groupModes)
              ? flat
              : { indent: ind, mode: BREAK, doc: current.contents };
        }
        commands.push(next);
        if (current.id) groupModes.set(current.id, next.mode);
        break;
      }
      case "if-break":
      case "indent-if-break": {
        const groupMode = current.groupId ? groupModes.get(current.groupId) : mode;
        if (current.kind === "if-break") {
          const contents = groupMode === BREAK ? current.breakContents : current.flatContents;
          commands.push({ indent: ind, mode, doc: contents });
        } else {
          commands.push({ indent: groupMode === BREAK ? ind + 2 : ind, mode, doc: current.contents });
        }
        break;
      }
      case "line":
        if (mode === FLAT && !current.hard) {
          if (!current.soft) {
            out.push(" ");
            position += 1;
          }
          break;
        }
        if (!current.keepSpaces) trimTrailingSpaces(out);
        out.push("\n" + " ".repeat(ind));
        position = ind;
        break;
    }
  }
  return out.join("");
}

/** prettier's `fits`: does the flat `next`, then the rest up to its first possible line break, fit in `remaining`? */
function fits(next: Command, rest: readonly Command[], remaining: number, groupModes: Map<symbol, Mode>): boolean {
  let restIndex = rest.length;
  const commands: Array<{ mode: Mode; doc: Doc }> = [next];
  let pendingSpace = false;
  while (remaining >= 0) {
    if (commands.length === 0) {
      if (restIndex === 0) return true;
      commands.push(rest[--restIndex]!);
      continue;
    }
    const { mode, doc } = commands.pop()!;
    if (typeof doc === "string") {
      if (doc !== "") {
        if (pendingSpace) {
          remaining -= 1;
          pendingSpace = false;
        }
        remaining -= width(doc);
      }
      continue;
    }
    if (Array.isArray(doc)) {
      for (let index = doc.length - 1; index >= 0; index--) commands.push({ mode, doc: doc[index]! });
      continue;
    }
    switch (doc.kind) {
      case "indent":
      case "align":
      case "indent-if-break":
        commands.push({ mode, doc: doc.contents });
        break;
      case "group":
        commands.push({ mode: doc.broken ? BREAK : mode, doc: doc.contents });
        break;
      case "if-break": {
        const groupMode = doc.groupId ? (groupModes.get(doc.groupId) ?? FLAT) : mode;
        commands.push({ mode, doc: groupMode === BREAK ? doc.breakContents : doc.flatContents });
        break;
      }
      case "line":
        if (mode === BREAK || doc.hard) return true;
        if (!doc.soft) pendingSpace = true;
        break;
    }
  }
  return false;
}

/** A group breaks when it holds a hard line or a broken group, and so do all groups around it. */
function propagateBreaks(doc: Doc): boolean {
  if (typeof doc === "string") return false;
  if (Array.isArray(doc)) {
    let broken = false;
    for (const part of doc) if (propagateBreaks(part)) broken = true;
    return broken;
  }
  switch (doc.kind) {
    case "line":
      return doc.hard;
    case "group":
      if (propagateBreaks(doc.contents)) doc.broken = true;
      return doc.broken;
    case "if-break":
      // prettier walks both branches of a conditional
      return [propagateBreaks(doc.breakContents), propagateBreaks(doc.flatContents)].includes(true);
    default:
      return propagateBreaks(doc.contents);
  }
}

/** Drops the spaces at the end of the output, as prettier does before each line break. */
function trimTrailingSpaces(out: string[]): void {
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    const trimmed = last.replace(/[ \t]+$/, "");
    if (trimmed === last) return;
    if (trimmed !== "") {
      out[out.length - 1] = trimmed;
      return;
    }
    out.pop();
  }
}

/**
 * Columns a text takes: its length for printable ASCII, else prettier's own measure (wide and combining characters).
 */
export function width(text: string): number {
  return /^[\x20-\x7e]*$/.test(text) ? text.length : util.getStringWidth(text);
}
