// The intermediate representation: what the emitters know about an API. Every node carries its JSON pointer.

/** A JSON Schema as the spec wrote it, handed to openapi-typescript as is. */
export type JsonSchema = Record<string, unknown> | boolean;

/** The whole API. */
export interface ApiModel {
  title: string;
  version: string;
  description: string | undefined;
  source: { file: string; sha256: string };
  servers: ServerModel[];
  securitySchemes: SecuritySchemeModel[];
  schemas: SchemaModel[];
  operations: OperationModel[];
  /** Things in the spec that were skipped because they cannot work, each with its pointer. */
  warnings: ModelWarning[];
  /** The bundled document, only for openapi-typescript's `$ref` resolver (discriminators, readOnly lookups). */
  document: Record<string, unknown>;
}

/** A component schema that becomes a named type. */
export interface SchemaModel {
  key: string;
  typeName: string;
  pointer: string;
  schema: JsonSchema;
}

/** A server URL with `{variables}`. */
export interface ServerModel {
  url: string;
  description: string | undefined;
  variables: Array<{ name: string; default: string; enum: string[] | undefined; description: string | undefined }>;
}

/** How a security scheme sends its credential. */
export interface SecuritySchemeModel {
  key: string;
  pointer: string;
  description: string | undefined;
  kind: "basic" | "bearer" | "http" | "apiKey" | "oauth2" | "openIdConnect";
  /** For apiKey: where the key goes and under which name. */
  apiKey: { in: "header" | "query" | "cookie"; name: string } | undefined;
  /** For `http` schemes other than basic and bearer: the scheme word sent before the token. */
  httpScheme: string | undefined;
}

/** Where a parameter goes. */
export type ParameterLocation = "path" | "query" | "header" | "cookie";

/** One parameter, with style and explode resolved to what the spec means. */
export interface ParameterModel {
  name: string;
  in: ParameterLocation;
  required: boolean;
  style: "simple" | "label" | "matrix" | "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";
  explode: boolean;
  allowReserved: boolean;
  description: string | undefined;
  deprecated: boolean;
  schema: JsonSchema;
  pointer: string;
}

/** How a body is encoded or read. */
export type ContentKind = "json" | "form" | "multipart" | "text" | "binary";

/** One media type of a request or response body. */
export interface ContentModel {
  mediaType: string;
  kind: ContentKind;
  schema: JsonSchema | undefined;
  /** Multipart: the content type of each part that names one in the spec's `encoding`. */
  partContentTypes: Record<string, string>;
  pointer: string;
  /**
   * A `text/event-stream` response: `schema` is then that of each event's data (OpenAPI 3.2's `itemSchema` if given).
   */
  events: boolean;
}

/** A request body. */
export interface RequestBodyModel {
  required: boolean;
  description: string | undefined;
  contents: ContentModel[];
  pointer: string;
}

/** One response: a status code, a range (`4XX`) or `default`. */
export interface ResponseModel {
  status: string;
  description: string | undefined;
  contents: ContentModel[];
  /** The names of the headers the response declares, as the spec writes them. */
  headers: string[];
  pointer: string;
}

/** The names an operation is known by in the output. */
export interface OperationNames {
  function: string;
  params: string;
  body: string;
  response: string;
  error: string;
}

/** One operation. */
export interface OperationModel {
  pointer: string;
  method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
  path: string;
  operationId: string | undefined;
  names: OperationNames;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  tags: string[];
  parameters: ParameterModel[];
  requestBody: RequestBodyModel | undefined;
  responses: ResponseModel[];
  /** Alternatives of scheme keys; an empty alternative means no credentials are needed. */
  security: string[][];
  /** `x-idempotent: true`: safe to retry although the method is POST or PATCH. */
  idempotent: boolean;
  /** Path- or operation-level servers; empty when the API's servers apply. */
  servers: ServerModel[];
  /** How a list operation pages, when recognized (`x-pagination` or a known pattern). */
  pagination: PaginationModel | undefined;
  /** A 2xx `text/event-stream`: the call resolves to a stream of events; `json` unless the data is a string. */
  streaming: { json: boolean } | undefined;
  /** The lower-case name of the operation's `Idempotency-Key` header parameter, if it has one. */
  idempotencyKey: string | undefined;
}

/** How an operation pages; the runtime's `PaginationSpec`, and the path to the items for the item type. */
export interface PaginationModel {
  style: "cursor" | "hasMore" | "link" | "offset" | "page";
  param?: string;
  limit?: string;
  items: string[];
  next?: string[];
  hasMore?: string[];
  id?: string;
}

/** Something the generator skipped, and where. */
export interface ModelWarning {
  pointer: string;
  message: string;
}
