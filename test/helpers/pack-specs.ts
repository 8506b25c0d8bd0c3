// For maintainers: (re)builds test/specs from a specs folder outside the repository, the copies the tests and the
// bench read. `npx tsx test/helpers/pack-specs.ts <folder>`; commit what it changes. Nothing else reads that folder.
// A file of PACK_FROM bytes or more is stored brotli-compressed (`name.json.br`, deterministic for the same input);
// a smaller one stays plain, so it can be read and diffed in the repository.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { PACKED_SPECS, PACKED_SUFFIX, storedFiles, unpackSpecs } from "./specs-store.js";

/** Files at least this big are compressed. */
const PACK_FROM = 64 * 1024;
/** What is copied: folders of the source, relative to it, and where each goes under test/specs. */
const COPIED: Array<{ from: string; to: string; only?: string[] }> = [
  { from: "specs/real", to: "real" },
  { from: "specs/features/3.0", to: "features/3.0" },
  { from: "specs/features/3.1", to: "features/3.1" },
  { from: "pocketflows", to: "pocketflows", only: ["extra-operations.json"] },
];

function packSpecs(source: string): void {
  const kept = new Set<string>();
  for (const { from, to, only } of COPIED) {
    const dir = path.join(source, from);
    for (const name of readdirSync(dir).filter((file) => /\.(json|ya?ml)$/.test(file) && (!only || only.includes(file))).sort()) {
      const bytes = readFileSync(path.join(dir, name));
      const packed = bytes.length >= PACK_FROM;
      const stored = path.join(to, packed ? name + PACKED_SUFFIX : name);
      mkdirSync(path.join(PACKED_SPECS, to), { recursive: true });
      writeFileSync(path.join(PACKED_SPECS, stored), packed ? compress(bytes) : bytes);
      kept.add(stored);
    }
  }
  for (const stored of storedFiles().filter((file) => !kept.has(file))) rmSync(path.join(PACKED_SPECS, stored));
  process.stdout.write(`test/specs: ${kept.size} files from ${source}; ${unpackSpecs()} unpacked into the test cache\n`);
}

function compress(bytes: Buffer): Buffer {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

const from = process.argv[2];
if (from === undefined) {
  process.stderr.write("usage: npx tsx test/helpers/pack-specs.ts <folder with specs/real, specs/features and pocketflows>\n");
  process.exit(2);
}
packSpecs(path.resolve(from));
