// Watch mode: regenerate a client whenever its spec or a file its `$ref`s bring in changes. A bad edit is reported
// (file, pointer, line) and leaves the output as it was; the next good edit regenerates. The process keeps its
// caches (loaded modules, formatted chunks; per client, a WatchSession of what its last good run printed and
// validated, see session.ts), so a rerun costs a fraction of a cold start.
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection, to run between reruns while nobody waits: the last run's document is garbage by then,
 * and collecting it then spares the next rerun a collection of its own. V8's `gc` is reachable only through its flag.
 */
function garbageCollector(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** How often a watcher looks whether the process that started it is still there. */
const PARENT_POLL_MS = 500;

/** The signals that stop a watcher, with their numbers (the exit code is 128 + the number, as a shell reports it). */
const STOP_SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/**
 * Calls `stop` with an exit code when the watcher should end: on SIGTERM, SIGINT or SIGHUP, and when the process that
 * started it goes (`npx openapi-client --watch & kill $!` kills npx; the watcher is re-parented and its parent pid
 * changes; its stdin cannot tell, being /dev/null for a background job). Returns the function that stops listening.
 */
export function onStopRequest(stop: (code: number) => void): () => void {
  const parent = process.ppid;
  const poll = setInterval(() => process.ppid !== parent && stop(1), PARENT_POLL_MS);
  poll.unref();
  const handlers = Object.entries(STOP_SIGNALS).map(([signal, number]) => {
    const handler = (): void => stop(128 + number);
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    clearInterval(poll);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

/** One client to keep up to date: `run` regenerates it and returns the files it was made from. */
export interface WatchedClient {
  input: string;
  run(): Promise<string[] | undefined>;
}

/** Watches each client's sources until the process ends; `initial` are the sources of the first run. */
export function watchClients(
  clients: ReadonlyArray<{ client: WatchedClient; initial: string[] | undefined }>,
  onRerun: (input: string, ms: number) => void,
): void {
  const collectGarbage = garbageCollector();
  for (const { client, initial } of clients)
    keepUpToDate(client, initial ?? [path.resolve(client.input)], onRerun, collectGarbage);
  collectGarbage(); // what the first runs left
}

function keepUpToDate(
  client: WatchedClient,
  initial: string[],
  onRerun: (input: string, ms: number) => void,
  collectGarbage: () => void,
): void {
  let sources = new Set(initial);
  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  // Directories, not files: editors save by writing a new file and renaming it over the old one.
  const rewatch = (): void => {
    for (const watcher of watchers) watcher.close();
    const directories = new Set([...sources].map((file) => path.dirname(file)));
    watchers = [...directories].map((directory) =>
      watch(directory, (_event, name) => {
        if (name !== null && sources.has(path.join(directory, name.toString()))) schedule();
      }),
    );
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void rerun(), 60); // one rerun for the burst of events a save makes
  };
  const rerun = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const started = performance.now();
    const found = await client.run();
    onRerun(client.input, performance.now() - started);
    collectGarbage();
    if (found && (found.length !== sources.size || found.some((file) => !sources.has(file)))) {
      sources = new Set(found);
      rewatch();
    }
    running = false;
    if (again) {
      again = false;
      await rerun();
    }
  };
  rewatch();
}
