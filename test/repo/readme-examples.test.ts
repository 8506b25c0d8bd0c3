// The README's TypeScript examples cannot drift from the clients they call: each is type-checked (--strict) against
// the client it names. An example that imports a generated client starts a script: `@pocketflows/client` is
// generated/, and `./<dir>/<module>.js` is what its first line, `// npx openapi-client -i <spec> -o <dir>` (with
// `--validators` or `--validators zod` when it says so), generates.
// Later examples of the same `##` section without imports continue that script. An example outside any script (a
// fragment using names the prose defines) must still call only operations the Pocketflows client exports.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { ROOT } from "../helpers/cli.js";

interface Example {
  /** Its first line in README.md. */
  line: number;
  section: string;
  code: string;
}
interface Script {
  examples: Example[];
  /** The folder of a generated client and its spec, when it imports one by path. */
  generated?: { dir: string; spec: string; validators?: "standard" | "zod" };
}

const POCKETFLOWS = "@pocketflows/client";
// Inside the repository, so that `@pocketflows/client` and `@types/node` resolve through its node_modules.
const WORK = path.join(ROOT, "test/.tmp", `readme-examples-${process.pid}`);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** The ```ts blocks of a Markdown text, with their line and `##` section. */
export function tsExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  let section = "";
  let open: Example | undefined;
  for (const [index, text] of markdown.split("\n").entries()) {
    if (open) {
      if (text.startsWith("```")) {
        examples.push(open);
        open = undefined;
      } else open.code += `${text}\n`;
    } else if (text.startsWith("## ")) section = text;
    else if (/^```(ts|typescript)\s*$/.test(text)) open = { line: index + 2, section, code: "" };
  }
  return examples;
}

/** Groups the examples into scripts (see the file's header); returns them and the fragments outside any script. */
function scripts(examples: Example[]): { scripts: Script[]; fragments: Example[]; other: Example[] } {
  const result = { scripts: [] as Script[], fragments: [] as Example[], other: [] as Example[] };
  let current: Script | undefined;
  for (const example of examples) {
    const imports = [...example.code.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]!);
    const byPath = imports.find((specifier) => specifier.startsWith("./"));
    if (byPath) {
      const command = /^\/\/ npx openapi-client -i (\S+) -o (\S+)(?: --validators( zod)?)?$/m.exec(example.code);
      expect(command, `README.md:${example.line}: an example importing ${byPath} names the command that generates it`).not.toBeNull();
      expect(byPath, `README.md:${example.line}: the import names the generated folder`).toMatch(new RegExp(`^\\./${command![2]}/[a-z-]+\\.js$`));
      const validators = command![0].includes("--validators") ? (command![3] ? ("zod" as const) : ("standard" as const)) : undefined;
      current = { examples: [example], generated: { spec: command![1]!, dir: command![2]!, validators } };
      result.scripts.push(current);
    } else if (imports.includes(POCKETFLOWS)) {
      current = { examples: [example] };
      result.scripts.push(current);
    } else if (imports.length > 0) {
      current = undefined;
      result.other.push(example);
    } else if (current && current.examples[0]!.section === example.section) current.examples.push(example);
    else result.fragments.push(example);
  }
  return result;
}

/** `file(line,col): message` for every diagnostic of the given files under --strict (lib es2022 + dom, Node types). */
function typecheck(files: string[]): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: ["node"],
    typeRoots: [path.join(ROOT, "node_modules/@types")],
    skipLibCheck: true,
  };
  return ts.getPreEmitDiagnostics(ts.createProgram(files, options)).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${path.relative(WORK, diagnostic.file.fileName)}(${line + 1},${character + 1}): ${message}`;
  });
}

/** Writes a script as a module, each example preceded by a comment with its README line; returns the file. */
async function writeScript(script: Script, index: number): Promise<string> {
  const dir = path.join(WORK, `script-${index}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{"type":"module"}');
  if (script.generated) {
    const { spec, dir: folder, validators } = script.generated;
    await generate({ input: path.join(ROOT, spec), output: path.join(dir, folder), validators });
  }
  const file = path.join(dir, "example.ts");
  writeFileSync(file, script.examples.map((example) => `// README.md:${example.line}\n${example.code}`).join(""));
  return file;
}

describe("the README's TypeScript examples", () => {
  const grouped = scripts(tsExamples(readFileSync(path.join(ROOT, "README.md"), "utf8")));
  /** One program for all (TypeScript's lib files are read once): the diagnostics, by the file they are in. */
  let diagnostics: string[] = [];
  beforeAll(async () => {
    const files = await Promise.all(grouped.scripts.map((script, index) => writeScript(script, index)));
    diagnostics = typecheck([...files, writeFragmentCalls(grouped.fragments)]);
  }, 60_000);

  it("are mostly whole scripts, each naming the client it calls", () => {
    expect(grouped.scripts.length).toBeGreaterThanOrEqual(2);
    expect(grouped.scripts.some((script) => script.generated)).toBe(true);
  });

  it("type-check against the client each names", () => {
    expect(diagnostics.filter((line) => line.startsWith("script-"))).toEqual([]);
  });

  it("call, in fragments, only operations the Pocketflows client exports", () => {
    expect(diagnostics.filter((line) => !line.startsWith("script-"))).toEqual([]);
  });
});

/** A module that names, on the Pocketflows client, every operation the fragments call as `name(client…`. */
function writeFragmentCalls(fragments: Example[]): string {
  const called = [...new Set(fragments.flatMap((example) => [...example.code.matchAll(/\b([a-z]\w*)\(client\b/g)].map((match) => match[1]!)))];
  const dir = path.join(WORK, "fragments");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{"type":"module"}');
  const file = path.join(dir, "calls.ts");
  writeFileSync(file, `import * as api from "${POCKETFLOWS}";\n${called.map((name) => `api.${name};\n`).join("")}`);
  return file;
}
