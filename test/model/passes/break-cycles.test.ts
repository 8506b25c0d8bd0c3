import { describe, expect, it } from "vitest";
import { breakEagerCycles } from "../../../generator/model/passes/break-cycles.js";
import { ref, runPass, type PassResult } from "./draft.js";

type Want = Pick<PassResult, "schemas" | "warnings">;

const because = (cycle: string): string =>
  `${cycle} in a cycle TypeScript cannot declare (through $ref, allOf, oneOf or anyOf); this reference is typed as unknown`;
const cases: Array<[string, { given: Record<string, unknown>; want: Want }]> = [
  [
    "two schemas that allOf each other: both members are cut (an emptied member is dropped)",
    {
      given: { components: { schemas: { A: { allOf: [ref("B")] }, B: { allOf: [ref("A"), { type: "object" }] } } } },
      want: {
        schemas: { A: { allOf: [] }, B: { allOf: [{ type: "object" }] } },
        warnings: [
          { pointer: "/components/schemas/A/allOf/0/$ref", message: because("A and B refer to each other") },
          { pointer: "/components/schemas/B/allOf/0/$ref", message: because("B and A refer to each other") },
        ],
      },
    },
  ],
  [
    "a schema that is a $ref to itself",
    {
      given: { components: { schemas: { A: { $ref: "#/components/schemas/A", description: "d" } } } },
      want: { schemas: { A: { description: "d" } }, warnings: [{ pointer: "/components/schemas/A/$ref", message: because("A refers to itself") }] },
    },
  ],
  [
    "a cut allOf member keeps its other keywords (a description alone is dropped with it)",
    {
      given: { components: { schemas: { A: { allOf: [{ $ref: "#/components/schemas/B", type: "object" }, { $ref: "#/components/schemas/B", description: "d" }] }, B: { allOf: [{ ...ref("A"), required: ["x"] }] } } } },
      want: {
        schemas: { A: { allOf: [{ type: "object" }] }, B: { allOf: [{ required: ["x"] }] } },
        warnings: [
          { pointer: "/components/schemas/A/allOf/0/$ref", message: because("A and B refer to each other") },
          { pointer: "/components/schemas/A/allOf/1/$ref", message: because("A and B refer to each other") },
          { pointer: "/components/schemas/B/allOf/0/$ref", message: because("B and A refer to each other") },
        ],
      },
    },
  ],
  [
    "recursion under properties, items or additionalProperties is deferred and kept",
    {
      given: { components: { schemas: { Node: { properties: { children: { type: "array", items: ref("Node") }, parent: ref("Node") }, additionalProperties: ref("Node") } } } },
      want: { schemas: { Node: { properties: { children: { type: "array", items: ref("Node") }, parent: ref("Node") }, additionalProperties: ref("Node") } }, warnings: [] },
    },
  ],
  [
    "allOf members are cut first: a cycle through an allOf and a oneOf keeps its union",
    {
      given: { components: { schemas: { Pet: { oneOf: [ref("Cat"), { type: "null" }], discriminator: { propertyName: "kind" } }, Cat: { allOf: [ref("Pet"), { properties: { kind: { type: "string" } } }] } } } },
      want: {
        schemas: { Pet: { oneOf: [ref("Cat"), { type: "null" }], discriminator: { propertyName: "kind" } }, Cat: { allOf: [{ properties: { kind: { type: "string" } } }] } },
        warnings: [{ pointer: "/components/schemas/Cat/allOf/0/$ref", message: because("Cat and Pet refer to each other") }],
      },
    },
  ],
  [
    "a cycle of unions alone is cut in the second round; the members stay, typed unknown",
    {
      given: { components: { schemas: { A: { anyOf: [ref("B"), { type: "string" }] }, B: { oneOf: [ref("A"), { type: "number" }] } } } },
      want: {
        schemas: { A: { anyOf: [{}, { type: "string" }] }, B: { oneOf: [{}, { type: "number" }] } },
        warnings: [
          { pointer: "/components/schemas/A/anyOf/0/$ref", message: because("A and B refer to each other") },
          { pointer: "/components/schemas/B/oneOf/0/$ref", message: because("B and A refer to each other") },
        ],
      },
    },
  ],
  [
    "references out of a cycle are kept",
    {
      given: { components: { schemas: { A: { allOf: [ref("B"), ref("C")] }, B: { allOf: [ref("A")] }, C: { type: "string" } } } },
      want: {
        schemas: { A: { allOf: [ref("C")] }, B: { allOf: [] }, C: { type: "string" } },
        warnings: [
          { pointer: "/components/schemas/A/allOf/0/$ref", message: because("A and B refer to each other") },
          { pointer: "/components/schemas/B/allOf/0/$ref", message: because("B and A refer to each other") },
        ],
      },
    },
  ],
  [
    "keys that need escaping, and the empty key, are read by the one component-ref rule",
    {
      given: { components: { schemas: { "a/b": { allOf: [ref("a~1b")] }, "": { oneOf: [ref("")] } } } },
      want: {
        schemas: { "a/b": { allOf: [] }, "": { oneOf: [{}] } },
        warnings: [
          { pointer: "/components/schemas/a~1b/allOf/0/$ref", message: because("AB refers to itself") },
          { pointer: "/components/schemas//oneOf/0/$ref", message: because("Schema refers to itself") },
        ],
      },
    },
  ],
];

describe("breakEagerCycles", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    const result = runPass(breakEagerCycles, given);
    expect({ schemas: result.schemas, warnings: result.warnings }).toEqual(want);
  });
});
