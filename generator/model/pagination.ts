// Which operations are lists, and how they page: an `x-pagination` extension, else the first known pattern that the
// operation's query parameters and 2xx JSON body fit (cursor, has-more, Link header, offset or page number).
import { GeneratorError } from "../common/errors.js";
import { getAtPointer } from "../common/json-pointer.js";
import { isObject } from "../common/walk.js";
import type { JsonSchema, OperationModel, PaginationModel } from "./types.js";

const STYLES = ["cursor", "hasMore", "link", "offset", "page"] as const;
/** Query parameters that take an opaque cursor. */
const CURSOR_PARAMETERS = [
  "cursor",
  "after",
  "page_token",
  "pageToken",
  "next_token",
  "nextToken",
  "continuation_token",
  "continuationToken",
  "continue",
  "page_cursor",
  "pageCursor",
  "marker",
  "starting_token",
];
/** Where a body says what to pass as the cursor of the next page. */
const NEXT_CURSOR_PROPERTIES = [
  "next_cursor",
  "nextCursor",
  "next_page_token",
  "nextPageToken",
  "next_token",
  "nextToken",
  "continuation_token",
  "continuationToken",
  "next_marker",
  "nextMarker",
  "continue",
  "next",
];
/**
 * Objects a next cursor is often nested in: Slack's `response_metadata.next_cursor`, Kubernetes' `metadata.continue`,
 * Spotify's `cursors.after`, Asana's `next_page.offset`. Inside them the parameter's own name counts as well.
 */
const CURSOR_CONTAINERS = [
  "response_metadata",
  "meta",
  "metadata",
  "pagination",
  "paging",
  "page_info",
  "pageInfo",
  "cursors",
  "next_page",
];
const PAGE_SIZE_PARAMETERS = ["per_page", "page_size", "pageSize", "perPage", "limit", "size"];

/** What the detector needs of the document around an operation. */
export interface PaginationContext {
  file: string;
  document: Record<string, unknown>;
}

/** How `operation` pages, or undefined when it is not a list; a malformed `x-pagination` is an error. */
export function detectPagination(
  context: PaginationContext,
  operation: OperationModel,
  extension: unknown,
): PaginationModel | undefined {
  if (extension !== undefined) return readExtension(context, extension, `${operation.pointer}/x-pagination`);
  if (operation.method !== "GET") return undefined;
  const success = operation.responses.filter((response) => /^2/.test(response.status));
  // One 2xx with a JSON body (the first JSON media type: Kubernetes adds `application/json;stream=watch`).
  const json = success.flatMap((response) =>
    response.contents.filter((content) => content.kind === "json" && content.schema !== undefined).slice(0, 1),
  );
  if (json.length !== 1) return undefined;
  const body = flatten(context.document, json[0]!.schema!);
  const query = new Set(
    operation.parameters.filter((parameter) => parameter.in === "query").map((parameter) => parameter.name),
  );
  const arrays = isArraySchema(body)
    ? []
    : Object.keys(body.properties).filter((name) => isArraySchema(flatten(context.document, body.properties[name]!)));
  const items = isArraySchema(body) ? [] : arrays.length === 1 ? [arrays[0]!] : undefined;
  if (!items) return undefined;

  const isObjectBody = !isArraySchema(body);
  // An `offset` that is a string is a token (Asana's), not a count.
  const stringOffset = operation.parameters.some(
    (p) => p.in === "query" && p.name === "offset" && flatten(context.document, p.schema).type === "string",
  );
  const cursor =
    CURSOR_PARAMETERS.find((name) => query.has(name)) ??
    (stringOffset ? "offset" : query.has("page") ? "page" : undefined);
  if (cursor && isObjectBody) {
    // A `page` parameter is a cursor only when the body names the next one as such (Stripe's search: `next_page`).
    const next =
      cursor === "page"
        ? findNext(context.document, body, ["next_page", "nextPage"], [])
        : findNext(context.document, body, NEXT_CURSOR_PROPERTIES, [cursor]);
    if (next)
      return {
        style: "cursor",
        param: cursor,
        items,
        next,
        ...(hasBoolean(context.document, body, "has_more") ? { hasMore: ["has_more"] } : {}),
      };
  }
  if (query.has("starting_after") && isObjectBody && hasBoolean(context.document, body, "has_more")) {
    const itemSchema = flatten(context.document, flatten(context.document, body.properties[items[0]!]!).items ?? {});
    if (Object.hasOwn(itemSchema.properties, "id"))
      return { style: "hasMore", param: "starting_after", items, hasMore: ["has_more"] };
  }
  if (success.some((response) => response.headers.some((name) => name.toLowerCase() === "link")))
    return { style: "link", items };
  if (query.has("offset") && query.has("limit") && !stringOffset)
    return { style: "offset", param: "offset", limit: "limit", items };
  const pageSize = PAGE_SIZE_PARAMETERS.find((name) => query.has(name));
  if (query.has("page") && pageSize) return { style: "page", param: "page", limit: pageSize, items };
  return undefined;
}

/** A schema with its `$ref`s followed and its `allOf` members' properties merged, enough to see its shape. */
interface Shape {
  type: unknown;
  format: unknown;
  description: unknown;
  properties: Record<string, JsonSchema>;
  items: JsonSchema | undefined;
}

function flatten(document: unknown, schema: JsonSchema, depth = 0): Shape {
  let current: unknown = schema;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string" && hops < 32; hops++) {
    current = current.$ref.startsWith("#") ? getAtPointer(document, current.$ref.slice(1)) : undefined;
  }
  const shape: Shape = { type: undefined, format: undefined, description: undefined, properties: {}, items: undefined };
  if (!isObject(current) || depth > 8) return shape;
  shape.type = current.type;
  shape.format = current.format;
  shape.description = current.description;
  if (isObject(current.properties)) Object.assign(shape.properties, current.properties);
  if (isObject(current.items) || typeof current.items === "boolean") shape.items = current.items;
  if (Array.isArray(current.allOf)) {
    for (const member of current.allOf) {
      const part = flatten(document, member as JsonSchema, depth + 1);
      Object.assign(shape.properties, part.properties);
      shape.type ??= part.type;
      shape.items ??= part.items;
    }
  }
  return shape;
}

function isArraySchema(shape: Shape): boolean {
  return (
    shape.type === "array" ||
    (Array.isArray(shape.type) && shape.type.includes("array")) ||
    (shape.type === undefined && shape.items !== undefined)
  );
}

function hasBoolean(document: unknown, body: Shape, name: string): boolean {
  const property = body.properties[name];
  return property !== undefined && flatten(document, property).type === "boolean";
}

/**
 * The path to a next-cursor property at the top of the body or inside one of the usual containers (where `nested`
 * names count too). A URL is not a cursor: Jira's and Spotify's `next` hold the next page's address.
 */
function findNext(
  document: unknown,
  body: Shape,
  names: readonly string[],
  nested: readonly string[],
): string[] | undefined {
  const isCursor = (schema: JsonSchema | undefined): boolean => {
    if (schema === undefined) return false;
    const { type, format, description } = flatten(document, schema);
    const scalar =
      type !== "object" &&
      type !== "array" &&
      !(Array.isArray(type) && (type.includes("object") || type.includes("array")));
    return (
      scalar &&
      format !== "uri" &&
      format !== "url" &&
      !/\b(url|uri|link)\b/i.test(typeof description === "string" ? description : "")
    );
  };
  const top = names.find((name) => isCursor(body.properties[name]));
  if (top) return [top];
  for (const container of CURSOR_CONTAINERS) {
    if (body.properties[container] === undefined) continue;
    const inner = flatten(document, body.properties[container]!);
    const name = [...names, ...nested].find((candidate) => isCursor(inner.properties[candidate]));
    if (name) return [container, name];
  }
  return undefined;
}

/**
 * `x-pagination: { style, param, items, next, hasMore, limit, id }`: `style` is one of cursor, hasMore, link, offset,
 * page; `items`, `next` and `hasMore` are dotted paths into the body (`data`, `meta.next_cursor`; `items` empty or
 * left out when the body is the array).
 */
function readExtension(context: PaginationContext, extension: unknown, pointer: string): PaginationModel {
  const fail = (message: string, at = ""): never => {
    throw new GeneratorError(
      message,
      { file: context.file, pointer: `${pointer}${at}` },
      "see the README's section on x-pagination",
    );
  };
  if (!isObject(extension)) fail("`x-pagination` must be an object");
  const value = extension as Record<string, unknown>;
  const style = value.style;
  if (typeof style !== "string" || !(STYLES as readonly string[]).includes(style))
    fail(`\`style\` must be one of ${STYLES.join(", ")}`, "/style");
  const text = (key: string, required: boolean): string | undefined => {
    const field = value[key];
    if (field === undefined && !required) return undefined;
    if (typeof field !== "string" || (field === "" && key !== "items"))
      return fail(`\`${key}\` must be a non-empty string`, `/${key}`);
    return field;
  };
  const path = (key: string, required: boolean): string[] | undefined => {
    const field = text(key, required);
    return field === undefined ? undefined : field.split(".").filter((part) => part !== "");
  };
  const model: PaginationModel = { style: style as PaginationModel["style"], items: path("items", false) ?? [] };
  const param = text("param", style !== "link");
  if (param !== undefined) model.param = param;
  const next = path("next", style === "cursor");
  if (next) model.next = next;
  const hasMore = path("hasMore", style === "hasMore");
  if (hasMore) model.hasMore = hasMore;
  const limit = text("limit", false);
  if (limit) model.limit = limit;
  const id = text("id", false);
  if (id) model.id = id;
  return model;
}
