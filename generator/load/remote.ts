// Remote input: a spec (and the files its relative `$ref`s name) fetched over http(s), with the headers that
// OPENAPI_CLIENT_INPUT_HEADERS holds sent to the spec's own origin only. Headers and query values are never shown.
import { GeneratorError } from "../common/errors.js";

/** The environment variable whose `Name: value` lines are sent with every request to the input's origin. */
export const INPUT_HEADERS_ENV = "OPENAPI_CLIENT_INPUT_HEADERS";

/** How long one request may take, and how many redirects are followed. */
const TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;

/** Whether `input` names an http(s) URL rather than a file. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** The URL as messages and headers show it: no user info, every query value `[redacted]`, no fragment. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/[?#].*$/s, "");
  }
  const query = [...parsed.searchParams.keys()].map((key) => `${encodeURIComponent(key)}=[redacted]`).join("&");
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query ? `?${query}` : ""}`;
}

/** A document fetched over http(s). */
export interface FetchedText {
  text: string;
  /** The URL the text came from, after redirects: relative `$ref`s are resolved against it. */
  url: string;
  /** From the response's Content-Type, when it says JSON or YAML. */
  mimeType: "application/json" | "application/yaml" | undefined;
}

/**
 * Fetches `url`, following redirects; the input headers go only to `origin` (the input's), never to another host a
 * redirect leads to. Any failure is a GeneratorError naming the URL (redacted) and the HTTP status or network error.
 */
export async function fetchText(url: string, origin: string): Promise<FetchedText> {
  const shown = redactUrl(url);
  const fail = (what: string, hint: string): never => {
    throw new GeneratorError(what, { file: shown, pointer: "" }, hint);
  };
  const headers = inputHeaders();
  let current = url;
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      const sameOrigin = new URL(current).origin === origin;
      response = await fetch(current, {
        headers: sameOrigin ? headers : {},
        redirect: "manual",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (cause) {
      const error = cause as Error & { cause?: { code?: string; message?: string } };
      const reason =
        error.name === "TimeoutError"
          ? `no answer in ${TIMEOUT_MS / 1000} s`
          : (error.cause?.code ?? error.cause?.message ?? error.message);
      return fail(`cannot be fetched (${reason})`, "check the URL and the network");
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel();
      if (redirects === MAX_REDIRECTS) return fail(`more than ${MAX_REDIRECTS} redirects`, "check the URL");
      current = new URL(location, current).href;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      const denied = response.status === 401 || response.status === 403;
      return fail(
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
        denied ? `the server wants credentials: put \`Name: value\` lines in ${INPUT_HEADERS_ENV}` : "check the URL",
      );
    }
    const type = response.headers.get("content-type") ?? "";
    const mimeType = /json/i.test(type) ? "application/json" : /yaml|yml/i.test(type) ? "application/yaml" : undefined;
    return { text: await response.text(), url: current, mimeType };
  }
}

/** The headers OPENAPI_CLIENT_INPUT_HEADERS holds, one `Name: value` per line; a bad line is named by number only. */
function inputHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const lines = (process.env[INPUT_HEADERS_ENV] ?? "").split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):([\t\x20-\x7e\x80-\xff]*)$/.exec(line);
    if (!match) {
      throw new GeneratorError(
        `line ${index + 1} is not a \`Name: value\` header`,
        { file: `$${INPUT_HEADERS_ENV}`, pointer: "" },
        "one header per line, e.g. `Authorization: Bearer …`",
      );
    }
    headers[match[1]!] = match[2]!.trim();
  });
  return headers;
}
