// Emit stage entry: the IR → TypeScript modules (via ts-morph structures) and the package's JSON files.
import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Project, type SourceFileStructure } from "ts-morph";
import type { ApiModel } from "../model/types.js";
import { emitClient } from "./emit-client.js";
import { emitIndex } from "./emit-index.js";
import { emitOperations } from "./emit-operations.js";
import { emitManifest, emitPackageJson } from "./emit-package.js";
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

const TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

/** Emits every module of the client package. */
export async function emitModules(model: ApiModel, packageName: string): Promise<EmittedFile[]> {
  const writer = createSchemaTypeWriter(model);
  const structures: Array<[string, SourceFileStructure]> = [
    ["index.ts", emitIndex()],
    ["client.ts", emitClient(model)],
    ["types.ts", emitTypes(model, writer)],
    ["operations.ts", emitOperations(model)],
  ];
  const project = new Project({ useInMemoryFileSystem: true });
  const files: EmittedFile[] = structures.map(([path, structure]) => ({
    path,
    text: project.createSourceFile(path, structure).getFullText(),
    origin: "spec",
    declarationsOnly: path === "types.ts",
  }));
  files.push(...(await readTemplates()));
  files.push({ path: "package.json", text: emitPackageJson(model, packageName), origin: "spec" });
  files.push({ path: "operations.json", text: emitManifest(model), origin: "spec" });
  return files;
}

/** The runtime: every `.ts` file of `templates/`, placed under `runtime/`. */
async function readTemplates(): Promise<EmittedFile[]> {
  const names = (await readdir(TEMPLATES_DIR)).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).sort();
  return Promise.all(
    names.map(async (name) => ({ path: `runtime/${name}`, text: await readFile(TEMPLATES_DIR + name, "utf8"), origin: "template" as const })),
  );
}
