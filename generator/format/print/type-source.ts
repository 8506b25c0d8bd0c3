// Types as unformatted TypeScript, for prettier: the emitters' own object types written here (keys as JSON strings,
// on one line or one member a line, which prettier keeps as it finds them), the rest by TypeScript's printer.
import ts from "typescript";
import { inlineJsDocComment, isOwnType, sourceComment, type TypeExpression } from "../../emit/declarations.js";
import { isIdentifierName, propertyKey, stringLiteral } from "../../emit/escape.js";
import { printNode } from "../../emit/schema-types.js";
import { isOwnMember, memberComments, modifiersOf, type AnyMember, type KeyEscaping } from "./types.js";

/** A type's source. */
export function typeSource(type: TypeExpression): string {
  if (!isOwnType(type)) return printNode(type);
  switch (type.kind) {
    case "object": {
      const members = type.members.map((member) => memberSource(member, "json"));
      return type.oneLine ? `{ ${members.join(" ")} }` : `{\n${members.join("\n")}\n}`;
    }
    case "intersection":
      return type.types.map(typeSource).join(" & ");
    case "union":
      return `(${type.types.map(typeSource).join(" | ")})`;
  }
}

/** `export interface name { members }`, one member a line, keys as JSON strings. */
export function interfaceSource(name: string, members: readonly AnyMember[]): string {
  return `export interface ${name} {\n${members.map((member) => memberSource(member, "json")).join("\n")}\n}`;
}

function memberSource(member: AnyMember, keys: KeyEscaping): string {
  if (isOwnMember(member)) {
    const comments = member.doc === undefined ? "" : sourceComment(inlineJsDocComment(member.doc));
    const key = isIdentifierName(member.name) ? member.name : stringLiteral(member.name);
    return `${comments}${key}${member.optional ? "?" : ""}: ${typeSource(member.type)};`;
  }
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

function memberName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    return ts.isNumericLiteral(name) ? name.text : propertyKey(name.text);
  return propertyKey(String((name as { text?: string }).text ?? "key"));
}
