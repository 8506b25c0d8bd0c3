// Holds example values to a reference validator (ajv, with ajv-formats): the schema as OpenAPI means it, in the
// document the IR carries (views for reading and writing already split), 3.0 keywords turned into JSON Schema's.
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { discriminated } from "../../generator/model/conforms.js";
import type { JsonSchema } from "../../generator/model/types.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;

/** A validator for the schemas of one document; `openapi31` picks the 2020-12 dialect. */
export function createValidator(document: Record<string, unknown>, openapi31: boolean): (value: unknown, schema: JsonSchema) => string | undefined {
  const ajv = openapi31 ? new Ajv2020({ strict: false, allErrors: false, validateFormats: true, logger: false }) : new Ajv({ strict: false, allErrors: false, validateFormats: true, logger: false });
  addFormats(ajv as Ajv);
  ajv.addFormat("binary", true).addFormat("int32", true).addFormat("int64", true).addFormat("float", true).addFormat("double", true);
  const converted = convert30(document) as Record<string, unknown>;
  ajv.addSchema({ ...converted, $id: "doc" } as object, "doc", undefined, false);
  const cache = new Map<unknown, ValidateFunction>();
  return (value, schema) => {
    let validate = cache.get(schema);
    if (!validate) {
      const wrapped = convert30(schema) as JsonSchema;
      validate = ajv.compile(typeof wrapped === "boolean" ? wrapped : { ...rebase(wrapped) as object });
      cache.set(schema, validate);
    }
    return validate(value) ? undefined : ajv.errorsText(validate.errors);
  };
}

/** Local refs point into the document, registered as "doc". */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === "$ref" && typeof value === "string" && value.startsWith("#") ? `doc${value}` : rebase(value);
  return out;
}

const NAMED = new Set(["properties", "patternProperties", "definitions", "$defs", "schemas", "dependentSchemas", "components", "paths", "responses", "content", "parameters", "requestBodies", "headers", "mapping"]);

/**
 * OpenAPI's schema dialect → JSON Schema: `nullable` (which 3.1 specs still write) and 3.0's boolean
 * `exclusiveMinimum`/`exclusiveMaximum`; `example`, `examples` and `discriminator` are annotations here.
 */
function convert30(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert30);
  if (node === null || typeof node !== "object") return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === "example" || key === "examples" || key === "discriminator") continue;
    // Under these keywords the keys are names (of properties, of schemas), each holding a schema.
    if (NAMED.has(key) && value !== null && typeof value === "object" && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, convert30(child)]));
    } else out[key] = convert30(value);
  }
  const tagged = discriminated(source);
  if (tagged) {
    // OpenAPI's discriminator: the tag picks the member (ajv's own `discriminator` needs a const in each member).
    delete out.oneOf;
    delete out.anyOf;
    const name = tagged.propertyName;
    const tags = [...tagged.targets.keys()];
    out.allOf = [
      ...((out.allOf as unknown[] | undefined) ?? []),
      { type: "object", required: [name], properties: { [name]: { enum: tags } } },
      ...tags.map((tag) => ({ if: { properties: { [name]: { const: tag } } }, then: { $ref: tagged.targets.get(tag) } })),
    ];
  }
  if (typeof source.exclusiveMinimum === "boolean") {
    delete out.exclusiveMinimum;
    if (source.exclusiveMinimum && typeof source.minimum === "number") {
      out.exclusiveMinimum = source.minimum;
      delete out.minimum;
    }
  }
  if (typeof source.exclusiveMaximum === "boolean") {
    delete out.exclusiveMaximum;
    if (source.exclusiveMaximum && typeof source.maximum === "number") {
      out.exclusiveMaximum = source.maximum;
      delete out.maximum;
    }
  }
  delete out.nullable;
  if (source.nullable === true) {
    return { anyOf: [out, { type: "null" }] };
  }
  return out;
}
