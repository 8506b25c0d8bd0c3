// The specs the tests and the bench read, kept in the repository: test/specs holds them (big ones brotli-compressed,
// `name.json.br`), and unpackSpecs() writes them, plain, into the git-ignored SPECS folder that everything reads.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Where the specs are stored in the repository (see test/specs/README.md). */
export const PACKED_SPECS = path.join(ROOT, "test/specs");
/** The specs, plain: `real/`, `features/3.0`, `features/3.1`, `pocketflows/`. Filled by unpackSpecs() (vitest's globalSetup). */
export const SPECS = path.join(ROOT, "test/.cache/specs");
/** In the unpacked folder: per file, the sha256 of the stored file it came from, so an unchanged file is not unpacked again. */
const STAMPS = ".stamps.json";
/** The suffix of a stored file that is brotli-compressed. */
export const PACKED_SUFFIX = ".br";

type Stamps = Record<string, { source: string; bytes: number }>;

/** Every stored file under `from` (test/specs), relative to it, sorted (its README.md excluded: it documents the folder). */
export function storedFiles(from = PACKED_SPECS): string[] {
  return readdirSync(from, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !(entry.parentPath === from && entry.name === "README.md"))
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The spec files of one folder of SPECS (`real`, `features/3.0`…), sorted, as absolute paths. */
export function corpusFiles(folder: string): string[] {
  const dir = path.join(SPECS, folder);
  return readdirSync(dir).filter((name) => /\.(json|ya?ml)$/.test(name)).sort().map((name) => path.join(dir, name));
}

/**
 * Makes `to` (SPECS) hold exactly the specs stored in `from` (test/specs), plain. Idempotent and cheap when nothing
 * changed (one hash per stored file); each file is written to a temporary name and renamed into place, so two
 * processes unpacking at once (two vitest runs, the bench) never let a reader see half a file. Returns how many files
 * it wrote.
 */
export function unpackSpecs(from = PACKED_SPECS, to = SPECS): number {
  mkdirSync(to, { recursive: true });
  const before = readStamps(path.join(to, STAMPS));
  const after: Stamps = {};
  let written = 0;
  for (const stored of storedFiles(from)) {
    const bytes = readFileSync(path.join(from, stored));
    const source = createHash("sha256").update(bytes).digest("hex");
    const name = stored.endsWith(PACKED_SUFFIX) ? stored.slice(0, -PACKED_SUFFIX.length) : stored;
    const target = path.join(to, name);
    const stamp = before[name];
    if (stamp?.source === source && existsSync(target) && statSync(target).size === stamp.bytes) {
      after[name] = stamp;
      continue;
    }
    const plain = stored.endsWith(PACKED_SUFFIX) ? brotliDecompressSync(bytes) : bytes;
    writeAtomically(target, plain);
    after[name] = { source, bytes: plain.length };
    written++;
  }
  for (const name of Object.keys(before)) {
    if (!(name in after)) rmSync(path.join(to, name), { force: true });
  }
  if (written > 0 || Object.keys(before).length !== Object.keys(after).length) writeAtomically(path.join(to, STAMPS), JSON.stringify(after, null, 1));
  return written;
}

function readStamps(file: string): Stamps {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Stamps;
  } catch {
    // No stamps yet (first run) or a torn write from an older version: unpack everything again.
    return {};
  }
}

function writeAtomically(file: string, bytes: Uint8Array | string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}
