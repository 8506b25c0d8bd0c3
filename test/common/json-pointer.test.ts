import { describe, expect, it } from "vitest";
import {
  componentKey,
  componentRef,
  decodePointerSegment,
  getAtPointer,
  getAtSegments,
  lastPointerSegment,
  mappingRef,
  pointerSegment,
  pointerSegments,
  safeDecodeUri,
  schemaComponentKey,
  toPointer,
  unescapePointerSegment,
} from "../../generator/common/json-pointer.js";

describe("pointerSegment and toPointer (RFC 6901 escaping)", () => {
  const cases: Array<[string, { given: Array<string | number>; want: string }]> = [
    ["plain keys", { given: ["components", "schemas", "Pet"], want: "/components/schemas/Pet" }],
    ["a slash is ~1", { given: ["paths", "/pets/{id}", "get"], want: "/paths/~1pets~1{id}/get" }],
    ["a tilde is ~0, before slashes are escaped", { given: ["a~/b"], want: "/a~0~1b" }],
    ["array indexes", { given: ["allOf", 0], want: "/allOf/0" }],
    ["the empty key", { given: [""], want: "/" }],
    ["no segments: the whole document", { given: [], want: "" }],
    ["percent signs are not URI-escaped", { given: ["100%"], want: "/100%" }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(toPointer(given)).toBe(want);
    expect(given.map((segment) => "/" + pointerSegment(segment)).join("")).toBe(want);
  });
});

describe("decoding one segment", () => {
  const cases: Array<[string, { given: string; unescaped: string; decoded: string }]> = [
    ["~1 then ~0", { given: "a~1b~0c", unescaped: "a/b~c", decoded: "a/b~c" }],
    ["~01 is a literal ~1 (RFC 6901's order)", { given: "~01", unescaped: "~1", decoded: "~1" }],
    ["%XX escapes are decoded only from a $ref", { given: "%7Bid%7D", unescaped: "%7Bid%7D", decoded: "{id}" }],
    ["an escaped slash is a slash inside the key", { given: "a%2Fb", unescaped: "a%2Fb", decoded: "a/b" }],
    ["a % that starts no escape stays", { given: "100%", unescaped: "100%", decoded: "100%" }],
    ["%7E1 decodes to ~1, then to a slash", { given: "%7E1", unescaped: "%7E1", decoded: "/" }],
  ];
  it.each(cases)("%s", (_name, { given, unescaped, decoded }) => {
    expect(unescapePointerSegment(given)).toBe(unescaped);
    expect(decodePointerSegment(given)).toBe(decoded);
  });
  it("safeDecodeUri keeps text that is no escape", () => {
    expect(safeDecodeUri("%zz")).toBe("%zz");
    expect(safeDecodeUri("%41")).toBe("A");
  });
});

describe("pointerSegments and lastPointerSegment", () => {
  const cases: Array<[string, { given: string; want: string[]; last: string }]> = [
    ["the whole document", { given: "", want: [], last: "" }],
    ["the empty key", { given: "/", want: [""], last: "" }],
    ["escaped segments", { given: "/paths/~1pets/get", want: ["paths", "/pets", "get"], last: "get" }],
    ["a key with a slash last", { given: "/components/schemas/a~1b", want: ["components", "schemas", "a/b"], last: "a/b" }],
  ];
  it.each(cases)("%s", (_name, { given, want, last }) => {
    expect(pointerSegments(given)).toEqual(want);
    expect(lastPointerSegment(given)).toBe(last);
  });
  it("round-trips with toPointer for keys without %", () => {
    const segments = ["paths", "/a/{b}", "x~y", "", "0"];
    expect(pointerSegments(toPointer(segments))).toEqual(segments);
  });
});

describe("getAtPointer", () => {
  const document = {
    paths: { "/pets": { get: { parameters: [{ name: "limit" }] } } },
    components: { schemas: { "a/b": { type: "string" }, "{id}": { type: "number" }, "": { type: "null" } } },
  };
  const cases: Array<[string, { given: string; want: unknown }]> = [
    ["the whole document", { given: "", want: document }],
    ["through an escaped key and an array", { given: "/paths/~1pets/get/parameters/0/name", want: "limit" }],
    ["a key with a slash", { given: "/components/schemas/a~1b/type", want: "string" }],
    ["a %-escaped key, as a $ref writes it", { given: "/components/schemas/%7Bid%7D/type", want: "number" }],
    ["the empty key", { given: "/components/schemas//type", want: "null" }],
    ["a missing key", { given: "/components/schemas/Nope", want: undefined }],
    ["past a primitive", { given: "/paths/~1pets/get/parameters/0/name/length", want: undefined }],
    ["an inherited member is not a key", { given: "/components/constructor", want: undefined }],
    ["an index past the end", { given: "/paths/~1pets/get/parameters/1", want: undefined }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => expect(getAtPointer(document, given)).toBe(want));
  it("getAtSegments takes keys as they are (no decoding)", () => {
    expect(getAtSegments(document, ["components", "schemas", "a/b", "type"])).toBe("string");
    expect(getAtSegments(document, ["components", "schemas", "%7Bid%7D"])).toBeUndefined();
  });
});

describe("component-schema references", () => {
  const keys: Array<[string, { key: string; ref: string }]> = [
    ["a plain key", { key: "Pet", ref: "#/components/schemas/Pet" }],
    ["a key with a slash", { key: "a/b", ref: "#/components/schemas/a~1b" }],
    ["a key with a tilde", { key: "x~y", ref: "#/components/schemas/x~0y" }],
    ["a hoisted key", { key: "hoisted:/paths/~1pets", ref: "#/components/schemas/hoisted:~1paths~1~01pets" }],
    ["the empty key", { key: "", ref: "#/components/schemas/" }],
  ];
  it.each(keys)("componentRef and componentKey round-trip: %s", (_name, { key, ref }) => {
    expect(componentRef(key)).toBe(ref);
    expect(componentKey(ref)).toBe(key);
  });
  const notComponents: Array<[string, { given: unknown }]> = [
    ["a pointer into a component", { given: "#/components/schemas/Pet/properties/id" }],
    ["another kind of component", { given: "#/components/parameters/Limit" }],
    ["a path", { given: "#/paths/~1pets" }],
    ["another file", { given: "other.yaml#/components/schemas/Pet" }],
    ["not a string", { given: 42 }],
    ["undefined", { given: undefined }],
  ];
  it.each(notComponents)("componentKey: not a component schema: %s", (_name, { given }) =>
    expect(componentKey(given)).toBeUndefined(),
  );
  it("componentKey decodes %XX escapes, as in any $ref", () => expect(componentKey("#/components/schemas/Price%25Change")).toBe("Price%Change"));
  it("schemaComponentKey reads a schema's $ref (siblings aside), never a boolean schema's", () => {
    expect(schemaComponentKey({ $ref: "#/components/schemas/Pet", description: "x" })).toBe("Pet");
    expect(schemaComponentKey(true)).toBeUndefined();
    expect(schemaComponentKey({ type: "string" })).toBeUndefined();
  });
  const mappings: Array<[string, { given: string; want: string }]> = [
    ["a $ref stays", { given: "#/components/schemas/Cat", want: "#/components/schemas/Cat" }],
    ["a bare component key becomes its $ref", { given: "Cat", want: "#/components/schemas/Cat" }],
    ["a bare key with a slash is escaped", { given: "pets/Cat", want: "#/components/schemas/pets~1Cat" }],
  ];
  it.each(mappings)("mappingRef: %s", (_name, { given, want }) => expect(mappingRef(given)).toBe(want));
});
