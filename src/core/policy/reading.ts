import { matchRecipients, type RecipientKind, escapeRe, serviceById, vendorNamePattern } from '../catalog';
import { findDurations } from '../duration';
import { matchPhrases } from '../taxonomy';
import {
  type Action,
  AUXILIARIES,
  CONDITION_MARKERS,
  DATA_CONDITIONS,
  FIRST_PARTY,
  GENERIC_DATA,
  GENERIC_RECIPIENTS,
  NEGATED_AUX,
  ORGANISATION_WORD,
  NOT_OURS,
  PRODUCT_NOUNS,
  PURPOSE_MARKERS,
  RECIPIENT_AFTER_PREPOSITION,
  TRACKING_KIND,
  TRADE_VERBS,
  VERBS,
} from './lexicon';
import { type Tok, tokenize } from './sentences';
import { table } from '../text';

/** How something is asked for or sent: "via email", "by phone", "over the phone", "by text message". */
const CHANNEL = /\b(?:via|by|over|through)\s+(?:the\s+)?(e-?mail|phone|telephone|text(?:\s+message)?|sms)\b/i;

/** "we work with", "we partner with": the vendors after it are used. */
const WORK_WITH = /\b((?:we|i)(?:\s+(?:also|may|might|currently|only))?)\s+(?:work|partner|collaborate|team up)\s+with\b/i;

/** People who may be a sentence's subject ("the recipient", "the sender"): not a part of the product. */
const PERSON_SUBJECT = /^(?:recipients?|senders?|users?|members?|customers?|clients?|owners?|employees?|staff|couriers?|drivers?|partners?|parents?|guardians?|children|child|students?|teachers?|patients?|hosts?|guests?|buyers?|sellers?|merchants?|people|person|individuals?|visitors?|admins?|administrators?|organi[sz]ers?|participants?|authors?|creators?)$/;

/** The person's phone as a place: "leaves your phone", "on the user's mobile phone". */
const DEVICE_PLACE = /\b(?:leaves?|leaving|left|on|from|in|off|onto|to|within)\s+(?:your|the user['’]?s?|their|a user['’]s)\s+(?:own\s+)?(?:mobile\s+)?(?:phone|mobile)\b(?!\s+numbers?)/i;

/** "We never see or store …", "We never see, store, or handle …": a subject, a negation, a verb, a few words, "or"/"and", and another verb. */
const NEGATED_UNKNOWN_VERB = new RegExp(`^(\\s*(?:we|i|(?:the|our|this)\\s+(?:${NOT_OURS}[a-z-]+\\s+)?(?:${PRODUCT_NOUNS})|[A-Z][\\w.-]*)\\s+(?:do not|don['’]t|never|will never|does not|doesn['’]t|will not|won['’]t)(?:\\s+ever)?)\\s+([a-z]+)((?:\\s+[\\w-]+){0,3}?)(?:\\s+(?:or|nor|and)\\s+|\\s*,\\s*(?:(?:or|nor|and)\\s+)?)([a-z]+)\\b`, 'i');

/** Whether a passive verb of the reader's follows token `i` in its chunk ("… is not sent", "… are never shared"). */
function passiveAfter(toks: Tok[], i: number): boolean {
  for (let k = i + 1; k < toks.length; k++) {
    if (toks[k].chunk !== toks[i].chunk || !/^(?:is|are|was|were)$/.test(toks[k].raw)) continue;
    const verb = toks.slice(k + 1).find((y) => !/^(?:not|never|ever|also|only|then|always|automatically)$/.test(y.raw))?.raw ?? '';
    if (VERBS.has(verb) && /(?:ed|en|sent|sold|shared|kept|held|told|made|given|shown|seen)$/.test(verb)) return true;
  }
  return false;
}

/** "We neither rent nor sell …", "Acme neither stores nor shares …". */
const NEITHER_NOR = /\b(we|i|it|they|[A-Z][\w.-]*)\s+neither\s+([a-z]+)\s+nor\s+([a-z]+)\b/;
/** "No data sent to …", "No personal information collected": a list item that drops the "is" of its passive. */
const NO_DATA_PARTICIPLE = /^(\s*no\s+(?:[\w-]+\s+){0,3}?(?:data|information|details|content|files?))\s+(?=(?:sent|shared|transmitted|uploaded|collected|stored|logged|saved|sold|kept|tracked)\b)/i;
/** "No advertising networks receive your data", "No third parties ever see your messages". */
const NO_RECIPIENTS_RECEIVE = /^\s*no\s+((?:[\w-]+\s+){0,3}?(?:networks?|partners?|providers?|compan(?:y|ies)|parties|advertisers?|vendors?|brokers?))\s+(?:ever\s+)?(?:receives?|sees?)\s+((?:your|any|the|users?['’]?|personal|data|information)\b.+?)\s*\.?\s*$/i;

/** "We never see or store full card numbers" as "We never store full card numbers"; undefined when the first verb is known. */
function knownVerbAfterUnknown(raw: string): string | undefined {
  const m = NEGATED_UNKNOWN_VERB.exec(raw);
  if (!m) return undefined;
  const [, subject, first, between, second] = m;
  // (Not an adverb — "We do not knowingly collect or store …" — nor a known verb anywhere before the second.)
  const known = (w: string) => VERBS.has(w) || TRADE_VERBS.has(w);
  if (/ly$/i.test(first) || known(first.toLowerCase()) || AUXILIARIES.has(first.toLowerCase()) || between.toLowerCase().split(/\s+/).some(known) || !VERBS.has(second.toLowerCase())) return undefined;
  return `${subject} ${raw.slice(m.index + m[0].length - second.length)}`;
}

/** A sentence that opens with the servers data is kept on, then "we store …". */
/**
 * "Do Not Sell or Share My Personal Information": the name of the opt-out link or of the e-mail subject line a US policy
 * asks for, not a promise (its words are blanked, keeping every offset).
 */
const OPT_OUT_LINK = /["“]?\bDo Not (?:Sell|Share)(?:(?: or | and |\/| & )(?:Sell|Share))? My (?:Personal |Private )?(?:Information|Info|Data)\b\.?["”]?/g;

/** "<Vendor> is the only place (where) we store …": where we keep the data, said as what the vendor is. */
const PLACE_WE_STORE = /^\s*([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}|[Ii]t|[Tt]his|[Tt]hat)\s*(?:is|['’]s)\s+(?:the\s+)?(?:only\s+|sole\s+|one\s+)?place\s+(?:where\s+|that\s+)?(we|i)(?:['’]re|\s+are)?\s+((?:stor|keep|hold|sav|process)\w*\b[^;]*?)\s*\.?\s*$/;
const FRONTED_PLACE = /^\s*((?:on|in|at)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:servers?|infrastructure|data cent(?:er|re)s?)\b[^,.;]{0,60}?),?\s+(we|i)\s+((?:store|keep|host|save|hold|process)\b[^;]*?)\s*\.?\s*$/i;

/** Who a statement's subject is. */
export type ActorType = 'we' | 'vendor' | 'kind' | 'user' | 'data' | 'none';

/** How long, when a statement says: days, or a period without a number. */
export interface Duration {
  days?: number;
  period?: 'account lifetime' | 'until deleted' | 'as long as necessary' | 'indefinitely';
  basis?: string;
  text: string;
}

export interface Parties {
  /** Catalog service ids. */
  services: string[];
  /** Recipient kinds (catalog kinds, or service_provider, third_party, legal_authority, acquirer, affiliate, business_partner, other_users). */
  kinds: string[];
  /** Capitalised names the catalog does not know ("Checkr"). */
  names: string[];
}

/** The structure of one clause of a sentence: who does what to which data, for whom, under which conditions. */
export interface Reading {
  text: string;
  actor: ActorType;
  /** The actor's identity when it is a vendor or a kind of recipient. */
  actorParties: Parties;
  action: Action | null;
  verb?: string;
  passive: boolean;
  /** The verb is what we allow or prevent someone else doing ("we prevent Sentry from storing …"). */
  controlled?: boolean;
  negated: boolean;
  /** Category ids; `user` for personal data as a whole. */
  objects: string[];
  /** Categories named before the verb (a passive subject: "Your email is shared …"). */
  subjectObjects: string[];
  recipient: Parties;
  /** Where data comes from ("we receive … from Stripe"). */
  source: Parties;
  purposes: string[];
  conditions: string[];
  /** anonymized, aggregated, pseudonymized, hashed. */
  dataConditions: string[];
  durations: { days: number; text: string; index: number }[];
  period?: Duration['period'];
  /** Whose data the statement is about, when it says ("website visitors", "for example.com visitors"). */
  scope?: string;
  /** 0..1: how sure the reading is (explicit subject, verb and object). */
  confidence: number;
}

const SUBORDINATORS = new Set(['when', 'whenever', 'if', 'after', 'before', 'once', 'as', 'while', 'because', 'since', 'by', 'for', 'in', 'to', 'during', 'upon', 'where', 'although', 'though', 'unless', 'except', 'with', 'from', 'at', 'on', 'depending', 'subject', 'through', 'like', 'similar', 'additionally', 'also', 'furthermore', 'moreover', 'however', 'finally', 'specifically', 'generally', 'note', 'please',
  // ("Out of respect for the community, this website does not use …", "Due to the nature of the service, we …")
  'out', 'due', 'consistent', 'given', 'per', 'under', 'following', 'within', 'outside', 'regarding', 'beyond']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'getting']);
const IRREGULAR_PARTICIPLES = new Set(['sold', 'kept', 'held', 'sent', 'given', 'got', 'read', 'rented', 'shown', 'set', 'put', 'run']);
/** Auxiliaries and negations between "so that it" and the verb it governs. */
const SO_THAT_AUX = /^(?:it|they|does|do|did|will|would|can|cannot|could|not|never|t|don|doesn|won|isn|is|are)$/;
/**
 * "We configure it so that it does not receive …", "set up our logs so they never contain …": the index of the control
 * verb ("configure", "set") that governs a verb through "so (that) it", or -1.
 */
function soThatGovernor(toks: { raw: string }[], verb: number, start: number): number {
  let k = verb - 1;
  while (k > start && SO_THAT_AUX.test(toks[k].raw)) k--;
  if (k < start || !/^(?:it|they)$/.test(toks[k + 1]?.raw ?? '')) return -1;
  if (toks[k].raw === 'that') k--;
  if (toks[k]?.raw !== 'so') return -1;
  for (let g = k - 1; g >= Math.max(start, k - 5); g--) if (/^(?:configure|configures|configured|set|sets|instruct|instructs|instructed)$/.test(toks[g].raw)) return g;
  return -1;
}

const CONTROL = new Set(['attempt', 'attempts', 'pledge', 'pledges', 'promise', 'promises', 'commit', 'commits', 'undertake', 'undertakes', 'allow', 'allows', 'permit', 'permits', 'let', 'lets', 'authorize', 'authorizes', 'authorise', 'enable', 'enables', 'require', 'requires', 'instruct', 'instructs', 'configure', 'configures', 'tell', 'tells', 'need', 'needs', 'want', 'wants', 'choose', 'chooses', 'intend', 'intends', 'try', 'tries', 'aim', 'seek', 'seeks', 'ask', 'asks', 'help', 'helps']);
/** Verbs that say a named vendor does its job for the product ("runs", "powers", "handles"). */
const VENDOR_VERBS = new Set(['runs', 'helps', 'handles', 'powers', 'manages', 'performs', 'verifies', 'supports', 'delivers', 'hosts', 'sends', 'provides', 'offers', 'enables', 'lets', 'allows', 'gives', 'serves', 'operates', 'monitors', 'detects', 'tracks', 'analyzes', 'analyses', 'measures', 'counts', 'processes', 'stores', 'receives', 'collects']);
const RECIPIENT_PREPS = new Set(['with', 'to', 'by', 'on', 'through', 'via', 'onto', 'into', 'in', 'at', 'from']);

/** Things another thing is put into: a message or a page, not data about a person. */
/** A participle of a list the lexicon may lack ("grouped"), or its particle ("grouped together"). */
const listedParticiple = (w: string) => w === 'together' || /^[a-z]{3,}ed$/.test(w);
/** A verb's participle: "shared", "sold". */
const participle = (w: string) => w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w);
/** Whether a "not" or "never" stands among the tokens from `from` up to `to`. */
const hasNot = (toks: readonly Tok[], from: number, to: number) => toks.slice(from, to).some((t) => t.raw === 'not' || t.raw === 'never');

const MEDIUM_NOUN = /^(?:e-?mails?|newsletters?|messages?|notifications?|websites?|sites?|pages?|webpages?|apps?|applications?|products?|services?|extensions?)$/;

/** People a "For …" opener says the data is of. */
const PEOPLE_OPENER = /^(?:users|members|customers|visitors|subscribers|accounts|participants|students|employees|buyers|sellers)$/;

/** Nouns a gerund can name a kind of ("publishing events", "processing records"). */
const RECORD_NOUN = /^(?:events?|logs?|records?|history|activity|status|errors?|jobs?|queues?|results?|times?|timestamps?|metrics|statistics|reports?)$/;

/** "first-party" right before a kind ("first-party analytics") or right after it ("analytics, first-party"). */
function firstPartyNear(words: string[], start: number, end: number): boolean {
  const fp = (k: number) => words[k] === 'first' && (words[k + 1] === 'party' || words[k + 1] === 'parties');
  return fp(start - 2) || fp(end) || fp(end + 1);
}

/** Conjunctions that open a clause giving a reason or a contrast, with a subject of its own. */
const REASON_CONJUNCTION = /^(?:because|since|although|though|whereas)$/;

/** Product names the policy uses for itself (its title, its domains): they act as "we", never as a vendor. */
export interface ReaderContext {
  selfNames: Set<string>;
}

function emptyParties(): Parties {
  return { services: [], kinds: [], names: [] };
}

/** Code a product is built from ("third-party libraries", "open source packages"). */
const CODE_NOUN = /^(?:librar(?:y|ie)|package|dependenc(?:y|ie)|component|module|framework|code)s?$/;

/** Recipients named in tokens [from, to): catalog vendors and kinds, generic recipients, unknown capitalised names. */
function partiesIn(_toks: Tok[], words: string[], text: string, from: number, to: number, ctx: ReaderContext, used: boolean[]): Parties {
  const p = emptyParties();
  if (from >= to) return p;
  for (const m of matchRecipients(words.slice(from, to), text)) {
    const s = from + m.start;
    // "used for analytics", "for advertising purposes", "analytics cookies": a purpose, not a recipient.
    let back = s - 1;
    while (back >= 0 && /^(any|our|their|its|the|third|party|other)$/.test(words[back])) back--;
    if (m.kind && !m.service && back >= 0 && words[back] === 'for') continue;
    // "any purpose other than providing analytics insights": a service the product provides, not a recipient.
    if (m.kind && !m.service && back >= 0 && /^(provide|providing|offer|offering|perform|performing|deliver|delivering)$/.test(words[back]) && !/^(provider|partner|vendor|company|service|tool|platform|network)$/.test(words[from + m.end - 1])) continue;
    // "we do not use these to target advertising": a use ruled out, not a recipient. (Said positively — "cookies to
    // serve personalised advertising" — ad networks do receive data.)
    if (m.kind && !m.service && back >= 0 && /^(target|targeted|targeting|serve|serving|show|showing|display|displaying|personali[sz]e|personali[sz]ed|deliver|delivering)$/.test(words[back]) && /\b(?:not|never|no)\b|n['’]t\b/i.test(text)) continue;
    if (m.kind && !m.service && words.slice(Math.max(from, s - 4), s).includes('for') && !words.slice(Math.max(from, s - 4), s).some((w) => w === 'with' || w === 'to')) continue;
    const nextWords = words.slice(from + m.end, from + m.end + 3);
    const PURPOSE_NOUN = /^(cookie|cooky|pixel|tracker|tracking|purpose|identifier|id|data|campaign|email|message|beacon|tag)$/;
    // ("We use first-party analytics", "lft_landing (analytics, first-party)": the product's own measuring, no recipient.)
    if (m.kind && !m.service && firstPartyNear(words, s, from + m.end)) continue;
    // ("SupaBot AI may use …", "Acme Analytics collects …": the kind ends the product's own name.)
    // (Not across punctuation: "to operate Acme (cloud hosting, AI APIs)" lists kinds after the name.)
    if (m.kind && !m.service && s > 0 && _toks[s]?.chunk === _toks[s - 1]?.chunk && endsSelfName(words, s, from + m.end, ctx.selfNames)) continue;
    // "AI models", "LLMs" receive data only after "with", "to", "by" ("shared with AI models"); elsewhere they are
    // trained, used or improved ("to train AI models", "within the AI models").
    // A clause that begins with the kind names it ("AI model and transcription providers" as a list item).
    if (m.kind === 'ai' && !m.service && s > 0 && words.slice(s, from + m.end).some((w) => /^(model|llm|language)$/.test(w))) {
      let b = s - 1;
      while (b >= from && /^(these|the|our|their|its|third|party|external|other|some|certain|such|trusted|selected|generative|various|multiple)$/.test(words[b])) b--;
      if (!(b >= 0 && /^(with|to|by|via|through|into)$/.test(words[b]))) continue;
    }
    // ("your files on your provider", "your cloud storage provider": the user's own account somewhere, not a recipient
    // of the product's.)
    if (m.kind && !m.service && yoursAt(words, s, from)) continue;
    // Not across punctuation: "these AI models: email subject lines" lists what the models receive.
    const sameChunk = from + m.end < _toks.length && _toks[from + m.end].chunk === _toks[from + m.end - 1].chunk;
    if (m.kind && !m.service && sameChunk && (PURPOSE_NOUN.test(nextWords[0] ?? '') || (/^(or|and)$/.test(nextWords[0] ?? '') && PURPOSE_NOUN.test(nextWords[2] ?? '')))) continue;
    // "SMS phone numbers", "CRM contact details": a kind before the data it qualifies.
    if (m.kind && !m.service && sameChunk && matchPhrases(nextWords).some((x) => x.start === 0)) continue;
    // "push notification tokens": the kind's words begin a longer name of data.
    if (m.kind && !m.service && matchPhrases(words.slice(s, Math.min(to, from + m.end + 3))).some((x) => x.start === 0 && x.end > m.end - m.start)) continue;
    // ("health-provider data": the kind's words end a longer name of data that starts before them.)
    if (m.kind && !m.service && endsDataName(words, from, to, s, from + m.end, false)) continue;
    // "collects anonymous usage analytics": the kind's words (more than "analytics") are a name of data, unless a recipient noun follows them
    // ("usage analytics provider"), a vendor does ("usage analytics (Mixpanel)") or they are whom the data goes to
    // ("with a usage analytics service").
    const kindWords = _toks.slice(s, from + m.end).map((t) => t.raw);
    if (m.kind === 'analytics' && !m.service && m.end - m.start >= 2 && matchPhrases(kindWords).some((x) => x.start === 0 && x.end === m.end - m.start && x.ids.length) && !/^(?:providers?|tools?|services?|platforms?|vendors?|partners?|compan(?:y|ies)|software|sdks?|scripts?|networks?)$/.test(nextWords[0] ?? '') && !(s > 0 && /^(?:with|to|by|via|through|into)$/.test(words[s - 1])) && !new RegExp(`\\b${kindWords.join('\\W+')}\\s*\\(`, 'i').test(text)) continue;
    // "stored on our servers, not with OpenAI", "kept in our own database rather than in Airtable": the vendor set
    // against where the data is is where it is not.
    if (m.service && s >= 2 && /^(?:in|with|on|at|to|by|through|via)$/.test(words[s - 1]) && (words[s - 2] === 'not' || (s >= 3 && /^(?:rather than|instead of)$/.test(`${words[s - 3]} ${words[s - 2]}`)))) {
      for (let k = s; k < from + m.end; k++) used[k] = true;
      continue;
    }
    // ("your LinkedIn or portfolio link", "GitHub URL": the vendor names whose link it is, no recipient.)
    if (m.service && sameChunk && (/^(?:link|links|url|urls)$/.test(nextWords[0] ?? '') || (/^(?:or|and)$/.test(nextWords[0] ?? '') && /^(?:link|links|url|urls)$/.test(nextWords[2] ?? '')))) continue;
    // ('operated by Jan Novak (the "Service Provider")': the term the policy defines for whoever runs the product, written
    // with its capitals, is the product, not a kind of recipient; "our service providers" still is one.)
    if (m.kind && !m.service && _toks[s]?.cap && ctx.selfNames.has(words.slice(s, from + m.end).join(' '))) {
      for (let k = s; k < from + m.end; k++) used[k] = true;
      continue;
    }
    // (The product's own hosted edition — "n8n Cloud" in n8n's policy — is not a vendor either.)
    if (m.service && (ctx.selfNames.has(m.service.name.toLowerCase()) || m.service.aliases?.some((a) => ctx.selfNames.has(a.toLowerCase()) && m.service!.name.toLowerCase().startsWith(`${a.toLowerCase()} `)))) continue;
    for (let k = s; k < from + m.end; k++) used[k] = true;
    if (m.service) {
      if (!p.services.includes(m.service.id)) p.services.push(m.service.id);
    } else if (m.kind && !p.kinds.includes(m.kind)) p.kinds.push(m.kind);
  }
  // ('created by Acme (hereby referred to as "Service Provider")': the term the policy defines for itself, written with
  // its capital, is no recipient, nor is any word of it.)
  for (const name of ctx.selfNames) {
    const seq = name.split(' ');
    if (seq.length < 2) continue;
    for (let i = from; i + seq.length <= to; i++) if (_toks[i]?.cap && seq.every((w, k) => words[i + k] === w)) for (let k = 0; k < seq.length; k++) used[i + k] = true;
  }
  for (const [seq, kind] of GENERIC_RECIPIENTS) {
    for (let i = from; i + seq.length <= to; i++) {
      let ok = true;
      for (let k = 0; k < seq.length; k++) if (used[i + k] || words[i + k] !== seq[k]) ok = false;
      if (!ok) continue;
      if (RECIPIENT_AFTER_PREPOSITION.has(seq.join(' ')) && !words.slice(Math.max(from, i - 6), i).some((w) => w === 'with' || w === 'to')) continue;
      if (yoursAt(words, i, from)) continue;
      // "third-party cookies", "partner pixels": whose cookies they are, said by the rule on third-party trackers.
      if (/^(cookie|cooky|pixel|tag|tracker|sdk|beacon|script)$/.test(words[i + seq.length] ?? '')) continue;
      // ("the following third-party libraries:", "third-party open source packages": code the product is built from,
      // which runs inside it, not a party data goes to.)
      if (CODE_NOUN.test(words.slice(i + seq.length, i + seq.length + 3).find((w) => !/^(?:open|source|javascript|js|npm|oss)$/.test(w)) ?? '')) continue;
      // "government identification numbers", "partner account IDs": the word begins a kind of data, not a recipient.
      if (matchPhrases(words.slice(i, Math.min(to, i + 6))).some((x) => x.start === 0 && x.end > seq.length && x.ids.length)) continue;
      // ("health-provider data": the word ends a longer name of data that starts before it.)
      if (endsDataName(words, from, to, i, i + seq.length, true)) continue;
      for (let k = 0; k < seq.length; k++) used[i + k] = true;
      // ("other members of the Acme group of companies" are affiliates, not other people using the product.)
      const corporate = kind === 'other_users' && words[i + seq.length] === 'of' && words.slice(i + seq.length + 1, Math.min(to, i + seq.length + 7)).some((w) => /^(?:group|groups|family|companies|corporate|affiliates?)$/.test(w));
      const k2 = corporate ? 'affiliate' : kind;
      if (!p.kinds.includes(k2)) p.kinds.push(k2);
    }
  }
  return p;
}

/**
 * Whether words [start, end) end a longer name of data that begins up to three words before them ("health-provider
 * data", "email provider data"): then they name no recipient. `withIds`: only a name that maps to categories counts.
 */
function endsDataName(words: string[], from: number, to: number, start: number, end: number, withIds: boolean): boolean {
  if (start <= from) return false;
  const back = Math.max(from, start - 3);
  return matchPhrases(words.slice(back, Math.min(to, end + 2))).some((x) => x.start < start - back && x.end >= end - back && (!withIds || x.ids.length > 0));
}

/**
 * Whether the kind of recipient at `at` is where the user's own data is ("your files on your provider", "stored at your
 * cloud storage provider"). (Not "sent to your model provider": the product sends it there.)
 */
function yoursAt(words: string[], at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 3); k--) {
    // ("your own email provider handles your message": the user's own, wherever it stands.)
    if (words[k] === 'your') return words[k + 1] === 'own' || (k > from && /^(?:on|at|in|from|within|inside)$/.test(words[k - 1]));
    if (!/^[a-z-]+$/.test(words[k]) || /^(?:to|with|by|and|or|of|for|from|the|our|their|its|a|an)$/.test(words[k])) return false;
  }
  return false;
}

/** Names followed by a company form ("Hetzner Online GmbH", "Acme, Inc.") are vendors wherever they stand. */
export function companyNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b([A-Z][A-Za-z0-9&.-]+(?:\s+[A-Z][A-Za-z0-9&.-]+){0,2}),?\s+(?:Inc|Ltd|LLC|LLP|CIC|GmbH|Corp|Corporation|Limited|B\.V|SAS|AB|Oy|AG|Pty|PBC|S\.A|SE|plc)\b\.?/g)) {
    const first = m[1].split(/\s+/)[0].toLowerCase();
    if (!COMMON_CAPS.has(first)) out.push(first);
  }
  return out;
}

/** Capitalised words inside a clause that name no one the reader knows: candidate vendor names. */
function unknownNames(toks: Tok[], from: number, to: number, used: boolean[], ctx: ReaderContext): string[] {
  const out: string[] = [];
  for (let i = Math.max(from, 1); i < to; i++) {
    const t = toks[i];
    if (!t.cap || used[i] || t.raw.length < 3 || COMMON_CAPS.has(t.raw) || ctx.selfNames.has(t.raw) || t.upper || t.code || notAName(toks, i)) continue;
    // ("Dero Foundation will take all necessary steps": the rest of the product's own organisation's name.)
    if (ctx.selfNames.has(toks[i - 1].raw) && ORGANISATION_WORD.test(t.raw)) continue;
    // ("This Log Data may include …", "Usage Data": a capitalised name of data, not a company.)
    // ("including but not limited to Email, Name, UserID": a capitalised data word in a list of data.)
    const dataWord = (k: number) => !!toks[k]?.cap && matchPhrases([toks[k].word]).length > 0;
    if (/^(?:data|information|info|details)$/.test(toks[i + 1]?.raw ?? '') || matchPhrases(toks.slice(i, i + 4).map((x) => x.word)).some((x) => x.start === 0 && x.end > 1) || (dataWord(i) && (dataWord(i + 1) || dataWord(i - 1)))) continue;
    out.push(t.raw);
  }
  return out;
}

/** The product by what it is ("The Add-on uses …", "Application runs …"), or an adverb or a gerund that opens a line or follows its label ("System logs: Automatically purged", "Running processes and services"): capitalised, but no one's name. ("Grammarly" inside a sentence stays a name.) */
const PRODUCT_WORD = new RegExp(`^(?:${PRODUCT_NOUNS})$`);
function notAName(toks: Tok[], i: number): boolean {
  const t = toks[i];
  // ("… remain in "Recently deleted" for seven days": an everyday adverb in a label; "Account access: Revoke Acme's access
  // …": an instruction after a label.)
  return PRODUCT_WORD.test(t.raw) || (/^(?:add|plug)$/.test(t.raw) && /^(?:on|ons|in|ins)$/.test(toks[i + 1]?.raw ?? '') && toks[i + 1].chunk === t.chunk) || ((i === 0 || !!t.colon) && (/^[a-z]{4,}ly$/.test(t.raw) || /^[a-z]{3,}ing$/.test(t.raw))) || EVERYDAY_ADVERB.test(t.raw) || ((i === 0 || !!t.colon) && (IMPERATIVE_LEAD.test(t.raw) || /^(?:revoke|withdraw|review|manage|update|export|download|disconnect|unlink)$/.test(t.raw)));
}

/** Adverbs that open a label or a folder's name ("Recently deleted", "Currently playing"). */
const EVERYDAY_ADVERB = /^(?:recently|currently|previously|permanently|temporarily|automatically|securely|directly|usually|generally|optionally|manually|locally|frequently|rarely)$/;

/** What a vendor supplies to run on the product's pages ("pixels from Facebook", "fonts from Google"). */
const VENDOR_TOOL = /^(?:pixels?|sdks?|scripts?|tags?|widgets?|plugins?|libraries|library|trackers?|buttons?|fonts?|embeds?)$/;

const COMMON_CAPS = new Set(['csv', 'pdf', 'json', 'xml', 'xlsx', 'ofx', 'qif', 'jpeg', 'png', 'html', 'sql', 'rss', 'ics', 'dnt', 'art', 'para', 'lit', 'gpc', 'sso', 'mfa', 'otp', 'saml', 'oauth', 'vpn', 'pii', 'personally', 'identifiable', 'sensitive', 'confidential', 'we', 'our', 'you', 'your', 'the', 'this', 'these', 'privacy', 'policy', 'notice', 'statement', 'service', 'services', 'terms', 'personal', 'data', 'information', 'european', 'union', 'eu', 'eea', 'uk', 'united', 'states', 'kingdom', 'california', 'gdpr', 'ccpa', 'cpra', 'us', 'usa', 'america', 'americas', 'canada', 'australia', 'germany', 'france', 'ireland', 'switzerland', 'app', 'website', 'site', 'platform', 'api', 'sdk', 'ip', 'id', 'url', 'ssl', 'tls', 'https', 'http', 'aws', 'cookie', 'cookies', 'account', 'settings', 'section', 'article', 'regulation', 'act', 'shield', 'framework', 'standard', 'contractual', 'clauses', 'scc', 'sccs', 'dpa', 'agreement', 'controller', 'processor', 'officer', 'dpo', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'sunday', 'alabama', 'alaska', 'arizona', 'arkansas', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'hampshire', 'jersey', 'mexico', 'york', 'carolina', 'dakota', 'ohio', 'oklahoma', 'pennsylvania', 'rhode', 'tennessee', 'texas', 'utah', 'vermont', 'washington', 'wisconsin', 'wyoming', 'revised', 'statutes', 'chapter', 'code', 'inc', 'ltd', 'llc', 'corporation', 'limited', 'gmbh', 'ag', 'sa', 'bv', 'oy', 'ab', 'pty', 'corp', 'company', 'user', 'users', 'customer', 'customers', 'visitor', 'visitors', 'content', 'soc', 'type', 'ii', 'iso', 'additional', 'desktop', 'phone', 'phones', 'tablet', 'tablets', 'computer', 'computers', 'laptop', 'laptops', 'how', 'ids', 'mobile', 'web', 'internet', 'online', 'other', 'social', 'newsletter', 'smart', 'new', 'required', 'common', 'usage', 'subject', 'essential', 'functional', 'necessary', 'performance', 'targeting', 'strictly', 'window', 'tab', 'home', 'settings', 'help', 'support', 'center', 'centre', 'dashboard', 'console', 'studio', 'cloud', 'pro', 'plus', 'premium', 'enterprise', 'team', 'teams', 'free', 'basic', 'standard', 'europe', 'asia', 'africa', 'finland', 'netherlands', 'japan', 'india', 'brazil', 'singapore', 'frankfurt', 'virginia', 'oregon', 'london', 'paris', 'dublin', 'amsterdam', 'sydney', 'melbourne', 'tokyo', 'osaka', 'berlin', 'munich', 'nuremberg', 'falkenstein', 'hamburg', 'toronto', 'montreal', 'vancouver', 'seoul', 'mumbai', 'bangalore', 'zurich', 'geneva', 'stockholm', 'helsinki', 'oslo', 'copenhagen', 'vienna', 'brussels', 'lisbon', 'madrid', 'milan', 'warsaw', 'prague', 'ashburn', 'luxembourg', 'iceland', 'estonia', 'portugal', 'czech', 'romania', 'hungary', 'greece', 'scotland', 'england', 'wales', 'zealand', 'quebec', 'ontario', 'korea', 'taiwan', 'hong', 'kong', 'israel', 'dubai', 'china', 'chicago', 'dallas', 'texas', 'francisco', 'angeles', 'seattle', 'atlanta', 'miami', 'boston', 'switzerland', 'sweden', 'norway', 'denmark', 'spain', 'italy', 'poland', 'austria', 'belgium', 'answering', 'current', 'hipaa', 'pci', 'dss', 'nist', 'ccpa', 'lgpd', 'pipeda', 'coppa', 'ferpa', 'one', 'two', 'google', 'apple', 'microsoft', 'amazon', 'meta', 'facebook', 'direct', 'debit',
  // Function words that open a line run into the sentence before it ("… we store: When registered using Email, …").
  'when', 'if', 'where', 'while', 'once', 'after', 'before', 'and', 'or', 'but', 'then', 'each', 'all', 'any', 'some', 'for', 'with', 'to', 'in', 'on', 'by', 'at', 'as', 'it', 'they', 'there', 'its', 'their',
  // (Storage on the person's own device: "stored locally in IndexedDB", "in the Keychain".)
  'indexeddb', 'localstorage', 'sessionstorage', 'keychain', 'keystore', 'asyncstorage', 'securestore', 'userdefaults', 'sqlite', 'mmkv', 'realm',
  // (Browsers, operating systems, languages and protocols the product runs on or speaks: "processed by Safari, not wBlock",
  // "JavaScript code that runs in the page", "a DNS lookup", "through CLI commands" — none is a company data goes to.)
  'safari', 'chrome', 'chromium', 'firefox', 'webkit', 'webview', 'android', 'ios', 'ipados', 'macos', 'watchos', 'linux', 'windows', 'javascript', 'typescript', 'python', 'wasm', 'webassembly', 'dns', 'cli', 'css', 'dom', 'tcp', 'udp', 'bluetooth', 'nfc', 'wifi', 'wi-fi',
  // (Countries where data is kept: "stored on servers in Armenia".)
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'aruba', 'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belize', 'benin', 'bhutan', 'bolivia', 'bosnia', 'herzegovina', 'botswana', 'brunei', 'bulgaria', 'burkina', 'burundi', 'cambodia', 'cameroon', 'chad', 'chile', 'colombia', 'comoros', 'congo', 'croatia', 'cuba', 'cyprus', 'djibouti', 'dominica', 'ecuador', 'egypt', 'salvador', 'eritrea', 'eswatini', 'ethiopia', 'fiji', 'gabon', 'gambia', 'ghana', 'grenada', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras', 'indonesia', 'iran', 'iraq', 'jamaica', 'jordan', 'kazakhstan', 'kenya', 'kiribati', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta', 'mauritania', 'mauritius', 'micronesia', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar', 'namibia', 'nauru', 'nepal', 'nicaragua', 'niger', 'nigeria', 'macedonia', 'oman', 'pakistan', 'palau', 'palestine', 'panama', 'paraguay', 'peru', 'philippines', 'qatar', 'russia', 'rwanda', 'samoa', 'senegal', 'serbia', 'seychelles', 'sierra', 'slovakia', 'slovenia', 'somalia', 'sudan', 'suriname', 'syria', 'tajikistan', 'tanzania', 'thailand', 'togo', 'tonga', 'trinidad', 'tobago', 'tunisia', 'turkey', 'türkiye', 'turkmenistan', 'tuvalu', 'uganda', 'ukraine', 'uruguay', 'uzbekistan', 'vanuatu', 'vatican', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe',
  // (Degree words that begin a setting's name: "the **Most secure** connection security level".)
  'most', 'least', 'more', 'less', 'very',
  // (Words of headings and list items about safeguards: "Security measures scale with …", "Note: …".)
  'security', 'technical', 'organisational', 'organizational', 'physical', 'administrative', 'note', 'notes', 'important', 'warning', 'protection', 'impact', 'assessment', 'assessments', 'governance', 'legal', 'compliance', 'encryption', 'audit', 'audits', 'risk', 'retention', 'transfer', 'transfers', 'safeguards']);

/** The product by the kind of app it is: "the mobile app", "our browser extension", "this desktop application". */
const OWN_KIND_OF_APP = /^(?:the|our|this) (?!(?:third|third-party|partner|partners|external|other|another|vendor|vendors|provider|providers|payment|analytics|advertising|ad|ads|social|messaging|authenticator|banking|bank|email|mail)\b)[a-z0-9-]+ (?:app|apps|application|applications|extension|add-?on|website|site|game|bot|plugin)$/;

/** Platform companies whose name alone also names their products ("Google" after "Google Analytics"). */
export const PLATFORM_COMPANIES = ['Google', 'Amazon', 'Microsoft', 'Meta', 'Facebook', 'Apple', 'Adobe', 'Cloudflare', 'Vercel'];
const PLATFORM_COMPANY = new RegExp(`^(?:${PLATFORM_COMPANIES.join('|')})$`, 'i');

/**
 * "Apple receives your push token", "Google LLC processes …": a platform company's name alone (or with its legal form)
 * as the subject of a vendor's verb is that company ("your Google account" elsewhere is the user's).
 */
/** "Apple may store the request", "Acme can receive …": a vendor's verb after a modal, in its base form. */
function modalVendorVerb(between: Tok[], verb: string): boolean {
  return between.length > 0 && between.length <= 2 && between.some((t) => /^(?:may|might|can|could|will|would|shall)$/.test(t.raw)) && (VENDOR_VERBS.has(`${verb}s`) || VENDOR_VERBS.has(`${verb}es`));
}

function familyLead(subj: Tok[]): boolean {
  return PLATFORM_COMPANY.test(subj[0]?.raw ?? '') && subj.slice(1).every((t) => /^(?:inc|llc|ltd|limited|corp|corporation|gmbh|ireland|platforms)$/.test(t.raw));
}

/** Work done by the reader (tokens read): tests bound it to show reading stays linear in the input. */
export const readerWork = { tokens: 0 };

/** The first person singular of a product one person runs, as the plural the reader knows. */
const FIRST_PERSON: Record<string, string> = table({ my: 'our', me: 'us', myself: 'ourselves' });

/**
 * Idioms read as the verb they mean, each replaced by a word no longer than itself so that every offset stays:
 * "make use of" is "use", "rely on Stripe" is "use Stripe" (not "rely on agreements"), "what we need of yours" we take,
 * what a user tells us the user provides, "made public" is "published"; "under regular review" and a leading
 * "Please note that" say nothing.
 */
const IDIOMS: [RegExp, (m: string, v?: string, w?: string) => string][] = [
  [/\b(make|makes|made|making) use of\b|\b(rely|relies|relied|relying) (?:up)?on\b(?!\s+(?:(?:the|your|our|these|those|such|appropriate|standard|data processing|legal|legitimate|contractual|adequacy|equivalent|one of the following|a)\s+)*(?:agreements?|contracts?|clauses|safeguards?|consent|interests?|bases|basis|grounds?|decisions?|mechanisms?|certifications?|frameworks?))/gi, (m, v, w) => ({ make: 'use', makes: 'uses', made: 'used', making: 'using', rely: 'use', relies: 'uses', relied: 'used', relying: 'using' } as Record<string, string>)[(v ?? w ?? '').toLowerCase()].padEnd(m.length)],
  [/\b(need|needs|needed)(?=\s+(?:your|only your|the user['’]s)\b)/gi, (m) => ({ need: 'take', needs: 'takes', needed: 'taken' } as Record<string, string>)[m.toLowerCase()].padEnd(m.length)],
  [/\b(tell|tells|told|telling) us(?: about)?\b/gi, (m, v) => ({ tell: 'provide', tells: 'provides', told: 'entered', telling: 'providing' } as Record<string, string>)[(v ?? '').toLowerCase()].padEnd(m.length)],
  [/\bmade public\b/gi, () => 'published  '],
  // ("mouse coordinates", "cursor positions": where on the screen, not where the person is — and not all of how the page is
  // used either.)
  [/\b(?:mouse|cursor|pointer|click|tap|touch|scroll|screen)\s+(?:coordinates|positions?)\b/gi, (m) => ' '.repeat(m.length)],
  // ("We use PostHog to collect product analytics": what is collected is how the product is used.)
  [/(?<=\b(?:collect|collects|collected|collecting|gather|gathers|gathering|capture|captures|capturing)\s+(?:anonymous\s+|basic\s+|aggregated?\s+|some\s+)?)(?:product|web|app|site|website|usage)\s+analytics\b(?!\s+(?:providers?|tools?|services?|platforms?|vendors?|partners?|compan(?:y|ies)|software|sdks?|scripts?|cookies?))/gi, (m) => 'usage data'.padEnd(m.length)],
  // ("Visitor details are never added to our CRM or to marketing lists": put into another company's tool, sent to it.)
  [/\badded to\b(?=\s+(?:(?:our|the|a|an|any|your)\s+)?(?:[\w-]+\s+){0,2}?(?:crm|marketing|mailing|audiences?|newsletters?|advertising|ad)\b)/gi, () => 'sent to '],
  // ("The app connects to Dropbox to sync your notes", "it will connect to either ipwho.is or geoplugin.net", "sync
  // with OneDrive": the product reaches the vendor with what it syncs or looks up.)
  [/\b(connect|connects|connecting|synchroni[sz]e|synchroni[sz]es|synchroni[sz]ing|sync|syncs|syncing) (?:to|with)\b(?=\s+(?:either\s+)?(?:[A-Z]|an? third[- ]part(?:y|ies)\b|[a-z][\w-]*\.(?:com|io|net|org|is|de|fm|app|dev)\b))/g, (m, v) => (/ing$/i.test(v ?? '') ? 'sending' : /s$/i.test(v ?? '') ? 'sends' : 'send').padEnd(m.length)],
  // ("SwiftNeo makes NO calls to: …", "The app makes no network requests to Sentry": to call a service is to send it
  // something.)
  [/\b(make|makes|made|making)\s+(no\s+|any\s+)?(?:(?:network|api|http|https|outbound|external|remote|web)\s+)?(?:calls?|requests?|connections?)\s+to\b/gi, (m, v, w) => {
    // (The words keep their places: a shorter form only, "making call to" stays as it is.)
    const said = `${({ make: 'send', makes: 'sends', made: 'sent', making: 'sending' } as Record<string, string>)[(v ?? '').toLowerCase()]} ${w ? `${w.trim()} ` : ''}data to`;
    return said.length <= m.length ? said.padEnd(m.length) : m;
  }],
  // ("We don't work with advertising networks or data brokers": to work with one is to give it data.)
  [/\b(work|works|worked|working) with\b(?=\s+(?:any\s+|other\s+|third[- ]party\s+|outside\s+)?(?:advertis\w*|ad networks?|ad partners?|ad tech|marketing (?:companies|partners|agencies|firms)|data brokers?|(?:data|information) resellers?)\b)/gi, (m, v) => ({ work: 'give to', works: 'gives to', worked: 'gave to', working: 'giving to' } as Record<string, string>)[(v ?? '').toLowerCase()].padEnd(m.length)],
  [/\bunder (?:regular |periodic |constant |ongoing )?review\b/gi, (m) => ' '.repeat(m.length)],
  [/^\s*(?:please\s+)?(?:note|be aware|keep in mind|bear in mind|remember)\s+that\b(?!\s+(?:if|when|unless|once|where)\b)/i, (m) => ' '.repeat(m.length)],
];

/** A negative adverbial that opens a sentence and inverts it: "At no time will we sell …", "Under no circumstances do we …". */
const NEGATIVE_OPENER = /^(\s*)(?:at no (?:time|point|stage)|under no (?:circumstances?|conditions?)|in no (?:event|case|way)|on no account|by no means)\s*,?\s+(will|would|do|does|did|is|are|was|were|shall|can|could|may|might|has|have|should)\s+/i;

/**
 * "At no time will we sell your data" is "we will never sell your data"; "At no point is this data logged" is "this data
 * is never logged". The subject runs to the first verb the reader knows (or a participle). The same length keeps every
 * offset after the rewritten opening.
 */
export function uninvert(text: string): string {
  const m = NEGATIVE_OPENER.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  const words = [...rest.matchAll(/[A-Za-z'’-]+/g)];
  const verbAt = words.findIndex((w, i) => i > 0 && (VERBS.has(w[0].toLowerCase()) || /^[a-z]+(?:ed|en)$/.test(w[0])));
  if (verbAt < 1 || verbAt > 8) return text;
  const subject = rest.slice(0, words[verbAt].index).trimEnd();
  const opening = `${m[1]}${subject} ${m[2].toLowerCase()} never`;
  const span = m[0].length + words[verbAt].index!;
  return opening.length < span ? opening.padEnd(span) + text.slice(span) : text;
}

function normalizeIdioms(text: string): string {
  let out = uninvert(text);
  for (const [re, to] of IDIOMS) out = out.replace(re, to as (m: string, ...rest: string[]) => string);
  return out;
}

/** "The only (personal) data we store is …", "The only information tied to you is …": what follows is what is held. */
const ONLY_DATA_IS = /^\s*the only (?:personal |identifying |identifiable )?(?:data|information|details|info)\b[^.;:]{0,80}?\s(?:is|are)\s+((?:your|the|an?|their)\b[^.;]{2,160}?)\s*[.;]?\s*$/i;

/** "added to HubSpot": a verb of adding whose "to" names a capitalised recipient. */
// (Case-sensitive: only a capitalised name after "to" is worth a second reading — "added to your cart" is not.)
const ADDED_TO_VENDOR = /\b[Aa]dd(?:s|ed|ing)?\b(?=[^.;:]{0,80}?\bto\s+(?:our\s+|the\s+|a\s+)?[A-Z])/;

/** "… to our servers", "… to us": the product's own end of a transfer. */
const TO_OURSELVES = /\b(?:to|with) (?:us|our (?:own )?(?:servers?|backend|back-end|api|database|systems?|infrastructure|cloud))\b/i;

/** Reads one clause (a sentence or a part of one) into its structure. */
/** Self names with small words inside them ("read the docs"), compiled once: `readClause` runs for every clause. */
const SPACED_NAMES = new Map<string, RegExp | null>();
function spacedNamePattern(name: string): RegExp | null {
  let re = SPACED_NAMES.get(name);
  if (re === undefined) {
    re = /\s(?:the|of|for|and|on|in|a)\s/.test(name) ? new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\b`, 'gi') : null;
    SPACED_NAMES.set(name, re);
  }
  return re;
}

/** "… is never public", "are not made publicly visible": a copula that says the data is not published. */
const NEVER_PUBLIC = /\b(is|are|will be|remains?)\s+(never|not)\s+(?:made\s+)?public(?:ly\s+(?:visible|available|shown|displayed|accessible))?\b(?!\s+(?:key|keys|profile|page|repository|repo|api|information|record|records|domain))/i;

/** Two modifiers sharing one head noun of records ("exercise and meal records"), not a list that already has its heads. */
const COORDINATED_HEAD = /\b(?!(?:your|our|the|any|all|and|or|of|with|for|to|records|logs|history|histories|entries)\b)([a-z]{3,}) (?:and|or|&) (?!(?:your|our|the|any|all)\b)([a-z]{3,}) (records|logs|history|histories|entries)\b/i;

/** The text with a head two modifiers share written out for each ("exercise records and meal records"), if it has one. */
function withSharedHead(raw: string): string | undefined {
  const m = COORDINATED_HEAD.exec(raw);
  if (!m) return undefined;
  const first = m[1].toLowerCase();
  const head = m[3].toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  if (matchPhrases([first]).length || !matchPhrases([first, head]).some((x) => x.start === 0 && x.end === 2)) return undefined;
  return raw.replace(COORDINATED_HEAD, (_m, a: string, b: string, h: string) => `${a} ${h} and ${b} ${h}`);
}

/** "(and do not allow third-parties to)", "(or do we allow any third-party to)": an aside on others, inside a ban. */
const ALLOW_ASIDE = /\s*\((?:and|or|nor)\s+(?:do|does|will|would)?\s*(?:not\s+)?(?:we\s+)?(?:allow|permit|let)\b[^()]{0,60}\)/gi;

/** "Your requests go straight to OpenAI": data as the subject of "go to". */
const GOES_TO = /^(\s*(?:(?:your|the|all|any|our|these|this|such|every|each)\s+)?(?:(?!(?:to|for|if|when|once|please|then|go)\b)[\w-]+\s+){0,3}?(?:data|information|requests?|prompts?|quer(?:y|ies)|messages?|questions?|content|text|files?|recordings?|images?|photos?|conversations?|chats?|details|emails?|transcripts?|documents?|inputs?|payments?|reports?)\s+)(?:go|goes|went)\s+((?:directly|straight|only|securely)\s+)?to\s+/i;

/** "All data we collect stays on our own servers", "… stays on servers controlled by me": kept by the product alone. */
const STAYS_ON_OUR_SERVERS = /^\s*(?:and\s+)?(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:personal\s+)?(?:data|information)\s+(?:(?:that\s+)?(?:we|i)\s+(?:do\s+)?(?:collect|store|keep|hold|receive)\s+)?(?:stays?|remains?)\s+(?:only\s+|entirely\s+)?on\s+(?:(?:our|my)\s+(?:own\s+)?servers|servers\s+(?:controlled|run|owned|operated)\s+by\s+(?:us|me))\b(?![^.;]{0,60}\b(?:and|but)\b[^.;]{0,40}\b(?:shared|sent|processed)\b)/i;
/** "Absolutely nothing third-party", "Nothing goes to third parties". */
const NOTHING_THIRD_PARTY = /^\s*(?:and\s+)?(?:absolutely\s+|strictly\s+|simply\s+)?nothing\s+(?:goes\s+to\s+|is\s+(?:sent|given|passed)\s+to\s+)?third[- ]part(?:y|ies)\b[.!]?\s*$/i;

/** Verbs in -s that are also plural nouns of records ("usage counts", "access logs", "support requests"). */
const PLURAL_NOUN_VERB = /^(?:counts|logs|records|tracks|requests|scans|measures|reviews|copies|captures|reads|holds)$/;

/** Whether the verb-like word at `i` is a plural noun after another noun, with no object after it ("usage counts (Redis)"). */
function pluralNounAt(toks: Tok[], i: number, start: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1]?.raw;
  const after = toks[i + 1];
  return PLURAL_NOUN_VERB.test(t.raw) && i > start && !!prev && !/^(?:we|i|you|they|it|he|she|who|that|which|also|only|and|or|never|not|t|to)$/.test(prev) && !VERBS.has(prev) && !AUXILIARIES.has(prev)
    && (!after || after.chunk !== t.chunk || !!after.paren || (/ed$/.test(after.raw) && VERBS.has(after.raw)) || /^(?:are|is|were|was|will|may|can|per)$/.test(after.raw));
}

/** "build profiles of …", "create advertising profiles from …": making a profile of people out of their data. */
const BUILDS_PROFILES = /\b(build|builds|built|building|create|creates|created|creating|compile|compiles|compiled|construct|constructs|develop|develops|generate|generates)\s+(?:(?:an?|any)\s+)?((?:(?:advertising|marketing|user|users['’]?|individual|behaviou?ral|personal|personali[sz]ed|detailed|tracking|consumer|shadow|interest)\s+){0,2})profiles?\b(?:\s+(of|about|on|from|based on|using)\s+|(?=\s*(?:[.;,]|$)))/i;

export function readClause(raw: string, ctx: ReaderContext): Reading {
  // ("Read the Docs does not store your payment information": the product's name with small words inside it, written
  // with its capitals, is one name — not the verb "read".)
  for (const n of ctx.selfNames) {
    const re = spacedNamePattern(n);
    if (!re) continue;
    const joined = raw.replace(re, (m) => (/^[A-Z]/.test(m) ? m.replace(/\s+(\w)/g, (_x, c: string) => c.toUpperCase()) : m));
    if (joined !== raw) return { ...readClause(joined, ctx), text: raw };
  }
  // ("Your phone number is never public", "is not made publicly visible": never published.)
  const notPublic = NEVER_PUBLIC.exec(raw);
  if (notPublic) return { ...readClause(raw.replace(NEVER_PUBLIC, (_m, be: string, neg: string) => `${be} ${neg} published`), ctx), text: raw };
  // ("We don't build profiles of individual users or their browsing habits", "We never create advertising profiles from
  // your reading history": to profile them, a use for tracking.)
  const profiles = BUILDS_PROFILES.exec(raw);
  // (Only a profile of people: "we don't build profiles", "advertising profiles of …" — not "you create a profile, which
  // includes …", an account.)
  if (profiles && !/\byou\s+(?:can\s+|may\s+|will\s+)?$/i.test(raw.slice(0, profiles.index)) && (profiles[2] || /\b(?:not|never|no)\b|n['’]t\b/i.test(raw.slice(0, profiles.index)) || /\b(?:advertising|marketing|behaviou?ral|tracking|shadow|interest)\s/i.test(profiles[0]))) {
    const read = readClause(raw.replace(BUILDS_PROFILES, (_m, _v: string, _a?: string, of?: string) => (of ? 'profile ' : 'profile you')), ctx);
    return { ...read, purposes: read.purposes.length ? read.purposes : ['tracking'], text: raw };
  }
  // ("Your requests go straight to OpenAI", "Payment details go directly to Stripe": data that goes to someone is sent there.)
  const goes = GOES_TO.exec(raw);
  if (goes) return { ...readClause(raw.replace(GOES_TO, (_m, subject: string, how?: string) => `${subject}${/s\b\s*$/i.test(subject) && !/\b(?:data|information)\s*$/i.test(subject) ? 'are' : 'is'} sent ${how ?? ''}to `), ctx), text: raw };
  // ("All data I do collect stays on servers controlled by me — absolutely nothing third-party", "Nothing third-party.":
  // what is collected goes to no third party.)
  if (STAYS_ON_OUR_SERVERS.test(raw) || NOTHING_THIRD_PARTY.test(raw)) return { ...readClause('We never share the data we collect with third parties.', ctx), text: raw };
  // ("exercise and meal records", "contact and payment details": each modifier with the head they share.)
  // (Only where the first modifier names nothing alone and names data with the head: not "messages and access logs".)
  const shared = withSharedHead(raw);
  if (shared !== undefined) return { ...readClause(shared, ctx), text: raw };
  // ("We do not (and do not allow third-parties to) use our analytics data to track you": an aside that extends the ban to
  // others, read without it.)
  if (raw.search(ALLOW_ASIDE) >= 0) return { ...readClause(raw.replace(ALLOW_ASIDE, (m) => ' '.repeat(m.length)), ctx), text: raw };
  // (The opt-out link's name is blanked in the text every later test reads, too.)
  if (raw.search(OPT_OUT_LINK) >= 0) return readClause(raw.replace(OPT_OUT_LINK, (m) => ' '.repeat(m.length)), ctx);
  // ("We never see or store full card numbers", "We don't make advertising deals or collect sensitive data": a negated
  // verb the reader does not know, then one it does — read as that verb negated, what the first one governs left out.)
  // ("We neither rent nor sell any information": both verbs negated.)
  const neither = NEITHER_NOR.exec(raw);
  if (neither) return { ...readClause(raw.replace(NEITHER_NOR, (_m, who: string, a: string, b: string) => `${who} never ${a} or ${b}`), ctx), text: raw };
  // ("No data sent to external servers or third parties", a list item without its verb's "is".)
  if (NO_DATA_PARTICIPLE.test(raw)) return { ...readClause(raw.replace(NO_DATA_PARTICIPLE, '$1 is '), ctx), text: raw };
  // ("No advertising networks receive your data": a ban on giving it to them.)
  const noneReceive = NO_RECIPIENTS_RECEIVE.exec(raw);
  if (noneReceive) return { ...readClause(`We do not share ${noneReceive[2]} with ${noneReceive[1]}.`, ctx), text: raw };
  const known = knownVerbAfterUnknown(raw);
  if (known !== undefined) return { ...readClause(known, ctx), text: raw };
  // ("The only personal data we store is your email address", "The only data in your account that is tied to you is your
  // email and account name": what the product has, said as all it has.)
  const onlyData = ONLY_DATA_IS.exec(raw);
  if (onlyData && !/(?:\b(?:not|never|no)\b|n['’]t\b)/i.test(raw.slice(0, onlyData.index + onlyData[0].length - onlyData[1].length))) return { ...readClause(`We collect ${onlyData[1]}`, ctx), text: raw };
  // ("Renters' personal data is never added to HubSpot", "We add your email to Mailchimp": what is added to a vendor's
  // records is sent to it. Not "added to your profile".)
  const added = ADDED_TO_VENDOR.exec(raw);
  if (added) {
    const sent = readClause(raw.slice(0, added.index) + added[0].replace(/^\w+/, (v) => ({ add: 'send', adds: 'sends', added: 'sent', adding: 'sending' })[v.toLowerCase()] ?? v) + raw.slice(added.index + added[0].length), ctx);
    if (sent.action === 'share' && sent.recipient.services.length) return { ...sent, text: raw };
  }
  // "On the cloud servers of Scaleway and Amazon we store …": where the data is kept, said first, is read where it belongs.
  const fronted = FRONTED_PLACE.exec(raw);
  if (fronted) return { ...readClause(`${fronted[2]} ${fronted[3]} ${fronted[1]}`, ctx), text: raw };
  // ("Supabase is the only place we store personal data", "It's the only place we're storing …": we store it there.)
  const place = PLACE_WE_STORE.exec(raw);
  if (place) return { ...readClause(`we ${place[3]}${/^(?:it|this|that)$/i.test(place[1]) ? '' : ` in ${place[1]}`}`, ctx), text: raw };
  // ("We work with trusted third-party services including Supabase (database) and Stripe": whom the product works with,
  // it uses.)
  const workWith = WORK_WITH.exec(raw);
  if (workWith) return { ...readClause(raw.slice(0, workWith.index) + workWith[1] + ' use' + raw.slice(workWith.index + workWith[0].length), ctx), text: raw };
  const nominal = nominalBan(raw, ctx);
  if (nominal !== undefined) return { ...nominal, text: raw };
  // "Do Not Track" is the name of a browser signal, not a negation.
  // "Amazon Web Services (London region)", "(EU region)": where a vendor's servers are, not anyone's location.
  // ("_never_": emphasis the Markdown parser left as text is no part of the word; spaces keep every offset.)
  const text = raw.replace(/(?<![\w])_([A-Za-z][A-Za-z'’ -]{0,40}?)_(?![\w])/g, (_m, w: string) => ` ${w} `).replace(/\((?:[A-Z][\w-]*|[a-z]{2}-[a-z]+-\d)(?:[\s,/]+[A-Z][\w-]*)* region\)/g, ' ').replace(/\b(do[- ]not[- ]track)\b(?=\s*(?:["”')]|\(|signals?|requests?|settings?|preferences?|browser|mechanism|feature|header|option|standard|dnt|$))/gi, 'DNT').replace(/["“]DNT["”]/g, 'DNT');
  // "made public" reads as one verb, "published"; the same length keeps every offset.
  const toks = tokenize(normalizeIdioms(text));
  readerWork.tokens += toks.length;
  // "I collect …", "I do not sell …", "servers controlled by me", "my app": a product one person runs speaks in the
  // first person singular. (Not a numbered "I." heading: the pronoun is followed by a verb.)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1]?.raw ?? '';
    if (t.raw === 'i' && t.cap && (VERBS.has(next) || AUXILIARIES.has(next) || NEGATED_AUX.has(next) || /^(?:am|m|ve|ll|d|personally|run|host|want|try|need)$/.test(next))) toks[i] = { ...t, raw: 'we', word: 'we', cap: false };
    else if (Object.hasOwn(FIRST_PERSON, t.raw)) toks[i] = { ...t, raw: FIRST_PERSON[t.raw], word: FIRST_PERSON[t.raw], cap: false };
  }
  const words = toks.map((t) => t.word);
  const lower = text.toLowerCase();
  const r: Reading = {
    text,
    actor: 'none',
    actorParties: emptyParties(),
    action: null,
    passive: false,
    negated: false,
    objects: [],
    subjectObjects: [],
    recipient: emptyParties(),
    source: emptyParties(),
    purposes: [],
    conditions: [],
    dataConditions: [],
    durations: findDurations(text),
    confidence: 1,
  };
  // ("Web Analytics such as web page interactions, non-identifiable request IDs, and statistics": a qualifier of one item
  // of an example list, not of all the data.)
  const examples = /\b(?:such as|including|e\.g\.)/i.exec(text);
  const oneItem = (m: RegExpExecArray | null) => !!m && !!examples && m.index > examples.index && /,|\band\b/.test(text.slice(examples.index, m.index));
  // ("never shared with anyone outside Loftly": anyone but the product is every other party, no exception.)
  const outsideUs = /\boutside (?:of )?(?:the |our )?([\w-]+)/i.exec(text)?.[1]?.toLowerCase();
  const beyondSelf = outsideUs !== undefined && (ctx.selfNames.has(outsideUs) || /^(?:us|company|team|organi[sz]ation|business)$/.test(outsideUs));
  for (const [re, c] of CONDITION_MARKERS) if (re.test(text) && !(c === 'identifiable form' && oneItem(re.exec(text))) && !(c === 'outside' && beyondSelf) && !r.conditions.includes(c)) r.conditions.push(c);
  for (const [re, c] of DATA_CONDITIONS) if (re.test(text) && !oneItem(re.exec(text)) && !r.dataConditions.includes(c) && !/\bnot\b[^.;]{0,20}\b(anonymi|aggregat|pseudonym|hash)/i.test(text)) r.dataConditions.push(c);
  r.period = periodOf(lower);

  // The main clause starts after an introductory subordinate clause ("When you sign up, we collect …").
  let start = 0;
  // "For registered users, their username, email address and password are stored": a prepositional opener naming whose
  // data it is ends at its comma; the list after it is the subject. (Without the comma, at the people it names.)
  const whose = toks[0]?.raw === 'for' ? toks.slice(1, 4).findIndex((t) => PEOPLE_OPENER.test(t.raw)) : -1;
  // ("When you create an account we store your name, email address, and … those providers share": no comma after the
  // opening clause, whose main clause starts at its "we" and a verb, before any comma.)
  const weFirst = /^(?:if|when|whenever|once|after|before|while)$/.test(toks[0]?.raw ?? '') ? toks.findIndex((t, i) => i >= 3 && t.raw === 'we' && t.chunk === 0 && (AUXILIARIES.has(toks[i + 1]?.raw ?? '') || VERBS.has(toks[i + 1]?.raw ?? ''))) : -1;
  if (whose >= 0 && toks[whose + 2] && !toks.slice(whose + 2).some((t) => FIRST_PARTY.has(t.raw) && t.chunk === toks[whose + 2].chunk)) start = whose + 2;
  else if (weFirst > 0) start = weFirst;
  else if (toks.length && SUBORDINATORS.has(toks[0].raw) && toks.some((t) => t.chunk > 0)) {
    for (let c = 1; c <= toks[toks.length - 1].chunk; c++) {
      const first = toks.findIndex((t) => t.chunk === c);
      if (first < 0) continue;
      const chunkToks = toks.filter((t) => t.chunk === c);
      if (chunkToks.some((t) => VERBS.has(t.raw) || FIRST_PARTY.has(t.raw))) {
        start = first;
        // ("When you register, your account ID, your username, and your preferences are stored": the chunks before a
        // list's last item are its other items, part of the subject.)
        if (toks[first].raw === 'and' || toks[first].raw === 'or') {
          for (let b = c - 1; b >= 1; b--) {
            const items = toks.filter((t) => t.chunk === b);
            if (!items.length || items.some((t) => VERBS.has(t.raw) || FIRST_PARTY.has(t.raw))) break;
            start = toks.indexOf(items[0]);
          }
        }
        break;
      }
    }
  }

  // ("If you make a payment using Fiat we will collect your payment details": without a comma, the main clause starts
  // at its "we" and a verb.)
  if (start === 0 && /^(?:if|when|whenever|once|after|before|while)$/.test(toks[0]?.raw ?? '')) {
    const we = toks.findIndex((t, i) => i >= 3 && t.raw === 'we' && t.chunk === toks[0].chunk && (AUXILIARIES.has(toks[i + 1]?.raw ?? '') || VERBS.has(toks[i + 1]?.raw ?? '')));
    if (we > 0) start = we;
  }
  // ("Personal information you add to Tilly (names, relationships, notes, reminders)": an item with no verb of its own
  // that names what the person gives the product — what it collects.)
  if (/^\s*(?:(?:any|all|the)\s+)?(?:personal\s+)?(?:information|data|details|content)\s+(?:that\s+)?you\s+(?:add|provide|enter|give|submit|upload|share|create|input|save)\s+(?:to|in|into|on|with|through)\s+[\w .-]{1,40}?(?:\s*\([^)]*\))?\s*[.;]?\s*$/i.test(text)) return { ...readClause(`We collect ${text.replace(/\s+(?:that\s+)?you\s+\w+\s+(?:to|in|into|on|with|through)\s+[\w .-]{1,40}?(?=\s*\(|\s*[.;]?\s*$)/i, '')}`, ctx), text: raw };
  // "In the future we will collect usernames", "We plan to add accounts": an announced practice, not the present one.
  // (What it will do is declared all the same — code that already does it is not undeclared — but a promise about the
  // future bans nothing.)
  if (/^\s*(?:in the (?:near )?future|at (?:a|some) (?:later|future) (?:date|point|stage|time)|someday|one day)\b|^\s*(?:we|i)\s+(?:plan|intend|hope|are planning|aim)\s+to\b/i.test(text) && (/\b(?:not|never|no)\b|n['’]t\b/i.test(text) || !/^\s*in the (?:near )?future,?\s+(?:we|i)\s+(?:will|may|might|plan to|intend to)\s+(?:also\s+)?(?:collect|store|ask for|gather|record)\b/i.test(text))) return r;
  // "We encourage users to use strong passwords", "we recommend that you do not share …": advice to the user.
  if (/^\s*we\s+(?:also\s+|strongly\s+)?(?:encourage|recommend|advise|urge|suggest)\s+(?:that\s+)?(?:you|users|all users|our users|everyone)\b/i.test(text)) return r;
  // "If you no longer wish to receive them, please follow the unsubscribe link", "please give details of allergies to the
  // school directly": an instruction to the user.
  if (toks[start]?.raw === 'please') return r;

  // The main verb: the first action verb of the main clause, not an infinitive of purpose
  // ("we use Stripe to process payments") unless a control verb governs it ("we do not allow X to use …").
  let verb = -1;
  let fallback = -1;
  /** A control verb governing the main verb ("we do not allow providers to use"): negation and subject sit before it. */
  let governor = -1;
  let prevented = false;
  let noAccess = false;
  for (let i = start; i < toks.length; i++) {
    const t = toks[i];
    if (!VERBS.has(t.raw)) continue;
    // "uses cookies to help identify logged in users": identifying is what a tool is for, not the main verb.
    // "(so we cannot identify you)": what anonymising leaves possible, not a promise about what is done.
    if ((t.raw === 'identify' || t.raw === 'identifies') && i > start && (/^(?:help|helps)$/.test(toks[i - 1].raw) || /^(?:cannot|can't|unable)$/.test(toks[i - 1].raw) || (toks[i - 1].raw === 'to' && /^(?:able|possible)$/.test(toks[i - 2]?.raw ?? '')))) continue;
    // "cannot be held liable for …", "hold us responsible": a disclaimer of liability, no practice.
    if (/^(?:hold|holds|held|holding)$/.test(t.raw) && toks.slice(i + 1, i + 3).some((x) => /^(?:liable|responsible|accountable|harmless)$/.test(x.raw))) return r;
    // ("The CLI and native host do not send …", "Our store will never …": a word right before an auxiliary or a modal
    // ends the subject; it is a noun.)
    // (Not a relative clause's verb with its own subject: "the data we temporarily store cannot track you".)
    if (i > start && /^(?:do|does|did|don|doesn|didn|will|won|would|wouldn|can|cannot|could|may|might|shall|should|must)$/.test(toks[i + 1]?.raw ?? '') && ![toks[i - 1], toks[i - 2]].some((x) => x && /^(?:we|you|they|i|it|he|she|who|that|which)$/.test(x.raw))) continue;
    // A gerund or noun use after a preposition or an article ("for sharing", "the use of") is not the verb.
    const prev = toks[i - 1]?.raw;
    // ("… through a third-party store, that store may collect its own diagnostics": "that store" before a modal is a noun.)
    if ((prev === 'that' || prev === 'this') && /^(?:may|will|can|could|might|would|should|must)$/.test(toks[i + 1]?.raw ?? '')) continue;
    // ("through a third-party store", "third-party access": a noun that "third-party" qualifies; not "no third party receives".)
    if (prev === 'party' && toks[i - 2]?.raw === 'third' && /^(?:store|stores|use|access|tracking|processing|sharing)$/.test(t.raw)) continue;
    // ("A self-hosted instance of Plausible": a compound adjective, not a verb.)
    if (prev === 'self' && toks[i - 1].chunk === t.chunk && /^(?:hosted|managed|run|operated)$/.test(t.raw)) continue;
    // ("data on users' use of this bot": "use of" is a noun, unless something is made use of.)
    if (t.raw === 'use' && toks[i + 1]?.raw === 'of' && !/^(?:make|makes|made|making)$/.test(prev ?? '')) continue;
    // "We have no access to …", "has zero access to": not accessing it.
    if (t.raw === 'access' && /^(?:no|zero)$/.test(prev ?? '') && /^(?:have|has|had|get|gets|gain|gains)$/.test(toks[i - 2]?.raw ?? '')) {
      verb = i;
      noAccess = true;
      break;
    }
    // ("a translated copy of this document", "a virus scan": nouns; a verb of copying or scanning has its subject, an
    // auxiliary or a negation before it.)
    if (/^(?:copy|scan)$/.test(t.raw) && prev && !/^(?:we|i|you|they|not|never|t|also|to|and|or|will|would|may|might|can|could|shall|should|must|only|ever|neither|nor|do|does|did)$/.test(prev) && !VERBS.has(prev)) continue;
    // ("It's the only place we're storing …", "the same use": a word after an article and "only" or "same" is a noun.)
    if (prev && /^(?:only|same|sole|single|main|first|last)$/.test(prev) && /^(?:the|a|an|our|its|their|this|that|your)$/.test(toks[i - 2]?.raw ?? '')) continue;
    if (prev && /^(the|a|an|of|for|about|such|any|no|this|its|their|your|our|these|those|data|information|and|or)$/.test(prev) && !(prev === 'no' && i === start + 1)) {
      // "questions, concerns, or requests", "the use of": a noun. "collect and store": a verb after a verb.
      const before = toks[i - 2]?.raw;
      // ("We securely encrypt and store the credentials": a verb the reader does not know, right after the subject.)
      if (!((prev === 'and' || prev === 'or') && before && (VERBS.has(before) || AUXILIARIES.has(before) || TRADE_VERBS.has(before) || (i - 3 >= start && subjectEndsAt(toks, i - 3))))) continue;
    }
    // "Any personal information that we collect is never shared": a verb in a relative clause is not the main verb.
    // ("Data that we specifically collect isn't shared": adverbs between, a contracted "be" after.)
    let rel = i - 1;
    while (rel > start && /ly$/.test(toks[rel].raw)) rel--;
    if (rel >= 1 && /^(that|which|who)$/.test(toks[rel - 1].raw) && /^(we|you|they|users?)$/.test(toks[rel].raw) && toks.slice(i + 1).some((t) => BE.has(t.raw) || /^(isn|aren|wasn|weren)$/.test(t.raw))) continue;
    // "Device model, IP address, and the screens and features you use.": a relative clause that ends a list.
    if (i >= start + 4 && toks.length - i <= 3 && !/^(to|with|from|by|for)$/.test(toks[i + 1]?.raw ?? '') && /^(you|we|they)$/.test(toks[i - 1].raw) && !VERBS.has(toks[i - 2].raw) && !AUXILIARIES.has(toks[i - 2].raw) && !FIRST_PARTY.has(toks[i - 2].raw) && !toks.slice(start, i - 1).some((t) => VERBS.has(t.raw) && !/s$/.test(t.raw))) continue;
    // "the information you provide will be transferred to Mailchimp": the same without "that".
    // ("Feedback you provide may be analyzed by OpenAI": any noun that opens the sentence.)
    // ("The voice recordings you provide are sent to OpenAI": a noun phrase with no verb in it opens the sentence.)
    const opensWithNoun = i - 2 >= start && toks.slice(start, i - 1).every((x) => !VERBS.has(x.raw) && !AUXILIARIES.has(x.raw) && !BE.has(x.raw)) && !/^(?:if|when|once|as|what|everything|anything|something|because|since|while|whatever|where|how|and|or|but|so|in|on|at|for|with|from|by|during|after|before|within|through|via|to|of|under|over|across|into|upon)$/.test(toks[start].raw);
    if (i >= 2 && (/^(information|data|details|content|materials?|files?|messages?)$/.test(toks[i - 2].raw) || (opensWithNoun && !/^(?:if|when|once|as|what|all|any|everything|anything|something|because|since|while|whatever|where|how|and|or|but|so)$/.test(toks[i - 2].raw))) && /^(we|you|they)$/.test(toks[i - 1].raw) && toks.slice(i + 1, i + 4).some((t) => BE.has(t.raw) || /^(will|may|can|shall|would|might)$/.test(t.raw))) continue;
    // ("Boost usage counts (Redis)", "Token counts tracked for billing", "Word counts, typing speeds": a plural noun
    // after a noun, with no object after it, is no verb — "Acme counts page views" has one.)
    if (pluralNounAt(toks, i, start)) continue;
    // The first word of a name of data ("Profile picture", "Contact details", "Access logs") is no verb.
    if (matchPhrases(words.slice(i, i + 4)).some((x) => x.start === 0 && x.end > 1)) continue;
    // Nor its last ("criminal-record checks", "medical-record numbers").
    if (i > start && toks[i - 1].chunk === t.chunk && matchPhrases(words.slice(i - 1, i + 1)).some((x) => x.start === 0 && x.end === 2) && !/^(?:not|never|we|you|to|and|or|also)$/.test(toks[i - 1].raw)) continue;
    // Nor the last word of a vendor's name ("the App Store", "Google Play Store").
    if (t.cap && i > start && toks[i - 1].cap && [i - 2, i - 1].some((k) => k >= start && matchRecipients(words.slice(k, i + 1), text).some((x) => x.service && x.start === 0 && x.end === i + 1 - k))) continue;
    // Nor the first word of a kind of recipient ("Hosting providers", "Processing partners"), or of a list of kinds that
    // share their noun ("Hosting and AI providers receive …").
    const kindsAhead = matchRecipients(words.slice(i, i + 6), text).filter((x) => x.kind && !x.service);
    if (kindsAhead.some((x) => x.start === 0 && (x.end > 1 || kindsAhead.some((y) => y.start > 0 && y.start <= 3 && words.slice(i + 1, i + y.start).some((w) => w === 'and' || w === 'or'))))) continue;
    // A plural noun that looks like a verb ("your support requests, comments", "access logs and records", "Logs do not …").
    const next = toks[i + 1];
    // ("Content publishing events", "payment processing records": a gerund between two nouns names a kind of record.)
    if (/ing$/.test(t.raw) && i > start && next?.chunk === t.chunk && toks[i - 1].chunk === t.chunk && RECORD_NOUN.test(next.raw) && !AUXILIARIES.has(prev ?? '') && !VERBS.has(prev ?? '') && !/^(?:we|you|they|it|i|not|never|to|by|for|of|from|about|in|on|with|without|also|and|or|is|are|be|been|when|while|before|after)$/.test(prev ?? '')) continue;
    // ("Data tracked using our own tools is not sent to a third party": a gerund in a phrase that describes the subject,
    // before the passive that is the sentence's verb.)
    if (/ing$/.test(t.raw) && i > start && !AUXILIARIES.has(prev ?? '') && !/^(?:we|you|they|it|i|he|she|who|that|which|and|or|by|for|of|from|about|in|on|with|without|when|while|before|after)$/.test(prev ?? '') && !toks.slice(start, i).some((x) => BE.has(x.raw) || /^(?:we|you|they|it|i|will|may|can|could|would|should|must|do|does|did)$/.test(x.raw)) && passiveAfter(toks, i)) continue;
    // ("non-identifiable request IDs", "record identifiers": a word before an identifier names what it identifies.)
    if (i > start && next?.chunk === t.chunk && /^(?:ids?|identifiers?)$/.test(next.raw) && !/(?:s|ed)$/.test(t.raw) && !AUXILIARIES.has(prev ?? '') && !/^(?:we|you|they|it|i|not|never|to|and|or)$/.test(prev ?? '')) continue;
    // ("Organisation name, ABN, trading name", "mailing address": a gerund before a name or an address names which one.)
    if (/ing$/.test(t.raw) && i > start && next?.chunk === t.chunk && /^(?:names?|address(?:es)?)$/.test(next.raw) && !AUXILIARIES.has(prev ?? '') && !/^(?:we|you|they|it|i|not|never|no|to|by|for|of|from|about|in|on|with|without|also|and|or|is|are|be|been|was|were|when|while|before|after|avoid|stop)$/.test(prev ?? '')) continue;
    // ("records linking an account to an email address", "logs showing which pages": a plural noun that a gerund of
    // relation describes.)
    if (/s$/.test(t.raw) && next?.chunk === t.chunk && /^(?:linking|showing|containing|relating|describing|indicating|identifying|listing|connecting|associating|tying|matching|mapping)$/.test(next.raw) && !/^(?:we|it|he|she|who|that|which|never|also|not|only|always)$/.test(prev ?? '')) continue;
    // "anonymized data", "hashed identifiers": a participle before a noun describes it.
    if (/ed$/.test(t.raw) && /^(data|information|identifiers?|form|version|copies|copy|statistics|records?|logs?|ip|email|emails|details)$/.test(next?.raw ?? '') && next?.chunk === t.chunk) continue;
    // ("Recent bulk deleted messages": a participle after a modifier, before the data it describes.)
    if (/ed$/.test(t.raw) && i > start && next?.chunk === t.chunk && !/^(we|you|they|it|i|he|she|not|never|also|only|have|has|had|was|were|is|are|be|been|being|and|or|then|who|that|which|will|may|can|could|would|should|must|automatically|securely|permanently)$/.test(prev ?? '') && !VERBS.has(prev ?? '') && matchPhrases(words.slice(i + 1, i + 4)).some((x) => x.start === 0)) continue;

    // ("identity verification providers where used", "analytics, if enabled": a bare participle after "where"/"if" says
    // when the words before it hold, not what anyone does.)
    if (/ed$/.test(t.raw) && /^(?:where|when|if|unless)$/.test(prev ?? '') && (!next || next.chunk !== t.chunk)) continue;
    // ("User agent (used to infer browser and OS)": a participle that opens a parenthetical describes the noun before it.)
    // ("(handled by our payment processor)" names who does it: that one is read.)
    if (t.paren && i > start && !toks[i - 1].paren && /ed$/.test(t.raw) && toks[i + 1]?.raw !== 'by') continue;
    // ("Unfinished applications (drafts you did not submit) are deleted after 14 days": a clause in parentheses with a
    // subject of its own describes the noun before it; the sentence's verb comes after.)
    if (t.paren && i > start) {
      let open = i;
      while (open > start && toks[open - 1].paren) open--;
      if (open > start && toks.slice(open, i).some((x) => /^(?:you|we|they|i|he|she|users?)$/.test(x.raw)) && toks.slice(i + 1).some((x) => !x.paren && VERBS.has(x.raw))) continue;
    }
    // ("Heroku (hosting services)", "Stripe (processing payments)": a gerund that opens a parenthetical says what the
    // name before it does.)
    if (t.paren && i > 0 && !toks[i - 1].paren && /ing$/.test(t.raw)) continue;
    // ("home address (so our van can collect and return your dog)": a verb in an aside that says why is not the main verb.)
    if (t.paren && i > start && !toks[start].paren) {
      let k = i;
      while (k > start && toks[k - 1].paren) k--;
      if (/^(?:so|because|since|in|which|that|as)$/.test(toks[k].raw)) continue;
    }
    // ("usage data such as pages viewed and features used": a participle after a noun of an example list describes it.)
    // (Not after an auxiliary and an adverb: "metadata such as IP addresses are temporarily stored".)
    if (/ed$/.test(t.raw) && i > start && !AUXILIARIES.has(prev ?? '') && !(/ly$/.test(prev ?? '') && AUXILIARIES.has(toks[i - 2]?.raw ?? '')) && !/^(?:we|you|they|it|i|not|never|be|been|being|to)$/.test(prev ?? '') && toks.slice(start, i - 1).some((x, k) => (x.raw === 'such' && toks[start + k + 1]?.raw === 'as') || x.raw === 'including')) continue;
    // ("access times", "access logs": a noun before a noun.)
    if (t.raw === 'access' && next?.chunk === t.chunk && !/^(?:we|you|they|i|it|he|she|to|can|cannot|may|will|not|never|also|only|could|would|might|must|shall|should|t|and|or)$/.test(prev ?? '') && /^(?:times?|logs?|dates?|tokens?|levels?|rights|control|history|patterns|records|codes?|keys?|points?|requests?|events?)$/.test(next.raw)) continue;
    // ("have access to": "access" is no plural.)
    // ("Acme never asks about criminal history": after an adverb of frequency or a negation it is the verb; in "never
    // provides or sells" the verb joined after it still is.)
    if (/s$/.test(t.raw) && !(t.raw === 'access' && /^(?:have|has|had|not|never)$/.test(prev ?? '')) && !(t.raw !== 'access' && /^(?:never|also|always|only|still|neither|nor|rarely|sometimes|automatically)$/.test(prev ?? '') && !/^(?:and|or)$/.test(next?.raw ?? '')) && (!next || next.chunk !== t.chunk || /^(and|or|regarding|of|about|to|that|which|we|you|are|is|were|may|will|can|do|does|don|doesn|must|should|would|could|might|shall)$/.test(next.raw) || (i === start && /^(?:never|only|always|typically|usually|generally|also|automatically|rarely)$/.test(next.raw)))) continue;
    // "We prevent Sentry from storing IP addresses": the verb a preventing verb governs, negated.
    if (prev === 'from') {
      let g = -1;
      for (let k = i - 2; k >= Math.max(start, i - 6); k--) if (/^(prevent|prevents|prohibit|prohibits|forbid|forbids|stop|stops|bar|bars|block|blocks|restrict|restricts)$/.test(toks[k].raw)) g = k;
      if (g >= 0) {
        verb = i;
        governor = g;
        prevented = true;
        break;
      }
    }
    if (prev === 'to') {
      let g = -1;
      for (let k = i - 2; k >= Math.max(start, i - 8); k--) {
        if (CONTROL.has(toks[k].raw)) {
          g = k;
          break;
        }
        if (VERBS.has(toks[k].raw)) break;
      }
      if (g >= 0) {
        verb = i;
        governor = g;
        break;
      }
      if (fallback < 0) fallback = i;
      continue;
    }
    verb = i;
    // ("We configure it so that it does not receive names": the clause of purpose after a control verb is governed by it,
    // as "configure it not to receive" is.)
    governor = soThatGovernor(toks, i, start);
    break;
  }
  if (verb < 0) verb = fallback;
  // "We do not allow third-party trackers or analytics tools to operate on the site": letting a recipient in is
  // sharing with it.
  let letsIn = false;
  if (verb < 0) {
    const at = toks.findIndex((t, i) => i >= start && /^(allow|allows|permit|permits|let|lets)$/.test(t.raw));
    if (at >= 0 && toks.slice(at + 1, at + 10).some((t) => t.raw === 'to' || t.raw === 'on' || t.raw === 'in' || t.raw === 'within')) {
      verb = at;
      letsIn = true;
    }
  }
  // "Checkr runs background checks", "Sentry helps us find errors": a vendor doing its job.
  let vendorVerb = false;
  if (verb < 0) {
    for (let i = start + 1; i < Math.min(toks.length, start + 6); i++) {
      if (VENDOR_VERBS.has(toks[i].raw) && toks.slice(start, i).some((t) => t.cap) && !pluralNounAt(toks, i, start)) {
        verb = i;
        vendorVerb = true;
        break;
      }
    }
  }

  // "we do not have access or control over these cookies", "access to cookies set by third parties": another site's
  // cookies, not a practice of ours.
  if (verb >= 0 && toks[verb].raw === 'access' && /\baccess (?:to |or control (?:over|of) |to or control (?:over|of) )?(?:these|those|such|their|its) (?:third[- ]party )?cookies\b|\baccess\b[^.;]{0,30}\bcookies (?:set|placed|used|dropped|served|stored) by\b/.test(lower)) return r;
  const used = new Array<boolean>(toks.length).fill(false);
  if (verb >= 0) {
    const v = toks[verb];
    r.verb = v.raw;
    r.action = vendorVerb ? 'use' : letsIn ? 'share' : VERBS.get(v.raw)!;
    // "We do not include or integrate any third-party services that …": taking a vendor's code in is sharing with it.
    if (/^(?:include|includes|embed|embeds|integrate|integrates)$/.test(v.raw) && /^(?:or (?:integrate|embed|include|use|install) )?(?:any )?(?:other )?(?:third party|external|outside|(?:advertisement|advertising|ad|ads|tracking|analytics) (?:libraries|library|sdks?|code|scripts?|tools?|services?|trackers?|networks?|pixels?|cookies?))\b/.test(toks.slice(verb + 1, verb + 7).map((t) => t.raw).join(' '))) r.action = 'share';
    // "We do not use your data for selling to third parties": using data for a sale or a disclosure is that sale or
    // disclosure.
    if (r.action === 'use') {
      const forAt = toks.findIndex((t, i) => i > verb && i <= verb + 6 && t.raw === 'for');
      const purpose = forAt > 0 ? toks[forAt + 1]?.raw ?? '' : '';
      if (/^(?:selling|sharing|disclosing|renting|trading)$/.test(purpose)) r.action = purpose === 'selling' || purpose === 'renting' || purpose === 'trading' ? 'sell' : 'share';
    }
    // Passive: a form of "be" right before a participle ("is shared", "are not sold", "will be deleted"), adverbs aside
    // ("will not be intentionally shared").
    let k = verb - 1;
    while (k >= start && (toks[k].raw === 'not' || toks[k].raw === 'never' || toks[k].raw === 'ever' || toks[k].raw === 'also' || toks[k].raw === 'only' || toks[k].raw === 't' || /^[a-z]{3,}ly$/.test(toks[k].raw))) k--;
    // ("will be protected and not shared": a participle joined to the one after "be" shares it.)
    if (k - 1 > start && /^(?:and|or)$/.test(toks[k].raw) && (/ed$/.test(toks[k - 1].raw) || IRREGULAR_PARTICIPLES.has(toks[k - 1].raw)) && BE.has(toks[k - 2]?.raw ?? '')) k -= 2;
    // ("are not grouped together, sold, used for marketing, or shared": the participles of a list after one "be".)
    const listed = (w: string) => w === 'or' || w === 'and' || w === 'nor' || listedParticiple(w) || IRREGULAR_PARTICIPLES.has(w);
    if (k >= start && !BE.has(toks[k].raw) && listed(toks[k].raw) && participle(v.raw)) {
      let j = k;
      while (j >= start && (listed(toks[j].raw) || toks[j].raw === 'not' || toks[j].raw === 'never')) j--;
      if (j >= start && BE.has(toks[j].raw) && j < k && hasNot(toks, j, k)) k = j;
    }
    // ("isn't shared", "aren't sold": a contracted "be".)
    r.passive = k >= start && (BE.has(toks[k].raw) || (/^(isn|aren|wasn|weren)$/.test(toks[k].raw) && toks[k + 1]?.raw === 't')) && (v.raw.endsWith('ed') || IRREGULAR_PARTICIPLES.has(v.raw) || v.raw === 'stored' || v.raw === 'shared');
    // Negation right before the verb ("do not", "don't", "will never", "have not been"), or a negative subject
    // ("No personal data is sold"): a "not" further away belongs to another verb.
    // "We pledge never to sell …", "we promise not to share …": the negation between a control verb and its verb.
    // ("You can choose not to provide optional profile information": the person's choice says the data is optional, not
    // that it is not collected.)
    const optedOut = governor >= 0 && /^(?:choose|decide|opt|elect|prefer)$/.test(toks[governor].raw) && /^(?:you|users?|visitors?|customers?)$/.test(toks.slice(start, governor).find((t) => !AUXILIARIES.has(t.raw))?.raw ?? '') && /^(?:provide|give|submit|share|enter|disclose|supply)$/.test(toks[verb].raw);
    if (governor >= 0 && !optedOut) for (let i = governor + 1; i < verb; i++) if (toks[i].raw === 'not' || toks[i].raw === 'never') r.negated = true;
    if (prevented || noAccess) r.negated = true;
    for (let i = (governor >= 0 ? governor : verb) - 1; i >= start; i--) {
      const w = toks[i].raw;
      if (w === 'not' || w === 'never' || w === 'cannot' || w === 'nor' || (w === 't' && i > 0 && NEGATED_AUX.has(toks[i - 1].raw))) r.negated = true;
      // "nor do we use …": the subject after its auxiliary.
      // ("We never buy, sell or broker …": the verbs joined before it.)
      // ("We don't access, sell, transmit, or use your conversations": so are the verbs of data listed before it.)
      // (Only a verb of a list: "Payments (which we never see) are processed by Stripe" has its "never" in a clause of
      // its own.)
      else if (((TRADE_VERBS.has(w) || LISTED_VERB.test(w)) && /^(?:or|and|nor)$|^$/.test(toks[i + 1]?.raw === undefined ? '' : VERBS.has(toks[i + 1].raw) || TRADE_VERBS.has(toks[i + 1].raw) ? '' : toks[i + 1].raw)) || ((w === 'or' || w === 'and') && (TRADE_VERBS.has(toks[i - 1]?.raw ?? '') || LISTED_VERB.test(toks[i - 1]?.raw ?? '')))) continue;
      // ("… are not grouped together, sold, …": a participle of the list, with its particle, that the lexicon lacks.)
      else if (participle(v.raw) && listedParticiple(w) && !hasNot(toks, i, verb) && hasNot(toks, start, i)) continue;
      else if (!(AUXILIARIES.has(w) || NEGATED_AUX.has(w) || /ly$/.test(w) || w === 'ever' || w === 'knowingly' || w === 'be' || w === 'to' || (/^(we|they|it|you|i)$/.test(w) && i > start && AUXILIARIES.has(toks[i - 1].raw)))) break;
    }
    // "does not have access to or store it", "never sells nor rents": a verb joined to a negated one shares its "not".
    // ("This data never leaves your device or is transmitted to third parties": past the joined verb's auxiliary.)
    let joinAt = (governor >= 0 ? governor : verb) - 1;
    while (joinAt > start && /^(?:is|are|was|were|be|been|gets|get)$/.test(toks[joinAt].raw) && /^(?:or|nor)$/.test(toks[joinAt - 1]?.raw ?? '')) joinAt--;
    if (!r.negated && joinAt > start && /^(or|nor)$/.test(toks[joinAt].raw)) {
      for (let i = joinAt - 1; i >= Math.max(start, joinAt - 8); i--) {
        const w = toks[i].raw;
        if (w === 'not' || w === 'never' || w === 'cannot' || (w === 't' && i > 0 && NEGATED_AUX.has(toks[i - 1].raw))) {
          r.negated = true;
          break;
        }
      }
    }
    const firstWord = toks[start]?.raw;
    const noCount = toks.slice(start, verb).filter((t) => t.raw === 'no').length;
    // ("No matter where you are located, you consent to …": a concession, not a negation.)
    // ("No conversation content, API keys, or personal data is ever collected": a list of data, no verb of its own.)
    // ("No cookie banner is needed because we only use necessary cookies": the verb of a clause with a subject of its own.)
    const ownClause = toks.slice(start + 1, verb).some((t, k, a) => /^(?:because|since|as|so|while|although|though|when|if)$/.test(t.raw) && /^(?:we|i|you|they)$/.test(a[k + 1]?.raw ?? ''));
    // ("None of the records that FreeFlarum holds about its users were … ever sold": "none of" is the subject however long
    // the clause that says which.)
    const noneOf = firstWord === 'none' && toks[start + 1]?.raw === 'of' && verb - start <= 30 && AUXILIARIES.has(toks[verb - 1]?.raw ?? '');
    if ((firstWord === 'no' || firstWord === 'none' || firstWord === 'nothing' || firstWord === 'neither') && !(firstWord === 'no' && toks[start + 1]?.raw === 'matter') && !ownClause && (noneOf || verb - start <= 8 || noCount >= 2 || (verb - start <= 14 && (toks[verb].chunk === toks[start].chunk || !toks.slice(start + 1, verb).some((t) => VERBS.has(t.raw) || /^(?:that|which|who|we|you|they)$/.test(t.raw)))))) r.negated = true;
    // "We collect no personal data", "we store nothing": the object's "no" negates the verb.
    // ("We collect, store, share or transmit absolutely no personal data": past the verbs it is listed with, and an
    // intensifier.)
    let obj = verb + 1;
    while (VERBS.has(toks[obj]?.raw ?? '') || (/^(?:or|and|nor)$/.test(toks[obj]?.raw ?? '') && VERBS.has(toks[obj + 1]?.raw ?? ''))) obj++;
    if (/^(?:absolutely|strictly|literally|simply|truly|really|virtually|essentially)$/.test(toks[obj]?.raw ?? '')) obj++;
    if (!r.negated && /^(?:no|nothing)$/.test(toks[obj]?.raw ?? '') && !/^(?:longer|later|more than|matter)$/.test(toks[obj + 1]?.raw ?? '') && (obj === verb + 1 ? toks[obj].chunk === toks[verb].chunk : /^(?:data|information|info|personal|user|identifiable|personally|cookies|tracking|telemetry)$/.test(toks[obj + 1]?.raw ?? ''))) r.negated = true;
    // ("TabWipe collects zero data": so does "zero", before a word for data — not "zero-knowledge encryption".)
    if (!r.negated && toks[verb + 1]?.raw === 'zero' && toks[verb + 1].chunk === toks[verb].chunk && /^(?:personal |user |identifiable |)(?:data|information|info|tracking|cookies|analytics|telemetry)\b/.test(toks.slice(verb + 2, verb + 4).map((t) => t.raw).join(' '))) r.negated = true;
    // "delete it when no longer needed" says when, not that it is not done; "if you no longer wish to receive …" is the
    // user's wish.
    // ("until the law no longer requires us to hold it", "after we no longer need it": a time clause, not the verb's.)
    if (/\bno longer\b(?! (?:needed|necessary|required|relevant|useful|in use|active|valid)\b)/.test(lower) && !/\b(?:until|after|when|once|whenever|as soon as)\b[^,.;:]{0,60}\bno longer\b/.test(lower) && !/\b(?:you|users?)\s+(?:\w+\s+)?no longer\b/.test(lower)) r.negated = true;

    // "We do not rely on consent for these analytics because they do not use cookies": a verb in a reason clause has
    // that clause's subject.
    for (let i = verb - 2; i > start; i--) {
      if (REASON_CONJUNCTION.test(toks[i].raw) && /^(?:they|it|these|those|he|she)$/.test(toks[i + 1].raw)) {
        start = i + 1;
        break;
      }
    }
    // "We register your aids under a reference number: manufacturers do not receive your name": after a colon that ends
    // a clause of our own, a clause with a subject of its own (a word before its verb) has that subject. (Not after a
    // label: "Segment (and Amplitude): which screens are used".)
    for (let i = verb - 1; i > start; i--) {
      if (!toks[i].colon) continue;
      const ownClause = toks.slice(start, i).some((t) => FIRST_PARTY.has(t.raw) || ctx.selfNames.has(t.raw));
      if (ownClause && toks.slice(i, governor >= 0 ? governor : verb).some((t) => !AUXILIARIES.has(t.raw) && !/^(?:not|never|t)$/.test(t.raw))) start = i;
      break;
    }
    // The subject: what stands before the verb, auxiliaries and negators aside.
    let subjFrom = start;
    // With an apposition or a list before the verb, the subject is the last comma-chunk that names someone.
    const subjToks: number[] = [];
    const subjEnd = governor >= 0 ? governor : verb;
    // (A product named by a word that is also an auxiliary — "Being does not sell …" — is the subject.)
    for (let i = subjFrom; i < subjEnd; i++) if ((!AUXILIARIES.has(toks[i].raw) || (toks[i].cap && ctx.selfNames.has(toks[i].raw))) && !(toks[i].raw === 't' && NEGATED_AUX.has(toks[i - 1]?.raw ?? ''))) subjToks.push(i);
    if (subjToks.length) subjFrom = subjToks[0];
    const headEnd = subjToks.length ? subjToks[Math.min(subjToks.length - 1, Math.max(0, subjToks.findIndex((i) => /^(who|that|which|whose|whom|where)$/.test(toks[i].raw)) - 1 < 0 ? subjToks.length - 1 : subjToks.findIndex((i) => /^(who|that|which|whose|whom|where)$/.test(toks[i].raw)) - 1))] + 1 : verb;
    const subjParties = partiesIn(toks, words, text, subjFrom, Math.min(verb, headEnd), ctx, used);
    // "Discord id and Discord avatar id": a vendor naming data in the subject does not act.
    subjParties.services = subjParties.services.filter((id) => !qualifiesData(toks, words, id, text));
    // The head of the subject: its first noun phrase, before a relative clause or a prepositional phrase
    // ("third parties who assist us", "These third parties have access … on our behalf").
    // Every word counts for the break, auxiliaries too ("are authorized to use … to us": the head ends at "to").
    const head: number[] = [];
    for (let i = subjToks[0] ?? subjEnd; i < subjEnd; i++) {
      if (head.length && /^(who|that|which|whose|whom|where|to|of|on|in|for|with|by|from|at|about|under|through|via|have|has|had|only)$/.test(toks[i].raw)) break;
      if (subjToks.includes(i)) head.push(i);
    }
    const subjWords = head.map((i) => toks[i].raw);
    // "Our AI providers": a possessive before a recipient names the recipient, not us.
    const headParties = head.length ? partiesIn(toks, words, text, head[0], head[head.length - 1] + 1, ctx, new Array<boolean>(toks.length).fill(false)) : emptyParties();
    const recipientHead = headParties.services.length > 0 || headParties.kinds.length > 0;
    const self = subjWords.some((w) => w === 'we' || w === 'us' || ((w === 'our' || w === 'ourselves') && !recipientHead) || ctx.selfNames.has(w)) || (subjWords.length > 1 && subjWords.length <= 3 && (ctx.selfNames.has(subjWords.join(' ')) || ctx.selfNames.has(subjWords.join('')) || (subjWords[0] === 'the' && ctx.selfNames.has(subjWords.slice(1).join(' '))))) || /^(?:neither )?(the|our|this|these) (platform|service|services|apps?|applications?|websites?|sites?|products?|extension|tool|software|company|developers?|team|game|bot|plugin|add-?on|project|authors?|publishers?|maintainers?|creators?)(?: itself| themselves)?$/.test(subjWords.join(' '))
      // "This chatmail server does not store …": the product's own server.
      || (!recipientHead && /^(our|this) (?:[a-z0-9-]+ )?(server|servers|instance)$/.test(subjWords.join(' ')))
      // ("The mobile app does not collect …", "Our browser extension never sends …", "the tour app": the product by what
      // kind of app it is.)
      // (Not "the Fitbit app": a name before the app is another company's.)
      || (!recipientHead && OWN_KIND_OF_APP.test(subjWords.join(' ')) && !head.slice(1).some((i) => toks[i].cap))
      // "Some of our web pages use cookies", "Parts of this website …": a part of the product is the product.
      || OWN_PART_SUBJECT.test(subjToks.map((i) => toks[i].raw).join(' '));
    // ("The couple gives us your name …", "Your employer sends us …": someone who is no recipient hands us the data, as a user would.)
    // ("Telegram sends the Bot the information …": the product, by what it is or by its own name, is "us".)
    const toProduct = toks[verb + 1]?.raw === 'us' || (/^(?:the|our|this)$/.test(toks[verb + 1]?.raw ?? '') && (/^(?:bot|app|application|service|platform|website|site|extension|plugin|server|servers|game)$/.test(toks[verb + 2]?.raw ?? '') || ctx.selfNames.has(toks[verb + 2]?.raw ?? '')));
    const givesUs = /^(?:give|gives|gave|send|sends|sent|pass|passes|passed|hand|hands|handed|forward|forwards|forwarded)$/.test(v.raw) ? toProduct : /^(?:provide|provides|provided)$/.test(v.raw) && toks[verb + 1]?.raw === 'us';
    const user = givesUs || subjWords.some((w) => w === 'you' || w === 'user' || w === 'users' || w === 'visitor' || w === 'visitors' || w === 'customer' || w === 'customers');
    const pronounThey = subjWords.length <= 2 && subjWords.some((w) => w === 'they' || w === 'it');
    // "PCF has agreements with its providers that they will not share …": "they", the providers, do not share.
    let k0 = verb - 1;
    while (k0 > start && (AUXILIARIES.has(toks[k0].raw) || /^(?:not|never|t)$/.test(toks[k0].raw))) k0--;
    const theyClause = !r.passive && toks[k0]?.raw === 'they' && toks[k0 - 1]?.raw === 'that' && (subjParties.kinds.length > 0 || subjParties.services.length > 0);
    if (theyClause) {
      r.actor = subjParties.services.length ? 'vendor' : 'kind';
      r.actorParties = subjParties;
    } else if (r.passive) {
      // "processed by Stripe": the agent acts; otherwise the product does.
      const by = toks.findIndex((t, i) => i > verb && t.raw === 'by');
      const agent = by > 0 ? partiesIn(toks, words, text, by + 1, Math.min(toks.length, by + 10), ctx, used) : emptyParties();
      if (agent.services.length || agent.kinds.length) {
        r.actor = agent.services.length ? 'vendor' : 'kind';
        r.actorParties = agent;
      } else if (subjParties.services.length && /^(provided|offered|operated|run|owned|supplied|maintained|developed|made)$/.test(v.raw) && by > 0) {
        // "Google Ads remarketing service is provided by Google Inc.": the service named in the subject acts.
        r.actor = 'vendor';
        r.actorParties = subjParties;
      } else if (THROUGH_OTHERS.test(toks.slice(verb + 1, verb + 8).map((t) => t.raw).join(' '))) {
        // "… any personal data that may be collected through these websites or services": theirs, not the product's
        // (nor anything the product gives them).
        r.actor = 'kind';
        r.actorParties = emptyParties();
      } else r.actor = 'we';
    } else if (self) r.actor = 'we';
    else if (subjParties.services.length) {
      r.actor = 'vendor';
      r.actorParties = subjParties;
    } else if (subjParties.kinds.length) {
      r.actor = 'kind';
      r.actorParties = subjParties;
    } else if (user) r.actor = 'user';
    // "It may include your IP address": what the data named before contains, not what a party does.
    else if (pronounThey && /^(include|includes|included|including|contain|contains|contained|comprise|comprises|consist|consists|cover|covers)$/.test(v.raw)) r.actor = 'data';
    else if (pronounThey) r.actor = 'kind';
    else {
      const names = unknownNames(toks, subjFrom, verb, used, ctx);
      // A sentence may start with a vendor's name ("Checkr runs …"): one or two capitalised words, not a plural noun or a data word.
      const lead = toks[subjFrom];
      if (!names.length && subjFrom === 0 && subjToks.length >= 1 && subjToks.length <= 2 && subjFrom < verb && (vendorVerb || VENDOR_VERBS.has(v.raw) || modalVendorVerb(toks.slice(subjFrom + 1, verb), v.raw)) && lead?.cap && !lead.code && !/s$/.test(lead.raw) && !notAName(toks, subjFrom) && (!COMMON_CAPS.has(lead.raw) || familyLead(subjToks.map((i) => toks[i]))) && !ctx.selfNames.has(lead.raw) && !matchPhrases([lead.word]).length && !AUXILIARIES.has(lead.raw) && !/^(it|this|that|they|these|those|there|all|any|each|some|such|no|none|an?|if|when|where|while|once|most|many|much|other|third|certain|both)$/.test(lead.raw) && !IMPERATIVE_LEAD.test(lead.raw) && !/^[a-z]{4,}ly$/i.test(lead.raw) && verb < toks.length - 1) names.push(lead.raw);
      // ("Trigger Type & Gear Type used", an item of what is collected: a participle that ends the text names what is
      // used; no one named before it acts.)
      const trailing = verb === toks.length - 1 && (v.raw.endsWith('ed') || IRREGULAR_PARTICIPLES.has(v.raw));
      if (names.length && subjToks.length <= 4 && !trailing) {
        r.actor = 'vendor';
        r.actorParties = { ...emptyParties(), names };
      } else if (subjToks.length && subjToks.length <= 4 && /^(?:the|our|this)$/.test(subjWords[0] ?? '') && /^(?:send|sends|share|shares|transmit|transmits|upload|uploads|pass|passes|forward|forwards|disclose|discloses)$/.test(v.raw) && !matchPhrases(subjWords).length && !PERSON_SUBJECT.test(subjWords[subjWords.length - 1] ?? '')) {
        // "The season planner does not send your name to OpenAI": a part of the product, named by what it does.
        r.actor = 'we';
      } else if (subjToks.length) r.actor = 'data';
      else r.actor = 'none';
    }
    // "… supports Ollama as a local option that does not send data to any third party": a negation in a relative
    // clause is about the noun before "that/which", not about us.
    if (r.negated && r.actor === 'we') {
      let j = (governor >= 0 ? governor : verb) - 1;
      while (j > start && (AUXILIARIES.has(toks[j].raw) || NEGATED_AUX.has(toks[j].raw) || /^(not|never|t)$/.test(toks[j].raw))) j--;
      const before = toks[j - 1]?.raw ?? '';
      // "Acme is a service that does not sell your data": what we are, said of us.
      const copula = toks.slice(start, j).some((t) => BE.has(t.raw));
      if (j > start + 1 && /^(that|which)$/.test(toks[j].raw) && !FIRST_PARTY.has(before) && !ctx.selfNames.has(before) && !copula) {
        const antecedent = partiesIn(toks, words, text, Math.max(start, j - 6), j, ctx, new Array<boolean>(toks.length).fill(false));
        r.actor = antecedent.services.length ? 'vendor' : 'data';
        if (antecedent.services.length) r.actorParties = antecedent;
      }
    }
    // Categories named in the subject (passive or data subjects: "Your email address is never shared").
    r.subjectObjects = categoriesIn(toks, words, lower, subjFrom, verb, used);
    // Objects, recipients and sources after the verb.
    // ("… provided by you or your sign-in provider", "supplied by your employer": after a participle of giving,
    // the agent is where the data comes from, as after "from".)
    // ("hosted using services from DigitalOcean", "built on infrastructure from AWS": whose services the product uses, a
    // recipient, not a source.)
    const fromIdx = toks.findIndex((t, i) => i > verb && (t.raw === 'from' || (i <= verb + 2 && t.raw === 'by' && GIVEN_BY.test(v.raw))) && !(t.raw === 'from' && /^(?:services|infrastructure|servers|hosting|solutions|products)$/.test(toks[i - 1]?.raw ?? '') && /^(?:using|use|uses|with|on)$/.test(toks[i - 2]?.raw ?? '')));
    const recipientEnd = toks.length;
    r.recipient = partiesIn(toks, words, text, verb + 1, fromIdx > 0 ? fromIdx : recipientEnd, ctx, used);
    // "transmitted directly from your browser to Stripe": the recipient after the source.
    const toAfter = fromIdx > 0 ? toks.findIndex((t, i) => i > fromIdx && i <= fromIdx + 6 && t.raw === 'to') : -1;
    if (toAfter > 0 && (r.action === 'share' || r.action === 'provide')) {
      const more = partiesIn(toks, words, text, toAfter + 1, recipientEnd, ctx, used);
      for (const sv of more.services) if (!r.recipient.services.includes(sv)) r.recipient.services.push(sv);
      for (const k of more.kinds) if (!r.recipient.kinds.includes(k)) r.recipient.kinds.push(k);
    }
    if (governor >= 0) {
      r.controlled = true;
      const between = partiesIn(toks, words, text, governor + 1, verb - 1, ctx, used);
      for (const k of between.kinds) if (!r.recipient.kinds.includes(k)) r.recipient.kinds.push(k);
      for (const sv of between.services) if (!r.recipient.services.includes(sv)) r.recipient.services.push(sv);
    }
    // "We never publish your email", "not made public": anyone may read it, yet no vendor receives it (scope "the public").
    // ("Your reviews are published on your public profile": other users and anyone read it — no vendor is given it.)
    const publicKind = r.negated || /\bthird[- ]part|\bpartners?\b|\bcompan(?:y|ies)\b/i.test(text) ? 'third_party' : 'other_users';
    if (publishes(v.raw, text) && !r.recipient.kinds.includes(publicKind)) r.recipient.kinds.push(publicKind);
    // "Google user data", "Slack workspace data": a vendor qualifying where data comes from is not a recipient.
    // ("information that is already public via GitHub": where it is public is where it comes from.)
    r.recipient.services = r.recipient.services.filter((id) => !qualifiesData(toks, words, id, text) && !usersOwn(text, id) && !publicOn(text, id));
    // ("We have no access to anything you do inside Claude Code": where the data is, not who gets it.)
    if (/^access/.test(v.raw)) r.recipient.services = r.recipient.services.filter((id) => !insideVendor(text, id));
    // ("… sign in using your Google, Facebook, or Apple account": nor is one of the user's accounts read as the subject.)
    if (r.actor === 'vendor' && r.actorParties.services.some((id) => usersOwn(text, id))) {
      r.actorParties = { ...r.actorParties, services: r.actorParties.services.filter((id) => !usersOwn(text, id)) };
      if (!r.actorParties.services.length && !r.actorParties.names.length) r.actor = 'user';
    }
    if (fromIdx > 0) r.source = partiesIn(toks, words, text, fromIdx + 1, Math.min(toks.length, fromIdx + 8), ctx, used);
    // ("We use the visitor action pixels from Facebook on our website": a vendor's tool we use reports to the vendor.)
    if (fromIdx > 0 && r.action === 'use' && !r.negated && VENDOR_TOOL.test(toks[fromIdx - 1]?.raw ?? '') && r.source.services.length) {
      for (const sv of r.source.services) if (!r.recipient.services.includes(sv)) r.recipient.services.push(sv);
      r.source = { services: [], kinds: [...r.source.kinds], names: [...r.source.names] };
    }
    // "Stripe sends us a confirmation of your payment", "Apple gives us your name": the vendor is where the data comes
    // from; we receive it. ("Stripe provides us with payment processing" describes a service, so not "provide".)
    // ("Apple sends us your name when you sign in with Apple": the sign-in it names is no recipient either.)
    if (givesUs && (r.actor === 'vendor' || r.actor === 'user') && !r.passive && !/^provide/.test(v.raw)) {
      if (r.actor === 'vendor') r.source = { services: [...new Set([...r.source.services, ...r.actorParties.services])], kinds: [...r.source.kinds], names: [...new Set([...r.source.names, ...r.actorParties.names])] };
      r.actor = 'we';
      r.action = 'receive';
    }
    const after = unknownNames(toks, verb + 1, fromIdx > 0 ? fromIdx : toks.length, used, ctx).filter((n, i, a) => a.indexOf(n) === i);
    // An unknown name is a recipient only after a preposition that introduces one ("with Acme", "to Checkr", "hosted on Fly").
    // ("transmitted to the Acme service", "sent to the USDA": the article between; an acronym there names a body, when data is passed on.)
    // (Not a document: "governed by the Mozilla Accounts Privacy Notice".)
    const afterPrep = (at: number) => at > 0 && (RECIPIENT_PREPS.has(toks[at - 1].raw) || (toks[at - 1].raw === 'the' && /^(?:to|with)$/.test(toks[at - 2]?.raw ?? '') && !toks.slice(at + 1, at + 4).some((t) => /^(?:privacy|notice|policy|policies|terms|statement)$/.test(t.raw))));
    if (r.action === 'share') for (let i = verb + 2; i < (fromIdx > 0 ? fromIdx : toks.length); i++) if (toks[i].upper && !used[i] && toks[i - 1].raw === 'the' && afterPrep(i) && !COMMON_CAPS.has(toks[i].raw) && !after.includes(toks[i].raw)) after.push(toks[i].raw);
    for (const n of after) {
      const at = toks.findIndex((t, i) => i > verb && t.raw === n);
      if (afterPrep(at)) r.recipient.names.push(n);
      // "We give Experian your name": the indirect object right after a verb of giving.
      else if (at === verb + 1 && /^(?:give|gives|send|sends|pass|passes|provide|provides|show|shows)$/.test(v.raw) && /^(?:your|the|their|our|a|an|any|some|only)$/.test(toks[at + 1]?.raw ?? '')) r.recipient.names.push(n);
    }
    // "We share your email with Google", "Payments … are processed by Apple": a platform company named alone after a
    // preposition that introduces a recipient is that company. ("your Google account", "Google Analytics", "on Apple
    // devices", "sign in with Google" are the user's account, a product, or the user's device.)
    for (let i = verb + 1; i < toks.length; i++) {
      const t = toks[i];
      if (used[i] || !t.cap || !PLATFORM_COMPANY.test(t.raw) || r.recipient.names.includes(t.raw) || (fromIdx > 0 && i > fromIdx)) continue;
      if (!/^(?:with|to|by|via|through)$/.test(toks[i - 1]?.raw ?? '') || /^sign(?:ing|s|ed)?$|^log(?:ging|s|ged)?$/.test(toks[i - 3]?.raw ?? '')) continue;
      const next = toks[i + 1];
      if (next && (next.cap || /^(?:account|accounts|user|users|id|ids|login|sign|device|devices|services?|products?|platforms?|'s)$/.test(next.raw))) continue;
      r.recipient.names.push(t.raw);
    }
    for (const n of companyNames(text.slice(0))) if (!ctx.selfNames.has(n) && !r.recipient.names.includes(n) && toks.findIndex((t, i) => i > verb && t.raw === n) > 0 && !r.recipient.services.length) r.recipient.names.push(n);
    // "… uploaded to the hypothes.is service": a service named by its domain, after a preposition of a recipient.
    const byDomain = r.action === 'share' && !r.recipient.services.length && !r.recipient.names.length ? DOMAIN_SERVICE.exec(text) : null;
    if (byDomain && !ctx.selfNames.has(byDomain[1].toLowerCase().replace(/\.[a-z]+$/, ''))) r.recipient.names.push(byDomain[1].toLowerCase());
    // "Firebase Analytics is used to collect anonymous usage statistics": the tool we use is where the data goes.
    if (r.passive && /^(?:used|employed|utili[sz]ed|integrated)$/.test(v.raw) && subjParties.services.length) for (const sv of subjParties.services) if (!r.recipient.services.includes(sv)) r.recipient.services.push(sv);
    // A source is not a recipient: names after "from" are where data comes from.
    if (fromIdx > 0) r.recipient.names = r.recipient.names.filter((n) => toks.findIndex((t, i) => i > fromIdx && t.raw === n) < 0);
    // "The rest … is not sent to any database, log, or client": after a passive disclosure, what follows "to" is whom.
    let objFrom = verb + 1;
    // ("may be sent to these AI models: email subject lines …": a list after a colon is the data.)
    if (r.passive && r.action === 'share' && toks[objFrom]?.raw === 'to' && !text.includes(':')) while (objFrom < toks.length && !/^(?:for|because|so|unless|except|without|when|if|which|that|but|as|where|by)$/.test(toks[objFrom].raw)) objFrom++;
    // "No trackers are embedded in our emails", "we do not embed pixels into newsletters": with a verb of embedding, the
    // emails, messages or pages after "in" are where something is put, not data.
    if (/^(?:embed|embeds|embedded|embedding|include|includes|included|including|integrate|integrates|integrated|insert|inserts|inserted|place|placed|put)$/.test(v.raw)) {
      for (let i = verb + 1; i < toks.length - 1; i++) {
        if (!/^(?:in|into|within)$/.test(toks[i].raw)) continue;
        let j = i + 1;
        while (j < toks.length && /^(?:our|the|any|your|their|these|those|all|outgoing|marketing|transactional|promotional)$/.test(toks[j].raw)) j++;
        if (MEDIUM_NOUN.test(toks[j]?.raw ?? '')) for (let k = i + 1; k <= j; k++) used[k] = true;
      }
    }
    // ("We do not collect, log or store your location": "log" coordinated with the verb is a verb, not logs.)
    for (let i = objFrom; i < toks.length - 1 && i <= verb + 8; i++) {
      if (!/^(?:log|record|track|cache|process)$/.test(toks[i].raw)) continue;
      const before = toks[i - 1]?.raw ?? '';
      const after = toks[i + 1]?.raw ?? '';
      if ((/^(?:or|and|nor)$/.test(before) || toks[i - 1] === toks[verb] || i === objFrom) && (/^(?:or|and|nor)$/.test(after) || VERBS.has(after) || /^(?:your|the|any|our|their|this|these|such)$/.test(after))) used[i] = true;
    }
    r.objects = categoriesIn(toks, words, lower, objFrom, toks.length, used);
    // "… IP address, which is not stored": the negation is about the noun before "which", not the whole sentence.
    const rel = verb - 1 >= start ? toks.slice(start, verb).map((t) => t.raw).lastIndexOf('which') : -1;
    if (r.negated && rel > 0) {
      const at = start + rel;
      r.subjectObjects = categoriesIn(toks, words, lower, Math.max(start, at - 4), at, new Array<boolean>(toks.length).fill(false));
      r.objects = [];
    }
    // "We will never ask for your password via email", "… your card number over the phone": in a negated sentence, the
    // channel something is asked for through is no data of its own when other data is named.
    const channel = r.negated ? CHANNEL.exec(text) : null;
    if (channel) {
      const cat = /mail/i.test(channel[1]) ? 'user.contact.email' : 'user.contact.phone_number';
      if (r.objects.some((c) => c !== cat)) r.objects = r.objects.filter((c) => c !== cat);
    }
    // "the raw files you upload": the content is the object of the user's verb, wherever the main verb is.
    const made = madeCategory(toks.map((t) => t.raw).join(' '));
    if (made && ![...r.objects, ...r.subjectObjects].some((o) => o === made || o.startsWith(`${made}.`))) r.objects.push(made);
  } else {
    // No verb: a label, a table cell, a list item ("your email", "Sentry — error monitoring").
    r.recipient = partiesIn(toks, words, text, 0, toks.length, ctx, used);
    r.objects = categoriesIn(toks, words, lower, 0, toks.length, used);
    r.confidence = 0.6;
  }
  // "… never leave your phone", "stored on your mobile": the person's device is a place, not a phone number.
  if (DEVICE_PLACE.test(text) && !/\bphone numbers?\b|\btelephone\b/i.test(text)) {
    r.objects = r.objects.filter((c) => c !== 'user.contact.phone_number');
    r.subjectObjects = r.subjectObjects.filter((c) => c !== 'user.contact.phone_number');
  }
  // "The app does not request access to your contacts, photos or microphone": device permissions — the photo library
  // and what the microphone hears, not a picture of the person.
  if (DEVICE_PERMISSIONS.test(text)) {
    for (const list of [r.objects, r.subjectObjects]) {
      const at = list.indexOf('user.content.self_image');
      if (at >= 0 && /\bphotos\b/i.test(text) && !/\b(?:profile|your own) (?:photos?|pictures?)\b|\bphotos? of you\b/i.test(text)) list.splice(at, 1, 'user.content.photo_library');
    }
    if (/\bmicrophone\b/i.test(text) && r.objects.length && !r.objects.includes('user.content.audio')) r.objects.push('user.content.audio');
  }
  // ("Data for Analytics … are not sold": in a passive sentence, what the subject says the data is for is no purpose of
  // the verb.)
  const subjectEnd = r.passive ? /\b(?:is|are|was|were|will be|may be)\b/i.exec(text)?.index ?? -1 : -1;
  for (const [re, p] of PURPOSE_MARKERS) {
    const m = re.exec(text);
    if (!m || r.purposes.includes(p)) continue;
    if (m.index < subjectEnd && /^\W*(?:all |any |the |your )?(?:data|information)\s+(?:for|used for|collected for)\b/i.test(text)) continue;
    // "sell" as the verb carries the sale purpose; the word elsewhere ("in a sale of our business") does not.
    if (p === 'sale' && r.action !== 'sell' && !/\b(commercial|sell|sold|rent|trade)\b/i.test(text.slice(m.index))) continue;
    if (p === 'sale' && /\b(merger|acquisition|sale of (?:all|our|the|substantially)|bankruptcy|reorgani[sz]ation)\b/i.test(text) && r.action !== 'sell') continue;
    // ("unfair or deceptive acts in the conduct of trade or commerce", "trade secrets", "a trade union": trade as a noun,
    // no sale of data.)
    if (p === 'sale' && r.action !== 'sell' && /\b(?:conduct|course) of (?:trade|commerce)\b|\btrade (?:or|and) commerce\b|\btrade ?(?:secrets?|marks?|names?|shows?|dress|unions?)\b/i.test(text) && !/\b(?:sell|sells|sold|selling|sale|rent|rents|rented|monetiz|monetis|commercial|consideration)/i.test(text)) continue;
    r.purposes.push(p);
  }
  if (r.action === 'sell' && !r.purposes.includes('sale')) r.purposes.unshift('sale');
  // "We never identify individual users or track them": telling people apart is tracking them.
  // ("We do not track your location": to track a location is to collect it.)
  if (/^(track|tracks|tracked|identify|identifies)$/.test(r.verb ?? '') && !r.purposes.includes('tracking') && !(/^track/.test(r.verb ?? '') && (/\blocation\b/i.test(text) || FINER_THAN.test(text)))) r.purposes.push('tracking');
  // ("No social media tracking", "no social network pixels": tracking by social platforms, not every use of behaviour.)
  // (Only where that is what the sentence denies: not "We never share your data with third parties and use no social media
  // plugins".)
  // (A bare "No social media tracking" is read as "We never share personal data with social media tracking".)
  if (r.negated && !r.recipient.services.length && !r.recipient.kinds.length && (NO_SOCIAL_TRACKER_READ.test(r.text) || (NO_SOCIAL_TRACKER.test(r.text) && !/\b(?:share|shares|shared|sell|sells|sold|disclose|discloses|disclosed)\b/i.test(r.text)))) {
    r.recipient.kinds.push('social');
    if (!r.purposes.includes('tracking')) r.purposes.push('tracking');
  }
  r.scope = scopeOf(text) ?? vendorData(toks, words, text) ?? (r.verb && publishes(r.verb, text) ? 'the public' : undefined);
  // "We do not collect any information that tracks your location deeper than city-level": only a finer location is
  // meant; the city is the level that is allowed.
  if (r.negated && FINER_THAN.test(text)) {
    const fine = (cs: string[]) => (cs.some((c) => c.startsWith('user.location') || c.startsWith('user.contact.address')) ? [...new Set(cs.filter((c) => !c.startsWith('user.location') && !c.startsWith('user.contact.address')).concat('user.location.precise'))] : cs);
    r.objects = fine(r.objects);
    r.subjectObjects = fine(r.subjectObjects);
  }
  // "We send crash reports to Sentry, which does not share them with advertisers": whom a negated relative clause
  // names is not a recipient of the sentence (unless the sentence names it before).
  const rel = NEGATED_RELATIVE.exec(text);
  if (rel && rel.index > 0 && (r.recipient.kinds.length || r.recipient.services.length || r.recipient.names.length)) {
    const head = readClause(text.slice(0, rel.index), ctx).recipient;
    const tail = readClause(`they ${text.slice(rel.index + rel[0].length - rel[1].length)}`, ctx).recipient;
    r.recipient.kinds = r.recipient.kinds.filter((k) => head.kinds.includes(k) || !tail.kinds.includes(k));
    r.recipient.services = r.recipient.services.filter((k) => head.services.includes(k) || !tail.services.includes(k));
    r.recipient.names = r.recipient.names.filter((k) => head.names.includes(k) || !tail.names.includes(k));
  }
  // "a self-hosted instance of Plausible", "collected by Aptabase and stored in a self hosted server": the product runs
  // the vendor's software itself, so the vendor receives nothing.
  if (SELF_HOSTED.test(text)) {
    // ("a self-hosted instance of Plausible Analytics": the kind the vendor's own name spells goes with it.)
    const hosted = r.recipient.services.filter((id) => selfHosted(text, vendorNamePattern(id)));
    const hostedKinds = new Set(hosted.map((id) => serviceById(id)?.kind));
    if (hosted.length) r.recipient.kinds = r.recipient.kinds.filter((k) => !hostedKinds.has(k as RecipientKind) || new RegExp(`\\b(?:with|to)\\s+(?:\\w+\\s+){0,3}${k.replace(/_/g, '[ -]')}\\b`, 'i').test(text));
    r.recipient.services = r.recipient.services.filter((id) => !selfHosted(text, vendorNamePattern(id)));
    // ("We use a self-hosted instance of Plausible Analytics": the product measures how its pages are used, itself.)
    if (hostedKinds.has('analytics') && r.action === 'use' && !r.negated && !r.objects.length && !r.recipient.services.length) {
      r.action = 'collect';
      r.objects = ['user.behavior'];
    }
    r.recipient.names = r.recipient.names.filter((n) => !selfHosted(text, escapeRe(n)));
    const parties = { services: r.actorParties.services.filter((id) => !selfHosted(text, vendorNamePattern(id))), names: r.actorParties.names.filter((n) => !selfHosted(text, escapeRe(n))) };
    if (parties.services.length < r.actorParties.services.length || parties.names.length < r.actorParties.names.length) {
      r.actorParties = { ...r.actorParties, ...parties };
      if (r.actor === 'vendor' && !parties.services.length && !parties.names.length) r.actor = 'we';
    }
  }
  // "servers in the Sydney region", "hosted in the us-east-1 region": where the product keeps data, not where a person is.
  if (SERVER_PLACE.test(text) && !/\b(?:your|their|the user['’]?s?|users['’]?|visitors['’]?)\s+(?:approximate\s+)?(?:country|region|city)\b|\b(?:country|region|city)\s+(?:and|or|,)\b|\b(?:and|or|,)\s+(?:country|region|city)\b/i.test(text)) {
    const place = (c: string) => c === 'user.location.imprecise' || c === 'user.contact.address.country' || c === 'user.contact.address.city';
    r.objects = r.objects.filter((c) => !place(c));
    r.subjectObjects = r.subjectObjects.filter((c) => !place(c));
  }
  // "Your browser sends your source code to our servers", "The app uploads your photos to us": what reaches the product
  // is collected by it.
  if (r.action === 'share' && !r.negated && r.actor !== 'vendor' && r.actor !== 'kind' && !r.recipient.services.length && !r.recipient.kinds.length && !r.recipient.names.length && TO_OURSELVES.test(text)) {
    r.action = 'collect';
    if (r.actor === 'data' || r.actor === 'none') r.actor = 'we';
  }
  // "Your email address is never included in error reports": what goes into what a recipient gets is sent to it.
  if (r.action === 'collect' && /^(?:include|includes|included)$/.test(r.verb ?? '') && (r.recipient.services.length || r.recipient.kinds.some((k) => k !== 'third_party' && k !== 'service_provider')) && /\binclude[sd]? in(?:to)?\b/i.test(text)) r.action = 'share';
  if (r.actor === 'none') r.confidence -= 0.3;
  // "Visitors can also receive cookies sent by Cloudflare": the vendor that sets a cookie on the visitor's browser reads
  // it back — a cookie the product's pages hand that vendor.
  if (r.action === 'receive' && r.actor === 'user' && !r.negated && r.objects.includes('user.device.cookie_id') && (r.recipient.services.length || r.recipient.kinds.length) && /\bcookies?\s+(?:sent|set|placed|served|dropped)\s+by\b/i.test(text)) {
    r.action = 'share';
    r.actor = 'we';
  }
  // ("You will send payment through one of our third-party payment providers: Stripe, PayPal …": what the person sends
  // through the product's own processors, they receive from the product's pages — its recipients.)
  if (r.action === 'share' && r.actor === 'user' && !r.negated && (r.recipient.services.length || r.recipient.kinds.some((k) => k !== 'third_party' && k !== 'anyone')) && /\b(?:through|via|with|to|using)\s+(?:one of\s+)?our\b/i.test(text)) r.actor = 'we';
  if (r.action === null) r.confidence -= 0.1;
  if (toks.length > 45) r.confidence -= 0.2;
  // ("We collect certain information automatically when you use the app": what is gathered without being given is how
  // the product is used and from what device.)
  if (r.action === 'collect' && !r.negated && r.actor === 'we' && !r.objects.length && !r.subjectObjects.length && /\b(?:information|data)\b/i.test(text) && /\bautomatically\b/i.test(text) && !/\bautomatically (?:deleted|removed|erased|purged|anonymi[sz]ed)\b/i.test(text)) r.objects = ['user.behavior', 'user.device'];
  return r;
}

/** Whether the words from `s` to `end` finish the product's own name with the word before them ("SupaBot AI"). */
function endsSelfName(words: string[], s: number, end: number, selfNames: ReadonlySet<string>): boolean {
  const kind = words.slice(s, end);
  return selfNames.has(words[s - 1]) || selfNames.has(words[s - 1] + kind.join('')) || selfNames.has(`${words[s - 1]} ${kind.join(' ')}`);
}

/** Whether token `k` ends a pronoun subject, with an adverb after it or not ("we", "we securely"). */
function subjectEndsAt(toks: Tok[], k: number): boolean {
  const pronoun = (t: Tok | undefined) => !!t && /^(?:we|i|you|they)$/.test(t.raw);
  return pronoun(toks[k]) || (/ly$/.test(toks[k]?.raw ?? '') && pronoun(toks[k - 1]));
}

/** "publish", or "reveal/display/show … on our web sites": anyone may read it, no vendor receives it. */
function publishes(verb: string, text: string): boolean {
  // ("If we update this policy, the revised version will be published with the update": the policy is published, no data.)
  if (/\b(?:policy|policies|version|notice|changes?|updates?|statement|terms)\b[^.;]{0,40}\b(?:be|been|is|are|get|gets)\s+(?:\w+ly\s+)?(?:published|posted|announced)\b/i.test(text) && !/\b(?:your|personal|their)\b[^.;]{0,40}\b(?:published|posted)\b/i.test(text)) return false;
  // ("We will publish the new effective date here", "This policy applies to the extension published from this project": the
  // policy's own dates, or the product that is published.)
  if (/\bpublish(?:es|ed|ing)?\s+(?:the |a |an |our |any )?(?:new |updated |revised |current )?(?:effective date|date|version|policy|notice|changes?|updates?)\b/i.test(text) || /^\s*this (?:privacy )?(?:policy|notice|statement)\s+(?:only\s+)?(?:applies|covers|describes|explains)\b/i.test(text)) return false;
  if (/^(share|shares|shared|disclose|discloses|disclosed|release|released|expose|exposed)$/.test(verb) && /\bpublicly\b|\bwith the public\b/i.test(text)) return true;
  return /^publish/.test(verb) || (/^(reveal|reveals|revealed|display|displays|displayed|show|shows|shown|expose|exposes|exposed)$/.test(verb) && /\b(?:on|in) (?:[\w-]+ ){0,3}(?:web ?sites?|sites?|pages?|profiles?|public)\b/i.test(text));
}

/** "Emails sent through your SES", "stored in your DynamoDB": the user's own account at a vendor, not the product's recipient. */
function usersOwn(text: string, serviceId: string): boolean {
  let re = OWNED.get(serviceId);
  if (re === undefined) {
    const names = vendorNamePattern(serviceId);
    re = names ? {
      owned: new RegExp(`\\byour (?:own )?(?:${names})\\b`, 'gi'),
      // ("using your Google, Facebook, or Apple account": the vendor among a list of the user's accounts.)
      listed: new RegExp(`\\byour (?:[A-Z][\\w.-]*,?\\s+(?:(?:or|and)\\s+)?){0,3}(?:${names})(?=(?:,?\\s+(?:(?:or|and)\\s+)?[A-Z][\\w.-]*){0,3},?\\s+(?:accounts?|logins?|profiles?|IDs?)\\b)`, 'g'),
      named: new RegExp(`\\b(?:${names})\\b`, 'i'),
    } : null;
    OWNED.set(serviceId, re);
  }
  if (!re) return false;
  re.owned.lastIndex = 0;
  re.listed.lastIndex = 0;
  if (!re.owned.test(text) && !re.listed.test(text)) return false;
  // (Named again without "your" elsewhere in the sentence, the vendor is a recipient after all.)
  return !re.named.test(text.replace(re.owned, ' ').replace(re.listed, ' '));
}
const OWNED = new Map<string, { owned: RegExp; listed: RegExp; named: RegExp } | null>();

/** "deeper than city-level", "more granular than the city level", "more precise than your country". */
const FINER_THAN = /\b(?:deeper|finer|narrower|more (?:precise|granular|specific|accurate|detailed|exact|fine[- ]grained))\s+than\s+(?:the\s+|your\s+)?(?:city|town|country|region|state|zip|postal|postcode|post code|neighbou?rhood|area)\b/i;

/** Trackers of social platforms: "social media tracking", "social network pixels", "social plugins". */
const SOCIAL_TRACKER = String.raw`(?:any\s+)?social(?:[- ]media| networks?| platforms?)?\s+(?:tracking|pixels?|trackers?|plugins?|widgets?)\b`;
/** "No social media tracking" as the reader rewrites it, and "we use no social plugins" as written. */
const NO_SOCIAL_TRACKER_READ = new RegExp(`^We never share personal data with ${SOCIAL_TRACKER}`);
const NO_SOCIAL_TRACKER = new RegExp(`\\b(?:no|(?:do not|don['’]t|never) (?:use|allow|have|embed|include|load))\\s+${SOCIAL_TRACKER}`, 'i');

/** ", which does not …", "that is never …", "who don't …": a relative clause that denies. */
const NEGATED_RELATIVE = /,?\s+(?:which|that|who)\s+((?:(?:does|do|did|is|are|will|would|has|have|can|shall)\s+)?(?:not|never)\b|(?:doesn|don|isn|aren|won|wouldn|hasn|haven|can)['’]?t\b)/i;

const SELF_HOSTED = /\bself[- ]?hosted\b|\bour own (?:instance|installation|deployment)\b|\bhosted (?:by us|on our own)\b|\bon[- ]prem(?:ise|ises)?\b/i;
const SELF_HOSTED_ALL = new RegExp(SELF_HOSTED.source, 'gi');

/** Whether a vendor is named within a few words of "self-hosted" ("a self-hosted installation of Plausible"). */
function selfHosted(text: string, names: string): boolean {
  if (!names) return false;
  const at = [...text.matchAll(new RegExp(`\\b(?:${names})\\b`, 'gi'))].map((m) => m.index);
  return [...text.matchAll(SELF_HOSTED_ALL)].some((m) => at.some((i) => Math.abs(i - m.index) <= 80));
}

/** Whether a vendor is named only as the place data is in ("inside Claude Code", "in your Slack"). */
function insideVendor(text: string, serviceId: string): boolean {
  const names = vendorNamePattern(serviceId);
  if (!names) return false;
  return new RegExp(`\\b(?:inside|within|in|on)\\s+(?:the\\s+|your\\s+)?(?:${names})\\b`, 'i').test(text);
}

/** "information that is already public via GitHub", "publicly available on LinkedIn": where the data is public, a source. */
function publicOn(text: string, serviceId: string): boolean {
  const names = vendorNamePattern(serviceId);
  if (!names) return false;
  return new RegExp(`\\b(?:public|publicly(?:\\s+(?:available|visible|accessible))?|available|visible|published|listed)\\s+(?:via|on|through|from|in)\\s+(?:the\\s+|your\\s+)?(?:${names})\\b`, 'i').test(text);
}

/** A sentence about the device permissions an app asks for. */
const DEVICE_PERMISSIONS = /\b(?:access to|permissions? (?:to|for)|permission to access)\b[^.;]{0,80}\b(?:contacts|microphone|camera|calendar)\b/i;

/** Passive verbs of giving whose "by" agent is the source: "provided by", "supplied by", "shared by your employer". */
const GIVEN_BY = /^(?:provided|supplied|given|sent|shared|passed|handed|furnished|submitted|entered)$/;

/** Whether a vendor's name is followed by "user data", "data", "account data" (a source, not a recipient). */
function qualifiesData(toks: Tok[], words: string[], serviceId: string, text: string): boolean {
  for (let i = 0; i < toks.length; i++) {
    const window = toks.slice(i, i + 4).map((t) => (t.upper ? t.raw.toUpperCase() : t.cap ? t.raw[0].toUpperCase() + t.raw.slice(1) : t.raw)).join(' ');
    // (An acronym written in capitals, "AWS", is found in the text as written.)
    const m = matchRecipients(words.slice(i, i + 4), toks[i].cap && text.includes(toks[i].raw.toUpperCase()) ? `${toks[i].raw.toUpperCase()} ${window.split(' ').slice(1).join(' ')}` : window);
    const hit = m.find((x) => x.start === 0 && x.service?.id === serviceId);
    if (!hit) continue;
    // ("Mailchimp (email and newsletters)": what the vendor does, said in parentheses, is no data of it.)
    if (toks[i + hit.end]?.paren && !toks[i + hit.end - 1]?.paren) continue;
    const next = toks.slice(i + hit.end, i + hit.end + 2).map((t) => t.raw).join(' ');
    // ("aggregate Claude Code session statistics": data about the use of a vendor's product is its user's.)
    const product = toks[i + hit.end]?.cap && !toks[i + hit.end].upper ? toks.slice(i + hit.end + 1, i + hit.end + 3).map((t) => t.raw).join(' ') : '';
    if (/^(?:session|usage|activity)\s+(?:statistics|stats|data|history|metrics)\b/.test(product)) return true;
    if (/^(user data|data\b|account|resources?\b|infrastructure|instances?\b|buckets?\b|email|users? information|user information|workspace|api data|drive|calendar|contacts|inbox|mailbox|id\b|ids\b|avatar|username|handle|profile|token|(?:user|customer|subscription|account|payment|charge|order|invoice|session)s? ids?\b|subscription\b)/.test(next)) return true;
  }
  return false;
}

const THING_ADDRESS = new Set(['blockchain', 'wallet', 'crypto', 'ethereum', 'bitcoin', 'email', 'ip', 'mac', 'web', 'url', 'website', 'internet', 'network', 'server', 'contract', 'public', 'node']);
/** Words for people, whose pictures are personal data ("photos of our members"). */
const PERSON_WORD = /^(?:members?|users?|customers?|clients?|people|persons?|children|child|kids?|minors?|students?|pupils?|patients?|staff|employees?|guests?|visitors?|players?|riders?|drivers?|learners?|attendees?|participants?|residents?|tenants?|owners?|faces?|family|families|team|you|yourself|individuals?|athletes?|climbers?|runners?|candidates?|applicants?|volunteers?|parents?|babies|baby|person)$/;
const THING_NAME = new Set(['service', 'company', 'organization', 'organisation', 'business', 'domain', 'file', 'product', 'project', 'platform', 'app', 'application', 'brand', 'device', 'host', 'workspace', 'team', 'channel', 'repository', 'package', 'browser', 'model', 'event', 'page', 'site', 'website', 'bank', 'store', 'merchant', 'command', 'variable', 'field', 'folder', 'directory', 'table', 'database', 'bucket', 'function', 'resource', 'server', 'branch', 'component', 'feature', 'template', 'column', 'region', 'cluster', 'environment', 'queue', 'tag', 'plan', 'episode', 'podcast', 'song', 'track', 'artist', 'album', 'game', 'course', 'action', 'trigger', 'workflow', 'task', 'job', 'list', 'category', 'label', 'room', 'group', 'guild', 'role', 'step', 'screen', 'route', 'metric', 'item', 'gear', 'pet', 'dataset', 'key', 'token', 'bot', 'webhook', 'integration', 'board', 'tool', 'book', 'recipe', 'venue', 'document', 'playlist', 'program', 'programme', 'place', 'shop', 'vehicle']);
/** "service health": how a system runs, not a person's health. */
const THING_HEALTH = new Set(['service', 'system', 'server', 'site', 'app', 'application', 'api', 'platform', 'infrastructure', 'network', 'database', 'node', 'cluster', 'account', 'website', 'domain', 'deliverability', 'sender', 'queue', 'uptime']);

const THING_LOGS = new Set(['workload', 'cluster', 'kubernetes', 'container', 'pod', 'build', 'deployment', 'deploy', 'compiler', 'pipeline', 'job', 'infrastructure', 'terraform', 'docker', 'ci', 'runner', 'kernel', 'firewall', 'router']);

/** Nouns that make the words before them a kind of recipient ("session recording tools", "payment providers"). */
const RECIPIENT_HEAD = /^(?:tools?|providers?|vendors?|software|platforms?|processors?|companies|partners?)$/;

const ACCOUNT_HEAD = /^(?:credentials?|passwords?|tokens?|data|information|info|details|emails?|email|address|addresses|contacts|calendar|files|profile|settings)$/;

/** Categories named in tokens [from, to) that no recipient phrase uses; `user` for personal data as a whole. */
/**
 * Phrases of data in `words[from, to)`, none across a comma: "your name, email, address and phone" names an address, not
 * an "email address". (Offsets are from `from`.)
 */
function chunkPhrases(toks: Tok[], words: string[], lower: string, from: number, to: number): ReturnType<typeof matchPhrases> {
  const all = matchPhrases(words.slice(from, to));
  if (toks.length !== words.length) return all;
  const out: ReturnType<typeof matchPhrases> = [];
  // (Only a comma parts a phrase: "internet protocol (IP) addresses" is one.)
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const comma = (k: number) => toks[k].chunk !== toks[k - 1].chunk && new RegExp(`\\b${esc(toks[k - 1].raw)}\\s*[,;]\\s*${esc(toks[k].raw)}\\b`).test(lower);
  for (const m of all) {
    const a = from + m.start;
    const b = from + m.end;
    // (A phrase that only blocks — "phone, tablet or computer" as kinds of device — may span commas.)
    if (!m.ids.length || !toks.slice(a + 1, b).some((_, k) => comma(a + 1 + k))) {
      out.push(m);
      continue;
    }
    for (let s = a; s < b; ) {
      let e = s + 1;
      while (e < b && !comma(e)) e++;
      for (const x of matchPhrases(words.slice(s, e))) out.push({ ...x, start: x.start + s - from, end: x.end + s - from });
      s = e;
    }
  }
  return out;
}

function categoriesIn(toks: Tok[], words: string[], lower: string, from: number, to: number, used: boolean[]): string[] {
  const out: string[] = [];
  if (from >= to) return out;
  for (const m of chunkPhrases(toks, words, lower, from, to)) {
    // "blockchain addresses", "the origin service's name": an address or a name of a thing, not of a person.
    // (Not across a comma: "your name, email, address and phone".)
    const before = toks.length === words.length && toks[from + m.start - 1] && toks[from + m.start - 1].chunk !== toks[from + m.start]?.chunk ? '' : (words[from + m.start - 1] ?? '');
    if (/^(address|addresse)$/.test(words[from + m.start]) && m.end - m.start === 1 && THING_ADDRESS.has(before)) continue;
    // "the full address of the page", "the address of websites you visit": a URL, not a postal address.
    if (/^(address|addresse)$/.test(words[from + m.end - 1]) && words[from + m.end] === 'of' && /^(page|pages|site|sites|website|websites|tab|tabs|url|link|links)$/.test(words[from + m.end + (words[from + m.end + 1] === 'the' ? 2 : 1)] ?? '')) {
      if (!out.includes('user.behavior.browsing_history')) out.push('user.behavior.browsing_history');
      continue;
    }
    if (/^names?$/.test(words[from + m.start]) && m.end - m.start === 1 && THING_NAME.has(before)) continue;
    // ("while a recording is running", "when you are not recording": the act of recording, not a recording kept; "a
    // recording of your call" and "recordings" are.)
    if (words[from + m.start] === 'recording' && m.end - m.start === 1 && words[from + m.end] !== 'of' && toks.length === words.length && toks[from + m.start]?.raw.toLowerCase() === 'recording') continue;
    // ("file paths or names": the names of the files the coordination shares its head with.)
    if (/^names?$/.test(words[from + m.start]) && m.end - m.start === 1 && /^(?:or|and)$/.test(before) && /^(?:paths?|sizes?|types?|extensions?|contents?)$/.test(words[from + m.start - 2] ?? '') && THING_NAME.has((words[from + m.start - 3] ?? '').replace(/s$/, ''))) continue;
    // ("the name of the school they attend", "names of companies": the name of a thing, not of a person.)
    if (/^names?$/.test(words[from + m.start]) && m.end - m.start === 1 && words[from + m.end] === 'of') {
      const k = from + m.end + 1 + (/^(?:the|your|their|a|an|its|our|his|her)$/.test(words[from + m.end + 1] ?? '') ? 1 : 0);
      const owned = (words[k] ?? '').replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '');
      if (THING_NAME.has(owned) || /^(?:school|college|university|employer|institution|street|city|town|venue|club|organi[sz]ation)$/.test(owned)) continue;
    }
    // A bare "role" is a job only with a word that says whose work it is ("your role", "job role").
    if (/^roles?$/.test(words[from + m.start]) && m.end - m.start === 1 && !/^(your|their|his|her|job|professional|work|business|company|organizational|organisational|current|employment|and|or)$/.test(before)) continue;
    if (words[from + m.start] === 'health' && m.end - m.start === 1 && THING_HEALTH.has(before)) continue;
    // "to address technical issues", "help us address your request": a verb.
    if (/^address$/.test(words[from + m.start]) && m.end - m.start === 1 && /^(?:to|help|we|will|can|may|and|or)$/.test(before) && /^(?:technical|issue|problem|concern|question|complaint|request|your|any|the|these|those|such|bug|security|inquiry|enquiry|error|it|them|this|that|fraud|abuse)$/.test(words[from + m.end] ?? '')) continue;
    // "workload logs", "build logs": what a machine writes about itself, not a person's use.
    if (/^logs?$/.test(words[from + m.start]) && m.end - m.start === 1 && THING_LOGS.has(before)) continue;
    // ("raw IP addresses may end up in logs", "your email is written to our logs": where the data named before lands,
    // not data of its own.)
    if (/^logs?$/.test(words[from + m.start]) && m.end - m.start === 1 && out.length && (/^(?:in|into|to)$/.test(before) || (/^(?:our|the|its|their|any|server|application|system)$/.test(before) && /^(?:in|into|to)$/.test(words[from + m.start - 2] ?? '')))) continue;
    // "venue photos", "location photos", "product images": pictures of a place or a thing, not of a person.
    if (m.end - m.start === 1 && /^(?:photos?|images?|pictures?|photographs?)$/.test(words[from + m.start]) && /^(?:venue|location|place|property|product|listing|item|food|meal|dish|menu|room|hotel|restaurant|destination|landmark|city|stock|cover|banner)$/.test(before)) continue;
    // ("the photos of our routes", "images of the products": pictures of things, not of a person; "photos of members",
    // "photos of you" are.)
    if (m.end - m.start === 1 && /^(?:photos?|images?|pictures?|photographs?)$/.test(words[from + m.start]) && words[from + m.end] === 'of' && /^(?:our|the|its|their|each|every|any|all)$/.test(words[from + m.end + 1] ?? '') && /^[a-z]+$/.test(words[from + m.end + 2] ?? '') && !words.slice(from + m.end + 2, from + m.end + 5).some((w) => PERSON_WORD.test(w))) continue;
    // "audio and video playback", "video player", "video embeds": a feature that plays media, not a recording of anyone.
    // ("audio and video playback": the feature word may follow the second medium.)
    const feature = words[from + m.end] === 'and' && /^(?:audio|video)$/.test(words[from + m.end + 1] ?? '') ? words[from + m.end + 2] : words[from + m.end];
    if (/^(?:audio|video|videos|media)$/.test(words[from + m.end - 1]) && /^(?:playback|player|players|streaming|embeds?|hosting)$/.test(feature ?? '')) continue;
    // "users of any age", "people of all ages": who, whatever their age, not the age.
    if (m.end - m.start === 1 && /^ages?$/.test(words[from + m.start]) && /^(?:any|all|every|whatever)$/.test(before)) continue;
    // "to an organization or a country", "another country": where data goes, not the person's country.
    if (m.end - m.start === 1 && words[from + m.start] === 'country' && /^(a|an|another|other|any|third|foreign|destination|recipient|that|which)$/.test(before)) continue;
    // ("the locations to which we transfer your information", "the country in which you provided the information": where
    // the data is kept or was handed over, not where the person is; "the country in which you live" is.)
    if (m.end - m.start === 1 && /^(?:country|countries|location|locations|jurisdiction|jurisdictions)$/.test(words[from + m.start]) && /^(?:to|in|from)\s+which\b|^where\b/.test(words.slice(from + m.end, from + m.end + 2).join(' ')) && /^(?:(?:to|in|from) which|where) (?:\w+ ){0,3}?(?:store|stores|stored|process|processes|processed|transfer|transfers|transferred|provided|provide|maintain|maintains|host|hosts|hosted|kept|keep)\b/.test(words.slice(from + m.end, from + m.end + 7).join(' '))) continue;
    // "third party companies and individuals", "other companies": organisations that receive data, not an employer.
    // ("the Company", "Company assets", "another company": the product's operator or a business, not an employer.)
    if (m.end - m.start === 1 && words[from + m.start] === 'company' && (/^compan(?:ies)$/i.test(toks[from + m.start]?.raw ?? '') || /^(party|other|outside|external|partner|the|a|an|another|any|this|that|our|each|such|same|parent|holding|acquiring|successor)$/.test(before) || /^assets?$/.test(words[from + m.end] ?? '') || (toks[from + m.start]?.cap && /^(?:of|to|by|with|from|for|at)$/.test(before)))) continue;
    // "your phone's location", "the device's camera": the owner of the data named next, not data itself.
    const next = words[from + m.end];
    if (m.end - m.start === 1 && next && (lower.includes(`${words[from + m.start]}'s ${next}`) || lower.includes(`${words[from + m.start]}’s ${next}`)) && matchPhrases([next]).length) continue;
    // "cookie-free", "PII-free": the data is what is left out.
    if (words[from + m.end] === 'free') continue;
    // "session recording tools (Microsoft Clarity)", "identity verification providers": the kind of a recipient, not data.
    // (Not a word after a comma: "mobile number, tool name" lists both.)
    const joined = toks.length !== words.length || toks[from + m.end]?.chunk === toks[from + m.end - 1]?.chunk;
    if (joined && RECIPIENT_HEAD.test(words[from + m.end] ?? '')) continue;
    // "comment volume", "message counts": how many there are, not what they say.
    if (joined && /^(?:volumes?|counts?|totals?|stats|statistics|metrics|frequency|frequencies|tallies|tally)$/.test(words[from + m.end] ?? '') && m.ids.every((id) => id.startsWith('user.content'))) continue;
    // ("We never read your inbox or access other emails": emails that are read or accessed are messages.)
    if (m.ids.length === 1 && m.ids[0] === 'user.contact.email' && m.end - m.start === 1 && toks[from + m.start]?.raw === 'emails' && /\b(?:read|reads|access|accesses|scan|scans|open|opens)\b(?:\s+\w+){0,3}\s+emails\b/.test(lower)) {
      if (!out.includes('user.content.email_content')) out.push('user.content.email_content');
      continue;
    }
    // "after we email you a warning": a verb.
    if (m.end - m.start === 1 && words[from + m.start] === 'email' && /^(?:you|us|them|him|her|users?)$/.test(words[from + m.end] ?? '') && /^(?:we|will|may|to|can|i|they|you|never|also)$/.test(words[from + m.start - 1] ?? '')) continue;
    // "Audio.com", "Calendar.app": a capitalised word of a domain is a name, not data.
    if (m.end - m.start === 1 && toks[from + m.start]?.cap && /^(?:com|io|org|net|app|dev|ai|co|so|sh|me|tv|fm|gg)$/.test(words[from + m.end] ?? '') && lower.includes(`${words[from + m.start]}.${words[from + m.end]}`)) continue;
    // "password or biometric protection", "a biometric lock": how a device is secured, not data anyone receives.
    if (/^(?:protection|lock|locks|unlock|protected)$/.test(words[from + m.end] ?? '') || (/^(?:or|and)$/.test(words[from + m.end] ?? '') && /^(?:protection|lock|locks|unlock)$/.test(words[from + m.end + 2] ?? ''))) continue;
    // "Google account credentials", "your GitHub account email": the account only says whose data it is.
    if (m.ids.length === 1 && m.ids[0] === 'user.social.account' && from + m.end < to && ACCOUNT_HEAD.test(words[from + m.end] ?? '')) continue;
    // "their host's name", "the guest's name": a person's name, not a machine's host name.
    if (m.ids.length === 1 && m.ids[0] === 'user.device.name' && words[from + m.start] === 'hostname' && /\bhost['’]s name\b/.test(lower)) {
      if (!out.includes('user.name')) out.push('user.name');
      continue;
    }
    let clash = false;
    for (let k = from + m.start; k < from + m.end; k++) if (used[k]) clash = true;
    // ("your Google Calendar events": a vendor's product names whose data it is; the data word after it is still data.)
    if (clash && (m.end - m.start < 2 || used[from + m.end - 1] || !used[from + m.start])) continue;
    // ("I do not track you using cookies, collect your fingerprints, or use any tracking scripts": a browser's
    // fingerprint, said among ways of tracking; a finger's is said with a scan, a sensor or unlocking.)
    for (const id of whoseFingerprint(m.ids, lower)) if (!out.includes(id)) out.push(id);
  }
  const span = toks.slice(from, to).map((t) => t.raw).join(' ');
  // What the user makes in the product ("the lists you create", "files you upload"): their content.
  const id = madeCategory(span);
  if (id && !out.some((o) => o === id || o.startsWith(`${id}.`))) out.push(id);
  if (/\b(?:oauth|connected|linked|third party) (?:connection|account|login)s?\b|\baccounts? (?:you )?(?:link|connect)/.test(span) && !out.includes('user.social.account')) out.push('user.social.account');
  // ("We don't collect data": data, bare, is any data.)
  // ("the resources it allows access to": "it" the subject of a clause of its own is not the data.)
  if (GENERIC_DATA.test(span.replace(/(\b(?:the|these|those|any|all|its|their)\s+[a-z]+\s+)it\s+(?:is|was|has|had|may|might|can|could|will|would|does|did|[a-z]+s)\b/g, '$1')) || /^(?:data|information)$/.test(span.trim()) || /\b(personal|your|user|customer|subscriber|member|client|patient|student|guest|visitor|player|reader|buyer|seller|employee|candidate|driver|rider|tenant|attendee|participant|passenger|travell?er|learner|applicant|donor|volunteer|contributor|resident|recipient|sender|owner|parent|child|caller|user) (?:data|information|info|details)\b/.test(span)) {
    if (!out.length) out.push('user');
  }
  void lower;
  return out;
}

const BROWSER_FINGERPRINT = /\b(?:track\w*|cookies?|browsers?|pixels?|scripts?|web ?beacons?|canvas|visitors?|cross-site|ad ?blockers?)\b/;
const FINGER_FINGERPRINT = /\b(?:finger\b|fingers|biometric\w*|touch ?id|face ?id|scann\w*|scans?|sensors?|unlock\w*|templates?|thumbprints?)\b/;

/**
 * "Fingerprints" said among ways of tracking (cookies, tracking scripts) in `text` are a browser's: the biometric
 * category becomes the device fingerprint, and the biometric kind it implies goes.
 */
export function whoseFingerprint(ids: string[], text: string): string[] {
  const lower = text.toLowerCase();
  if (!ids.includes('user.biometric.fingerprint') || !BROWSER_FINGERPRINT.test(lower) || FINGER_FINGERPRINT.test(lower)) return ids;
  return ids.map((i) => (i === 'user.biometric.fingerprint' ? 'user.device.fingerprint' : i)).filter((i) => i !== 'user.biometric');
}

const USER_MADE = /\b(content|data|files?|documents?|uploads?|attachments?|pdfs?|lists?|notes?|posts?|projects?|messages?|chats?|videos?|recordings?|photos?|images?|pictures?|pages?|forms?|responses?|boards?|tasks?|bookmarks?|drawings?|designs?|workflows?)\b(?: \w+){0,6} (?:that |which )?you (?:create|created|upload|uploaded|submit|post|store|add|write|send|import|save|record|make|build)\b/;

/** The category of what the user makes in the product, when the text says so. */
function madeCategory(span: string): string | undefined {
  const made = USER_MADE.exec(span);
  if (!made) return undefined;
  return /^(file|document|upload|attachment|pdf)/.test(made[1]) ? 'user.content.documents' : /^(video|recording)/.test(made[1]) ? 'user.content.video' : /^(photo|image|picture)/.test(made[1]) ? 'user.content.photo_library' : /^(message|chat)/.test(made[1]) ? 'user.content.private' : 'user.content';
}

/** "Google account credentials", "your Slack tokens": data of one vendor's account, not the data as such. */
function vendorData(toks: Tok[], words: string[], text: string): string | undefined {
  for (const m of matchRecipients(words, text)) {
    if (!m.service) continue;
    const next = words.slice(m.end, m.end + 3).join(' ');
    if (matchPhrases(words.slice(m.end, m.end + 3)).some((p) => p.start === 0) || /^(account|user data|data|email|credential|token|password)/.test(next)) return `${m.service.name} data`;
  }
  void toks;
  const platform = /\b(Google|Microsoft|Apple|Facebook|Meta|GitHub|GitLab|Slack|Discord|Twitter|LinkedIn|Notion|Dropbox|Shopify)(?:'s)? (?:user |workspace )?(account|accounts|email|emails|credentials|data|password|tokens?|drive|calendar|contacts)\b/.exec(text);
  if (platform) return `${platform[1]} data`;
  // "We never store any login credentials for your DNS or email provider": the sign-in of another service the user has,
  // not the one they make with us.
  const elsewhere = /\b(?:credentials|passwords?|logins?|log-?in details|passphrases?|tokens?)\s+(?:for|to|of|at|with)\s+(?:your|their|any|a|the user['’]s)\s+((?:[\w-]+\s+){0,4}?(?:providers?|registrars?|banks?|hosts?|hosting|platforms?|services?|accounts?))\b/i.exec(text);
  return elsewhere && !/^(?:our|this|the)\b/i.test(elsewhere[1]) ? `${elsewhere[1].toLowerCase()} data` : undefined;
}

/** Verbs of handling data that a negation before a list of them covers ("don't access, sell, transmit, or use"). */
const LISTED_VERB = /^(?:access|collect|store|keep|retain|read|view|see|transmit|send|share|disclose|use|process|record|log|track|save|analy[sz]e|monitor|upload)$/;

/** "to the hypothes.is service", "with the cal.com platform": a recipient named by its domain. */
const DOMAIN_SERVICE = /\b(?:to|with|by|via|through)\s+(?:the\s+)?([a-z0-9-]+\.(?:io|com|net|org|is|ai|app|dev|co|me|so|cloud|sh|to|im))\s+(?:service|platform|api|servers?|app|website)\b/i;

/** A subject that is a part of the product's own site or app: "some of our web pages", "certain pages of this website". */
const OWN_PART_SUBJECT = /^(?:some|all|many|most|certain|several|parts?|sections?|areas?|any)(?: (?:web )?(?:pages?|parts?|sections?|areas?|features?))? (?:of|on) (?:our|this|the) (?:web ?sites?|sites?|web pages?|pages|apps?|applications?|services?|platform|products?)$/;

/** A sentence whose subject is the product as a website ("This website does not …", "Our site uses …"). */
const OWN_SITE_SUBJECT = /^\W*(?:this|our|the) (?:web ?)?site\b(?! owners?\b)/i;

/** The people a statement is limited to ("for website visitors", "about visitors"), as written. */
export function scopeOf(text: string): string | undefined {
  // ("This website does not store the visitor's IP address": a site's visitors are the people it serves, not a part of them.)
  if (OWN_SITE_SUBJECT.test(text)) return undefined;
  // Data a customer's own visitors, subscribers or end users leave with the product (analytics, email tools).
  const theirs = /\b(?:your|their|customers'?) (?:website |site |app )?(visitors|end[- ]users|subscribers|contacts|recipients)\b|\bvisitors?\b/i.exec(text);
  if (theirs) return (theirs[1] ?? 'visitors').toLowerCase();
  // "If you are a puppy raiser" (a heading or an opening clause): what follows is about the people in that role.
  const role = /^\s*(?:if|when) you(?:['’]re| are) (?:an? |one of our )?(?:[a-z-]+ ){0,2}?(?!(?:under|over|older|younger|another|other|either|neither|ever|never|eligible)\b)([a-z-]+?(?:er|or|ant|ent|ee|ist|ian|member|parent|guardian|owner|client|customer|patient|student))s?\b(?!\s+(?:than|to|in|of|with|about)\b)/i.exec(text);
  if (role) return `${role[1].toLowerCase()}s`;
  const m = /\b(?:for|about|of|from|as a|to) (?:our |the )?(?:[\w.-]+ )?(website visitors?|site visitors?|visitors?(?: (?:of|to) (?:our|the) (?:website|site|[\w.-]+\.[a-z]{2,}))?)\b/i.exec(text) ?? /\b(website visitors?|site visitors?)\b/i.exec(text);
  return m ? m[1].toLowerCase() : undefined;
}

/**
 * Words that open an instruction ("Enable by setting …", "Click …"), not a company's name. (And a name must act on
 * something: in "Boost usage counts", "Active timer counts" the last word is a plural noun, not a verb.)
 */
const IMPERATIVE_LEAD = /^(?:enable|disable|set|use|add|click|tap|go|open|select|visit|see|read|note|check|turn|choose|toggle|install|run|configure|remove|delete|email|contact|call|write|send|ask|request|opt|sign|log|navigate|press|follow|keep|make|let)$/i;

/** Right after a passive verb: other parties' sites or services the data passes through ("through these websites"). */
const THROUGH_OTHERS = /^(?:\w+ )?(?:through|via|on|by means of) (?:these|those|such|their|any|other|third[- ]party) (?:\w+ )?(?:websites?|sites?|services?|platforms?|apps?|applications?|parties)\b/;

/** Where servers or stored data are ("servers in the EU region", "hosted in the us-east-1 region"). */
const SERVER_PLACE = /\b(?:servers?|data ?cent(?:er|re)s?|hosted|hosting|stored|located|infrastructure|datacent(?:er|re)s?)\b[^.;]{0,40}?\bin (?:the |a |an |our |one )?(?:[\w-]+ ){0,3}(?:region|country|city)\b/i;

/** A period stated without a number of days. */
/** "… can not be deleted": kept with no end (said with a negation). */
export const CANNOT_DELETE = /\bcan ?not be (?:deleted|removed|erased)\b|\bcan't be (?:deleted|removed)\b/i;

/** Who says it has none: "we", "the app", "our website", a name. */
const ABSENT_SUBJECT = String.raw`(we|i|it|(?:the|this|our) [\w-]+(?: [\w-]+)?|[A-Za-z][\w.-]*(?: [A-Z][\w.-]*)?)`;
/** "X has no …", "X does not have any …", "There are no … on this site": what it says it has none of (group 3). */
const ABSENCE = new RegExp(String.raw`^(?:${ABSENT_SUBJECT}\s+(?:has|have|contains?|shows?|displays?|serves?|runs?)\s+no\s+|${ABSENT_SUBJECT}\s+(?:(?:does|do)\s+not|doesn['’]t|don['’]t)\s+(?:have|contain|show|display|serve|run|use)\s+(?:any\s+)?|there (?:are|is) no\s+)(.{3,160}?)(?:\s+(?:on|in) (?:this|our|the) (?:site|website|app|service|platform|extension))?$`, 'i');
/** Tracking as a thing nobody does: "we do not do any tracking", "(we ensure that) no tracking of your activity occurs". */
const NO_TRACKING = new RegExp(String.raw`^(?:${ABSENT_SUBJECT}\s+(?:(?:does|do)\s+not|doesn['’]t|don['’]t|never)\s+(?:do|does|perform|performs|carry out|engage in)\s+(?:any\s+)?(?:kind of\s+|form of\s+)?(?:${TRACKING_KIND}\s+)?tracking|(?:(?:we|i)\s+(?:ensure|guarantee|promise|make sure)\s+(?:that\s+)?)?no\s+(?:${TRACKING_KIND}\s+)?tracking(?:\s+of\s+(?:your|users['’]?|visitors['’]?|any)\s+[\w\s]{1,30}?)?\s+(?:occurs|happens|takes place|is (?:done|performed|carried out))(?:\s+(?:at all|whatsoever))?)$`, 'i');
/** What a product says it has none of: advertising, analytics and trackers. */
// ("There are no cookies on this site": cookies it does not set.)
const ABSENT_KINDS = /\b(?:ads|adverts?|advertisements?|advertising|ad networks?|analytics|trackers?|tracking|tracking pixels?|pixels|cookies)\b/i;

/**
 * "No analytics, crash reporting, advertising, or profiling.", "No logs, no tracking.": a sentence that only lists what
 * there is none of, as "there is no …" says it. (Not "No data leaves your device", which has its verb.)
 */
function verbless(s: string): boolean {
  if (!/^no\s+[a-z]/i.test(s)) return false;
  // (Each thing listed is a short name: "No images, personal data, or usage information ever leaves your device" is a
  // sentence with its verb, whatever the verb.)
  if (s.replace(/[.!]\s*$/, '').split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+/).some((item) => item.replace(/^no\s+/i, '').trim().split(/\s+/).length > 4)) return false;
  const words = s.split(/[^A-Za-z'’-]+/).filter(Boolean);
  return words.every((w, i) => {
    const lw = w.toLowerCase();
    if (/^(?:is|are|was|were|be|been|being|will|can|may|do|does|did|has|have|had|shall|would|could|should|must|might|isn't|aren't|won't|doesn't|don't)$/.test(lw)) return false;
    if (!VERBS.has(lw) || /ing$/.test(lw)) return true;
    // ("No logs": a plural after "no" or in the list is a noun.)
    return /s$/.test(lw) && /^(?:no|and|or)$/i.test(words[i - 1] ?? '') && !/ed$/.test(lw);
  });
}

/**
 * A ban said without a verb: "No marketing or advertising use", "No automated decision-making or profiling" (a use we
 * rule out), "There are no embedded analytics services or advertising networks" (recipients of a kind we do not have).
 */
function nominalBan(raw: string, ctx: ReaderContext): Reading | undefined {
  const t = raw.trim().replace(/[.!]+$/, '');
  // "Acme has no advertisements or advertisement tracking", "The site does not have third-party ads, nor advertising
  // cookies", "There are no ads, no analytics and no trackers on this site": what the product does not have, it does not
  // use. (Only ads, analytics and trackers: "We have no access to …", "has no control over …" are other things.)
  // ("No analytics, crash reporting, advertising, or profiling.": what there is none of.)
  const t0 = (verbless(t) ? `there is ${t}` : t).replace(/^(?:and|but|or|so)\s+/i, '');
  const absent = ABSENCE.exec(t0);
  const who = absent ? absent[1] ?? absent[2] : undefined;
  // (The subject: "we", "the app", or a name, capitalised: not "and we".)
  const subjectOk = who === undefined || /^(?:we|i|it|the|this|our)\b/i.test(who) || ctx.selfNames.has(who.toLowerCase()) || (/^[A-Z]/.test(who) && !/\s(?:and|or|but)\b/i.test(who)) || (/^[a-z][\w.-]*$/.test(who) && !/^(?:and|or|but|so|that|which|who|what|this|these|those|they|he|she|you|one|each|every|some|none)$/.test(who));
  // (Not "we do not use …", which the reader reads as it is.)
  // (Nor "we do not show ads to paying users": shown to some, not to none.)
  if (absent && subjectOk && ABSENT_KINDS.test(absent[3]) && !/^(?:we|i)\s+(?:do\s+not|don['’]t)\s+use\b/i.test(t0) && !/\b(?:access|control|responsibility|way|means|knowledge|visibility|to|for|from|unless|except|if|when|until)\b/i.test(absent[3])) {
    const things = absent[3].replace(/,?\s+nor\s+/gi, ' or ').replace(/\b(?:no|any)\s+/gi, '');
    // ("This website does not use tracking cookies or other forms of tracking": cookies it does not set, read as "we do
    // not use" them.)
    // ("No tracking cookies", "There are no tracking cookies" too.)
    if (/\bcookies?\b/i.test(things) && /\b(?:does\s+not|doesn['’]t|do\s+not|don['’]t|never)\s+use\b|^there (?:are|is) no\b/i.test(t0)) {
      const r = readClause(`We do not use ${absent[3]}`, ctx);
      if (r.negated && r.action !== null) return r;
    }
    // ("has no tracking": it does not track anyone.)
    // ("No device tracking", "no visitor tracking": tracking of a kind of people is tracking them; "no advertising
    // trackers" are advertisers' tools, recipients of a kind.)
    // ("No behavioural tracking across apps": tracking, wherever it would follow the person.)
    const r = readClause(/^(?:(?:third[- ]party|user|visitor|device|cross[- ]site|cross[- ]device|browser[- ]based|online|personal|behaviou?ral)\s+)?(?:tracking|trackers?)(?:\s+(?:across|between)\s+(?:other\s+)?(?:apps|sites|websites|devices|services|the web))?$/i.test(things.trim()) ? 'We never track you' : `We never share personal data with ${things}`, ctx);
    // (What ads, analytics and trackers would receive is what people do on the site: the sentence names no other data.)
    if (r.negated && r.action !== null) return r.objects.length && r.objects.every((o) => o === 'user') ? { ...r, objects: ['user.behavior'] } : r;
  }
  // "We don't do any tracking", "We ensure that no tracking of your activity occurs": tracking said as a thing not done.
  if (NO_TRACKING.test(t0)) {
    const r = readClause('We never track you', ctx);
    if (r.negated && r.action !== null) return r;
  }
  if (!/^(?:no|there (?:are|is) no)\s/i.test(t)) return undefined;
  // ("No data sharing with advertisers", "No selling of your data to brokers": the practice, named as a noun, is not done.)
  const practice = /^(?:no|there (?:are|is) no)\s+(?:(?:personal\s+)?(?:data|information)\s+)?(sharing|selling|sale|disclosure)(?:\s+of\s+(?:your\s+|personal\s+)*(?:data|information))?\s+(?:with|to)\s+(.{3,120})$/i.exec(t);
  if (practice) {
    const sale = /^(?:sel|sale)/i.test(practice[1]);
    const r = readClause(`We never ${sale ? 'sell' : 'share'} personal data ${sale ? 'to' : 'with'} ${practice[2]}`, ctx);
    if (r.negated && r.action !== null) return r;
  }
  const use = /^no\s+((?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:use|uses|usage|purposes)$/i.exec(t) ?? /^no\s+((?:automated\s+)?(?:decision[- ]making|profiling)(?:\s+(?:or|and)\s+(?:automated\s+)?(?:decision[- ]making|profiling))?)$/i.exec(t);
  if (use) {
    const r = readClause(`We do not use personal data for ${use[1]}`, ctx);
    return r.purposes.length ? r : undefined;
  }
  const none = /^there (?:are|is) no\s+(?:embedded\s+|integrated\s+|third[- ]party\s+)*(.{3,160})$/i.exec(t);
  if (!none) return undefined;
  const named = readClause(none[1], ctx);
  if (named.objects.some((c) => c !== 'user.behavior') || !named.recipient.kinds.some((k) => !['service_provider', 'third_party', 'anyone'].includes(k))) return undefined;
  return readClause(`We do not share personal data with ${none[1]}`, ctx);
}

function periodOf(lower: string): Duration['period'] | undefined {
  if (/\b(as long as|while|for the (?:life(?:time)?|duration) of) (?:your|the|an?) (?:account|subscription|membership)\b|\buntil you (?:delete|close|cancel|terminate) your (?:account|subscription)\b|\bwhen you (?:delete|close) your account\b|\b(?:if|once) you (?:delete|close) your account\b[^.;]{0,80}\b(?:deleted|erased|removed|purged|unrecoverable|irrecoverable)\b|\b(?:upon|on|after|following) (?:your )?(?:request to |requesting to )?(?:delete|close|terminate|cancel|deleting|closing) your account\b[^.;]{0,80}\b(?:delete|deactivate|remove|erase|purge)d?\b|\b(?:account|subscription) (?:is|remains) (?:active|open)\b|\b(?:deleted|erased|removed|purged)\b[^.;]{0,40}\b(?:upon|on|after|following|with) (?:your )?account (?:deletion|closure|termination)\b|\buntil (?:your |the )?account (?:deletion|closure|termination|is (?:deleted|closed))\b|\b(?:upon|on|after|following) (?:your |an? )?account (?:deletion|closure|termination)(?: request)?\b[^.;]{0,60}\b(?:deleted|erased|removed|purged)\b/.test(lower)) return 'account lifetime';
  // "while you have an active relationship with us", "for the period of your use of X", "until your account is no
  // longer active": as long as the account is.
  if (/\b(?:while|as long as|for as long as) you (?:have|maintain|hold|keep) an? (?:open |active )?(?:relationship|account|subscription)\b|\bfor the (?:period|duration) of your use\b|\buntil your account is no longer active\b|\b(?:period|time) (?:of time )?(?:in which|during which|that|while) (?:you|users?|the user) (?:have|has|hold|holds|maintain|maintains) an? (?:active )?account\b|\bfor the duration (?:that )?your account exists\b|\bfor (?:the |your )?(?:account|membership|subscription)['’]?s? (?:lifetime|life)\b|\bfor the (?:duration|length|term|life) of (?:the|our|your) (?:business |customer |contractual )?(?:relationship|contract|registration|engagement)\b/.test(lower)) return 'account lifetime';
  // ("Stored until you uninstall the app", "deleted when you revoke the app's access": as long as the user lets it be.)
  // ("until you notify us that you no longer wish to use the service", "until you withdraw your consent".)
  if (/\buntil (?:you|the user|users)\b[^.;]{0,30}\b(?:delete|remove|ask|request|unsubscribe|revoke|uninstall|decides? to (?:remove|delete)|notify|tell|inform|withdraw|opt out|object|cancel)\b|\buntil (?:it is |they are )?(?:manually )?(?:deleted|removed)\b|\b(?:deleted|erased|removed|purged)\b[^.;]{0,30}\bwhen you (?:revoke|uninstall|disconnect)\b/.test(lower)) return 'until deleted';
  // ("Kept for the period you configure", "as long as you choose": the user sets the end, as with deleting it.)
  if (/\bfor the (?:period|time|duration|retention period) (?:that )?you (?:configure|set|choose|specify|select)\b|\b(?:as long as|for as long as) you (?:configure|choose|specify|decide|want)\b/.test(lower)) return 'until deleted';
  // ("only keeping it for as long necessary", a word short: the same.)
  // ("We delete or anonymise it when no longer needed", "deleted once it is no longer necessary": the same.)
  if (/\b(?:as long as|as long|for as long as|no longer than|only as long as)\b[^.;]{0,30}\b(?:necessary|needed|required|reasonably|relevant|useful)\b/.test(lower) || /\b(?:delete|deletes|deleted|erase|erases|erased|purge|purges|purged|remove|removes|removed|anonymi[sz]e|anonymi[sz]es|anonymi[sz]ed)\b[^.;]{0,40}\b(?:when|once|after|if)\s+(?:it\s+is\s+|they\s+are\s+|it's\s+)?no longer\s+(?:necessary|needed|required)\b/.test(lower)) return 'as long as necessary';
  // "Logs are rotated and deleted after a short period", "stored temporarily": kept only a while (by the product: not
  // "temporarily stored in the user's browser").
  if (/\b(?:stored|kept|retained|held|deleted|purged|removed|rotated|erased|cached)\b[^.;]{0,40}\b(?:temporarily|(?:for|after|within) a (?:short|limited|brief) (?:period|time)(?: of time)?)\b|\btemporarily (?:stored|kept|retained|held|cached)\b/.test(lower) && !/\b(?:not|never)\b[^.;]{0,20}\btemporarily\b/.test(lower) && !/\blocally\b|\b(?:in|on) (?:your|the user['’]?s?) (?:own )?(?:browser|device|computer|phone|machine)\b/.test(lower)) return 'as long as necessary';
  // ("for as long as you have the app installed": until the user removes it.)
  if (/\b(?:as long as|for as long as|while) you (?:have|keep) (?:the|our|this) (?:app|application|extension|software|add-?on|plugin)s? installed\b/.test(lower)) return 'until deleted';
  // ("Deleted accounts result in deletion of associated data", "Closing your workspace removes all stored files",
  // "Deleting your account deletes your notes": kept as long as the account is.)
  if (/\b(?:deleted|closed|cancell?ed) (?:accounts?|workspaces?|profiles?) (?:results? in|leads? to|trigger|triggers|means?) (?:the )?(?:deletion|removal|erasure|purging)\b|\b(?:deleting|closing|removing|cancell?ing) (?:your|an|the|a) (?:account|workspace|profile|organi[sz]ation|team)\b[^.;]{0,20}\b(?:deletes|removes|erases|purges|wipes)\b/.test(lower)) return 'account lifetime';
  // "deleted with your account", "removed together with your account": as long as the account is.
  if (/\b(?:deleted|erased|removed|purged)\s+(?:along |together )?with (?:your|the user['’]s|their) account\b/.test(lower)) return 'account lifetime';
  // "We retain engagement data for as long as we use Salesforce": as long as the product needs it.
  if (/\b(?:as long as|for as long as) we (?:use|utili[sz]e|work with|rely on|continue to use)\b/.test(lower)) return 'as long as necessary';
  // "We keep your data for as long as you use the service", "for the duration it is needed".
  if (/\b(?:as long as|while) you (?:use|keep using|continue to use) (?:the|our|this) (?:service|app|application|site|website|platform|product|software|extension|tool|game|bot)s?\b/.test(lower)) return 'account lifetime';
  // ("… as long as the server uses Zeppelin", "kept until your workspace stops using the bot": as long as the customer
  // the data belongs to uses the product.)
  if (/\b(?:as long as|while) (?:the|your) (?:server|guild|workspace|team|organi[sz]ation|company|customer|community|group|project) (?:uses|keeps using|continues to use) [a-z]/.test(lower) || /\buntil (?:you|the (?:server|guild|workspace|team|organi[sz]ation|company|customer|community|group|project)|your (?:server|guild|workspace|team|organi[sz]ation|company|community|group|project)) (?:stops?|ceases?) (?:using|to use)\b/.test(lower)) return 'account lifetime';
  // "Ranked beatmaps can not be deleted", "kept even after account deletion": with no end.
  if (CANNOT_DELETE.test(lower) || /\beven after (?:your )?(?:account )?(?:deletion|closure|you delete your account)\b/.test(lower)) return 'indefinitely';
  if (/\b(indefinitely|forever|(?:for )?an indefinite (?:amount of time|period(?: of time)?))\b/.test(lower) || /\b(?:stored|kept|retained|keep|store|retain|persist(?:s|ed|ing)?|sav(?:e|es|ed|ing)|archived?)\b[^.;]{0,30}\bpermanently\b|\bpermanently (?:stored|kept|retained)\b/.test(lower)) {
    if (!/\b(not|never|n't)\b[^.;]{0,40}\b(?:permanently|indefinitely|forever)\b/.test(lower)) return 'indefinitely';
  }
  return undefined;
}

export { emptyParties };
export type { RecipientKind };
