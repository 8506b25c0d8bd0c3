// Pass: hoisting. Gives every schema `$ref` that points somewhere other than a component schema (into a path, into
// another schema's properties or definitions) a component of its own, so each emitted reference names a real type;
// and reads `nullable: true` beside a `$ref` as "or null".
// Assumes: the draft as read (component schemas named in document order, operations read); `$ref`s are local.
// Invariant after: every local `$ref` reachable from a component or operation schema (outside data keywords such as
// `example` and `enum`) is exactly `#/components/schemas/<key>` of a schema in `draft.schemas`, or points at no
// schema (left for the loader's error); no `$ref` has a `nullable: true` beside it; hoisted schemas follow the
// existing ones, in the order first met, each named once (the same target, however spelled, is hoisted once).
import { componentKey, componentRef, getAtPointer, pointerSegments, safeDecodeUri } from "../../common/json-pointer.js";
import { isObject, walkJson } from "../../common/walk.js";
import { pascalCase, toIdentifier } from "../names.js";
import type { ModelDraft } from "../passes.js";
import { setOwn } from "../resolve.js";
import type { JsonSchema, OperationModel, SchemaModel } from "../types.js";

/** Keywords whose values are data, not schemas: a `$ref` key inside them is not a reference. */
const DATA_KEYWORDS = new Set(["example", "examples", "default", "enum", "const", "x-examples"]);
/** Pointer segments that say nothing about what a hoisted schema is. */
const STRUCTURAL = new Set([
  "components",
  "schemas",
  "properties",
  "items",
  "paths",
  "content",
  "schema",
  "definitions",
  "$defs",
  "allOf",
  "oneOf",
  "anyOf",
  "responses",
  "requestBody",
]);

/**
 * Rewrites such `$ref`s in place (in our bundled copy of the document) to `#/components/schemas/<new key>`,
 * adds the target under that key, and appends the new component schemas to the draft in first-seen order.
 */
export function hoistNestedRefs(draft: ModelDraft): void {
  const { document, typeNames } = draft;
  const components = (isObject(document.components) ? document.components : (document.components = {})) as Record<
    string,
    unknown
  >;
  const schemas = (isObject(components.schemas) ? components.schemas : (components.schemas = {})) as Record<
    string,
    unknown
  >;
  const hoistedKeyByTarget = new Map<string, string>();
  const hoisted: SchemaModel[] = [];
  const roots = [...operationSchemas(draft.operations), ...draft.schemas.map((schema) => schema.schema)];
  const visit = (node: Record<string, unknown> | unknown[], enqueue: (value: unknown) => void): "skip" | void => {
    if (Array.isArray(node)) return;
    if (typeof node.$ref === "string" && node.nullable === true) {
      // `nullable` beside a `$ref` is ignored by the 3.0 rules but meant by every spec that writes it.
      node.anyOf = [{ $ref: node.$ref }, { type: "null" }];
      delete node.$ref;
      delete node.nullable;
    }
    if (typeof node.$ref !== "string" || !node.$ref.startsWith("#/") || isComponentSchemaRef(node.$ref, schemas))
      return;
    // `%7B` and `{` name the same segment; one spelling keeps one key per target.
    const target = node.$ref.slice(1).split("/").map(safeDecodeUri).join("/");
    let key = hoistedKeyByTarget.get(target);
    if (key === undefined) {
      const value = getAtPointer(document, target);
      if (!isObject(value) && typeof value !== "boolean") return "skip"; // not a schema: left for the loader's error
      key = freeKey(schemas, target);
      hoistedKeyByTarget.set(target, key);
      setOwn(schemas, key, value);
      const typeName = typeNames.claim(toIdentifier(hoistedName(target), "Schema"));
      hoisted.push({ key, typeName, pointer: target, schema: value as JsonSchema });
      enqueue(value);
    }
    node.$ref = componentRef(key);
  };
  walkJson(roots, visit, { once: true, descend: (keyword) => !DATA_KEYWORDS.has(keyword) });
  draft.schemas.push(...hoisted);
}

function isComponentSchemaRef(ref: string, schemas: Record<string, unknown>): boolean {
  const key = componentKey(ref);
  return key !== undefined && Object.hasOwn(schemas, key);
}

/** A key no spec uses, derived from the target pointer so it is stable. */
function freeKey(schemas: Record<string, unknown>, target: string): string {
  let key = `hoisted:${target}`;
  while (Object.hasOwn(schemas, key)) key = `${key}_`;
  return key;
}

/** `/components/schemas/Transfer/definitions/link` → `TransferLink`. */
function hoistedName(target: string): string {
  const words = pointerSegments(target).filter((segment) => !STRUCTURAL.has(segment));
  return pascalCase(words.join(" "));
}

/** Every schema an operation hands to the emitters: parameters, request and response bodies. */
function operationSchemas(operations: readonly OperationModel[]): JsonSchema[] {
  return operations.flatMap((operation) => [
    ...operation.parameters.map((parameter) => parameter.schema),
    ...(operation.requestBody?.contents ?? []).flatMap((content) =>
      content.schema === undefined ? [] : [content.schema],
    ),
    ...operation.responses.flatMap((response) =>
      response.contents.flatMap((content) => (content.schema === undefined ? [] : [content.schema])),
    ),
  ]);
}
