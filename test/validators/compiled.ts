// The generated checks of one model, loaded without generating a whole package: validators.js as the generator emits
// it, its runtime import pointed at templates/validate.ts, written to a temp file and imported. For the differential
// test and the bench, which check many specs and need each table entry's validator.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Declaration } from "../../generator/emit/declarations.js";
import { moduleSource } from "../../generator/format/print/declarations.js";
import { buildValidatorTable, emitValidators } from "../../generator/emit/emit-validators.js";
import type { ApiModel } from "../../generator/model/types.js";
import type { Validator } from "../../templates/validate.js";
import { ROOT } from "../helpers/cli.js";

const RUNTIME = pathToFileURL(path.join(ROOT, "templates/validate.ts")).href;
let loaded = 0;

/** The validator of each entry of the model's validator table (components, then the operations' own), by index. */
export async function loadGeneratedValidators(model: ApiModel): Promise<{ at(index: number): Validator<unknown>; source: string }> {
  const { operations } = buildValidatorTable(model);
  const source = moduleSource(emitValidators(model).js as Declaration[], "js");
  const code = source.replace(/^import \{ createClient as \$createClient \} from "\.\/client\.js";$/m, "const $createClient = undefined;").replaceAll('"./runtime/validate.js"', JSON.stringify(RUNTIME));
  const dir = mkdtempSync(path.join(tmpdir(), "validators-code-"));
  const file = path.join(dir, `validators-${loaded++}.mjs`);
  writeFileSync(file, code);
  try {
    const module = (await import(pathToFileURL(file).href)) as {
      schemas: Record<string, Validator<unknown>>;
      operations: Record<string, { params?: Validator<unknown>; body?: Validator<unknown>; responses: Record<string, Validator<unknown>> }>;
    };
    const byIndex = new Map<number, Validator<unknown>>();
    model.schemas.forEach((schema, index) => byIndex.set(index, module.schemas[schema.typeName]!));
    for (const entry of operations) {
      const validators = module.operations[entry.operation.names.function]!;
      if (entry.params !== undefined) byIndex.set(entry.params, validators.params!);
      if (entry.body !== undefined) byIndex.set(entry.body, validators.body!);
      for (const response of entry.responses) byIndex.set(response.entry, validators.responses[response.status]!);
    }
    return { at: (index) => byIndex.get(index)!, source };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
