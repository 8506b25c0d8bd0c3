// The pipeline: load → model → emit → compile → format → write (or check, with the change report), each stage timed
// under --verbose.
import { compileModules } from "./emit/compile.js";
import { emitModules, type EmittedFile } from "./emit/emit-modules.js";
import type { ValidatorFlavour } from "./emit/emit-validators.js";
import type { DocumentEntries } from "./load/lint-delta.js";
import { addHeaders, formatFiles } from "./format/format.js";
import { explainFailure, loadDocument } from "./load/load-document.js";
import { silentLogger, timed, type Logger } from "./common/log.js";
import { buildModel } from "./model/build-model.js";
import type { ApiModel } from "./model/types.js";
import { packageName } from "./model/names.js";
import { buildRuntime } from "./format/runtime.js";
import { startBaseWorker, type BaseWorker, type Comparison } from "./report/base-client.js";
import { changedFiles, compareClients, type Change, type ClientFiles } from "./report/compare-clients.js";
import { diffTrees, readTree, writeTree } from "./write/write.js";
import type { EncodedPieces, SessionRun, WatchSession } from "./watch/session.js";

/** What to generate, from where, to where. */
export interface GenerateOptions {
  input: string;
  output: string;
  /** Compare instead of writing; the result says what differs. */
  check?: boolean;
  /** Compare the client of `input` with the client of this older spec instead of with `output`; writes nothing. */
  base?: string;
  allowRemoteRefs?: boolean;
  /** When writing over a client of another spec, compute what changed for its callers (`changes`); default true. */
  reportChanges?: boolean;
  /** The npm name of the emitted package; derived from the spec's title when left out. */
  packageName?: string;
  /**
   * The command that regenerates this output, named in each code file's header (the CLI passes its own command line);
   * without one, the header says only to generate again.
   */
  command?: string;
  /** Also emit `query.js`, TanStack Query options for every operation (`--query`). */
  query?: boolean;
  /** Also emit the test doubles (`mocks.js`): example data and `createMockFetch`; `"msw"` adds MSW handlers. */
  mocks?: "fetch" | "msw";
  /**
   * Also emit validators.js: a validator per schema, and a `createClient` that checks calls (README, "Runtime
   * validation").
   */
  validators?: boolean | "standard" | "zod";
  log?: Logger;
}

/** `validators: true` is the standard flavour. */
function flavourOf(validators: GenerateOptions["validators"]): ValidatorFlavour | undefined {
  return validators === true ? "standard" : validators || undefined;
}

/** What a run did. */
export interface GenerateResult {
  files: number;
  bytes: number;
  operations: number;
  /** The spec and every file it refers to, as absolute paths. */
  sources: string[];
  /**
   * With `check`: a unified diff; with `base`: the paths of the files that differ, one a line (a line diff of two
   * versions of a big spec cost minutes, and `--base` prints the change report instead). Empty when nothing differs.
   */
  diff?: string;
  /**
   * What changed for callers, against the client in `output` (or of `base`): with `check` or `base` when the clients
   * differ, and after writing over a previous client of a different spec.
   */
  changes?: Change[];
}

/**
 * Generates the client for `input` into `output` (or checks it). Bad input throws a GeneratorError. Watch mode passes
 * its `session`: the run starts from what the last successful run left there, and commits to it only if it succeeds.
 */
export async function generate(options: GenerateOptions, session?: WatchSession): Promise<GenerateResult> {
  const log = options.log ?? silentLogger;
  const run = session?.begin();
  // --base: the worker that compares the two clients, started first so that, on three cores or more, it builds the
  // older spec's client while this one is built (see base-client.ts).
  const base = options.base === undefined ? undefined : startBaseWorker(options.base, options, log.verbose);
  let client: BuiltClient;
  try {
    client = await buildClient(options.input, options, log, {
      run,
      onSource: base?.label,
      onBuilt: base && ((files) => base.send("after", filesByPath(files))),
      // Two cores: the base client is built next, here, beside the new spec's lint (see base-client.ts).
      lintAfterBuild: base !== undefined && !base.buildsBase,
    });
  } catch (error) {
    base?.cancel();
    throw error;
  }
  const { validatedEntries } = client;
  const result =
    options.base === undefined
      ? await deliver(options, client, log, run?.encoded)
      : await compareWithBase(options, options.base, client, base, log);
  session?.commit(validatedEntries);
  return result;
}

/** What `buildClient` made of a spec. */
export interface BuiltClient {
  files: EmittedFile[];
  model: ApiModel;
  sources: string[];
  validatedEntries: DocumentEntries | undefined;
  /** With `lintAfterBuild`: settles once the spec is validated (rejects with its problem). */
  validation?: Promise<void>;
}

/**
 * `--base`: the client of `input` against the client of `base`, labelled as the new spec (so that only what the specs
 * say tells the two clients apart, not their file names). The base client comes from the worker that built it while
 * this one was built, or is built now, here (see base-client.ts); the worker, if any, compares the two.
 */
async function compareWithBase(
  options: GenerateOptions,
  base: string,
  client: BuiltClient,
  worker: BaseWorker | undefined,
  log: Logger,
): Promise<GenerateResult> {
  const { files, model, sources } = client;
  const summary = {
    sources,
    files: files.length,
    bytes: files.reduce((total, file) => total + Buffer.byteLength(file.text), 0),
    operations: model.operations.length,
  };
  if (worker?.buildsBase) return { ...summary, ...(await worker.comparison(log)) };
  // From here only the texts and the label are kept: the new client's model and document are garbage while the base
  // client is built, so its garbage collections do not walk them.
  const after = worker ? undefined : filesByPath(files);
  const { source } = model;
  const { validation } = client;
  let before: ClientFiles;
  try {
    before = filesByPath((await buildClient(base, options, log, { source, judged: false, flag: "--base" })).files);
  } catch (error) {
    worker?.cancel();
    await validation; // the new spec's problem, if it has one, is the one to report, as when it is linted first
    throw error;
  }
  if (!worker) return { ...summary, ...(await compareHere(before, after!, log)) };
  worker.send("before", before);
  if (validation) {
    try {
      await timed(log, "validation wait", () => validation);
    } catch (error) {
      worker.cancel();
      throw error;
    }
  }
  return { ...summary, ...(await worker.comparison(log)) };
}

/** The comparison the base worker makes, made on this thread. */
async function compareHere(before: ClientFiles, after: ClientFiles, log: Logger): Promise<Comparison> {
  const diff = changedFiles(before, after);
  return { diff, changes: diff ? await timed(log, "report", () => compareClients(before, after)) : [] };
}

/** Each file's text by its path. */
function filesByPath(files: readonly EmittedFile[]): Map<string, string> {
  return new Map(files.map((file) => [file.path, file.text]));
}

/** Writes the client's files, or compares them with the client on disk (`check`). */
async function deliver(
  options: GenerateOptions,
  { files, model, sources }: BuiltClient,
  log: Logger,
  pieces: EncodedPieces | undefined,
): Promise<GenerateResult> {
  // Encoded once, for the byte count and for the write; in watch mode, the pieces written last time are not encoded
  // again.
  const encoded = files.map((file) => ({
    path: file.path,
    text: pieces && file.parts ? pieces.encode(file.parts) : Buffer.from(file.text),
  }));
  const summary = {
    sources,
    files: files.length,
    bytes: encoded.reduce((total, file) => total + file.text.length, 0),
    operations: model.operations.length,
  };
  // The client on disk matters to a check, and to the change report after a write; otherwise it is only replaced.
  const onDisk =
    options.check || options.reportChanges !== false ? await readTree(options.output, options.check) : undefined;
  const before = onDisk ?? new Map<string, string>();
  if (options.check) {
    const diff = await timed(log, "check", () => diffTrees(options.output, before, files));
    return {
      ...summary,
      diff,
      changes: diff ? await timed(log, "report", () => compareClients(before, filesByPath(files))) : [],
    };
  }
  // A previous client of another spec: say what the new one changes for its callers.
  const previousSource = before.get("operations.json")?.match(/"sha256": "([0-9a-f]+)"/)?.[1];
  const changes =
    options.reportChanges !== false && previousSource && previousSource !== model.source.sha256
      ? await timed(log, "report", () => compareClients(before, filesByPath(files)))
      : undefined;
  await timed(log, "write", () => writeTree(options.output, encoded, onDisk));
  return { ...summary, changes };
}

/** How `buildClient` labels and memoizes a client. */
export interface BuildClientOptions {
  /** The spec to name as the client's source instead of `input` (a base client takes the new spec's). */
  source?: ApiModel["source"] | Promise<ApiModel["source"]>;
  /** Called with the client's source as soon as it is known (after the model, before the emit). */
  onSource?: (source: ApiModel["source"]) => void;
  run?: SessionRun;
  /** `false` for the older spec of `--base`: read, not linted (see `LoadOptions.judged`). */
  judged?: boolean;
  /** The CLI flag that named the spec (`LoadOptions.flag`). */
  flag?: string;
  /** Called with the client's files as soon as they are made, before the spec's validation is awaited. */
  onBuilt?: (files: EmittedFile[]) => void;
  /**
   * The spec's lint, when it runs on a worker, starts once the client is built instead of beside the build, and the
   * client is returned without waiting for it (`BuiltClient.validation`; see `LoadOptions.lintAfter`).
   */
  lintAfterBuild?: boolean;
}

/** load → model → emit → compile → format: the client's files in memory, validated. */
export async function buildClient(
  input: string,
  options: GenerateOptions,
  log: Logger,
  { source, onSource, run, judged, flag, onBuilt, lintAfterBuild }: BuildClientOptions = {},
): Promise<BuiltClient> {
  let lintNow: (() => void) | undefined;
  const lintAfter = lintAfterBuild ? new Promise<void>((resolve) => (lintNow = resolve)) : undefined;
  const loaded = await timed(log, "load", () =>
    loadDocument(input, { allowRemoteRefs: options.allowRemoteRefs, watch: run, judged, lintAfter, flag }),
  );
  let model: ApiModel;
  let formatted: EmittedFile[];
  try {
    model = await timed(log, "model", () => buildModel(loaded));
    if (source) model.source = await source;
    onSource?.(model.source);
    const name = options.packageName ?? packageName(model.title);
    const emitted = await timed(log, "emit", () =>
      emitModules(model, name, {
        memo: run?.declarations,
        query: options.query,
        mocks: options.mocks,
        validators: flavourOf(options.validators),
      }),
    );
    const runtime = buildRuntime(emitted.filter((file) => file.origin === "template"));
    const compiled = await timed(log, "compile", () =>
      compileModules(emitted.filter((file) => file.origin !== "template")),
    );
    formatted = await timed(log, "format", async () => [...(await formatFiles(compiled)), ...(await runtime)]);
  } catch (error) {
    lintNow?.();
    throw await explainFailure(loaded, error);
  }
  const files = addHeaders(formatted, model.source, options.command);
  onBuilt?.(files);
  lintNow?.();
  if (!lintAfterBuild) await timed(log, "validation wait", () => loaded.validated);
  const origin = loaded.pointerOrigin ?? ((pointer: string) => pointer);
  printWarnings(
    log,
    input,
    model.warnings.map((warning) => ({ ...warning, pointer: origin(warning.pointer) })),
  );
  return {
    files,
    model,
    sources: loaded.sources,
    validatedEntries: loaded.validatedEntries,
    validation: lintAfterBuild ? loaded.validated : undefined,
  };
}

/** How many warnings with the same message are printed before the rest are counted (all of them under --verbose). */
const WARNINGS_SHOWN_PER_MESSAGE = 3;

/** Prints each warning with its place; a message repeated over many places (Stripe's 213 GET bodies) is cut short. */
function printWarnings(log: Logger, input: string, warnings: readonly { pointer: string; message: string }[]): void {
  const byMessage = new Map<string, string[]>();
  for (const { pointer, message } of warnings) {
    const pointers = byMessage.get(message);
    if (pointers) pointers.push(pointer);
    else byMessage.set(message, [pointer]);
  }
  for (const [message, pointers] of byMessage) {
    const shown = log.verbose ? pointers : pointers.slice(0, WARNINGS_SHOWN_PER_MESSAGE);
    for (const pointer of shown) log.error(`warning: ${input}#${pointer}: ${message}`);
    const rest = pointers.length - shown.length;
    if (rest > 0) log.error(`warning: ${rest} more with the same message (--verbose lists every one)`);
  }
}
