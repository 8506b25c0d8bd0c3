// Load stage: read → version → (convert a Swagger 2.0 document) → scan refs → validate (as `validationPlan` decides)
// → bundle `$ref`s.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { BaseResolver, Source } from "@redocly/openapi-core";
import { GeneratorError } from "../common/errors.js";
import { lastPointerSegment, toPointer } from "../common/json-pointer.js";
import { LINT_WORKER } from "../paths.js";
import type { LintSummary } from "./lint.mjs";
import { readSpec, type SpecSource } from "./parse.js";
import { convertSwagger, inSwaggerTerms, type PointerOrigin } from "./swagger.js";
import { hasDanglingRef, repairLocalRefs, type LoadWarning, type RefHolder } from "./repair-refs.js";
import { hideProtoKeys, restoreProtoKeys, showProtoKeys } from "./proto-keys.js";
import { checkVersion, normalizeVersion } from "./version.js";
import { fetchText, isUrl, redactUrl } from "./remote.js";
import { documentEntries, lintDelta, type DocumentEntries } from "./lint-delta.js";
import { validationPlan, type ValidationFacts, type ValidationPlan } from "./validation-plan.js";

/** A validated OpenAPI document with every external `$ref` bundled in. */
export interface LoadedDocument {
  file: string;
  sha256: string;
  document: Record<string, unknown>;
  /**
   * Settles when validation is over; rejects with a GeneratorError for an invalid document. Big single-file specs
   * are validated on a worker thread while the main thread goes on; nothing may be written before this settles.
   */
  validated: Promise<void>;
  /** For a document not judged (`LoadOptions.judged`): lints it as a judged one would be, when its client fails. */
  lintOnFailure?: () => Promise<void>;
  /**
   * Watch mode: this version's entries, for the next run to compare with (when they could be cut: a document standing
   * alone as written). They are those of a valid document once `validated` resolves, not before.
   */
  validatedEntries?: DocumentEntries;
  /** What the loader had to change for the document to be read (e.g. a cycle of references cut), with pointers. */
  warnings: LoadWarning[];
  /** The absolute paths of the spec and of every file its `$ref`s brought in (what watch mode watches). */
  sources: string[];
  /** For a Swagger 2.0 input: maps a pointer into the converted document back to the document the user wrote. */
  pointerOrigin?: PointerOrigin;
}

/** What the load stage may do beyond the file itself. */
export interface LoadOptions {
  /** Allow `$ref`s to http(s) URLs; off by default so a spec can never make the generator open a connection. */
  allowRemoteRefs?: boolean;
  /**
   * Watch mode: the entries of the last version that passed validation (none on a first run). With this, the load
   * returns the entries of this version, and lints only what changed since that one.
   */
  watch?: { lastValidEntries: DocumentEntries | undefined };
  /**
   * `false`: read the document without linting it, unless building its client fails (`explainFailure` lints it then):
   * the older spec of `--base`.
   */
  judged?: boolean;
  /**
   * A worker's lint starts when this settles, not at once: `--base` on two cores lints the new spec while the report
   * is made, on the core the builds no longer need, instead of beside the two builds that keep both cores busy.
   */
  lintAfter?: Promise<void>;
  /** The CLI flag that named the file (`--input` unless said), for the hint when it is not found. */
  flag?: string;
}

/**
 * Reads, validates and bundles the spec at `input` (a path or an http(s) URL); a Swagger 2.0 document is converted to
 * OpenAPI 3.0 first.
 */
export async function loadDocument(input: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const allowRemote = options.allowRemoteRefs ?? false;
  const read = await readSpec(input, options.flag);
  const file = read.file; // a URL with its query values redacted
  // A version written as a number is read as the string it spells; the text then no longer parses to the document.
  const versionRespelled = normalizeVersion(read.parsed);
  const { spec, pointerOrigin } = await asOpenApi(read, allowRemote);
  // What is validated and reported is the converted document; every pointer is mapped back into the 2.0 one.
  const inUserTerms = (error: unknown): unknown =>
    pointerOrigin && error instanceof GeneratorError ? inSwaggerTerms(error, file, pointerOrigin) : error;
  try {
    checkVersion(file, spec.parsed);
    const refs = scanRefs(file, spec.parsed, allowRemote);
    const warnings: LoadWarning[] = [];
    // A repaired document differs from its text, which the lint worker would parse again: such a document is linted
    // here.
    const repaired = repairLocalRefs(file, spec.parsed, refs.local, warnings);
    const hidden = hideProtoKeys(spec.parsed, spec.mimeType === "application/json" ? spec.text : undefined);
    // Redocly reads the text for line numbers; with stand-ins in the tree it must read the same keys in the text.
    const lintInput = { ...spec, text: hidden ? JSON.stringify(spec.parsed) : spec.text };
    // Watch mode compares entries with the last valid version's, for a document standing alone as written.
    const entries = options.watch && !refs.external && !repaired && !hidden ? documentEntries(spec.parsed) : undefined;
    const lastValid = options.watch?.lastValidEntries;
    const delta = entries && lastValid ? lintDelta(lastValid, entries, spec.parsed, refs.local) : undefined;
    const facts: ValidationFacts = {
      bytes: lintInput.text.length,
      format: spec.mimeType,
      textIsDocument: (pointerOrigin !== undefined || !versionRespelled) && !repaired,
      externalRefs: refs.external,
      delta: delta === undefined ? undefined : delta === "unchanged" ? "unchanged" : "changed",
      judged: options.judged,
      danglingRefs: options.judged === false && hasDanglingRef(spec.parsed, refs.local),
    };
    const plan = validationPlan(facts);
    // Redocly, set up once for the lint and the bundling, and loaded only if the main thread needs it.
    let redocly: Promise<Redocly> | undefined;
    const setUp = (): Promise<Redocly> => (redocly ??= redoclyFor(spec, allowRemote));
    const validation =
      plan === "whole on worker" && options.lintAfter
        ? options.lintAfter.then(() => validate(plan, spec, lintInput, delta, setUp))
        : validate(plan, spec, lintInput, delta, setUp);
    // Only a worker's lint goes on meanwhile; any other lint's problem is this load's error.
    if (plan !== "whole on worker") await validation;
    const { document, sources } = refs.external
      ? await bundle(spec, lintInput, await setUp())
      : { document: spec.parsed, sources: [spec.absolutePath] };
    if (hidden) restoreProtoKeys(document);
    const validated = validation.catch((error: unknown) => Promise.reject(inUserTerms(error)));
    validated.catch(() => undefined); // awaited by the caller; this only keeps an early rejection from counting as unhandled
    const lintOnFailure =
      plan === "on failure"
        ? () =>
            validate(validationPlan({ ...facts, judged: true }), spec, lintInput, delta, setUp).catch(
              (error: unknown) => Promise.reject(inUserTerms(error)),
            )
        : undefined;
    return {
      file,
      sha256: spec.sha256,
      document,
      validated,
      lintOnFailure,
      validatedEntries: entries,
      warnings,
      sources,
      pointerOrigin,
    };
  } catch (error) {
    throw inUserTerms(error);
  }
}

/**
 * The error to report when a stage after the load failed with `error`: an invalid document explains a failure better
 * than its consequences, so the document's own problem if its validation finds one; else `error`, its pointers in
 * the terms of the document the user wrote.
 */
export async function explainFailure(loaded: LoadedDocument, error: unknown): Promise<unknown> {
  try {
    await (loaded.lintOnFailure?.() ?? loaded.validated);
  } catch (invalid) {
    return invalid;
  }
  return error instanceof GeneratorError && loaded.pointerOrigin
    ? inSwaggerTerms(error, loaded.file, loaded.pointerOrigin)
    : error;
}

/**
 * The document as OpenAPI: a Swagger 2.0 one converted to 3.0 (its remote references refused before the converter
 * runs), with the map of its pointers back into the document the user wrote.
 */
async function asOpenApi(
  spec: SpecSource,
  allowRemote: boolean,
): Promise<{ spec: SpecSource; pointerOrigin?: PointerOrigin }> {
  if (spec.parsed.swagger === undefined) return { spec };
  scanRefs(spec.file, spec.parsed, allowRemote);
  const { document, origin } = await convertSwagger(spec.file, spec.parsed);
  const converted: SpecSource = {
    ...spec,
    parsed: document,
    text: JSON.stringify(document),
    mimeType: "application/json",
  };
  return { spec: converted, pointerOrigin: origin };
}

/** What validating and bundling on the main thread need: Redocly, our lint, its config, the `$ref` resolver. */
interface Redocly {
  redocly: typeof import("@redocly/openapi-core");
  lint: typeof import("./lint.mjs");
  config: Awaited<ReturnType<typeof import("./lint.mjs").lintConfig>>;
  resolver: BaseResolver;
}

async function redoclyFor(spec: SpecSource, allowRemote: boolean): Promise<Redocly> {
  // Loaded here only: a big JSON spec is linted on the worker, and the main thread never needs Redocly.
  const redocly = await import("@redocly/openapi-core");
  const lint = await import("./lint.mjs");
  const config = await lint.lintConfig();
  return { redocly, lint, config, resolver: inputResolver(redocly, config.resolve, spec, allowRemote) };
}

/** Runs the plan: resolves if the document is valid, else rejects with a GeneratorError for its first problem. */
async function validate(
  plan: ValidationPlan,
  spec: SpecSource,
  lintInput: SpecSource,
  delta: Record<string, unknown> | "unchanged" | undefined,
  setUp: () => Promise<Redocly>,
): Promise<void> {
  if (plan === "unchanged" || plan === "on failure") return;
  if (plan === "whole on worker") return throwOnErrors(spec, await lintInWorker(lintInput));
  const { lint, config, resolver } = await setUp();
  if (plan === "whole inline") return throwOnErrors(spec, await lint.lintParsed(lintInput, config, resolver));
  // The changed entries among stand-ins. A problem is reported as a whole-document lint reports it: the same problems,
  // but Redocly finds them in the order it walks the whole document.
  if (await lint.lintParsed({ ...lintInput, parsed: delta }, config))
    throwOnErrors(spec, await lint.lintParsed(lintInput, config));
}

/** The document with the files its external `$ref`s name bundled in, and the paths of those files. */
async function bundle(
  spec: SpecSource,
  lintInput: SpecSource,
  { redocly, lint, config, resolver }: Redocly,
): Promise<{ document: Record<string, unknown>; sources: string[] }> {
  const document = {
    source: new redocly.Source(spec.absolutePath, lintInput.text, spec.mimeType),
    parsed: spec.parsed,
  };
  const bundled = await redocly.bundle({ config, doc: document, dereference: false, externalRefResolver: resolver });
  throwOnErrors(spec, lint.summarizeErrors(bundled.problems));
  const sources = [
    spec.absolutePath,
    ...[...bundled.fileDependencies].filter(
      (dependency) => dependency !== spec.absolutePath && !/^[a-z][a-z0-9+.-]*:\/\//i.test(dependency),
    ),
  ];
  return { document: bundled.bundle.parsed as Record<string, unknown>, sources };
}

/**
 * Loads the lint (Redocly) on this thread ahead of time. Watch mode's reruns lint the entries an edit changed here,
 * which are few, so the first rerun need not wait for the module.
 */
export async function prepareLint(): Promise<void> {
  const { lintConfig, lintParsed } = await import("./lint.mjs");
  // One lint of a tiny document also loads and compiles what the lint runs.
  const parsed = {
    openapi: "3.1.0",
    info: { title: "", version: "" },
    paths: { "/": { get: { operationId: "a", responses: {} } } },
  };
  await lintParsed(
    { absolutePath: "/prepare.json", text: JSON.stringify(parsed), mimeType: "application/json", parsed },
    await lintConfig(),
  );
}

function lintInWorker(input: {
  absolutePath: string;
  text: string;
  mimeType: string;
}): Promise<LintSummary | undefined> {
  const { absolutePath, text, mimeType } = input;
  const worker = new Worker(LINT_WORKER, { workerData: { absolutePath, text, mimeType } });
  return new Promise((resolve, reject) => {
    worker.once("message", (reply: { summary?: LintSummary; crash?: string }) => {
      if (reply.crash !== undefined) reject(new Error(`validation failed: ${reply.crash}`));
      else resolve(reply.summary);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

/** Finds whether any `$ref` leaves the document, refuses remote ones unless allowed, and lists the local ones. */
function scanRefs(file: string, root: unknown, allowRemote: boolean): { external: boolean; local: RefHolder[] } {
  // Every object met gets a number; its key and its parent's number are kept beside it, so a pointer can be spelled
  // out for the few nodes that need one without an object per node of a big document.
  const values: object[] = [];
  const keys: string[] = [];
  const parents: number[] = [];
  const pointerOf = (node: number): string[] => {
    const segments: string[] = [];
    for (let at = node; at > 0; at = parents[at]!) segments.push(keys[at]!);
    return segments.reverse();
  };
  let external = false;
  const local: RefHolder[] = [];
  const stack: number[] = [];
  if (root !== null && typeof root === "object") {
    values.push(root);
    keys.push("");
    parents.push(-1);
    stack.push(0);
  }
  while (stack.length > 0) {
    const node = stack.pop()!;
    const value = values[node]!;
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#") && !Array.isArray(value)) {
      local.push({ holder: value as Record<string, unknown>, pointer: () => toPointer(pointerOf(node)) });
    }
    if (typeof ref === "string" && !ref.startsWith("#")) {
      external = true;
      if (!allowRemote && /^([a-z][a-z0-9+.-]*:)?\/\//i.test(ref) && !ref.startsWith("file:")) {
        throw new GeneratorError(
          `$ref to a remote URL "${ref}" is refused`,
          { file, pointer: toPointer([...pointerOf(node), "$ref"]) },
          "download it and refer to a local file, or pass --allow-remote-refs",
        );
      }
    }
    // Everywhere, extensions and examples included: Redocly follows a `$ref` wherever it stands.
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object") {
        stack.push(values.length);
        values.push(child);
        keys.push(key);
        parents.push(node);
      }
    }
  }
  return { external, local };
}

function throwOnErrors(spec: { file: string; absolutePath: string }, first: LintSummary | undefined): void {
  if (!first) return;
  const { line, column, absoluteRef } = first;
  // A problem inside a referenced file names that file, relative to the working directory like the input.
  const elsewhere = absoluteRef && absoluteRef !== spec.absolutePath ? absoluteRef : undefined;
  const problemFile =
    elsewhere === undefined
      ? spec.file
      : isUrl(elsewhere)
        ? redactUrl(elsewhere)
        : path.relative(process.cwd(), elsewhere);
  const more = first.count > 1 ? ` (and ${first.count - 1} more problem${first.count > 2 ? "s" : ""})` : "";
  let pointer = showProtoKeys(first.pointer.replace(/^#/, ""));
  let message = first.message;
  if (first.ruleId === "operation-operationId-unique") {
    // Redocly points at `…/get/<the id>`; the problem is the operationId field, and the id is worth naming.
    const id = lastPointerSegment(pointer);
    pointer = pointer.slice(0, pointer.lastIndexOf("/")) + "/operationId";
    message = `operationId "${id}" is used by more than one operation; every operation must have a unique \`operationId\``;
  }
  throw new GeneratorError(
    showProtoKeys(`${message}${more}`),
    { file: problemFile, pointer, line, column },
    first.suggest.length ? `did you mean ${first.suggest.join(", ")}?` : "fix the document and run again",
  );
}

/**
 * The resolver of external `$ref`s. A remote input's references to its own origin are fetched like the input (with
 * its headers if that is the origin they are for); other URLs only with --allow-remote-refs (defence in depth behind
 * `scanRefs`: the resolver itself opens no other connection).
 */
function inputResolver(
  redocly: typeof import("@redocly/openapi-core"),
  config: ConstructorParameters<typeof BaseResolver>[0],
  spec: SpecSource,
  allowRemote: boolean,
): BaseResolver {
  const inputOrigin = isUrl(spec.absolutePath) ? new URL(spec.absolutePath).origin : undefined;
  const headersOrigin = spec.headersOrigin ?? "";
  class InputResolver extends redocly.BaseResolver {
    override async loadExternalRef(absoluteRef: string): Promise<Source> {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(absoluteRef) || absoluteRef.startsWith("file://"))
        return super.loadExternalRef(absoluteRef);
      if (inputOrigin !== undefined && isUrl(absoluteRef) && new URL(absoluteRef).origin === inputOrigin) {
        try {
          const fetched = await fetchText(absoluteRef, headersOrigin);
          return new redocly.Source(absoluteRef, fetched.text, fetched.mimeType);
        } catch (error) {
          // Redocly reports it at the $ref that names the file; the message says what the server answered.
          throw new redocly.ResolveError(
            new Error(error instanceof GeneratorError ? `${redactUrl(absoluteRef)}: ${error.message}` : String(error)),
          );
        }
      }
      if (!allowRemote)
        throw new redocly.ResolveError(
          new Error(`remote reference ${redactUrl(absoluteRef)} refused (pass --allow-remote-refs to allow it)`),
        );
      return super.loadExternalRef(absoluteRef);
    }
  }
  return new InputResolver(config);
}
