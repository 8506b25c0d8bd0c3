// Emit stage entry: the IR → TypeScript modules (via ts-morph structures) and the package's JSON files.
import { readFile, readdir } from "node:fs/promises";
import { printStructure, type SourceFileStructure } from "ts-morph";
import type { ApiModel } from "../model/types.js";
import { TEMPLATES_DIR } from "../paths.js";
import { emitClient } from "./emit-client.js";
import { emitIndex } from "./emit-index.js";
import { emitOperations } from "./emit-operations.js";
import { emitManifest, emitPackageJson } from "./emit-package.js";
import { emitReadme } from "./emit-readme.js";
import { emitTypes } from "./emit-types.js";
import { createSchemaTypeWriter } from "./schema-types.js";

/** A file of the output before compilation: TypeScript source, or final JSON. */
export interface EmittedFile {
  path: string;
  text: string;
  /** Where the text came from, for the header: the spec, or a runtime template. */
  origin: "spec" | "template";
  /** Holds only type declarations, so its TypeScript is already a valid `.d.ts` and needs no compiling. */
  declarationsOnly?: boolean;
}

/**
 * Emits every module of the client package. The operations come as the `.js` and `.d.ts` the package ships; with
 * `typedSources`, as the one TypeScript module they are cut from, for the tests to type-check function bodies.
 */
export async function emitModules(model: ApiModel, packageName: string, options: { typedSources?: boolean } = {}): Promise<EmittedFile[]> {
  const writer = createSchemaTypeWriter(model);
  type Module = [path: string, structure: SourceFileStructure, extra?: Partial<EmittedFile>];
  const operations: Module[] = options.typedSources
    ? [["operations.ts", emitOperations(model, "ts")]]
    : [["operations.js", emitOperations(model, "js")], ["operations.ts", emitOperations(model, "d.ts"), { declarationsOnly: true }]];
  const structures: Module[] = [
    ["index.ts", emitIndex()],
    ["client.ts", emitClient(model)],
    ["types.ts", emitTypes(model, writer), { declarationsOnly: true }],
    ...operations,
  ];
  const files: EmittedFile[] = structures.map(([path, structure, extra]) => ({
    path,
    // Printed, not parsed into a ts-morph project: nothing here needs the syntax tree, and parsing 4 MB takes half a second.
    text: printStructure(structure, { indentNumberOfSpaces: 2 }),
    origin: "spec",
    ...extra,
  }));
  files.push(...(await readTemplates()));
  files.push({ path: "package.json", text: emitPackageJson(model, packageName), origin: "spec" });
  files.push({ path: "operations.json", text: emitManifest(model), origin: "spec" });
  files.push({ path: "README.md", text: emitReadme(model, packageName), origin: "spec" });
  return files;
}

/** The runtime: every `.ts` file of `templates/`, placed under `runtime/`. */
async function readTemplates(): Promise<EmittedFile[]> {
  const names = (await readdir(TEMPLATES_DIR)).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).sort();
  return Promise.all(
    names.map(async (name) => ({ path: `runtime/${name}`, text: await readFile(TEMPLATES_DIR + name, "utf8"), origin: "template" as const })),
  );
}
