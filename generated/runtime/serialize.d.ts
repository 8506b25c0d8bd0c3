// Generated from openapi.json (sha256 902eedde25821c8353faa0581172a1b0d7c9ba57711ed3056c70e3d95a67a30e). Runtime from templates/serialize.ts.
// Do not edit: change the spec and run `npm run generate`.

/** Where a parameter goes and how the spec says to write it. */
export interface ParameterSpec {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  style?:
    "simple" | "label" | "matrix" | "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";
  explode?: boolean;
  allowReserved?: boolean;
}

/** How a request body is put on the wire. */
export type BodyKind = "json" | "form" | "multipart" | "binary" | "text";

/** Thrown before anything is sent when an argument would change the meaning of the request. */
export declare class UnsafeArgumentError extends TypeError {
  constructor(message: string);
}

/** Writes one path parameter (simple, label or matrix) with its value percent-encoded. */
export declare function serializePathParameter(spec: ParameterSpec, value: unknown): string;

/** Writes one query parameter as `name=value` pairs (already encoded), one entry per pair. */
export declare function serializeQueryParameter(spec: ParameterSpec, value: unknown): string[];

/** Flattens nested objects and arrays into `a[b][0]=c` pairs, as Stripe-style APIs read them. */
export declare function deepObjectPairs(prefix: string, value: unknown): Array<[string, string]>;

/** Writes a header parameter (simple style); refuses CR and LF, which would start a new header. */
export declare function serializeHeaderValue(name: string, value: unknown): string;

/** Refuses a header value that would split the header block. */
export declare function assertHeaderValue(name: string, text: string): void;

/** Writes a cookie parameter (form style) as `name=value`. */
export declare function serializeCookie(spec: ParameterSpec, value: unknown): string;

/** Builds the fetch body and its content type; multipart leaves the boundary header to fetch. */
export declare function encodeBody(
  kind: BodyKind,
  mediaType: string,
  body: unknown,
  partContentTypes?: Readonly<Record<string, string>>,
): {
  body: BodyInit;
  contentType?: string;
};
