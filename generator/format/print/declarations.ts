// One declaration (emit/declarations.ts) rendered in each flavour: as the layout prettier would make of it, and as the
// unformatted source prettier reads (what prettier formats when the printer does not print a construct, and what the
// tests hold the printer to). The `.js` drops types, the `.d.ts` drops bodies and module-private data, the typed
// sources (`ts`) keep both. Blank lines between statements follow prettier 3.10.1's
// src/language-js/print/statement-sequence.js (imports here are written one after another, so none between them).
import ts from "typescript";
import {
  jsDocComment,
  sourceComment,
  type CodeFunctionDeclaration,
  type ConstDeclaration,
  type DataArgument,
  type Declaration,
  type ExportDeclaration,
  type Flavour,
  type FunctionDeclaration,
  type ImportDeclaration,
  type Parameter,
  type TypeDeclaration,
  type TypeExpression,
  isOwnType,
} from "../../emit/declarations.js";
import { constantLiteral, dataLiteral, objectLiteralKey, stringLiteral } from "../../emit/escape.js";
import { layoutDeclaredFunction, layoutFunction } from "./code-functions.js";
import { printLines } from "./lines.js";
import {
  constLayout,
  dataLayout,
  declareFunctionLayout,
  exportLayout,
  functionLayout,
  importLayout,
} from "./javascript.js";
import { group, PRINT_WIDTH, printLayout, type Layout } from "./layout.js";
import { NotPrintable, withBlockComment } from "./literals.js";
import { interfaceSource, typeSource } from "./type-source.js";
import { interfaceLayout, typeAliasLayout, typeLayout } from "./types.js";

/**
 * Whether a declaration has a rendering in `flavour` (a `.d.ts` has no constants but the types of exported ones, a
 * `.js` no types).
 */
export function rendersIn(declaration: Declaration, flavour: Flavour): boolean {
  switch (declaration.kind) {
    case "import":
      // A value import is in the `.d.ts` only for the types it names too.
      if (flavour === "d.ts") return declaration.typeOnly || declaration.typeNames !== undefined;
      return flavour === "ts" || !declaration.typeOnly;
    case "export":
      return flavour !== "js" || !declaration.typeOnly;
    case "const":
      return flavour !== "d.ts" || isDeclaredConst(declaration);
    case "function":
    case "code function":
      return true;
    case "lines":
      return flavour === "ts" || (flavour === "js") === declaration.code;
    case "printed":
      return typeof declaration.printed?.[flavour] === "string";
    case "type":
    case "source":
      return flavour !== "js";
  }
}

/** The declaration in `flavour` as prettier lays it out; throws NotPrintable for what only prettier prints. */
export function declarationLayout(declaration: Declaration, flavour: Flavour): Layout {
  switch (declaration.kind) {
    case "import":
      return importLayout(importedNames(declaration, flavour), declaration.module, declaration.typeOnly);
    case "export":
      return exportLayout(declaration.names, declaration.module, declaration.typeOnly);
    case "const": {
      if (flavour === "ts") return typedSourcesOnly();
      const layout =
        flavour === "d.ts"
          ? ["declare const ", declaration.name, ": ", declaration.typeName!, ";"]
          : constLayout(declaration.name, declaration.value, declaration.expanded);
      return withBlockComment(jsDocComment(declaration.doc), declaration.exported ? ["export ", layout] : layout);
    }
    case "function":
      return functionDeclarationLayout(declaration, flavour);
    case "code function":
      throw new NotPrintable("a function written as code, laid out as text (printDeclaration)");
    case "lines":
      throw new NotPrintable("lines laid out as text (printDeclaration)");
    case "printed":
      throw new NotPrintable("a declaration kept as its printed texts");
    case "type":
      return withBlockComment(jsDocComment(declaration.doc), typeDeclarationLayout(declaration));
    case "source":
      throw new NotPrintable("a declaration given as source");
  }
}

/** The declaration in `flavour` as unformatted source, for prettier. */
export function declarationSource(declaration: Declaration, flavour: Flavour): string {
  switch (declaration.kind) {
    case "import":
      return importSource(declaration, flavour);
    case "export":
      return exportSource(declaration);
    case "const":
      return constSource(declaration, flavour);
    case "function":
      return functionSource(declaration, flavour);
    case "code function":
      return codeFunctionSource(declaration, flavour);
    case "lines":
      return declaration.lines.join("\n");
    case "printed":
      return declaration.printed![flavour]!;
    case "type":
      return typeDeclarationSource(declaration);
    case "source":
      return declaration.text;
  }
}

/** The declaration in `flavour` in prettier's form; throws NotPrintable for what only prettier prints. */
export function printDeclaration(declaration: Declaration, flavour: Flavour): string {
  if (declaration.kind === "lines") return printLines(declaration);
  if (declaration.kind !== "code function") return printLayout(declarationLayout(declaration, flavour), PRINT_WIDTH);
  const comment = sourceComment(jsDocComment(declaration.doc));
  const printed =
    flavour === "d.ts"
      ? layoutDeclaredFunction(comment, declaration.name, declaration.parameters, declaration.returns)
      : flavour === "js"
        ? layoutFunction(comment, codeFunctionSource(declaration, flavour).slice(comment.length))
        : undefined;
  if (printed === undefined)
    throw new NotPrintable("a function written as code, in a shape the layout leaves to prettier");
  return printed;
}

/** A module's unformatted source in `flavour`, as prettier would read it. */
export function moduleSource(declarations: readonly Declaration[], flavour: Flavour): string {
  const rendered = declarations.filter((declaration) => rendersIn(declaration, flavour));
  return declarationParts(
    rendered,
    rendered.map((declaration) => declarationSource(declaration, flavour)),
  ).join("");
}

/**
 * The pieces a module's text is joined from, in order: each declaration's text (`texts`, one per declaration), and the
 * line breaks between them as pieces of their own: a blank line between declarations, none between imports.
 */
export function declarationParts(declarations: readonly Declaration[], texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const parts: string[] = [];
  texts.forEach((text, index) => {
    if (index > 0) parts.push(isImport(declarations[index]!) && isImport(declarations[index - 1]!) ? "\n" : "\n\n");
    parts.push(text);
  });
  parts.push("\n");
  return parts;
}

function isImport(declaration: Declaration): boolean {
  return (
    declaration.kind === "import" ||
    ((declaration.kind === "lines" || declaration.kind === "printed") && declaration.isImport === true)
  );
}

function importedNames(declaration: ImportDeclaration, flavour: Flavour): readonly string[] {
  const { names, bodyNames, typeNames } = declaration;
  const kept = flavour === "d.ts" && bodyNames ? (name: string) => !bodyNames.includes(name) : () => true;
  if (flavour === "js" || typeNames === undefined) return names.filter(kept);
  return [...names.filter(kept), ...typeNames.filter(kept).map((name) => `type ${name}`)];
}

function exportSource({ names, module, typeOnly }: ExportDeclaration): string {
  const from = module === undefined ? "" : ` from ${stringLiteral(module)}`;
  return `export ${typeOnly ? "type " : ""}{ ${names.join(", ")} }${from};`;
}

/** An exported constant with a type is declared in the `.d.ts`: `export declare const name: Type;`. */
function isDeclaredConst(declaration: ConstDeclaration): boolean {
  return declaration.exported === true && declaration.typeName !== undefined;
}

function importSource(declaration: ImportDeclaration, flavour: Flavour): string {
  const names = importedNames(declaration, flavour);
  return `import ${declaration.typeOnly ? "type " : ""}{ ${names.join(", ")} } from ${stringLiteral(declaration.module)};`;
}

function constSource(declaration: ConstDeclaration, flavour: Flavour): string {
  const { name, value, typeName, exported, doc, expanded } = declaration;
  const comment = sourceComment(jsDocComment(doc));
  if (flavour === "d.ts") return `${comment}export declare const ${name}: ${typeName};`;
  const head = `${comment}${exported ? "export " : ""}const ${name}`;
  if (expanded)
    return `${head}${flavour === "ts" && typeName !== undefined ? `: ${typeName}` : ""} = ${expandedLiteral(value)};`;
  return flavour === "ts" && typeName !== undefined
    ? `${head}: ${typeName} = ${constantLiteral(value)};`
    : `${head} = ${dataLiteral(value)};`;
}

/** An object or array literal one entry a line, its entries as `dataLiteral` writes them. */
function expandedLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[\n${value.map((entry) => `${dataLiteral(entry)},\n`).join("")}]`;
  const entries = Object.entries(value as object).filter(([, entry]) => entry !== undefined);
  return `{\n${entries.map(([key, entry]) => `${objectLiteralKey(key)}: ${dataLiteral(entry)},\n`).join("")}}`;
}

function functionDeclarationLayout(declaration: FunctionDeclaration, flavour: Flavour): Layout {
  const { name, parameters, call } = declaration;
  const comment = jsDocComment(declaration.doc);
  if (flavour === "js")
    return withBlockComment(
      comment,
      functionLayout(
        name,
        parameters.map((parameter) =>
          parameter.defaultValue === undefined
            ? parameter.name
            : [parameter.name, " = ", dataLayout(parameter.defaultValue)],
        ),
        call.callee,
        call.args.map(argumentLayout),
      ),
    );
  if (flavour === "ts") return typedSourcesOnly();
  const typed = parameters.map((parameter) => [
    parameter.name,
    isOptional(parameter) ? "?" : "",
    ": ",
    typeLayout(parameter.type),
  ]);
  const hug = parameters.length === 1 && isObjectType(parameters[0]!.type);
  return withBlockComment(comment, declareFunctionLayout(name, typed, typeLayout(declaration.returns), hug));
}

/**
 * An argument: data is laid out as a literal; a last one that is a non-empty object or array, which prettier may hug
 * (call-arguments.js's shouldGroupLast), is left to prettier.
 */
function argumentLayout(argument: string | DataArgument, index: number, args: readonly unknown[]): Layout {
  if (typeof argument === "string") return argument;
  const { data } = argument;
  const huggable = typeof data === "object" && data !== null && Object.keys(data).length > 0;
  if (huggable && index === args.length - 1) throw new NotPrintable("a call whose last argument prettier may hug");
  return group(dataLayout(data));
}

/** A parameter with a default value is optional to callers. */
function isOptional(parameter: Parameter): boolean {
  return parameter.optional || parameter.defaultValue !== undefined;
}

/** An object type, which prettier hugs as a function's only parameter (function-parameters.js). */
function isObjectType(type: TypeExpression): boolean {
  return isOwnType(type) ? type.kind === "object" : ts.isTypeLiteralNode(type);
}

function functionSource(declaration: FunctionDeclaration, flavour: Flavour): string {
  const { name, call } = declaration;
  const comments = sourceComment(jsDocComment(declaration.doc));
  const args = call.args.map((arg) => (typeof arg === "string" ? arg : dataLiteral(arg.data)));
  const body = ` {\n  return ${call.callee}(${args.join(", ")});\n}`;
  const initial = (parameter: Parameter): string =>
    parameter.defaultValue === undefined ? "" : ` = ${dataLiteral(parameter.defaultValue)}`;
  if (flavour === "js")
    return `${comments}export function ${name}(${declaration.parameters.map((p) => p.name + initial(p)).join(", ")})${body}`;
  const parameters = declaration.parameters
    .map((parameter) =>
      flavour === "d.ts"
        ? `${parameter.name}${isOptional(parameter) ? "?" : ""}: ${typeSource(parameter.type)}`
        : `${parameter.name}${parameter.optional && initial(parameter) === "" ? "?" : ""}: ${typeSource(parameter.type)}${initial(parameter)}`,
    )
    .join(", ");
  const returns = typeSource(declaration.returns);
  return flavour === "d.ts"
    ? `${comments}export declare function ${name}(${parameters}): ${returns};`
    : `${comments}export function ${name}(${parameters}): ${returns}${body}`;
}

function codeFunctionSource(declaration: CodeFunctionDeclaration, flavour: Flavour): string {
  const { name, returns, body, jsBody } = declaration;
  const comment = sourceComment(jsDocComment(declaration.doc));
  const parameters =
    flavour === "js" ? declaration.parameters.map((p) => p.replace(/\??:.*$/s, "")) : declaration.parameters;
  if (flavour === "d.ts") return `${comment}export declare function ${name}(${parameters.join(", ")}): ${returns};`;
  if (flavour === "js") return `${comment}export function ${name}(${parameters.join(", ")}) {\n${jsBody}\n}`;
  return `${comment}export function ${name}(${parameters.join(", ")}): ${returns} {\n${body}\n}`;
}

function typeDeclarationLayout({ name, form, type }: TypeDeclaration): Layout {
  if (form === "alias") return typeAliasLayout(name, type);
  return interfaceLayout(name, objectMembers(type), "json");
}

function typeDeclarationSource({ name, doc, form, type }: TypeDeclaration): string {
  const comments = sourceComment(jsDocComment(doc));
  if (form === "alias") return `${comments}export type ${name} = ${typeSource(type)};`;
  return `${comments}${interfaceSource(name, objectMembers(type))}`;
}

/** The members of an interface's object type. */
function objectMembers(type: TypeDeclaration["type"]): Parameters<typeof interfaceSource>[1] {
  if ("members" in type) return type.members;
  throw new Error("an interface's type is an object type");
}

/** The typed sources are only ever read by the tests' type-checker: prettier prints them, should anyone ask. */
function typedSourcesOnly(): never {
  throw new NotPrintable("the typed sources, which only the tests compile");
}
