import { ts } from './tsapi';
import { classifyIdentifier, isSystemQualified, recordContext } from '../taxonomy';
import { accessChain, nameText, unwrap } from './ast';
import type { DataHit } from './types';
import type { Consts } from './values';

/** Calls whose result no longer identifies the person: the flow stops there. */
const SANITIZER = /(hash|sha\d*|md5|digest|hmac|redact|mask|anonymi[sz]e|pseudonymi[sz]e|encrypt|obfuscate|tokeni[sz]e|scrub|sanitize)/i;
/** Calls that only report the shape of a value, not the value. */
const SHAPE_ONLY = /^(keys|length|size|count|typeof|Boolean|isArray|has|includes)$/;

function lineOf(sf: ts.SourceFile, n: ts.Node): number {
  return sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
}

function add(out: DataHit[], hit: DataHit) {
  if (!out.some((h) => h.category === hit.category && h.name === hit.name)) out.push(hit);
}

function classifyName(name: string, receiver: string | undefined, sf: ts.SourceFile, node: ts.Node, out: DataHit[], loose = false) {
  const rc = receiver ? recordContext(receiver) : { person: false, device: false };
  for (const c of classifyIdentifier(name, { person: rc.person || loose, device: rc.device || loose })) {
    add(out, { category: c.category, name, lexeme: c.lexeme, line: lineOf(sf, node) });
  }
}

/**
 * Personal data carried by an expression sent somewhere: property reads
 * (`p.email`), object keys and values, shorthand properties, template parts,
 * call arguments, and one hop through a local const.
 */
export function dataOf(expr: ts.Expression, sf: ts.SourceFile, consts: Consts, depth = 0, seen = new Set<string>()): DataHit[] {
  const out: DataHit[] = [];
  if (depth > 8) return out;
  const e = unwrap(expr);
  const recur = (x: ts.Expression) => {
    for (const h of dataOf(x, sf, consts, depth + 1, seen)) add(out, h);
  };
  if (ts.isIdentifier(e)) {
    classifyName(e.text, undefined, sf, e, out);
    const init = consts.get(e.text);
    if (init && !seen.has(e.text)) {
      seen.add(e.text);
      const u = unwrap(init);
      if (ts.isObjectLiteralExpression(u) || ts.isArrayLiteralExpression(u) || ts.isTemplateExpression(u)) recur(u);
    }
    // A whole typed record (`Sentry.setUser(user)`, `{ ...report }`): its type's personal fields, resolved when the
    // project is joined (the type may live in another file).
    if (!out.length) {
      const type = declaredTypeName(e);
      if (type) add(out, { category: `${TYPE_PREFIX}${type}`, name: e.text, lexeme: `type ${type}`, line: lineOf(sf, e) });
    }
  } else if (ts.isPropertyAccessExpression(e)) {
    if (SHAPE_ONLY.test(e.name.text)) return out;
    const chain = accessChain(e.expression);
    classifyName(e.name.text, chain[chain.length - 1], sf, e.name, out);
    if (!out.length) {
      const inner = unwrap(e.expression);
      if (ts.isCallExpression(inner) || ts.isElementAccessExpression(inner)) recur(inner);
    }
  } else if (ts.isElementAccessExpression(e)) {
    recur(e.expression);
  } else if (ts.isObjectLiteralExpression(e)) {
    for (const p of e.properties) {
      if (ts.isPropertyAssignment(p)) {
        const before = out.length;
        recur(p.initializer);
        const v = unwrap(p.initializer);
        const literal = ts.isStringLiteralLike(v) || ts.isNumericLiteral(v) || v.kind === ts.SyntaxKind.TrueKeyword || v.kind === ts.SyntaxKind.FalseKeyword || v.kind === ts.SyntaxKind.NullKeyword;
        const key = nameText(p.name);
        // The key names the value only when the value is a plain read whose own name does not say otherwise
        // (`{ name: dto.name }`, not `{ name: organizationName }` or `{ name: \`backup-${date}\` }`).
        const leaf = ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : undefined;
        if (key && !literal && leaf !== undefined && out.length === before && !isSystemQualified(leaf)) classifyName(key, undefined, sf, p.name, out, true);
      } else if (ts.isShorthandPropertyAssignment(p)) {
        recur(p.name);
      } else if (ts.isSpreadAssignment(p)) {
        recur(p.expression);
      }
    }
  } else if (ts.isArrayLiteralExpression(e)) {
    for (const x of e.elements) recur(ts.isSpreadElement(x) ? x.expression : x);
  } else if (ts.isTemplateExpression(e)) {
    for (const s of e.templateSpans) recur(s.expression);
  } else if (ts.isCallExpression(e) || ts.isNewExpression(e)) {
    if (isSanitized(e)) return out;
    const chain = accessChain(e.expression);
    const fn = chain[chain.length - 1] ?? '';
    if (SHAPE_ONLY.test(fn)) return out;
    for (const a of e.arguments ?? []) recur(a);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(unwrap(e.expression))) recur((unwrap(e.expression) as ts.PropertyAccessExpression).expression);
  } else if (ts.isConditionalExpression(e)) {
    recur(e.whenTrue);
    recur(e.whenFalse);
  } else if (ts.isBinaryExpression(e)) {
    recur(e.left);
    recur(e.right);
  }
  return out;
}

/** Placeholder category for "every personal field of type T", expanded by the project join. */
export const TYPE_PREFIX = 'type:';

const WRAPPERS = new Set(['Partial', 'Readonly', 'Required', 'Pick', 'Omit', 'NonNullable', 'Array', 'ReadonlyArray']);

function typeRefName(t: ts.TypeNode | undefined): string | undefined {
  if (!t) return undefined;
  if (ts.isUnionTypeNode(t)) return t.types.map(typeRefName).find(Boolean);
  if (ts.isArrayTypeNode(t)) return typeRefName(t.elementType);
  if (!ts.isTypeReferenceNode(t)) return undefined;
  const name = ts.isIdentifier(t.typeName) ? t.typeName.text : t.typeName.right.text;
  if (WRAPPERS.has(name)) return typeRefName(t.typeArguments?.[0]);
  return /^[A-Z]/.test(name) ? name : undefined;
}

/** The declared type of the enclosing functions' parameter named like this identifier (cheap: parameters only). */
function declaredTypeName(id: ts.Identifier): string | undefined {
  for (let cur: ts.Node | undefined = id.parent; cur && !ts.isSourceFile(cur); cur = cur.parent) {
    if (!ts.isFunctionLike(cur)) continue;
    for (const p of cur.parameters) if (ts.isIdentifier(p.name) && p.name.text === id.text) return typeRefName(p.type);
  }
  return undefined;
}

function isSanitized(e: ts.Expression): boolean {
  const u = unwrap(e);
  if (!ts.isCallExpression(u) && !ts.isNewExpression(u)) return false;
  return accessChain(u.expression).some((n) => SANITIZER.test(n));
}
