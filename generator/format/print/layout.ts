// Layouts (what prettier calls docs: text, groups, indents, lines) and the algorithm that prints them, for the subset
// of its commands our printers use. The printers build the same layouts prettier's own JavaScript/TypeScript printer
// builds for the same code; this prints them the same way, at a fraction of the cost of parsing and re-printing.
// Follows prettier 3.10.1's src/document/builders (the commands), src/document/printer/printer.js (printDocToString,
// fits) and src/document/utilities/index.js (propagateBreaks).
import { util } from "prettier";

/** The output's print width: the pinned prettier options' `printWidth` (format.ts). */
export const PRINT_WIDTH = 100;

/** Text, a list of parts, or one of the commands below (prettier's Doc). */
export type Layout = string | Layout[] | Group | Indent | Align | Line | IfBreak | IndentIfBreak | Fill;

interface Group {
  readonly kind: "group";
  readonly contents: Layout;
  /** Set when the group must break: asked for, or holding a hard line or a broken group (see propagateBreaks). */
  broken: boolean;
  readonly id?: symbol;
}
interface Indent {
  readonly kind: "indent";
  readonly contents: Layout;
}
interface Align {
  readonly kind: "align";
  readonly width: number;
  readonly contents: Layout;
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
  readonly breakContents: Layout;
  readonly flatContents: Layout;
  readonly groupId?: symbol;
}
interface IndentIfBreak {
  readonly kind: "indent-if-break";
  readonly contents: Layout;
  readonly groupId: symbol;
}

/** Contents and separators, alternating: each separator breaks only where what follows it does not fit. */
interface Fill {
  readonly kind: "fill";
  readonly parts: readonly Layout[];
  /** Where the parts still to print start (the printer's rest of a fill, without copying its parts). */
  readonly start: number;
}

export const line: Layout = { kind: "line", soft: false, hard: false };
export const softline: Layout = { kind: "line", soft: true, hard: false };
export const hardline: Layout = { kind: "line", soft: false, hard: true };
export const hardlineKeepingSpaces: Layout = { kind: "line", soft: false, hard: true, keepSpaces: true };

export function group(contents: Layout, options: { shouldBreak?: boolean; id?: symbol } = {}): Layout {
  return { kind: "group", contents, broken: options.shouldBreak ?? false, id: options.id };
}
export function indent(contents: Layout): Layout {
  return { kind: "indent", contents };
}
export function align(width: number, contents: Layout): Layout {
  return { kind: "align", width, contents };
}
export function ifBreak(breakContents: Layout, flatContents: Layout = "", options: { groupId?: symbol } = {}): Layout {
  return { kind: "if-break", breakContents, flatContents, groupId: options.groupId };
}
export function indentIfBreak(contents: Layout, groupId: symbol): Layout {
  return { kind: "indent-if-break", contents, groupId };
}
/** prettier's `fill`: `parts` are contents and separators (lines), alternating. */
export function fill(parts: readonly Layout[]): Layout {
  return { kind: "fill", parts, start: 0 };
}
export function join(separator: Layout, layouts: readonly Layout[]): Layout[] {
  const parts: Layout[] = [];
  layouts.forEach((layout, index) => {
    if (index > 0) parts.push(separator);
    parts.push(layout);
  });
  return parts;
}

/** Whether a layout holds a line break it can take (prettier's `canBreak`, src/document/utilities/index.js). */
export function canBreak(layout: Layout): boolean {
  if (typeof layout === "string") return false;
  if (Array.isArray(layout)) return layout.some(canBreak);
  switch (layout.kind) {
    case "line":
      return true;
    case "if-break":
      return canBreak(layout.breakContents) || canBreak(layout.flatContents);
    case "fill":
      return layout.parts.some(canBreak);
    default:
      return canBreak(layout.contents);
  }
}

const FLAT = 0;
const BREAK = 1;
type Mode = typeof FLAT | typeof BREAK;
interface Command {
  indent: number;
  mode: Mode;
  layout: Layout;
}

/** Lays `layout` out in `printWidth` columns, indenting with spaces, exactly as prettier's printDocToString does. */
export function printLayout(layout: Layout, printWidth: number): string {
  propagateBreaks(layout);
  const groupModes = new Map<symbol, Mode>();
  const commands: Command[] = [{ indent: 0, mode: BREAK, layout }];
  const out: string[] = [];
  let position = 0;
  while (commands.length > 0) {
    const { indent: ind, mode, layout: current } = commands.pop()!;
    if (typeof current === "string") {
      out.push(current);
      position += width(current);
      continue;
    }
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--)
        commands.push({ indent: ind, mode, layout: current[index]! });
      continue;
    }
    switch (current.kind) {
      case "indent":
        commands.push({ indent: ind + 2, mode, layout: current.contents });
        break;
      case "align":
        commands.push({ indent: ind + current.width, mode, layout: current.contents });
        break;
      case "group": {
        let next: Command;
        if (mode === FLAT) next = { indent: ind, mode: current.broken ? BREAK : FLAT, layout: current.contents };
        else {
          const flat: Command = { indent: ind, mode: FLAT, layout: current.contents };
          next =
            !current.broken && fits(flat, commands, printWidth - position, groupModes)
              ? flat
              : { indent: ind, mode: BREAK, layout: current.contents };
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
          commands.push({ indent: ind, mode, layout: contents });
        } else {
          commands.push({ indent: groupMode === BREAK ? ind + 2 : ind, mode, layout: current.contents });
        }
        break;
      }
      case "fill":
        commands.push(...fillCommands(current, ind, mode, printWidth - position, groupModes));
        break;
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

/**
 * The commands printing a fill pushes (printer.js's case for DOC_TYPE_FILL), last first: each content flat if it fits, and a
 * separator breaks unless the content after it fits on the line too.
 */
function fillCommands(
  fillLayout: Fill,
  ind: number,
  mode: Mode,
  remaining: number,
  groupModes: Map<symbol, Mode>,
): Command[] {
  const { parts, start } = fillLayout;
  const count = parts.length - start;
  if (count <= 0) return [];
  const at = (index: number, partMode: Mode, layout = parts[start + index]!): Command => ({
    indent: ind,
    mode: partMode,
    layout,
  });
  const contentFits = fits(at(0, FLAT), [], remaining, groupModes, true);
  const content = at(0, contentFits ? FLAT : BREAK);
  if (count === 1) return [content];
  if (count === 2) return [at(1, contentFits ? FLAT : BREAK), content];
  const rest: Command = { indent: ind, mode, layout: { kind: "fill", parts, start: start + 2 } };
  const pair = at(0, FLAT, [parts[start]!, parts[start + 1]!, parts[start + 2]!]);
  const pairFits = fits(pair, [], remaining, groupModes, true);
  return [rest, at(1, pairFits ? FLAT : BREAK), content];
}

/**
 * printer.js's `fits`: does the flat `next`, then the rest up to its first possible line break, fit in `remaining`?
 * With `mustBeFlat`, a broken group does not.
 */
function fits(
  next: Command,
  rest: readonly Command[],
  remaining: number,
  groupModes: Map<symbol, Mode>,
  mustBeFlat = false,
): boolean {
  let restIndex = rest.length;
  const commands: Array<{ mode: Mode; layout: Layout }> = [next];
  let pendingSpace = false;
  while (remaining >= 0) {
    if (commands.length === 0) {
      if (restIndex === 0) return true;
      commands.push(rest[--restIndex]!);
      continue;
    }
    const { mode, layout } = commands.pop()!;
    if (typeof layout === "string") {
      if (layout !== "") {
        if (pendingSpace) {
          remaining -= 1;
          pendingSpace = false;
        }
        remaining -= width(layout);
      }
      continue;
    }
    if (Array.isArray(layout)) {
      for (let index = layout.length - 1; index >= 0; index--) commands.push({ mode, layout: layout[index]! });
      continue;
    }
    switch (layout.kind) {
      case "indent":
      case "align":
      case "indent-if-break":
        commands.push({ mode, layout: layout.contents });
        break;
      case "group":
        if (mustBeFlat && layout.broken) return false;
        commands.push({ mode: layout.broken ? BREAK : mode, layout: layout.contents });
        break;
      case "fill":
        for (let index = layout.parts.length - 1; index >= layout.start; index--)
          commands.push({ mode, layout: layout.parts[index]! });
        break;
      case "if-break": {
        const groupMode = layout.groupId ? (groupModes.get(layout.groupId) ?? FLAT) : mode;
        commands.push({ mode, layout: groupMode === BREAK ? layout.breakContents : layout.flatContents });
        break;
      }
      case "line":
        if (mode === BREAK || layout.hard) return true;
        if (!layout.soft) pendingSpace = true;
        break;
    }
  }
  return false;
}

/**
 * A group breaks when it holds a hard line or a broken group, and so do all groups around it (utilities/index.js's
 * propagateBreaks).
 */
function propagateBreaks(layout: Layout): boolean {
  if (typeof layout === "string") return false;
  if (Array.isArray(layout)) {
    let broken = false;
    for (const part of layout) if (propagateBreaks(part)) broken = true;
    return broken;
  }
  switch (layout.kind) {
    case "line":
      return layout.hard;
    case "group":
      if (propagateBreaks(layout.contents)) layout.broken = true;
      return layout.broken;
    case "if-break":
      // prettier walks both branches of a conditional
      return [propagateBreaks(layout.breakContents), propagateBreaks(layout.flatContents)].includes(true);
    case "fill":
      return propagateBreaks([...layout.parts]);
    default:
      return propagateBreaks(layout.contents);
  }
}

/** Drops the spaces at the end of the output, as prettier does before each line break (printer.js's trim). */
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
 * Columns a text takes: its length for printable ASCII, else prettier's own measure (wide and combining characters,
 * src/utilities/get-string-width.js).
 */
export function width(text: string): number {
  return /^[\x20-\x7e]*$/.test(text) ? text.length : util.getStringWidth(text);
}
