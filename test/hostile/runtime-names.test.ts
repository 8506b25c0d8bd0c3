// A spec whose operations and schemas take the runtime's own names: every module still loads in Node, and the
// package entry exports the runtime's symbols and the spec's, the latter renamed by the collision rule.
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { ROOT, tempDir } from "../helpers/cli.js";
import { typecheckFolder } from "../helpers/typecheck.js";

const SPEC = path.join(ROOT, "test/hostile/specs/ok-runtime-names.json");
const work = tempDir("runtime-names-");
const output = path.join(work.dir, "client");
afterAll(() => work.remove());
beforeAll(async () => {
  await generate({ input: SPEC, output });
}, 60_000);

describe("a spec that uses the runtime's names", () => {
  it("generates modules that all load in Node", () => {
    const modules = [...readdirSync(output), ...readdirSync(path.join(output, "runtime")).map((name) => `runtime/${name}`)].filter((name) => name.endsWith(".js"));
    expect(modules).toContain("operations.js");
    // In a Node process of its own: vitest's module runner rewrites imports, and would not see two bindings of a name.
    const script = modules.map((module) => `await import(${JSON.stringify(pathToFileURL(path.join(output, module)).href)});`).join("\n");
    const result = spawnSync(process.execPath, ["--input-type=module", "--eval", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("exports the runtime's values and the spec's operations, renamed, from the entry", async () => {
    const entry = (await import(pathToFileURL(path.join(output, "index.js")).href)) as Record<string, unknown>;
    for (const name of ["createClient", "ApiError", "ApiConnectionError", "isApiError", "stream2", "paginate2", "request2", "createClient2"]) {
      expect(typeof entry[name], name).toBe("function");
    }
    expect(entry.stream).toBeUndefined();
    expect(entry.paginate).toBeUndefined();
    const ApiError = entry.ApiError as new (message: string, init: { method: string; url: string; status: number }) => Error & { status: number };
    expect(new ApiError("failed", { method: "GET", url: "https://x.test/", status: 500 })).toMatchObject({ status: 500 });
  });

  it("exports the runtime's types and the spec's schemas, renamed, and they type-check", () => {
    const usage = path.join(output, "usage.ts");
    writeFileSync(
      usage,
      [
        'import { ApiError, createClient, createClient2, paginate2, stream2, type ApiError2, type ApiPromise, type ApiPromise2, type Client, type Client2 } from "./index.js";',
        'import type { EventStream, EventStream2, PagePromise, PagePromise2, PageItem2, ServerSentEvent2 } from "./index.js";',
        "const client: Client = createClient();",
        "const spec: ApiError2 = { code: 1 };",
        "const seats: Client2 = { seats: 2 };",
        "const promised: ApiPromise2 = { promised: true };",
        'const page: PagePromise2 = { data: [promised], next_cursor: "c" };',
        'const topic: EventStream2 = { topic: "t" };',
        "const empty: [PageItem2, ServerSentEvent2] = [{}, {}];",
        "const pages: PagePromise<PagePromise2, ApiPromise2> = paginate2(client);",
        "const events: ApiPromise<EventStream<EventStream2>> = stream2(client);",
        "const error: ApiError<ApiError2> | undefined = undefined;",
        "// @ts-expect-error the runtime's ApiError is not the spec's",
        "const wrong: ApiError = { code: 1 };",
        "// @ts-expect-error createClient2 is the spec's operation, not the runtime's factory",
        "const notClient: Client = createClient2(client);",
        "export { spec, seats, page, topic, empty, pages, events, error, wrong, notClient };",
        "",
      ].join("\n"),
    );
    expect(typecheckFolder(output)).toEqual([]);
  });
});
