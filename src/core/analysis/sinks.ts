import { Parser } from 'htmlparser2';
import { ts } from './tsapi';
import { lineLocator, own } from '../text';
import { lexPug, PugSyntaxError, type PugToken } from '../pug';
import { avatarService, AVATAR_URL_HOSTS, type ServiceDef, serviceById, serviceForGlobal, serviceForHost, serviceForName, serviceForPackage, serviceForUrl } from '../catalog';
import { accessChain, bindingKey, calleeName, enclosingFunction, enclosingFunctionName, initializerInScope, nameText, PROJECT_MODULE, rangeOf, returnedBy, returnsOf, rootName, unwrap } from './ast';
import { dataOf } from './data';
import { AUTO_IMPORT_LAYOUT, autoImportCandidate, callsIn, messageOnlyParams, paramsIn } from './flows';
import { inputCategories } from './fields';
import { automaticData, pushToken, httpRequest, mailRecipients, objectProp, vendorOfAddress } from './requests';
import type { Buckets } from './buckets';
import type { ClientCallFact, DataHit, ImportFact, SinkFact } from './types';
import { type Consts, constAt, evalString, hostOf } from './values';
import { classifyIdentifier, splitIdentifier } from '../taxonomy';

/** HTTP clients a framework injects: NestJS's `HttpService`, Angular's `HttpClient`. */
const INJECTED_HTTP = new Set(['@nestjs/axios:HttpService', '@angular/common/http:HttpClient']);
/** Type names of HTTP clients a class is given (`http: HttpService`, `api: AxiosInstance`). */
const HTTP_CLIENT_TYPES = new Set(['HttpService', 'HttpClient', 'AxiosInstance', 'Got', 'KyInstance']);
const HTTP_CLIENTS = new Set(['axios', 'got', 'ky', 'node-fetch', 'cross-fetch', 'isomorphic-fetch', 'undici', 'superagent', 'ofetch', 'redaxios', 'needle', 'request', 'request-promise', 'request-promise-native', 'phin', 'wretch', 'bent']);
export const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'request', 'head', 'options', 'fetch']);
const GLOBAL_OWNERS = new Set(['window', 'globalThis', 'self', 'document']);
/** Request loggers and servers with a logger option: they log every request (IP address, user agent). */
const REQUEST_LOGGERS = /^(pino-http|express-winston|hono-pino|fastify|express-pino-logger|koa-pino-logger|@fastify\/.*|morgan)$/;
/** OpenTelemetry exporters and wrappers: where traces and logs of every request go. */
const OTEL_EXPORTERS = /^(@opentelemetry\/exporter-[\w-]+|@vercel\/otel)$/;
/** Logging libraries: a logger whose transport points at a vendor sends what it logs there. */
const LOGGERS = /^(winston|nest-winston|pino|nestjs-pino|bunyan|@opentelemetry\/.*|loglevel|tslog|consola|roarr)$/;
/** SDK calls that only set the SDK up; the call that sends data is what counts. */
const SETUP = /^(with[A-Z]\w*|wrap[A-Z]\w*|create\w*Client|createFunction|init|initialize|setApiKey|setApiKeys|setCredentials|setAccessToken|configure|config|load|setup|start|use|on|off|once|flush|close|shutdown|startSpan|startTransaction|setLevel|toFile)$/;

interface Binding {
  service?: ServiceDef;
  /** An OpenAI-compatible client pointed at another provider (`new OpenAI({ baseURL: 'https://api.deepseek.com' })`). */
  endpoint?: string;
  /** An HTTP instance's base URL, or the constant of another of the project's modules that holds it (`pendingBase`:
   * `baseURL: pressworksUrl`, read when the project is joined). */
  http?: { baseUrl?: string; pendingBase?: { module: string; name: string } };
  /** nodemailer: the SMTP host of createTransport({ host }), or its well-known `service`. */
  smtp?: { host?: string };
  /** A logger set to ship debug and trace lines too (`level: 'debug'` in its settings). */
  verbose?: boolean;
  /** Built with the key its caller hands in (`new Mistral({ apiKey: request.apiKey })`): the user's own account there. */
  callerKey?: boolean;
  /** An OpenAI-compatible client pointed at an address its settings hold (`baseURL: modelConfig.baseUrl`): some AI provider. */
  configuredEndpoint?: boolean;
  /** A search or vector store's SDK whose address the deployment sets: the vendor's cloud only if the policy names it. */
  deployedStore?: boolean;
}

/** Imports of one file, with require() calls. */
export function collectImports(sf: ts.SourceFile, vars?: readonly ts.VariableDeclaration[]): ImportFact[] {
  const out: ImportFact[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const module = st.moduleSpecifier.text;
      const c = st.importClause;
      if (!c) continue;
      // (`import type { Options } from "@sentry/types"`, `import { type Options }`: a type types a client handed in, but
      // renders nothing; a JSX `<Options>` beside it is the file's own component.)
      const typeOnly = c.isTypeOnly ? { typeOnly: true as const } : {};
      if (c.name) out.push({ local: c.name.text, module, imported: 'default', ...typeOnly });
      if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) out.push({ local: c.namedBindings.name.text, module, imported: '*', ...typeOnly });
      if (c.namedBindings && ts.isNamedImports(c.namedBindings)) {
        for (const el of c.namedBindings.elements) out.push({ local: el.name.text, module, imported: (el.propertyName ?? el.name).text, ...(c.isTypeOnly || el.isTypeOnly ? { typeOnly: true as const } : {}) });
      }
    } else if (ts.isImportEqualsDeclaration(st) && ts.isExternalModuleReference(st.moduleReference) && ts.isStringLiteral(st.moduleReference.expression)) {
      out.push({ local: st.name.text, module: st.moduleReference.expression.text, imported: '*' });
    } else if (ts.isVariableStatement(st)) requires(st.declarationList.declarations, out);
  }
  // (`if (config.chatGPT.enabled) { const { OpenAI } = require('openai'); chatGPT = new OpenAI(…) }`: an optional
  // integration loads its module where it is switched on.)
  // (The declarations the file's one walk gathered: no second walk.)
  const top = out.length;
  if (/\brequire\(\s*['"]/.test(sf.text)) {
    requires((vars ?? []).filter((d) => !(ts.isVariableStatement(d.parent.parent) && d.parent.parent.parent === sf)), out);
    // (A name the file imports at the top keeps that import.)
    for (let i = out.length - 1; i >= top; i--) if (out.findIndex((o) => o.local === out[i].local) < i) out.splice(i, 1);
  }
  return out;
}

/** The modules variable declarations require: `const x = require('m')`, `const { A } = require('m')`. */
function requires(decls: readonly ts.VariableDeclaration[], out: ImportFact[]): void {
  for (const d of decls) {
    let init = d.initializer ? unwrap(d.initializer) : undefined;
    // `const stripe = require('stripe')(key)`: the client the module's factory makes stands for the module.
    if (init && ts.isCallExpression(init) && ts.isCallExpression(unwrap(init.expression)) && ts.isIdentifier(d.name)) init = unwrap(init.expression);
    if (init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require' && init.arguments[0] && ts.isStringLiteral(init.arguments[0])) {
      const module = init.arguments[0].text;
      if (ts.isIdentifier(d.name)) out.push({ local: d.name.text, module, imported: '*' });
      else if (ts.isObjectBindingPattern(d.name)) for (const el of d.name.elements) if (ts.isIdentifier(el.name)) out.push({ local: el.name.text, module, imported: nameText(el.propertyName ?? el.name) ?? el.name.text });
    }
  }
}

/** Methods of a request builder that add to what is sent (superagent's `send`, `query`, `field`). */
const PAYLOAD_METHODS = /^(?:send|query|field|attach|json|body|form)$/;

/** The arguments of the payload methods chained after a request (`request.post(url).set(h).send(body)`). */
function chainedPayload(call: ts.CallExpression): ts.Expression[] {
  const out: ts.Expression[] = [];
  let cur: ts.Expression = call;
  while (ts.isPropertyAccessExpression(cur.parent) && cur.parent.expression === cur && ts.isCallExpression(cur.parent.parent) && cur.parent.parent.expression === cur.parent) {
    if (PAYLOAD_METHODS.test(cur.parent.name.text)) out.push(...cur.parent.parent.arguments);
    cur = cur.parent.parent;
  }
  return out;
}

/** Whether a method only sets an SDK up (init, configure, with…Config). */
export function isSetupMethod(method: string): boolean {
  return SETUP.test(method);
}

/** The person a setup call attaches to reports: `person`, `payload.person`, `user` of its options. */
function setupPerson(arg: ts.Expression | undefined): ts.Expression | undefined {
  // (`rollbar.configure(rollbarConfig({ person: { email } }))`: a helper that completes the settings it is given.)
  const inner = arg ? unwrap(arg) : undefined;
  if (inner && ts.isCallExpression(inner) && inner.arguments.length === 1 && ts.isObjectLiteralExpression(unwrap(inner.arguments[0]))) arg = inner.arguments[0];
  const payload = objectProp(arg, 'payload');
  return objectProp(arg, 'person') ?? (payload ? objectProp(payload, 'person') : undefined) ?? objectProp(arg, 'user') ?? callbackPerson(arg);
}

/** Whether every value an expression reads comes from `param` (`{ id: event.user.id, email: event.user.email?.replace(…) }`). */
function onlyFrom(e: ts.Expression, param: string): boolean {
  let ok = true;
  let reads = 0;
  const visit = (n: ts.Node): void => {
    if (!ok) return;
    if (ts.isPropertyAssignment(n)) return visit(n.initializer);
    if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) {
      let root: ts.Expression = n;
      while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root) || ts.isNonNullExpression(root)) root = ts.isCallExpression(root) ? root.expression : root.expression;
      // (Only the hook's own parameter: `this.auth.user.email`, `(await getUser()).email` are someone the hook adds.)
      if (!ts.isIdentifier(root) || root.text !== param) ok = false;
      reads++;
      if (ts.isCallExpression(n.parent) && n.parent.expression === n) n.parent.arguments.forEach(visit);
      return;
    }
    if (ts.isShorthandPropertyAssignment(n) || (ts.isIdentifier(n) && n.text !== 'undefined' && !ts.isPropertyAssignment(n.parent))) {
      ok = false;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(e);
  return ok && reads > 0;
}

/** Report hooks of a monitoring SDK's settings that attach a person to each report: `transform: (p) => { p.person = … }`. */
const REPORT_HOOK = /^(?:transform|beforeSend|before_send|onError|onerror|beforeSendTransaction|checkIgnore)$/;

function callbackPerson(arg: ts.Expression | undefined): ts.Expression | undefined {
  const o = arg ? unwrap(arg) : undefined;
  if (!o || !ts.isObjectLiteralExpression(o)) return undefined;
  for (const p of o.properties) {
    const fn = ts.isMethodDeclaration(p) ? p : ts.isPropertyAssignment(p) && (ts.isArrowFunction(unwrap(p.initializer)) || ts.isFunctionExpression(unwrap(p.initializer))) ? (unwrap(p.initializer) as ts.ArrowFunction) : undefined;
    if (!fn || !REPORT_HOOK.test(nameText(p.name!) ?? '') || !fn.body) continue;
    let found: ts.Expression | undefined;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && /^(?:person|user)$/.test(n.left.name.text)) found = n.right;
      else ts.forEachChild(n, visit);
    };
    visit(fn.body);
    // (`event.user = { id: event.user.id, email: mask(event.user.email) }`: the report's own person, cut down — nothing the
    // hook adds.)
    const param = fn.parameters[0] && ts.isIdentifier(fn.parameters[0].name) ? fn.parameters[0].name.text : undefined;
    if (found && param && onlyFrom(found, param)) continue;
    if (found) return found;
  }
  return undefined;
}

/**
 * What a monitoring SDK's report hook takes off the person on each report before it leaves: `beforeSend(event) { delete
 * event.user.email }` → `email`; `event.user = { id: event.user.id }` or `delete event.user` → `*` (all but the id).
 */
export function scrubbedUserKeys(arg: ts.Expression | undefined): string[] {
  const o = arg ? unwrap(arg) : undefined;
  if (!o || !ts.isObjectLiteralExpression(o)) return [];
  const keys = new Set<string>();
  for (const p of o.properties) {
    const fn = ts.isMethodDeclaration(p) ? p : ts.isPropertyAssignment(p) && (ts.isArrowFunction(unwrap(p.initializer)) || ts.isFunctionExpression(unwrap(p.initializer))) ? (unwrap(p.initializer) as ts.ArrowFunction) : undefined;
    if (!fn || !/^(?:beforeSend|before_send)$/.test(nameText(p.name!) ?? '') || !fn.body) continue;
    const event = fn.parameters[0] && ts.isIdentifier(fn.parameters[0].name) ? fn.parameters[0].name.text : undefined;
    if (!event) continue;
    // `event.user`, `event.user?.email`, `event.user['email']`.
    const userOf = (e: ts.Expression): boolean => { const x = unwrap(e); return (ts.isPropertyAccessExpression(x) && x.name.text === 'user' && ts.isIdentifier(unwrap(x.expression)) && (unwrap(x.expression) as ts.Identifier).text === event); };
    const keyOf = (e: ts.Expression): string | undefined => {
      const x = unwrap(e);
      if (ts.isPropertyAccessExpression(x) && userOf(x.expression)) return x.name.text;
      if (ts.isElementAccessExpression(x) && userOf(x.expression) && ts.isStringLiteralLike(x.argumentExpression)) return x.argumentExpression.text;
      return undefined;
    };
    const visit = (n: ts.Node): void => {
      if (ts.isDeleteExpression(n)) {
        const k = keyOf(n.expression);
        if (k) keys.add(k);
        else if (userOf(n.expression)) keys.add('*');
      } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const k = keyOf(n.left);
        const right = unwrap(n.right);
        if (k && (right.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(right) && right.text === 'undefined') || (ts.isStringLiteralLike(right) && /^(?:|\[?(?:redacted|filtered|scrubbed|removed)\]?|\*+)$/i.test(right.text)))) keys.add(k);
        // (`event.user = { id: event.user.id }`: only the id is kept.)
        else if (userOf(n.left) && (right.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(right) && right.text === 'undefined') || (ts.isObjectLiteralExpression(right) && right.properties.every((q) => /^id$/i.test((q.name && nameText(q.name)) ?? ''))))) keys.add('*');
      }
      ts.forEachChild(n, visit);
    };
    visit(fn.body);
  }
  return [...keys];
}

/** Exports of a vendor's package that work on the machine itself: MaxMind's `Reader` looks addresses up in a downloaded database file. */
const LOCAL_EXPORTS = new Set(['@maxmind/geoip2-node:Reader']);
/**
 * Packages whose plain functions and builders only make a message (`codeBlock`, `hyperlink`, `EmbedBuilder`); what
 * sends it is a client's method (`WebhookClient#send`), which takes the builder's data along.
 */
const FORMATTING_PACKAGES = new Set(['discord.js', '@discordjs/builders', '@discordjs/formatters']);

/** Objects a request or a caller hands over (`request.apiKey`, `params.credentials.apiKey`), not the deployment's settings. */
const CALLER_OBJECT = /^(?:request|req|input|params|parameters|args|body|payload|inputs|credentials|creds|connection|integration|account|user|workspace|block|providerRequest)$/;

/**
 * An AI client's key that its caller hands in (`apiKey: request.apiKey` of the enclosing function's parameter): the
 * person brings their own key, and what they send goes to their own account with that provider.
 */
function callerKey(key: ts.Expression | undefined, at: ts.Node): boolean {
  const k = key ? unwrap(key) : undefined;
  if (!k || !ts.isPropertyAccessExpression(k)) return false;
  const chain = accessChain(k);
  const root = chain[0];
  if (!root || !CALLER_OBJECT.test(root) || chain.some((c) => /^(?:env|config|settings)$/i.test(c))) return false;
  for (let cur: ts.Node | undefined = at.parent; cur && !ts.isSourceFile(cur); cur = cur.parent) {
    if (ts.isFunctionLike(cur) && cur.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === root)) return true;
  }
  return false;
}

/** Calls that send data to a third party: SDK calls by import or global, HTTP requests to other hosts. */
/** Names a framework imports by itself (Nuxt and Nitro composables): `useOpenAI`, `useStorage`. */
const AUTO_IMPORTED = /^use[A-Z]\w*$/;
/** The module a name the framework imports by itself is said to come from; the project finds it by its name. */
export const AUTO_IMPORT_MODULE = '#auto-import';

/** The innermost call or name a chain starts from: `useOpenAI()` of `useOpenAI().chat.completions.create`. */
function rootExpression(e: ts.Expression): ts.Expression {
  let cur = e;
  for (;;) {
    if (ts.isPropertyAccessExpression(cur) || ts.isElementAccessExpression(cur) || ts.isNonNullExpression(cur) || ts.isParenthesizedExpression(cur)) cur = cur.expression;
    else if (ts.isCallExpression(cur) && !ts.isIdentifier(cur.expression)) cur = cur.expression;
    else return cur;
  }
}

export function collectSinks(sf: ts.SourceFile, b: Buckets, imports: ImportFact[]): { sinks: SinkFact[]; clients: Record<string, string>; clientCalls: ClientCallFact[]; clientFrom: Record<string, { module: string; imported: string }>; verboseClients?: string[]; httpBases?: Record<string, string> } {
  const consts = b.consts;
  const bindings = new Map<string, Binding>();
  const importOf = new Map(imports.map((i) => [i.local, i]));
  for (const i of imports) {
    const local = LOCAL_EXPORTS.has(`${i.module}:${i.imported}`) || (FORMATTING_PACKAGES.has(i.module) && /^[a-z]|^[A-Z]\w*Builder$/.test(i.imported));
    const svc = local ? undefined : serviceForPackage(i.module);
    if (svc) bindings.set(i.local, { service: svc });
    else if (HTTP_CLIENTS.has(i.module) || INJECTED_HTTP.has(`${i.module}:${i.imported}`)) bindings.set(i.local, { http: {} });
    else if (i.module === 'nodemailer') bindings.set(i.local, { smtp: {} });
  }
  const declared = b.declared;
  const usesNodemailer = imports.some((i) => i.module === 'nodemailer');
  // A transport to a local mail catcher or a JSON/stream transport (tests, development) sends nothing out.
  const localTransport = usesNodemailer && /\b(?:jsonTransport|streamTransport)\s*:\s*true|host\s*:\s*['"](?:localhost|127\.0\.0\.1)['"]/.test(sf.text);
  // Parameters of callbacks an SDK calls (`Sentry.withScope((scope) => …)`, `onError: (event) => …`): bound inside that callback only.
  const scoped = new Map<string, { fn: ts.Node; binding: Binding }[]>();
  const scopedBinding = (name: string, node: ts.Node | undefined): Binding | undefined => nearestIn(scoped, name, node)?.binding;
  // Locals declared inside a function: there the name is that local, whatever another function binds it to
  // (`const client = PostHogClient()` here, `const client = await clerkClient()` in the next function).
  const locals = new Map<string, { fn: ts.Node; binding?: Binding }[]>();
  const localBinding = (name: string, node: ts.Node | undefined): { binding?: Binding } | undefined => nearestIn(locals, name, node);
  const bindingOfChain = (chain: string[], node?: ts.Node): { binding: Binding; rest: string[] } | undefined => {
    if (!chain.length) return undefined;
    const sc = scopedBinding(chain[0], node);
    if (sc) return { binding: sc, rest: chain.slice(1) };
    const local = localBinding(chain[0], node);
    if (local) return local.binding ? { binding: local.binding, rest: chain.slice(1) } : undefined;
    // (`notes.filter((note) => note.title.includes(q))`, `snapshot.forEach((doc) => doc.data())`: an element a callback
    // is handed, whatever a client of the same name — `doc` from Firestore — is elsewhere in the module.)
    if (node && (bindings.has(chain[0]) || importOf.has(chain[0])) && callbackParam(chain[0], node)) return undefined;
    let c = chain;
    if (GLOBAL_OWNERS.has(c[0]) && c.length > 1) c = c.slice(1);
    if (c[0] === 'this' && c.length > 1) {
      const member = bindings.get(`this.${c[1]}`);
      return member ? { binding: member, rest: c.slice(2) } : undefined;
    }
    // `clients.anthropic.messages.create(…)`: a client one property of a local object holds.
    const held = c.length > 1 ? bindings.get(`${c[0]}.${c[1]}`) : undefined;
    if (held) return { binding: held, rest: c.slice(2) };
    const b = bindings.get(c[0]);
    if (b) return { binding: b, rest: c.slice(1) };
    if (!declared.has(c[0]) && !importOf.has(c[0]) || c !== chain) {
      const g = serviceForGlobal(c[0]);
      if (g) return { binding: { service: g }, rest: c.slice(1) };
    }
    return undefined;
  };

  // Dynamic imports: `const { default: posthog } = await import('posthog-js')`, `const Sentry = await import('@sentry/browser')`,
  // also through a local loader: `async function getSentry() { return import('@sentry/browser') }` … `const Sentry = await getSentry()`.
  const importedService = (e: ts.Expression): ServiceDef | undefined =>
    ts.isCallExpression(e) && e.expression.kind === ts.SyntaxKind.ImportKeyword && e.arguments[0] && ts.isStringLiteralLike(e.arguments[0]) ? serviceForPackage(e.arguments[0].text) : undefined;
  const loaders = new Map<string, ServiceDef>();
  for (const r of b.returns) {
    const svc = r.expression ? importedService(unwrap(r.expression)) : undefined;
    const fn = svc && enclosingFunctionName(r);
    if (svc && fn) loaders.set(fn, svc);
  }
  for (const n of b.vars) {
    const init = n.initializer ? unwrap(n.initializer) : undefined;
    if (init && ts.isIdentifier(n.name) && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && !ts.isBlock(init.body)) {
      const svc = importedService(unwrap(init.body as ts.Expression));
      if (svc) loaders.set(n.name.text, svc);
    }
  }
  for (const n of b.vars) {
    const init = n.initializer ? unwrap(n.initializer) : undefined;
    if (!init || !ts.isCallExpression(init)) continue;
    const svc = importedService(init) ?? (ts.isIdentifier(init.expression) && !init.arguments.length ? loaders.get(init.expression.text) : undefined);
    if (!svc) continue;
    if (ts.isIdentifier(n.name)) bindings.set(n.name.text, { service: svc });
    else if (ts.isObjectBindingPattern(n.name)) for (const el of n.name.elements) if (ts.isIdentifier(el.name)) bindings.set(el.name.text, { service: svc });
  }
  const hasLogger = imports.some((i) => LOGGERS.test(i.module));
  // Declarations typed by an SDK class: `let c: Stripe | undefined`, `private readonly bugsnag: BugsnagClient` (injected).
  const typeBinding = (t: ts.TypeNode | undefined): Binding | undefined => {
    if (!t) return undefined;
    if (ts.isUnionTypeNode(t)) {
      for (const x of t.types) {
        const hit = typeBinding(x);
        if (hit) return hit;
      }
      return undefined;
    }
    // `private readonly mailchimp: typeof mailchimpClient`: the SDK's default export itself, injected.
    if (ts.isTypeQueryNode(t) && ts.isIdentifier(t.exprName)) {
      const hit = bindings.get(t.exprName.text);
      return hit?.service ? hit : undefined;
    }
    if (!ts.isTypeReferenceNode(t)) return undefined;
    // `ReturnType<typeof twilio>`, `InstanceType<typeof Stripe>`: what the SDK's factory or class makes.
    if (ts.isIdentifier(t.typeName) && /^(ReturnType|InstanceType|Awaited)$/.test(t.typeName.text) && t.typeArguments?.length === 1) {
      const arg = t.typeArguments[0];
      if (ts.isTypeQueryNode(arg) && ts.isIdentifier(arg.exprName)) {
        const hit = bindings.get(arg.exprName.text);
        return hit?.service ? hit : undefined;
      }
      return typeBinding(arg);
    }
    let name: ts.EntityName = t.typeName;
    while (ts.isQualifiedName(name)) name = name.left;
    const hit = bindings.get(name.text);
    // (An injected HTTP client, `constructor(private readonly http: HttpService)`, sends what it is given too.)
    return hit?.service || (hit?.http && HTTP_CLIENT_TYPES.has(name.text)) ? hit : undefined;
  };
  // What an expression holds: `c ??= new Stripe(key)`, `inject(Analytics)`, a bound chain.
  const clientBinding = (e: ts.Expression, depth = 0): Binding | undefined => {
    const u = unwrap(e);
    if (depth > 4) return undefined;
    // (`{} as Stripe`: a value the code says is the SDK's client; `new Proxy({} as Stripe, { get … })`, a client built on
    // first use behind a proxy, is that client.)
    let cast: ts.Expression = e;
    while (ts.isParenthesizedExpression(cast)) cast = cast.expression;
    // (Only the client's own type, `as Stripe`: `as Stripe.Checkout.Session` is a record the SDK returns.)
    if (ts.isAsExpression(cast) && ts.isTypeReferenceNode(cast.type) && ts.isIdentifier(cast.type.typeName)) {
      const hit = typeBinding(cast.type);
      if (hit) return hit;
    }
    if (ts.isNewExpression(u) && ts.isIdentifier(u.expression) && u.expression.text === 'Proxy' && u.arguments?.[0]) return clientBinding(u.arguments[0], depth + 1);
    if (ts.isBinaryExpression(u)) return clientBinding(u.right, depth + 1) ?? clientBinding(u.left, depth + 1);
    if (ts.isConditionalExpression(u)) return clientBinding(u.whenTrue, depth + 1) ?? clientBinding(u.whenFalse, depth + 1);
    if ((ts.isArrowFunction(u) || ts.isFunctionExpression(u)) && !ts.isBlock(u.body)) return clientBinding(u.body as ts.Expression, depth + 1) ?? typeBinding(u.type);
    if (ts.isCallExpression(u) && ts.isIdentifier(u.expression) && u.expression.text === 'inject' && u.arguments[0]) return clientBinding(u.arguments[0], depth + 1);
    // `useRef<PostHog | null>(null)`: `ref.current` holds the client once it is loaded.
    if (ts.isCallExpression(u) && ts.isIdentifier(u.expression) && /^(useRef|shallowRef|ref)$/.test(u.expression.text) && u.typeArguments?.[0]) return typeBinding(u.typeArguments[0]);
    // `() => (http ??= axios.create({ baseURL }))`: an HTTP instance built lazily.
    const instance = ts.isCallExpression(u) ? instanceBinding(u) : undefined;
    if (instance?.http?.baseUrl || instance?.http?.pendingBase) return instance;
    // Cheap test before building the chain (this runs for every declaration).
    const root = rootName(u);
    if (!root || !(bindings.has(root) || root === 'this' || GLOBAL_OWNERS.has(root) || (!declared.has(root) && serviceForGlobal(root)))) return undefined;
    // `new amplitude.Identify()`, `new Revenue()`: a value the SDK sends later, built here; not a client that sends.
    if (buildsPayload(u)) return undefined;
    const found = bindingOfChain(accessChain(u));
    return found?.binding.service ? found.binding : undefined;
  };
  /**
   * The client of a store the catalog knows only by its cloud's address, built by a package that can point anywhere
   * (`new MeiliSearch({ host: 'https://ms-x.meilisearch.io' })`, `new QdrantClient({ url })`, `new Typesense.Client({ nodes:
   * [{ host }] })`): pointed at the vendor's cloud, the vendor receives what it is given; pointed elsewhere, the product runs
   * the store itself.
   */
  const hostedClient = (init: ts.Expression): Binding | undefined => {
    // (`new ChromaClient({ path }).getOrCreateCollection({ name })`: a handle got from the client just built is that store's.)
    if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && ts.isNewExpression(init.expression.expression)) return hostedClient(init.expression.expression);
    if (!(ts.isNewExpression(init) || ts.isCallExpression(init)) || !init.arguments?.length) return undefined;
    // (Cheap test first, this runs for many declarations: an argument that is settings or a string.)
    if (!init.arguments.slice(0, 2).some((a) => { const u = unwrap(a); return ts.isObjectLiteralExpression(u) || ts.isStringLiteralLike(u) || ts.isTemplateExpression(u); })) return undefined;
    const root = rootName(init.expression);
    const imp = root ? importOf.get(root) : undefined;
    // (Not Node's own modules: `https.request({ hostname })` is a request, read where it is written to.)
    if (!imp || imp.module.startsWith('.') || PROJECT_MODULE.test(imp.module) || NODE_BUILTIN.test(imp.module)) return undefined;
    // (A bare address as the first argument only for a constructor or a connect call: `lookup('sentry.io')` is no client.)
    const callee = ts.isNewExpression(init) ? 'new' : accessChain(init.expression).pop() ?? '';
    const bare = callee === 'new' || /^(?:connect\w*|create\w*|\w*[Cc]lient|init\w*)$/.test(callee);
    const addresses = addressesIn(init.arguments, consts, bare);
    // (`new Typesense.Client({ nodes: [{ host: config.host }] })`: a store's own SDK whose address the deployment sets is
    // the store the catalog knows by that SDK; a policy that does not name its cloud keeps it as the product's own.)
    const store = own(STORE_PACKAGES, imp.module);
    // (`connectToWeaviateCloud(url, …)`, chromadb's `new CloudClient({ apiKey })`, Elastic's `{ cloud: { id } }`: the
    // vendor's cloud by its own entry point, wherever its address comes from.)
    const cloudEntry = /Cloud|WCS/.test(accessChain(init.expression).pop() ?? '') || init.arguments.some((a) => objectProp(a, 'cloud') !== undefined);
    if (!addresses.length && store && (callee === 'new' || bare || cloudEntry)) return cloudEntry ? { service: serviceById(store) } : { service: serviceById(store), deployedStore: true };
    if (!addresses.length || serviceForPackage(imp.module)) return undefined;
    for (const url of addresses) {
      const host = hostOf(/^[a-z][\w+.-]*:\/\//i.test(url) ? url : `https://${url}`);
      const service = host ? serviceForHost(host) : undefined;
      // (Not a cloud's general address: a database on Amazon RDS or a cache on ElastiCache is the product's own.)
      if (service && !GENERAL_CLOUDS.has(service.id)) return { service };
    }
    return undefined;
  };
  // Local factories: `function getDub() { if (!key) return null; return new Dub({ token }) }` … `const dub = getDub()`.
  for (const r of b.returns) {
    const e = r.expression ? unwrap(r.expression) : undefined;
    if (!e || !(ts.isNewExpression(e) || ts.isCallExpression(e))) continue;
    const found = bindingOfChain(accessChain(e));
    const made = found?.binding.service && found.rest.length === 0 ? found.binding : !found ? hostedClient(e) : undefined;
    const fn = made ? enclosingFunctionName(r) : undefined;
    if (fn && !bindings.has(fn) && !importOf.has(fn)) bindings.set(fn, made!);
  }
  /** An HTTP instance with its base URL (`axios.create({ baseURL })`) or a mail transport with its host. */
  const instanceBinding = (init: ts.Expression): Binding | undefined => {
    if (!ts.isCallExpression(init)) return undefined;
    const chain = accessChain(init);
    const found = bindingOfChain(chain);
    if (found?.binding.http && chain[chain.length - 1] === 'create') {
      const base = objectProp(init.arguments[0], 'baseURL') ?? objectProp(init.arguments[0], 'prefixUrl') ?? objectProp(init.arguments[0], 'baseUrl');
      // (`baseURL: config.braze.restEndpoint`: an address from the vendor's settings is the vendor's.)
      const value = base ? evalString(base, consts) : undefined;
      const vendor = base && value === undefined ? vendorOfAddress(base) : undefined;
      const baseUrl = vendor ? `https://${vendor.hosts[0]}` : value;
      // (`baseURL: pressworksUrl` with the address a constant of another module of the project.)
      const ident = base && !baseUrl ? unwrap(base) : undefined;
      const imp = ident && ts.isIdentifier(ident) ? importOf.get(ident.text) : undefined;
      const pendingBase = imp && imp.module.startsWith('.') && imp.imported !== '*' && imp.imported !== 'default' ? { module: imp.module, name: imp.imported } : undefined;
      return { http: { baseUrl, ...(pendingBase ? { pendingBase } : {}) } };
    }
    if (found?.binding.smtp && chain[chain.length - 1] === 'createTransport') {
      const opts = init.arguments[0];
      const host = objectProp(opts, 'host');
      const service = objectProp(opts, 'service');
      const h = host ? evalString(host, consts) : undefined;
      const named = service ? evalString(service, consts) : undefined;
      // (`createTransport({ SES: { ses, aws } })`: nodemailer's Amazon SES transport sends through the SES API.)
      const ses = objectProp(opts, 'SES') ? 'email.us-east-1.amazonaws.com' : undefined;
      // (`{ service: 'aws', host: process.env.SMTP_HOST }`: nodemailer takes an explicit host over a well-known service's,
      // so the deployment's own server is the recipient.)
      return { smtp: { host: h ?? ses ?? (named && !host ? (/^ses\b/i.test(named) ? 'email.us-east-1.amazonaws.com' : `smtp.${named.toLowerCase()}.com`) : undefined) } };
    }
    return undefined;
  };
  /** An AI client built with a literal `baseURL` sends to that host, not to the SDK's vendor. */
  const withEndpoint = (binding: Binding, init: ts.Expression): Binding => {
    if (!(ts.isNewExpression(init) || ts.isCallExpression(init))) return binding;
    const opts = init.arguments?.[0];
    // (`new S3Client({ endpoint: 'http://minio:9000' })`: an S3-compatible store the product runs itself.)
    if (binding.service?.kind === 'cloud_hosting') {
      const at = objectProp(opts, 'endpoint');
      const url = at ? evalString(at, consts) : undefined;
      return url && /^https?:\/\//.test(url) ? { ...binding, endpoint: url } : binding;
    }
    if (binding.service?.kind !== 'ai') return binding;
    const base = objectProp(opts, 'baseURL') ?? objectProp(opts, 'baseUrl');
    const url = base ? evalString(base, consts) : undefined;
    const keyed = callerKey(objectProp(opts, 'apiKey') ?? objectProp(opts, 'api_key'), init) ? { ...binding, callerKey: true } : binding;
    if (url && /^https?:\/\//.test(url)) return { ...keyed, endpoint: url };
    if (!base || url) return keyed;
    // `baseURL: modelConfig.baseUrl`: the provider is whichever the settings name, not necessarily the SDK's vendor.
    // (`baseURL: env.OPENAI_BASE_URL`: an override of the vendor's own address, which is the default; `… || 'http://localhost:1234'`:
    // a model served on the machine itself.)
    const text = base.getText();
    if (/\blocalhost\b|127\.0\.0\.1/.test(text)) return { ...keyed, endpoint: 'http://localhost' };
    const vendorWords = [binding.service.id, ...binding.service.name.split(/\s+/)].filter((w) => w.length >= 4).map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ''));
    const squashed = text.toLowerCase().replace(/[^a-z0-9]/g, '');
    return vendorWords.some((w) => squashed.includes(w)) ? keyed : { ...keyed, configuredEndpoint: true };
  };
  // Variables bound to an SDK client or an HTTP instance: `const mp = Mixpanel.init(…)`, `axios.create({ baseURL })`.
  const varBinding = (n: ts.VariableDeclaration): Binding | undefined => {
    if (!n.initializer) {
      // `let client: Stripe | undefined`, assigned later.
      return typeBinding(n.type);
    }
    const init = unwrap(n.initializer);
    // `await import('@sentry/browser')`, `await getSentry()` (a local loader of it).
    if (ts.isCallExpression(init)) {
      const loaded = importedService(init) ?? (ts.isIdentifier(init.expression) && !init.arguments.length ? loaders.get(init.expression.text) : undefined);
      if (loaded) return { service: loaded };
    }
    const made = instanceBinding(init);
    if (made) return made;
    if (buildsPayload(init)) return undefined;
    const found = bindingOfChain(accessChain(init), init);
    // `const response = await cf.dnsRecords.add(…)`: what an API call returns, not a client.
    if (found?.binding.service && ts.isAwaitExpression(skipParens(n.initializer)) && found.rest.length >= 2) return undefined;
    if (found?.binding.service) return withEndpoint(found.binding, init);
    if (found) return undefined;
    const hosted = hostedClient(init);
    if (hosted) return hosted;
    const composed = composedModel(init);
    if (composed) return composed;
    // Typed, built lazily or by an accessor: `const c: Stripe = …`, `() => (c ??= new Stripe(k))`, `inject(Analytics)`, a vendor logger.
    return typeBinding(n.type) ?? (shapedClient(init) || (n.initializer && castOrProxy(n.initializer)) ? clientBinding(n.initializer ?? init) : undefined) ?? (hasLogger ? loggerBinding(init, importOf, consts) : undefined);
  };
  // A chain composed with a model client (`prompt.pipe(model)`, `RunnableSequence.from([prompt, model, parser])`,
  // `new LLMChain({ llm: model, prompt })`): what is invoked on the chain goes to the model's provider.
  const composedModel = (init: ts.Expression, depth = 0): Binding | undefined => {
    if (depth > 3 || !(ts.isCallExpression(init) || ts.isNewExpression(init))) return undefined;
    const callee = init.expression;
    const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
    if (!COMPOSE.test(method)) return undefined;
    const model = (e: ts.Expression): Binding | undefined => {
      const u = unwrap(e);
      if (ts.isArrayLiteralExpression(u)) return firstOf(u.elements, model);
      if (ts.isObjectLiteralExpression(u)) return firstOf(u.properties, (p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && /^(?:llm|model|chatModel)$/.test(nameText(p.name) ?? '') ? model(ts.isPropertyAssignment(p) ? p.initializer : p.name) : undefined);
      const composed = ts.isCallExpression(u) || ts.isNewExpression(u) ? composedModel(u, depth + 1) : undefined;
      if (composed) return composed;
      const hit = ts.isIdentifier(u) || ts.isPropertyAccessExpression(u) || ts.isNewExpression(u) ? bindingOfChain(accessChain(u), u)?.binding : undefined;
      return hit?.service?.kind === 'ai' ? hit : undefined;
    };
    return firstOf(init.arguments ?? [], model) ?? (ts.isPropertyAccessExpression(callee) ? model(callee.expression) : undefined);
  };
  for (const n of b.vars) {
    if (!ts.isIdentifier(n.name)) continue;
    const hit = varBinding(n);
    if (hit) bindings.set(n.name.text, hit);
  }
  // A top-level `let` built lazily in a function (`function braze() { http ??= axios.create({ baseURL }); return http }`):
  // the variable holds the instance, and so does what returns it.
  if (/\?\?=|\blet\b/.test(sf.text)) {
    const lets = new Set<string>();
    // (`let client: Typesense.Client | null = null`: empty until the first call builds it.)
    const empty = (e: ts.Expression | undefined) => !e || e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined');
    for (const st of sf.statements) if (ts.isVariableStatement(st) && !(st.declarationList.flags & ts.NodeFlags.Const)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && empty(d.initializer)) lets.add(d.name.text);
    const built = (e: ts.Expression): Binding | undefined => {
      const u = unwrap(e);
      // (`http = http ?? axios.create({ baseURL })`, `client = client || new Stripe(k)`.)
      if (ts.isBinaryExpression(u) && (u.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || u.operatorToken.kind === ts.SyntaxKind.BarBarToken)) return built(u.right);
      if (!ts.isCallExpression(u) && !ts.isNewExpression(u)) return undefined;
      const made = ts.isCallExpression(u) ? instanceBinding(u) : undefined;
      if (made?.http?.baseUrl || made?.http?.pendingBase) return made;
      const hosted = hostedClient(u);
      if (hosted) return hosted;
      const found = bindingOfChain(accessChain(u));
      return found?.binding.service && found.rest.length <= 1 && !buildsPayload(u) ? found.binding : undefined;
    };
    // (The walk runs only when one of them is assigned somewhere: `http ??=`, `client =`.)
    for (const name of lets) if (!new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}\\s*(?:\\?\\?)?=(?!=)`).test(sf.text)) lets.delete(name);
    const visit = (n: ts.Node): void => {
      if (ts.isBinaryExpression(n) && ts.isIdentifier(n.left) && lets.has(n.left.text) && (n.operatorToken.kind === ts.SyntaxKind.EqualsToken || n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken)) {
        const hit = built(n.right);
        if (hit && !bindings.get(n.left.text)?.service && !bindings.get(n.left.text)?.http?.baseUrl) bindings.set(n.left.text, hit);
      }
      ts.forEachChild(n, visit);
    };
    if (lets.size) visit(sf);
    for (const r of b.returns) {
      const e = r.expression ? unwrap(r.expression) : undefined;
      const held = e && ts.isIdentifier(e) && lets.has(e.text) ? bindings.get(e.text) : undefined;
      const fn = held ? enclosingFunctionName(r) : undefined;
      if (fn && !bindings.has(fn) && !importOf.has(fn)) bindings.set(fn, held!);
    }
  }
  const holders = new Set<string>();
  // `export const clients = { get anthropic() { return (a ??= new Anthropic()) }, openai: new OpenAI() }`: an object
  // whose properties hold clients, each by its own name.
  for (const n of b.vars) {
    const init = n.initializer ? unwrap(n.initializer) : undefined;
    if (!ts.isIdentifier(n.name) || !init || !ts.isObjectLiteralExpression(init) || bindings.has(n.name.text)) continue;
    for (const p of init.properties) {
      const key = p.name ? nameText(p.name) : undefined;
      let e: ts.Expression | undefined;
      if (ts.isPropertyAssignment(p)) e = p.initializer;
      // (`intercom() { return (_intercom ??= new IntercomClient(…)) }`: a method that hands out the client.)
      else if ((ts.isGetAccessorDeclaration(p) || (ts.isMethodDeclaration(p) && !p.parameters.length)) && p.body) {
        const returns = p.body.statements.filter(ts.isReturnStatement);
        if (returns.length === 1) e = returns[0].expression;
      }
      if (!key || !e) continue;
      const u = unwrap(e);
      const found = ts.isNewExpression(u) || ts.isCallExpression(u) ? bindingOfChain(accessChain(u)) : undefined;
      const hit = found?.binding.service && found.rest.length <= 1 ? withEndpoint(found.binding, u) : clientBinding(e);
      if (hit?.service) {
        bindings.set(`${n.name.text}.${key}`, hit);
        holders.add(n.name.text);
      }
    }
  }
  // The same name bound differently in two functions: each function's own declaration decides there.
  const byName = new Map<string, ts.VariableDeclaration[]>();
  for (const n of b.vars) if (ts.isIdentifier(n.name) && n.initializer && enclosingFunction(n)) byName.set(n.name.text, [...(byName.get(n.name.text) ?? []), n]);
  for (const [name, decls] of byName) {
    if (decls.length < 2 || !bindings.has(name)) continue;
    // (Two blocks of one function — `if (model === 'openai') { const llm = new OpenAI() … }` then `const llm = new
    // ChatAnthropic()` — each its own: a `const` or `let` belongs to its block.)
    for (const d of decls) locals.set(name, [...(locals.get(name) ?? []), { fn: declarationScope(d), binding: varBinding(d) }]);
  }
  /** The client a class member holds: an HTTP instance or mail transport it builds, or an SDK client (pointed at the
   * host its `baseURL` names: `new OpenAI({ baseURL: 'https://openrouter.ai/api/v1' })`). */
  const memberBinding = (value: ts.Expression): Binding | undefined => {
    const init = unwrap(value);
    const made = instanceBinding(init);
    if (made) return made.service || made.http || made.smtp ? made : undefined;
    const found = bindingOfChain(accessChain(init));
    return found && (found.binding.service || found.binding.http || found.binding.smtp) ? withEndpoint(found.binding, init) : hostedClient(init);
  };
  // `private readonly checkr = axios.create({ baseURL: 'https://api.checkr.com/v1' })`.
  for (const n of b.classProps) {
    if (!n.initializer || !ts.isIdentifier(n.name)) continue;
    const held = memberBinding(n.initializer);
    if (held) bindings.set(`this.${n.name.text}`, held);
  }
  // `this.client = twilio(…)` in a constructor.
  for (const n of b.thisAssignments) {
    const held = memberBinding(n.right);
    if (held) bindings.set(`this.${(n.left as ts.PropertyAccessExpression).name.text}`, held);
  }

  // `protected get client() { this.#client ??= new Analytics(…); return this.#client }`: the getter gives the client
  // the member holds.
  for (const n of b.thisAssignments) {
    let g: ts.Node | undefined = n.parent;
    while (g && !ts.isFunctionLike(g)) g = g.parent;
    if (!g || !ts.isGetAccessorDeclaration(g) || !ts.isIdentifier(g.name) || !g.body || bindings.has(`this.${g.name.text}`)) continue;
    const held = bindings.get(`this.${(n.left as ts.PropertyAccessExpression).name.text}`);
    const returned = g.body.statements.filter(ts.isReturnStatement).map((r) => r.expression && unwrap(r.expression));
    if (held && returned.some((r) => r && (r === n || (ts.isPropertyAccessExpression(r) && r.expression.kind === ts.SyntaxKind.ThisKeyword && r.name.text === (n.left as ts.PropertyAccessExpression).name.text)))) bindings.set(`this.${g.name.text}`, held);
  }
  for (const n of b.classProps) {
    if (!ts.isIdentifier(n.name) || bindings.has(`this.${n.name.text}`)) continue;
    const hit = typeBinding(n.type) ?? (n.initializer ? clientBinding(n.initializer) : undefined);
    if (hit) bindings.set(`this.${n.name.text}`, hit);
  }
  for (const p of b.paramProps) {
    const hit = ts.isIdentifier(p.name) ? typeBinding(p.type) : undefined;
    if (hit && ts.isIdentifier(p.name)) bindings.set(`this.${p.name.text}`, hit);
  }
  // A type that names the SDK's client: its default or namespace export (`Anthropic`, `Stripe`), a `…Client`, or the
  // vendor's own name (`{ PostHog }`); not one of its data types (`{ User }` from an auth SDK, `{ Customer }`).
  const clientTypeIn = (t: ts.TypeNode): boolean => {
    if (ts.isUnionTypeNode(t)) return t.types.some(clientTypeIn);
    if (!ts.isTypeReferenceNode(t) || !ts.isIdentifier(t.typeName)) return false;
    const imp = importOf.get(t.typeName.text);
    const svc = imp ? serviceForPackage(imp.module) : undefined;
    if (!imp || !svc) return false;
    const squash = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
    return imp.imported === 'default' || imp.imported === '*' || /(?:Client|Api|SDK)$/.test(imp.imported) || squash(imp.imported) === squash(svc.name) || squash(imp.imported) === squash(svc.id);
  };
  // `async function ask(client: Anthropic, text: string)`: a client handed in, bound inside that function only. (Not a
  // type the SDK's namespace holds, `payload: Anthropic.MessageCreateParams`, nor a parameter of a type's signature.)
  for (const p of b.namedTypeParams) {
    const fn = p.parent;
    if (!ts.isIdentifier(p.name) || !p.type || !(ts.isFunctionLike(fn) && 'body' in fn && fn.body) || namespacedType(p.type) || !clientTypeIn(p.type)) continue;
    const hit = typeBinding(p.type);
    if (hit) scoped.set(p.name.text, [...(scoped.get(p.name.text) ?? []), { fn, binding: hit }]);
  }
  /** A logger argument bound to a vendor: an identifier (`logger`) or options that name a vendor transport. */
  const vendorLogger = (a: ts.Expression): ServiceDef | undefined => {
    const u = unwrap(a);
    if (ts.isIdentifier(u)) {
      const svc = bindings.get(u.text)?.service;
      return svc && (svc.kind === 'logging' || svc.kind === 'error_monitoring') ? svc : undefined;
    }
    if (ts.isObjectLiteralExpression(u)) {
      for (const p of u.properties) {
        if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
        const key = nameText(p.name);
        if (key !== 'logger' && key !== 'transport' && key !== 'transports' && key !== 'stream') continue;
        const v = ts.isPropertyAssignment(p) ? p.initializer : p.name;
        const hit = vendorLogger(v) ?? loggerOptions(v, consts);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  // (`return ready.then(() => rudderClient)`: a client handed over once its setup has finished.)
  const thenClient = (e: ts.Expression): Binding | undefined => {
    const u = unwrap(e);
    if (!ts.isCallExpression(u) || !ts.isPropertyAccessExpression(u.expression) || u.expression.name.text !== 'then') return undefined;
    const cb = u.arguments[0] ? unwrap(u.arguments[0]) : undefined;
    if (!cb || !(ts.isArrowFunction(cb) || ts.isFunctionExpression(cb))) return undefined;
    const body = ts.isBlock(cb.body) ? cb.body.statements.find(ts.isReturnStatement)?.expression : cb.body;
    return body ? clientBinding(body) : undefined;
  };
  // Factories and getters that return a client: `function getClient() { return new X() }`, `get client() { … }`.
  for (const r of b.returns) {
    // The returned value first (cheap), then the function it returns from.
    // (`return WinstonModule.createLogger({ transports: [new transports.Http({ host })] })`: a factory of a logger that
    // ships to a vendor.)
    const hit = clientBinding(r.expression!) ?? (hasLogger ? loggerBinding(r.expression!, importOf, consts) : undefined) ?? thenClient(r.expression!);
    if (!hit) continue;
    let fn: ts.Node | undefined = r.parent;
    while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
    const key = fn && factoryKey(fn);
    if (key && !bindings.has(key)) bindings.set(key, hit);
  }
  // `const c = await sf()` where `sf` returns a client only these factories found (`return conn`, `conn` typed).
  // (`const api = hubspot().crm.contacts`: a part of the client the factory returns.)
  for (const n of b.vars) {
    if (!ts.isIdentifier(n.name) || bindings.has(n.name.text) || !n.initializer) continue;
    let init = unwrap(n.initializer);
    while (ts.isPropertyAccessExpression(init)) init = unwrap(init.expression);
    if (!ts.isCallExpression(init) || !ts.isIdentifier(init.expression)) continue;
    const hit = bindings.get(init.expression.text);
    if (hit?.service) bindings.set(n.name.text, hit);
  }

  const sinks: SinkFact[] = [];
  // The vendor a server's or request logger's own logger ships to (`Fastify({ logger: { transport } })`): where
  // `req.log.info(…)` in any route goes.
  let serverLogger: string | undefined;
  // Request loggers and servers that log each request to a vendor: every request's IP address and user agent go there.
  if (hasLogger || imports.some((i) => REQUEST_LOGGERS.test(i.module) || OTEL_EXPORTERS.test(i.module))) {
    for (const n of [...b.calls, ...b.news]) {
      const root = rootName(n.expression);
      const imp = root ? importOf.get(root) : undefined;
      if (!imp || !(REQUEST_LOGGERS.test(imp.module) || OTEL_EXPORTERS.test(imp.module))) continue;
      // An OpenTelemetry exporter pointed at a vendor (`new OTLPTraceExporter({ url: 'https://api.honeycomb.io' })`) ships request spans.
      const args = n.arguments ?? [];
      const vendor = OTEL_EXPORTERS.test(imp.module) ? args.map((a) => loggerOptions(a, consts)).find(Boolean) : args.map((a) => vendorLogger(a)).find(Boolean);
      if (!vendor) continue;
      if (!OTEL_EXPORTERS.test(imp.module)) serverLogger ??= vendor.id;
      // (`Fastify({ disableRequestLogging: true })`, `pinoHttp({ autoLogging: false })`: no line per request.)
      if (args.some((a) => requestLoggingOff(a))) continue;
      const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      const data: DataHit[] = [
        { category: 'user.device.ip_address', name: 'request log', lexeme: 'request logs', line },
        { category: 'user.device.user_agent', name: 'request log', lexeme: 'request logs', line },
      ];
      sinks.push({ service: vendor.id, via: `${accessChain(n.expression).join('.')} (request logs)`, data, ...rangeOf(sf, n) });
    }
  }
  // (`export const loggerOptions: LoggerOptions = { transport: { targets: [{ target: 'pino-datadog-transport' }] } }`, handed
  // to `Fastify({ logger: loggerOptions })` in another module: the server's logger ships there.)
  if (!serverLogger && /\btransports?\s*:/.test(sf.text)) {
    for (const st of sf.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        const init = d.initializer ? unwrap(d.initializer) : undefined;
        const named = ts.isIdentifier(d.name) && (/log/i.test(d.name.text) || /\bLoggerOptions\b|\bLoggerConfig\b/.test(d.type?.getText(sf) ?? ''));
        if (!named || !init || !ts.isObjectLiteralExpression(init) || !objectProp(init, 'transport')) continue;
        const vendor = loggerOptions(objectProp(init, 'transport')!, consts);
        if (vendor) serverLogger = vendor.id;
      }
    }
  }
  const argData = (args: readonly ts.Expression[]): DataHit[] => {
    const hits: DataHit[] = [];
    // Callbacks the SDK calls are not data: what they set is reported at the calls inside them.
    for (const a of args) for (const h of isFunction(a) ? [] : dataOf(a, sf, consts)) {
      const i = hits.findIndex((x) => x.category === h.category && x.name === h.name);
      if (i < 0) hits.push(h);
      else if (hits[i].hashed && !h.hashed) hits[i] = h;
    }
    return hits;
  };
  // Meta's Conversions API through its business SDK: `new EventRequest(token, pixel).setEvents([event]).execute()` sends
  // the events, and with them what the function's `new UserData().setEmails(…).setPhones(…)` builders were given.
  if (imports.some((i) => i.module === 'facebook-nodejs-business-sdk')) sinks.push(...conversionsApi(sf, b, argData));

  // Top-level clients other modules may import.
  const clients: Record<string, string> = {};
  // (And HTTP instances with a fixed base URL: `export const leads = axios.create({ baseURL: 'https://api.x.com' })`.)
  const httpBases: Record<string, string> = {};
  for (const n of b.vars) {
    if (!ts.isIdentifier(n.name) || !ts.isVariableStatement(n.parent.parent) || !ts.isSourceFile(n.parent.parent.parent)) continue;
    const svc = bindings.get(n.name.text)?.service;
    if (svc) clients[n.name.text] = svc.id;
    const base = bindings.get(n.name.text)?.http?.baseUrl;
    if (base && /^https?:\/\/[^/]/.test(base)) httpBases[n.name.text] = base;
    // (And the clients an exported object holds, as `clients.anthropic`.)
    if (!svc && holders.has(n.name.text)) for (const [key, held] of bindings) if (held.service && key.startsWith(`${n.name.text}.`)) clients[key] = held.service.id;
  }
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && bindings.get(st.name.text)?.service) {
      clients[st.name.text] = bindings.get(st.name.text)!.service!.id;
      // `export default function PostHogClient() { return new PostHog(…) }`, imported as the module's default.
      if (st.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) clients.default = clients[st.name.text];
    }
    // (`export function datadogLogs() { http ??= axios.create({ baseURL }); return http }`: what it returns is that
    // HTTP instance.)
    if (ts.isFunctionDeclaration(st) && st.name) {
      const fnBase = bindings.get(st.name.text)?.http?.baseUrl;
      if (fnBase && /^https?:\/\/[^/]/.test(fnBase)) httpBases[st.name.text] = fnBase;
    }
    // `export default posthog`
    if (ts.isExportAssignment(st) && !st.isExportEquals && ts.isIdentifier(st.expression) && bindings.get(st.expression.text)?.service) clients.default = bindings.get(st.expression.text)!.service!.id;
    // `export { anthropic as summaryModel }`
    if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) {
        // (`import * as Sentry from '@sentry/react-native'; export { Sentry }`: the SDK itself, passed on.)
        const local = (el.propertyName ?? el.name).text;
        const sdk = importOf.get(local) && importOf.get(local)!.imported === '*' ? serviceForPackage(importOf.get(local)!.module) : undefined;
        const svc = bindings.get(local)?.service ?? (sdk && sdk.kind !== 'cloud_hosting' ? sdk : undefined);
        if (svc) clients[el.name.text] = svc.id;
      }
    }
  }
  // A Nuxt or Vue plugin that injects a client (`inject('posthog', posthog)`, `provide: { posthog }`): components reach
  // it as `this.$posthog`, the app as `nuxtApp.$posthog`.
  const clientOf = (e: ts.Expression | undefined): ServiceDef | undefined => {
    const x = e ? unwrap(e) : undefined;
    if (!x || !ts.isIdentifier(x)) return undefined;
    const i = importOf.get(x.text);
    return bindings.get(x.text)?.service ?? (i ? serviceForPackage(i.module) : undefined);
  };
  for (const n of b.calls) {
    const [key, value] = n.arguments;
    if (!ts.isIdentifier(n.expression) || n.expression.text !== 'inject' || !key || !ts.isStringLiteralLike(key)) continue;
    const svc = clientOf(value);
    if (svc) clients[`$${key.text.replace(/^\$/, '')}`] = svc.id;
  }
  for (const n of b.props) {
    if (!ts.isPropertyAssignment(n) || nameText(n.name) !== 'provide' || !ts.isObjectLiteralExpression(unwrap(n.initializer))) continue;
    for (const q of (unwrap(n.initializer) as ts.ObjectLiteralExpression).properties) {
      const svc = ts.isShorthandPropertyAssignment(q) ? clientOf(q.name) : ts.isPropertyAssignment(q) ? clientOf(q.initializer) : undefined;
      const name = nameText(q.name);
      if (svc && name) clients[`$${name.replace(/^\$/, '')}`] = svc.id;
    }
  }
  // Clients a server or a request context carries by name: Fastify's `app.decorate('analytics', new Analytics(…))`, a
  // services object (`return { analytics: new PostHog(…) }`) spread into a tRPC context. Reached elsewhere as
  // `app.analytics.identify(…)`, `ctx.analytics.capture(…)`.
  // (A database client — Prisma, Redis — is where the product keeps data, not a vendor that receives it.)
  const madeClient = (e: ts.Expression | undefined): ServiceDef | undefined => {
    const svc = e ? clientBinding(e)?.service ?? clientOf(e) : undefined;
    return svc && svc.kind !== 'cloud_hosting' ? svc : undefined;
  };
  for (const n of b.calls) {
    const [key, value] = n.arguments;
    if (!ts.isPropertyAccessExpression(n.expression) || !/^decorate(?:Request|Reply)?$/.test(n.expression.name.text) || !key || !ts.isStringLiteralLike(key)) continue;
    const svc = madeClient(value);
    if (svc && !clients[key.text]) clients[key.text] = svc.id;
  }
  for (const n of b.props) {
    if (!ts.isPropertyAssignment(n) || !ts.isObjectLiteralExpression(n.parent)) continue;
    const name = nameText(n.name);
    const init = unwrap(n.initializer);
    if (!name || !(ts.isNewExpression(init) || ts.isCallExpression(init)) || clients[name]) continue;
    const svc = madeClient(init);
    if (svc) clients[name] = svc.id;
  }
  // `export class Integrations { readonly hubspot = new Client(…) }`, injected elsewhere: the clients its fields hold, as
  // `Integrations.hubspot`.
  for (const n of b.classProps) {
    const cls = n.parent;
    if (!ts.isIdentifier(n.name) || !ts.isClassDeclaration(cls) || !cls.name || !ts.isSourceFile(cls.parent)) continue;
    const svc = bindings.get(`this.${n.name.text}`)?.service;
    if (svc) clients[`${cls.name.text}.${n.name.text}`] = svc.id;
  }
  if (serverLogger) clients[SERVER_LOGGER] = serverLogger;
  const clientCalls: ClientCallFact[] = [];
  /** A call on a client another module (or the request context) holds, when it passes data or parameters on. */
  const recordClientCall = (n: ts.CallExpression, local: string, module: string, imported: string, method: string, via: string, typed?: true): void => {
    const data = argData(n.arguments);
    const params = paramsIn(n, n.arguments);
    const argCalls = callsIn(n.arguments, consts);
    if (data.length || params.length || argCalls.length) clientCalls.push({ local, module, imported, method, via, data, params, argCalls, ...(typed ? { typed } : {}), ...rangeOf(sf, n) });
  };
  // `const { db, resend } = ctx; resend.emails.send(…)`, `ctx.stripe.customers.create(…)`: a client a framework's request
  // context carries (tRPC, GraphQL resolvers, Hono); the project's module that exports a client of that name made it.
  const fromContext = new Set<string>();
  for (const v of b.vars) {
    const init = v.initializer ? unwrap(v.initializer) : undefined;
    if (!init || !ts.isObjectBindingPattern(v.name) || !CONTEXT_OBJECT.test(accessChain(init).pop() ?? '')) continue;
    for (const el of v.name.elements) if (ts.isIdentifier(el.name) && !el.propertyName && !el.dotDotDotToken) fromContext.add(el.name.text);
  }
  // `constructor(private readonly integrations: Integrations)` with `Integrations` imported from the project: its fields'
  // clients, reached as `this.integrations.hubspot.…` or `const { hubspot } = this.integrations`.
  const injected = new Map<string, ImportFact>();
  for (const p of [...b.paramProps, ...b.classProps]) {
    const t = p.type && ts.isTypeReferenceNode(p.type) && ts.isIdentifier(p.type.typeName) ? importOf.get(p.type.typeName.text) : undefined;
    if (t && ts.isIdentifier(p.name) && t.imported !== '*' && !serviceForPackage(t.module)) injected.set(p.name.text, t);
  }
  const fieldOf = new Map<string, { imp: ImportFact; prop: string }>();
  if (injected.size) {
    for (const v of b.vars) {
      const init = v.initializer ? accessChain(unwrap(v.initializer)) : [];
      const imp = init.length === 2 && init[0] === 'this' ? injected.get(init[1]) : undefined;
      if (!imp || !ts.isObjectBindingPattern(v.name)) continue;
      for (const el of v.name.elements) {
        const prop = bindingKey(el);
        if (prop && ts.isIdentifier(el.name) && !el.dotDotDotToken) fieldOf.set(el.name.text, { imp, prop });
      }
    }
    for (const n of b.calls) {
      const chain = accessChain(n.expression);
      const direct = chain.length >= 4 && chain[0] === 'this' ? injected.get(chain[1]) : undefined;
      const picked = !direct && chain.length >= 2 ? fieldOf.get(chain[0]) : undefined;
      if (direct) recordClientCall(n, chain[1], direct.module, direct.imported, chain[chain.length - 1], `${direct.imported}.${chain.slice(2).join('.')}`);
      else if (picked) recordClientCall(n, chain[0], picked.imp.module, picked.imp.imported, chain[chain.length - 1], `${picked.imp.imported}.${picked.prop}.${chain.slice(1).join('.')}`);
    }
  }
  // NestJS's `Logger` (`private readonly logger = new Logger(BookingsService.name)`, `Logger.warn(…)`): the app's logger,
  // which `NestFactory.create(AppModule, { logger })` may hand to a vendor in another module.
  const nestLogger = [...importOf.values()].find((i) => i.module === '@nestjs/common' && i.imported === 'Logger')?.local;
  if (nestLogger) {
    const fields = new Set<string>();
    for (const n of b.news) if (ts.isIdentifier(n.expression) && n.expression.text === nestLogger && (ts.isPropertyDeclaration(n.parent) || ts.isVariableDeclaration(n.parent)) && ts.isIdentifier(n.parent.name)) fields.add(n.parent.name.text);
    for (const n of b.calls) {
      const chain = accessChain(n.expression);
      const level = chain[chain.length - 1];
      if (!/^(?:log|error|warn|debug|verbose|fatal)$/.test(level)) continue;
      if ((chain.length === 3 && chain[0] === 'this' && fields.has(chain[1])) || (chain.length === 2 && (chain[0] === nestLogger || fields.has(chain[0])))) recordClientCall(n, chain[chain.length - 2], SERVER_LOGGER, 'log', level, chain.join('.'));
    }
  }
  for (const n of b.calls) {
    const chain = accessChain(n.expression);
    if (chain.length < 3 || importOf.has(chain[0])) continue;
    // `req.log.info({ worker })`, `app.log.error(…)`: the server's logger, whichever file configures its transport.
    if (chain.length === 3 && chain[1] === 'log' && SERVER_LOG_OWNER.test(chain[0]) && LOG_LEVEL.test(chain[2])) {
      recordClientCall(n, chain[0], SERVER_LOGGER, 'log', chain[2], chain.join('.'));
      continue;
    }
    // (`this.$posthog.capture(…)`, `nuxtApp.$posthog.capture(…)`: a client a plugin injected.)
    const injected = chain[1]?.startsWith('$') && (chain[0] === 'this' || INJECTED_HOLDER.test(chain[0])) ? chain[1] : undefined;
    // (`ctx.analytics.capture(…)`, Fastify's `app.analytics.identify(…)` and `request.server.analytics.track(…)`: a
    // client the context or the server instance carries, by name.)
    const onServer = SERVER_INSTANCE.test(chain[0]) ? chain[1] : /^(?:req|request)$/.test(chain[0]) && chain[1] === 'server' && chain.length >= 4 ? chain[2] : undefined;
    const name = injected ?? (fromContext.has(chain[0]) ? chain[0] : CONTEXT_OBJECT.test(chain[0]) ? chain[1] : onServer);
    if (name && !bindingOfChain([chain[0]], n)) recordClientCall(n, name, CONTEXT_CLIENT, name, chain[chain.length - 1], chain.join('.'));
  }

  // `import('posthog-js').then(({ default: posthog }) => posthog.identify(…))`: the module handed to the callback.
  for (const n of b.calls) {
    if (!ts.isPropertyAccessExpression(n.expression) || n.expression.name.text !== 'then') continue;
    const svc = importedService(unwrap(n.expression.expression));
    const fn = svc ? n.arguments[0] : undefined;
    if (!svc || !fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !fn.parameters[0]) continue;
    const param = fn.parameters[0].name;
    const names = ts.isIdentifier(param) ? [param.text] : ts.isObjectBindingPattern(param) ? param.elements.flatMap((el) => (ts.isIdentifier(el.name) ? [el.name.text] : [])) : [];
    for (const name of names) scoped.set(name, [...(scoped.get(name) ?? []), { fn, binding: { service: svc } }]);
  }
  // Cheap filter first: a call can only send when its root is a binding, a global owner or a catalog global.
  const mayBeSink = (root: string | undefined) => !!root && (bindings.has(root) || holders.has(root) || scoped.has(root) || GLOBAL_OWNERS.has(root) || root === 'fetch' || root === '$fetch' || root === 'navigator' || root === 'this' || (!declared.has(root) && !!serviceForGlobal(root)));
  // Calls by the name they are made on (`event.addMetadata(…)` under `event`), indexed when first asked for.
  let byRoot: Map<string, ts.CallExpression[]> | undefined;
  const callsOn = (root: string): ts.CallExpression[] => {
    if (!byRoot) {
      byRoot = new Map();
      for (const c of b.calls) {
        const r = rootName(c.expression);
        if (!r) continue;
        const list = byRoot.get(r);
        if (list) list.push(c);
        else byRoot.set(r, [c]);
      }
    }
    return byRoot.get(root) ?? [];
  };
  // Locals made by a factory imported from the project: `const polar = createPolarClient()`, `const db = await getClient()`.
  const made = new Map<string, ImportFact>();
  for (const v of b.vars) {
    if (!ts.isIdentifier(v.name) || !v.initializer || bindingOfChain([v.name.text], v)) continue;
    const init = unwrap(v.initializer);
    const callee = ts.isCallExpression(init) ? unwrap(init.expression) : undefined;
    const fi = callee && ts.isIdentifier(callee) ? importOf.get(callee.text) : undefined;
    if (fi && fi.imported !== '*' && !serviceForPackage(fi.module)) made.set(v.name.text, fi);
  }
  // Locals that name a step of a chain on something imported from the project: `const index =
  // clients.pinecone().index(name).namespace(id)` then `index.upsert(…)` is `clients.pinecone().index(…)…upsert(…)`.
  // (One declaration of the name in the file, not awaited: what an awaited call returns is its result, not a client.)
  // (Every name the file declares — variables, parameters, destructured and loop bindings — is counted.)
  const chainAlias = new Map<string, ts.Expression>();
  /** Whether an initializer awaits, under parentheses, `as`, `!` or `satisfies`. */
  const awaits = (e: ts.Expression): boolean => {
    for (let x = e; ; ) {
      if (ts.isAwaitExpression(x)) return true;
      if (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isNonNullExpression(x) || ts.isTypeAssertionExpression(x) || ts.isSatisfiesExpression(x)) x = x.expression;
      else return false;
    }
  };
  for (const v of b.vars) {
    if (!ts.isIdentifier(v.name) || !v.initializer || awaits(v.initializer) || made.has(v.name.text) || importOf.has(v.name.text) || bindingOfChain([v.name.text], v)) continue;
    const init = unwrap(v.initializer);
    const r = ts.isCallExpression(init) || ts.isPropertyAccessExpression(init) ? rootName(init) : undefined;
    const ri = r ? importOf.get(r) : undefined;
    if (ri && ri.imported !== '*' && !serviceForPackage(ri.module) && accessChain(init).length >= 2) chainAlias.set(v.name.text, init);
  }
  if (chainAlias.size) {
    // (Only when there is one: every declaration of the name in the file, however bound.)
    const declarations = new Map<string, number>();
    const countDeclared = (n: ts.Node): void => {
      if ((ts.isVariableDeclaration(n) || ts.isParameter(n) || ts.isBindingElement(n)) && ts.isIdentifier(n.name) && chainAlias.has(n.name.text)) declarations.set(n.name.text, (declarations.get(n.name.text) ?? 0) + 1);
      ts.forEachChild(n, countDeclared);
    };
    countDeclared(sf);
    for (const [name, count] of declarations) if (count !== 1) chainAlias.delete(name);
  }
  // `@Inject(SEGMENT) private readonly segment: Analytics` with `Analytics` imported from the project's own module
  // (`export type { Analytics }` beside the provider that builds it): maybe an SDK's client, once that module is read.
  const typedProps = new Map<string, ImportFact>();
  for (const p of [...b.paramProps, ...b.classProps]) {
    const t = p.type;
    if (!ts.isIdentifier(p.name) || !t || !ts.isTypeReferenceNode(t) || !ts.isIdentifier(t.typeName) || bindings.has(`this.${p.name.text}`)) continue;
    const ti = importOf.get(t.typeName.text);
    if (ti && ti.imported !== '*' && ti.imported !== 'default' && PROJECT_MODULE.test(ti.module)) typedProps.set(p.name.text, ti);
  }
  const autoLayout = AUTO_IMPORT_LAYOUT.test(sf.fileName.replace(/\\/g, '/'));
  const autoImportedCall = (name: string) => AUTO_IMPORTED.test(name) || (autoLayout && autoImportCandidate(name));
  for (const n of b.calls) {
    const aliased = rootName(n.expression);
    const alias = aliased !== undefined ? chainAlias.get(aliased) : undefined;
    const root = alias ? rootName(alias) : aliased;
    if (root === 'this' && typedProps.size) {
      const chain = accessChain(n.expression);
      const ti = chain.length >= 3 ? typedProps.get(chain[1]) : undefined;
      if (ti) {
        recordClientCall(n, chain[1], ti.module, ti.imported, chain[chain.length - 1], chain.join('.'), true);
        continue;
      }
    }
    // (`useOpenAI().chat.completions.create(…)` in a Nuxt or Nitro server route, `cleanerChannel(id).publish(…)` in one of
    // its folders: a function the framework imports by itself from `server/utils/`, `utils/` or `composables/`, found by
    // its name across the project.)
    const imp = root ? (importOf.get(root) ?? made.get(root) ?? (autoImportedCall(root) && !b.declared.has(root) && ts.isCallExpression(rootExpression(n.expression)) ? { local: root, module: AUTO_IMPORT_MODULE, imported: root } : undefined)) : undefined;
    // `stripe({ stripeClient, createCustomerOnSignUp: true })` of `@better-auth/stripe`: everyone who signs up becomes
    // a customer of the payment vendor, with their email and name.
    const onSignUp = imp ? customerOnSignUp(sf, n, imp.module) : undefined;
    if (onSignUp) {
      sinks.push(onSignUp);
      continue;
    }
    if (imp && !bindingOfChain([root!], n) && !serviceForPackage(imp.module) && imp.imported !== '*') {
      // A method call on something imported from the project: maybe a client defined there.
      const chain = alias ? [...accessChain(alias), ...accessChain(n.expression).slice(1)] : accessChain(n.expression);
      // `generateText({ model, prompt })` of a workspace package that re-exports the Vercel AI SDK (`export * from 'ai'`):
      // a model call, should the package turn out to pass the SDK on. (Only a call given a model and what to ask it.)
      if (chain.length === 1 && objectProp(n.arguments[0], 'model') && (objectProp(n.arguments[0], 'prompt') || objectProp(n.arguments[0], 'messages'))) {
        const asked = conversation(sf, localObject(n.arguments[0]));
        const data = argData(n.arguments);
        const model = unwrap(objectProp(n.arguments[0], 'model')!);
        const modelImp = ts.isIdentifier(model) ? importOf.get(model.text) : undefined;
        const params = paramsIn(n, n.arguments);
        if (data.length || asked.length || params.length) clientCalls.push({ local: root!, module: imp.module, imported: imp.imported, method: imp.imported, via: chain[0], data, ...(asked.length ? { modelInput: asked } : {}), ...(modelImp && modelImp.imported !== '*' ? { pendingModel: { module: modelImp.module, name: modelImp.imported } } : {}), params, argCalls: callsIn(n.arguments, consts), ...rangeOf(sf, n) });
        continue;
      }
      if (chain.length >= 2) {
        const data = argData(n.arguments);
        const params = paramsIn(n, n.arguments);
        const argCalls = callsIn(n.arguments, consts);
        // (What a model's vendor would be given, should the client turn out to be one.)
        const modelInput = [...conversation(sf, n.arguments[0]), ...n.arguments.flatMap((a) => userTurn(sf, a)), ...uploadedFile(sf, n, chain)];
        if (data.length || params.length || argCalls.length || modelInput.length) clientCalls.push({ local: root!, module: imp.module, imported: imp.imported, method: chain[chain.length - 1], via: chain.join('.'), data, ...(modelInput.length ? { modelInput } : {}), params, argCalls, ...rangeOf(sf, n) });
        // `getBugsnag().notify(err, (event) => { event.addMetadata('student', { name }) })`: what the callback sets on
        // the event the call passes it goes with that call.
        for (const cb of callbacksIn(n.arguments)) {
          const p0 = cb.parameters[0]?.name;
          if (!p0 || !ts.isIdentifier(p0)) continue;
          for (const inner of callsOn(p0.text)) {
            if (inner.pos < cb.pos || inner.end > cb.end) continue;
            const set = argData(inner.arguments);
            // (`Sentry.withScope((scope) => scope.setContext(…))`: a setup call's callback sends by the call made in it.)
            const outer = chain[chain.length - 1];
            if (set.length) clientCalls.push({ local: root!, module: imp.module, imported: imp.imported, method: isSetupMethod(outer) ? accessChain(inner.expression).slice(-1)[0] ?? outer : outer, via: `${chain.join('.')} → ${accessChain(inner.expression).join('.')}`, data: set, params: [], argCalls: [], ...rangeOf(sf, inner) });
          }
        }
      }
      continue;
    }
    const mailCall = usesNodemailer && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'sendMail';
    if (!mayBeSink(root) && !mailCall) continue;
    {
      const chain = accessChain(n.expression);
      // (`$fetch`: the fetch Nuxt and Nitro provide globally, ofetch's.)
      const directFetch = (chain.length === 1 && (chain[0] === 'fetch' || chain[0] === '$fetch') && !declared.has(chain[0])) || chain.join('.') === 'navigator.sendBeacon' || chain.join('.') === 'window.fetch';
      const found = directFetch ? { binding: { http: {} } as Binding, rest: [] as string[] } : bindingOfChain(chain, n);
      let service = found?.binding.service;
      // `new OpenAI({ baseURL: 'https://inference.baseten.co/v1' })`: the host it is pointed at receives the calls.
      const endpointHost = found?.binding.endpoint ? hostOf(found.binding.endpoint) : undefined;
      const endpointService = endpointHost ? serviceForHost(endpointHost) : undefined;
      if (endpointService) service = endpointService;
      const hostOnly = endpointHost && !endpointService ? endpointHost : undefined;
      // `client.getJsonCompletion = async (…) => { … client.chat.send(…) }`: a method the product hangs on the client is
      // its own helper; the SDK call inside it is the send.
      if (found && chain.length === 2 && consts.assigns?.get(chain[0])?.some((a) => (a.left as ts.PropertyAccessExpression).name.text === chain[1] && isFunction(a.right))) continue;
      if (found && service) {
        for (const fn of callbacksIn(n.arguments)) {
          for (const p of fn.parameters) {
            if (!ts.isIdentifier(p.name)) continue;
            const list = scoped.get(p.name.text) ?? [];
            list.push({ fn, binding: found.binding });
            scoped.set(p.name.text, list);
          }
        }
        // The Vercel AI SDK sends to the provider of its model: `model: openai('gpt-4o')`, `model: 'anthropic/claude…'`.
        let pendingModel: SinkFact['pendingModel'];
        // `generateText(requestOptions)` with the options built on an earlier line.
        const args: readonly ts.Expression[] = service.kind === 'ai' && n.arguments[0] ? [localObject(n.arguments[0]), ...n.arguments.slice(1)] : n.arguments;
        /** Other providers a model helper may return (`model: modelFor(name)` → OpenAI or Anthropic): each gets the call too. */
        let alsoTo: ServiceDef[] = [];
        if (service.id === 'vercel-ai-sdk') {
          // (`model: aiGateway('anthropic/claude…')` of `createOpenAI({ baseURL: 'https://ai-gateway.vercel.sh/v1' })`: the
          // provider is the host the client is pointed at, when the catalog knows it.)
          const providers = modelProviders(args[0], consts, (c) => {
            const b = bindingOfChain(c)?.binding;
            const at = b?.endpoint ? serviceForHost(hostOf(b.endpoint) ?? '') : undefined;
            return at ?? b?.service;
          }, sf);
          if (providers.length) [service, ...alsoTo] = providers;
          else {
            // `model: summaryModel` imported from the module that builds it, or `model: reviewModel()` that a function there
            // makes.
            const model = objectProp(args[0], 'model');
            const um = model ? unwrap(model) : undefined;
            const ref = um && ts.isCallExpression(um) && ts.isIdentifier(um.expression) ? um.expression : um;
            const imp = ref && ts.isIdentifier(ref) ? importOf.get(ref.text) : undefined;
            if (imp && !imp.module.startsWith('node:')) pendingModel = { module: imp.module, name: imp.imported };
          }
        }
        const method = found.rest[found.rest.length - 1] ?? chain[chain.length - 1] ?? '';
        // A factory imported from the SDK (`createVertex(config)`, `createOpenAI({ apiKey })`) sets up, it does not send.
        const factory = found.rest.length === 0 && /^create[A-Z]/.test(chain[chain.length - 1] ?? '');
        // `Sentry.init({ initialScope: { user: { email } } })`: set up with a user, every event carries it.
        // The person a monitoring SDK's setup attaches to every report (`Sentry.init({ initialScope })`,
        // `rollbar.configure({ payload: { person: { id, email } } })`).
        const initial = /^(init|start|configure)$/.test(method) ? objectProp(n.arguments[0], 'initialScope') ?? setupPerson(n.arguments[0]) : undefined;
        const initialData = initial ? argData([initial]) : [];
        // (What the report hook takes off the person on every report: `beforeSend(event) { delete event.user.email }`.)
        const scrubs = /^(init|start|configure)$/.test(method) ? scrubbedUserKeys(n.arguments[0]) : [];
        if (initialData.length) sinks.push({ service: service.id, via: `${chain.join('.')} (initialScope)`, data: initialData, ...(scrubs.length ? { scrubsUser: scrubs } : {}), ...rangeOf(sf, n) });
        const automatic = automaticData(sf, service.id, n);
        /** The package the SDK's root name was imported from (`@sentry/node`, `posthog-js`). */
        const sdkModule = importOf.get(rootName(n.expression) ?? '')?.module;
        if (automatic.length) sinks.push({ service: service.id, via: `${chain.join('.')} (${automatic.map((d) => d.lexeme).join(', ')})`, data: automatic, ...rangeOf(sf, n) });
        // `posthog.init(key)`, `Sentry.init({ dsn })` in the browser: from then on every page the person opens reports
        // to the vendor with their IP address and user agent, as a vendor's script tag does.
        // (Not when the setup says not to send personal data: `sendDefaultPii: false`.)
        // (`inject()` of Vercel's Web Analytics and Speed Insights outside a framework's component.)
        else if (!initialData.length && /^(init|initialize|load|inject|injectSpeedInsights)$/.test(method) && browserSdk(sdkModule, sf.fileName) && !n.arguments.some((a) => /\bsendDefaultPii\s*:\s*false\b/.test(a.getText(sf)))) {
          const where = MOBILE_SDK.test(sdkModule ?? '') ? 'in the app' : 'in the browser';
          const loaded = trackerSink(service, undefined, `${chain.join('.')} (${where})`, rangeOf(sf, n));
          if (loaded) sinks.push(loaded);
        }
        // `Sentry.init({ dsn })` on the server: from then on every uncaught error is reported to the vendor with the
        // request it happened in.
        else if (!initialData.length && n.arguments.length && /^(init|start|configure)$/.test(method) && SERVER_MONITOR.test(sdkModule ?? '') && !browserSdk(sdkModule, sf.fileName)) {
          const range = rangeOf(sf, n);
          sinks.push({ service: service.id, via: `${chain.join('.')} (on the server)`, data: [{ category: 'user.telemetry', name: 'error report', lexeme: 'error reports', line: range.line }], loaded: true, fallback: true, ...(scrubs.length ? { scrubsUser: scrubs } : {}), ...range });
        }
        // `createUploadthing()`: the file routes it makes take what people upload straight to the vendor's storage.
        else if (UPLOAD_ROUTER.test(method) && service.kind === 'cloud_hosting') {
          const range = rangeOf(sf, n);
          sinks.push({ service: service.id, via: `${chain.join('.')} (uploads)`, data: [{ category: 'user.content', name: 'upload', lexeme: 'uploaded files', line: range.line }], loaded: true, ...range });
        }
        // `cf.dnsRecords.add(zone, { type: 'A', content: ipAddress })`: a DNS record points a name at a server.
        const dnsRecord = chain.some((c) => DNS_RECORDS.test(c));
        // `stripe.products.create({ name })`, `stripe.prices.create(…)`: the product's catalogue, not a customer.
        const catalogue = chain.slice(1, -1).some((c) => CATALOGUE_OBJECTS.test(c));
        // `withTracing(model, posthog, { posthogDistinctId: user.email })`: an analytics vendor's tracing wrapper sends the
        // person it is given with every trace of the model's calls.
        const tracing = method === 'withTracing' && service.kind === 'analytics' && args.length > 2;
        if ((!SETUP.test(method) || tracing) && !factory && !dnsRecord && !catalogue && (!service.sends || service.sends.test(method) || tracing) && !(quietLevel(service, method) && !found.binding.verbose)) {
          // `amplitude.track(name, props)`, `posthog.capture(event, …)`: an analytics call's first argument names the event.
          // (`analytics().setUserProperty(name, value)`, `Sentry.setTag(key, value)`: the first argument is a key.)
          const sent = tracing ? args.slice(2) : ((service.kind === 'analytics' && EVENT_CALL.test(method)) || KEY_VALUE_CALL.test(method)) && args.length > 1 && !ts.isObjectLiteralExpression(unwrap(args[0])) ? args.slice(1) : args;
          // (`analytics.screen({ anonymousId, name: screen })`, `analytics.page({ name: 'Checkout' })`: a page's or a
          // screen's name.)
          const pageView = service.kind === 'analytics' && PAGE_CALL.test(method);
          // (`this.client.login(this.username, this.password)`: the product's own account at the vendor signs in.)
          const ownLogin = LOGIN_METHOD.test(method) && sent.every((a) => !ts.isObjectLiteralExpression(unwrap(a)));
          // (`slack.reactions.add({ channel, timestamp, name })`, `labels.create({ name })`: a namespace of things names
          // the emoji, the label or the channel, not a person.)
          const thingCall = chain.slice(1, -1).some((c) => THING_NAMESPACE.test(c));
          // Values that steer the API rather than carry data, with the local calls and parameters behind them:
          // (`stripe.billingPortal.sessions.create({ customer })`: a payment API's `customer` is the vendor's own id for the
          // payer, whatever local value the code got it from — only `customer` itself: an API keyed by the product's own id,
          // Autumn's `customer_id`, is sent that id.)
          // (`{ idempotencyKey: \`${userId}-add\` }`: a token the API drops a repeated request by, not data it keeps.)
          const controlKeys = service.kind === 'payment_processor' ? ['customer', 'idempotencyKey', 'idempotency_key'] : ['idempotencyKey', 'idempotency_key'];
          const controlValues = sent.flatMap((a) => controlKeys.map((k) => objectProp(a, k)).filter((v): v is ts.Expression => !!v && !ts.isObjectLiteralExpression(unwrap(v))));
          // (`stripe.customers.retrieve(customerId)`, `stripe.subscriptions.update(subscription.id, { … })`: the id of the
          // vendor's own object a call is about, in the path of its API.)
          const pathId = service.kind === 'payment_processor' && chain.length > 2 && PATH_ID_METHOD.test(method) && sent[0] ? unwrap(sent[0]) : undefined;
          if (pathId && !ts.isObjectLiteralExpression(pathId) && /(?:^|[a-z_.])(?:id|Id|ID|customer)$/.test(pathId.getText(sf))) controlValues.push(pathId);
          const controlData = controlValues.length ? argData(controlValues) : [];
          const controlCalls = new Set(controlValues.length ? callsIn(controlValues, consts) : []);
          const controlled = (h: { name: string; category: string; line: number }) => controlData.some((v) => v.name === h.name && v.category === h.category && v.line === h.line);
          const data = argData(sent).filter((h) => !(pageView && PAGE_NAME_KEY.test(h.name)) && !(ownLogin && LOGIN_DATA.test(h.category)) && !(thingCall && h.name === 'name') && !controlled(h));
          // `autumnHandler({ identify: async () => ({ customerData: { name, email } }) })`: what the SDK's identify
          // callback returns, the SDK sends.
          for (const h of argData(identifyReturns(n.arguments))) if (!data.some((d) => d.category === h.category)) data.push(h);
          // (A traced model's every call sends the vendor its prompt and its answer, unless privacy mode keeps them out.)
          const privacyMode = args.slice(2).some((a) => ['privacyMode', 'posthogPrivacyMode'].some((k) => objectProp(a, k)?.kind === ts.SyntaxKind.TrueKeyword));
          if (tracing && !privacyMode && !data.some((d) => d.category === 'user.content.private')) data.push({ category: 'user.content.private', name: 'model input and output', lexeme: 'prompts and answers of a traced model', line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 });
          // What a model is asked: the conversation's messages, or a prompt built from what users wrote.
          if (service.kind === 'ai') for (const h of conversation(sf, args[0])) if (!data.some((d) => d.category === h.category)) data.push(h);
          // (`llm.invoke(\`Summarize: ${item.readableContent}\`)`, `model.stream([{ role: 'user', content }])`: a LangChain
          // model is given the prompt or the turns themselves.)
          if (service.kind === 'ai' && RUNNABLE_CALL.test(method)) for (const h of bareModelInput(sf, args[0], data)) if (!data.some((d) => d.category === h.category)) data.push(h);
          // (`comprehend.send(new DetectSentimentCommand({ Text: review.body }))`: an AWS model service's command carries
          // what it is given.)
          const command = service.kind === 'ai' && method === 'send' && args[0] ? unwrap(args[0]) : undefined;
          if (command && ts.isNewExpression(command) && /Command$/.test(command.expression.getText(sf))) for (const h of bareModelInput(sf, command.arguments?.[0], data)) if (!data.some((d) => d.category === h.category)) data.push(h);
          // (`openai.beta.threads.messages.create(threadId, { role: 'user', content })`: one turn of a conversation.)
          if (service.kind === 'ai') for (const a of args) for (const h of userTurn(sf, a)) if (!data.some((d) => d.category === h.category)) data.push(h);
          // `openai.files.create({ file, purpose: 'assistants' })`, `vectorStores.fileBatches.uploadAndPoll(…)`: a file the
          // product uploads to a model's vendor is a user's document.
          if (service.kind === 'ai') for (const h of uploadedFile(sf, n, chain)) if (!data.some((d) => d.category === h.category)) data.push(h);
          // `openai.audio.transcriptions.create({ file })`, `deepgram.listen.prerecorded.transcribeFile(buffer)`: a speech
          // API hears someone speak.
          if (chain.some((c) => TRANSCRIPTION.test(c)) && n.arguments.length && !data.some((d) => d.category === 'user.content.audio')) data.push({ category: 'user.content.audio', name: chain[chain.length - 1], lexeme: 'speech sent for transcription', line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 });
          // `stripe.checkout.sessions.create(…)`, `polar.checkouts.create(…)`, `stripe.redirectToCheckout(…)`: a hosted checkout
          // page takes the payer's card details itself.
          if (service.kind === 'payment_processor' && ((chain.slice(1, -1).some((c) => /^checkouts?$/i.test(c)) && /^create/.test(method)) || /^(?:createCheckout|redirectToCheckout)$/.test(method)) && !data.some((d) => d.category === 'user.financial.credit_card')) data.push({ category: 'user.financial.credit_card', name: method, lexeme: 'card details a hosted checkout takes', line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 });
          const push = pushToken(sf, service.id, n);
          if (push && !data.some((d) => d.category === push.category)) data.push(push);
          if (service.kind === 'email_delivery' || service.kind === 'marketing') for (const h of mailRecipients(sf, n.arguments)) if (!data.some((d) => d.category === h.category)) data.push(h);
          // An SMS or messaging API's `to` is a phone number (`messages.create({ to: recipient })`).
          if (service.kind === 'messaging') for (const h of mailRecipients(sf, n.arguments, 'user.contact.phone_number')) if (!data.some((d) => d.category === h.category || d.category === 'user.contact.email')) data.push(h);
          const controlParams = controlValues.length ? paramsIn(n, controlValues) : [];
          const params = paramsIn(n, sent === args ? n.arguments : sent).filter((p) => !controlParams.some((q) => q.fn === p.fn && q.index === p.index));
          // What is written into the message's own text (`body`, `text`, `notification: { title, body }`).
          if (service.kind === 'messaging' || service.kind === 'email_delivery') markMessage(n, n.arguments[0], data, params, sf, consts);
          const argCalls = callsIn(sent === args ? n.arguments : sent, consts).filter((c) => !controlCalls.has(c));
          if (data.length || params.length || argCalls.length) {
            for (const to of [service, ...alsoTo]) sinks.push({ ...(hostOnly ? { host: hostOnly, ...(service.kind === 'ai' && !/^(?:localhost|127\.0\.0\.1)$/.test(hostOnly) ? { hostKind: 'ai' as const } : {}) } : to === service && found.binding.configuredEndpoint ? { configured: { kind: 'ai' as const, name: 'the AI provider its settings point at' } } : { service: to.id }), via: chain.join('.'), data: to === service ? data : data.map((d) => ({ ...d })), params, argCalls, ...(pendingModel ? { pendingModel } : {}), ...(found.binding.callerKey ? { callerKey: true } : {}), ...(found.binding.deployedStore ? { deployedStore: true } : {}), ...rangeOf(sf, n) });
          }
        }
      } else if (found?.binding.smtp || (!found && mailCall)) {
        // A transport built here, or one assigned or passed in (`transporter.sendMail` in a file that uses nodemailer).
        const method = chain[chain.length - 1];
        const host = found?.binding.smtp?.host?.toLowerCase();
        if (method === 'sendMail' && !(host && /^(localhost|127\.)/.test(host)) && !(host === undefined && localTransport)) {
          const data = [...argData(n.arguments), ...mailRecipients(sf, n.arguments)];
          const params = paramsIn(n, n.arguments);
          // Without a host in the code, the mail server is the one the deployment configures.
          const to = host ? { service: serviceForHost(host)?.id, host } : { configured: { kind: 'email_delivery' as const, name: 'the configured SMTP server' } };
          if (data.length || params.length) sinks.push({ ...to, via: `${chain.join('.')} smtp://${host ?? '(configured)'}`, data, params, ...rangeOf(sf, n) });
        }
      } else if (found?.binding.http) {
        const method = found.rest[found.rest.length - 1];
        if (found.rest.length === 0 || (method && HTTP_METHODS.has(method.toLowerCase()))) {
          const http = httpRequest(n, found.binding.http.baseUrl, consts, importOf, found.binding.http.pendingBase);
          // (`request.post(url).send(body)`, `.query({ email })`, `.field('to', phone)`: what the request's builder is given.)
          if (http) http.dataArgs = [...http.dataArgs, ...chainedPayload(n)];
          if (http) {
            // Data in the URL travels too: `https://ipapi.co/${ip}/json`, `?${new URLSearchParams({ email })}`.
            const sent = http.urlExpr && !ts.isStringLiteralLike(unwrap(http.urlExpr)) ? [...http.dataArgs, http.urlExpr] : http.dataArgs;
            // (`headers: { 'User-Agent': userAgent }` names the product's own client, unless it passes on a request's.)
            const ownUa = ownUserAgent(sent, sf);
            const data = ownUa ? argData(sent).filter((d) => d.category !== 'user.device.user_agent') : argData(sent);
            // A messaging or mail API's recipient (`body.set('To', …)`, `{ to }`) is a phone number or an address.
            const byHost = http.host ? serviceForUrl(http.url, http.host) : undefined;
            const kind = http.service ? serviceById(http.service)?.kind : byHost?.kind;
            if (kind === 'messaging' || kind === 'email_delivery') {
              const category = kind === 'messaging' ? 'user.contact.phone_number' : 'user.contact.email';
              for (const h of mailRecipients(sf, http.dataArgs, category, consts)) if (!data.some((d) => d.category === h.category)) data.push(h);
            }
            // A model's API called over HTTP (`fetch('https://api.openai.com/v1/chat/completions', { body })`): what people
            // wrote, in its messages or prompt, goes with it; speech posted for transcription is someone's voice.
            // (`${getBaseUrl()}/chat/completions` from another module: a model's API path, the host known when the project is joined.)
            // (The payload itself, `axios.post(url, payload)`, or the options' `body`/`data`/`json`, `fetch(url, { body })`.)
            const payloads = http.dataArgs.flatMap((e) => [e, ...['body', 'data', 'json'].flatMap((k) => objectProp(e, k) ?? [])]);
            // (`{ messages: [{ role: 'user', content: message }] }` posted to an agent's API the catalog does not know: a
            // conversation's turn is what the person wrote, whoever receives it.)
            if (kind === 'ai' || (!kind && http.pending && MODEL_API_PATH.test(http.url)) || (!kind && http.host && payloads.some((e) => chatTurns(sf, requestJson(e))))) {
              for (const e of payloads) for (const h of conversation(sf, requestJson(e))) if (!data.some((d) => d.category === h.category)) data.push(h);
              if (TRANSCRIPTION_PATH.test(http.url) && http.dataArgs.length && !data.some((d) => d.category === 'user.content.audio')) data.push({ category: 'user.content.audio', name: 'audio', lexeme: 'speech sent for transcription', line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 });
            }
            // (An analytics API's event — `{ name, url, domain, props }` posted to `/api/event` — is named for the event or
            // the page, not for a person.)
            if (kind === 'analytics' && ANALYTICS_EVENT_PATH.test(http.url)) for (let i = data.length - 1; i >= 0; i--) if (PAGE_NAME_KEY.test(data[i].name)) data.splice(i, 1);
            // `fetch('https://ipapi.co/json/')`: an address lookup without an address looks up the caller's own — the
            // visitor's, from a page or an app (a server has no use for its own location).
            const lookup = http.service ?? byHost?.id;
            // (Not a URL built around an address, however that address was judged: `https://ipinfo.io/${ip}/json`.)
            const fixedUrl = !http.urlExpr || ts.isStringLiteralLike(unwrap(http.urlExpr));
            if (lookup && IP_LOOKUP.has(lookup) && fixedUrl && !data.some((d) => d.category === 'user.device.ip_address')) data.push({ category: 'user.device.ip_address', name: 'request', lexeme: 'the caller\'s own address, looked up', line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 });
            // (Nor is a parameter that only fills that header: `fetchBootstrap(userAgent)` is given the product's own.)
            const fnParams = ownUa ? (enclosingFunction(n) as ts.SignatureDeclaration | undefined)?.parameters : undefined;
            const params = paramsIn(n, sent).filter((p) => !(fnParams && /^user_?agent$/i.test(fnParams[p.index]?.name.getText(sf) ?? '')));
            // (`fetch(twilioUrl, { body: new URLSearchParams({ To: to, Body: body }) })`: what goes in the message's own text.)
            if (kind === 'messaging' || kind === 'email_delivery') {
              // (The request's own body, not the options around it: `{ method, headers, body }` has a `body` of its own.)
              const bodies = http.dataArgs.flatMap((e) => { const inner = ['body', 'data', 'json'].flatMap((k) => objectProp(e, k) ?? []); return inner.length ? inner : [e]; });
              for (const e of bodies) markMessage(n, formObject(requestJson(e)), data, params, sf, consts);
            }
            const argCalls = callsIn(sent, consts);
            if (data.length || params.length || argCalls.length) sinks.push({ params, argCalls, service: http.service ?? byHost?.id, host: http.host, via: `${chain.join('.')} ${http.url}`.trim(), data, pendingUrl: http.pending, ...rangeOf(sf, n) });
          }
        }
      }
    }
  }
  // `https.request({ hostname: 'api.anthropic.com', path, method: 'POST' })` then `req.write(body)`, or a helper of the
  // product's own given the host and the body (`streamRequest({ hostname, path, body })`): a request to that host.
  for (const p of b.props) {
    const key = nameText(p.name);
    if (key !== 'hostname' && key !== 'host') continue;
    const obj = p.parent;
    const call = obj.parent;
    if (!(ts.isCallExpression(call) || ts.isNewExpression(call)) || !call.arguments?.some((a) => unwrap(a) === obj)) continue;
    const host = evalString(p.initializer, consts)?.toLowerCase();
    if (!host || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) || /^(?:localhost|127\.|0\.0\.0\.0)/.test(host)) continue;
    const sent: ts.Expression[] = [];
    for (const k of ['body', 'data', 'json', 'form']) {
      const v = objectProp(obj, k);
      if (v) sent.push(v);
    }
    // (`const req = https.request(…); req.write(JSON.stringify(payload)); req.end()`.)
    const holder = ts.isVariableDeclaration(call.parent) && ts.isIdentifier(call.parent.name) ? call.parent.name.text : undefined;
    const fn = holder ? enclosingFunction(call) ?? sf : undefined;
    if (holder && fn) {
      const visit = (n: ts.Node): void => {
        if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ts.isIdentifier(n.expression.expression) && n.expression.expression.text === holder && /^(?:write|end)$/.test(n.expression.name.text)) sent.push(...n.arguments);
        ts.forEachChild(n, visit);
      };
      visit(fn);
    }
    if (!sent.length) continue;
    const data = argData(sent);
    // (A model's API: what people wrote, in its messages or prompt, goes with it.)
    if (serviceForHost(host)?.kind === 'ai') for (const e of sent) for (const h of conversation(sf, requestJson(e))) if (!data.some((d) => d.category === h.category)) data.push(h);
    const params = paramsIn(call as ts.CallExpression, sent);
    if (data.length || params.length) sinks.push({ service: serviceForHost(host)?.id, host, via: `${accessChain(call.expression).join('.')} https://${host}`, data, params, argCalls: callsIn(sent, consts), ...rangeOf(sf, call) });
  }
  // `new Rollbar({ payload: { person } })`, `new Rollbar({ transform: (p) => { p.person = … } })`: a client built with the
  // person every report carries.
  for (const n of b.news) {
    const found = n.arguments?.[0] ? bindingOfChain(accessChain(n.expression), n) : undefined;
    if (!found?.binding.service || found.rest.length || found.binding.service.kind !== 'error_monitoring') continue;
    const person = objectProp(n.arguments![0], 'initialScope') ?? setupPerson(n.arguments![0]);
    const data = person ? argData([person]) : [];
    // (Reported where the person is set, inside a hook as in the settings.)
    if (data.length) sinks.push({ service: found.binding.service.id, via: `new ${accessChain(n.expression).join('.')} (person)`, data, ...rangeOf(sf, person!) });
  }
  sinks.push(...scriptTags(sf, b, consts, importOf), ...componentTrackers(sf, b, importOf, argData));
  // `<img src={`https://avatar.vercel.sh/${user.email}`}>`, `<iframe src={`https://www.google.com/maps/embed?q=${address}`}>`:
  // the browser fetches the URL as the page renders, so what the URL carries reaches its host.
  for (const attr of b.jsxNames) {
    if (!/^(?:src|srcSet)$/.test(nameText(attr.name as ts.Identifier) ?? '') || !attr.initializer || !ts.isJsxExpression(attr.initializer) || !attr.initializer.expression) continue;
    const el = attr.parent.parent;
    if (!(ts.isJsxSelfClosingElement(el) || ts.isJsxOpeningElement(el)) || /^(?:script|Script)$/.test(el.tagName.getText(sf))) continue;
    const url = urlTemplate(attr.initializer.expression, b);
    const host = url ? hostOf(url.head) : undefined;
    if (!url || !host) continue;
    const data = argData(url.parts);
    if (data.length) sinks.push({ service: serviceForUrl(url.head, host)?.id, host, via: `<${el.tagName.getText(sf)} src=${url.head.slice(0, 80)}…>`, data, ...rangeOf(sf, attr) });
  }
  // `function gravatarUrl(email) { const hash = md5(email); return `https://www.gravatar.com/avatar/${hash}`; }`: an
  // avatar directory's URL is built only to be loaded, so what it carries reaches the directory wherever it is shown;
  // so is an avatar generator's (`https://ui-avatars.com/api/?name=${name}`), which gets the name it draws.
  // (Only in a file that names such a host: most files build no avatar URL, and the walk reads every return.)
  for (const r of AVATAR_URL_HOSTS.some((h) => sf.text.includes(h)) ? b.returns : []) {
    // (Each branch of `q ? `${base}${hash}?${q}` : `${base}${hash}``: one sink for the statement.)
    const urls = returnedUrls(r.expression!, b, consts).flatMap((url) => {
      const host = hostOf(url.head);
      const service = host ? serviceForUrl(url.head, host) : undefined;
      return host && service && avatarService(service.id) ? [{ url, host, service }] : [];
    });
    if (!urls.length) continue;
    const parts = urls.flatMap(({ url }) => url.parts);
    const data = argData(parts);
    const params = paramsIn(r, parts);
    if (data.length || params.length) sinks.push({ service: urls[0].service.id, host: urls[0].host, via: `return ${urls[0].url.head.slice(0, 80)}…`, data, params, argCalls: callsIn(parts, consts), ...rangeOf(sf, r) });
  }
  sinks.push(...formPosts(sf, b, consts));
  // `const s = document.createElement('script'); s.src = 'https://…/gtag/js?id=' + id`: a tracker loaded by code.
  if (b.srcAssignments.length && /createElement\(\s*['"`]script['"`]\s*\)/.test(sf.text)) {
    for (const a of b.srcAssignments) {
      // (`s.src = \`https://fast.wistia.com/embed/medias/${this.props.video}.jsonp\``: the host is in the template's head.)
      const right = unwrap(a.right);
      const url = evalString(a.right, consts) ?? (ts.isBinaryExpression(right) ? evalString(right.left, consts) : ts.isTemplateExpression(right) && /^https?:\/\/[^/]+\//.test(right.head.text) ? right.head.text : undefined);
      const sink = trackerScript(url, 'script', rangeOf(sf, a));
      if (sink) sinks.push(sink);
    }
  }
  // The vendors' own inline snippets: `!function(f,b,e,v){…}(window, document, 'script', 'https://connect.facebook.net/en_US/fbevents.js')`,
  // `(function(i,s,o,g,r){…})(window, document, 'script', 'https://www.google-analytics.com/analytics.js', 'ga')`: the
  // function adds a script tag for the address it is handed.
  if (/['"`]script['"`]/.test(sf.text)) {
    for (const n of b.calls) {
      let callee: ts.Expression = n.expression;
      while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
      if (!(ts.isFunctionExpression(callee) || ts.isArrowFunction(callee)) || !n.arguments.some((a) => ts.isStringLiteralLike(a) && a.text === 'script')) continue;
      const url = n.arguments.find((a): a is ts.StringLiteralLike => ts.isStringLiteralLike(a) && /^(?:https?:)?\/\//.test(a.text));
      const sink = url ? trackerScript(url.text, 'script', rangeOf(sf, url)) : undefined;
      if (sink) sinks.push(sink);
    }
  }
  // `useExternalScript('https://platform.twitter.com/widgets.js')`, `loadScript(url)`: a helper that adds a script tag.
  for (const n of b.calls) {
    const callee = unwrap(n.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (!SCRIPT_LOADER.test(name) || !n.arguments[0]) continue;
    const sink = trackerScript(evalString(n.arguments[0], consts), 'script', rangeOf(sf, n));
    if (sink) sinks.push(sink);
  }
  // A Google APIs client in a module that builds one Google product's API only (`google.calendar({ version: 'v3' })`):
  // what it sends goes to that product.
  const product = googleProduct(sf.text, importOf);
  if (product) {
    for (const s of sinks) if (s.service === 'google-apis') s.service = product;
    for (const k of Object.keys(clients)) if (clients[k] === 'google-apis') clients[k] = product;
  }
  const verbose = Object.keys(clients).filter((name) => bindings.get(name)?.verbose);
  return { sinks, clients, clientCalls, clientFrom: clientFactories(sf, importOf, clients), ...(verbose.length ? { verboseClients: verbose } : {}), ...(Object.keys(httpBases).length ? { httpBases } : {}) };
}

/**
 * `<form action="https://formspree.io/f/xyz" method="POST">`, a newsletter form posting to `….list-manage.com/subscribe/post`:
 * the browser posts the form's fields straight to a vendor, so what its inputs take reaches that vendor.
 */
function formPosts(sf: ts.SourceFile, b: Buckets, consts: Consts): SinkFact[] {
  const out: SinkFact[] = [];
  for (const attr of b.jsxNames) {
    if (nameText(attr.name as ts.Identifier) !== 'action' || !attr.initializer) continue;
    const el = attr.parent.parent;
    if (!ts.isJsxOpeningElement(el) || el.tagName.getText(sf) !== 'form') continue;
    const init = ts.isJsxExpression(attr.initializer) ? attr.initializer.expression : attr.initializer;
    const target = formTarget(init ? evalString(init, consts) : undefined);
    if (!target) continue;
    const form = el.parent;
    const inputs = new Map<ts.Node, Record<string, string>>();
    for (const a of b.jsxNames) {
      const key = nameText(a.name as ts.Identifier)?.toLowerCase();
      if (a.pos < form.pos || a.end > form.end || !key || !/^(?:name|type|autocomplete)$/.test(key) || !a.initializer || !ts.isStringLiteral(a.initializer)) continue;
      const attrs = inputs.get(a.parent) ?? {};
      attrs[key] = a.initializer.text;
      inputs.set(a.parent, attrs);
    }
    const data: DataHit[] = [];
    for (const [at, attrs] of inputs) {
      const line = sf.getLineAndCharacterOfPosition(at.getStart(sf)).line + 1;
      for (const c of inputCategories(attrs)) if (!data.some((d) => d.category === c.category)) data.push({ ...c, name: attrs.name ?? c.lexeme, line });
    }
    if (data.length) out.push(formSink(target, data, rangeOf(sf, attr)));
  }
  return out;
}

type FormTarget = { service: string; host: string; url: string };

/** A form's action that posts to a catalogued vendor (not the product's own endpoint). */
function formTarget(url: string | undefined): FormTarget | undefined {
  const host = url ? hostOf(url) : undefined;
  const service = host ? serviceForUrl(url!, host) : undefined;
  return service && host ? { service: service.id, host, url: url! } : undefined;
}

/** What a form posted to that vendor sends: its inputs' data, at the form's opening tag. */
function formSink(target: FormTarget, data: DataHit[], range: { line: number; column: number; endLine: number; endColumn: number }): SinkFact {
  return { service: target.service, host: target.host, via: `<form action=${target.url.slice(0, 80)}>`, data, ...range };
}

/** SDK classes that build a payload a later call sends (Amplitude `Identify`, `Revenue`), not clients. */
const PAYLOAD_BUILDER = /^(?:Identify|Revenue|Event|Properties|Traits|\w*Builder|\w*Payload)$/;

function buildsPayload(e: ts.Expression): boolean {
  return ts.isNewExpression(e) && PAYLOAD_BUILDER.test(accessChain(e.expression).slice(-1)[0] ?? '');
}

/** Players a page embeds in a frame: a video host's, a social network's post. */
const EMBED_KINDS = new Set(['video', 'social']);
/** Vendors whose browser script collects by itself once a page loads it. */
const SCRIPT_KINDS = new Set(['analytics', 'advertising', 'marketing', 'error_monitoring', 'customer_support', 'surveys', 'fraud_prevention', 'crm', 'data_enrichment', 'social', 'payment_processor', 'video']);

/**
 * `<script src="https://static.cloudflareinsights.com/beacon.min.js">`, `<Script src={`https://www.googletagmanager.com/gtag/js?id=${id}`}>`:
 * a tracker's script gets every visitor's IP address and browser, and an analytics or advertising script the pages they view.
 */
function scriptTags(sf: ts.SourceFile, b: Buckets, consts: Consts, importOf: Map<string, ImportFact>): SinkFact[] {
  const out: SinkFact[] = [];
  for (const attr of b.jsxNames) {
    const attrName = nameText(attr.name as ts.Identifier);
    if ((attrName !== 'src' && attrName !== 'href') || !attr.initializer) continue;
    const el = attr.parent.parent;
    if (!(ts.isJsxSelfClosingElement(el) || ts.isJsxOpeningElement(el))) continue;
    const tag = el.tagName.getText(sf);
    if (attrName === 'href') {
      // `<link rel="stylesheet" href="https://fonts.googleapis.com/css2?…">`: a font service's stylesheet.
      const rel = el.attributes.properties.find((a): a is ts.JsxAttribute => ts.isJsxAttribute(a) && nameText(a.name as ts.Identifier) === 'rel');
      const relText = rel?.initializer && ts.isStringLiteral(rel.initializer) ? rel.initializer.text : '';
      const href = ts.isJsxExpression(attr.initializer) ? (attr.initializer.expression ? evalString(attr.initializer.expression, consts) : undefined) : evalString(attr.initializer, consts);
      const sink = tag === 'link' && /\bstylesheet\b/i.test(relText) ? pageResource(href, rangeOf(sf, el)) : undefined;
      if (sink) out.push(sink);
      continue;
    }
    const init = ts.isJsxExpression(attr.initializer) ? attr.initializer.expression : attr.initializer;
    const url = init && ts.isExpression(init) ? evalString(init, consts) : undefined;
    if (tag === 'iframe') {
      const player = embeddedPlayer(url, rangeOf(sf, el));
      if (player) out.push(player);
      continue;
    }
    if (!/^(script|Script)$/.test(tag)) continue;
    const sink = trackerScript(url, el.tagName.getText(sf), rangeOf(sf, el));
    if (sink) out.push(sink);
    // `<Script src={HUBSPOT_SCRIPT_SRC} />` with the URL a constant of another module of the project: whose script it
    // is, once that module is read.
    const imp = !sink && init && ts.isIdentifier(init) ? importOf.get(init.text) : undefined;
    if (imp && imp.module.startsWith('.') && imp.imported !== '*') {
      const range = rangeOf(sf, el);
      out.push({ via: `<${el.tagName.getText(sf)} src={${imp.local}}>`, data: scriptData(range.line), loaded: true, pendingUrl: { module: imp.module, name: imp.imported, suffix: '' }, ...range });
    }
  }
  // A head configuration's scripts: TanStack/Remix `head: () => ({ scripts: [{ src }] })`, Nuxt `useHead({ script: [{ src }] })`.
  for (const p of b.props) {
    if (nameText(p.name as ts.Identifier) !== 'src' || !ts.isObjectLiteralExpression(p.parent)) continue;
    let up: ts.Node = p.parent.parent;
    while (ts.isArrayLiteralExpression(up) || ts.isSpreadElement(up) || ts.isParenthesizedExpression(up) || ts.isConditionalExpression(up) || ts.isAsExpression(up)) up = up.parent;
    if (!ts.isPropertyAssignment(up) || !/^scripts?$/.test(nameText(up.name as ts.Identifier) ?? '')) continue;
    const url = evalString(p.initializer, consts) ?? (ts.isTemplateExpression(unwrap(p.initializer)) ? (unwrap(p.initializer) as ts.TemplateExpression).head.text : undefined);
    const sink = trackerScript(url, 'script', rangeOf(sf, p.parent));
    if (sink) out.push(sink);
  }
  // An inline loader: `<Script id="gtm">{`…j.src='https://www.googletagmanager.com/gtm.js?id='+i…`}</Script>`,
  // `<script dangerouslySetInnerHTML={{ __html: '…' }} />`.
  for (const el of b.jsxComponents) {
    if (!/^(script|Script)$/.test(el.tagName.getText(sf))) continue;
    const code = inlineScript(el, consts);
    if (!code) continue;
    const seen = new Set<string>();
    for (const m of code.matchAll(/(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/[^\s'"`)]*)?/gi)) {
      const sink = trackerScript(`https://${m[1]}${m[2] ?? '/'}`, el.tagName.getText(sf), rangeOf(sf, el));
      if (sink && !seen.has(sink.service!)) {
        seen.add(sink.service!);
        out.push(sink);
      }
    }
  }
  return out;
}

/**
 * A URL built in place from a fixed start and run-time parts: `` `https://x.io/${a}` ``, `'https://x.io/?q=' + a`, or a
 * variable of this file initialised with one (`const avatar = `https://…/${email}`` … `src={avatar}`).
 */
function urlTemplate(e: ts.Expression, b: Buckets): { head: string; parts: ts.Expression[] } | undefined {
  let u = unwrap(e);
  if (ts.isIdentifier(u)) {
    const name = u.text;
    const decls = b.vars.filter((v) => ts.isIdentifier(v.name) && v.name.text === name && v.initializer);
    if (decls.length !== 1) return undefined;
    u = unwrap(decls[0].initializer!);
  }
  if (ts.isTemplateExpression(u)) return { head: u.head.text, parts: u.templateSpans.map((s) => s.expression) };
  const parts: ts.Expression[] = [];
  while (ts.isBinaryExpression(u) && u.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    parts.unshift(u.right);
    u = unwrap(u.left);
  }
  return parts.length && ts.isStringLiteralLike(u) ? { head: u.text, parts } : undefined;
}

/**
 * The URLs a returned value may be: a template or a `+` chain whose leading pieces are text or the file's constants
 * (`${baseUrl}${hash}`), either branch of a conditional, a local variable's value. What follows the fixed start is sent.
 */
function returnedUrls(e: ts.Expression, b: Buckets, consts: Consts, depth = 0): { head: string; parts: ts.Expression[] }[] {
  const u = unwrap(e);
  if (depth > 3) return [];
  if (ts.isConditionalExpression(u)) return [...returnedUrls(u.whenTrue, b, consts, depth + 1), ...returnedUrls(u.whenFalse, b, consts, depth + 1)];
  if (ts.isIdentifier(u)) {
    const decls = b.vars.filter((v) => ts.isIdentifier(v.name) && v.name.text === u.text && v.initializer);
    return decls.length === 1 ? returnedUrls(decls[0].initializer!, b, consts, depth + 1) : [];
  }
  if (!ts.isTemplateExpression(u) && !(ts.isBinaryExpression(u) && u.operatorToken.kind === ts.SyntaxKind.PlusToken)) return [];
  const pieces: (string | ts.Expression)[] = [];
  const flatten = (x: ts.Expression): void => {
    const y = unwrap(x);
    if (ts.isBinaryExpression(y) && y.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      flatten(y.left);
      flatten(y.right);
    } else if (ts.isTemplateExpression(y)) {
      pieces.push(y.head.text);
      for (const span of y.templateSpans) pieces.push(span.expression, span.literal.text);
    } else if (ts.isStringLiteralLike(y)) pieces.push(y.text);
    else pieces.push(y);
  };
  flatten(u);
  let head = '';
  let i = 0;
  for (; i < pieces.length; i++) {
    const piece = pieces[i];
    const text = typeof piece === 'string' ? piece : ts.isIdentifier(piece) && consts.has(piece.text) ? evalString(piece, consts) : undefined;
    if (text === undefined) break;
    head += text;
  }
  const parts = pieces.slice(i).filter((x): x is ts.Expression => typeof x !== 'string');
  return head && parts.length ? [{ head, parts }] : [];
}

/** Whether a request's User-Agent header is set from something other than an incoming request (the product's own client). */
function ownUserAgent(args: readonly ts.Expression[], sf: ts.SourceFile): boolean {
  const text = args.map((a) => a.getText(sf)).join('\n');
  const m = /['"]?user-agent['"]?\s*:\s*([^,}\n]+)/i.exec(text);
  return !!m && !/\b(?:req|request|ctx|event|incoming)\b|headers\s*(?:\.get\s*\(|\[)/i.test(m[1]);
}

/** Google products the `googleapis` package builds clients for, by the builder's name, and their catalog entries. */
const GOOGLE_PRODUCTS = new Map([['calendar', 'google-calendar'], ['sheets', 'google-sheets'], ['forms', 'google-forms'], ['analyticsdata', 'google-analytics-data'], ['androidpublisher', 'google-play']]);

/** The one Google product whose API a module builds with `googleapis` (`google.calendar(…)`), if it builds only one. */
function googleProduct(text: string, importOf: Map<string, ImportFact>): string | undefined {
  const google = [...importOf.values()].find((i) => i.module === 'googleapis' && (i.imported === 'google' || i.imported === 'default' || i.imported === '*'));
  if (!google) return undefined;
  const built = new Set([...text.matchAll(new RegExp(`\\b${google.local.replace(/\$/g, '\\$')}\\.(\\w+)\\s*\\(`, 'g'))].map((m) => m[1]).filter((x) => x !== 'auth' && x !== 'options'));
  // (A builder the map does not know — `google.gmail(…)` — leaves the client Google APIs'.)
  const ids = [...built].map((x) => GOOGLE_PRODUCTS.get(x));
  return ids.length === 1 && ids[0] ? ids[0] : undefined;
}

/** Script types that hold data, not code (`application/ld+json`, `application/json`, `text/template`). */
const DATA_SCRIPT_TYPE = /(?:^|[/+])json$|^text\/(?:template|x-template|html|plain|markdown)$/i;

/** The code of an inline script element: its text child, or `dangerouslySetInnerHTML={{ __html }}`. */
function inlineScript(el: ts.JsxSelfClosingElement | ts.JsxOpeningElement, consts: Consts): string | undefined {
  // (`<script type="application/ld+json">`: structured data about the page — its `sameAs` links load nothing.)
  const type = el.attributes.properties.find((a): a is ts.JsxAttribute => ts.isJsxAttribute(a) && nameText(a.name as ts.Identifier) === 'type');
  if (type?.initializer && ts.isStringLiteral(type.initializer) && DATA_SCRIPT_TYPE.test(type.initializer.text)) return undefined;
  for (const a of el.attributes.properties) {
    if (!ts.isJsxAttribute(a) || nameText(a.name as ts.Identifier) !== 'dangerouslySetInnerHTML' || !a.initializer || !ts.isJsxExpression(a.initializer) || !a.initializer.expression) continue;
    const html = objectProp(a.initializer.expression, '__html');
    return html ? evalString(html, consts) ?? html.getText() : undefined;
  }
  if (!ts.isJsxOpeningElement(el) || !ts.isJsxElement(el.parent)) return undefined;
  const parts: string[] = [];
  for (const c of el.parent.children) {
    if (ts.isJsxText(c)) parts.push(c.text);
    else if (ts.isJsxExpression(c) && c.expression) parts.push(c.expression.getText());
  }
  return parts.join('\n') || undefined;
}

/**
 * A tracker's component: `<Analytics />` from `@vercel/analytics/react`, `<GoogleTagManager gtmId>` from
 * `@next/third-parties/google`. Rendering it loads the vendor's script on every page.
 */
/** The vendor whose component a JSX element is (`<GoogleAnalytics>`, `<AutumnProvider>` of `autumn-js/next`), and how it came. */
function vendorComponent(el: ts.JsxOpeningElement | ts.JsxSelfClosingElement, importOf: Map<string, ImportFact>): { service: ServiceDef; tag: string; exported: string; module: string } | undefined {
  const tag = (el.tagName as ts.Identifier).text;
  const imp = importOf.get(tag);
  if (!imp || imp.typeOnly || imp.module.startsWith('.') || imp.module.startsWith('@/') || imp.module.startsWith('~')) return undefined;
  // (`<LuMail />` of `react-icons/lu`, `<Mailchimp />` of `@icons-pack/react-simple-icons`: a picture of a vendor's
  // logo or of an envelope, not the vendor's code.)
  if (ICON_PACKAGE.test(imp.module)) return undefined;
  const exported = imp.imported === 'default' || imp.imported === '*' ? tag : imp.imported;
  // (`<Loader />` of `@giphy/react-components`: a vendor kit's spinner, placeholder or logo draws itself and asks the
  // vendor for nothing.)
  if (UI_PRIMITIVE.test(exported)) return undefined;
  // The package's vendor, or a vendor the component is named after (`GoogleAnalytics` of a framework's package).
  // One-word names (`Highlight`, `Meta`, `X`) are too often a UI library's own components.
  // (A component named exactly after a vendor's product is that product, whatever else its package loads:
  // `<GoogleAnalytics>` of `@next/third-parties/google` is Google Analytics, not the tag manager.)
  const byName = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/.test(exported) ? serviceForName(exported) : undefined;
  const exact = byName && byName.name.replace(/\s+/g, '').toLowerCase() === exported.toLowerCase() ? byName : undefined;
  const service = exact ?? serviceForPackage(imp.module) ?? byName;
  return service ? { service, tag, exported, module: imp.module } : undefined;
}

/**
 * What vendors' components send: the script each loads (once per vendor), then what each is given as props
 * (`<AutumnProvider customerData={{ name: user.name, email: user.email }}>`, `<IntercomProvider user={…}>`: its code
 * sends them to the vendor; not the page's own content, `children`, nor styling and handlers).
 */
function componentTrackers(sf: ts.SourceFile, b: Buckets, importOf: Map<string, ImportFact>, argData: (args: readonly ts.Expression[]) => DataHit[]): SinkFact[] {
  const out: SinkFact[] = [];
  const given: SinkFact[] = [];
  for (const el of b.jsxComponents) {
    const found = vendorComponent(el, importOf);
    if (!found) continue;
    const props = el.attributes.properties.flatMap((a) => (ts.isJsxAttribute(a) && a.initializer && ts.isJsxExpression(a.initializer) && a.initializer.expression && !/^(?:children|className|style|key|ref|on[A-Z]\w*)$/.test(nameText(a.name as ts.Identifier) ?? '') ? [a.initializer.expression] : []));
    // (`<PayPalScriptProvider options={{ 'client-id': clientID }}>`: the product's own app id at the vendor, no person's.)
    const data = argData(props).filter((h) => !APP_CLIENT_ID.test(h.name));
    if (data.length) given.push({ service: found.service.id, via: `<${found.tag}> props`, data, ...rangeOf(sf, el) });
    if (out.some((x) => x.service === found.service.id)) continue;
    const { service, tag, exported, module } = found;
    // `<PostHogProvider client={posthog}>` hands over a client set up elsewhere, where it is found (also under another
    // local name: `import { PostHogProvider as PostHogProviderRaw }`).
    if ((/Provider$/.test(tag) || /Provider$/.test(exported)) && el.attributes.properties.some((a) => ts.isJsxAttribute(a) && nameText(a.name as ts.Identifier) === 'client')) continue;
    // (A payment provider's component — `<AutumnProvider backendUrl>` — may only talk to the product's own backend: what
    // it is given is what it sends, and its script is counted where a page loads it by address.)
    if (service.kind === 'payment_processor') continue;
    // `<SumsubWebSdk accessToken={…} />`: an identity check's widget takes the person's ID document and a selfie
    // straight to the vendor.
    if (service.kind === 'identity_verification') {
      const range = rangeOf(sf, el);
      out.push({ service: service.id, via: `<${tag}> from ${module} (identity check)`, data: [...scriptData(range.line), { category: 'user.government_id', name: 'identity document', lexeme: 'identity document', line: range.line }, { category: 'user.content.self_image', name: 'selfie', lexeme: 'selfie', line: range.line }], loaded: true, ...range });
      continue;
    }
    const sink = trackerSink(service, undefined, `<${tag}> from ${module}`, rangeOf(sf, el));
    if (sink) out.push(sink);
  }
  return [...out, ...given];
}

/** Calls of a payment API about one of its own objects, named in the path (`customers.retrieve(id)`); never a `create`. */
const PATH_ID_METHOD = /^(?:retrieve|update|del|delete|cancel|pay|resume|finalizeInvoice|voidInvoice|markUncollectible|sendInvoice|listLineItems|detach|attach|capture|confirm)$/;

/** The name of an app's own id at a vendor, in the settings its component is given (`client-id`, `clientId`). */
const APP_CLIENT_ID = /^client[-_]?id$/i;

/** A UI kit's drawing-only pieces: a spinner, a skeleton, a placeholder, an icon or a logo. */
const UI_PRIMITIVE = /^(?:Loader|Loading|Spinner|Skeleton|Placeholder|Icon|Logo|Divider|Attribution|PoweredBy\w*)$/;

/** Packages of icons and logos (`react-icons/lu`, `lucide-react`, `@heroicons/react`, `@tabler/icons-react`). */
const ICON_PACKAGE = /(?:^|[/@-])(?:icons?|lucide|heroicons|iconify|phosphor|feather|fortawesome|simple-icons)(?:$|[/-])/i;

/** Analytics calls whose first argument is the event's name. */
const EVENT_CALL = /^(?:track|trackEvent|capture|logEvent|event|sendEvent|recordEvent)$/;
/** Calls that set one named value: `setUserProperty(key, value)`, `setTag(key, value)`, `setCustomKey(key, value)`. */
const KEY_VALUE_CALL = /^(?:setUserProperty|setCustomKey|setCustomAttribute|setAttribute|setTag|setExtra|setSuperProperty|setPersonProperty)$/;

/** A protocol-relative `//js.hs-scripts.com/…` loads over the page's own scheme. */
function absolute(src: string | undefined): string | undefined {
  return src?.startsWith('//') ? `https:${src}` : src;
}

/**
 * `<iframe src={`https://www.youtube.com/embed/${id}`}>`: a video or social network's player the page embeds gets every
 * viewer's IP address and browser, as a script does.
 */
function embeddedPlayer(src: string | undefined, range: { line: number; column: number; endLine: number; endColumn: number }): SinkFact | undefined {
  const url = absolute(src);
  const host = url ? hostOf(url) : undefined;
  const service = host ? serviceForUrl(url!, host) : undefined;
  return service && EMBED_KINDS.has(service.kind) ? { service: service.id, host, via: `<iframe src=${url!.slice(0, 80)}>`, data: scriptData(range.line), loaded: true, ...range } : undefined;
}

/** Services whose fonts or styles a page loads from the vendor's servers: each visitor's browser asks them. */
const PAGE_RESOURCE_SERVICES = new Set(['google-fonts', 'adobe-fonts', 'bunny-fonts']);

/** `<link rel="stylesheet" href="https://fonts.googleapis.com/…">`: the font service gets every visitor's IP address and browser. */
function pageResource(href: string | undefined, range: { line: number; column: number; endLine: number; endColumn: number }): SinkFact | undefined {
  const url = absolute(href);
  const host = url ? hostOf(url) : undefined;
  const service = host ? serviceForUrl(url!, host) : undefined;
  return service && PAGE_RESOURCE_SERVICES.has(service.id) ? { service: service.id, host, via: `<link href=${url!.slice(0, 80)}>`, data: scriptData(range.line), loaded: true, ...range } : undefined;
}

/** The sink of a tracker's `<script src>`: what its vendor gets from every page that loads it. */
function trackerScript(src: string | undefined, tag: string, range: { line: number; column: number; endLine: number; endColumn: number }): SinkFact | undefined {
  const url = absolute(src);
  const host = url ? hostOf(url) : undefined;
  // gtag.js is Google Analytics' own loader, served from the tag manager's host.
  const service = host === 'www.googletagmanager.com' && /\/gtag\/js\b/.test(url!) ? serviceById('google-analytics') ?? serviceForHost(host) : host ? serviceForUrl(url!, host) : undefined;
  return service ? trackerSink(service, host, `<${tag} src=${url!.slice(0, 80)}>`, range) : undefined;
}

/** Browser packages of analytics and error-monitoring SDKs; framework packages count in their client entry files. */
const BROWSER_SDK = /^(?:posthog-js(?:\/react)?|mixpanel-browser|@amplitude\/analytics-browser|amplitude-js|@datadog\/browser-(?:rum|logs)|@sentry\/(?:browser|react|vue|angular|svelte|solid|ember|electron)|@segment\/analytics-next|react-ga4?|@bugsnag\/(?:js|browser)|@hotjar\/browser|@fullstory\/browser|fathom-client|plausible-tracker|@openpanel\/web|@rudderstack\/analytics-js|@plausible-analytics\/tracker|@vercel\/analytics|@vercel\/speed-insights)$/;
const CLIENT_SDK = /^@sentry\/(?:nextjs|sveltekit|remix|nuxt|astro)$/;
/** Server packages of error-monitoring SDKs: set up, they report every uncaught error and the request it happened in. */
const SERVER_MONITOR = /^(?:@sentry\/(?:node|bun|deno|serverless|aws-serverless|google-cloud-serverless|nestjs|nextjs|sveltekit|remix|nuxt|astro)|@bugsnag\/(?:node|js)|@honeybadger-io\/js|@appsignal\/nodejs|@highlight-run\/node)$/;
/** An upload vendor's router factory: its routes receive the files people upload (`createUploadthing`). */
const UPLOAD_ROUTER = /^createUploadthing$/;
/** A vendor's SDK for a mobile app: set up, it reports from the person's phone as a browser SDK does from the page. */
const MOBILE_SDK = /^(?:@sentry\/(?:react-native|capacitor|cordova)|sentry-expo|posthog-react-native|mixpanel-react-native|@amplitude\/analytics-react-native|@segment\/analytics-react-native|@bugsnag\/(?:react-native|expo)|@datadog\/mobile-react-native|@react-native-firebase\/(?:analytics|crashlytics))$/;
const CLIENT_FILE = /(?:^|\/)(?:instrumentation-client|sentry\.client\.config|entry\.client|hooks\.client)\.[cm]?[jt]sx?$/;

function browserSdk(module: string | undefined, file: string): boolean {
  return !!module && (BROWSER_SDK.test(module) || MOBILE_SDK.test(module) || (CLIENT_SDK.test(module) && CLIENT_FILE.test(file)));
}

/** Helpers named for loading a script into the page (`useScript`, `loadExternalScript`, `injectScript`). */
const SCRIPT_LOADER = /^(?:use|load|inject|add|append|insert|include)(?:[A-Z][a-z]+)?Script(?:Tag)?$/;

/** IP-address geolocation APIs: what they are sent is an address to locate. */
const IP_LOOKUP = new Set(['ipapi', 'ip-api', 'ipdata', 'ipgeolocation', 'ipregistry', 'ipinfo']);

/** What any third-party script gets from the page that loads it: the visitor's IP address and browser. */
function scriptData(line: number): DataHit[] {
  return [
    { category: 'user.device.ip_address', name: 'script', lexeme: 'third-party script', line },
    { category: 'user.device.user_agent', name: 'script', lexeme: 'third-party script', line },
  ];
}

export function trackerSink(service: ServiceDef, host: string | undefined, via: string, range: { line: number; column: number; endLine: number; endColumn: number }): SinkFact | undefined {
  if (!SCRIPT_KINDS.has(service.kind)) return undefined;
  const line = range.line;
  const data = scriptData(line);
  if (service.kind === 'analytics' || service.kind === 'advertising') data.push({ category: 'user.behavior.browsing_history', name: 'script', lexeme: 'page views', line });
  return { service: service.id, host, via, data, loaded: true, ...range };
}

/**
 * A Pug template (`script(async src="https://…")`): the trackers its script tags load, read with Pug's own lexer. A
 * template the lexer refuses yields no sinks and the reason, for a note.
 */
export function pugScriptSinks(text: string): { sinks: SinkFact[]; error?: { line: number; message: string } } {
  let tokens: PugToken[];
  try {
    tokens = lexPug(text);
  } catch (e) {
    if (!(e instanceof PugSyntaxError)) throw e;
    return { sinks: [], error: { line: e.line, message: e.message.slice(0, 160) } };
  }
  const sinks: SinkFact[] = [];
  let inScript = false;
  for (const t of tokens) {
    if (t.type === 'tag') inScript = t.val === 'script';
    else if (t.type === 'attribute' && inScript && t.name === 'src' && typeof t.val === 'string') {
      // Only a quoted address: `src=cdn + '/x.js'` is an expression the template computes.
      const q = /^(["'])(.*)\1$/.exec(t.val);
      if (!q) continue;
      const { start, end } = t.loc;
      const sink = trackerScript(q[2], 'script', { line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
      if (sink) sinks.push(sink);
    } else if (t.type !== 'attribute' && t.type !== 'start-attributes' && t.type !== 'end-attributes') inScript = false;
  }
  return { sinks };
}

/**
 * An HTML page (the app's `index.html`, SvelteKit's `app.html`) or a component's template: the trackers its `<script src>`
 * tags load, and the fields of a form it posts straight to a vendor.
 */
export function htmlSinks(text: string): SinkFact[] {
  const out: SinkFact[] = [];
  const at = lineLocator(text);
  let inline: { start: number; text: string } | undefined;
  let form: { target: FormTarget; range: { line: number; column: number; endLine: number; endColumn: number }; data: DataHit[] } | undefined;
  const parser = new Parser({
    ontext(t) {
      if (inline) inline.text += t;
    },
    onclosetag(name) {
      if (name === 'form' && form) {
        if (form.data.length) out.push(formSink(form.target, form.data, form.range));
        form = undefined;
      }
      if (name !== 'script' || !inline) return;
      // An inline loader: `script.src = "https://www.googletagmanager.com/gtag/js?id=" + id`.
      const m = /\.src\s*=\s*["'`](https?:\/\/[^"'`]+)["'`]/.exec(inline.text);
      if (m && /createElement\(\s*["'`]script["'`]\s*\)/.test(inline.text)) {
        const start = at(inline.start + m.index);
        const sink = trackerScript(m[1], 'script', { line: start.line, column: start.column, endLine: start.line, endColumn: start.column + m[0].length });
        if (sink) out.push(sink);
      }
      inline = undefined;
    },
    onopentag(name, attrs) {
      if (name === 'form') {
        const target = formTarget(attrs.action);
        const start = at(parser.startIndex);
        const end = at(parser.endIndex);
        form = target && { target, range: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 }, data: [] };
      } else if (form && /^(?:input|textarea|select)$/.test(name)) {
        const line = at(parser.startIndex).line;
        for (const c of inputCategories({ name: attrs.name, type: attrs.type, autocomplete: attrs.autocomplete })) if (!form.data.some((d) => d.category === c.category)) form.data.push({ ...c, name: attrs.name ?? c.lexeme, line });
      }
      if (name === 'link' && /\bstylesheet\b/i.test(attrs.rel ?? '')) {
        const start = at(parser.startIndex);
        const end = at(parser.endIndex);
        const sink = pageResource(attrs.href, { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 });
        if (sink) out.push(sink);
      }
      if (name === 'script' && !attrs.src) inline = { start: parser.endIndex + 1, text: '' };
      if (name !== 'script' || !attrs.src) return;
      const start = at(parser.startIndex);
      const end = at(parser.endIndex);
      const sink = trackerScript(attrs.src, 'script', { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 });
      if (sink) out.push(sink);
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(text);
  parser.end();
  return out;
}

/** Debug and trace lines of a vendor logger: below the level a deployment ships by default. */
export function quietLevel(service: ServiceDef, method: string): boolean {
  return (service.kind === 'logging' || service.kind === 'error_monitoring') && /^(debug|trace|verbose|silly)$/.test(method);
}

/** Functions passed to a call: `withScope((scope) => …)`, `start({ onError: (event) => …, beforeSend(event) {} })`. */
function callbacksIn(args: readonly ts.Expression[]): ts.SignatureDeclaration[] {
  const out: ts.SignatureDeclaration[] = [];
  for (const a of args) {
    const u = unwrap(a);
    if (ts.isArrowFunction(u) || ts.isFunctionExpression(u)) out.push(u);
    else if (ts.isObjectLiteralExpression(u)) {
      for (const p of u.properties) {
        if (ts.isMethodDeclaration(p)) out.push(p);
        else if (ts.isPropertyAssignment(p)) {
          const v = unwrap(p.initializer);
          if (ts.isArrowFunction(v) || ts.isFunctionExpression(v)) out.push(v);
        }
      }
    }
  }
  return out;
}

/**
 * Top-level names whose value another module's factory makes: `export const stripe = createStripeClient()`,
 * `function getStripe() { client ??= createStripeClient(…); return client }` with `createStripeClient` imported from
 * the project. The project joins them with the clients of that module.
 */
function clientFactories(sf: ts.SourceFile, importOf: Map<string, ImportFact>, clients: Record<string, string>): Record<string, { module: string; imported: string }> {
  const out: Record<string, { module: string; imported: string }> = {};
  /** The imported project function a call makes its value with (`createX(…)`, `await getX()`). */
  const factoryCall = (e: ts.Node | undefined): ImportFact | undefined => {
    let u = e ? unwrap(e as ts.Expression) : undefined;
    if (u && ts.isAwaitExpression(u)) u = unwrap(u.expression);
    if (!u || !ts.isCallExpression(u)) return undefined;
    const callee = unwrap(u.expression);
    const imp = ts.isIdentifier(callee) ? importOf.get(callee.text) : undefined;
    return imp && imp.imported !== '*' && imp.module.length > 0 && !serviceForPackage(imp.module) ? imp : undefined;
  };
  // Only a module that imports from the project can hold a client another module's factory makes.
  const imported = [...importOf.values()].filter((i) => i.imported !== '*' && !serviceForPackage(i.module));
  if (!imported.length) return out;
  const topVars = new Map<string, ts.VariableDeclaration>();
  const lets = new Set<string>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const mutable = !(st.declarationList.flags & ts.NodeFlags.Const);
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name)) continue;
      topVars.set(d.name.text, d);
      if (mutable) lets.add(d.name.text);
    }
  }
  // A top-level `let` assigned from a factory anywhere in the module (`client = createX()`, `client ??= createX()`);
  // the walk only runs when the module has such a variable and calls a factory it imports.
  const assigned = new Map<string, ImportFact>();
  const visit = (n: ts.Node) => {
    if (ts.isBinaryExpression(n) && ts.isIdentifier(n.left) && lets.has(n.left.text) && (n.operatorToken.kind === ts.SyntaxKind.EqualsToken || n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken)) {
      const imp = factoryCall(n.right);
      if (imp) assigned.set(n.left.text, imp);
    }
    ts.forEachChild(n, visit);
  };
  if (lets.size && imported.some((i) => sf.text.includes(`${i.local}(`))) visit(sf);
  const valueOf = (e: ts.Node | undefined): ImportFact | undefined => {
    const u = e ? unwrap(e as ts.Expression) : undefined;
    if (!u) return undefined;
    if (ts.isIdentifier(u)) return assigned.get(u.text) ?? factoryCall(topVars.get(u.text)?.initializer);
    // `return (client ??= createX())`
    if (ts.isBinaryExpression(u) && u.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken) return factoryCall(u.right) ?? valueOf(u.left);
    return factoryCall(u);
  };
  for (const [name, d] of topVars) {
    if (own(clients, name)) continue;
    const init = d.initializer ? unwrap(d.initializer) : undefined;
    const fn = init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? init : undefined;
    const imp = fn ? returnedFactory(fn, valueOf) : valueOf(init) ?? assigned.get(name);
    if (imp) out[name] = { module: imp.module, imported: imp.imported };
  }
  for (const st of sf.statements) {
    if (!ts.isFunctionDeclaration(st) || !st.name || own(clients, st.name.text)) continue;
    const imp = returnedFactory(st, valueOf);
    if (imp) out[st.name.text] = { module: imp.module, imported: imp.imported };
  }
  return out;
}

/** The factory a function's return statements (or its expression body) make their value with. */
function returnedFactory(fn: ts.FunctionLikeDeclaration, valueOf: (e: ts.Node | undefined) => ImportFact | undefined): ImportFact | undefined {
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return valueOf(fn.body);
  let found: ImportFact | undefined;
  const visit = (n: ts.Node) => {
    if (found || (n !== fn.body && ts.isFunctionLike(n))) return;
    if (ts.isReturnStatement(n) && n.expression) found = valueOf(n.expression);
    ts.forEachChild(n, visit);
  };
  visit(fn.body);
  return found;
}

/** Whether `name` is a parameter of an inline callback around `node` (`items.map((doc) => …)`), untyped. */
function callbackParam(name: string, node: ts.Node): boolean {
  for (let cur: ts.Node | undefined = node.parent; cur && !ts.isSourceFile(cur); cur = cur.parent) {
    if (!(ts.isArrowFunction(cur) || ts.isFunctionExpression(cur)) || !ts.isCallExpression(cur.parent) || !cur.parent.arguments.includes(cur as ts.Expression)) continue;
    // (Only a collection's elements: a framework's handler — Slack Bolt's `async ({ client }) => …` — is handed the client.)
    if (!ITERATION_METHOD.test(calleeName(cur.parent.expression) ?? '')) continue;
    if (cur.parameters.some((p) => !p.type && bindsName(p.name, name))) return true;
  }
  return false;
}

/** Methods that call back with each element of a collection (`map`, `forEach`, a Firestore snapshot's `forEach`). */
const ITERATION_METHOD = /^(?:map|forEach|filter|find|findIndex|findLast|some|every|reduce|flatMap|sort|toSorted|each)$/;

/** Whether a binding name (an identifier or a destructuring pattern) declares `name`. */
function bindsName(n: ts.BindingName, name: string): boolean {
  if (ts.isIdentifier(n)) return n.text === name;
  return n.elements.some((e) => !ts.isOmittedExpression(e) && bindsName(e.name, name));
}

/** Where a local is visible: the block of a `const` or `let`, the function of a `var`. */
function declarationScope(d: ts.VariableDeclaration): ts.Node {
  const list = d.parent;
  const blockScoped = ts.isVariableDeclarationList(list) && (list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let)) !== 0;
  const holder = blockScoped ? (ts.isVariableStatement(list.parent) ? list.parent.parent : list.parent) : undefined;
  return holder && !ts.isSourceFile(holder) ? holder : enclosingFunction(d)!;
}

/** The entry for `name` bound to the function nearest around `node` (a callback parameter, a function's own local). */
function nearestIn<T extends { fn: ts.Node }>(map: Map<string, T[]>, name: string, node: ts.Node | undefined): T | undefined {
  const list = node && map.get(name);
  if (!list) return undefined;
  for (let cur: ts.Node | undefined = node; cur && !ts.isSourceFile(cur); cur = cur.parent) {
    const hit = list.find((x) => x.fn === cur);
    if (hit) return hit;
  }
  return undefined;
}

/** The name a function's callers use: `getClient` for a function, `this.client` for a class getter or method. */
function factoryKey(fn: ts.Node): string | undefined {
  if (ts.isFunctionDeclaration(fn) && fn.name) return fn.name.text;
  if ((ts.isMethodDeclaration(fn) || ts.isGetAccessorDeclaration(fn)) && ts.isIdentifier(fn.name) && ts.isClassLike(fn.parent)) return `this.${fn.name.text}`;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isPropertyDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return `this.${fn.parent.name.text}`;
  return undefined;
}

/** A type named through a namespace (`Stripe.Customer`, `OpenAI.Chat.ChatCompletion`), alone or in a union. */
function namespacedType(t: ts.TypeNode | undefined): boolean {
  if (!t) return false;
  if (ts.isUnionTypeNode(t)) return t.types.some(namespacedType);
  return ts.isTypeReferenceNode(t) && ts.isQualifiedName(t.typeName);
}

/** An expression without its parentheses (an `await` stays). */
function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** Methods and namespaces of speech-to-text APIs. */
const TRANSCRIPTION = /^(?:transcriptions|transcribe|transcribeFile|transcribeUrl|transcripts|speechToText|recognize)$/;

/** The paths of a model's HTTP API: chat, completions, responses, messages, embeddings. */
const MODEL_API_PATH = /\/(?:chat\/completions|completions|responses|messages|embeddings|[\w.-]+:generateContent)(?:[?#]|$)/;

/** Paths of speech-to-text endpoints (`/v1/audio/transcriptions`, `/v1/listen`, `/speech-to-text`). */
const TRANSCRIPTION_PATH = /\/audio\/(?:transcriptions|translations)\b|\/v1\/listen\b|\/speech-to-text\b/;

/** A payment or commerce API's catalogue: what is sold and for how much. */
const CATALOGUE_OBJECTS = /^(?:products|prices|plans|coupons|promotionCodes|taxRates|shippingRates)$/;

/** The setters of Meta's `UserData` and `ServerEvent` builders that take data about the person. */
const CAPI_SETTER = /^set(?:Emails?|Phones?|FirstNames?|LastNames?|DatesOfBirth|DateOfBirth|Genders?|Cities|City|States?|Zips?|Countries|Country|ExternalIds?|ClientIpAddress|ClientUserAgent|Fbc|Fbp|SubscriptionId|LeadId|FbLoginId)$/;

/** `….execute()` of a chain made from `new EventRequest(…)`, with the person's data its function's builders set. */
function conversionsApi(sf: ts.SourceFile, b: Buckets, argData: (args: readonly ts.Expression[]) => DataHit[]): SinkFact[] {
  const out: SinkFact[] = [];
  for (const n of b.calls) {
    if (!ts.isPropertyAccessExpression(n.expression) || n.expression.name.text !== 'execute') continue;
    let root: ts.Expression = n.expression.expression;
    while (ts.isCallExpression(root) && ts.isPropertyAccessExpression(root.expression)) root = root.expression.expression;
    root = unwrap(root);
    if (!ts.isNewExpression(root) || !/(?:^|\.)EventRequest$/.test(root.expression.getText(sf))) continue;
    const fn = enclosingFunction(n) ?? sf;
    const set: ts.Expression[] = [];
    const visit = (x: ts.Node): void => {
      if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && CAPI_SETTER.test(x.expression.name.text)) set.push(...x.arguments);
      ts.forEachChild(x, visit);
    };
    visit(fn);
    const data = argData(set);
    const params = paramsIn(n, set);
    if (data.length || params.length) out.push({ service: 'meta-pixel', via: 'EventRequest.execute (Conversions API)', data, params, ...rangeOf(sf, n) });
  }
  return out;
}

/** SDK namespaces of things that have names of their own: emoji reactions, labels, tags, channels, folders, boards. */
const THING_NAMESPACE = /^(?:reactions|emoji|emojis|labels|tags|channels|folders|boards|projects|repos|webhooks|topics|segments|audiences|templates|bookmarks|pins|workspaces|teams|tables|buckets|indexes|collections)$/;

/** API namespaces for DNS records (Cloudflare's `dnsRecords`, Route 53's `changeResourceRecordSets`): servers' addresses. */
const DNS_RECORDS = /^(?:dns|dnsRecords?|dns_records|changeResourceRecordSets|resourceRecordSets?)$/;

/** Names of values that hold what people wrote: messages, threads, documents, notes, the task a person gives an agent. */
const WRITTEN = /^(?:messages?|conversation|chat|thread|transcript|history|body|content|text|notes?|comment|description|document|doc|email|emails|mail|reply|question|query|input|prompt|task)s?$/i;

/**
 * Of those, the names any text has — a glossary entry's `content`, a search result's `description`, a task's `input` —
 * which say what people wrote only where a person is in sight of the call.
 */
const WRITTEN_ANY = /^(?:body|content|text|description|document|doc|input|query|prompt|task|history|question)s?$/i;

/** Words of identifiers that put a person in sight: whose request, session or record the code handles. */
const PERSON_WORDS = new Set(['user', 'users', 'customer', 'customers', 'member', 'members', 'session', 'author', 'account', 'profile', 'patient', 'contact', 'contacts', 'recipient', 'sender', 'participant', 'student', 'employee', 'viewer', 'owner', 'person', 'people', 'me', 'req', 'request', 'email', 'emails', 'message', 'messages', 'conversation', 'thread', 'chat', 'mail', 'inbox', 'journal', 'diary', 'ticket', 'feedback', 'submission', 'candidate', 'applicant', 'lead', 'form', 'upload', 'resume', 'cv']);

/**
 * Whether a value comes from whoever calls the function around it (the outermost one): a parameter's, `item.text` in
 * `speak(item)`; not a local the function fetched itself (`scrapedContent` from its own query).
 */
function handedIn(at: ts.Node): boolean {
  const root = ts.isIdentifier(at) ? at.text : ts.isPropertyAccessExpression(at) ? rootName(at) : undefined;
  if (!root) return false;
  let outer: ts.SignatureDeclaration | undefined;
  for (let n: ts.Node | undefined = at.parent; n; n = n.parent) if (ts.isFunctionLike(n)) outer = n;
  const names = (b: ts.BindingName): string[] => ts.isIdentifier(b) ? [b.text] : b.elements.flatMap((e) => ts.isBindingElement(e) ? names(e.name) : []);
  return !!outer && outer.parameters.some((p) => names(p.name).includes(root));
}

/** Things a product lists or publishes, whose text is theirs: a listing, an article, a video, a product. */
const THING_TEXT = new Set(['listing', 'listings', 'article', 'articles', 'video', 'videos', 'youtube', 'product', 'products', 'feed', 'feeds', 'rss', 'episode', 'episodes', 'podcast', 'course', 'courses', 'lesson', 'lessons', 'recipe', 'recipes', 'repo', 'repository', 'package', 'catalog', 'catalogue', 'docs', 'documentation', 'changelog', 'release', 'blog', 'news', 'headline', 'headlines']);

/**
 * Whether the function around `at` (the outermost one) is named for a thing the product lists or publishes and not for
 * a person (`analyzeListingText(params)`, `processYouTubeVideo`): the text it hands a model is that thing's.
 */
function aboutThing(at: ts.Node): boolean {
  let outer: ts.Node | undefined;
  for (let n: ts.Node | undefined = at.parent; n; n = n.parent) if (ts.isFunctionLike(n)) outer = n;
  if (!outer) return false;
  const named = (outer as ts.SignatureDeclaration).name ?? (ts.isVariableDeclaration(outer.parent) || ts.isPropertyAssignment(outer.parent) ? outer.parent.name : undefined);
  const words = named && (ts.isIdentifier(named) || ts.isStringLiteral(named)) ? splitIdentifier(named.text) : [];
  if (words.some((w) => PERSON_WORDS.has(w))) return false;
  // (`trigger/glossary/draft-sections.ts`: a folder of the product's own publishing — a glossary, SEO pages, a blog.)
  const dirs = at.getSourceFile().fileName.split('/').slice(0, -1);
  return words.some((w) => THING_TEXT.has(w)) || dirs.some((d) => PUBLISHING_DIR.test(d));
}

/** Folders of what a product publishes itself: its glossary, SEO pages, blog, changelog, feeds. */
const PUBLISHING_DIR = /^(?:glossary|seo|blog|changelog|rss|feeds?)$/i;

/** A key of an object literal (`messages: […]`) or a name in a method's path (`openai.chat.completions.create`): no value. */
function keyOrMethod(id: ts.Identifier): boolean {
  if ((ts.isPropertyAssignment(id.parent) || ts.isPropertySignature(id.parent)) && id.parent.name === id) return true;
  let cur: ts.Node = id;
  if (!ts.isPropertyAccessExpression(cur.parent) || cur.parent.name !== cur) return false;
  while (ts.isPropertyAccessExpression(cur.parent) && (cur.parent.name === cur || cur.parent.expression === cur)) cur = cur.parent;
  return ts.isCallExpression(cur.parent) && cur.parent.expression === cur;
}

/** Whether the function around `at` (the outermost one), or the file outside any, handles a person: a name of one of theirs. */
function personInSight(at: ts.Node): boolean {
  let scope: ts.Node = at.getSourceFile();
  for (let n: ts.Node | undefined = at.parent; n; n = n.parent) if (ts.isFunctionLike(n)) scope = n;
  // (Each scope is walked once, however many of its values are asked about.)
  let seen = PERSON_IN_SIGHT.get(scope);
  if (seen === undefined) PERSON_IN_SIGHT.set(scope, (seen = namesPerson(scope)));
  return seen;
}
const PERSON_IN_SIGHT = new WeakMap<ts.Node, boolean>();

function namesPerson(scope: ts.Node): boolean {
  const stack: ts.Node[] = [scope];
  let budget = 20000;
  while (stack.length && budget-- > 0) {
    const n = stack.pop()!;
    if (ts.isIdentifier(n) && n.text.length > 1 && !keyOrMethod(n) && splitIdentifier(n.text).some((w) => PERSON_WORDS.has(w))) return true;
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
  return false;
}

/** A file a call uploads (`files.create({ file, purpose })`, `uploads.upload(…)`) that the code does not name itself. */
function uploadedFile(sf: ts.SourceFile, n: ts.CallExpression, chain: string[]): DataHit[] {
  if (!chain.some((c) => /^(?:files|uploads|fileBatches)$/.test(c)) || !/^(?:create|upload|uploadAndPoll)$/.test(chain[chain.length - 1] ?? '')) return [];
  const file = n.arguments.map((a) => objectProp(a, 'file') ?? objectProp(a, 'files')).find((f) => !!f && !isLiteral(f));
  return file ? [{ category: 'user.content.documents', name: 'file', lexeme: "file uploaded to a model's vendor", line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 }] : [];
}

/** A conversation turn passed on its own (`{ role: 'user', content: input.message }`): what the person wrote. */
/** A LangChain model's or chain's call with its input as the argument itself. */
const RUNNABLE_CALL = /^(?:invoke|stream|batch|call|predict|generate|streamEvents)$/;

/** What a model call given its input directly sends: the turns of a message list, or a prompt written from what people wrote. */
function bareModelInput(sf: ts.SourceFile, arg: ts.Expression | undefined, read: readonly DataHit[] = []): DataHit[] {
  const e = arg && unwrap(arg);
  if (!e || isLiteral(e)) return [];
  // (`chain.invoke({ text: term, content: item.readableContent })`, `chain.call({ input_documents: docs })`: a chain's
  // prompt is filled from the values it is invoked with. A value already read as a person's data — `email: u.email` —
  // is that, not text they wrote.)
  if (ts.isObjectLiteralExpression(e)) return firstOf(e.properties, (p) => {
    const value = ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : undefined;
    const found = value && !isLiteral(unwrap(value)) ? writtenIn(value) : undefined;
    return found && !read.some((d) => d.name === found.name) ? [modelInput(sf, found.name, found.at)] : undefined;
  }) ?? [];
  if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((turn) => userTurn(sf, turn));
  const found = writtenIn(e);
  return found ? [modelInput(sf, found.name, found.at)] : [];
}

/** What people wrote, as a model is given it. */
function modelInput(sf: ts.SourceFile, name: string, at: ts.Node): DataHit {
  // (`cvText`, `resumeText`, `transcript`: a kind of content its name says, the CV a policy says the model reads.)
  const named = classifyIdentifier(name, { person: true }).find((c) => /^user\.content\.(?:documents|audio|photos|video|screen_capture)$/.test(c.category));
  return { category: named?.category ?? 'user.content.private', name, lexeme: 'model input', line: sf.getLineAndCharacterOfPosition(at.getStart(sf)).line + 1 };
}

function userTurn(sf: ts.SourceFile, arg: ts.Expression): DataHit[] {
  const role = objectProp(arg, 'role');
  const content = objectProp(arg, 'content');
  if (!role || !content || !isLiteral(role) || !/user/.test(role.getText(sf)) || isLiteral(content)) return [];
  const found = writtenIn(content);
  return found ? [modelInput(sf, found.name, found.at)] : [];
}

/**
 * What an AI call sends of what people wrote: `messages` that carry the conversation, or a `prompt` built from values
 * named for text people write (`thread.body`, `doc.content`, `userMessage`). A message list written out turn by turn
 * is read turn by turn: a turn whose content is the product's own template (`content: prompt` where `prompt` is a
 * template of a blog topic and keywords) is not the conversation; a spread of earlier turns, a turn without plain
 * content or with several parts (an image) is.
 */
function conversation(sf: ts.SourceFile, arg: ts.Expression | undefined): DataHit[] {
  if (!arg) return [];
  const hit = (name: string, at: ts.Node): DataHit => modelInput(sf, name, at);
  const messages = objectProp(arg, 'messages');
  if (messages && !isLiteral(messages)) {
    const list = unwrap(messages);
    if (!ts.isArrayLiteralExpression(list)) return [hit('messages', messages)];
    for (const turn of list.elements) {
      if (isLiteral(turn)) continue;
      // (A system or developer turn is the product's instructions; what it says of a person is read as data elsewhere.)
      const role = objectProp(turn, 'role');
      if (role && isLiteral(role) && /^['"`](?:system|developer)['"`]$/.test(role.getText(sf))) continue;
      const content = objectProp(turn, 'content');
      const text = content && unwrap(content);
      if (!text || ts.isArrayLiteralExpression(text) || ts.isObjectLiteralExpression(text)) return [hit('messages', turn)];
      const found = writtenIn(text);
      if (found) return [hit(found.name, found.at)];
    }
    return [];
  }
  const prompt = objectProp(arg, 'prompt') ?? objectProp(arg, 'input') ?? objectProp(arg, 'contents');
  if (!prompt || isLiteral(prompt)) return [];
  const found = writtenIn(prompt);
  return found ? [hit(found.name, found.at)] : [];
}

/**
 * The first value in `e` named for text people write. A local template (`const prompt = \`Topic: ${topic}\``) is read
 * for what it is made of rather than by its own name.
 */
function writtenIn(e: ts.Expression): { name: string; at: ts.Node } | undefined {
  const stack: ts.Node[] = [e];
  const followed = new Set<string>();
  let budget = 100;
  while (stack.length && budget-- > 0) {
    const n = stack.pop()!;
    const made = ts.isIdentifier(n) && !followed.has(n.text) ? initializerInScope(n, true) : undefined;
    if (made) followed.add((n as ts.Identifier).text);
    if (made && isTemplate(unwrap(made))) {
      stack.push(made);
      continue;
    }
    // (A method's own name is not data: `ctx.runQuery(…)`.)
    const callee = ts.isPropertyAccessExpression(n) && ts.isCallExpression(n.parent) && n.parent.expression === n;
    // (A key is no value: `{ text: 'Reply OK' }` writes nothing of anyone's.)
    const key = ts.isIdentifier(n) && ts.isPropertyAssignment(n.parent) && n.parent.name === n;
    // (Nor is a declaration's own name — `(content) => content.summary` reads `summary` — or a function's:
    // `getSystemPrompt(…)` is the product's own instructions.)
    const declared = ts.isIdentifier(n) && (ts.isParameter(n.parent) || ts.isVariableDeclaration(n.parent) || ts.isBindingElement(n.parent) || ts.isFunctionDeclaration(n.parent)) && (n.parent as ts.NamedDeclaration).name === n;
    const called = ts.isIdentifier(n) && ts.isCallExpression(n.parent) && n.parent.expression === n;
    const name = ts.isIdentifier(n) && !key && !declared && !called ? n.text : ts.isPropertyAccessExpression(n) && !callee ? n.name.text : undefined;
    // By the last word of the name: `member.injuryNotes`, `userMessage`, not `threadId`.
    const last = name?.replace(/^.*[_-]|^.*[a-z](?=[A-Z])/, '');
    // (`content`, `description`, `query` are any text's names: a glossary job's scraped `content` sent to a model is no
    // one's writing; the same name in a handler of a user's request or record is.)
    if (name && last && WRITTEN.test(last) && (!WRITTEN_ANY.test(last) || ((handedIn(n) || personInSight(n)) && !aboutThing(n)))) return { name, at: n };
    // (`const bodyPreview = discussion.body.substring(0, 500)`: what a local holds.)
    if (made) stack.push(made);
    // `entries.map((e) => e.body).join('\n')`, `discussion.body.substring(0, 500)`: a method's receiver is read
    // through; `message.id` is not `message`.
    if (ts.isPropertyAccessExpression(n)) {
      if (ts.isCallExpression(n.expression) || callee) stack.push(n.expression);
      continue;
    }
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
  return undefined;
}

/** A string the code writes: a template, a literal or a concatenation. */
function isTemplate(e: ts.Expression): boolean {
  return ts.isTemplateExpression(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isStringLiteral(e) || (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken);
}


/** An auth library's billing plugin: `@better-auth/stripe`, `@polar-sh/better-auth`, `@dodopayments/better-auth`. */
const AUTH_BILLING_PLUGIN = /^@better-auth\/([\w.-]+)$|^(@[\w.-]+)\/better-auth$/;

/** The sink of a billing plugin set to create a customer for everyone who signs up (`createCustomerOnSignUp: true`). */
function customerOnSignUp(sf: ts.SourceFile, n: ts.CallExpression, module: string): SinkFact | undefined {
  const m = AUTH_BILLING_PLUGIN.exec(module);
  if (!m) return undefined;
  const flag = objectProp(n.arguments[0], 'createCustomerOnSignUp');
  if (!flag || unwrap(flag).kind !== ts.SyntaxKind.TrueKeyword) return undefined;
  const vendor = m[1] ? serviceForPackage(m[1]) : [`${m[2]}/sdk`, `${m[2]}/node`, m[2].slice(1)].map((p) => serviceForPackage(p)).find(Boolean);
  if (!vendor || vendor.kind !== 'payment_processor') return undefined;
  const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const data: DataHit[] = [
    { category: 'user.contact.email', name: 'email', lexeme: 'customer created at sign-up', line },
    { category: 'user.name', name: 'name', lexeme: 'customer created at sign-up', line },
  ];
  return { service: vendor.id, via: `${n.expression.getText(sf)}({ createCustomerOnSignUp: true })`, data, params: [], argCalls: [], ...rangeOf(sf, n) };
}

/** Message-text properties of a messaging or mail call. */
const MESSAGE_TEXT_KEYS = ['body', 'text', 'html', 'message', 'content', 'subject', 'title', 'notification', 'caption'];
/** A key of a message's own text, however an API spells it (`Body` for Twilio, `HtmlBody` and `TextBody` for Postmark). */
function messageKey(key: string): boolean {
  const k = key.toLowerCase();
  return MESSAGE_TEXT_KEYS.includes(k) || k === 'htmlbody' || k === 'textbody';
}

/** The values of a message's text properties, and of its other properties (addressing, options). */
function messageParts(arg: ts.Expression | undefined): { text: ts.Expression[]; other: ts.Expression[] } {
  const text: ts.Expression[] = [];
  const other: ts.Expression[] = [];
  const o = arg ? unwrap(arg) : undefined;
  if (!o || !ts.isObjectLiteralExpression(o)) return { text, other };
  for (const p of o.properties) {
    const key = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? nameText(p.name) : undefined;
    const v = ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : undefined;
    if (key && v) (messageKey(key) ? text : other).push(v);
  }
  return { text, other };
}

/**
 * Marks the hits, and the parameters carried in, that only sit in the text of the message (a name in "Ms Park: …"), not
 * in its addressing.
 */
function markMessage(call: ts.Node, arg: ts.Expression | undefined, data: DataHit[], params: { index: number; inMessage?: boolean }[], sf: ts.SourceFile, consts: Consts): void {
  if (!arg) return;
  const inText = new Set<string>();
  const elsewhere = new Set<string>();
  const { text, other } = messageParts(arg);
  for (const v of text) for (const h of dataOf(v, sf, consts)) inText.add(`${h.category}|${h.name}`);
  for (const v of other) for (const h of dataOf(v, sf, consts)) elsewhere.add(`${h.category}|${h.name}`);
  for (const h of data) if (inText.has(`${h.category}|${h.name}`) && !elsewhere.has(`${h.category}|${h.name}`)) h.inMessage = true;
  if (!params.length) return;
  const only = messageOnlyParams(call, text, other);
  for (const p of params) if (only.has(p.index)) p.inMessage = true;
}

/** A value made of literals only (a fixed system prompt). */
function isLiteral(e: ts.Expression): boolean {
  const u = unwrap(e);
  if (ts.isStringLiteralLike(u) || ts.isNumericLiteral(u)) return true;
  if (ts.isArrayLiteralExpression(u)) return u.elements.every((x) => isLiteral(x));
  if (ts.isObjectLiteralExpression(u)) return u.properties.every((p) => ts.isPropertyAssignment(p) && isLiteral(p.initializer));
  return false;
}

/** Functions that wrap a model and hand it back (`withTracing`, `wrapLanguageModel`, `observeOpenAI`). */
const MODEL_WRAPPER = /^(?:withTracing|wrapLanguageModel|wrapAISDKModel|wrapAISDK|wrapOpenAI|observeOpenAI|withMonitoring|withTelemetry|withLogging)$/;

/**
 * The providers of a Vercel AI SDK model: the import of `openai('…')`, the prefix of a gateway string `'openai/gpt-4o'`,
 * or what a helper of this file returns (`model: modelFor(name)` returning `anthropic(name)` or `openai(name)`).
 */
function modelProviders(opts: ts.Expression | undefined, consts: Consts, serviceOf: (chain: string[]) => ServiceDef | undefined, sf: ts.SourceFile): ServiceDef[] {
  let model = objectProp(opts, 'model');
  // (`withTracing(openai('gpt-4o'), posthog, { … })`, `wrapLanguageModel({ model, middleware })`: a model wrapped for
  // tracing or middleware is still that vendor's model.)
  for (let i = 0; model && i < 4; i++) {
    const u = unwrap(model);
    if (ts.isIdentifier(u)) model = constAt(consts, u.text, u) ?? initializerInScope(u, true);
    else if (ts.isCallExpression(u) && MODEL_WRAPPER.test(accessChain(u.expression).slice(-1)[0] ?? '') && u.arguments[0]) model = objectProp(u.arguments[0], 'model') ?? u.arguments[0];
    else break;
  }
  if (!model) return [];
  const one = (e: ts.Expression): ServiceDef | undefined => {
    const u = unwrap(e);
    if (ts.isStringLiteralLike(u)) {
      const prefix = /^([a-z0-9-]+)\//i.exec(u.text)?.[1];
      return prefix ? serviceForName(prefix) : undefined;
    }
    const svc = serviceOf(accessChain(u));
    return svc && svc.kind === 'ai' && svc.id !== 'vercel-ai-sdk' ? svc : undefined;
  };
  const u = unwrap(model);
  const out: ServiceDef[] = [];
  if (ts.isCallExpression(u) && ts.isIdentifier(u.expression)) {
    for (const r of returnsOf(sf, u.expression.text)) {
      const svc = one(r);
      if (svc && !out.includes(svc)) out.push(svc);
    }
  }
  if (out.length) return out;
  const direct = one(model);
  return direct ? [direct] : [];
}

/** A vendor SDK's sign-in with a username and password, and what it sends. */
const LOGIN_METHOD = /^(?:login|logIn|signIn|authenticate|auth)$/;
const LOGIN_DATA = /^user\.(?:authorization(?:\.|$)|account\.username$)/;

/** An analytics call that records a page or screen view, whose `name` and `title` are the page's. */
const PAGE_CALL = /^(?:page|screen|pageview|pageView|trackPageView|trackScreenView|logScreenView)$/;
const PAGE_NAME_KEY = /^(?:name|title|category|screen|screenName|screen_name|page|pageName|page_name|pageTitle|page_title)$/;
/** The paths of analytics APIs that record an event or a page view (`/api/event`, `/track`, `/capture/`). */
const ANALYTICS_EVENT_PATH = /\/(?:api\/)?(?:v\d\/)?(?:event|events|track|capture|collect|pageviews?|hit)(?:[/?#]|$)/i;

/** A callback an SDK calls to learn who the person is (`identify`, `getCustomer`, `user: () => …`). */
const IDENTIFY_CALLBACK = /^(?:identify\w*|get(?:User|Customer|Identity|Person)\w*|user|customer|customerData|identity|person)$/;

/** What the identify callbacks among a call's arguments return. */
function identifyReturns(args: readonly ts.Expression[]): ts.Expression[] {
  return callbacksIn(args).flatMap((fn) => {
    const key = fn.parent && (ts.isPropertyAssignment(fn.parent) ? fn.parent.name : ts.isMethodDeclaration(fn) ? fn.name : undefined);
    return key && ts.isIdentifier(key) && IDENTIFY_CALLBACK.test(key.text) && 'body' in fn ? returnedBy(fn as ts.FunctionLikeDeclaration) : [];
  });
}

/** A message list with a turn the literal role "user" marks (`messages: [{ role: 'user', content }]`). */
function chatTurns(sf: ts.SourceFile, body: ts.Expression): boolean {
  const messages = objectProp(body, 'messages');
  const list = messages && unwrap(messages);
  return !!list && ts.isArrayLiteralExpression(list) && list.elements.some((turn) => {
    const role = objectProp(turn, 'role');
    return !!role && isLiteral(role) && /^['"`]user['"`]$/.test(role.getText(sf));
  });
}

/** The object a request body is made of: `requestBody` of `const requestBody = JSON.stringify({ messages })`. */
function requestJson(e: ts.Expression, depth = 0): ts.Expression {
  const u = unwrap(e);
  if (depth < 3 && ts.isIdentifier(u)) {
    const init = initializerInScope(u, true);
    return init ? requestJson(init, depth + 1) : e;
  }
  if (depth < 3 && ts.isCallExpression(u) && accessChain(u.expression).join('.') === 'JSON.stringify' && u.arguments[0]) return requestJson(u.arguments[0], depth + 1);
  return u;
}

/** The fields of a form body: `new URLSearchParams({ To, Body })`, `new FormData()` aside. */
function formObject(e: ts.Expression): ts.Expression {
  const u = unwrap(e);
  return ts.isNewExpression(u) && ts.isIdentifier(u.expression) && u.expression.text === 'URLSearchParams' && u.arguments?.[0] ? unwrap(u.arguments[0]) : u;
}

/** `generateText(requestOptions)` with `const requestOptions = { model, messages }` in the same function: the object. */
function localObject(e: ts.Expression): ts.Expression {
  const u = unwrap(e);
  if (!ts.isIdentifier(u)) return e;
  let scope: ts.Node | undefined = u.parent;
  while (scope && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  if (!scope) return e;
  let found: ts.Expression | undefined;
  const visit = (n: ts.Node) => {
    if (found || n.pos > u.pos) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === u.text && n.initializer && ts.isObjectLiteralExpression(unwrap(n.initializer))) found = n.initializer;
    else if (n === scope || !ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  visit(scope);
  return found ?? e;
}

/**
 * A logger created with a transport that points at a vendor (`winston.createLogger({ transports: [new Http({ host:
 * 'in.logs.betterstack.com' })] })`, `pino({ transport: { target: '@logtail/pino' } })`): the vendor receives what is logged.
 */
function loggerBinding(init: ts.Expression, importOf: Map<string, ImportFact>, consts: Consts): { service: ServiceDef; verbose?: boolean } | undefined {
  const u = unwrap(init);
  // `useAxiom ? pino(…, multistream([…axiomStream])) : pino(…)`: either branch.
  if (ts.isConditionalExpression(u)) return loggerBinding(u.whenTrue, importOf, consts) ?? loggerBinding(u.whenFalse, importOf, consts);
  if (!ts.isCallExpression(u) && !ts.isNewExpression(u)) return undefined;
  const root = rootName(u.expression);
  const imp = root ? importOf.get(root) : undefined;
  if (!imp || !LOGGERS.test(imp.module)) return undefined;
  const found = (u.arguments ?? []).map((a) => loggerOptions(a, consts)).find(Boolean);
  // (`level: process.env.LOG_LEVEL ?? 'debug'`, a transport target at `level: 'debug'`: debug lines are shipped too.)
  if (found) return { service: found, ...((u.arguments ?? []).some((a) => /\blevel\s*:[^,}]*['"](?:debug|trace|verbose|silly)['"]/.test(a.getText())) ? { verbose: true } : {}) };
  // A logger module that imports a log vendor's SDK and hands the logger something built here (a stream, a transport,
  // a mixin: `createAxiomStream(token)`, `HyperDX.getPinoTransport(…)`) ships what it logs to that vendor.
  const vendor = [...importOf.values()].map((i) => serviceForPackage(i.module)).find((svc) => svc && (svc.kind === 'logging' || svc.kind === 'error_monitoring') && !LOGGERS.test(svc.id));
  if (vendor && (u.arguments ?? []).some((a) => containsCall(a))) return { service: vendor };
  return undefined;
}

/** The name under which a file records its server's logger vendor, and which calls on that logger use. */
export const SERVER_LOGGER = '#server-logger';
/** The module of a client a request context carries: resolved by the client's name among the project's exports. */
export const CONTEXT_CLIENT = '#context';

/** What holds the clients a Nuxt or Vue plugin injects: the app, its context, a component instance. */
const INJECTED_HOLDER = /^(?:nuxtApp|nuxt|app|context|ctx|vm|\$nuxt)$/;
/** A framework's request context: `ctx`, `context`, `opts.ctx`. */
const CONTEXT_OBJECT = /^(?:ctx|context)$/;
/** A web server's instance, which Fastify plugins decorate with clients (`app.decorate('analytics', …)`). */
const SERVER_INSTANCE = /^(?:app|fastify|server|instance)$/;
/** Owners of a server's logger: a request (`req.log`), the app (`app.log`, `fastify.log`). */
const SERVER_LOG_OWNER = /^(?:req|request|app|fastify|server|instance)$/;
const LOG_LEVEL = /^(?:info|warn|error|fatal|debug|trace|log)$/;

/** Options that turn off the line a server logs per request. */
function requestLoggingOff(opts: ts.Expression): boolean {
  const u = unwrap(opts);
  if (!ts.isObjectLiteralExpression(u)) return false;
  return u.properties.some((p) => ts.isPropertyAssignment(p) && ((nameText(p.name) === 'disableRequestLogging' && p.initializer.kind === ts.SyntaxKind.TrueKeyword) || (nameText(p.name) === 'autoLogging' && p.initializer.kind === ts.SyntaxKind.FalseKeyword)));
}

/** Whether an expression calls something (a stream or transport factory), not only literals and flags. */
function containsCall(e: ts.Node): boolean {
  if (ts.isCallExpression(e) || ts.isNewExpression(e)) return true;
  let hit = false;
  ts.forEachChild(e, (c) => {
    if (!hit && !ts.isArrowFunction(c) && !ts.isFunctionExpression(c)) hit = containsCall(c);
  });
  return hit;
}

/** A vendor named by a transport in logger options: a package (`@logtail/pino`) or an API host. */
function loggerOptions(opts: ts.Node, consts: Consts): ServiceDef | undefined {
  let found: ServiceDef | undefined;
  const seen = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (found) return;
    // (`host: \`http-intake.logs.${process.env.DD_SITE ?? 'datadoghq.eu'}\``: a host built with a default is that host.)
    if (ts.isStringLiteralLike(n) || ts.isTemplateExpression(n)) {
      const text = (ts.isStringLiteralLike(n) ? n.text : evalString(n, consts) ?? '').trim();
      const svc = serviceForPackage(text) ?? serviceForHost(hostOf(text) ?? (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(text) ? text : ''));
      if (svc && (svc.kind === 'logging' || svc.kind === 'error_monitoring')) found = svc;
      return;
    }
    if (ts.isIdentifier(n) && !seen.has(n.text) && consts.has(n.text)) {
      seen.add(n.text);
      visit(constAt(consts, n.text, n)!);
    }
    ts.forEachChild(n, visit);
  };
  visit(opts);
  return found;
}

function isFunction(e: ts.Expression): boolean {
  const u = unwrap(e);
  return ts.isArrowFunction(u) || ts.isFunctionExpression(u);
}

/** Initializers that may hold a client without being a plain chain: `a ??= new X()`, `c ? x : y`, accessors, `inject(X)`, `useRef<X>()`. */
const COMPOSE = /^(?:pipe|from|LLMChain|ConversationChain|RunnableSequence|(?:load|create)[A-Za-z]*Chain|withStructuredOutput|bind|bindTools|withConfig|withRetry)$/;

function firstOf<T, R>(xs: readonly T[], f: (x: T) => R | undefined): R | undefined {
  for (const x of xs) {
    const r = f(x);
    if (r !== undefined) return r;
  }
  return undefined;
}

/** `{} as Stripe`, `new Proxy({} as Stripe, { get … })`: a value the code says is a client of a type. */
function castOrProxy(e: ts.Expression): boolean {
  let x = e;
  while (ts.isParenthesizedExpression(x)) x = x.expression;
  return (ts.isAsExpression(x) && ts.isTypeReferenceNode(x.type) && ts.isIdentifier(x.type.typeName)) || (ts.isNewExpression(x) && ts.isIdentifier(x.expression) && x.expression.text === 'Proxy');
}

function shapedClient(init: ts.Expression): boolean {
  if (ts.isBinaryExpression(init) || ts.isConditionalExpression(init) || ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return true;
  return ts.isCallExpression(init) && ts.isIdentifier(init.expression) && /^(inject|useRef|shallowRef|ref)$/.test(init.expression.text);
}

/** The addresses a client's settings give (`{ host }`, `{ url }`, `{ nodes: [{ host }] }`, or a first argument that is one). */
function addressesIn(args: readonly ts.Expression[], consts: Consts, bare: boolean): string[] {
  const out: string[] = [];
  const visit = (e: ts.Expression, depth: number, keyed: boolean) => {
    const u = unwrap(e);
    if (ts.isObjectLiteralExpression(u) && depth < 3) {
      for (const p of u.properties) if (ts.isPropertyAssignment(p) && ADDRESS_OPTION.test(nameText(p.name) ?? '')) visit(p.initializer, depth + 1, true);
    } else if (ts.isArrayLiteralExpression(u) && depth < 3) for (const x of u.elements) visit(x, depth + 1, keyed);
    else if (keyed || depth === 0) {
      const v = evalString(u, consts);
      // (A first argument that is only a dotted name must be a constructor's or a connect call's; `'mailgun.js'` never is.)
      if (v && /^(?:[a-z][\w+.-]*:\/\/)?[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:\/|$)/i.test(v) && !/\.(?:js|ts|json|mjs|cjs)$/i.test(v) && (keyed || bare || /^[a-z][\w+.-]*:\/\//i.test(v))) out.push(v);
    }
  };
  for (const a of args.slice(0, 2)) visit(a, 0, false);
  return out;
}

/** SDKs of search and vector stores that run anywhere, and the vendor cloud the catalog knows each by. */
const STORE_PACKAGES: Record<string, string> = { typesense: 'typesense-cloud', meilisearch: 'meilisearch-cloud', chromadb: 'chroma-cloud', '@qdrant/js-client-rest': 'qdrant', 'weaviate-client': 'weaviate', 'weaviate-ts-client': 'weaviate', '@elastic/elasticsearch': 'elastic-cloud' };

/** Clouds whose addresses host the product's own servers and databases (`*.rds.amazonaws.com`), not a vendor's store. */
const GENERAL_CLOUDS = new Set(['aws', 'gcp', 'azure', 'digitalocean', 'heroku', 'render', 'fly', 'railway', 'netlify', 'hetzner', 'cloudflare', 'vercel']);

/** Node's own modules. */
const NODE_BUILTIN = /^(?:node:|(?:http|https|http2|net|tls|dns|dgram|url|fs|child_process|stream|zlib|crypto|os|path|util|events|worker_threads|cluster|readline)(?:\/|$))/;

/** The settings of a client that say where it connects. */
const ADDRESS_OPTION = /^(?:url|host|hostname|endpoint|baseUrl|baseURL|uri|address|path|clusterUrl|cluster_url|restUrl|nodes|node|connection)$/;
