// The validating client of validators.js over a real loopback server: a request that does not match is refused before
// sending, a 2xx body that does not match rejects with ApiValidationError (issues, status and parsed body kept), and
// `validate` turns either check off for the client or for one call.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { typecheckFolder } from "../helpers/typecheck.js";
import { startServer, type TestServer } from "../helpers/server.js";
import { generateValidators, type ValidatorsModule } from "./helpers.js";

const spec = {
  openapi: "3.1.0",
  info: { title: "Pets", version: "1.0.0" },
  paths: {
    "/pets/{id}": {
      put: {
        operationId: "updatePet",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
          "404": { description: "missing", content: { "application/json": { schema: { type: "object" } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Pet: { type: "object", properties: { name: { type: "string" }, born: { type: "string", format: "date" } }, required: ["name"], additionalProperties: false },
    },
  },
};

type Call = (client: unknown, params: object, options?: object) => Promise<unknown>;
let validators: ValidatorsModule;
let updatePet: Call;
let plainCreateClient: (options: object) => unknown;
let server: TestServer;
let replyBody = "{}";
let remove: () => void;
let dir: string;

beforeAll(async () => {
  const generated = await generateValidators(spec);
  remove = generated.remove;
  dir = generated.dir;
  validators = generated.module;
  const index = (await import(`${generated.dir}/index.js`)) as { updatePet: Call; createClient: (options: object) => unknown };
  updatePet = index.updatePet;
  plainCreateClient = index.createClient;
  server = await startServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(replyBody);
  });
}, 60_000);
afterAll(async () => {
  await server.close();
  remove();
});
beforeEach(() => {
  server.requests.length = 0;
  replyBody = JSON.stringify({ name: "Rex" });
});

describe("the validating client", () => {
  it("sends a call that matches and resolves to a body that matches", async () => {
    const client = validators.createClient({ baseUrl: server.url });
    await expect(updatePet(client, { path: { id: 1 }, body: { name: "Rex", born: "2020-02-29" } })).resolves.toEqual({ name: "Rex" });
    expect(server.requests).toHaveLength(1);
  });

  it("refuses a request that does not match before sending it", async () => {
    const client = validators.createClient({ baseUrl: server.url });
    const error = await updatePet(client, { path: { id: 0 }, body: { name: "Rex", born: "2021-02-29", age: 3 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(validators.ApiValidationError);
    expect(error).toMatchObject({
      name: "ApiValidationError",
      status: undefined,
      method: "PUT",
      issues: [
        { path: ["path", "id"], message: "expected a number >= 1, found 0" },
        { path: ["body", "born"], message: 'expected a date, found "2021-02-29"' },
        { path: ["body", "age"], message: "expected no such property, found one (additionalProperties is false)" },
      ],
    });
    expect((error as Error).message).toContain("PUT /pets/{id} was not sent: its arguments do not match the spec: path.id: expected a number >= 1, found 0");
    expect(server.requests).toHaveLength(0);
  });

  it("rejects a response that does not match with the issues, the status and the parsed body", async () => {
    replyBody = JSON.stringify({ name: 7, extra: true });
    const client = validators.createClient({ baseUrl: server.url });
    const error = await updatePet(client, { path: { id: 1 }, body: { name: "Rex" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(validators.ApiValidationError);
    expect(error).toMatchObject({
      status: 200,
      body: { name: 7, extra: true },
      url: `${server.url}/pets/1`,
      issues: [
        { path: ["name"], message: "expected string, found integer" },
        { path: ["extra"], message: "expected no such property, found one (additionalProperties is false)" },
      ],
    });
    // Not retried: the server answered, and answering again would not change the body.
    expect(server.requests).toHaveLength(1);
  });

  it("checks only what `validate` asks for, on the client and on each call", async () => {
    replyBody = JSON.stringify({ name: 7 });
    const requestsOnly = validators.createClient({ baseUrl: server.url, validate: { responses: false } });
    await expect(updatePet(requestsOnly, { path: { id: 1 }, body: { name: "Rex" } })).resolves.toEqual({ name: 7 });
    await expect(updatePet(requestsOnly, { path: { id: 1 }, body: { name: 1 } })).rejects.toBeInstanceOf(validators.ApiValidationError);
    await expect(updatePet(requestsOnly, { path: { id: 1 }, body: { name: "Rex" } }, { validate: { responses: true } })).rejects.toBeInstanceOf(validators.ApiValidationError);
    const both = validators.createClient({ baseUrl: server.url });
    await expect(updatePet(both, { path: { id: 0 }, body: { name: 1 } }, { validate: { requests: false, responses: false } })).resolves.toEqual({ name: 7 });
  });

  it("leaves a client of the package's own createClient unchecked", async () => {
    replyBody = JSON.stringify({ name: 7 });
    await expect(updatePet(plainCreateClient({ baseUrl: server.url }), { path: { id: 0 }, body: { name: 1 } })).resolves.toEqual({ name: 7 });
  });
});

describe("types", () => {
  it("types each validator by the spec's type, and the client's validate options", () => {
    const usage = path.join(dir, "usage.ts");
    writeFileSync(
      usage,
      `import { createClient, operations, schemas, ApiValidationError, type Issue } from "./validators.js";
import { updatePet } from "./index.js";
import type { Pet } from "./types.js";
const pet: Pet = schemas.Pet.parse({ name: "Rex" });
const result = schemas.Pet.safeParse(pet);
const issues: Issue[] = result.success ? [] : result.issues;
type Output = NonNullable<(typeof schemas.Pet)["~standard"]["types"]>["output"];
const output: Output = pet;
const body: Pet = operations.updatePet.body.parse(output);
const client = createClient({ baseUrl: "http://127.0.0.1", validate: { responses: true, requests: false } });
// @ts-expect-error: the option is \`responses\`
createClient({ validate: { response: true } });
void updatePet(client, { path: { id: 1 }, body }, { validate: { requests: true } }).catch((error: unknown) => error instanceof ApiValidationError && error.issues.length + issues.length);
`,
    );
    expect(typecheckFolder(dir)).toEqual([]);
  });
});

describe("the zod flavour", () => {
  it("gives zod schemas that compose, with the same checks, and a validating client", async () => {
    const generated = await generateValidators(spec, "zod");
    try {
      const zod = generated.module as unknown as {
        schemas: { Pet: { shape: Record<string, unknown>; extend: (shape: object) => { safeParse: (value: unknown) => { success: boolean } }; safeParse: (value: unknown) => { success: boolean; error?: { issues: Array<{ path: unknown[]; message: string }> } } } };
        createClient: (options: object) => unknown;
        ApiValidationError: new (...args: never[]) => Error;
      };
      expect(Object.keys(zod.schemas.Pet.shape)).toEqual(["name", "born"]);
      expect(zod.schemas.Pet.safeParse({ name: "Rex", born: "2020-02-29" }).success).toBe(true);
      expect(zod.schemas.Pet.safeParse({ name: "Rex", born: "2021-02-29", extra: 1 }).error?.issues).toEqual([
        expect.objectContaining({ path: ["born"], message: 'expected a date, found "2021-02-29"' }),
        expect.objectContaining({ path: ["extra"], message: "expected no such property, found one (additionalProperties is false)" }),
      ]);
      expect(zod.schemas.Pet.extend({}).safeParse({ name: 1 }).success).toBe(false);
      const index = (await import(`${generated.dir}/index.js`)) as { updatePet: Call };
      const client = zod.createClient({ baseUrl: server.url });
      replyBody = JSON.stringify({ name: 7 });
      const error = await index.updatePet(client, { path: { id: 1 }, body: { name: "Rex" } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(zod.ApiValidationError);
      expect(error).toMatchObject({ status: 200, issues: [{ path: ["name"] }] });
      await expect(index.updatePet(client, { path: { id: 0 }, body: { name: "Rex" } })).rejects.toMatchObject({ issues: [{ path: ["path", "id"], message: "expected a number >= 1, found 0" }] });
      expect(JSON.parse(readFileSync(path.join(generated.dir, "package.json"), "utf8"))).toMatchObject({ peerDependencies: { zod: "^4.0.0" } });
      expect(typecheckFolder(generated.dir)).toEqual([]);
    } finally {
      generated.remove();
    }
  }, 60_000);
});
