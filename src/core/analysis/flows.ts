import { ts } from './tsapi';
import { accessChain, bindingKey, nameText, unwrap } from './ast';
import type { Buckets } from './buckets';
import { AUTH_HEADER, BODY_CTOR, dataOf, hashPrefix, initialOf, TRANSFORM, weakUnderThingKey } from './data';
import { namesSystemThing, namesThingsValue } from '../taxonomy';
import { serviceForPackage } from '../catalog';
import type { CallSiteFact, DataHit, ImportFact } from './types';
import type { Consts } from './values';

/** Facts for flows across functions and files: call sites, return values, parameters passed on. */

/** Calls of plain functions (`notify(user)`, an imported helper) with personal data in their arguments. */
export function collectCallSites(sf: ts.SourceFile, b: Buckets, imports: ImportFact[], functions: string[]): CallSiteFact[] {
  const out: CallSiteFact[] = [];
  // Only calls that can be resolved to a function of the project: top-level functions and imports.
  const callable = new Set([...functions, ...imports.map((i) => i.local)]);
  // (In a Nuxt or Nitro app, `trackServerEvent(…)` in `server/api/…` with no import: a function the framework imports by
  // itself from `server/utils/` or `utils/`; the project finds it by its name, or nothing.)
  if (AUTO_IMPORT_LAYOUT.test(sf.fileName.replace(/\\/g, '/'))) {
    for (const n of b.calls) {
      const e = unwrap(n.expression);
      if (ts.isIdentifier(e) && autoImportCandidate(e.text) && !b.declared.has(e.text) && !callable.has(e.text) && n.arguments.length) callable.add(e.text);
    }
  }
  // Objects imported from the project whose members may be its functions (`analytics.identify`); not a vendor's SDK.
  const importedObjects = new Set(imports.filter((i) => i.imported !== '*' && !serviceForPackage(i.module) && !functions.includes(i.local)).map((i) => i.local));
  // Names imported by name from the project's own modules (a services type: `import type { TrackingServices } from …`).
  const importedTypes = new Set(imports.filter((i) => i.imported !== '*' && i.imported !== 'default' && !serviceForPackage(i.module)).map((i) => i.local));
  // `const analytics = useAnalytics()`, `const { capture } = useAnalytics()`: what a project function returns.
  const made = new Map<string, string>();
  const picked = new Map<string, { fn: string; member: string }>();
  for (const v of b.vars) {
    const init = v.initializer ? unwrap(v.initializer) : undefined;
    if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression) || !callable.has(init.expression.text)) continue;
    if (ts.isIdentifier(v.name)) made.set(v.name.text, init.expression.text);
    else if (ts.isObjectBindingPattern(v.name)) {
      for (const el of v.name.elements) {
        const key = bindingKey(el);
        if (key && ts.isIdentifier(el.name)) picked.set(el.name.text, { fn: init.expression.text, member: key });
      }
    }
  }
  const instances = classInstances(b, callable);
  for (const n of b.calls) {
    const expr = unwrap(n.expression);
    let callee = ts.isIdentifier(expr) ? expr.text : undefined;
    let member: string | undefined;
    const receiver = ts.isPropertyAccessExpression(expr) ? instanceKey(unwrap(expr.expression)) : undefined;
    const inner = ts.isCallExpression(expr) ? unwrap(expr.expression) : undefined;
    const factoryCalled = inner && ts.isIdentifier(inner) && callable.has(inner.text) ? inner.text : undefined;
    const selfClass = ts.isPropertyAccessExpression(expr) && expr.expression.kind === ts.SyntaxKind.ThisKeyword ? ownClass(n, callable) : undefined;
    const made0 = ts.isPropertyAccessExpression(expr) ? unwrap(expr.expression) : undefined;
    const maker = made0 && ts.isCallExpression(made0) ? unwrap(made0.expression) : undefined;
    const factoryOf = maker && ts.isIdentifier(maker) && callable.has(maker.text) && ts.isPropertyAccessExpression(expr) && !BUILTIN_METHOD.test(expr.name.text) ? maker.text : undefined;
    if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression) && made.has(expr.expression.text)) {
      member = expr.name.text;
      callee = made.get(expr.expression.text);
    } else if (ts.isPropertyAccessExpression(expr) && selfClass !== undefined) {
      // `this.post('track', { identity, properties })` in a class of the module: that class's own method.
      member = expr.name.text;
      callee = selfClass;
    } else if (ts.isPropertyAccessExpression(expr) && factoryOf !== undefined) {
      // `heap().addUserProperties(id, traits)` with `heap()` handing out its module's client class: the method of that
      // name where the factory is defined. (Not `load().then(…)`, `rows().map(…)`: a promise's or an array's own.)
      member = expr.name.text;
      callee = factoryOf;
    } else if (ts.isPropertyAccessExpression(expr) && receiver && instances.has(receiver)) {
      // `this.embeddings.embed(text)` with `embeddings: EmbeddingsService` injected: that class's method.
      member = expr.name.text;
      callee = instances.get(receiver);
    } else if (callee !== undefined && picked.has(callee) && !callable.has(callee)) {
      ({ fn: callee, member } = picked.get(callee)!);
    } else if (factoryCalled !== undefined) {
      // `klaviyo(env)('/profiles', body)`: a call of the function the factory returns.
      callee = factoryCalled;
      member = `${callee}()`;
    } else if (callee !== undefined && made.has(callee) && !callable.has(callee)) {
      // `const send = klaviyo(env); send('/profiles', body)`.
      callee = made.get(callee)!;
      member = `${callee}()`;
    } else if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression) && importedObjects.has(expr.expression.text)) {
      // `analytics.identify(user.id, { email })` with `export const analytics = { identify, track }` of another module:
      // that module's function of the member's name.
      callee = expr.expression.text;
      member = expr.name.text;
    } else if (callee === undefined && n.arguments.length && ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression) && !importedObjects.has(expr.expression.text)) {
      // `trackingServices.captureUserEvent({ userId, properties })` with `trackingServices: TrackingServices` of another
      // module of the project: the function of the member's name where that type is declared (an object of services a
      // factory there builds).
      const type = receiverType(expr.expression);
      if (type && importedTypes.has(type)) {
        callee = type;
        member = expr.name.text;
      }
    }
    if (callee === undefined || !n.arguments.length || !callable.has(callee)) continue;
    const args = n.arguments.map((a) => (ts.isLiteralExpression(a) ? [] : dataOf(a, sf, b.consts)));
    // (`log({ message: \`Trial: ${email}\`, type })`: the data under each key, for a helper that sends only some.)
    const argKeys: NonNullable<CallSiteFact['argKeys']> = [];
    n.arguments.forEach((a, arg) => {
      const u = unwrap(a);
      if (!ts.isObjectLiteralExpression(u)) return;
      for (const p of u.properties) {
        if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
        const key = nameText(p.name);
        if (!key) continue;
        const value: ts.Expression = ts.isPropertyAssignment(p) ? p.initializer : p.name;
        const hits = ts.isLiteralExpression(value) ? [] : dataOf(value, sf, b.consts);
        argKeys.push({ arg, key, hits: weakUnderThingKey(key, hits) ? [] : hits });
      }
    });
    // (`const body = { email }; request('/contacts', { body })`: through the function's own constants too.)
    const paramArgs: CallSiteFact['paramArgs'] = n.arguments.flatMap((a, arg) => paramsIn(n, [a]).map((p) => ({ arg, fn: p.fn, param: p.index, ...(p.members ? { members: p.members } : {}) })));
    // (`sendEmail({ emailType: 'receipt', intakeId })` in `reissue(input)`: a helper that sends only `emailType` gets
    // nothing of `input` from here.)
    const keyParams: NonNullable<CallSiteFact['keyParams']> = [];
    const keyedArgs: number[] = [];
    if (paramArgs.length) {
      n.arguments.forEach((a, arg) => {
        const u = unwrap(a);
        if (!ts.isObjectLiteralExpression(u) || !u.properties.every((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) || !paramArgs.some((pa) => pa.arg === arg)) return;
        keyedArgs.push(arg);
        for (const p of u.properties) {
          const key = nameText(p.name);
          if (!key) continue;
          for (const pp of paramsIn(n, [ts.isPropertyAssignment(p) ? p.initializer : p.name])) keyParams.push({ arg, key, fn: pp.fn, param: pp.index, ...(pp.members ? { members: pp.members } : {}) });
        }
      });
    }
    // (Under a key of an object literal, the key: `send({ type, template: Receipt({ name }) })`.)
    const argCalls = n.arguments.flatMap((a, arg) => {
      const u = unwrap(a);
      if (writtenOut(u)) {
        return u.properties.flatMap((p) => {
          const key = nameText(p.name);
          return ts.isPropertyAssignment(p) ? callsIn([p.initializer], b.consts).filter((c) => callable.has(c)).map((c) => ({ arg, callee: c, ...(key ? { key } : {}) })) : [];
        });
      }
      return callsIn([a], b.consts).filter((c) => callable.has(c)).map((c) => ({ arg, callee: c }));
    });
    if (args.some((a) => a.length) || paramArgs.length || argCalls.length) {
      const pos = sf.getLineAndCharacterOfPosition(n.getStart(sf));
      out.push({ callee, ...(member ? { member } : {}), line: pos.line + 1, column: pos.character + 1, args, paramArgs, ...(keyedArgs.length ? { keyParams, keyedArgs } : {}), ...(argCalls.length ? { argCalls } : {}), ...(argKeys.length ? { argKeys } : {}) });
    }
  }
  return out;
}

/** Folders of a Nuxt or Nitro app whose modules call what `server/utils/`, `utils/` and `composables/` define without importing it. */
export const AUTO_IMPORT_LAYOUT = /(?:^|\/)(?:server\/(?:api|routes|middleware|plugins|utils|tasks)|pages|components|composables|layouts|middleware|plugins|stores)\//;
/** Globals and framework helpers a Nuxt module calls that no project module defines. */
const NOT_AUTO_IMPORTED = new Set(['fetch', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'require', 'parseInt', 'parseFloat', 'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'structuredClone', 'queueMicrotask', 'atob', 'btoa', 'alert', 'confirm', 'prompt']);
/** A name a module of a Nuxt or Nitro app may call without importing it, for the project to find where it is defined. */
export const autoImportCandidate = (name: string): boolean => /^[a-z]\w{3,}$/.test(name) && !NOT_AUTO_IMPORTED.has(name);

/** The type a parameter is declared with, named (`svc: Services`) or as a member of a destructured one (`{ svc }: { svc: Services }`). */
function receiverType(id: ts.Identifier): string | undefined {
  const named = (t: ts.TypeNode | undefined) => (t && ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && /^[A-Z]/.test(t.typeName.text) ? t.typeName.text : undefined);
  for (let cur: ts.Node | undefined = id.parent; cur && !ts.isSourceFile(cur); cur = cur.parent) {
    if (!ts.isFunctionLike(cur)) continue;
    for (const p of cur.parameters) {
      if (ts.isIdentifier(p.name)) {
        if (p.name.text === id.text) return named(p.type);
        continue;
      }
      if (!ts.isObjectBindingPattern(p.name) || !p.type || !ts.isTypeLiteralNode(p.type)) continue;
      const el = p.name.elements.find((e) => ts.isIdentifier(e.name) && e.name.text === id.text);
      const key = el ? bindingKey(el) : undefined;
      if (!key) continue;
      const m = p.type.members.find((x): x is ts.PropertySignature => ts.isPropertySignature(x) && nameText(x.name) === key);
      return named(m?.type);
    }
  }
  return undefined;
}

/** Methods of promises, arrays, strings and responses: never a project class's. */
const BUILTIN_METHOD = /^(?:then|catch|finally|map|filter|forEach|reduce|some|every|find|findIndex|flatMap|includes|join|slice|concat|push|toString|valueOf|json|text|trim|split|replace)$/;

/** The named class of the module a call is made in, when the class defines the method `this.<name>` calls. */
function ownClass(n: ts.CallExpression, callable: Set<string>): string | undefined {
  const name = ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : undefined;
  for (let up: ts.Node | undefined = n.parent; up; up = up.parent) {
    if (!ts.isClassDeclaration(up)) continue;
    return up.name && callable.has(up.name.text) && up.members.some((m) => (ts.isMethodDeclaration(m) || ts.isPropertyDeclaration(m)) && m.name && nameText(m.name) === name) ? up.name.text : undefined;
  }
  return undefined;
}

/** `svc` or `this.svc`: how an instance is reached. */
function instanceKey(e: ts.Expression): string | undefined {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) return `this.${e.name.text}`;
  return undefined;
}

/** The project class a type annotation or initializer names: `T`, `new T(…)`, `inject(T)`. */
function classNamed(type: ts.TypeNode | undefined, init: ts.Expression | undefined, classes: Set<string>): string | undefined {
  if (type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && classes.has(type.typeName.text)) return type.typeName.text;
  const i = init ? unwrap(init) : undefined;
  if (i && ts.isNewExpression(i) && ts.isIdentifier(i.expression) && classes.has(i.expression.text)) return i.expression.text;
  if (i && ts.isCallExpression(i) && ts.isIdentifier(i.expression) && i.expression.text === 'inject' && i.arguments[0] && ts.isIdentifier(i.arguments[0]) && classes.has(i.arguments[0].text)) return i.arguments[0].text;
  return undefined;
}

/**
 * Instances of the project's classes by how code reaches them: `const svc = new Mailer()`, a NestJS constructor
 * parameter `private readonly mailer: Mailer` or a property `mailer = inject(Mailer)` (`this.mailer`).
 */
function classInstances(b: Buckets, classes: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of b.vars) {
    const c = ts.isIdentifier(v.name) ? classNamed(v.type, v.initializer, classes) : undefined;
    if (c) out.set((v.name as ts.Identifier).text, c);
  }
  for (const m of b.classProps) {
    const c = ts.isIdentifier(m.name) || ts.isPrivateIdentifier(m.name) ? classNamed(m.type, m.initializer, classes) : undefined;
    if (c) out.set(`this.${(m.name as ts.Identifier).text}`, c);
  }
  for (const p of b.paramProps) {
    const c = ts.isIdentifier(p.name) ? classNamed(p.type, undefined, classes) : undefined;
    if (c) out.set(`this.${(p.name as ts.Identifier).text}`, c);
  }
  return out;
}

/** Plain function calls among the arguments (`send(buildPayload(user))`): their return values are sent. */
/** Helpers called in a const's initializer, per file's consts (a const used in many calls is walked once). */
const constCalls = new WeakMap<Consts, Map<string, string[]>>();

export function callsIn(args: readonly ts.Expression[], consts?: Consts, seen = new Set<string>()): string[] {
  const out: string[] = [];
  const visit = (e: ts.Expression, depth: number) => {
    if (depth > 6) return;
    const u = unwrap(e);
    if (ts.isCallExpression(u) && ts.isIdentifier(unwrap(u.expression))) out.push((unwrap(u.expression) as ts.Identifier).text);
    // (`this.formatEmailPayload(email)`: what the class's own method returns.)
    else if (ts.isCallExpression(u) && ts.isPropertyAccessExpression(u.expression) && u.expression.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(u.expression.name)) out.push(`this.${className(u)}.${u.expression.name.text}`);
    else if (ts.isCallExpression(u) && accessChain(u.expression).join('.') === 'JSON.stringify' && u.arguments[0]) visit(u.arguments[0], depth + 1);
    // `[`Camper: ${describeCamper(c)}`, …].join('\n')`: the parts a prompt or body is joined from.
    else if (ts.isCallExpression(u) && ts.isPropertyAccessExpression(u.expression) && /^(join|concat|trim)$/.test(u.expression.name.text)) visit(u.expression.expression, depth + 1);
    // (`requests.map(toSearchRecord)`: each element is what the helper named returns.)
    else if (ts.isCallExpression(u) && ts.isPropertyAccessExpression(u.expression) && /^(?:map|flatMap)$/.test(u.expression.name.text) && u.arguments.length === 1 && ts.isIdentifier(unwrap(u.arguments[0]))) out.push((unwrap(u.arguments[0]) as ts.Identifier).text);
    else if (ts.isObjectLiteralExpression(u)) {
      for (const p of u.properties) {
        if (ts.isPropertyAssignment(p)) {
          if (!AUTH_HEADER.test(nameText(p.name) ?? '')) visit(p.initializer, depth + 1);
        } else if (ts.isShorthandPropertyAssignment(p)) visit(p.name, depth + 1);
        // (`{ ...guestSummary(guest), points }`: the fields a helper returns, spread into the payload.)
        else if (ts.isSpreadAssignment(p)) visit(p.expression, depth + 1);
      }
    } else if (ts.isArrayLiteralExpression(u)) for (const x of u.elements) visit(ts.isSpreadElement(x) ? x.expression : x, depth + 1);
    else if (ts.isTemplateExpression(u)) for (const sp of u.templateSpans) visit(sp.expression, depth + 1);
    // A local const the argument is built in on an earlier line.
    // (`const domain = companyDomain(workEmail)`: a name for a system thing holds that thing.)
    else if (ts.isIdentifier(u) && consts && !seen.has(u.text) && consts.has(u.text) && !namesSystemThing(u.text)) {
      seen.add(u.text);
      let cache = constCalls.get(consts);
      if (!cache) constCalls.set(consts, (cache = new Map()));
      let found = cache.get(u.text);
      if (!found) {
        // Computed once, the same from every use (a const being computed counts as empty: cycles end).
        cache.set(u.text, []);
        found = callsIn([consts.get(u.text)!], consts, new Set([u.text]));
        cache.set(u.text, found);
      }
      out.push(...found);
    }
  };
  for (const a of args) visit(a, 0);
  return out;
}

/** Personal data each top-level named function returns (from the return statements of the one tree walk). */
export function collectReturns(sf: ts.SourceFile, b: Buckets): Record<string, DataHit[]> {
  const out: Record<string, DataHit[]> = {};
  const add = (name: string, e: ts.Expression) => {
    // (`Object.hasOwn`: a function named `constructor` or `toString` is no key of a plain object's prototype.)
    const hits = Object.hasOwn(out, name) ? out[name] : (out[name] = []);
    for (const h of dataOf(e, sf, b.consts)) if (!hits.some((x) => x.category === h.category && x.name === h.name)) hits.push(h);
  };
  for (const r of b.returns) {
    let fn: ts.Node | undefined = r.parent;
    while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
    const name = fn && (topLevelName(fn) ?? methodName(fn));
    if (name && r.expression && !namesThingsValue(name.replace(/^this\.[\w$]*\./, ''))) add(name, r.expression);
  }
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const init = d.initializer ? unwrap(d.initializer) : undefined;
      if (ts.isIdentifier(d.name) && init && ts.isArrowFunction(init) && !ts.isBlock(init.body) && !namesThingsValue(d.name.text)) add(d.name.text, init.body);
    }
  }
  for (const k of Object.keys(out)) if (!out[k].length) delete out[k];
  return out;
}

/** A class's own method, as its other methods call it: `this.formatEmailPayload`. */
function methodName(fn: ts.Node): string | undefined {
  return ts.isMethodDeclaration(fn) && ts.isIdentifier(fn.name) && (ts.isClassDeclaration(fn.parent) || ts.isClassExpression(fn.parent)) && !fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ? `this.${className(fn.parent)}.${fn.name.text}` : undefined;
}

/** The class a node is in, by name (`''` for an anonymous one): two classes of a file may have methods of one name. */
function className(n: ts.Node | undefined): string {
  while (n && !ts.isClassDeclaration(n) && !ts.isClassExpression(n)) n = n.parent;
  return n && (ts.isClassDeclaration(n) || ts.isClassExpression(n)) ? n.name?.text ?? '' : '';
}

function topLevelName(fn: ts.Node): string | undefined {
  if (ts.isFunctionDeclaration(fn) && fn.name && ts.isSourceFile(fn.parent)) return fn.name.text;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) && ts.isSourceFile(fn.parent.parent.parent.parent)) return fn.parent.name.text;
  return undefined;
}

/**
 * The named name of a parameter: its identifier, or for a destructured one the rest of it (`{ react, ...options }`
 * holds in `options` whatever callers passed beside `react`).
 */
function paramName(p: ts.ParameterDeclaration): string | undefined {
  if (ts.isIdentifier(p.name)) return p.name.text;
  if (ts.isObjectBindingPattern(p.name)) {
    const rest = p.name.elements.find((e) => e.dotDotDotToken && ts.isIdentifier(e.name));
    if (rest) return (rest.name as ts.Identifier).text;
  }
  return undefined;
}

/** An object literal written out key by key (`{ to, type: 'x' }`), without spreads or methods. */
function writtenOut(u: ts.Expression): u is ts.ObjectLiteralExpression & { properties: ts.NodeArray<ts.PropertyAssignment | ts.ShorthandPropertyAssignment> } {
  return ts.isObjectLiteralExpression(u) && u.properties.every((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p));
}

/** The named function a node is in, with its parameter names (undefined for destructured ones without a rest). */
function enclosingParams(node: ts.Node): { fn: string; params: (string | undefined)[]; node: ts.SignatureDeclaration } | undefined {
  for (let cur: ts.Node | undefined = node.parent; cur; cur = cur.parent) {
    let name: string | undefined;
    let factory: string | undefined;
    if (ts.isFunctionDeclaration(cur) && cur.name) name = cur.name.text;
    else if ((ts.isArrowFunction(cur) || ts.isFunctionExpression(cur)) && ts.isVariableDeclaration(cur.parent) && ts.isIdentifier(cur.parent.name)) name = cur.parent.name.text;
    // A method of a named class: its callers reach it through an instance (`this.mailer.send(…)`).
    else if (ts.isMethodDeclaration(cur) && ts.isIdentifier(cur.name) && ts.isClassDeclaration(cur.parent) && cur.parent.name) name = cur.name.text;
    // A method of the object a factory returns (`createPusher(key).send(msg)`): its callers reach it as a member of what
    // the factory made.
    else if (ts.isMethodDeclaration(cur) && ts.isIdentifier(cur.name) && ts.isObjectLiteralExpression(cur.parent)) name = cur.name.text;
    else if ((ts.isArrowFunction(cur) || ts.isFunctionExpression(cur)) && ts.isPropertyAssignment(cur.parent) && ts.isIdentifier(cur.parent.name) && ts.isObjectLiteralExpression(cur.parent.parent)) name = cur.parent.name.text;
    // The function a factory returns (`function klaviyo(env) { return (path, body) => fetch(…) }`): its callers call what
    // the factory made (`klaviyo(env)(path, body)`, `const send = klaviyo(env); send(path, body)`).
    else if ((ts.isArrowFunction(cur) || ts.isFunctionExpression(cur)) && (factory = returnedBy(cur))) name = `${factory}()`;
    // (A callback passed to a call — `Sentry.withScope((scope) => scope.setExtras(extra))`, `items.forEach(…)` — reads the
    // parameters of the function it is written in.)
    else if ((ts.isArrowFunction(cur) || ts.isFunctionExpression(cur)) && ts.isCallExpression(cur.parent) && cur.parent.arguments.some((a) => a === cur)) continue;
    else if (ts.isFunctionLike(cur)) return undefined;
    if (name) return { fn: name, params: (cur as ts.SignatureDeclaration).parameters.map(paramName), node: cur as ts.SignatureDeclaration };
  }
  return undefined;
}

/** The name of the function that returns `fn` (`return (a, b) => …`, `const f = (env) => (a, b) => …`). */
function returnedBy(fn: ts.ArrowFunction | ts.FunctionExpression): string | undefined {
  let at: ts.Node = fn;
  while (ts.isParenthesizedExpression(at.parent)) at = at.parent;
  const outer = ts.isReturnStatement(at.parent) ? ts.findAncestor(at.parent, ts.isFunctionLike) : ts.isArrowFunction(at.parent) && at.parent.body === at ? at.parent : undefined;
  if (!outer) return undefined;
  if (ts.isFunctionDeclaration(outer) && outer.name) return outer.name.text;
  if ((ts.isArrowFunction(outer) || ts.isFunctionExpression(outer)) && ts.isVariableDeclaration(outer.parent) && ts.isIdentifier(outer.parent.name)) return outer.parent.name.text;
  return undefined;
}

/**
 * Local constants of a function body by name (the first declaration of each). Names a destructuring takes out of one
 * of the parameters go to `picks` instead, with the member each holds.
 */
function localConsts(fn: ts.SignatureDeclaration, params: readonly (string | undefined)[] = [], picks?: Map<string, { param: string; key: string }>): Map<string, ts.Expression> {
  const out = new Map<string, ts.Expression>();
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body || !ts.isBlock(body)) return out;
  for (const st of body.statements) {
    if (ts.isVariableStatement(st) && st.declarationList.flags & ts.NodeFlags.Const) {
      // (`const prefix = hash.slice(0, 5)`: a few characters of a hash carry nothing of what was hashed.)
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer && !out.has(d.name.text) && !hashPrefix(unwrap(d.initializer))) out.set(d.name.text, d.initializer);
      // (`const { to, subject } = msg`: the names hold parts of what `msg` holds.)
      for (const d of st.declarationList.declarations) {
        const from = d.initializer ? unwrap(d.initializer) : undefined;
        if (!ts.isObjectBindingPattern(d.name) || !from || !(ts.isIdentifier(from) || ts.isPropertyAccessExpression(from))) continue;
        // (`const { intakeId } = input` in `reissue(input)`: `intakeId` holds what callers put under that key, not all of
        // `input`; a rest element or a nested pattern still holds the rest.)
        const param = picks && ts.isIdentifier(from) && params.includes(from.text) ? from.text : undefined;
        for (const el of d.name.elements) {
          const name = ts.isIdentifier(el.name) ? el.name.text : undefined;
          const key = param && name && !el.dotDotDotToken ? bindingKey(el) : undefined;
          if (param && name && key) {
            if (!picks!.has(name) && !out.has(name)) picks!.set(name, { param, key });
          } else for (const name of boundNames(el.name)) if (!out.has(name)) out.set(name, from);
        }
      }
    }
    // `for (const [key, value] of Object.entries(traits))`: the loop's names hold what the iterable holds.
    if (ts.isForOfStatement(st) && ts.isVariableDeclarationList(st.initializer)) {
      for (const d of st.initializer.declarations) for (const name of boundNames(d.name)) if (!out.has(name)) out.set(name, st.expression);
    }
  }
  return out;
}

function boundNames(b: ts.BindingName): string[] {
  if (ts.isIdentifier(b)) return [b.text];
  return b.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : boundNames(e.name)));
}

/**
 * What a local builder is fed after it is made: `identify.set(key, value)`, `params.append('to', phone)`,
 * `payload.push(row)`, `body.user_id = userId` in the function's body (loops included).
 */
function feeds(fn: ts.SignatureDeclaration, consts: Map<string, ts.Expression>): Map<string, ts.Expression[]> {
  const out = new Map<string, ts.Expression[]>();
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body) return out;
  let budget = 2000;
  const visit = (n: ts.Node): void => {
    if (budget-- <= 0 || ts.isFunctionLike(n)) return;
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ts.isIdentifier(n.expression.expression) && consts.has(n.expression.expression.text) && /^(set|append|add|push|setOnce|assign|update)$/.test(n.expression.name.text)) {
      const list = out.get(n.expression.expression.text) ?? [];
      list.push(...n.arguments);
      out.set(n.expression.expression.text, list);
    }
    // (`if (userId) body.user_id = userId`, `payload['email'] = email`: what is set on the object after it is made.)
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && (ts.isPropertyAccessExpression(n.left) || ts.isElementAccessExpression(n.left)) && ts.isIdentifier(n.left.expression) && consts.has(n.left.expression.text)) {
      const list = out.get(n.left.expression.text) ?? [];
      list.push(n.right);
      out.set(n.left.expression.text, list);
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return out;
}

/**
 * Names whose values a constant carries: `lines` from `Object.entries(fields).map(…)`, `blocks` from `[{ text:
 * lines.join('\n') }]`. Counts, comparisons, tests and callbacks' own parameters carry no value.
 */
function carriedNames(init: ts.Expression, out: Set<string>): void {
  const stack: ts.Node[] = [init];
  let budget = 200;
  while (stack.length && budget-- > 0) {
    const n = stack.pop()!;
    if (ts.isIdentifier(n)) out.add(n.text);
    else if (ts.isPropertyAccessExpression(n)) {
      // (`validation.durationDays`, `stats.messageCount`: a count or a duration of something carries none of it.)
      if (/^(length|size|count|total)$|[a-z](?:Count|Days|Hours|Minutes|Seconds|Total)$/.test(n.name.text)) continue;
      // (`p.skills` carries that member of `p`, not all of it: written `p.skills`, for the parameters it may be.)
      const base = unwrap(n.expression);
      if (ts.isIdentifier(base)) out.add(`${base.text}.${n.name.text}`);
      else stack.push(n.expression);
    } else if (ts.isCallExpression(n)) {
      // (`email.charAt(0)`: an initial carries nothing of the value.)
      if (initialOf(n)) continue;
      if (ts.isPropertyAccessExpression(n.expression)) stack.push(n.expression.expression);
      for (const a of n.arguments) if (!ts.isArrowFunction(a) && !ts.isFunctionExpression(a)) stack.push(a);
    } else if (ts.isBinaryExpression(n)) {
      if (n.operatorToken.kind === ts.SyntaxKind.PlusToken || n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || n.operatorToken.kind === ts.SyntaxKind.BarBarToken) stack.push(n.left, n.right);
    } else if (ts.isConditionalExpression(n)) stack.push(n.whenTrue, n.whenFalse);
    else if (ts.isTemplateExpression(n)) for (const sp of n.templateSpans) stack.push(sp.expression);
    else if (ts.isArrayLiteralExpression(n)) stack.push(...n.elements);
    else if (ts.isObjectLiteralExpression(n)) {
      for (const p of n.properties) {
        // (An `Authorization` header carries the product's own key for the API, whoever supplied it.)
        if (ts.isPropertyAssignment(p)) {
          if (!AUTH_HEADER.test(nameText(p.name) ?? '')) stack.push(p.initializer);
        } else if (ts.isShorthandPropertyAssignment(p)) out.add(p.name.text);
        else if (ts.isSpreadAssignment(p)) stack.push(p.expression);
      }
    } else if (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isAwaitExpression(n) || ts.isSpreadElement(n)) stack.push(n.expression);
  }
}

/** Identifiers passed on unchanged: `payload`, `{ ...payload }`, `{ data }`, `JSON.stringify(payload)`. */
/** Members of a request helper's options that hold what is sent (`options.body`, `opts.payload`). */
const CARRIER_KEY = /^(?:body|data|payload|json|form|params|query|fields|values|variables|properties|traits|metadata)$/;

function flatNames(args: readonly ts.Expression[]): Set<string> {
  const names = new Set<string>();
  const flat = (e: ts.Expression) => {
    const u = unwrap(e);
    if (ts.isIdentifier(u)) names.add(u.text);
    else if (ts.isObjectLiteralExpression(u)) {
      for (const p of u.properties) {
        if (ts.isSpreadAssignment(p)) flat(p.expression);
        else if (ts.isPropertyAssignment(p)) flat(p.initializer);
        else if (ts.isShorthandPropertyAssignment(p)) names.add(p.name.text);
      }
    } else if (ts.isCallExpression(u) && accessChain(u.expression).join('.') === 'JSON.stringify' && u.arguments[0]) flat(u.arguments[0]);
    // `new URLSearchParams(body).toString()`, `encodeURIComponent(email)`: a body or string built from the value.
    else if (ts.isNewExpression(u) && BODY_CTOR.test(accessChain(u.expression).join('.'))) u.arguments?.forEach(flat);
    else if (ts.isCallExpression(u) && TRANSFORM.test(accessChain(u.expression).slice(-1)[0] ?? '')) {
      u.arguments.forEach(flat);
      if (ts.isPropertyAccessExpression(unwrap(u.expression))) flat((unwrap(u.expression) as ts.PropertyAccessExpression).expression);
    } else if (ts.isConditionalExpression(u)) {
      flat(u.whenTrue);
      flat(u.whenFalse);
    }
    // (`text: \`${type}: ${message}\``: what a message's text is written from.)
    else if (ts.isTemplateExpression(u)) for (const span of u.templateSpans) flat(span.expression);
    // (`blocks: [{ type: 'section', text: { text: message } }]`: a list of parts of what is sent.)
    else if (ts.isArrayLiteralExpression(u)) u.elements.forEach(flat);
    // `options.body` of a request helper's options: what its callers put there is sent.
    else if (ts.isPropertyAccessExpression(u) && ts.isIdentifier(unwrap(u.expression)) && CARRIER_KEY.test(u.name.text)) names.add((unwrap(u.expression) as ts.Identifier).text);
  };
  args.forEach(flat);
  return names;
}

/** Parameters of the enclosing named function that reach these arguments unchanged. */
/**
 * Parameters of the enclosing function that a message's text carries and nothing else does
 * (`messages.create({ to: member.phone, body })` in `sendToMember(member, body)`): callers' data in them is message text.
 */
export function messageOnlyParams(call: ts.Node, text: ts.Expression[], other: ts.Expression[]): Set<number> {
  const enclosing = enclosingParams(call);
  const out = new Set<number>();
  if (!enclosing || !text.length) return out;
  const inText = flatNames(text);
  const elsewhere = flatNames(other);
  enclosing.params.forEach((p, index) => {
    if (p && inText.has(p) && !elsewhere.has(p)) out.add(index);
  });
  return out;
}

/** A function's own constants, what feeds them, and the names each constant is built from (a few steps), read once per function. */
const LOCALS = new WeakMap<ts.Node, Local>();

interface Local {
  node: ts.SignatureDeclaration;
  consts: Map<string, ts.Expression>;
  /** Names a destructuring takes out of a parameter (`const { intakeId } = input`): each holds only that member. */
  picks: Map<string, { param: string; key: string }>;
  /** What feeds each constant after its declaration, read when first needed. */
  fed?: Map<string, ts.Expression[]>;
  reach: Map<string, Set<string>>;
}

/** A name of an identifier (`outboxId`, `certificate_id`, `requestUUID`). */
const ID_NAME = /(?:^|[a-z0-9_])(?:Id|ID|Ids|IDs|_id|_ids|Uuid|UUID)$/;

/** The names a local constant is built from, through other constants, up to four steps. */
function reachOf(local: Local, start: string): Set<string> {
  const known = local.reach.get(start);
  if (known) return known;
  const fed = (local.fed ??= feeds(local.node, local.consts));
  const names = new Set<string>([start]);
  let frontier = [start];
  for (let step = 0; step < 4 && frontier.length; step++) {
    const next = new Set<string>();
    for (const n of frontier) {
      // (`const outboxId = await createOutbox({ to, toName })`: an id carries only itself, whatever it was made from.)
      if (ID_NAME.test(n)) continue;
      carriedNames(local.consts.get(n)!, next);
      for (const f of fed.get(n) ?? []) carriedNames(f, next);
    }
    // (A member of another constant, `user.email`, is reached through that constant.)
    for (const n of [...next]) {
      const dot = n.indexOf('.');
      if (dot > 0 && local.consts.has(n.slice(0, dot))) next.add(n.slice(0, dot));
    }
    frontier = [...next].filter((n) => !names.has(n));
    for (const n of frontier) names.add(n);
    frontier = frontier.filter((n) => local.consts.has(n));
  }
  local.reach.set(start, names);
  return names;
}

export function paramsIn(call: ts.Node, args: readonly ts.Expression[]): { fn: string; index: number; inMessage?: boolean; members?: string[] }[] {
  const enclosing = enclosingParams(call);
  if (!enclosing || !(enclosing.params.some(Boolean) || enclosing.node.parameters.some((p) => ts.isObjectBindingPattern(p.name)))) return [];
  const names = flatNames(args);
  if (!names.size) return [];
  // Through the function's own constants, a few steps: `body: { blocks }` with `blocks` built from a parameter.
  // (Only names that are not the parameters themselves need the function's constants.)
  const picked = new Map<string, Set<string>>();
  const accessed = new Map<string, Set<string>>();
  if ([...names].some((n) => !enclosing.params.includes(n))) {
    let local = LOCALS.get(enclosing.node);
    if (!local) {
      const picks = new Map<string, { param: string; key: string }>();
      local = { node: enclosing.node, consts: localConsts(enclosing.node, enclosing.params, picks), picks, reach: new Map() };
      LOCALS.set(enclosing.node, local);
    }
    if (local.consts.size) for (const n of [...names]) if (local.consts.has(n)) for (const r of reachOf(local, n)) names.add(r);
    // (`text` built from `p.playingAge` and `p.skills` in `indexProfile(p)`: what callers put under those members; a
    // member of anything else — a destructured name, a constant — is that thing.)
    for (const n of [...names]) {
      const dot = n.indexOf('.');
      if (dot < 0) continue;
      names.delete(n);
      const base = n.slice(0, dot);
      if (enclosing.params.includes(base)) {
        if (!namesSystemThing(n.slice(dot + 1))) accessed.set(base, (accessed.get(base) ?? new Set()).add(n.slice(dot + 1)));
      } else names.add(base);
    }
    for (const n of names) {
      const pick = local.picks.get(n);
      if (pick && !namesSystemThing(n)) picked.set(pick.param, (picked.get(pick.param) ?? new Set()).add(pick.key));
    }
  }
  const out: { fn: string; index: number; members?: string[] }[] = [];
  enclosing.params.forEach((p, index) => {
    const keys = p && !names.has(p) ? new Set([...(picked.get(p) ?? []), ...(accessed.get(p) ?? [])]) : undefined;
    if (keys?.size) out.push({ fn: enclosing.fn, index, members: [...keys] });
  });
  enclosing.params.forEach((p, index) => {
    // A parameter named for a system thing (`domain`, `projectSlug`) holds that, whatever callers derived it from.
    // A map of fields or values (`fields: Record<string, string>`) carries whatever the callers put in it.
    if (p && names.has(p) && (!namesSystemThing(p) || /^(fields|values|attributes|properties|traits|details|extras?)$/i.test(p))) out.push({ fn: enclosing.fn, index });
  });
  // `log({ message, type })` posting `message`: what callers put under the members it sends.
  enclosing.node.parameters.forEach((param, index) => {
    if (enclosing.params[index] !== undefined || !ts.isObjectBindingPattern(param.name)) return;
    const members: string[] = [];
    for (const el of param.name.elements) {
      if (!ts.isIdentifier(el.name) || !names.has(el.name.text) || namesSystemThing(el.name.text)) continue;
      const key = bindingKey(el);
      if (key) members.push(key);
    }
    if (members.length) out.push({ fn: enclosing.fn, index, members });
  });
  return out;
}
