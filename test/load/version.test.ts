// The version field written as a YAML number (`swagger: 2.0`, `openapi: 3.1`): read as the version it spells, for
// Swagger 2.0 (then converted) and OpenAPI 3.0/3.1 alike; other numbers are still refused with their pointer.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/common/errors.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { tempDir } from "../helpers/cli.js";

const work = tempDir("version-");
afterAll(() => work.remove());

const OPENAPI_BODY = `info:
  title: Numbers
  version: "1"
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        "200":
          description: A pet
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Pet" }
components:
  schemas:
    Pet:
      type: object
      properties:
        name: { type: string }
`;

const SWAGGER_BODY = `info:
  title: Numbers
  version: "1"
host: api.example.com
basePath: /v1
paths:
  /pets/{id}:
    get:
      operationId: getPet
      produces: [application/json]
      parameters:
        - { name: id, in: path, required: true, type: string }
      responses:
        "200":
          description: A pet
          schema: { $ref: "#/definitions/Pet" }
definitions:
  Pet:
    type: object
    properties:
      name: { type: string }
`;

function write(name: string, text: string): string {
  const file = path.join(work.dir, name);
  writeFileSync(file, text);
  return file;
}

describe("a version written as a YAML number", () => {
  it.each([
    ["swagger: 2.0", "2.0"],
    ["swagger: 2", "2"],
  ])("`%s` is Swagger 2.0, converted to OpenAPI 3.0", async (line, name) => {
    const loaded = await loadDocument(write(`swagger-${name}.yaml`, `${line}\n${SWAGGER_BODY}`));
    await loaded.validated;
    expect(loaded.document.openapi).toMatch(/^3\.0\.\d+$/);
    expect(Object.keys((loaded.document.components as { schemas: object }).schemas)).toEqual(["Pet"]);
    expect(loaded.pointerOrigin).toBeDefined();
  });

  it.each([
    ["openapi: 3.0", "3.0.0"],
    ["openapi: 3.1", "3.1.0"],
  ])("`%s` is read as %s", async (line, version) => {
    const loaded = await loadDocument(write(`openapi-${version}.yaml`, `${line}\n${OPENAPI_BODY}`));
    await loaded.validated;
    expect(loaded.document.openapi).toBe(version);
    expect(Object.keys(loaded.document.paths as object)).toEqual(["/pets/{id}"]);
  });

  it("a number in JSON is read the same way", async () => {
    const loaded = await loadDocument(write("numeric.json", '{ "openapi": 3.1, "info": { "title": "x", "version": "1" }, "paths": {} }'));
    await loaded.validated;
    expect(loaded.document.openapi).toBe("3.1.0");
  });

  it.each([
    ["openapi: 3.2", "/openapi", 'unsupported OpenAPI version 3.2'],
    ["openapi: 2", "/openapi", "unsupported OpenAPI version 2"],
    ["swagger: 1.2", "/swagger", "Swagger 1.2 is not supported"],
  ])("`%s` is still refused, at %s", async (line, pointer, message) => {
    const error = await loadDocument(write(`bad-${line.replace(/\W/g, "")}.yaml`, `${line}\n${OPENAPI_BODY}`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error).toMatchObject({ pointer, message });
  });
});
