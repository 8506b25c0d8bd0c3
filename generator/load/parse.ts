// Reads the spec file and parses JSON or YAML, reporting syntax errors with line and column.
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import path from "node:path";
import ts from "typescript";
import { GeneratorError } from "../common/errors.js";
import { walkJson } from "../common/walk.js";
import { fetchText, isUrl, redactUrl } from "./remote.js";

/** The raw spec as read from disk. */
export interface SpecSource {
  /** The path as the user gave it, or the URL with its query values redacted: for messages. */
  file: string;
  /**
   * The absolute path, or the URL the document came from after redirects (relative `$ref`s are resolved against it).
   */
  absolutePath: string;
  /** For a URL: the origin the input headers are sent to (the input's own, whatever a redirect led to). */
  headersOrigin?: string;
  text: string;
  sha256: string;
  parsed: Record<string, unknown>;
  mimeType: "application/json" | "application/yaml";
}

/**
 * Reads and parses a JSON or YAML document, from a file or an http(s) URL; any failure is a GeneratorError naming the
 * file (a URL as `redactUrl` shows it). `flag` is the CLI flag that named it, for the hint when it is not found.
 */
export async function readSpec(input: string, flag = "--input"): Promise<SpecSource> {
  if (isUrl(input)) {
    const fetched = await fetchText(input, new URL(input).origin);
    const jsonName = new URL(fetched.url).pathname.endsWith(".json");
    const spec = await parseSpec(
      redactUrl(input),
      fetched.url,
      fetched.text,
      fetched.mimeType ? fetched.mimeType === "application/json" : jsonName,
    );
    return { ...spec, headersOrigin: new URL(input).origin };
  }
  const file = input;
  const absolutePath = path.resolve(file);
  let text: string;
  try {
    // Decoded in one go: readFile's own decoding goes chunk by chunk, ten times slower on a big spec.
    text = (await readFile(absolutePath)).toString("utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const what =
      code === "ENOENT"
        ? "file not found"
        : code === "EISDIR"
          ? "is a directory, not a file"
          : `cannot be read (${code})`;
    throw new GeneratorError(what, { file, pointer: "" }, `check the ${flag} path`);
  }
  return parseSpec(file, absolutePath, text, file.endsWith(".json"));
}

async function parseSpec(file: string, absolutePath: string, text: string, saysJson: boolean): Promise<SpecSource> {
  if (text.trim() === "")
    throw new GeneratorError("the file is empty", { file, pointer: "" }, "expected an OpenAPI 3.0 or 3.1 document");
  const isJson = saysJson || text.trimStart().startsWith("{");
  const parsed = isJson ? parseJson(file, text) : await parseYamlText(file, text);
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new GeneratorError(
      "the document is not an object",
      { file, pointer: "" },
      "expected an OpenAPI 3.0 or 3.1 document",
    );
  }
  if (isJson) keepNumberSpellings(text, parsed as Record<string, unknown>);
  const sha256 = createHash("sha256").update(text).digest("hex");
  return {
    file,
    absolutePath,
    text,
    sha256,
    parsed: parsed as Record<string, unknown>,
    mimeType: isJson ? "application/json" : "application/yaml",
  };
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    // JSON.parse rarely says where; TypeScript's JSON parser does, and costs nothing on the happy path.
    const source = ts.parseJsonText(file, text);
    const diagnostic = (source as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics?.[0];
    const reported = /at position (\d+)/.exec((cause as Error).message)?.[1];
    const start = reported !== undefined ? Number(reported) : (diagnostic?.start ?? 0);
    const { line, character } = source.getLineAndCharacterOfPosition(start);
    const reason =
      reported === undefined && diagnostic
        ? ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")
        : (cause as Error).message.replace(/ in JSON at position \d+.*$/, "");
    throw new GeneratorError(
      `invalid JSON: ${reason}`,
      { file, pointer: "", line: line + 1, column: character + 1 },
      "fix the syntax error",
    );
  }
}

async function parseYamlText(file: string, text: string): Promise<unknown> {
  // Redocly's YAML parser, loaded for a YAML spec only.
  const { parseYaml } = await import("@redocly/openapi-core");
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (cause) {
    const mark = (cause as { mark?: { line: number; column: number } }).mark;
    const reason = (cause as { reason?: string }).reason ?? (cause as Error).message;
    const location = {
      file,
      pointer: "",
      line: mark ? mark.line + 1 : undefined,
      column: mark ? mark.column + 1 : undefined,
    };
    throw new GeneratorError(`not valid JSON or YAML: ${reason}`, location, "fix the syntax error");
  }
  refuseAliasBombs(file, parsed, text.length);
  return parsed;
}

/**
 * YAML aliases share nodes, so a few lines can stand for billions of them ("billion laughs"). Without aliases a
 * document has fewer nodes than characters; walking the tree with that budget finds a bomb in linear time.
 */
function refuseAliasBombs(file: string, root: unknown, textLength: number): void {
  let budget = textLength + 1024;
  // Every occurrence counts (no `once`): an alias repeats its node, and the budget also ends a cycle of aliases.
  walkJson([root], () => {
    if (--budget < 0) {
      throw new GeneratorError(
        "YAML aliases expand to far more nodes than the file has characters",
        { file, pointer: "" },
        "this looks like an alias bomb; expand the aliases by hand if they are meant",
      );
    }
  });
}

/** Where a number is shown to readers (JSDoc), not used as a type: these keep the spelling the spec wrote. */
const SHOWN_NUMBER = /(?<!\\)"(default|example)"\s*:\s*(-?\d[\d.eE+-]*)/g;

/**
 * A double cannot keep every JSON number as written (`1e400` is Infinity, `9007199254740993` loses its last digit,
 * `-0`, `1E-7` and `8.0` print otherwise), and JSDoc should show what the spec says. A `default` or `example` whose
 * value was written in such a spelling becomes that text; a value spelled two ways in the document is left as it
 * is, since the text alone cannot tell which occurrence is which.
 */
function keepNumberSpellings(text: string, root: Record<string, unknown>): void {
  const spellings = new Map<number, string | null>();
  for (const [, , raw] of text.matchAll(SHOWN_NUMBER)) {
    const value = Number(raw);
    const known = spellings.get(value);
    spellings.set(value, known === undefined || known === raw ? raw! : null);
  }
  const special = [...spellings].filter(([value, raw]) => raw !== null && raw !== String(value));
  if (special.length === 0) return;
  const spellingOf = new Map(special);
  walkJson([root], (node) => {
    for (const key of ["default", "example"]) {
      const value = (node as Record<string, unknown>)[key];
      const raw = typeof value === "number" && Object.hasOwn(node, key) ? spellingOf.get(value) : undefined;
      if (raw && Object.is(Number(raw), value)) (node as Record<string, unknown>)[key] = raw;
    }
  });
}
