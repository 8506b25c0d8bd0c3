// Type test (checked by query-types.test.ts inside a client generated from test/fixtures/lists.json with --query):
// React Query's hooks accept the factories, and `data` and `error` come out typed with the client's own types.
import { QueryClient, useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { expectTypeOf } from "vitest";
import { createClient, type ApiConnectionError, type ApiError } from "./index.js";
import {
  createPaymentMutationOptions,
  listByCursorInfiniteQueryKey,
  listByCursorInfiniteQueryOptions,
  listByCursorQueryKey,
  listByCursorQueryOptions,
  listReposInfiniteQueryOptions,
} from "./query.js";
import type { CreatePaymentError, CreatePaymentParams, CreatePaymentResponse, Item, ListByCursorError, ListByCursorResponse } from "./types.js";

const client = createClient();

export function Lists(): unknown {
  const query = useQuery(listByCursorQueryOptions(client, { query: { limit: 2 } }));
  expectTypeOf(query.data).toEqualTypeOf<ListByCursorResponse | undefined>();
  expectTypeOf(query.error).toEqualTypeOf<ApiError<ListByCursorError> | ApiConnectionError | null>();
  expectTypeOf(query.error).not.toBeUnknown();

  const pages = useInfiniteQuery(listByCursorInfiniteQueryOptions(client));
  expectTypeOf(pages.data).toEqualTypeOf<Item[] | undefined>();
  expectTypeOf(pages.error).toEqualTypeOf<ApiError<ListByCursorError> | ApiConnectionError | null>();
  // A body that is the array itself (Link header paging).
  expectTypeOf(useInfiniteQuery(listReposInfiniteQueryOptions(client)).data).toEqualTypeOf<Item[] | undefined>();

  const mutation = useMutation(createPaymentMutationOptions(client));
  expectTypeOf(mutation.data).toEqualTypeOf<CreatePaymentResponse | undefined>();
  expectTypeOf(mutation.error).toEqualTypeOf<ApiError<CreatePaymentError> | ApiConnectionError | null>();
  expectTypeOf(mutation.mutate).parameter(0).toEqualTypeOf<CreatePaymentParams>();
  // @ts-expect-error the variables are the operation's params
  mutation.mutate({ body: 42 });
  return [query, pages, mutation];
}

export async function withQueryClient(queryClient: QueryClient): Promise<void> {
  expectTypeOf(queryClient.getQueryData(listByCursorQueryKey())).toEqualTypeOf<ListByCursorResponse | undefined>();
  expectTypeOf(await queryClient.fetchQuery(listByCursorQueryOptions(client))).toEqualTypeOf<ListByCursorResponse>();
  const infinite = await queryClient.fetchInfiniteQuery(listByCursorInfiniteQueryOptions(client));
  expectTypeOf(infinite.pages[0]!.data).toEqualTypeOf<ListByCursorResponse>();
  expectTypeOf(queryClient.getQueryData(listByCursorInfiniteQueryKey())?.pages).toEqualTypeOf<typeof infinite.pages | undefined>();
  await queryClient.invalidateQueries({ queryKey: ["cursor"] });
}
