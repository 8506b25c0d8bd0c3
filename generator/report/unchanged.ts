// The named types two clients declare alike, down to every type they name: the report's walk skips them, since
// nothing in them can have changed. On two versions of a big spec most types are these, and walking them through the
// checker was half the report.
import ts from "typescript";

/**
 * The names declared in both files with the same text (comments included) whose declarations name, directly or
 * through others, only such names. Any other statement (an import, a re-export) must be the same too, or no name is
 * unchanged: a name might then mean another type on each side.
 */
export function unchangedTypes(before: ts.SourceFile, after: ts.SourceFile): Set<string> {
  const old = declarationsOf(before);
  const current = declarationsOf(after);
  if (old.rest !== current.rest) return new Set();
  const declared = new Set([...old.texts.keys(), ...current.texts.keys()]);
  const unchanged = new Set<string>();
  for (const [name, text] of current.texts) if (old.texts.get(name) === text) unchanged.add(name);
  // Who names whom, among the unchanged: every identifier in the text that is a declared name, comments included, so
  // that a name is kept only when everything it could refer to is kept too.
  const namedBy = new Map<string, string[]>();
  const lost: string[] = [...declared].filter((name) => !unchanged.has(name));
  for (const name of unchanged) {
    for (const [identifier] of current.texts.get(name)!.matchAll(IDENTIFIER)) {
      if (identifier === name || !declared.has(identifier)) continue;
      const users = namedBy.get(identifier);
      if (users) users.push(name);
      else namedBy.set(identifier, [name]);
    }
  }
  while (lost.length > 0) {
    for (const user of namedBy.get(lost.pop()!) ?? []) {
      if (unchanged.delete(user)) lost.push(user);
    }
  }
  return unchanged;
}

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/** Each declared name's statements' text (leading comments included), and the text of every other statement. */
function declarationsOf(file: ts.SourceFile): { texts: Map<string, string>; rest: string } {
  const texts = new Map<string, string>();
  let rest = "";
  for (const statement of file.statements) {
    const name = declaredName(statement);
    const text = statement.getFullText(file);
    if (name === undefined) rest += text;
    else texts.set(name, (texts.get(name) ?? "") + text);
  }
  return { texts, rest };
}

function declaredName(statement: ts.Statement): string | undefined {
  if (
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isFunctionDeclaration(statement)
  )
    return statement.name?.text;
  if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
    const name = statement.declarationList.declarations[0]!.name;
    return ts.isIdentifier(name) ? name.text : undefined;
  }
  return undefined;
}
