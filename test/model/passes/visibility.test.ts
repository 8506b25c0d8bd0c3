import { describe, expect, it } from "vitest";
import { applyVisibility } from "../../../generator/model/passes/visibility.js";
import { operation, ref, runPass, type PassResult } from "./draft.js";

type Want = Partial<PassResult>;

const id = { type: "string", readOnly: true };
const name = { type: "string" };
const pet = { type: "object", required: ["id", "name"], properties: { id, name } };
const cases: Array<[string, { given: Record<string, unknown>; want: Want }]> = [
  [
    "readOnly: the read view keeps the property, `…Input` drops it and its `required` entry",
    {
      given: { components: { schemas: { Pet: pet } } },
      want: {
        schemas: { Pet: pet, "input:Pet": { type: "object", required: ["name"], properties: { name } } },
        added: [["input:Pet", "PetInput"]],
        warnings: [],
      },
    },
  ],
  [
    "writeOnly: the read view drops the property, `…Input` keeps it",
    {
      given: { components: { schemas: { User: { properties: { password: { type: "string", writeOnly: true }, name } } } } },
      want: {
        schemas: { User: { properties: { name } }, "input:User": { properties: { password: { type: "string", writeOnly: true }, name } } },
        added: [["input:User", "UserInput"]],
      },
    },
  ],
  [
    "a schema that refers to a flagged one gets an `…Input` that refers to the other's `…Input`",
    {
      given: { components: { schemas: { Owner: { properties: { pets: { type: "array", items: ref("Pet") } } }, Pet: pet } } },
      want: {
        schemas: {
          Owner: { properties: { pets: { type: "array", items: ref("Pet") } } },
          Pet: pet,
          "input:Pet": { type: "object", required: ["name"], properties: { name } },
          "input:Owner": { properties: { pets: { type: "array", items: ref("input:Pet") } } },
        },
        added: [
          ["input:Pet", "PetInput"],
          ["input:Owner", "OwnerInput"],
        ],
      },
    },
  ],
  [
    "an operation sends the `…Input` view and reads the read view",
    {
      given: { paths: { "/pets": { post: operation(ref("Pet"), ref("Pet")) } }, components: { schemas: { Pet: pet } } },
      want: { operations: [[ref("input:Pet"), ref("Pet")]], added: [["input:Pet", "PetInput"]] },
    },
  ],
  [
    "a readOnly property inline in a request body is dropped there, kept in the response",
    {
      given: { paths: { "/pets": { post: operation({ properties: { id, name } }, { properties: { id, name } }) } } },
      want: { operations: [[{ properties: { name } }, { properties: { id, name } }]], added: [] },
    },
  ],
  [
    "a discriminator's mapping follows the rename, and members mapped implicitly get an entry under their old key",
    {
      given: {
        components: {
          schemas: {
            Animal: { oneOf: [ref("Cat"), ref("Dog")], discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat" } } },
            Cat: { properties: { kind: name, id } },
            Dog: { properties: { kind: name, id } },
          },
        },
      },
      want: {
        schemas: {
          Animal: { oneOf: [ref("Cat"), ref("Dog")], discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat" } } },
          Cat: { properties: { kind: name, id } },
          Dog: { properties: { kind: name, id } },
          "input:Cat": { properties: { kind: name } },
          "input:Dog": { properties: { kind: name } },
          "input:Animal": {
            oneOf: [ref("input:Cat"), ref("input:Dog")],
            discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/input:Cat", Dog: "#/components/schemas/input:Dog" } },
          },
        },
        added: [
          ["input:Cat", "CatInput"],
          ["input:Dog", "DogInput"],
          ["input:Animal", "AnimalInput"],
        ],
      },
    },
  ],
  [
    "a property that is a bare $ref to a readOnly schema is dropped from `…Input` too",
    {
      given: { components: { schemas: { Id: id, Pet: { properties: { id: ref("Id"), created: id, name } } } } },
      want: {
        schemas: { Id: id, Pet: { properties: { id: ref("Id"), created: id, name } }, "input:Pet": { properties: { name } } },
        added: [["input:Pet", "PetInput"]],
      },
    },
  ],
  [
    "a key that needs escaping keeps one component ref spelling",
    {
      given: { components: { schemas: { "a/b": pet, Box: { properties: { item: ref("a~1b") } } } } },
      want: {
        schemas: {
          "a/b": pet,
          Box: { properties: { item: ref("a~1b") } },
          "input:a/b": { type: "object", required: ["name"], properties: { name } },
          "input:Box": { properties: { item: ref("input:a~1b") } },
        },
      },
    },
  ],
  [
    "schemas without readOnly or writeOnly properties get no views",
    {
      given: { paths: { "/pets": { post: operation(ref("Plain"), ref("Plain")) } }, components: { schemas: { Plain: { properties: { name } } } } },
      want: { schemas: { Plain: { properties: { name } } }, added: [], operations: [[ref("Plain"), ref("Plain")]] },
    },
  ],
];

describe("applyVisibility", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    const result = runPass(applyVisibility, given);
    for (const key of Object.keys(want) as Array<keyof Want>) expect(result[key], key).toEqual(want[key]);
  });

  it("parts left unchanged are shared between the views, not copied", () => {
    const result = runPass(applyVisibility, { components: { schemas: { Pet: { properties: { id, tags: { type: "array", items: { type: "string" } } } } } } });
    const schemas = result.schemas as Record<string, { properties: Record<string, unknown> }>;
    expect(schemas["input:Pet"]!.properties.tags).toBe(schemas.Pet!.properties.tags);
  });
});
