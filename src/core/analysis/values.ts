import { ts } from './tsapi';
import { unwrap } from './ast';

/** File-level and function-level `const` initializers by name (the first of each; `shadows` holds a name's others). */
export type Consts = Map<string, ts.Expression> & {
  /** `x.set('key', value)` / `x.append('key', value)` calls by receiver name (FormData, URLSearchParams bodies). */
  appends?: Map<string, ts.CallExpression[]>;
  /** `body.latitude = position.latitude`: properties set on a local object after it is made, by receiver name. */
  assigns?: Map<string, ts.BinaryExpression[]>;
  /** `const { ssn: _omit, ...application } = applicant`: the rest of a destructured record, by the rest's name. */
  rests?: Map<string, ts.BindingElement>;
  /** Every initializer of a name declared `const` more than once (in several functions), in source order. */
  shadows?: Map<string, ts.Expression[]>;
};

/**
 * The initializer of const `name` that `use` sees: with the name declared in several functions (`const body = …` in
 * each sender of a file), the one of the innermost function around `use`; otherwise the file's one.
 */
export function constAt(consts: Consts, name: string, use: ts.Node): ts.Expression | undefined {
  const all = consts.shadows?.get(name);
  if (!all) return consts.get(name);
  let best: ts.Expression | undefined;
  let bestStart = -1;
  for (const init of all) {
    let scope: ts.Node | undefined = init.parent;
    while (scope && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
    const start = !scope || ts.isSourceFile(scope) ? 0 : scope.pos;
    if (start > bestStart && (!scope || ts.isSourceFile(scope) || (use.pos >= scope.pos && use.end <= scope.end))) {
      best = init;
      bestStart = start;
    }
  }
  return best ?? consts.get(name);
}

function isEnvRead(e: ts.Expression): boolean {
  const u = unwrap(e);
  const text = ts.isPropertyAccessExpression(u) || ts.isElementAccessExpression(u) ? u.expression.getText() : '';
  return /(^|\.)(process\.env|import\.meta\.env|env|Deno\.env)$/.test(text) || /process\.env/.test(u.getText());
}

/** Evaluates a numeric expression: literals, arithmetic, consts, `Number(process.env.X ?? 45)` (the default counts). */
export function evalNumber(expr: ts.Expression, consts: Consts, depth = 0): number | undefined {
  if (depth > 8) return undefined;
  const e = unwrap(expr);
  if (ts.isNumericLiteral(e)) return Number(e.text.replace(/_/g, ''));
  if (ts.isStringLiteralLike(e) && /^\s*\d+(\.\d+)?\s*$/.test(e.text)) return Number(e.text);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) {
    const v = evalNumber(e.operand, consts, depth + 1);
    return v === undefined ? undefined : -v;
  }
  if (ts.isIdentifier(e)) {
    const init = constAt(consts, e.text, e);
    return init ? evalNumber(init, consts, depth + 1) : undefined;
  }
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'Number') return undefined;
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
      if (isEnvRead(e.left)) return evalNumber(e.right, consts, depth + 1);
      return evalNumber(e.left, consts, depth + 1) ?? evalNumber(e.right, consts, depth + 1);
    }
    const a = evalNumber(e.left, consts, depth + 1);
    const b = evalNumber(e.right, consts, depth + 1);
    if (a === undefined || b === undefined) return undefined;
    if (op === ts.SyntaxKind.AsteriskToken) return a * b;
    if (op === ts.SyntaxKind.PlusToken) return a + b;
    if (op === ts.SyntaxKind.MinusToken) return a - b;
    if (op === ts.SyntaxKind.SlashToken) return b === 0 ? undefined : a / b;
    if (op === ts.SyntaxKind.AsteriskAsteriskToken) return a ** b;
    return undefined;
  }
  if (ts.isConditionalExpression(e)) {
    const t = evalNumber(e.whenTrue, consts, depth + 1);
    const f = evalNumber(e.whenFalse, consts, depth + 1);
    return t === undefined ? f : f === undefined ? t : Math.max(t, f);
  }
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && /^(Number|parseInt|parseFloat)$/.test(e.expression.text) && e.arguments[0]) {
    return evalNumber(e.arguments[0], consts, depth + 1);
  }
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && /^(Number|Math)$/.test(e.expression.expression.getText()) && e.arguments[0]) {
    return evalNumber(e.arguments[0], consts, depth + 1);
  }
  // A setting read with its default: `env('TRIP_TRACE_DAYS', 180)`, `int(process.env.ALERT_DAYS, 730)`,
  // `config.get('PURGE_AFTER_DAYS', 90)`.
  if (ts.isCallExpression(e) && e.arguments.length === 2 && (isEnvRead(e.arguments[0]) || (ts.isStringLiteralLike(e.arguments[0]) && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(e.arguments[0].text)))) {
    return evalNumber(e.arguments[1], consts, depth + 1);
  }
  return undefined;
}

/** Whether a const's initializer is visible where the name is read (a const of another function is another value). */
export function inScope(init: ts.Node, use: ts.Node): boolean {
  let scope: ts.Node | undefined = init.parent;
  while (scope && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  return !scope || ts.isSourceFile(scope) || (use.pos >= scope.pos && use.end <= scope.end);
}

/** Evaluates a string: literals, templates and `+` over consts; unknown parts become `{}`. */
export function evalString(expr: ts.Expression, consts: Consts, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  const e = unwrap(expr);
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isTemplateExpression(e)) {
    let s = e.head.text;
    for (const span of e.templateSpans) s += (evalString(span.expression, consts, depth + 1) ?? '{}') + span.literal.text;
    return s;
  }
  if (ts.isIdentifier(e)) {
    const init = constAt(consts, e.text, e);
    // (A URL object is one function's local more often than not: `const url = new URL(…)` in each of several.)
    if (init && ts.isNewExpression(unwrap(init)) && !inScope(init, e)) return undefined;
    return init ? evalString(init, consts, depth + 1) : undefined;
  }
  // `new URL('https://maps.googleapis.com/…')`, `new URL('/v1/lookup', base)`, and `url.toString()`, `url.href` of one.
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'URL' && e.arguments?.[0]) {
    const path = evalString(e.arguments[0], consts, depth + 1);
    const base = e.arguments[1] ? evalString(e.arguments[1], consts, depth + 1) : undefined;
    return path !== undefined && base !== undefined && !/^https?:/i.test(path) ? base.replace(/\/$/, '') + (path.startsWith('/') ? path : `/${path}`) : path;
  }
  // (`getUrl().toString()`: of what a local function returns, too.)
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'toString' && !e.arguments.length && (ts.isIdentifier(e.expression.expression) || (ts.isCallExpression(e.expression.expression) && ts.isIdentifier(e.expression.expression.expression)))) return evalString(e.expression.expression, consts, depth + 1);
  if (ts.isPropertyAccessExpression(e) && e.name.text === 'href' && ts.isIdentifier(e.expression)) return evalString(e.expression, consts, depth + 1);
  // `env.datadogSite` with `const env = { datadogSite: process.env.DD_SITE ?? 'datadoghq.eu' }`: the address or the
  // domain a config object holds. (Only those: a map of durations is read as settings where it is written.)
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) {
    const obj = constAt(consts, e.expression.text, e.expression);
    const lit = obj ? unwrap(obj) : undefined;
    const prop = lit && ts.isObjectLiteralExpression(lit) ? lit.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === e.name.text) : undefined;
    const held = prop ? evalString(prop.initializer, consts, depth + 1) : undefined;
    return held !== undefined && /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/:?]|$)/i.test(held) && !/\.(?:json|jsx?|tsx?|txt|html?|css|png|jpe?g|svg|md|ya?ml|xml|csv|log)$/i.test(held) ? held : undefined;
  }
  // A raw SQL fragment kept in a constant: sql`interval '18 months'` reads as its text.
  if (ts.isTaggedTemplateExpression(e) && ts.isIdentifier(e.tag) && /^(sql|raw|SQL)$/.test(e.tag.text)) return evalString(e.template, consts, depth + 1);
  // `${sql.lit(MAX_AGE)}`, `sql.raw(x)`, `String(x)`: a query builder's literal of a value is that value's text.
  if (ts.isCallExpression(e) && e.arguments.length === 1 && /^(?:sql\.(?:lit|raw|val|literal)|raw|String)$/.test(e.expression.getText())) return evalString(e.arguments[0], consts, depth + 1);
  // `fetch(gaUrl(), …)` with `function gaUrl() { return `${GA_ENDPOINT}?…`; }`: the one string a local function returns.
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression)) {
    const returned = returnedBy(e.expression, consts);
    return returned ? evalString(returned, consts, depth + 1) : undefined;
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = evalString(e.left, consts, depth + 1);
    if (a === undefined) return undefined;
    return a + (evalString(e.right, consts, depth + 1) ?? '{}');
  }
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    if (isEnvRead(e.left)) return evalString(e.right, consts, depth + 1);
    return evalString(e.left, consts, depth + 1) ?? evalString(e.right, consts, depth + 1);
  }
  // `fetch(this.anthropicApiUrl, …)` with `private anthropicApiUrl = 'https://api.anthropic.com/v1/messages'` (or one
  // assignment in the constructor): the address a field of the class holds.
  if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const held = classField(e);
    return held ? evalString(held, consts, depth + 1) : undefined;
  }
  // `token ? `https://hooks.slack.com/services/${token}` : undefined`: the URL one branch builds (the other is none).
  if (ts.isConditionalExpression(e)) {
    const a = evalString(e.whenTrue, consts, depth + 1);
    const b = evalString(e.whenFalse, consts, depth + 1);
    return a && b ? (hostOf(a) ? a : b) : a || b;
  }
  return undefined;
}

/** The value a class's field `this.name` holds: its initializer, or the one value its constructor assigns it. */
function classField(access: ts.PropertyAccessExpression): ts.Expression | undefined {
  let cls: ts.Node | undefined = access.parent;
  while (cls && !ts.isClassLike(cls)) cls = cls.parent;
  if (!cls || !ts.isClassLike(cls)) return undefined;
  return fieldValues(cls).get(access.name.text);
}

/** Each field of a class and the one value it is given, read once per class (undefined for a field given two). */
const FIELD_VALUES = new WeakMap<ts.ClassLikeDeclaration, Map<string, ts.Expression | undefined>>();
function fieldValues(cls: ts.ClassLikeDeclaration): Map<string, ts.Expression | undefined> {
  let known = FIELD_VALUES.get(cls);
  if (known) return known;
  known = new Map();
  FIELD_VALUES.set(cls, known);
  const give = (name: string, value: ts.Expression) => known!.set(name, known!.has(name) ? undefined : value);
  for (const m of cls.members) if (ts.isPropertyDeclaration(m) && m.name && ts.isIdentifier(m.name) && m.initializer && !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static)) give(m.name.text, m.initializer);
  // (Every assignment to it anywhere in the class counts: a field given two values holds no one address.)
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && ts.isPropertyAccessExpression(n.left) && n.left.expression.kind === ts.SyntaxKind.ThisKeyword) give(n.left.name.text, n.right);
    ts.forEachChild(n, visit);
  };
  visit(cls);
  return known;
}

/** What a local function of the file returns, when it has one return (an arrow's body, a declaration's single `return`). */
export function returnedBy(id: ts.Identifier, consts: Consts): ts.Expression | undefined {
  const init = constAt(consts, id.text, id);
  let fn: ts.FunctionLikeDeclaration | undefined = init && (ts.isArrowFunction(unwrapParens(init)) || ts.isFunctionExpression(unwrapParens(init))) ? (unwrapParens(init) as ts.ArrowFunction) : undefined;
  if (!fn && !init) fn = id.getSourceFile().statements.find((st): st is ts.FunctionDeclaration => ts.isFunctionDeclaration(st) && st.name?.text === id.text);
  if (!fn?.body) return undefined;
  if (!ts.isBlock(fn.body)) return fn.body;
  const returns = fn.body.statements.filter(ts.isReturnStatement);
  return returns.length === 1 && fn.body.statements.every((st) => !ts.isIfStatement(st) && !ts.isSwitchStatement(st)) ? returns[0].expression : undefined;
}

function unwrapParens(e: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(e) ? unwrapParens(e.expression) : e;
}

/** The host of an absolute http(s) URL, lower-case; undefined for relative or unknown URLs. */
export function hostOf(url: string): string | undefined {
  // (`https://${dc}.api.mailchimp.com/3.0`: a run-time first label of a fixed domain is that domain's server; so is
  // `https://${appId}-dsn.algolia.net`, a label partly filled in at run time.)
  const sub = /^(?:https?:)?\/\/[a-z0-9-]*(?:\$\{[^}]*\}|\{[^}]*\})[a-z0-9-]*\.((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/:?#]|$)/i.exec(url.trim());
  if (sub) return sub[1].toLowerCase();
  const m = /^(?:https?:)?\/\/([^/:?#{}$]+)([{$])?/i.exec(url.trim());
  // (`https://www.${domain}/search`: a host the code fills in at run time is none known here.)
  if (!m || m[2] || m[1].endsWith('.') || m[1].startsWith('.')) return undefined;
  return m[1].toLowerCase();
}

/** Registrable domain: `events.it-rays.pro` → `it-rays.pro`, `api.example.co.uk` → `example.co.uk`. */
export function registrableDomain(host: string): string {
  const parts = host.toLowerCase().split('.');
  if (parts.length <= 2) return parts.join('.');
  const sld = parts[parts.length - 2];
  const twoLevel = parts[parts.length - 1].length === 2 && /^(co|com|org|net|gov|ac|edu)$/.test(sld);
  return parts.slice(twoLevel ? -3 : -2).join('.');
}
