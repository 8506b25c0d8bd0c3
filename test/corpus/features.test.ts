// One feature per spec (3.0 and 3.1); small, so the emitted TypeScript sources are type-checked too.
import { describe } from "vitest";
import { corpusTests } from "../helpers/corpus.js";

describe("feature specs, OpenAPI 3.0", () => corpusTests("features/3.0", { checkSources: true }));
describe("feature specs, OpenAPI 3.1", () => corpusTests("features/3.1", { checkSources: true }));
