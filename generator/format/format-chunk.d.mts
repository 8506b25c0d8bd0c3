// Types for format-chunk.mjs.
import type { Options } from "prettier";

export function formatChunk(text: string, options: Options): Promise<string>;
