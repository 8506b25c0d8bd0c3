// The generated validators as code: one check function per component schema, each validator a top-level constant a
// bundler drops when unused (a client validating one operation bundles that operation's checks only), and the module
// printed by the emitter in exactly prettier's form, long names and lists included.
import { readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import * as prettier from "prettier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prettierOptions } from "../../generator/format/format.js";
import { generateValidators } from "./helpers.js";

const LONG = "CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransactionDetails";
const json = (schema: string): object => ({ "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } });
const spec = {
  openapi: "3.0.3",
  info: { title: "Bundles", version: "1.0.0" },
  paths: {
    "/alpha": { get: { operationId: "getAlpha", responses: { "200": { description: "ok", content: json("Alpha") } } } },
    "/beta": { post: { operationId: "postBetaWithAVeryLongOperationNameForTheTestHelpersTreasuryOutboundTransfers", parameters: [{ name: "limit", in: "query", schema: { type: "integer" } }], requestBody: { content: json("Beta") }, responses: { default: { description: "ok", content: json(LONG) } } } },
  },
  components: {
    schemas: {
      Alpha: { type: "object", properties: { alpha_only_key: { type: "string", maxLength: 5000 }, shared: { $ref: "#/components/schemas/Shared" } }, required: ["alpha_only_key"] },
      Beta: { type: "object", properties: { beta_only_key: { type: "string", pattern: "^beta-[a-z]+$" }, status: { type: "string", nullable: true, enum: ["requires_payment_method_and_a_long_tail", "requires_confirmation_and_a_long_tail", "requires_action", "processing", "succeeded"] } }, additionalProperties: false },
      Shared: { type: "object", properties: { shared_key: { type: "integer" } } },
      [LONG]: { type: "object", properties: { [`${LONG}_property`]: { anyOf: [{ $ref: "#/components/schemas/Alpha" }, { $ref: "#/components/schemas/Beta" }, { $ref: "#/components/schemas/Shared" }] } } },
    },
  },
};

let dir: string;
let remove: () => void;
beforeAll(async () => {
  ({ dir, remove } = await generateValidators(spec));
}, 60_000);
afterAll(() => remove());

async function bundle(contents: string): Promise<string> {
  const result = await build({ stdin: { contents, resolveDir: dir, loader: "js" }, bundle: true, minify: true, format: "esm", platform: "neutral", write: false });
  return result.outputFiles[0]!.text;
}

describe("validators as code", () => {
  it("are a check function per component schema, calling each other for $refs", () => {
    const source = readFileSync(path.join(dir, "validators.js"), "utf8");
    expect(source).toContain("function checkAlpha(x, p, e) {");
    expect(source).toMatch(/if \(!checkShared\(y, e && \[\.\.\.p, "shared"\], e\)\) \{/);
    expect(source).not.toContain("JSON.parse");
  });

  it("bundle only what one operation uses", async () => {
    const one = await bundle(`import { createClientWith, getAlphaValidators } from "./validators.js"; console.log(createClientWith({ getAlpha: getAlphaValidators }));`);
    expect(one).toContain("alpha_only_key");
    expect(one).toContain("shared_key");
    expect(one).not.toContain("beta_only_key");
    expect(one).not.toContain("^beta-");
    const schema = await bundle(`import { Shared } from "./validators.js"; console.log(Shared.is({}));`);
    expect(schema).toContain("shared_key");
    expect(schema).not.toContain("alpha_only_key");
  });

  it("are printed in prettier's form", async () => {
    for (const file of ["validators.js", "validators.d.ts"]) {
      const text = readFileSync(path.join(dir, file), "utf8");
      const options = prettierOptions(file.endsWith(".ts") ? "validators.ts" : file);
      expect(await prettier.format(text, options), file).toBe(text);
    }
  });
});
