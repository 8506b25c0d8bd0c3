// --mocks msw: the same answers as createMockFetch, as MSW handlers, with setupServer from msw/node intercepting the
// client's real fetch (the global one, patched by MSW: no fetch is injected here).
import { symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { ROOT, tempDir } from "../helpers/cli.js";
import { typecheckFolder } from "../helpers/typecheck.js";

type Api = Record<string, (client: unknown, params?: object) => Promise<unknown>> & { createClient: (options?: object) => unknown; ApiError: new (...args: never[]) => Error };
interface MswMocks {
  createMswHandlers: (options?: { handlers?: Record<string, (request: Request, input: { params: Record<string, string>; body: unknown }) => unknown> }) => unknown[] & { calls: Array<{ operation: string | undefined; params: Record<string, string> }> };
}

const temp = tempDir("mocks-msw-");
const dir = path.join(temp.dir, "client");
let api: Api;
let msw: MswMocks;
let examples: Record<string, { response?: unknown }>;
let reply: (status: number, body?: unknown) => unknown;

beforeAll(async () => {
  await generate({ input: path.join(ROOT, "test/fixtures/runtime.json"), output: dir, mocks: "msw" });
  // The generated package imports msw as its user's dependency: here, this repository's.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(temp.dir, "node_modules"), "dir");
  api = (await import(path.join(dir, "index.js"))) as Api;
  msw = (await import(path.join(dir, "mocks-msw.js"))) as MswMocks;
  ({ examples, reply } = (await import(path.join(dir, "mocks.js"))) as { examples: typeof examples; reply: typeof reply });
}, 120_000);
afterAll(() => temp.remove());

describe("createMswHandlers", () => {
  it("answers the client's real requests with the example data and a handler's typed error, and records them", async () => {
    const { setupServer } = await import("msw/node");
    const handlers = msw.createMswHandlers({ handlers: { deleteThing: (_request, { params }) => reply(409, { message: `${params.id} is in use` }) } });
    const server = setupServer(...(handlers as unknown as never[]));
    server.listen({ onUnhandledRequest: "error" });
    try {
      const client = api.createClient({ maxRetries: 0 });
      expect(await api.getThing!(client, { path: { id: "7" } })).toEqual(examples.getThing!.response);
      const error = (await api.deleteThing!(client, { path: { id: "7" } }).catch((caught: unknown) => caught)) as { status: number; body: unknown };
      expect(error).toBeInstanceOf(api.ApiError);
      expect(error.status).toBe(409);
      expect(error.body).toEqual({ message: "7 is in use" });
      expect(handlers.calls.map((call) => [call.operation, call.params])).toEqual([
        ["getThing", { id: "7" }],
        ["deleteThing", { id: "7" }],
      ]);
    } finally {
      server.close();
    }
  });

  it("declares msw as a peer dependency, and type-checks against msw's types", async () => {
    const pkg = (await import(path.join(dir, "package.json"), { with: { type: "json" } })).default as { peerDependencies?: Record<string, string> };
    expect(pkg.peerDependencies).toEqual({ msw: "^2.0.0" });
    writeFileSync(path.join(dir, "consumer.ts"), [`import { setupServer } from "msw/node";`, `import { createMswHandlers } from "./mocks-msw.js";`, `export const server = setupServer(...createMswHandlers());`].join("\n"));
    expect(typecheckFolder(dir)).toEqual([]);
  });
});
