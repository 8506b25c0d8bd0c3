// Type tests of the generated package's public surface; `npm test` runs tsc over them before vitest.
import { describe, expectTypeOf, it } from "vitest";
import {
  ApiError,
  createClient,
  updateMultipleCustomers,
  type ApiPromise,
  type Client,
  type ClientOptions,
  type Customer,
  type RequestOptions,
  type UpdateMultipleCustomersBody,
  type UpdateMultipleCustomersParams,
  type UpdateMultipleCustomersResponse,
} from "@pocketflows/client";

const client = createClient({ auth: { username: "key", password: "secret" } });

describe("the public surface of @pocketflows/client", () => {
  it("Customer has all seven properties required, nullable ones as T | null", () => {
    expectTypeOf<Customer>().toEqualTypeOf<{
      id: string;
      external_id: string | null;
      email_address: string | null;
      phone_number: string | null;
      full_name: string | null;
      metadata: { [key: string]: unknown };
      unsubscribed: "future" | "campaign" | null;
    }>();
  });

  it("createClient takes baseUrl, Basic auth, headers and fetch", () => {
    expectTypeOf(createClient).parameter(0).toEqualTypeOf<ClientOptions | undefined>();
    expectTypeOf<ClientOptions["auth"]>().toEqualTypeOf<{ username: string; password: string } | undefined>();
    expectTypeOf<ClientOptions["baseUrl"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ClientOptions["fetch"]>().toEqualTypeOf<typeof fetch | undefined>();
    expectTypeOf<ClientOptions["headers"]>().toEqualTypeOf<Record<string, string> | undefined>();
    expectTypeOf(client).toEqualTypeOf<Client>();
  });

  it("updateMultipleCustomers takes the path and body groups and resolves to the typed response", () => {
    expectTypeOf(updateMultipleCustomers).parameters.toEqualTypeOf<[Client, UpdateMultipleCustomersParams, (RequestOptions | undefined)?]>();
    expectTypeOf(updateMultipleCustomers).returns.resolves.toEqualTypeOf<UpdateMultipleCustomersResponse>();
    expectTypeOf<UpdateMultipleCustomersResponse["customers"]>().toEqualTypeOf<Customer[]>();
    expectTypeOf<UpdateMultipleCustomersParams>().toEqualTypeOf<{ path: { id: string }; body: UpdateMultipleCustomersBody }>();
  });

  it("returns an ApiPromise: awaited the body, withResponse() the body and the Response, asResponse() the Response", () => {
    const call = () => updateMultipleCustomers(client, { path: { id: "b_1" }, body: { customers: [] } });
    expectTypeOf(call).returns.toEqualTypeOf<ApiPromise<UpdateMultipleCustomersResponse>>();
    expectTypeOf<ReturnType<ApiPromise<UpdateMultipleCustomersResponse>["withResponse"]>>().toEqualTypeOf<Promise<{ data: UpdateMultipleCustomersResponse; response: Response }>>();
    expectTypeOf<ReturnType<ApiPromise<UpdateMultipleCustomersResponse>["asResponse"]>>().toEqualTypeOf<Promise<Response>>();
    expectTypeOf<ApiError["requestId"]>().toEqualTypeOf<string | undefined>();
  });

  it("keeps optional (leave as is) and null (clear) distinct in a batch update", () => {
    type Update = UpdateMultipleCustomersBody["customers"][number];
    expectTypeOf<Update["email_address"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Update>().toHaveProperty("id").toEqualTypeOf<string>();
    const clearEmail: Update = { id: "c_1", email_address: null };
    const leaveEmail: Update = { id: "c_1" };
    expectTypeOf(clearEmail).toEqualTypeOf<Update>();
    expectTypeOf(leaveEmail).toEqualTypeOf<Update>();
  });

  it("rejects wrong calls at compile time", () => {
    const body: UpdateMultipleCustomersBody = { customers: [{ id: "c_1" }] };
    // The calls are type-checked, never run: the function bodies below are not invoked.
    const wrongCalls = [
      // @ts-expect-error missing the path `id`
      () => updateMultipleCustomers(client, { path: {}, body }),
      // @ts-expect-error missing the body
      () => updateMultipleCustomers(client, { path: { id: "b_1" } }),
      // @ts-expect-error missing the customer `id`
      () => updateMultipleCustomers(client, { path: { id: "b_1" }, body: { customers: [{ full_name: "Ada" }] } }),
      // @ts-expect-error `metadata` must be an object or null
      () => updateMultipleCustomers(client, { path: { id: "b_1" }, body: { customers: [{ id: "c", metadata: "x" }] } }),
      // @ts-expect-error no arguments at all
      () => updateMultipleCustomers(client),
    ];
    expectTypeOf(wrongCalls).toBeArray();
    // @ts-expect-error not one of the enum values
    const wrongEnum: Customer["unsubscribed"] = "never";
    expectTypeOf(wrongEnum).toEqualTypeOf<"future" | "campaign" | null>();
    // @ts-expect-error auth needs both username and password
    createClient({ auth: { username: "key" } });
  });

  it("exposes ApiError with status, headers and a typed body", () => {
    expectTypeOf<ApiError["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ApiError["headers"]>().toEqualTypeOf<Headers>();
    expectTypeOf<ApiError<{ message: string }>["body"]>().toEqualTypeOf<{ message: string }>();
  });
});
