// Types for lint.mjs.
import type { BaseResolver, NormalizedProblem } from "@redocly/openapi-core";

type Config = Awaited<ReturnType<typeof import("@redocly/openapi-core").createConfig>>;

/** The first lint error of a document and how many there are. */
export interface LintSummary {
  count: number;
  ruleId: string;
  message: string;
  suggest: string[];
  /** A JSON pointer with a leading `#`, as Redocly gives it. */
  pointer: string;
  absoluteRef: string | undefined;
  line: number | undefined;
  column: number | undefined;
}

/** What lintParsed needs of a document: the text it came from (for line numbers) and the parsed tree. */
export interface LintInput {
  absolutePath: string;
  text: string;
  mimeType: string;
  parsed: unknown;
}

export function lintConfig(): Promise<Config>;
export function lintParsed(input: LintInput, config: Config, resolver?: BaseResolver): Promise<LintSummary | undefined>;
export function summarizeErrors(problems: NormalizedProblem[]): LintSummary | undefined;
