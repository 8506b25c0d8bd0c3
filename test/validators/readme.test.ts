// The generated README says how to validate when the package has validators (one section, in prettier's form), and
// says nothing of it otherwise.
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { emitReadme } from "../../generator/emit/emit-readme.js";
import { MARKDOWN_OPTIONS } from "../../generator/format/format.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { ROOT } from "../helpers/cli.js";

describe("the generated README's validation section", () => {
  it("is there with validators, with an example, in prettier's form", async () => {
    const model = buildModel(await loadDocument(path.join(ROOT, "openapi.json")));
    const plain = emitReadme(model, "pocketflows");
    expect(plain).not.toContain("## Validation");
    for (const flavour of ["standard", "zod"] as const) {
      const readme = emitReadme(model, "pocketflows", { validators: flavour });
      expect(readme).toContain("## Validation");
      expect(readme).toContain('import { createClient, schemas } from "pocketflows/validators";');
      expect(readme).toContain(`schemas.${model.schemas[0]!.typeName}.safeParse(`);
      expect(await prettier.format(readme, MARKDOWN_OPTIONS), flavour).toBe(readme);
    }
    expect(emitReadme(model, "pocketflows", { validators: "standard" })).toContain("createClientWith({ <operation>: <operation>Validators })");
  });
});
