// The only place that writes to the console, so output stays predictable and testable.

/** Where the generator reports progress; `debug` lines appear only under `--verbose`. */
export interface Logger {
  readonly verbose: boolean;
  debug(message: string): void;
  info(message: string): void;
  error(message: string): void;
}

/** A logger writing info to stdout, errors and debug lines to stderr. */
export function createLogger(verbose: boolean): Logger {
  return {
    verbose,
    debug: (message) => {
      if (verbose) process.stderr.write(`${message}\n`);
    },
    info: (message) => void process.stdout.write(`${message}\n`),
    error: (message) => void process.stderr.write(`${message}\n`),
  };
}

/** A logger that prints nothing, for library use and tests. */
export const silentLogger: Logger = { verbose: false, debug: () => {}, info: () => {}, error: () => {} };

/** Runs a stage and reports how long it took as a debug line. */
export async function timed<T>(log: Logger, stage: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  log.debug(`${stage}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
}
