// The client module: `createClient` with the spec's base URL and one typed `auth` option for its security schemes.
import { StructureKind, VariableDeclarationKind, type JSDocStructure, type SourceFileStructure } from "ts-morph";
import type { ApiModel, SecuritySchemeModel, ServerModel } from "../model/types.js";
import { docText, inlineJsDocComment } from "./declarations.js";
import { CodeExpression, constantLiteral, jsDocText, objectLiteralKey, propertyKey, stringLiteral } from "./escape.js";
import { serverUrl } from "./emit-operations.js";

/** Builds the structure of `client.ts`. */
export function emitClient(model: ApiModel): SourceFileStructure {
  const server = model.servers[0];
  const baseUrl = server ? serverUrl(server) : "/";
  const schemes = model.securitySchemes;
  const servers = usedServers(model);
  const others = servers.filter((s) => s !== server);
  const variables = mergedVariables(servers);
  const defaults = Object.fromEntries(
    servers
      .filter((s) => s.variables.length > 0)
      .map((s) => [s.url, Object.fromEntries(s.variables.map((v) => [v.name, v.default]))]),
  );
  const clientSpec = {
    baseUrl: server?.url ?? "/",
    servers: others.length > 0 ? others.map((s) => s.url) : undefined,
    variables: Object.keys(defaults).length > 0 ? defaults : undefined,
    securitySchemes: Object.fromEntries(
      schemes.map((scheme) => [scheme.key, new CodeExpression(securityApplier(scheme))]),
    ),
  };
  const variablesType = `{\n${variables.map((v) => `${jsDocLine(docText(v.description, `Default: ${stringLiteral(v.default)}.`))}${propertyKey(v.name)}?: ${v.enum ? v.enum.map(stringLiteral).join(" | ") : "string"};`).join("\n")}\n}`;
  const serversType = `{\n${servers.map((s) => `${jsDocLine(docText(s.description, s === server ? "The API's server." : "Used by the operations that name it."))}${propertyKey(s.url)}?: string;`).join("\n")}\n}`;
  const single = schemes.length === 1 ? schemes[0] : undefined;
  const credentials = single
    ? `{ ${objectLiteralKey(single.key)}: options.auth }`
    : schemes.length > 0
      ? "{ ...options.auth }"
      : "{}";
  const authType = single
    ? credentialType(single)
    : `{\n${schemes.map((s) => `${schemeDoc(s)}${propertyKey(s.key)}?: ${credentialType(s)};`).join("\n")}\n}`;
  const appliers = new Set(schemes.map((scheme) => securityApplier(scheme).replace(/\(.*$/s, "")));
  const runtimeTypes = new Set(["BaseClientOptions", "Client", "ClientSpec"]);
  for (const scheme of schemes) runtimeTypes.add(credentialType(scheme));
  return {
    kind: StructureKind.SourceFile,
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./runtime/client.js",
        namedImports: ["createClientCore"],
      },
      ...(appliers.size > 0
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "./runtime/security.js",
              namedImports: [...appliers].sort(),
            },
          ]
        : []),
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./runtime/client.js",
        isTypeOnly: true,
        namedImports: [...runtimeTypes].sort(),
      },
      {
        kind: StructureKind.Interface,
        name: "ClientOptions",
        isExported: true,
        extends: ["BaseClientOptions"],
        docs: jsDoc("Options for `createClient`."),
        properties: [
          ...(schemes.length === 0
            ? []
            : [
                {
                  name: "auth",
                  hasQuestionToken: true,
                  type: authType,
                  docs: jsDoc(
                    single
                      ? docText(
                          `Credentials for the \`${single.key}\` scheme (${describeKind(single)}).`,
                          single.description,
                        )
                      : "Credentials, by security scheme; each operation sends only those it asks for.",
                  ),
                },
              ]),
          ...(servers.length === 0
            ? []
            : [
                {
                  name: "servers",
                  hasQuestionToken: true,
                  type: serversType,
                  docs: jsDoc(
                    "Replacement base URLs for the spec's servers, by their URL as the spec writes it (to send one host's calls to a mock or a proxy and leave the others); ignored when `baseUrl` is given.",
                  ),
                },
              ]),
          ...(variables.length === 0
            ? []
            : [
                {
                  name: "serverVariables",
                  hasQuestionToken: true,
                  type: variablesType,
                  docs: jsDoc("Values for the `{variables}` in the servers' URLs; ignored when `baseUrl` is given."),
                },
              ]),
        ],
      },
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: "CLIENT_SPEC", type: "ClientSpec", initializer: constantLiteral(clientSpec) }],
      },
      {
        kind: StructureKind.Function,
        name: "createClient",
        isExported: true,
        docs: jsDoc(
          `Creates a client for ${model.title}; \`baseUrl\` defaults to ${stringLiteral(baseUrl)}${others.length > 0 ? ", and when given it is used for every operation" : ""}.`,
        ),
        parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }],
        returnType: "Client",
        statements: [`return createClientCore(options, CLIENT_SPEC, ${credentials});`],
      },
    ],
  };
}

/** The API's server, then each other server an operation names, once each, in document order. */
function usedServers(model: ApiModel): ServerModel[] {
  const byUrl = new Map<string, ServerModel>();
  for (const server of [model.servers[0], ...model.operations.map((operation) => operation.servers[0])]) {
    if (server && !byUrl.has(server.url)) byUrl.set(server.url, server);
  }
  return [...byUrl.values()];
}

/** Every server variable by name; a name used by several servers takes one value for all of them. */
function mergedVariables(servers: readonly ServerModel[]): ServerModel["variables"] {
  const byName = new Map<string, ServerModel["variables"][number]>();
  for (const variable of servers.flatMap((server) => server.variables)) {
    const known = byName.get(variable.name);
    if (!known) byName.set(variable.name, variable);
    else if (known.enum && (!variable.enum || variable.enum.some((value) => !known.enum!.includes(value)))) {
      byName.set(variable.name, {
        ...known,
        enum: variable.enum ? [...new Set([...known.enum, ...variable.enum])] : undefined,
      });
    }
  }
  return [...byName.values()];
}

/** The runtime code that applies a scheme's credential; `client.js` imports only the appliers it names. */
function securityApplier(scheme: SecuritySchemeModel): string {
  if (scheme.kind === "basic") return "basicAuth";
  if (scheme.kind === "apiKey" && scheme.apiKey)
    return `apiKeyAuth(${stringLiteral(scheme.apiKey.in)}, ${stringLiteral(scheme.apiKey.name)})`;
  if (scheme.kind === "http" && scheme.httpScheme !== undefined) return `httpAuth(${stringLiteral(scheme.httpScheme)})`;
  return "bearerAuth";
}

function credentialType(scheme: SecuritySchemeModel): string {
  return scheme.kind === "basic" ? "BasicCredentials" : "TokenProvider";
}

function describeKind(scheme: SecuritySchemeModel): string {
  switch (scheme.kind) {
    case "basic":
      return "HTTP Basic: username and password";
    case "bearer":
      return "HTTP Bearer token";
    case "http":
      return `HTTP ${scheme.httpScheme} credential, sent as \`Authorization: ${scheme.httpScheme} <token>\``;
    case "apiKey":
      return `API key in ${scheme.apiKey?.in} \`${scheme.apiKey?.name}\``;
    case "oauth2":
      return "OAuth 2 access token";
    case "openIdConnect":
      return "OpenID Connect access token";
  }
}

function schemeDoc(scheme: SecuritySchemeModel): string {
  return jsDocLine(docText(describeKind(scheme), scheme.description));
}

/** A JSDoc block for a member written inside a type literal's text. */
function jsDocLine(text: string | undefined): string {
  return text ? `/*${inlineJsDocComment(text)}*/\n` : "";
}

/** A JSDoc structure list for `text`, escaped; empty when there is nothing to say. */
function jsDoc(text: string | undefined): JSDocStructure[] {
  const escaped = text === undefined ? "" : jsDocText(text);
  return escaped === "" ? [] : [{ kind: StructureKind.JSDoc, description: escaped }];
}
