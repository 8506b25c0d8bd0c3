// The zod flavour of the validators (`--validators zod`): zod v4 schemas built from the same schema table, with the
// same semantics. Objects, arrays and scalars become zod's own `z.looseObject`, `z.array`, `z.string`… so they compose
// (`.shape`, `.extend`, forms); every keyword zod does not check exactly as JSON Schema means it is checked by the
// table's own check, as a refinement on the node it belongs to. Imported only by the zod flavour of validators.js,
// which passes its `z`, so this file needs zod only for its types.
import type { z as Z } from "zod";
import { compileTable, type Issue, type SchemaNode, type SchemaObject } from "./validate.js";

type Zod = typeof Z;

/** Makes the zod schemas of one table; `schemaAt(i)` gives entry `i`'s, made once. */
export function createZodSchemas(table: readonly SchemaNode[], z: Zod): <T>(index: number) => Z.ZodType<T> {
  const checks = compileTable(table);
  const made: Array<Z.ZodType | undefined> = [];
  const at = (index: number): Z.ZodType => (made[index] ??= toZod(table[index]!, z, checks, (i) => z.lazy(() => at(i))));
  return <T>(index: number) => at(index) as Z.ZodType<T>;
}

/** The zod schema of one node: zod's structure where it means the same, the table's check for the rest. */
function toZod(node: SchemaNode, z: Zod, checks: ReturnType<typeof compileTable>, ref: (index: number) => Z.ZodType): Z.ZodType {
  if (node === true) return z.unknown();
  if (node === false) return z.never();
  const keys = Object.keys(node);
  if (keys.length === 1 && node.$ref !== undefined) return ref(node.$ref);
  const only = node.type?.length === 1 ? node.type[0] : undefined;
  const nullable = node.type?.length === 2 && node.type.includes("null") ? node.type.find((type) => type !== "null") : undefined;
  const base = only ?? nullable;
  let schema: Z.ZodType;
  // What is left for the table's check: the node without what zod's structure already checks.
  let rest: SchemaObject = node;
  // zod reads a property through the prototype (`{}.constructor`): an object declaring such a key is checked whole by the table.
  const prototypeKeys = node.properties !== undefined && Object.keys(node.properties).some((key) => key in Object.prototype);
  if (base === "object" && node.properties && node.$ref === undefined && !prototypeKeys) {
    const required = new Set(node.required ?? []);
    const shape: Record<string, Z.ZodType> = {};
    for (const [key, child] of Object.entries(node.properties)) {
      const zod = toZod(child, z, checks, ref);
      // `defineProperty`: a key `__proto__` is a property like any other.
      Object.defineProperty(shape, key, { value: required.has(key) ? zod : zod.optional(), enumerable: true, configurable: true, writable: true });
    }
    schema = z.looseObject(shape);
    // The properties stay declared (for additionalProperties), each checked by its zod schema alone.
    rest = { ...node, properties: Object.fromEntries(Object.keys(node.properties).map((key) => [key, true])), required: (node.required ?? []).filter((key) => !Object.hasOwn(node.properties!, key)) };
  } else if (base === "array" && node.items !== undefined && !node.prefixItems && node.$ref === undefined) {
    schema = z.array(toZod(node.items, z, checks, ref));
    rest = { ...node, items: true };
  } else if (base === "string" || base === "boolean" || base === "null" || base === "number" || base === "integer") {
    // zod's number refuses Infinity and NaN, as JSON Schema's does; `integer` is the table's check (zod's int is safe-integer only).
    schema = base === "string" ? z.string() : base === "boolean" ? z.boolean() : base === "null" ? z.null() : z.number();
  } else {
    schema = z.unknown();
  }
  if (nullable !== undefined) schema = schema.nullable();
  const check = checks.of(rest);
  return schema.superRefine((value, context) => {
    if (check(value, [], undefined)) return;
    const issues: Issue[] = [];
    check(value, [], issues);
    for (const issue of issues) context.addIssue({ code: "custom", message: issue.message, path: [...issue.path] });
  });
}
