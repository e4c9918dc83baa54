import { own, table } from '../text';
import { ts } from './tsapi';
import { parseDurationName, parseDurationString, unitDays } from '../duration';
import { splitIdentifier } from '../taxonomy';
import { DONE_PARTICIPLES } from '../subjects';
import { accessChain, calleeName, enclosingFunctionName, enclosingStatement, functionNamed, initializerInScope, leadingComment, nameText, rangeOf, unwrap } from './ast';
import type { Buckets } from './buckets';
import type { ContextToken, EditableLiteral, RetentionFact } from './types';
import { type Consts, evalNumber, evalString } from './values';

/** Words that make a name or key a retention setting. */
const RETENTION_WORD = new Set(['retention', 'retain', 'ttl', 'expire', 'expiry', 'expiration', 'expires', 'purge', 'grace', 'keep', 'lifetime', 'prune', 'cleanup', 'archive', 'inactive', 'inactivity', 'lifecycle']);
const UNIT_WORDS: Record<string, string> = table({ ms: 'ms', milli: 'ms', millisecond: 'ms', sec: 's', second: 's', s: 's', min: 'min', minute: 'min', hour: 'h', hr: 'h', h: 'h', day: 'd', d: 'd', week: 'w', month: 'month', year: 'y', yr: 'y' });
/** Object keys that set how long data lives, with the unit a bare number has there. */
const RETENTION_KEYS: Record<string, string | undefined> = table({
  retention: undefined, logretention: undefined, backupretention: undefined, retentionperiod: undefined, messageretentionperiod: 's',
  retentiondays: 'd', retentionindays: 'd', retention_in_days: 'd', expiration: undefined, expirationindays: 'd', expirationdays: 'd',
  expireafterseconds: 's', expires: 's', expiresin: 's', expirationttl: 's', ttl: 's', ttlseconds: 's', ttldays: 'd', timetolive: 's', maxage: 'ms',
  maxageseconds: 's', maxfiles: undefined, deleteafter: undefined, deleteafterdays: 'd', keepfor: undefined,
  noncurrentversionexpiration: undefined, retentionms: 'ms', 'retention.ms': 'ms', maxagems: 'ms', ttlms: 'ms', expiresafter: undefined,
  ex: 's', px: 'ms', ttlsecondsafterfinished: 's', sessionexpiresin: undefined, retainfor: undefined, expiresat: undefined, expireat: undefined, deleteat: undefined, purgeat: undefined, deleteafterseconds: 's',
});
const DELETE_CONTEXT = /\b(delete\w*|del|purge\w*|remove\w*|destroy\w*|cleanup|clean|expire\w*|prune\w*|archive\w*|truncate|drop|deleteMany|destroyAll|\$lt|lt|lte|before)\b/i;
/** A comparison that keeps the rows newer than a cutoff: `>= since`, `gte(t.createdAt, since)`, `{ $gt: since }`. */
const NEWER_THAN = /(?:\s>=?\s*(?:\$\{)?|\bgte?\([^()]*,|\$?\bgte?['"]?:|['"]>=?['"]\s*,)\s*$/;
/** The same comparison the other way: rows older than the cutoff (`< cutoff`, `lt(t.createdAt, cutoff)`, `{ lt: cutoff }`). */
const OLDER_THAN = /(?:\s<=?\s*(?:\$\{)?|\blte?\([^()]*,|\$?\blte?['"]?:|['"]<=?['"]\s*,)\s*$/;
/** A statement that deletes rows: `.deleteMany(`, `db.delete(`, `DELETE FROM`. */
const DELETES_ROWS = /\.(?:delete|deleteMany|deleteFrom|destroy|remove|purge|prune)\w*\(|\bDELETE\s+FROM\b/i;
const DATE_MATH = /^(sub|add)(Milliseconds|Seconds|Minutes|Hours|Days|Weeks|Months|Years)$/;
// (SQLite says it with a date function's modifier: `datetime('now', '-90 days')`.)
const SQL_INTERVAL = /interval\s*'?\s*(\d+)\s*(minutes?|hours?|days?|weeks?|months?|years?)\b|'(\d+)\s*(minutes?|hours?|days?|weeks?|months?|years?)'\s*::\s*interval|\b(?:date|datetime|julianday|unixepoch|strftime)\s*\([^()]*?'now'\s*,\s*'-\s*(\d+)\s*(minutes?|hours?|days?|months?|years?)'/i;
const STOP = new Set(['const', 'the', 'a', 'of', 'in', 'this', 'new', 'ms', 'day', 'days', 'second', 'hour', 'month', 'year', 'retention', 'src', 'lib', 'index', 'ts', 'js', 'tsx', 'function', 'functions', 'app', 'apps', 'package', 'packages', 'module', 'modules', 'service', 'services', 'util', 'utils', 'helper', 'helpers', 'config', 'duration', 'now', 'date', 'at', 'lt', 'get', 'time', 'n']);

/** A duration in words, as a Postgres interval takes it: '30 days', '5 years'. */
const SPELLED_DURATION = /^\s*\d+\s*(?:days?|weeks?|months?|years?)\s*$/i;
/** Keys that end in a unit (`auditLogDays`, `PURGE_AFTER_DAYS`, `ttlMs`): a cheap test before splitting the name. */
const UNIT_ENDING = /(ms|millis|milliseconds?|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|yrs?|years?)$/;

/** Words of unit constants (`DAY_MS`, `MS_PER_DAY`, `SECONDS_IN_A_WEEK`, `ONE_YEAR_IN_MS`). */
const UNIT_NAME_WORDS = new Set(['one', 'a', 'per', 'in', 'ms', 'millis', 'milli', 'millisecond', 'milliseconds', 'sec', 'secs', 'second', 'seconds', 's', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yr', 'd', 'h']);

/** Words in a retention key that name what it keeps (`logRetention`, `backupRetentionPeriod`, `messageRetentionPeriod`). */
const KEPT_KIND = new Set(['log', 'logs', 'backup', 'backups', 'snapshot', 'snapshots', 'message', 'messages', 'audit', 'trace', 'traces', 'session', 'sessions']);

/** Words of a setting that times a notice, a job or a window rather than how long data is kept. */
const NOT_A_KEEPING = /^(?:remind|reminder|reminders|warn|warning|warnings|notice|notices|notify|notification|notifications|before|batch|max|min|timeout|interval|delay|window|poll|polling|retry|retries|backoff|link|links)$/;

/** Validity words that also name where documents are stored (`keyhand-verification` bucket). */
const STORE_NAMED = new Set(['verification']);

/** What a verification keeps (`verificationSelfieDays`, `VERIFICATION_DOCUMENT_TTL`): its record, not a code's validity. */
const VERIFICATION_RECORD = new Set(['selfie', 'selfies', 'photo', 'photos', 'image', 'images', 'document', 'documents', 'scan', 'scans', 'video', 'videos', 'recording', 'recordings', 'upload', 'uploads', 'submission', 'submissions', 'evidence']);

/** Words of validity windows, caches and limits: not retention of personal data. */
/** What a person is sent or holds while it is valid: a one-time code, a sign-in link, an invitation. */
export const HELD_CREDENTIAL = new Set(['otp', 'code', 'link', 'magic', 'invite', 'invitation', 'verification', 'pin', 'passcode']);
const VALIDITY_WORDS = new Set(['jwt', 'token', 'invite', 'invitation', 'link', 'otp', 'code', 'verification', 'nonce', 'signature', 'lock', 'cache', 'rate', 'limit', 'timeout', 'throttle', 'expiresin', 'presigned', 'signed', 'url', 'csrf', 'captcha', 'magic']);

/** Words before `rate` that make it a body's reading (`heartRate`, `respiratoryRate`), not a request limit. */
const MEASURED_RATE = new Set(['heart', 'pulse', 'respiratory', 'respiration', 'breathing']);

/** Words of a window that selects, fetches or grants, not one that keeps. */
const SELECTION_WORDS = new Set(['range', 'lookback', 'lookahead', 'horizon', 'trial', 'window', 'since', 'recent', 'upcoming', 'past', 'future', 'sync']);

/** Words of a constant that says how often a job runs (`CLEANUP_INTERVAL`, `syncFrequency`), not how long data is kept. */
const SCHEDULE_WORDS = new Set(['interval', 'frequency']);

/** A birth date a cut-off is compared with (`dateOfBirth`, `dob`, `birth_date`, `birthday`). */
const BIRTH_DATE = /date_?of_?birth|birth_?(?:date|day)|\bdob\b|Dob\b|DOB\b/i;

/**
 * Whether date arithmetic is compared with a birth date (`lt(patients.dateOfBirth, subYears(now, 25))`,
 * `` sql`${p.dateOfBirth} < ${subYears(now, 25)}` ``, `{ dob: { lt: subYears(now, 25) } }`): an age someone reaches,
 * not how long a record is kept.
 */
function ageCutoff(sf: ts.SourceFile, n: ts.Node): boolean {
  let cur: ts.Node = n;
  for (let i = 0; i < 8 && cur.parent && !ts.isStatement(cur.parent) && !ts.isBlock(cur.parent); i++) {
    cur = cur.parent;
    // (The comparison the cut-off is part of, not the conditions around it: `and(lt(p.lastSeenAt, …), lt(p.dob, …))`.)
    const comparison = (ts.isBinaryExpression(cur) && cur.operatorToken.kind >= ts.SyntaxKind.LessThanToken && cur.operatorToken.kind <= ts.SyntaxKind.GreaterThanEqualsToken)
      || (ts.isCallExpression(cur) && /^(?:lt|lte|gt|gte|lessThan|greaterThan|lessThanOrEqual|greaterThanOrEqual|before|after)$/.test(calleeName(cur.expression) ?? ''))
      || ts.isTemplateSpan(cur) || (ts.isPropertyAssignment(cur) && !/^['"]?\$?(?:lt|lte|gt|gte)['"]?$/.test(cur.name.getText(sf)));
    if (!comparison) continue;
    // (In a template, the text just before the cut-off: `${p.dateOfBirth} < ${subYears(now, 25)}`.)
    const t = ts.isTemplateSpan(cur) ? cur.parent.getText(sf).slice(0, cur.getStart(sf) - cur.parent.getStart(sf)).slice(-60) : ts.isPropertyAssignment(cur) ? cur.name.getText(sf) : cur.getText(sf);
    return BIRTH_DATE.test(t);
  }
  return false;
}

/** `SUPPORT_RETENTION_DAYS`, `ttlSeconds`, `DELETE_AFTER_DAYS` — not `DELETE_ACCOUNT_LINK_VALIDITY_MS`. */
function isRetentionName(tokens: string[]): boolean {
  // (`sessionMaxAgeDays`: how long a session lives, as a cookie's `maxAge` says it.)
  return tokens.some((t) => RETENTION_WORD.has(t)) || (tokens.includes('delete') && tokens.includes('after')) || (tokens.includes('max') && tokens[tokens.indexOf('max') + 1] === 'age');
}

/** The unit a name ends with (`…_DAYS`, `ttlSeconds`, `maxAgeMs`); `MIN_HEIGHT` is a minimum, not minutes. */
function unitOfName(tokens: string[]): number | undefined {
  const last = tokens[tokens.length - 1];
  let u = last && tokens.length > 1 ? UNIT_WORDS[last] : undefined;
  // `VISA_RETENTION_DAYS_AFTER_CONFERENCE`: the unit, then what the period is counted from.
  if (!u) {
    const at = tokens.findIndex((t, i) => i > 0 && UNIT_WORDS[t] !== undefined && /^(after|since|from|past|post|following|before)$/.test(tokens[i + 1] ?? ''));
    if (at > 0) u = UNIT_WORDS[tokens[at]];
  }
  return u ? unitDays(u) : undefined;
}

/** Duration of an expression given a unit hint: `Duration.days(180)`, `logs.RetentionDays.ONE_YEAR`, `'90d'`, `7 * 365 * 24 * 3600`. */
export function evalDuration(expr: ts.Expression, consts: Consts, unitHint: number | undefined): number | undefined {
  const e = unwrap(expr);
  if (ts.isPropertyAccessExpression(e)) {
    const d = parseDurationName(e.name.text);
    if (d !== undefined) return d;
  }
  if (ts.isCallExpression(e)) {
    const chain = accessChain(e.expression);
    const fn = chain[chain.length - 1] ?? '';
    const unit = unitDays(fn.replace(/^(to|in)/i, '').toLowerCase());
    if (chain.length >= 2 && /^(Duration|duration|Period|Time)$/i.test(chain[chain.length - 2]) && unit !== undefined && e.arguments[0]) {
      const n = evalNumber(e.arguments[0], consts);
      return n === undefined ? undefined : n * unit;
    }
  }
  // The `ms` package (`ms('90d')`, `ms(process.env.GRACE ?? '90d')`): a duration in words, the default when read from a setting.
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'ms' && e.arguments[0]) {
    let a = unwrap(e.arguments[0]);
    if (ts.isBinaryExpression(a) && (a.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || a.operatorToken.kind === ts.SyntaxKind.BarBarToken)) a = unwrap(a.right);
    const s = evalString(a, consts);
    return s !== undefined ? parseDurationString(s) : undefined;
  }
  // Lucia's and oslo's `new TimeSpan(12, 'w')`: a count and its unit.
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'TimeSpan' && e.arguments?.length === 2) {
    const n = evalNumber(e.arguments[0], consts);
    const unit = { ms: 1 / 86_400_000, s: 1 / 86_400, m: 1 / 1440, h: 1 / 24, d: 1, w: 7 }[evalString(e.arguments[1], consts) ?? ''];
    return n === undefined || unit === undefined ? undefined : n * unit;
  }
  // CDKTF and Terraform JSON wrap a block in an array: expiration: [{ days: 30 }].
  if (ts.isArrayLiteralExpression(e) && e.elements.length === 1) return evalDuration(e.elements[0], consts, unitHint);
  if (ts.isObjectLiteralExpression(e)) {
    // { days: 30 }, { Days: 180 }, { noncurrentDays: 30 }
    for (const p of e.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const k = (nameText(p.name) ?? '').toLowerCase();
      const u = unitDays(k.replace(/^noncurrent/, '').replace(/s$/, ''));
      if (u !== undefined) {
        const n = evalNumber(p.initializer, consts);
        if (n !== undefined) return n * u;
      }
    }
    return undefined;
  }
  // `Date.now() / 1000 + 400 * 86400`, `nowEpoch + TTL`: the part added to "now" is the duration.
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const isNow = (x: ts.Expression) => /\b(now|getTime|Date|epoch|timestamp)\b/i.test(x.getText());
    if (isNow(e.left) && !isNow(e.right)) return evalDuration(e.right, consts, unitHint);
    if (isNow(e.right) && !isNow(e.left)) return evalDuration(e.left, consts, unitHint);
  }
  // addDays(now, 30), new Date(Date.now() + 30 * 864e5) as the value of an expiry key.
  if (ts.isCallExpression(e)) {
    const chain = accessChain(e.expression);
    const m = /^add(Milliseconds|Seconds|Minutes|Hours|Days|Weeks|Months|Years)$/.exec(chain[chain.length - 1] ?? '');
    const k = m && e.arguments[1] ? evalNumber(e.arguments[1], consts) : undefined;
    const u = m ? unitDays(m[1].replace(/s$/, '').toLowerCase()) : undefined;
    if (k !== undefined && u !== undefined) return k * u;
  }
  if (ts.isNewExpression(e) && accessChain(e.expression)[0] === 'Date' && e.arguments?.[0]) return evalDuration(e.arguments[0], consts, 1 / 86_400_000);
  const s = evalString(e, consts);
  if (s !== undefined && !/^\d+$/.test(s.trim())) return parseDurationString(s);
  const named = unitConstDuration(e, consts);
  if (named !== undefined) return named;
  const n = evalNumber(e, consts);
  if (n === undefined || unitHint === undefined) return undefined;
  // `TEN_MINUTES = 10 * 60 * 1000`, `SESSION_HOURS = 2 * 60 * 60`: a product of time factors is counted in
  // milliseconds or seconds whatever unit the name says.
  if (unitHint >= 1 / 1440) {
    const factors = literalFactors(e);
    if (factors.includes(1000)) return n / 86_400_000;
    if (factors.includes(3600) || factors.includes(86_400) || factors.filter((f) => f === 60).length >= 2) return n / 86_400;
  }
  return n * unitHint;
}

/**
 * A count of a unit the code names (`90 * DAY`, `ONE_WEEK`, `30 * DAY_MS`): that many of the unit, whatever the
 * constant counts it in (seconds, milliseconds). The constant's value must be one such unit in some measure.
 */
export function unitConstDuration(expr: ts.Expression, consts: Consts): number | undefined {
  const e = unwrap(expr);
  if (ts.isIdentifier(e)) {
    const tokens = splitIdentifier(e.text);
    if (!tokens.every((t) => UNIT_NAME_WORDS.has(t))) return undefined;
    // The largest unit it names: `DAY_MS`, `MILLISECONDS_PER_MINUTE`, `SECONDS_IN_A_DAY`.
    const days = Math.max(...tokens.map((t) => (UNIT_WORDS[t] ? (unitDays(UNIT_WORDS[t]) ?? 0) : 0)));
    if (!(days >= 1 / 24)) return undefined;
    const count = tokens.includes('one') || tokens.includes('a') || tokens.length === 1 || tokens.some((t) => UNIT_WORDS[t] && unitDays(UNIT_WORDS[t])! < days) ? 1 : undefined;
    const v = consts.has(e.text) ? evalNumber(e, consts) : undefined;
    // (A constant of another module, `import { DAYS } from '../utils'`, in capitals: the unit, whatever it counts in.)
    if (count !== undefined && !consts.has(e.text) && /^[A-Z][A-Z0-9_]*$/.test(e.text)) return days;
    // (Its value is that unit in days, hours, minutes, seconds or milliseconds.)
    if (count === undefined || v === undefined || ![1, 24, 1440, 86_400, 86_400_000].some((per) => Math.abs(v - days * per) < 1e-6 * days * per)) return undefined;
    return days;
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AsteriskToken) {
    for (const [unit, other] of [[e.left, e.right], [e.right, e.left]] as const) {
      const d = unitConstDuration(unit, consts);
      if (d === undefined) continue;
      const k = evalNumber(other, consts);
      // (`90 * DAY_SECONDS * 1000`: a count of a unit in seconds, made milliseconds; the 1000 converts, it does not count.)
      if (k === 1000 && inSeconds(unit, consts)) return d;
      return k === undefined ? undefined : k * d;
    }
  }
  return undefined;
}

/** Whether a product's unit constant counts in seconds (`DAY_SECONDS`, `const DAY = 86_400`). */
function inSeconds(expr: ts.Expression, consts: Consts): boolean {
  const e = unwrap(expr);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AsteriskToken) return inSeconds(e.left, consts) || inSeconds(e.right, consts);
  if (!ts.isIdentifier(e)) return false;
  const tokens = splitIdentifier(e.text);
  if (!tokens.every((t) => UNIT_NAME_WORDS.has(t))) return false;
  if (tokens.some((t) => /^(?:s|secs?|seconds?)$/.test(t))) return true;
  const days = Math.max(...tokens.map((t) => (UNIT_WORDS[t] ? (unitDays(UNIT_WORDS[t]) ?? 0) : 0)));
  const v = consts.has(e.text) ? evalNumber(e, consts) : undefined;
  return v !== undefined && days > 0 && Math.abs(v - days * 86_400) < 1e-6 * days * 86_400;
}

/** The numeric literals of a product (`10 * 60 * 1000` → [10, 60, 1000]); empty for anything else. */
function literalFactors(e: ts.Expression): number[] {
  const x = unwrap(e);
  if (ts.isNumericLiteral(x)) return [Number(x.text.replace(/_/g, ''))];
  if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.AsteriskToken) {
    const l = literalFactors(x.left);
    const r = literalFactors(x.right);
    return l.length && r.length ? [...l, ...r] : [];
  }
  return [];
}

/**
 * The tables a statement's SQL deletes from or clears, and the columns it clears: `update passengers set
 * passport_number = null, nationality = null from bookings …` is about passengers' passports; the tables an update
 * reads from (`from`, `join`) only say where the cut-off comes from.
 */
function sqlTables(text: string, ctx: ContextToken[]): void {
  const update = /\bupdate\s+["`]?([a-z_][\w.]*)[^;]*?\bset\b/i.exec(text);
  if (update) {
    tokensOf(update[1], 2, ctx);
    const set = text.slice(update.index + update[0].length);
    for (const m of set.matchAll(/(?:^|,)\s*(?:\w+\.)?["`]?(\w+)["`]?\s*=\s*null\b/gi)) tokensOf(m[1], 2, ctx);
    for (const m of set.matchAll(/\b(?:from|join)\s+["`]?([a-z_][\w.]*)/gi)) tokensOf(m[1], 0.5, ctx);
    return;
  }
  // (A subquery's table is a condition on the rows, not what is deleted: `… and not exists (select 1 from bookings b …)`.)
  for (const m of text.matchAll(/\b(?:from|into|update|table)\s+["`]?([a-z_][\w.]*)/gi)) tokensOf(m[1], /\(\s*select\b[^()]*$/i.test(text.slice(0, m.index)) ? 0.5 : 2, ctx);
}

function tokensOf(text: string | undefined, weight: number, out: ContextToken[]) {
  if (!text) return;
  for (const t of splitIdentifier(text)) {
    if (t.length < 2 || STOP.has(t) || /^\d+$/.test(t)) continue;
    const prev = out.find((x) => x.token === t);
    if (prev) prev.weight = Math.max(prev.weight, weight);
    else out.push({ token: t, weight });
  }
}

/** Names around a setting: enclosing keys, `new X(this, 'Id', {...})` ids, sibling names, the assigned variable, comments. */
function contextAround(sf: ts.SourceFile, node: ts.Node, out: ContextToken[]) {
  let cur: ts.Node = node;
  for (let depth = 0; cur.parent && depth < 8; depth++) {
    const p: ts.Node = cur.parent;
    if (ts.isPropertyAssignment(p)) tokensOf(nameText(p.name), 1, out);
    if (ts.isObjectLiteralExpression(p)) {
      for (const q of p.properties) {
        // `{ decidedAt: IsNull(), createdAt: LessThan(…) }`: rows whose decision never came are the undecided ones.
        if (ts.isPropertyAssignment(q) && (q.initializer.kind === ts.SyntaxKind.NullKeyword || (ts.isCallExpression(q.initializer) && IS_NULL.test(calleeName(q.initializer.expression) ?? '')))) neverHappened(q.name, out);
        // (`{ paid: false }`: the unpaid ones.)
        if (ts.isPropertyAssignment(q) && q.initializer.kind === ts.SyntaxKind.FalseKeyword) notDone(q.name, out);
        if (ts.isPropertyAssignment(q) && ts.isStringLiteralLike(q.initializer) && /name|file|path|table|bucket|group|collection|topic|queue|prefix|dir|^id$/i.test(nameText(q.name) ?? '')) tokensOf(q.initializer.text, 2, out);
        // A storage lifecycle rule's filter: `{ ID: 'expire-request-media', Filter: { Prefix: 'requests/' }, Expiration }`.
        if (ts.isPropertyAssignment(q) && ts.isObjectLiteralExpression(q.initializer) && /^filter$/i.test(nameText(q.name) ?? '')) {
          for (const f of q.initializer.properties) if (ts.isPropertyAssignment(f) && ts.isStringLiteralLike(f.initializer) && /prefix/i.test(nameText(f.name) ?? '')) tokensOf(f.initializer.text, 2, out);
        }
      }
    }
    if (ts.isNewExpression(p) || ts.isCallExpression(p)) {
      // `cookies().set(SESSION_COOKIE, …, { maxAge })`: a named constant argument says what is kept, as a literal does.
      for (const a of p.arguments ?? []) if (ts.isStringLiteralLike(a)) tokensOf(a.text, 2, out);
      else if (ts.isIdentifier(a) && /^[A-Z][A-Z0-9_]+$/.test(a.text)) tokensOf(a.text, 2, out);
      // (`redis.set(\`checkout:${id}\`, …, { ex })`: the key's fixed words say what is kept.)
      else if (ts.isTemplateExpression(a)) tokensOf([a.head.text, ...a.templateSpans.map((sp) => sp.literal.text)].join(' '), 2, out);
      for (const c of accessChain(p.expression)) tokensOf(c, 2, out);
      // (Drizzle's `and(isNull(screenings.decidedAt), lt(…))`.)
      for (const a of p.arguments ?? []) if (ts.isCallExpression(a) && IS_NULL.test(calleeName(a.expression) ?? '')) neverHappened(a.arguments[0], out);
      // (`eq(bookings.paid, false)`, Knex's `.where('paid', false)`.)
      for (const a of p.arguments ?? []) if (ts.isCallExpression(a) && a.arguments.length === 2 && a.arguments[1].kind === ts.SyntaxKind.FalseKeyword) notDone(a.arguments[0], out);
      if (p.arguments?.length === 2 && p.arguments[1].kind === ts.SyntaxKind.FalseKeyword) notDone(p.arguments[0], out);
      // The table earlier in a builder chain: `db.deleteFrom('quotes').where(…)`, `db.collection('logs').deleteMany(…)`.
      for (let e: ts.Expression = p.expression, hops = 0; ts.isPropertyAccessExpression(e) && ts.isCallExpression(e.expression) && hops < 8; hops++) {
        const inner: ts.CallExpression = e.expression;
        const first = inner.arguments[0];
        if (first && ts.isStringLiteralLike(first)) tokensOf(first.text, 2, out);
        // (Knex's `.whereNull('decided_at')`.)
        if (ts.isPropertyAccessExpression(inner.expression) && /^(?:whereNull|andWhereNull)$/.test(inner.expression.name.text)) neverHappened(first, out);
        // Drizzle's table objects: `db.select().from(visitPhotos)`, `db.delete(sessions)`.
        else if (first && ts.isIdentifier(first) && ts.isPropertyAccessExpression(inner.expression) && /^(from|delete|deleteFrom|update|table|into)$/.test(inner.expression.name.text)) tokensOf(first.text, 2, out);
        e = inner.expression;
      }
    }
    if (ts.isVariableDeclaration(p)) tokensOf(nameText(p.name), 2, out);
    if (ts.isPropertyDeclaration(p)) tokensOf(nameText(p.name), 2, out);
    // (`@Prop({ expires: … }) updatedAt` in `class DraftClaim`: a field of the record the class is — Mongoose's TTL on it.)
    if (ts.isPropertyDeclaration(p) && ts.isClassDeclaration(p.parent) && p.parent.name && ts.getDecorators(p)?.length) tokensOf(p.parent.name.text, 2, out);
    if (ts.isBlock(p) || ts.isSourceFile(p)) break;
    cur = p;
  }
  tokensOf(leadingComment(sf, enclosingStatement(node)), 1, out);
  tokensOf(enclosingFunctionName(node), 1, out);
}

/** A filter on a record's status and what follows it (the values it selects). */
const STATUS_FILTER = /\b(?:status|state|stage|outcome)\b["'`]?\s*(?:[:=,]|\s+in\b)([^;]{0,120})/gi;

/** A timestamp column named by what happened (`decidedAt`, `completed_at`, `submittedOn`): the participle. */
const NULL_TIMESTAMP = /^([a-z]+ed)(?:_?at|_?on|_?date)$/i;
const IS_NULL = /^is_?null$/i;

/** A setting's uses and, one step further, the uses of the locals a statement using it declares (`const cutoff = now - X`). */
function withDerived(uses: readonly ts.Node[]): ts.Node[] {
  const out = [...uses];
  // (Three steps at most: `cutoff` from the setting, the `expired` rows selected by it, their `ids`, the rows deleted by
  // those — `db.delete(photos).where(inArray(photos.weddingId, ids))`.)
  const seen = new Set<ts.Node>();
  let frontier: readonly ts.Node[] = uses;
  for (let hop = 0; hop < 3 && frontier.length; hop++) {
    const next: ts.Node[] = [];
    for (const u of frontier) {
      const d = enclosingStatement(u);
      if (seen.has(d)) continue;
      seen.add(d);
      const derived = ts.isVariableStatement(d) ? d.declarationList.declarations.map((x) => (ts.isIdentifier(x.name) ? x.name.text : '')).filter(Boolean) : [];
      if (!derived.length) continue;
      const visit = (n: ts.Node) => {
        if (ts.isIdentifier(n) && derived.includes(n.text) && !(ts.isVariableDeclaration(n.parent) && n.parent.name === n)) next.push(n);
        ts.forEachChild(n, visit);
      };
      visit(d.parent);
    }
    out.push(...next);
    frontier = next;
  }
  return out;
}

/**
 * Rows whose `decidedAt` is null are the undecided ones: the word a policy's "never completed" meets. `column` names the
 * timestamp as a key (`decidedAt:`), a property (`screenings.decidedAt`) or a string (`'decided_at'`).
 */
function neverHappened(column: ts.Node | undefined, out: ContextToken[]) {
  const name = !column ? undefined : ts.isPropertyAccessExpression(column) ? column.name.text : ts.isStringLiteralLike(column) ? column.text : ts.isPropertyName(column) ? nameText(column) : undefined;
  const m = NULL_TIMESTAMP.exec(name ?? '');
  if (m) tokensOf(`un${m[1].toLowerCase()}`, 2, out);
}

/** A flag named by what happens to a record (`paid`, `isVerified`, `'confirmed'`) compared with false: the un-… ones. */
const DONE_FLAG = new RegExp(`^(?:is_?)?(${DONE_PARTICIPLES})$`, 'i');
/** The same flag compared with false in a statement's text: `eq(bookings.paid, false)`, `{ paid: false }`, `isVerified === false`. */
const DONE_FLAG_FALSE = new RegExp(`(?:\\.|\\b|["'])(?:is_?)?(${DONE_PARTICIPLES})["']?\\s*(?:,|:|===?)\\s*false\\b`, 'gi');
function notDone(flag: ts.Node | undefined, out: ContextToken[]) {
  const name = !flag ? undefined : ts.isPropertyAccessExpression(flag) ? flag.name.text : ts.isStringLiteralLike(flag) ? flag.text : ts.isPropertyName(flag) ? nameText(flag) : undefined;
  const m = DONE_FLAG.exec(name ?? '');
  if (m) tokensOf(`un${m[1].toLowerCase()}`, 2, out);
}

/** The file's name says more about a setting than the folders it sits in. */
function pathTokens(file: string, out: ContextToken[]) {
  const segs = file.split('/');
  // `retention.server.ts`, `jobs.client.ts`: where the module runs, not what it keeps.
  segs.forEach((seg, i) => tokensOf(seg.replace(/\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/, '').replace(/\.(server|client|worker|edge)$/, ''), i === segs.length - 1 ? 1 : 0.5, out));
}

/** The environment setting a value is read from (`Number(env.X ?? '24')`, `parseInt(process.env.X || '90')`): its name. */
function settingRead(init: ts.Expression): string | undefined {
  let x = unwrap(init);
  if (ts.isCallExpression(x) && ts.isIdentifier(x.expression) && /^(?:Number|parseInt|parseFloat)$/.test(x.expression.text) && x.arguments[0]) x = unwrap(x.arguments[0]);
  if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.PlusToken) x = unwrap(x.operand);
  if (ts.isBinaryExpression(x) && (x.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || x.operatorToken.kind === ts.SyntaxKind.BarBarToken)) x = unwrap(x.left);
  if (ts.isNonNullExpression(x)) x = unwrap(x.expression);
  // (`Deno.env.get('ACCOUNT_GRACE_DAYS')`, `process.env['TTL_DAYS']`: the same setting, read another way.)
  if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && x.expression.name.text === 'get' && /(?:^|\.)env$/i.test(x.expression.expression.getText()) && x.arguments[0] && ts.isStringLiteralLike(x.arguments[0]) && /^[A-Z][A-Z0-9_]+$/.test(x.arguments[0].text)) return x.arguments[0].text;
  if (ts.isElementAccessExpression(x) && /(?:^|\.)env$/i.test(x.expression.getText()) && ts.isStringLiteralLike(x.argumentExpression) && /^[A-Z][A-Z0-9_]+$/.test(x.argumentExpression.text)) return x.argumentExpression.text;
  return ts.isPropertyAccessExpression(x) && /(?:^|\.)env$/i.test(x.expression.getText()) && /^[A-Z][A-Z0-9_]+$/.test(x.name.text) ? x.name.text : undefined;
}

/** Retention settings of one file, normalized to days, with the names that say whose data they keep. */
export function collectRetention(sf: ts.SourceFile, b: Buckets, file: string): RetentionFact[] {
  const consts = b.consts;
  const out: RetentionFact[] = [];
  const fileHasDeletion = DELETE_CONTEXT.test(sf.text);
  /** Consts reported as retention settings: uses of them are not reported again. */
  const reportedConsts = new Set<string>();

  const push = (node: ts.Node, days: number, via: string, ctx: ContextToken[], valueExpr?: ts.Expression) => {
    // Under an hour is a timeout or a cache, not how long data is kept.
    if (!(days >= 1 / 24)) return;
    // How long a token, link, code or lock stays valid is not how long data is kept.
    // A store named for verification (`VerificationBucket`) keeps documents; only the setting's own name makes it a code's validity.
    const own = splitIdentifier(via.replace(/^const /, ''));
    // Around the setting, `url` and `limit` are too common (`.limit(500)`, a selected `blobUrl`) to say so alone.
    // (`rawHeartRateDays`: a heart rate is a reading, not a rate limit.)
    const measured = own.some((t, i) => t === 'rate' && MEASURED_RATE.has(own[i - 1] ?? ''));
    const keepsRecord = own.some((t) => VERIFICATION_RECORD.has(t));
    // (`signatureDays: 365`: a signature kept for a month or more is a signed document — a delivery's, a consent form's —
    // not how long a request's signature or a signed link stays valid, which is minutes or at most a week.)
    const signedDocument = days >= 28;
    const validity = (t: string) => VALIDITY_WORDS.has(t) && !(measured && t === 'rate') && !(keepsRecord && STORE_NAMED.has(t)) && !(signedDocument && /^signatures?$/.test(t));
    // (Kept aside, flagged: a policy may say how long its codes and links last — "Sign-in links expire after 15 minutes".)
    const valid = ctx.some((c) => c.weight >= 2 && validity(c.token) && !STORE_NAMED.has(c.token) && c.token !== 'url' && c.token !== 'limit') || own.some(validity) || VALIDITY_WORDS.has(via.toLowerCase().replace(/^const /, ''));
    // (A cache, a rate limit, a lock or a timeout is no code or link anyone holds.)
    if (valid && !own.concat(ctx.filter((c) => c.weight >= 2).map((c) => c.token)).some((t) => HELD_CREDENTIAL.has(t))) return;
    // `cleanupActionsPerMonth: 50`, `MAX_EXPORTS_PER_DAY`: a quota per period, not a period.
    if (own.some((t, i) => t === 'per' && UNIT_WORDS[own[i + 1] ?? ''] !== undefined)) return;
    // A range that selects what to fetch or show (`DEFAULT_RANGE_DAYS`, `LOOKBACK_DAYS`, `TRIAL_DAYS`) keeps nothing; nor
    // does a constant for how often a job runs (`CLEANUP_INTERVAL`), though an SQL `interval '3 years'` does.
    if (own.some((t) => SELECTION_WORDS.has(t) || (via.startsWith('const ') && SCHEDULE_WORDS.has(t))) && !isRetentionName(own)) return;
    // (`deleteMessageDays`, `deleteMessageSeconds`: Discord's ban option, how far back the banned member's messages are
    // deleted, not how long any are kept.)
    if (own[0] === 'delete' && /^messages?$/.test(own[1] ?? '') && !isRetentionName(own)) return;
    pathTokens(file, ctx);
    const literal = valueExpr ? editableLiteral(sf, valueExpr, days, consts) : undefined;
    // (The words of the setting's own name, marked: `SIGHTING_DAYS` beside a query that deletes reports too.)
    const named = ctx.map((c) => (c.weight >= 2 && own.some((t) => t === c.token || (t.startsWith(c.token) && t.length - c.token.length <= 2)) ? { ...c, name: true as const } : c));
    out.push({ days, via, text: node.getText(sf).replace(/\s+/g, ' ').slice(0, 120), context: named, ...(literal ? { literal } : {}), ...(valid ? { validity: true as const } : {}), ...rangeOf(sf, node) });
  };

  // 1. Named constants: SUPPORT_THREAD_RETENTION_DAYS = 1095, RESOLVED_REQUEST_RETENTION = '3 years'.
  const usages = new Map<string, ts.Node[]>();
  const collectUses = (n: ts.Node) => {
    if (ts.isIdentifier(n) && consts.has(n.text) && !(ts.isVariableDeclaration(n.parent) && n.parent.name === n)) {
      const list = usages.get(n.text) ?? [];
      list.push(n);
      usages.set(n.text, list);
    }
    ts.forEachChild(n, collectUses);
  };
  // (`retention.ts` of `DECLINED_QUOTE_MONTHS = 24`, used elsewhere in a query's bind parameters: a module kept for
  // how long things are kept names each period by what it keeps.)
  const fileOfPeriods = /^(?:data[-_]?)?(?:retention|retain)(?:[-_.](?:policy|policies|periods?|config|settings|constants?|rules))?$/i.test(file.split('/').pop()!.replace(/\.(?:ts|tsx|js|jsx|mjs|cjs|mts|cts)$/, ''));
  const ofPeriods = (tokens: string[]) => fileOfPeriods && !tokens.some((t) => NOT_A_KEEPING.test(t));
  const candidates = [...consts].filter(([name, init]) => {
    const tokens = splitIdentifier(settingRead(init) ?? name);
    // `DAY_MS`, `MILLISECONDS_PER_MINUTE`, `ONE_WEEK`: a unit to convert with, not a setting.
    if (tokens.every((t) => UNIT_NAME_WORDS.has(t))) return false;
    // `const PLATE_IMAGE_MAX_AGE = '30 days'` used in a deletion's interval: a duration in words, whatever its name.
    const spelled = ts.isStringLiteralLike(unwrap(init)) && SPELLED_DURATION.test((unwrap(init) as ts.StringLiteralLike).text);
    // (So is `const STALE_PERIOD = 90 * DAYS`: a count of a unit.)
    // (In a module of periods, `QUOTE_REMINDER_DAYS`, `WARN_BEFORE_DELETE_DAYS`, `MAX_BATCH_MINUTES` still time a notice or a
    // job, not how long anything is kept.)
    return isRetentionName(tokens) || ((unitOfName(tokens) !== undefined || spelled || unitConstDuration(init, consts) !== undefined) && (fileHasDeletion || ofPeriods(tokens)) && tokens.length > 1);
  });
  if (candidates.length) collectUses(sf);
  for (const [name, init] of candidates) {
    // (`const months = Number(env.ATTENDEE_RETENTION_MONTHS ?? '24')`: the setting read names what the value is.)
    const setting = settingRead(init);
    const tokens = splitIdentifier(setting ?? name);
    const retentionNamed = isRetentionName(tokens);
    const unit = unitOfName(tokens);
    if (!retentionNamed && !ofPeriods(tokens) && !(usages.get(name) ?? []).some((u) => DELETE_CONTEXT.test(enclosingStatement(u).getText(sf)) || /setMonth|setDate|setFullYear|getTime|Date\.now|new Date\(|\.subtract\(/.test(enclosingStatement(u).getText(sf)))) continue;
    const days = evalDuration(init, consts, unit);
    if (days === undefined) continue;
    const decl = init.parent as ts.VariableDeclaration;
    // Where the setting is used, and one step further: `const cutoff = now - TRASH_RETENTION_DAYS * DAY_MS` then
    // `db.delete(entries).where(lt(entries.trashedAt, cutoff))` deletes entries.
    const uses = withDerived(usages.get(name) ?? []);
    // `const since = new Date(now - NINETY_DAYS_MS)` then `internal_date >= since`: a window of recent rows read, not
    // how long rows are kept. (A setting not named for retention, used only to pick newer rows and never to delete.)
    if (!retentionNamed) {
      const before = (u: ts.Node) => sf.text.slice(Math.max(0, u.getStart(sf) - 40), u.getStart(sf));
      const newer = uses.some((u) => NEWER_THAN.test(before(u)));
      const older = uses.some((u) => OLDER_THAN.test(before(u)) || DELETES_ROWS.test(enclosingStatement(u).getText(sf)));
      if (newer && !older) continue;
    }
    const ctx: ContextToken[] = [];
    tokensOf(setting ?? name, 2, ctx);
    tokensOf(leadingComment(sf, enclosingStatement(decl)), 1, ctx);
    usesContext(uses, ctx);
    reportedConsts.add(name);
    push(decl, days, `const ${name}`, ctx, init);
  }
  // 1b. A setting imported from the project's own settings module (`import { ABANDONED_CART_DAYS } from '@/lib/config'`)
  // that a query here deletes rows by: its value is the other module's, joined when the project is built. (A name that
  // says retention is reported where it is defined.)
  if (fileHasDeletion) for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || st.importClause?.isTypeOnly) continue;
    const module = st.moduleSpecifier.text;
    const named = st.importClause?.namedBindings;
    if (!(module.startsWith('.') || /^[@~#]\//.test(module)) || !named || !ts.isNamedImports(named)) continue;
    for (const el of named.elements) {
      const imported = (el.propertyName ?? el.name).text;
      const tokens = splitIdentifier(imported);
      const unit = unitOfName(tokens);
      if (el.isTypeOnly || unit === undefined || tokens.length < 2 || tokens.every((t) => UNIT_NAME_WORDS.has(t)) || isRetentionName(tokens)) continue;
      const uses: ts.Identifier[] = [];
      const visit = (n: ts.Node) => {
        if (ts.isIdentifier(n) && n.text === el.name.text && n !== el.name && !ts.isImportSpecifier(n.parent)) uses.push(n);
        ts.forEachChild(n, visit);
      };
      visit(sf);
      // (And one step further: `const cutoff = new Date(Date.now() - ABANDONED_CART_DAYS * 864e5)` then
      // `prisma.cart.deleteMany({ where: { updatedAt: { lt: cutoff } } })`.)
      const deleting = withDerived(uses).filter((u) => DELETES_ROWS.test(enclosingStatement(u).getText(sf)));
      if (!deleting.length) continue;
      const ctx: ContextToken[] = [];
      tokensOf(imported, 2, ctx);
      usesContext(deleting, ctx);
      const before = out.length;
      push(deleting.find((u) => ts.isIdentifier(u) && u.text === el.name.text) ?? uses[0], 1, `const ${imported}`, ctx);
      if (out.length > before) out[out.length - 1] = { ...out[out.length - 1], pending: { module, name: imported, unit } };
    }
  }
  /** What the statements that use a setting say it keeps: their function, tables, status filters and deleted records. */
  function usesContext(uses: readonly ts.Node[], ctx: ContextToken[]): void {
    for (const u of uses) {
      const st = enclosingStatement(u);
      tokensOf(enclosingFunctionName(u), 1, ctx);
      const text = st.getText(sf);
      sqlTables(text, ctx);
      // (`eq(bookings.paid, false)`, `{ paid: false }` in the statement that uses it: the unpaid ones.)
      for (const m of text.matchAll(DONE_FLAG_FALSE)) tokensOf(`un${m[1].toLowerCase()}`, 2, ctx);
      // (`status: { in: ['DECLINED', 'WITHDRAWN'] }`, `eq(t.status, 'expired')`, `status IN ('declined')`: the rows of
      // that status.)
      for (const m of text.matchAll(STATUS_FILTER)) for (const v of m[1].matchAll(/["'`]([A-Za-z][\w-]{2,30})["'`]/g)) tokensOf(v[1].toLowerCase(), 2, ctx);
      // (Drizzle's `db.delete(schema.skippers)`: the table is the last name.)
      for (const m of text.matchAll(/\.(?:delete|deleteFrom|deleteMany|destroy|remove)\(\s*["'`]?(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)/g)) tokensOf(m[1], 2, ctx);
      const call = findEnclosingCall(u);
      if (call) for (const c of accessChain(call.expression).slice(0, -1)) tokensOf(c, 1, ctx);
      // `prisma.application.deleteMany({ where: { decidedAt: { lt: subYears(now, X) } } })`: the records the outer call deletes.
      const outer = findOutermostCall(u, st);
      if (outer && outer !== call && DELETE_VERB.test(accessChain(outer.expression).pop() ?? '')) for (const c of accessChain(outer.expression).slice(0, -1)) tokensOf(c, 1, ctx);
    }
  }

  /** The name an object literal is held by: its variable or property, or a settings factory's namespace (`registerAs('retention', () => ({ … }))`). */
  const holderName = (obj: ts.ObjectLiteralExpression): string | undefined => {
    let up: ts.Node = obj.parent;
    while (ts.isAsExpression(up) || ts.isSatisfiesExpression(up) || ts.isParenthesizedExpression(up) || ts.isArrowFunction(up)) up = up.parent;
    const namespace = ts.isCallExpression(up) && up.arguments[0] && ts.isStringLiteralLike(up.arguments[0]) ? up.arguments[0].text : undefined;
    return ts.isVariableDeclaration(up) || ts.isPropertyAssignment(up) || ts.isPropertyDeclaration(up) ? nameText(up.name) : namespace;
  };

  for (const n of b.props) {
    // 2. Settings by key: retention: RetentionDays.ONE_YEAR, expireAfterSeconds: …, maxAge: …
    if (ts.isPropertyAssignment(n)) {
      const key = (nameText(n.name) ?? '').toLowerCase();
      // BullMQ `removeOnComplete: { age: seconds }`, Elasticsearch ILM `delete: { min_age: '90d' }`.
      const parentKey = ts.isObjectLiteralExpression(n.parent) && ts.isPropertyAssignment(n.parent.parent) ? (nameText(n.parent.parent.name) ?? '').toLowerCase() : '';
      const nestedHint = key === 'age' && /^removeon(complete|fail)$/.test(parentKey) ? 's' : key === 'min_age' && parentKey === 'delete' ? 'd' : undefined;
      // (AdonisJS's session `age: '90d'`: an age written as a duration is how long something lives, not a person's age.)
      const spelledAge = key === 'age' && !nestedHint && ts.isStringLiteralLike(unwrap(n.initializer)) ? parseDurationString((unwrap(n.initializer) as ts.StringLiteralLike).text) : undefined;
      if (spelledAge !== undefined) {
        const ctx: ContextToken[] = [];
        contextAround(sf, n, ctx);
        push(n, spelledAge, key, ctx, unwrap(n.initializer));
      }
      if (nestedHint) {
        const days = evalDuration(unwrap(n.initializer), consts, unitDays(nestedHint));
        if (days !== undefined) {
          const ctx: ContextToken[] = [];
          contextAround(sf, n, ctx);
          push(n, days, `${parentKey}.${key}`, ctx, unwrap(n.initializer));
        }
      }
      // Key/value maps: `environment: { PURGE_AFTER_DAYS: '90' }`, `RETENTION = { auditLogDays: 730, invoiceYears: 10 }`.
      // (`idCheckDaysAfterEvent: 365`: the unit, then what the period is counted from; `ttl = { reflection: 90 * DAY }`:
      // the unit in the value.)
      const rawKey = nameText(n.name) ?? '';
      const inValue = !(key in RETENTION_KEYS) && ts.isObjectLiteralExpression(n.parent) ? unitConstDuration(n.initializer, consts) : undefined;
      const holder = ts.isObjectLiteralExpression(n.parent) ? holderName(n.parent) : undefined;
      // (`RETENTION_DAYS = { busPositions: 30 }`: the unit in the retention-named holder's name.)
      const holderUnit = holder && isRetentionName(splitIdentifier(holder)) ? unitOfName(splitIdentifier(holder)) : undefined;
      // (`RETENTION = { repairHistory: '5 years', enquiries: '6 months' }`: durations in words, Postgres intervals.)
      const spelled = ts.isStringLiteralLike(unwrap(n.initializer)) && SPELLED_DURATION.test((unwrap(n.initializer) as ts.StringLiteralLike).text);
      if (!(key in RETENTION_KEYS) && (UNIT_ENDING.test(key) || unitOfName(splitIdentifier(rawKey)) !== undefined || inValue !== undefined || holderUnit !== undefined || spelled) && ts.isObjectLiteralExpression(n.parent)) {
        const tokens = splitIdentifier(rawKey);
        // (`RETENTION = { chat_messages: { field: 'sentAt', days: 365 } }`: a rule per record kind, in a retention map.)
        const entry = ts.isObjectLiteralExpression(n.parent) && ts.isPropertyAssignment(n.parent.parent) && ts.isObjectLiteralExpression(n.parent.parent.parent) ? holderName(n.parent.parent.parent) : undefined;
        const byEntry = !!entry && isRetentionName(splitIdentifier(entry)) && !!holder;
        const unitWord = byEntry ? own(UNIT_WORDS, key) ?? own(UNIT_WORDS, key.replace(/s$/, '')) : undefined;
        const bare = unitWord ? unitDays(unitWord) : undefined;
        const unit = unitOfName(tokens) ?? (inValue !== undefined || spelled ? 1 : holderUnit) ?? bare;
        const v = schemaDefault(unwrap(n.initializer)) ?? unwrap(n.initializer);
        const held = isRetentionName(tokens) || (!!holder && isRetentionName(splitIdentifier(holder))) || byEntry;
        // (A setting read with its default counts by the default: `env('TRACE_DAYS', 180)`, `Number(process.env.X ?? 90)`.)
        if (unit !== undefined && held && !mentionsConst(v, reportedConsts) && (ts.isNumericLiteral(v) || ts.isStringLiteralLike(v) || ts.isBinaryExpression(v) || ts.isCallExpression(v))) {
          const days = evalDuration(v, consts, unit);
          if (days !== undefined) {
            const ctx: ContextToken[] = [];
            tokensOf(rawKey, 2, ctx);
            if (byEntry) tokensOf(holder, 2, ctx);
            contextAround(sf, n, ctx);
            push(n, days, byEntry ? `${holder}.${rawKey}` : rawKey, ctx, v);
          }
        }
      }
      if (key in RETENTION_KEYS) {
        const v = unwrap(n.initializer);
        const viaConst = mentionsConst(v, reportedConsts);
        // A cookie's maxAge is in seconds for `cookies().set`, `setCookie`, `serialize`; Express `res.cookie` and sessions take ms.
        // (A `maxAge` in a settings object, not an API's options, counts in the unit its arithmetic says.)
        const inCall = ts.isObjectLiteralExpression(n.parent) && (ts.isCallExpression(n.parent.parent) || ts.isNewExpression(n.parent.parent));
        const hint = key === 'maxage' && (cookieSeconds(n) || (!inCall && secondsArithmetic(v))) ? 's' : own(RETENTION_KEYS, key);
        const days = viaConst ? undefined : evalDuration(v, consts, hint ? unitDays(hint) : undefined);
        if (days !== undefined) {
          const ctx: ContextToken[] = [];
          // `logRetention`, `backupRetentionPeriod`: the key names what is kept, whatever the resource is called.
          const kind = splitIdentifier(nameText(n.name) ?? '').filter((t) => KEPT_KIND.has(t));
          if (kind.length) {
            tokensOf(kind.join('_'), 3, ctx);
            const around: ContextToken[] = [];
            contextAround(sf, n, around);
            for (const c of around) if (!ctx.some((x) => x.token === c.token)) ctx.push({ token: c.token, weight: Math.min(c.weight, 0.5) });
          } else contextAround(sf, n, ctx);
          // (`kv.put(\`ip:${id}:${hash}\`, count, { expirationTtl })`: the key the options go with names what expires.)
          const call = ts.isObjectLiteralExpression(n.parent) && ts.isCallExpression(n.parent.parent) ? n.parent.parent : undefined;
          const keyArg0 = call && call.arguments[0] !== n.parent ? unwrap(call.arguments[0]) : undefined;
          const keyArg = keyArg0 && ts.isIdentifier(keyArg0) ? unwrap(initializerInScope(keyArg0, true) ?? keyArg0) : keyArg0;
          const keyText = keyArg && (ts.isStringLiteralLike(keyArg) ? keyArg.text : ts.isTemplateExpression(keyArg) ? [keyArg.head.text, ...keyArg.templateSpans.map((t) => t.literal.text)].join(' ') : undefined);
          if (keyText) tokensOf(keyText.replace(/[:/._-]+/g, ' '), 3, ctx);
          // (`{ expirationTtl: RATE_LIMIT_WINDOW_S }`: the constant's name says what the period is for.)
          if (ts.isIdentifier(v) && /[A-Z_]{4,}|[a-z][A-Z]/.test(v.text)) tokensOf(v.text, 3, ctx);
          push(n, days, nameText(n.name) ?? key, ctx, v);
        }
      }
      // Log rotation: { frequency: 'daily', limit: { count: 90 } } keeps count × frequency.
      if (key === 'frequency' && ts.isObjectLiteralExpression(n.parent)) {
        const freq = evalString(n.initializer, consts);
        const per = freq === 'daily' ? 1 : freq === 'hourly' ? 1 / 24 : freq === 'weekly' ? 7 : undefined;
        const limit = n.parent.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && nameText(p.name) === 'limit');
        const count = limit && ts.isObjectLiteralExpression(unwrap(limit.initializer)) ? (unwrap(limit.initializer) as ts.ObjectLiteralExpression).properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && nameText(p.name) === 'count') : undefined;
        const c = count ? evalNumber(count.initializer, consts) : undefined;
        if (per !== undefined && c !== undefined && count) {
          const ctx: ContextToken[] = [{ token: 'log', weight: 2 }];
          contextAround(sf, n, ctx);
          push(count, c * per, `rotation ${freq} × ${c} files`, ctx);
        }
      }
    }
  }
  // 4. A file's own helper that puts a parameter under a duration key: `expire('clips', 60)` with
  // `const expire = (prefix, days) => ({ Filter: { Prefix: \`${prefix}/\` }, Expiration: { Days: days } })`.
  // (A call to the file's own function is none of the Redis or date-library calls read below.)
  const helperCalls = new Set<ts.CallExpression>();
  const ownFunctions = new Map<string, ts.FunctionLikeDeclaration | undefined>();
  for (const n of b.calls) {
    if (!ts.isIdentifier(n.expression)) continue;
    const callee = n.expression.text;
    if (!ownFunctions.has(callee)) ownFunctions.set(callee, functionNamed(sf, callee));
    // (`const ago = (days: number) => new Date(now.getTime() - days * DAY_MS)` inside the job: a local helper.)
    const fn = ownFunctions.get(callee) ?? (fileHasDeletion ? localArrow(n.expression) : undefined);
    if (!fn) continue;
    helperCalls.add(n);
    fn.parameters.forEach((param, i) => {
      const arg = n.arguments[i];
      const k = arg && ts.isIdentifier(param.name) ? evalNumber(arg, consts) : undefined;
      if (k === undefined || !ts.isIdentifier(param.name)) return;
      // (A helper that takes that many units off a date: a cut-off, a retention only where it deletes.)
      const back = durationKeyOf(fn, param.name.text) === undefined ? dateBackUnit(fn, param.name.text, consts) : undefined;
      if (back !== undefined && (!deletes(sf, n) || mentionsConst(arg, reportedConsts))) return;
      const unit = durationKeyOf(fn, param.name.text) ?? back;
      if (unit === undefined) return;
      const ctx: ContextToken[] = [];
      for (const a of n.arguments) if (ts.isStringLiteralLike(a)) tokensOf(a.text, 2, ctx);
      tokensOf(n.expression.getText(sf), 1, ctx);
      contextAround(sf, n, ctx);
      push(n, k * unit, `${n.expression.getText(sf)}(…)`, ctx, arg);
    });
  }
  const RETENTION_CALLS = /^((sub|add)(Milliseconds|Seconds|Minutes|Hours|Days|Weeks|Months|Years)|subtract|minus|setex|setEx|psetex|pSetEx|expire|pexpire|pExpire|set)$/;
  for (const n of b.calls) {
    // 3. Date arithmetic inside a deletion: subDays(now, 120), dayjs().subtract(2, 'year').
    if (!RETENTION_CALLS.test(calleeName(n.expression) ?? '') || helperCalls.has(n)) continue;
    {
      const chain = accessChain(n.expression);
      const fn = chain[chain.length - 1] ?? '';
      const m = DATE_MATH.exec(fn);
      let days: number | undefined;
      let arg: ts.Expression | undefined;
      if (m && n.arguments[1]) {
        arg = n.arguments[1];
        const k = evalNumber(arg, consts);
        const u = unitDays(m[2].replace(/s$/, '').toLowerCase());
        if (k !== undefined && u !== undefined) days = k * u;
      } else if ((fn === 'subtract' || fn === 'minus') && n.arguments[0] && ts.isObjectLiteralExpression(unwrap(n.arguments[0]))) {
        // Luxon's `DateTime.now().minus({ years: 3 })`, dayjs's `subtract({ months: 6 })`.
        arg = n.arguments[0];
        days = evalDuration(unwrap(arg), consts, undefined);
      } else if ((fn === 'subtract' || fn === 'minus') && n.arguments[0]) {
        arg = n.arguments[0];
        const k = evalNumber(arg, consts);
        const unitArg = n.arguments[1] ? evalString(n.arguments[1], consts) : undefined;
        const u = unitArg ? unitDays(unitArg.replace(/s$/, '')) : undefined;
        if (k !== undefined && u !== undefined) days = k * u;
      }
      // Redis: setex(key, seconds, value), expire(key, seconds), set(key, value, 'EX', seconds).
      let keyed = false;
      if (days === undefined && /^(setex|setEx|psetex|pSetEx|expire|pexpire|pExpire)$/.test(fn) && n.arguments[1]) {
        arg = n.arguments[1];
        const k = evalNumber(arg, consts);
        if (k !== undefined) days = k * (/^p/i.test(fn) ? 1 / 86_400_000 : 1 / 86_400);
        keyed = true;
      } else if (days === undefined && fn === 'set' && n.arguments.length >= 4) {
        const flag = evalString(n.arguments[2], consts)?.toUpperCase();
        if (flag === 'EX' || flag === 'PX') {
          arg = n.arguments[3];
          const k = evalNumber(arg, consts);
          if (k !== undefined) days = k * (flag === 'PX' ? 1 / 86_400_000 : 1 / 86_400);
          keyed = true;
        }
      }
      const viaConst = !!arg && mentionsConst(arg, reportedConsts);
      if (days !== undefined && !viaConst && keyed) {
        const ctx: ContextToken[] = [];
        const keyArg = n.arguments[0] ? evalString(n.arguments[0], consts) : undefined;
        tokensOf(keyArg?.replace(/\{\}/g, ' '), 2, ctx);
        contextAround(sf, n, ctx);
        push(n, days, `${fn}(…)`, ctx, arg);
      } else if (days !== undefined && !viaConst && deletes(sf, n) && !ageCutoff(sf, n)) {
        const ctx: ContextToken[] = [];
        const st = enclosingStatement(n);
        const outer = findOutermostCall(n, st);
        if (outer) for (const c of accessChain(outer.expression)) tokensOf(c, 2, ctx);
        contextAround(sf, n, ctx);
        push(n, days, `${fn}(…)`, ctx, arg);
      } else if (days !== undefined && !viaConst && !ageCutoff(sf, n)) {
        // `const auditCutoff = DateTime.now().minus({ years: 3 })` then `db.from('audit_logs').where('created_at', '<',
        // auditCutoff.toSQL()).delete()`: a cut-off kept in a variable that a deletion uses.
        const uses = cutoffUses(sf, n).filter((u) => deletes(sf, u) && OLDER_THAN.test(sf.text.slice(Math.max(0, u.getStart(sf) - 40), u.getStart(sf))));
        if (uses.length) {
          const ctx: ContextToken[] = [];
          for (const u of uses) contextAround(sf, u, ctx);
          push(n, days, `${fn}(…)`, ctx, arg);
        }
      }
    }
  }
  // Date arithmetic in a deletion: `new Date(Date.now() - 90 * 24 * 60 * 60 * 1000)`, `now.getTime() - RETENTION_MS`.
  for (const n of b.dateMinus) {
    const ms = evalNumber(n.right, consts);
    const viaConst = mentionsConst(n.right, reportedConsts);
    if (ms === undefined || viaConst) continue;
    const ctx: ContextToken[] = [];
    if (deletes(sf, n)) {
      const st = enclosingStatement(n);
      const outer = findOutermostCall(n, st);
      if (outer) for (const c of accessChain(outer.expression)) tokensOf(c, 2, ctx);
      contextAround(sf, n, ctx);
    } else {
      // (`const cutoff = new Date(Date.now() - 90 * DAY).toISOString()` then `.delete().lt('created_at', cutoff)` or
      // `DELETE FROM feedback WHERE created_at < ?` bound to it: a cut-off kept in a variable that a deletion uses.)
      const held = heldExpression(n);
      const uses = held ? cutoffUses(sf, held).filter((u) => deletes(sf, u) && olderUse(sf, u)) : [];
      if (!uses.length) continue;
      for (const u of uses) {
        const outer = findOutermostCall(u, enclosingStatement(u));
        if (outer) for (const c of accessChain(outer.expression)) tokensOf(c, 2, ctx);
        contextAround(sf, u, ctx);
      }
    }
    push(n, ms / 86_400_000, 'date arithmetic', ctx, n.right);
  }
  // `cutoff.setDate(cutoff.getDate() - 120)`, `setMonth(getMonth() - 6)`: a cut-off moved back by a count of days, months
  // or years, then used by a deletion.
  for (const n of b.calls) {
    if (!ts.isPropertyAccessExpression(n.expression) || !ts.isIdentifier(n.expression.expression)) continue;
    const unit = SET_DATE_UNIT[n.expression.name.text];
    const arg = n.arguments[0] ? unwrap(n.arguments[0]) : undefined;
    if (unit === undefined || !arg || !ts.isBinaryExpression(arg) || arg.operatorToken.kind !== ts.SyntaxKind.MinusToken) continue;
    const count = evalNumber(arg.right, consts);
    if (count === undefined || mentionsConst(arg.right, reportedConsts)) continue;
    const holder = n.expression.expression.text;
    const decl = declarationOf(sf, n, holder);
    const uses = decl ? cutoffUses(sf, decl).filter((u) => u.getStart(sf) > n.end && deletes(sf, u) && olderUse(sf, u)) : [];
    if (!uses.length) continue;
    const ctx: ContextToken[] = [];
    for (const u of uses) {
      const outer = findOutermostCall(u, enclosingStatement(u));
      if (outer) for (const c of accessChain(outer.expression)) tokensOf(c, 2, ctx);
      contextAround(sf, u, ctx);
    }
    push(n, count * unit, `${n.expression.name.text}(…)`, ctx, arg.right);
  }
  for (const n of b.deleteStrings) {
    // 4. SQL: delete … where x < now() - interval '3 years'; a query builder's raw interval inside a deletion.
    const own = ts.isTemplateExpression(n) ? n.head.text + n.templateSpans.map((x) => x.literal.text).join(' ') : n.text;
    // (`update … set proof_document_key = null where decided_at < now() - interval '2 years'` clears the data too.)
    // (… and a builder's `.updateTable('bookings').set({ clock_in_lat: null })` with the interval in its where.)
    const stmtText = enclosingStatement(n).getText(sf);
    const builderClears = /\.set\(\s*\{[^}]*\b\w+\s*:\s*null\b/.test(stmtText);
    const clears = /\bset\s+["`]?\w+["`]?\s*=\s*null\b/i.test(own) || builderClears;
    // (… and a builder's cut-off `.where('taken_at', '<', sql\`now() - interval '5 years'\`)` that selects the rows a
    // function then deletes.)
    // (An update that marks rows, `.updateTable('quotes').set({ status: 'expired' })`, deletes nothing.)
    const cutOff = /(['"`])<=?\1/.test(stmtText) && /\.(?:selectFrom|select)\(/.test(stmtText) && !/\.(?:updateTable|update)\(/.test(stmtText) && enclosingFunctionDeletes(sf, n);
    if (!/\b(delete|purge)\b/i.test(own) && !clears && !DELETE_CONTEXT.test(stmtText) && !cutOff) continue;
    // An update that only marks rows (`.updateTable('quotes').set({ status: 'expired' })`) keeps them.
    if (!clears && /\.(?:updateTable|update)\(/.test(stmtText) && /\.set\(/.test(stmtText) && !/\b(delete|purge)\b/i.test(own)) continue;
    {
      const text = evalString(n as ts.Expression, consts) ?? n.getText(sf);
      const raw = SQL_INTERVAL.exec(text);
      const im = raw ? [raw[0], raw[1] ?? raw[3] ?? raw[5], raw[2] ?? raw[4] ?? raw[6]] : null;
      const viaConst = ts.isTemplateExpression(n) && n.templateSpans.some((s) => ts.isIdentifier(unwrap(s.expression)) && reportedConsts.has((unwrap(s.expression) as ts.Identifier).text));
      if (im && !viaConst) {
        const u = unitDays(im[2].replace(/s$/, ''));
        const ctx: ContextToken[] = [];
        const table = /\b(?:from|table|update)\s+["`]?([a-z_][\w.]*)/i.exec(text);
        tokensOf(table?.[1], 2, ctx);
        if (!table) tokensOf(/\.(?:selectFrom|deleteFrom|updateTable|from|table)\(\s*["'`](\w+)/.exec(stmtText)?.[1], 2, ctx);
        // The column an update clears says what is deleted.
        for (const m of text.matchAll(/\bset\s+["`]?(\w+)["`]?\s*=\s*null\b/gi)) tokensOf(m[1], 2, ctx);
        if (builderClears) {
          for (const m of stmtText.matchAll(/\b(\w+)\s*:\s*null\b/g)) tokensOf(m[1], 2, ctx);
          tokensOf(/\.updateTable\(\s*["'`](\w+)/.exec(stmtText)?.[1], 2, ctx);
        }
        contextAround(sf, n, ctx);
        // (`DELETE FROM submissions … WHERE a.class_code = c.code`: a code the rows are joined on is no code's validity;
        // the table deleted from says what the rows are.)
        const target = table?.[1] ? splitIdentifier(table[1]) : [];
        if (target.length) for (const c of ctx) if (c.weight >= 2 && VALIDITY_WORDS.has(c.token) && !target.includes(c.token)) c.weight = 1;
        if (u !== undefined) push(n, Number(im[1]) * u, raw![5] ? `'now', '-${im[1]} ${im[2]}'` : `interval '${im[1]} ${im[2]}'`, ctx);
      }
    }
  }
  // One setting, one fact: drop a fact inside another one of the same duration (`expiresAt: addDays(now, 30)`).
  const inside = (a: RetentionFact, b: RetentionFact) => a !== b && (a.line > b.line || (a.line === b.line && a.column >= b.column)) && (a.endLine < b.endLine || (a.endLine === b.endLine && a.endColumn <= b.endColumn));
  return out.filter((f) => !out.some((o) => inside(f, o) && Math.abs(o.days - f.days) < 1e-6));
}

/** The unit of the duration key a function puts its parameter under (`Expiration: { Days: days }`, `{ ttlSeconds }`). */
function durationKeyOf(fn: ts.FunctionLikeDeclaration, param: string): number | undefined {
  let unit: number | undefined;
  const visit = (n: ts.Node) => {
    if (unit !== undefined) return;
    if (ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) {
      const value = ts.isPropertyAssignment(n) ? unwrap(n.initializer) : n.name;
      const key = nameText(n.name) ?? '';
      if (ts.isIdentifier(value) && value.text === param) unit = unitDays(key.toLowerCase().replace(/^noncurrent/, '').replace(/s$/, '')) ?? unitOfName(splitIdentifier(key));
    }
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  return unit;
}

/** A function declared in a block around the call (`const ago = (days) => …` inside the function that calls it). */
function localArrow(id: ts.Identifier): ts.FunctionLikeDeclaration | undefined {
  const init = initializerInScope(id, false);
  const u = init ? unwrap(init) : undefined;
  return u && (ts.isArrowFunction(u) || ts.isFunctionExpression(u)) ? u : undefined;
}

/** The unit, in days, of a parameter a function takes off a date: `now.getTime() - days * DAY_MS`. */
function dateBackUnit(fn: ts.FunctionLikeDeclaration, param: string, consts: Consts): number | undefined {
  let unit: number | undefined;
  const visit = (n: ts.Node) => {
    if (unit !== undefined) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.MinusToken) {
      const r = unwrap(n.right);
      if (ts.isBinaryExpression(r) && r.operatorToken.kind === ts.SyntaxKind.AsteriskToken) {
        const [a, b] = [unwrap(r.left), unwrap(r.right)];
        const other = ts.isIdentifier(a) && a.text === param ? b : ts.isIdentifier(b) && b.text === param ? a : undefined;
        const ms = other ? evalNumber(other, consts) : undefined;
        if (ms !== undefined && ms >= 1000 && /getTime|Date\.now|now/.test(n.left.getText())) unit = ms / 86_400_000;
      }
    }
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  return unit;
}

/** Whether an expression uses a constant already reported as a retention setting. */
function mentionsConst(e: ts.Node, reported: Set<string>): boolean {
  if (ts.isIdentifier(e)) return reported.has(e.text);
  let hit = false;
  ts.forEachChild(e, (c) => {
    hit ||= mentionsConst(c, reported);
  });
  return hit;
}

function findEnclosingCall(n: ts.Node): ts.CallExpression | undefined {
  for (let cur = n.parent; cur && !ts.isBlock(cur); cur = cur.parent) if (ts.isCallExpression(cur)) return cur;
  return undefined;
}

function findOutermostCall(n: ts.Node, stop: ts.Node): ts.CallExpression | undefined {
  let found: ts.CallExpression | undefined;
  for (let cur = n.parent; cur && cur !== stop.parent; cur = cur.parent) if (ts.isCallExpression(cur)) found = cur;
  return found;
}

/**
 * The single literal that sets a duration (`1095`, the `180` of `Duration.days(180)` or of
 * `Number(process.env.X ?? 180)`, `RetentionDays.ONE_YEAR`), if there is exactly one.
 */
function editableLiteral(sf: ts.SourceFile, expr: ts.Expression, days: number, consts: Consts): EditableLiteral | undefined {
  const e = unwrap(expr);
  if (ts.isPropertyAccessExpression(e) && parseDurationName(e.name.text) !== undefined) {
    return { kind: 'enum', perUnitDays: 1, ...rangeOf(sf, e.name) };
  }
  const numbers: ts.NumericLiteral[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isNumericLiteral(n)) numbers.push(n);
    ts.forEachChild(n, visit);
  };
  visit(e);
  if (numbers.length !== 1) return undefined;
  const value = Number(numbers[0].text.replace(/_/g, ''));
  if (!(value > 0) || evalNumber(numbers[0], consts) === undefined) return undefined;
  return { kind: 'number', perUnitDays: days / value, ...rangeOf(sf, numbers[0]) };
}

/** Whether the options object holding this property goes to a cookie API that counts maxAge in seconds. */
/**
 * Arithmetic that counts seconds: `60 * 60 * 24 * 90` multiplies up to a day in seconds, with no factor of 1000 for
 * milliseconds (a session's `maxAge` in h3, nuxt-auth-utils and most cookie options).
 */
function secondsArithmetic(v: ts.Expression): boolean {
  const factors: number[] = [];
  const walk = (e: ts.Expression): boolean => {
    const x = unwrap(e);
    if (ts.isNumericLiteral(x)) return factors.push(Number(x.text.replace(/_/g, ''))) > 0;
    return ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.AsteriskToken && walk(x.left) && walk(x.right);
  };
  return walk(v) && factors.filter((f) => f === 60).length >= 2 && factors.includes(24) && !factors.some((f) => f === 1000 || f === 1e3);
}

function cookieSeconds(prop: ts.Node): boolean {
  const obj = prop.parent;
  if (!obj || !ts.isObjectLiteralExpression(obj)) return false;
  // `createCookieSessionStorage({ cookie: { maxAge } })`: Remix's session cookie, in seconds.
  if (ts.isPropertyAssignment(obj.parent) && obj.parent.name.getText() === 'cookie' && ts.isObjectLiteralExpression(obj.parent.parent) && ts.isCallExpression(obj.parent.parent.parent)) {
    return accessChain(obj.parent.parent.parent.expression).pop() === 'createCookieSessionStorage';
  }
  const call = ts.isCallExpression(obj.parent) || ts.isNewExpression(obj.parent) ? obj.parent : undefined;
  if (!call) return false;
  const chain = accessChain(call.expression);
  const fn = chain[chain.length - 1] ?? '';
  // Remix's `createCookie`, H3's and Hono's `setCookie`, `cookie.serialize`, Next.js `cookies().set`.
  return /^(setCookie|serialize|createCookie)$/.test(fn) || (fn === 'set' && chain.some((c) => /^cookies?$/i.test(c)));
}

const DELETE_VERB = /\b(delete\w*|del|purge\w*|remove\w*|destroy\w*|cleanup|clean|expire\w*|prune\w*|archive\w*|truncate|drop|deleteMany|destroyAll)\b/i;

/**
 * Whether date arithmetic sits in a deletion: its statement deletes, or it is a cut-off (`$lt`, `before`) in a
 * function that deletes. A cut-off that only selects (`find({ createdAt: { $lt: cutoff } })`) keeps nothing shorter.
 */
function deletes(sf: ts.SourceFile, n: ts.Node): boolean {
  const st = enclosingStatement(n).getText(sf);
  if (DELETE_VERB.test(st)) return true;
  if (!DELETE_CONTEXT.test(st)) return false;
  return enclosingFunctionDeletes(sf, n, true);
}

/** Days per step of a `Date` setter moved back by a count (`setDate(d.getDate() - 30)`). */
const SET_DATE_UNIT: Record<string, number | undefined> = table({ setDate: 1, setUTCDate: 1, setMonth: 30.4375, setUTCMonth: 30.4375, setFullYear: 365.25, setUTCFullYear: 365.25 });

/** The expression a node's value is assigned with (`const cutoff = new Date(Date.now() - X).toISOString()`), if any. */
function heldExpression(n: ts.Node): ts.Expression | undefined {
  let cur: ts.Node = n;
  while (cur.parent && (ts.isParenthesizedExpression(cur.parent) || ts.isNewExpression(cur.parent) || ts.isCallExpression(cur.parent) || ts.isPropertyAccessExpression(cur.parent) || ts.isAsExpression(cur.parent))) cur = cur.parent;
  return cur.parent && ts.isVariableDeclaration(cur.parent) && cur.parent.initializer === cur ? (cur as ts.Expression) : undefined;
}

/** The initializer of the variable a name is declared with in the function around a node (`const cutoff = new Date()`). */
function declarationOf(sf: ts.SourceFile, n: ts.Node, name: string): ts.Expression | undefined {
  let fn: ts.Node | undefined = n.parent;
  while (fn && !ts.isFunctionLike(fn) && !ts.isSourceFile(fn)) fn = fn.parent;
  let found: ts.Expression | undefined;
  const visit = (x: ts.Node) => {
    if (found) return;
    if (ts.isVariableDeclaration(x) && ts.isIdentifier(x.name) && x.name.text === name && x.initializer && x.end <= n.getStart(sf)) found = x.initializer;
    else ts.forEachChild(x, visit);
  };
  if (fn) visit(fn);
  return found;
}

/** A use of a cut-off that keeps rows older than it: `lt(t.createdAt, cutoff)`, `{ $lt: cutoff }`, `WHERE created_at < ?` bound to it. */
function olderUse(sf: ts.SourceFile, u: ts.Node): boolean {
  return OLDER_THAN.test(sf.text.slice(Math.max(0, u.getStart(sf) - 40), u.getStart(sf))) || /\bDELETE\b[^;]*?\bWHERE\b[^;]*?<=?\s*(?:\?|\$\d)/i.test(enclosingStatement(u).getText(sf));
}

/** The uses, later in the same function, of the variable a date computation is assigned to (`const cutoff = …minus(…)`). */
function cutoffUses(sf: ts.SourceFile, n: ts.Node): ts.Identifier[] {
  const decl = n.parent && ts.isVariableDeclaration(n.parent) && n.parent.initializer === n ? n.parent : undefined;
  if (!decl || !ts.isIdentifier(decl.name)) return [];
  const name = decl.name.text;
  let scope: ts.Node | undefined = decl.parent;
  while (scope && !ts.isBlock(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  const out: ts.Identifier[] = [];
  const visit = (x: ts.Node) => {
    if (ts.isIdentifier(x) && x.text === name && x !== decl.name && x.getStart(sf) > decl.end) out.push(x);
    ts.forEachChild(x, visit);
  };
  if (scope) visit(scope);
  return out;
}

/** Whether the function around a node (or, with `file`, the module for top-level code) deletes something. */
function enclosingFunctionDeletes(sf: ts.SourceFile, n: ts.Node, file = false): boolean {
  let fn: ts.Node | undefined = n.parent;
  while (fn && !ts.isFunctionLike(fn) && !ts.isSourceFile(fn)) fn = fn.parent;
  return !!fn && (file || !ts.isSourceFile(fn)) && DELETE_VERB.test(fn.getText(sf));
}

/**
 * The default of a setting declared in a schema of the environment: zod's `z.coerce.number().default(180)` (yup and
 * Joi chain `.default(…)` alike), envalid's `num({ default: 180 })`.
 */
function schemaDefault(v: ts.Expression): ts.Expression | undefined {
  if (!ts.isCallExpression(v)) return undefined;
  if (ts.isPropertyAccessExpression(v.expression) && v.expression.name.text === 'default' && v.arguments.length === 1 && ts.isCallExpression(v.expression.expression)) return unwrap(v.arguments[0]);
  const opts = v.arguments.length === 1 ? unwrap(v.arguments[0]) : undefined;
  if (ts.isIdentifier(v.expression) && /^(?:num|int|port|str)$/.test(v.expression.text) && opts && ts.isObjectLiteralExpression(opts)) {
    const d = opts.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && nameText(p.name) === 'default');
    return d ? unwrap(d.initializer) : undefined;
  }
  return undefined;
}
