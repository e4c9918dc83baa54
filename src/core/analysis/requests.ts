import { ts } from './tsapi';
import { type ServiceDef, serviceById, serviceForCodeName, serviceForEnvName } from '../catalog';
import { accessChain, initializerInScope, nameText, unwrap } from './ast';
import { splitIdentifier } from '../taxonomy';
import type { DataHit, ImportFact, SinkFact } from './types';
import { type Consts, constAt, evalString, hostOf, returnedBy } from './values';

/** What a sink call sends, beyond its arguments: HTTP request shape, SDK settings, mail recipients. */

/** A property of an object literal argument: `{ baseURL: … }`. */
export function objectProp(obj: ts.Expression | undefined, key: string): ts.Expression | undefined {
  const o = obj ? unwrap(obj) : undefined;
  if (!o || !ts.isObjectLiteralExpression(o)) return undefined;
  for (const p of o.properties) {
    if (ts.isPropertyAssignment(p) && nameText(p.name) === key) return p.initializer;
    // `{ model, messages }`: the shorthand's value is the identifier itself.
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
  }
  return undefined;
}

/**
 * A push service's send carries the device's push token, whatever the message is built from
 * (`expo.sendPushNotificationsAsync(chunk)`, `webpush.sendNotification(subscription, payload)`, FCM's `send({ token })`).
 */
export function pushToken(sf: ts.SourceFile, service: string, call: ts.CallExpression): DataHit | undefined {
  const chain = accessChain(call.expression);
  if (!PUSH_SEND[service]?.test(chain[chain.length - 1] ?? '') || !call.arguments.length) return undefined;
  // (An FCM message to a topic or a condition — `send({ topic: 'news', … })` — reaches whoever subscribed, by no token.)
  const msg = unwrap(call.arguments[0]);
  if (service === 'firebase-messaging' && ts.isObjectLiteralExpression(msg) && (objectProp(msg, 'topic') || objectProp(msg, 'condition')) && !objectProp(msg, 'token') && !objectProp(msg, 'tokens')) return undefined;
  return { category: 'user.device.push_token', name: 'push token', lexeme: 'push token of the device notified', line: sf.getLineAndCharacterOfPosition(call.getStart(sf)).line + 1 };
}

/** The calls of push services that deliver a notification to a device by its token. */
const PUSH_SEND: Record<string, RegExp | undefined> = {
  'expo-push': /^(?:sendPushNotificationsAsync)$/,
  'web-push': /^(?:sendNotification)$/,
  'firebase-messaging': /^(?:send|sendEach|sendEachForMulticast|sendMulticast|sendToDevice|sendAll)$/,
};

/** Session-replay SDKs record what users type and see from the moment they start. */
const REPLAY_BY_DEFAULT = new Set(['logrocket', 'fullstory', 'hotjar']);

/**
 * SDK settings that send personal data by themselves: `sendDefaultPii: true` (IP address, cookies, user),
 * session replay (`replayIntegration()`, LogRocket, PostHog `session_recording`, Datadog `sessionReplaySampleRate`).
 */
export function automaticData(sf: ts.SourceFile, service: string, call: ts.CallExpression): DataHit[] {
  const hits: DataHit[] = [];
  const line = sf.getLineAndCharacterOfPosition(call.getStart(sf)).line + 1;
  const chain = accessChain(call.expression);
  const method = chain[chain.length - 1] ?? '';
  // `Sentry.showReportDialog()`: a crash report form that asks the person for a name, an email address and comments.
  if (service === 'sentry' && method === 'showReportDialog') {
    for (const [category, name] of [['user.name', 'name'], ['user.contact.email', 'email'], ['user.content.private', 'comments']]) hits.push({ category, name, lexeme: 'report dialog', line });
    return hits;
  }
  if (!/^(init|initialize|load|start|setup|configure)$/.test(method) && !(chain.length === 1 && REPLAY_BY_DEFAULT.has(service))) return hits;
  // (`const sentryOptions = { …, sendDefaultPii: true }; Sentry.init(sentryOptions)`: the settings by their name.)
  const opts = call.arguments.map((a) => unwrap(a)).map((a) => (ts.isIdentifier(a) ? localObject(sf, a.text) ?? a : a)).filter(ts.isObjectLiteralExpression);
  const prop = (o: ts.ObjectLiteralExpression, key: string) => o.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && nameText(p.name) === key);
  for (const o of opts) {
    const pii = prop(o, 'sendDefaultPii');
    if (pii && pii.initializer.kind === ts.SyntaxKind.TrueKeyword) hits.push({ category: 'user.device.ip_address', name: 'sendDefaultPii', lexeme: 'sendDefaultPii: true', line });
    const integrations = prop(o, 'integrations');
    // (A replay with its text masked — Sentry's default — still records where the person goes and what they click.)
    const replay = integrations && /replay/i.test(integrations.initializer.getText(sf));
    const phReplay = prop(o, 'disable_session_recording');
    const ddReplay = prop(o, 'sessionReplaySampleRate');
    if (replay || (phReplay && phReplay.initializer.kind === ts.SyntaxKind.FalseKeyword) || (ddReplay && Number(ddReplay.initializer.getText(sf)) > 0)) {
      hits.push({ category: 'user.behavior', name: 'session replay', lexeme: 'session replay', line });
    }
  }
  if (REPLAY_BY_DEFAULT.has(service) && /^(init|load)$/.test(method) && !hits.length) hits.push({ category: 'user.behavior', name: 'session replay', lexeme: 'session replay', line });
  return hits;
}

/** The object literal a variable of this file is initialised with (`const options = { … }`), if one is. */
function localObject(sf: ts.SourceFile, name: string): ts.ObjectLiteralExpression | undefined {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer) {
      const init = unwrap(n.initializer);
      if (ts.isObjectLiteralExpression(init)) found = init;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/**
 * The recipients of a message (`to`, `cc`, `bcc`): an email address for a mail API, a phone number for an
 * SMS or messaging API, whatever the variable is called.
 */
export function mailRecipients(sf: ts.SourceFile, args: readonly ts.Expression[], category = 'user.contact.email', consts?: Consts): DataHit[] {
  const out: DataHit[] = [];
  const lexeme = category === 'user.contact.email' ? 'email recipient' : 'message recipient';
  const queue = [...args];
  for (let i = 0; i < queue.length && i < 16; i++) {
    let o = unwrap(queue[i]);
    // `JSON.stringify({ to })`, and the body of request options (`fetch(url, { method, body })`).
    if (ts.isCallExpression(o) && accessChain(o.expression).join('.') === 'JSON.stringify' && o.arguments[0]) o = unwrap(o.arguments[0]);
    // (AWS SES: `ses.send(new SendEmailCommand({ Destination: { ToAddresses: [to] } }))`, a command's input.)
    if (ts.isNewExpression(o) && /Command$/.test(o.expression.getText(sf)) && o.arguments?.[0]) o = unwrap(o.arguments[0]);
    if (ts.isObjectLiteralExpression(o)) {
      for (const p of o.properties) {
        const key = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? nameText(p.name) : undefined;
        if (key && /^(body|json|form|data|destination)$/i.test(key)) queue.push(ts.isPropertyAssignment(p) ? p.initializer : (p as ts.ShorthandPropertyAssignment).name);
      }
    }
    // A form body: `body.set('To', phone)` before `fetch(url, { body })`.
    if (ts.isIdentifier(o)) {
      const init = consts?.get(o.text);
      if (init) queue.push(init);
      const set = consts?.appends?.get(o.text)?.find((c) => /^(to|cc|bcc|recipients?)$/i.test((c.arguments[0] as ts.StringLiteralLike).text) && !ts.isStringLiteralLike(unwrap(c.arguments[1])));
      if (set) {
        out.push({ category, name: (set.arguments[0] as ts.StringLiteralLike).text, lexeme, line: sf.getLineAndCharacterOfPosition(set.getStart(sf)).line + 1 });
        break;
      }
    }
    if (!ts.isObjectLiteralExpression(o)) continue;
    for (const p of o.properties) {
      const key = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? nameText(p.name) : undefined;
      if (!key || !/^(to|cc|bcc|recipients?|(?:to|cc|bcc)_?addresses)$/i.test(key)) continue;
      const v = ts.isPropertyAssignment(p) ? unwrap(p.initializer) : undefined;
      if (v && (ts.isStringLiteralLike(v) || ts.isNumericLiteral(v))) continue;
      // `to: user.expo_push_token`: a push notification goes to a device token, not a phone number or an address.
      if (v && /push.?token|device.?token|fcm.?token|expo.?token|apns|registration.?token|subscription/i.test(v.getText(sf))) continue;
      out.push({ category, name: key, lexeme, line: sf.getLineAndCharacterOfPosition(p.getStart(sf)).line + 1 });
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
  // (`this.config.getOrThrow<string>('SLACK_FRONTDESK_WEBHOOK')`, `configService.get('HUBSPOT_URL')`, `Deno.env.get(…)`,
  // `env('SLACK_WEBHOOK_URL')`: a setting read by its name.)
  if (ts.isAwaitExpression(x)) x = unwrap(x.expression);
  if (ts.isCallExpression(x) && x.arguments.length >= 1 && ts.isStringLiteralLike(x.arguments[0]) && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(x.arguments[0].text)) {
    const chain = accessChain(x.expression).join('.');
    if (/(?:^|\.)(?:env|getEnv|readEnv|requireEnv|required)$|(?:^|\.)(?:env|config|configService|settings|cfg|conf)\.(?:get|getOrThrow|getString|require|read)$/i.test(chain)) return x.arguments[0].text;
  }
  return undefined;
}

/**
 * The vendor an address is read from the settings of: `config.braze.restEndpoint`, `settings.mixpanel.apiHost`,
 * `process.env.BRAZE_REST_ENDPOINT`, `baselimeEventsUrl` (not the product's own deployment on a hosting vendor).
 */
export function vendorOfAddress(e: ts.Expression): ServiceDef | undefined {
  const x = unwrap(e);
  const env = envNameOf(x);
  // (`fetch(baselimeEventsUrl, …)`, `brazeEndpoint`: a variable named for the vendor's address.)
  const named = env ? serviceForEnvName(env) : ts.isPropertyAccessExpression(x) && ADDRESS_KEY.test(x.name.text) ? serviceForEnvName(accessChain(x.expression).join('_')) : ts.isIdentifier(x) && ADDRESS_KEY.test(x.text) ? serviceForCodeName(splitIdentifier(x.text).join('_')) : undefined;
  return named && named.kind !== 'cloud_hosting' ? named : undefined;
}
/** A setting that holds an address: `restEndpoint`, `apiHost`, `baseUrl`, `url`, `SLACK_APPLICATIONS_WEBHOOK`. */
const ADDRESS_KEY = /(?:url|uri|endpoint|host|origin|webhook)$/i;

/** The words of a URL read from a record (`slack.webhookUrl`, `conn.webhookUrl` with `conn: SlackConnection`) as one name. */
function holderName(e: ts.Expression): string | undefined {
  // (`ws.slack_webhook_url`, a column of a row read from the database: the same, written in snake case.)
  if (!ts.isPropertyAccessExpression(e) || !/(?:web)?_?hook(?:_?(?:url|uri))?$/i.test(e.name.text)) return undefined;
  const chain = accessChain(e);
  const words = chain.flatMap((c) => splitIdentifier(c));
  const root = chain[0];
  // The declared type of a parameter named like the root.
  for (let cur: ts.Node | undefined = e.parent; cur && !ts.isSourceFile(cur); cur = cur.parent) {
    if (!ts.isFunctionLike(cur)) continue;
    for (const p of cur.parameters) {
      if (ts.isIdentifier(p.name) && p.name.text === root && p.type && ts.isTypeReferenceNode(p.type) && ts.isIdentifier(p.type.typeName)) words.push(...splitIdentifier(p.type.typeName.text));
    }
  }
  return words.join('_');
}

/** Parties whose registered webhook receives what the product posts. */
const PARTY = new Set(['merchant', 'partner', 'restaurant', 'store', 'shop', 'vendor', 'supplier', 'seller', 'retailer', 'carrier', 'insurer', 'lender', 'broker', 'affiliate', 'reseller', 'marketplace']);

/** `merchant.webhookUrl` → "merchant webhook"; undefined for the product's own or a user's own endpoint. */
function partyWebhook(e: ts.Expression): string | undefined {
  if (!ts.isPropertyAccessExpression(e) || !/(webhook|callback)(url|uri|endpoint)?$/i.test(e.name.text)) return undefined;
  const words = accessChain(e.expression).flatMap((c) => splitIdentifier(c));
  const party = words.find((w) => PARTY.has(w));
  return party ? `${party} webhook` : undefined;
}

/** The chat service a webhook posts to, known by the shape of the message: Discord's `embeds` (`{ embeds: [{ title,
 * fields }] }`), Slack's Block Kit `blocks` (`[{ type: 'section', … }]`). Only for an address the code calls a webhook. */
function chatWebhook(urlExpr: ts.Expression, dataArgs: readonly ts.Expression[]): ServiceDef | undefined {
  if (!/hook/i.test(urlExpr.getText())) return undefined;
  let found: string | undefined;
  const visit = (n: ts.Node, depth: number): void => {
    if (found || depth > 6) return;
    if (ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) {
      const key = nameText(n.name);
      const value = ts.isPropertyAssignment(n) ? unwrap(n.initializer) : undefined;
      if (key === 'embeds') found = 'discord';
      else if (key === 'blocks' && value && ts.isArrayLiteralExpression(value) && value.elements.some((e) => objectProp(e, 'type'))) found = 'slack';
      if (found) return;
    }
    ts.forEachChild(n, (c) => visit(c, depth + 1));
  };
  for (const a of dataArgs) visit(a, 0);
  return found ? serviceById(found) : undefined;
}

export function httpRequest(
  call: ts.CallExpression,
  baseUrl: string | undefined,
  consts: Consts,
  importOf: Map<string, ImportFact>,
  pendingBase?: { module: string; name: string },
): { url: string; host?: string; service?: string; dataArgs: ts.Expression[]; urlExpr?: ts.Expression; pending?: SinkFact['pendingUrl'] } | undefined {
  const [first, ...rest] = call.arguments;
  if (!first) return undefined;
  let urlExpr: ts.Expression | undefined = first;
  let dataArgs = rest;
  const u = unwrap(first);
  // (`const options = { method: 'POST', url, data }` … `axios(options)`: the request's settings held in a constant.)
  const held = ts.isIdentifier(u) ? initializerInScope(u, true) : undefined;
  const config = ts.isObjectLiteralExpression(u) ? u : held && ts.isObjectLiteralExpression(unwrap(held)) && objectProp(unwrap(held), 'url') ? (unwrap(held) as ts.ObjectLiteralExpression) : undefined;
  if (config) {
    urlExpr = objectProp(config, 'url');
    dataArgs = [config];
  }
  if (!urlExpr) return undefined;
  let url = evalString(urlExpr, consts);
  let pending: SinkFact['pendingUrl'];
  if (url === undefined || url === '' || url.startsWith('{}')) {
    const root = unwrap(urlExpr);
    // `process.env.SLACK_WEBHOOK_URL`: the variable's name says who receives it.
    // (`fetch(webhookUrl())` with `const webhookUrl = () => process.env.SLACK_HIRING_WEBHOOK_URL ?? ''`: what the local
    // function returns.)
    const local = ts.isIdentifier(root) ? constAt(consts, root.text, root) : ts.isCallExpression(root) && ts.isIdentifier(root.expression) ? returnedBy(root.expression, consts) : undefined;
    // `process.env.SLACK_WEBHOOK_URL` directly or through a local, or a vendor-named holder (`slack.webhookUrl`, `conn: SlackConnection`).
    const envName = envNameOf(root) ?? (local ? envNameOf(local) : undefined) ?? holderName(root);
    // (`fetch(baselimeEventsUrl, …)`: a variable the code names for the vendor's address, not one it can resolve.)
    // (`SLACK_APPLICATIONS_WEBHOOK`, a constant named as its setting: a vendor's name there is the vendor, even an everyday word.)
    const named = envName ? serviceForEnvName(envName) : !local && ts.isIdentifier(root) && ADDRESS_KEY.test(root.text) ? (/^[A-Z][A-Z0-9_]+$/.test(root.text) ? serviceForEnvName(root.text) : serviceForCodeName(splitIdentifier(root.text).join('_'))) : undefined;
    // VERCEL_URL, RENDER_EXTERNAL_URL: the product's own deployment, not a recipient.
    const byName = named && named.kind !== 'cloud_hosting' ? named : undefined;
    if (byName) return { url: `{${envName ?? root.getText()}}`, host: byName.hosts[0], service: byName.id, dataArgs, urlExpr };
    // A webhook another party registered (`merchant.webhookUrl`, `partner.callbackUrl`): that party receives the payload.
    const party = partyWebhook(root);
    if (party) return { url: `{${accessChain(root).join('.')}}`, host: party, dataArgs, urlExpr };
    // (`fetch(contactWebhookAddress, { body: JSON.stringify({ embeds: [{ fields: [{ name: 'Sender', value: email }] }] }) })`.)
    const chat = chatWebhook(root, dataArgs);
    if (chat) return { url: `{${root.getText()}}`, host: chat.hosts[0], service: chat.id, dataArgs, urlExpr };
    // An imported constant, or what an imported function returns (`${getBaseUrl()}/chat/completions`).
    const head = ts.isTemplateExpression(root) && root.head.text === '' ? unwrap(root.templateSpans[0].expression) : root;
    const called = ts.isCallExpression(head) && !head.arguments.length && ts.isIdentifier(head.expression) ? head.expression : undefined;
    const ident = ts.isIdentifier(head) ? head : called;
    const imp = ident ? importOf.get(ident.text) : undefined;
    if (!imp || !imp.module.startsWith('.')) return undefined;
    pending = { module: imp.module, name: imp.imported, suffix: ts.isTemplateExpression(root) ? root.templateSpans[0].literal.text : '', ...(called ? { called: true } : {}) };
    url = `{${ident!.text}${called ? '()' : ''}}${pending.suffix}`;
  }
  if (!hostOf(url) && baseUrl && !/^https?:/i.test(url)) url = baseUrl.replace(/\/$/, '') + (url.startsWith('/') ? url : `/${url}`);
  // (A path on an instance whose base URL another module holds: the host is known when the project is joined.)
  else if (!hostOf(url) && !pending && pendingBase && !/^[a-z][\w+.-]*:/i.test(url) && !url.startsWith('{')) {
    const suffix = url === '' || url.startsWith('/') ? url : `/${url}`;
    pending = { ...pendingBase, suffix };
    url = `{${pendingBase.name}}${suffix}`;
  }
  const host = hostOf(url);
  if (!host && !pending) return undefined;
  return { url, host, dataArgs, urlExpr, pending };
}
