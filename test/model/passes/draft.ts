// Builds what one model pass is given, from a document fragment, and reads back what the table tests compare.
import { readDraft } from "../../../generator/model/build-model.js";
import type { ModelDraft } from "../../../generator/model/passes.js";
import type { JsonSchema, ModelWarning } from "../../../generator/model/types.js";

/** The draft of a small document (a copy: passes rewrite it), read as buildModel reads it, before any pass. */
export function draftOf(fragment: Record<string, unknown>): ModelDraft {
  const document = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, ...structuredClone(fragment) };
  return readDraft({ file: "spec.json", sha256: "", document, validated: Promise.resolve(), warnings: [], sources: [] });
}

/** What a pass leaves, in the terms the tables state it. */
export interface PassResult {
  /** `components.schemas` of the rewritten document. */
  schemas: Record<string, unknown>;
  /** The component schemas the pass added, as [key, type name]. */
  added: Array<[string, string]>;
  /** Each operation's schemas in order: parameters, request body, responses. */
  operations: JsonSchema[][];
  warnings: ModelWarning[];
}

/** Runs `pass` over the draft of `fragment`. */
export function runPass(pass: (draft: ModelDraft) => void, fragment: Record<string, unknown>): PassResult {
  const draft = draftOf(fragment);
  const before = draft.schemas.length;
  pass(draft);
  const components = draft.document.components as { schemas?: Record<string, unknown> } | undefined;
  const schemaOf = (content: { schema?: JsonSchema | undefined }): JsonSchema[] => (content.schema === undefined ? [] : [content.schema]);
  return {
    schemas: components?.schemas ?? {},
    added: draft.schemas.slice(before).map((schema) => [schema.key, schema.typeName]),
    operations: draft.operations.map((operation) => [
      ...operation.parameters.map((parameter) => parameter.schema),
      ...(operation.requestBody?.contents ?? []).flatMap(schemaOf),
      ...operation.responses.flatMap((response) => response.contents.flatMap(schemaOf)),
    ]),
    warnings: draft.warnings,
  };
}

/** A `$ref` object: a pointer as given, or `#/components/schemas/` + a key (already escaped if it must be). */
export const ref = (pointer: string): { $ref: string } => ({ $ref: pointer.startsWith("#") ? pointer : `#/components/schemas/${pointer}` });

/** An operation fragment with a JSON request body (when given) and a 200 JSON response. */
export function operation(response: unknown, body?: unknown): Record<string, unknown> {
  const json = (schema: unknown): unknown => ({ content: { "application/json": { schema } } });
  return {
    operationId: "op",
    ...(body === undefined ? {} : { requestBody: json(body) }),
    responses: { "200": { description: "ok", ...(json(response) as object) } },
  };
}
