import { ts } from './tsapi';
import type { Range } from './types';

/** Strips wrappers that do not change a value: parentheses, `as`, `!`, `satisfies`, `await`, type assertions. */
export function unwrap(e: ts.Expression): ts.Expression {
  for (;;) {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isAwaitExpression(e) || ts.isTypeAssertionExpression(e) || ts.isSatisfiesExpression(e)) {
      e = e.expression;
    } else return e;
  }
}

export function rangeOf(sf: ts.SourceFile, node: ts.Node): Range {
  const s = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  const e = sf.getLineAndCharacterOfPosition(node.getEnd());
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function nameText(name: ts.PropertyName | ts.BindingName | ts.MemberName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}

/** The key a destructured element reads (`{ email: to }` → email, `{ email }` → email). */
export function bindingKey(el: ts.BindingElement): string | undefined {
  return el.propertyName ? nameText(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : undefined;
}

/** The last name of a callee without building the chain: `a.b.c` → "c", `f` → "f". */
export function calleeName(e: ts.Expression): string | undefined {
  const u = unwrap(e);
  if (ts.isPropertyAccessExpression(u)) return u.name.text;
  if (ts.isIdentifier(u)) return u.text;
  return undefined;
}

/** The first name of an access chain without building it: `a.b(x).c` → "a". */
/** A module specifier of the project's own code: a relative path or an alias (`@/lib`, `~/utils`, `#app`). */
export const PROJECT_MODULE = /^(?:\.|@\/|~\/|#)/;

export function rootName(e: ts.Expression): string | undefined {
  let cur: ts.Expression = unwrap(e);
  for (;;) {
    if (ts.isPropertyAccessExpression(cur) || ts.isElementAccessExpression(cur) || ts.isCallExpression(cur) || ts.isNewExpression(cur)) cur = unwrap(cur.expression);
    else if (ts.isIdentifier(cur)) return cur.text;
    else if (cur.kind === ts.SyntaxKind.ThisKeyword) return 'this';
    else return undefined;
  }
}

/** `a.b.c(...)` → ["a", "b", "c"]; `(window as X).lintrk` → ["window", "lintrk"]; stops at anything else. */
export function accessChain(e: ts.Expression): string[] {
  const out: string[] = [];
  let cur: ts.Expression = unwrap(e);
  for (;;) {
    if (ts.isPropertyAccessExpression(cur)) {
      out.unshift(cur.name.text);
      cur = unwrap(cur.expression);
    } else if (ts.isElementAccessExpression(cur) && ts.isStringLiteralLike(cur.argumentExpression)) {
      out.unshift(cur.argumentExpression.text);
      cur = unwrap(cur.expression);
    } else if (ts.isCallExpression(cur)) {
      cur = unwrap(cur.expression);
    } else if (ts.isIdentifier(cur)) {
      out.unshift(cur.text);
      return out;
    } else if (cur.kind === ts.SyntaxKind.ThisKeyword) {
      out.unshift('this');
      return out;
    } else if (ts.isNewExpression(cur)) {
      cur = unwrap(cur.expression);
    } else return out;
  }
}

/** Leading comments of a statement, as plain text. */
export function leadingComment(sf: ts.SourceFile, node: ts.Node): string {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  return ranges.map((r) => sf.text.slice(r.pos, r.end).replace(/^\/\*+|\*+\/$|^\/\/+|^\s*\*/gm, ' ')).join(' ');
}

/** The statement (or class member / property) that holds a node. */
export function enclosingStatement(node: ts.Node): ts.Node {
  let cur: ts.Node = node;
  while (cur.parent && !ts.isSourceFile(cur.parent) && !ts.isBlock(cur.parent) && !ts.isClassLike(cur.parent) && !ts.isModuleBlock(cur.parent)) cur = cur.parent;
  return cur;
}

/** The function (declaration, method, arrow, accessor) a node sits in; undefined at the top level. */
export function enclosingFunction(node: ts.Node): ts.Node | undefined {
  for (let cur = node.parent; cur && !ts.isSourceFile(cur); cur = cur.parent) if (ts.isFunctionLike(cur)) return cur;
  return undefined;
}

export function enclosingFunctionName(node: ts.Node): string | undefined {
  for (let cur: ts.Node | undefined = node.parent; cur; cur = cur.parent) {
    if ((ts.isFunctionDeclaration(cur) || ts.isMethodDeclaration(cur)) && cur.name) return nameText(cur.name);
    if ((ts.isArrowFunction(cur) || ts.isFunctionExpression(cur)) && ts.isVariableDeclaration(cur.parent)) return nameText(cur.parent.name);
  }
  return undefined;
}

export function isBooleanType(t: ts.TypeNode | undefined): boolean {
  if (!t) return false;
  if (t.kind === ts.SyntaxKind.BooleanKeyword) return true;
  if (ts.isLiteralTypeNode(t) && (t.literal.kind === ts.SyntaxKind.TrueKeyword || t.literal.kind === ts.SyntaxKind.FalseKeyword)) return true;
  if (ts.isUnionTypeNode(t)) return t.types.every((x) => isBooleanType(x) || x.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(x) && x.literal.kind === ts.SyntaxKind.NullKeyword));
  return false;
}

/** Types that hold no personal value: functions, numbers counting things are still values, so only callables are excluded. */
export function isCallableType(t: ts.TypeNode | undefined): boolean {
  return !!t && (ts.isFunctionTypeNode(t) || ts.isConstructorTypeNode(t));
}

/** A function this file declares by name at its top level (a declaration or a `const f = () => …`). */
export function functionNamed(sf: ts.SourceFile, name: string): ts.FunctionLikeDeclaration | undefined {
  let fn: ts.FunctionLikeDeclaration | undefined;
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name?.text === name) fn = st;
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) fn = d.initializer;
  }
  return fn;
}

/** The returned expressions of a function this file declares by name. */
export function returnsOf(sf: ts.SourceFile, name: string): ts.Expression[] {
  const fn = functionNamed(sf, name);
  return fn ? returnedBy(fn) : [];
}

/** The values a function returns (its expression body, or its own return statements). */
export function returnedBy(fn: ts.FunctionLikeDeclaration): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
    if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn.body, visit);
  return out;
}

/**
 * The initializer of the declaration that `id` names in the blocks around it, the nearest one (two functions may each
 * have a `prompt`); only a `const`'s when `constOnly`.
 */
export function initializerInScope(id: ts.Identifier, constOnly: boolean): ts.Expression | undefined {
  for (let cur: ts.Node | undefined = id.parent; cur; cur = cur.parent) {
    if (!ts.isBlock(cur) && !ts.isSourceFile(cur)) continue;
    for (const st of cur.statements) {
      if (!ts.isVariableStatement(st) || (constOnly && !(st.declarationList.flags & ts.NodeFlags.Const))) continue;
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === id.text) return d.initializer;
    }
  }
  return undefined;
}
