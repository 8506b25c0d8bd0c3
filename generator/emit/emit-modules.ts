// Emit stage entry: the IR → TypeScript modules (via ts-morph structures) and the package's JSON files.
import { readFile, readdir } from "node:fs/promises";
import { printStructure, type SourceFileStructure } from "ts-morph";
import type { ApiModel } from "../model/types.js";
import { OPT_IN_TEMPLATES, TEMPLATES_DIR, type OptInModules } from "../paths.js";
import { emitClient } from "./emit-client.js";
import { emitIndex } from "./emit-index.js";
import { emitOperations } from "./emit-operations.js";
import { emitManifest, emitPackageJson } from "./emit-package.js";
import { queryDeclarations } from "./emit-query.js";
import { emitMswMocks, mocksDeclarations } from "./emit-mocks.js";
import { emitReadme } from "./emit-readme.js";
import { emitTypes } from "./emit-types.js";
import { emitValidators, type ValidatorFlavour } from "./emit-validators.js";
import { createSchemaTypeWriter } from "./schema-types.js";
import type { Declaration, Flavour } from "./declarations.js";
import type { DeclarationMemo } from "./memo.js";

/** A file of the output before compilation: TypeScript source, or final JSON. */
export interface EmittedFile {
  path: string;
  text: string;
  /** Where the text came from, for the header: the spec, or a runtime template. */
  origin: "spec" | "template";
  /** Holds only type declarations, so its TypeScript is already a valid `.d.ts` and needs no compiling. */
  declarationsOnly?: boolean;
  /**
   * A big module, given as its declarations and the flavour to print them in: the format stage prints them in
   * prettier's form (`text` is empty until then; `text` is the typed sources' unformatted source for the tests).
   */
  declarations?: Declaration[];
  flavour?: Flavour;
  /**
   * A printed big module as the pieces `text` is joined from (each declaration's text, each line break between them),
   * so that watch mode can write the pieces it wrote before without encoding them again. `text` is then joined only
   * when read.
   */
  parts?: readonly string[];
}

/** A file whose text is `parts` joined, joined the first time it is read. */
export function fileOfParts(file: Omit<EmittedFile, "text" | "parts">, parts: readonly string[]): EmittedFile {
  let text: string | undefined;
  return {
    ...file,
    parts,
    get text(): string {
      return (text ??= parts.join(""));
    },
  };
}

/**
 * Emits every module of the client package. The operations come as the `.js` and `.d.ts` the package ships; with
 * `typedSources`, as the one TypeScript module they are cut from, for the tests to type-check function bodies.
 */
export async function emitModules(
  model: ApiModel,
  packageName: string,
  options: {
    typedSources?: boolean;
    memo?: DeclarationMemo;
    /** The TanStack Query module (`--query`). */ query?: boolean;
    mocks?: MocksFlavour;
    validators?: ValidatorFlavour;
  } = {},
): Promise<EmittedFile[]> {
  // Read before the types are written: openapi-typescript narrows discriminator properties in the schemas it is given.
  const validators = options.validators ? emitValidators(model, options.validators) : undefined;
  const writer = createSchemaTypeWriter(model);
  options.memo?.startRun(writer.sharedContext());
  // The typed sources are for the tests' type-checker only: their unformatted source is what is wanted.
  const flavour = (typed: Flavour, shipped: Flavour): Flavour => (options.typedSources ? typed : shipped);
  const big = (path: string, declarations: Declaration[], flavour: Flavour): EmittedFile => ({
    path,
    text: "",
    origin: "spec",
    declarationsOnly: flavour === "d.ts",
    declarations,
    flavour,
  });
  // Emitted once, printed as each file it is needed in.
  const operationDeclarations = emitOperations(model, options.typedSources ? undefined : options.memo);
  const operations = options.typedSources
    ? [big("operations.ts", operationDeclarations, "ts")]
    : [big("operations.js", operationDeclarations, "js"), big("operations.ts", operationDeclarations, "d.ts")];
  // The small modules are ts-morph structures, printed (not parsed into a project: nothing here needs a syntax tree).
  const small = (path: string, structure: SourceFileStructure): EmittedFile => ({
    path,
    text: printStructure(structure, { indentNumberOfSpaces: 2 }),
    origin: "spec",
  });
  const files: EmittedFile[] = [
    small("index.ts", emitIndex()),
    small("client.ts", emitClient(model)),
    big("types.ts", emitTypes(model, writer, options.memo), flavour("ts", "d.ts")),
    ...operations,
  ];
  if (validators) {
    model.warnings.push(...validators.warnings);
    // Ours are declarations the format stage prints (the typed sources print them as source, as they are); the
    // zod flavour's are source for prettier.
    files.push(
      typeof validators.js === "string"
        ? { path: "validators.js", text: validators.js, origin: "spec" }
        : big("validators.js", validators.js, "js"),
      typeof validators.declarations === "string"
        ? { path: "validators.ts", text: validators.declarations, origin: "spec", declarationsOnly: true }
        : big("validators.ts", validators.declarations, "d.ts"),
    );
  }
  // Written as the .js and .d.ts the package ships: compiling the TypeScript of a big spec's module takes seconds.
  if (options.query)
    files.push(
      ...(options.typedSources
        ? [big("query.ts", queryDeclarations(model, "ts"), "ts")]
        : [
            big("query.js", queryDeclarations(model, "js"), "js"),
            big("query.ts", queryDeclarations(model, "d.ts"), "d.ts"),
          ]),
    );
  if (options.mocks !== undefined) {
    // Printed as the .js and .d.ts, as the query module is: compiling and formatting Stripe's took seconds.
    const mocks = mocksDeclarations(model);
    model.warnings.push(...mocks.warnings);
    files.push(
      ...(options.typedSources
        ? [big("mocks.ts", mocks.declarations, "ts")]
        : [big("mocks.js", mocks.declarations, "js"), big("mocks.ts", mocks.declarations, "d.ts")]),
    );
    if (options.mocks === "msw") files.push({ path: "mocks-msw.ts", text: emitMswMocks(), origin: "spec" });
  }
  files.push(
    ...(await readTemplates({
      query: options.query,
      mocks: options.mocks !== undefined,
      validators: options.validators !== undefined,
      zod: options.validators === "zod",
    })),
  );
  files.push({
    path: "package.json",
    text: emitPackageJson(model, packageName, {
      query: options.query,
      mocks: options.mocks,
      validators: options.validators,
    }),
    origin: "spec",
  });
  files.push({ path: "operations.json", text: emitManifest(model), origin: "spec" });
  files.push({
    path: "README.md",
    text: emitReadme(model, packageName, {
      query: options.query,
      mocks: options.mocks,
      validators: options.validators,
    }),
    origin: "spec",
  });
  return files;
}

/** Which test doubles `--mocks` emits: the mock fetch, or that and MSW handlers. */
export type MocksFlavour = "fetch" | "msw";

/**
 * The runtime: every `.ts` file of `templates/` (the opt-in ones only when their option is on, so that the prebuilt
 * runtime, build.mjs's, is the plain client's), placed under `runtime/`.
 */
export async function readTemplates(options: OptInModules = {}): Promise<EmittedFile[]> {
  const optedIn = (name: string): boolean => {
    const option = OPT_IN_TEMPLATES[name];
    return option === undefined || options[option] === true;
  };
  const names = (await readdir(TEMPLATES_DIR))
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && optedIn(name))
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      path: `runtime/${name}`,
      text: await readFile(TEMPLATES_DIR + name, "utf8"),
      origin: "template" as const,
    })),
  );
}
