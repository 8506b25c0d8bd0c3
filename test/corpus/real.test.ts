// Real-world APIs (Stripe, GitHub, Kubernetes…): no list of expected failures.
import { describe } from "vitest";
import { corpusTests } from "../helpers/corpus.js";

describe("real-world specs", () => corpusTests("real"));
