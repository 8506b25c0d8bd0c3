// Write stage: update the output folder all or nothing, or (`--check`) compare it with what would be written.
import { mkdir, readFile, readdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTwoFilesPatch } from "diff";
import { GeneratorError } from "../common/errors.js";
import type { EmittedFile } from "../emit/emit-modules.js";
import { GENERATOR_NAME } from "../emit/emit-package.js";

/**
 * Writes `files` as the whole content of `outDir`: all of it lands, or nothing changes. The folder itself is never
 * missing, not even for a moment (a dev server or `tsc --watch` reading it keeps working), and a file whose bytes
 * are the same is not touched, so its watchers see nothing.
 *
 * How: every new or changed file is written into a staging folder beside the output, then a plan naming them and the
 * files to delete. Only a complete plan is applied, file by file, each by a rename (atomic); a run killed while
 * applying it is finished by the next one (`recoverInterruptedWrite`), and one killed before it leaves the output as
 * it was. `onDisk`: the folder's files as `readTree` just read them, when the caller has them (not read again).
 */
export async function writeTree(
  outDir: string,
  files: ReadonlyArray<{ path: string; text: string | Uint8Array }>,
  onDisk?: ReadonlyMap<string, string>,
): Promise<void> {
  const target = path.resolve(outDir);
  await assertFolderOrAbsent(outDir, target);
  // A killed run's plan, finished now, changed the folder after the caller read it.
  const known = (await recoverInterruptedWrite(target)) ? undefined : onDisk;
  await assertOwnedOrEmpty(outDir, target);
  const staging = `${target}.tmp-${process.pid}-${Date.now().toString(36)}`;
  const plan: WritePlan = (await exists(target))
    ? await planUpdate(target, files, known)
    : { write: files.map((file) => file.path), remove: [] };
  const writing = new Set(plan.write);
  try {
    const staged = files.filter((file) => writing.has(file.path));
    // Folders first, then every file at once: one after the other, each write waits a turn of the thread pool.
    for (const folder of new Set(staged.map((file) => path.dirname(path.join(staging, FILES, file.path)))))
      await mkdir(folder, { recursive: true });
    await Promise.all(staged.map((file) => writeFile(path.join(staging, FILES, file.path), file.text)));
    await mkdir(staging, { recursive: true });
    // Written last: its presence says the staged files are complete.
    await writeFile(path.join(staging, PLAN), JSON.stringify(plan));
  } catch (cause) {
    await rm(staging, { recursive: true, force: true });
    throw cause;
  }
  if (!(await exists(target))) {
    // A new folder arrives whole, in one rename.
    await mkdir(path.dirname(target), { recursive: true });
    await rename(path.join(staging, FILES), target).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
      await mkdir(target); // nothing to write
    });
    await rm(staging, { recursive: true, force: true });
    return;
  }
  await applyPlan(staging, target, plan);
}

/** What a write does to an existing output folder: the files to put in place (relative paths), the files to delete. */
interface WritePlan {
  write: string[];
  remove: string[];
}

/** Inside the staging folder: the new files, under their output paths, and the plan (outside that tree). */
const FILES = "files";
const PLAN = "plan.json";

/** The files whose bytes differ from the folder's (or that it lacks), and the folder's files no longer written. */
async function planUpdate(
  target: string,
  files: ReadonlyArray<{ path: string; text: string | Uint8Array }>,
  onDisk: ReadonlyMap<string, string> | undefined,
): Promise<WritePlan> {
  const present = new Set(onDisk?.keys() ?? (await listFiles(target)));
  const write: string[] = [];
  await Promise.all(
    files.map(async (file) => {
      if (present.has(file.path)) {
        const text = onDisk?.get(file.path);
        const have = text === undefined ? await readFile(path.join(target, file.path)) : Buffer.from(text);
        const want = typeof file.text === "string" ? Buffer.from(file.text) : file.text;
        if (have.equals(want)) return;
      }
      write.push(file.path);
    }),
  );
  const kept = new Set(files.map((file) => file.path));
  return { write: write.sort(), remove: [...present].filter((name) => !kept.has(name)).sort() };
}

/**
 * Moves each staged file over its output path and deletes the files the plan removes, then the staging folder.
 * Safe to run again on a plan half applied: a file already moved is no longer staged.
 */
async function applyPlan(staging: string, target: string, plan: WritePlan): Promise<void> {
  for (const relative of plan.write) {
    const from = path.join(staging, FILES, relative);
    const to = path.join(target, relative);
    if (!(await exists(from))) continue;
    await mkdir(path.dirname(to), { recursive: true });
    await rename(from, to);
  }
  for (const relative of plan.remove) {
    await rm(path.join(target, relative), { force: true });
    // Folders left empty by the removal go too (never the output folder itself).
    for (let folder = path.dirname(relative); folder !== "." && (await removeIfEmpty(path.join(target, folder)));)
      folder = path.dirname(folder);
  }
  await rm(staging, { recursive: true, force: true });
}

/** Removes `folder` if it is empty; whether it did. */
function removeIfEmpty(folder: string): Promise<boolean> {
  return rmdir(folder).then(
    () => true,
    () => false,
  );
}

/** `-o` naming a file, or a path through one: said plainly, before anything is written. */
async function assertFolderOrAbsent(outDir: string, target: string): Promise<void> {
  for (let at = target; ; at = path.dirname(at)) {
    const found = await stat(at).catch((error: NodeJS.ErrnoException) =>
      error.code === "ENOENT" || error.code === "ENOTDIR" ? undefined : Promise.reject(error),
    );
    if (found?.isDirectory()) return;
    if (found) {
      const what =
        at === target ? "is a file, not a folder" : `cannot be created: ${shown(at)} is a file, not a folder`;
      throw new GeneratorError(what, { file: outDir, pointer: "" }, "choose a folder with --output");
    }
    if (path.dirname(at) === at) return;
  }
}

/**
 * Finishes or discards what a killed run left beside the output: a staging folder with its plan is applied (the run
 * had decided on it), one without is deleted. An `out.old-*` folder is from a run of an earlier version of this tool,
 * which swapped whole folders: put back when the output is missing, else deleted. Whether the output changed.
 */
async function recoverInterruptedWrite(target: string): Promise<boolean> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const leftovers = (await readdir(parent).catch(() => [] as string[])).filter(
    (name) => name.startsWith(`${base}.old-`) || name.startsWith(`${base}.tmp-`),
  );
  let changed = false;
  for (const name of leftovers.sort()) {
    const full = path.join(parent, name);
    if (name.startsWith(`${base}.old-`) && !(await exists(target))) {
      await rename(full, target);
      changed = true;
    } else if (name.startsWith(`${base}.tmp-`) && (await exists(target))) {
      const plan = await readFile(path.join(full, PLAN), "utf8").then(
        (text) => JSON.parse(text) as WritePlan,
        () => undefined,
      );
      if (plan) await applyPlan(full, target, plan);
      else await rm(full, { recursive: true, force: true });
      changed ||= plan !== undefined;
    } else await rm(full, { recursive: true, force: true });
  }
  return changed;
}

/** Refuses to replace a folder that holds anything but a client we generated. */
async function assertOwnedOrEmpty(outDir: string, target: string): Promise<void> {
  if (!(await exists(target))) return;
  const entries = await readdir(target);
  if (entries.length === 0) return;
  const manifest = await readFile(path.join(target, "operations.json"), "utf8").catch(() => "");
  if (!manifest.includes(`"generator": "${GENERATOR_NAME}"`)) {
    throw new GeneratorError(
      "the output folder exists and was not generated by this tool",
      { file: outDir, pointer: "" },
      "choose an empty or new folder with --output; nothing was changed",
    );
  }
}

/**
 * The files of an output folder by relative path; empty when there is no folder, unless `mustExist` (--check: a
 * missing folder is an error of its own, not a diff of the whole client).
 */
export async function readTree(outDir: string, mustExist = false): Promise<Map<string, string>> {
  const target = path.resolve(outDir);
  if (mustExist) {
    const found = await stat(target).catch(() => undefined);
    if (!found?.isDirectory()) {
      throw new GeneratorError(
        found ? "is a file, not the output folder" : "the output folder does not exist: nothing to check",
        { file: outDir, pointer: "" },
        "generate it first, or pass the folder you generated with --output",
      );
    }
  }
  const files = new Map<string, string>();
  for (const relative of await listFiles(target))
    files.set(relative, await readFile(path.join(target, relative), "utf8"));
  return files;
}

/**
 * Past this many changed lines (added plus removed) in one file, `--check` names the file and the size of the change
 * instead of diffing it: a line diff costs time in proportion to the file's length times its changes, which on a big
 * spec's version jump took longer than generating the client.
 */
export const MAX_DIFF_LINES = 2000;

/** What `--check` found: a unified diff per changed file (labelled under `outDir`), empty when nothing differs. */
export function diffTrees(outDir: string, actual: ReadonlyMap<string, string>, files: readonly EmittedFile[]): string {
  const expected = new Map(files.map((file) => [file.path, file.text]));
  const names = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  const patches: string[] = [];
  for (const name of names) {
    const want = expected.get(name);
    const have = actual.get(name);
    if (want === have) continue;
    const label = path.join(outDir, name);
    const oldName = have === undefined ? "/dev/null" : `a/${label}`;
    const newName = want === undefined ? "/dev/null" : `b/${label}`;
    // Lines that are in one version and not the other (counted with repeats) are a floor on the diff's changes: past
    // the cap, the diff is not even tried.
    const patch =
      changedLinesFloor(have ?? "", want ?? "") > MAX_DIFF_LINES
        ? undefined
        : createTwoFilesPatch(oldName, newName, have ?? "", want ?? "", "", "", {
            context: 3,
            maxEditLength: MAX_DIFF_LINES,
          });
    patches.push(patch ?? tooBigToDiff(oldName, newName, have ?? "", want ?? ""));
  }
  return patches.join("");
}

/** The summary that stands for the diff of a file with more than MAX_DIFF_LINES changed lines. */
function tooBigToDiff(oldName: string, newName: string, have: string, want: string): string {
  const lines = (text: string): number => (text === "" ? 0 : text.split("\n").length);
  return (
    // The header createTwoFilesPatch writes (a rule, then the names each followed by a tab and an empty header).
    `${"=".repeat(67)}\n--- ${oldName}\t\n+++ ${newName}\t\n` +
    `# more than ${MAX_DIFF_LINES} lines differ (${lines(have)} lines → ${lines(want)}): too many to show; ` +
    `generate without --check to write the new version and compare the files\n`
  );
}

/** How many lines one text has that the other lacks, counting repeats: no line diff of the two changes fewer. */
function changedLinesFloor(before: string, after: string): number {
  const counts = new Map<string, number>();
  for (const line of before.split("\n")) counts.set(line, (counts.get(line) ?? 0) + 1);
  for (const line of after.split("\n")) counts.set(line, (counts.get(line) ?? 0) - 1);
  let floor = 0;
  for (const count of counts.values()) floor += Math.abs(count);
  return floor;
}

async function listFiles(root: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === "node_modules") continue;
    if (entry.isDirectory()) files.push(...(await listFiles(root, relative)));
    else files.push(relative);
  }
  return files;
}

/** A path relative to the working directory when it lies inside it, else absolute. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
