// Type declarations as ts-morph structures: object types become interfaces (better hovers, faster tsc), the rest aliases.
import { StructureKind, type InterfaceDeclarationStructure, type JSDocStructure, type OptionalKind, type PropertySignatureStructure, type TypeAliasDeclarationStructure } from "ts-morph";
import ts from "typescript";
import { jsDocText, propertyKey } from "./escape.js";
import type { SchemaTypeWriter } from "./schema-types.js";

/** A declaration for the types module. */
export type TypeDeclaration = InterfaceDeclarationStructure | TypeAliasDeclarationStructure;

/** Declares `name` as the given type node, with a JSDoc block from `doc` when it has text. */
export function declareType(writer: SchemaTypeWriter, name: string, node: ts.TypeNode, doc: string | undefined): TypeDeclaration {
  const docs = jsDoc(doc);
  if (ts.isTypeLiteralNode(node)) {
    const declaration = interfaceFrom(writer, name, node, docs);
    if (declaration) return declaration;
  }
  return { kind: StructureKind.TypeAlias, name, isExported: true, docs, type: writer.print(node) };
}

function interfaceFrom(writer: SchemaTypeWriter, name: string, node: ts.TypeLiteralNode, docs: JSDocStructure[]): InterfaceDeclarationStructure | undefined {
  const properties: OptionalKind<PropertySignatureStructure>[] = [];
  const indexSignatures: InterfaceDeclarationStructure["indexSignatures"] = [];
  for (const member of node.members) {
    if (ts.isPropertySignature(member) && member.type) {
      properties.push({
        name: memberName(member.name),
        hasQuestionToken: member.questionToken !== undefined,
        isReadonly: member.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false,
        type: writer.print(member.type),
        leadingTrivia: syntheticComments(member),
      });
    } else if (ts.isIndexSignatureDeclaration(member) && member.type && member.parameters[0]?.type) {
      const key = member.parameters[0];
      indexSignatures.push({ keyName: ts.isIdentifier(key.name) ? key.name.text : "key", keyType: writer.print(key.type!), returnType: writer.print(member.type) });
    } else {
      return undefined; // call or method signatures: keep the literal as an alias rather than drop a member
    }
  }
  return { kind: StructureKind.Interface, name, isExported: true, docs, properties, indexSignatures };
}

function memberName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return ts.isNumericLiteral(name) ? name.text : propertyKey(name.text);
  return propertyKey(String((name as { text?: string }).text ?? "key"));
}

/** openapi-typescript attaches property docs as synthetic comments; they are already escaped by it. */
function syntheticComments(node: ts.Node): string | undefined {
  const comments = ts.getSyntheticLeadingComments(node);
  if (!comments?.length) return undefined;
  return comments.map((comment) => `/*${comment.text}*/\n`).join("");
}

/** A JSDoc structure list for `text`, escaped; empty when there is nothing to say. */
export function jsDoc(text: string | undefined): JSDocStructure[] {
  const escaped = text === undefined ? "" : jsDocText(text);
  return escaped === "" ? [] : [{ kind: StructureKind.JSDoc, description: escaped }];
}

/** Joins doc parts (summary, description, tags) into one JSDoc text, skipping empty ones. */
export function docText(...parts: Array<string | undefined | false>): string | undefined {
  const kept = parts.filter((part): part is string => typeof part === "string" && part.trim() !== "");
  return kept.length > 0 ? kept.join("\n\n") : undefined;
}
