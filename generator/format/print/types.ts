// TypeScript types (the nodes openapi-typescript builds, and ours) as the documents prettier's TypeScript printer
// makes of them: unions, intersections, arrays, tuples, type arguments, object types and their comments, and the
// declarations around them (interfaces, type aliases). Anything else throws NotPrintable.
import ts from "typescript";
import { align, group, hardline, ifBreak, indent, indentIfBreak, join, line, softline, type Doc } from "./doc.js";
import { NotPrintable, printBlockComment, printNumber, printString, printStringKey } from "./literals.js";

/** Where a type sits, as far as prettier's choices depend on it. */
type Place =
  "annotation" | "alias" | "union" | "intersection" | "array" | "tuple" | "tuple-only" | "argument" | "operand";

/** Where a union or an intersection needs parentheses (prettier's needsParens for them). */
const PARENTHESIZED: ReadonlySet<Place> = new Set<Place>(["union", "intersection", "array", "operand"]);

/** How a key written as a string was escaped in the unformatted source, which prettier keeps as it finds it. */
export type KeyEscaping = "typescript" | "json";

/**
 * Object types whose string keys the source writes as JSON strings (the emitters' own, like the Params groups) rather
 * than as TypeScript's printer does (openapi-typescript's). One-line object types are marked by oneLineObjectType.
 */
export const JSON_KEYED = new WeakSet<ts.Node>();
const ONE_LINE = new WeakSet<ts.Node>();

/** Marks an object type the source writes on one line (prettier then breaks it only if it does not fit). */
export function oneLineObjectType(node: ts.TypeLiteralNode): ts.TypeLiteralNode {
  ONE_LINE.add(node);
  return ts.setEmitFlags(node, ts.EmitFlags.SingleLine);
}

/** Whether `oneLineObjectType` marked the node. */
export function isOneLineObjectType(node: ts.Node): boolean {
  return ONE_LINE.has(node);
}

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

function unwrap(node: ts.TypeNode): ts.TypeNode {
  while (ts.isParenthesizedTypeNode(node)) node = node.type;
  return node;
}

function isNullOrVoid(node: ts.TypeNode): boolean {
  return (
    node.kind === ts.SyntaxKind.VoidKeyword ||
    (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword)
  );
}

function isKeyword(node: ts.TypeNode): boolean {
  return KEYWORDS.has(node.kind) || (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword);
}

/** prettier's isSimpleType: keywords, literals, references without arguments. */
function isSimpleType(node: ts.TypeNode): boolean {
  return (
    isKeyword(node) ||
    ts.isLiteralTypeNode(node) ||
    isJsonLiteral(node) ||
    (ts.isTypeReferenceNode(node) && !node.typeArguments)
  );
}

/** `{ … } | null` and `Name | null` stay on one line: prettier's shouldHugUnionType. */
function shouldHugUnion(types: readonly ts.TypeNode[]): boolean {
  if (types.some(hasComments)) return false;
  const object = types.find((type) => ts.isTypeLiteralNode(type) || ts.isTypeReferenceNode(type));
  return object !== undefined && types.every((type) => type === object || isNullOrVoid(type));
}

function shouldHugType(node: ts.TypeNode): boolean {
  return (
    isSimpleType(node) ||
    ts.isTypeLiteralNode(node) ||
    (ts.isUnionTypeNode(node) && shouldHugUnion(node.types.map(unwrap)))
  );
}

function hasComments(node: ts.Node): boolean {
  return (
    (ts.getSyntheticLeadingComments(node)?.length ?? 0) > 0 || (ts.getSyntheticTrailingComments(node)?.length ?? 0) > 0
  );
}

/** openapi-typescript writes a string literal type as an identifier whose text is the string in JSON. */
function isJsonLiteral(node: ts.Node): node is ts.Identifier {
  return ts.isIdentifier(node) && node.text.startsWith('"');
}

/** The type `node` placed at `place`. */
export function typeDoc(node: ts.TypeNode, place: Place = "annotation"): Doc {
  node = unwrap(node);
  if (hasComments(node) && !ts.isTypeLiteralNode(node)) throw new NotPrintable("a comment on a type");
  const keyword = KEYWORDS.get(node.kind);
  if (keyword !== undefined) return keyword;
  if (ts.isLiteralTypeNode(node)) return literalDoc(node.literal);
  if (isJsonLiteral(node)) return printString(node.text);
  if (ts.isTypeReferenceNode(node)) {
    if (!ts.isIdentifier(node.typeName)) throw new NotPrintable("a qualified type name");
    return [node.typeName.text, typeArgumentsDoc(node.typeArguments)];
  }
  if (ts.isUnionTypeNode(node)) return unionDoc(node.types.map(unwrap), place);
  if (ts.isIntersectionTypeNode(node)) {
    const doc = intersectionDoc(node.types.map(unwrap));
    return PARENTHESIZED.has(place) ? ["(", doc, ")"] : doc;
  }
  if (ts.isArrayTypeNode(node)) return [typeDoc(node.elementType, "array"), "[]"];
  if (ts.isTupleTypeNode(node)) return tupleDoc(node.elements);
  if (ts.isTypeLiteralNode(node))
    return objectTypeDoc(node.members, !ONE_LINE.has(node), JSON_KEYED.has(node) ? "json" : "typescript");
  if (ts.isIndexedAccessTypeNode(node)) return [typeDoc(node.objectType, "operand"), "[", typeDoc(node.indexType), "]"];
  if (ts.isTypeOperatorNode(node)) {
    const operator =
      node.operator === ts.SyntaxKind.KeyOfKeyword
        ? "keyof"
        : node.operator === ts.SyntaxKind.ReadonlyKeyword
          ? "readonly"
          : "unique";
    const doc = [operator, " ", typeDoc(node.type, "operand")];
    return place === "array" || place === "operand" ? ["(", doc, ")"] : doc;
  }
  throw new NotPrintable(`a ${ts.SyntaxKind[node.kind]}`);
}

function literalDoc(literal: ts.LiteralTypeNode["literal"]): Doc {
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

/**
 * A string literal as TypeScript's printer writes a synthesized one: double quotes, everything beyond ASCII escaped.
 */
export function typescriptString(text: string): string {
  const escaped = text.replace(/[\\"\u0000-\u001f\u2028\u2029\u0085]/g, (char, offset: number) => {
    const code = char.charCodeAt(0);
    if (code === 0) return /[0-9]/.test(text[offset + 1] ?? "") ? "\\x00" : "\\0";
    return TYPESCRIPT_ESCAPES[char] ?? utf16Escape(code);
  });
  return `"${escaped.replace(/[^\u0000-\u007f]/g, (char) => utf16Escape(char.charCodeAt(0)))}"`;
}
const TYPESCRIPT_ESCAPES: Record<string, string> = {
  "\t": "\\t",
  "\v": "\\v",
  "\f": "\\f",
  "\b": "\\b",
  "\r": "\\r",
  "\n": "\\n",
  "\\": "\\\\",
  '"': '\\"',
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
  "\u0085": "\\u0085",
};
function utf16Escape(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

function typeArgumentsDoc(args: readonly ts.TypeNode[] | undefined): Doc {
  if (!args) return "";
  const nodes = args.map(unwrap);
  if (nodes.length === 0 || (nodes.length === 1 && shouldHugType(nodes[0]!)))
    return [
      "<",
      join(
        ", ",
        nodes.map((arg) => typeDoc(arg, "argument")),
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
        nodes.map((arg) => typeDoc(arg, "argument")),
      ),
    ]),
    softline,
    ">",
  ]);
}

function unionDoc(types: ts.TypeNode[], place: Place): Doc {
  const parenthesized = PARENTHESIZED.has(place);
  if (shouldHugUnion(types)) {
    const hugged = join(
      " | ",
      types.map((type) => typeDoc(type, "union")),
    );
    return parenthesized ? ["(", hugged, ")"] : hugged;
  }
  const printed = group(
    types.map((type, index) => [index === 0 ? ifBreak("| ") : [line, "| "], align(2, typeDoc(type, "union"))]),
  );
  if (parenthesized) return ["(", group([indent([softline, printed]), softline]), ")"];
  if (place === "tuple") return group([indent([ifBreak(["(", softline]), printed]), softline, ifBreak(")")]);
  if (place === "alias" || place === "tuple-only" || place === "argument") return printed;
  return group(indent([softline, printed]));
}

function intersectionDoc(types: ts.TypeNode[]): Doc {
  let wasIndented = false;
  return group(
    types.map((type, index) => {
      const doc = typeDoc(type, "intersection");
      if (index === 0) return doc;
      const isObject = ts.isTypeLiteralNode(type);
      const previousIsObject = ts.isTypeLiteralNode(types[index - 1]!);
      if (previousIsObject && isObject) return [" & ", wasIndented ? indent(doc) : doc];
      if (!previousIsObject && !isObject) return indent([" &", line, doc]);
      if (index > 1) wasIndented = true;
      return [" & ", index > 1 ? indent(doc) : doc];
    }),
  );
}

function tupleDoc(elements: readonly ts.TypeNode[]): Doc {
  if (elements.length === 0) return group(["[", "]"]);
  const place: Place = elements.length > 1 ? "tuple" : "tuple-only";
  const printed = elements.map((element) => {
    if (ts.isRestTypeNode(element) || ts.isOptionalTypeNode(element) || ts.isNamedTupleMember(element))
      throw new NotPrintable("a tuple member with a name, rest or ?");
    return group(typeDoc(element, place));
  });
  return group(["[", indent([softline, join([",", line], printed)]), ifBreak(","), softline, "]"]);
}

/**
 * An object type: `{ a: T; b?: U }`. prettier keeps an object type broken when its source has a line break after
 * `{`, as the emitters' sources always do for openapi-typescript's object types (`broken`).
 */
function objectTypeDoc(members: readonly ts.TypeElement[], broken: boolean, keys: KeyEscaping = "typescript"): Doc {
  if (members.length === 0) return "{}";
  const parts: Doc[] = [];
  members.forEach((member, index) => {
    const last = index === members.length - 1;
    parts.push(memberDoc(member, keys, last ? ifBreak(";") : ";"));
    if (!last) parts.push(line);
  });
  return group(["{", indent([line, ...parts]), line, "}"], { shouldBreak: broken });
}

/** The body of an interface: one member a line. */
function interfaceBodyDoc(members: readonly ts.TypeElement[], keys: KeyEscaping): Doc {
  if (members.length === 0) return "{}";
  return [
    "{",
    indent([
      hardline,
      join(
        hardline,
        members.map((member) => memberDoc(member, keys, ";")),
      ),
    ]),
    hardline,
    "}",
  ];
}

function memberDoc(member: ts.TypeElement, keys: KeyEscaping, semicolon: Doc): Doc {
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
      group([readonly, keyDoc(member.name, keys), member.questionToken ? "?" : "", ": ", typeDoc(member.type)]),
      semicolon,
    ];
  }
  if (ts.isIndexSignatureDeclaration(member) && member.type && member.parameters.length === 1) {
    const [parameter] = member.parameters;
    if (!parameter!.type || !ts.isIdentifier(parameter!.name))
      throw new NotPrintable("an index signature without a typed name");
    const parameters = group([indent([softline, [parameter!.name.text, ": ", typeDoc(parameter!.type)]]), softline]);
    return [...comments, group([readonly, "[", parameters, "]", ": ", typeDoc(member.type)]), semicolon];
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

function keyDoc(name: ts.PropertyName, keys: KeyEscaping): Doc {
  if (ts.isIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name))
    return printStringKey(keys === "json" ? JSON.stringify(name.text) : typescriptString(name.text), name.text, "ts");
  // A numeric key's text may be `NaN` or `Infinity`, which the source writes as identifiers.
  if (ts.isNumericLiteral(name)) return /^[0-9.]/.test(name.text) ? printNumber(name.text) : name.text;
  throw new NotPrintable("a computed key");
}

/** `export type Name = T;` with prettier's assignment layouts for a type alias. */
export function typeAliasDoc(name: string, node: ts.TypeNode): Doc {
  const left = ["type ", name];
  const type = unwrap(node);
  if (ts.isUnionTypeNode(type) && !shouldHugUnion(type.types.map(unwrap))) {
    return ["export ", group([group(left), " =", group(indent([line, typeDoc(type, "alias")]))]), ";"];
  }
  const id = Symbol("assignment");
  return [
    "export ",
    group([group(left), " =", group(indent(line), { id }), indentIfBreak(typeDoc(type, "alias"), id)]),
    ";",
  ];
}

/** `export interface Name { … }`. */
export function interfaceDoc(name: string, members: readonly ts.TypeElement[], keys: KeyEscaping): Doc {
  return ["export interface ", name, " ", interfaceBodyDoc(members, keys)];
}
