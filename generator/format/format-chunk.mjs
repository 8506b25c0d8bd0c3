// Formats one chunk with prettier. Plain JavaScript: the format workers run it too, under any loader.
import * as prettier from "prettier";

/**
 * babel-ts parses declaration files about a quarter faster than the typescript parser and prints them the same, but
 * refuses a few things TypeScript accepts (e.g. `-1[]`, an array of a negative literal); those chunks fall back.
 */
export async function formatChunk(text, options) {
  if (options.parser !== "babel-ts") return prettier.format(text, options);
  try {
    return await prettier.format(text, options);
  } catch {
    return prettier.format(text, { ...options, parser: "typescript" });
  }
}
