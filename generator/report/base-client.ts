// `--base`'s worker thread (base-worker.ts) makes the comparison: it parses and binds the declarations of whichever
// client it has first while the other is still being built, then compares the two. Where the older client is built
// depends on the cores:
// - three or more: on the worker, beside the new one (the two builds and the new spec's lint each have a core);
// - two: on the main thread, after the new one. The code the first build compiled is warm there, and a second build
//   costs about half the first; on the worker it would be compiled again, and the two builds and the lint would share
//   two cores. The new spec's lint then runs beside the second build rather than the first, and the worker parses the
//   new client meanwhile.
// Only the comparison comes back.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { GeneratorError } from "../common/errors.js";
import type { Logger } from "../common/log.js";
import type { GenerateOptions } from "../generate.js";
import type { ApiModel } from "../model/types.js";
import { BASE_WORKER } from "../paths.js";
import type { Change, ClientFiles } from "./compare-clients.js";

/** What the worker is given: the base client to build, if it builds it (the options that decide a client's files). */
export interface BaseWorkerRequest {
  build?: {
    input: string;
    options: Pick<
      GenerateOptions,
      "input" | "output" | "allowRemoteRefs" | "packageName" | "command" | "query" | "mocks" | "validators"
    >;
  };
  verbose: boolean;
}

/** Which client: the older spec's (`before`) or the new one's (`after`). */
export type Side = "before" | "after";

/** What the main thread says: the new spec's source (for the base client's label), and a client's files. */
export type MainMessage = { source: ApiModel["source"] } | { side: Side; files: Array<[string, string]> };

/** What the worker says: a log line, that the base client is built, the comparison, or why there is none. */
export type BaseWorkerMessage =
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

/** The worker comparing the two clients, and building the base one if `buildsBase`. */
export interface BaseWorker {
  readonly buildsBase: boolean;
  /** Gives the worker the new spec's source, which the base client is labelled with (when the worker builds it). */
  label(source: ApiModel["source"]): void;
  /** Sends a client's files: the worker compares the two clients once it has both. */
  send(side: Side, files: ClientFiles): void;
  /**
   * The comparison. The worker's log lines are printed here, after the new client's, in the order they would have had
   * if the base client had been built after it on this thread.
   */
  comparison(log: Logger): Promise<Comparison>;
  /** Stops the worker (a spec failed: its error is the one to report). */
  cancel(): void;
}

/**
 * Overrides where the base client is built (`worker` or `main`), for tests and measurements; else the cores decide.
 * The CLI refuses any other value; `generate()` ignores it.
 */
export const BASE_BUILD_VARIABLE = "OPENAPI_CLIENT_BASE_BUILD";
export const BASE_BUILD_CHOICES: readonly string[] = ["worker", "main"];

/**
 * Starts the worker for `--base` (building the client of `input` when there are cores for it); undefined where the
 * worker's bundle is absent (unbundled sources) or there is one core (nothing could overlap, and the worker's start-up,
 * TypeScript loaded a second time, would only add to the run): the main thread then does it all.
 */
export function startBaseWorker(input: string, options: GenerateOptions, verbose: boolean): BaseWorker | undefined {
  const cores = availableParallelism();
  if (cores < 2 || !existsSync(fileURLToPath(BASE_WORKER))) return undefined;
  const override = process.env[BASE_BUILD_VARIABLE];
  const buildsBase = override && BASE_BUILD_CHOICES.includes(override) ? override === "worker" : cores >= 3;
  const request: BaseWorkerRequest = {
    build: buildsBase
      ? {
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
        }
      : undefined,
    verbose,
  };
  const lines: Array<{ log: "debug" | "info" | "error"; message: string }> = [];
  let builtAt: number | undefined;
  let started: { worker: Worker; result: Promise<Comparison> } | undefined;
  const start = (): { worker: Worker; result: Promise<Comparison> } => {
    const worker = new Worker(BASE_WORKER, { workerData: request });
    const result = new Promise<Comparison>((resolve, reject) => {
      worker.on("message", (message: BaseWorkerMessage) => {
        if ("log" in message) lines.push(message);
        else if ("built" in message) builtAt = performance.now();
        else if ("compared" in message) resolve(message.compared);
        else reject(reviveError(message.error));
      });
      worker.once("error", reject);
      // After an answer this changes nothing; before one, the worker died without saying why (e.g. out of memory).
      worker.once("exit", (code) => reject(new Error(`the --base worker stopped (exit code ${code})`)));
    });
    result.catch(() => undefined); // awaited in comparison(); this only keeps an early failure from counting as unhandled
    return { worker, result };
  };
  // A worker that only compares starts with the first client sent: before, it would only take cycles from the build.
  if (buildsBase) started = start();
  const post = (message: MainMessage): void => (started ??= start()).worker.postMessage(message);
  let sentAt = performance.now();
  return {
    buildsBase,
    label: (source) => {
      if (buildsBase) post({ source });
    },
    send: (side, files) => {
      sentAt = performance.now();
      post({ side, files: [...files] });
    },
    comparison: async (log) => {
      const { worker, result } = (started ??= start());
      try {
        return await result;
      } finally {
        const answered = performance.now();
        if (buildsBase) log.debug("base client (built on a worker thread):");
        for (const line of lines) log[line.log](line.message);
        // How long the main thread waited for the worker's base client (what its build did not overlap), then for the
        // comparison: the report's part of the run.
        const waited = Math.max(0, Math.min(builtAt ?? sentAt, answered) - sentAt);
        if (buildsBase) log.debug(`base wait: ${waited.toFixed(0)} ms`);
        log.debug(`report: ${(answered - sentAt - waited).toFixed(0)} ms`);
        void worker.terminate();
      }
    },
    cancel: () => void started?.worker.terminate(),
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
