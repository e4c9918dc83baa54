import { ts } from './tsapi';
import { type ServiceDef, serviceForEnvName, serviceForGlobal, serviceForHost, serviceForPackage } from '../catalog';
import { accessChain, nameText, rangeOf, rootName, unwrap } from './ast';
import { dataOf } from './data';
import type { Buckets } from './buckets';
import type { CallSiteFact, ClientCallFact, DataHit, ImportFact, SinkFact } from './types';
import { type Consts, evalString, hostOf } from './values';

const HTTP_CLIENTS = new Set(['axios', 'got', 'ky', 'node-fetch', 'cross-fetch', 'isomorphic-fetch', 'undici', 'superagent', 'ofetch', 'redaxios', 'needle']);
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'request', 'head', 'options', 'fetch']);
const GLOBAL_OWNERS = new Set(['window', 'globalThis', 'self', 'document']);
/** SDK calls that only set the SDK up; the call that sends data is what counts. */
const SETUP = /^(with[A-Z]\w*|wrap[A-Z]\w*|create\w*Client|init|initialize|setApiKey|setApiKeys|configure|config|load|setup|start|use|on|off|once|flush|close|shutdown|setTag|setTags|setContext|addBreadcrumb|captureException|captureMessage|startSpan|startTransaction|setLevel)$/;

interface Binding {
  service?: ServiceDef;
  http?: { baseUrl?: string };
  /** nodemailer: the SMTP host of createTransport({ host }), or its well-known `service`. */
  smtp?: { host?: string };
}

/** Imports of one file, with require() calls. */
export function collectImports(sf: ts.SourceFile): ImportFact[] {
  const out: ImportFact[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const module = st.moduleSpecifier.text;
      const c = st.importClause;
      if (!c) continue;
      if (c.name) out.push({ local: c.name.text, module, imported: 'default' });
      if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) out.push({ local: c.namedBindings.name.text, module, imported: '*' });
      if (c.namedBindings && ts.isNamedImports(c.namedBindings)) {
        for (const el of c.namedBindings.elements) out.push({ local: el.name.text, module, imported: (el.propertyName ?? el.name).text });
      }
    } else if (ts.isImportEqualsDeclaration(st) && ts.isExternalModuleReference(st.moduleReference) && ts.isStringLiteral(st.moduleReference.expression)) {
      out.push({ local: st.name.text, module: st.moduleReference.expression.text, imported: '*' });
    } else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const init = d.initializer ? unwrap(d.initializer) : undefined;
        if (init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require' && init.arguments[0] && ts.isStringLiteral(init.arguments[0])) {
          const module = init.arguments[0].text;
          if (ts.isIdentifier(d.name)) out.push({ local: d.name.text, module, imported: '*' });
          else if (ts.isObjectBindingPattern(d.name)) for (const el of d.name.elements) if (ts.isIdentifier(el.name)) out.push({ local: el.name.text, module, imported: nameText(el.propertyName ?? el.name) ?? el.name.text });
        }
      }
    }
  }
  return out;
}

function objectProp(obj: ts.Expression | undefined, key: string): ts.Expression | undefined {
  const o = obj ? unwrap(obj) : undefined;
  if (!o || !ts.isObjectLiteralExpression(o)) return undefined;
  for (const p of o.properties) if (ts.isPropertyAssignment(p) && nameText(p.name) === key) return p.initializer;
  return undefined;
}

/** Calls that send data to a third party: SDK calls by import or global, HTTP requests to other hosts. */
/** Whether a method only sets an SDK up (init, configure, with…Config). */
export function isSetupMethod(method: string): boolean {
  return SETUP.test(method);
}

export function collectSinks(sf: ts.SourceFile, b: Buckets, imports: ImportFact[]): { sinks: SinkFact[]; clients: Record<string, string>; clientCalls: ClientCallFact[] } {
  const consts = b.consts;
  const bindings = new Map<string, Binding>();
  const importOf = new Map(imports.map((i) => [i.local, i]));
  for (const i of imports) {
    const svc = serviceForPackage(i.module);
    if (svc) bindings.set(i.local, { service: svc });
    else if (HTTP_CLIENTS.has(i.module)) bindings.set(i.local, { http: {} });
    else if (i.module === 'nodemailer') bindings.set(i.local, { smtp: {} });
  }
  const declared = b.declared;
  const bindingOfChain = (chain: string[]): { binding: Binding; rest: string[] } | undefined => {
    if (!chain.length) return undefined;
    let c = chain;
    if (GLOBAL_OWNERS.has(c[0]) && c.length > 1) c = c.slice(1);
    if (c[0] === 'this' && c.length > 1) {
      const member = bindings.get(`this.${c[1]}`);
      return member ? { binding: member, rest: c.slice(2) } : undefined;
    }
    const b = bindings.get(c[0]);
    if (b) return { binding: b, rest: c.slice(1) };
    if (!declared.has(c[0]) && !importOf.has(c[0]) || c !== chain) {
      const g = serviceForGlobal(c[0]);
      if (g) return { binding: { service: g }, rest: c.slice(1) };
    }
    return undefined;
  };

  // Variables bound to an SDK client or an HTTP instance: `const mp = Mixpanel.init(…)`, `axios.create({ baseURL })`.
  for (const n of b.vars) {
    if (!ts.isIdentifier(n.name) || !n.initializer) continue;
    const init = unwrap(n.initializer);
    const chain = accessChain(init);
    const found = bindingOfChain(chain);
    if (found?.binding.http && ts.isCallExpression(init) && chain[chain.length - 1] === 'create') {
      const base = objectProp(init.arguments[0], 'baseURL') ?? objectProp(init.arguments[0], 'prefixUrl') ?? objectProp(init.arguments[0], 'baseUrl');
      bindings.set(n.name.text, { http: { baseUrl: base ? evalString(base, consts) : undefined } });
    } else if (found?.binding.smtp && ts.isCallExpression(init) && chain[chain.length - 1] === 'createTransport') {
      const opts = init.arguments[0];
      const host = objectProp(opts, 'host');
      const service = objectProp(opts, 'service');
      const h = host ? evalString(host, consts) : undefined;
      const named = service ? evalString(service, consts) : undefined;
      bindings.set(n.name.text, { smtp: { host: h ?? (named ? `smtp.${named.toLowerCase()}.com` : undefined) } });
    } else if (found?.binding.service) {
      bindings.set(n.name.text, found.binding);
    }
  }
  for (const n of b.classProps) {
    if (!n.initializer || !ts.isIdentifier(n.name)) continue;
    const found = bindingOfChain(accessChain(unwrap(n.initializer)));
    if (found?.binding.service || found?.binding.http) bindings.set(`this.${n.name.text}`, found.binding);
  }
  // `this.client = twilio(…)` in a constructor.
  for (const n of b.thisAssignments) {
    const found = bindingOfChain(accessChain(unwrap(n.right)));
    if (found?.binding.service || found?.binding.http) bindings.set(`this.${(n.left as ts.PropertyAccessExpression).name.text}`, found.binding);
  }

  const sinks: SinkFact[] = [];
  const argData = (args: readonly ts.Expression[]): DataHit[] => {
    const hits: DataHit[] = [];
    for (const a of args) for (const h of dataOf(a, sf, consts)) if (!hits.some((x) => x.category === h.category && x.name === h.name)) hits.push(h);
    return hits;
  };

  // Top-level clients other modules may import.
  const clients: Record<string, string> = {};
  for (const n of b.vars) {
    if (!ts.isIdentifier(n.name) || !ts.isVariableStatement(n.parent.parent) || !ts.isSourceFile(n.parent.parent.parent)) continue;
    const svc = bindings.get(n.name.text)?.service;
    if (svc) clients[n.name.text] = svc.id;
  }
  const clientCalls: ClientCallFact[] = [];

  // Cheap filter first: a call can only send when its root is a binding, a global owner or a catalog global.
  const mayBeSink = (root: string | undefined) => !!root && (bindings.has(root) || GLOBAL_OWNERS.has(root) || root === 'fetch' || root === 'navigator' || root === 'this' || (!declared.has(root) && !!serviceForGlobal(root)));
  for (const n of b.calls) {
    const root = rootName(n.expression);
    const imp = root ? importOf.get(root) : undefined;
    if (imp && !bindings.has(root!) && !serviceForPackage(imp.module) && imp.imported !== '*') {
      // A method call on something imported from the project: maybe a client defined there.
      const chain = accessChain(n.expression);
      if (chain.length >= 2) {
        const data = argData(n.arguments);
        const params = paramsIn(n, n.arguments);
        const argCalls = callsIn(n.arguments);
        if (data.length || params.length || argCalls.length) clientCalls.push({ local: root!, module: imp.module, imported: imp.imported, method: chain[chain.length - 1], via: chain.join('.'), data, params, argCalls, ...rangeOf(sf, n) });
      }
      continue;
    }
    if (!mayBeSink(root)) continue;
    {
      const chain = accessChain(n.expression);
      const directFetch = (chain.length === 1 && chain[0] === 'fetch' && !declared.has('fetch')) || chain.join('.') === 'navigator.sendBeacon' || chain.join('.') === 'window.fetch';
      const found = directFetch ? { binding: { http: {} } as Binding, rest: [] as string[] } : bindingOfChain(chain);
      const service = found?.binding.service;
      if (found && service) {
        const method = found.rest[found.rest.length - 1] ?? chain[chain.length - 1] ?? '';
        // A factory imported from the SDK (`createVertex(config)`, `createOpenAI({ apiKey })`) sets up, it does not send.
        const factory = found.rest.length === 0 && /^create[A-Z]/.test(chain[chain.length - 1] ?? '');
        const automatic = automaticData(sf, service.id, n);
        if (automatic.length) sinks.push({ service: service.id, via: `${chain.join('.')} (${automatic.map((d) => d.lexeme).join(', ')})`, data: automatic, ...rangeOf(sf, n) });
        if (!SETUP.test(method) && !factory && (!service.sends || service.sends.test(method))) {
          const data = argData(n.arguments);
          if (service.kind === 'email_delivery' || service.kind === 'marketing') for (const h of mailRecipients(sf, n.arguments)) if (!data.some((d) => d.category === h.category)) data.push(h);
          const params = paramsIn(n, n.arguments);
          const argCalls = callsIn(n.arguments);
          if (data.length || params.length || argCalls.length) sinks.push({ service: service.id, via: chain.join('.'), data, params, argCalls, ...rangeOf(sf, n) });
        }
      } else if (found?.binding.smtp) {
        const method = found.rest[found.rest.length - 1];
        const host = found.binding.smtp.host?.toLowerCase();
        if (method === 'sendMail' && host && !/^(localhost|127\.)/.test(host)) {
          const data = [...argData(n.arguments), ...mailRecipients(sf, n.arguments)];
          const params = paramsIn(n, n.arguments);
          if (data.length || params.length) sinks.push({ service: serviceForHost(host)?.id, host, via: `${chain.join('.')} smtp://${host}`, data, params, ...rangeOf(sf, n) });
        }
      } else if (found?.binding.http) {
        const method = found.rest[found.rest.length - 1];
        if (found.rest.length === 0 || (method && HTTP_METHODS.has(method))) {
          const http = httpRequest(n, found.binding.http.baseUrl, consts, importOf);
          if (http) {
            const data = argData(http.dataArgs);
            const params = paramsIn(n, http.dataArgs);
            const argCalls = callsIn(http.dataArgs);
            if (data.length || params.length || argCalls.length) sinks.push({ params, argCalls, service: http.service ?? (http.host ? serviceForHost(http.host)?.id : undefined), host: http.host, via: `${chain.join('.')} ${http.url}`.trim(), data, pendingUrl: http.pending, ...rangeOf(sf, n) });
          }
        }
      }
    }
  }
  return { sinks, clients, clientCalls };
}

/** Session-replay SDKs record what users type and see from the moment they start. */
const REPLAY_BY_DEFAULT = new Set(['logrocket', 'fullstory', 'hotjar']);

/**
 * SDK settings that send personal data by themselves: `sendDefaultPii: true` (IP address, cookies, user),
 * session replay (`replayIntegration()`, LogRocket, PostHog `session_recording`, Datadog `sessionReplaySampleRate`).
 */
function automaticData(sf: ts.SourceFile, service: string, call: ts.CallExpression): DataHit[] {
  const hits: DataHit[] = [];
  const line = sf.getLineAndCharacterOfPosition(call.getStart(sf)).line + 1;
  const chain = accessChain(call.expression);
  const method = chain[chain.length - 1] ?? '';
  if (!/^(init|initialize|load|start|setup|configure)$/.test(method) && !(chain.length === 1 && REPLAY_BY_DEFAULT.has(service))) return hits;
  const opts = call.arguments.map((a) => unwrap(a)).filter(ts.isObjectLiteralExpression);
  const prop = (o: ts.ObjectLiteralExpression, key: string) => o.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && nameText(p.name) === key);
  for (const o of opts) {
    const pii = prop(o, 'sendDefaultPii');
    if (pii && pii.initializer.kind === ts.SyntaxKind.TrueKeyword) hits.push({ category: 'user.device.ip_address', name: 'sendDefaultPii', lexeme: 'sendDefaultPii: true', line });
    const integrations = prop(o, 'integrations');
    const replay = integrations && /replay/i.test(integrations.initializer.getText(sf)) && !/maskAllText\s*:\s*true/.test(integrations.initializer.getText(sf));
    const phReplay = prop(o, 'disable_session_recording');
    const ddReplay = prop(o, 'sessionReplaySampleRate');
    if (replay || (phReplay && phReplay.initializer.kind === ts.SyntaxKind.FalseKeyword) || (ddReplay && Number(ddReplay.initializer.getText(sf)) > 0)) {
      hits.push({ category: 'user.behavior', name: 'session replay', lexeme: 'session replay', line });
    }
  }
  if (REPLAY_BY_DEFAULT.has(service) && /^(init|load)$/.test(method) && !hits.length) hits.push({ category: 'user.behavior', name: 'session replay', lexeme: 'session replay', line });
  return hits;
}

/** Calls of plain functions (`notify(user)`, an imported helper) with personal data in their arguments. */
export function collectCallSites(sf: ts.SourceFile, b: Buckets, imports: ImportFact[], functions: string[]): CallSiteFact[] {
  const out: CallSiteFact[] = [];
  // Only calls that can be resolved to a function of the project: top-level functions and imports.
  const callable = new Set([...functions, ...imports.map((i) => i.local)]);
  for (const n of b.calls) {
    const callee = unwrap(n.expression);
    if (!ts.isIdentifier(callee) || !n.arguments.length || !callable.has(callee.text)) continue;
    const args = n.arguments.map((a) => (ts.isLiteralExpression(a) ? [] : dataOf(a, sf, b.consts)));
    const enclosing = enclosingParams(n);
    const paramArgs: CallSiteFact['paramArgs'] = [];
    if (enclosing) {
      n.arguments.forEach((a, arg) => {
        const names = flatNames([a]);
        enclosing.params.forEach((p, param) => {
          if (p && names.has(p)) paramArgs.push({ arg, fn: enclosing.fn, param });
        });
      });
    }
    if (args.some((a) => a.length) || paramArgs.length) {
      const pos = sf.getLineAndCharacterOfPosition(n.getStart(sf));
      out.push({ callee: callee.text, line: pos.line + 1, column: pos.character + 1, args, paramArgs });
    }
  }
  return out;
}

/** Plain function calls among the arguments (`send(buildPayload(user))`): their return values are sent. */
function callsIn(args: readonly ts.Expression[]): string[] {
  const out: string[] = [];
  const visit = (e: ts.Expression) => {
    const u = unwrap(e);
    if (ts.isCallExpression(u) && ts.isIdentifier(unwrap(u.expression))) out.push((unwrap(u.expression) as ts.Identifier).text);
    else if (ts.isCallExpression(u) && accessChain(u.expression).join('.') === 'JSON.stringify' && u.arguments[0]) visit(u.arguments[0]);
    else if (ts.isObjectLiteralExpression(u)) for (const p of u.properties) if (ts.isPropertyAssignment(p)) visit(p.initializer);
  };
  args.forEach(visit);
  return out;
}

/** Personal data each top-level named function returns (from the return statements of the one tree walk). */
export function collectReturns(sf: ts.SourceFile, b: Buckets): Record<string, DataHit[]> {
  const out: Record<string, DataHit[]> = {};
  const add = (name: string, e: ts.Expression) => {
    const hits = (out[name] ??= []);
    for (const h of dataOf(e, sf, b.consts)) if (!hits.some((x) => x.category === h.category && x.name === h.name)) hits.push(h);
  };
  for (const r of b.returns) {
    let fn: ts.Node | undefined = r.parent;
    while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
    const name = fn && topLevelName(fn);
    if (name && r.expression) add(name, r.expression);
  }
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const init = d.initializer ? unwrap(d.initializer) : undefined;
      if (ts.isIdentifier(d.name) && init && ts.isArrowFunction(init) && !ts.isBlock(init.body)) add(d.name.text, init.body);
    }
  }
  for (const k of Object.keys(out)) if (!out[k].length) delete out[k];
  return out;
}

function topLevelName(fn: ts.Node): string | undefined {
  if (ts.isFunctionDeclaration(fn) && fn.name && ts.isSourceFile(fn.parent)) return fn.name.text;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) && ts.isSourceFile(fn.parent.parent.parent.parent)) return fn.parent.name.text;
  return undefined;
}

/** The named function a node is in, with its parameter names (undefined for destructured ones). */
function enclosingParams(node: ts.Node): { fn: string; params: (string | undefined)[] } | undefined {
  for (let cur: ts.Node | undefined = node.parent; cur; cur = cur.parent) {
    let name: string | undefined;
    if (ts.isFunctionDeclaration(cur) && cur.name) name = cur.name.text;
    else if ((ts.isArrowFunction(cur) || ts.isFunctionExpression(cur)) && ts.isVariableDeclaration(cur.parent) && ts.isIdentifier(cur.parent.name)) name = cur.parent.name.text;
    else if (ts.isFunctionLike(cur)) return undefined;
    if (name) return { fn: name, params: (cur as ts.SignatureDeclaration).parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : undefined)) };
  }
  return undefined;
}

/** Identifiers passed on unchanged: `payload`, `{ ...payload }`, `{ data }`, `JSON.stringify(payload)`. */
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
  };
  args.forEach(flat);
  return names;
}

/** Parameters of the enclosing named function that reach these arguments unchanged. */
function paramsIn(call: ts.Node, args: readonly ts.Expression[]): { fn: string; index: number }[] {
  const enclosing = enclosingParams(call);
  if (!enclosing) return [];
  const names = flatNames(args);
  const out: { fn: string; index: number }[] = [];
  enclosing.params.forEach((p, index) => {
    if (p && names.has(p)) out.push({ fn: enclosing.fn, index });
  });
  return out;
}

/** The recipients of an email (`to`, `cc`, `bcc`): an email address whatever the variable is called. */
function mailRecipients(sf: ts.SourceFile, args: readonly ts.Expression[]): DataHit[] {
  const out: DataHit[] = [];
  for (const a of args) {
    const o = unwrap(a);
    if (!ts.isObjectLiteralExpression(o)) continue;
    for (const p of o.properties) {
      const key = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? nameText(p.name) : undefined;
      if (!key || !/^(to|cc|bcc|recipients?)$/i.test(key)) continue;
      const v = ts.isPropertyAssignment(p) ? unwrap(p.initializer) : undefined;
      if (v && (ts.isStringLiteralLike(v) || ts.isNumericLiteral(v))) continue;
      out.push({ category: 'user.contact.email', name: key, lexeme: 'email recipient', line: sf.getLineAndCharacterOfPosition(p.getStart(sf)).line + 1 });
      break;
    }
  }
  return out;
}

/** `process.env.NAME`, `${process.env.NAME}/path`, `env.NAME` → NAME. */
function envNameOf(e: ts.Expression): string | undefined {
  let x = unwrap(e);
  if (ts.isTemplateExpression(x) && x.head.text === '') x = unwrap(x.templateSpans[0].expression);
  if (ts.isBinaryExpression(x) && (x.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || x.operatorToken.kind === ts.SyntaxKind.BarBarToken)) x = unwrap(x.left);
  if (ts.isNonNullExpression(x)) x = unwrap(x.expression);
  if (ts.isPropertyAccessExpression(x) && /(^|\.)env$/.test(accessChain(x.expression).join('.'))) return x.name.text;
  return undefined;
}

function httpRequest(
  call: ts.CallExpression,
  baseUrl: string | undefined,
  consts: Consts,
  importOf: Map<string, ImportFact>,
): { url: string; host?: string; service?: string; dataArgs: ts.Expression[]; pending?: SinkFact['pendingUrl'] } | undefined {
  const [first, ...rest] = call.arguments;
  if (!first) return undefined;
  let urlExpr: ts.Expression | undefined = first;
  let dataArgs = rest;
  const u = unwrap(first);
  if (ts.isObjectLiteralExpression(u)) {
    urlExpr = objectProp(u, 'url');
    dataArgs = [u];
  }
  if (!urlExpr) return undefined;
  let url = evalString(urlExpr, consts);
  let pending: SinkFact['pendingUrl'];
  if (url === undefined || url.startsWith('{}')) {
    const root = unwrap(urlExpr);
    // `process.env.SLACK_WEBHOOK_URL`: the variable's name says who receives it.
    const envName = envNameOf(root);
    const named = envName ? serviceForEnvName(envName) : undefined;
    // VERCEL_URL, RENDER_EXTERNAL_URL: the product's own deployment, not a recipient.
    const byName = named && named.kind !== 'cloud_hosting' ? named : undefined;
    if (byName) return { url: `{${envName}}`, host: byName.hosts[0], service: byName.id, dataArgs };
    const ident = ts.isIdentifier(root) ? root : ts.isTemplateExpression(root) && root.head.text === '' && ts.isIdentifier(unwrap(root.templateSpans[0].expression)) ? (unwrap(root.templateSpans[0].expression) as ts.Identifier) : undefined;
    const imp = ident ? importOf.get(ident.text) : undefined;
    if (!imp || !imp.module.startsWith('.')) return undefined;
    pending = { module: imp.module, name: imp.imported, suffix: ts.isTemplateExpression(root) ? root.templateSpans[0].literal.text : '' };
    url = `{${ident!.text}}${pending.suffix}`;
  }
  if (!hostOf(url) && baseUrl && !/^https?:/i.test(url)) url = baseUrl.replace(/\/$/, '') + (url.startsWith('/') ? url : `/${url}`);
  const host = hostOf(url);
  if (!host && !pending) return undefined;
  return { url, host, dataArgs, pending };
}
