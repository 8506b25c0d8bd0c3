// TypeScript types (the nodes openapi-typescript builds, and the emitters' own object types) as the layouts prettier's
// TypeScript printer makes of them: unions, intersections, arrays, tuples, type arguments, object types and their
// comments, and the declarations around them (interfaces, type aliases). Anything else throws NotPrintable.
// Follows prettier 3.10.1's src/language-js/print/ (union-type.js, intersection-type.js, type-annotation.js,
// object.js, type-alias.js with assignment.js, type-parameters.js, array.js for tuples, key.js, index-signature.js).
import ts from "typescript";
import {
  inlineJsDocComment,
  isOwnType,
  type Member,
  type ObjectType,
  type TypeCombination,
  type TypeExpression,
} from "../../emit/declarations.js";
import { align, group, hardline, ifBreak, indent, indentIfBreak, join, line, softline, type Layout } from "./layout.js";
import { isIdentifierName } from "../../emit/escape.js";
import { NotPrintable, printBlockComment, typescriptString } from "./literals.js";
import { printNumber, printString, printStringKey } from "../../common/literals.js";

/** Where a type sits, as far as prettier's choices depend on it. */
type Place =
  "annotation" | "alias" | "union" | "intersection" | "array" | "tuple" | "tuple-only" | "argument" | "operand";

/** Where a union or an intersection needs parentheses (prettier's needsParens for them). */
const PARENTHESIZED: ReadonlySet<Place> = new Set<Place>(["union", "intersection", "array", "operand"]);

/** How a key written as a string was escaped in the unformatted source, which prettier keeps as it finds it. */
export type KeyEscaping = "typescript" | "json";

export function modifiersOf(member: ts.TypeElement): readonly ts.ModifierLike[] {
  return (member as { modifiers?: ts.NodeArray<ts.ModifierLike> }).modifiers ?? [];
}

const { SyntaxKind } = ts;
/** Keyword types, by kind, as written (`string`, `unknown`…). */
const KEYWORDS = new Map(
  [
    SyntaxKind.StringKeyword,
    SyntaxKind.NumberKeyword,
    SyntaxKind.BooleanKeyword,
    SyntaxKind.UnknownKeyword,
    SyntaxKind.NeverKeyword,
    SyntaxKind.AnyKeyword,
    SyntaxKind.UndefinedKeyword,
    SyntaxKind.VoidKeyword,
    SyntaxKind.ObjectKeyword,
    SyntaxKind.BigIntKeyword,
    SyntaxKind.SymbolKeyword,
    SyntaxKind.NullKeyword,
  ].map((kind) => [kind, ts.tokenToString(kind)!]),
);

function unwrap(node: TypeExpression): TypeExpression {
  return isOwnType(node) ? node : unwrapNode(node);
}

function unwrapNode(node: ts.TypeNode): ts.TypeNode {
  while (ts.isParenthesizedTypeNode(node)) node = node.type;
  return node;
}

/** An object type (`{ … }`): TypeScript's node, or an ObjectType. */
function isObjectType(node: TypeExpression): boolean {
  return isOwnType(node) ? node.kind === "object" : ts.isTypeLiteralNode(node);
}

/** The members of a union, unwrapped; undefined for any other type. */
function unionMembers(node: TypeExpression): TypeExpression[] | undefined {
  if (isOwnType(node)) return node.kind === "union" ? node.types.map(unwrap) : undefined;
  return ts.isUnionTypeNode(node) ? node.types.map(unwrap) : undefined;
}

function isNullOrVoid(node: TypeExpression): boolean {
  if (isOwnType(node)) return false;
  return (
    node.kind === ts.SyntaxKind.VoidKeyword ||
    (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword)
  );
}

function isKeyword(node: ts.TypeNode): boolean {
  return KEYWORDS.has(node.kind) || (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword);
}

/** prettier's isSimpleType (utilities/is-simple-type.js): keywords, literals, references without arguments. */
function isSimpleType(node: ts.TypeNode): boolean {
  return (
    isKeyword(node) ||
    ts.isLiteralTypeNode(node) ||
    isJsonLiteral(node) ||
    (ts.isTypeReferenceNode(node) && !node.typeArguments)
  );
}

/** `{ … } | null` and `Name | null` stay on one line: shouldHugUnionType (utilities/union-type-print.js). */
function shouldHugUnion(types: readonly TypeExpression[]): boolean {
  if (types.some(hasComments)) return false;
  const object = types.find((type) => isObjectType(type) || (!isOwnType(type) && ts.isTypeReferenceNode(type)));
  return object !== undefined && types.every((type) => type === object || isNullOrVoid(type));
}

/** type-annotation.js's shouldHugType. */
function shouldHugType(node: ts.TypeNode): boolean {
  return (
    isSimpleType(node) ||
    ts.isTypeLiteralNode(node) ||
    (ts.isUnionTypeNode(node) && shouldHugUnion(node.types.map(unwrap)))
  );
}

function hasComments(node: TypeExpression): boolean {
  if (isOwnType(node)) return false;
  return (
    (ts.getSyntheticLeadingComments(node)?.length ?? 0) > 0 || (ts.getSyntheticTrailingComments(node)?.length ?? 0) > 0
  );
}

/** openapi-typescript writes a string literal type as an identifier whose text is the string in JSON. */
function isJsonLiteral(node: ts.Node): node is ts.Identifier {
  return ts.isIdentifier(node) && node.text.startsWith('"');
}

/** The type `type` placed at `place` (type-annotation.js and the printers it calls, by kind of type). */
export function typeLayout(type: TypeExpression, place: Place = "annotation"): Layout {
  const unwrapped = unwrap(type);
  if (isOwnType(unwrapped)) return ownTypeLayout(unwrapped, place);
  const node: ts.TypeNode = unwrapped;
  if (hasComments(node) && !ts.isTypeLiteralNode(node)) throw new NotPrintable("a comment on a type");
  const keyword = KEYWORDS.get(node.kind);
  if (keyword !== undefined) return keyword;
  if (ts.isLiteralTypeNode(node)) return literalLayout(node.literal);
  if (isJsonLiteral(node)) return printString(node.text);
  if (ts.isTypeReferenceNode(node)) {
    if (!ts.isIdentifier(node.typeName)) throw new NotPrintable("a qualified type name");
    return [node.typeName.text, typeArgumentsLayout(node.typeArguments)];
  }
  if (ts.isUnionTypeNode(node)) return unionLayout(node.types.map(unwrap), place);
  if (ts.isIntersectionTypeNode(node)) {
    const layout = intersectionLayout(node.types.map(unwrap));
    return PARENTHESIZED.has(place) ? ["(", layout, ")"] : layout;
  }
  if (ts.isArrayTypeNode(node)) return [typeLayout(node.elementType, "array"), "[]"];
  if (ts.isTupleTypeNode(node)) return tupleLayout(node.elements);
  // openapi-typescript's object types: their source always breaks after `{`, TypeScript's printer writes their keys.
  if (ts.isTypeLiteralNode(node)) return objectTypeLayout(node.members, true, "typescript");
  if (ts.isIndexedAccessTypeNode(node))
    return [typeLayout(node.objectType, "operand"), "[", typeLayout(node.indexType), "]"];
  if (ts.isTypeOperatorNode(node)) {
    const operator =
      node.operator === ts.SyntaxKind.KeyOfKeyword
        ? "keyof"
        : node.operator === ts.SyntaxKind.ReadonlyKeyword
          ? "readonly"
          : "unique";
    const layout = [operator, " ", typeLayout(node.type, "operand")];
    return place === "array" || place === "operand" ? ["(", layout, ")"] : layout;
  }
  throw new NotPrintable(`a ${ts.SyntaxKind[node.kind]}`);
}

/** The emitters' own types: object types keyed like JSON, and their unions and intersections. */
function ownTypeLayout(type: ObjectType | TypeCombination, place: Place): Layout {
  if (type.kind === "object") return objectTypeLayout(type.members, !type.oneLine, "json");
  if (type.kind === "union") return unionLayout(type.types.map(unwrap), place);
  const layout = intersectionLayout(type.types.map(unwrap));
  return PARENTHESIZED.has(place) ? ["(", layout, ")"] : layout;
}

/** A literal type (literal.js, with print-string.js and print-number.js). */
function literalLayout(literal: ts.LiteralTypeNode["literal"]): Layout {
  if (isJsonLiteral(literal)) return printString(literal.text);
  switch (literal.kind) {
    case ts.SyntaxKind.StringLiteral:
      return printString(typescriptString(literal.text));
    case ts.SyntaxKind.NumericLiteral:
      return printNumber(literal.text);
    case ts.SyntaxKind.TrueKeyword:
      return "true";
    case ts.SyntaxKind.FalseKeyword:
      return "false";
    case ts.SyntaxKind.NullKeyword:
      return "null";
  }
  if (
    ts.isPrefixUnaryExpression(literal) &&
    literal.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(literal.operand)
  ) {
    return `-${printNumber(literal.operand.text)}`;
  }
  throw new NotPrintable(`a ${ts.SyntaxKind[literal.kind]} literal`);
}

/** `<A, B>`: type-parameters.js's printTypeParameters, for type arguments. */
function typeArgumentsLayout(args: readonly ts.TypeNode[] | undefined): Layout {
  if (!args) return "";
  const nodes = args.map(unwrapNode);
  if (nodes.length === 0 || (nodes.length === 1 && shouldHugType(nodes[0]!)))
    return [
      "<",
      join(
        ", ",
        nodes.map((arg) => typeLayout(arg, "argument")),
      ),
      ">",
    ];
  // No trailing comma in type arguments (microsoft/TypeScript#21984).
  return group([
    "<",
    indent([
      softline,
      join(
        [",", line],
        nodes.map((arg) => typeLayout(arg, "argument")),
      ),
    ]),
    softline,
    ">",
  ]);
}

/** union-type.js's printUnionType. */
function unionLayout(types: TypeExpression[], place: Place): Layout {
  const parenthesized = PARENTHESIZED.has(place);
  if (shouldHugUnion(types)) {
    const hugged = join(
      " | ",
      types.map((type) => typeLayout(type, "union")),
    );
    return parenthesized ? ["(", hugged, ")"] : hugged;
  }
  const printed = group(
    types.map((type, index) => [index === 0 ? ifBreak("| ") : [line, "| "], align(2, typeLayout(type, "union"))]),
  );
  if (parenthesized) return ["(", group([indent([softline, printed]), softline]), ")"];
  if (place === "tuple") return group([indent([ifBreak(["(", softline]), printed]), softline, ifBreak(")")]);
  if (place === "alias" || place === "tuple-only" || place === "argument") return printed;
  return group(indent([softline, printed]));
}

/** intersection-type.js's printIntersectionType. */
function intersectionLayout(types: TypeExpression[]): Layout {
  let wasIndented = false;
  return group(
    types.map((type, index) => {
      const layout = typeLayout(type, "intersection");
      if (index === 0) return layout;
      const isObject = isObjectType(type);
      const previousIsObject = isObjectType(types[index - 1]!);
      if (previousIsObject && isObject) return [" & ", wasIndented ? indent(layout) : layout];
      if (!previousIsObject && !isObject) return indent([" &", line, layout]);
      if (index > 1) wasIndented = true;
      return [" & ", index > 1 ? indent(layout) : layout];
    }),
  );
}

/** array.js's printArray, for a tuple type. */
function tupleLayout(elements: readonly ts.TypeNode[]): Layout {
  if (elements.length === 0) return group(["[", "]"]);
  const place: Place = elements.length > 1 ? "tuple" : "tuple-only";
  const printed = elements.map((element) => {
    if (ts.isRestTypeNode(element) || ts.isOptionalTypeNode(element) || ts.isNamedTupleMember(element))
      throw new NotPrintable("a tuple member with a name, rest or ?");
    return group(typeLayout(element, place));
  });
  return group(["[", indent([softline, join([",", line], printed)]), ifBreak(","), softline, "]"]);
}

/**
 * An object type: `{ a: T; b?: U }` (object.js's printObject). prettier keeps an object type broken when its source
 * has a line break after `{` (`broken`).
 */
function objectTypeLayout(members: readonly AnyMember[], broken: boolean, keys: KeyEscaping): Layout {
  if (members.length === 0) return "{}";
  const parts: Layout[] = [];
  members.forEach((member, index) => {
    const last = index === members.length - 1;
    parts.push(memberLayout(member, keys, last ? ifBreak(";") : ";"));
    if (!last) parts.push(line);
  });
  return group(["{", indent([line, ...parts]), line, "}"], { shouldBreak: broken });
}

/** The body of an interface: one member a line (object.js's printObject, for an interface body). */
function interfaceBodyLayout(members: readonly AnyMember[], keys: KeyEscaping): Layout {
  if (members.length === 0) return "{}";
  return [
    "{",
    indent([
      hardline,
      join(
        hardline,
        members.map((member) => memberLayout(member, keys, ";")),
      ),
    ]),
    hardline,
    "}",
  ];
}

/** A member of an object type: TypeScript's node, or a Member of an ObjectType. */
export type AnyMember = ts.TypeElement | Member;

/** Whether a member is one of the emitters' own. */
export function isOwnMember(member: AnyMember): member is Member {
  return !("kind" in member);
}

/** A property (property.js, key.js) or an index signature (index-signature.js), with its comments. */
function memberLayout(member: AnyMember, keys: KeyEscaping, semicolon: Layout): Layout {
  if (isOwnMember(member)) {
    const comments = member.doc === undefined ? [] : [printBlockComment(inlineJsDocComment(member.doc)), hardline];
    const key = isIdentifierName(member.name)
      ? member.name
      : printStringKey(JSON.stringify(member.name), member.name, "ts");
    return [...comments, group([key, member.optional ? "?" : "", ": ", typeLayout(member.type)]), semicolon];
  }
  if ((ts.getSyntheticTrailingComments(member)?.length ?? 0) > 0) throw new NotPrintable("a trailing comment");
  const comments = memberComments(member, keys).map((comment) => [printBlockComment(comment), hardline]);
  const readonly = modifiersOf(member).some((modifier) => modifier.kind === ts.SyntaxKind.ReadonlyKeyword)
    ? "readonly "
    : "";
  if (modifiersOf(member).some((modifier) => modifier.kind !== ts.SyntaxKind.ReadonlyKeyword))
    throw new NotPrintable("a member modifier");
  if (ts.isPropertySignature(member) && member.type) {
    return [
      ...comments,
      group([readonly, keyLayout(member.name, keys), member.questionToken ? "?" : "", ": ", typeLayout(member.type)]),
      semicolon,
    ];
  }
  if (ts.isIndexSignatureDeclaration(member) && member.type && member.parameters.length === 1) {
    const [parameter] = member.parameters;
    if (!parameter!.type || !ts.isIdentifier(parameter!.name))
      throw new NotPrintable("an index signature without a typed name");
    const parameters = group([indent([softline, [parameter!.name.text, ": ", typeLayout(parameter!.type)]]), softline]);
    return [...comments, group([readonly, "[", parameters, "]", ": ", typeLayout(member.type)]), semicolon];
  }
  throw new NotPrintable(`a ${ts.SyntaxKind[member.kind]}`);
}

/**
 * A member's block comments (their insides) as the source gives them to prettier. In a nested object type, which
 * TypeScript's printer writes, the spaces at line ends are gone (and with them markdown's two-space line breaks);
 * an interface's own members keep them.
 */
export function memberComments(member: ts.TypeElement, keys: KeyEscaping): string[] {
  return (ts.getSyntheticLeadingComments(member) ?? []).map((comment) => {
    if (comment.kind !== ts.SyntaxKind.MultiLineCommentTrivia || comment.hasTrailingNewLine === false)
      throw new NotPrintable("a line comment");
    return keys === "typescript" ? comment.text.replace(/[ \t]+(?=\n)/g, "") : comment.text;
  });
}

/** key.js's printPropertyKey, for a key of an object type. */
function keyLayout(name: ts.PropertyName, keys: KeyEscaping): Layout {
  if (ts.isIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name))
    return printStringKey(keys === "json" ? JSON.stringify(name.text) : typescriptString(name.text), name.text, "ts");
  // A numeric key's text may be `NaN` or `Infinity`, which the source writes as identifiers.
  if (ts.isNumericLiteral(name)) return /^[0-9.]/.test(name.text) ? printNumber(name.text) : name.text;
  throw new NotPrintable("a computed key");
}

/** `export type Name = T;` with prettier's assignment layouts for a type alias (assignment.js's chooseLayout). */
export function typeAliasLayout(name: string, node: TypeExpression): Layout {
  const left = ["type ", name];
  const type = unwrap(node);
  const members = unionMembers(type);
  if (members && !shouldHugUnion(members)) {
    return ["export ", group([group(left), " =", group(indent([line, typeLayout(type, "alias")]))]), ";"];
  }
  const id = Symbol("assignment");
  return [
    "export ",
    group([group(left), " =", group(indent(line), { id }), indentIfBreak(typeLayout(type, "alias"), id)]),
    ";",
  ];
}

/** `export interface Name { … }` (class.js, which prints interfaces). */
export function interfaceLayout(name: string, members: readonly AnyMember[], keys: KeyEscaping): Layout {
  return ["export interface ", name, " ", interfaceBodyLayout(members, keys)];
}
