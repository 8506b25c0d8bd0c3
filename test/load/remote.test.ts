// Remote input: `-i http://…/openapi.yaml` fetched with the headers of OPENAPI_CLIENT_INPUT_HEADERS, its relative
// `$ref`s fetched from the same origin, errors naming the HTTP status and the URL with query values redacted; no
// header or query secret reaches the output or the messages. A real CLI against loopback servers.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir, type CliResult } from "../helpers/cli.js";
import { startServer, type RecordedRequest, type TestServer } from "../helpers/server.js";

const TOKEN = "Bearer s3cret-token";
const QUERY_SECRET = "q-s3cret";
const FIXTURE = path.join(ROOT, "test/fixtures/multi-file");
const work = tempDir("remote-");
let server: TestServer;
let elsewhere: TestServer;

beforeAll(async () => {
  elsewhere = await startServer((request, response) => {
    response.writeHead(200, { "content-type": "application/yaml" });
    response.end(readFileSync(path.join(FIXTURE, path.basename(new URL(request.url, "http://localhost").pathname))));
  });
  server = await startServer((request, response) => {
    const url = new URL(request.url, "http://localhost");
    if (url.pathname === "/moved/openapi.yaml") {
      response.writeHead(302, { location: `${elsewhere.url}/openapi.yaml` });
      return void response.end();
    }
    if (request.headers.authorization !== TOKEN) {
      response.writeHead(401, { "content-type": "text/plain" });
      return void response.end("no");
    }
    // /specs/ serves the fixture's files; /broken/ all but schemas.yaml.
    const [, folder, file] = /^\/(specs|broken)\/(openapi|schemas|parameters)\.yaml$/.exec(url.pathname) ?? [];
    if (file === undefined || (folder === "broken" && file === "schemas")) {
      response.writeHead(404, { "content-type": "text/plain" });
      return void response.end("gone");
    }
    response.writeHead(200, { "content-type": "application/yaml" });
    response.end(readFileSync(path.join(FIXTURE, `${file}.yaml`)));
  });
});
afterAll(async () => {
  await server.close();
  await elsewhere.close();
  work.remove();
});

/** The CLI in a child process (asynchronous: the servers answer from this process). */
function cli(args: string[], headers?: string): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", OPENAPI_CLIENT_COMMAND: "openapi-client" };
  if (headers === undefined) delete env.OPENAPI_CLIENT_INPUT_HEADERS;
  else env.OPENAPI_CLIENT_INPUT_HEADERS = headers;
  const child = spawn(process.execPath, [path.join(ROOT, "generator/start/run.mjs"), ...args], { cwd: work.dir, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status: status ?? -1, stdout, stderr })));
}

function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), "utf8"))
    .join("\n");
}

const requestsTo = (prefix: string): RecordedRequest[] => server.requests.filter((request) => request.url.startsWith(prefix));

describe("an http(s) URL as input", () => {
  it("is fetched with the headers from OPENAPI_CLIENT_INPUT_HEADERS, its relative $refs too, and no secret is written", async () => {
    const input = `${server.url}/specs/openapi.yaml?key=${QUERY_SECRET}`;
    const result = await cli(["-i", input, "-o", "out"], `Authorization: ${TOKEN}\nX-Trace: 1\n`);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const fetched = requestsTo("/specs/").map((request) => [request.url.replace(/\?.*/, ""), request.headers.authorization, request.headers["x-trace"]]);
    expect(fetched).toEqual(
      expect.arrayContaining([
        ["/specs/openapi.yaml", TOKEN, "1"],
        ["/specs/schemas.yaml", TOKEN, "1"],
        ["/specs/parameters.yaml", TOKEN, "1"],
      ]),
    );
    const types = readFileSync(path.join(work.dir, "out/types.d.ts"), "utf8");
    expect(types).toContain("export interface Pet {");
    expect(types.split("\n")[0]).toBe("// Generated from openapi.yaml.");
    expect(types.split("\n")[1]).toBe(`// Do not edit: change the spec and run \`openapi-client -i '${server.url}/specs/openapi.yaml?key=[redacted]' -o out\`.`);
    const written = allText(path.join(work.dir, "out"));
    expect(written + result.stdout + result.stderr).not.toContain("s3cret"); // neither the header's nor the query's
  });

  it("names the HTTP status and the URL with its query redacted, and hints at the header variable on 401", async () => {
    const result = await cli(["-i", `${server.url}/specs/openapi.yaml?key=${QUERY_SECRET}`, "-o", "denied"]);
    expect(result.stderr).toBe(`error: ${server.url}/specs/openapi.yaml?key=[redacted]#: HTTP 401 Unauthorized (the server wants credentials: put \`Name: value\` lines in OPENAPI_CLIENT_INPUT_HEADERS)\n`);
    expect(result.status).toBe(1);
  });

  it("a relative $ref the server cannot give names the file, its status and the $ref's pointer", async () => {
    const result = await cli(["-i", `${server.url}/broken/openapi.yaml`, "-o", "broken"], `Authorization: ${TOKEN}`);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: http:\/\/127\.0\.0\.1:\d+\/broken\/openapi\.yaml#\/paths\/~1pets\/get\/responses\/200\/content\/application~1json\/schema\/items .*HTTP 404/);
    expect(result.stderr).toContain(`${server.url}/broken/schemas.yaml`);
  });

  it("a server that cannot be reached is said so, as a plain error", async () => {
    const result = await cli(["-i", "http://127.0.0.1:9/openapi.yaml?token=abc", "-o", "unreachable"]);
    expect(result.stderr).toMatch(/^error: http:\/\/127\.0\.0\.1:9\/openapi\.yaml\?token=\[redacted\]#: cannot be fetched \(.+\) \(check the URL and the network\)\n$/);
    expect(result.status).toBe(1);
  });

  it("follows a redirect, resolves the $refs against where it led, and sends the headers to the input's origin only", async () => {
    const result = await cli(["-i", `${server.url}/moved/openapi.yaml`, "-o", "moved"], `Authorization: ${TOKEN}`);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(elsewhere.requests.map((request) => request.url).sort()).toEqual(["/openapi.yaml", "/parameters.yaml", "/schemas.yaml"]);
    expect(elsewhere.requests.map((request) => request.headers.authorization)).toEqual([undefined, undefined, undefined]);
    expect(readFileSync(path.join(work.dir, "moved/types.d.ts"), "utf8")).toContain("export interface Pet {");
  });

  it("a bad line in OPENAPI_CLIENT_INPUT_HEADERS is named by number, its text never shown", async () => {
    const result = await cli(["-i", `${server.url}/specs/openapi.yaml`, "-o", "badheader"], `Authorization ${TOKEN}`);
    expect(result.stderr).toBe("error: $OPENAPI_CLIENT_INPUT_HEADERS#: line 1 is not a `Name: value` header (one header per line, e.g. `Authorization: Bearer …`)\n");
    expect(result.status).toBe(1);
  });
});
