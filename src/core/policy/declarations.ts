import { matchRecipients, type RecipientKind } from '../catalog';
import { findDurations } from '../duration';
import { matchPhrases, splitWords } from '../taxonomy';
import type { Clause, Declaration, ProhibitDecl, ShareDecl } from './model';

type Section = 'collect' | 'share' | 'retain' | 'security' | 'other';

/** What a section is about, from its heading path (innermost heading wins). */
export function sectionOf(headingPath: string[]): Section {
  for (let i = headingPath.length - 1; i >= 0; i--) {
    const h = headingPath[i].toLowerCase();
    if (/retention|retain|how long|keep (it|your|data)|storage period|deletion of/.test(h)) return 'retain';
    if (/third|shar|recipient|service provider|processor|partner|disclos|who receives|vendor|transfer|who we/.test(h)) return 'share';
    if (/collect|information we|data we|what we|personal (data|information)|categories of|we gather/.test(h)) return 'collect';
    if (/secur|protect/.test(h)) return 'security';
    if (/rights|cookie|contact|change|use|purpose|legal|children|update/.test(h)) return 'other';
  }
  return 'other';
}

const NEGATION = /\b(?:do not|don't|does not|doesn't|never|will not|won't|shall not|are not|is not|not)\b/gi;
const COLLECT_VERB = /\b(collect(?:s|ed|ing)?|gather(?:s|ed)?|obtain(?:s|ed)?|receive(?:s|d)?|record(?:s|ed)?|store(?:s|d)?|keep|retain|process(?:es|ed)?|ask (?:you )?for|you (?:provide|give|enter|submit|upload)|provided by you|use|track)\b/i;
const SHARE_VERB = /\b(shar(?:e|es|ed|ing)|disclos(?:e|es|ed)|transfer(?:s|red)?|sell|sold|rent|trade|send(?:s)?|sent|provide(?:s|d)? to|give|pass(?:es|ed)? (?:on )?to|receive(?:s|d)?|process(?:es|ed)?|processed (?:securely )?(?:through|by)|host(?:s|ed)?|powered by|use|uses|using|transmit(?:s|ted)?|make available|lease|license)\b/i;
const SALE = /\b(sell|sold|rent|trade|lease|monetiz)/i;
const MARKETING = /\b(marketing|advertis|ads\b|retarget)/i;
const RETAIN_VERB = /\b(retain(?:s|ed)?|kept|keep(?:s)?|store(?:s|d)?|held|hold|delete(?:s|d)?|erase(?:s|d)?|purge(?:s|d)?|remove(?:s|d)?|preserve(?:s|d)?|archive(?:s|d)?|destroy(?:s|ed)?)\b/i;
const CONDITIONS: [RegExp, string][] = [
  [/\banonymi[sz]ed?\b/i, 'anonymized'],
  [/\baggregated?\b/i, 'aggregated'],
  [/\bpseudonymi[sz]ed?\b/i, 'pseudonymized'],
  [/\bde-?identified\b/i, 'anonymized'],
];
/** Phrases meaning "any personal data" — they scope prohibitions, never declare a collection. */
const GENERIC_DATA = /\b(personal (?:data|information)|your (?:data|information)|user data|any data|data about you|information about you)\b/i;
const SUBJECT_STOP = new Set(['data', 'information', 'your', 'our', 'the', 'all', 'any', 'of', 'and', 'for', 'by', 'default', 'personal', 'record', 'a', 'an', 'with', 'no', 'we', 'is', 'are', 'will', 'be', 'may', 'in', 'on', 'to', 'from', 'that', 'this', 'which', 'it', 'or', 'after', 'until', 'up', 'at', 'least', 'most', 'only', 'other', 'such', 'as', 'their', 'its', 'these', 'those', 'us', 'you']);

/**
 * Whether positive text names a vendor the catalog may not know: a capitalised word inside a sentence
 * ("hosted by Fly", "via Checkr"), or a sentence that starts with a name and a verb ("Checkr runs …").
 */
function namesUnknownVendor(text: string): boolean {
  if (/[a-z,]\s+(?!I\b)[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*/.test(text)) return true;
  return /(^|[.!?]\s+)[A-Z][A-Za-z0-9]+\s+(runs|processes|receives|provides|hosts|sends|helps|handles|stores|delivers|powers|manages|performs|verifies|supports)\b/.test(text);
}

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"“(])|;\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "Account Information: Name, email…" → label "Account Information". */
export function splitLabel(text: string): { label?: string; body: string } {
  const m = /^([^:.;]{1,60}):\s+(.*)$/s.exec(text);
  if (m && m[1].trim().split(/\s+/).length <= 6) return { label: m[1].trim(), body: m[2] };
  return { body: text };
}

function categoriesIn(text: string): string[] {
  const ids: string[] = [];
  for (const m of matchPhrases(splitWords(text))) for (const id of m.ids) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** Splits a sentence at each negation: the first part is positive, each later part is negated. */
function negationSegments(sentence: string): { positive: string; negated: string[] } {
  const idx: number[] = [];
  for (let m; (m = NEGATION.exec(sentence)); ) idx.push(m.index);
  NEGATION.lastIndex = 0;
  if (!idx.length) return { positive: sentence, negated: [] };
  const negated: string[] = [];
  for (let i = 0; i < idx.length; i++) negated.push(sentence.slice(idx[i], idx[i + 1] ?? sentence.length));
  // "We do not collect X, and we do not use Y": merge a negation with no verb into the next.
  return { positive: sentence.slice(0, idx[0]), negated };
}

function subjectOf(label: string | undefined, sentence: string, verbIndex: number): string {
  if (label) return label;
  return sentence.slice(0, verbIndex).replace(/\b(is|are|will be|may be|can be|shall be|get|gets)\s*$/i, '').trim();
}

function subjectTokens(subject: string): string[] {
  return splitWords(subject).filter((w) => !SUBJECT_STOP.has(w) && !/^\d+$/.test(w) && !/^(day|week|month|year|hour)$/.test(w));
}

/** Reads every statement of one clause. */
export function declarationsOf(clause: Clause): Declaration[] {
  const out: Declaration[] = [];
  const section = sectionOf(clause.headingPath);
  const { label, body } = splitLabel(clause.text);
  const sentences = splitSentences(body);

  // Recipients named anywhere in the clause (positively) scope the whole clause.
  const services = new Set<string>();
  const kinds = new Set<RecipientKind>();
  const sharedCategories: string[] = [];
  let shareVerb = section === 'share';
  const conditions = new Set<string>();
  const positives: string[] = [];
  for (const s of [label ?? '', ...sentences]) {
    if (!s) continue;
    const { positive } = negationSegments(s);
    positives.push(positive);
    for (const r of matchRecipients(splitWords(positive), positive)) {
      if (r.service) services.add(r.service.id);
      else if (r.kind) kinds.add(r.kind);
    }
    if (SHARE_VERB.test(positive)) shareVerb = true;
    for (const [re, c] of CONDITIONS) if (re.test(s) && !/\bnot\b[^.]*\b(anonymi|aggregat)/i.test(s)) conditions.add(c);
    // A vendor row of a sub-processor table ("Sentry: Error monitoring; IP address, user ID") lists what it receives.
    const vendorRow = section === 'share' && !!label && s !== label && matchRecipients(splitWords(label), label).some((r) => r.service);
    // What a recipient receives: "X receives your name…", "…which may include your user ID", "we share your email with X".
    const receives = /\b(receives?|received|includes?|including|access(?:es)?|gets?)\b/i.test(positive) || /\b(share|send|disclose|transfer|provide|pass)\w*\b[^.]*\b(with|to)\b/i.test(positive);
    if ((services.size || kinds.size) && (vendorRow || receives)) {
      for (const id of categoriesIn(positive)) if (!sharedCategories.includes(id)) sharedCategories.push(id);
    }
  }

  // Collection.
  const collected = new Set<string>();
  if (label && section === 'collect') for (const id of categoriesIn(label)) collected.add(id);
  for (const s of sentences) {
    const { positive } = negationSegments(s);
    if (section === 'collect' || COLLECT_VERB.test(positive)) {
      if (section === 'other' && !COLLECT_VERB.test(positive)) continue;
      for (const id of categoriesIn(positive.replace(GENERIC_DATA, ' '))) collected.add(id);
    }
  }
  for (const id of sharedCategories) collected.add(id);
  if (collected.size && (section === 'collect' || section === 'share' || sentences.some((s) => COLLECT_VERB.test(negationSegments(s).positive)))) {
    out.push({ type: 'collect', clause: clause.id, categories: [...collected], text: clause.text });
  }

  // Sharing.
  if ((services.size || kinds.size) && shareVerb && section !== 'other' && section !== 'retain') {
    const decl: ShareDecl = {
      type: 'share',
      clause: clause.id,
      kinds: services.size ? [] : [...kinds],
      services: [...services],
      categories: sharedCategories,
      conditions: [...conditions],
      text: clause.text,
    };
    out.push(decl);
  } else if (section === 'share' && namesUnknownVendor([label ?? '', ...positives].filter(Boolean).join(' '))) {
    // A vendor the catalog does not know ("Checkr runs background checks"): kept so its host can match the name.
    out.push({ type: 'share', clause: clause.id, kinds: [], services: [], categories: sharedCategories, conditions: [...conditions], text: clause.text });
  } else if (
    (services.size || kinds.size) &&
    shareVerb &&
    section === 'other' &&
    (/\b(share|disclose|transfer|provide[sd]? to|processed (?:securely )?(?:through|by)|hosted (?:on|by))\b/i.test(positives.join(' ')) ||
      // "We use Google Analytics to …" in a cookie or purposes section names a recipient.
      (services.size > 0 && /\b(use|uses|using|rely on|work with|partner with|powered by)\b/i.test(positives.join(' '))))
  ) {
    out.push({ type: 'share', clause: clause.id, kinds: services.size ? [] : [...kinds], services: [...services], categories: sharedCategories, conditions: [...conditions], text: clause.text });
  }

  // Prohibitions.
  for (const s of sentences) {
    for (const seg of negationSegments(s).negated) {
      const p = prohibitionOf(seg, clause.id, [...services]);
      if (p) out.push(p);
    }
  }

  // Retention.
  for (const s of sentences) {
    const durations = findDurations(s);
    if (!durations.length) continue;
    const verb = RETAIN_VERB.exec(s);
    if (!verb && !(section === 'retain' && label)) continue;
    if (!verb && section !== 'retain') continue;
    if (section !== 'retain' && !/\b(retain|kept|keep|delete|erase|purge|store)/i.test(s)) continue;
    const subject = subjectOf(label, s, verb ? verb.index : 0);
    const tokens = subjectTokens(subject);
    // "We keep personal data for no longer than 2 years": a ceiling for any data with no statement of its own.
    if (!tokens.length && !GENERIC_DATA.test(s) && !/\b(we|all)\b[^.]*\b(data|information)\b/i.test(s)) continue;
    // The period that counts: the longest one stated (a reader gives the code the benefit of the doubt).
    const best = durations.reduce((a, b) => (b.days > a.days ? b : a));
    const after = /\bafter ([a-z]+(?:\s[a-z]+){0,4}?)(?=\s+(?:for|to|in order|by|unless|so)\b|[.,;]|\s*$)/i.exec(s.slice(best.index));
    out.push({ type: 'retain', clause: clause.id, subject: tokens.length ? subject : 'personal data (any)', subjectTokens: tokens, days: best.days, basis: after ? `after ${after[1].trim()}` : undefined, text: s });
  }

  // Security claims.
  const tls = /\bTLS\s*v?(\d(?:\.\d)?)/i.exec(clause.text);
  if (tls) out.push({ type: 'security', clause: clause.id, claim: 'tls_version', value: tls[1], text: tls[0] });
  const rest = /\bat rest\b[^.]*?\b(AES[- ]?\d{3}|encrypt\w*)/i.exec(clause.text) ?? /\b(AES[- ]?\d{3})\b[^.]*\bat rest\b/i.exec(clause.text);
  if (rest) out.push({ type: 'security', claim: 'encryption_at_rest', clause: clause.id, value: rest[1], text: rest[0] });

  return out;
}

const PROHIBIT_SHARE = /\b(shar(?:e|ed|ing)|disclose|transfer|sell|rent|trade|send|provide|give|pass|lease|license|transmit|make available|receive|get|see|access)\b/i;
const PROHIBIT_COLLECT = /\b(collect|gather|obtain|store|keep|retain|record|use|process|ask|request|track|save)\b/i;

/** "We do not share … except as described", "… without your consent": a rule with exceptions, not a ban. */
const EXCEPTION = /\b(except|unless|other than|apart from|without your (?:consent|permission)|as described|as set out|as outlined|outside of)\b/i;

function prohibitionOf(segment: string, clause: string, clauseServices: string[]): ProhibitDecl | null {
  if (EXCEPTION.test(segment)) return null;
  const shareM = PROHIBIT_SHARE.exec(segment);
  const collectM = PROHIBIT_COLLECT.exec(segment);
  if (!shareM && !collectM) return null;
  const action: 'collect' | 'share' = shareM && (!collectM || shareM.index <= collectM.index) ? 'share' : 'collect';
  let categories = categoriesIn(segment.replace(GENERIC_DATA, ' '));
  if (!categories.length && GENERIC_DATA.test(segment)) categories = ['user'];
  const purposes: string[] = [];
  const kinds: RecipientKind[] = [];
  if (SALE.test(segment)) {
    purposes.push('sale');
    kinds.push('advertising');
  }
  if (MARKETING.test(segment)) {
    purposes.push('marketing');
    for (const k of ['advertising', 'marketing'] as const) if (!kinds.includes(k)) kinds.push(k);
  }
  // Recipients named inside the negation: "we never share your data with advertisers or data brokers".
  const named: string[] = [];
  for (const r of matchRecipients(splitWords(segment), segment)) {
    if (r.service) named.push(r.service.id);
    else if (r.kind && !kinds.includes(r.kind)) kinds.push(r.kind);
  }
  if (!categories.length) {
    if (action === 'share' && (purposes.length || kinds.length || named.length)) categories = ['user'];
    else return null;
  }
  if (action === 'share' && named.length) return { type: 'prohibit', clause, action, categories, kinds, services: named, purposes, text: tidy(segment) };
  // "Mixpanel …: we do not send your name" rules out that recipient only.
  const services = action === 'share' && !purposes.length ? clauseServices : [];
  return { type: 'prohibit', clause, action, categories, kinds, services, purposes, text: tidy(segment) };
}

function tidy(segment: string): string {
  return segment.trim().replace(/[\s,;]*(?:\b(?:and|but|or)\b)?\s*(?:\b(?:we|you|they)\b)?[\s,;]*$/i, '');
}
