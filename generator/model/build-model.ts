// Model stage: the bundled document → our IR: read with every name decided in document order, then completed by
// the model passes (passes.ts) in their stated order.
import path from "node:path";
import { GeneratorError } from "../common/errors.js";
import { pointerSegment } from "../common/json-pointer.js";
import { isObject } from "../common/walk.js";
import type { LoadedDocument } from "../load/load-document.js";
import { isUrl } from "../load/remote.js";
import { NameRegistry, operationBaseName, reservedNames, schemaBaseName } from "./names.js";
import {
  readParameters,
  readRequestBody,
  readResponses,
  readSecurity,
  textOf,
  type OperationContext,
} from "./operations.js";
import { resolveObject } from "./resolve.js";
import { runModelPasses, type ModelDraft } from "./passes.js";
import { detectPagination } from "./pagination.js";
import { runtimeExportNames } from "./runtime-names.js";
import type {
  ApiModel,
  ModelWarning,
  OperationModel,
  ParameterModel,
  SchemaModel,
  SecuritySchemeModel,
  ServerModel,
} from "./types.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Builds the IR of a loaded document; no schema or operation takes a name the runtime exports. */
export function buildModel(loaded: LoadedDocument, runtimeExports: Iterable<string> = runtimeExportNames()): ApiModel {
  const draft = readDraft(loaded, runtimeExports);
  runModelPasses(draft);
  const { file } = loaded;
  const { document, warnings } = draft;
  const info = isObject(document.info) ? document.info : {};
  const components = isObject(document.components) ? document.components : {};
  const warn = (pointer: string, message: string): void => void warnings.push({ pointer, message });
  return {
    title: textOf(info.title) ?? "API",
    version: typeof info.version === "string" ? info.version : "0.0.0",
    description: textOf(info.description),
    // Only the base name reaches the output, so it is the same on every machine and in every folder.
    source: { file: sourceName(file), sha256: loaded.sha256 },
    servers: readServers(document.servers),
    securitySchemes: readSecuritySchemes(file, document, components.securitySchemes, warn),
    schemas: draft.schemas,
    operations: draft.operations,
    warnings,
    document,
  };
}

/**
 * The IR as read, before any pass: component schemas and operations named in document order, the loader's warnings
 * and those met while reading.
 */
export function readDraft(loaded: LoadedDocument, runtimeExports: Iterable<string> = runtimeExportNames()): ModelDraft {
  const { file, document } = loaded;
  const components = isObject(document.components) ? document.components : {};
  const typeNames = new NameRegistry(reservedNames(runtimeExports));
  const schemas = readSchemas(components.schemas, typeNames);
  const warnings: ModelWarning[] = [...(loaded.warnings ?? [])];
  const warn = (pointer: string, message: string): void => void warnings.push({ pointer, message });
  const context: OperationContext = {
    file,
    document,
    warn,
    defaultSecurity:
      document.security === undefined ? [] : readSecurity({ file, document, warn }, document.security, "/security"),
  };
  const operations = readOperations(context, typeNames);
  return { document, schemas, operations, typeNames, warnings };
}

/** The base name of a spec's path or URL (without a URL's query, whose values may be secrets even when redacted). */
function sourceName(file: string): string {
  if (!isUrl(file)) return path.basename(file);
  const { pathname, hostname } = new URL(file);
  return path.posix.basename(pathname) || hostname;
}

function readSchemas(schemas: unknown, typeNames: NameRegistry): SchemaModel[] {
  if (!isObject(schemas)) return [];
  return Object.entries(schemas).map(([key, schema]) => ({
    key,
    typeName: typeNames.claim(schemaBaseName(key)),
    pointer: `/components/schemas/${pointerSegment(key)}`,
    schema: isObject(schema) || typeof schema === "boolean" ? schema : {},
  }));
}

function readServers(servers: unknown): ServerModel[] {
  if (!Array.isArray(servers)) return [];
  return servers.filter(isObject).map((server) => ({
    url: typeof server.url === "string" ? server.url : "/",
    description: textOf(server.description),
    variables: Object.entries(isObject(server.variables) ? server.variables : {}).map(([name, variable]) => {
      const v = isObject(variable) ? variable : {};
      return {
        name,
        default: String(v.default ?? ""),
        enum: Array.isArray(v.enum) ? v.enum.map(String) : undefined,
        description: textOf(v.description),
      };
    }),
  }));
}

function readSecuritySchemes(
  file: string,
  document: Record<string, unknown>,
  schemes: unknown,
  warn: OperationContext["warn"],
): SecuritySchemeModel[] {
  if (!isObject(schemes)) return [];
  return Object.entries(schemes).map(([key, entry]) => {
    const { value, pointer } = resolveObject(
      file,
      document,
      entry,
      `/components/securitySchemes/${pointerSegment(key)}`,
    );
    const base = { key, pointer, description: textOf(value.description), apiKey: undefined, httpScheme: undefined };
    const where = { file, pointer };
    switch (value.type) {
      case "http": {
        const scheme = String(value.scheme ?? "").toLowerCase();
        if (scheme === "basic") return { ...base, kind: "basic" };
        if (scheme === "bearer") return { ...base, kind: "bearer" };
        const word = typeof value.scheme === "string" ? value.scheme.trim() : "";
        if (word === "")
          throw new GeneratorError("an http security scheme needs a `scheme` (basic, bearer, digest…)", {
            ...where,
            pointer: `${pointer}/scheme`,
          });
        // Digest, Negotiate, HOBA, AWS4-HMAC-SHA256…: the client cannot compute these, but the caller can.
        warn(
          `${pointer}/scheme`,
          `http scheme ${JSON.stringify(word)} has no built-in support: its credential is a token (or a function returning one), sent in the Authorization header after the scheme's name`,
        );
        return { ...base, kind: "http", httpScheme: word };
      }
      case "apiKey": {
        if (typeof value.name !== "string" || !["header", "query", "cookie"].includes(String(value.in))) {
          throw new GeneratorError("an apiKey scheme needs a `name` and `in` (header, query or cookie)", where);
        }
        return { ...base, kind: "apiKey", apiKey: { in: value.in as "header" | "query" | "cookie", name: value.name } };
      }
      case "oauth2":
      case "openIdConnect":
        return { ...base, kind: value.type };
      case "mutualTLS":
        return { ...base, kind: "bearer" };
      default:
        throw new GeneratorError(
          `unknown security scheme type ${JSON.stringify(value.type)}`,
          { ...where, pointer: `${pointer}/type` },
          "use http, apiKey, oauth2 or openIdConnect",
        );
    }
  });
}

function readOperations(context: OperationContext, typeNames: NameRegistry): OperationModel[] {
  const { file, document } = context;
  // One registry for functions and types: index.js re-exports both modules, and a function `_1` beside a type `_1`
  // would be an ambiguous export (names that start with a digit or `_` lose the case that keeps them apart).
  const functionNames = typeNames;
  const operations: OperationModel[] = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, entry] of Object.entries(paths)) {
    if (path.startsWith("x-")) continue;
    const { value: pathItem, pointer: pathPointer } = resolveObject(
      file,
      document,
      entry,
      `/paths/${pointerSegment(path)}`,
    );
    const shared = new Map<string, ParameterModel>();
    readParameters(context, pathItem.parameters, `${pathPointer}/parameters`, shared);
    for (const method of METHODS) {
      if (pathItem[method] === undefined) continue;
      const pointer = `${pathPointer}/${method}`;
      const operation = resolveObject(file, document, pathItem[method], pointer).value;
      const parameters = new Map(shared);
      readParameters(context, operation.parameters, `${pointer}/parameters`, parameters);
      addUndeclaredPathParameters(path, pointer, parameters);
      const operationId = textOf(operation.operationId);
      const summary = textOf(operation.summary);
      const functionName = functionNames.claim(operationBaseName({ operationId, summary, method, path }));
      const model: OperationModel = {
        pointer,
        method: method.toUpperCase() as OperationModel["method"],
        path,
        operationId,
        // The types are named once the schemas are final (nameOperationTypes): hoisting and visibility rewrite `$ref`s.
        names: { function: functionName, params: "", body: "", response: "", error: "" },
        summary,
        description: textOf(operation.description),
        deprecated: operation.deprecated === true,
        tags: Array.isArray(operation.tags) ? operation.tags.map(String) : [],
        parameters: [...parameters.values()],
        requestBody: readRequestBody(context, operation.requestBody, `${pointer}/requestBody`, method),
        responses: readResponses(context, operation.responses, `${pointer}/responses`),
        security:
          operation.security === undefined
            ? context.defaultSecurity
            : readSecurity(context, operation.security, `${pointer}/security`),
        idempotent: operation["x-idempotent"] === true,
        servers: readServers(operation.servers ?? pathItem.servers),
        pagination: undefined,
        streaming: undefined,
        idempotencyKey: undefined,
      };
      model.pagination = detectPagination(context, model, operation["x-pagination"]);
      model.streaming = streamingOf(model);
      model.idempotencyKey = model.parameters
        .find((parameter) => parameter.in === "header" && parameter.name.toLowerCase() === "idempotency-key")
        ?.name.toLowerCase();
      operations.push(model);
    }
  }
  return operations;
}

/** A 2xx `text/event-stream` (the first 2xx that has one): its events' data is JSON unless the schema says string. */
function streamingOf(operation: OperationModel): OperationModel["streaming"] {
  const content = operation.responses
    .filter((response) => /^2/.test(response.status))
    .flatMap((response) => response.contents)
    .find((c) => c.events);
  if (!content) return undefined;
  const schema = content.schema;
  return { json: schema !== undefined && !(typeof schema === "object" && schema.type === "string") };
}

/** Real specs sometimes forget to declare a `{name}` of the path; it is still a required string. */
function addUndeclaredPathParameters(path: string, pointer: string, parameters: Map<string, ParameterModel>): void {
  for (const match of path.matchAll(/\{([^}]+)\}/g)) {
    const name = match[1]!;
    if (parameters.has(`path:${name}`)) continue;
    parameters.set(`path:${name}`, {
      name,
      in: "path",
      required: true,
      style: "simple",
      explode: false,
      allowReserved: false,
      description: undefined,
      deprecated: false,
      schema: { type: "string" },
      pointer,
    });
  }
}
