// Schema → TypeScript type text via openapi-typescript, with `$ref`s pointed at our own named types.
import type { GlobalContext, OpenAPI3, SchemaObject } from "openapi-typescript";
// The two modules used, not openapi-typescript's index, which loads all of Redocly too (see
// types/openapi-typescript.d.ts).
import transformSchemaObject from "openapi-typescript/dist/transform/schema-object.mjs";
import { resolveRef, scanDiscriminators } from "openapi-typescript/dist/lib/utils.mjs";
import ts from "typescript";
import { walkJson } from "../common/walk.js";
import type { ApiModel, JsonSchema } from "../model/types.js";
import { widenIndexSignatures } from "./additional-properties.js";
import { restorePercents, transformPath, withStandIns } from "./percent-keys.js";

/** Turns schemas into type text; one per API, because openapi-typescript's context is per document. */
export interface SchemaTypeWriter {
  /** The type of `schema` (found at `pointer`). */
  typeNode(schema: JsonSchema | undefined, pointer: string): ts.TypeNode;
  /** Helper types openapi-typescript asked for while transforming (e.g. `WithRequired`), as declarations. */
  helperDeclarations(): string[];
  /** Runs `build`, recording what the types it asks for depend on beyond their own schemas. */
  track<T>(build: () => T): { value: T; dependencies: TypeDependencies };
  /** Whether types built earlier with these dependencies would come out the same now; if so, takes their helpers. */
  reuse(dependencies: TypeDependencies): boolean;
  /** What every type depends on: the names `$ref`s become, and the discriminators of the whole document. */
  sharedContext(): string;
}

/** What types depend on beyond their own schemas and the shared context (the type names, the discriminators). */
export interface TypeDependencies {
  /** Each `$ref` openapi-typescript looked up (to check a required property, a discriminator), with what it found. */
  resolved: Array<[ref: string, json: string]>;
  /** The helper types the transforms asked for, printed. */
  helpers: string[];
}

const BLOB = ts.factory.createTypeReferenceNode("Blob");
const NUMBER = ts.factory.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword);

/** Creates the writer for one API model. */
export function createSchemaTypeWriter(model: ApiModel): SchemaTypeWriter {
  const document = model.document as unknown as OpenAPI3;
  const refNames = new Map(model.schemas.map((schema) => [schema.key, schema.typeName]));
  let tracking: TypeDependencies | undefined;
  const resolve = ($ref: string): unknown => {
    const resolved = resolveRef(document, $ref, { silent: true });
    tracking?.resolved.push([$ref, JSON.stringify(resolved) ?? ""]);
    return resolved;
  };
  const ctx = createContext(document, resolve);
  // Helper types in the order first asked for, each once (openapi-typescript too adds each helper once).
  const helpers: string[] = [];
  const addHelpers = (texts: readonly string[]): void => {
    for (const text of texts) if (!helpers.includes(text)) helpers.push(text);
  };
  const rewriteRefs = (node: ts.TypeNode): ts.TypeNode => {
    const visit = (child: ts.Node): ts.Node => {
      if (ts.isLiteralTypeNode(child) && !isFaithfulLiteral(child.literal)) return NUMBER;
      const name = ts.isIndexedAccessTypeNode(child) ? componentSchemaName(child, refNames) : undefined;
      if (name) return ts.factory.createTypeReferenceNode(name);
      const visited = ts.visitEachChild(child, visit, undefined);
      return ts.isUnionTypeNode(visited) && visited !== child ? withoutNumberLiterals(visited) : visited;
    };
    return visit(node) as ts.TypeNode;
  };
  const typeNode = (schema: JsonSchema | undefined, pointer: string): ts.TypeNode => {
    if (schema === undefined) return ts.factory.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword);
    const path = transformPath(pointer);
    const widened = widenIndexSignatures(schema);
    let node: ts.TypeNode;
    // A footer of its own for each transform, so that what each type asks for can be recorded.
    ctx.injectFooter = [];
    try {
      node = transformSchemaObject(widened as SchemaObject, { path, ctx });
    } catch (error) {
      if (!(error instanceof URIError)) throw error;
      node = restorePercents(transformSchemaObject(withStandIns(widened) as SchemaObject, { path, ctx }));
    }
    const asked = ctx.injectFooter.map(printNode);
    addHelpers(asked);
    tracking?.helpers.push(...asked);
    return rewriteRefs(node);
  };
  const track = <T>(build: () => T): { value: T; dependencies: TypeDependencies } => {
    const dependencies: TypeDependencies = { resolved: [], helpers: [] };
    tracking = dependencies;
    try {
      return { value: build(), dependencies };
    } finally {
      tracking = undefined;
    }
  };
  const reuse = (dependencies: TypeDependencies): boolean => {
    const same = dependencies.resolved.every(
      ([ref, json]) => (JSON.stringify(resolveRef(document, ref, { silent: true })) ?? "") === json,
    );
    if (same) addHelpers(dependencies.helpers);
    return same;
  };
  const sharedContext = (): string => JSON.stringify([[...refNames], ctx.discriminators]);
  return { typeNode, helperDeclarations: () => [...helpers], track, reuse, sharedContext };
}

// One printer and one empty source file for every node: openapi-typescript's astToString makes both per call.
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
const emptyFile = ts.createSourceFile("types.ts", "", ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);

/** A node (of `typeNode`'s, or one the emitters built) as TypeScript's printer writes it: the unformatted source. */
export function printNode(node: ts.Node): string {
  return printer.printNode(ts.EmitHint.Unspecified, node, emptyFile).trim();
}

/** `components["schemas"]["Pet"]` → the name we gave `Pet`, or undefined for any other node. */
function componentSchemaName(node: ts.IndexedAccessTypeNode, refNames: Map<string, string>): string | undefined {
  const inner = node.objectType;
  if (!ts.isIndexedAccessTypeNode(inner) || !ts.isTypeReferenceNode(inner.objectType)) return undefined;
  if (!ts.isIdentifier(inner.objectType.typeName) || inner.objectType.typeName.text !== "components") return undefined;
  if (literalText(inner.indexType) !== "schemas") return undefined;
  const key = literalText(node.indexType);
  return key === undefined ? undefined : refNames.get(key);
}

/** `number | number | 8` (an enum with a member that has no literal) is `number`. */
function withoutNumberLiterals(union: ts.UnionTypeNode): ts.TypeNode {
  if (!union.types.some((type) => type.kind === ts.SyntaxKind.NumberKeyword)) return union;
  const isNumeric = (type: ts.TypeNode): boolean =>
    type.kind === ts.SyntaxKind.NumberKeyword ||
    (ts.isLiteralTypeNode(type) && (ts.isNumericLiteral(type.literal) || ts.isPrefixUnaryExpression(type.literal)));
  const rest = union.types.filter((type) => !isNumeric(type));
  return rest.length === 0 ? NUMBER : ts.factory.createUnionTypeNode([NUMBER, ...rest]);
}

/**
 * Whether a literal means the value the spec wrote. `1e400` in an enum or `const` parses to Infinity, which has no
 * literal type; an integer from 2^53 on may have been rounded (`9007199254740993` reads as …992). Such a member is
 * `number`.
 */
function isFaithfulLiteral(literal: ts.LiteralTypeNode["literal"]): boolean {
  const numeric = ts.isPrefixUnaryExpression(literal) ? literal.operand : literal;
  if (!ts.isNumericLiteral(numeric)) return true;
  const value = Number(numeric.text);
  return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
}

function literalText(node: ts.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}

/**
 * scanDiscriminators walks the whole document twice, building a path per node (a third of a second on GitHub), to do
 * nothing when no object in it has a `discriminator`.
 */
function discriminatorsOf(document: OpenAPI3): GlobalContext["discriminators"] {
  return hasKey(document, "discriminator")
    ? scanDiscriminators(document, { silent: true })
    : { objects: {}, refsHandled: [] };
}

function createContext(document: OpenAPI3, resolve: (ref: string) => unknown): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: false,
    discriminators: discriminatorsOf(document),
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as unknown as GlobalContext["redoc"],
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    silent: true,
    // `format: binary` is a file: what fetch and FormData take and give back.
    transform: (schema) => (schema.format === "binary" ? BLOB : undefined),
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: resolve as GlobalContext["resolve"],
  };
}

/** Whether any object in `value` has the key `key`. */
function hasKey(value: unknown, key: string): boolean {
  return walkJson([value], (node) => (!Array.isArray(node) && Object.hasOwn(node, key) ? "stop" : undefined));
}
