// Declarations of the big modules. Each is printed in prettier's form by our printer (`doc`), and can also give its
// unformatted TypeScript (`source`): what prettier formats when the printer does not print a construct, and what
// the tests hold the printer to. Object types become interfaces (better hovers, faster tsc), the rest aliases.
import ts from "typescript";
import type { Doc } from "../format/print/doc.js";
import { NotPrintable, withBlockComment } from "../format/print/literals.js";
import {
  JSON_KEYED,
  interfaceDoc,
  isOneLineObjectType,
  memberComments,
  modifiersOf,
  typeAliasDoc,
  type KeyEscaping,
} from "../format/print/types.js";
import { jsDocText, propertyKey } from "./escape.js";
import { printNode } from "./schema-types.js";

/** A top-level declaration of a generated module. */
export interface Declaration {
  /** The declaration as prettier formats it; throws NotPrintable for what only prettier prints. */
  doc(): Doc;
  /** The same declaration as unformatted source, for prettier. */
  source(): string;
  /** Imports follow each other without a blank line. */
  isImport?: boolean;
  /** The text printed for it by an earlier run (watch mode), which stands for `doc()`. */
  printed?: string;
  /** Called with the text printed for it, for the next run. */
  remember?(text: string): void;
}

/** A module's unformatted source, as prettier would read it. */
export function moduleSource(declarations: readonly Declaration[]): string {
  return joinDeclarations(
    declarations,
    declarations.map((declaration) => declaration.source()),
  );
}

/** Joins the texts of a module's declarations: a blank line between declarations, none between imports. */
export function joinDeclarations(declarations: readonly Declaration[], texts: readonly string[]): string {
  return declarationParts(declarations, texts).join("");
}

/**
 * The pieces `joinDeclarations` joins, in order: each text, and the line breaks between them as pieces of their own.
 */
export function declarationParts(declarations: readonly Declaration[], texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const parts: string[] = [];
  texts.forEach((text, index) => {
    if (index > 0) parts.push(declarations[index]!.isImport && declarations[index - 1]!.isImport ? "\n" : "\n\n");
    parts.push(text);
  });
  parts.push("\n");
  return parts;
}

/** Declares `name` as the given type node, with a JSDoc block from `doc` when it has text. */
export function declareType(name: string, node: ts.TypeNode, doc: string | undefined): Declaration {
  if (
    ts.isTypeLiteralNode(node) &&
    node.members.every((m) => (ts.isPropertySignature(m) || ts.isIndexSignatureDeclaration(m)) && m.type)
  ) {
    return declareInterface(name, node.members, doc);
  }
  return declareAlias(name, node, doc);
}

/** `export type name = type;`, whatever the type. */
export function declareAlias(name: string, node: ts.TypeNode, doc: string | undefined): Declaration {
  const comment = jsDocComment(doc);
  return {
    doc: () => withBlockComment(comment, typeAliasDoc(name, node)),
    source: () => `${sourceComment(comment)}export type ${name} = ${typeSource(node)};`,
  };
}

/** `export interface name { members }`. */
export function declareInterface(
  name: string,
  members: readonly ts.TypeElement[],
  doc: string | undefined,
): Declaration {
  const comment = jsDocComment(doc);
  return {
    doc: () => withBlockComment(comment, interfaceDoc(name, members, "json")),
    source: () =>
      `${sourceComment(comment)}export interface ${name} {\n${members.map((member) => memberSource(member, "json")).join("\n")}\n}`,
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

/** A block comment (its inside) as source, on the line above what follows. */
export function sourceComment(comment: string | undefined): string {
  return comment === undefined ? "" : `/*${comment}*/\n`;
}

/** The inside of a JSDoc block (between `/*` and `*\/`) for `text`: one line, or a line per line. */
export function jsDocComment(text: string | undefined): string | undefined {
  const escaped = text === undefined ? "" : jsDocText(text);
  if (escaped === "") return undefined;
  return escaped.includes("\n")
    ? `*\n${escaped
        .split("\n")
        .map((line) => (line === "" ? " *" : ` * ${line}`))
        .join("\n")}\n `
    : `* ${escaped} `;
}

/**
 * The inside of a JSDoc block that starts on the first line of `text` (`/** line\n * line *\/`), as the emitters write
 * member docs.
 */
export function inlineJsDocComment(text: string): string {
  return `* ${jsDocText(text).replace(/\n/g, "\n * ")} `;
}

/** Attaches a JSDoc comment to a node (an object type member), as openapi-typescript does with its own. */
export function withJsDoc<T extends ts.Node>(node: T, text: string | undefined): T {
  const comment = jsDocComment(text);
  if (comment !== undefined) ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, comment, true);
  return node;
}

function memberSource(member: ts.TypeElement, keys: KeyEscaping): string {
  const comments = memberComments(member, keys).map(sourceComment).join("");
  const readonly = modifiersOf(member).some((modifier) => modifier.kind === ts.SyntaxKind.ReadonlyKeyword)
    ? "readonly "
    : "";
  if (ts.isPropertySignature(member) && member.type) {
    const key = keys === "json" ? memberName(member.name) : printNode(member.name);
    return `${comments}${readonly}${key}${member.questionToken ? "?" : ""}: ${typeSource(member.type)};`;
  }
  if (ts.isIndexSignatureDeclaration(member) && member.type && member.parameters[0]?.type) {
    const key = member.parameters[0];
    return `${comments}${readonly}[${ts.isIdentifier(key.name) ? key.name.text : "key"}: ${printNode(key.type!)}]: ${typeSource(member.type)};`;
  }
  return `${comments}${printNode(member)}`;
}

/** A type's source; object types keyed like JSON and one-line object types are written here, the rest by TypeScript. */
function typeSource(node: ts.TypeNode): string {
  if (ts.isTypeLiteralNode(node) && JSON_KEYED.has(node))
    return `{\n${node.members.map((member) => memberSource(member, "json")).join("\n")}\n}`;
  if (ts.isTypeLiteralNode(node) && isOneLineObjectType(node))
    return `{ ${node.members.map((member) => memberSource(member, "json")).join(" ")} }`;
  if (ts.isIntersectionTypeNode(node) && node.types.some((type) => JSON_KEYED.has(type)))
    return node.types.map(typeSource).join(" & ");
  if (ts.isParenthesizedTypeNode(node) && ts.isUnionTypeNode(node.type) && node.type.types.some(isOneLineObjectType)) {
    return `(${node.type.types.map(typeSource).join(" | ")})`;
  }
  return printNode(node);
}

function memberName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    return ts.isNumericLiteral(name) ? name.text : propertyKey(name.text);
  return propertyKey(String((name as { text?: string }).text ?? "key"));
}

/** Joins doc parts (summary, description, tags) into one JSDoc text, skipping empty ones. */
export function docText(...parts: Array<string | undefined | false>): string | undefined {
  const kept = parts.filter((part): part is string => typeof part === "string" && part.trim() !== "");
  return kept.length > 0 ? kept.join("\n\n") : undefined;
}
