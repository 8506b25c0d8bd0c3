// The package entry: re-exports the client, the operations, every type and the error family.
import { StructureKind, type SourceFileStructure } from "ts-morph";

/** Builds the structure of `index.ts`. */
export function emitIndex(): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    statements: [
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./client.js", namedExports: ["createClient"] },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./client.js",
        isTypeOnly: true,
        namedExports: ["ClientOptions"],
      },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./operations.js" },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./types.js", isTypeOnly: true },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./runtime/errors.js",
        namedExports: ["ApiError", "ApiConnectionError", "ApiTimeoutError", "isApiError"],
      },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./runtime/serialize.js",
        namedExports: ["UnsafeArgumentError"],
      },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./runtime/promise.js",
        isTypeOnly: true,
        namedExports: ["ApiPromise"],
      },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./runtime/paginate.js",
        isTypeOnly: true,
        namedExports: ["PageItem", "PagePromise"],
      },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./runtime/sse.js",
        isTypeOnly: true,
        namedExports: ["EventStream", "ServerSentEvent"],
      },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./runtime/client.js",
        isTypeOnly: true,
        namedExports: ["BasicCredentials", "Client", "RequestInfo", "RequestOptions", "ResponseInfo", "TokenProvider"],
      },
    ],
  };
}
