// The worker thread of `--base` (started by base-client.ts): builds the older spec's client, labelled with the new
// spec's source once the main thread sends it, and parses its declarations for the report while the main thread
// builds the new client; then, sent the new client's files, compares the two and posts the comparison. Its log lines
// and any error are posted too.
import { parentPort, workerData } from "node:worker_threads";
import { timed, type Logger } from "../common/log.js";
import { buildClient } from "../generate.js";
import type { ApiModel } from "../model/types.js";
import {
  serializeError,
  type BaseBuildMessage,
  type BaseBuildRequest,
  type Comparison,
  type MainMessage,
} from "./base-client.js";
import { changedFiles, compareClients, parseBefore, type ClientFiles } from "./compare-clients.js";

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
let labelled: (source: ApiModel["source"]) => void;
let sent: (files: ClientFiles) => void;
const source = new Promise<ApiModel["source"]>((resolve) => (labelled = resolve));
const newClient = new Promise<ClientFiles>((resolve) => (sent = resolve));
port.on("message", (message: MainMessage) => {
  if ("source" in message) labelled(message.source);
  else sent(new Map(message.files));
});
try {
  const { files } = await buildClient(input, options, log, { source, judged: false });
  post({ built: true });
  const before: ClientFiles = new Map(files.map((file) => [file.path, file.text]));
  const parsed = await timed(log, "report parse (base client)", () => parseBefore(before));
  const after = await newClient;
  const diff = changedFiles(before, after);
  const comparison: Comparison = { diff, changes: diff ? compareClients(before, after, parsed) : [] };
  post({ compared: comparison });
} catch (error) {
  post({ error: serializeError(error) });
}
