import { describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/common/errors.js";
import { buildModel } from "../../generator/model/build-model.js";
import type { PaginationModel } from "../../generator/model/types.js";

/** An operation fragment: query parameters by name (a string schema unless given), a 200 JSON body, more fields. */
interface Given {
  method?: string;
  query?: Record<string, unknown>;
  body?: unknown;
  headers?: string[];
  extra?: Record<string, unknown>;
  schemas?: Record<string, unknown>;
}

/** The pagination buildModel detects for one operation. */
function paginationOf({ method = "get", query = {}, body, headers = [], extra = {}, schemas = {} }: Given): PaginationModel | undefined {
  const response = {
    description: "ok",
    ...(headers.length > 0 ? { headers: Object.fromEntries(headers.map((name) => [name, { schema: { type: "string" } }])) } : {}),
    ...(body === undefined ? {} : { content: { "application/json": { schema: body } } }),
  };
  const parameters = Object.entries(query).map(([name, schema]) => ({ name, in: "query", schema: schema ?? { type: "string" } }));
  const document = {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: { "/items": { [method]: { operationId: "listItems", parameters, responses: { "200": response }, ...extra } } },
    components: { schemas },
  };
  return buildModel({ file: "spec.json", sha256: "", document, validated: Promise.resolve(), warnings: [], sources: [] }).operations[0]!.pagination;
}

const string = { type: "string" };
const integer = { type: "integer" };
const boolean = { type: "boolean" };
const list = (items: unknown = { type: "object", properties: { id: string } }): unknown => ({ type: "array", items });
const object = (properties: Record<string, unknown>): unknown => ({ type: "object", properties });

const cases: Array<[string, { given: Given; want: PaginationModel | undefined }]> = [
  ["cursor: a cursor parameter and a next cursor in the body", { given: { query: { cursor: string }, body: object({ data: list(), next_cursor: string }) }, want: { style: "cursor", param: "cursor", items: ["data"], next: ["next_cursor"] } }],
  ["cursor with has_more", { given: { query: { after: string }, body: object({ data: list(), nextCursor: string, has_more: boolean }) }, want: { style: "cursor", param: "after", items: ["data"], next: ["nextCursor"], hasMore: ["has_more"] } }],
  ["cursor nested in a container (Slack's response_metadata)", { given: { query: { cursor: string }, body: object({ members: list(), response_metadata: object({ next_cursor: string }) }) }, want: { style: "cursor", param: "cursor", items: ["members"], next: ["response_metadata", "next_cursor"] } }],
  ["inside a container the parameter's own name counts (Spotify's cursors.after)", { given: { query: { after: string }, body: object({ items: list(), cursors: object({ after: string }) }) }, want: { style: "cursor", param: "after", items: ["items"], next: ["cursors", "after"] } }],
  ["a string offset is a token (Asana's next_page.offset)", { given: { query: { offset: string, limit: integer }, body: object({ data: list(), next_page: object({ offset: string }) }) }, want: { style: "cursor", param: "offset", items: ["data"], next: ["next_page", "offset"] } }],
  ["page is a cursor when the body names next_page (Stripe's search)", { given: { query: { page: string }, body: object({ data: list(), next_page: string }) }, want: { style: "cursor", param: "page", items: ["data"], next: ["next_page"] } }],
  ["the body through a $ref and allOf", { given: { query: { cursor: string }, body: { $ref: "#/components/schemas/Page" }, schemas: { Page: { allOf: [object({ data: list() }), object({ next_cursor: string })] } } }, want: { style: "cursor", param: "cursor", items: ["data"], next: ["next_cursor"] } }],
  ["has_more and the last id (Stripe's starting_after)", { given: { query: { starting_after: string, limit: integer }, body: object({ data: list(), has_more: boolean }) }, want: { style: "hasMore", param: "starting_after", items: ["data"], hasMore: ["has_more"] } }],
  ["a Link header", { given: { query: { per_page: integer }, body: list(), headers: ["Link"] }, want: { style: "link", items: [] } }],
  ["offset and limit", { given: { query: { offset: integer, limit: integer }, body: list() }, want: { style: "offset", param: "offset", limit: "limit", items: [] } }],
  ["page and a page size", { given: { query: { page: integer, per_page: integer }, body: object({ results: list(), total: integer }) }, want: { style: "page", param: "page", limit: "per_page", items: ["results"] } }],
  ["x-pagination wins, with dotted paths", { given: { query: { token: string }, body: object({ data: list() }), extra: { "x-pagination": { style: "cursor", param: "token", next: "meta.next", items: "data" } } }, want: { style: "cursor", param: "token", items: ["data"], next: ["meta", "next"] } }],
  ["x-pagination on a POST", { given: { method: "post", body: list(), extra: { "x-pagination": { style: "link" } } }, want: { style: "link", items: [] } }],
  // Negatives
  ["not a GET", { given: { method: "post", query: { cursor: string }, body: object({ data: list(), next_cursor: string }) }, want: undefined }],
  ["no query parameters", { given: { body: object({ data: list(), next_cursor: string }) }, want: undefined }],
  ["no JSON body", { given: { query: { offset: integer, limit: integer } }, want: undefined }],
  ["two array properties: which one is the page is unknown", { given: { query: { offset: integer, limit: integer }, body: object({ data: list(), errors: list() }) }, want: undefined }],
  ["a next that is a URL is no cursor (Jira's, Spotify's next)", { given: { query: { cursor: string }, body: object({ data: list(), next: { type: "string", format: "uri" } }) }, want: undefined }],
  ["a next described as a link is no cursor", { given: { query: { cursor: string }, body: object({ data: list(), next: { type: "string", description: "The URL of the next page" } }) }, want: undefined }],
  ["has_more without an id on the items", { given: { query: { starting_after: string }, body: object({ data: list(string), has_more: boolean }) }, want: undefined }],
  ["page without a page size or a next page", { given: { query: { page: integer }, body: list() }, want: undefined }],
  ["offset without limit", { given: { query: { offset: integer }, body: list() }, want: undefined }],
];

describe("detectPagination", () => {
  it.each(cases)("%s", (_name, { given, want }) => expect(paginationOf(given)).toEqual(want));

  const malformed: Array<[string, { given: unknown; pointer: string; message: string }]> = [
    ["not an object", { given: "cursor", pointer: "/paths/~1items/get/x-pagination", message: "`x-pagination` must be an object" }],
    ["an unknown style", { given: { style: "scroll" }, pointer: "/paths/~1items/get/x-pagination/style", message: "`style` must be one of cursor, hasMore, link, offset, page" }],
    ["cursor without next", { given: { style: "cursor", param: "after" }, pointer: "/paths/~1items/get/x-pagination/next", message: "`next` must be a non-empty string" }],
    ["offset without param", { given: { style: "offset" }, pointer: "/paths/~1items/get/x-pagination/param", message: "`param` must be a non-empty string" }],
  ];
  it.each(malformed)("a malformed x-pagination is an error at its pointer: %s", (_name, { given, pointer, message }) => {
    let error: unknown;
    try {
      paginationOf({ body: list(), extra: { "x-pagination": given } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GeneratorError);
    expect({ pointer: (error as GeneratorError).pointer, message: (error as GeneratorError).message }).toEqual({ pointer, message });
  });
});
