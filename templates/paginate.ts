// Auto-pagination: a list operation's promise is also async iterable over the items of every page, fetched lazily one
// page at a time. Only operations the generator recognized as paginated import this module.
import type { Client, OperationSpec, RequestArguments, RequestOptions } from "./client.js";
import { ApiPromise, type CallResult } from "./promise.js";
import { send } from "./send.js";

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

// The async iterator is set on the prototype below: TypeScript 5.9's isolated declarations print a computed method
// of a class twice, which no compiler accepts.
export interface PagePromise<Page, Item> extends AsyncIterable<Item> {}

/** The type of the items at `Path` in a page (`PageItem<Page, ["data"]>`); `unknown` where the page has no such array. */
export type PageItem<Page, Path extends readonly string[]> = Path extends readonly [infer Key extends string, ...infer Rest extends readonly string[]]
  ? Page extends { readonly [K in Key]?: infer Value } ? PageItem<NonNullable<Value>, Rest> : unknown
  : Page extends readonly (infer Item)[] ? Item : unknown;

/** The first page when awaited; with `for await` (or `items()`), every item of every page; `pages()` the pages. */
export class PagePromise<Page, Item> extends ApiPromise<Page> {
  readonly #next: (page: CallResult<Page>, args: RequestArguments, first: number) => Next | undefined;
  readonly #fetch: (next: Next) => Promise<CallResult<Page>>;
  readonly #items: (page: Page) => Item[];
  readonly #args: RequestArguments;

  constructor(client: Client, operation: OperationSpec, args: RequestArguments, options: RequestOptions, spec: PaginationSpec) {
    super((mode) => send<Page>(client, operation, args, options, mode));
    this.#args = args;
    this.#items = (page) => itemsOf<Item>(page, spec.items);
    this.#next = (page, pageArgs, first) => nextPage(spec, page, pageArgs, first, this.#items(page.data).length);
    this.#fetch = (next) => send<Page>(client, operation, next.args, options, "body", next.url);
  }

  /** Every page, the first being this call's; the next is fetched only when the loop asks for it. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    let page: CallResult<Page> = await this.withResponse();
    let args = this.#args;
    const first = this.#items(page.data).length;
    for (;;) {
      yield page.data;
      const next = this.#next(page, args, first);
      if (!next) return;
      page = await this.#fetch(next);
      args = next.args;
    }
  }

  /**
   * Every item of every page, fetched one page at a time; breaking out of the loop fetches no more. A plain iterator
   * over each page's array rather than an async generator, whose `yield*` would cost several microtask turns per item.
   */
  items(): AsyncIterableIterator<Item> {
    return new ItemIterator(this.pages(), this.#items);
  }
}

/**
 * The items of a run of pages. Items of a page already fetched are handed out as settled promises, without an async
 * function's frame: `for await` pays one promise per item and nothing more.
 */
class ItemIterator<Page, Item> implements AsyncIterableIterator<Item> {
  #items: Item[] = [];
  #index = 0;

  constructor(
    readonly pages: AsyncGenerator<Page, void, undefined>,
    readonly itemsOf: (page: Page) => Item[],
  ) {}

  next(): Promise<IteratorResult<Item, undefined>> {
    return this.#index < this.#items.length ? Promise.resolve({ done: false, value: this.#items[this.#index++]! }) : this.#nextPage();
  }

  async #nextPage(): Promise<IteratorResult<Item, undefined>> {
    for (;;) {
      const page = await this.pages.next();
      if (page.done) return { done: true, value: undefined };
      this.#items = this.itemsOf(page.value);
      this.#index = 0;
      if (this.#items.length > 0) return this.next();
    }
  }

  async return(): Promise<IteratorResult<Item, undefined>> {
    await this.pages.return();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

PagePromise.prototype[Symbol.asyncIterator] = function <Item>(this: PagePromise<unknown, Item>): AsyncIterator<Item> {
  return this.items();
};

/** Calls a paginated operation. */
export function paginate<Page, Item>(client: Client, operation: OperationSpec, args: RequestArguments = {}, options: RequestOptions = {}): PagePromise<Page, Item> {
  return new PagePromise<Page, Item>(client, operation, args, options, operation.pagination!);
}

/** Where the next page is: the next call's arguments, and for a Link header its URL. */
export interface Next {
  args: RequestArguments;
  url?: string;
}

/** The arguments (or, for a Link header, the URL) of the page after `page`; undefined after the last page. */
export function nextPage(spec: PaginationSpec, { data, response }: CallResult<unknown>, args: RequestArguments, first: number, count: number): Next | undefined {
  const query = args.query ?? {};
  const withQuery = (value: unknown): Next | undefined => (value === undefined ? undefined : { args: { ...args, query: { ...query, [spec.param!]: value } } });
  if (spec.hasMore && valueAt(data, spec.hasMore) === false) return undefined;
  switch (spec.style) {
    case "cursor": {
      const cursor = valueAt(data, spec.next ?? []);
      // A cursor that does not move would fetch the same page for ever.
      return cursor === null || cursor === "" || cursor === query[spec.param!] ? undefined : withQuery(cursor);
    }
    case "hasMore": {
      const last = itemsOf<Record<string, unknown>>(data, spec.items).at(-1);
      return valueAt(data, spec.hasMore ?? []) === true && last ? withQuery(last[spec.id ?? "id"]) : undefined;
    }
    case "link": {
      const next = /<([^>]*)>\s*;[^,]*\brel="?next\b/i.exec(response.headers.get("link") ?? "")?.[1];
      if (!next) return undefined;
      const url = new URL(next, response.url);
      // Credentials go only where the first page came from.
      return url.origin === new URL(response.url).origin ? { args, url: url.href } : undefined;
    }
    default: {
      const size = Number(query[spec.limit!] ?? first);
      if (count === 0 || count < size) return undefined;
      const at = Number(query[spec.param!] ?? (spec.style === "page" ? 1 : 0));
      return withQuery(spec.style === "page" ? at + 1 : at + count);
    }
  }
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** The items of a page: the array at `path`, or none. */
export function itemsOf<Item>(page: unknown, path: readonly string[]): Item[] {
  const items = valueAt(page, path);
  return Array.isArray(items) ? (items as Item[]) : [];
}
