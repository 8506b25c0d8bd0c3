import { describe, expect, it } from "vitest";
import { buildModel } from "../../../generator/model/build-model.js";
import { MODEL_PASSES } from "../../../generator/model/passes.js";
import { operation, ref } from "./draft.js";

describe("the model passes", () => {
  it("run in one stated order, each with why", () => {
    expect(MODEL_PASSES.map((pass) => pass.name)).toEqual(["hoist-refs", "visibility", "operation-type-names", "break-cycles"]);
    for (const pass of MODEL_PASSES) expect(pass.why.length, pass.name).toBeGreaterThan(20);
  });

  it("hoisting before visibility: a hoisted schema with a readOnly property gets its `…Input` view, and the body its name", () => {
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/pets": { post: { ...operation(ref("#/x-shapes/pet"), ref("#/x-shapes/pet")), operationId: "createPet" } } },
      "x-shapes": { pet: { type: "object", properties: { id: { type: "string", readOnly: true }, name: { type: "string" } } } },
    };
    const model = buildModel({ file: "spec.json", sha256: "", document, validated: Promise.resolve(), warnings: [], sources: [] });
    expect(model.schemas.map((schema) => [schema.key, schema.typeName])).toEqual([
      ["hoisted:/x-shapes/pet", "XShapesPet"],
      ["input:hoisted:/x-shapes/pet", "XShapesPetInput"],
    ]);
    const [createPet] = model.operations;
    expect(createPet!.requestBody!.contents[0]!.schema).toEqual(ref("input:hoisted:~1x-shapes~1pet"));
    expect(createPet!.names).toEqual({ function: "createPet", params: "CreatePetParams", body: "CreatePetBody", response: "CreatePetResponse", error: "CreatePetError" });
  });

  it("cycle breaking last: the `…Input` copies of a cycle are cut too", () => {
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {},
      components: { schemas: { A: { allOf: [ref("B")], properties: { id: { type: "string", readOnly: true } } }, B: { allOf: [ref("A")] } } },
    };
    const model = buildModel({ file: "spec.json", sha256: "", document, validated: Promise.resolve(), warnings: [], sources: [] });
    expect(model.warnings.map((warning) => warning.pointer)).toEqual([
      "/components/schemas/A/allOf/0/$ref",
      "/components/schemas/B/allOf/0/$ref",
      "/components/schemas/A/allOf/0/$ref",
      "/components/schemas/B/allOf/0/$ref",
    ]);
    const schemas = model.document.components as { schemas: Record<string, { allOf?: unknown[] }> };
    expect(Object.fromEntries(Object.entries(schemas.schemas).map(([key, schema]) => [key, schema.allOf]))).toEqual({ A: [], B: [], "input:A": [], "input:B": [] });
  });
});
