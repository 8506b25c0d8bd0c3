// Generated from openapi.json. Runtime from templates/paginate.ts.
// Do not edit: change the spec and run `npm run generate`.

import { ApiPromise } from "./promise.js";
import { send } from "./send.js";

/** The first page when awaited; with `for await` (or `items()`), every item of every page; `pages()` the pages. */
export class PagePromise extends ApiPromise {
  #next;
  #fetch;
  #items;
  #args;
  constructor(client, operation, args, options, spec) {
    super((mode) => send(client, operation, args, options, mode));
    this.#args = args;
    this.#items = (page) => itemsOf(page, spec.items);
    this.#next = (page, pageArgs, first) =>
      nextPage(spec, page, pageArgs, first, this.#items(page.data).length);
    this.#fetch = (next) => send(client, operation, next.args, options, "body", next.url);
  }
  /** Every page, the first being this call's; the next is fetched only when the loop asks for it. */
  async *pages() {
    let page = await this.withResponse();
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
  items() {
    return new ItemIterator(this.pages(), this.#items);
  }
}

/**
 * The items of a run of pages. Items of a page already fetched are handed out as settled promises, without an async
 * function's frame: `for await` pays one promise per item and nothing more.
 */
class ItemIterator {
  pages;
  itemsOf;
  #items = [];
  #index = 0;
  constructor(pages, itemsOf) {
    this.pages = pages;
    this.itemsOf = itemsOf;
  }
  next() {
    return this.#index < this.#items.length
      ? Promise.resolve({ done: false, value: this.#items[this.#index++] })
      : this.#nextPage();
  }
  async #nextPage() {
    for (;;) {
      const page = await this.pages.next();
      if (page.done) return { done: true, value: undefined };
      this.#items = this.itemsOf(page.value);
      this.#index = 0;
      if (this.#items.length > 0) return this.next();
    }
  }
  async return() {
    await this.pages.return();
    return { done: true, value: undefined };
  }
  [Symbol.asyncIterator]() {
    return this;
  }
}
PagePromise.prototype[Symbol.asyncIterator] = function () {
  return this.items();
};

/** Calls a paginated operation. */
export function paginate(client, operation, args = {}, options = {}) {
  return new PagePromise(client, operation, args, options, operation.pagination);
}

/** The arguments (or, for a Link header, the URL) of the page after `page`; undefined after the last page. */
export function nextPage(spec, { data, response }, args, first, count) {
  const query = args.query ?? {};
  const withQuery = (value) =>
    value === undefined
      ? undefined
      : { args: { ...args, query: { ...query, [spec.param]: value } } };
  if (spec.hasMore && valueAt(data, spec.hasMore) === false) return undefined;
  switch (spec.style) {
    case "cursor": {
      const cursor = valueAt(data, spec.next ?? []);
      // A cursor that does not move would fetch the same page for ever.
      return cursor === null || cursor === "" || cursor === query[spec.param]
        ? undefined
        : withQuery(cursor);
    }
    case "hasMore": {
      const last = itemsOf(data, spec.items).at(-1);
      return valueAt(data, spec.hasMore ?? []) === true && last
        ? withQuery(last[spec.id ?? "id"])
        : undefined;
    }
    case "link": {
      const next = /<([^>]*)>\s*;[^,]*\brel="?next\b/i.exec(
        response.headers.get("link") ?? "",
      )?.[1];
      if (!next) return undefined;
      const url = new URL(next, response.url);
      // Credentials go only where the first page came from.
      return url.origin === new URL(response.url).origin ? { args, url: url.href } : undefined;
    }
    default: {
      const size = Number(query[spec.limit] ?? first);
      if (count === 0 || count < size) return undefined;
      const at = Number(query[spec.param] ?? (spec.style === "page" ? 1 : 0));
      return withQuery(spec.style === "page" ? at + 1 : at + count);
    }
  }
}

function valueAt(data, path) {
  let value = data;
  for (const key of path)
    value = value !== null && typeof value === "object" ? value[key] : undefined;
  return value;
}

/** The items of a page: the array at `path`, or none. */
export function itemsOf(page, path) {
  const items = valueAt(page, path);
  return Array.isArray(items) ? items : [];
}
