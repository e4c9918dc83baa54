import { ts } from './tsapi';
import type { Consts } from './values';

/**
 * The nodes the extractors look at, gathered in one walk of the tree (the hot
 * path: one walk costs about as much as the parse, so there is only one).
 */
export interface Buckets {
  calls: ts.CallExpression[];
  news: ts.NewExpression[];
  props: ts.PropertyAssignment[];
  vars: ts.VariableDeclaration[];
  classProps: ts.PropertyDeclaration[];
  records: (ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.ClassDeclaration | ts.ClassExpression)[];
  typedParams: ts.ParameterDeclaration[];
  jsxNames: ts.JsxAttribute[];
  /** Elements whose tag is a component (`<Analytics />`, `<GoogleTagManager gtmId="…">`) or a `<script>`. */
  jsxComponents: (ts.JsxSelfClosingElement | ts.JsxOpeningElement)[];
  /** `x.body`, `x.query`, `x.params` reads (request input candidates). */
  inputReads: ts.PropertyAccessExpression[];
  /** Binding patterns `const { a } = x` (request input candidates). */
  destructures: ts.VariableDeclaration[];
  /** String literals and templates mentioning a deletion (SQL candidates). */
  deleteStrings: (ts.StringLiteralLike | ts.TemplateExpression)[];
  /** `Date.now() - x`, `d.getTime() - x`, `+new Date() - x`: cut-off arithmetic. */
  dateMinus: ts.BinaryExpression[];
  /** Return statements with a value (what helpers return). */
  returns: ts.ReturnStatement[];
  /** `this.x = …` assignments (SDK clients kept on a class). */
  thisAssignments: ts.BinaryExpression[];
  /** `script.src = '…'`: a script element pointed at a URL. */
  srcAssignments: ts.BinaryExpression[];
  /** gql`…` and graphql`…` templates (GraphQL SDL). */
  graphqlTemplates: ts.TaggedTemplateExpression[];
  /** Names declared anywhere in the file (variables, parameters, functions, classes). */
  declared: Set<string>;
  /** `const` initializers by name. */
  consts: Consts;
  /** `body['selfie']`: string-keyed reads of a local (request input candidates). */
  keyedReads: ts.ElementAccessExpression[];
  /** Constructor parameter properties (`private readonly stripe: Stripe`): injected clients. */
  paramProps: ts.ParameterDeclaration[];
  /** Plain parameters typed by a named type (`client: Anthropic`, `c: Stripe | undefined`): clients handed in. */
  namedTypeParams: ts.ParameterDeclaration[];
}

const INPUT_PARTS = new Set(['body', 'query', 'params', 'cf']);
/** What Cloudflare's `request.cf` says of where the caller is. */
export const CF_GEO = new Set(['latitude', 'longitude', 'city', 'postalCode', 'region', 'regionCode', 'metroCode', 'country', 'timezone']);
const APPEND = new Set(['set', 'append']);
const DELETE_WORD = /\b(delete|purge|interval)\b/i;

export function collectBuckets(sf: ts.SourceFile): Buckets {
  const b: Buckets = { calls: [], news: [], props: [], vars: [], classProps: [], records: [], typedParams: [], jsxNames: [], jsxComponents: [], inputReads: [], destructures: [], deleteStrings: [], graphqlTemplates: [], thisAssignments: [], srcAssignments: [], returns: [], dateMinus: [], declared: new Set(), consts: new Map(), paramProps: [], namedTypeParams: [], keyedReads: [] };
  const appends = new Map<string, ts.CallExpression[]>();
  b.consts.appends = appends;
  const assigns = new Map<string, ts.BinaryExpression[]>();
  const lets = new Map<string, { init: ts.StringLiteralLike; origins: (string | undefined)[] }>();
  const reassigned: ts.BinaryExpression[] = [];
  b.consts.assigns = assigns;
  const rests = new Map<string, ts.BindingElement>();
  b.consts.rests = rests;
  const K = ts.SyntaxKind;
  const visit = (n: ts.Node): void => {
    switch (n.kind) {
      case K.CallExpression: {
        const c = n as ts.CallExpression;
        b.calls.push(c);
        // `body.set('To', phone)`, `form.append('idScan', file)`: what a local FormData/URLSearchParams holds.
        // (`url.searchParams.set('latlng', …)`: what the query of a local URL holds.)
        if (c.arguments.length >= 2 && ts.isPropertyAccessExpression(c.expression) && APPEND.has(c.expression.name.text) && ts.isStringLiteralLike(c.arguments[0])) {
          const target = c.expression.expression;
          const holder = ts.isIdentifier(target) ? target : ts.isPropertyAccessExpression(target) && target.name.text === 'searchParams' && ts.isIdentifier(target.expression) ? target.expression : undefined;
          const list = holder ? appends.get(holder.text) : undefined;
          if (list) list.push(c);
          else if (holder) appends.set(holder.text, [c]);
        }
        break;
      }
      case K.NewExpression:
        b.news.push(n as ts.NewExpression);
        break;
      case K.PropertyAssignment:
        b.props.push(n as ts.PropertyAssignment);
        break;
      case K.VariableDeclaration: {
        const v = n as ts.VariableDeclaration;
        b.vars.push(v);
        if (ts.isIdentifier(v.name)) {
          // `declare let Paddle: any`: the page's script defines it; the name is still the vendor's global.
          const ambient = ts.isVariableDeclarationList(v.parent) && ts.isVariableStatement(v.parent.parent) && v.parent.parent.modifiers?.some((m) => m.kind === K.DeclareKeyword);
          if (!ambient) b.declared.add(v.name.text);
          const isConst = !!v.initializer && ts.isVariableDeclarationList(v.parent) && !!(v.parent.flags & ts.NodeFlags.Const);
          if (isConst && !b.consts.has(v.name.text)) b.consts.set(v.name.text, v.initializer!);
          // (`const body = …` in each of two functions: each function reads its own.)
          else if (isConst) {
            const shadows = (b.consts.shadows ??= new Map());
            const list = shadows.get(v.name.text) ?? [b.consts.get(v.name.text)!];
            list.push(v.initializer!);
            shadows.set(v.name.text, list);
          }
          // (A name declared twice, in two functions, may hold either value: none is read.)
          else if (lets.has(v.name.text)) lets.get(v.name.text)!.origins.push(undefined);
          else if (v.initializer && ts.isStringLiteralLike(v.initializer)) lets.set(v.name.text, { init: v.initializer, origins: [originOf(v.initializer.text)] });
        } else if (ts.isObjectBindingPattern(v.name) && v.initializer) {
          b.destructures.push(v);
          const rest = v.name.elements.find((el) => el.dotDotDotToken && ts.isIdentifier(el.name));
          if (rest && !rests.has((rest.name as ts.Identifier).text)) rests.set((rest.name as ts.Identifier).text, rest);
        }
        break;
      }
      case K.Parameter: {
        const p = n as ts.ParameterDeclaration;
        if (ts.isIdentifier(p.name)) b.declared.add(p.name.text);
        if (p.type && ts.isTypeLiteralNode(p.type)) b.typedParams.push(p);
        if (p.modifiers?.some((m) => m.kind !== K.Decorator) && p.type) b.paramProps.push(p);
        else if (p.type && ts.isIdentifier(p.name) && (ts.isTypeReferenceNode(p.type) || ts.isUnionTypeNode(p.type))) b.namedTypeParams.push(p);
        break;
      }
      case K.BindingElement: {
        const e = n as ts.BindingElement;
        if (ts.isIdentifier(e.name)) b.declared.add(e.name.text);
        break;
      }
      case K.FunctionDeclaration: {
        const f = n as ts.FunctionDeclaration;
        if (f.name) b.declared.add(f.name.text);
        break;
      }
      case K.ClassDeclaration:
      case K.ClassExpression: {
        const c = n as ts.ClassDeclaration;
        if (c.name) b.declared.add(c.name.text);
        b.records.push(c);
        break;
      }
      case K.InterfaceDeclaration:
      case K.TypeAliasDeclaration:
        b.records.push(n as ts.InterfaceDeclaration);
        break;
      case K.PropertyDeclaration:
        b.classProps.push(n as ts.PropertyDeclaration);
        break;
      case K.JsxSelfClosingElement:
      case K.JsxOpeningElement: {
        const tag = (n as ts.JsxSelfClosingElement).tagName;
        if (ts.isIdentifier(tag) && (/^[A-Z]/.test(tag.text) || tag.text === 'script')) b.jsxComponents.push(n as ts.JsxSelfClosingElement);
        break;
      }
      case K.JsxAttribute:
        b.jsxNames.push(n as ts.JsxAttribute);
        break;
      case K.PropertyAccessExpression: {
        const p = n as ts.PropertyAccessExpression;
        if (INPUT_PARTS.has(p.name.text) || (CF_GEO.has(p.name.text) && ts.isIdentifier(p.expression) && p.expression.text === 'cf')) b.inputReads.push(p);
        break;
      }
      case K.ElementAccessExpression: {
        const e = n as ts.ElementAccessExpression;
        if (ts.isIdentifier(e.expression) && ts.isStringLiteralLike(e.argumentExpression)) b.keyedReads.push(e);
        break;
      }
      case K.StringLiteral:
      case K.NoSubstitutionTemplateLiteral:
        if (DELETE_WORD.test((n as ts.StringLiteralLike).text)) b.deleteStrings.push(n as ts.StringLiteralLike);
        break;
      case K.ReturnStatement:
        if ((n as ts.ReturnStatement).expression) b.returns.push(n as ts.ReturnStatement);
        break;
      case K.BinaryExpression: {
        const e = n as ts.BinaryExpression;
        // (What a `let`/`var` is set to later: a URL at the same host keeps its value's origin.)
        if (ts.isIdentifier(e.left) && e.operatorToken.kind >= K.FirstAssignment && e.operatorToken.kind <= K.LastAssignment) reassigned.push(e);
        // (`this.#client ??= new Analytics(…)` in a lazy getter too.)
        if ((e.operatorToken.kind === K.EqualsToken || e.operatorToken.kind === K.QuestionQuestionEqualsToken || e.operatorToken.kind === K.BarBarEqualsToken) && ts.isPropertyAccessExpression(e.left) && e.left.expression.kind === K.ThisKeyword) b.thisAssignments.push(e);
        else if (e.operatorToken.kind === K.EqualsToken && ts.isPropertyAccessExpression(e.left) && e.left.name.text === 'src') b.srcAssignments.push(e);
        else if (e.operatorToken.kind === K.EqualsToken && ts.isPropertyAccessExpression(e.left) && ts.isIdentifier(e.left.expression)) {
          const list = assigns.get(e.left.expression.text);
          if (list) list.push(e);
          else assigns.set(e.left.expression.text, [e]);
        } else if (e.operatorToken.kind === K.MinusToken && ts.isCallExpression(e.left) && ts.isPropertyAccessExpression(e.left.expression) && /^(now|getTime|valueOf)$/.test(e.left.expression.name.text)) b.dateMinus.push(e);
        break;
      }
      case K.TaggedTemplateExpression: {
        const t = n as ts.TaggedTemplateExpression;
        if (ts.isIdentifier(t.tag) && /^(gql|graphql)$/.test(t.tag.text)) b.graphqlTemplates.push(t);
        break;
      }
      case K.TemplateExpression: {
        const t = n as ts.TemplateExpression;
        // Also `now() - ${UNBOUND_QUOTE_RETENTION}`: an interval kept in a constant.
        if (DELETE_WORD.test(t.head.text) || t.templateSpans.some((s) => DELETE_WORD.test(s.literal.text) || (ts.isIdentifier(s.expression) && /^[A-Z][A-Z0-9_]*_(?:RETENTION|INTERVAL|TTL|AGE|PERIOD|WINDOW)$/.test(s.expression.text)))) b.deleteStrings.push(t);
        break;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  // `var url = "https://geoip.example/v2/city/"; if (insights) url = "https://geoip.example/v2/insights/"`: a variable
  // only ever set to URLs at one origin reads as its first value for where requests go.
  for (const e of reassigned) {
    const l = lets.get((e.left as ts.Identifier).text);
    if (l) l.origins.push(e.operatorToken.kind === K.EqualsToken && ts.isStringLiteralLike(e.right) ? originOf(e.right.text) : undefined);
  }
  for (const [name, l] of lets) if (l.origins[0] && l.origins.every((o) => o === l.origins[0]) && !b.consts.has(name)) b.consts.set(name, l.init);
  return b;
}

/** A URL's scheme and host (`https://geoip.example`), or undefined for a string that is no absolute URL. */
function originOf(text: string): string | undefined {
  return /^https?:\/\/[^/?#\s]+/i.exec(text)?.[0].toLowerCase();
}
