// `--base`'s older client, built on a worker thread (base-worker.ts) while the main thread builds the new one: on a
// big spec the two builds cost about the same, and overlapped they cost one. Only the files' texts come back.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { GeneratorError } from "../common/errors.js";
import type { Logger } from "../common/log.js";
import type { GenerateOptions } from "../generate.js";
import type { ApiModel } from "../model/types.js";
import { BASE_WORKER } from "../paths.js";

/** What the worker is given: the options that decide a client's files (no logger, no output folder). */
export interface BaseBuildRequest {
  input: string;
  options: Pick<
    GenerateOptions,
    "input" | "output" | "allowRemoteRefs" | "packageName" | "command" | "query" | "mocks" | "validators"
  >;
  verbose: boolean;
}

/** What the worker says: a log line, the client's files, or why it has none. */
export type BaseBuildMessage =
  | { log: "debug" | "info" | "error"; message: string }
  | { files: Array<[string, string]> }
  | { error: SerializedError };

/** An error crossing the thread boundary: a GeneratorError keeps its place in the spec. */
export type SerializedError =
  | { input: true; message: string; file: string; pointer: string; line?: number; column?: number; hint?: string }
  | { input: false; message: string; stack?: string };

/** A base client being built on the worker. */
export interface BaseBuild {
  /** Gives the worker the new spec's source, which the base client is labelled with. */
  label(source: ApiModel["source"]): void;
  /**
   * The base client's files by path. The worker's log lines are printed here, after the new client's, in the order
   * they would have had if the base client had been built after it on this thread.
   */
  files(log: Logger): Promise<Map<string, string>>;
  /** Stops the worker (the new spec failed: its error is the one to report). */
  cancel(): void;
}

/**
 * Starts building the client of `input` on a worker; undefined where the worker's bundle is absent (unbundled sources)
 * or there is one core (the two builds could not overlap, and the worker's start-up, TypeScript loaded a second time,
 * would only add to the run).
 */
export function startBaseBuild(input: string, options: GenerateOptions, verbose: boolean): BaseBuild | undefined {
  if (availableParallelism() < 2 || !existsSync(fileURLToPath(BASE_WORKER))) return undefined;
  const request: BaseBuildRequest = {
    input,
    options: {
      input: options.input,
      output: options.output,
      allowRemoteRefs: options.allowRemoteRefs,
      packageName: options.packageName,
      command: options.command,
      query: options.query,
      mocks: options.mocks,
      validators: options.validators,
    },
    verbose,
  };
  const worker = new Worker(BASE_WORKER, { workerData: request });
  const lines: Array<{ log: "debug" | "info" | "error"; message: string }> = [];
  const result = new Promise<Map<string, string>>((resolve, reject) => {
    worker.on("message", (message: BaseBuildMessage) => {
      if ("log" in message) lines.push(message);
      else if ("files" in message) resolve(new Map(message.files));
      else reject(reviveError(message.error));
    });
    worker.once("error", reject);
    // After an answer this changes nothing; before one, the worker died without saying why (e.g. out of memory).
    worker.once("exit", (code) => reject(new Error(`the worker building the base client stopped (exit code ${code})`)));
  });
  result.catch(() => undefined); // awaited in files(); this only keeps an early failure from counting as unhandled
  return {
    label: (source) => worker.postMessage({ source }),
    files: async (log) => {
      const waiting = performance.now();
      try {
        return await result;
      } finally {
        log.debug("base client (built on a worker thread):");
        for (const line of lines) log[line.log](line.message);
        // How much of the base client's build did not overlap the new one's: what the worker cost this run.
        log.debug(`base wait: ${(performance.now() - waiting).toFixed(0)} ms`);
        void worker.terminate();
      }
    },
    cancel: () => void worker.terminate(),
  };
}

/** The error as the worker would have thrown it on this thread. */
function reviveError(error: SerializedError): Error {
  if (error.input) {
    const { message, file, pointer, line, column, hint } = error;
    return new GeneratorError(message, { file, pointer, line, column }, hint);
  }
  const revived = new Error(error.message);
  if (error.stack !== undefined) revived.stack = error.stack;
  return revived;
}

/** The error in a form that crosses to the main thread. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof GeneratorError) {
    const { message, file, pointer, line, column, hint } = error;
    return { input: true, message, file, pointer, line, column, hint };
  }
  return error instanceof Error
    ? { input: false, message: error.message, stack: error.stack }
    : { input: false, message: String(error) };
}
