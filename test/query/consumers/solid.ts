// Type test (checked by query-types.test.ts inside a client generated from test/fixtures/lists.json with --query):
// Solid Query's primitives accept the factories (as the accessor Solid takes: a function returning the options), and
// `data` and `error` come out typed with the client's own types.
import { createInfiniteQuery, createMutation, createQuery } from "@tanstack/solid-query";
import { expectTypeOf } from "vitest";
import { createClient, type ApiConnectionError, type ApiError } from "./index.js";
import { createPaymentMutationOptions, listByCursorInfiniteQueryOptions, listByCursorQueryOptions, listReposInfiniteQueryOptions } from "./query.js";
import type { CreatePaymentError, CreatePaymentParams, CreatePaymentResponse, Item, ListByCursorError, ListByCursorResponse } from "./types.js";

const client = createClient();

export function Lists(): unknown {
  const query = createQuery(() => listByCursorQueryOptions(client, { query: { limit: 2 } }));
  expectTypeOf(query.data).toEqualTypeOf<ListByCursorResponse | undefined>();
  expectTypeOf(query.error).toEqualTypeOf<ApiError<ListByCursorError> | ApiConnectionError | null>();
  expectTypeOf(query.error).not.toBeUnknown();

  const pages = createInfiniteQuery(() => listByCursorInfiniteQueryOptions(client));
  expectTypeOf(pages.data).toEqualTypeOf<Item[] | undefined>();
  expectTypeOf(pages.error).toEqualTypeOf<ApiError<ListByCursorError> | ApiConnectionError | null>();
  // A body that is the array itself (Link header paging).
  expectTypeOf(createInfiniteQuery(() => listReposInfiniteQueryOptions(client)).data).toEqualTypeOf<Item[] | undefined>();

  const mutation = createMutation(() => createPaymentMutationOptions(client));
  expectTypeOf(mutation.data).toEqualTypeOf<CreatePaymentResponse | undefined>();
  expectTypeOf(mutation.error).toEqualTypeOf<ApiError<CreatePaymentError> | ApiConnectionError | null>();
  expectTypeOf(mutation.mutate).parameter(0).toEqualTypeOf<CreatePaymentParams>();
  // @ts-expect-error the variables are the operation's params
  mutation.mutate({ body: 42 });
  return [query, pages, mutation];
}
