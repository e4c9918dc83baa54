import { ts } from './tsapi';
import { classifyIdentifier, isSystemQualified, MACHINE_ACCOUNT, NAME_PART_WORDS, namesSystemThing, namesThing, PERSON_NOUNS, placeHeld, programNames, recordContext, siteNamed, splitIdentifier } from '../taxonomy';
import { own, table } from '../text';
import { accessChain, calleeName, enclosingFunctionName, initializerInScope, nameText, PROJECT_MODULE, returnsOf, unwrap } from './ast';
import type { DataHit } from './types';
import { type Consts, constAt, inScope } from './values';

/** Calls whose result no longer identifies the person: the flow stops there. */
const SANITIZER = /(hash|sha\d*|md5|digest|hmac|redact|mask|anonymi[sz]e|pseudonymi[sz]e|encrypt|obfuscate|tokeni[sz]e|scrub|sanitize)/i;
/** `x.split('@')[1]`, `x.split("@")?.[1]`: the domain of an address. */
function domainOfEmail(e: ts.ElementAccessExpression): boolean {
  const call = unwrap(e.expression);
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'split') return false;
  const sep = call.arguments[0];
  return !!sep && ts.isStringLiteralLike(sep) && sep.text === '@' && ts.isNumericLiteral(e.argumentExpression) && e.argumentExpression.text === '1';
}

/** One or two leading characters of a single value: `email.charAt(0)`, `name.slice(0, 1)`, `name.at(0)`, `name[0]`. */
export function initialOf(e: ts.CallExpression | ts.ElementAccessExpression): boolean {
  const small = (n: ts.Expression | undefined) => !!n && ts.isNumericLiteral(n) && Number(n.text) <= 2;
  const first = (n: ts.Expression | undefined) => !!n && ts.isNumericLiteral(n) && Number(n.text) === 0;
  if (ts.isElementAccessExpression(e)) return first(e.argumentExpression) && singleValue(e.expression);
  const callee = unwrap(e.expression);
  if (!ts.isPropertyAccessExpression(callee) || !singleValue(callee.expression)) return false;
  const m = callee.name.text;
  if (/^(?:charAt|charCodeAt|codePointAt)$/.test(m)) return first(e.arguments[0]);
  if (m === 'at') return first(e.arguments[0]);
  return /^(?:slice|substring|substr)$/.test(m) && e.arguments.length === 2 && first(e.arguments[0]) && small(e.arguments[1]);
}

/** A value named as one thing (`email`, `user.name`), not as a list (`emails`, `roster`, `data`) nor declared as one (`xs: string[]`). */
function singleValue(recv0: ts.Expression): boolean {
  const recv = unwrap(recv0);
  const leaf = ts.isIdentifier(recv) ? recv.text : ts.isPropertyAccessExpression(recv) ? recv.name.text : '';
  if (!/[a-z]/i.test(leaf) || (/s$/i.test(leaf) && !/ss$/i.test(leaf)) || /(?:list|array|items|rows|ids|set|match|matches|result|parts|data|batch|queue|history|roster|payload|body|values|entries)$/i.test(leaf)) return false;
  const t = ts.isIdentifier(recv) ? paramOf(recv)?.type : undefined;
  return !(t && (ts.isArrayTypeNode(t) || ts.isTupleTypeNode(t) || (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && /^(?:Array|ReadonlyArray|Set)$/.test(t.typeName.text))));
}

/** Calls that only report the shape of a value, not the value. */
const SHAPE_ONLY = /^(keys|length|size|count|typeof|Boolean|isArray|has|includes)$/;
/** A value's name that says it is a number of things: `count`, `total`, `deletedCount`, `numRows`. */
const QUANTITY = /^(?:count|total|length|size|num|\w+(?:Count|Total|Length|Size)|(?:num|total|count)[A-Z_]\w*)$/;

function lineOf(sf: ts.SourceFile, n: ts.Node): number {
  return sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
}

function add(out: DataHit[], hit: DataHit) {
  const i = out.findIndex((h) => h.category === hit.category && h.name === hit.name);
  if (i < 0) out.push(hit);
  else if (out[i].hashed && !hit.hashed) out[i] = hit;
}

/** What only a person has: a first, last or full name, a birth date, a gender. */
const PERSON_ONLY = /^(?:full name|first name|last name|given name|family name|surname|middle name|maiden name|date of birth|birth date|birthdate|birthday|dob|gender)$/;

/** Parties an organisation word names that may be one person: a tenant renting a flat, a sole trader. */
const MAYBE_ONE_PERSON = new Set(['tenant', 'merchant', 'vendor', 'supplier', 'seller', 'landlord', 'employer', 'contractor', 'freelancer', 'trader']);

/** Network addresses that identify a device wherever they are sent (a bare `ip` passed to a third party). */
const NETWORK_ADDRESS = new Set(['user.device.ip_address', 'user.device.mac_address']);

function classifyName(name: string, receiver: string | undefined, sf: ts.SourceFile, node: ts.Node, out: DataHit[], loose = false) {
  const rc = receiver ? recordContext(receiver) : { person: false, device: false, org: false };
  let hits = classifyIdentifier(name, { person: rc.person || loose, device: rc.device || loose });
  // A weak name (`photo`, `name`) that only a person's context makes data: is the function about someone?
  const signature = !receiver && !loose && ts.isIdentifier(node) && classifyIdentifier(name, { person: true }).length > hits.length && aboutSomeone(node);
  if (signature) hits = classifyIdentifier(name, { person: true });
  // (`notifyIdentificationAgreed(userId, speciesName)`: a qualified name is a thing's, whoever the function is about.)
  if (signature) hits = hits.filter((c) => !(c.lexeme === '~name' && c.tokens.length > 1));
  // `publication.homepageUrl`, `venue.address`: an organisation's or a place's, unless the name says whose (`ownerEmail`).
  // (`repository.full_name`: "full" says which part of the name, not whose.)
  // (`tenant.full_name`, `member.dateOfBirth`: what only a person has — a first or a full name, a birth date, a gender —
  // is a person's, whatever the record is called.)
  // (Only for a party that may be one person — a tenant, a merchant, a supplier — not a thing: `repository.full_name`.)
  // (`person: { email: ctx.tenant.email }` in what an error monitor gets: the slot the value is put in says it is a person's.)
  const orgOnly = rc.org && !rc.person;
  const oneOf = orgOnly && splitIdentifier(receiver!).some((w) => MAYBE_ONE_PERSON.has(w));
  if (orgOnly && !(oneOf && inPersonSlot(node))) hits = hits.filter((c) => c.tokens.some((w) => PERSON_NOUNS.has(w) && !NAME_PART_WORDS.has(w)) || (PERSON_ONLY.test(c.lexeme) && oneOf));
  // (`kennel.lat`, `branch.address`: where a site the business runs is.)
  if (receiver && siteNamed(receiver)) hits = hits.filter((c) => !placeHeld(c.category) || c.tokens.some((w) => PERSON_NOUNS.has(w) && !NAME_PART_WORDS.has(w)));
  // (Not in code about servers and domains — `services/hosting.ts`, `resolveDns()` — where an address is a machine's.)
  // (`distinct_id: machineId`, `deviceId` to an analytics vendor: an identifier of the person's device, by its own name —
  // not a serial number, which may be a product's.)
  // (Not one the code makes up or holds with its own credentials: `randomDeviceId`, `cachedToken.device_id`.)
  // (Nor a microphone or a camera the browser lists: `deviceId` beside `getUserMedia`.)
  // (Asked only of a device id: the file's text is searched once a name has matched.)
  const madeUp = () => /^(?:random|fake|dummy|mock|test|generated)/i.test(name) || (!!receiver && /token|cache|credential|config|settings/i.test(receiver)) || MEDIA_DEVICES.test(sf.text);
  if (!hits.length && /ip|mac|device|machine|udid|android/i.test(name) && !aboutServers(node)) hits = classifyIdentifier(name, { device: true }).filter((c) => NETWORK_ADDRESS.has(c.category) || (c.category === 'user.device.device_id' && !/serial/.test(c.lexeme) && !madeUp()));
  // (`i18next.on('missingKey', (lngs) => …)`: `lng` is a language code where no latitude goes with it.)
  if (hits.some((c) => c.lexeme === 'lng') && !LATITUDE.test(sf.text)) hits = hits.filter((c) => c.lexeme !== 'lng');
  // (`getInstallationOctokit(installationId)`: in code of a GitHub App, an installation is the app's on an account or a
  // repository, not a device's install.)
  if (hits.some((c) => INSTALL_ID.test(c.lexeme)) && GITHUB_APP.test(sf.text)) hits = hits.filter((c) => !INSTALL_ID.test(c.lexeme));
  for (const c of hits) add(out, { category: c.category, name, lexeme: c.lexeme, line: lineOf(sf, node) });
}

/** Keys of an object that describes a person to a vendor (`person` for Rollbar, `user` for Sentry, `customer`). */
const PERSON_SLOT = /^(?:person|user|customer|contact|member|recipient|patient|client|identity)$/i;

/** Whether a value is written into a person's slot: `person: { email: x.email }`, `user: c ? { name: x.name } : undefined`. */
function inPersonSlot(node: ts.Node): boolean {
  let cur: ts.Node = node;
  while (ts.isPropertyAccessExpression(cur.parent) || ts.isParenthesizedExpression(cur.parent) || ts.isNonNullExpression(cur.parent) || ts.isAsExpression(cur.parent)) cur = cur.parent;
  if (!ts.isPropertyAssignment(cur.parent) || cur.parent.initializer !== cur) return false;
  let obj: ts.Node = cur.parent.parent;
  while (ts.isParenthesizedExpression(obj.parent) || (ts.isConditionalExpression(obj.parent) && obj !== obj.parent.condition)) obj = obj.parent;
  const slot = obj.parent;
  return ts.isObjectLiteralExpression(cur.parent.parent) && ts.isPropertyAssignment(slot) && slot.initializer === obj && PERSON_SLOT.test(nameText(slot.name) ?? '');
}

const LATITUDE = /lat(?:itude)?s?\b|\bLat|_lat/;

/** The lexemes of an app installation's identifier ("installation id", "install id"). */
const INSTALL_ID = /^~?install(?:ation)? id$/;
/** Code of a GitHub App (Octokit, Probot): its installations are the app's on accounts and repositories. */
const GITHUB_APP = /['"](?:@octokit\/[\w-]+|octokit|probot)['"]|\bgetInstallationOctokit\b|\binstallation_id\b/;

/** Words of code about machines on the internet: the addresses it handles are servers'. */
const SERVER_WORDS = new Set(['hosting', 'server', 'domain', 'dns', 'nameserver', 'registrar', 'whois', 'rdap', 'resolver', 'certificate', 'tls', 'ssl', 'datacenter']);

/** Whether the file or the enclosing function is named for servers or domains (`hosting.ts`, `lookupDomainIp`). */
function aboutServers(node: ts.Node): boolean {
  const base = node.getSourceFile().fileName.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  return [base, enclosingFunctionName(node) ?? ''].some((n) => splitIdentifier(n).some((w) => SERVER_WORDS.has(w)));
}

/**
 * A parameter of a function about a person: `storePassPhoto(workerId, photo)`, `notifyUser(user, phone)` — its other
 * parameters or its name say whose the value is.
 */
function aboutSomeone(id: ts.Identifier): boolean {
  let fn: ts.Node | undefined = id.parent;
  while (fn && !ts.isFunctionLike(fn) && !ts.isSourceFile(fn)) fn = fn.parent;
  if (!fn || !ts.isFunctionLike(fn)) return false;
  const params = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ''));
  if (!params.includes(id.text)) return false;
  const fnName = fn.name && ts.isIdentifier(fn.name) ? fn.name.text : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : '';
  return [fnName, ...params.filter((p) => p !== id.text)].some((n) => splitIdentifier(n).some((w) => PERSON_NOUNS.has(w)));
}

/** Calls whose result carries their receiver's or argument's value (`email.trim().toLowerCase()`, `encodeURIComponent(ip)`). */
export const TRANSFORM = /^(trim|trimStart|trimEnd|toLowerCase|toUpperCase|toLocaleLowerCase|toLocaleUpperCase|normalize|replace|replaceAll|slice|substring|padStart|padEnd|map|flatMap|filter|join|concat|toString|at|flat|stringify|encodeURIComponent|encodeURI|String|from|entries|values)$/;
/** Names that say only that a value is a file or some data: the form key says what it is (`append('idScan', file)`). */
const GENERIC_VALUE = /^(file|blob|buffer|data|value|upload|content|bytes)$/i;
/** Constructors of request bodies and query strings: what they are built from is sent. */
export const BODY_CTOR = /^(URLSearchParams|FormData|URL|Blob|File)$/;

function carries(init: ts.Expression): boolean {
  const u = unwrap(init);
  if (ts.isObjectLiteralExpression(u) || ts.isArrayLiteralExpression(u) || ts.isTemplateExpression(u) || ts.isConditionalExpression(u)) return true;
  if (ts.isBinaryExpression(u)) return u.operatorToken.kind === ts.SyntaxKind.PlusToken || u.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || u.operatorToken.kind === ts.SyntaxKind.BarBarToken;
  if (ts.isNewExpression(u)) return BODY_CTOR.test(accessChain(u.expression).join('.'));
  if (ts.isCallExpression(u)) return TRANSFORM.test(accessChain(u.expression).slice(-1)[0] ?? '') || isHashed(u);
  return false;
}

/** ORM calls that write a row and return it: Prisma `create`/`upsert`/`update`, TypeORM `save`, Drizzle `values`. */
const ORM_WRITE = /^(create|upsert|update|insert|insertOne|save|values)$/;

/** What a write call stores: Prisma's `data` (or an upsert's `create`), otherwise its first argument. */
function writtenRecord(call: ts.CallExpression): ts.Expression | undefined {
  // (`db.insert(clients).values({ … }).returning()`: the call in the chain that takes the values.)
  let c: ts.Expression = call;
  for (let i = 0; i < 4 && ts.isCallExpression(c); i++) {
    const callee = unwrap(c.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (ORM_WRITE.test(name) && c.arguments[0]) {
      const arg = unwrap(c.arguments[0]);
      if (!ts.isObjectLiteralExpression(arg)) return name === 'insert' ? undefined : arg;
      const prop = (key: string) => arg.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && nameText(p.name) === key)?.initializer;
      return prop('data') ?? prop('create') ?? (prop('where') ? undefined : arg);
    }
    c = ts.isPropertyAccessExpression(callee) ? unwrap(callee.expression) : callee;
  }
  return undefined;
}

/** What reads a submitted form's or a URL's fields by name (`formData`, `searchParams`, `req.query`). */
const FORM_READER = /(?:^|\.)(?:form|formdata|fd|data|body|params|searchparams|query|urlparams|fields)$/i;

/**
 * Personal data carried by an expression sent somewhere: property reads
 * (`p.email`), object keys and values, shorthand properties, template parts,
 * call arguments, and one hop through a local const.
 */
/** Weak hits (`~name`) under a key that names a thing's name (`inputName`, `job_name`): the thing's, not a person's. */
export function weakUnderThingKey(key: string, hits: readonly DataHit[]): boolean {
  return hits.length > 0 && hits.every((h) => h.lexeme.startsWith('~')) && thingNameKey(key);
}

/** `inputName`, `job_name`: a compound key for the name of something the code does not read as a person. */
function thingNameKey(key: string): boolean {
  return /^[a-z]+(?:[A-Z][a-z]+)*Name$|^[a-z]+_name$/.test(key) && !/^(?:first|last|full|given|family|middle|display|user|nick|screen|legal|real|maiden|preferred)/i.test(key) && !classifyIdentifier(key).length;
}

export function dataOf(expr: ts.Expression, sf: ts.SourceFile, consts: Consts, depth = 0, seen = new Set<string>()): DataHit[] {
  const out: DataHit[] = [];
  if (depth > 12) return out;
  const e = unwrap(expr);
  const recur = (x: ts.Expression) => {
    for (const h of dataOf(x, sf, consts, depth + 1, seen)) add(out, h);
  };
  const recurHits = (x: ts.Expression) => dataOf(x, sf, consts, depth + 1, seen);
  if (ts.isIdentifier(e)) {
    classifyName(e.text, undefined, sf, e, out);
    // (`var username = "User"; if (x.is_assistant) username = "AI"`: a label the code writes, no one's name.)
    if (out.length && literalOnly(e)) out.length = 0;
    const init = constAt(consts, e.text, e);
    // (`const OPERATOR_AVATAR_URL = "https://cdn.example/rhys.png"`: a fixed value the code wrote, no user's.)
    if (out.length && init && constantValue(e, consts) && inScope(init, e)) out.length = 0;
    // (`const NOMINATIM_EMAIL = process.env.NOMINATIM_EMAIL`, `const vapidEmail = process.env.VAPID_EMAIL ?? 'ops@…'`: a
    // setting of the deployment, the operator's, whatever the constant is called.)
    if (out.length && init && inScope(init, e) && envRead(unwrap(init)) && (SETTING_NAME.test(e.text) || literalDefault(unwrap(init)))) out.length = 0;
    if (init && !seen.has(e.text) && inScope(init, e)) {
      seen.add(e.text);
      const u = unwrap(init);
      if (carries(u)) recur(u);
      else {
        // `const client = await prisma.client.create({ data: { …rest } })`: the row written holds what was written.
        const written = ts.isCallExpression(u) ? writtenRecord(u) : undefined;
        if (written) recur(written);
      }
    }
    // `body.set('To', phone)`: the value, or the key when the value's own name says nothing.
    for (const c of consts.appends?.get(e.text) ?? []) {
      if (seen.has(`${e.text}#${c.pos}`) || !inScope(c, e)) continue;
      seen.add(`${e.text}#${c.pos}`);
      const before = out.length;
      const v = unwrap(c.arguments[1]);
      recur(v);
      const literal = ts.isStringLiteralLike(v) || ts.isNumericLiteral(v);
      const leaf = ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : undefined;
      const said = out.slice(before).some((h) => !h.category.startsWith(TYPE_PREFIX));
      if (!said && !literal && (leaf === undefined || GENERIC_VALUE.test(leaf) || !namesSystemThing(leaf))) classifyName((c.arguments[0] as ts.StringLiteralLike).text, undefined, sf, c.arguments[0], out, true);
    }
    // `body.latitude = position.latitude` after `const body = { … }`: what is set on the object is in it.
    const assigned = consts.assigns?.get(e.text);
    if (assigned && init && carries(unwrap(init))) {
      for (const a of assigned) {
        if (seen.has(`${e.text}=${a.pos}`) || !inScope(a, e) || a.pos > e.pos) continue;
        seen.add(`${e.text}=${a.pos}`);
        const before = out.length;
        const v = unwrap(a.right);
        recur(v);
        const leaf = ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : undefined;
        // (`params.email = NOMINATIM_EMAIL`, a constant of the deployment: the operator's contact the API asks for.)
        const setting = ts.isIdentifier(v) && (SETTING_NAME.test(v.text) || constantValue(v, consts));
        if (out.length === before && leaf !== undefined && !setting && !ts.isStringLiteralLike(v) && (GENERIC_VALUE.test(leaf) || !namesSystemThing(leaf))) classifyName((a.left as ts.PropertyAccessExpression).name.text, undefined, sf, a.left, out, true);
      }
    }
    // `const { ssn_encrypted: _omit, ...application } = applicant`: the rest holds the record's other fields.
    const rest = !init && !out.length ? consts.rests?.get(e.text) : undefined;
    if (rest && !seen.has(e.text) && inScope(rest, e)) {
      seen.add(e.text);
      const pattern = rest.parent as ts.ObjectBindingPattern;
      const omit = pattern.elements.flatMap((el) => (el === rest ? [] : [nameText((el.propertyName ?? el.name) as ts.Identifier)].filter((k): k is string => !!k)));
      for (const h of recurHits((pattern.parent as ts.VariableDeclaration).initializer!)) {
        if (h.category.startsWith(TYPE_PREFIX)) add(out, omit.length ? { ...h, omit: [...(h.omit ?? []), ...omit] } : h);
        else if (!omit.includes(h.name.slice(h.name.lastIndexOf('.') + 1))) add(out, h);
      }
    }
    // A whole typed record (`Sentry.setUser(user)`, `{ ...report }`): its type's personal fields, resolved when the
    // project is joined (the type may live in another file).
    if (!out.length) {
      const type = declaredTypeName(e) ?? constTypeName(e, consts);
      if (type) add(out, { category: `${TYPE_PREFIX}${type}`, name: e.text, lexeme: `type ${type}`, line: lineOf(sf, e) });
      // (`user: { id: string; email: string }`: a record typed in place holds its members.)
      else for (const m of declaredMembers(e)) classifyName(m, e.text, sf, e, out);
    }
  } else if (ts.isPropertyAccessExpression(e)) {
    if (SHAPE_ONLY.test(e.name.text)) return out;
    const chain = accessChain(e.expression);
    // The deployment's settings (`env.TWILIO_ACCOUNT_ID`, `process.env.ADMIN_EMAIL`) are the product's, not a person's.
    // (`completeEnvironment.webpushEmail`, `appConfig.supportEmail`: a member of the deployment's configuration.)
    // (Not a parameter that happens to be called so — `buy(config: { email })` — nor an object whose members the module
    // fills in as it runs: `config.clientId = machineId`.)
    const holder = chain[chain.length - 1] ?? '';
    const root = rootIdentifier(e);
    if (holder === 'env' || SETTING_NAME.test(e.name.text)) return out;
    if (chain.length === 1 && CONFIG_HOLDER.test(holder) && !/user|profile|account|member|customer|person|patient|client/i.test(holder) && root && !paramOf(root) && !assignedTo(sf).has(`${holder}.${e.name.text}`)) return out;
    // `serviceAccount.client_email`: a machine's identity.
    if (MACHINE_ACCOUNT.test(chain[chain.length - 1] ?? '')) return out;
    // (Only a weak name needs its receiver's record: looking further costs a walk up the tree.)
    const weak = classifyIdentifier(e.name.text, { person: true }).length > classifyIdentifier(e.name.text).length;
    const last = chain[chain.length - 1];
    const own = out.length;
    classifyName(e.name.text, weak || (last !== undefined && recordContext(last).org) ? receiverContext(unwrap(e.expression), last) : last, sf, e.name, out);
    const inner = unwrap(e.expression);
    if (!out.length && (ts.isCallExpression(inner) || ts.isElementAccessExpression(inner))) recur(inner);
    // (`client_id: config.clientId` with `config.clientId = machineId` somewhere in the module: what was put there, when
    // the member's own name says no more than "an id".)
    else if (ts.isIdentifier(inner) && out.slice(own).every((h) => h.lexeme.startsWith('~'))) {
      const put: DataHit[] = [];
      for (const v of assignedTo(sf).get(`${inner.text}.${e.name.text}`) ?? []) classifyName(v, undefined, sf, e.name, put);
      if (put.some((h) => !h.lexeme.startsWith('~'))) {
        out.length = own;
        for (const h of put) add(out, h);
      }
    }
    // (`scope.setContext('recipient', job.data.recipient)` with `recipient: { name: string; phone: string }` declared in
    // the file: a member named for a person, typed by the one declaration of that member the file has, holds its fields.)
    if (!out.length && recordContext(e.name.text).person) {
      const t = memberType(sf, e.name.text, rootTypeText(e));
      if (t && ts.isTypeLiteralNode(t)) for (const m of t.members) if (ts.isPropertySignature(m) && m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) classifyName(m.name.text, e.name.text, sf, e.name, out);
      const type = t ? typeRefName(t) : undefined;
      if (type) add(out, { category: `${TYPE_PREFIX}${type}`, name: e.name.text, lexeme: `type ${type}`, line: lineOf(sf, e) });
    }
  } else if (ts.isElementAccessExpression(e)) {
    const header = requestHeader(e, accessChain(e.expression));
    if (header) add(out, { category: header.category, name: header.name, lexeme: `header ${header.name}`, line: lineOf(sf, e) });
    // (`email.split('@')[1]`: the part after the "@" is the mail domain, a company's or a provider's, not the address.)
    // (`name[0]` of a single value is its initial; `emails[0]` is the first of a list.)
    else if (!domainOfEmail(e) && !initialOf(e)) recur(e.expression);
  } else if (ts.isObjectLiteralExpression(e)) {
    // `{ name: t.memoryUsage, value: … }` (an embed's field, a header, a cookie, an option): the name labels the value.
    const labelled = e.properties.some((p) => ts.isPropertyAssignment(p) && nameText(p.name) === 'value');
    // (`client: { clientName: data.clientName || 'WEB', clientVersion }`: the calling program's name.)
    const programs = programNames(e.properties.map((p) => (p.name && nameText(p.name)) ?? ''));
    for (const p of e.properties) {
      if (programs.has((p.name && nameText(p.name)) ?? '')) continue;
      // (`{ idempotencyKey }`, `'Idempotency-Key': …`: a token the API uses to drop a repeated request, not data it keeps.)
      if (p.name && /^idempotency[-_]?key$/i.test(nameText(p.name) ?? '')) continue;
      if (ts.isPropertyAssignment(p)) {
        const fn = unwrap(p.initializer);
        if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) continue;
        // `requestedScopes: [Scope.EMAIL]`, `permissions: ['email']`: data asked of a sign-in provider, not sent to it.
        if (REQUEST_KEY.test(nameText(p.name) ?? '')) continue;
        // `Authorization: basic(credentials.login, credentials.password)`: the product's own key for the API it calls.
        if (AUTH_HEADER.test(nameText(p.name) ?? '')) continue;
        const before = out.length;
        recur(p.initializer);
        const v = unwrap(p.initializer);
        // A constant (`"user-agent": vkClientAgent` with a string const, or a value imported from a config module) is the
        // product's own setting, never a person's value.
        const literal = ts.isStringLiteralLike(v) || ts.isNumericLiteral(v) || v.kind === ts.SyntaxKind.TrueKeyword || v.kind === ts.SyntaxKind.FalseKeyword || v.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(v) && (constantValue(v, consts) || importedNames(sf).has(v.text) || (out.length === before && literalOnly(v))));
        const key = nameText(p.name);
        // The key names the value only when the value is a plain read whose own name does not say otherwise
        // (`{ name: dto.name }`, not `{ name: organizationName }` or `{ name: \`backup-${date}\` }`).
        const leaf = ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : undefined;
        // `{ workerName: config.name }`, `{ name: publication.name }`: a setting's or an organisation's, not a person's.
        if (ts.isPropertyAccessExpression(v) && out.length === before) {
          const owner = elementOf(v.expression) ?? calleeName(v.expression);
          const oc = owner ? recordContext(owner) : undefined;
          // (`{ name: error.name }`, `{ name: exercise.name }`: the name of the thing read.)
          // (`{ lat: kennel.lat }`: where a site the business runs is.)
          if (oc && (((oc.org || oc.config) && !oc.person) || namesThing(owner ?? '') || siteNamed(owner ?? ''))) continue;
        }
        // `{ username: name }`: a key that names the data plainly says more than a value's weak name.
        if (key && out.length > before && out.slice(before).every((h) => h.lexeme.startsWith('~')) && classifyIdentifier(key).some((c) => !c.lexeme.startsWith('~'))) out.length = before;
        // (`{ inputName: name }`, `{ jobName: name }`: a key that names a thing's name says whose the weak name is.)
        else if (key && out.length > before && weakUnderThingKey(key, out.slice(before))) out.length = before;
        // (`{ transcripts: count }`: how many, not what.)
        // (`{ organization: id }`, `{ customer: customerId }`: a reference to the record by its id, not its name or details.)
        if (key && !(labelled && key === 'name') && !literal && leaf !== undefined && out.length === before && !QUANTITY.test(leaf) && !/^(?:id|uuid|guid|slug)$|[a-z](?:Id|ID|_id|Ids|_ids|Uuid|_uuid)$/.test(leaf) && !isSystemQualified(leaf) && !namesSystemThing(leaf) && !qualifiedOtherwise(leaf) && !thingNameKey(key)) classifyName(key, undefined, sf, p.name, out, true);
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
    if (isSanitized(e)) {
      // A hash still singles the person out to whoever holds the same identifier (ad platforms match on it).
      if (isHashed(e)) for (const h of hashedInputs(e, recurHits)) add(out, h.hashed ? h : { ...h, hashed: true, lexeme: `hashed ${h.lexeme}` });
      return out;
    }
    const chain = accessChain(e.expression);
    const fn = chain[chain.length - 1] ?? '';
    const header = requestHeader(e, chain);
    if (header) {
      add(out, { category: header.category, name: header.name, lexeme: `header ${header.name}`, line: lineOf(sf, e) });
      return out;
    }
    // `formData.get('email')`, `searchParams.get('phone')`: the field read by its name.
    const field = /^(?:get|getAll)$/.test(fn) && e.arguments?.length === 1 && ts.isStringLiteralLike(e.arguments[0]) && FORM_READER.test(chain.slice(0, -1).join('.')) ? (e.arguments[0] as ts.StringLiteralLike) : undefined;
    if (field) {
      classifyName(field.text, undefined, sf, field, out);
      return out;
    }
    // `companyDomain(site, workEmail)` returns a domain, not the email it was derived from.
    if (SHAPE_ONLY.test(fn) || (!TRANSFORM.test(fn) && namesSystemThing(fn))) return out;
    // `sha1Hash.slice(0, 5)`, the prefix a k-anonymity lookup sends (Have I Been Pwned's range API): a few characters of
    // a hash say nothing of what was hashed.
    if (ts.isCallExpression(e) && hashPrefix(e)) return out;
    // `email.charAt(0)`, `name.slice(0, 1)`: an initial (a DiceBear seed, an avatar's letter) is not the value.
    if (ts.isCallExpression(e) && initialOf(e)) return out;
    // `analyticsId(email)`, a function of this file that returns `createHash(…).update(email).digest('hex')`: what the
    // function returns is a hash of its arguments (or, for a redacting one, nothing of them).
    const local = ts.isCallExpression(e) && ts.isIdentifier(unwrap(e.expression)) ? localSanitizer(sf, (unwrap(e.expression) as ts.Identifier).text) : undefined;
    if (local) {
      if (local === 'hash') for (const a of e.arguments ?? []) for (const h of recurHits(a)) add(out, h.hashed ? h : { ...h, hashed: true, lexeme: `hashed ${h.lexeme}` });
      return out;
    }
    // (`visitorId(ip, userAgent)` of the project's own module: what it makes of its arguments is known once the
    // project is joined.)
    const callee = ts.isCallExpression(e) && ts.isIdentifier(unwrap(e.expression)) ? (unwrap(e.expression) as ts.Identifier).text : undefined;
    if (callee && projectImports(sf).has(callee)) {
      for (const a of e.arguments ?? []) for (const h of recurHits(a)) add(out, h.through || h.hashed ? h : { ...h, through: callee });
      return out;
    }
    for (const a of e.arguments ?? []) recur(a);
    // (`stops.map((c) => ({ label: String(c.id) }))`: what a mapping callback returns, read above, not the whole elements.)
    const cb = /^(?:map|flatMap)$/.test(fn) && e.arguments?.length ? unwrap(e.arguments[0]) : undefined;
    const mapped = !!cb && (ts.isArrowFunction(cb) || ts.isFunctionExpression(cb)) && !ts.isBlock(cb.body);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(unwrap(e.expression)) && !mapped) recur((unwrap(e.expression) as ts.PropertyAccessExpression).expression);
    // `new Blob(chunks, { type: 'audio/webm' })`, `new File([blob], name, { type: 'video/mp4' })`: a recording, by its media type.
    else if (ts.isNewExpression(e) && /^(Blob|File)$/.test(fn)) {
      const media = recordingType(e);
      if (media) add(out, { category: `user.content.${media}`, name: fn, lexeme: `${media} ${fn.toLowerCase()}`, line: lineOf(sf, e) });
    }
  } else if ((ts.isArrowFunction(e) || ts.isFunctionExpression(e)) && !ts.isBlock(e.body)) {
    // `rows.map((r) => ({ email: r.email }))`: what the callback returns.
    recur(e.body as ts.Expression);
  } else if (ts.isConditionalExpression(e)) {
    recur(e.whenTrue);
    recur(e.whenFalse);
  } else if (ts.isBinaryExpression(e)) {
    recur(e.left);
    recur(e.right);
  }
  return out;
}

/** The media type a `Blob`/`File` is made with, when it is a recording: 'audio' or 'video'. */
function recordingType(e: ts.NewExpression): 'audio' | 'video' | undefined {
  const opts = e.arguments?.length ? unwrap(e.arguments[e.arguments.length - 1]) : undefined;
  if (!opts || !ts.isObjectLiteralExpression(opts)) return undefined;
  for (const p of opts.properties) {
    if (!ts.isPropertyAssignment(p) || nameText(p.name) !== 'type') continue;
    const v = unwrap(p.initializer);
    const m = ts.isStringLiteralLike(v) ? /^(audio|video)\//.exec(v.text) : null;
    if (m) return m[1] as 'audio' | 'video';
  }
  return undefined;
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

/** A short prefix of a hash: `hash.slice(0, 5)`, `digest.substring(0, 8)`, of a value named for a hash or made by one. */
export function hashPrefix(e: ts.Expression): boolean {
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || !/^(?:slice|substring|substr)$/.test(e.expression.name.text)) return false;
  const [from, to] = e.arguments;
  if (!from || !to || !ts.isNumericLiteral(from) || Number(from.text) !== 0 || !ts.isNumericLiteral(to) || Number(to.text) > 8) return false;
  const recv = unwrap(e.expression.expression);
  if (HASHY.test(recv.getText())) return true;
  const init = ts.isIdentifier(recv) ? initializerInScope(recv, true) : undefined;
  return !!init && HASHY.test(init.getText());
}
/** Names and calls of hashes: `sha1Hash`, `createHash('sha256')`, `md5(…)`, `.digest('hex')`. */
const HASHY = /hash|sha-?\d|md5|digest/i;

/**
 * Request headers that say who is calling: the client's address behind a proxy, its browser, the place a host derives
 * from the address. Read as `request.headers.get('x-forwarded-for')`, `req.headers['user-agent']`, `c.req.header('…')`.
 */
const PERSON_HEADERS: Record<string, string> = table({
  'x-forwarded-for': 'user.device.ip_address', 'x-real-ip': 'user.device.ip_address', 'cf-connecting-ip': 'user.device.ip_address',
  'true-client-ip': 'user.device.ip_address', 'x-client-ip': 'user.device.ip_address', 'fly-client-ip': 'user.device.ip_address',
  'x-vercel-forwarded-for': 'user.device.ip_address', 'user-agent': 'user.device.user_agent',
  'x-vercel-ip-city': 'user.location.imprecise', 'x-vercel-ip-latitude': 'user.location.imprecise', 'x-vercel-ip-longitude': 'user.location.imprecise',
  'cf-ipcity': 'user.location.imprecise', 'cf-iplatitude': 'user.location.imprecise', 'cf-iplongitude': 'user.location.imprecise',
  'cf-ipcountry': 'user.location.imprecise', 'cf-region': 'user.location.imprecise', 'cf-postal-code': 'user.location.imprecise',
  'x-vercel-ip-country': 'user.location.imprecise', 'x-vercel-ip-country-region': 'user.location.imprecise', 'x-vercel-ip-postal-code': 'user.location.imprecise',
});

/** A read of one of those headers from a request: the header's name and what it carries. */
function requestHeader(e: ts.CallExpression | ts.NewExpression | ts.ElementAccessExpression, chain: string[]): { name: string; category: string } | undefined {
  const last = chain[chain.length - 1] ?? '';
  // h3's `getRequestIP(event)` (Nuxt, Nitro): the client's address.
  if (ts.isCallExpression(e) && chain.length === 1 && last === 'getRequestIP') return { name: 'x-forwarded-for', category: 'user.device.ip_address' };
  // (h3's `getRequestHeader(event, 'user-agent')`: the header's name after the event.)
  const arg = ts.isElementAccessExpression(e) ? e.argumentExpression : ts.isCallExpression(e) ? e.arguments[chain.length === 1 && /^getRequestHeader$/.test(last) ? 1 : 0] : undefined;
  if (!arg || !ts.isStringLiteralLike(arg)) return undefined;
  // (`fingerprint.headers['user-agent']`, a browser profile the code makes up to fetch pages with, `config.headers`: headers
  // of no incoming request.)
  const own0 = chain[chain.length - 2] ?? '';
  const made = ts.isElementAccessExpression(e) && /^(?:fingerprint|profile|config|options|opts|settings|defaults?|default_?headers|browser|spoof\w*|fake\w*)$/i.test(own0);
  const read = ts.isElementAccessExpression(e) ? last === 'headers' && !made : (last === 'get' && chain[chain.length - 2] === 'headers') || /^(?:header|getHeader|get_header|getRequestHeader)$/.test(last);
  const category = read ? own(PERSON_HEADERS, arg.text.toLowerCase()) : undefined;
  return category ? { name: arg.text.toLowerCase(), category } : undefined;
}
/** Request headers that carry the caller's credentials for the API (`Authorization`, `X-Api-Key`). */
export const AUTH_HEADER = /^(?:(?:proxy-)?authorization|x-api-key|api-key|apikey|x-auth-token|x-access-token)$/i;

/** Keys whose values name what is asked for (OAuth scopes, permissions, fields to return), not values sent. */
const REQUEST_KEY = /^(?:requested)?(?:scopes?|permissions?)$|^(?:requested|select(?:ed)?|return(?:ed)?)fields$/i;

/** Array methods whose callback's first parameter is an element of the receiver (`authors.map((a) => a.name)`). */
const ELEMENT_CALLBACK = /^(map|flatMap|forEach|filter|find|findLast|some|every|sort)$/;

/**
 * The words a property's receiver says about whose record it is: its own name, or for a short name that says
 * nothing (`a`, `x`, `r`) its declared type (`a: Author`) or the collection it walks (`sub.authors.map((a) => a.name)`).
 */
function receiverContext(recv: ts.Expression, last: string | undefined): string | undefined {
  if (!ts.isIdentifier(recv) || !last) return last;
  const own = recordContext(last);
  if (own.person || own.device) return last;
  // (`tenant: Contact`: a word that often names an organisation names a person when its declared type does.)
  const type = declaredTypeName(recv);
  if (type) return `${last}_${type}`;
  if (own.org) return last;
  for (let cur: ts.Node | undefined = recv.parent; cur && !ts.isSourceFile(cur); cur = cur.parent) {
    if (!ts.isArrowFunction(cur) && !ts.isFunctionExpression(cur)) continue;
    const first = cur.parameters[0];
    if (!first || !ts.isIdentifier(first.name) || first.name.text !== recv.text) continue;
    const call = cur.parent;
    if (ts.isCallExpression(call) && call.arguments[0] === cur && ts.isPropertyAccessExpression(call.expression) && ELEMENT_CALLBACK.test(call.expression.name.text)) {
      const coll = accessChain(call.expression.expression).pop();
      if (coll) return `${last}_${coll}`;
    }
    break;
  }
  return last;
}

/** The declared type of the enclosing functions' parameter named like this identifier (cheap: parameters only). */
function declaredTypeName(id: ts.Identifier): string | undefined {
  const p = paramOf(id);
  return p ? typeRefName(p.type) : undefined;
}

/** The parameter an identifier names: of the innermost enclosing function that has one of that name. */
function paramOf(id: ts.Identifier): ts.ParameterDeclaration | undefined {
  for (let cur: ts.Node | undefined = id.parent; cur && !ts.isSourceFile(cur); cur = cur.parent) {
    if (!ts.isFunctionLike(cur)) continue;
    const p = cur.parameters.find((x) => ts.isIdentifier(x.name) && x.name.text === id.text);
    if (p) return p;
  }
  return undefined;
}

/** Each member name's declared types in a file's interfaces, type literals and classes, read once per file. */
const MEMBER_TYPES = new WeakMap<ts.SourceFile, Map<string, { type: ts.TypeNode; owner: string }[]>>();

/**
 * The type of the one member of this name the file declares (none when it declares several, or none), when the receiver's
 * root is untyped or its declared type names the record that declares the member (`job: Job<NotifyJob>`, not
 * `invoice: Stripe.Invoice` beside an `OrderView` of the file).
 */
function memberType(sf: ts.SourceFile, name: string, rootType: string | null): ts.TypeNode | undefined {
  let map = MEMBER_TYPES.get(sf);
  if (!map) {
    const found = new Map<string, { type: ts.TypeNode; owner: string }[]>();
    const visit = (n: ts.Node, owner: string): void => {
      if ((ts.isPropertySignature(n) || ts.isPropertyDeclaration(n)) && n.name && ts.isIdentifier(n.name) && n.type) found.set(n.name.text, [...(found.get(n.name.text) ?? []), { type: n.type, owner }]);
      const own = (ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isClassDeclaration(n)) && n.name ? n.name.text : owner;
      ts.forEachChild(n, (c) => visit(c, own));
    };
    visit(sf, '');
    map = found;
    MEMBER_TYPES.set(sf, map);
  }
  const types = map.get(name);
  if (types?.length !== 1) return undefined;
  if (rootType !== null && !(types[0].owner && new RegExp(`\\b${types[0].owner}\\b`).test(rootType))) return undefined;
  return types[0].type;
}

/** The declared type of the parameter an access chain starts from, as written (`Job<NotifyJob>`); null when it has none. */
function rootTypeText(e: ts.PropertyAccessExpression): string | null {
  let root: ts.Expression = e;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isNonNullExpression(root) || ts.isParenthesizedExpression(root)) root = root.expression;
  return ts.isIdentifier(root) ? paramOf(root)?.type?.getText() ?? null : null;
}

/** The member names of a parameter typed in place (`(user: { id: string; email: string }) => …`). */
function declaredMembers(id: ts.Identifier): string[] {
  let t = paramOf(id)?.type;
  while (t && (ts.isArrayTypeNode(t) || ts.isParenthesizedTypeNode(t))) t = ts.isArrayTypeNode(t) ? t.elementType : t.type;
  if (!t || !ts.isTypeLiteralNode(t)) return [];
  // (`walk: { id; start: { lat; lng } }`: a member typed in place holds its own members.)
  const names = (members: ts.NodeArray<ts.TypeElement>, depth: number): string[] =>
    members.flatMap((m) => {
      if (!ts.isPropertySignature(m) || !m.name || !(ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) return [];
      return m.type && ts.isTypeLiteralNode(m.type) && depth < 1 ? names(m.type.members, depth + 1) : [m.name.text];
    });
  return names(t.members, 0);
}

/** Whether an identifier is a const bound to a literal (`const agent = "Mozilla/5.0 …"`). */
/** A read of the environment (`process.env.X`, `env.X`, `Deno.env.get('X')`, `import.meta.env.X`), with a default. */
function envRead(e: ts.Expression): boolean {
  const u = ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken) ? unwrap(e.left) : e;
  const chain = ts.isPropertyAccessExpression(u) || ts.isElementAccessExpression(u) ? accessChain(u.expression) : ts.isCallExpression(u) ? accessChain(u.expression).slice(0, -1) : [];
  return chain[chain.length - 1] === 'env';
}

/** `process.env.X ?? 'ops@example.com'`: a read with a fixed value the code falls back to (the operator's, not a user's). */
function literalDefault(e: ts.Expression): boolean {
  return ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken) && ts.isStringLiteralLike(unwrap(e.right));
}

/** The name of a deployment setting, an environment variable or a module constant (`SMTP_FROM`, `NOMINATIM_EMAIL`). */
export const SETTING_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

function constantValue(id: ts.Identifier, consts: Consts): boolean {
  const init = constAt(consts, id.text, id);
  const u = init ? unwrap(init) : undefined;
  return !!u && (ts.isStringLiteralLike(u) || ts.isNumericLiteral(u));
}

const importedMemo = new WeakMap<ts.SourceFile, { all: Set<string>; project: Set<string> }>();

/**
 * Names a file imports, read once per file: all of them (module-level settings and helpers, not per-person values) and
 * the named, non-type imports from the project's own modules (a relative or an aliased path).
 */
function importsOf(sf: ts.SourceFile): { all: Set<string>; project: Set<string> } {
  let found = importedMemo.get(sf);
  if (!found) {
    found = { all: new Set(), project: new Set() };
    for (const st of sf.statements) {
      if (!ts.isImportDeclaration(st) || !st.importClause) continue;
      const c = st.importClause;
      const own = ts.isStringLiteral(st.moduleSpecifier) && PROJECT_MODULE.test(st.moduleSpecifier.text) && !c.isTypeOnly;
      if (c.name) found.all.add(c.name.text);
      if (c.namedBindings && ts.isNamedImports(c.namedBindings)) {
        for (const el of c.namedBindings.elements) {
          found.all.add(el.name.text);
          if (own) found.project.add(el.name.text);
        }
      }
    }
    importedMemo.set(sf, found);
  }
  return found;
}

/** Names a file imports (bindings of import declarations): module-level settings and helpers, not per-person values. */
function importedNames(sf: ts.SourceFile): Set<string> {
  return importsOf(sf).all;
}

const PARSE = /^(parse|safeParse|parseAsync|safeParseAsync|validate|validateSync|cast|decode|assert|create)$/;

/** The record a local const holds: its annotation (`const c: CheckIn = …`) or the schema that parsed it (`S.parse(body)`, `S.safeParse(body).data`). */
function constTypeName(id: ts.Identifier, consts: Consts, depth = 0): string | undefined {
  const init = constAt(consts, id.text, id);
  if (!init || depth > 3 || !inScope(init, id)) return undefined;
  const decl = init.parent;
  if (ts.isVariableDeclaration(decl) && decl.type) return typeRefName(decl.type);
  let u = unwrap(init);
  if (ts.isPropertyAccessExpression(u) && (u.name.text === 'data' || u.name.text === 'value')) {
    const inner = unwrap(u.expression);
    if (ts.isIdentifier(inner)) return constTypeName(inner, consts, depth + 1);
    u = inner;
  }
  if (ts.isCallExpression(u) && ts.isPropertyAccessExpression(u.expression) && PARSE.test(u.expression.name.text)) {
    const schema = unwrap(u.expression.expression);
    if (ts.isIdentifier(schema) && (/^[A-Z]/.test(schema.text) || /schema$/i.test(schema.text))) return schema.text;
  }
  return undefined;
}

const HASH = /(hash|sha\d*|md5|digest|hmac)/i;

function isHashed(e: ts.CallExpression | ts.NewExpression): boolean {
  const chain = accessChain(e.expression);
  // An HMAC signs a payload; it identifies no one.
  return chain.some((n) => HASH.test(n)) && !chain.some((n) => /(hmac|sign|redact|mask|anonymi[sz]e|scrub|sanitize|encrypt)/i.test(n));
}

/** What goes into a hash chain: `createHash('sha256').update(email).digest('hex')`, `sha256(email)`. */
function hashedInputs(e: ts.CallExpression | ts.NewExpression, dataIn: (x: ts.Expression) => DataHit[]): DataHit[] {
  const out: DataHit[] = [];
  for (let cur: ts.Expression | undefined = e; cur; ) {
    const c = unwrap(cur);
    if (!ts.isCallExpression(c) && !ts.isNewExpression(c)) break;
    for (const a of c.arguments ?? []) if (!ts.isStringLiteralLike(unwrap(a))) out.push(...dataIn(a));
    const callee = unwrap(c.expression);
    cur = ts.isPropertyAccessExpression(callee) ? callee.expression : undefined;
  }
  return out;
}

function isSanitized(e: ts.Expression): boolean {
  const u = unwrap(e);
  if (!ts.isCallExpression(u) && !ts.isNewExpression(u)) return false;
  return accessChain(u.expression).some((n) => SANITIZER.test(n)) || lastDigits(u);
}

/** Names the file imports from the project's own modules (a relative or an aliased path). */
function projectImports(sf: ts.SourceFile): Set<string> {
  return importsOf(sf).project;
}

const LOCAL_SANITIZERS = new WeakMap<ts.SourceFile, Map<string, 'hash' | 'sanitized' | undefined>>();

/** Whether a function the file declares by name returns only hashed (`'hash'`) or otherwise sanitized values. */
function localSanitizer(sf: ts.SourceFile, name: string): 'hash' | 'sanitized' | undefined {
  let found = LOCAL_SANITIZERS.get(sf);
  if (!found) LOCAL_SANITIZERS.set(sf, (found = new Map()));
  if (!found.has(name)) found.set(name, sanitizerKind(returnsOf(sf, name)));
  return found.get(name);
}

/** Whether the values a function returns are all hashes (`'hash'`) or otherwise sanitized values of its inputs. */
export function sanitizerKind(values: ts.Expression[]): 'hash' | 'sanitized' | undefined {
  const hashed = (v: ts.Expression) => { const c = unwrap(v); return (ts.isCallExpression(c) || ts.isNewExpression(c)) && isHashed(c); };
  return !values.length || !values.every(isSanitized) ? undefined : values.every(hashed) ? 'hash' : 'sanitized';
}

/** `accountNumber.slice(-4)`: the last few digits, shown to tell accounts apart, no longer identify anyone. */
function lastDigits(call: ts.CallExpression | ts.NewExpression): boolean {
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || !/^(slice|substr)$/.test(call.expression.name.text)) return false;
  const a = call.arguments[0];
  return call.arguments.length === 1 && !!a && ts.isPrefixUnaryExpression(a) && a.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(a.operand) && Number(a.operand.text) <= 4;
}

/** Whether a local variable of the enclosing function only ever holds string literals the code wrote. */
function literalOnly(id: ts.Identifier): boolean {
  let fn: ts.Node | undefined = id.parent;
  while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
  if (!fn || (fn as ts.SignatureDeclaration).parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === id.text)) return false;
  let declared = false;
  let other = false;
  const isText = (x: ts.Expression) => ts.isStringLiteralLike(unwrap(x));
  const visit = (n: ts.Node): void => {
    if (other) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === id.text) {
      if (n.initializer && isText(n.initializer)) declared = true;
      else other = true;
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(n.left) && n.left.text === id.text && !isText(n.right)) other = true;
    ts.forEachChild(n, visit);
  };
  visit(fn);
  return declared && !other;
}

/** `emojiName`, `channelTitle`: a compound whose modifiers name no person says whose value it is. */
function qualifiedOtherwise(leaf: string): boolean {
  const t = splitIdentifier(leaf);
  // `{ name: title }`: a video's or a page's title under an API's `name` key.
  if (t.length === 1 && THING_TEXT.has(t[0])) return true;
  return t.length > 1 && !t.slice(0, -1).some((w) => PERSON_NOUNS.has(w));
}

/** Words for the text of a thing, not of a person. */
const THING_TEXT = new Set(['title', 'label', 'caption', 'heading', 'headline', 'slug', 'filename', 'subject', 'topic', 'tag', 'category', 'description', 'summary']);

/**
 * The record an element of a list is, named by the list (`items.map((i) => ({ name: i.name }))`: an item): the parameter
 * of a callback an array method is given stands for one of the list's elements.
 */
function elementOf(e: ts.Expression): string | undefined {
  const u = unwrap(e);
  if (!ts.isIdentifier(u)) return undefined;
  let n: ts.Node | undefined = u.parent;
  while (n && !((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && n.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === u.text))) n = n.parent;
  const call = n?.parent;
  if (!n || !call || !ts.isCallExpression(call) || call.arguments[0] !== n || !ts.isPropertyAccessExpression(call.expression) || !/^(?:map|flatMap|forEach|filter|find|some|every)$/.test(call.expression.name.text)) return undefined;
  if ((n as ts.ArrowFunction).parameters[0]?.name.getText() !== u.text) return undefined;
  const list = calleeName(call.expression.expression);
  const one = !list ? undefined : /ies$/.test(list) ? list.replace(/ies$/, 'y') : /(?:ss|ch|sh|x)es$/.test(list) ? list.slice(0, -2) : list.replace(/(?<=[a-rt-z])s$/, '');
  return one && one !== list ? one : undefined;
}

/** What a module puts into members of its objects by name (`config.clientId = machineId`): `config.clientId` → [machineId]. */
const ASSIGNED = new WeakMap<ts.SourceFile, Map<string, string[]>>();
function assignedTo(sf: ts.SourceFile): Map<string, string[]> {
  let map = ASSIGNED.get(sf);
  if (map) return map;
  map = new Map();
  const found = map;
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && ts.isIdentifier(n.left.expression)) {
      const v = unwrap(n.right);
      if (ts.isIdentifier(v)) {
        const key = `${n.left.expression.text}.${n.left.name.text}`;
        found.set(key, [...(found.get(key) ?? []), v.text]);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  ASSIGNED.set(sf, map);
  return map;
}

/** A holder of the deployment's configuration (`completeEnvironment`, `appConfig`, `serverConfiguration`, `cfg`). */
const CONFIG_HOLDER = /^(?:env|environment|config|configuration|cfg|conf)$|[a-z](?:Env|Environment|Config|Configuration)$/;

/** Code that lists or opens the browser's cameras and microphones, whose `deviceId` names one of them. */
const MEDIA_DEVICES = /\b(?:getUserMedia|enumerateDevices|mediaDevices|audioinput|videoinput)\b/;

/** The identifier an access chain starts from (`config` of `config.a.b`). */
function rootIdentifier(e: ts.Expression): ts.Identifier | undefined {
  let cur: ts.Expression = e;
  while (ts.isPropertyAccessExpression(cur) || ts.isElementAccessExpression(cur) || ts.isNonNullExpression(cur) || ts.isParenthesizedExpression(cur)) cur = cur.expression;
  return ts.isIdentifier(cur) ? cur : undefined;
}
