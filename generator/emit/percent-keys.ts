// openapi-typescript reads the paths it builds (`#/components/schemas/<key>/properties/<name>`) as URI fragments, so
// a `%` that starts no escape, in a component key or a property name, makes it throw "URI malformed". Legal names
// must still work: such a schema is transformed with a stand-in for each `%`, and the `%` put back in the result.
import ts from "typescript";
import { isObject } from "../common/walk.js";
import type { JsonSchema } from "../model/types.js";

/** Two private-use code points: no spec writes them by accident, and neither is a `%`. */
const STAND_IN = "\u{F0025}\u{F0026}";

/** The `path` openapi-typescript is given for the schema at `pointer`; it only uses it to name and look up things. */
export function transformPath(pointer: string): string {
  return `#${pointer.includes("%") ? pointer.replaceAll("%", STAND_IN) : pointer}`;
}

/** A copy of `schema` (not of what it refers to) with every `%` in property names written as the stand-in. */
export function withStandIns(schema: JsonSchema): JsonSchema {
  if (!isObject(schema)) return schema;
  const replace = (text: unknown): unknown => (typeof text === "string" ? text.replaceAll("%", STAND_IN) : text);
  const copy: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (
      (keyword === "properties" ||
        keyword === "$defs" ||
        keyword === "definitions" ||
        keyword === "patternProperties") &&
      isObject(value)
    ) {
      copy[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [replace(name), withStandIns(child as JsonSchema)]),
      );
    } else if (keyword === "required" && Array.isArray(value)) {
      copy[keyword] = value.map(replace);
    } else if (keyword === "discriminator" && isObject(value)) {
      copy[keyword] = { ...value, propertyName: replace(value.propertyName) };
    } else if (Array.isArray(value)) {
      copy[keyword] = value.map((member) => (isObject(member) ? withStandIns(member) : member));
    } else {
      copy[keyword] =
        isObject(value) && keyword !== "enum" && keyword !== "const" && keyword !== "default" && keyword !== "example"
          ? withStandIns(value)
          : value;
    }
  }
  return copy;
}

/** Puts each `%` back into the names of a type that was transformed from `withStandIns`. */
export function restorePercents<T extends ts.Node>(node: T): T {
  const visit = (child: ts.Node): ts.Node => {
    if (ts.isStringLiteral(child) && child.text.includes(STAND_IN))
      return ts.factory.createStringLiteral(child.text.replaceAll(STAND_IN, "%"));
    if (ts.isIdentifier(child) && child.text.includes(STAND_IN))
      return ts.factory.createIdentifier(child.text.replaceAll(STAND_IN, "%"));
    return ts.visitEachChild(child, visit, undefined);
  };
  return visit(node) as T;
}
