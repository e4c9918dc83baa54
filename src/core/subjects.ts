import type { ContextToken } from './analysis/types';
import { singular } from './taxonomy/tokens';

/** Participles a record is named by when something happened to it (paid, verified, submitted), whose `un…` form names
 * the records it did not happen to: in a policy's subject ("unpaid drafts") and in code (`eq(orders.paid, false)`). */
export const DONE_PARTICIPLES = 'paid|verified|confirmed|activated|used|claimed|read|completed|submitted|approved|awarded|hired|accepted|finished|sent|converted|qualified|sold|answered';

/**
 * Words that name the same kind of record, so a retention setting named
 * `RmmAgentLogs` meets the policy's "device management logs". Each row is one
 * group; `weak` groups add to a match but never make one on their own.
 */
const GROUPS: { words: string[]; weak?: boolean }[] = [
  { words: ['device', 'endpoint', 'agent', 'machine', 'computer', 'host', 'rmm', 'asset', 'inventory', 'laptop', 'workstation', 'hardware', 'mdm'] },
  { words: ['management', 'managed', 'manage', 'remote', 'command'], weak: true },
  { words: ['log', 'logging', 'logger', 'audit', 'event', 'trail', 'telemetry', 'syslog', 'trace', 'access'] },
  { words: ['journal', 'diary', 'note', 'entry'] , weak: true },
  // (Only an account goes inactive: `inactiveCourierYears` keeps the couriers' accounts.)
  { words: ['account', 'user', 'profile', 'member', 'membership', 'customer', 'signup', 'subscriber', 'person', 'people', 'identity', 'inactive', 'inactivity', 'dormant'] },
  { words: ['billing', 'invoice', 'payment', 'transaction', 'financial', 'subscription', 'charge', 'payout', 'bill', 'receipt', 'credit', 'sale'] },
  { words: ['support', 'ticket', 'helpdesk', 'correspondence', 'conversation', 'csat', 'inquiry', 'enquiry', 'complaint', 'feedback', 'thread'] },
  { words: ['resolution', 'resolved', 'resolve', 'closed'], weak: true },
  { words: ['checkin', 'attendance', 'visit'] },
  // A one-time code: sent to verify a phone or an address, or to sign in.
  { words: ['otp', 'passcode', 'code', 'verification', 'pin', '2fa', 'mfa'] },
  // A link sent to sign in or to join.
  { words: ['link', 'magic', 'invite', 'invitation'] },
  // Time worked: a punch of the clock is a clock-in record, on a timesheet or time card.
  { words: ['clock', 'clockin', 'punch', 'timesheet', 'timecard', 'timeclock'] },
  { words: ['booking', 'reservation', 'appointment'] },
  // A booking nobody came to: `NO_SHOW_RETENTION` keeps the "records of missed appointments".
  { words: ['missed', 'noshow', 'show', 'absence', 'absent'] },
  { words: ['receipt', 'expense', 'reimbursement'] },
  { words: ['cookie', 'cookies', 'cooky'] },
  // Staying signed in: a session, a refresh cookie, "remember me" (a consent cookie is not one).
  { words: ['session', 'sign', 'signin', 'login', 'logged', 'refresh', 'remember'] },
  { words: ['backup', 'snapshot'] },
  // Travel documents: a passport, a visa.
  { words: ['passport', 'visa', 'travel'] },
  // Work the user left before sending it: a draft is an unfinished application, form or order.
  { words: ['draft', 'unfinished', 'incomplete', 'uncompleted', 'undecided', 'abandoned', 'unsubmitted', 'pending', 'unconfirmed', 'attempt'] },
  { words: ['application', 'app', 'api', 'server', 'request'], weak: true },
  { words: ['anonymized', 'aggregated', 'anonymous', 'aggregate', 'metric', 'stat', 'statistic', 'insight', 'rollup'] },
  // ("Records of the text alerts we sent you" and `smsLogDays`.)
  { words: ['message', 'email', 'notification', 'sms', 'chat', 'conversation', 'alert'] },
  { words: ['location', 'gps', 'geo', 'position'] },
  { words: ['upload', 'document', 'photo', 'image', 'attachment', 'file'] },
  { words: ['selfie', 'selfy', 'face', 'portrait', 'liveness'] },
  { words: ['recording', 'call', 'voicemail'] },
  { words: ['order', 'purchase'] },
  // What a shopper has put aside without buying yet: a basket is a cart (an order is what it becomes).
  { words: ['cart', 'basket', 'bag', 'trolley'] },
  { words: ['analytics', 'tracking', 'usage'] },
  { words: ['marketing', 'newsletter', 'campaign', 'lead'] },
  { words: ['candidate', 'applicant', 'resume', 'cv'] },
  // The outcome a record is kept by: unsuccessful applications, rejected candidates.
  { words: ['rejected', 'unsuccessful', 'declined', 'rejection'] },
  { words: ['hired', 'successful', 'accepted'] },
  { words: ['employee', 'staff', 'hr', 'payroll'] },
  // A Social Security number as code abbreviates it (`ssnAccessLogDays`).
  { words: ['ssn', 'social'] },
  { words: ['health', 'medical', 'patient'] },
  { words: ['history'], weak: true },
  // What a deletion setting is about: "your account after you ask us to delete it" and `DELETION_GRACE_DAYS`.
  { words: ['delete', 'deletion', 'deleted', 'erase', 'erasure', 'removal', 'cancellation', 'cancelled', 'canceled'], weak: true },
];

const GROUP_OF = new Map<string, number[]>();
GROUPS.forEach((g, i) => {
  for (const w of g.words) GROUP_OF.set(w, [...(GROUP_OF.get(w) ?? []), i]);
});

type Key = number | string;

/** Plurals in "-os" of nouns in "-o" that name records ("photos", "videos", "memos"), which `singular` leaves alone. */
const PLURAL_OS = /(?:photo|video|logo|memo|todo|repo|demo|promo|audio|radio|portfolio|scenario)s$/;

/**
 * The groups a word belongs to (a receipt is a billing record and an expense's proof; a conversation is a support
 * thread and a chat), else the word itself: plural and singular name one group (`selfies`, `selfie`, the policy's `selfy`).
 */
function keysOf(token: string): Key[] {
  // ("Walk photos" and `PHOTO_RETENTION_DAYS`: a plural in "-os" of a noun in "-o" is that noun.)
  const one = PLURAL_OS.test(token) ? token.slice(0, -1) : singular(token);
  // "awarded" and "award", "archived" and "archive", "unsubscribed" and "unsubscribe": a participle names what its
  // verb's noun does.
  const stem = one.length > 4 && one.endsWith('ed') ? one.slice(0, -2) : one.length > 4 && one.endsWith('e') ? one.slice(0, -1) : one;
  return GROUP_OF.get(token) ?? GROUP_OF.get(one) ?? [stem !== token ? stem : token];
}

const keySet = (tokens: string[]) => new Set<Key>(tokens.flatMap(keysOf));
/** The first of a context word's groups that the subject names. */
const sharedKey = (token: string, subject: Set<Key>) => keysOf(token).find((k) => subject.has(k));

/**
 * How strongly a retention setting's context matches a policy subject:
 * the weights of the groups both name; 0 unless a non-weak group matches.
 */
export function subjectScore(subjectTokens: string[], context0: ContextToken[]): number {
  const context = withCompounds(subjectTokens, context0);
  const subjectGroups = keySet(subjectTokens);
  const exact = new Set(subjectTokens);
  const best = new Map<Key, number>();
  for (const c of context) {
    const g = sharedKey(c.token, subjectGroups);
    // The policy's own word counts a little more than a synonym of it.
    if (g !== undefined) best.set(g, Math.max(best.get(g) ?? 0, c.weight + (exact.has(c.token) ? 0.25 : 0)));
  }
  let score = 0;
  let strong = false;
  for (const [g, w] of best) {
    const weak = typeof g === 'number' && GROUPS[g].weak;
    score += weak ? w / 2 : w;
    // A weak word counts when it names the setting or the records deleted (`db.delete(entries)`), not only the folder.
    if (!weak || w >= 2) strong = true;
  }
  // Folder names alone (weight ½) are too weak to say whose data a setting keeps.
  return strong && score >= 1 ? score : 0;
}

/**
 * Whether the context names the head of a subject: "questionnaire answers" of "Questionnaire answers when no donation
 * took place (cancelled, missed …)", whose qualifier words say which answers.
 */
export function headNamed(headTokens: string[], context0: ContextToken[]): boolean {
  const context = withCompounds(headTokens, context0);
  const named = keySet(context.filter((c) => c.weight >= 1).map((c) => c.token));
  return headTokens.some((t) => keysOf(t).some((k) => named.has(k)));
}

/** The share of a subject's words (by group) that the context names: 1 when "Photos" meets `reportPhotos`. */
export function subjectCoverage(subjectTokens: string[], context0: ContextToken[]): number {
  const context = withCompounds(subjectTokens, context0);
  // One share per distinct word of the subject, counted by its groups ("support tickets" is one).
  const units = new Map<string, Key[]>();
  for (const keys of subjectTokens.map(keysOf)) units.set(keys.join(' '), keys);
  const named = keySet(context.map((c) => c.token));
  let hit = 0;
  for (const keys of units.values()) if (keys.some((k) => named.has(k))) hit++;
  return units.size ? hit / units.size : 0;
}

/** The context words that matched a subject (for explanations). */
export function matchedWords(subjectTokens: string[], context0: ContextToken[]): string[] {
  const context = withCompounds(subjectTokens, context0);
  const subjectGroups = keySet(subjectTokens);
  return context.filter((c) => sharedKey(c.token, subjectGroups) !== undefined).map((c) => c.token);
}

/** Whether a setting's names say it keeps records about people (not caches, tokens or builds). */
export function aboutPeople(context: ContextToken[]): boolean {
  const people = new Set(['account', 'user', 'profile', 'member', 'customer', 'subscriber', 'person', 'people', 'patient', 'employee', 'candidate', 'applicant', 'contact', 'lead', 'message', 'email', 'chat', 'log', 'event', 'audit', 'session', 'ticket', 'order', 'booking', 'checkin', 'location', 'upload', 'document', 'recording']);
  // Aggregates (insights, metrics, statistics) are about usage, not about a person.
  if (context.some((c) => c.weight >= 2 && AGGREGATES.has(c.token))) return false;
  return context.some((c) => c.weight >= 1 && people.has(c.token));
}

const AGGREGATES = new Set(['insight', 'metric', 'stat', 'statistic', 'aggregate', 'aggregated', 'rollup', 'summary']);

/**
 * The context with a closed compound split into the two words a subject writes apart: `WAITLIST_RETENTION_MONTHS` names
 * "waiting list" records, `signupForm` a "sign up" form.
 */
function withCompounds(subjectTokens: string[], context: ContextToken[]): ContextToken[] {
  if (subjectTokens.length < 2) return context;
  const pairs = new Map<string, [string, string]>();
  for (let i = 0; i + 1 < subjectTokens.length; i++) {
    const [a, b] = [subjectTokens[i], subjectTokens[i + 1]];
    for (const x of [a, a.replace(/ing$/, ''), a.replace(/s$/, '')]) if (x.length >= 3) pairs.set(x + b, [a, b]);
  }
  const extra: ContextToken[] = [];
  for (const c of context) {
    const p = pairs.get(c.token) ?? pairs.get(c.token.replace(/s$/, ''));
    if (p) extra.push({ ...c, token: p[0] }, { ...c, token: p[1] });
  }
  return extra.length ? [...context, ...extra] : context;
}
