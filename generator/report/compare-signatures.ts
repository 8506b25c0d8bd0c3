// The change report's view of a function's call shape: which argument goes in which position, and which may be left
// out. Code written against the old shape must still mean the same thing against the new one.
import ts from "typescript";
import type { Change } from "./compare-clients.js";

interface Parameter {
  name: string;
  optional: boolean;
}

/**
 * Reports a change of call shape (`getThing(client, options?)` → `getThing(client, params?, options?)`) as breaking.
 */
export function compareCallShapes(
  checker: ts.TypeChecker,
  operation: string,
  old: ts.Symbol | undefined,
  current: ts.Symbol | undefined,
  changes: Change[],
): void {
  const before = old && parametersOf(checker, old);
  const after = current && parametersOf(checker, current);
  if (!before || !after) return;
  const required = (list: Parameter[]): number => list.filter((parameter) => !parameter.optional).length;
  // Each argument an old call passes must land in a parameter of the same name, and no new argument may be required.
  const moved = before.some((parameter, index) => after[index]?.name !== parameter.name);
  if (!moved && required(after) <= required(before)) return;
  const shape = (list: Parameter[]): string =>
    `${operation}(${list.map((parameter) => `${parameter.name}${parameter.optional ? "?" : ""}`).join(", ")})`;
  const why = moved
    ? "arguments of existing calls land in other parameters"
    : "existing calls leave out an argument it requires";
  changes.push({
    severity: "breaking",
    kind: "call-shape-changed",
    operation,
    operations: [operation],
    schema: null,
    location: null,
    message: `${shape(before)} is now ${shape(after)}: ${why}.`,
  });
}

function parametersOf(checker: ts.TypeChecker, symbol: ts.Symbol): Parameter[] | undefined {
  const signature = checker.getTypeOfSymbol(symbol).getCallSignatures()[0];
  if (!signature) return undefined;
  return signature.getParameters().map((parameter) => {
    const declaration = parameter.valueDeclaration;
    const optional =
      declaration !== undefined &&
      ts.isParameter(declaration) &&
      (declaration.questionToken !== undefined ||
        declaration.initializer !== undefined ||
        declaration.dotDotDotToken !== undefined);
    return { name: parameter.name, optional };
  });
}
