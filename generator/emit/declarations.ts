// Declarations of the big modules. Each is printed in prettier's form by our printer (`doc`), and can also give its
// unformatted TypeScript (`source`): what prettier formats when the printer does not print a construct, and what
// the tests hold the printer to. Object types become interfaces (better hovers, faster tsc), the rest aliases.
import ts from "typescript";
import { hardline, type Doc } from "../print/doc.js";
import { NotPrintable, printBlockComment } from "../print/literals.js";
import { JSON_KEYED, interfaceDoc, isOneLineObjectType, memberCommentText, modifiersOf, typeAliasDoc } from "../print/types.js";
import { jsDocText, propertyKey } from "./escape.js";
import type { SchemaTypeWriter } from "./schema-types.js";

/** A top-level declaration of a generated module. */
export interface Declaration {
  /** The declaration as prettier formats it; throws NotPrintable for what only prettier prints. */
  doc(): Doc;
  /** The same declaration as unformatted source, for prettier. */
  source(): string;
  /** Imports follow each other without a blank line. */
  isImport?: boolean;
}

/** A module's unformatted source, as prettier would read it. */
export function moduleSource(declarations: readonly Declaration[]): string {
  return joinDeclarations(declarations, declarations.map((declaration) => declaration.source()));
}

/** Joins the texts of a module's declarations: a blank line between declarations, none between imports. */
export function joinDeclarations(declarations: readonly Declaration[], texts: readonly string[]): string {
  if (texts.length === 0) return "";
  let text = "";
  texts.forEach((part, index) => {
    if (index > 0) text += declarations[index]!.isImport && declarations[index - 1]!.isImport ? "\n" : "\n\n";
    text += part;
  });
  return `${text}\n`;
}

/** Declares `name` as the given type node, with a JSDoc block from `doc` when it has text. */
export function declareType(writer: SchemaTypeWriter, name: string, node: ts.TypeNode, doc: string | undefined): Declaration {
  const comment = jsDocComment(doc);
  if (ts.isTypeLiteralNode(node) && node.members.every((m) => (ts.isPropertySignature(m) || ts.isIndexSignatureDeclaration(m)) && m.type)) {
    return declareInterface(writer, name, node.members, doc, comment);
  }
  return declareAlias(writer, name, node, doc);
}

/** `export type name = type;`, whatever the type. */
export function declareAlias(writer: SchemaTypeWriter, name: string, node: ts.TypeNode, doc: string | undefined): Declaration {
  const comment = jsDocComment(doc);
  return {
    doc: () => withComment(comment, typeAliasDoc(name, node)),
    source: () => `${sourceComment(comment)}export type ${name} = ${typeSource(writer, node)};`,
  };
}

/** `export interface name { members }`. */
export function declareInterface(writer: SchemaTypeWriter, name: string, members: readonly ts.TypeElement[], _doc: string | undefined, comment = jsDocComment(_doc)): Declaration {
  return {
    doc: () => withComment(comment, interfaceDoc(name, members, "json")),
    source: () => `${sourceComment(comment)}export interface ${name} {\n${members.map((member) => memberSource(writer, member, "json")).join("\n")}\n}`,
  };
}

/** A declaration only prettier prints (e.g. openapi-typescript's helper types). */
export function declareSource(text: string): Declaration {
  return {
    doc: () => {
      throw new NotPrintable("a declaration given as source");
    },
    source: () => text,
  };
}

function withComment(comment: string | undefined, doc: Doc): Doc {
  return comment === undefined ? doc : [printBlockComment(comment), hardline, doc];
}

function sourceComment(comment: string | undefined): string {
  return comment === undefined ? "" : `/*${comment}*/\n`;
}

/** The inside of a JSDoc block (between `/*` and `*\/`) for `text`: one line, or a line per line. */
export function jsDocComment(text: string | undefined): string | undefined {
  const escaped = text === undefined ? "" : jsDocText(text);
  if (escaped === "") return undefined;
  return escaped.includes("\n") ? `*\n${escaped.split("\n").map((line) => (line === "" ? " *" : ` * ${line}`)).join("\n")}\n ` : `* ${escaped} `;
}

/** Attaches a JSDoc comment to a node (an object type member), as openapi-typescript does with its own. */
export function withJsDoc<T extends ts.Node>(node: T, text: string | undefined): T {
  const comment = jsDocComment(text);
  if (comment !== undefined) ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, comment, true);
  return node;
}

function memberSource(writer: SchemaTypeWriter, member: ts.TypeElement, keys: "json" | "typescript"): string {
  const comments = (ts.getSyntheticLeadingComments(member) ?? []).map((comment) => `/*${keys === "typescript" ? memberCommentText(comment.text) : comment.text}*/\n`).join("");
  const readonly = modifiersOf(member).some((modifier) => modifier.kind === ts.SyntaxKind.ReadonlyKeyword) ? "readonly " : "";
  if (ts.isPropertySignature(member) && member.type) {
    const key = keys === "json" ? memberName(member.name) : writer.print(member.name);
    return `${comments}${readonly}${key}${member.questionToken ? "?" : ""}: ${typeSource(writer, member.type)};`;
  }
  if (ts.isIndexSignatureDeclaration(member) && member.type && member.parameters[0]?.type) {
    const key = member.parameters[0];
    return `${comments}${readonly}[${ts.isIdentifier(key.name) ? key.name.text : "key"}: ${writer.print(key.type!)}]: ${typeSource(writer, member.type)};`;
  }
  return `${comments}${writer.print(member)}`;
}

/** A type's source; object types keyed like JSON and one-line object types are written here, the rest by TypeScript. */
function typeSource(writer: SchemaTypeWriter, node: ts.TypeNode): string {
  if (ts.isTypeLiteralNode(node) && JSON_KEYED.has(node)) return `{\n${node.members.map((member) => memberSource(writer, member, "json")).join("\n")}\n}`;
  if (ts.isTypeLiteralNode(node) && isOneLineObjectType(node)) {
    return `{ ${node.members.map((member) => memberSource(writer, member, "json")).join(" ")} }`;
  }
  if (ts.isIntersectionTypeNode(node) && node.types.some((type) => JSON_KEYED.has(type))) return node.types.map((type) => typeSource(writer, type)).join(" & ");
  if (ts.isParenthesizedTypeNode(node) && ts.isUnionTypeNode(node.type) && node.type.types.some((type) => isOneLineObjectType(type))) {
    return `(${node.type.types.map((type) => typeSource(writer, type)).join(" | ")})`;
  }
  return writer.print(node);
}

function memberName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return ts.isNumericLiteral(name) ? name.text : propertyKey(name.text);
  return propertyKey(String((name as { text?: string }).text ?? "key"));
}

/** Joins doc parts (summary, description, tags) into one JSDoc text, skipping empty ones. */
export function docText(...parts: Array<string | undefined | false>): string | undefined {
  const kept = parts.filter((part): part is string => typeof part === "string" && part.trim() !== "");
  return kept.length > 0 ? kept.join("\n\n") : undefined;
}
