// The pipeline: load → model → emit → compile → format → write, each stage timed under --verbose.
import { compileModules } from "./emit/compile.js";
import { emitModules, type EmittedFile } from "./emit/emit-modules.js";
import { addHeaders, formatFiles } from "./format.js";
import { loadDocument } from "./load/load-document.js";
import { silentLogger, timed, type Logger } from "./log.js";
import { buildModel } from "./model/build-model.js";
import type { ApiModel } from "./model/types.js";
import { packageName } from "./model/names.js";
import { checkTree, writeTree } from "./write.js";

/** What to generate, from where, to where. */
export interface GenerateOptions {
  input: string;
  output: string;
  /** Compare instead of writing; the result says what differs. */
  check?: boolean;
  allowRemoteRefs?: boolean;
  /** The npm name of the emitted package; derived from the spec's title when left out. */
  packageName?: string;
  log?: Logger;
}

/** What a run did. */
export interface GenerateResult {
  files: number;
  bytes: number;
  operations: number;
  /** With `check`: a unified diff, empty when the output is up to date. */
  diff?: string;
}

/** Generates the client for `input` into `output` (or checks it). Bad input throws a GeneratorError. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? silentLogger;
  const loaded = await timed(log, "load", () => loadDocument(options.input, { allowRemoteRefs: options.allowRemoteRefs }));
  let model: ApiModel;
  let formatted: EmittedFile[];
  try {
    model = await timed(log, "model", () => buildModel(loaded));
    const name = options.packageName ?? packageName(model.title);
    const emitted = await timed(log, "emit", () => emitModules(model, name));
    const compiled = await timed(log, "compile", () => compileModules(emitted));
    formatted = await timed(log, "format", () => formatFiles(compiled));
  } catch (error) {
    await loaded.validated; // an invalid document explains a failure better than its consequences do
    throw error;
  }
  await timed(log, "validation wait", () => loaded.validated);
  for (const warning of model.warnings) log.error(`warning: ${options.input}#${warning.pointer}: ${warning.message}`);
  const files = addHeaders(formatted, model.source);
  const summary = {
    files: files.length,
    bytes: files.reduce((total, file) => total + Buffer.byteLength(file.text), 0),
    operations: model.operations.length,
  };
  if (options.check) return { ...summary, diff: await timed(log, "check", () => checkTree(options.output, files)) };
  await timed(log, "write", () => writeTree(options.output, files));
  return summary;
}
