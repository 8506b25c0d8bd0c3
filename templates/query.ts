// The runtime of the opt-in TanStack Query module (`query.js`): how an infinite query fetches one page and finds the
// next, by the pagination the generator read from the spec. Emitted only with `--query`; it imports nothing of TanStack.
import type { RequestArguments } from "./client.js";
import type { ApiConnectionError, ApiError } from "./errors.js";
import { itemsOf, nextPage, type PaginationSpec } from "./paginate.js";
import type { ApiPromise } from "./promise.js";

/** What a query of an operation can fail with: its typed `ApiError`, or an `ApiConnectionError` (no response, no body). */
export type QueryError<Body> = ApiError<Body> | ApiConnectionError;

/**
 * Where a page of an infinite query starts: the query parameters that differ from the first call's (a cursor, the last
 * id, an offset, a page number, or a Link header's query), and the first page's item count, the page size when no
 * size parameter was given. Plain data, so a persisted cache can keep it.
 */
export interface PageParam {
  query?: Record<string, unknown>;
  first?: number;
}

/** One page of an infinite query: the response body, and where the next page starts (`null` after the last). */
export interface InfinitePage<Page> {
  data: Page;
  next: PageParam | null;
}

/**
 * Fetches the page at `param` with `call` (the operation, its arguments given) and finds the next page's parameter by
 * the runtime's own pagination rules, the ones `for await` over the operation follows.
 */
export async function fetchPage<Page, Args extends RequestArguments>(
  call: (args: Args) => ApiPromise<Page>,
  spec: PaginationSpec,
  args: Args,
  param: PageParam,
): Promise<InfinitePage<Page>> {
  const pageArgs = param.query ? ({ ...args, query: { ...args.query, ...param.query } } as Args) : args;
  const result = await call(pageArgs).withResponse();
  const count = itemsOf(result.data, spec.items).length;
  const first = param.first ?? count;
  const next = nextPage(spec, result, pageArgs, first, count);
  if (!next) return { data: result.data, next: null };
  if (next.url === undefined) return { data: result.data, next: { query: next.args.query ?? {}, first } };
  // A Link header's next page is the same operation with the link's query; a link to another path is not followed.
  const url = new URL(next.url);
  if (url.pathname !== new URL(result.response.url).pathname) return { data: result.data, next: null };
  const query: Record<string, string | string[]> = {};
  // forEach, not keys(): the DOM library without DOM.Iterable has no iterators on URLSearchParams.
  url.searchParams.forEach((value, key) => {
    const earlier = query[key];
    query[key] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  });
  return { data: result.data, next: { query, first } };
}

/** The next page's parameter, for `getNextPageParam`; `undefined` ends the pages. */
export function nextPageParam(page: InfinitePage<unknown>): PageParam | undefined {
  return page.next ?? undefined;
}

/** Every item of every page, in order, for `select`. */
export function pageItems<Item>(pages: ReadonlyArray<InfinitePage<unknown>>, path: readonly string[]): Item[] {
  return pages.flatMap((page) => itemsOf<Item>(page.data, path));
}
