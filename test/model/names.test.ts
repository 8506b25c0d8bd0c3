import { describe, expect, it } from "vitest";
import { buildModel } from "../../generator/model/build-model.js";
import type { OperationNames } from "../../generator/model/types.js";
import { runtimeExportNames } from "../../generator/model/runtime-names.js";
import { NameRegistry, camelCase, reservedNames, operationBaseName, packageName, pascalCase, schemaBaseName } from "../../generator/model/names.js";

describe("operationBaseName", () => {
  const cases: Array<[string, { given: Parameters<typeof operationBaseName>[0]; want: string }]> = [
    ["summary when no operationId", { given: { summary: "Update multiple customers", method: "post", path: "/businesses/{id}/customers/batch_update" }, want: "updateMultipleCustomers" }],
    ["operationId wins over summary", { given: { operationId: "batch-update", summary: "Update multiple customers", method: "post", path: "/x" }, want: "batchUpdate" }],
    ["operationId kept in camelCase", { given: { operationId: "updateMultipleCustomers", method: "post", path: "/x" }, want: "updateMultipleCustomers" }],
    ["slashes and underscores", { given: { operationId: "repos/list_for_org", method: "get", path: "/x" }, want: "reposListForOrg" }],
    ["method + path without either", { given: { method: "get", path: "/customers/{id}/unsubscribe_info" }, want: "getCustomersIdUnsubscribeInfo" }],
    ["reserved word gets a trailing underscore", { given: { operationId: "delete", method: "delete", path: "/x" }, want: "delete_" }],
    ["leading digit gets a leading underscore", { given: { operationId: "2fa-enable", method: "post", path: "/x" }, want: "_2faEnable" }],
    ["only symbols falls back to method + path", { given: { operationId: "🚀", method: "get", path: "/pets" }, want: "getPets" }],
    ["all-caps words", { given: { operationId: "GET_USER_BY_ID", method: "get", path: "/x" }, want: "getUserById" }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => expect(operationBaseName(given)).toBe(want));
});

describe("schemaBaseName", () => {
  const cases: Array<[string, { given: string; want: string }]> = [
    ["PascalCase kept", { given: "Customer", want: "Customer" }],
    ["snake_case", { given: "customer_list", want: "CustomerList" }],
    ["dotted names", { given: "io.k8s.api.core.v1.Pod", want: "IoK8sApiCoreV1Pod" }],
    ["spaces and dashes", { given: "The Customer-object", want: "TheCustomerObject" }],
    ["leading digit", { given: "200_response", want: "_200Response" }],
    ["unicode letters stay", { given: "Größe", want: "Größe" }],
    ["empty after cleanup", { given: "***", want: "Schema" }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => expect(schemaBaseName(given)).toBe(want));
});

describe("NameRegistry", () => {
  it("suffixes collisions with 2, 3… in claim order", () => {
    const names = new NameRegistry();
    expect(["pet", "pet", "pet"].map((n) => names.claim(n))).toEqual(["pet", "pet2", "pet3"]);
  });
  it("never hands out a reserved runtime name", () => {
    const names = new NameRegistry(reservedNames(runtimeExportNames()));
    expect(names.claim("ApiError")).toBe("ApiError2");
    expect(names.claim("createClient")).toBe("createClient2");
    expect(names.claim("stream")).toBe("stream2");
    expect(names.claim("EventStream")).toBe("EventStream2");
  });
});

describe("per-operation type names", () => {
  const ref = (key: string): object => ({ $ref: `#/components/schemas/${key}` });
  const json = (schema: object): object => ({ content: { "application/json": { schema } } });
  const object = { type: "object", properties: { id: { type: "string" } } };
  /** The names of `createChatCompletion` (POST /chat) in a spec with these schemas and this operation. */
  function namesOf(schemas: Record<string, object>, operation: Record<string, unknown>): Omit<OperationNames, "function"> {
    const document = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: { "/chat": { post: { operationId: "createChatCompletion", ...operation } } }, components: { schemas } };
    const model = buildModel({ file: "spec.json", sha256: "", document, validated: Promise.resolve(), warnings: [], sources: [] });
    const { function: _function, ...names } = model.operations[0]!.names;
    return names;
  }
  const plain = { params: "CreateChatCompletionParams", body: "CreateChatCompletionBody", response: "CreateChatCompletionResponse", error: "CreateChatCompletionError" };
  const openAi = {
    CreateChatCompletionRequest: object,
    CreateChatCompletionResponse: object,
  };
  const openAiOperation = { requestBody: json(ref("CreateChatCompletionRequest")), responses: { "200": { description: "ok", ...json(ref("CreateChatCompletionResponse")) } } };
  const cases: Array<[string, { given: [Record<string, object>, Record<string, unknown>]; want: Omit<OperationNames, "function"> }]> = [
    ["no schema of those names: the plain names", { given: [{}, { responses: { "200": { description: "ok", ...json(object) } } }], want: plain }],
    ["the response is exactly the schema of that name: its name, no suffix anywhere", { given: [openAi, openAiOperation], want: plain }],
    ["an unrelated schema added changes no name", { given: [{ ...openAi, Unrelated: object, CreateChatCompletion: object }, openAiOperation], want: plain }],
    [
      "a schema of that name that is not the response: only the response is suffixed",
      { given: [{ CreateChatCompletionResponse: object }, { responses: { "200": { description: "ok", ...json(object) } } }], want: { ...plain, response: "CreateChatCompletionResponse2" } },
    ],
    ["a schema named as the Params: only the Params is suffixed", { given: [{ ...openAi, CreateChatCompletionParams: object }, openAiOperation], want: { ...plain, params: "CreateChatCompletionParams2" } }],
    [
      "the body is exactly the schema of that name",
      { given: [{ CreateChatCompletionBody: object }, { requestBody: json(ref("CreateChatCompletionBody")), responses: { "204": { description: "none" } } }], want: plain },
    ],
    [
      "the error is exactly the schema of that name, for every error status",
      {
        given: [{ CreateChatCompletionError: object }, { responses: { "200": { description: "ok" }, "400": { description: "bad", ...json(ref("CreateChatCompletionError")) }, default: { description: "other", ...json(ref("CreateChatCompletionError")) } } }],
        want: plain,
      },
    ],
    [
      "an error of that schema and another: suffixed",
      {
        given: [{ CreateChatCompletionError: object, Other: object }, { responses: { "200": { description: "ok" }, "400": { description: "bad", ...json(ref("CreateChatCompletionError")) }, "500": { description: "other", ...json(ref("Other")) } } }],
        want: { ...plain, error: "CreateChatCompletionError2" },
      },
    ],
    [
      "two successes, one of that schema and one of another: suffixed",
      {
        given: [{ ...openAi, Other: object }, { responses: { "200": { description: "ok", ...json(ref("CreateChatCompletionResponse")) }, "201": { description: "made", ...json(ref("Other")) } } }],
        want: { ...plain, response: "CreateChatCompletionResponse2" },
      },
    ],
    [
      "a success without content beside the schema's: still the schema",
      { given: [openAi, { responses: { "200": { description: "ok", ...json(ref("CreateChatCompletionResponse")) }, "204": { description: "none" } } }], want: plain },
    ],
    [
      "a stream whose events are the schema: the schema",
      { given: [openAi, { responses: { "200": { description: "events", content: { "text/event-stream": { schema: ref("CreateChatCompletionResponse") } } } } }], want: plain },
    ],
    [
      "a text body whose schema has that name is typed by its media type, not the schema: suffixed",
      {
        given: [{ CreateChatCompletionBody: object }, { requestBody: { content: { "text/plain": { schema: ref("CreateChatCompletionBody") } } }, responses: { "204": { description: "none" } } }],
        want: { ...plain, body: "CreateChatCompletionBody2" },
      },
    ],
    [
      "a file response whose schema has that name is a Blob, not the schema: suffixed",
      {
        given: [{ CreateChatCompletionResponse: { type: "string", format: "binary" } }, { responses: { "200": { description: "file", content: { "application/octet-stream": { schema: ref("CreateChatCompletionResponse") } } } } }],
        want: { ...plain, response: "CreateChatCompletionResponse2" },
      },
    ],
    [
      "a body sent through the schema's input view (readOnly properties left out) is not the schema: suffixed",
      {
        given: [{ CreateChatCompletionBody: { type: "object", properties: { id: { type: "string", readOnly: true }, text: { type: "string" } } } }, { requestBody: json(ref("CreateChatCompletionBody")), responses: { "204": { description: "none" } } }],
        want: { ...plain, body: "CreateChatCompletionBody2" },
      },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => expect(namesOf(...given)).toEqual(want));
});

describe("case helpers and package name", () => {
  it.each([
    ["hello world", "helloWorld", "HelloWorld"],
    ["getUserByID", "getUserById", "GetUserById"],
    ["x-rate-limit", "xRateLimit", "XRateLimit"],
  ])("%s", (given, camel, pascal) => {
    expect(camelCase(given)).toBe(camel);
    expect(pascalCase(given)).toBe(pascal);
  });
  it.each([
    ["Pocketflows API", "@pocketflows/client"],
    ["Stripe API", "@stripe/client"],
    ["GitHub v3 REST API", "@github/client"],
    ["", "@api/client"],
  ])("%s → %s", (title, want) => expect(packageName(title)).toBe(want));
});
