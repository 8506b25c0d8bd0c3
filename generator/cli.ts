// The command line: flags → generate() → exit code (0 done, 1 bad input or drift, 2 bad usage).
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { GeneratorError } from "./errors.js";
import { generate } from "./generate.js";
import { createLogger } from "./log.js";

async function main(argv: string[]): Promise<number> {
  const parser = yargs(argv)
    .scriptName("generate")
    .usage("$0 [options]\n\nGenerates a typed TypeScript client package from an OpenAPI 3.0/3.1 document.")
    .option("input", { alias: "i", type: "string", default: "openapi.json", describe: "The OpenAPI document (JSON or YAML)" })
    .option("output", { alias: "o", type: "string", default: "generated", describe: "The folder the client package is written to" })
    .option("check", { type: "boolean", default: false, describe: "Write nothing; exit 1 with a diff if the output would change" })
    .option("package-name", { type: "string", describe: "The npm name of the package (default: from the spec's title)" })
    .option("allow-remote-refs", { type: "boolean", default: false, describe: "Let $refs load http(s) URLs" })
    .option("verbose", { type: "boolean", default: false, describe: "Time each stage; show stack traces" })
    .strict()
    .help()
    .version(false)
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(message ?? error?.message ?? "invalid usage");
    });
  let args;
  try {
    args = await parser.parseAsync();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\nRun with --help for usage.\n`);
      return 2;
    }
    throw error;
  }
  if (args.help) return 0;
  const log = createLogger(args.verbose);
  const started = performance.now();
  try {
    const result = await generate({
      input: args.input,
      output: args.output,
      check: args.check,
      allowRemoteRefs: args["allow-remote-refs"],
      packageName: args["package-name"],
      log,
    });
    const took = `${((performance.now() - started) / 1000).toFixed(2)} s`;
    if (args.check) {
      if (result.diff) {
        process.stdout.write(result.diff);
        log.error(`${args.output} is out of date with ${args.input}: run \`npm run generate\` and commit the result.`);
        return 1;
      }
      log.info(`${args.output} is up to date with ${args.input} (${took}).`);
      return 0;
    }
    log.info(`Generated ${result.operations} operations into ${args.output}/ (${result.files} files, ${(result.bytes / 1024).toFixed(1)} KiB) in ${took}.`);
    return 0;
  } catch (error) {
    if (error instanceof GeneratorError) {
      log.error(`error: ${error.describe()}`);
      if (args.verbose) log.error(error.stack ?? "");
      return 1;
    }
    log.error(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    log.error(args.verbose && error instanceof Error ? (error.stack ?? "") : "Run with --verbose for the stack trace, and please report it.");
    return 1;
  }
}

class UsageError extends Error {}

process.exitCode = await main(hideBin(process.argv));
