// `--base`'s older client, built on a worker thread (base-worker.ts) while the main thread builds the new one: on a
// big spec the two builds cost about the same, and overlapped they cost one. The comparison is made on the worker too:
// it parses the older client's declarations while the new client is still being built, and is then sent the new
// client's files. Only the comparison comes back.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { GeneratorError } from "../common/errors.js";
import type { Logger } from "../common/log.js";
import type { GenerateOptions } from "../generate.js";
import type { EmittedFile } from "../emit/emit-modules.js";
import type { ApiModel } from "../model/types.js";
import { BASE_WORKER } from "../paths.js";
import type { Change } from "./compare-clients.js";

/** What the worker is given: the options that decide a client's files (no logger, no output folder). */
export interface BaseBuildRequest {
  input: string;
  options: Pick<
    GenerateOptions,
    "input" | "output" | "allowRemoteRefs" | "packageName" | "command" | "query" | "mocks" | "validators"
  >;
  verbose: boolean;
}

/** What the main thread says: the new spec's source (for the base client's label), then the new client's files. */
export type MainMessage = { source: ApiModel["source"] } | { files: Array<[string, string]> };

/** What the worker says: a log line, that the base client is built, the comparison, or why there is none. */
export type BaseBuildMessage =
  | { log: "debug" | "info" | "error"; message: string }
  | { built: true }
  | { compared: Comparison }
  | { error: SerializedError };

/** The two clients compared: the paths of the files that differ (one a line, empty if none) and the change report. */
export interface Comparison {
  diff: string;
  changes: Change[];
}

/** An error crossing the thread boundary: a GeneratorError keeps its place in the spec. */
export type SerializedError =
  | { input: true; message: string; file: string; pointer: string; line?: number; column?: number; hint?: string }
  | { input: false; message: string; stack?: string };

/** A base client being built on the worker. */
export interface BaseBuild {
  /** Gives the worker the new spec's source, which the base client is labelled with. */
  label(source: ApiModel["source"]): void;
  /** Sends the new client's files: the worker compares the two clients as soon as it has built the base one. */
  send(files: readonly EmittedFile[]): void;
  /**
   * The comparison of the files sent. The worker's log lines are printed here, after the new client's, in the order
   * they would have had if the base client had been built after it on this thread.
   */
  comparison(log: Logger): Promise<Comparison>;
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
  let builtAt: number | undefined;
  const result = new Promise<Comparison>((resolve, reject) => {
    worker.on("message", (message: BaseBuildMessage) => {
      if ("log" in message) lines.push(message);
      else if ("built" in message) builtAt = performance.now();
      else if ("compared" in message) resolve(message.compared);
      else reject(reviveError(message.error));
    });
    worker.once("error", reject);
    // After an answer this changes nothing; before one, the worker died without saying why (e.g. out of memory).
    worker.once("exit", (code) => reject(new Error(`the worker building the base client stopped (exit code ${code})`)));
  });
  result.catch(() => undefined); // awaited in comparison(); this only keeps an early failure from counting as unhandled
  const post = (message: MainMessage): void => worker.postMessage(message);
  let sentAt = performance.now();
  return {
    label: (source) => post({ source }),
    send: (files) => {
      sentAt = performance.now();
      post({ files: files.map((file) => [file.path, file.text]) });
    },
    comparison: async (log) => {
      try {
        return await result;
      } finally {
        const answered = performance.now();
        log.debug("base client (built on a worker thread):");
        for (const line of lines) log[line.log](line.message);
        // How long the new client waited for the base one (what the worker's build did not overlap), then for the
        // comparison: the report's part of the run.
        const waited = Math.max(0, Math.min(builtAt ?? answered, answered) - sentAt);
        log.debug(`base wait: ${waited.toFixed(0)} ms`);
        log.debug(`report: ${(answered - sentAt - waited).toFixed(0)} ms`);
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
