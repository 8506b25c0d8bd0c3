// The load stage's contract with the stages after it: `explainFailure` (an invalid document explains a failure better
// than its consequences), and in watch mode the entries a load validated, returned rather than stored anywhere.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/common/errors.js";
import { generate } from "../../generator/generate.js";
import { documentEntries } from "../../generator/load/lint-delta.js";
import { explainFailure, loadDocument, type LoadedDocument } from "../../generator/load/load-document.js";
import { WORKER_LINT_BYTES } from "../../generator/load/validation-plan.js";
import { tempDir } from "../helpers/cli.js";

const work = tempDir("load-document-");
afterAll(() => work.remove());

function write(name: string, document: unknown): string {
  const file = path.join(work.dir, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

/** A loaded document whose validation settles as given; nothing else of it matters to `explainFailure`. */
function loaded(validated: Promise<void>, pointerOrigin?: (pointer: string) => string): LoadedDocument {
  validated.catch(() => undefined);
  return { file: "spec.json", sha256: "", document: {}, validated, warnings: [], sources: [], pointerOrigin };
}

const invalid = new GeneratorError("can't resolve $ref", { file: "spec.json", pointer: "/paths/~1a/get/responses/200/$ref" });
const later = new GeneratorError("an http security scheme needs a `scheme`", { file: "spec.json", pointer: "/components/securitySchemes/basic" });

describe("explainFailure", () => {
  it("gives the document's own problem when its validation finds one, not the later stage's error", async () => {
    expect(await explainFailure(loaded(Promise.reject(invalid)), later)).toBe(invalid);
  });

  it("gives the later stage's error, as it is, when the document is valid", async () => {
    expect(await explainFailure(loaded(Promise.resolve()), later)).toBe(later);
    const crash = new TypeError("not a GeneratorError");
    expect(await explainFailure(loaded(Promise.resolve()), crash)).toBe(crash);
  });

  it("points into the document the user wrote when it was converted from Swagger 2.0", async () => {
    const origin = (pointer: string): string => pointer.replace("/components/securitySchemes", "/securityDefinitions");
    const explained = await explainFailure(loaded(Promise.resolve(), origin), later);
    expect(explained).toBeInstanceOf(GeneratorError);
    expect((explained as GeneratorError).describe()).toBe(
      new GeneratorError(later.message, { file: "spec.json", pointer: "/securityDefinitions/basic" }, later.hint).describe(),
    );
  });

  it("makes generate report a dangling $ref, found on the lint worker, rather than the model's error it caused", async () => {
    const document = {
      openapi: "3.1.0",
      // Big enough for the lint to run on a worker while the model stage fails.
      info: { title: "Big", version: "1", description: "x".repeat(WORKER_LINT_BYTES) },
      paths: { "/a": { get: { operationId: "a", responses: { "200": { $ref: "#/components/responses/Missing" } } } } },
    };
    const input = write("big-invalid.json", document);
    const error = await generate({ input, output: path.join(work.dir, "out") }).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).pointer).toBe("/paths/~1a/get/responses/200");
  });
});

describe("a load in watch mode", () => {
  const document = {
    openapi: "3.1.0",
    info: { title: "Pets", version: "1" },
    paths: { "/pets": { get: { operationId: "listPets", responses: { "200": { $ref: "#/components/responses/Pets" } } } } },
    components: { responses: { Pets: { description: "pets" } }, schemas: { Pet: { type: "object" } } },
  };

  it("returns the entries it validated, and leaves the session's entries to whoever commits them", async () => {
    const watch = { lastValidEntries: undefined };
    const result = await loadDocument(write("pets.json", document), { watch });
    await result.validated;
    expect(result.validatedEntries).toEqual(documentEntries(document));
    expect(watch.lastValidEntries).toBeUndefined();
  });

  it("lints what changed since the entries it is given: a component edited to a dangling reference is refused", async () => {
    const lastValidEntries = documentEntries(document);
    const edited = { ...document, components: { ...document.components, responses: { Pets: { $ref: "#/components/responses/Gone" } } } };
    const watch = { lastValidEntries };
    const error = await loadDocument(write("pets-edited.json", edited), { watch }).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    // Where a first run's whole-document lint reports it: at the reference that reaches the broken entry.
    expect((error as GeneratorError).pointer).toBe("/paths/~1pets/get/responses/200");
    expect(watch.lastValidEntries).toBe(lastValidEntries);
  });

  it("outside watch mode, cuts no entries", async () => {
    const result = await loadDocument(write("pets-once.json", document));
    await result.validated;
    expect(result.validatedEntries).toBeUndefined();
  });
});
