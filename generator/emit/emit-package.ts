// The package files: package.json, so the folder imports as a package, and operations.json, the manifest.
import type { ApiModel } from "../model/types.js";
import { operationShape } from "./emit-types.js";

/** The name that marks an output folder as ours, so a write never replaces someone else's folder. */
export const GENERATOR_NAME = "pocketflows-sdk-generator";

/** What `--query` adds to package.json: @tanstack/query-core as an optional peer, for the types of `query.d.ts`. */
const QUERY_PACKAGE = {
  peerDependencies: { "@tanstack/query-core": "^5.104.0" },
  peerDependenciesMeta: { "@tanstack/query-core": { optional: true } },
};

/** `package.json` of the emitted client. */
export function emitPackageJson(
  model: ApiModel,
  name: string,
  modules: { query?: boolean; mocks?: "fetch" | "msw"; validators?: "standard" | "zod" } = {},
): string {
  const { query = false, mocks, validators } = modules;
  const peerDependencies = {
    ...(mocks === "msw" ? { msw: "^2.0.0" } : {}),
    ...(query ? QUERY_PACKAGE.peerDependencies : {}),
    ...(validators === "zod" ? { zod: "^4.0.0" } : {}),
  };
  const version = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(model.version) ? model.version : "0.0.0";
  const pkg = {
    name,
    version,
    description: `Typed client for ${model.title}, generated from ${model.source.file}. Do not edit.`,
    type: "module",
    main: "./index.js",
    types: "./index.d.ts",
    exports: {
      ".": { types: "./index.d.ts", default: "./index.js" },
      ...(mocks === undefined ? {} : { "./mocks": { types: "./mocks.d.ts", default: "./mocks.js" } }),
      ...(mocks === "msw" ? { "./mocks-msw": { types: "./mocks-msw.d.ts", default: "./mocks-msw.js" } } : {}),
      ...(query ? { "./query": { types: "./query.d.ts", default: "./query.js" } } : {}),
      ...(validators ? { "./validators": { types: "./validators.d.ts", default: "./validators.js" } } : {}),
      "./operations.json": "./operations.json",
    },
    sideEffects: false,
    // MSW, TanStack Query and zod are the user's choice of dependency: only the modules that need them name them.
    ...(Object.keys(peerDependencies).length > 0 ? { peerDependencies } : {}),
    ...(query ? { peerDependenciesMeta: QUERY_PACKAGE.peerDependenciesMeta } : {}),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** `operations.json`: each operation's method, path, operationId, function name and type names. */
export function emitManifest(model: ApiModel): string {
  const manifest = {
    generator: GENERATOR_NAME,
    source: model.source,
    title: model.title,
    version: model.version,
    operations: model.operations.map((operation) => ({
      method: operation.method,
      path: operation.path,
      operationId: operation.operationId ?? null,
      summary: operation.summary ?? null,
      function: operation.names.function,
      types: {
        params: operationShape(operation).hasParams ? operation.names.params : null,
        body: operationShape(operation).hasBody ? operation.names.body : null,
        response: operation.names.response,
        error: operation.names.error,
      },
      tags: operation.tags,
      security: operation.security,
      deprecated: operation.deprecated,
    })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
