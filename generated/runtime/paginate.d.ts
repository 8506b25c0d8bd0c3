// Generated from openapi.json. Runtime from templates/paginate.ts.
// Do not edit: change the spec and run `npm run generate`.

import type { Client, OperationSpec, RequestArguments, RequestOptions } from "./client.js";
import { ApiPromise, type CallResult } from "./promise.js";

/** How an operation pages, as the generator read it from the spec. */
export interface PaginationSpec {
  /**
   * `cursor`: the next cursor is in the body; `hasMore`: pass the last item's id while a has-more flag is true;
   * `link`: follow the Link header's `rel="next"`; `offset` and `page`: count on until an empty or short page.
   */
  style: "cursor" | "hasMore" | "link" | "offset" | "page";
  /** The query parameter that takes the cursor, the last id, the offset or the page number. */
  param?: string;
  /** The query parameter that sets the page size (offset and page styles). */
  limit?: string;
  /** Where the items are in the body; empty when the body is the array. */
  items: readonly string[];
  /** Where the next cursor is in the body (cursor style). */
  next?: readonly string[];
  /** Where the has-more flag is in the body; `false` ends the pages. */
  hasMore?: readonly string[];
  /** The item property the next request passes (hasMore style); default `id`. */
  id?: string;
}

export interface PagePromise<Page, Item> extends AsyncIterable<Item> {}

/** The type of the items at `Path` in a page (`PageItem<Page, ["data"]>`); `unknown` where the page has no such array. */
export type PageItem<Page, Path extends readonly string[]> = Path extends readonly [
  infer Key extends string,
  ...infer Rest extends readonly string[],
]
  ? Page extends {
      readonly [K in Key]?: infer Value;
    }
    ? PageItem<NonNullable<Value>, Rest>
    : unknown
  : Page extends readonly (infer Item)[]
    ? Item
    : unknown;

/** The first page when awaited; with `for await` (or `items()`), every item of every page; `pages()` the pages. */
export declare class PagePromise<Page, Item> extends ApiPromise<Page> {
  #private;
  constructor(
    client: Client,
    operation: OperationSpec,
    args: RequestArguments,
    options: RequestOptions,
    spec: PaginationSpec,
  );
  /** Every page, the first being this call's; the next is fetched only when the loop asks for it. */
  pages(): AsyncGenerator<Page, void, undefined>;
  /**
   * Every item of every page, fetched one page at a time; breaking out of the loop fetches no more. A plain iterator
   * over each page's array rather than an async generator, whose `yield*` would cost several microtask turns per item.
   */
  items(): AsyncIterableIterator<Item>;
}

/** Calls a paginated operation. */
export declare function paginate<Page, Item>(
  client: Client,
  operation: OperationSpec,
  args?: RequestArguments,
  options?: RequestOptions,
): PagePromise<Page, Item>;

/** Where the next page is: the next call's arguments, and for a Link header its URL. */
export interface Next {
  args: RequestArguments;
  url?: string;
}

/** The arguments (or, for a Link header, the URL) of the page after `page`; undefined after the last page. */
export declare function nextPage(
  spec: PaginationSpec,
  { data, response }: CallResult<unknown>,
  args: RequestArguments,
  first: number,
  count: number,
): Next | undefined;

/** The items of a page: the array at `path`, or none. */
export declare function itemsOf<Item>(page: unknown, path: readonly string[]): Item[];
