// The client module: `createClient` with the spec's base URL and one typed `auth` option for its security schemes.
import { StructureKind, VariableDeclarationKind, type SourceFileStructure } from "ts-morph";
import type { ApiModel, SecuritySchemeModel } from "../model/types.js";
import { docText, jsDoc } from "./declarations.js";
import { CodeExpression, constantLiteral, jsDocText, objectLiteralKey, propertyKey, stringLiteral } from "./escape.js";
import { serverUrl } from "./emit-operations.js";

/** Builds the structure of `client.ts`. */
export function emitClient(model: ApiModel): SourceFileStructure {
  const server = model.servers[0];
  const baseUrl = server ? serverUrl(server) : "/";
  const schemes = model.securitySchemes;
  const variables = server?.variables ?? [];
  const clientSpec = {
    baseUrl,
    securitySchemes: Object.fromEntries(schemes.map((scheme) => [scheme.key, new CodeExpression(securityApplier(scheme))])),
  };
  const variablesType = `{\n${variables.map((v) => `${jsDocLine(docText(v.description, `Default: ${stringLiteral(v.default)}.`))}${propertyKey(v.name)}?: ${v.enum ? v.enum.map(stringLiteral).join(" | ") : "string"};`).join("\n")}\n}`;
  const single = schemes.length === 1 ? schemes[0] : undefined;
  const credentials = single
    ? `{ ${objectLiteralKey(single.key)}: options.auth }`
    : schemes.length > 0 ? "{ ...options.auth }" : "{}";
  const authType = single ? credentialType(single) : `{\n${schemes.map((s) => `${schemeDoc(s)}${propertyKey(s.key)}?: ${credentialType(s)};`).join("\n")}\n}`;
  const appliers = new Set(schemes.map((scheme) => securityApplier(scheme).replace(/\(.*$/s, "")));
  const defaults = Object.fromEntries(variables.map((v) => [v.name, v.default]));
  // Only a spec with server variables pays for the code that fills them in.
  const body = variables.length > 0
    ? [
        `const baseUrl = options.baseUrl ?? serverUrl(${stringLiteral(server!.url)}, ${constantLiteral(defaults)}, options.serverVariables);`,
        `return createClientCore({ ...options, baseUrl }, CLIENT_SPEC, ${credentials});`,
      ]
    : [`return createClientCore(options, CLIENT_SPEC, ${credentials});`];
  const runtimeTypes = new Set(["BaseClientOptions", "Client", "ClientSpec"]);
  for (const scheme of schemes) runtimeTypes.add(credentialType(scheme));
  return {
    kind: StructureKind.SourceFile,
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/client.js", namedImports: variables.length > 0 ? ["createClientCore", "serverUrl"] : ["createClientCore"] },
      ...(appliers.size > 0 ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: "./runtime/security.js", namedImports: [...appliers].sort() }] : []),
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/client.js", isTypeOnly: true, namedImports: [...runtimeTypes].sort() },
      {
        kind: StructureKind.Interface,
        name: "ClientOptions",
        isExported: true,
        extends: ["BaseClientOptions"],
        docs: jsDoc("Options for `createClient`."),
        properties: [
          ...(schemes.length === 0 ? [] : [{
            name: "auth",
            hasQuestionToken: true,
            type: authType,
            docs: jsDoc(single ? docText(`Credentials for the \`${single.key}\` scheme (${describeKind(single)}).`, single.description) : "Credentials, by security scheme; each operation sends only those it asks for."),
          }]),
          ...(variables.length === 0 ? [] : [{
            name: "serverVariables",
            hasQuestionToken: true,
            type: variablesType,
            docs: jsDoc(`Values for the variables of ${stringLiteral(server!.url)}; ignored when \`baseUrl\` is given.`),
          }]),
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
        docs: jsDoc(`Creates a client for ${model.title}; \`baseUrl\` defaults to ${stringLiteral(baseUrl)}.`),
        parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }],
        returnType: "Client",
        statements: body,
      },
    ],
  };
}

/** The runtime code that applies a scheme's credential; `client.js` imports only the appliers it names. */
function securityApplier(scheme: SecuritySchemeModel): string {
  if (scheme.kind === "basic") return "basicAuth";
  if (scheme.kind === "apiKey" && scheme.apiKey) return `apiKeyAuth(${stringLiteral(scheme.apiKey.in)}, ${stringLiteral(scheme.apiKey.name)})`;
  return "bearerAuth";
}

function credentialType(scheme: SecuritySchemeModel): string {
  return scheme.kind === "basic" ? "BasicCredentials" : "TokenProvider";
}

function describeKind(scheme: SecuritySchemeModel): string {
  switch (scheme.kind) {
    case "basic": return "HTTP Basic: username and password";
    case "bearer": return "HTTP Bearer token";
    case "apiKey": return `API key in ${scheme.apiKey?.in} \`${scheme.apiKey?.name}\``;
    case "oauth2": return "OAuth 2 access token";
    case "openIdConnect": return "OpenID Connect access token";
  }
}

function schemeDoc(scheme: SecuritySchemeModel): string {
  return jsDocLine(docText(describeKind(scheme), scheme.description));
}

/** A JSDoc block for a member written inside a type literal's text. */
function jsDocLine(text: string | undefined): string {
  return text ? `/** ${jsDocText(text).replace(/\n/g, "\n * ")} */\n` : "";
}
