// A content-addressed cache of derived text (formatted chunks, compiled modules) under node_modules/.cache:
// a key is the hash of everything the text depends on, so a stale entry can never be read.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { CACHE_DIR } from "../paths.js";

/** The key for text derived from `inputs` (tool versions, options, source text). */
export function cacheKey(...inputs: string[]): string {
  const hash = createHash("sha256");
  for (const input of inputs) hash.update(input).update("\0");
  return hash.digest("hex");
}

/** The cached text for `key` in `area`, or undefined. */
export async function readCached(area: string, key: string): Promise<string | undefined> {
  return readFile(path.join(CACHE_DIR, area, key), "utf8").catch(() => undefined);
}

/** Stores entries; best effort, since a cache that cannot be written only makes the next run slower. */
export async function writeCached(
  area: string,
  entries: ReadonlyArray<readonly [key: string, text: string]>,
): Promise<void> {
  if (entries.length === 0) return;
  const dir = path.join(CACHE_DIR, area);
  try {
    await mkdir(dir, { recursive: true });
    await Promise.all(
      entries.map(async ([key, text]) => {
        const temp = path.join(dir, `${key}.${process.pid}.tmp`);
        await writeFile(temp, text);
        await rename(temp, path.join(dir, key));
      }),
    );
  } catch {
    return; // read-only checkout or full disk: the run itself already succeeded
  }
}
