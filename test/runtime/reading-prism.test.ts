// The Accept header against a mock that negotiates by it (Prism on test/fixtures/reading.json): asked for a declared
// error (`Prefer: code=…`), Prism answers it only when Accept lists the error's media type, here problem+json.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { generateToTemp } from "../helpers/generate.js";
import { startPrism, type PrismServer } from "../helpers/prism.js";

type Api = Record<string, (client: unknown, params?: object, options?: object) => Promise<unknown>> & {
  createClient: (options: object) => unknown;
  ApiError: new (...args: never[]) => Error;
};

const SPEC = path.join(ROOT, "test/fixtures/reading.json");
let api: Api;
let prism: PrismServer;
let remove: () => void;

beforeAll(async () => {
  const output = await generateToTemp(SPEC);
  remove = output.remove;
  api = (await import(path.join(output.dir, "index.js"))) as Api;
  prism = await startPrism(SPEC);
});
afterAll(async () => {
  await prism?.stop();
  remove?.();
});

const client = (): unknown => api.createClient({ baseUrl: prism.url, maxRetries: 0 });
const prefer = (code: number): object => ({ headers: { prefer: `code=${code}` } });

describe("a mock that answers by Accept", () => {
  it("gives the JSON success of an operation that also offers XML", async () => {
    expect(await api.getReport!(client(), { path: { id: "r1" } })).toEqual({ id: expect.any(String) });
  });

  it("answers the declared application/problem+json error, which the client reads as the error's body", async () => {
    const error = await api.getReport!(client(), { path: { id: "r1" } }, prefer(404)).catch((e: unknown) => e);
    expect(error, prism.log()).toBeInstanceOf(api.ApiError);
    expect(error).toMatchObject({ status: 404, body: { title: expect.any(String), status: expect.any(Number) } });
    expect((error as { headers: Headers }).headers.get("content-type")).toBe("application/problem+json");
  });

  it("gives the text/csv success, and the problem+json error, of an operation without JSON success", async () => {
    expect(typeof (await api.exportReport!(client(), { path: { id: "r1" } }))).toBe("string");
    const error = await api.exportReport!(client(), { path: { id: "r1" } }, prefer(400)).catch((e: unknown) => e);
    expect(error, prism.log()).toMatchObject({ status: 400, body: { title: expect.any(String) } });
  });
});
