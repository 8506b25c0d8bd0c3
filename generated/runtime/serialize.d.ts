// Generated from openapi.json. Runtime from templates/serialize.ts.
// Do not edit: change the spec and run `npm run generate`.

import type { RequestParts } from "./client.js";

/** Where a parameter goes and how the spec says to write it. */
export interface ParameterSpec {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  /** The writer for this parameter's location, imported by the operations that need it, so bundles keep only those. */
  write: ParameterWriter;
  style?:
    "simple" | "label" | "matrix" | "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";
  explode?: boolean;
  allowReserved?: boolean;
}

/** Writes one parameter into the request being prepared: its path segment, query pairs, header or cookie. */
export type ParameterWriter = (spec: ParameterSpec, value: unknown, request: RequestParts) => void;

/** Thrown before anything is sent when an argument would change the meaning of the request, or cannot be sent at all. */
export declare class UnsafeArgumentError extends TypeError {}

/** Writes a path parameter in any style: simple, label or matrix, exploded or not. */
export declare const serializePathParameter: ParameterWriter;

/** Writes a path parameter in the default `simple` style; most operations need no other, so bundles keep only this. */
export declare const serializeSimplePathParameter: ParameterWriter;

/** Writes one query parameter as encoded `name=value` pairs. */
export declare const serializeQueryParameter: ParameterWriter;

/** Flattens nested objects and arrays into `a[b][0]=c` pairs, as Stripe-style APIs read them. */
export declare function deepObjectPairs(prefix: string, value: unknown): Array<[string, string]>;

/** Writes a header parameter (simple style); refuses CR and LF, which would start a new header. */
export declare const serializeHeaderValue: ParameterWriter;

/** Copies headers over `target` under lower-case names, refusing values that would split the header block. */
export declare function addHeaders(
  target: Record<string, string>,
  source?: Record<string, string>,
): void;

/** Refuses a header value that would split the header block. */
export declare function assertHeaderValue(name: string, text: string): void;

/** Writes a cookie parameter (form style) as `name=value`. */
export declare const serializeCookie: ParameterWriter;

/** Turns a body into what fetch sends, and its content type (none for multipart: fetch sets the boundary). */
export type BodyEncoder = (
  body: unknown,
  mediaType: string,
  partContentTypes?: Readonly<Record<string, string>>,
) => {
  body: BodyInit;
  contentType?: string;
};

/** JSON and `+json` media types. */
export declare const encodeJson: BodyEncoder;

/** `application/x-www-form-urlencoded`, nested objects and arrays as `a[b][0]=c`. */
export declare const encodeForm: BodyEncoder;

/** `multipart/form-data`: files as parts, arrays as repeated parts, objects as JSON parts, `encoding` types honoured. */
export declare const encodeMultipart: BodyEncoder;

/** `text/*`: a string, number or boolean as its text; anything else is refused rather than sent as `[object Object]`. */
export declare const encodeText: BodyEncoder;

/** Other media types (XML, octet-stream, images…): a Blob, bytes, a stream or a string, sent as they are. */
export declare const encodeBinary: BodyEncoder;
