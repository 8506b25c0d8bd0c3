import { describe, expect, it } from "vitest";
import { runtimeExportNames } from "../../generator/runtime.js";
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
  it("claims a group of endings under one stem", () => {
    const names = new NameRegistry(["GetPetBody"]);
    expect(names.claimGroup("GetPet", ["Params", "Body"])).toBe("GetPet2");
    expect(names.claim("GetPet2Params")).toBe("GetPet2Params2");
  });
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
