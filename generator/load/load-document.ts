// Load stage: parse, check the version, refuse remote references, bundle `$ref`s and validate with Redocly.
import path from "node:path";
import { BaseResolver, ResolveError, Source, bundle, createConfig, getLineColLocation, lintDocument, type NormalizedProblem } from "@redocly/openapi-core";
import { GeneratorError, toPointer } from "../errors.js";
import { readSpec } from "./parse.js";
import { hideProtoKeys, restoreProtoKeys, showProtoKeys } from "./proto-keys.js";

/** A validated OpenAPI document with every external `$ref` bundled in. */
export interface LoadedDocument {
  file: string;
  sha256: string;
  document: Record<string, unknown>;
}

/** What the load stage may do beyond the file itself. */
export interface LoadOptions {
  /** Allow `$ref`s to http(s) URLs; off by default so a spec can never make the generator open a connection. */
  allowRemoteRefs?: boolean;
}

/** Reads, validates and bundles the spec at `file`. */
export async function loadDocument(file: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const spec = await readSpec(file);
  checkVersion(file, spec.parsed);
  const refs = scanRefs(file, spec.parsed, options.allowRemoteRefs ?? false);
  const config = await createConfig(
    { rules: { "operation-operationId-unique": "error", "no-unresolved-refs": "error" } },
    { extends: ["minimal"] },
  );
  const resolver = options.allowRemoteRefs ? new BaseResolver(config.resolve) : new LocalOnlyResolver(config.resolve);
  const hidden = hideProtoKeys(spec.parsed);
  // Redocly reads the text for line numbers; with stand-ins in the tree it must read the same keys in the text.
  const source = new Source(spec.absolutePath, hidden ? JSON.stringify(spec.parsed) : spec.text, spec.mimeType);
  const document = { source, parsed: spec.parsed };
  const lintProblems = await lintDocument({ document, config: config.styleguide, externalRefResolver: resolver });
  throwOnErrors(file, lintProblems);
  if (!refs.external) {
    // Only local refs (checked by the lint above): bundling would walk the whole document to change nothing.
    if (hidden) restoreProtoKeys(spec.parsed);
    return { file, sha256: spec.sha256, document: spec.parsed };
  }
  const bundled = await bundle({ config, doc: document, dereference: false, externalRefResolver: resolver });
  throwOnErrors(file, bundled.problems);
  if (hidden) restoreProtoKeys(bundled.bundle.parsed);
  return { file, sha256: spec.sha256, document: bundled.bundle.parsed as Record<string, unknown> };
}

function checkVersion(file: string, parsed: Record<string, unknown>): void {
  const where = { file, pointer: "/openapi" };
  if (typeof parsed.swagger === "string") {
    throw new GeneratorError(`Swagger ${parsed.swagger} is not supported`, { file, pointer: "/swagger" }, "convert it to OpenAPI 3 first, e.g. with swagger2openapi");
  }
  if (parsed.openapi === undefined) {
    throw new GeneratorError("no `openapi` field: this is not an OpenAPI document", { file, pointer: "" }, 'add "openapi": "3.1.0" or "3.0.3"');
  }
  if (typeof parsed.openapi !== "string" || !/^3\.[01]\.\d+/.test(parsed.openapi)) {
    throw new GeneratorError(`unsupported OpenAPI version ${JSON.stringify(parsed.openapi)}`, where, "only 3.0.x and 3.1.x are supported");
  }
}

/** Finds whether any `$ref` leaves the document, and refuses remote ones unless allowed. */
function scanRefs(file: string, root: unknown, allowRemote: boolean): { external: boolean } {
  interface Visit {
    value: object;
    key: string;
    parent: Visit | undefined;
  }
  // Each node keeps a link to its parent; the pointer is only spelled out for the error, not for every node.
  const pointerOf = (visit: Visit | undefined): string[] => (visit?.parent ? [...pointerOf(visit.parent), visit.key] : []);
  let external = false;
  const stack: Visit[] = root !== null && typeof root === "object" ? [{ value: root, key: "", parent: undefined }] : [];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const ref = (visit.value as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && !ref.startsWith("#")) {
      external = true;
      if (!allowRemote && /^([a-z][a-z0-9+.-]*:)?\/\//i.test(ref) && !ref.startsWith("file:")) {
        throw new GeneratorError(
          `$ref to a remote URL "${ref}" is refused`,
          { file, pointer: toPointer([...pointerOf(visit), "$ref"]) },
          "download it and refer to a local file, or pass --allow-remote-refs",
        );
      }
    }
    // Everywhere, extensions and examples included: Redocly follows a `$ref` wherever it stands.
    for (const [key, child] of Object.entries(visit.value)) {
      if (child !== null && typeof child === "object") stack.push({ value: child, key, parent: visit });
    }
  }
  return { external };
}

function throwOnErrors(file: string, problems: NormalizedProblem[]): void {
  const errors = problems.filter((problem) => problem.severity === "error" && !isDiscriminatorMapping(problem));
  const first = errors[0];
  if (!first) return;
  const location = first.location[0];
  let line: number | undefined;
  let column: number | undefined;
  if (location) {
    try {
      const position = getLineColLocation(location).start;
      line = position.line;
      column = position.col;
    } catch {
      line = undefined; // Redocly cannot map every pointer back to text; the pointer alone still locates it
    }
  }
  // A problem inside a referenced file names that file, relative to the working directory like the input.
  const problemFile = location && location.source.absoluteRef !== path.resolve(file) ? path.relative(process.cwd(), location.source.absoluteRef) : file;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? "s" : ""})` : "";
  let pointer = showProtoKeys(location?.pointer?.replace(/^#/, "") ?? "");
  let message = first.message;
  if (first.ruleId === "operation-operationId-unique") {
    // Redocly points at `…/get/<the id>`; the problem is the operationId field, and the id is worth naming.
    const id = pointer.slice(pointer.lastIndexOf("/") + 1).replace(/~1/g, "/").replace(/~0/g, "~");
    pointer = pointer.slice(0, pointer.lastIndexOf("/")) + "/operationId";
    message = `operationId "${id}" is used by more than one operation; every operation must have a unique \`operationId\``;
  }
  throw new GeneratorError(showProtoKeys(`${message}${more}`), { file: problemFile, pointer, line, column }, first.suggest?.length ? `did you mean ${first.suggest.join(", ")}?` : "fix the document and run again");
}

/** A discriminator mapping is a hint, not a reference the types depend on; real specs often leave it dangling. */
function isDiscriminatorMapping(problem: NormalizedProblem): boolean {
  return problem.location.some((location) => (location.pointer ?? "").includes("/discriminator/mapping/"));
}

/** Defence in depth behind `refuseRemoteRefs`: the resolver itself never opens a connection. */
class LocalOnlyResolver extends BaseResolver {
  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(absoluteRef) && !absoluteRef.startsWith("file://")) {
      throw new ResolveError(new Error(`remote reference ${absoluteRef} refused (pass --allow-remote-refs to allow it)`));
    }
    return super.loadExternalRef(absoluteRef);
  }
}
