// Swagger 2.0 input, converted with swagger2openapi: body and formData parameters (files as Blob), collectionFormat,
// x-nullable, host/basePath/schemes as the server, securityDefinitions; errors point into the 2.0 document.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/common/errors.js";
import { generate } from "../../generator/generate.js";
import { ROOT, tempDir } from "../helpers/cli.js";
import { generateToTemp } from "../helpers/generate.js";
import { startServer, type TestServer } from "../helpers/server.js";
import { typecheckFolder } from "../helpers/typecheck.js";

type Call = (client: unknown, params?: object) => Promise<unknown>;
type Api = Record<string, Call> & { createClient: (options?: object) => { options: { baseUrl: string } } };
const FIXTURE = path.join(ROOT, "test/fixtures/swagger2.json");
let api: Api;
let output: { dir: string; remove: () => void };
let server: TestServer;
const work = tempDir("swagger-");

beforeAll(async () => {
  output = await generateToTemp(FIXTURE);
  api = (await import(path.join(output.dir, "index.js"))) as Api;
  server = await startServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end("[]");
  });
});
afterAll(async () => {
  await server.close();
  output.remove();
  work.remove();
});

describe("Swagger 2.0", () => {
  it("generates a client that compiles, with host + basePath + scheme as the server", () => {
    expect(typecheckFolder(output.dir)).toEqual([]);
    expect(api.createClient().options.baseUrl).toBe("https://api.example.com/v2");
    const types = readFileSync(path.join(output.dir, "types.d.ts"), "utf8");
    expect(types).toContain("tag?: string | null;"); // x-nullable
    expect(types).toMatch(/export interface UploadPhotoBody \{\n {2}\/\*\* Format: binary \*\/\n {2}file: Blob;\n {2}caption\?: string;\n\}/);
  });

  it("sends body, formData files, collectionFormat csv and multi, Basic auth and the API key as the spec says", async () => {
    const client = api.createClient({ baseUrl: server.url, auth: { basic: { username: "u", password: "p" }, key: "k-1" } });
    await api.listPets!(client, { query: { tags: ["a", "b"], ids: [1, 2] } });
    await api.createPet!(client, { body: { id: "p1", tag: null } });
    await api.uploadPhoto!(client, { path: { id: "p1" }, body: { file: new Blob(["png"], { type: "image/png" }), caption: "hi" } });
    const [list, create, upload] = server.requests;
    expect(list!.url).toBe("/pets?tags=a,b&ids=1&ids=2");
    expect(list!.headers.authorization).toBe(`Basic ${btoa("u:p")}`);
    expect(JSON.parse(create!.body.toString())).toEqual({ id: "p1", tag: null });
    expect(upload!.headers["x-key"]).toBe("k-1");
    expect(upload!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload!.body.toString()).toContain('name="file"');
    expect(upload!.body.toString()).toContain("png");
  });

  it("reports a problem at its pointer in the 2.0 document, not in the converted one", async () => {
    const spec = JSON.parse(readFileSync(FIXTURE, "utf8"));
    spec.definitions.Pet.properties.owner = { $ref: "#/definitions/Owner" };
    const input = path.join(work.dir, "broken.json");
    writeFileSync(input, JSON.stringify(spec));
    const error = await generate({ input, output: path.join(work.dir, "out") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).describe()).toMatch(new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}#/definitions/Pet/properties/owner: Can't resolve \\$ref`));
  });

  it("refuses a remote $ref in a 2.0 document before converting it", async () => {
    const spec = JSON.parse(readFileSync(FIXTURE, "utf8"));
    spec.definitions.Pet.properties.owner = { $ref: "https://example.com/owner.json" };
    const input = path.join(work.dir, "remote.json");
    writeFileSync(input, JSON.stringify(spec));
    await expect(generate({ input, output: path.join(work.dir, "out") })).rejects.toMatchObject({ pointer: "/definitions/Pet/properties/owner/$ref" });
  });
});
