// Generated from openapi.json. Runtime from templates/client.ts.
// Do not edit: change the spec and run `npm run generate`.

import type { PaginationSpec } from "./paginate.js";
import type { SecurityApplier } from "./security.js";
import { type BodyEncoder, type ParameterSpec } from "./serialize.js";

/** HTTP Basic credentials. */
export interface BasicCredentials {
  username: string;
  password: string;
}

/** A token, or a function that returns a fresh one for each request (OAuth2, OpenID Connect, API keys). */
export type TokenProvider = string | (() => string | Promise<string>);

/** What the generated `createClient` knows from the spec. */
export interface ClientSpec {
  /** The API's server URL as the spec writes it, `{variables}` included. */
  baseUrl: string;
  /** The other servers that path items or operations name, as the spec writes them. */
  servers?: readonly string[];
  /** The default of each server variable, by server URL. */
  variables?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** What each security scheme does with its credential. */
  securitySchemes: Record<string, SecurityApplier>;
}

/** A request while it is being prepared: parameters and security schemes add to it. */
export interface RequestParts {
  /** The path template, with each path parameter filled in as it is written. */
  path: string;
  /** Header values by lower-case name. */
  headers: Record<string, string>;
  /** Encoded `name=value` pairs. */
  query: string[];
  /** Encoded `name=value` cookie pairs. */
  cookies: string[];
  /** Query pairs that carry a credential; errors and hooks show them redacted. */
  secrets: string[];
}

/** One attempt as it is about to be sent; hooks may add headers. */
export interface RequestInfo {
  operation: string;
  method: string;
  url: string;
  headers: Headers;
  attempt: number;
}

/** One attempt's response, before its body is read. */
export interface ResponseInfo extends RequestInfo {
  response: Response;
}

/** Options that every generated `createClient` accepts. */
export interface BaseClientOptions {
  /** The API's base URL; defaults to the spec's first server. */
  baseUrl?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** The fetch implementation used for every call; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Time allowed for one attempt, from sending to the body being read. Default 60 000. */
  timeoutMs?: number;
  /** How many times a failed call is retried when repeating it is safe. Default 2. */
  maxRetries?: number;
  /**
   * A header (e.g. `"Idempotency-Key"`) that every POST and PATCH sends with a fresh key unless the call gives one;
   * the same key goes with each retry, so such calls are retried like idempotent ones.
   */
  idempotencyHeader?: string;
  /** Operations (by function name) that are safe to repeat although their method is POST or PATCH. */
  idempotentOperations?: readonly string[];
  /** Delay before retry number `attempt` (1-based) when the server gave no Retry-After; for tests and tuning. */
  retryDelayMs?: (attempt: number) => number;
  /** Called before every attempt, retries included. */
  onRequest?: (request: RequestInfo) => void | Promise<void>;
  /** Called after every attempt that got a response, retries included. */
  onResponse?: (info: ResponseInfo) => void | Promise<void>;
  /** Set by the `createClient` of validators.js: checks each call's arguments and its response against the spec. */
  validation?: ValidationHook;
}

/**
 * Checks a call's arguments (throwing before anything is sent) and returns the check of its parsed 2xx body, which
 * throws when the body does not match; undefined when there is nothing to check.
 */
export type ValidationHook = (
  operation: OperationSpec,
  args: RequestArguments,
  options: RequestOptions,
) =>
  | ((
      result: {
        data: unknown;
        response: Response;
      },
      init: {
        method: string;
        url: string;
      },
    ) => void)
  | undefined;

/** How the generated `createClient` of a spec with servers picks them; see its `ClientOptions`. */
export interface ServerOptions {
  /** Replacement base URLs, by server URL as the spec writes it; `baseUrl`, when given, wins over all of them. */
  servers?: Readonly<Record<string, string | undefined>>;
  /** Values for the servers' `{variables}`, over their defaults. */
  serverVariables?: Readonly<Record<string, string | undefined>>;
}

/** Options for a single call. */
export interface RequestOptions {
  /** Cancels the call; an aborted call is never retried. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
  /** Headers merged over the client's headers for this call. */
  headers?: Record<string, string>;
  /** For a client made by validators.js's `createClient`: what to check on this call, over the client's `validate`. */
  validate?: {
    requests?: boolean;
    responses?: boolean;
  };
}

/** A credential for one security scheme. */
export type Credential = BasicCredentials | TokenProvider;

/** A configured client; pass it to any operation function. */
export interface Client {
  /** The options given, with `baseUrl` resolved and header names in lower case. */
  readonly options: Readonly<Omit<BaseClientOptions, "baseUrl" | "headers">> & {
    readonly baseUrl: string;
    readonly headers: Readonly<Record<string, string>>;
  };
  readonly spec: ClientSpec;
  /** The base URL each server of the spec (by its URL as the spec writes it) resolved to, without a trailing slash. */
  readonly serverUrls: Readonly<Record<string, string>>;
  /** Credentials by security scheme name, kept off the enumerable surface so they never get logged. */
  readonly credentials: Readonly<Record<string, Credential | undefined>>;
}

/** Builds a client from the caller's options and the spec's defaults. */
export declare function createClientCore(
  options: BaseClientOptions & ServerOptions,
  spec: ClientSpec,
  credentials: Record<string, Credential | undefined>,
): Client;

/** An HTTP method in upper case. */
export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

/** How the successful response of an operation is read. */
export type ResponseKind = "json" | "text" | "blob" | "void";

/** Everything the generator knows about one operation, passed to `request`. */
export interface OperationSpec {
  id: string;
  method: HttpMethod;
  path: string;
  parameters?: readonly ParameterSpec[];
  /** Body encoders by media type; the first is the default. */
  body?: Readonly<Record<string, BodyEncoder>>;
  /** Multipart: the content type of named parts, from the spec's `encoding`. */
  partContentTypes?: Readonly<Record<string, string>>;
  /**
   * How to read each 2xx the spec declares, by status (`"200"`, `"2XX"`, `"default"`); absent means `{ 200: "json" }`.
   * A 2xx not listed is read by its Content-Type: JSON when it says JSON, `text/*` as text, anything else as a Blob.
   */
  responses?: Readonly<Record<string, ResponseKind>>;
  /** Alternatives of scheme names; `[]` inside means "no credentials needed". */
  security?: readonly (readonly string[])[];
  /** The Accept header: the media types the client reads, of successes and errors alike; absent means JSON only. */
  accept?: string;
  /** Set from `x-idempotent: true`: safe to retry although the method is POST or PATCH. */
  idempotent?: boolean;
  /** How the operation pages, when the generator recognized it as a list. */
  pagination?: PaginationSpec;
  /** The operation's idempotency-key header parameter (lower case): a fresh key is sent when the call gives none. */
  idempotencyKey?: string;
  /** Adds the call's idempotency key (`addIdempotencyKey`), for the operations that may send one. */
  idempotency?: (
    client: Client,
    operation: OperationSpec,
    headers: Record<string, string>,
  ) => boolean;
  /** An operation- or path-level server (one of the client spec's `servers`) that replaces the client's base URL. */
  server?: string;
}

/** The argument groups of a call. */
export interface RequestArguments {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  cookies?: Record<string, unknown>;
  body?: unknown;
  /** The media type to send when the operation accepts several. */
  contentType?: string;
}

/** A server URL template with its variables: the caller's values over the spec's defaults. */
export declare function serverUrl(
  template: string,
  defaults?: Readonly<Record<string, string>>,
  values?: Readonly<Record<string, string | undefined>>,
): string;
