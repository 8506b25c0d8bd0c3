// Type test (checked by query-types.test.ts inside a client generated from test/fixtures/lists.json with --query):
// Vue Query's composables accept the factories, and `data` and `error` come out typed with the client's own types.
import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/vue-query";
import { expectTypeOf } from "vitest";
import { createClient, type ApiConnectionError, type ApiError } from "./index.js";
import { createPaymentMutationOptions, listByCursorInfiniteQueryOptions, listByCursorQueryOptions } from "./query.js";
import type { CreatePaymentError, CreatePaymentResponse, Item, ListByCursorError, ListByCursorResponse } from "./types.js";

const client = createClient();

export function setup(): unknown {
  const query = useQuery(listByCursorQueryOptions(client, { query: { limit: 2 } }));
  expectTypeOf(query.data.value).toEqualTypeOf<ListByCursorResponse | undefined>();
  expectTypeOf(query.error.value).toEqualTypeOf<ApiError<ListByCursorError> | ApiConnectionError | null>();

  const pages = useInfiniteQuery(listByCursorInfiniteQueryOptions(client));
  expectTypeOf(pages.data.value).toEqualTypeOf<Item[] | undefined>();
  expectTypeOf(pages.error.value).toEqualTypeOf<ApiError<ListByCursorError> | ApiConnectionError | null>();

  const mutation = useMutation(createPaymentMutationOptions(client));
  expectTypeOf(mutation.data.value).toEqualTypeOf<CreatePaymentResponse | undefined>();
  expectTypeOf(mutation.error.value).toEqualTypeOf<ApiError<CreatePaymentError> | ApiConnectionError | null>();
  return [query, pages, mutation];
}
