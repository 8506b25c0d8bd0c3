// `--base`'s worker thread (started by base-client.ts): builds the older spec's client when asked to (labelled with the
// new spec's source once the main thread sends it), or is sent it; is sent the new client's files; parses and binds
// the declarations of the client it has first while the other is still being built; then compares the two and posts
// the comparison. Its log lines and any error are posted too.
import { parentPort, workerData } from "node:worker_threads";
import { timed, type Logger } from "../common/log.js";
import { buildClient } from "../generate.js";
import type { ApiModel } from "../model/types.js";
import { serializeError, type BaseWorkerMessage, type BaseWorkerRequest, type MainMessage } from "./base-client.js";
import { changedFiles, compareClients, parseClient, type ClientFiles, type ParsedFiles } from "./compare-clients.js";

const port = parentPort!;
const { build, verbose } = workerData as BaseWorkerRequest;
const post = (message: BaseWorkerMessage): void => port.postMessage(message);
const log: Logger = {
  verbose,
  debug: (message) => {
    if (verbose) post({ log: "debug", message });
  },
  info: (message) => post({ log: "info", message }),
  error: (message) => post({ log: "error", message }),
};
let labelled: (source: ApiModel["source"]) => void;
const source = new Promise<ApiModel["source"]>((resolve) => (labelled = resolve));
const sent = { before: deferred<ClientFiles>(), after: deferred<ClientFiles>() };
port.on("message", (message: MainMessage) => {
  if ("source" in message) labelled(message.source);
  else sent[message.side].resolve(new Map(message.files));
});
try {
  const before = build ? buildBase(build) : sent.before.promise;
  const after = sent.after.promise;
  // Whichever client is there first is parsed while the other is still being built.
  const [side, files] = await Promise.race([
    before.then((client) => ["before", client] as const),
    after.then((client) => ["after", client] as const),
  ]);
  const parsed: ParsedFiles = new Map();
  await timed(log, `report parse (${side === "before" ? "base" : "new"} client)`, () =>
    parseClient(side, files, parsed),
  );
  const [old, current] = await Promise.all([before, after]);
  const diff = changedFiles(old, current);
  post({ compared: { diff, changes: diff ? compareClients(old, current, parsed) : [] } });
} catch (error) {
  post({ error: serializeError(error) });
}

async function buildBase({ input, options }: NonNullable<BaseWorkerRequest["build"]>): Promise<ClientFiles> {
  const { files } = await buildClient(input, options, log, { source, judged: false, flag: "--base" });
  post({ built: true });
  return new Map(files.map((file) => [file.path, file.text]));
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}
