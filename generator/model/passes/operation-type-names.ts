// Pass: the names of each operation's Params, Body, Response and Error types.
// Assumes: every schema has its final name and every operation its final schemas (hoisting and visibility rewrite
// `$ref`s); operation function names were claimed while reading, in document order.
// Invariant after: every operation has all four type names, claimed in document order from the one registry, except
// a type that would be exactly a component schema of the same name, which is that schema (see `claimOperationType`).
import { schemaComponentKey } from "../../common/json-pointer.js";
import { claimOperationType, pascalCase, toIdentifier } from "../names.js";
import { defaultContent } from "../operations.js";
import type { ModelDraft } from "../passes.js";
import type { ContentModel, OperationModel } from "../types.js";

/**
 * Names each operation's Params, Body, Response and Error, in document order, after every schema has its name: a type
 * that would be exactly a component schema of the same name is that schema (see `claimOperationType`).
 */
export function nameOperationTypes(draft: ModelDraft): void {
  const { operations, schemas, typeNames } = draft;
  const typeNameOf = new Map(schemas.map((schema) => [schema.key, schema.typeName]));
  const schemaOf = (contents: ReadonlyArray<ContentModel | undefined>): string | undefined => {
    const names = new Set(
      contents.map((content) => {
        const key = content && schemaComponentKey(content.schema);
        return key === undefined ? undefined : typeNameOf.get(key);
      }),
    );
    return names.size === 1 ? [...names][0] : undefined;
  };
  for (const operation of operations) {
    const stem = toIdentifier(pascalCase(operation.names.function), "Operation");
    const { success, failure } = responseContents(operation);
    const bodyContent = defaultContent(operation.requestBody?.contents ?? []);
    operation.names.params = claimOperationType(typeNames, stem, "Params", undefined);
    // A text or binary body is typed by its media type, never as its schema: it can be no schema's name.
    const typedBySchema = bodyContent && bodyContent.kind !== "text" && bodyContent.kind !== "binary";
    operation.names.body = claimOperationType(
      typeNames,
      stem,
      "Body",
      typedBySchema ? schemaOf([bodyContent]) : undefined,
    );
    // What the emitted Response and Error are a union of: JSON (and, for a success, events) as their schema's type.
    operation.names.response = claimOperationType(
      typeNames,
      stem,
      "Response",
      schemaOf(success.map((content) => (content.kind === "json" || content.events ? content : undefined))),
    );
    operation.names.error = claimOperationType(
      typeNames,
      stem,
      "Error",
      schemaOf(failure.map((content) => (content.kind === "json" ? content : undefined))),
    );
  }
}

/**
 * The default content of each response that has one, split as the emitters split them: resolving the call or throwing.
 */
function responseContents(operation: OperationModel): { success: ContentModel[]; failure: ContentModel[] } {
  const has2xx = operation.responses.some((response) => /^2/.test(response.status));
  const isSuccess = (status: string): boolean => /^2/.test(status) || (!has2xx && status === "default");
  const contents = (success: boolean): ContentModel[] =>
    operation.responses
      .filter((response) => isSuccess(response.status) === success)
      .flatMap((response) => defaultContent(response.contents) ?? []);
  return { success: contents(true), failure: contents(false) };
}
