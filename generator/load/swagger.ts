// Swagger 2.0 input: converted to OpenAPI 3.0 with swagger2openapi before loading, and every pointer a problem is
// reported at mapped back into the 2.0 document the user wrote.
import { GeneratorError } from "../common/errors.js";
import { getAtSegments, unescapePointerSegment } from "../common/json-pointer.js";
import { isObject } from "../common/walk.js";

/** Maps a pointer into the converted document back to the 2.0 document it came from. */
export type PointerOrigin = (pointer: string) => string;

/** Converts a Swagger 2.0 document; `file` names it in errors. Remote references are refused before this runs. */
export async function convertSwagger(
  file: string,
  swagger: Record<string, unknown>,
): Promise<{ document: Record<string, unknown>; origin: PointerOrigin }> {
  if (swagger.swagger !== "2.0") {
    throw new GeneratorError(
      `Swagger ${JSON.stringify(swagger.swagger)} is not supported`,
      { file, pointer: "/swagger" },
      "only Swagger 2.0 and OpenAPI 3.0/3.1 are read",
    );
  }
  const original = structuredClone(swagger);
  let converted: Record<string, unknown>;
  try {
    // `resolve: false`: references stay references (the loader bundles local files and refuses remote ones).
    // Loaded only for a Swagger document: the converter and its dependencies are a tenth of a second of start-up.
    const { default: swagger2openapi } = await import("swagger2openapi");
    converted = (await swagger2openapi.convertObj(swagger, {
      patch: true,
      warnOnly: true,
      resolve: false,
      direct: true,
    })) as unknown as Record<string, unknown>;
  } catch (cause) {
    throw new GeneratorError(
      `this Swagger 2.0 document cannot be converted: ${(cause as Error).message}`,
      { file, pointer: "" },
      "fix the document and run again",
    );
  }
  return { document: converted, origin: (pointer) => originOf(original, pointer) };
}

const COMPONENTS: Record<string, string> = {
  schemas: "definitions",
  parameters: "parameters",
  responses: "responses",
  securitySchemes: "securityDefinitions",
};

function originOf(swagger: Record<string, unknown>, pointer: string): string {
  const segments = pointer.split("/").slice(1);
  if (segments[0] === "components" && segments[1] && COMPONENTS[segments[1]])
    return ["", COMPONENTS[segments[1]], ...segments.slice(2)].join("/");
  if (segments[0] === "servers") return "/host";
  if (segments[0] !== "paths" || segments.length < 3) return pointer;
  const [, path, method, section, ...rest] = segments;
  const operationPointer = `/paths/${path}/${method}`;
  const operation = getAtSegments(swagger, ["paths", unescapePointerSegment(path!), unescapePointerSegment(method!)]);
  const parameters =
    isObject(operation) && Array.isArray(operation.parameters) ? (operation.parameters as unknown[]) : [];
  if (section === "requestBody") {
    // The body parameter, or the first formData one, is what became the request body.
    const index = parameters.findIndex(
      (parameter) => isObject(parameter) && (parameter.in === "body" || parameter.in === "formData"),
    );
    if (index < 0) return operationPointer;
    const schema = rest[0] === "content" ? rest.slice(2) : [];
    return `${operationPointer}/parameters/${index}${schema[0] === "schema" ? `/${schema.join("/")}` : ""}`;
  }
  if (section === "responses" && rest[1] === "content")
    return [`${operationPointer}/responses/${rest[0]}`, ...rest.slice(3)].join("/");
  if (section === "parameters" && rest[0] !== undefined) {
    // Parameters keep their order, less those that became the body.
    const kept = parameters
      .map((parameter, index) => ({ parameter, index }))
      .filter(({ parameter }) => !(isObject(parameter) && (parameter.in === "body" || parameter.in === "formData")));
    const origin = kept[Number(rest[0])]?.index;
    return origin === undefined
      ? pointer
      : [
          `${operationPointer}/parameters/${origin}`,
          ...rest.slice(1).filter((part, i) => !(i === 0 && part === "schema")),
        ].join("/");
  }
  return pointer;
}

/** A GeneratorError about the converted document, pointing into the 2.0 one instead. */
export function inSwaggerTerms(error: GeneratorError, file: string, origin: PointerOrigin): GeneratorError {
  if (error.file !== file) return error;
  return new GeneratorError(error.message, { file, pointer: origin(error.pointer) }, error.hint);
}
