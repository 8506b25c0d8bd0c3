// Format stage: prettier with pinned options and no config lookup, so output never depends on the machine.
import * as prettier from "prettier";
import type { EmittedFile } from "./emit/emit-modules.js";

const PRETTIER_OPTIONS: prettier.Options = {
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
  proseWrap: "preserve",
};

/** Formats `.js` and `.d.ts` files; JSON files are written already formatted. */
export async function formatFiles(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const parser = file.path.endsWith(".d.ts") || file.path.endsWith(".ts") ? "typescript" : file.path.endsWith(".js") ? "babel" : undefined;
      if (!parser) return file;
      return { ...file, text: await prettier.format(separateDeclarations(file.text), { ...PRETTIER_OPTIONS, parser }) };
    }),
  );
}

/** The compiler drops blank lines; one before each top-level declaration makes the output read like hand-written code. */
function separateDeclarations(text: string): string {
  return text.replace(/(?<!\*\/)\n(?=\/\*\*|export |const |function |async function |declare |class |interface |type )/g, "\n\n");
}

/** Puts the "generated, do not edit" header on every code file. */
export function addHeaders(files: readonly EmittedFile[], source: { file: string; sha256: string }): EmittedFile[] {
  // A file name could hold a line break, which would end the comment early.
  const from = source.file.replace(/[\r\n\u2028\u2029]/g, " ");
  return files.map((file) => {
    if (!file.path.endsWith(".js") && !file.path.endsWith(".ts")) return file;
    const template = file.origin === "template" ? ` Runtime from templates/${file.path.replace(/^runtime\//, "").replace(/\.d\.ts$|\.js$/, ".ts")}.` : "";
    const header = `// Generated from ${from} (sha256 ${source.sha256}).${template}\n// Do not edit: change the spec and run \`npm run generate\`.\n\n`;
    return { ...file, text: header + file.text };
  });
}
