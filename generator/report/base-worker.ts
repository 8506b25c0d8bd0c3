// The worker thread of `--base` (started by base-client.ts): builds the older spec's client, labelled with the new
// spec's source once the main thread sends it, and posts back its files' texts, its log lines, or its error.
import { parentPort, workerData } from "node:worker_threads";
import type { Logger } from "../common/log.js";
import { buildClient } from "../generate.js";
import type { ApiModel } from "../model/types.js";
import { serializeError, type BaseBuildMessage, type BaseBuildRequest } from "./base-client.js";

const port = parentPort!;
const { input, options, verbose } = workerData as BaseBuildRequest;
const post = (message: BaseBuildMessage): void => port.postMessage(message);
const log: Logger = {
  verbose,
  debug: (message) => {
    if (verbose) post({ log: "debug", message });
  },
  info: (message) => post({ log: "info", message }),
  error: (message) => post({ log: "error", message }),
};
const source = new Promise<ApiModel["source"]>((resolve) =>
  port.once("message", (message: { source: ApiModel["source"] }) => resolve(message.source)),
);
try {
  const { files } = await buildClient(input, options, log, { source, judged: false });
  post({ files: files.map((file) => [file.path, file.text]) });
} catch (error) {
  post({ error: serializeError(error) });
}
