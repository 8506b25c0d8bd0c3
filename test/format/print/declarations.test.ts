// Declarations are data (generator/emit/declarations.ts); format/print/ alone renders each one in every flavour.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type {
  Declaration,
  Flavour,
} from "../../../generator/emit/declarations.js";
import { emitModules } from "../../../generator/emit/emit-modules.js";
import { CodeExpression } from "../../../generator/emit/escape.js";
import { DeclarationMemo } from "../../../generator/emit/memo.js";
import { formatFiles } from "../../../generator/format/format.js";
import {
  declarationLayout,
  declarationSource,
  moduleSource,
  rendersIn,
} from "../../../generator/format/print/declarations.js";
import { printLayout } from "../../../generator/format/print/layout.js";
import { NotPrintable } from "../../../generator/format/print/literals.js";
import { loadDocument } from "../../../generator/load/load-document.js";
import { buildModel } from "../../../generator/model/build-model.js";
import { ROOT } from "../../helpers/cli.js";

const reference = (name: string): ts.TypeNode =>
  ts.factory.createTypeReferenceNode(name);

const LIST_PETS: Declaration = {
  kind: "function",
  name: "listPets",
  doc: "List the pets.\n\n`GET /pets`",
  parameters: [
    { name: "client", optional: false, type: reference("Client") },
    { name: "params", optional: true, type: reference("ListPetsParams") },
    { name: "options", optional: true, type: reference("RequestOptions") },
  ],
  returns: ts.factory.createTypeReferenceNode("ApiPromise", [
    reference("ListPetsResponse"),
  ]),
  call: {
    callee: "request",
    args: ["client", "listPets_spec", "params", "options"],
  },
};

const PARAMS: Declaration = {
  kind: "type",
  name: "ListPetsParams",
  doc: "The arguments of `listPets`.",
  form: "alias",
  type: {
    kind: "intersection",
    types: [
      {
        kind: "object",
        oneLine: false,
        members: [
          {
            name: "x-id",
            optional: true,
            type: reference("Id"),
            doc: "An id.",
          },
        ],
      },
      {
        kind: "union",
        types: [
          {
            kind: "object",
            oneLine: true,
            members: [{ name: "body", optional: false, type: reference("A") }],
          },
          {
            kind: "object",
            oneLine: true,
            members: [{ name: "body", optional: false, type: reference("B") }],
          },
        ],
      },
    ],
  },
};

/** The mocks module's shapes: a function with a default object parameter and data among its call's arguments. */
const CREATE_MOCK_FETCH: Declaration = {
  kind: "function",
  name: "createMockFetch",
  doc: "A mock `fetch`.",
  parameters: [
    {
      name: "options",
      optional: true,
      type: {
        kind: "object",
        oneLine: false,
        members: [
          { name: "handlers", optional: true, type: reference("MockHandlers") },
          {
            name: "baseUrl",
            optional: true,
            type: ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
          },
        ],
      },
      defaultValue: {},
    },
  ],
  returns: reference("MockFetch"),
  call: {
    callee: "createMockFetchFor",
    args: [
      "routes",
      { data: ["", "/v1"] },
      "options.handlers ?? {}",
      "options.baseUrl",
    ],
  },
};

const EXAMPLES: Declaration = {
  kind: "const",
  name: "examples",
  doc: "Example data.",
  value: { getPet: { status: 200, response: { id: -1, tags: [1, 2] } } },
  typeName: "Examples",
  exported: true,
  expanded: true,
};

/** What a declaration renders as in a flavour: printed by our printer, or, if it does not print it, its source. */
function render(
  declaration: Declaration,
  flavour: Flavour,
): string | undefined {
  if (!rendersIn(declaration, flavour)) return undefined;
  try {
    return printLayout(declarationLayout(declaration, flavour), 100);
  } catch (error) {
    if (!(error instanceof NotPrintable)) throw error;
    return `(source) ${declarationSource(declaration, flavour)}`;
  }
}

describe("one declaration, every flavour", () => {
  it.each<
    [string, { given: Declaration; want: Record<Flavour, string | undefined> }]
  >([
    [
      "a function: the .js drops the types, the .d.ts the body, the typed sources keep both",
      {
        given: LIST_PETS,
        want: {
          js: "/**\n * List the pets.\n *\n * `GET /pets`\n */\nexport function listPets(client, params, options) {\n  return request(client, listPets_spec, params, options);\n}",
          "d.ts":
            "/**\n * List the pets.\n *\n * `GET /pets`\n */\nexport declare function listPets(\n  client: Client,\n  params?: ListPetsParams,\n  options?: RequestOptions,\n): ApiPromise<ListPetsResponse>;",
          ts: "(source) /**\n * List the pets.\n *\n * `GET /pets`\n */\nexport function listPets(client: Client, params?: ListPetsParams, options?: RequestOptions): ApiPromise<ListPetsResponse> {\n  return request(client, listPets_spec, params, options);\n}",
        },
      },
    ],
    [
      "a constant: data in the .js, typed in the typed sources, absent from the .d.ts",
      {
        given: {
          kind: "const",
          name: "a_spec",
          value: { id: "a", method: "GET" },
          typeName: "OperationSpec",
        },
        want: {
          js: 'const a_spec = { id: "a", method: "GET" };',
          "d.ts": undefined,
          ts: '(source) const a_spec: OperationSpec = { id: "a", method: "GET" };',
        },
      },
    ],
    [
      "a type import: absent from the .js; names only bodies use absent from the .d.ts",
      {
        given: {
          kind: "import",
          names: ["Client", "OperationSpec"],
          module: "./runtime/client.js",
          typeOnly: true,
          bodyNames: ["OperationSpec"],
        },
        want: {
          js: undefined,
          "d.ts": 'import type { Client } from "./runtime/client.js";',
          ts: 'import type { Client, OperationSpec } from "./runtime/client.js";',
        },
      },
    ],
    [
      "a type whose layout hints are fields: keys as JSON one member a line, members on one line",
      {
        given: PARAMS,
        want: {
          js: undefined,
          "d.ts":
            '/** The arguments of `listPets`. */\nexport type ListPetsParams = {\n  /** An id. */\n  "x-id"?: Id;\n} & ({ body: A } | { body: B });',
          ts: '/** The arguments of `listPets`. */\nexport type ListPetsParams = {\n  /** An id. */\n  "x-id"?: Id;\n} & ({ body: A } | { body: B });',
        },
      },
    ],
    [
      "an import naming types inline: the .js keeps the values, the .d.ts what its declarations name",
      {
        given: {
          kind: "import",
          names: ["createMockFetchFor", "reply"],
          typeNames: ["MockFetch", "MockRoute"],
          bodyNames: ["createMockFetchFor", "MockRoute"],
          module: "./runtime/mock-fetch.js",
          typeOnly: false,
        },
        want: {
          js: 'import { createMockFetchFor, reply } from "./runtime/mock-fetch.js";',
          "d.ts":
            'import { reply, type MockFetch } from "./runtime/mock-fetch.js";',
          ts: 'import { createMockFetchFor, reply, type MockFetch, type MockRoute } from "./runtime/mock-fetch.js";',
        },
      },
    ],
    [
      "exports: a binding in every flavour",
      {
        given: { kind: "export", names: ["reply"], typeOnly: false },
        want: {
          js: "export { reply };",
          "d.ts": "export { reply };",
          ts: "export { reply };",
        },
      },
    ],
    [
      "a type re-export: absent from the .js, broken where it does not fit",
      {
        given: {
          kind: "export",
          names: [
            "MockCall",
            "MockFetch",
            "MockHandler",
            "MockInput",
            "MockReply",
          ],
          module: "./runtime/mock-fetch.js",
          typeOnly: true,
        },
        want: {
          js: undefined,
          "d.ts":
            'export type {\n  MockCall,\n  MockFetch,\n  MockHandler,\n  MockInput,\n  MockReply,\n} from "./runtime/mock-fetch.js";',
          ts: 'export type {\n  MockCall,\n  MockFetch,\n  MockHandler,\n  MockInput,\n  MockReply,\n} from "./runtime/mock-fetch.js";',
        },
      },
    ],
    [
      "an exported constant with a type: its data in the .js, kept broken; declared in the .d.ts",
      {
        given: EXAMPLES,
        want: {
          js: "/** Example data. */\nexport const examples = {\n  getPet: { status: 200, response: { id: -1, tags: [1, 2] } },\n};",
          "d.ts":
            "/** Example data. */\nexport declare const examples: Examples;",
          ts: "(source) /** Example data. */\nexport const examples: Examples = {\ngetPet: { status: 200, response: { id: -1, tags: [1, 2] } },\n};",
        },
      },
    ],
    [
      "a default parameter: `= {}` in the .js, optional in the .d.ts, where its object type is hugged",
      {
        given: CREATE_MOCK_FETCH,
        want: {
          js: '/** A mock `fetch`. */\nexport function createMockFetch(options = {}) {\n  return createMockFetchFor(routes, ["", "/v1"], options.handlers ?? {}, options.baseUrl);\n}',
          "d.ts":
            "/** A mock `fetch`. */\nexport declare function createMockFetch(options?: {\n  handlers?: MockHandlers;\n  baseUrl?: string;\n}): MockFetch;",
          ts: '(source) /** A mock `fetch`. */\nexport function createMockFetch(options: {\nhandlers?: MockHandlers;\nbaseUrl?: string;\n} = {  }): MockFetch {\n  return createMockFetchFor(routes, ["", "/v1"], options.handlers ?? {}, options.baseUrl);\n}',
        },
      },
    ],
  ])("%s", (_name, { given, want }) => {
    const flavours: Flavour[] = ["js", "d.ts", "ts"];
    expect(
      Object.fromEntries(
        flavours.map((flavour) => [flavour, render(given, flavour)]),
      ),
    ).toEqual(want);
  });

  it("the printer gives what prettier makes of the source, in every flavour", async () => {
    const { formatChunk } =
      await import("../../../generator/format/format-chunk.mjs");
    const { prettierOptions } =
      await import("../../../generator/format/format.js");
    for (const flavour of ["js", "d.ts"] as const) {
      const declarations = [
        LIST_PETS,
        PARAMS,
        EXAMPLES,
        CREATE_MOCK_FETCH,
      ].filter((declaration) => rendersIn(declaration, flavour));
      const printed = declarations.map((declaration) =>
        printLayout(declarationLayout(declaration, flavour), 100),
      );
      const path = flavour === "js" ? "operations.js" : "operations.ts";
      expect(`${printed.join("\n\n")}\n`, flavour).toBe(
        await formatChunk(
          moduleSource(declarations, flavour),
          prettierOptions(path),
        ),
      );
    }
  });
});

describe("numbers and code in data", () => {
  const key = "k".repeat(95);
  it.each<[string, unknown]>([
    [
      "a long key before each kind of value",
      {
        [key]: 1,
        [`${key}2`]: -1,
        [`${key}3`]: "s",
        [`${key}4`]: true,
        [`${key}5`]: [1, 2],
        [`${key}6`]: -1500,
      },
    ],
    [
      "lists of two or more numbers, filled line by line",
      {
        a: [1, -2, 3],
        b: Array.from({ length: 60 }, (_, i) => i * 37 - 300),
        c: { d: Array.from({ length: 40 }, (_, i) => i * 1000) },
      },
    ],
    [
      "one number alone, and lists of lists",
      {
        a: [5],
        b: [-5],
        c: [
          [1, 2],
          [3, 4],
        ],
        d: [-1, -2.5, 1e21, 0.000001],
      },
    ],
    [
      "a filled list behind a key as wide as the line",
      {
        ["x".repeat(88)]: [1, 2, 3, 4, 5, 6, 7, 8, 9],
        ["y".repeat(89)]: [1, 2, 3],
      },
    ],
    [
      "member chains, one too long for its line",
      {
        body: new CodeExpression(`examples.${"x".repeat(120)}.response`),
        computed: new CodeExpression(`examples["${"y".repeat(120)}"].response`),
        short: new CodeExpression("examples.a.response"),
        alone: new CodeExpression(`examples.${"z".repeat(120)}`),
      },
    ],
  ])("%s: as prettier prints them", async (_name, value) => {
    const { formatChunk } =
      await import("../../../generator/format/format-chunk.mjs");
    const { prettierOptions } =
      await import("../../../generator/format/format.js");
    const declaration: Declaration = { kind: "const", name: "data", value };
    expect(`${printLayout(declarationLayout(declaration, "js"), 100)}\n`).toBe(
      await formatChunk(
        declarationSource(declaration, "js"),
        prettierOptions("data.js"),
      ),
    );
  });
});

describe("the operations module", () => {
  const fixture = path.join(ROOT, "test/fixtures/bodies.json");

  it("is emitted once and printed into operations.js and operations.d.ts", async () => {
    const files = await emitModules(
      buildModel(await loadDocument(fixture)),
      "@test/client",
    );
    const js = files.find((file) => file.path === "operations.js")!;
    const dts = files.find((file) => file.path === "operations.ts")!;
    expect([js.flavour, dts.flavour]).toEqual(["js", "d.ts"]);
    expect(js.declarations).toBe(dts.declarations);
  });

  it("keeps its declarations and their printed texts, per flavour, for the next run of watch mode", async () => {
    const memo = new DeclarationMemo();
    const run = async (): Promise<Declaration[]> => {
      const files = await emitModules(
        buildModel(await loadDocument(fixture)),
        "@test/client",
        { memo },
      );
      await formatFiles(files);
      memo.commit(); // as the watch session does after a run that succeeds
      return files.find((file) => file.path === "operations.js")!.declarations!;
    };
    const first = await run();
    const functions = first.filter(
      (declaration) => declaration.kind === "function",
    );
    expect(functions.length).toBeGreaterThan(0);
    const second = await run();
    // Kept as their texts alone, one per flavour they are in: their data (a type's syntax tree) is let go.
    const kept = second.filter((declaration) => declaration.kind === "printed");
    for (const declaration of functions) {
      expect(Object.keys(declaration.printed!).sort()).toEqual(["d.ts", "js"]);
      expect(kept.map((k) => k.printed)).toContainEqual(declaration.printed);
    }
    // A third run prints the same files from them.
    const files = await emitModules(
      buildModel(await loadDocument(fixture)),
      "@test/client",
      { memo },
    );
    const again = await formatFiles(files);
    const fresh = await formatFiles(
      await emitModules(
        buildModel(await loadDocument(fixture)),
        "@test/client",
      ),
    );
    expect(again.map((file) => file.text)).toEqual(
      fresh.map((file) => file.text),
    );
  });
});

describe("emit/", () => {
  it("never imports format/print/: emitters return data", () => {
    const dir = path.join(ROOT, "generator/emit");
    const offenders = readdirSync(dir)
      .filter((name) => name.endsWith(".ts"))
      .flatMap((name) =>
        [
          ...readFileSync(path.join(dir, name), "utf8").matchAll(
            /from "(\.\.\/format\/print\/[^"]*)"/g,
          ),
        ].map((match) => `${name}: ${match[1]}`),
      );
    expect(offenders).toEqual([]);
  });
});
