// The command line (the `openapi-client` bin and `npm run generate`): flags, or the config file's clients →
// generate() → exit code (0 done, 1 bad input or drift, 2 bad usage); --watch keeps regenerating.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isMainThread, Worker } from "node:worker_threads";
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { commandLine, DEFAULT_INPUT, DEFAULT_OUTPUT, regenerateArgs } from "./command.js";
import { readConfig } from "./config.js";
import { GeneratorError } from "../common/errors.js";
import { generate, type GenerateResult } from "../generate.js";
import { prepareLint } from "../load/load-document.js";
import { isUrl, redactUrl } from "../load/remote.js";
import { PACKAGE_JSON } from "../paths.js";
import { createLogger, type Logger } from "../common/log.js";
import { onStopRequest, watchClients } from "../watch/watch.js";
import { WatchSession } from "../watch/session.js";
import { jsonReport, markdownReport, summaryLine, textReport } from "../report/print-report.js";
import { BASE_BUILD_CHOICES, BASE_BUILD_VARIABLE } from "../report/base-client.js";

async function main(argv: string[]): Promise<number> {
  const parser = yargs(argv)
    .scriptName("openapi-client")
    .usage(
      "$0 [options]\n\nGenerates a typed TypeScript client package from an OpenAPI 3.0/3.1 or Swagger 2.0 document; with openapi-client.config.json and no --input/--output, every client it lists.",
    )
    .option("input", {
      alias: "i",
      type: "string",
      requiresArg: true,
      describe: "The OpenAPI or Swagger 2.0 document (JSON or YAML), a path or an http(s) URL; default openapi.json",
    })
    .option("output", {
      alias: "o",
      type: "string",
      requiresArg: true,
      describe: "The folder the client package is written to; default generated",
    })
    .option("check", {
      type: "boolean",
      default: false,
      describe: "Write nothing; exit 1 with the change report and a diff if the output would change",
    })
    .option("base", {
      type: "string",
      requiresArg: true,
      describe: "Compare with the client of this older spec instead of the output folder (writes nothing)",
    })
    .option("report", {
      choices: ["text", "json", "markdown"] as const,
      describe: "How --check and --base print the change report (default text)",
    })
    .option("fail-on", {
      choices: ["drift", "breaking"] as const,
      describe: "With --check or --base: exit 1 on any difference (drift, the default), or only on a breaking change",
    })
    .option("package-name", {
      type: "string",
      requiresArg: true,
      describe: "The npm name of the package (default: from the spec's title)",
    })
    .option("allow-remote-refs", { type: "boolean", describe: "Let $refs load http(s) URLs" })
    .option("query", {
      type: "boolean",
      describe: "Also emit query.js: TanStack Query options for every operation (the package's ./query)",
    })
    .option("mocks", {
      type: "string",
      describe: "Also emit test doubles: mocks.js (example data, createMockFetch); `--mocks msw` adds MSW handlers",
    })
    .option("validators", {
      type: "string",
      coerce: validatorsFlag,
      describe:
        "Also emit validators.js: a validator per schema and a createClient that checks calls; --validators zod for zod v4 schemas",
    })
    .option("watch", {
      type: "boolean",
      default: false,
      describe: "Generate, then regenerate whenever the spec or a file it refers to changes",
    })
    .option("verbose", { type: "boolean", default: false, describe: "Time each stage; show stack traces" })
    .check((parsed) => {
      for (const flag of ["input", "output", "base", "package-name"] as const) {
        if (parsed[flag] === "") throw new UsageError(`--${flag} needs a value`);
        if (Array.isArray(parsed[flag])) throw new UsageError(`--${flag} may be given once`);
      }
      if (parsed.mocks !== undefined && !["", "fetch", "msw"].includes(parsed.mocks as string))
        throw new UsageError(`--mocks takes no value, or fetch or msw (not ${JSON.stringify(parsed.mocks)})`);
      const baseBuild = process.env[BASE_BUILD_VARIABLE];
      if (baseBuild && !BASE_BUILD_CHOICES.includes(baseBuild))
        throw new UsageError(
          `${BASE_BUILD_VARIABLE} takes ${BASE_BUILD_CHOICES.join(" or ")} (not ${JSON.stringify(baseBuild)})`,
        );
      const comparing = parsed.check || parsed.base !== undefined;
      for (const flag of ["report", "fail-on"] as const) {
        if (parsed[flag] !== undefined && !comparing)
          throw new UsageError(`--${flag} applies only with --check or --base`);
      }
      return true;
    })
    .strict()
    .help()
    .version(readVersion())
    .exitProcess(false)
    .fail((message, error) => {
      throw error instanceof UsageError ? error : new UsageError(message ?? error?.message ?? "invalid usage");
    });
  const verbose = argv.includes("--verbose");
  const log = createLogger(verbose);
  try {
    const args = await parser.parseAsync();
    if (args.help || args.version) return 0;
    const clients = (await clientsToRun(args)).map((client) => ({
      ...args,
      report: args.report ?? "text",
      "fail-on": args["fail-on"] ?? "drift",
      ...client,
      mocks: client.mocks,
    }));
    const remote = clients.find((client) => isUrl(client.input));
    if (args.watch && remote)
      throw new UsageError(
        `--watch needs a local file, and ${redactUrl(remote.input)} is a URL (download it, or run without --watch)`,
      );
    if (args.watch && isMainThread) return await watchOnWorker();
    if (args.watch) return await watchMode(clients, log);
    let code = 0;
    for (const client of clients) code = Math.max(code, (await runClient(client, log)).code);
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\nRun with --help for usage.\n`);
      return 2;
    }
    if (error instanceof GeneratorError) {
      log.error(`error: ${error.describe()}`);
      if (verbose) log.error(error.stack ?? "");
      return 1;
    }
    log.error(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    log.error(
      verbose && error instanceof Error
        ? (error.stack ?? "")
        : "Run with --verbose for the stack trace, and please report it.",
    );
    return 1;
  }
}

interface ClientArgs extends ComparisonArgs {
  check: boolean;
  /** The arguments that regenerate this client (see command.ts). */
  command: string[];
  "allow-remote-refs": boolean | undefined;
  "package-name": string | undefined;
  query: boolean | undefined;
  mocks?: "fetch" | "msw";
  validators?: boolean | "standard" | "zod";
}

/** A client to run, with the arguments that regenerate it (named in its headers and in the CLI's messages). */
interface ClientToRun {
  input: string;
  output: string;
  "package-name"?: string;
  "allow-remote-refs"?: boolean;
  query?: boolean;
  mocks?: "fetch" | "msw";
  validators?: boolean | "standard" | "zod";
  command: string[];
}

/**
 * The clients a run generates: with `openapi-client.config.*` in the working directory and no --input or --output,
 * every client it lists (other flags override its values); otherwise the one the flags name, on top of the file's
 * client with the same input or output, if any. The command that regenerates a client the file lists is the bin
 * without --input and --output, however this run named it, so that its headers do not depend on that.
 */
async function clientsToRun(args: {
  input?: string;
  output?: string;
  "package-name"?: string;
  "allow-remote-refs"?: boolean;
  query?: boolean;
  mocks?: string;
  validators?: boolean | "standard" | "zod";
}): Promise<ClientToRun[]> {
  const config = await readConfig(process.cwd());
  const overrides = {
    ...(args["package-name"] === undefined ? {} : { "package-name": args["package-name"] }),
    ...(args["allow-remote-refs"] === undefined ? {} : { "allow-remote-refs": args["allow-remote-refs"] }),
    ...(args.query === undefined ? {} : { query: args.query }),
    ...(args.mocks === undefined ? {} : { mocks: args.mocks === "msw" ? ("msw" as const) : ("fetch" as const) }),
    ...(args.validators === undefined ? {} : { validators: args.validators }),
  };
  // Only what decides the output, whichever of generate, --check or --base runs.
  const flags = {
    packageName: args["package-name"],
    allowRemoteRefs: args["allow-remote-refs"],
    query: args.query,
    mocks: overrides.mocks,
    validators: overrides.validators,
  };
  const fromFile = (config?.clients ?? []).map((client) => ({
    input: client.input,
    output: client.output,
    "package-name": client.packageName,
    "allow-remote-refs": client.allowRemoteRefs,
    query: client.query,
    mocks: mocksOf(client.mocks),
    validators: client.validators,
    ...overrides,
    command: regenerateArgs(flags),
  }));
  if (config && args.input === undefined && args.output === undefined) return fromFile;
  const match = fromFile.find(
    (client) =>
      (args.input !== undefined && samePath(client.input, args.input)) ||
      (args.output !== undefined && samePath(client.output, args.output)),
  );
  const input = args.input ?? match?.input ?? DEFAULT_INPUT;
  const output = args.output ?? match?.output ?? DEFAULT_OUTPUT;
  const listed = match !== undefined && samePath(match.input, input) && samePath(match.output, output);
  return [
    {
      ...match,
      ...overrides,
      input,
      output,
      command: listed ? match.command : regenerateArgs({ ...flags, input, output }),
    },
  ];
}

/** The config file's `mocks` as the flavour to emit, if any. */
function mocksOf(value: boolean | "fetch" | "msw" | undefined): "fetch" | "msw" | undefined {
  return value === true ? "fetch" : value === false ? undefined : value;
}

function samePath(a: string, b: string): boolean {
  return a === b || (!isUrl(a) && !isUrl(b) && path.resolve(a) === path.resolve(b));
}

/** Generates, checks or compares one client; returns its exit code and the files it was made from. */
async function runClient(
  args: ClientArgs,
  log: Logger,
  reportChanges = true,
  session?: WatchSession,
): Promise<{ code: number; sources: string[] }> {
  const started = performance.now();
  const comparing = args.check || args.base !== undefined;
  const result = await generate(
    {
      input: args.input,
      output: args.output,
      check: args.check,
      base: args.base,
      allowRemoteRefs: args["allow-remote-refs"] ?? false,
      packageName: args["package-name"],
      query: args.query ?? false,
      mocks: args.mocks,
      validators: args.validators,
      command: commandLine(args.command),
      reportChanges,
      log,
    },
    session,
  );
  const took = `${((performance.now() - started) / 1000).toFixed(2)} s`;
  if (comparing) return { code: printComparison(args, result, log, took), sources: result.sources };
  log.info(
    `Generated ${result.operations} operations into ${args.output}/ (${result.files} files, ${(result.bytes / 1024).toFixed(1)} KiB) in ${took}.`,
  );
  if (result.changes) {
    log.info(
      `For callers of the previous client: ${summaryLine(result.changes)} (run \`${commandLine(args.command, "--base <the previous spec>")}\` for the list).`,
    );
  }
  return { code: 0, sources: result.sources };
}

/**
 * A young generation this size (in MB) lets a rerun parse a big spec again in one go: with V8's default, copying the
 * new document from one semi-space to the next took a fifth of a rerun on Stripe.
 */
const WATCH_YOUNG_GENERATION_MB = 96;

/**
 * --watch runs on a worker thread, where the young generation's size can be set: this same CLI, with the same flags.
 * It ends, worker and all, when the process that started it goes or on a stop signal (see `onStopRequest`).
 */
function watchOnWorker(): Promise<number> {
  const worker = new Worker(pathToFileURL(process.argv[1]!), {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: WATCH_YOUNG_GENERATION_MB },
  });
  return new Promise((resolve) => {
    const stop = (code: number): void => {
      stopListening();
      void worker.terminate().finally(() => resolve(code));
    };
    const stopListening = onStopRequest(stop);
    worker.on("error", (error) => {
      process.stderr.write(`internal error: ${error.message}\n`);
      stop(1);
    });
    worker.on("exit", (code) => stop(code));
  });
}

/** --watch: each client once, then again on every change to its sources; bad input is printed, never fatal. */
async function watchMode(clients: ClientArgs[], log: Logger): Promise<number> {
  // Each client keeps what its last run printed, so a rerun transforms and prints only what the edit changed.
  const sessions = new Map(clients.map((client) => [client, new WatchSession()]));
  const attempt = async (client: ClientArgs): Promise<string[] | undefined> => {
    try {
      // No change report on each save: on a big spec it would cost as much as the regeneration itself.
      return (await runClient(client, log, false, sessions.get(client))).sources;
    } catch (error) {
      if (!(error instanceof GeneratorError)) throw error;
      log.error(`error: ${error.describe()} (the output is unchanged; watching for the next edit)`);
      return undefined;
    }
  };
  const watched = [];
  for (const client of clients)
    watched.push({ client: { input: client.input, run: () => attempt(client) }, initial: await attempt(client) });
  await prepareLint();
  watchClients(watched, (input, ms) => log.debug(`rerun of ${input}: ${ms.toFixed(0)} ms`));
  log.info("Watching for changes (Ctrl+C to stop).");
  return new Promise<number>(() => undefined); // runs until the process is stopped
}

interface ComparisonArgs {
  input: string;
  command: string[];
  output: string;
  base: string | undefined;
  report: "text" | "json" | "markdown";
  "fail-on": "drift" | "breaking";
}

/** Prints what --check or --base found, in the report's format, and returns the exit code. */
function printComparison(args: ComparisonArgs, result: GenerateResult, log: Logger, took: string): number {
  const changes = result.changes ?? [];
  const upToDate = !result.diff;
  const against = args.base ?? args.output;
  if (args.report === "json") log.info(jsonReport(changes, upToDate).trimEnd());
  else if (args.report === "markdown")
    log.info(
      markdownReport(
        changes,
        upToDate
          ? `No change for callers of ${args.input}`
          : `What ${args.input} changes for callers (against ${against})`,
      ),
    );
  else if (!upToDate) {
    log.info(textReport(changes));
    // Against the output folder the diff shows what to commit; against an older spec the report is the review.
    if (args.base === undefined) process.stdout.write(result.diff!);
  }
  const failed = args["fail-on"] === "breaking" ? changes.some((entry) => entry.severity === "breaking") : !upToDate;
  // stdout carries only the report in the json and markdown formats.
  const say = args.report === "text" ? log.info : log.error;
  if (upToDate)
    say(
      `${against} ${args.base === undefined ? "is up to date with" : "gives the same client as"} ${args.input} (${took}).`,
    );
  else if (args.base === undefined)
    log.error(
      `${args.output} is out of date with ${args.input}: run \`${commandLine(args.command)}\` and commit the result.`,
    );
  return failed ? 1 : 0;
}

class UsageError extends Error {}

/** The generator's own version, from its package.json. */
function readVersion(): string {
  return (JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { version: string }).version;
}

/** `--validators` (alone: the standard flavour), `--validators zod`, `--validators false`. */
function validatorsFlag(value: string | undefined): boolean | "standard" | "zod" | undefined {
  if (value === undefined) return undefined;
  if (value === "" || value === "true" || value === "standard") return "standard";
  if (value === "zod" || value === "false") return value === "zod" ? "zod" : false;
  throw new UsageError(`--validators takes standard or zod, not ${JSON.stringify(value)}`);
}

process.exitCode = await main(hideBin(process.argv));
