import { describe, expect, it } from "vitest";
import { isObject, walkJson, type JsonNode, type WalkOptions } from "../../generator/common/walk.js";

/** The `id` of each object visited (arrays as `[]`), in visiting order. */
function order(roots: unknown[], options?: WalkOptions, step?: (node: JsonNode) => "skip" | "stop" | void): string[] {
  const seen: string[] = [];
  walkJson(
    roots,
    (node) => {
      seen.push(Array.isArray(node) ? "[]" : String(node.id));
      return step?.(node);
    },
    options,
  );
  return seen;
}

describe("walkJson", () => {
  const tree = { id: "root", a: { id: "a", x: { id: "ax" } }, list: [{ id: "l0" }, { id: "l1" }], n: 1, s: "text", z: null };
  const cases: Array<[string, { given: unknown[]; options?: WalkOptions; want: string[] }]> = [
    ["depth-first, last child first", { given: [tree], want: ["root", "[]", "l1", "l0", "a", "ax"] }],
    ["several roots: the last first", { given: [{ id: "1" }, { id: "2" }], want: ["2", "1"] }],
    ["primitives and null are not visited", { given: [1, "x", null, undefined, { id: "only" }], want: ["only"] }],
    ["descend leaves keys out", { given: [tree], options: { descend: (key) => key !== "list" }, want: ["root", "a", "ax"] }],
  ];
  it.each(cases)("%s", (_name, { given, options, want }) => expect(order(given, options)).toEqual(want));

  it("visits a shared node at every occurrence, or once with `once`", () => {
    const shared = { id: "shared" };
    const root = { id: "root", a: shared, b: [shared] };
    expect(order([root])).toEqual(["root", "[]", "shared", "shared"]);
    expect(order([root], { once: true })).toEqual(["root", "[]", "shared"]);
  });

  it("`once` ends on a cycle", () => {
    const a: Record<string, unknown> = { id: "a" };
    a.self = { id: "b", back: a };
    expect(order([a], { once: true })).toEqual(["a", "b"]);
  });

  it("`skip` leaves a node's children out, `stop` ends the walk and is reported", () => {
    expect(order([tree], {}, (node) => (!Array.isArray(node) && node.id === "a" ? "skip" : undefined))).toEqual(["root", "[]", "l1", "l0", "a"]);
    let visits = 0;
    const stopped = walkJson([tree], (node) => (++visits, !Array.isArray(node) && node.id === "l1" ? "stop" : undefined));
    expect([stopped, visits]).toEqual([true, 3]);
    expect(walkJson([tree], () => undefined)).toBe(false);
  });

  it("enqueue walks a value next, before the node's own children", () => {
    const target = { id: "target", inner: { id: "inner" } };
    const root = { id: "root", child: { id: "child" } };
    const seen = order([root], {}, () => undefined);
    expect(seen).toEqual(["root", "child"]);
    const withTarget: string[] = [];
    walkJson([root], (node, enqueue) => {
      withTarget.push(String((node as Record<string, unknown>).id));
      if ((node as Record<string, unknown>).id === "root") enqueue(target);
    });
    expect(withTarget).toEqual(["root", "child", "target", "inner"]);
  });

  it("walks a document a million levels deep without overflowing the stack", () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 1_000_000; i++) deep = { next: deep };
    let count = 0;
    walkJson([deep], () => void count++);
    expect(count).toBe(1_000_001);
  });
});

describe("isObject", () => {
  const cases: Array<[string, { given: unknown; want: boolean }]> = [
    ["a plain object", { given: { a: 1 }, want: true }],
    ["an array", { given: [], want: false }],
    ["null", { given: null, want: false }],
    ["a string", { given: "x", want: false }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => expect(isObject(given)).toBe(want));
});
