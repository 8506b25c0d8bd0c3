// Reads one operation into the IR: parameters (merged with the path item's), body, responses, security.
import { GeneratorError } from "../common/errors.js";
import { pointerSegment } from "../common/json-pointer.js";
import { isObject } from "../common/walk.js";
import { resolveObject } from "./resolve.js";
import type {
  ContentKind,
  ContentModel,
  JsonSchema,
  ParameterLocation,
  ParameterModel,
  RequestBodyModel,
  ResponseModel,
} from "./types.js";

/** What an operation reader needs from the document around it. */
export interface OperationContext {
  file: string;
  document: Record<string, unknown>;
  /** The document-level `security`, applied where an operation has none. */
  defaultSecurity: string[][];
  /** Records something skipped because it cannot work. */
  warn(pointer: string, message: string): void;
}

const LOCATIONS: readonly ParameterLocation[] = ["path", "query", "header", "cookie"];
const DEFAULT_STYLE: Record<ParameterLocation, ParameterModel["style"]> = {
  path: "simple",
  query: "form",
  header: "simple",
  cookie: "form",
};
const STYLES_BY_LOCATION: Record<ParameterLocation, readonly string[]> = {
  path: ["simple", "label", "matrix"],
  query: ["form", "spaceDelimited", "pipeDelimited", "deepObject"],
  header: ["simple"],
  cookie: ["form"],
};

/** Reads a parameter list, resolving `$ref`s; later entries with the same name and location replace earlier ones. */
export function readParameters(
  context: OperationContext,
  list: unknown,
  pointer: string,
  into: Map<string, ParameterModel>,
): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) throw new GeneratorError("`parameters` must be an array", { file: context.file, pointer });
  list.forEach((entry, index) => {
    const parameter = readParameter(context, entry, `${pointer}/${index}`);
    if (parameter) into.set(`${parameter.in}:${parameter.name}`, parameter);
  });
}

function readParameter(context: OperationContext, entry: unknown, at: string): ParameterModel | undefined {
  const { value, pointer } = resolveObject(context.file, context.document, entry, at);
  const where = { file: context.file, pointer };
  const location = value.in as ParameterLocation;
  if (typeof value.name !== "string")
    throw new GeneratorError("parameter has no `name`", where, "every parameter needs a name");
  if (value.name === "") {
    // Real specs (Notion's) carry such placeholders; a parameter without a name cannot be sent, so it is left out.
    context.warn(pointer, "parameter with an empty name left out");
    return undefined;
  }
  if (!LOCATIONS.includes(location)) {
    throw new GeneratorError(
      `parameter "${value.name}" has an invalid \`in\`: ${JSON.stringify(value.in)}`,
      where,
      "use path, query, header or cookie",
    );
  }
  const style = (value.style as ParameterModel["style"] | undefined) ?? DEFAULT_STYLE[location];
  if (!STYLES_BY_LOCATION[location].includes(style)) {
    throw new GeneratorError(
      `style "${style}" is not allowed for a ${location} parameter`,
      { ...where, pointer: `${pointer}/style` },
      `use one of ${STYLES_BY_LOCATION[location].join(", ")}`,
    );
  }
  return {
    name: value.name,
    in: location,
    required: location === "path" || value.required === true,
    style,
    explode: typeof value.explode === "boolean" ? value.explode : style === "form",
    allowReserved: value.allowReserved === true,
    description: textOf(value.description),
    deprecated: value.deprecated === true,
    schema: parameterSchema(value),
    pointer,
  };
}

function parameterSchema(parameter: Record<string, unknown>): JsonSchema {
  if (isObject(parameter.schema) || typeof parameter.schema === "boolean") return parameter.schema;
  // A parameter may describe itself with `content` instead of `schema`; its one media type holds the schema.
  const content = isObject(parameter.content) ? Object.values(parameter.content)[0] : undefined;
  return isObject(content) && isObject(content.schema) ? content.schema : {};
}

/** Methods whose requests carry no body: fetch refuses one, and HTTP gives it no meaning. */
const BODYLESS_METHODS = new Set(["get", "head"]);

/** Reads a request body; a GET or HEAD one is left out, with a warning, since it cannot be sent. */
export function readRequestBody(
  context: OperationContext,
  entry: unknown,
  at: string,
  method: string,
): RequestBodyModel | undefined {
  if (entry === undefined) return undefined;
  if (BODYLESS_METHODS.has(method.toLowerCase())) {
    context.warn(
      at,
      `a ${method.toUpperCase()} request cannot have a body (fetch refuses one); the requestBody is left out`,
    );
    return undefined;
  }
  const { value, pointer } = resolveObject(context.file, context.document, entry, at);
  return {
    required: value.required === true,
    description: textOf(value.description),
    contents: readContents(value.content, `${pointer}/content`, "request"),
    pointer,
  };
}

/** Reads the responses object in document order. */
export function readResponses(context: OperationContext, entry: unknown, at: string): ResponseModel[] {
  if (entry === undefined) return [];
  if (!isObject(entry)) throw new GeneratorError("`responses` must be an object", { file: context.file, pointer: at });
  return Object.entries(entry)
    .filter(([status]) => !status.startsWith("x-"))
    .map(([status, response]) => {
      const { value, pointer } = resolveObject(
        context.file,
        context.document,
        response,
        `${at}/${pointerSegment(status)}`,
      );
      const headers = isObject(value.headers) ? Object.keys(value.headers) : [];
      return {
        status: status.toUpperCase() === status ? status : status.toLowerCase(),
        description: textOf(value.description),
        contents: readContents(value.content, `${pointer}/content`, "response"),
        headers,
        pointer,
      };
    });
}

function readContents(content: unknown, pointer: string, side: "request" | "response"): ContentModel[] {
  if (!isObject(content)) return [];
  return Object.entries(content).map(([mediaType, media]) => {
    const events = side === "response" && /^text\/event-stream\b/i.test(mediaType);
    const schemaOf = (value: unknown): JsonSchema | undefined =>
      isObject(value) || typeof value === "boolean" ? value : undefined;
    // The schema of a stream is that of each event: `itemSchema` (OpenAPI 3.2) where given.
    const schema = isObject(media)
      ? ((events ? schemaOf(media.itemSchema) : undefined) ?? schemaOf(media.schema))
      : undefined;
    const encoding = isObject(media) && isObject(media.encoding) ? media.encoding : {};
    const partContentTypes = Object.fromEntries(
      Object.entries(encoding).flatMap(([part, value]) =>
        isObject(value) && typeof value.contentType === "string" ? [[part, value.contentType]] : [],
      ),
    );
    return {
      mediaType,
      kind: contentKind(mediaType, schema, side),
      schema,
      partContentTypes,
      pointer: `${pointer}/${pointerSegment(mediaType)}`,
      events,
    };
  });
}

/** Classifies a media type by how its bytes are written or read. */
export function contentKind(
  mediaType: string,
  schema: JsonSchema | undefined,
  side: "request" | "response",
): ContentKind {
  const type = mediaType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/json" || /^[a-z]+\/([\w.-]+\+)?json$/.test(type) || type.endsWith("+json")) return "json";
  if (type === "application/x-www-form-urlencoded") return "form";
  if (type.startsWith("multipart/")) return "multipart";
  if (type.startsWith("text/")) return "text";
  if (type === "*/*" && side === "response" && !isBinarySchema(schema)) return "json";
  return "binary";
}

function isBinarySchema(schema: JsonSchema | undefined): boolean {
  return (
    isObject(schema) &&
    (schema.format === "binary" ||
      schema.format === "byte" ||
      (schema.type === "string" && schema.format === undefined))
  );
}

/** Reads a `security` array into alternatives of scheme keys; an alternative naming an undefined scheme is dropped. */
export function readSecurity(
  context: Pick<OperationContext, "file" | "document" | "warn">,
  security: unknown,
  pointer: string,
): string[][] {
  const { file, document } = context;
  if (!Array.isArray(security)) throw new GeneratorError("`security` must be an array", { file, pointer });
  const schemes =
    isObject(document.components) && isObject(document.components.securitySchemes)
      ? document.components.securitySchemes
      : {};
  const alternatives: string[][] = [];
  security.forEach((requirement, index) => {
    if (!isObject(requirement))
      throw new GeneratorError("a security requirement must be an object", { file, pointer: `${pointer}/${index}` });
    const unknown = Object.keys(requirement).filter((key) => !Object.hasOwn(schemes, key));
    if (unknown.length > 0) {
      context.warn(
        `${pointer}/${index}`,
        `security scheme "${unknown[0]}" is not defined in components.securitySchemes; this requirement is ignored`,
      );
      return;
    }
    alternatives.push(Object.keys(requirement));
  });
  return alternatives;
}

/** A string field, or undefined. */
export function textOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** The media type sent, or read, when nobody chooses one: JSON if offered, else the first. */
export function defaultContent(contents: readonly ContentModel[]): ContentModel | undefined {
  return contents.find((content) => content.kind === "json") ?? contents[0];
}
