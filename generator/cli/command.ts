// The command that regenerates a client, as the file headers and the CLI's messages name it: the bin (or what ran
// it, from OPENAPI_CLIENT_COMMAND) with the options that decide the output, and nothing else, so that the same
// client gives the same header whichever of generate, --check or --base made it.
import path from "node:path";
import { isUrl, redactUrl } from "../load/remote.js";

/** What names a client's regeneration; the defaults are left out, so equivalent invocations read the same. */
export interface CommandOptions {
  input?: string;
  output?: string;
  packageName?: string;
  allowRemoteRefs?: boolean;
  query?: boolean;
  mocks?: "fetch" | "msw";
  validators?: boolean | "standard" | "zod";
}

/** The bin's name; a wrapper (this repository's `npm run generate`) names itself in OPENAPI_CLIENT_COMMAND. */
const BIN = "openapi-client";

/** The defaults of --input and --output. */
export const DEFAULT_INPUT = "openapi.json";
export const DEFAULT_OUTPUT = "generated";

/** The arguments that regenerate a client with `options`, paths as seen from `cwd`. */
export function regenerateArgs(options: CommandOptions, cwd = process.cwd()): string[] {
  const args: string[] = [];
  const input = options.input === undefined ? undefined : shownPath(options.input, cwd);
  const output = options.output === undefined ? undefined : shownPath(options.output, cwd);
  if (input !== undefined && input !== DEFAULT_INPUT) args.push("-i", input);
  if (output !== undefined && output !== DEFAULT_OUTPUT) args.push("-o", output);
  if (options.packageName !== undefined) args.push("--package-name", options.packageName);
  if (options.allowRemoteRefs) args.push("--allow-remote-refs");
  if (options.query) args.push("--query");
  if (options.mocks !== undefined) args.push(...(options.mocks === "fetch" ? ["--mocks"] : ["--mocks", options.mocks]));
  if (options.validators === true || options.validators === "standard") args.push("--validators");
  if (options.validators === "zod") args.push("--validators", "zod");
  return args;
}

/**
 * The command line that runs the CLI with `args`, quoted for a POSIX shell. A wrapper named in OPENAPI_CLIENT_COMMAND
 * that ends in ` --` (as `npm run generate --` does) keeps that separator only when arguments follow it.
 */
export function commandLine(args: readonly string[], placeholder?: string): string {
  const base = process.env.OPENAPI_CLIENT_COMMAND?.trim() || BIN;
  const words = [...args.map(quote), ...(placeholder === undefined ? [] : [placeholder])];
  if (words.length === 0) return base.replace(/\s+--$/, "");
  return `${base} ${words.join(" ")}`;
}

/** A path relative to `cwd` when it lies inside it (in `/` form), else absolute: the same file reads one way. */
function shownPath(file: string, cwd: string): string {
  // A URL (remote input) is shown without its query values, which may be secrets.
  if (isUrl(file)) return redactUrl(file);
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  const shown = relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join("/");
}

function quote(arg: string): string {
  return /^[\w./:@%+=,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}
