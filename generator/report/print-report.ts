// The change report as people read it: plain text for the terminal, markdown for a pull request, JSON for tools.
import type { Change } from "./compare-clients.js";

/** `2 breaking, 3 compatible, 1 docs-only change`. */
export function summaryLine(changes: readonly Change[]): string {
  const count = (severity: Change["severity"]): number => changes.filter((entry) => entry.severity === severity).length;
  const docs = count("docs");
  return `${count("breaking")} breaking, ${count("compatible")} compatible, ${docs} docs-only change${docs === 1 ? "" : "s"}`;
}

/** Breaking changes first, then compatible ones, each grouped by operation or type; docs-only changes as a count. */
export function textReport(changes: readonly Change[]): string {
  const lines: string[] = [];
  for (const severity of ["breaking", "compatible"] as const) {
    const listed = changes.filter((entry) => entry.severity === severity);
    if (listed.length === 0) continue;
    lines.push(`${severity === "breaking" ? "Breaking" : "Compatible"} changes:`);
    for (const [group, entries] of groups(listed)) {
      lines.push(`  ${group}`);
      for (const entry of entries)
        lines.push(`    ${entry.kind}${entry.location ? ` at ${entry.location}` : ""}: ${entry.message}`);
    }
    lines.push("");
  }
  const docs = changes.filter((entry) => entry.severity === "docs").length;
  if (docs > 0)
    lines.push(`Docs only: ${docs} declaration${docs === 1 ? "" : "s"} changed only in their comments.`, "");
  lines.push(summaryLine(changes));
  return `${lines.join("\n")}\n`;
}

/** A summary fit for a pull-request comment or `$GITHUB_STEP_SUMMARY`. */
export function markdownReport(changes: readonly Change[], title: string): string {
  const lines = [`### ${title}`, "", `**${summaryLine(changes)}**`, ""];
  for (const severity of ["breaking", "compatible"] as const) {
    const listed = changes.filter((entry) => entry.severity === severity);
    if (listed.length === 0) continue;
    lines.push(
      `#### ${severity === "breaking" ? "⚠️ Breaking" : "Compatible"}`,
      "",
      "| where | change | |",
      "|---|---|---|",
    );
    for (const [group, entries] of groups(listed)) {
      for (const entry of entries)
        lines.push(
          `| ${cell(group)} | \`${entry.kind}\`${entry.location ? ` at \`${cell(entry.location)}\`` : ""} | ${cell(entry.message)} |`,
        );
    }
    lines.push("");
  }
  const docs = changes.filter((entry) => entry.severity === "docs").length;
  if (docs > 0) lines.push(`Docs only: ${docs} declaration${docs === 1 ? "" : "s"}.`, "");
  return `${lines.join("\n")}`;
}

/** The `--report json` object. */
export function jsonReport(changes: readonly Change[], upToDate: boolean): string {
  return `${JSON.stringify({ upToDate, breaking: changes.filter((entry) => entry.severity === "breaking").length, changes }, null, 2)}\n`;
}

function groups(changes: readonly Change[]): Map<string, Change[]> {
  const byGroup = new Map<string, Change[]>();
  for (const entry of changes) {
    const group = entry.schema ? `type ${entry.schema}` : entry.operation ? `operation ${entry.operation}` : "client";
    byGroup.set(group, [...(byGroup.get(group) ?? []), entry]);
  }
  return byGroup;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
