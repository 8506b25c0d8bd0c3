import { describe, expect, it } from "vitest";
import { discriminated, resolveRef } from "../../generator/model/conforms.js";

describe("discriminated: each tag value and the $ref it selects", () => {
  const ref = (pointer: string): { $ref: string } => ({ $ref: `#/components/schemas/${pointer}` });
  const cases: Array<[string, { given: Record<string, unknown>; want: Record<string, string> | undefined }]> = [
    [
      "implicit tags are the component keys",
      { given: { oneOf: [ref("Cat"), ref("Dog")], discriminator: { propertyName: "kind" } }, want: { Cat: "#/components/schemas/Cat", Dog: "#/components/schemas/Dog" } },
    ],
    [
      "a mapping to a $ref replaces the member's implicit tag",
      { given: { oneOf: [ref("Cat"), ref("Dog")], discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat" } } }, want: { cat: "#/components/schemas/Cat", Dog: "#/components/schemas/Dog" } },
    ],
    [
      "a mapping to a bare key is that component's $ref, escaped as every component ref is",
      { given: { oneOf: [ref("pets~1Cat"), ref("Dog")], discriminator: { propertyName: "kind", mapping: { cat: "pets/Cat" } } }, want: { cat: "#/components/schemas/pets~1Cat", Dog: "#/components/schemas/Dog" } },
    ],
    [
      "implicit tags are decoded keys: ~1, ~0 and %XX",
      { given: { anyOf: [ref("a~1b"), ref("x~0y"), ref("b%20c")], discriminator: { propertyName: "kind" } }, want: { "a/b": "#/components/schemas/a~1b", "x~y": "#/components/schemas/x~0y", "b c": "#/components/schemas/b%20c" } },
    ],
    [
      "a % that starts no escape is a literal percent sign, not an error",
      { given: { oneOf: [ref("100%")], discriminator: { propertyName: "kind" } }, want: { "100%": "#/components/schemas/100%" } },
    ],
    ["a member that is no $ref: not a discriminated union", { given: { oneOf: [ref("Cat"), { type: "string" }], discriminator: { propertyName: "kind" } }, want: undefined }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    const found = discriminated(given);
    expect(found && Object.fromEntries(found.targets)).toEqual(want);
  });
});

describe("resolveRef: a $ref's fragment decoded once, as a URI fragment and then as a JSON pointer", () => {
  const document = { components: { schemas: { "a%20b": { title: "percent-twenty" }, "a b": { title: "space" }, "100%": { title: "percent" }, "a/b": { title: "slash" } } } };
  it.each([
    ["#/components/schemas/a%2520b", "percent-twenty"], // %25 is a percent sign: decoding twice would name `a b`
    ["#/components/schemas/a%20b", "space"],
    ["#/components/schemas/100%", "percent"], // a % that starts no escape is a literal percent sign, not an error
    ["#/components/schemas/a~1b", "slash"],
  ])("%s", (ref, title) => expect((resolveRef(document, ref) as { title: string }).title).toBe(title));
});
