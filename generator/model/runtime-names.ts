// The names the runtime's modules export: the model keeps the spec's names clear of them.
import { readdirSync, readFileSync } from "node:fs";
import { OPT_IN_TEMPLATES, TEMPLATES_DIR } from "../paths.js";

// Read once per process: the templates are the generator's own files and do not change while it runs.
let exportNames: readonly string[] | undefined;

/**
 * `export [declare] [async|abstract] function|class|interface|type|const|let|var|enum Name`, at the start of a line.
 */
const EXPORTED_DECLARATION =
  /^export\s+(?:declare\s+)?(?:async\s+|abstract\s+)?(?:function\*?|class|interface|type|const|let|var|enum)\s+([\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)/gmu;
/** `export [type] { a, b as c }` (with or without `from`), at the start of a line. */
const EXPORT_LIST = /^export\s+(?:type\s+)?\{([^}]*)\}/gm;

/**
 * Every name the runtime's modules export, read from the template sources: the names the emitted modules import from
 * the runtime or re-export from it are among them. The templates are our own code, in one style, so their `export`
 * lines are matched rather than parsed (TypeScript's parser would add a tenth of a second to every cold run); a test
 * holds the result to what TypeScript's checker says the modules export.
 */
export function runtimeExportNames(): readonly string[] {
  if (exportNames) return exportNames;
  const names = new Set<string>();
  for (const file of readdirSync(TEMPLATES_DIR)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !(name in OPT_IN_TEMPLATES))
    .sort()) {
    const source = readFileSync(TEMPLATES_DIR + file, "utf8");
    for (const match of source.matchAll(EXPORTED_DECLARATION)) names.add(match[1]!);
    for (const match of source.matchAll(EXPORT_LIST)) {
      for (const element of match[1]!.split(",")) {
        const name = element
          .trim()
          .split(/\s+as\s+/)
          .pop()!
          .replace(/^type\s+/, "");
        if (name) names.add(name);
      }
    }
  }
  exportNames = [...names].sort();
  return exportNames;
}
