import { dropPossessive, GLUE, singular } from '../taxonomy/tokens';
import { VERBS } from './lexicon';

/** Longest sentence the reader looks at; a longer run of text without punctuation is cut (with a note). */
export const MAX_SENTENCE_CHARS = 1_500;

/** Splits a block's text into sentences (linear time: one scan, no backtracking). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const end = (c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ') && /["“(A-Z0-9•\-]/.test(nextNonSpace(text, i + 1));
    if (end && (!isAbbreviation(text, i) || endsAfterAbbreviation(text, i))) {
      push(out, text.slice(start, i + 1));
      start = i + 1;
    } else if (i - start >= MAX_SENTENCE_CHARS) {
      push(out, text.slice(start, i));
      start = i;
    }
  }
  push(out, text.slice(start));
  return out;
}

function nextNonSpace(text: string, from: number): string {
  for (let i = from; i < text.length && i < from + 8; i++) if (!/\s/.test(text[i])) return text[i];
  return '';
}

const ABBREV = new Set(['e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'vs', 'mr', 'ms', 'dr', 'st', 'no', 'u.s', 'approx', 'incl']);

function isAbbreviation(text: string, dot: number): boolean {
  let j = dot;
  while (j > 0 && /[A-Za-z.]/.test(text[j - 1]) && dot - j < 6) j--;
  return ABBREV.has(text.slice(j, dot).toLowerCase());
}

/** Abbreviations that may close a sentence ("… provided by Google Inc. You can opt out …", "… logs, etc. We …"). */
const MAY_END = new Set(['inc', 'ltd', 'co', 'etc', 'llc', 'corp', 'gmbh']);
const SENTENCE_START = /^(?:You|We|Our|Your|The|This|These|That|Those|It|Its|They|Their|If|When|For|Please|In|To|As|All|Any|Such|Some|No|However|Learn|More|See|Visit|Read)\b/;

function endsAfterAbbreviation(text: string, dot: number): boolean {
  let j = dot;
  while (j > 0 && /[A-Za-z]/.test(text[j - 1]) && dot - j < 6) j--;
  return MAY_END.has(text.slice(j, dot).toLowerCase()) && SENTENCE_START.test(text.slice(dot + 1).trimStart());
}

function push(out: string[], s: string) {
  // "age range (we ask for a range, not your date of birth)": an aside with a subject of its own is a clause of its
  // own, read after the words around it.
  const asides: string[] = [];
  // ("… when you navigate (these data will be protected and not shared with third parties)": what "these data" are, the
  // words before say.)
  const t = s.replace(/\s*\(((?:we|you|they|it|this|these|those|such(?!\s+as\b)|all (?:of )?(?:this|these|such))\s+[^()]{3,200})\)/gi, (_m, inner: string) => {
    asides.push(inner);
    return '';
  }).trim();
  // ("We will not, under any circumstances, sell …": an aside that only stresses the verb is read without it.)
  // ("Ostara does NOT save any personal data", "We DO NOT sell": a word stressed in capitals is that word, no name.)
  const plain = (shouted(t) ? t.charAt(0) + t.slice(1).toLowerCase() : t.replace(/\b(?:NOT|NEVER|DO|DOES|DID|DON['’]T|DOESN['’]T|WILL|WON['’]T|CANNOT|CAN['’]T|NO|NONE|NOTHING|ANY|ALL|ONLY|EVER)\b/g, (w) => w.toLowerCase())).replace(/,\s*(?:(?:under|in) (?:any|no) circumstances?|at any time|in any (?:way|case|event|form)|ever|whatsoever)\s*,/gi, '')
    // ("… stored in a self hosted server that is not shared with third parties": what is kept there is not shared.)
    .replace(/\b((?:stored|kept|hosted|saved|held)\s+(?:in|on)\s+(?:a|an|our|the|one)\s+(?:[\w-]+\s+){0,3}(?:servers?|databases?|instances?|infrastructure|machines?))\s+(?:that|which)\s+(is|are)\s+(not|never)\s+(?=shared|disclosed|sold|accessible)/gi, '$1 and $2 $3 ')
    // ("We want to inform users of this Service that these third parties have access to your Personal Information": what
    // the product tells its users is the statement.)
    .replace(/^\s*(?:we|i)\s+(?:want|would like|wish)\s+to\s+(?:inform|notify|remind|tell)\s+(?:you|users|visitors|our users)(?:\s+of\s+(?:this|our|the)\s+(?:service|app|application|website|site))?\s+that\s+/i, '')
    // ("We are not in the business of selling your information", "we have no intention of sharing it": a refusal said
    // with a noun phrase is the verb's negation.)
    .replace(/\b(?:(?:am|are|is)\s+not|(?:have|has)\s+no\s+(?:intention|interest))\s+(?:in\s+the\s+business\s+)?(?:of|in)\s+(?=[a-z]+ing\b)/gi, 'do not ');
  if (plain) out.push(plain);
  for (const a of asides) out.push(a.trim());
}

/** "WE WILL NOT, UNDER ANY CIRCUMSTANCES, SELL …": a sentence in capitals, read as if it were not (its acronyms too). */
function shouted(s: string): boolean {
  const upper = s.match(/[A-Z]/g)?.length ?? 0;
  const lower = s.match(/[a-z]/g)?.length ?? 0;
  return upper >= 20 && lower * 10 <= upper;
}

/**
 * Splits a sentence into independent clauses: at semicolons and at "but", "however", "whereas", and at
 * ", and we …" (a new subject). "We do not sell your data, but we share it with Stripe" is two statements.
 * ("Kept for the shortest time possible, but never later than 12 months": a ceiling on the same keeping, one clause.)
 */
/** Whether a position of a text lies inside round brackets opened before it and not yet closed. */
function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  const close = text.indexOf(')', at);
  return depth > 0 && close >= 0 && close - text.lastIndexOf('(', at) <= 120;
}

export function splitClauses(sentence: string): string[] {
  const listed = negatedVerbList(sentence);
  if (listed) return listed.flatMap(splitClauses);
  // "Extension data is stored locally and is not shared with third parties": the second verb phrase has the
  // same subject and its own polarity.
  // ("Local storage is used for functionality and does not track your activity" too.)
  const vp = /^(.{3,120}?)\s+(is|are|was|were|will be|may be)\s+(.*?)\s+and\s+((?:is|are|was|were|will|does|do|did|can|would)\s+(?:not|never)\b.*|(?:doesn['’]t|don['’]t|won['’]t|isn['’]t|aren['’]t|never)\b.*)$/i.exec(sentence);
  if (vp) return [...splitClauses(`${vp[1]} ${vp[2]} ${vp[3]}`), `${vp[1]} ${vp[4]}`];
  // ("Since the notification content is not encrypted and passes through Google's servers": a verb phrase after a negated
  // one has the same subject and no negation of its own.)
  const after = /^(.{3,160}?)\s+(is|are|was|were)\s+(not|never)\s+([a-z]+(?:ed|en)|encrypted|visible|stored|kept)\s+and\s+((?:passes|goes|travels|transits|flows|is|are|gets|lands|moves)\b.*)$/i.exec(sentence);
  if (after) return [...splitClauses(`${after[1]} ${after[2]} ${after[3]} ${after[4]}`), `${after[1]} ${after[5]}`];
  // "We use Stripe for payments and do not store your card number", "We collect your phone number but never sell it": a
  // negated verb phrase after "and" or "but" has the same subject and a polarity of its own.
  const neg = NEGATED_AFTER_AND.exec(sentence);
  if (neg) return [...splitClauses(`${neg[1]} ${neg[2]}`), `${neg[1]} ${neg[3]}`];
  // "Lob prints and posts invitations and receives each guest's name …": what a named vendor receives after what it
  // does is a statement of its own, with the same subject.
  const named = NAMED_THEN_RECEIVES.exec(sentence);
  if (named && !/^(?:we|you|they|it|this|that|these|those|the|our|your|each|every|all|some|any)$/i.test(named[1].split(/\s+/)[0])) return [...splitClauses(`${named[1]} ${named[2]}`), ...splitClauses(`${named[1]} ${named[3]}`)];
  const out: string[] = [];
  // ("we do not track visitors, we strive to collect only …": a comma between two clauses that each open with "we".)
  // (" — you tell us when …": a dash before a new subject starts a clause of its own; "I" is a policy's author;
  // " - your actual IP address is never stored": so does one before a subject that a verb follows.)
  const re = /;\s+|:\s+(?=(?:we|you|they|i)\s)|\s+[—–-]\s+(?=(?:we|you|they|i)\s)|\s+[—–-]\s+(?=(?:your|our|this|these|all|the|any|every|each|no|none|nothing)\s[^.;—–]{0,80}?\b(?:is|are|was|were|will|never|not)\b)|,?\s+so\s+(?=(?:we|you|they|i)\s)|,\s+so\s+(?=[A-Z][\w-]*\s+(?:never|does not|doesn['’]t|will not|won['’]t|cannot|can['’]t|only|also|can|may|will)\s)|(?<!\b(?:that|which|who)\s+(?:you|they|users?|we)\s+[\w'’-]+|^\s*[A-Za-z][\w-]*\s+(?:you|they|users)\s+[\w'’-]+),?\s+(?:but(?!\s+(?:(?:is|are)\s+)?not\s+(?:limited|restricted)\b)(?!\s+(?:never|not|no|in no case)\s+(?:later|longer|more)\s+than\b)|however,?|whereas)\s+(?=[a-z])|,\s+(?=(?:and|or|so)\s+(?:we|you|they|it|this|these|those|our|i)\b)|,\s+(?=and\s+[A-Z][\w-]*\s+(?:does not|doesn['’]t|will not|won['’]t|never|cannot|can['’]t)\s)|,\s+(?=and\s+(?:our\s+|the\s+)?[a-z]+\s+(?:reports|logs|events)\s+(?:do not|don['’]t|will not|won['’]t|never)\s)|(?<=\S{3,}.{10,})\s+and\s+(?=we\s+(?:do not|don['’]t|never|will not|won['’]t|cannot|can['’]t|may|might|also|only|(?:use|have|run|embed|load|include|set|keep|collect|store|share|sell|send)\s+no)\b)|(?<=\b(?:not|never|n['’]t)\s[^,;]{3,200})\s+and\s+(?=(?:it|they|this|these)\s+(?:is|are|was|were|will|may|can|only)\b)|,?\s+and\s+(?=(?:it|they)\s+(?:(?:is|are|will|would|may|can|do|does|shall)\s+)?(?:not|never)\b)|,\s+(?=nor\s+(?:do|does|did|will|would|shall|can|could|may|is|are|was|were|have|has)\s)|(?<=(?:^|[:;]\s*|\s[—–-]\s+)(?:we|i)\s[^,;:—–]{3,200}(?:,\s+(?:we|i)\s[^,;:—–]{3,200}){0,6}),\s+(?=(?:we|i)\s+(?!(?:and|or)\b)[a-z'’]+\s(?![^,;.]*\b(?:it|them|this|these|those|that)\b))/gi;
  // (", as we delegate this to Stripe": a reason says why; its vendor is not the one the verb before names.)
  const reason = /,\s+(?:as|because|since)\s+(?:we|they|it|this|that|our|i)\s/i.exec(sentence);
  if (reason) sentence = sentence.slice(0, reason.index);
  let last = 0;
  for (const m of sentence.matchAll(re)) {
    // ("Drafts (a booking you started but did not pay for) are deleted after 7 days": a short aside in brackets whose
    // second half has no subject of its own is no clause; "(IP address based but the IP is not stored)" has one.)
    const rest = sentence.slice(m.index + m[0].length);
    if (insideBrackets(sentence, m.index) && !/^(?:we|you|they|i|it|the|this|these|those|our|your|its|their|no|none|nothing|all|any)\b/i.test(rest)) continue;
    // (", so Tapline never …" splits at a name, which is written with a capital: the pattern ignores case.)
    if (/^,?\s+so\s+$/i.test(m[0]) && !/^(?:we|you|they|i)\s/i.test(rest) && !/^[A-Z]/.test(rest)) continue;
    push(out, sentence.slice(last, m.index));
    last = m.index + m[0].length;
  }
  push(out, sentence.slice(last));
  return out;
}

const NEGATED_AFTER_AND = /^((?:we|i|(?:the|this|our) (?:app|application|service|website|web site|site|platform|extension|tool|bot))) ((?:[\w'’-]+,?\s+){1,24}?[\w'’-]+),?\s+(?:and|but)\s+((?:do|does|will|shall|would)\s+not\b.*|(?:don['’]t|doesn['’]t|won['’]t|never)\b.*)$/i;

const NAMED_THEN_RECEIVES = /^([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+([a-z]+s\b.*?)(?:,\s*|\s+)and\s+((?:receives|gets|stores|sees|holds|keeps)\b.*)$/;

/** Verbs a policy rules out in a list that the reader has no action for ("build profiles", "engage in tracking"). */
const LISTED_VERBS = new Set('build builds create creates engage engages combine combines match matches profile profiles run runs buy buys purchase purchases allow allows permit permits target targets serve serves show shows display displays employ employs deploy deploys infer infers link links monetize monetise monetizes monetises'.split(' '));

const NEGATED_SUBJECT = /^((?:we|i|the company|the service|[A-Z][\w.&-]*)\s+(?:(?:do|does|did|will|shall|would|can|may)\s+not|don['’]t|doesn['’]t|won['’]t|never|cannot|can['’]t)\s+)(.+)$/i;

/**
 * "We do not build advertising profiles, engage in tracking across websites, or share your data with data brokers":
 * a negation over a list of verb phrases, each with its own object, is one ban per phrase. (Not "we do not sell,
 * rent or share your data": bare verbs share the one object.)
 */
function negatedVerbList(sentence: string): string[] | undefined {
  const m = NEGATED_SUBJECT.exec(sentence);
  if (!m || !/(?:,\s*|\s)(?:or|nor)\s/i.test(m[2])) return undefined;
  const isVerb = (w: string) => VERBS.has(w.toLowerCase()) || LISTED_VERBS.has(w.toLowerCase());
  const first = /^[a-z]+/i.exec(m[2])?.[0] ?? '';
  if (!isVerb(first)) return undefined;
  // ("We do not allow Google to use or share our analytics data for …": the list is the infinitive's, under one "allow".)
  if (/^(?:allow|allows|permit|permits|let|lets|authori[sz]e|authori[sz]es|enable|enables)\s+(?:[\w.&'’-]+\s+){1,4}?to\s+[a-z]+\s+(?:or|and|nor)\s/i.test(m[2])) return undefined;
  const cuts: { at: number; end: number }[] = [];
  // (Not inside brackets, nor a noun that looks like a verb of another form: "We will not sell … (such as …, or records
  // linking an account to an email address)".)
  const depth = (at: number) => (m[2].slice(0, at).match(/\(/g)?.length ?? 0) - (m[2].slice(0, at).match(/\)/g)?.length ?? 0);
  const sameForm = (w: string) => /s$/i.test(first) === /s$/i.test(w) || /ss$/i.test(w) || /ss$/i.test(first);
  for (const c of m[2].matchAll(/(,\s+(?:(?:or|nor|and)\s+)?|\s+(?:or|nor)\s+)([a-z]+)\b/gi)) if (isVerb(c[2]) && depth(c.index) <= 0 && sameForm(c[2])) cuts.push({ at: c.index, end: c.index + c[1].length });
  if (!cuts.length) return undefined;
  const pieces: string[] = [];
  let from = 0;
  for (const c of cuts) {
    pieces.push(m[2].slice(from, c.at));
    from = c.end;
  }
  pieces.push(m[2].slice(from));
  if (pieces.some((p) => p.trim().split(/\s+/).length < 2)) return undefined;
  // ("… or share it with advertisers without your consent", "… for marketing purposes": a condition or purpose that
  // ends the list holds for every phrase of it.)
  const tail = /,?\s+(?:(?:unless|except|without|other than|outside|if|when|where)\b.*|for\s+(?:[\w'’-]+\s+){0,3}(?:purposes?|marketing|advertising|profiling)\b.*)$/i.exec(pieces[pieces.length - 1])?.[0] ?? '';
  // ("We do not ask for or store your date of birth": a verb and its particle with nothing after take the object of the
  // last verb.)
  const lastObject = pieces[pieces.length - 1].trim().replace(/^[a-z]+\s+/i, '');
  const own = (p: string, i: number) => (i < pieces.length - 1 && /^[a-z]+\s+(?:for|about|on|up|in|out|to|with|from|into)$/i.test(p.trim()) ? `${p.trim()} ${lastObject}` : p);
  return pieces.map((p, i) => `${m[1]}${own(p, i).trim().replace(/[.!]$/, '')}${i < pieces.length - 1 ? tail.replace(/[.!]?$/, '') : ''}`.trim());
}

/** One word of a clause: lower-case `raw`, singular `word` (as the taxonomy matches), its comma-chunk, capitalised or not. */
export interface Tok {
  raw: string;
  word: string;
  chunk: number;
  cap: boolean;
  /** Written in capitals throughout (AUTOTITLE, GDPR): an acronym or a placeholder, not a vendor's name. */
  upper?: boolean;
  /** Inside parentheses. */
  paren?: boolean;
  /** The first word after a colon. */
  colon?: boolean;
  /** A class of the product's own code ("messages generated by `AppLogger`", "via ConversationStorageService"), no company. */
  code?: boolean;
}

/** Run-together words ending in a software part's name. */
const CODE_NAME = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*(?:Service|Logger|Manager|Store|Storage|Provider|Controller|Handler|Helper|Module|Worker|Queue|Cache|Adapter|Repository|Converter|Parser|Engine|Bridge|Util|Utils)$/;

/** Tokenizes like `splitWords` (same words, same glue), keeping comma-chunks and capitalisation. */
export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let chunk = 0;
  let depth = 0;
  let colon = false;
  // ("share or receive information with/from third parties": whom it is shared with.)
  const src = dropPossessive(text).replace(/\b(with|to)\/from\b/gi, '$1');
  for (const m of src.matchAll(/[A-Za-z0-9]+|[,:()—–]|\s-\s/g)) {
    const t = m[0];
    if (!/[A-Za-z0-9]/.test(t)) {
      if (t === '(') depth++;
      else if (t === ')') depth = Math.max(0, depth - 1);
      colon = t === ':';
      chunk++;
      continue;
    }
    // ("3rd party tools": the ordinal spelt in digits.)
    const raw = t.toLowerCase() === '3rd' ? 'third' : t.toLowerCase();
    toks.push({ raw, word: singular(raw), chunk, cap: /^[A-Z]/.test(t), ...(t.length > 4 && /^[A-Z0-9]+$/.test(t) ? { upper: true } : {}), ...(depth > 0 ? { paren: true } : {}), ...(colon ? { colon: true } : {}), ...(CODE_NAME.test(t) ? { code: true } : {}) });
    colon = false;
  }
  // Glue two-word spellings ("e mail", "sign up") exactly as splitWords does.
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const pair = i + 1 < toks.length ? GLUE[`${toks[i].word} ${toks[i + 1].word}`] : undefined;
    if (pair) {
      out.push({ ...toks[i], raw: `${toks[i].raw}${toks[i + 1].raw}`, word: pair });
      i++;
    } else out.push(toks[i]);
  }
  return out;
}
