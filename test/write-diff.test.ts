// `--check`'s diff (diffTrees): a unified diff per changed file, and a summary line for a file whose change is too
// big to diff in reasonable time (issue 20: the GitHub 12.0.0 → 19.0.0 pair took minutes).
import { describe, expect, it } from "vitest";
import { MAX_DIFF_LINES, diffTrees } from "../generator/write/write.js";

const lines = (count: number, prefix: string): string => Array.from({ length: count }, (_, index) => `${prefix} ${index};`).join("\n") + "\n";
const file = (path: string, text: string) => ({ path, text, origin: "spec" as const });

describe("diffTrees", () => {
  it("gives a unified diff of a small change", () => {
    const before = lines(100, "line");
    const after = before.replace("line 50;", "line fifty;");
    const diff = diffTrees("out", new Map([["types.d.ts", before]]), [file("types.d.ts", after)]);
    expect(diff).toContain("--- a/out/types.d.ts\t\n+++ b/out/types.d.ts\t\n");
    expect(diff).toContain("-line 50;\n+line fifty;\n");
  });

  it("names a file with more changed lines than the cap instead of diffing it", () => {
    const before = lines(MAX_DIFF_LINES, "old");
    const after = lines(MAX_DIFF_LINES, "new");
    const diff = diffTrees("out", new Map([["types.d.ts", before]]), [file("types.d.ts", after), file("new.js", "x\n")]);
    expect(diff).toContain(`--- a/out/types.d.ts\t\n+++ b/out/types.d.ts\t\n# more than ${MAX_DIFF_LINES} lines differ (${MAX_DIFF_LINES + 1} lines → ${MAX_DIFF_LINES + 1}): too many to show;`);
    expect(diff).not.toContain("-old 1;");
    // The other files are still diffed.
    expect(diff).toContain("--- /dev/null\t\n+++ b/out/new.js\t\n@@ -0,0 +1,1 @@\n+x\n");
  });

  it("caps a change that moves lines (the same lines, in another order) too", () => {
    const before = lines(2 * MAX_DIFF_LINES, "moved");
    const after = before.split("\n").reverse().join("\n");
    const diff = diffTrees("out", new Map([["types.d.ts", before]]), [file("types.d.ts", after)]);
    expect(diff).toMatch(/^=+\n--- a\/out\/types.d.ts\t\n\+\+\+ b\/out\/types.d.ts\t\n# more than \d+ lines differ/);
  });

  it("still diffs a change just under the cap", () => {
    const before = lines(3 * MAX_DIFF_LINES, "kept");
    const after = before.replace(/kept (\d*0);/g, "changed $1;");
    const diff = diffTrees("out", new Map([["types.d.ts", before]]), [file("types.d.ts", after)]);
    expect(diff).not.toContain("# more than");
    expect(diff).toContain("-kept 10;\n+changed 10;");
  });
});
