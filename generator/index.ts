// The generator's Node API: the same options and result as the CLI, and GeneratorError for bad input.
export { generate, type GenerateOptions, type GenerateResult } from "./generate.js";
export { GeneratorError, type InputLocation } from "./common/errors.js";
export type { Change } from "./report/compare-clients.js";
export type { Logger } from "./common/log.js";
