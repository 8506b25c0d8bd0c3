import { describe, expect, it } from "vitest";
import { hoistNestedRefs } from "../../../generator/model/passes/hoist-refs.js";
import { operation, ref, runPass, type PassResult } from "./draft.js";

type Want = Partial<PassResult>;

const link = { type: "object", properties: { href: { type: "string" } } };
const cases: Array<[string, { given: Record<string, unknown>; want: Want }]> = [
  [
    "a $ref into another schema's properties gets a component of its own, named without structural segments",
    {
      given: { components: { schemas: { Transfer: { type: "object", properties: { link } }, Payout: { type: "object", properties: { link: ref("#/components/schemas/Transfer/properties/link") } } } } },
      want: {
        schemas: {
          Transfer: { type: "object", properties: { link } },
          Payout: { type: "object", properties: { link: ref("hoisted:~1components~1schemas~1Transfer~1properties~1link") } },
          "hoisted:/components/schemas/Transfer/properties/link": link,
        },
        added: [["hoisted:/components/schemas/Transfer/properties/link", "TransferLink"]],
        warnings: [],
      },
    },
  ],
  [
    "one target spelled two ways (%20 and a space) is hoisted once",
    {
      given: { components: { schemas: { A: { properties: { "b c": { type: "integer" } } }, X: { allOf: [ref("#/components/schemas/A/properties/b%20c"), ref("#/components/schemas/A/properties/b c")] } } } },
      want: {
        schemas: {
          A: { properties: { "b c": { type: "integer" } } },
          X: { allOf: [ref("hoisted:~1components~1schemas~1A~1properties~1b c"), ref("hoisted:~1components~1schemas~1A~1properties~1b c")] },
          "hoisted:/components/schemas/A/properties/b c": { type: "integer" },
        },
        added: [["hoisted:/components/schemas/A/properties/b c", "ABC"]],
      },
    },
  ],
  [
    "names collide with components and with each other by 2, 3 (decided in the walk's order: the last member first)",
    {
      given: { components: { schemas: { PetOwner: { type: "null" }, Pet: { properties: { owner: { type: "string" } }, definitions: { owner: { type: "number" } } }, X: { allOf: [ref("#/components/schemas/Pet/properties/owner"), ref("#/components/schemas/Pet/definitions/owner")] } } } },
      want: {
        added: [
          ["hoisted:/components/schemas/Pet/definitions/owner", "PetOwner2"],
          ["hoisted:/components/schemas/Pet/properties/owner", "PetOwner3"],
        ],
      },
    },
  ],
  [
    "a $ref an operation holds, into a response component, is hoisted and the operation's schema rewritten",
    {
      given: {
        paths: { "/pets": { get: operation(ref("#/components/responses/Pets/content/application~1json/schema")) } },
        components: { responses: { Pets: { description: "d", content: { "application/json": { schema: { type: "array", items: { type: "string" } } } } } } },
      },
      want: {
        operations: [[ref("hoisted:~1components~1responses~1Pets~1content~1application~01json~1schema")]],
        added: [["hoisted:/components/responses/Pets/content/application~1json/schema", "PetsApplicationJson"]],
      },
    },
  ],
  [
    "a hoisted schema is walked in turn: its own nested $refs are hoisted too",
    {
      given: { "x-shapes": { b: { properties: { c: ref("#/x-shapes/c") } }, c: { type: "string" } }, components: { schemas: { X: ref("#/x-shapes/b") } } },
      want: {
        schemas: {
          X: ref("hoisted:~1x-shapes~1b"),
          "hoisted:/x-shapes/b": { properties: { c: ref("hoisted:~1x-shapes~1c") } },
          "hoisted:/x-shapes/c": { type: "string" },
        },
        added: [
          ["hoisted:/x-shapes/b", "XShapesB"],
          ["hoisted:/x-shapes/c", "XShapesC"],
        ],
      },
    },
  ],
  [
    "`nullable: true` beside a $ref becomes an anyOf with null",
    {
      given: { components: { schemas: { Pet: { type: "object" }, Owner: { properties: { pet: { $ref: "#/components/schemas/Pet", nullable: true } } } } } },
      want: {
        schemas: { Pet: { type: "object" }, Owner: { properties: { pet: { anyOf: [ref("Pet"), { type: "null" }] } } } },
        added: [],
      },
    },
  ],
  [
    "a $ref inside example data, enum or default is data, left alone",
    {
      given: { components: { schemas: { A: { properties: { x: { type: "string" } } }, B: { type: "object", example: ref("#/components/schemas/A/properties/x"), default: ref("#/components/schemas/A/properties/x"), enum: [ref("#/components/schemas/A/properties/x")] } } } },
      want: { added: [] },
    },
  ],
  [
    "a $ref to something that is no schema is left for the loader's error",
    {
      given: { components: { schemas: { A: { description: "d", properties: { t: ref("#/info/title") } } } } },
      want: { schemas: { A: { description: "d", properties: { t: ref("#/info/title") } } }, added: [] },
    },
  ],
  [
    "component refs (escaped keys and the empty key included) are kept",
    {
      given: { components: { schemas: { "a/b": { type: "string" }, "": { type: "null" }, C: { allOf: [ref("a~1b"), ref("")] } } } },
      want: { schemas: { "a/b": { type: "string" }, "": { type: "null" }, C: { allOf: [ref("a~1b"), ref("")] } }, added: [] },
    },
  ],
];

describe("hoistNestedRefs", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    const result = runPass(hoistNestedRefs, given);
    for (const key of Object.keys(want) as Array<keyof Want>) expect(result[key], key).toEqual(want[key]);
  });

  it("the hoisted components are the targets themselves, so the rest of the document reads one object", () => {
    const result = runPass(hoistNestedRefs, cases[0]![1].given);
    const schemas = result.schemas as Record<string, { properties?: Record<string, unknown> }>;
    expect(schemas["hoisted:/components/schemas/Transfer/properties/link"]).toBe(schemas.Transfer!.properties!.link);
  });
});
