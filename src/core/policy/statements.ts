import { CHILDREN_SCOPE } from './query';
import { matchRecipients, serviceById, serviceOfCookie, SERVICES, vendorNamePattern } from '../catalog';
import { CATEGORIES, covers, matchPhrases, splitWords } from '../taxonomy';
import { AUXILIARIES, BEYOND_LISTED, BEYOND_NAMED, BLOCKING_CONDITIONS, ITEM_VERBS, NOT_OURS, PRODUCT_NOUNS, TRACKING_KIND, VERBS } from './lexicon';
import { bannedKinds, type Clause, type CollectDecl, type Declaration, type ProhibitDecl, type RecipientRef, type RetainDecl, type ShareDecl } from './model';
import { CANNOT_DELETE, PLATFORM_COMPANIES, type Parties, type ReaderContext, type Reading, readClause, scopeOf, uninvert, whoseFingerprint } from './reading';
import { negativeHeading, type Section, sectionOf, sourceHeading } from './sections';
import { splitClauses, splitSentences } from './sentences';
import { rowText } from './document/markdown';

/** A sentence of the product's that stops short of its data: "We collect the following data", "The app stores",
 * "The following information is collected". */
const STOPS_SHORT = new RegExp(
  String.raw`^(?:(?:we|i|our (?:app|application|extension|service|website|site|servers?|bot|team|company)|the (?:app|application|extension|service|website|site|plugin|bot|software|server|servers))\s+(?:(?:may|will|only|also|currently|automatically|might|can|do|does|then)\s+)*` +
    String.raw`(?:collect|gather|store|log|record|keep|process|receive|save|retain|obtain|track|request|ask for|access)s?` +
    String.raw`(?:\s+(?:the following|these|some|only|a few|limited|minimal|basic|certain)(?:\s+(?:types? of|categories of|kinds of|pieces of))?(?:\s+(?:personal|user|account|usage|technical|anonymous|non-personal))?(?:\s+(?:data|information|details|fields))?)?` +
    String.raw`|the following(?:\s+(?:types? of|categories of|kinds of|pieces of))?(?:\s+(?:personal|user|account|usage|technical))?(?:\s+(?:data|information|details|fields))?\s+(?:is|are|will be|may be|gets?)\s+(?:collected|stored|logged|recorded|kept|gathered|processed|saved|retained))$`,
  'i',
);

/** "Account Information: Name, email…" → label "Account Information". */
export function splitLabel(text: string): { label?: string; body: string } {
  // ("Resend .............. emails we send you (name, email address)": a name and what it is for, joined by a leader of dots.)
  const leader = /^([^.:;\n]{1,60}?)\s*(?:\.{3,}|…{2,}|·{3,})\s*(\S.*)$/s.exec(text);
  if (leader && leader[1].trim().split(/\s+/).length <= 6) return { label: leader[1].trim(), body: leader[2] };
  // ("1.2 Panel profile: country, region …": a section number before the label is not part of it.)
  // ("FrontApp, Inc.: …", "Elasticsearch B.V.: …": a company's legal form keeps its full stops; "TL;DR: …" its semicolon.)
  const m = /^(?:\d+(?:\.\d+)*\.?\s+(?=[A-Za-z]))?((?:[^:.;]|;(?=\S)|(?<=\b(?:Inc|Ltd|LLC|Co|Corp|[A-Z]))\.){1,80}):\s+(.*)$/s.exec(text);
  // ("Brevo sends our emails: loan receipts, reminders …": a name and its verb before the colon are a sentence.)
  const said = m ? /^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+([a-z]+s)\b/.exec(m[1]) : null;
  if (said && (VERBS.has(said[1]) || /^(?:delivers|runs|powers|handles|provides|manages|takes|helps|sees)$/.test(said[1]))) return { body: text };
  // ("We collect the following data: email address, name and phone number", "The following information is stored: …":
  // a sentence of the product's that stops short of its data is a lead-in with its list inline, not a label.)
  if (m && STOPS_SHORT.test(m[1].trim())) return { body: text };
  // ("**We do not:** Sell, rent, or share your personal information": a negation that stops short, its verb after the colon.)
  if (m && /^(?:we|i)\s+(?:do\s+not|don['’]t|never|will\s+never|will\s+not|won['’]t|shall\s+not)$/i.test(m[1].trim()) && /^[A-Za-z]/.test(m[2])) return { body: `${m[1].trim()} ${lowerFirst(m[2])}` };
  // ("When you leave: your family profile is deleted within 30 days": a condition before the colon, not a label; what
  // follows is what is done then. A negation after it keeps the condition as a label, and the ban its scope.)
  // ("Where you lost it: …", "For business transfers: …" are labels; "When you view a page, we collect: …" a sentence.)
  if (m && /^(?:if|when|once)\s+you\b[^,]*$/i.test(m[1].trim()) && m[1].trim().split(/\s+/).length <= 12 && !/\b(?:not|never|no|nor)\b|n['’]t\b/i.test(m[2])) return { body: m[2] };
  // "Google Workspace and Slack, if your employer uses them: …": the name before a comma qualifier counts.
  // ("Shippo, and the courier it books for us (Royal Mail or DPD): …": so does a name before the ones it brings in.)
  if (m && (m[1].trim().split(/\s+/).length <= 6 || (/^[A-Z]/.test(m[1]) && m[1].split(',')[0].trim().split(/\s+/).length <= 5 && /,\s+(?:which|who|that|with|when|if|for|where|as|only|our|used|and (?:the|its|their|any))\b/i.test(m[1])))) return { label: m[1].trim(), body: m[2] };
  // ("Game scores - Scores that you achieved …": a hyphen between spaces is a dash typed plainly.)
  const dash = /^([^:.;—–-]{1,50})\s+[—–-]\s+(.*)$/s.exec(text);
  // (Not a sentence before it: "We don't sell data - We don't collect data".)
  // ("Face embeddings are biometric data — they are never uploaded": nor a sentence with its verb.)
  if (dash && dash[1].trim().split(/\s+/).length <= 5 && !/^\s*(?:we|i|you|they|it)\b|n['’]t\b|\bnot\b|\b(?:is|are|was|were)\b/i.test(dash[1])) return { label: dash[1].trim(), body: dash[2] };
  // ("Account data. Retained for the duration of your account.", a bold name ending in a full stop: a few words with no
  // verb, then a sentence that opens with a participle, says of them.)
  const stop = /^([A-Z][\w'’ -]{1,40})\.\s+((?:Retained|Kept|Stored|Deleted|Held|Collected|Shared|Used|Processed|Erased|Purged|Removed)\b.*)$/s.exec(text);
  if (stop && stop[1].trim().split(/\s+/).length <= 4 && !/^\s*(?:we|i|you|they|it|this|that)\b|n['’]t\b|\bnot\b|\b(?:is|are|was|were)\b/i.test(stop[1]) && !VERBS.has(stop[1].trim().split(/\s+/)[0].toLowerCase())) return { label: stop[1].trim(), body: stop[2] };
  return { body: text };
}

/** What the text around a clause says its items are: collected, not collected, or shared. */
/** `vendor-held`: a list of what a vendor's cookie or tag holds — neither collected by the product nor ruled out. */
/** A list item read as the rest of a sentence: its capital is the list's ("Does not sell" → "does not sell"). */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A label that is a whole negated sentence of the product's ("We do NOT collect", "We never sell"). */
const WE_NOT_LABEL = /^\s*(?:we|i|the app|this app|our (?:app|service|platform))\s+(?:do\s+not|does\s+not|don't|doesn't|never|will\s+never|won't)\s+(collect|store|share|sell|track|retain|record|request|keep|save|log)\s*[:.]?\s*$/i;

/**
 * A negated participle alone: an item's body that says its data is not collected ("Location: Not collected", "Never
 * stored."), or a label or lead-in that says so of the data after it ("Not collected: Raw IP, email").
 */
const NOT_DONE_BODY = /^\s*(?:(?:is|are)\s+)?(?:not|never)\s+(collected|stored|shared|sold|tracked|retained|recorded|requested|kept|saved|logged)\b\s*[.:]?\s*$/i;

/** The channel a section is about ("Crash reports", "2. Prometheus Metrics", "Structured logs"), as a ban's scope. */
function channelOf(headingPath: string[]): string | undefined {
  const h = headingPath[headingPath.length - 1] ?? '';
  if (/\b(?:logs?|logging)\b/i.test(h)) return 'in logs';
  if (/\b(?:telemetry|metrics|diagnostics?|analytics)\b/i.test(h) || CRASH_HEADING.test(h)) return 'in telemetry';
  return undefined;
}

/** A heading about crash or error reports ("Crash reporting", "Error monitoring"). */
const CRASH_HEADING = /\b(?:crash(?:es| reports?| reporting)?|error (?:reports?|reporting|monitoring|tracking))\b/i;

/** The kind of vendor one of the last two headings is about ("5.2 Analytics", "Crash reporting"). */
function channelKind(headingPath: string[]): RecipientRef | undefined {
  for (const h of headingPath.slice(-2).reverse()) {
    if (/\banalytics\b/i.test(h)) return 'analytics';
    if (CRASH_HEADING.test(h)) return 'error_monitoring';
  }
  return undefined;
}

/** A feature the person turned off ("telemetry is disabled", "when you opt out", "if analytics is turned off"). */
const TURNED_OFF = /\b(?:telemetry|tracking|analytics|data collection|crash reporting|error reporting|usage (?:data|statistics|reporting))\s+(?:is|are|has been|have been|gets|get)\s+(?:disabled|turned off|switched off|off|deactivated)\b|\b(?:once|when|if|after)\s+(?:you\s+)?(?:opt(?:ed)?[- ]out|disable[ds]?|turn(?:ed)?\s+(?:it\s+|them\s+)?off)\b/i;

/** "before it is sent to OpenAI", "before your request is passed to Acme AI": what a main clause does to data on its way. */
const BEFORE_SENT = /\bbefore\s+((?:it|they|this|these|the|your|a|an|any)\b[^.;,]{0,80}?)\s+(?:is|are|gets?)\s+(?:sent|shared|passed|forwarded|transmitted|uploaded|submitted)\s+to\s+([^,;.]{2,60}?)(?=\s*,|\s+we\b|\s*[.;]|\s*$)/i;

/** A choice whether to send ("the option to send it or not send it to us", "choose whether or not to send"). */
const SEND_OR_NOT = /\b(?:send|share|submit|upload)\s+(?:it|them|this|the report)?\s*or\s+not\b|\bor\s+not\s+(?:to\s+)?(?:send|share|submit|upload)\b|\bwhether\s+(?:or\s+not\s+)?to\s+(?:send|share|submit|upload)\b/i;

/** Data ruled out only as tied to someone ("IP addresses tied to individuals", "… linked to your account"). */
const TIED_TO_PERSON = /\b(?:tied|linked|connected|associated|attributed)\s+(?:to|with)\s+(?:an?\s+|any\s+|specific\s+|individual\s+)?(?:individuals?|you|your (?:identity|account|name|profile)|persons?|people|users?|accounts?)\b/i;

/** Verbs of people looking at content the product holds. */
const READ_VERB = /^(?:review|reviews|reviewed|reviewing|read|reads|reading|moderate|moderates|moderated|screen|screens|screened|view|views|viewed|monitor|monitors|monitored|monitoring|look|looks)$/i;
/** A disclaimer of responsibility ("… and are not responsible for any content shared through our service"). */
const DISCLAIMER = /\b(?:not|no) (?:be )?(?:responsible|liable|liability|responsibility)\b|\bsolely responsible\b|\bendorse\b/i;
/** Verbs of looking into data (`analyze`, `scan`, `mine`): a use of it, which holding it does not show. */
const ANALYSIS_VERB = /^(?:analy[sz](?:e|es|ed|ing)|scan(?:s|ned|ning)?|min(?:e|es|ed|ing)|inspect(?:s|ed|ing)?|examin(?:e|es|ed|ing))$/i;

type Frame = 'collect' | 'not-collect' | 'vendor-held' | 'share' | 'retain' | 'use' | null;

/**
 * Sentences that talk about the user's rights, third parties' own practices or links: never a disclosure by the product.
 * ("powered by Sentry, an open-source error monitoring service": an open-source vendor is still a vendor.)
 */
const NOT_A_DISCLOSURE = /\b((?:to|can|will|helps?) (?:prevent|avoid|stop|block)\b[^.;]{0,50}\b(?:sent|shared|transmitted|disclosed|sending|sharing|stor(?:ed|ing)|collect(?:ed|ing)|logg(?:ed|ing)|record(?:ed|ing)|keeping|kept)\b|(?:privacy|cookie) (?:policy|notice|statement) of|'s (?:privacy|cookie) (?:policy|notice)|compliant with|adheres? to (?:the |their |its )?[^.;]{0,60}\b(?:polic(?:y|ies)|terms|requirements)|certified|protect the rights|other users may|users may share|(?:you (?:can|may|could) |to )download|download (?:a copy|your|an? (?:export|archive|copy))|repository|repositories|source code|changelog|change history|open[- ]source(?!(?:\s+[\w-]+){0,3}\s+(?:services?|platforms?|providers?|tools?)\b)|means|refers to|shall mean|(?:is|are) defined as|not covered by|does not apply|do not apply|links? to|right to|you (?:can|may) (?:request|ask|object|withdraw|opt)|portab|another controller|(?:their|its) (?:own )?privacy (?:policy|policies|practices|statement)|disclaim|not responsible|(?:make|makes|give|gives|offer|offers|provide|provides) (?:any |no )?(?:assurances?|guarantees?|warrant(?:y|ies)|representations?) (?:about|as to|regarding|that|of)|no (?:control|responsibility)|(?:outside|beyond) (?:of )?(?:our|its|the company['’]s) control|liab(?:le|ility)|links? to (?:other|third)|(?<!\bon )third[- ]party (?:websites|sites|links)|independent third parties|security audits?|penetration tests?|(?:first|last|originally|initially) published)\b/i;
/** Data shown to other people who use the product, or to anyone. */
const SHOWN_TO_OTHERS = /\b(?:visible|available|shown|displayed|accessible|viewable)\s+to\s+(?:other\s+(?:logged[- ]in\s+)?(?:users|members|people|participants)|others|everyone|anyone|the public|all users)\b|\bpublicly\s+(?:visible|displayed|posted|listed|published|shared|accessible|viewable)\b|\bpublicly\s+available\b(?!\s+(?:[A-Z][\w-]*\s+){0,3}(?:information|data|sources?|metadata|records?|content)\b)|\b(?:published|posted|listed|displayed|shared|visible)\s+publicly\b|\bother (?:users|members|people|participants) (?:can|may|will) (?:see|view)\b|\b(?:make|makes|made) [\w\s]{0,40}?\bavailable to others\b|\b(?:show|shows|display|displays)\b[^.;]{0,80}\bto other (?!(?:compan|part|provider|vendor|organi[sz]ation|service|business|third)\w*)[a-z]+s\b|\b(?:is|are)\s+public\b|\b(?:displayed|shown|visible|listed)\s+on\s+(?:your|the user['’]s|their)\s+(?:public\s+)?profile(?:\s+page)?\b|\bpublicly\s+(?:recorded|attributed)\b/i;

/** Sentences that give a response time or a notice period, not a retention period. */
// ("If you don't reply within 8 weeks, we delete your application": the person's reply is no response time.)
const NOT_RETENTION = /\b((?:under|over|aged?|age of)\s+(?:the age of\s+)?\d+(?:\s+years?)?|\d+\s+years?\s+(?:of age|old)|DNT|(?<!\byou\s+(?:do not\s+|don['’]t\s+|did not\s+|didn['’]t\s+|fail to\s+|never\s+)?)(?:respond|reply)|response(?! codes?\b)|(?<!\buntil (?:you|the user|users) )notify|(?:prior|advance|written|reasonable|days'?|weeks'?|months'?) notice|notice (?:period|of)|inform you|take effect|before (?:the )?changes|prior notice|effective date|last (?:updated|revised|modified)|within \d+ (?:days|hours) of (?:receiving|receipt|your request)|to (?:fulfil|process) (?:your|the) request|cookie (?:lasts|expires)|session cookies)\b/i;
/** "Summaries are cached locally for 30 days": caching as the verb of a sentence with no other retention verb. */
const CACHE_VERB = /(?<![\w-])(?:cached|caches)\s+(?:locally|on|in|for|up to)\b/i;

/** The participles of deleting. */
const DELETED = '(?:deleted|erased|removed|purged|destroyed)';

/** Data deleted for good. */
const PERMANENTLY_DELETED = new RegExp(`\\bpermanently ${DELETED}\\b|\\b${DELETED} permanently\\b`, 'i');

/** A deletion the person asks for: "delete all your data", "on your request", "when you delete your account". */
const USER_DELETION = /\b(?:delete|erase|remove)\s+(?:all\s+(?:of\s+)?)?your\s+(?:personal\s+)?(?:data|account|information|profile)\b|\b(?:on|upon|after)\s+(?:your\s+)?request\b|\brequest(?:s|ed)?\s+(?:the\s+|its\s+|their\s+)?(?:deletion|erasure)\b|\bwhen you delete\b/i;

/** A deletion carried out within a time of a request. */
const DELETED_WITHIN = new RegExp(`\\b${DELETED}\\s+within\\s+\\d+\\s+(?:days|hours)\\s+of\\b`, 'i');
const RETENTION_WORD = /(?:(?<![\w-])|(?<=\bauto-))((?<=\bwe\s+(?:only\s+|also\s+)?)(?:log|record)(?=[^.;,]{0,60}?\s(?:for|up to)\s+(?:up to |at most |a maximum of )?[\w-]+ (?:hours?|days?|weeks?|months?|years?)\b)|(?:logged|recorded)(?=\s+(?:for|up to)\s+(?:up to |at most |a maximum of )?[\w-]+ (?:hours?|days?|weeks?|months?|years?)\b)|(?:stay|stays)(?=\s+(?:signed|logged)\s+in\b)|(?:remain|remains)(?=[^.;]{0,40}?\b(?:for|up to)\s+(?:up to |at most |a maximum of )?[\w-]+ (?:hours?|days?|weeks?|months?|years?)\b)|(?:last|lasts)(?=\s+(?:for\s+)?(?:up to |at most |a maximum of )?[\w-]+ (?:hours?|days?|weeks?|months?|years?)\b)|retain|retained|retains|retaining|retention|kept|keep|keeps|keeping|maintain|maintained|maintains|store|stored|stores|held|hold|delete|deleted|deletes|erase|erased|purge|purged|remove|removed|destroy|destroyed|disposed of|shredded|clear|cleared|expire|expires|expired|rotate|rotated|available for|archive|archived|persist|(?:anonymi[sz]ed|de-?identified)(?=[^.;]{0,30}\b(?:after|within)\b)|(?<=\blogs?\b[^.;]{0,40})(?:contain|contains)(?=[^.;]{0,60}\bfor (?:up to |at most |a maximum of )?[\w-]+ (?:hours?|days?|weeks?|months?|years?)\b)|(?<=\bsessions?\b[^.;]{0,50})(?:end|ends|time out|times out)(?=\s+(?:after|within))|(?:stop|stops|cease|ceases) (?:working|to work)(?=\s+(?:after|within)\b)|(?<=\b(?:is|are|remain|remains|stay|stays)\s+)valid(?=\s+(?:for|up to)\s+(?:up to |only |at most )?[\w-]+ (?:seconds?|minutes?|hours?|days?|weeks?)\b))\b/i;
/** "is not visible to other users", "will never be shown publicly", "isn't displayed to anyone else". */
const HIDDEN_FROM_OTHERS = /\b(?:(?:is|are|will|would|shall)\s+(?:not|never)|isn['’]t|aren['’]t|won['’]t)\s+(?:be\s+)?(?:made\s+)?(?:visible|shown|displayed|available|accessible|viewable|published)\s+(?:to\s+(?:other\s+(?:users|members|people|participants|players|customers)|others|anyone(?:\s+else)?|the public|other people)|publicly)\b/i;

/** Data kept on the user's own device or browser, which the product does not receive. */
const LOCAL_ONLY = /\b(?:stored|kept|saved|processed|processes|processing|cached|held|remains?|stores?|keeps?|saves?|performs?|performed|runs?|happens?|handled|operates?|checked|analy[sz]ed)\b[^.;]{0,60}?\b(?:locally|in (?:your|the user['’]?s?) (?:own )?(?:local )?(?:browser|device)|on (?:your|the user['’]?s?) (?:own )?(?:local )?(?:device|computer|phone|machine)|(?:on|in) (?:the |your )?(?:browser['’]?s? )?local ?storage)\b|\b(?:never|not|doesn['’]t|does not|don['’]t|do not) leaves? (?:your|the user['’]?s?) (?:device|browser|computer|machine|phone)\b|\bonly (?:accessible|visible|available) (?:to|by) you\b/i;
/** "Your browser may store: …": what the user's own browser or device keeps, said of it as the subject. */
const BROWSER_STORES = /\b(?:your|the user['’]?s?) (?:own )?(?:browser|device|computer|phone)\s+(?:may |will |can |might |also )?(?:stores?|keeps?|saves?|caches?|holds?)\b/i;

/** A section or lead-in about error or crash reports. */
const ERROR_REPORTING = /\b(?:error|crash|bug)[- ](?:report(?:s|ing)?|monitoring|tracking|logging)\b/i;
const GENERIC_KINDS = new Set(['service_provider', 'third_party', 'business_partner', 'affiliate', 'legal_authority', 'acquirer', 'other_users']);
const SUBJECT_STOP = new Set(['data', 'information', 'about', 'your', 'our', 'the', 'all', 'any', 'of', 'and', 'for', 'by', 'default', 'personal', 'record', 'a', 'an', 'with', 'no', 'we', 'is', 'are', 'will', 'be', 'may', 'in', 'on', 'to', 'from', 'that', 'this', 'which', 'it', 'or', 'after', 'until', 'up', 'at', 'least', 'most', 'only', 'other', 'such', 'as', 'their', 'its', 'these', 'those', 'us', 'you', 'not', 'never', 'do', 'doe', 'don', 't', 'can', 'also', 'generally', 'usually', 'automatically', 'typically', 'll', 've', 're', 'd', 'm', 's', 'i']);

/** Umbrella categories a list of their members narrows (contact and financial details are heterogeneous). */
const NARROWED_BY_LIST = ['user.contact', 'user.financial', 'user.health_and_medical', 'user.demographic'];

/** "… and other contact information", "or other financial details": a list that does not end at what it names. */
const OTHER_OF_KIND: Record<string, RegExp> = {
  'user.contact': /\b(?:and|or) (?:any )?other (?:contact|contact-related) (?:information|info|details|data)\b/i,
  'user.financial': /\b(?:and|or) (?:any )?other (?:financial|payment|billing) (?:information|info|details|data)\b/i,
};

/** A yes/no question about what someone does ("Do we use cookies?", "Does Acme sell your data?"). */
/** "What do you ask for when I sign up?", "What information do we collect?": a question the answer's data completes. */
const WHAT_QUESTION = /^\s*what\s+(?:(?:personal\s+)?(?:data|information|details)\s+)?(?:do|does|will)\s+(?:you|we|[A-Z][\w-]*)\s+(ask for|ask|collect|need|gather|record|request|store|keep|hold|share)\b[^?]*\?\s*$/i;
/** An answer that is only the data: "Your name, email address and …", "Just your email address." */
const NOUN_ANSWER = /^\s*(?:(?:just|only)\s+)?(?:your|the|a|an)\s+[a-z-]+(?:\s+[a-z-]+)?\s*(?:,|;|and\b|\.$)/i;
const YES_NO_QUESTION = /^\s*(do|does|did|will|would|can|could|is|are)\s+(we|i|[A-Z][\w.&-]*|the (?:app|service|website|site|platform|extension))\s+(.+?)\s*\?\s*$/i;

/**
 * A question answered "No" or "Yes" ("Do we use cookies? No.", a heading "Do we sell your data?" over "No, never.") is
 * the statement it answers: "We do not use cookies". A heading "What do you ask for …?" over a list of data is "We
 * collect" that list.
 */
function answered(given: string[], heading: string | undefined): string[] {
  const statement = (q: RegExpExecArray, yes: boolean) => {
    const [, aux, subject, rest] = q;
    const Subject = subject.charAt(0).toUpperCase() + subject.slice(1);
    const doAux = /^(?:do|does|did)$/i.test(aux);
    return yes ? `${Subject} ${doAux ? '' : `${aux.toLowerCase()} `}${rest}.` : `${Subject} ${aux.toLowerCase()} not ${rest}.`;
  };
  const answer = (t: string | undefined) => (t ? /^\s*(no|yes)\b[\s.,!:;—–-]*/i.exec(t) : null);
  const out: string[] = [];
  // ("What do you ask for when I sign up?" over "Your name, email address and mobile number; …": the answer is the data
  // the question's verb takes.)
  const wq = heading ? WHAT_QUESTION.exec(heading) : null;
  const verb = wq ? (/^(?:store|keep|hold)$/i.test(wq[1]) ? 'keep' : /^share$/i.test(wq[1]) ? 'share' : 'collect') : undefined;
  const sentences = verb && given.length && NOUN_ANSWER.test(given[0]) ? [`We ${verb} ${given[0].charAt(0).toLowerCase()}${given[0].slice(1)}`, ...given.slice(1)] : given;
  const hq = heading ? YES_NO_QUESTION.exec(heading) : null;
  const first = answer(sentences[0]);
  if (hq && first) out.push(statement(hq, first[1].toLowerCase() === 'yes'));
  for (let i = 0; i < sentences.length; i++) {
    const q = YES_NO_QUESTION.exec(sentences[i]);
    const a = answer(sentences[i + 1]);
    if (q && a) {
      out.push(statement(q, a[1].toLowerCase() === 'yes'));
      const rest = sentences[i + 1].slice(a[0].length).trim();
      if (rest) out.push(rest);
      i++;
    } else out.push(sentences[i]);
  }
  return out;
}

/** "It"/"They" opening a sentence with what is done to it ("It is not shared …", "They stay on your device"). */
const PRONOUN_UNDERGOES = /^\s*(?:it|they)\s+(?=(?:(?:will|would|may|can|shall|might|must)\s+(?:not\s+|never\s+|only\s+)?be|is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|stays?|remains?|(?:never|does\s+not|doesn['’]t|do\s+not|don['’]t|will\s+not|won['’]t|will\s+never)\s+(?:leaves?|leave))\b)/i;
/** The data a sentence opens with, before what is done to it ("Your allergy information stays with us", "The photos you upload are …"). */
const DATA_OPENS = /^\s*((?:your|the|any|all|our|this|these|such)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:is|are|was|were|stays?|remains?|lives?|belongs?|goes|never|will|may|can|gets?|does|do|isn['’]t|aren['’]t|doesn['’]t|don['’]t)\b/i;

/**
 * "Your allergy information stays with us: it is used by our packing team and is not shared with any other company",
 * "Your photos are processed on the device. They are never uploaded.": a sentence that opens with "it" or "they" and
 * says what is done to it speaks of the data the sentence (or label) before it opened with. The pronoun is replaced by
 * that data, so the statement has the data the reader could not otherwise name. (Only data: "Our providers are bound by
 * contract. They are not allowed to …" keeps its pronoun; only what is done to it, not what "it" does.)
 */
function dataPronouns(sentences: string[], label: string | undefined, ctx: ReaderContext): string[] {
  return sentences.map((s, i) => {
    const before = i > 0 ? sentences[i - 1] : label;
    const pronoun = before ? PRONOUN_UNDERGOES.exec(s) : null;
    const subject = pronoun ? DATA_OPENS.exec(before!)?.[1] : undefined;
    if (!subject || !readClause(subject, ctx).objects.length) return s;
    // ("Your personal information is shared with our email provider, Mailchimp. They are never given …": "they" after a
    // recipient is the recipient.)
    const prior = readClause(before!, ctx).recipient;
    if (prior.services.length || prior.kinds.length || prior.names.length) return s;
    return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${s.slice(pronoun![0].length)}`;
  });
}

/** An item that opens with a participle of what is done with data ("Stored so you can …", "Collected only when …"). */
const LABEL_PARTICIPLE = /^(Stored|Collected|Kept|Retained|Saved|Logged|Recorded|Used|Processed|Shared|Sent|Gathered|Requested|Obtained|Received|Deleted|Transmitted|Uploaded)\b(?!\s*[:.]?\s*$)/;

/** Third parties said by what they are for: advertising, analytics. */
const THIRD_PARTIES_FOR: [RegExp, RecipientRef][] = [
  [/\bfor (?:(?:targeted|personali[sz]ed|interest[- ]based|behaviou?ral|tailored) )?(?:advertising|ads)\b/i, 'advertising' as RecipientRef],
  [/\b(?:to (?:collect|gather|provide) analytics|for analytics(?: purposes)?)\b/i, 'analytics' as RecipientRef],
];

/** Reads every statement of one clause. */
export function declarationsOf(clause: Clause, ctx: ReaderContext): Declaration[] {
  const out: Declaration[] = [];
  const section = sectionOf(clause.headingPath);
  const negHeading = negativeHeading(clause.headingPath);
  const split = clause.cells ? { label: undefined, body: clause.text } : splitLabel(clause.text);
  // "### PostHog" over "A product analytics platform that helps us …", in a section about the services used: the
  // heading labels its paragraph as an item's bold name would.
  const { label, body } = split.label === undefined && !clause.cells && section === 'share' ? { label: vendorHeading(clause, ctx), body: clause.text } : split;
  // ("Here's exactly what I collect: Server logs … include IP addresses": a label that says what follows is collected.)
  // ("Collected data: Email addresses, Firstname, Lastname", "Personal data: Cookies, Usage Data": a label that names
  // what follows as the data collected.)
  // (Not under a heading that says what is not collected: "## What we do not collect" — "Personal data: names …".)
  const framed = frameOf(clause, section, negHeading, ctx);
  const frame = (label && DATA_COLLECTED_LABEL.test(label.trim()) && !negHeading && framed !== 'not-collect' ? 'collect' : null) ?? framed ?? (label && COLLECTS_LABEL.test(label) ? 'collect' : null);
  // A glossary ("1. Definitions — 'Personal data' means …") defines words; it says nothing the product does.
  if (clause.headingPath.some((h) => DEFINITIONS_HEADING.test(h))) return out;
  // ("Location: Not collected", "Contact Info / Identifiers: Not Collected.": a data label the item says is not
  // collected, as app stores' privacy labels put it.)
  // ("Not collected: Raw IP, email, usernames": the label is the negated participle and the item the data.)
  // ("**We do NOT collect:** diagnoses, symptoms, medications": a label that is the negated sentence, the item its objects.)
  const weNotLabel = label && !clause.cells ? WE_NOT_LABEL.exec(label) : null;
  const notDoneLabel = label && !clause.cells ? NOT_DONE_BODY.exec(label)?.[1] ?? (weNotLabel ? (/^sell$/i.test(weNotLabel[1]) ? 'sold' : /^share$/i.test(weNotLabel[1]) ? 'shared' : 'collected') : undefined) : undefined;
  if (notDoneLabel) {
    const cats = [...new Set(readClause(body, ctx).objects)];
    const channel = channelOf(clause.headingPath);
    if (cats.length) out.push({ type: 'prohibit', clause: clause.id, action: /^(?:sold|shared)$/i.test(notDoneLabel) ? 'share' : 'collect', categories: cats, kinds: [], services: [], purposes: /^sold$/i.test(notDoneLabel) ? ['sale'] : [], conditions: channel ? [channel] : [], text: tidy(clause.text), confidence: 0.8 });
    return out;
  }
  const notDone = label && !clause.cells ? NOT_DONE_BODY.exec(body) : null;
  if (notDone) {
    const cats = [...new Set(readClause(label!, ctx).objects)].filter((c) => c !== 'user');
    const sold = /^(?:sold|shared)$/i.test(notDone[1]);
    if (cats.length) out.push({ type: 'prohibit', clause: clause.id, action: sold ? 'share' : 'collect', categories: cats, kinds: [], services: [], purposes: /^sold$/i.test(notDone[1]) ? ['sale'] : [], conditions: [], text: tidy(clause.text), confidence: 0.8 });
    return out;
  }
  // ("**No audio storage** — Audio is streamed to the provider and discarded", "No contact sharing": a label that says
  // there is none of an act on some data bans that act on it; the item's text still says what is done instead.)
  const noneOf = label && !clause.cells ? NO_ACT_LABEL.exec(label.trim()) : null;
  if (noneOf) {
    const cats = [...new Set(readClause(noneOf[1], ctx).objects)].filter((c) => c !== 'user');
    const act = noneOf[2].toLowerCase();
    const action = /^shar/.test(act) ? 'share' : 'collect';
    if (cats.length) out.push({ type: 'prohibit', clause: clause.id, action, categories: cats, ...(/^(?:storage|retention)$/.test(act) ? { stored: true as const } : {}), kinds: [], services: [], purposes: [], conditions: [], text: tidy(noneOf[0]), confidence: 0.8 });
  }
  // "You may request: – Confirmation that your data is not sold": what a person may ask for, not what the product does.
  if (clause.leadIn && RIGHTS_LEAD_IN.test(clause.leadIn)) return out;

  // A question ("How do we use cookies?", a table of contents) and a definition ("Cookies are text files placed on
  // your computer to collect …") state nothing the product does.
  // (A row is read without its "Why"/"Purpose" cells, which say what the data is for, not what it is.)
  // (A cell there that is a sentence — "Account emails. Resend receives your name" — still says what it says.)
  const dataCell = (i: number, r?: Reading) => !PURPOSE_COLUMN.test(clause.header?.[i] ?? '') || (r ?? readClause(clause.cells![i], ctx)).action !== null;
  // ("We ask for: … a guarantor's name, postal address … — or, if you use a guarantor service, just the name of that
  // service": an item's alternative after a dash is no statement of its own, and the item is what is asked for.)
  // ("Conversation history: Stored so you can access past chats", "Location: Collected only when you share it": a data
  // label whose item opens with a participle is the subject of that participle.)
  // ("**Account information:** - Retained while the account is active - Deleted within 30 days of closure": a lead-in
  // that only names data is the subject of its items' participles, as a label is.)
  const opensWithParticiple = !clause.cells ? LABEL_PARTICIPLE.exec(body) : null;
  // ("## Data Retention" — "### (A) Users" — "1. Retained while your account is active.": in a section on keeping data,
  // the heading of the item's own subsection names whose data it keeps.)
  const own = clause.headingPath[clause.headingPath.length - 1]?.replace(/^\s*(?:\(?[A-Za-z0-9]{1,3}[.)]\s+|\d+(?:\.\d+)*\.?\s+)/, '').trim();
  const headingSubject = opensWithParticiple && !clause.leadIn && /^(?:Retained|Kept|Stored|Deleted)$/.test(opensWithParticiple[1]) && clause.headingPath.length >= 2 && sectionOf(clause.headingPath.slice(0, -1)) === 'retain' && own && sectionOf(clause.headingPath.slice(-1)) !== 'retain' && own.split(/\s+/).length <= 5 ? own : undefined;
  const subjectLabel = label ?? (opensWithParticiple && clause.leadIn ? dataLeadIn(clause.leadIn, ctx) : headingSubject);
  const participle = subjectLabel ? opensWithParticiple : null;
  const labelled = participle && (label ? readClause(label, ctx).objects.length : subjectLabel) ? `${subjectLabel} ${/s$/i.test(subjectLabel!.trim()) && !/(?:ss|us|is)$/i.test(subjectLabel!.trim()) ? 'are' : 'is'} ${participle[1].toLowerCase()}${body.slice(participle[1].length)}` : body;
  const item = clause.leadIn && /:\s*$/.test(clause.leadIn) ? labelled.replace(/\s+[—–]\s*or\b[\s\S]*$/i, '') : labelled;
  const sentences = clause.cells ? [rowText(clause.cells.map((c, i) => (dataCell(i) ? c : ''))) || clause.text] : dataPronouns(answered(splitSentences(item), clause.headingPath[clause.headingPath.length - 1]).filter((t) => !/\?\s*$/.test(t) && !DEFINITION.test(t)), label, ctx);
  const readings: Reading[] = [];
  // Readings whose pronoun stands for personal data as a whole.
  const aboutAll = new Set<Reading>();
  // The sentence each reading comes from.
  const sentenceOf: number[] = [];
  for (const [si, s] of sentences.entries()) {
    // ("❌ Not shared with third parties", "✅ Stored locally": the mark is the list's bullet, not a word.)
    // ("Setting data is stored locally and never sent to an external server": the second half, split off, keeps its "is".)
    const parts = vendorAside(s).flatMap(sharedObject).flatMap(splitClauses).flatMap(negatedRelative).flatMap(apposedProcessor).map((t) => t.replace(LIST_MARK, '').replace(ELIDED_BE, '$1 is $2').replace(WE_SEE, (_m, who: string, aux: string | undefined, verb: string) => `${who.replace(/^the\b/i, 'our')} ${aux ?? ''}${/s$/.test(verb) ? 'accesses' : 'access'}`).replace(DATA_RESIDES, '$1 are stored ').replace(SENT_OR_KEPT, '$1').replace(ONLY_ASIDE, (m, _x, at: number, all: string) => (NEGATION_BEFORE.test(all.slice(0, at)) ? '' : m)));
    for (let i = 0; i < parts.length; i++) {
      // ("No third-party analytics services are used": "we do not use" that kind of recipient. Not "No cookies are
      // used", which is read as it stands.)
      // ("No third-party analytics or advertising networks", a list item without a verb: the same.)
      const none = NONE_USED.exec(parts[i]);
      // (Not "No data sold to third parties": a participle makes it a sentence of its own.)
      const bare0 = none ? null : NONE_ONLY.exec(parts[i]);
      const bare = bare0 && !bare0[1].toLowerCase().split(/\s+/).some((w) => VERBS.has(w)) ? bare0 : null;
      // ("We don't run ads", "No ads.": no advertising network on the product, whatever it would be sent.)
      const noAds = NO_ADS.test(parts[i]) ? readClause('We do not use advertising networks', ctx) : undefined;
      const asUse = noAds ?? (none ? readClause(`We do not use ${none[1]}${parts[i].slice(none.index + none[0].length)}`, ctx) : bare ? readClause(`We do not use ${bare[1]}`, ctx) : undefined);
      const own = bare ? readClause(parts[i], ctx) : undefined;
      // ("No images, personal data, or usage information ever leaves your device": what never leaves the device is
      // neither collected nor passed on.)
      const stays = STAYS_ON_DEVICE.exec(parts[i]);
      if (stays) {
        const kept = readClause(`We do not collect ${stays[1]}`, ctx);
        if (kept.negated && kept.objects.length) {
          for (const action of ['collect', 'share'] as const) {
            readings.push({ ...kept, action, text: parts[i] });
            sentenceOf.push(si);
          }
          continue;
        }
      }
      const r = asUse && (asUse.recipient.kinds.length || asUse.recipient.services.length) && !(own && own.action !== null) ? { ...asUse, text: parts[i] } : (own ?? readClause(parts[i], ctx));
      sentenceOf.push(si);
      // "does not have access to, or store, these recordings": "or"/"nor" continues the negated verb before it.
      const prev = i > 0 ? readings[readings.length - 1] : undefined;
      if (prev?.negated && !r.negated && /^\s*(?:or|nor)\b/i.test(parts[i]) && r.action !== null) {
        r.negated = true;
        // ("We do not sell, trade, or transfer to outside parties …": the subject before is this verb's too.)
        if (r.actor === 'none' && prev.actor === 'we') r.actor = 'we';
      }
      readings.push(r);
      // ("Before a maintenance request is sent to OpenAI we remove your name and contact details": the request goes to
      // OpenAI, without what the main clause takes out of it.)
      const before = r.negated ? null : BEFORE_SENT.exec(parts[i]);
      const sent = before ? readClause(`We send ${before[1]} to ${before[2]}`, ctx) : undefined;
      if (sent && !sent.negated && sent.action === 'share' && (sent.recipient.services.length || sent.recipient.names.length)) {
        readings.push({ ...sent, text: parts[i] });
        sentenceOf.push(si);
      }
      // "This data is not used for tracking or shared with any other third parties": the list's last verb is a
      // commitment of its own ("… is not shared with any other third parties").
      // (Also when the list opens with a verb the reader does not know: "… are not grouped together, sold, … or shared".)
      const last = r.negated || r.action === null ? negatedLastVerb(uninvert(parts[i])) : undefined;
      const also = last ? readClause(last.text, ctx) : undefined;
      // (Not "to" with no one named after it: "… not use or disclose such information to infer characteristics" is a purpose.)
      const purposeOnly = also && /\bto\b/i.test(last!.verbPhrase) && !also.recipient.services.length && !also.recipient.kinds.length && !also.recipient.names.length;
      if (also?.negated && also.action && also.action !== r.action && !purposeOnly && !(also.action === 'sell' && r.action === 'share')) {
        // (The sale was the list's verb, not the purpose of the first: "never collect, store, or sell your location".)
        if (also.action === 'sell') r.purposes = r.purposes.filter((p) => p !== 'sale');
        readings.push(also);
        sentenceOf.push(si);
      }
    }
  }
  // ("I do not track you using cookies, collect your fingerprints, or use any tracking scripts": split into its verbs, a
  // part still speaks of the sentence's tracking; the fingerprints are a browser's.)
  for (const [i, r] of readings.entries()) {
    const s = sentences[sentenceOf[i]] ?? '';
    if ([...r.objects, ...r.subjectObjects].includes('user.biometric.fingerprint')) readings[i] = { ...r, objects: whoseFingerprint(r.objects, s), subjectObjects: whoseFingerprint(r.subjectObjects, s) };
  }
  // ("In short, GoatCounter doesn't store IP addresses. It also doesn't store any information in the browser …": "it"
  // after a sentence in which the product spoke of itself by its name is the product.)
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i];
    const prev = readings[i - 1];
    // ("exF has no server. It makes no network requests …": a sentence that opens with the product's name speaks of it.)
    const selfOpened = ctx.selfNames.has(prev.text.trim().split(/\s+/)[0]?.toLowerCase().replace(/[^\w.-]/g, '') ?? '');
    // ("The tour app shows the route, but it does not collect location …": in one sentence, "it" after a part whose
    // subject is the product's app.)
    const appBefore = sentenceOf[i] === sentenceOf[i - 1] && /^\s*it\b/.test(r.text) && OWN_APP_OPENS.test(prev.text);
    if ((sentenceOf[i] === sentenceOf[i - 1] && !appBefore) || (r.actor !== 'kind' && !(selfOpened && r.actor === 'data')) || r.actorParties.services.length || r.actorParties.kinds.length || (prev.actor !== 'we' && !selfOpened && !appBefore) || /^\s*(?:we|i|our|us)\b/i.test(prev.text)) continue;
    if (!/^\s*[Ii]t\s+(?:also\s+|never\s+|only\s+|does\s+not\s+|doesn['’]t\s+|will\s+not\s+|won['’]t\s+|does\s+|will\s+|can(?:not|['’]t)?\s+)*(?:store|stores|collect|collects|keep|keeps|send|sends|share|shares|sell|sells|rent|rents|disclose|discloses|upload|uploads|use|uses|log|logs|track|tracks|save|saves|record|records|set|sets|transmit|transmits|make|makes|read|reads)\b/.test(r.text)) continue;
    // (Split as the product's own sentence would be: "…, collects no analytics, and does not transmit, sell, or share …".)
    const parts = splitClauses(r.text.replace(/^\s*[Ii]t\b/, 'We').replace(/,?\s+and\s+does\s+not\b/i, ', and do not').replace(/,?\s+and\s+doesn['’]t\b/i, ", and don't"));
    const again = parts.map((t, k) => ({ ...readClause(t, ctx), text: k === 0 ? r.text : t }));
    readings.splice(i, 1, ...again);
    sentenceOf.splice(i, 1, ...again.map(() => sentenceOf[i]));
    i += again.length - 1;
  }
  const bodyReadings = [...readings];
  // "We do not: - Share your email data …", "We DO store: - Sender information": an item that continues its
  // lead-in is read as one sentence with it.
  // ("We may disclose personal information to" before a list, with no colon: a lead-in that stops at its preposition.)
  if (clause.leadIn && (/:\s*$/.test(clause.leadIn) || /\b(?:to|with)\s*$/i.test(clause.leadIn)) && !clause.cells && readings.length) {
    const first = readings[0];
    const leadIn = introducer(clause.leadIn);
    const lead = readClause(leadIn.replace(/:\s*$/, ''), ctx);
    const firstWord = first.text.split(/\s+/)[0].toLowerCase();
    // Only a lead-in that stops short ("We do not:", "We DO store:", "may be shared with:") needs its items.
    const lastWord = leadIn.replace(/[:\s]+$/, '').split(/\s+/).pop()?.toLowerCase() ?? '';
    // ("We may disclose personal information to: - third party service providers for the purpose of enabling them to
    // provide their services, including …": after "to" or "with", an item naming a kind of recipient is the recipient.)
    const recipientItem = first.actor === 'kind' && /^(?:to|with)$/.test(lastWord) && !first.negated;
    const continues = recipientItem || ((first.actor === 'none' || first.actor === 'data') && (first.action === null || VERBS.has(firstWord) || /^(?:does|doesn['’]t|do|never|only|will|won['’]t|may|can|cannot|is|isn['’]t)$/.test(firstWord)));
    // ("When you opt in, the app sends us:": what is given to us, after "us".)
    const beforeLast = leadIn.replace(/[:\s]+$/, '').split(/\s+/).slice(-2, -1)[0]?.toLowerCase() ?? '';
    const open = VERBS.has(lastWord) || /^(not|never|do|does|don't|will|with|to|for|include|includes|including|are|is|following|collect|store)$/.test(lastWord) || (lastWord === 'us' && VERBS.get(beforeLast) === 'share');
    // ("The Acme documentation website: - Does not collect any personal information": the product as the subject.)
    const bare = leadIn.replace(/[:\s]+$/, '');
    const productSubject = lead.action === null && first.action !== null && PRODUCT_SUBJECT.test(bare);
    // "SDP telemetry is: - Not sent to any remote server", "Since the app: - Does NOT collect PII": a lead-in that only
    // names the product or its data, and items that say what is not done with it.
    const item0 = first.text.trim();
    const notDone0 = first.actor !== 'we' ? /^(?:does|do|will)\s+not\s+([a-z]+)\b|^(?:doesn['’]t|don['’]t|won['’]t|never)\s+([a-z]+)\b/i.exec(item0) : null;
    // ("This cookie: - Is not used for tracking": the item's own "is".)
    const notDoneTo0 = notDone0 ? null : /^(?:(?:is|are)\s+)?(?:not|never)\s+([a-z]+ed|sold|kept|held|sent|shared|given)\b/i.exec(item0);
    // (Read only for an item of that shape.)
    const subject = notDone0 || notDoneTo0 ? bare.replace(/^(?:since|under [^,]{1,40},|in short,|in summary,)\s*/i, '').replace(/\s+(?:is|are|will be)$/i, '') : '';
    const subjectData = subject ? readClause(subject, ctx).objects.length > 0 : false;
    const namesOwn = lead.action === null && (subject.split(/\s+/).some((w) => ctx.selfNames.has(w.toLowerCase())) || subjectData || productSubject);
    const notDone = namesOwn ? notDone0 : null;
    const notDoneTo = namesOwn ? notDoneTo0 : null;
    // "We collect minimal usage data: - No personal information - No tracking cookies": what the collection leaves out.
    let following: Reading | null = null;
    const collectLead = lead.action === 'collect' && !lead.negated && (lead.actor === 'we' || /^\s*we\b/i.test(leadIn)) && NONE_ONLY.test(item0) && first.action === null && !TOOL_WORDS.test(item0);
    if (notDone && VERBS.has((notDone[1] ?? notDone[2]).toLowerCase())) readings[0] = { ...readClause(`We ${lowerFirst(item0)}`, ctx), text: first.text };
    else if (notDoneTo && VERBS.has(notDoneTo[1].toLowerCase())) readings[0] = { ...readClause(`${subjectData ? subject : 'Your data'} is ${lowerFirst(item0.replace(/^(?:is|are)\s+/i, ''))}`, ctx), text: first.text };
    else if (collectLead) readings[0] = { ...readClause(`We do not collect ${NONE_ONLY.exec(item0)![1]}`, ctx), text: first.text };
    // "The following data types may be shared with these AI models: - Email content: subject lines, body text": the
    // item is the data the lead-in's recipient gets.
    else if ((following = shareOfFollowing(lead, leadIn, first, label ? `${label} (${body.replace(/[.;:]\s*$/, '')})` : item0, ctx))) readings[0] = { ...following, text: first.text };
    // ("We retain your personal data for as long as necessary to: - Account data. Retained for the duration of your
    // account": an item that says how long by itself is not the lead-in's vaguer period.)
    else if (continues && ((open && (lead.actor === 'we' || lead.passive || /^\s*we\b/i.test(leadIn))) || productSubject || selfNegated(bare, ctx)) && !(lead.period && readings.some((x) => x.durations.length > 0 || x.period))) {
      // (Its first sentence: "session — keeps you signed in. Expires after 30 days" does not use an "Expires".)
      const item = label ? `${label}: ${first.text}` : first.text;
      // The item's capital is the list's, not a name's ("to: Authenticate you" is "to authenticate you"), unless the
      // item starts with a vendor's name ("Clerk for authentication").
      const named = /^[A-Z][a-z]/.test(item) && readClause(item.split(/\s+/).slice(0, 3).join(' '), ctx).recipient.services.length > 0;
      // ("We never do any of the following: - Sell your information": the lead-in's negation is the item's.)
      const lead0 = NEVER_FOLLOWING.test(bare) ? 'We will never' : leadIn.replace(/:\s*$/, '');
      readings[0] = readClause(`${lead0} ${/^[A-Z][a-z]/.test(item) && !named ? lowerFirst(item) : item}`, ctx);
    }
  }
  // "What We Will Never Do: - Sell your data. To anyone." — under a heading that promises what the product never does,
  // an item that opens with a verb is that promise.
  const heading = clause.headingPath[clause.headingPath.length - 1] ?? '';
  if (!clause.cells && NEVER_DO.test(heading) && readings.length && readings[0].actor === 'none' && !readings[0].negated) {
    const item = readings[0].text.trim();
    const never = /^(?:your|our|the|a|an|any|all|this|these|those|we|you|it|they|no|not|never)\b/i.test(item) ? undefined : readClause(`We will never ${lowerFirst(item)}`, ctx);
    // (Only data it can name: "Train AI models on your collection data" is no ban on all personal data.)
    const named = never && ([...never.objects, ...never.subjectObjects].some((c) => c !== 'user') || /\b(?:your|any|all) (?:personal )?(?:data|information)\b/i.test(item));
    if (never?.negated && never.action !== null && named) readings[0] = never;
  }
  // "❌ Prohibited Uses: - Marketing to customers - Selling data to third parties": under a heading of uses ruled out, an
  // item is a use the product never makes of the data (only a use with a purpose or a recipient it names).
  if (!clause.cells && PROHIBITED_USES.test(heading) && readings.length && !readings[0].negated && (readings[0].actor === 'none' || readings[0].action === null)) {
    const item = readings[0].text.trim().replace(/[.;]\s*$/, '');
    const first = item.split(/\s+/)[0]?.toLowerCase() ?? '';
    const never = /^(?:your|our|the|a|an|any|all|this|these|those|we|you|it|they|no|not|never)\b/i.test(item) ? undefined : readClause(/ing$/.test(first) && VERBS.has(first) ? `We will never ${lowerFirst(item)}` : `We will never use your data for ${lowerFirst(item)}`, ctx);
    if (never?.negated && never.action !== null && (never.purposes.length || never.recipient.kinds.length || never.recipient.services.length)) readings[0] = { ...never, text: readings[0].text };
  }
  // "Routific plans our delivery rounds. It receives …": in a section about who receives data, an item that opens with a
  // name the catalog does not know and a verb names that vendor, whatever the verb.
  const opener = section === 'share' && readings[0]?.actor === 'none' && !readings[0].recipient.services.length && !readings[0].recipient.names.length ? /^([A-Z][a-z0-9]{2,}(?:\s[A-Z][a-z0-9]+)?)\s+[a-z]{3,}s\b/.exec(readings[0].text.trim()) : null;
  // (Not an item that opens with what the product does: "Enable organisers to track payments", "Hold funds in trust".)
  if (opener && !/^(?:The|This|These|Our|Your|We|It|They|Each|Every|All|Any|Some|If|When)\b/.test(opener[1]) && !(!opener[1].includes(' ') && ITEM_VERBS.has(opener[1].toLowerCase())) && !GENERIC_LABEL.test(opener[1]) && !ctx.selfNames.has(opener[1].toLowerCase()) && !matchPhrases(splitWords(opener[1])).length) {
    readings[0].actor = 'vendor';
    readings[0].actorParties = { ...readings[0].actorParties, names: [opener[1].toLowerCase()] };
  }
  // "Gusto, your employer's payroll provider, receives your bank details": a name the catalog does not know, set off by
  // what kind of company it is, names that company.
  // ("Clio, our practice-management system, receives …": in a section about who receives data, whatever it is called.)
  const apposed = readings[0] && !readings[0].actorParties.services.length && !readings[0].actorParties.names.length ? (readings[0].actor === 'kind' ? APPOSED_VENDOR.exec(readings[0].text.trim()) : section === 'share' && (readings[0].actor === 'we' || readings[0].actor === 'none') ? APPOSED_NAME.exec(readings[0].text.trim()) : null) : null;
  if (apposed && !ctx.selfNames.has(apposed[1].toLowerCase()) && !matchPhrases(splitWords(apposed[1])).length) {
    readings[0].actor = 'vendor';
    readings[0].actorParties = { ...readings[0].actorParties, kinds: readings[0].actorParties.kinds.filter((k) => !GENERIC_KINDS.has(k)), names: [apposed[1].toLowerCase()] };
  }
  // Under "Data other parties may collect": "Web servers that provide podcast feeds may collect your IP address", "a host
  // will receive the authentication data you provided" — servers and services that are not the product's, unnamed,
  // get the data: a disclosure to third parties, not the product's own collection.
  if (clause.headingPath.some((h) => OTHER_PARTIES_HEADING.test(h))) {
    for (const r of readings) {
      if (r.negated || (r.actor !== 'data' && r.actor !== 'none') || !OTHERS_AS_SUBJECT.test(r.text)) continue;
      r.actor = 'kind';
      r.actorParties = { services: [], kinds: ['third_party'], names: [] };
    }
  }
  // "Google Analytics helps us count visits. Google receives a random identifier …": the family name of a vendor the
  // clause names (or its label does) stands for that vendor.
  for (const r of readings) {
    const familyAlone = r.actor === 'vendor' && !r.actorParties.services.length && r.actorParties.names.length === 1 && FAMILY_NAME.test(r.actorParties.names[0]);
    if (r.actor !== 'data' && r.actor !== 'none' && !familyAlone) continue;
    const family = FAMILY_LEAD.exec(r.text)?.[1];
    if (!family) continue;
    const full = [...clause.text.matchAll(new RegExp(`\\b${family}(?:\\s+[A-Z][\\w-]*){1,2}`, 'g'))].flatMap((m) => readClause(m[0], ctx).recipient.services);
    const named = [...new Set(readings.flatMap((x) => [...x.actorParties.services, ...x.recipient.services]).concat(full))].filter((id) => serviceById(id)?.name.startsWith(`${family} `));
    if (named.length !== 1) continue;
    r.actor = 'vendor';
    r.actorParties = { ...r.actorParties, services: named, names: [] };
  }
  /** Readings whose subject points back at providers the sentence before named ("These providers …"): those providers. */
  const providersNamed = new Map<Reading, Parties>();
  // "this information", "such data", "it": the data the previous sentence of the clause named (skipping parts that
  // name none, such as "for example when you contact us").
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i];
    // ("Mailgun delivers our emails. They receive your name and email address": "they" is the vendor just named.)
    const before = readings[i - 1];
    if (r.actor === 'kind' && /^\s*(?:it|they)\b/i.test(r.text) && !r.actorParties.services.length && !r.actorParties.names.length && !r.recipient.services.length) {
      // ("Amplitude helps us understand how the app is used. It receives …": a vendor opening the sentence before.)
      const lead = before.actor === 'vendor' ? undefined : /^\s*([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+[a-z]/.exec(before.text)?.[1];
      const leadParties = lead ? readClause(lead, ctx).recipient : undefined;
      if (before.actor === 'vendor' && (before.actorParties.services.length || before.actorParties.names.length)) {
        r.actor = 'vendor';
        r.actorParties = { ...before.actorParties };
      } else if (leadParties?.services.length) {
        r.actor = 'vendor';
        r.actorParties = { ...r.actorParties, services: [...leadParties.services] };
      }
    }
    // ("Analytics companies … They do not share it except in aggregate form; no data is shared as to any individual user":
    // a passive clause after a party's own negated clause in the same sentence goes on about what that party does.)
    // (Not one that names its data or speaks of us: "…; your card number is not stored on our servers either".)
    if (r.passive && r.negated && before.negated && (before.actor === 'kind' || before.actor === 'vendor') && sentenceOf[i] === sentenceOf[i - 1] && r.action === before.action && [...r.objects, ...r.subjectObjects].every((c) => c === 'user') && !/\b(?:we|us|our|either)\b/i.test(r.text)) {
      r.actor = before.actor;
      r.actorParties = { ...before.actorParties };
      r.passive = false;
    }
    // ("AIcrowd may communicate your personal data to third parties … In particular, Heroku (hosting services),
    // Rollbar (error tracking)": a list with no verb of its own names the recipients of the disclosure before it.)
    if (r.action === null && ELABORATION.test(r.text) && (r.recipient.services.length || r.recipient.names.length) && before.action === 'share' && !before.negated) {
      r.action = 'share';
      if (!r.objects.length) r.objects = [...before.objects];
    }
    // ("We use service providers … such as hosting (Vercel, Neon) and usage analytics (Mixpanel). These providers
    // process … your wallet address, your IP address": the providers just named are the ones that get it.)
    if (r.actor === 'kind' && THESE_PROVIDERS.test(r.text) && !r.actorParties.services.length && !r.actorParties.names.length && !r.recipient.services.length && !before.negated) {
      const named = before.actor === 'vendor' && (before.actorParties.services.length || before.actorParties.names.length) ? before.actorParties : before.recipient;
      if (named.services.length || named.names.length) providersNamed.set(r, { services: [...named.services], kinds: [], names: [...named.names] });
    }
    // ("Sentry receives error reports. We configure it not to collect names": what the vendor just named may get.)
    if (r.controlled && !r.recipient.services.length && !r.recipient.names.length && CONTROLS_PRONOUN.test(r.text)) {
      const said = before.actor === 'vendor' && (before.actorParties.services.length || before.actorParties.names.length) ? before.actorParties : before.recipient;
      // ("Datadog - monitoring. Receives request paths. We configure it so that it does not receive names": the vendor
      // the item's label names.)
      const vendor = said.services.length || said.names.length || !label ? said : readClause(label, ctx).recipient;
      if (vendor.services.length || vendor.names.length) r.recipient = { ...r.recipient, services: [...vendor.services], names: [...vendor.names] };
    }
    // ("If you connect your own API key, your prompts are sent directly to that provider. This content does not pass
    // through our servers": what is said of "this content" holds when the sentence before's condition does.)
    const si = sentenceOf[i];
    if (r.negated && si > 0 && CONDITIONAL_OPENER.test(sentences[si - 1] ?? '') && THIS_DATA_OPENER.test(sentences[si] ?? '') && !r.conditions.includes('when')) r.conditions = [...r.conditions, 'when'];
    let j = i - 1;
    // ("We do not sell your personal data, and we never use it for ads": "it" is the personal data just named.)
    while (j > 0 && ![...readings[j].objects, ...readings[j].subjectObjects].length) j--;
    const prev = readings[j];
    const prevObjects = [...prev.objects, ...prev.subjectObjects].filter((c) => c !== 'user');
    const mine = [...new Set([...r.objects, ...r.subjectObjects])];
    // ("We collect personal data … We never sell it": the pronoun stands for personal data as a whole.)
    if (!prevObjects.length && prev.objects.includes('user') && /\b(?:personal|your|user) (?:data|information|details)\b|\bpersonally identifiable\b/i.test(prev.text)) {
      aboutAll.add(r);
      // ("We receive personal information … when you donate. We do not sell this information": the donors' data, not all.)
      if (prev.conditions.includes('when') && DEMONSTRATIVE_DATA.test(r.text) && !r.conditions.includes('when')) r.conditions = [...r.conditions, 'when'];
    }
    // ("We don't share them with anyone", "These are not shared with advertisers": a pronoun the reader found no data in.)
    if (prevObjects.length && !mine.length && (PRONOUN_OBJECT.test(r.text) || ANAPHORIC_SUBJECT.test(r.text))) {
      r.objects = prevObjects;
      continue;
    }
    // ("… operational logs that may include the IP address, the URL and the User-Agent. These logs are not used to build
    // profiles": "these logs" are the logs just described, with what they hold.)
    // ("We use webserver logging, which collects your IP address … These logs are deleted after 10 days": the logs the
    // sentence before describes hold what it says they collect.)
    const sameLogs = /^\s*(?:these|those|such|this|that)\s+(?:logs?|records?)\b/i.test(r.text) && mine.length === 1 && mine[0] === 'user.telemetry' && /\blog(?:s|ging|ged)?\b|\brecord(?:s|ed|ing)?\b/i.test(prev.text) && !prevObjects.includes('user.telemetry');
    if (/^\s*(?:these|those|such|this|that)\s+[a-z]+/i.test(r.text) && mine.length && !mine.includes('user') && (sameLogs || (mine.every((c) => prevObjects.includes(c)) && prevObjects.length > mine.length))) {
      if (r.subjectObjects.length) r.subjectObjects = [...prevObjects];
      else r.objects = [...prevObjects];
      continue;
    }
    // ("Android saves a backup on Google's servers. This backup contains your WiFi passwords … We do not have access to
    // this data": data the sentence before says something else holds; that we cannot reach it bans nothing we hold.)
    const elsewhere = r.negated && /^access/.test(r.verb ?? '') && prev.actor === 'data' && /^(?:contain|contains|include|includes)$/.test(prev.verb ?? '');
    // (Not "it" as the subject of a clause of its own: "… only where it is essential to the study".)
    if (!elsewhere && prevObjects.length && mine.length === 1 && mine[0] === 'user' && (/\b(this|that|such|these|those) (?:personal )?(information|data|details)\b|\bthe (?:information|data|details)\b(?! (?:we|you|that|which|about|of|from|provided|collected|listed|described)\b)|(?<!\b(?:when|if|where|once|unless|because|since|after|before|until|whenever)\s)\bit\b(?!\s+(?:is|was|will|would|may|might|can|could|seems?|becomes?)\b)|\bthem\b/i.test(r.text) || ANAPHORIC_SUBJECT.test(r.text)) && !/\b(?:all|any|your) (?:personal )?(?:data|information)\b/i.test(r.text) && !/(?<!\b(?:this|that|such|these|those) )\bpersonal (?:data|information)\b/i.test(r.text)) {
      r.objects = r.objects.includes('user') ? prevObjects : r.objects;
      r.subjectObjects = r.subjectObjects.includes('user') ? prevObjects : r.subjectObjects;
    }
  }
  // A label names its vendor whether the reader takes it for a subject or an object ("OpenAI, which powers …").
  // Qualifiers after a comma ("Checkr, with your consent") are not part of the name.
  // "Mailgun (EU region)": where the vendor keeps data is not data about anyone.
  const labelHead = label?.replace(/,\s+(?:which|who|that|with|when|if|for|where|as|only|our|used)\b.*$/i, '').replace(/\s*\([^)]*\b(?:region|data ?cent(?:er|re)s?|hosted|servers?)\b[^)]*\)/i, '');
  // ("**No Advertising**: We do not collect data for advertising purposes": a label that says there is none names no
  // recipient.)
  const labelRead = labelHead && !/^\W*(?:no|not|never|without|zero|none)\b/i.test(labelHead) ? readClause(labelHead, ctx) : undefined;
  const labelReading = labelRead && !labelRead.recipient.services.length && labelRead.actorParties.services.length
    ? { ...labelRead, recipient: { ...labelRead.recipient, services: labelRead.actorParties.services } } : labelRead;
  // ("AppsFlyer: … We do not share identifiable data with third parties": in a vendor's item, what that vendor gets
  // is not identifiable — a condition on the share, no ban on every recipient.)
  if (labelReading?.recipient.services.length) for (const r of readings) if (r.negated && /\bidentifiable (?:personal )?(?:data|information|details)\b/i.test(r.text) && !r.conditions.includes('identifiable form')) r.conditions = [...r.conditions, 'identifiable form'];
  // ("**Google Play Store**: May collect basic app usage statistics …": a vendor's item whose body has no subject of
  // its own says what that vendor does.)
  if (labelReading?.recipient.services.length && !labelReading.action && /^\s*(?:may|might|can|could|will|also|only)?\s*(?:collects?|gathers?|records?|tracks?|stores?|keeps?|receives?|processes|uses?)\b/i.test(body)) {
    for (const r of readings) if (r.actor === 'none' && !r.negated && (r.action === 'collect' || r.action === 'store' || r.action === 'use')) Object.assign(r, { actor: 'vendor', actorParties: { services: [...labelReading.recipient.services], kinds: [], names: [] } });
  }
  const rowParties = clause.cells ? rowRecipient(clause, ctx) : undefined;
  // A table of kinds of data ("Category | Examples | Source"): its first cell names data.
  // ("Category of Personal Data (and Examples) | Categories of Third Parties …": a CCPA chart's row.)
  const categoryRow = !!clause.cells && /^(?:data\s+)?(?:categor(?:y|ies)|types?|kinds?|data|information)(?:\s+of\s+(?:personal\s+)?(?:data|information))?(?:\s*\([^)]*\))?$/i.test(clause.header?.[0]?.trim() ?? '');

  // ── collection ───────────────────────────────────────────────
  const collected: string[] = [];
  const add = (ids: string[]) => {
    for (const id of ids) if (id !== 'user' && !collected.includes(id)) collected.push(id);
  };
  if (labelReading && (section === 'collect' || frame === 'collect') && !negHeading) add(labelReading.objects);
  // "When you provide your name and email address to receive updates, …": what the user hands over, whatever the
  // sentence goes on to say about it.
  for (const s of sentences) {
    const given = /^(?:when|if|once|whenever|where) you (?:provide|give|enter|submit|send) (?:us )?([^,;]{3,160}),/i.exec(s);
    if (given && !negHeading && frame !== 'not-collect' && frame !== 'vendor-held' && !/\b(?:children|child|minors?|kids)\b/i.test(s)) add(readClause(`you provide ${given[1]}`, ctx).objects);
  }
  for (const r of readings) {
    // (Data about the user's own children — "the first name and date of birth of each child you add" — is collected;
    // what is said about collecting from children is not a declaration.)
    // "Your email and password (encrypted and never stored in plaintext)": the negation is the aside's; the list is
    // what is collected.
    if (r.negated && (section === 'collect' || frame === 'collect') && /\([^()]*\b(?:not|never|no)\b[^()]*\)/i.test(r.text)) {
      const outside = readClause(r.text.replace(/\([^()]*\)/g, ' '), ctx);
      if (outside.action === null && !outside.negated) add(outside.objects);
    }
    const childrensOwn = /\b(?:your|each|a) child(?:ren)?\b|\bchild(?:ren)?['’]s\b/i.test(r.text) && !/\bunder (?:the age of |age )?\d+|\bfrom (?:a |any )?(?:children|child|minors?|kids)\b|\bknowingly\b/i.test(r.text);
    // ("Parent or guardian email address, if you are under 18": an item of a list of what is collected.)
    const listedForMinors = r.action === null && (section === 'collect' || frame === 'collect');
    // ("… the number of players and how many of them are under 16": an age bracket collected, no child the data comes from.)
    const fromMinors = /\b(?:children|child|minors?|kids)\b|\bfrom (?:anyone|users?|people|persons?|individuals?|those|visitors?) (?:under|younger|below|less)\b/i.test(r.text);
    if (r.negated || (r.conditions.includes('children') && !childrensOwn && !listedForMinors && fromMinors) || r.conditions.includes('knowingly')) continue;
    if (frame === 'not-collect' || frame === 'vendor-held') continue;
    if (r.actor === 'vendor' || r.actor === 'kind') continue;
    // ("… that store may collect its own diagnostics under its own privacy policy": another party's collection.)
    if (r.actor !== 'we' && OTHERS_OWN.test(r.text)) continue;
    // ("While we don't collect any data, your browser may store: - Theme preferences": the lead-in says so for its items.)
    // ("The Extension stores the following data locally in your browser:": kept on the user's machine, not the product's.)
    if (clause.leadIn && (BROWSER_STORES.test(introducer(clause.leadIn)) || LOCAL_ONLY.test(introducer(clause.leadIn)))) continue;
    // ("Local-only data stored on your device: app settings, reading history …": the item's label says so of its data.)
    if (label && (LOCAL_ONLY.test(label) || /\blocal[- ]only\b/i.test(label))) continue;
    // "stored in the user's browser", "kept locally on your device", "never leaves your device": not the product's.
    // ("All your data remains on your device in local storage": with no verb of ours either.)
    if (LOCAL_ONLY.test(r.text)) continue;
    // ("Microphone: Reserved for potential future audio practice features. Currently not actively used.": a permission
    // the app asks for nothing with yet.)
    if (NOT_IN_USE.test(clause.text)) continue;
    // "Certain pages may set other third party cookies", "these sites set their own cookies": others' cookies.
    if (/^(?:set|sets|setting|place|places|placed|placing|plant|plants|planted)$/.test(r.verb ?? '') && /\bthird[- ]party cookies\b|\btheir own cookies\b|\b(?:that|which)\s+(?:sets?|places?|plants?)\s+(?:a |its |their )?cookies?\b/i.test(r.text)) continue;
    // "receives technical data only (no names, email addresses or postal addresses)": what the aside rules out is not had.
    // ("usage analytics via Plausible (privacy-focused, no cookies)": the same after a comma in the aside.)
    // ("session statistics — never prompts or code": the same after a dash, "summary and metadata—not your source code"
    // without spaces too.)
    // ("We store your year of birth only, not your full date of birth": the same after a comma.)
    const ruledOut = [...r.text.matchAll(/\((?:[^()]*?[,;]\s*)?(?:no|not|never|without|excluding)\b(?!\s+(?:limited|restricted|only|just|necessarily|exhaustive|all)\b)([^)]*)\)|(?:\s[—–-]|[—–])\s*(?:but\s+)?(?:never|not|no)\s+([^.;()—–]+)|,\s*(?:but\s+)?(?:not|never)\s+(?!(?:limited|restricted|only|just|necessarily|exhaustive|all)\b)([^.;()—–]+)/gi)].flatMap((m) => readClause(m[1] ?? m[2] ?? m[3], ctx).objects);
    // ("To access your account, you must have a unique email and password", "You need an email address to sign up":
    // what a person must give to have an account.)
    // ("… requires your explicit consent for the collection and storage of identity documents and biometric information":
    // the collection named as a noun.)
    if ((r.action === null || r.action === 'use') && (REQUIRED_OF_YOU.test(r.text) || NOMINAL_COLLECTION.test(r.text)) && r.objects.some((c) => c !== 'user')) {
      add(r.objects.filter((c) => c !== 'user' && !ruledOut.includes(c)));
      continue;
    }
    if (r.action === null) {
      // ("Acme stores the information you sign up with. This includes your email and name.": what the data just kept is made of.)
      const at = readings.indexOf(r);
      if (at > 0 && ELABORATES.test(r.text) && readings.slice(0, at).some((b) => !b.negated && (b.action === 'collect' || b.action === 'store' || b.action === 'receive') && b.actor !== 'vendor' && b.actor !== 'kind' && b.actor !== 'user')) {
        add(r.objects.filter((c) => !ruledOut.includes(c)));
        continue;
      }
      // ("… — never prompts or code": what the item leaves out; "No Sensitive Personal Information.": what is not had.)
      if ((section === 'collect' || frame === 'collect') && !/^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:[—–-]\s*)?(?:but\s+)?(?:never|not|no)\b(?!\s+(?:limited|only|just|necessarily|exhaustive))/i.test(r.text)) add(r.objects.filter((c) => !ruledOut.includes(c)));
      continue;
    }
    // ("We use Google Analytics, which collects information your browser sends. This data may include IP addresses":
    // what the vendor gathers, not the product.)
    if (gatheredBy(r, readings)) continue;
    // "We advise you to review the privacy policy of every site you visit": other sites, not the product's data.
    if (/\b(?:privacy|cookie) (?:policy|policies|notice|statement) of\b|\bthird[- ]party (?:link|site|website)s?\b/i.test(r.text)) continue;
    // Retention and purpose sentences restate data already collected; they declare nothing new.
    if (section === 'retain' && r.action !== 'collect') continue;
    const own = [...r.objects, ...(r.passive || r.actor === 'data' ? r.subjectObjects : [])].filter((c) => !ruledOut.includes(c));
    // "stored on PostHog's servers", "processed by Stripe": what a vendor holds, not what the product collects.
    // In a list of what is collected, vendors the user's data only names ("Slack webhook URLs", "SMS phone numbers") receive nothing.
    const listedByUser = r.actor === 'user' && (section === 'collect' || frame === 'collect') && !handedTo(r);
    // "billing details (handled by Paddle)": a vendor named only in parentheses does not make the item about the vendor.
    const asideOnly = (section === 'collect' || frame === 'collect') && [...r.recipient.services.map((id) => serviceById(id)?.name ?? id), ...r.recipient.names].every((n) => !r.text.replace(/\([^)]*\)/g, ' ').toLowerCase().includes(n.toLowerCase()));
    // ("Firebase Analytics is used to collect usage statistics": the product collects them with the tool.)
    const usedToCollect = r.passive && /\bused to (?:collect|gather|record|measure|capture)\b/i.test(r.text);
    if (r.action !== 'collect' && (r.actor !== 'we' || r.passive) && (r.recipient.services.length || r.recipient.names.length) && !listedByUser && !asideOnly && !usedToCollect) continue;
    if (r.actor === 'user') {
      // "you upload your passport directly to Modulr": given to a third party, not to the product.
      if (/\bdirectly (?:to|with)\b/i.test(r.text) && (r.recipient.services.length || r.recipient.names.length)) continue;
      // In a list of what is collected, the item's data may stand before "that you generate, transmit …".
      if (r.action === 'provide' || r.action === 'share' || r.action === 'collect' || r.action === 'store') add((section === 'collect' || frame === 'collect' ? [...r.objects, ...r.subjectObjects] : r.objects).filter((c) => !ruledOut.includes(c)));
      // "Precise location data when you allow the app to access it", an item of a list of what is collected: the
      // item's data stands before the condition on it.
      else if ((section === 'collect' || frame === 'collect') && clause.leadIn && r === readings[0] && /^[^,;()]{3,80}?\s(?:when|if|once|where|whenever)\s+you\b/i.test(r.text)) add(readClause(r.text.split(/\s(?:when|if|once|where|whenever)\s+you\b/i)[0], ctx).objects);
    } else if (r.action === 'collect' || r.action === 'receive' || r.action === 'provide' || r.action === 'store') {
      // ("We receive information from you whenever you communicate directly with us": what people write to the product.)
      // (Or with the product by its name: "… communicate directly with Medplum".)
      if (!own.some((c) => c !== 'user') && r.actor === 'we' && WHEN_YOU_WRITE.test(r.text.replace(/\b[A-Z][\w.-]+\b/g, (w) => (ctx.selfNames.has(w.toLowerCase()) ? 'us' : w)))) add(['user.content.private']);
      else add(own);
    } else if (r.action === 'share' && r.actor === 'we' && !r.passive && !r.recipient.services.length && !r.recipient.kinds.length && !r.recipient.names.length && !/\b(?:to|with)\s+(?:you|users?|them|him|her)\b/i.test(r.text) && own.length && own.every((c) => c.startsWith('user.telemetry') || c.startsWith('user.device'))) {
      // "The app can optionally send anonymous crash reports and error logs": sent home, to the product itself.
      add(own);
    } else if (r.action === 'share' && r.passive && !r.recipient.services.length && !r.recipient.kinds.length && !r.recipient.names.length && SENT_TO_US.test(r.text)) {
      // "Your language and time zone are sent anonymously to the web server": what reaches the product is collected.
      add(own);
    } else if (r.action === 'use' && r.recipient.services.length && VENDOR_WHICH_GATHERS.test(r.text)) {
      // ("We use Google Analytics, which collects IP addresses": the vendor's gathering, not the product's own.)
    } else if (r.action === 'use' && (r.actor === 'we' || section === 'collect' || frame === 'collect' || (frame === 'use' && VERBS.get(/^to\s+(\w+)/i.exec(r.text)?.[1]?.toLowerCase() ?? '') !== undefined))) {
      add(own);
    } else if (section === 'collect' && r.action !== 'delete' && r.action !== 'sell') {
      add(own);
    }
  }
  // "Analytics cookies: help us understand how the site is used", "Necessary — sign-in and session security" in a list of
  // the cookies set: a kind of cookie the product sets. Analytics and marketing cookies follow what the visitor does.
  // "Cookies used on our sites include …", "the cookies we set": cookies the product sets.
  if (!negHeading && sentences.some((t) => /\bcookies? (?:that )?(?:we (?:use|set|place)|(?:used|set|placed) (?:on|by) (?:our|us)\b)/i.test(t) && !/\b(?:not|never|no)\b/i.test(t))) add(['user.device.cookie_id']);
  // "Sign in with GitHub", "GitHub: OAuth authentication": the product receives the linked account's identifier.
  // ("You can register using an account you already have with GitHub", "Sign in with Google": the provider hands over the
  // account's public profile too — its name, username and picture — and its email address.)
  if (!negHeading && frame !== 'not-collect' && sentences.some((t) => (SIGN_IN.test(t) || /\bOAuth\b/.test(t)) && !/\b(?:not|never|no)\b/i.test(t))) add(sentences.some((t) => SIGN_IN.test(t) && SIGN_IN_PROVIDER.test(t) && !/\b(?:not|never|no)\b/i.test(t) && !/\b(?:names?|e-?mails?|photos?|pictures?|avatars?|usernames?|profiles?)\b/i.test(t)) ? ['user.social.account', ...PROVIDER_PROFILE] : ['user.social.account']);
  const cookieKind = cookieKindOf(label, clause);
  if (cookieKind && !readings[0]?.negated) add(cookieKind);
  // A row of a data table ("Purpose | Data we collect | Legal basis") in a collection section declares its data.
  // ("What? | Why? | How long? | Where?": a header that asks what.)
  // (In a chart of categories of data, the row's data is collected whoever its other column says receives it.)
  if (clause.cells && (!rowParties || hostOfRow(clause, ctx) || categoryRow) && (section === 'collect' || frame === 'collect' || clause.header?.some((h) => /\b(data|information|categor|type|what we)|^\s*what\s*\??\s*$/i.test(h)))) {
    // (Not a cell under "Why" or "Purpose": "Your account, loan receipts and reminders" says what the data is for.)
    for (const [i, cell] of clause.cells.entries()) {
      const r = readClause(cell, ctx);
      if (dataCell(i, r)) add(r.objects);
    }
  }
  // "Acme acts as a processor on that customer's behalf": whatever the customer's end users submit is processed
  // for the customer under the customer's own notice — collected, as a processor, whatever it is.
  const actsAsProcessor = ACTS_AS_PROCESSOR.test(clause.text);
  if (actsAsProcessor && /\bbehalf\b|\bcontroller\b/i.test(clause.text)) {
    out.push({ type: 'collect', clause: clause.id, categories: ['user'], text: clause.text, onBehalf: true } as CollectDecl);
  }
  // "What We Collect › Application Usage Events: - Event name - Timestamp": items that name no personal data of their
  // own, under a heading that does, are parts of that data.
  if (!collected.length && section === 'collect' && !negHeading && label && !clause.cells && clause.headingPath.length >= 2 && readings.every((r) => !r.negated && (r.action === null || r.actor === 'none' || r.actor === 'data'))) {
    const heading = readClause(clause.headingPath[clause.headingPath.length - 1], ctx);
    if (heading.action === null && !heading.negated && !heading.recipient.services.length && !heading.recipient.kinds.length) add(heading.objects);
  }
  // "Contact details – your name, email and phone" declares those three, not every kind of contact data.
  // ("your name, email address, and other contact information": the list goes on past what it names.)
  for (const umbrella of NARROWED_BY_LIST) {
    if (collected.includes(umbrella) && collected.some((c) => c.startsWith(`${umbrella}.`)) && !OTHER_OF_KIND[umbrella]?.test(clause.text)) collected.splice(collected.indexOf(umbrella), 1);
  }
  // (A table row whose yes/no column says the data is not collected declares none of it.)
  if (answeredNo(clause)?.action === 'collect') collected.length = 0;
  if (collected.length) out.push({ type: 'collect', clause: clause.id, categories: collected, text: clause.text } satisfies CollectDecl);

  // ── sharing ──────────────────────────────────────────────────
  const shares: ShareDecl[] = [];
  const allData = new Set<string>();
  // A clause whose every sentence is about something else (links, rights, other companies' policies) discloses nothing;
  // one such sentence ("You can opt out …") does not void the sentence beside it.
  // (Nor does the pointer to a vendor's policy after data we hand it: "… uploaded to the hypothes.is service and are subject
  // to their privacy policy".)
  const disclosureText = section !== 'share' && splitSentences(clause.text).every((t) => NOT_A_DISCLOSURE.test(/^\s*we (?:also )?use\b/i.test(t) ? withoutPolicyPointer(t) : HANDED_OVER.test(t) ? withoutPolicyPointer(t).replace(THEIR_POLICY, ' ') : t));
  /** The sentences each share was read from. */
  const shareTexts = new Map<ShareDecl, string[]>();
  const rowExcluded: string[] = [];
  // A row of a cookie table ("_ga | Google Analytics"): the vendor gets the cookie, among whatever else it gets.
  const cookieTableRow = !!clause.cells && /^\s*_?[\w-]+\s*$/.test(clause.cells[0] ?? '') && COOKIE_TABLE.test([...clause.headingPath, ...(clause.header ?? [])].join(' '));
  // ("Media files on the site are sourced from public CDN services including: - Unsplash (images)": the items are where
  // content comes from, not whom data goes to.)
  const sourcedItems = !!clause.leadIn && SOURCED_FROM.test(introducer(clause.leadIn)) && !/\b(?:send|sends|sent|share|shares|shared|transmit\w*|upload\w*|disclose\w*)\b/i.test(clause.text);
  // "Contact: Discord Server", "Questions / issues: https://github.com/acme/tool": where to reach the product, no recipient.
  const contactLine = CONTACT_LINE.test(clause.text) && clause.text.length <= 120 && !readings.some((r) => r.action !== null);
  const pushShare = (p: Parties, r: Reading | undefined, cats: string[], describe = true) => {
    if (sourcedItems || contactLine) return;
    // ("Fonts are served from our own folder, not Google Fonts", "… (Hotjar, FullStory). These will not be installed",
    // "We will never add session replay (Hotjar …)": vendors named as what the product does not use.)
    // (Only a sentence that names them and says nothing is done: the next one, "These …", says they are not used.)
    const unused = !!r && r.action === null && !r.negated && NEVER_INSTALLED.test(sentenceAfter(clause.text, r.text));
    const never = !!r && r.action === null && /^\s*we\s+(?:will\s+)?never\b/i.test(r.text);
    if (p.services.length && r && (NOT_THE_VENDOR.test(r.text) || unused || never)) {
      const lower = r.text.toLowerCase();
      const denied = p.services.filter((id) => { const d = serviceById(id); const at = Math.max(...[d?.name ?? id, ...(d?.aliases ?? [])].map((n) => lower.indexOf(n.toLowerCase()))); return at >= 0 && (unused || never || /(?:,|;|\bbut)\s+not\s+(?:from\s+|via\s+|through\s+|on\s+|with\s+)?$/i.test(r.text.slice(0, at))); });
      p = { ...p, services: p.services.filter((id) => !denied.includes(id)) };
      if (!p.services.length && !p.names.length && !p.kinds.length) return;
    }
    // ("… we will provide required notices to affected people and regulators", "We will publish a notification within 5
    // days of the data breach": telling people and authorities of a breach discloses no one's data to a recipient.)
    if (!p.services.length && !p.names.length && BREACH_NOTICE.test(r?.text ?? clause.text) && /\bbreach(?:es)?\b|\bincident\b|\bunauthori[sz]ed access\b/i.test(clause.text)) return;
    // "service providers … who provide us with hosting, monitoring, analytics and email delivery services": the
    // services they provide say which kinds of recipient they are.
    // ("We use a third-party service to collect … in order to help us diagnose and fix issues": a provider by what it is for.)
    if (describe && !p.services.length && (p.kinds.includes('service_provider') || p.kinds.includes('third_party')) && p.kinds.every((k) => GENERIC_KINDS.has(k))) {
      // (Its own sentence first: "If you use AI features, we process … . AI processing is performed by service providers".)
      const own = r && r.text.trim() !== clause.text.trim() ? describedKinds(r.text) : [];
      const described = own.length ? own : describedKinds(clause.text);
      // ("… to assist us with things like sending email updates and processing payments": kinds given as examples;
      // the providers are still any providers.)
      if (described.length && HELP_WITH_EXAMPLES.test(clause.text)) pushShare(p, r, cats, false);
      if (described.length) p = { ...p, kinds: [...p.kinds, ...described.filter((k) => !p.kinds.includes(k))] };
    }
    // "our hosting providers, our payment processor (Stripe)": the kinds no named vendor stands for are recipients too.
    // ("… our error-monitoring provider, and the notification platforms you connect (such as Slack, PagerDuty …)": vendors
    // given as examples of another kind do not stand for the kinds the sentence names beside them.)
    const parens = r && p.services.length ? [...clause.text.matchAll(/\(([^)]{2,160})\)/g)].map((m) => m[1]) : [];
    const exampleList = (t: string) => /^\s*(?:such as|e\.g\.|eg\.|for example|including|like)\b/i.test(t);
    const exampleParties = parens.filter(exampleList).map((t) => readClause(t, ctx).recipient);
    const exampleServices = new Set(exampleParties.flatMap((x) => x.services));
    if (p.services.length && p.kinds.length) {
      const namedKinds = new Set(p.services.filter((id) => !exampleServices.has(id)).map((id) => serviceById(id)?.kind));
      // "Honeycomb (performance monitoring)": kinds in parentheses after a name say what the named vendor is.
      const described = new Set(parens.filter((t) => t.length <= 60 && !exampleList(t)).flatMap((t) => readClause(t, ctx).recipient.kinds));
      const rest = p.kinds.filter((k) => !GENERIC_KINDS.has(k) && !namedKinds.has(k as never) && !described.has(k));
      // ("(such as Slack or SMS gateways)": a kind among examples is any vendor of that kind.)
      const exampleKinds = new Set(exampleParties.flatMap((x) => x.kinds));
      const own = rest.filter((k) => !exampleKinds.has(k));
      if (own.length) pushShare({ services: [], kinds: own, names: [] }, r, []);
      const exampled = rest.filter((k) => exampleKinds.has(k));
      if (exampled.length) {
        pushShare({ services: [], kinds: exampled, names: [] }, r, [], false);
        const sh = shares.find((x) => !x.services.length && JSON.stringify(x.kinds) === JSON.stringify(exampled));
        if (sh) sh.examples = true;
      }
    }
    // "your chosen AI model provider (e.g., OpenAI, Anthropic)": vendors given as examples of a kind; any vendor of
    // that kind is a recipient.
    let examples = false;
    const exampleAt = p.services.length && r ? EXAMPLES_OF.exec(r.text) : null;
    if (exampleAt && r) {
      // The kind the examples illustrate is the one named just before them ("notification platforms (such as Slack …)"),
      // not every kind the sentence names. ("your AI model provider (e.g., …)": a generic provider whose examples are
      // all of one kind is of that kind.)
      const said = readClause(r.text.slice(Math.max(0, exampleAt.index - 80), exampleAt.index).split(/,|;|\band\b/).pop() ?? '', ctx).recipient.kinds;
      const serviceKinds = [...new Set(p.services.map((id) => serviceById(id)?.kind))];
      const exampleKinds = said.some((k) => !GENERIC_KINDS.has(k)) ? said.filter((k) => !GENERIC_KINDS.has(k) && serviceKinds.includes(k as never)) : said.includes('service_provider') && serviceKinds.length === 1 && serviceKinds[0] ? [serviceKinds[0]] : [];
      if (exampleKinds.length) {
        examples = true;
        pushShare({ services: [], kinds: exampleKinds, names: [] }, r, cats);
        const kindShare = shares.find((x) => !x.services.length && exampleKinds.every((k) => x.kinds.includes(k as never)));
        if (kindShare) kindShare.examples = true;
      }
    }
    // The vendors of an example list of a kind the sentence names in words only ("the notification platforms you connect
    // (such as Slack or PagerDuty)") are recipients, given as examples: they do not make the policy's list of vendors.
    const exampled = !examples && describe ? p.services.filter((id) => exampleServices.has(id)) : [];
    if (exampled.length && exampled.length < p.services.length) {
      pushShare({ services: exampled, kinds: [], names: [] }, r, cats, false);
      const sh = shares.find((x) => JSON.stringify(x.services) === JSON.stringify(exampled));
      if (sh) sh.examples = true;
      p = { ...p, services: p.services.filter((id) => !exampleServices.has(id)) };
    }
    // "We act as the data processor on your behalf": the product's role, not a recipient.
    if (actsAsProcessor && !p.services.length && !p.names.length && p.kinds.every((k) => k === 'service_provider')) return;
    // "Mozilla is not considered a third party": who is not a recipient, not a disclosure.
    if (r && NOT_A_THIRD_PARTY.test(r.text)) return;
    // ("third party service providers …, for example, IT service providers, hosting providers or analytics platforms":
    // kinds given as examples; any service provider is still a recipient.)
    // ("With third-party vendors who perform services on our behalf (e.g., hosting, analytics)": the same.)
    if (r && !p.services.length && p.kinds.some((k) => !GENERIC_KINDS.has(k)) && ((p.kinds.includes('service_provider') && /\bservice providers?\b[^.;]{0,120}?\b(?:for example|e\.g\.|such as)(?!\w)/i.test(r.text)) || HELP_WITH_EXAMPLES.test(r.text))) pushShare({ services: [], kinds: ['service_provider'], names: [] }, r, cats, false);
    const services = p.services;
    // ("… including PostHog (product analytics), Sentry (error monitoring), and AI model providers that power AI
    // features": a kind of recipient listed after the last named vendor is a recipient of its own.)
    if (r && services.length && !examples) {
      const lower = r.text.toLowerCase();
      const lastAt = Math.max(...services.map((id) => { const d = serviceById(id); return Math.max(...[id, d?.name ?? id, ...(d?.aliases ?? [])].map((n) => lower.lastIndexOf(n.toLowerCase()))); }));
      const tail = lastAt >= 0 ? /,?\s+(?:and|or)\s+((?:other\s+)?(?:[\w-]+\s+){0,3}(?:providers?|vendors?|processors?|platforms?)\b[^.;]*)/i.exec(r.text.slice(lastAt)) : null;
      if (tail) {
        const own = readClause(`We share data with ${tail[1]}`, ctx).recipient;
        const extra = own.kinds.filter((k) => !GENERIC_KINDS.has(k) && !services.some((id) => serviceById(id)?.kind === k));
        if (!own.services.length && extra.length) pushShare({ services: [], kinds: extra, names: [] }, r, cats);
      }
    }
    // ("we may provide your information to third parties for targeted advertising", "third-party tools, to collect
    // analytics data": third parties said by what they are for.)
    const forPurpose = !services.length && !p.names.length && p.kinds.length && p.kinds.every((k) => GENERIC_KINDS.has(k)) && r ? THIRD_PARTIES_FOR.find(([re]) => re.test(r.text))?.[1] : undefined;
    const kinds = forPurpose ? [forPurpose] : p.kinds.some((k) => !GENERIC_KINDS.has(k)) ? p.kinds.filter((k) => !GENERIC_KINDS.has(k)) : p.kinds;
    const names = services.length ? [] : p.names;
    if (!services.length && !kinds.length && !names.length) return;
    const categories = cats.filter((c, i, a) => c !== 'user' && a.indexOf(c) === i);
    const conditions = r ? [...r.dataConditions] : [];
    const key = JSON.stringify([services, services.length ? [] : kinds, names]);
    const same = shares.find((s) => JSON.stringify([s.services, s.services.length ? [] : s.kinds, s.names ?? []]) === key);
    if (same) {
      for (const c of categories) if (!same.categories.includes(c)) same.categories.push(c);
      for (const c of conditions) if (!same.conditions.includes(c)) same.conditions.push(c);
      if (r) shareTexts.get(same)?.push(r.text);
      return;
    }
    const sh: ShareDecl = { type: 'share', clause: clause.id, kinds: services.length ? [] : (kinds as RecipientRef[]), services, ...(names.length ? { names } : {}), categories, conditions, ...(examples ? { examples } : {}), text: clause.text };
    shares.push(sh);
    shareTexts.set(sh, r ? [r.text] : [clause.text]);
  };
  // In a rights section, only a plain "We share your information with …" sentence discloses anything.
  if (section === 'rights') {
    for (const r of readings) {
      if (r.actor !== 'we' || r.negated || r.action !== 'share' || /\bright\b|\brequest\b/i.test(r.text) || NOT_A_DISCLOSURE.test(r.text)) continue;
      const p = r.recipient;
      if (p.services.length || p.kinds.length || p.names.length) pushShare(p, r, positiveObjects(r));
    }
  }
  // "PostHog (PostHog, Inc.)" … "Personal Data processed: number of Users; Trackers; Usage Data.": what the service the
  // heading names gets, and only that.
  if (label && /^personal data (?:processed|collected)$/i.test(label)) {
    const heading = clause.headingPath[clause.headingPath.length - 1] ?? '';
    const hr = readClause(heading.replace(/\s*\([^)]*\)\s*$/, ''), ctx);
    const services = [...hr.recipient.services, ...hr.actorParties.services].filter((id, i, a) => a.indexOf(id) === i && !ctx.selfNames.has((serviceById(id)?.name ?? id).toLowerCase()));
    const cats = body.split(/[;,]/).flatMap((part) => readClause(part, ctx).objects).filter((c, i, a) => c !== 'user' && a.indexOf(c) === i);
    if (services.length && cats.length) {
      out.push({ type: 'collect', clause: clause.id, categories: cats, text: clause.text, confidence: 0.8 });
      out.push({ type: 'share', clause: clause.id, kinds: [], services, categories: cats, conditions: [], closed: true, text: clause.text, confidence: 0.8 });
      return out;
    }
  }
  // "### Anthropic ⏎ **Purpose:** AI analysis ⏎ **Data shared:** Source code, project context ⏎ **Location:** USA": a
  // vendor's card under its own heading; its data field says what it gets (its location is where it is, not anyone's).
  const fieldVendor = !clause.cells && (section === 'share' || clause.parent !== undefined) ? vendorCard(clause, ctx) : undefined;
  if (fieldVendor) {
    // ("Data Shared: No personal data is shared", "Data shared: none": the vendor is one of the product's and gets nothing
    // about anyone — a share of anonymous data with a vendor the catalog knows; nothing to say of another.)
    // (The whole field: "None, except your email address for delivery" names what it gets.)
    const none = /^\W*(?:none|nothing|n\/a|no (?:personal |user )?(?:data|information)(?: is| are)?(?: shared| sent| collected)?)\W*$/i.test(fieldVendor.data);
    if (none && !fieldVendor.parties.services.length) return out;
    const cats = none ? [] : fieldVendor.data.split(/[;,]|\band\b/).flatMap((part) => readClause(part, ctx).objects).filter((c, i, a) => c !== 'user' && a.indexOf(c) === i);
    out.push({ type: 'share', clause: clause.id, kinds: [], services: fieldVendor.parties.services, ...(fieldVendor.parties.names.length ? { names: fieldVendor.parties.names } : {}), categories: cats, conditions: none ? ['anonymized'] : [], text: clause.text, confidence: 0.8 });
    return out;
  }
  if (!disclosureText && section !== 'rights') {
    // What the row's cells say the vendor receives, without what they say it never gets ("never a child's name").
    if (rowParties) {
      // The data column when the header names one ("Personal data", "What they receive"), not the purpose or place.
      const cells = clause.cells ?? [];
      const dataCols = clause.header?.map((h, i) => (/\b(data|information|receive|categor|shared|what they|details)\b/i.test(h) && !/\bpurpose|location|country|region\b/i.test(h) ? i : -1)).filter((i) => i > 0) ?? [];
      const dataCells = dataCols.length ? dataCols.map((i) => cells[i] ?? '') : cells;
      // "Client names … are not sent to Sentry": a cell's negated sentence says what the vendor does not get.
      // ("the audio of a memo, to transcribe it; not kept after the request": a clause after a semicolon is read by itself,
      // so a negation about keeping leaves out nothing the clause before names.)
      const cellReadings = dataCells.flatMap((cell) => splitSentences(cell).flatMap((t) => t.split(/;\s+/))).map((t) => readClause(t, ctx));
      const read = cellReadings.filter((r) => !r.negated).flatMap(positiveObjects);
      rowExcluded.push(...cellReadings.filter((r) => r.negated).flatMap((r) => [...r.objects, ...r.subjectObjects]));
      // ("Your tasting profile only — never your name": what a positive cell sentence leaves out.)
      rowExcluded.push(...cellReadings.filter((r) => !r.negated).flatMap(negativeObjects));
      // (A cookie table's row gives its vendor the cookie.)
      if (cookieTableRow && !read.includes('user.device.cookie_id')) read.push('user.device.cookie_id');
      // ("ECB | Currency exchange rates | None (public API)": a data column that says none, no share.)
      const none = dataCols.length > 0 && dataCells.every((c) => /^\s*(?:none|nothing|no (?:personal )?(?:data|information)|n\/a)\b/i.test(c));
      // ("Supabase | Database & Authentication | Lead & User Data, Logs": the people's data as a whole, whatever else the
      // cell names.)
      const wholeCell = dataCells.some((c) => /(?<!\b(?:no|not|never|without)\s+)\b(?:users?|customers?|clients?|leads?|members?)\s*(?:(?:&|and|\/)\s*(?:users?|customers?|clients?)\s+)?(?:data|info(?:rmation)?)\b/i.test(c));

      if (!none) pushShare(rowParties, readings[0], wholeCell ? [] : read);
      // ("Plausible Analytics | Aggregate site statistics | No personal data": the vendor is one of the product's, and
      // gets nothing about anyone — a share of anonymous data, not no share at all.)
      else if (rowParties.services.length && dataCells.every((c) => /^\s*no (?:personal )?(?:data|information)\b/i.test(c))) {
        const from = shares.length;
        pushShare(rowParties, readings[0], []);
        for (const sh of shares.slice(from)) if (!sh.conditions.includes('anonymized')) sh.conditions.push('anonymized');
      }
      // "All data we hold": the vendor may receive anything; no closed list.
      if (read.includes('user') && read.every((c) => c === 'user' || !c.startsWith('user.'))) allData.add(JSON.stringify(rowParties.services));
      else if (wholeCell) allData.add(JSON.stringify(rowParties.services));
    }
    // "Northbridge Insurance Company (trip insurance): receives your name …": a label naming an organisation the catalog
    // does not know, told apart from headings ("Business Transfers: …") by what it is or what it receives.
    const labelName = label && labelReading && !labelReading.recipient.services.length && !labelReading.recipient.names.length
      && (/\([^)]{2,60}\)\s*$/.test(label) || /(?:^|[.;!]\s+)(?:receives?|processes|provides|hosts|stores|handles|gets|delivers|sends|runs|powers|operates|generates|transcribes|analy[sz]es|translates|summari[sz]es|records|(?:can |may )?ha(?:s|ve) access to)\b/i.test(body.trim()) || SERVICE_DESCRIPTION.test(body.trim()) || listsRecipients(clause.leadIn, ctx) || VENDOR_LIST_HEADING.test(clause.headingPath.join(' > ')) || (section === 'share' && ACRONYM_LABEL.test(label.trim())))
      ? capitalisedLabel((labelHead ?? label).replace(/\s*\([^)]*\)\s*$/, ''), ctx) : [];
    const lr0 = labelReading?.recipient;
    // A label that names a recipient: a vendor, an organisation, a kind, or "Service providers & contractors – companies
    // that host data, send emails …" (a generic label its body describes).
    const labelNamesRecipient = !!lr0 && (lr0.services.length > 0 || lr0.names.length > 0 || labelName.length > 0 || lr0.kinds.some((k) => !GENERIC_KINDS.has(k)) || (lr0.kinds.includes('service_provider') && describedKinds(body).length > 0));
    if (labelReading && (section === 'share' || frame === 'share') && labelNamesRecipient) {
      const lr = labelReading.recipient;
      const lp = { ...lr, kinds: labelName.length ? [] : lr.kinds, names: labelName.length ? labelName : lr.names.length || lr.services.length || lr.kinds.length ? lr.names : capitalisedLabel(label!, ctx) };
      // What the item's own sentences say the vendor gets (not a lead-in joined to it).
      // ("Google Places API: For venue information and reviews", "Unsplash: for location photos": what the vendor is used
      // for, not what it is sent — unless the item says so, "for routing; receives your address".)
      const purposeOnly = /^\s*(?:for|to)\s/i.test(body) && !/\b(?:receives?|gets?|sees?|is sent|are sent|is shared|are shared|processes|stores|has access to|your)\b/i.test(body);
      pushShare(lp, readings.find((r) => !r.negated), purposeOnly ? [] : bodyReadings.filter((r) => !r.negated).flatMap(positiveObjects));
      // "Payment Processors: Polar and DodoPayments for billing": the names the label's kind lists.
      // (Not the first word of a description: "Customer email support service.")
      const lm = /^((?:[A-Z][\w.-]+)(?:\s*(?:,|and|&)\s*[A-Z][\w.-]+)*)(.*)$/s.exec(body.trim());
      const listed = lm && !(/^\s+[a-z]/.test(lm[2]) && !/^\s+(?:for|to|and|or|as|via|in|on)\b/.test(lm[2])) ? lm[1] : undefined;
      // (The name as written, without the sentence's full stop: "Product analytics: Plausible.")
      const parts = listed ? listed.split(/\s*(?:,|and|&)\s*/).map((n) => ({ name: n.replace(/\.+$/, ''), services: readClause(n.replace(/\.+$/, ''), ctx).recipient.services })) : [];
      // ("Kisi: Runs our door access.": a verb opening the description is no name.)
      const names = parts.filter((p) => !p.services.length).map((p) => p.name.toLowerCase()).filter((n) => n.length >= 3 && !VERBS.has(n) && !/^(?:runs|powers|operates|delivers|handles|provides|manages|takes|helps|sees)$/.test(n) && !/^(we|our|the|your|this|these|those|their|its|they|it|you|all|any|each|some|both|such|with|when|for|to|in|on|see|privacy|more|please|if|as|by|at)$/.test(n));
      const body0 = readings[0];
      const known = new Set((body0?.recipient.services ?? []).flatMap((id) => [id, serviceById(id)?.name.toLowerCase()]));
      const unknown = names.filter((n) => !known.has(n));
      if (unknown.length && !lr.services.length) pushShare({ services: [], kinds: [], names: unknown }, readings[0], []);
      // … and the catalogued vendors it lists.
      const catalogued = !lr.services.length ? [...new Set(parts.flatMap((p) => p.services))] : [];
      if (catalogued.length) pushShare({ services: catalogued, kinds: [], names: [] }, readings[0], []);
    }
    // "Email: Resend for transactional email delivery", "Database: Supabase (PostgreSQL) with encryption at rest": a
    // label of what is done, whose body opens with a catalogued vendor's name and no verb, names that vendor.
    if (label && !labelNamesRecipient && !shares.length && !clause.cells) {
      const opener = VENDOR_OPENER.exec(body);
      const services = opener ? readClause(opener[1], ctx).recipient.services : [];
      if (services.length && !readings.some((r) => r.negated)) pushShare({ services, kinds: [], names: [] }, readings[0], []);
    }
    // "Plausible Analytics is an analytics service provided by …", "Google Analytics is a web analytics service …":
    // a vendor described in a section about the services the product uses.
    if (section === 'share' || frame === 'share') {
      for (const r of clause.cells ? [] : readings) {
        const m = /^\s*([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+is\s+(?:an?\s+)?[\w\s-]{0,40}?\b(?:service|provider|tool|platform|processor|company|solution|network)\b/.exec(r.text);
        if (!m || r.negated) continue;
        const named = readClause(m[1], ctx);
        // "Firebase is analytics service …": the vendor's product of the kind the sentence says (Firebase Analytics).
        const kinds = [...r.recipient.kinds, ...r.actorParties.kinds].filter((k) => !GENERIC_KINDS.has(k));
        const own = [...new Set([...named.recipient.services, ...named.actorParties.services])];
        const product = kinds.length && !own.some((id) => kinds.includes(serviceById(id)?.kind ?? '')) ? SERVICES.find((sv) => kinds.includes(sv.kind) && sv.name.toLowerCase().startsWith(`${m[1].toLowerCase()} `)) : undefined;
        const services = product ? [product.id] : own;
        if (services.length) pushShare({ services, kinds: [], names: [] }, r, []);
      }
    }
    // "Your username is visible to other users", "we publish this activity publicly", "donor names are listed
    // publicly": other people who use the product (or anyone) see it.
    for (const r of clause.cells ? [] : readings) {
      if (r.negated || !SHOWN_TO_OTHERS.test(r.text) || /(?:\b(?:not|never|no|cannot)\b|n['’]t\b)[^.;]{0,30}\b(?:visible|available|shown|displayed|accessible|viewable|see|view|publish\w*|listed|posted)\b/i.test(r.text)) continue;
      // ("Medplum receives information from third party sources that you have authorized or is already publicly
      // available": where the data comes from is public, not what the product shows.)
      if (/\b(?:receives?|obtains?|gets?|collects?|gathers?)\b[^.;]{0,40}\bfrom\b[^.;]{0,80}\bpublicly available\b/i.test(r.text)) continue;
      // ("Your location will be displayed on your profile": the profile is where, not what.)
      const onProfile = /\bon\s+(?:your|the user['’]s|their)\s+(?:public\s+)?profile\b/i.test(r.text) && !/\bprofile\b/i.test(r.text.replace(/\bon\s+(?:your|the user['’]s|their)\s+(?:public\s+)?profile\b/gi, ''));
      const shown = onProfile ? readClause(r.text.replace(/\bon\s+(?:your|the user['’]s|their)\s+(?:public\s+)?profile(?:\s+page)?\b/gi, 'publicly'), ctx) : r;
      pushShare({ services: [], kinds: ['other_users'], names: [] }, r, positiveObjects(shown));
    }
    // "Your e-mail address is not visible to other users", "Your real name will never be shown publicly": the data named
    // is kept from other people who use the product. (Not personal data as a whole, nor with an exception beside it.)
    for (const r of clause.cells ? [] : readings) {
      // (Said of a short subject that opens the sentence: "Your e-mail address is not visible …".)
      const hidden = HIDDEN_FROM_OTHERS.exec(r.text);
      if (!hidden || !/^\s*(?:your|the|users['’]?|members['’]?|their|our users['’]?)\s[^,;:()]{1,50}$/i.test(r.text.slice(0, hidden.index)) || /\b(?:unless|except|other than|until|without your|if you)\b/i.test(r.text)) continue;
      const cats = positiveObjects(r).filter((c) => c !== 'user');
      if (cats.length) out.push({ type: 'prohibit', clause: clause.id, action: 'share', categories: cats, kinds: ['other_users'], services: [], purposes: [], conditions: [], text: tidy(r.text), confidence: 0.8 });
    }
    // "We employ third-party cookies to gather data for interest-based advertising": another company's cookies or
    // pixels on the product's pages send what they gather to that company, whatever section the sentence sits in.
    for (const r of clause.cells ? [] : readings) {
      if (r.negated || !/\bthird[- ]party (?:cookies|pixels?|tags?|scripts?|trackers?|sdks?|beacons?)\b/i.test(r.text)) continue;
      const kinds = [...(r.purposes.includes('marketing') ? ['advertising'] : []), ...(r.purposes.includes('analytics') ? ['analytics'] : [])];
      if (kinds.length) pushShare({ services: [], kinds: kinds as RecipientRef[], names: [] }, r, [...r.objects, 'user.device.cookie_id'].filter((c, i, a) => c !== 'user' && a.indexOf(c) === i));
    }
    // "processed by our payment processors such as Stripe": vendors given as examples of a kind of recipient.
    if (section === 'share' || frame === 'share') {
      for (const r of clause.cells ? [] : readings) {
        if (r.negated) continue;
        const m = /\b(?:such as|including|e\.g\.,?|for example,?|like)\s+(.{2,160})$/i.exec(r.text);
        if (!m) continue;
        const before = readClause(r.text.slice(0, m.index), ctx);
        if (![...before.recipient.kinds, ...before.actorParties.kinds].some((k) => !GENERIC_KINDS.has(k) || k === 'service_provider')) continue;
        const ex = readClause(m[1], ctx);
        const services = [...new Set([...ex.recipient.services, ...ex.actorParties.services])];
        if (services.length) pushShare({ services, kinds: [], names: [] }, r, positiveObjects(r));
      }
    }
    // A table row's recipient is its vendor cell; the other cells say what and why, not who. A row of a table that
    // names no vendor column ("Feature | Description | Default") is read sentence by sentence, cell by cell.
    const rowReadings = clause.cells && !rowParties ? clause.cells.flatMap((c) => splitSentences(c)).map((t) => readClause(t, ctx)) : [];
    for (const [i, r] of (clause.cells ? rowReadings : readings).entries()) {
      // "We do not sell, trade or transfer your information to outside parties. This does not include trusted third
      // parties who assist us in operating our site …": the recipients the ban leaves out are recipients.
      if (r.negated && !clause.cells && NOT_INCLUDED_RECIPIENTS.test(r.text) && readings.slice(0, i).some((b) => b.negated && (b.action === 'share' || b.action === 'sell'))) {
        const helpers = /\b(?:assist|help|support|perform|provide services|on our behalf|operat(?:e|ing))\b/i.test(r.text);
        const p = helpers && !r.recipient.services.length ? { services: [], kinds: ['service_provider' as const], names: [] } : r.recipient;
        if (p.services.length || p.kinds.length || p.names.length) pushShare(p, r, []);
        continue;
      }
      // "We will not share your phone number with anyone except our SMS provider, Twilio", "Other than Mailgun, which
      // sends our emails, no third party receives your email address": the recipients a ban leaves out receive the data.
      const excepted = clause.cells ? null : exceptedRecipients(r, ctx);
      if (excepted) {
        pushShare(excepted.parties, r, excepted.categories);
        continue;
      }
      // ("Our payment provider (PayPal) may collect information about you in accordance with their own privacy policies":
      // our own processor, whatever its policy says, gets what it collects for us.)
      // ("Payment details are processed by Paddle and are subject to their privacy policy": a vendor the data is handled by.)
      const ours = (r.actor === 'vendor' || r.actor === 'kind') && (OUR_PROCESSOR.test(r.text) || (r.passive && r.recipient.services.length > 0));
      // ("We use Cloudflare to protect our systems, which you may want to read their own privacy policy": a vendor we use,
      // whatever the reader is pointed to besides.)
      const used = r.actor === 'we' && r.action === 'use' && r.recipient.services.length > 0 && READ_THEIR_POLICY.test(r.text);
      // ("Your highlights will be uploaded to the hypothes.is service and are subject to their privacy policy": what we hand
      // a named vendor is handed, whatever policy governs it there.)
      const handed = r.actor === 'we' && r.action === 'share' && r.recipient.services.length + r.recipient.names.length > 0;
      if (r.negated || NOT_A_DISCLOSURE.test(ours || handed ? withoutPolicyPointer(r.text).replace(THEIR_POLICY, ' ') : used ? withoutPolicyPointer(r.text) : r.text)) continue;
      // "We do not build advertising profiles": a negated verb the reader does not know names no recipient.
      if (r.action === null && /\b(?:do|does|did|will|would|shall|can)\s+not\b|\b(?:don['’]t|doesn['’]t|won['’]t|never|cannot|can['’]t)\b/i.test(r.text)) continue;
      const vendorActs = (r.actor === 'vendor' || r.actor === 'kind') && r.action !== null;
      // ("Category | Examples | Source" — "Prompts, Chat Snippets & Token Counts": a category cell names data; its
      // capitals are no company and "Counts" is no verb.)
      if (vendorActs && categoryRow && r.text.trim() === (clause.cells?.[0] ?? '').trim() && [...r.objects, ...r.subjectObjects].length) continue;
      // What a recipient receives: what a vendor is said to collect or receive, or what we send, share or disclose to it.
      // ("We use PostHog to collect your IP address": the vendor we use to gather the data gets it.)
      const gathersWith = r.action === 'use' && (r.recipient.services.length > 0 || r.recipient.names.length > 0) && (USED_TO_GATHER.test(r.text) || VENDOR_WHICH_GATHERS.test(r.text));
      const cats = vendorActs || gathersWith || r.action === 'share' || r.action === 'sell' || r.action === 'provide' || r.action === null ? positiveObjects(r) : [];
      // "| Email address | Sending receipts via Postmark | 2 years |": a vendor named in another cell of a row of a
      // data table gets the row's data.
      if (clause.cells && !cats.length && !r.negated) cats.push(...collected);
      if (vendorActs) {
        // "Our providers include Vercel, Stripe and Brevo": the named ones are the recipients.
        const generic = !r.actorParties.services.length && !r.actorParties.names.length && r.actorParties.kinds.every((k) => GENERIC_KINDS.has(k));
        if (generic && (r.recipient.services.length || r.recipient.names.length)) {
          pushShare({ services: r.recipient.services, kinds: [], names: r.recipient.names }, r, cats);
          // ("vendors that host data, send email, or provide analytics or AI features, including Google Analytics and
          // Resend": the vendors are examples; any vendor of the kinds described is a recipient too.)
          const examples = /\b(?:including|such as|e\.g\.|for example|for instance|like)\s+(?:but not limited to\s+)?([^.;]*)$/i.exec(r.text);
          const kinds = examples && readClause(examples[1], ctx).recipient.services.length ? describedKinds(r.text.slice(0, examples.index)) : [];
          if (kinds.length) pushShare({ services: [], kinds, names: [] }, r, [], false);
          continue;
        }
        // ("These partners include our hosting provider (AWS), email and notifications (Google) …": the vendors named in
        // parentheses after the kinds of service, or else those kinds.)
        if (generic && /\b(?:include|includes|including)\b/i.test(r.text)) {
          const named = [...new Set([...r.text.matchAll(/\(([^()]{2,40})\)/g)].flatMap((m) => readClause(m[1], ctx).recipient.services))];
          const kinds = r.recipient.kinds.filter((k) => !GENERIC_KINDS.has(k));
          if (named.length || kinds.length) {
            pushShare({ services: named, kinds: named.length ? [] : kinds, names: [] }, r, cats);
            continue;
          }
        }
        // "PostHog collects your IP address": a disclosure to PostHog, not the product's own collection.
        // ("Donations are processed by our partners including DonorBox, Stripe and PayPal": every vendor of the agent's list.)
        // ("Amazon Web Services runs photo verification (Amazon Rekognition)": the vendor's service named in parentheses gets it too.)
        const theirs = r.passive ? r.recipient.services : r.recipient.services.filter((id) => namedOnlyInParentheses(r.text, id));
        const agents = theirs.length ? { ...r.actorParties, services: [...new Set([...r.actorParties.services, ...theirs])] } : r.actorParties;
        if (agents.services.length || agents.kinds.length || agents.names.length) pushShare(agents, r, cats);
        // (And the providers "these providers" points back at, by name.)
        const named = providersNamed.get(r);
        if (named) pushShare(named, r, cats);
        continue;
      }
      const gatherer = gatheredBy(r, readings);
      if (gatherer) {
        pushShare({ services: gatherer.recipient.services, kinds: [], names: [] }, r, positiveObjects(r));
        continue;
      }
      // What users configure or provide is collection; where they send it is their choice, not the product's sharing.
      if (r.actor === 'user') continue;
      // "Anonymous aggregated information may be shared", "may be disclosed": with no one named, with third parties.
      const p = !r.recipient.services.length && !r.recipient.kinds.length && !r.recipient.names.length && r.passive && /^(share|sell)$/.test(r.action ?? '') && /\b(shared|disclosed|sold)\b/i.test(r.text) && !/\b(with|to) (us|you|each other|other users)\b/i.test(r.text) && !/\b(?:outside|jurisdiction|countr(?:y|ies)|computers|servers|abroad|transferred)\b/i.test(r.text)
        ? { services: [], kinds: ['third_party' as const], names: [] } : r.recipient;
      if (!p.services.length && !p.kinds.length && !p.names.length) continue;
      if (r.action === 'receive' || (r.source.services.length && !p.services.length)) continue;
      // "We use the Gmail API to read your messages": an API the product reads from is a source.
      if (/\b(access|accesses|read|reads|retrieve|retrieves|fetch|fetches|import|imports|sync|syncs|request access)\b/i.test(r.text) && /\b[A-Z][\w ]{1,30} API\b/.test(r.text) && !/\b(send|sends|share|shares|disclose|transmit)\b/i.test(r.text)) continue;
      // "We only use access to your Google email account (Gmail, Google Workspace) to: read emails …": the user's own
      // account at a vendor is where the product reads from, not a recipient.
      if (/\b(?:access(?:es)? to|read(?:s|ing)?|connect(?:s|ed|ing)? to|sign(?:s|ed)? in to)\s+(?:your|the user['’]s|their)\s+[A-Z][\w-]*(?:\s+[\w-]+){0,2}\s+accounts?\b/.test(r.text) && !/\b(share|shares|disclose|discloses|transmit|sell)\b/i.test(r.text)) continue;
      const shareVerb = r.action === 'share' || r.action === 'sell' || r.action === 'provide' || r.action === 'use' || r.action === 'store' || r.action === 'collect' || r.action === 'delete';
      const named = p.services.length > 0 || p.names.length > 0;
      if (r.action === null) {
        // A vendor named without a verb is a recipient in a list of recipients, not in any sentence ("X is a platform").
        if (section === 'share' || frame === 'share') pushShare(p, r, cats);
        // ("Debug and improve app stability (Instabug, Sentry)", "Account data (email via Supabase Auth)": catalogued
        // vendors named in an aside to a purpose or a kind of data are the ones it goes to — not a list of all they get:
        // "Push token (Expo token or FCM token)" does not limit what FCM receives to push tokens.)
        // (Not under "Information from Third Parties": "Google account information (if you sign in with Google)" names
        // where the data comes from.)
        else if (frame !== 'not-collect' && frame !== 'vendor-held' && !clause.headingPath.some(sourceHeading) && p.services.length && !p.names.length && p.services.every((id) => namedOnlyInParentheses(r.text, id)) && !NEGATION_BEFORE.test(r.text)) pushShare({ services: p.services, kinds: [], names: [] }, r, []);
      } else if (shareVerb && (named || r.action === 'share' || r.action === 'sell' || r.action === 'provide' || (r.action === 'use' && p.kinds.length > 0) || section === 'share')) {
        if (r.action === 'sell' && !named && p.kinds.every((k) => GENERIC_KINDS.has(k))) continue;
        pushShare(named ? { ...p, kinds: p.kinds.filter((k) => !GENERIC_KINDS.has(k)) } : p, r, cats);
      }
    }
  }
  // "Visit summaries are drafted with OpenAI's API. We send the caregiver's notes — never the client's name": in a
  // paragraph about one vendor, what we send to no one named goes to that vendor.
  const sendsToNoOne = (r: Reading) => !r.negated && r.actor === 'we' && r.action === 'share' && !r.passive && !r.recipient.services.length && !r.recipient.kinds.length && !r.recipient.names.length;
  // ("Datadog monitors our servers. It sees technical data such as load times and a random account ID": a later sentence
  // whose subject stands for the vendor or for what it gets says what it gets.)
  // (What the sentence's object names: "recordings" as the subject are the vendor's, not audio of the user.)
  const whatItGets = (r: Reading) => r.text.split(/[,;]\s+(?:and|but)\s+|;\s*/).flatMap((part) => {
    const m = VENDOR_PRONOUN_GETS.exec(part);
    return m ? positiveObjects(readClause(`we share ${part.slice(m.index + m[0].length)}`, ctx)).filter((c) => c !== 'user') : [];
  });
  const saysWhatItGets = (r: Reading, i: number) => i > 0 && !r.negated && !r.recipient.services.length && !r.recipient.names.length && !r.actorParties.services.length && whatItGets(r).length > 0;
  if (!clause.cells && !disclosureText && section !== 'rights' && (readings.some(sendsToNoOne) || readings.some(saysWhatItGets))) {
    const vendors = [...new Set(matchRecipients(splitWords(clause.text), clause.text).flatMap((m) => (m.service && !ctx.selfNames.has(m.service.name.toLowerCase()) ? [m.service.id] : [])))];
    // ("We receive and log webhook events from GitHub Marketplace. These events contain your GitHub account ID": the
    // vendor the data comes from is not where it goes.)
    if (vendors.length === 1 && !readings.some((r) => r.source.services.includes(vendors[0]))) {
      for (const r of readings.filter(saysWhatItGets)) pushShare({ services: vendors, kinds: [], names: [] }, r, whatItGets(r));
      for (const r of readings.filter(sendsToNoOne)) {
        const cats = positiveObjects(r);
        if (cats.some((c) => c !== 'user') || negativeObjects(r).length) pushShare({ services: vendors, kinds: [], names: [] }, r, cats);
      }
    }
  }
  // ("… sent to a local AI model on your own machine via Ollama (http://localhost)", "Local Network Bridge | Viewport
  // screenshots …": what runs on the user's own machine or network is no third party.)
  for (const sh of [...shares]) if (shareTexts.get(sh)?.every((t) => LOCAL_RECIPIENT.test(t))) shares.splice(shares.indexOf(sh), 1);
  // "Error reports contain only an internal user ID, never your name or email", "we do not attach your name":
  // what the clause says its recipients do not receive.
  limitBySentence(shares, readings, sentenceOf, rowExcluded, shareTexts);
  // "This data is anonymized and aggregated": a qualifier stated in another sentence of the clause.
  // ("Gusto may use aggregated, de-identified payroll data under its own privacy policy": what a vendor does on its own
  // account, not what it receives.)
  const clauseConditions = readings.filter((r) => !r.negated && !(r.actor !== 'we' && VENDORS_OWN.test(r.text))).flatMap((r) => r.dataConditions);
  // ("AppsFlyer: attributes installs. We do not share identifiable data with third parties": what it gets is not identifiable.)
  if (readings.some((r) => r.negated && r.action === 'share' && r.conditions.includes('identifiable form'))) clauseConditions.push('anonymized');
  for (const sh of shares) for (const c of clauseConditions) if (!sh.conditions.includes(c) && c !== 'hashed') sh.conditions.push(c);
  // A named vendor makes a kind-only statement of the same clause about it redundant ("Sentry: error reports …").
  // (Not vendors given as examples: "your AI provider (e.g., OpenAI)" declares the kind.)
  const namedKinds = new Set(shares.filter((sh) => sh.services.length && !sh.examples).flatMap((sh) => sh.services.map((id) => serviceById(id)?.kind)));
  // ("OpenAI or other AI providers", "OpenAI, Anthropic, xAI, and others": the vendors named are examples of their
  // kind; any vendor of it is a recipient.)
  const othersToo = OTHERS_OF_KIND.test(clause.text);
  if (othersToo) {
    const kindsNamed = [...new Set(shares.filter((sh) => sh.services.length).flatMap((sh) => sh.services.map((id) => serviceById(id)?.kind)).filter((k): k is NonNullable<typeof k> => !!k && !GENERIC_KINDS.has(k)))];
    if (kindsNamed.length === 1 && !shares.some((sh) => !sh.services.length && sh.kinds.includes(kindsNamed[0] as never))) {
      const named = shares.find((sh) => sh.services.length)!;
      shares.push({ type: 'share', clause: clause.id, kinds: [kindsNamed[0] as RecipientRef], services: [], categories: [...named.categories], conditions: [...named.conditions], examples: true, text: clause.text });
    }
    // ("… Stripe; communications providers such as Twilio; OpenAI or other AI providers for AI-assisted features": in a
    // list of vendors of many kinds, the one named right before "or other …" is the example of its kind.)
    if (kindsNamed.length > 1) {
      for (const m of clause.text.matchAll(/([A-Z][\w.&/-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:or|and)\s+other\s+((?:[\w-]+\s+){0,2}(?:providers?|services?|vendors?|platforms?|tools?|processors?|models?|companies))\b/g)) {
        const kind = matchRecipients(splitWords(m[1]), m[1]).map((x) => x.service?.kind).find((k) => k && !GENERIC_KINDS.has(k));
        const said = matchRecipients(splitWords(m[2]), m[2]).some((x) => x.kind === kind && !x.service);
        if (!kind || !said || shares.some((sh) => !sh.services.length && sh.kinds.includes(kind as never))) continue;
        const named = shares.find((sh) => sh.services.some((id) => serviceById(id)?.kind === kind));
        shares.push({ type: 'share', clause: clause.id, kinds: [kind as RecipientRef], services: [], categories: [...(named?.categories ?? [])], conditions: [...(named?.conditions ?? [])], examples: true, text: clause.text });
      }
    }
    for (const sh of shares) if (!sh.services.length && sh.kinds.some((k) => namedKinds.has(k as never))) sh.examples = true;
  }
  for (let i = shares.length - 1; i >= 0; i--) {
    const sh = shares[i];
    if (!sh.services.length && !(sh.names?.length) && sh.kinds.length && !sh.examples && sh.kinds.every((k) => namedKinds.has(k as never))) {
      const named = shares.find((x) => x.services.length);
      for (const c of sh.categories) if (named && !named.categories.includes(c)) named.categories.push(c);
      shares.splice(i, 1);
    }
  }
  // ("Usage Data | Feature clicks, error logs … | Services automatically (PostHog)": the source column of a table of kinds
  // of data names the vendor that gathers them for the product; it gets that data.)
  if (categoryRow && clause.header && collected.length) {
    const si = clause.header.findIndex((h, i) => i > 0 && /^\s*(?:sources?|collected (?:from|by|via)|how (?:it is |we )?(?:collect(?:ed)?|obtain(?:ed)?)|origin)\s*$/i.test(h));
    const cell = si > 0 ? clause.cells?.[si] : undefined;
    const cr = cell ? readClause(cell, ctx) : undefined;
    const services = cr ? [...new Set([...cr.recipient.services, ...cr.actorParties.services, ...cr.source.services])] : [];
    if (services.length) pushShare({ services, kinds: [], names: [] }, undefined, collected);
  }
  // A specific kind makes a generic one redundant ("third-party payment processors").
  for (const sh of shares) if (sh.kinds.some((k) => !GENERIC_KINDS.has(k))) sh.kinds = sh.kinds.filter((k) => !GENERIC_KINDS.has(k));
  // "The following is a list of personal data subprocessors we use: – AppSignal. Application monitoring.": an item of a
  // sub-processor list that starts with a name the catalog does not know names a recipient.
  if (!shares.length && !clause.cells && clause.leadIn && /:\s*$/.test(clause.leadIn) && (section === 'share' || /\b(?:sub-?processors?|(?:service )?providers?|vendors?|third[- ]part(?:y|ies)|partners?|processors?)\b/i.test(clause.leadIn))) {
    // … or a company by its legal name ("FrontApp, Inc. for customer support", "Rackspace US, Inc. for hosting").
    const m = /^([A-Z][\w&-]*(?:\.[a-z]{2,4})?(?:\s+[A-Z][\w.&-]*){0,3})(?:\.|:|\s+[—–-])\s/.exec(clause.text)
      ?? /^([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}),?\s+(?:Inc|LLC|Ltd|GmbH|Corp|Corporation|Limited|B\.V|SAS|AB|Oy|AG|Pty|PBC|plc)\.?(?=\s+(?:for|to|[—–-])\s)/.exec(clause.text)
      // … or by its name and what it is for ("Playwire for advertising on the public site").
      ?? /^([A-Z][\w&-]*(?:\.[a-z]{2,4})?(?:\s+[A-Z][\w.&-]*){0,2})(?=\s+for\s+(?!(?:you|your|us|our|the|a|an|this|these|example|instance|more)\b)[a-z])/.exec(clause.text);
    const name = m?.[1].trim();
    // Not a kind of data ("Account Data: kept …", "Usage Logs: 90 days").
    const dataLabel = name !== undefined && (matchPhrases(splitWords(name)).length > 0 || /\b(?:data|information|logs?|records?|details|history|content|files?|settings|preferences)\b/i.test(name));
    if (name && !dataLabel && !ctx.selfNames.has(name.toLowerCase()) && !/^(The|This|These|We|Our|Your|All|Any|Each|For|In|If|When)\b/.test(name) && capitalisedLabel(name, ctx).length) {
      const known = readClause(name, ctx);
      const services = [...known.recipient.services, ...known.actorParties.services];
      // What the item's own sentences say the vendor receives ("We send the property address only").
      const rest = clause.text.slice(m![0].length);
      const got = splitSentences(rest).flatMap((t) => positiveObjects(readClause(t, ctx)));
      pushShare(services.length ? { services, kinds: [], names: [] } : { services: [], kinds: [], names: [name.toLowerCase()] }, readings[0], got);
    }
  }
  // "We use a number of third-party tools to collect this information …: - Google Analytics - Hotjar": an item that
  // is only a catalogued vendor's name, under a lead-in about third-party tools, is one of them.
  if (!shares.length && !clause.cells && clause.leadIn && /\b(?:third[- ]part(?:y|ies)|3rd[- ]part(?:y|ies))\b[^.;]{0,40}\b(?:tools?|services?|providers?|vendors?)\b/i.test(clause.leadIn) && !readClause(introducer(clause.leadIn), ctx).negated && /^[A-Z][\w.&-]*(?:\s+[A-Za-z][\w.&-]*){0,3}\.?$/.test(clause.text.trim())) {
    const bare = readClause(clause.text.trim().replace(/\.$/, ''), ctx).recipient.services;
    if (bare.length) pushShare({ services: bare, kinds: [], names: [] }, readings[0], []);
  }
  // What a recipient receives is a closed list in a table row or with "only", "solely", "nothing else".
  // In a clause that names several vendors, each by the sentences about it ("Postmark — invoices by email; Intercom
  // receives only your name …" closes Intercom's list, not Postmark's).
  const CLOSED = /\b(only|solely|exclusively|nothing else|no other|limited to|receives?|received|gets?|has access to|is given|are given)\b/i;
  const STRICTLY_CLOSED = /\b(only|solely|exclusively|nothing else|no other|limited to)\b/i;
  const OPEN_LIST = /\b(?:may (?:also )?include|such as|including|for example|e\.g\.|among others)\b/i;
  const several = new Set(shares.filter((s) => s.services.length || s.names?.length).map((s) => JSON.stringify([s.services, s.names ?? []]))).size > 1;
  // ("… who receive data about you from us. This may include health data": "receive" with an open list closes nothing.)
  const closes = (t: string) => CLOSED.test(t) && (STRICTLY_CLOSED.test(t) || !OPEN_LIST.test(t));
  // ("Mapbox: pick-up points and work sites, to work out routes", an item of a list of who receives what: the item is
  // that vendor's row, as a table's would be. Not a vendor that sends messages for us, "Brevo: booking confirmations":
  // what the message holds is said by the code that writes it.)
  const labelServices = labelReading && !clause.cells && section === 'share' && !OPEN_LIST.test(clause.text) ? labelReading.recipient.services.filter((id) => !/^(?:email_delivery|messaging)$/.test(serviceById(id)?.kind ?? '')) : [];
  // ("Category of Personal Data | Purposes | Categories of Third Parties" with a row "Payment Data | … | Service
  // Providers (Stripe, Inc)": a chart whose rows are categories of data says who gets each category, not all a
  // recipient gets — the same providers get the other rows' data too.)
  const categoryChart = !!clause.cells && /^\s*(?:(?:the\s+)?categor(?:y|ies)\s+of\s+(?:personal\s+)?(?:data|information)|(?:personal\s+)?(?:data|information)\s+(?:category|categories|type|types))\s*$/i.test(clause.header?.[0] ?? '');
  for (const sh of shares) {
    const row = !!clause.cells && !cookieTableRow && !categoryChart;
    const labelled = labelServices.length > 0 && sh.services.length > 0 && sh.services.every((id) => labelServices.includes(id));
    const texts = several ? (shareTexts.get(sh) ?? []) : [clause.text];
    // ("Stripe: For payment processing and fraud prevention. Stripe may use cookies for security purposes.": the cookies
    // the vendor sets on its own pages are not what the product gives it; the item names the vendor, no list of data.)
    if (!row && sh.services.length && sh.categories.length && sh.categories.every((c) => c === 'user.device.cookie_id') && VENDOR_OWN_COOKIES.test(clause.text) && !texts.some(closes)) sh.categories = [];
    if (!(row || labelled || texts.some(closes)) || !sh.categories.length || allData.has(JSON.stringify(sh.services))) continue;
    sh.closed = true;
    // (Strict by the sentences that give this vendor its data: "We only see the card brand" limits what we see.)
    if (row || (shareTexts.get(sh) ?? []).some((t) => STRICTLY_CLOSED.test(t))) sh.strict = true;
  }
  // "We may share your personal data with the parties set out below: - Our service providers … analytics": they
  // receive personal data as a whole, not only how people use the product.
  const leadShares = clause.leadIn ? readClause(introducer(clause.leadIn), ctx) : undefined;
  const wholeByLead = !!leadShares && !leadShares.negated && (leadShares.action === 'share' || leadShares.action === 'sell') && PERSONAL_WHOLE.test(introducer(clause.leadIn!));
  for (const sh of shares) {
    if (sh.categories.length || sh.excludes?.length || sh.conditions.length) continue;
    if (wholeByLead || (shareTexts.get(sh) ?? []).some((t) => PERSONAL_WHOLE.test(t) && !/\b(?:not|never|no)\b|n['’]t\b/i.test(t) && DISCLOSING_ACTIONS.has(readClause(t, ctx).action ?? ''))) sh.personal = true;
  }
  // Vendors the catalog does not know are recipients by name: listed with the catalog's ids ("hetzner").
  for (const sh of shares) for (const n of sh.names ?? []) if (!sh.services.includes(n)) sh.services.push(n);
  out.push(...shares);
  // "Data | Sent To | Not Sent To" tables: the row's data goes to the recipients of one column and not to those of the other.
  if (clause.cells && clause.header) out.push(...sentToRow(clause, ctx, shares));
  // "Data Type | Collected | Purpose" with "Device identifiers | No": the row's data is ruled out.
  const no = answeredNo(clause);
  if (no && clause.cells?.[0]) {
    const r = readClause(clause.cells[0], ctx);
    // (The narrowest reading: "Device identifiers" rules out identifiers, not every device detail.)
    const named = [...r.objects, ...r.subjectObjects].filter((c, i, a) => c !== 'user' && a.indexOf(c) === i);
    const data = named.filter((c) => !named.some((d) => d !== c && covers(c, d)));
    if (data.length) out.push({ type: 'prohibit', clause: clause.id, action: no.action, categories: data, kinds: [], services: [], purposes: [], conditions: [], text: `${clause.cells[0]}: ${clause.header![no.at]} — ${clause.cells[no.at]}`, confidence: 0.8 });
  }

  // ── bans ─────────────────────────────────────────────────────
  const clauseServices = [...new Set(shares.flatMap((s) => s.services))];
  // "With the exception of errors and outbound emails:" over a list of what is not stored: the exceptions, not a ban.
  const exceptionLeadIn = (t: string | undefined) => !!t && /^\W*(?:with the exception of|except(?: for| when| where)?|excluding|other than|apart from|aside from)\b/i.test(t);
  const notCollectLabel = frame === 'not-collect' && label && !clause.cells ? [...new Set(readClause(label, ctx).objects)].filter((c) => c !== 'user') : [];
  if (frame === 'not-collect' && !exceptionLeadIn(clause.text)) {
    // Items the heading or lead-in rules out: nominal ones ("your IP address"); full sentences speak for themselves.
    // The item's head is what is ruled out; sentences after it explain.
    // ("Storage: You retain full control over storing your files": a sentence of what the user does is no item ruled out.)
    // ("If you're a child under the age of 13, you may not have an account": who may use the product, no data ruled out.)
    const head = readings.slice(0, 1).filter((r) => !/\b(?:child(?:ren)?|minors?|kids?)\b|\bunder (?:the age of )?1[3-8]\b/i.test(r.text)).filter((r) => r.action === null || (r.actor === 'user' && !(r.action !== null && !r.negated && /^\W*(?:\*\*[^*]+\*\*\s*:?\s*)?(?:[A-Z][\w ]{0,30}:\s*)?you\b/i.test(r.text))) || r.actor === 'none');
    // ("❌ IP addresses - Your location stays private": a data label says what is ruled out; the words after it explain.)
    // ("**Location**: Your precise location": an item that narrows its label is what it says.)
    const headCats = head.flatMap((r) => [...r.objects, ...r.subjectObjects]).filter((c, i, a) => c !== 'user' && a.indexOf(c) === i);
    const byLabel = notCollectLabel.length > 0 && (/^\W*only\b/i.test(body) || !(headCats.length && headCats.every((c) => notCollectLabel.some((l) => covers(l, c)))));
    let cats = byLabel ? [...notCollectLabel] : headCats;
    // "Personally identifiable information (except IP address)": the ban is on the rest, not on what is excepted.
    const excepted = /\(?\b(?:except|excluding|other than|apart from)(?: for)?\s+([^)]{2,80})\)?/i.exec(clause.text);
    const left = excepted ? readClause(excepted[1], ctx).objects.filter((c) => c !== 'user') : [];
    let except: string[] | undefined;
    if (left.length) {
      cats = cats.filter((c) => !left.includes(c));
      if (!cats.length && /\b(?:personal(?:ly identifiable| identifying)? (?:data|information)|PII)\b/i.test(clause.text.slice(0, excepted!.index))) {
        cats = ['user'];
        except = left;
      }
    }
    // (Nor what the explanation after a label is for: "No device tracking" after "Unique device identifiers".)
    const purposes = byLabel ? (clause.leadIn ? [...readClause(introducer(clause.leadIn), ctx).purposes] : []) : [...new Set(readings.flatMap((r) => r.purposes))];
    const scope = [...clause.headingPath, clause.leadIn ?? ''].map(scopeOf).filter(Boolean).pop();
    // "Your browsing history outside of pages you capture", "Location unless you turn sharing on": an item whose scope
    // has a verb of its own is still a nominal item, ruled out only within that scope (a condition, never a blanket ban).
    let conditions: string[] = [];
    const first = readings[0];
    if (!cats.length && first && first.actor !== 'we' && !first.negated && first.conditions.length && /^[^,;:]{3,80}?\s(?:outside|unless|except|other than|beyond)\b/i.test(first.text)) {
      const item = first.text.trim();
      const as = readClause(`We do not collect ${lowerFirst(item)}`, ctx);
      if (as.negated && as.action === 'collect' && as.conditions.length) {
        cats = as.objects.filter((c, i, a) => c !== 'user' && a.indexOf(c) === i);
        conditions = as.conditions;
      }
    }
    // ("We do not intentionally collect via telemetry: - Your documents": the lead-in's limits hold for every item.
    // Not "When you use Acme to track visitors, the following is true:", which says what the list is about.)
    if (clause.leadIn) for (const c of readClause(introducer(clause.leadIn), ctx).conditions) if (BLOCKING_CONDITIONS.has(c) && c !== 'when' && c !== 'timing' && !conditions.includes(c)) conditions = [...conditions, c];
    // ("IP addresses (unless explicitly configured in your logging setup)": an item with its own exception is ruled out
    // only outside it; what the exception names is not ruled out.)
    const unless = /\(\s*unless\b[^)]*\)/i.exec(clause.text);
    if (unless) {
      if (!conditions.includes('unless')) conditions = [...conditions, 'unless'];
      const outside = readClause(clause.text.replace(unless[0], ' '), ctx).objects;
      if (outside.length && cats.some((c) => outside.includes(c))) cats = cats.filter((c) => outside.includes(c));
    }
    // ("IP addresses tied to individuals": ruled out only in a form that says who it is.)
    if (TIED_TO_PERSON.test(clause.text) && !conditions.includes('identifiable form')) conditions = [...conditions, 'identifiable form'];
    // ("### Base telemetry — Not collected: email, usernames": what one channel leaves out, not a ban on the product.)
    // ("### 5.2 Analytics › #### Mobile app: opt-in only — What we NEVER collect in-app: - Journal entries": a list of what
    // is not collected under a section about analytics is what the analytics leaves out.)
    const channel = clause.leadIn && NOT_DONE_BODY.test(introducer(clause.leadIn)) ? channelOf(clause.headingPath) : undefined;
    if (channel && !conditions.includes(channel)) conditions = [...conditions, channel];
    // ("### 5.2 Analytics › #### Mobile app: opt-in only — What we NEVER collect in-app: - Journal entries": a list of what
    // is not collected under a section about a kind of vendor is what that vendor never gets.)
    // (Not a product's own telemetry: "We do not intentionally collect via telemetry:" keeps its limits.)
    const vendorKind = !channel && clause.leadIn && !conditions.some((c) => c.startsWith('in ')) ? channelKind(clause.headingPath) : undefined;
    // ("❌ User IDs - Only hashed anonymous IDs": what the words after the label say is kept is the exception.)
    if (byLabel && /^\W*only\b/i.test(body)) {
      const kept = readClause(`we collect ${body.replace(/^\W*only\s+/i, '')}`, ctx).objects.filter((c) => c !== 'user');
      if (kept.length) {
        except = [...new Set([...(except ?? []), ...kept])];
        if (!conditions.includes('except')) conditions = [...conditions, 'except'];
      }
    }
    if (cats.length) out.push({ type: 'prohibit', clause: clause.id, action: vendorKind ? 'share' : 'collect', categories: cats, ...(except ? { except } : {}), kinds: vendorKind ? [vendorKind] : [], services: [], purposes, conditions, ...(scope ? { scope: [scope] } : {}), text: clause.text, confidence: 0.8 });
  }
  /** The data a sentence names (pronouns read as the data before them). */
  const namedIn = (k: number) => readings.flatMap((x, j) => (sentenceOf[j] === k ? [...x.objects, ...x.subjectObjects] : [])).filter((c) => c !== 'user');
  /** Whether a sentence that says data stays on the device names none (`the data never leaves your machine`) or only the
   * ban's ("… to your prompts. We cannot read them … — the data never leaves your machine"), not other data. */
  const keptLocally = (k: number, cats: string[]) => namedIn(k).every((c) => cats.some((pc) => covers(pc, c) || covers(c, pc)));
  for (const [i, r0] of readings.entries()) {
    // "Logs contain record IDs only; they never contain client names": "they" are the logs.
    // ("Our servers write short-lived operational logs. They stay on our own infrastructure … and never include attendee
    // names": the logs the sentence before makes are "they".)
    // (Back over the sentence's own first half — "They stay on our own infrastructure, are kept for 7 days," — to where
    // the logs are named.)
    let before: RegExpExecArray | null = null;
    for (let k = i - 1; k >= Math.max(0, i - 3) && !before; k--) {
      const t = readings[k].text;
      before = REPORTS.exec(t) ?? REPORTS.exec(t.replace(/^.*?\b(?:writes?|keeps?|produces?|generates?|records?|creates?|sends?)\s+/i, ''));
      if (!/^\s*(?:they|it|these|those)\b/i.test(t)) break;
    }
    const r = before && /^\s*(?:they|it|these|those)\s+(?:[^.;]{0,80}?\b(?:and\s+)?)?(?:(?:do|does|will|would)\s+not\s+|never\s+|don['’]t\s+|doesn['’]t\s+)?(?:contain|contains|include|includes)\b/i.test(r0.text) ? { ...r0, actor: 'data' as const, text: r0.text.replace(/^\s*(?:they|it|these|those)\b/i, before[0].trim()) } : r0;
    // ("Google Cloud's Terms of Service, section 5, states that … data will not be used in conjunction with Google's other
    // products": what a vendor's document says of the vendor, not a rule the product keeps.)
    if (sentenceOf[i] !== undefined && REPORTED_SPEECH.test(sentences[sentenceOf[i]] ?? '')) continue;
    // ("We do not share your data with:" before its list: the ban is on the recipients the items name, each read with it.)
    if (i === readings.length - 1 && /\b(?:with|to|for|by)\s*[:：]\s*$/i.test(r.text) && !r.recipient.services.length && !r.recipient.kinds.length && !r.recipient.names.length && !r.purposes.length) continue;
    // ("Your Google password is never shared with SaveMate": what is never passed to the product by its name, the product
    // never collects.)
    // (The name must be the whole recipient: not "SaveMate partners", "SaveMate's team".)
    const toSelf = r.negated && r.action === 'share' ? /\b(?:shared|sent|given|disclosed|transmitted|provided|passed)\s+(?:on\s+)?(?:with|to)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?=\s*(?:[.,;:!)]|$)|\s+(?:or|and|nor|at|by|when|unless|directly|either|ever)\b)/.exec(r.text) : null;
    const own = toSelf && ctx.selfNames.has(toSelf[1].toLowerCase()) ? { ...r, action: 'collect' as const, recipient: { services: [], kinds: [], names: [] } } : r;
    const p = prohibitionOf(own, clause.id, clauseServices, [...clause.headingPath, clause.leadIn ?? ''].map(scopeOf).filter(Boolean).pop(), aboutAll.has(r), sentenceOf[i] !== undefined ? sentences[sentenceOf[i]] : undefined);
    // ("### Notifying that Telemetry is Disabled — … The timer still runs in the background but no data is sent": what
    // holds once the person turned it off, not a ban on the product.)
    if (p && !p.conditions.includes('opt-in') && [clause.headingPath[clause.headingPath.length - 1] ?? '', ...readings.slice(0, i + 1).map((x) => x.text)].some((t) => TURNED_OFF.test(t))) p.conditions.push('opt-in');
    // ("… are sent to Grok to generate responses. No other personal data is shared.": what the vendor gets is closed to
    // what the sentence before names — a limit on that share, which the share carries, not a ban of its own.)
    if (p && p.action === 'share' && !p.purposes.length && /^\s*no other (?:personal )?(?:data|information|details)\b/i.test(r.text) && !r.recipient.services.length && !r.recipient.kinds.length && !r.recipient.names.length && shares.some((x) => x.services.length || x.names?.length)) continue;
    // ("We do not transfer your personal information to third parties. The only external services we use are: …", "…
    // The only exceptions are …": a ban whose exceptions the next sentence lists. A sale stays ruled out.)
    // (Only a ban on everyone: "We never share your data with advertisers. The only services we use are Stripe …" leaves
    // the advertisers out still.)
    if (p && p.action === 'share' && !p.purposes.includes('sale') && !p.services.length && p.kinds.every((k) => GENERIC_KINDS.has(k)) && sentenceOf[i] !== undefined && EXCEPTIONS_NEXT.test(sentences[sentenceOf[i] + 1] ?? '') && !p.conditions.includes('except')) p.conditions.push('except');
    // ("❌ Unique device identifiers - No device tracking": under a heading of what is never collected, the words after
    // the label explain it; said of no data of their own, they rule out nothing more.)
    if (p && notCollectLabel.length && p.categories.every((c) => c === 'user' || c === 'user.behavior')) continue;
    // ("Conversation History: Saved prompts … reside in the local directory. No data is uploaded to iCloud unless you opt
    // in": data said generically under a label that names it is the label's.)
    if (p && p.categories.length === 1 && p.categories[0] === 'user' && labelReading && /^\s*(?:no (?:data|information)|nothing|none of (?:it|this|them))\b/i.test(r.text)) {
      const named = [...new Set(labelReading.objects)].filter((c) => c !== 'user');
      if (named.length) p.categories = named;
    }
    // ("Telemetry is off by default — nothing is sent unless you answer yes": the "nothing" is the data the same
    // sentence opened with.)
    if (p && p.categories.length === 1 && p.categories[0] === 'user' && i > 0 && sentenceOf[i] !== undefined && sentenceOf[i - 1] === sentenceOf[i] && /^\s*(?:nothing|no (?:data|information))\b/i.test(r.text)) {
      const named = [...new Set([...readings[i - 1].subjectObjects, ...readings[i - 1].objects])].filter((c) => c !== 'user');
      if (named.length) p.categories = named;
    }
    // ("We use Plausible as an analytics service, but we don't use it to track you": what is ruled out is done with that
    // vendor.)
    if (p && p.action === 'use' && !p.services.length && !p.kinds.length && /\b(?:use|uses)\s+(?:it|them)\s+(?:to|for)\b/i.test(r.text)) {
      const said = sentences[sentenceOf[i] ?? -1] ?? '';
      const at = said.search(/\b(?:use|uses)\s+(?:it|them)\s+(?:to|for)\b/i);
      const vendors = clauseServices.filter((id) => [id, serviceById(id)?.name ?? id].some((n) => { const k = said.toLowerCase().indexOf(n.toLowerCase()); return k >= 0 && k < at; }));
      if (vendors.length) p.services = vendors;
    }
    // ("Level 2: IP addresses are never accessed or collected": one of the settings a customer chooses between, not the rule.)
    if (p && SETTING_LABEL.test(clause.text) && !p.conditions.includes('when')) p.conditions.push('when');
    // "We do not use cookies, fingerprinting, or any cross-device tracking methods": the tracking the list ends with is a
    // ban of its own, beside the one on the techniques.
    if (p && r.negated && r.action === 'use' && !p.purposes.includes('tracking') && r.objects.some((c) => TECHNIQUES.has(c)) && TRACKING_LISTED.test(r.text)) {
      out.push({ type: 'prohibit', clause: clause.id, action: 'use', categories: ['user.behavior'], kinds: [], services: [], purposes: ['tracking'], conditions: [...p.conditions], text: p.text, confidence: p.confidence });
    }
    // "We send the episode title and transcript; no account information is included": what a recipient's data leaves
    // out (the share's "never"), not a ban on collecting it.
    if (p && p.action === 'collect' && shares.length && /^(?:include|contain|attach|add)/i.test(r.verb ?? '')) continue;
    // "Right to object: if you object, we will no longer process your data unless …": what follows from exercising a
    // right, not a rule about the product's data.
    if (p && section === 'rights' && p.conditions.some((c) => c !== 'as described')) continue;
    // "Nothing is uploaded automatically", "nothing is sent anywhere to produce it": what one feature or default does
    // not send, said of all data — no rule about the data as such, and no ban to keep with conditions.
    // (Not "Acme does not collect any data automatically": the product's own collection, kept as a ban with its
    // condition — which stops it from being applied to code.)
    if (p && p.categories.length === 1 && p.categories[0] === 'user' && !p.services.length && !p.kinds.length && p.conditions.some((c) => c === 'automatically' || c === 'for that feature') && !(r.actor === 'we' && !r.passive && p.action === 'collect' && /^collect/i.test(r.verb ?? ''))) continue;
    // "We will not share any other kinds of information with Audio.com, apart from the UUID itself": what that vendor
    // receives is the aside, and nothing else — a closed list, not a ban on the rest of personal data.
    if (p && p.action === 'share' && p.services.length && !bannedKinds(p).length && !p.purposes.length && p.except?.length && p.categories.length === 1 && p.categories[0] === 'user') {
      out.push({ type: 'share', clause: clause.id, kinds: [], services: [...p.services], categories: [...p.except], closed: true, conditions: [], text: p.text, confidence: p.confidence });
      continue;
    }
    // "… is not shared with any third party. Mozilla is not considered a third party": the ban has its exception.
    if (p && p.action === 'share' && (NOT_A_THIRD_PARTY.test(clause.text) || EXCEPTED_RECIPIENTS.test(clause.text)) && !p.conditions.includes('except')) p.conditions.push('except');
    // "We do not directly share, sell, or transfer your data to third parties. However: …", "… However, we may …": what
    // follows says when it is. (Not "However, your browser connects to Mapbox directly".)
    // (A ban read from a list's last verb — "… or otherwise transfer your data to third parties" — is found by its sentence.)
    const said = clause.text.includes(r0.text.slice(0, 40)) ? r0.text.slice(0, 40) : (sentences[sentenceOf[i]] ?? '').slice(0, 40);
    // ("We do not sell your personal information. However, we may share information in the following ways": sharing is
    // no exception to a ban on selling.)
    const from = said ? clause.text.indexOf(said) : -1;
    const however = from >= 0 ? HOWEVER_AFTER.exec(clause.text.slice(from)) : null;
    // (Not when the sentence bans more than selling: "We do not sell, trade, or otherwise transfer … However, we may disclose …".)
    const saleOnly = p && p.purposes.length > 0 && p.purposes.every((x) => x === 'sale') && however && !/\b(?:sell|sells|sold|sale|rent|rents|trade|trades)\b/i.test(clause.text.slice(from + however.index)) && !/\b(?:share|shares|transfer|transfers|disclose|discloses|trade|trades|rent|rents|give|gives|provide|provides)\b/i.test(clause.text.slice(from, from + however.index));
    if (p && !p.conditions.includes('except') && however && !saleOnly) p.conditions.push('except');
    // Under a heading that states a condition ("If you choose "Keep everything private"": "- No telemetry is sent"), a
    // ban holds only when it is met.
    if (p && CONDITIONAL_HEADING.test(clause.headingPath[clause.headingPath.length - 1] ?? '') && !p.conditions.includes('when')) p.conditions.push('when');
    // A ban on what a website's visitors leave ("we do not track our website visitors") holds for them only.
    if (p && p.scope?.some((sc) => /\bvisitors?\b/i.test(sc)) && !p.conditions.includes('visitors')) p.conditions.push('visitors');
    // The items of a list whose lead-in states the exceptions ("With the exception of errors …: - We do not store …").
    if (p && clause.leadIn && exceptionLeadIn(introducer(clause.leadIn)) && !p.conditions.includes('except')) p.conditions.push('except');
    // "Software error reporting … – Your hostname is never collected": what error reports leave out, not a ban on the
    // product as a whole.
    if (p && p.action === 'collect' && !p.kinds.length && !p.services.length && !p.scope && ERROR_REPORTING.test([clause.headingPath[clause.headingPath.length - 1] ?? '', clause.leadIn ?? ''].join(' '))) {
      p.kinds = ['error_monitoring'];
      p.scope = ['error reports'];
    }
    // "We cannot read them or store them — the data never leaves your machine": a ban on what stays on the device.
    // ("We do not store shoppers' IP addresses. The widget … keeps a random conversation ID in your browser's session
    // storage": a sentence about other data kept on the device leaves the ban as it is.)
    if (p && p.action === 'collect' && !p.scope && !p.categories.every((c) => c === 'user.device.cookie_id') && sentences.some((t, k) => LOCAL_ONLY.test(t) && (k === sentenceOf[i] || keptLocally(k, p!.categories)))) p.scope = [LOCAL_SCOPE];
    // ("Neither the authors of Floccus nor the publisher receive any of the data you provide to Floccus": what the app
    // handles on the person's machine never reaches the people behind it — a ban scoped to them.)
    // (Only the makers: "Neither we nor our developers ever receive your card number" is the product's own ban.)
    if (p && p.action === 'collect' && !p.scope && r.action === 'receive' && MAKERS_RECEIVE_NOTHING.test(r.text) && !/\b(?:we|us|our)\b/i.test(r.text.split(/\b(?:receives?|gets?|sees?|has access|have access)\b/i)[0])) p.scope = [LOCAL_SCOPE];
    // "No personal information is ever sent to third parties, only an anonymous id. Services may collect the user's
    // IP. Some device information may be included": what the rest of the clause says does happen is left out of the ban.
    // (Not a ban for a purpose: "We never sell your data. We share your email with Stripe".)
    if (p && (p.action === 'share' || p.action === 'collect') && !p.purposes.length) {
      // ("… sent to third parties, only an anonymous id": the sentence's own tail says what is sent.)
      const onlyTail = /,\s*(?:but\s+)?only\s+([^,;:]{3,60}?)\s*[.!]?\s*$/i.exec(r.text);
      // (Not what the clause says is taken out: "We remove email addresses from crash reports before they leave our servers".)
      const said = [...readings.slice(i + 1).filter((x) => !x.negated && x.action !== null && x.action !== 'sell' && x.action !== 'delete').flatMap((x) => [...x.objects, ...x.subjectObjects]), ...(onlyTail ? readClause(`we send ${onlyTail[1]}`, ctx).objects : [])].filter((c) => c !== 'user');
      if (said.length) {
        const rest = p.categories.filter((c) => !said.some((d) => covers(d, c)));
        if (rest.length) {
          p.categories = rest;
          p.except = [...new Set([...(p.except ?? []), ...said])];
        }
      }
    }
    // "We don't send any personal data to Partykit. We send machine configurations and events": what the clause says is
    // still sent to the vendor, though the reader cannot name it, is what the product's users make, not data about them.
    if (p && p.action === 'share' && p.services.length && p.categories.length === 1 && p.categories[0] === 'user' && !p.except?.length && !p.purposes.length) {
      const more = readings.slice(i + 1).some((x) => !x.negated && x.action === 'share' && x.actor === 'we' && !x.passive && (!x.recipient.services.length || x.recipient.services.some((id) => p.services.includes(id))) && !x.recipient.kinds.length && !positiveObjects(x).some((c) => c !== 'user'));
      if (more) p.categories = [...PERSON_DATA];
    }
    // "GoatCounter stores the site name + IP + User-Agent in memory for up to 8 hours. This is not stored in the
    // database": where it is kept, not that it is not kept. (Not what a vendor stores: "Polar.sh stores payment data".)
    const storedHere = (c: string) => readings.some((x, k) => k !== i && !x.negated && x.action === 'store' && (x.actor === 'we' || x.actor === 'data') && positiveObjects(x).some((d) => d !== 'user' && covers(d, c)));
    if (p?.stored && !p.scope?.length && p.categories.every((c) => c !== 'user' && storedHere(c))) continue;
    // "We only share data with third parties with your explicit consent", "… only if you ask us to": sharing personal
    // data as a whole is allowed on that condition and ruled out otherwise — a ban with its condition, never applied
    // to code as such. (Of one kind of data — "we only share your messages with moderators with your consent" — it is
    // the share's condition.)
    // (Not "we will only send these with your express consent" of marketing emails: messages sent to the person.)
    if (!p && !r.negated && (r.action === 'share' || r.action === 'sell') && r.actor === 'we' && !r.passive && ONLY_WITH_CONSENT.test(r.text) && !MESSAGES_SENT.test(r.text) && !r.recipient.services.length && !r.recipient.names.length && r.recipient.kinds.every((k) => GENERIC_KINDS.has(k)) && positiveObjects(r).every((c) => c === 'user')) {
      out.push({ type: 'prohibit', clause: clause.id, action: 'share', categories: ['user'], kinds: [], services: [], purposes: [], conditions: ['with consent'], text: tidy(r.text), confidence: r.confidence });
    }
    // "Mensinator does not collect, sell, or share personal data": "sell" is a verb of its own in the list, a ban on
    // selling, not the purpose of not collecting.
    if (p && p.action === 'collect' && p.purposes.length === 1 && p.purposes[0] === 'sale' && SELL_IN_VERB_LIST.test(r.text)) {
      out.push({ ...p, action: 'share', purposes: ['sale'] });
      p.purposes = [];
    }
    // ("We do not use cookies, trackers, or analytics tools": no cookies set, and no analytics vendor given anything.)
    if (p && p.action === 'share' && /^(?:use|uses|using)$/.test(r.verb ?? '') && !p.kinds.length && !p.services.length && !p.purposes.length && p.categories.length && p.categories.every((c) => c === 'user.device.cookie_id') && r.recipient.kinds.some((k) => k === 'analytics' || k === 'advertising')) {
      out.push({ ...p, action: 'collect' });
      p.categories = ['user'];
      p.kinds = r.recipient.kinds.filter((k) => k === 'analytics' || k === 'advertising');
    }
    if (p) out.push(p);
    // "Your conversations never leave your computer", "… are not sent to Acme's servers", "never passes through our
    // servers": data kept on the user's device. A ban on what reaches the product, scoped there: where code runs (the
    // user's device or the product's servers) is not in its shape.
    // ("You are given the option to send it or not send it to us as a report": the person's choice, no ban.)
    else if ((NOT_SENT_TO_US.test(r.text) || sentToSelf(r.text, ctx.selfNames) || (r.action === 'store' && !r.negated && STORED_HERE_NOT_THERE.test(sentences[sentenceOf[i] ?? -1] ?? r.text)) || (!r.negated && ONLY_ON_DEVICE.test(r.text))) && !r.conditions.some((c) => c === 'children' || c === 'knowingly') && !SEND_OR_NOT.test(r.text) && !PREMISE.test(sentences[sentenceOf[i] ?? -1] ?? r.text)) {
      // (Only data it names: "personal data … does not leave your device, such as …" is said of examples.)
      // ("Nothing is transmitted to us": no data at all.)
      // ("We do not upload your media or personal data to our servers": personal data as a whole, when no examples follow.)
      // ("Your data never leaves your device": all of it, when no case in which it does follows.)
      // (Not "… your device unencrypted", "… in offline mode", nor one whose exceptions the next sentence lists.)
      const leavesWhole = /^\s*(?:all (?:of )?)?your (?:personal )?(?:data|information)\s+(?:never|does not|doesn['’]t)\s+leaves?\s+(?:your|the user['’]?s?)\s+(?:own\s+)?(?:device|machine|computer|browser|phone)\s*[.!]?\s*$/i.test(r.text) && !EXCEPTIONS_NEXT.test(sentences[(sentenceOf[i] ?? -2) + 1] ?? '');
      const whole = leavesWhole || /^\s*(?:nothing|no (?:personal )?(?:data|information))\b/i.test(r.text) || ([...r.objects, ...r.subjectObjects].includes('user') && r.negated && /^(?:upload|uploads|uploaded|send|sends|sent|transmit|transmits|transmitted)$/.test(r.verb ?? '') && !/\b(?:such as|e\.g\.|for example|including|like)\b/i.test(r.text) && !ANAPHORIC_DATA.test(r.text));
      // ("… remains on your device in local storage": where it is kept, not a cookie.)
      // ("Your diary data stays on your device (your country)": what stays is what the sentence opens with.)
      const stays = !r.negated && !NOT_SENT_TO_US.test(r.text) ? ONLY_ON_DEVICE.exec(r.text) : null;
      const named = stays ? readClause(`we collect ${r.text.slice(0, stays.index)}`, ctx).objects : [...r.objects, ...r.subjectObjects];
      const cats = whole ? ['user'] : named.filter((c, i, a) => c !== 'user' && a.indexOf(c) === i && !(c === 'user.device.cookie_id' && /\b(?:local|session) ?storage\b/i.test(r.text)));
      if (cats.length) out.push({ type: 'prohibit', clause: clause.id, action: 'collect', categories: cats, kinds: [], services: [], purposes: [], conditions: r.conditions.filter((c) => BLOCKING_CONDITIONS.has(c)), scope: [LOCAL_SCOPE], text: tidy(r.text), confidence: 0.8 });
      // "Data never leaves your machine unless you choose to export it", "This data never leaves your device except
      // when …": nothing is sent anywhere but in the case it names — a rule with exceptions, not a ban on its own.
      const leaves = LEAVES_DEVICE.exec(r.text);
      const conditions = [...new Set([...r.conditions.filter((c) => BLOCKING_CONDITIONS.has(c)), ...(leaves?.[1] ? [leaves[1].toLowerCase() === 'unless' ? 'unless' : 'except'] : [])])];
      const sent = cats.length ? cats : ANAPHORIC_DATA.test(r.text) || /^\s*(?:your |all |the )?(?:personal )?data\b/i.test(r.text) ? ['user'] : [];
      if (leaves && conditions.length && sent.length) out.push({ type: 'prohibit', clause: clause.id, action: 'share', categories: sent, kinds: [], services: [], purposes: [], conditions, text: tidy(r.text), confidence: 0.8 });
    }
    // "Acme works without cookies", "Our site is cookie-free", "No cookies are set": no cookie identifiers, said
    // without a negated verb. (Not "without cookies, some features do not work", nor "cookies … without your consent".)
    // ("These are designed to avoid cross-site tracking, and where configured are cookieless": how a tool is meant to
    // work, not a rule.)
    else if (COOKIE_FREE.test(r.text) && !DESIGNED_TO.test(sentences[sentenceOf[i] ?? -1] ?? r.text) && !namesRecipient(r.text.split(/\b(?:works?|functions?|runs?|operates?|is|are|stays?|remains?)\b/i)[0].split(/[,;:]/).pop() ?? '', ctx.selfNames) && !/\bconsent\b|\bfeatures?\b|\bmay not\b|\bwill not work\b/i.test(r.text) && !out.some((d) => d.type === 'prohibit' && d.categories.includes('user.device.cookie_id'))) {
      const scope = [...clause.headingPath, clause.leadIn ?? ''].map(scopeOf).filter(Boolean).pop();
      // ("where configured are cookieless": true of some setups only, a rule with that condition.)
      const conditions = r.conditions.filter((c) => BLOCKING_CONDITIONS.has(c));
      out.push({ type: 'prohibit', clause: clause.id, action: 'collect', categories: ['user.device.cookie_id'], kinds: [], services: [], purposes: [], conditions, ...(scope ? { scope: [scope] } : {}), text: tidy(r.text), confidence: 0.8 });
    }
  }

  // ── retention ────────────────────────────────────────────────
  // A row of a retention table ("Messages with clinics | 12 months"): the first cell says what, the others how long.
  // (A numbering column — "#", "1", "2" — is not what the row is about.)
  const rowCells = clause.cells && /^\s*(?:#|no\.?|\d{1,3}\.?)?\s*$/i.test(clause.cells[0]) && clause.cells.length >= 3 ? clause.cells.slice(1) : clause.cells;
  // A row of a cookie table ("_ga | Google Analytics | Distinguishes visitors | 13 months"): the cookie is kept that
  // long, and a provider other than the product receives its identifier.
  const cookieRow = rowCells && rowCells.length >= 2 && COOKIE_TABLE.test([...clause.headingPath, ...(clause.header ?? [])].join(' ')) && rowCells.some((c) => DURATION_CELL.test(c));
  const retentionRow = !cookieRow && rowCells && rowCells.length >= 2 && (section === 'retain' || !!clause.header?.some((h) => /\b(how long|retention|retained|period|kept|duration|deleted|storage time)\b/i.test(h)));
  if (cookieRow) {
    const cells = rowCells!;
    const d = retentionOf(readClause(cells.find((c) => DURATION_CELL.test(c))!, ctx), clause, `${cells[0]} cookie`, 'retain');
    // The cookie's name is one word ("better-auth.session_token" is not about sessions in general).
    const cookieWords = cells[0].toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    if (d) out.push({ ...d, subjectTokens: [cells[0].toLowerCase().replace(/[^a-z0-9]/g, ''), 'cookie'].filter(Boolean), ...(cookieWords.length ? { cookie: cookieWords } : {}) });
    const providers = cells.slice(1).flatMap((c) => (DURATION_CELL.test(c) ? [] : readClause(c.replace(/\([^)]*\)/g, ' '), ctx).recipient.services)).filter((id) => !ctx.selfNames.has((serviceById(id)?.name ?? id).toLowerCase()));
    if (providers.length && !out.some((x) => x.type === 'share' && x.services.length)) out.push({ type: 'share', clause: clause.id, kinds: [], services: [...new Set(providers)].slice(0, 1), categories: ['user.device.cookie_id'], conditions: [], text: clause.text });
  } else if (retentionRow) {
    const rest = rowCells!.slice(1).join('. ');
    let d = retentionOf(readClause(rest, ctx), clause, rowCells![0], 'retain');
    // "Inactive accounts (no sign-in for 24 months) | Deleted, after we email you a warning": the period is in the subject.
    const paren = /^(.*?)\s*\(([^)]*\b\d+\s*(?:days?|weeks?|months?|years?)\b[^)]*)\)\s*$/i.exec(rowCells![0]);
    // (Its "no" says what starts the period, not that nothing is kept.)
    if (!d && paren) d = retentionOf(readClause(`${rest} (${paren[2].replace(/^\s*(?:no|without)\s+/i, 'after ')})`, ctx), clause, paren[1], 'retain');
    if (d) out.push(d);
  } else {
    // "Unfinished quotes that you save and come back to: 7 days": a long subject, then only how long.
    // ("Security logs: Up to 3 years for security monitoring": a ceiling is the period.)
    const long = !label && section === 'retain' ? /^([^:.;]{3,140}):\s*((?:(?:deleted|kept|retained|stored|removed|erased|purged|anonymi[sz]ed)\s+(?:after\s+|for\s+|within\s+)?)?(?:(?:up to|at most|a maximum of|no (?:more|longer) than|maximum(?: of)?)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty|sixty|ninety)\s+(?:hours?|days?|weeks?|months?|years?)\b.*)$/is.exec(clause.text) : null;
    if (long) {
      const d = retentionOf(readClause(long[2], ctx), clause, long[1].trim(), 'retain');
      if (d) out.push(d);
    } else {
      for (const [i, r] of readings.entries()) {
        // "The widget sets one cookie, tn_guest, which remembers … It expires after 30 days": "it" is what the
        // sentence before named.
        const at = sentences.findIndex((t) => t.includes(r.text.trim().slice(0, 40)));
        // ("… It will be kept for about 6 months", "We store your last IP address; it is deleted with your account": the
        // sentence before, or the part of this one before the semicolon.)
        const pronoun = !label && i > 0 && at > 0 && PRONOUN_KEPT.test(r.text);
        const semi = !label && !pronoun ? /^([^;]{3,120});\s*(.*)$/.exec(r.text) : null;
        // (Read as two parts of one sentence, the part before the semicolon is the reading before.)
        const stated = semi && PRONOUN_KEPT.test(semi[2]) ? semi[1] : !label && !pronoun && i > 0 && PRONOUN_KEPT.test(r.text) && /;\s*$|^[^.]*$/.test(readings[i - 1].text) && sentences.some((t) => t.includes(`${readings[i - 1].text.trim().replace(/;$/, '')};`)) ? readings[i - 1].text.replace(/;\s*$/, '') : undefined;
        // ("Cookies are used to store tokens and preferences. They expire after a year": the subject before its verb.)
        const before = (pronoun ? sentences[at - 1] : stated)?.split(/,?\s+(?:which|that|who)\b/i)[0].replace(/^(?:we|the \w+) (?:may )?(?:sets?|uses?|keeps?|stores?|places?|collects?|records?|logs?|gathers?) (?:one |a |an |the )?/i, '').replace(/,[^,]*$/, '');
        const subject = before ? /^(.{2,60}?)\s+(?:are|is|were|was|will|may|can)\b/i.exec(before)?.[1] : undefined;
        const antecedent = subject && subject.split(/\s+/).length <= 6 ? subject : before;
        // ("We keep chat logs for 90 days and invoices for seven years": each record kind has its own period.)
        const parts = !antecedent && !label ? gappedRetention(r) : null;
        if (parts) {
          for (const part of parts) {
            const g = retentionOf(readClause(part, ctx), clause, undefined, section);
            if (g) out.push(g);
          }
          continue;
        }
        // ("… we delete personal data within 30 days unless … (e.g., backup snapshots retained up to 90 days)": an aside
        // with a period of its own speaks of what it names; the sentence keeps its own period.)
        const aside = !antecedent ? RETENTION_ASIDE.exec(r.text) : null;
        if (aside) {
          const main = retentionOf(readClause(r.text.replace(aside[0], ' '), ctx), clause, label, section);
          const inner = retentionOf(readClause(aside[1], ctx), clause, undefined, section);
          if (main && inner && main.days !== inner.days) {
            out.push({ ...main, text: r.text }, inner);
            continue;
          }
        }
        let d = retentionOf(r, clause, antecedent ?? label, section);
        // ("Closed memberships: your account is deleted 2 years after you close it. Order and invoice records are kept
        // for 6 years": a later sentence that names what it keeps speaks of that, not of the label.)
        if (d && i > 0 && label && !antecedent && !/^\s*(?:it|they|this|these|those|we|such)\b/i.test(r.text)) {
          const own = retentionOf(r, clause, undefined, section);
          // ("Waiting list. … If you don't reply within 8 weeks, we delete your application": the customer's own thing
          // under a label is the label's — the waiting list's application.)
          if (own && own.subjectTokens.length && !own.subject.startsWith('personal data')) d = /^\s*your\b/i.test(own.subject) ? { ...own, subjectTokens: [...new Set([...d.subjectTokens, ...own.subjectTokens])] } : own;
        }
        // "We delete: - All error reports within 12 months of it being collected": the lead-in's verb is the item's.
        const leadVerb = !d && clause.leadIn ? RETENTION_LEAD_IN.exec(introducer(clause.leadIn)) : null;
        if (leadVerb && !RETENTION_WORD.test(r.text)) d = retentionOf(readClause(`${leadVerb[1]} ${r.text}`, ctx), clause, antecedent ?? label, 'retain');
        // ("If you close your account or withdraw your consent: - Your biometric template … will be immediately and
        // permanently destroyed": gone when the account is — kept for its lifetime, not for no time.)
        if (d && d.days === 0 && !d.basis && clause.leadIn && ACCOUNT_ENDS_LEAD.test(clause.leadIn.split(/(?<=[.!?])\s+/).pop() ?? '')) d = { ...d, days: null, period: 'account lifetime' };
        if (d) out.push(d);
      }
    }
  }
  if (!out.some((d) => d.type === 'retain') && label && section === 'retain' && readings.length === 0) {
    // nothing: a label without a period
  }

  // ("We do not sell, trade, or otherwise transfer user data to outside parties. Information collected is not shared with
  // third-party services except where strictly necessary": the next sentence's exception holds for the transfer too.)
  const excepted = out.find((d): d is ProhibitDecl => d.type === 'prohibit' && d.action === 'share' && !d.purposes.length && d.categories.includes('user') && d.conditions.some((c) => c === 'except' || c === 'unless'));
  if (excepted) for (const d of out) if (d !== excepted && d.type === 'prohibit' && d.action === 'share' && !d.purposes.length && !d.conditions.length && !d.services.length && d.categories.length === 1 && d.categories[0] === 'user') d.conditions = [...excepted.conditions.filter((c) => c === 'except' || c === 'unless')];
  // "We store your customer ID; raw card numbers never touch our servers": what the clause rules out without a
  // condition is not also what it collects.
  // (Not what it rules out keeping: "We receive but do not save IP addresses" collects them.)
  const banned = new Set(out.flatMap((d) => (d.type === 'prohibit' && d.action === 'collect' && !d.stored && !d.conditions.length && !d.purposes.length ? d.categories : [])));
  for (let i = out.length - 1; i >= 0 && banned.size; i--) {
    const d = out[i];
    if (d.type !== 'collect' || !d.categories.some((c) => banned.has(c))) continue;
    d.categories = d.categories.filter((c) => !banned.has(c));
    if (!d.categories.length) out.splice(i, 1);
  }
  // ("We never identify individual users or track them across websites": two phrases, one ban on tracking.)
  for (let i = out.length - 1; i > 0; i--) {
    const d = out[i];
    if (d.type === 'prohibit' && out.slice(0, i).some((e) => e.type === 'prohibit' && sameBan(e, d))) out.splice(i, 1);
  }
  // ("Calendar & conferencing - Google, Microsoft, Apple, and Zoom, for the accounts you choose to connect": platform
  // companies listed by name beside a vendor the catalog knows are recipients too, by their company's name.)
  const listed = out.find((d): d is ShareDecl => d.type === 'share' && d.services.length > 0 && !d.excludes?.length);
  if (listed && (clause.leadIn || label) && !readings.some((r) => r.negated) && !SIGN_IN.test(clause.text) && !/\b(?:sign|log)[- ]?(?:in|on|up)\b/i.test(clause.text)) {
    const family = [...clause.text.matchAll(LISTED_FAMILY)].map((m) => m[1].toLowerCase()).filter((n, k, a) => a.indexOf(n) === k && !ctx.selfNames.has(n));
    if (family.length) listed.companies = family;
  }
  // ("Our website may use cookies to analyse website traffic", "analytics cookies help us understand how visitors use the
  // site": web analytics by cookies, which an analytics provider runs; the kind is declared, no vendor by name.)
  // (Not the product's own measuring, "first-party analytics cookies", nor a clause that names its analytics vendor.)
  if (!out.some((d) => (d.type === 'share' && (d.kinds.includes('analytics') || d.services.some((id) => serviceById(id)?.kind === 'analytics'))) || (d.type === 'prohibit' && d.categories.includes('user.device.cookie_id')))) {
    // (Cookies in use, not ones removed, stopped, refused or still to come.)
    const said = readings.find((r) => !r.negated && r.action !== null && ANALYTICS_COOKIES.test(r.text) && /\b(?:use|uses|using|set|sets|place|places|employ|employs|help|helps)\b/i.test(r.text) && !/\bfirst[- ]party\b|\bour own\b|\bself[- ]hosted\b|\b(?:removed?|stopped|stop|refuse[sd]?|no longer|before we|will ask|introduce|never|not)\b/i.test(r.text));
    if (said) out.push({ type: 'share', clause: clause.id, kinds: ['analytics'], services: [], categories: [], conditions: [], text: tidy(said.text), confidence: 0.8 });
  }
  // A clause that names personal data and acts on it, yet yielded no statement, is shown as not understood.
  if (!out.length && readings.some((r) => r.action !== null && r.objects.some((o) => o !== 'user') && r.confidence >= 0.6)) {
    clause.unread = 'names personal data and what is done with it, but no statement could be read';
  }
  // Who acts, as read from the clause's first sentence that acts (for the policy owner's check).
  const acting = readings.find((r) => r.action !== null);
  for (const d of out) {
    if (acting && d.actor === undefined) d.actor = d.type === 'share' && readings.some((r) => r.actor === 'vendor') ? 'vendor' : acting.actor;
    // A list item's action comes from its section or lead-in ("Information we collect: your email"): as sure as the frame.
    const base = Math.min(...readings.map((r) => r.confidence), 1);
    if (d.confidence === undefined) d.confidence = Math.round((frame && readings.every((r) => r.action === null) ? Math.max(base, 0.8) : base) * 100) / 100;
  }

  // ── security claims ──────────────────────────────────────────
  const tls = /\bTLS\s*v?(\d(?:\.\d)?)/i.exec(clause.text);
  if (tls) out.push({ type: 'security', clause: clause.id, claim: 'tls_version', value: tls[1], text: tls[0] });
  const rest = /\bat rest\b[^.]{0,80}?\b(AES[- ]?\d{3}|encrypt\w*)/i.exec(clause.text) ?? /\b(AES[- ]?\d{3})\b[^.]{0,80}\bat rest\b/i.exec(clause.text);
  if (rest) out.push({ type: 'security', claim: 'encryption_at_rest', clause: clause.id, value: rest[1], text: rest[0] });
  return out;
}

/** A vendor's own document, reported: "Google Cloud Services' Terms of Service, section 5, states that …". */
const REPORTED_SPEECH = /\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s?\s+\[?(?:terms(?: of (?:service|use))?|privacy (?:policy|notice)|data processing (?:terms|agreement|addendum)|agreement|documentation)\b[^.;]{0,120}?\b(?:states?|says?|provides?|specifies|commits?|promises?)\s+that\b/i;

/** A label that names its items as the data collected ("Collected data", "Data collected", "Personal data"). */
const DATA_COLLECTED_LABEL = /^(?:(?:personal |user )?(?:data|information|details) (?:collected|gathered|we collect|we gather)|collected (?:personal |user )?(?:data|information|details)|(?:types|categories) of (?:personal )?(?:data|information)(?: (?:collected|we collect))?|personal (?:data|information)(?: collected)?)$/i;

/** A label that announces what is collected ("Here's exactly what I collect", "What we store"). */
const COLLECTS_LABEL = /^(?:here(?:['’]s| is)\s+(?:exactly\s+|precisely\s+)?)?what (?:we|I) (?:collect|gather|store|log|record|keep)\s*$/i;

/** A sentence that says what the data just named is made of ("This includes your email and name"). */
const ELABORATES = /^\s*(?:this|that|it|these|those|such)(?:\s+(?:personal\s+)?(?:data|information|details))?\s+(?:includes?|consists? of|comprises?|contains?|covers?)\b/i;

/** A verb of control over a pronoun: "we configure it not to …", "we instruct them to …". */
/** A tool the data would be gathered with ("through Google Analytics", "via Hotjar", "using Sentry"). */
const VIA_VENDOR = /\b(?:through|via|using|by means of|with the help of)\s+(?:the\s+|our\s+)?[A-Z]/;

const CONTROLS_PRONOUN = /\b(?:configur|instruct|requir|ask|tell|allow|permit|set)\w*\s+(?:it|them)\s+(?:(?:not\s+|never\s+|only\s+)?to|so\s+(?:that\s+)?(?:it|they))\b/i;

/**
 * Data kept on the user's device, never sent to the product (said of the product's own servers or of the device).
 * (Not a predicate joined after another one that is negated: "is not encrypted and passes through Google's servers".)
 */
const NOT_SENT_TO_US = /(?:\b(?:never|not|no|nothing)\b|n['’]t\b)(?:(?!\band\s+(?:passes|goes|travels|is|are|gets)\b)[^.;]){0,40}?\b(?:sent|sends?|transmit(?:s|ted)?|upload(?:s|ed)?|pass(?:es)?|go(?:es)?|hits?|routed|reach(?:es)?|leaves?|touch(?:es)?|report(?:s|ed)?)\b[^.;]{0,60}?\b(?:to us|back to the (?:project|developers?|maintainers?|team|authors?)|(?:to|through|on|via|onto) (?:our|the|[A-Z][\w-]*(?:['’]s)?) (?:own )?(?:servers?|backend|cloud|infrastructure)|(?<!\b(?:upstream|external|third[- ]party|other|remote|authoritative|their|partner|vendor)\s)[A-Z0-9][\w.-]* servers|your (?:device|computer|browser|machine|phone))\b|(?:\b(?:never|not)\b|n['’]t\b)\s+(?:touch(?:es)?|hits?|reach(?:es)?)\s+(?:our|the|[A-Z][\w-]*(?:['’]s)?)\s+(?:own\s+)?(?:servers?|backend|systems|infrastructure|databases?)\b|\bstays? (?:on|in) your (?:device|computer|browser|machine|phone)\b[^.;]{0,30}\b(?:not|never)\b|\bwe never see your\b|(?:\b(?:never|not)\b|n['’]t\b)[^.;]{0,20}?\bshared with us\b/;
/** "Your budget data is stored locally on your device, not on our servers": kept there, said against our servers. */
const STORED_HERE_NOT_THERE = /\b(?:stored|kept|saved|held)\s+(?:only\s+|locally\s+){0,2}(?:on|in)\s+your\s+(?:own\s+)?(?:device|computer|browser|machine|phone)\b,?\s+(?:and\s+)?(?:not|never)\s+(?:on|in|to)\s+(?:our|any)\s+(?:own\s+)?(?:servers?|cloud|backend|databases?)\b/i;

/** "Your usage behaviour stays on your device", "Biometric data is stored locally on your device only": kept there alone
 * (not "… until you sync it", "… and backed up to our servers"). */
const ONLY_ON_DEVICE = /\b(?:(?:stays?|remains?)\s+(?:only\s+|locally\s+|entirely\s+)?(?:on|in)\s+your\s+(?:own\s+)?(?:device|computer|browser|machine|phone)\b|(?:stored|kept|saved|held)\s+(?:only\s+locally|locally|only)\s+(?:on|in)\s+your\s+(?:own\s+)?(?:device|computer|browser|machine|phone)\s+only\b|(?:stored|kept|saved|held)\s+only\s+(?:locally\s+)?(?:on|in)\s+your\s+(?:own\s+)?(?:device|computer|browser|machine|phone)\b)(?![^.;]{0,60}\b(?:until|unless|except|and (?:is |are )?(?:synced|sent|uploaded|backed up|shared|transmitted))\b)/i;

/** "… never leaves your device (unless/except …)": kept on the device, and the case in which it is not. */
const LEAVES_DEVICE = /\b(?:never|not|doesn['’]t|does not|don['’]t|do not)\s+leaves?\s+(?:your|the user['’]?s?)\s+(?:own\s+)?(?:device|machine|computer|browser|phone)\b(?:[^.;]*?\b(unless|except)\b)?/i;
const LOCAL_SCOPE = "kept on the user's device";

/** "Usage of these features never transmits your prompts … to SpecStory": not sent to the product, by its name. */
function sentToSelf(text: string, selfNames: ReadonlySet<string>): boolean {
  const m = /(?:\b(?:never|not|no)\b|n['’]t\b)[^.;]{0,40}?\b(?:sent|sends?|transmit(?:s|ted)?|upload(?:s|ed)?)\b[^.;]{0,60}?\bto (?:the )?([A-Z][\w.-]*)/.exec(text);
  return !!m && selfNames.has(m[1].toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** A period counted from a request to delete ("upon a deletion request … within 30 days", "within 30 days of your request"). */
const DELETION_DEADLINE = /\b(?:upon|after|following|once|when|if)\b[^.;]{0,40}\b(?:deletion|erasure|delete|close|closure)\b[^.;]{0,60}\bwithin\b|\bwithin \d+ (?:days|weeks|months) (?:of|after|from) (?:your|a|the|receiving (?:your|a|the)) (?:deletion |erasure )?request\b/i;

/** The subject of "Crash reports never include …", "Analytics events do not contain …": what a kind of vendor receives. */
const REPORTS = /^\s*(?:and\s+)?(?:our |the |all |any |these |such )?(?:(crash|error|bug|exception|diagnostic) (?:reports?|logs?|events?)|(?:analytics|usage|product analytics|tracking) (?:events?|data|reports?|pings?)|(?:(?:short-lived |operational |server |application |access |request |system |technical |debug |our )*(logs?|log files?))|(?:(?:reminder |push |in-app )?(notifications?)(?: text| content| messages?)?)|(text messages?|sms messages?))\b/i;

/** Whom a kind of report or message goes to: crash reports to error monitoring, logs to log management, notifications and texts to messaging, events to analytics. */
function reportKind(m: RegExpExecArray): RecipientRef {
  return (m[1] ? 'error_monitoring' : m[2] ? 'logging' : m[3] || m[4] ? 'messaging' : 'analytics') as RecipientRef;
}

/** Where someone is, said no closer than their region: "except for the country of origin". */
const COARSE_PLACE = new Set(['user.contact.address.country', 'user.contact.address.state', 'user.contact.address.city', 'user.location.imprecise']);

/** Categories that are a way of tracking ("device fingerprinting", "cookies"): not using them is not collecting them. */
const TECHNIQUES = new Set(['user.device.fingerprint', 'user.device.cookie_id']);
/** Tracking listed after techniques not used: "cookies, fingerprinting, or any cross-device tracking methods", "… or tracking of any form". */
const TRACKING_LISTED = new RegExp(String.raw`\b(?:or|and|nor)\s+(?:any\s+(?:other\s+)?)?(?:${TRACKING_KIND}\s+)?tracking\b(?!\s+(?:numbers?|codes?|ids?|links?|info(?:rmation)?|status|pages?)\b)`, 'i');

/** "Case facts, with identity numbers and dates of birth removed": what is left out, named before the participle. */
const WITH_REMOVED = /\bwith ((?:[\w'’-]+,? ){1,12}?)(?:removed|redacted|stripped|masked|excluded|omitted|taken out|replaced|anonymi[sz]ed|pseudonymi[sz]ed)\b/i;

/** "Names and emails are removed from logs before they are sent to X": what is left out, as the passive's subject. */
const REMOVED_FIRST = /^\s*(?:all\s+|any\s+)?([^.;:]{3,160}?)\s+(?:is|are|gets?|will be|have been|has been)\s+(?:automatically\s+|always\s+|first\s+)?(?:removed|stripped|redacted|masked|scrubbed|replaced|filtered(?:\s+out)?|omitted|excluded)\s+(?:from|before|prior to|with|by)\b/i;

/** Vendors introduced as examples of a kind: "(e.g., OpenAI, Anthropic)", "such as Stripe or PayPal". */
const EXAMPLES_OF = /\(\s*(?:e\.g\.|eg\.|for example|such as|like)\b|\b(?:e\.g\.|for example|such as)\s*,?\s*[A-Z]/;

/** Words after which a sentence names what is left out: "never your name", "scrubbed of contact details". */
const LEFT_OUT = /(?<!\b(?:the|a|an|your|our|its|their)\s+)\b(?:no|not|never|without|except|excluding|scrub|scrubs|scrubbed|strip|strips|stripped|remove|removes|removed|redact|redacts|redacted|exclude|excludes|excluded|omit|omits|omitted|replace|replaces)\b(.*)$/i;

/** Categories a positive reading names, without those it negates ("the CV file only and no contact details"). */
/** What "providers who provide us with X, Y and Z services" / "providers of X and Y services" provide, as recipient kinds. */
function describedKinds(text: string): string[] {
  const m = /\b(?:who|that|which)\s+(?:may\s+)?(?:provide|provides|offer|offers|perform|performs|supply|supplies|deliver|delivers)\s+(?:us\s+)?(?:with\s+)?(?:services\s+(?:such as|like|including|for)\s+)?([^.;:]{3,300})|\b(?:compan(?:y|ies)|contractors?|firms?|businesses|vendors?)\s+(?:who|that|which)\s+((?:host|hosts|store|stores|send|sends|run|runs|operate|operates|process|processes)\b[^.;:]{3,300})|\bproviders? of\s+([^.;:]{3,300}?)\s+services\b|\b(?:processors?|providers?|vendors?|part(?:y|ies)|partners?)\s+(?:for|with)\s+(?:other\s+)?(?:business\s+)?(?:functions|purposes|tasks)\s+(?:such as|like|including)\s+([^.;:]{3,300})/i.exec(text);
  // ("- Hosting, technology and communication providers.", "Support and customer service vendors": a list item that
  // is a kind of provider named by what it does.)
  // (Not a sentence: "SupaBot AI may utilize third-party services" names the product and what it does.)
  const head0 = m ? undefined : /^\s*([A-Za-z][\w ,&/-]{2,80}?)\s+(?:providers?|vendors?|consultants?|partners?|services)\b/i.exec(text)?.[1];
  const head = head0 && !/\b(?:may|might|will|can|could|shall|would|must|utili[sz]es?)\b/i.test(head0) ? head0 : undefined;
  // ("Trusted third-party service providers (e.g., cloud hosting, analytics, email communication) who assist us": the
  // examples in parentheses after the providers.)
  const exampled = /\b(?:providers?|vendors?|processors?|partners?)\s*\(\s*(?:e\.g\.|eg\.?|such as|for example|including|like)\s*,?\s*([^)]{3,200})\)/i.exec(text)?.[1];
  // ("… service providers that help us provide the Services. These services are, for example, sending emails, performing
  // statistical analysis, database hosting …": the services the next sentence lists.)
  const these = /\b(?:these|such|the)\s+services\s+(?:are|include|includes|may include)\s*,?\s*(?:(?:for example|for instance|e\.g\.|such as|including)\s*,?\s*)?([^.;:]{3,300})/i.exec(text)?.[1];
  const list = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? exampled ?? these ?? head;
  if (!list) return purposeKinds(text);
  const words = splitWords(list);
  const kinds: string[] = matchRecipients(words, list).flatMap((x) => (x.kind && !x.service ? [x.kind] : []));
  for (const [re, kind] of DESCRIBED_WORDS) if (re.test(list) && !kinds.includes(kind)) kinds.push(kind);
  const out = kinds.filter((k, i, a) => !GENERIC_KINDS.has(k) && a.indexOf(k) === i);
  return out.length ? out : purposeKinds(text);
}

/**
 * "We may share Your personal information with Service Providers to monitor and analyze the use of our Service, to
 * contact You": the kinds of provider the purposes after "to" call for.
 */
function purposeKinds(text: string): string[] {
  const m = /\b(?:service providers?|vendors?|processors?|sub-?processors?|third[- ]party (?:services?|providers?|tools?))\b[^.;:]{0,30}?\bto\s+([^.;]{3,300})/i.exec(text);
  if (!m) return [];
  return PURPOSE_KINDS.filter(([re]) => re.test(m[1])).map(([, kind]) => kind).filter((k, i, a) => a.indexOf(k) === i);
}

/** "… or other AI providers", "… and others", "etc.": vendors named as examples of their kind. */
const OTHERS_OF_KIND = /\b(?:or|and)\s+other\s+(?:[\w-]+\s+){0,2}(?:providers?|services?|vendors?|partners?|platforms?|tools?|processors?|models?|companies)\b|\b(?:and|or)\s+others\b|\betc\.?(?=\W|$)/i;

/** "Sign in with GitHub", "You can register using an account you already have with GitHub": an account elsewhere signs in. */
const SIGN_IN = /\b(?:(?:sign|log)[- ]?(?:in|on|up)|authenticate) (?:with|using|via|through) (?:your )?[A-Z][\w.-]+|\b(?:register|sign[- ]?up|sign[- ]?in|log[- ]?in|create an account)\b[^.;]{0,40}?\b(?:with|using|via|through)\b[^.;]{0,40}?\b(?:account|profile)s?\b[^.;]{0,30}?\b(?:with|on|at|from)\s+(?:your )?[A-Z][\w.-]+/;

/** Sign-in providers that hand the product the account's public profile (name, username, picture, email). */
const SIGN_IN_PROVIDER = /\b(?:Google|GitHub|Github|Apple|Microsoft|Discord|Twitter|X|Facebook|GitLab|Gitlab|LinkedIn|Twitch|Slack|Spotify|Reddit|Hugging ?Face|Notion|Atlassian|Zoom)\b/;
/** What such a provider hands over. */
const PROVIDER_PROFILE = ['user.name', 'user.account.username', 'user.content.self_image', 'user.contact.email'];

/** "Service providers to assist us with things like sending email updates": what they help with, as examples. */
const HELP_WITH_EXAMPLES = /\b(?:service providers?|vendors?|processors?|third[- ]part(?:y|ies))\b[^.;:]{0,40}?\bto\s+(?:help|assist|support)\b[^.;]{0,40}?\b(?:such as|like|e\.g\.|for example|including)\b|\b(?:service providers?|vendors?|processors?|third[- ]part(?:y|ies))\b[^.;:]{0,60}?\b(?:on our behalf|for us)\W{0,4}(?:such as|like|e\.g\.|for example|including)(?!\w)/i;

/** "… to manage our communications with you". */
const MANAGES_COMMUNICATIONS = /\bmanag\w* (?:our )?communications?\b/i;

/** What a provider is for, said as a purpose ("to analyze the use of our Service", "to contact You"). */
const PURPOSE_KINDS: [RegExp, string][] = [
  [/\b(?:monitor|analy[sz]e|measure|understand)\b[^.;]{0,40}\b(?:use|usage|traffic|visits?|performance|activity)\b/i, 'analytics'],
  // ("we rely on a third party vendor to process the analytics data".)
  [/\b(?:process|processes|processing|store|host|collect|handle)\s+(?:the |our |your |this |such )?(?:usage )?analytics(?: data| information| events)?\b/i, 'analytics'],
  // ("… to assist us with things like sending email updates and processing payments".)
  [/\bcontact(?:ing)? (?:you|users?|customers?)\b|\bsend(?:ing)? (?:you )?(?:e-?mails?|e-?mail (?:updates|notifications|messages)|newsletters?|notifications?)\b/i, 'email_delivery'],
  // (Email updates and newsletters are what email-marketing providers send: Buttondown, Mailchimp.)
  [/\bsend(?:ing)? (?:you )?(?:e-?mail updates|newsletters?|(?:marketing|promotional) e-?mails?)\b/i, 'marketing'],
  [/\bprocess(?:ing)? (?:your |the )?payments?\b|\bpayment processing\b|\bbill(?:ing)? (?:you|customers?)\b/i, 'payment_processor'],
  [/\bhost (?:our|the|your)\b|\bstore (?:our|your|the) data\b/i, 'cloud_hosting'],
  // ("… at the time of the crash, in order to help us diagnose and fix issues".)
  [/\bcrash(?:es)?\b|\b(?:diagnose|debug|troubleshoot)\b[^.;]{0,30}\b(?:issues?|errors?|problems?|bugs?)\b|\b(?:error|crash|bug) reports?\b/i, 'error_monitoring'],
  // ("… to manage our communications with you": email or other messages.)
  [MANAGES_COMMUNICATIONS, 'email_delivery'],
  [MANAGES_COMMUNICATIONS, 'messaging'],
];

/** Service words of a provider description that are no recipient phrase by themselves. */
const DESCRIBED_WORDS: [RegExp, string][] = [
  [/\b(?:error |performance |application |uptime )?monitoring\b/i, 'error_monitoring'],
  // ("… who provide us with IT support, hosting, data storage, monitoring, analytics …": monitoring, bare, is watching
  // the service run — its logs as much as its errors.)
  [/(?<!\b(?:error|performance|application|uptime|abuse|fraud)\s)\bmonitoring\b|\blog(?:ging| management)\b/i, 'logging'],
  [/\b(?:data |file |cloud )storage\b/i, 'cloud_hosting'],
  [/\bpayments?(?: processing)?\b/i, 'payment_processor'],
  [/\bcustomer (?:support|service)\b/i, 'customer_support'],
  [/\b(?:AI|artificial intelligence|machine learning|(?:large )?language model)\b/i, 'ai'],
  [/\be-?mail(?:s|ing)?\b/i, 'email_delivery'],
  [/\bhosts? (?:our |your |the )?(?:data|servers?|infrastructure|websites?|databases?|files)\b/i, 'cloud_hosting'],
  [/\bnewsletters?\b/i, 'marketing'],
  [/\bsurveys?\b/i, 'surveys'],
  [/\bstatistic(?:s|al)(?: analys[ie]s)?\b|\b(?:usage|traffic|web(?:site)?) analy(?:tics|sis)\b/i, 'analytics'],
  [/\bcustomer relationship management\b|\bCRM\b/, 'crm'],
  [/\bhosting\b/i, 'cloud_hosting'],
  [/\b(?:product )?(?:fulfil(?:l)?ment|shipping)\b|(?<!\be-?mail\s)\bdelivery\b/i, 'shipping'],
  [/(?<!\be-?mail\s)\bcommunications?\b(?!\s+software)/i, 'messaging'],
  [/\b(?:data )?enrich(?:ment|ing)?\b/i, 'data_enrichment'],
];

/** Whether words name a vendor or a kind of recipient ("Plausible Analytics", "our analytics provider"). */
function namesRecipient(words: string, selfNames: Set<string>): boolean {
  return matchRecipients(splitWords(words), words).some((m) => !m.service || !selfNames.has(m.service.name.toLowerCase()));
}

/** A table column that says what data is for ("Why", "Purpose", "How we use it", "Legal basis"). */
const PURPOSE_COLUMN = /^\s*(?:why\b|(?:the\s+)?purposes?\b|reasons?\b|used for\b|what (?:it|we use it) (?:is )?for\b|how we use\b|legal basis\b|lawful basis\b)/i;

/** The field of a vendor's card that says what it gets: "Data shared:", "Data processed:", "Information received:". */
const DATA_FIELD = /(?:^|\s)\W{0,2}(?:(?:[Pp]ersonal\s+)?(?:[Dd]ata|[Ii]nformation|PII)\s+(?:[Ss]hared|[Pp]rocessed|[Ss]ent|[Rr]eceived|[Dd]isclosed|[Tt]ransferred)|[Ss]hared\s+(?:PII|[Pp]ersonal\s+[Dd]ata|[Dd]ata|[Ii]nformation))\W{0,2}:\W{0,2}\s*(.+?)(?=\s+\W{0,2}[A-Z][A-Za-z]+(?:\s+[a-z]+)?\W{0,2}:\s|$)/;

/**
 * A vendor's card: a clause under a heading that is a vendor's name (one the catalog knows, or a capitalised name in a
 * section about recipients) with a field saying what data it gets.
 */
function vendorCard(clause: Clause, ctx: ReaderContext): { parties: { services: string[]; names: string[] }; data: string } | undefined {
  const data = DATA_FIELD.exec(clause.text)?.[1]?.trim();
  if (!data) return undefined;
  // (Under a vendor's own heading, or nested under its name in a list: "- Salesloft ⏎   - Shared PII: name, email".)
  const heading = (clause.parent ?? clause.headingPath[clause.headingPath.length - 1] ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (!heading || heading.split(/\s+/).length > 4) return undefined;
  const hr = readClause(heading, ctx);
  const services = [...hr.recipient.services, ...hr.actorParties.services].filter((id, i, a) => a.indexOf(id) === i && !ctx.selfNames.has((serviceById(id)?.name ?? id).toLowerCase()));
  if (services.length) return { parties: { services, names: [] }, data };
  if (!/^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}$/.test(heading) || ctx.selfNames.has(heading.toLowerCase()) || hr.objects.length || hr.recipient.kinds.length) return undefined;
  return { parties: { services: [], names: [heading.toLowerCase()] }, data };
}

/** Data described by what directly identifies someone. */
const DIRECTLY_IDENTIFYING = /\b(?:data|information|details)\s+(?:that|which)\s+(?:(?:could|can|would|may|might|will)\s+)?(?:be used to\s+)?directly identif(?:y|ies)\b|\bdirectly identif(?:ying|iable) (?:personal )?(?:data|information|details)\b/i;

/** A document or section that lists the vendors ("Sub-processor list", "Our vendors"): its labelled items name them. */
const VENDOR_LIST_HEADING = /\bsub-?processors?\b|\bvendors?\b/i;
/** "FrontApp, Inc.: Customer email support service. …": a description that says what kind of service the label is. */
const SERVICE_DESCRIPTION = /^[A-Z][\w -]{0,60}\b(?:provider|service|platform|processor|vendor|host|CDN)\.(?:\s|$)/;

/** A sentence that opens with a condition on what the user does: "If you connect …", "When you choose …". */
const CONDITIONAL_OPENER = /^\W*(?:if|when|whenever|once) you\b/i;
/** A sentence that opens by pointing back at data: "This content …", "These files …", "Such data …". */
const THIS_DATA_OPENER = /^\s*(?:this|these|such|that|those)\s+(?:[a-z]+\s+)?(?:content|contents|data|information|details|files?|documents?|messages?|prompts?|text|recordings?|requests?)\b/i;

/**
 * A heading that states a choice the ban depends on: "If you choose …", "When you opt out", "Unless you enable sync".
 * (Not "If you clean with us", which says whose data the section is about.)
 */
const CONDITIONAL_HEADING = /^\W*(?:if|when|whenever|unless|once) you (?:choose|opt|select|enable|disable|turn|decide|connect|pick|allow|consent|agree|link|switch|set)\b/i;

/** A table of cookies, by its heading or header. */
const COOKIE_TABLE = /\bcookies?\b/i;
/** A cell that is only how long something lasts ("13 months", "30 minutes", "Session", "1 year"). */
const DURATION_CELL = /^\s*(?:(?:persistent|session|first-party|third-party|http|secure)\s+)?(?:cookie\s*)?\(?\s*(?:up to\s+)?(?:\d+(?:\.\d+)?|one|two|three|six|twelve|thirteen|twenty-four)\s*(?:minutes?|mins?|hours?|days?|weeks?|months?|years?|yrs?)\s*\)?\s*$/i;

/** A statement that the product sets no cookies, said without a negated verb. */
const COOKIE_FREE = /\b(?:works?|functions?|runs?|operates?)\s+(?:entirely\s+|completely\s+|fully\s+)?without\s+(?:any\s+)?cookies\b|\b(?:is|are|stays?|remains?)\s+(?:100%\s+|completely\s+|fully\s+)?(?:cookie-?free|cookieless)\b/i;

/** Data about one group of people, not every user: "student information", "parent or student data", "candidates' records". */
/** A subject limited to people or sessions without an account ("anonymous chat sessions", "guest orders"). */
const QUALIFIED_SUBJECT = /\b(?:anonymous|guest|unauthenticated|unregistered|logged[- ]out|signed[- ]out|free[- ]tier|trial|demo|incognito)\s+[\w-]+(?:\s+(?:sessions?|chats?|messages?|orders?|checkouts?|users?|visitors?))?\b|\bon (?:our|the) (?:free|public|marketing) (?:pages?|site|website|tier)\b/i;
const SUBJECT_DATA = /\b(?:(?:students?|parents?|patients?|employees?|staff|candidates?|applicants?|guests?|drivers?|workers?|contractors?|attendees?|prospects?|tenants?|residents?|minors?|pupils?)(?:'s?|’s?)?\s+(?:or|and)\s+)?(?:students?|parents?|patients?|employees?|staff|candidates?|applicants?|guests?|drivers?|workers?|contractors?|attendees?|prospects?|tenants?|residents?|minors?|pupils?)(?:'s?|’s?)?\s+(?:personal\s+)?(?:information|data|details|records?)\b/i;

/** "This does not include trusted third parties who …": a ban's exception naming recipients. */
/** A sentence's main clause after an opening exception ("Other than Mailgun, which sends our emails, no one …"). */
const LEADING_EXCEPTION = /^\s*(?:other than|apart from|aside from|besides|except(?: for)?|with the exception of)\s+([^,]{2,80}?),\s*(?:(?:which|who)\b[^,]{2,120},\s*)?(.{8,})$/i;
/** Where a ban's exception begins ("… with anyone except our SMS provider, Twilio"). */
/** "… except to store it securely with our cloud provider": an exception that is a purpose naming who gets the data. */
const EXCEPT_TO = /\b(?:except|other than|apart from)\s+(?=to\s+[a-z]+\b[^.;]{0,60}?\b(?:with|to|by)\s+(?:our|an?|the|its)\s)/i;
const TRAILING_EXCEPTION = /\b(?:except(?: for)?|other than|apart from|aside from|besides|with the exception of)\s+(?!(?:as|when|where|if|to|in|for|with|by|that|what|under|through|required|necessary|needed|permitted|described|stated|set out|outlined|explained|noted|us|you|[a-z]+ing)\b)/i;

/**
 * The recipients a sharing ban names as its exception, and the data the ban is about: they receive it. Only vendors,
 * organisations and specific kinds count ("except as required by law", "except service providers" name no one new).
 */
function exceptedRecipients(r: Reading, ctx: ReaderContext): { parties: Parties; categories: string[] } | null {
  const named = (p: Parties): Parties | null => {
    const kinds = p.kinds.filter((k) => !GENERIC_KINDS.has(k));
    return p.services.length || p.names.length || kinds.length ? { services: p.services, names: p.services.length ? [] : p.names, kinds: p.services.length || p.names.length ? [] : kinds } : null;
  };
  const lead = LEADING_EXCEPTION.exec(r.text);
  if (lead) {
    const main = readClause(lead[2], ctx);
    if (!main.negated || (main.action !== 'share' && main.action !== 'sell' && main.action !== 'receive')) return null;
    const head = readClause(lead[1], ctx);
    const parties = named({ services: [...head.recipient.services, ...head.actorParties.services], names: [...head.recipient.names, ...head.actorParties.names], kinds: [...head.recipient.kinds, ...head.actorParties.kinds] });
    return parties ? { parties, categories: [...main.objects, ...main.subjectObjects].filter((c) => c !== 'user') } : null;
  }
  if (!r.negated || (r.action !== 'share' && r.action !== 'sell') || r.actor !== 'we' && !r.passive) return null;
  // ("We don't transmit your data anywhere except to store it securely with our cloud provider": the one the excepted
  // purpose hands the data to.)
  const at = TRAILING_EXCEPTION.exec(r.text) ?? EXCEPT_TO.exec(r.text);
  if (!at) return null;
  const tail = readClause(r.text.slice(at.index + at[0].length), ctx);
  const parties = named(tail.recipient.services.length || tail.recipient.names.length || tail.recipient.kinds.length ? tail.recipient : tail.actorParties);
  if (!parties) return null;
  const head = readClause(r.text.slice(0, at.index), ctx);
  return { parties, categories: [...head.objects, ...head.subjectObjects].filter((c) => c !== 'user') };
}

const NOT_INCLUDED_RECIPIENTS = /^\s*(?:this|that|it|the above|the foregoing)\s+(?:does not|doesn['’]t|do not|don['’]t|will not|won['’]t)\s+(?:include|apply to|cover)\s+(?:(?:trusted|our|any|the|certain|selected|reputable)\s+)*(?:third[- ]part(?:y|ies)|service providers?|vendors?|partners?|processors?|sub-?processors?|companies|contractors?)\b/i;
/** Words for tools and vendors rather than data ("No third-party tracking scripts"). */
const TOOL_WORDS = /\b(?:scripts?|tools?|services?|sdks?|trackers?|pixels?|networks?|providers?|software|librar(?:y|ies)|ads|advertising|vendors?|partners?)\b/i;
/** A check or cross mark that opens a list item, or its enumerator ("a)", "(iv)", "2)"). */
const LIST_MARK = /^\s*(?:[❌✅✔✓✗✘☑🚫⛔]\uFE0F?\s*)+|^\s*\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+(?=[A-Za-z])/u;

/** "No X are used", "no X is used": nothing of the kind is used. */
const NONE_USED = /^\s*(?:and\s+)?no\s+(.{3,80}?)\s+(?:is|are|were|will be|gets?)\s+(?:used|included|embedded|installed|loaded|bundled|integrated)\b/i;

/** A part that is only "No …" ("No third-party analytics or advertising networks"). */
const NO_ADS = /^\s*(?:and\s+)?(?:(?:we|i)\s+(?:do not|don['’]t|never|will not|won['’]t|will never)\s+(?:run|show|serve|display|sell|use|have|include|place)\s+(?:any\s+)?|no\s+)(?:third[- ]party\s+)?(?:ads|advertisements|adverts)\s*(?:(?:in|on|inside|within)\s+(?:the|our|this)\s+[\w-]+|anywhere|at all|ever)?\s*[.!]?\s*$/i;
/** "This data does not contain any personally identifiable information": what data already named is said to be. */
const NOT_PERSONAL_CLAIM = /^\s*(?:this|that|such|these|those|the|all)\s+(?:(?:log|usage|technical|collected)\s+)?(?:data|information|details|logs?)\s+(?:does|do|will|would|doesn['’]t|don['’]t|never|can ?not|cannot)\s+(?:not\s+)?(?:contains?|includes?)\s+(?:any\s+)?(?:personally[- ]identifi(?:able|ying)|personal|identifying|identifiable|PII\b)/i;

/** "Neither the authors nor the publisher receive any of the data", "The developers never receive your data". */
const MAKERS_RECEIVE_NOTHING = /\b(?:authors?|developers?|maintainers?|publishers?|creators?)\b[^.;]{0,60}\b(?:receives?|gets?|sees?|has access to|have access to)\b/i;

/** A sentence that lists the exceptions to the ban before it ("The only exceptions are …", "The only external services we use are:"). */
const EXCEPTIONS_NEXT = /^\s*(?:the\s+)?only\s+(?:exceptions?|(?:external\s+|outside\s+|third[- ]party\s+|other\s+)?(?:services?|providers?|companies|parties|vendors?|recipients?|processors?|sub-?processors?)\s+(?:(?:that\s+)?we\s+(?:use|rely on|work with|share (?:\w+\s+)?with|send (?:\w+\s+)?to)|that\s+(?:receive|get|process)|with\s+(?:whom|which)\s+we)\b)|^\s*exceptions?\s*(?:are|include|:)|^\s*there\s+(?:is|are)\s+(?:only\s+)?(?:one|two|three|a few)\s+exceptions?\b/i;

/** "No personal data ever leaves your device", "None of your files leave your computer". */
const STAYS_ON_DEVICE = /^\s*(?:and\s+)?(?:no|none of (?:your|the))\s+([^.;:]{3,120}?)\s+(?:ever\s+)?(?:leaves?|is sent (?:off|from)|are sent (?:off|from)|is transmitted from|are transmitted from)\s+(?:your|the user['’]?s?|this)\s+(?:own\s+)?(?:device|browser|computer|machine|phone|mac|pc)\b/i;
/** "No audio storage", "No contact sharing": a label that says an act on some data is not done. */
const NO_ACT_LABEL = /^\W*no\s+([a-z][a-z -]{1,40}?)\s+(storage|collection|sharing|retention)\W*$/i;
const NONE_ONLY = /^\s*(?:and\s+)?no\s+([^.;:,]{3,80}?)\s*[.;!]?\s*$/i;

/** Verbs of disclosure that end a negated list of verbs ("… not sold, used for marketing, or shared with …"). */
const DISCLOSING = /^(?:share|shared|sell|sold|disclose|disclosed|transfer|transferred|rent|rented|trade|traded|transmit|transmitted|give|given|pass|passed|send|sent|forward|forwarded|reveal|revealed|release|released)$/i;

/**
 * The last verb of a negated list of verbs, with what follows it, as a sentence of its own: "This data is not used for
 * tracking or shared with X" → "This data is not shared with X"; "We never collect, store, or sell your location" →
 * "We never sell your location". Only a disclosure: other verbs of such lists are too often nouns too ("records").
 * ("We do not sell or share …" stays one commitment: the pair names a sale.)
 */
function negatedLastVerb(text: string): { text: string; verbPhrase: string } | undefined {
  const neg = /\b(?:not|never)\b|n['’]t\b/i.exec(text);
  if (!neg) return undefined;
  const at = neg.index + neg[0].length;
  const rest = text.slice(at);
  const first = /^\s+(?:(?:be|been|ever)\s+)?([a-z]+)\b/i.exec(rest);
  // ("… are not grouped together, sold, used for marketing, or shared …": a participle the lexicon lacks opens the list too.)
  if (!first || !(VERBS.has(first[1].toLowerCase()) || /^[a-z]{3,}ed$/i.test(first[1]))) return undefined;
  let last: RegExpExecArray | undefined;
  let count = 1;
  // ("… sell, trade, or otherwise transfer": an adverb before the last verb.)
  for (const m of rest.matchAll(/(?:,\s*(?:(?:or|nor|and)\s+)?|\s+(?:or|nor)\s+)(?:be\s+)?(?:(?:otherwise|also|ever)\s+)?([a-z]+)\b/gi)) {
    if (!VERBS.has(m[1].toLowerCase())) continue;
    count++;
    if (DISCLOSING.test(m[1])) last = m;
  }
  if (!last || last.index === undefined) return undefined;
  if (count === 2 && VERBS.get(first[1].toLowerCase()) === 'sell') return undefined;
  const verbPhrase = rest.slice(last.index + last[0].length - last[1].length);
  return { text: `${text.slice(0, at)} ${verbPhrase}`, verbPhrase };
}

/** Sent to the product itself: "… are sent (anonymously) to us", "to our servers", "to the web server". */
const SENT_TO_US = /\b(?:sent|transmitted|uploaded|submitted|forwarded|reported)\s+(?:\w+\s+){0,2}to\s+(?:us|our\s+(?:own\s+)?(?:servers?|back-?end|web ?servers?|api|systems?)|the\s+(?:web\s+|app\s+)?server)\b/i;

/** A sentence whose subject is the vendor named before or what it gets: "It sees …", "They contain …", "Recordings are labelled with …". */
const VENDOR_PRONOUN_GETS = /^\W*(?:(?:it|they)\s+(?:only\s+)?(?:sees?|receives?|gets?|holds?|contains?|includes?|stores?|has access to|have access to|can see)\b|(?:its|their|these|the|such|all)?\s*(?:(?:crash|error|session|event)\s+)?(?:reports?|recordings?|replays?|events?|logs?|traces?)\s+(?:are|is|will be)\s+(?:only\s+)?(?:labell?ed|tagged|identified|linked|associated|keyed)\b|(?:a|an|each|every|its|their|these|the|such)?\s*(?:(?:crash|error|session|event|push)\s+)?(?:reports?|recordings?|replays?|events?|logs?|traces?|notifications?|messages?|alerts?)\s+(?:only\s+)?(?:contain|include|carry|hold|show)s?\b)/i;

/** A pronoun for data named before as the object of a disclosure or keeping: "We don't share them", "we never sell these". */
const PRONOUN_OBJECT = /\b(?:share|shares|sell|sells|disclose|discloses|send|sends|transfer|transfers|pass|passes|rent|rents|trade|trades|store|stores|keep|keeps|retain|retains|publish|publishes)\s+(?:it|them|these|those|(?:this|that)(?=\s+(?:with|to|outside|beyond|on|anywhere)\b|\s*[.,;]))\b/i;

/** An opener that gives examples of what the sentence before said: "In particular, …", "For example, …", "Namely …". */
const ELABORATION = /^\s*(?:in particular|for example|for instance|namely|specifically|e\.g\.|including|such as)\b/i;
/** A subject that points back at the providers just named: "These providers", "Those sub-processors", "Such vendors". */
const THESE_PROVIDERS = /^\s*(?:these|those|such|the above|the above-mentioned|all of these)\s+(?:(?:third[- ]party|service|external)\s+)?(?:providers?|processors?|sub-?processors?|vendors?|services|partners?|companies|third[- ]parties)\b/i;

/** A pronoun for data named before as a sentence's subject: "These are not used for advertising". */
const ANAPHORIC_SUBJECT = /^\s*(?:(?:all\s+)?(?:these|those)(?:\s+data)?|they|it|(?:this|that)(?=\s+(?:is|was|will|would|may|can)\s+(?:(?:not|never|only)\s+)?(?:be\s+)?(?:(?:not|never)\s+)?(?:shared|sold|disclosed|given|passed|sent|transferred|rented|traded|provided|made available|used)\b))\s+(?:are|is|were|was|will|would|may|can|might|shall|do|does|don['’]t|doesn['’]t|won['’]t|aren['’]t|isn['’]t|never|not)\b/i;

/** A reference back to data named before: "This information …", "The data is …", "such details", "The other information". */
const ANAPHORIC_DATA = /^\s*(?:the(?! (?:personal )?(?:data|information|details) (?:(?:that|which) )?(?:we|I|you|this [a-z]+|the [a-z]+|[A-Z][\w.-]*) (?:[a-z]+ly )?(?:collects?|gathers?|receives?|process(?:es)?|stores?|holds?|have|has|obtains?|provides?|gives?|submits?)\b)(?: other| remaining)?|this|that|these|those|such) (?:data|information|details)\b|\b(?:this|that|these|those|such|the other|the remaining) (?:data|information|details)\b/i;

/** A group's own data by a plural possessive: "players' own phone numbers", "the volunteers' home addresses". */
const GROUP_POSSESSIVE = /\b([a-z]+(?:ers|ors|ants|ents|ees|ists|ians))['’]\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?(?:names?|phone|mobile|numbers?|emails?|e-mail|address(?:es)?|details|dates? of birth|contact|photos?|pictures?)\b/i;
/** One of a group by a singular possessive ("a student's full date of birth", "each volunteer's home address"). */
const MEMBER_POSSESSIVE = /\b(?:a|an|the|each|any|every)\s+([a-z]+(?:er|or|ant|ent|ee|ist|ian))['’]s\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?(?:names?|phone|mobile|numbers?|emails?|e-mail|address(?:es)?|details|dates? of birth|contact|photos?|pictures?)\b/i;
/** The people data is taken from: "We do not collect email addresses or phone numbers from students". */
const FROM_GROUP = /\b(?:collect|ask for|request|gather|obtain|record|take|store|keep)\b[^.;:]{0,80}?\bfrom\s+(?:our\s+|the\s+|any\s+|individual\s+)?([a-z]+(?:ers|ors|ants|ents|ees|ists|ians))\b/i;
/** The people asked for data: "We don't ask guests for an email address", "We never require drivers to provide …". */
/** Data said of a group with "of" ("the names or phone numbers of pet sitters"): the group, checked against PEOPLE_PLURAL. */
const OF_GROUP = /\b(?:names?|phone(?: numbers?)?|mobile(?: numbers?)?|numbers|emails?|e-mail addresses|email addresses|addresses|details|contact (?:details|information)|dates? of birth|birthdays?|photos?|pictures?)\s+of\s+(?:the\s+|your\s+|any\s+|other\s+|their\s+)?(?:[a-z-]+\s+)?([a-z]+s)\b/i;
const ASK_GROUP = /\b(?:ask|require|request)\s+(?:our\s+|the\s+|any\s+|individual\s+)?([a-z]+s)\s+(?:for|to\s+(?:give|provide|share|supply|tell|enter|submit))\b/i;
/** A plural noun for a group of people ("guests", "drivers", "patients"). */
const PEOPLE_PLURAL = /^(?:[a-z]+(?:ers|ors|ants|ents|ees|ists|ians)|guests|visitors|patients|students|pupils|children|kids|tenants|staff|clients|members|users|customers|owners|parents|guardians|riders|donors|learners|couriers|attendees|passengers|neighbou?rs|relatives|friends|invitees|occupants|residents)$/i;
/** The product's people as a whole, whose data a possessive does not set apart. */
const PRIMARY_PEOPLE = /^(?:users|customers|members|subscribers|consumers|buyers|shoppers|owners|others|account ?holders|visitors|participants)$/i;
/** The people a customer lives with: "anyone in your household", "your family members", "others at the property". */
const HOUSEHOLD = /\b(?:any(?:one|body)|people|others|everyone|members?)\s+(?:else\s+)?(?:in|of|at)\s+(?:your|the)\s+(?:household|home|family|property)\b|\b(?:your|the)\s+(?:household|family)\s+members?\b/i;
/** Someone else's data named by whose it is ("the neighbour's name", "your landlord's phone number"). */
const OTHER_PERSON = /\b(?:the|a|an|any|your|their)\s+(neighbou?r|relative|friend|landlord|employer|guarantor|referee|witness|spouse|partner|flatmate|housemate|roommate|recipient|beneficiary|dependant|dependent|nominee|sender|invitee)['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:names?|phone|mobile|numbers?|emails?|e-mail|address(?:es)?|details|date of birth|contact)\b/i;

/** Analytics as the thing used ("use platform analytics to …", "use analytics for …"). */
const USED_ANALYTICS = /\b(?:use|uses|using)\s+(?:(?:our|the|any|platform|web|site|product|privacy-friendly|self-hosted|first-party)\s+){0,2}analytics\s+(?:data\s+)?(?:to|for)\b/i;

/** The user's passwords for other services ("your passwords for those providers", "credentials for third-party accounts"). */
const OTHER_ACCOUNTS_SECRET = /\b(?:passwords?|credentials?|log-?ins?|login details)\s+(?:for|to|of|on|at|with)\s+(?:those|these|such|other|third[- ]party|external|social|the(?:se)? (?:third[- ]party|external|other|social))\s+(?:[\w-]+\s+){0,2}?(?:providers?|services?|accounts?|sites?|websites?|platforms?|apps?|networks?)\b/i;

function positiveObjects(r: Reading): string[] {
  const cats = [...r.objects, ...r.subjectObjects];
  // ("Redacted lease text, state, chat questions": what is sent, redacted; nothing left out.)
  const text = r.text.replace(/^\s*(?:redacted|masked|scrubbed|stripped)\s+(?=[a-z])/i, '');
  const left = REMOVED_FIRST.exec(text) ?? WITH_REMOVED.exec(text) ?? LEFT_OUT.exec(text);
  if (!left) return cats;
  const neg = new Set(leftOutData(left[1]));
  return cats.filter((c) => !neg.has(c));
}

/**
 * What the clause's sentences say its recipients do not get ("never your name", "scrubbed of phone numbers"). A sentence
 * that names its vendors speaks of them only: "Twilio receives your mobile number. … we remove names before logs are sent
 * to Better Stack" leaves nothing out of what Twilio receives; a list "Vercel, Twilio and OpenAI" followed by "OpenAI …
 * not your name" gives OpenAI its limit as a statement of its own.
 */
function limitBySentence(shares: ShareDecl[], readings: Reading[], sentenceOf: number[], rowExcluded: string[], shareTexts: Map<ShareDecl, string[]>): void {
  const namedIn = new Map<number, Set<string>>();
  readings.forEach((r, i) => {
    const set = namedIn.get(sentenceOf[i]) ?? new Set<string>();
    // (And parties the catalog does not know, by name: "… with the DVSA".)
    for (const id of [...r.recipient.services, ...r.actorParties.services, ...r.recipient.names, ...r.actorParties.names]) set.add(id);
    namedIn.set(sentenceOf[i], set);
  });
  const leftOut = readings.map(negativeObjects);
  // ("We never share your location with advertisers": a ban on a kind of recipient limits only recipients of that kind.)
  const banKinds = readings.map((r) => (r.negated ? r.recipient.kinds.filter((k) => !GENERIC_KINDS.has(k)) : []));
  const aboutLogs = readings.map((r) => LOGS_SUBJECT.test(r.text));
  const said = readings.filter((r) => !r.negated && r.action !== null).flatMap(positiveObjects).filter((c) => c !== 'user');
  for (const sh of [...shares]) {
    // (The recipients a ban leaves out are not limited by that ban.)
    // ("… with anyone except our SMS provider, Twilio": nor are the ones it names as its exception.)
    if (shareTexts.get(sh)?.every((t) => NOT_INCLUDED_RECIPIENTS.test(t) || LEADING_EXCEPTION.test(t) || TRAILING_EXCEPTION.test(t) || EXCEPT_TO.test(t))) continue;
    const own: string[] = [];
    const some = new Map<string, string[]>();
    const shKinds: (string | undefined)[] = [...sh.kinds, ...sh.services.map((id) => serviceById(id)?.kind)];
    leftOut.forEach((cats, i) => {
      const named = namedIn.get(sentenceOf[i]);
      if (!cats.length || (banKinds[i].length && !banKinds[i].some((k) => shKinds.includes(k)))) return;
      // ("Email delivery is handled through Postmark. We do not sell, rent, or share your personal data with any third
      // parties for marketing purposes": a ban for a purpose, or on selling, leaves nothing out of what a vendor gets to
      // do its work.)
      if (readings[i].negated && (readings[i].action === 'sell' || readings[i].purposes.some((p) => p === 'marketing' || p === 'sale' || p === 'ai_training' || p === 'tracking' || p === 'vendor_own_purposes'))) return;
      // ("Segment only receives information about recruiters. Candidate personal data is never sent to Segment": a ban on
      // one group's data leaves nothing out of what the vendor gets about another; the ban itself is scoped to that group.)
      if (readings[i].negated && SUBJECT_DATA.test(readings[i].text)) return;
      // ("… stored in a Supabase project. Logs contain only IDs and event types, never message bodies": what the logs
      // leave out, not what the database that stores the messages gets — unless the recipient is where logs go.)
      if (aboutLogs[i] && !shKinds.some((k) => k === 'logging' || k === 'error_monitoring' || k === 'analytics')) return;
      // ("Payment data — handled by Stripe; we store only a customer reference, never card numbers": what the product
      // itself keeps, not what the vendor that handles the payment gets.)
      if (readings[i].actor === 'we' && !readings[i].passive && /^\s*we\b/i.test(readings[i].text) && readings[i].action === 'store' && !readings[i].negated && !readings[i].recipient.services.length && !readings[i].recipient.kinds.length) return;
      // ("Groq never receives your name. We share inspection records with the DVSA": a party named by name only is
      // named too.)
      const ids = sh.services.length ? sh.services : sh.names ?? [];
      if (!named?.size || !ids.length || ids.every((id) => named.has(id))) own.push(...cats);
      else if (sh.services.some((id) => named.has(id))) {
        const key = sh.services.filter((id) => named.has(id)).join(' ');
        some.set(key, [...(some.get(key) ?? []), ...cats]);
      }
    });
    // ("Only the draft text it is asked to improve — never subscriber data": a recipient of content only; every kind of
    // data about a person but what they write is left out.)
    const allButContent = (cats: string[]) => (cats.includes('user') && sh.categories.every((c) => c.startsWith('user.content')) ? [...cats.filter((c) => c !== 'user'), ...PERSON_DATA] : cats);
    // ("No personal information is sent to third parties … Services may collect the user's IP": what the clause says
    // they do get is not left out of what they get.)
    const whole = (cats: string[]) => cats.includes('user');
    const tidyCats = (cats: string[]) => allButContent([...cats, ...rowExcluded]).filter((c, i, a) => c !== 'user' && a.indexOf(c) === i && !sh.categories.includes(c) && !(whole(cats) && said.some((d) => covers(d, c) || covers(c, d))));
    for (const [key, cats] of some) {
      const ids = key.split(' ');
      sh.services = sh.services.filter((id) => !ids.includes(id));
      const excludes = tidyCats([...own, ...cats]);
      const same = shares.find((x) => x !== sh && x.services.join(' ') === key && x.categories.join(' ') === sh.categories.join(' '));
      if (same) same.excludes = [...new Set([...(same.excludes ?? []), ...excludes])];
      else {
        const part: ShareDecl = { ...sh, services: ids, categories: [...sh.categories], conditions: [...sh.conditions], kinds: [...sh.kinds], excludes };
        shares.push(part);
        shareTexts.set(part, shareTexts.get(sh) ?? []);
      }
    }
    const excluded = tidyCats(own);
    if (excluded.length) sh.excludes = excluded;
  }
}

/** Cookies used to measure a site's traffic: "analytics cookies", "cookies to analyse website traffic". */
const ANALYTICS_COOKIES = /\b(?:analytics?|analytical|statistics?) cookies\b|\bcookies?\b[^.;]{0,40}?\bto (?:help us )?analy[sz]e?s? (?:(?:our|the) )?(?:website |site |web )?(?:traffic|usage|visits)\b/i;

/** "when you book", "when you sign up": the moment a person gives what a form asks. */
const WHEN_GIVEN = /\bwhen you (?:book|sign up|sign-up|register|enrol|enroll|apply|check out|place an order|order|subscribe|create (?:an|your) account|join|fill (?:in|out)|make a booking|make a reservation|reserve)\b(?:\s+(?:with us|online|a \w+|an \w+|your \w+))?\s*[.;]?\s*$/i;

/** Messages that market ("marketing emails", "promotional communications", "newsletters"). */
const SENDS_MARKETING = /\bsend(?:s|ing)?\s+(?:you\s+|our\s+users\s+)?(?:any\s+)?(?:unsolicited\s+(?:or\s+)?)?(?:marketing|promotional|advertising|commercial)\s+(?:(?:or|and)\s+(?:other\s+)?(?:unsolicited|promotional|marketing|commercial)\s+)?(?:e-?mails?|messages?|communications?|texts?|sms|newsletters?|notifications?)\b/i;

/** A sentence about logs ("Logs contain only IDs", "Our server logs never include …"). */
const LOGS_SUBJECT = /^\s*(?:(?:our|the|these|its|their|server|application|app|system|access|request|debug)\s+)*(?:logs|log (?:files?|entries|lines|records))\b/i;

/** "use … for serving advertisements", "used for marketing": advertising as the purpose of a use. */
const USE_FOR_ADS = /\b(?:use|uses|used|using)\b[^.;]{0,80}?\bfor\s+(?:[\w-]+\s+){0,3}(?:advertis\w*|marketing|ads?)\b/i;

/**
 * "We also collect your company name, which is not shared with any third party": a relative clause that denies a
 * disclosure of what the clause names is a sentence about "this data" of its own.
 */
function negatedRelative(part: string): string[] {
  const m = /^(.*\S)\s*,?\s+which\s+((?:is|are|will|shall|would)\s+(?:be\s+)?(?:not|never)\s+(?:be\s+)?(?:shared|sold|disclosed|transferred|rented|passed|sent)\b.*)$/i.exec(part);
  if (m) return [`${m[1]}.`, `This data ${m[2]}`];
  // ("We use a privacy-friendly analytics platform that doesn't track users with unique identifiers": what the tool
  // does not do is said of the tool, neither collected by us nor banned.)
  const tool = /^(.*\b(?:platform|tool|service|software|solution|provider|library|system))\s*,?\s+(?:that|which)\s+((?:does\s+not|doesn['’]t|do\s+not|don['’]t|never)\s+(?:track|collect|store|record|use|set|log|fingerprint|identify)\b.*)$/i.exec(part);
  // ("We use Fathom, a tool that does not use cookies": the tool's own way of working, no rule of the product's.)
  return tool ? [`${tool[1]}.`] : [part];
}

/**
 * A list item that names its processor without a verb of its own: "Payment information (processed securely through
 * third-party providers)", "Anonymous usage statistics via Google Analytics"; and "Fonts are served by Bunny CDN".
 */
function vendorAside(part: string): string[] {
  // (The item is still what it was — collected, under a heading of what is — and its aside a sentence of its own.)
  const aside = /^([A-Z][^.;:()]{2,80}?)\s*\(\s*((?:processed|handled|stored|hosted|managed)\s+(?:securely\s+)?(?:through|by|via|with)\s+[^()]{3,80})\)\s*\.?\s*$/.exec(part);
  if (aside) return [part, `${aside[1]} is ${aside[2]}.`];
  const via = /^([A-Z][a-z][^.;:()]{2,60}?)\s+(?:via|through|using)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s*\.?\s*$/.exec(part);
  // (Only data: "Support through Discord" names a channel, not what goes there.)
  if (via && !via[1].toLowerCase().split(/\s+/).some((w) => VERBS.has(w) || AUXILIARIES.has(w))) {
    const said = `We collect ${via[1].charAt(0).toLowerCase()}${via[1].slice(1)} via ${via[2]}.`;
    if (readClause(said, { selfNames: new Set() }).objects.some((c) => c !== 'user')) return [said];
  }
  return [part.replace(/\b(is|are)\s+served\s+(by|from|via)\s+(?=[A-Z])/, '$1 hosted $2 ')];
}

/** "We receive but DO NOT save user-agents": two verbs sharing their object — the data comes in, and is not kept. */
function sharedObject(part: string): string[] {
  const shared = /^(.*?\b(?:we|i))\s+(receive|get|see|process|use|read)\s+but\s+((?:do\s+not|don['’]t|never|will\s+not|won['’]t)\s+(?:save|store|keep|log|retain|record|persist))\s+(.+)$/i.exec(part);
  return shared ? [`${shared[1]} ${shared[2]} ${shared[4].replace(/[.;]\s*$/, '')}.`, `${shared[1].replace(/^.*\b(we|i)$/i, '$1')} ${shared[3]} ${shared[4]}`] : [part];
}

/** "This data, processed through Google Analytics, helps us …": the processing said in passing, as a clause of its own. */
const APPOSED_PROCESSOR = /^(\s*(?:[Tt]his|[Tt]hat|[Ss]uch|[Tt]he|[Tt]hese|[Tt]hose|[Yy]our)\s+(?:[a-z]+\s+)?(?:data|information|details|logs?|statistics))\s*,\s*((?:processed|handled|collected|analy[sz]ed|stored|hosted)\s+(?:through|by|via|with|using|on|in)\s+[A-Z][^,;]{1,60}?)\s*,\s*/;

function apposedProcessor(part: string): string[] {
  const m = APPOSED_PROCESSOR.exec(part);
  return m ? [`${m[1]} is ${m[2]}.`, part] : [part];
}

/** "These logs reside in Google Cloud Logs": data that resides somewhere is stored there (not "if you reside in …"). */
/** "we will only send these/them/you …": the messages a sentence sends (to the person), not data passed on. */
/** Messages a product sends people ("marketing emails", "newsletters", "promotional content"), as what a sentence sends. */
/** Where a sentence's exception starts: "except", "other than", "… APIs beyond YouTube". */
const EXCEPT_FROM = new RegExp(String.raw`\b(?:except|unless|other than|apart from|besides)\b|${BEYOND_NAMED}|${BEYOND_LISTED}`, 'i');
const MESSAGES_NOT_DATA = /\bsend\s+(?:you\s+|users\s+)?(?:any\s+)?(?:(?:marketing|promotional|commercial|unsolicited|advertising|sales)\s+)?(?:e-?mails?|newsletters?|messages?|texts?|sms|notifications?|content|communications?|spam|offers?|promotions?)\b/i;
const MESSAGES_SENT = /\b(?:send|email|text)\s+(?:these|them|those|you|such (?:messages|emails|communications))\b/i;
/** "never transmitted to or stored on our servers": sent there or kept there, both said by the second verb's place. */
const SENT_OR_KEPT = /\b(?:sent|transmitted|uploaded|transferred|passed)\s+to\s+or\s+((?:stored|kept|saved|held|retained|logged)\s+(?:on|in|at)\b)/gi;
/** "(only dining hall preferences)" after a ban: what the ban leaves out, not more of what it rules out. */
const ONLY_ASIDE = /\s*\((?:only|just|except|other than|besides|apart from|aside from)\b([^()]*)\)/gi;
const NEGATION_BEFORE = /(?:\b(?:not|never|no)\b|n['’]t\b)/i;
const DATA_RESIDES = /\b(logs?|data|information|records?|files?|backups?|copies|content|recordings?|messages?|details)\s+(?:resides?|lives?)\s+(?=(?:in|on|with|at)\s)/gi;
/** "Setting data never sent to …", a clause split off after "and" without its "is": the subject, then "never <participle>". */
const ELIDED_BE = /^(\s*(?:[A-Za-z][\w'’-]*\s+){0,4}(?:data|information|details|settings?|history|content|files?|notes?|messages?|logs?))\s+((?:never|not)\s+(?:sent|shared|transmitted|uploaded|disclosed|sold|stored|collected)\b)/i;

/** "entered into the Fleet app", "typed into our system": put into the product itself. */
const ENTERED_INTO_PRODUCT = new RegExp(`\\b(?:entered|typed|input|inputted|submitted|uploaded)\\s+(?:in|into|on|to)\\s+(?:the|our|this)\\s+(?:[\\w-]+\\s+){0,2}(?:${PRODUCT_NOUNS}|system|database)\\b`, 'i');

/** "nothing that identifies you", "is not told who you are", "without anything that could identify you". */
const IDENTIFIES_YOU = /\b(?:nothing|no (?:data|information|details)|without anything)\s+(?:else\s+)?(?:that|which)\s+(?:could\s+|can\s+|would\s+|might\s+)?identif(?:y|ies)\s+you\b|\b(?:not|never)\s+(?:be\s+)?(?:told|given|shown|sent)\s+who you are\b/i;
/** Who a person is: what "nothing that identifies you" leaves out. */
const IDENTITY_DATA = ['user.name', 'user.contact', 'user.government_id'];

/** A vendor's own cookies ("Stripe may use cookies for security purposes", "It sets its own cookies"). */
const VENDOR_OWN_COOKIES = /(?:\b[Ii]t|\b[Tt]hey|\b(?!(?:We|Our|I)\b)[A-Z][\w.-]+)\s+(?:may |might |can |will |also )?(?:use|uses|set|sets|place|places|drop|drops)\s+(?:its own |their own |some |certain |essential |necessary )?cookies\b/;

/** "we never see your card", "I can't see your messages", "Our service does not ever see your card number": what the product never gets to see, it has no access to. */
const WE_SEE = new RegExp(`\\b(we|i|(?:the|our) servers?|(?:the|our|this)\\s+(?:${NOT_OURS}[a-z-]+\\s+)?(?:${PRODUCT_NOUNS}))\\s+((?:do not|don['’]t|does not|doesn['’]t|never|cannot|can['’]t|can ?not|will never|won['’]t|could never|can never|inherently|necessarily|can|will|may)(?:\\s+ever)?\\s+)?(see|sees|view|views)\\b(?=\\s+(?:your|any|the|users['’]?)\\b)`, 'gi');

/** "use Algolia to …": what a named vendor is used for. */
const USE_VENDOR_TO = /\b(?:use|using)\s+(?:[A-Z][\w.&-]*\s+){1,3}to\s+\w+/;

/** Headings that promise what the product never does ("What we will never do", "Things we don't do"). */
/** Notices of a breach: to affected people, regulators or the public ("provide required notices", "publish a notification"). */
const BREACH_NOTICE = /\b(?:notif(?:y|ies|ied|ying|ication|ications)|notices?|inform(?:s|ed|ing)?|alert(?:s|ed|ing)?)\b[^.;]{0,80}\b(?:affected|users?|people|individuals|you|regulators?|authorit(?:y|ies)|commission(?:er)?)\b|\b(?:publish|post)\w*\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:notification|notice|document|report|statement)\b/i;

/** A line that says where to reach the product ("Contact: …", "Questions / issues: …", "Support: …"). */
const CONTACT_LINE = /^\s*(?:contact(?:\s+us)?|questions?(?:\s*(?:\/|and|&)\s*(?:issues|feedback|support))?|issues|support|feedback|bug reports?|help|source(?:\s+code)?|repository|community)\s*[:：]/i;

/** A lead-in that only names the product ("The Acme documentation website"). */
const PRODUCT_SUBJECT = new RegExp(`^(?:the|our|this)\\b[^,;.]{0,60}\\b(?:${PRODUCT_NOUNS})$`, 'i');
/** The product named by what it is, or its team or company ("the extension", "our team"). */
const SELF_SUBJECT = new RegExp(`^(?:the|our|this)\\s+(?:[a-z-]+\\s+)?(?:${PRODUCT_NOUNS}|team|company)$`);

/** "wBlock does NOT:", "The extension will never:": the product, by its name or by what it is, and a negation that stops short. */
function selfNegated(bare: string, ctx: ReaderContext): boolean {
  const m = /^(.{1,40}?)\s+(?:(?:does|do|will|shall|can)\s+not|never|doesn['’]t|don['’]t|won['’]t|cannot|can['’]t)$/i.exec(bare.trim());
  if (!m) return false;
  const subject = m[1].trim().toLowerCase();
  return ctx.selfNames.has(subject) || ctx.selfNames.has(subject.replace(/^the\s+/, '')) || SELF_SUBJECT.test(subject);
}

const NEVER_FOLLOWING = /^(?:we|i)\s+(?:will\s+)?(?:never|do\s+not|don['’]t|will\s+not|won['’]t)\s+(?:do\s+)?(?:any\s+of\s+)?(?:the\s+following|these\s+things)(?:\s+things)?$/i;
const NEVER_DO = /\b(?:what|things)\s+we\s+(?:will\s+)?(?:never|don['’]t|do not|won['’]t|will not)\s+do\b/i;

/** A heading of uses ruled out ("❌ Prohibited Uses", "Restricted uses of data"). */
const PROHIBITED_USES = /\b(?:prohibited|forbidden|disallowed|banned|restricted)\s+(?:data\s+)?uses?\b/i;

/** "However: …", "However, we may …" after a ban: its exceptions follow. */
const HOWEVER_AFTER = /[.!:;]\s+however(?:\s*:|,?\s+(?:we|i|our|in (?:some|certain|limited)|there (?:are|is))\b)/i;

/** Every top-level kind of personal data but what people write or make (`user.content`). */
const PERSON_DATA = CATEGORIES.map((c) => c.id).filter((id) => /^user\.[a-z_]+$/.test(id) && id !== 'user.content');

/** Categories a reading says are left out: a negated disclosure's objects, or what follows "never", "no", "without", "strip". */
function negativeObjects(r: Reading): string[] {
  // ("The words you type into the search box, and nothing that identifies you", "Clarity is not told who you are": who the
  // person is — their name, contact details and identity documents — is left out.)
  if (IDENTIFIES_YOU.test(r.text) && !r.objects.some((c) => c !== 'user')) return IDENTITY_DATA;
  if (r.negated && (r.actor === 'we' || r.passive || r.actor === 'data' || r.actor === 'none')) {
    // "We do not store your full card number on our servers": what we do not keep, not what a recipient does not get.
    if ((r.action === 'collect' || r.action === 'store' || r.action === 'delete') && !/^(?:include[sd]?|contain(?:s|ed)?|attach(?:es|ed)?|adds?|added)$/.test(r.verb ?? '')) return [];
    // ("We never receive your card number; Stripe handles this": what we do not get, which the processor does.)
    if (r.action === 'receive' && r.actor === 'we' && !r.controlled) return [];
    // "We do not sell your personal information": a ban on selling, not what a processor we use may get.
    if (r.action === 'sell') return [];
    // "We do not use your email address for any other purpose": a limit on our use, not what a recipient gets.
    if (r.action === 'use' && !r.recipient.services.length && !r.recipient.kinds.length) return [];
    // ("We do not allow those providers to train their AI models using your data", "… to use your personal data for
    // their own purposes": what recipients may do with the data, not data they do not get.)
    if (r.action === 'use' && r.purposes.length) return [];
    return [...r.objects, ...r.subjectObjects];
  }
  // "including, but not limited to, email services": a list left open, nothing left out.
  const m = REMOVED_FIRST.exec(r.text) ?? WITH_REMOVED.exec(r.text) ?? LEFT_OUT.exec(r.text.replace(/\b(?:but )?not (?:limited|restricted) to\b|\bwithout limitation\b/gi, ' '));
  if (!m) return [];
  // ("… have access to your Personal Data only to perform these tasks and are obligated not to disclose or use it for
  // any other purpose": a limit on what the recipient does with the data, nothing left out of what it gets.)
  // ("… but they do not use it to train models": what the recipient does with it, too.)
  // ("These are not linked to any information that is personally identifiable": the logs are kept apart from who the
  // visitor is; that leaves nothing out of what their recipients get.)
  // ("AI providers … do not store your data on their servers beyond what is required": how long a recipient keeps
  // what it gets, not what it does not get.)
  // ("… but they are not permitted to use it for other purposes": what they may do, the same.)
  m[1] = m[1].replace(/^\s*(?:be\s+)?(?:permitted|allowed|authori[sz]ed|able)\s+to\s+/i, ' ');
  if (/^\s*(?:to\s+)?(?:store|stores|keep|keeps|retain|retains|hold|holds|persist|log|logs)\b/i.test(m[1])) return [];
  // ("… may not have the same data protection laws as the country in which you provided the information": a comparison
  // of laws, nothing left out.)
  if (/^\s*(?:have|offer|provide|afford)\s+(?:the\s+)?(?:same|equivalent|similar|comparable|adequate|an adequate|as)\b/i.test(m[1])) return [];
  if (/^\s*(?:be\s+|being\s+)?(?:linked|associated|connected|tied|combined|matched|correlated|joined)\s+(?:to|with)\b/i.test(m[1])) return [];
  if (/^\s*(?:to\s+)?(?:use|disclose|share|process|sell)\b[^.;]*\bfor\s+(?:any\s+)?(?:other|their own|its own|unrelated|any purpose other)\b/i.test(m[1]) || /^\s*(?:to\s+)?(?:use|sell|train)\s+(?:it|them|this|that|your|the|such|any|personal|data|information)\b/i.test(m[1])) return [];
  return leftOutData(m[1]);
}

/**
 * The data named after "never", "scrubbed of", "without": read as a phrase ("of names, phone numbers and gate access
 * codes" has no verb of its own, so whatever the reader takes for its subject is data too).
 */
function leftOutData(part: string): string[] {
  const r = readClause(part.replace(/\b(?:before|from them|from it|prior to)\b.*$/i, ''), { selfNames: new Set() });
  return [...r.objects, ...r.subjectObjects];
}

/** A lead-in that says its items are where content comes from ("… are sourced from", "… provided by", "… loaded from"). */
const SOURCED_FROM = /\b(?:sourced|comes?|coming|obtained|fetched|loaded|pulled|retrieved|licensed)\s+(?:\w+\s+){0,2}?(?:from|by)\b[^.;]*:?\s*$/i;

/** Whether every vendor a reading names stands after the words of an exception ("beyond what OpenAI's terms permit"). */
function namedOnlyInException(r: Reading): boolean {
  const at = r.text.search(/\b(?:beyond what|except(?: as| where| to the extent)?|other than|unless|as (?:permitted|allowed) by|in accordance with)\b/i);
  if (at < 0) return false;
  return r.recipient.services.every((id) => {
    const names = [serviceById(id)?.name, ...(serviceById(id)?.aliases ?? [])].filter((n): n is string => !!n);
    const first = Math.min(...names.map((n) => r.text.toLowerCase().indexOf(n.toLowerCase())).filter((i) => i >= 0));
    return Number.isFinite(first) && first > at;
  });
}

/** Whether the reading gives data to a vendor it names ("to Stripe", "with PayPal", "by Google"). */
function handedTo(r: Reading): boolean {
  const names = [...r.recipient.services.map((id) => serviceById(id)?.name ?? id), ...r.recipient.names];
  const esc = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return names.some((n) => new RegExp(`\\b(?:to|with|by|via|through|from) (?:the |our |your )?${esc(n)}\\b`, 'i').test(r.text));
}

/** "Typical data accessed includes:", "The information involved is:": a sentence that only names the list as data. */
const DATA_LABEL_INTRO = /^\s*(?:(?:the|typical|such|this|these|that|relevant|common|example)\s+)?(?:[a-z]+\s+)?(?:data|information|details)(?:\s+[a-z]+ed)?\s+(?:includes?|are|is|consists? of|covers?|may include|can include)(?:\s+as\s+follows)?\s*[:：]\s*$/i;

/** A table column that answers whether the row's data is collected or shared ("Collected", "Shared?", "Do we store it?"). */
const ANSWER_COLUMN = /^(?:(?:is it|do we|does it|does the (?:app|extension|service))\s+)?(?:collected|collect|stored|store|kept|keep|retained|tracked|track|saved|logged|recorded|shared|share|sold|sell|sent|transmitted)(?:\s+(?:by us|it|this))?\s*\??$/i;
/** A cell that says no ("No", "Never", "Not collected", "❌"). */
const NO_CELL = /^\s*(?:no|none|never|not (?:collected|stored|shared|sold|tracked|sent|kept|logged))(?![\w-])|^\s*(?:❌|✗|✘|×)/i;

/** The action a row's yes/no column rules out for the row's data, when its cell says no. */
function answeredNo(clause: Clause): { action: 'collect' | 'share'; at: number } | undefined {
  const at = clause.header?.findIndex((h) => ANSWER_COLUMN.test(h.trim())) ?? -1;
  if (at <= 0 || !NO_CELL.test(clause.cells?.[at] ?? '')) return undefined;
  return { action: /\b(?:shared?|sold|sell|sent|transmitted)\b/i.test(clause.header![at]) ? 'share' : 'collect', at };
}

/** A lead-in sentence that is only a connective ("Specifically:", "In particular:", "That means:"). */
const CONNECTIVE_INTRO = /^\s*(?:specifically|in particular|namely|that is|that means|this means|in other words|concretely|to be (?:clear|specific)|in detail|in short|for example|for instance)\s*[,:：]\s*$/i;

const SENT_TO_COLUMN = /^(?:sent|shared|disclosed|given|transferred)\s+(?:to|with)$|^recipients?$|^who receives it$/i;
const NOT_SENT_TO_COLUMN = /^(?:not|never)\s+(?:sent|shared|disclosed|given|transferred)\s+(?:to|with)$/i;

/**
 * A row of a "Data | Sent To | Not Sent To" table: a share of the row's data with the recipients the one column names
 * (unless the row's other cells already gave it), and a ban on sending it to the recipients the other column names
 * (conditional where the cell states an exception). The product itself is no recipient.
 */
function sentToRow(clause: Clause, ctx: ReaderContext, shares: ShareDecl[]): Declaration[] {
  const header = (clause.header ?? []).map((h) => h.trim());
  const cells = clause.cells ?? [];
  const sentAt = header.findIndex((h) => SENT_TO_COLUMN.test(h));
  const notAt = header.findIndex((h) => NOT_SENT_TO_COLUMN.test(h));
  if ((sentAt <= 0 && notAt <= 0) || !cells[0]) return [];
  const head = readClause(cells[0], ctx);
  const data = [...head.objects, ...head.subjectObjects].filter((c, i, a) => c !== 'user' && a.indexOf(c) === i);
  const partiesOf = (cell: string): Parties => {
    const r = readClause(cell, ctx);
    const own = (id: string) => ctx.selfNames.has((serviceById(id)?.name ?? id).toLowerCase());
    return { services: [...r.recipient.services, ...r.actorParties.services].filter((id, i, a) => a.indexOf(id) === i && !own(id)), kinds: [...r.recipient.kinds, ...r.actorParties.kinds].filter((k, i, a) => a.indexOf(k) === i), names: [] };
  };
  const out: Declaration[] = [];
  if (sentAt > 0 && cells[sentAt] && !shares.length) {
    const p = partiesOf(cells[sentAt]);
    const kinds = p.kinds.some((k) => !GENERIC_KINDS.has(k)) ? p.kinds.filter((k) => !GENERIC_KINDS.has(k)) : p.kinds;
    if (p.services.length || kinds.length) out.push({ type: 'share', clause: clause.id, kinds: p.services.length ? [] : (kinds as RecipientRef[]), services: p.services, categories: data, conditions: [], text: clause.text, confidence: 0.8 });
  }
  // (Only data the row names: "Code & files you work on" the reader cannot name bans nothing.)
  if (notAt > 0 && cells[notAt] && data.length) {
    for (const part of cells[notAt].split(/\s*;\s*/)) {
      // (A named kind or vendor only: "Any third-party" beside a "Sent To" column that names one is no blanket ban.)
      const p0 = partiesOf(part);
      const p = { ...p0, kinds: p0.kinds.filter((k) => !GENERIC_KINDS.has(k)) };
      if (!p.services.length && !p.kinds.length) continue;
      const conditions = /\b(?:except|unless|other than)\b/i.test(part) ? ['except'] : [];
      out.push({ type: 'prohibit', clause: clause.id, action: 'share', categories: data, kinds: p.kinds as RecipientRef[], services: p.services, purposes: [], conditions, text: `${cells[0]}: not sent to ${part}`, confidence: 0.8 });
    }
  }
  return out;
}

/** Actions that give data to someone. */
const DISCLOSING_ACTIONS = new Set(['share', 'sell', 'provide']);

/** "our payment provider", "our email service provider (Gmail)": a processor the product hires, as the subject. */
const OUR_PROCESSOR = /^(?:[^,;]{0,120},\s*)?our\s+(?:[\w-]+\s+){0,2}(?:providers?|processors?|partners?|vendors?)\b/i;
/** A recipient said to run on the user's own machine or network. */
const LOCAL_RECIPIENT = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1)\b|\blocalhost\b|\b(?:to|via|through|with|by) (?:a |the |your )?local (?:(?:ai|llm|language) )?(?:models?|servers?|instances?|network|llms?|bridge|daemon|runtime)\b|^\s*local (?:network|server|bridge|model|llm)\b/i;
/** Data handed to another party by us ("we share … with", "… will be uploaded to"). */
const HANDED_OVER = /\b(?:we (?:\w+ )?(?:share|send|transfer|disclose|pass|provide|upload)|(?:is|are|will be|may be|gets?) (?:uploaded|sent|shared|transferred|transmitted|disclosed|passed|forwarded) (?:to|with)|(?:is|are|will be|may be) (?:processed|handled|analy[sz]ed|stored|hosted) by (?:our |the )?[\w-]+)\b/i;
/** A pointer to a vendor's own policy after what is said of it (", which you may want to read their own privacy policy"). */
const READ_THEIR_POLICY = /,?\s*(?:(?:which|and|so)\s+)?(?:(?:you (?:may|can|might|should) (?:want to )?)?(?:read|see|review|consult|check)|please (?:read|see|review))\s+(?:their|its)\s+(?:own\s+)?privacy\s+(?:polic(?:y|ies)|notices?|statements?)\b.*$/i;
/** A sentence about a vendor without the pointer to the vendor's own policy that follows it. */
const withoutPolicyPointer = (text: string) => text.replace(READ_THEIR_POLICY, '');
/** "in accordance with their own privacy policies": the policy a vendor keeps. */
const THEIR_POLICY = /\b(?:in accordance with|under|subject to|according to|governed by|as described in|pursuant to)\s+(?:their|its)\s+(?:own\s+)?privacy\s+(?:polic(?:y|ies)|notices?|statements?|practices)\b/i;

/** Said of another party's own collection: "collect its own …", "under their own privacy policy". */
const OTHERS_OWN = /\b(?:collects?|gathers?|records?|keeps?|processe?s?)\s+(?:its|their)\s+own\b|\b(?:under|subject to|governed by|according to|in line with)\s+(?:its|their)\s+own\s+(?:privacy\s+)?(?:polic(?:y|ies)|terms|notices?)\b/i;

/** "collect, sell, or share", "collect or sell", "sell, rent or collect": selling as one verb of a list of verbs. */
const SELL_IN_VERB_LIST = /\b(?:collect|gather|store|process|use|track|share|disclose|transfer)(?:,| or| and| nor)(?: \w+,)* (?:or |and |nor )?(?:sell|rent|trade)\b|\b(?:sell|rent|trade)(?:,| or| and| nor)(?: \w+,)* (?:or |and |nor )?(?:collect|gather|store|track)\b/i;

/** Personal data as a whole: "your personal data", "personal information about you". */
const PERSONAL_WHOLE = /\b(?:your|all|any|such|the|this) personal (?:data|information)\b|\bpersonal (?:data|information) (?:about|of) (?:you|users)\b/i;

/** "You may request:", "You have the right to:", "California residents can ask us for:": a list of rights. */
const RIGHTS_LEAD_IN = /\b(?:you|residents|users|individuals|consumers|data subjects)\s+(?:may|can|have the right to|are entitled to|have a right to)\s*(?:request|ask(?: us)?(?: for)?|obtain|receive|exercise(?: the following rights)?)?\s*[:：]\s*$|\bright(?:s)? to(?: request| ask for| obtain| know)?\s*[:：]\s*$/i;

/** "the following data", "the following data types", "the following categories of personal information". */
const THE_FOLLOWING = /\bthe following(?:\s+(?:types?|categories|kinds|pieces|items)\s+of)?(?:\s+(?:personal|user|customer|account|usage|technical))?(?:\s+(?:data|information|details|fields))?(?:\s+(?:types?|categories|points?|elements?))?\b/i;

/**
 * A lead-in that shares "the following data" with a recipient, and a list item that names data and does nothing: the
 * sentence with the item in place of "the following data". Null when the item is a sentence of its own, names a
 * recipient or no data.
 */
function shareOfFollowing(lead: Reading, leadIn: string, first: Reading, item: string, ctx: ReaderContext): Reading | null {
  if (first.action !== null || first.recipient.services.length || first.recipient.names.length || first.actorParties.services.length) return null;
  if (lead.action !== 'share' && lead.action !== 'sell') return null;
  if (!lead.recipient.services.length && !lead.recipient.kinds.length && !lead.recipient.names.length) return null;
  if (!THE_FOLLOWING.test(leadIn)) return null;
  const own = readClause(item, ctx);
  if (!own.objects.some((c) => c !== 'user')) return null;
  const r = readClause(leadIn.replace(/[:：]\s*$/, '').replace(THE_FOLLOWING, /^[A-Z][a-z]/.test(item) ? lowerFirst(item) : item), ctx);
  return r.action === lead.action && r.negated === lead.negated ? r : null;
}

/** The sentence of a lead-in that introduces its list: its last ("We do not sell your data. We may share data with:"). */
/** A noun phrase that ends in a word for data or records. */
const DATA_NOUN_END = /^[A-Za-z][\w\s&/-]*\b(?:data|information|info|details|records?|logs?|files?|history|content|messages|documents|backups?|tickets|submissions|uploads|recordings|transcripts)$/i;

/** A lead-in that only names data ("Account Information:", "**Usage data**:"), without the colon; else undefined. */
function dataLeadIn(leadIn: string, ctx: ReaderContext): string | undefined {
  const bare = introducer(leadIn).replace(/[*_]+/g, '').replace(/[:：]\s*$/, '').trim();
  if (!/[:：]\s*$/.test(leadIn) || !bare || bare.split(/\s+/).length > 6 || /[.;!?,]/.test(bare) || bare.split(/\s+/).slice(0, DATA_NOUN_END.test(bare) ? -1 : undefined).some((w) => VERBS.has(w.toLowerCase()))) return undefined;
  const read = readClause(bare, ctx);
  // (Or a noun phrase that ends in a word for data: "Student Educational Records:", "Support tickets:".)
  return read.action === null && (read.objects.some((c) => c !== 'user') || DATA_NOUN_END.test(bare)) ? bare : undefined;
}

function introducer(leadIn: string): string {
  const sentences = splitSentences(leadIn);
  // ("… the following data can be stored. Which depends on the settings.": the sentence that announces the list.)
  const last = sentences[sentences.length - 1] ?? leadIn;
  if (!/[:：]\s*$/.test(last)) return sentences.find((t) => /\bthe following\b/i.test(t)) ?? last;
  // ("… the Service requests only the data it needs. Typical data accessed includes:": a label for the list; the
  // sentence before says who does what with it.)
  const prev = sentences[sentences.length - 2];
  // ("We do not collect any information. Specifically:": a connective that hands the list to the sentence before.)
  if (prev && CONNECTIVE_INTRO.test(last)) return `${prev.replace(/[.!]\s*$/, '')}:`;
  if (prev && DATA_LABEL_INTRO.test(last)) return `${prev.replace(/[.!]\s*$/, '').replace(UNMARKED_OCCASION, '')}:`;
  // ("Even with analytics permissions granted, we do not track:", "Regardless of your settings, Acme never collects:":
  // an opening that stresses the rule makes no exception to it.)
  // ("When you use Kotoba bot certain information is collected about you": an opening "when you use …" without its
  // comma is the occasion; the data is the sentence's subject.)
  return last.replace(STRESSING_OPENER, '').replace(UNMARKED_OCCASION, '');
}

/** "When you use Kotoba bot " before "certain information is collected": an occasion the writer left without a comma. */
const UNMARKED_OCCASION = /^\s*(?:when|whenever|if|once)\s+you\s+[a-z]+\s+(?:[\w.-]+\s+){0,4}?(?=(?:certain|some|the following|personal|basic)\s+(?:[a-z]+\s+)?(?:information|data|details)\s+(?:is|are|will be|may be|gets?)\s+(?:collected|stored|recorded|kept|logged|gathered)\b)/i;

/** An opening phrase that says a rule holds whatever happens ("Even with …,", "Regardless of …,", "In any case,"). */
const STRESSING_OPENER = /^\s*(?:even (?:with|when|if|after|though)|regardless of|irrespective of|no matter|in any case|in all cases|at all times)\b[^,;:]{0,80},\s+(?=(?:we|i|[A-Z][\w.-]*)\s)/i;

/** "We act as the data processor": the product's role for its customers' data. */
const ACTS_AS_PROCESSOR = /\b(?:acts?|is|are|serves?|operates?) as (?:a |the |their |its )?(?:data )?processor\b/i;

/** A sentence that says what something is in general: "Cookies are small text files placed on your device …". */
// ("Health information is special category data": what the law calls a kind of data, not every such kind collected.)
const DEFINITION = /^\s*(?:cookies|a cookie|web beacons|pixels?|local storage|tracking technologies)\s+(?:are|is)\s+(?:small\s+|tiny\s+)?(?:text\s+|data\s+)?(?:files?|pieces? of (?:text|data|code)|strings?|technologies|images?)\b|^\s*(?:an? |the )?['"‘“][^'"’”]{2,40}['"’”]\s+(?:means|shall mean|refers to|is defined as)\b|^\s*(?:your\s+)?[a-z][a-z ,-]{2,60}\s+(?:is|are)\s+(?:a\s+|considered\s+|classed as\s+|treated as\s+)?(?:special[- ]categor(?:y|ies)(?:\s+of)?|sensitive)\s+(?:personal\s+)?(?:data|information)\s*(?:under [^.]{2,40})?[.;]?\s*$/i;

/** The heading of a glossary. */
const DEFINITIONS_HEADING = /^\s*(?:[\d.]+\s*)?(?:definitions?|glossary|key terms|interpretation and definitions|definitions and interpretation)\s*:?\s*$/i;

/** "Mozilla is not considered a third party": someone a ban on third parties does not reach. */
const NOT_A_THIRD_PARTY = /\b(?:is|are) not (?:considered|regarded as|deemed|treated as)(?: to be)? (?:a |an )?third[- ]part(?:y|ies)\b/i;
/** "This does not include trusted third parties who assist us …": recipients a ban before leaves out. */
const EXCEPTED_RECIPIENTS = /\b(?:this|that) does not include (?:\w+ ){0,2}(?:third[- ]part(?:y|ies)|partners|service providers|vendors)\b/i;

const COOKIE_KIND = /^(?:(?:strictly )?necessary|essential|required|functional(?:ity)?|preferences?|settings|session|persistent|security|authentication|(?:web )?analytics?|analytical|performance|statistics?|statistical|marketing|advertising|targeting|tracking|third[- ]party|first[- ]party)(?: and [a-z]+)?(?: cookies?(?: and (?:similar technologies|local storage))?)?$/i;
const FOLLOWS_USE = /^(?:(?:web )?analytics?|analytical|performance|statistics?|statistical|marketing|advertising|targeting|tracking)\b/i;

/**
 * A kind of cookie the product sets, as a list item or labelled paragraph names it ("Analytics cookies: …", "Essential —
 * sign-in …" under a heading or lead-in about cookies): the cookie, and what visitors do for the kinds that follow use.
 */
function cookieKindOf(label: string | undefined, clause: Clause): string[] | undefined {
  const heading = clause.headingPath[clause.headingPath.length - 1] ?? '';
  // The label, or a heading that is the kind's name ("### Analytics Cookies" over its paragraph).
  const name = (label ?? (/\bcookies?\b/i.test(heading) ? heading : undefined))?.replace(/[*_`]/g, '').trim();
  if (!name || !COOKIE_KIND.test(name)) return undefined;
  const aboutCookies = /\bcookies?\b/i.test(name) || /\bcookies?\b/i.test(heading) || (clause.leadIn !== undefined && /\bcookies?\b/i.test(introducer(clause.leadIn)));
  if (!aboutCookies) return undefined;
  // "We use cookies …:" over the list declares them already.
  if (clause.leadIn && /\bcookies?\b/i.test(introducer(clause.leadIn)) && /\b(?:we|our)\b/i.test(introducer(clause.leadIn))) return undefined;
  return FOLLOWS_USE.test(name) ? ['user.device.cookie_id', 'user.behavior'] : ['user.device.cookie_id'];
}

/** How the lead-in sentence or the heading frames a list item or a label. */
/** A lead-in naming data by how it is kept ("Information stored about a registered user …", "Data we collect from you"). */
const STORED_DATA_LEAD = /\b(?:data|information|details)\s+(?:(?:that|which)\s+)?(?:we\s+)?(?:store|stored|collect|collected|keep|kept|retain|retained|save|saved|record|recorded|gather|gathered|log|logged)\b/i;

/** A heading about what other parties do with data ("Data other parties may collect, store, and process"). */
const OTHER_PARTIES_HEADING = /\b(?:other|third)[- ]part(?:y|ies)\b|\bothers\b/i;
/** A sentence whose subject is servers, hosts or services of someone else's ("Web servers that provide feeds may collect …"). */
const OTHERS_AS_SUBJECT = /^\s*(?:(?:when|if|once|while)\b[^,]{0,80},\s*)?(?:the |a |an |some |any |these |those |such |many )?(?:[A-Za-z-]+ ){0,2}(?:servers?|hosts?|hosters?|websites?|sites?|services?|providers?|platforms?|networks?|operators?|publishers?|companies)\b(?: (?:that|which|who|you)\b[^,.;]{0,80}| [^;]{0,200}?)?,? (?:(?:may|might|can|could|will|would|also|often|usually|typically|then) ){0,2}(?:collect|store|receive|log|record|keep|process|see|get|save|retain|detect)s?\b/i;

/** A negation of two or more verbs of keeping and of sending only ("does not log, transmit, store, or share"). */
const KEEP_OR_SEND_VERBS = /\b(?:not|never|n['’]t)\s+((?:(?:log|store|save|keep|retain|record|persist|cache|transmit|send|share|sell|upload)\b\s*,?\s*(?:or\s+|and\s+|nor\s+)?){2,})/i;

/** Verbs of keeping. */
const KEEP_VERB = /^(?:log|store|save|keep|retain|record|persist|cache)$/i;

/** Whether a ban's verbs keep and send only, one of them keeping: what is read in memory and let go breaks no such promise. */
function keepsOrSendsOnly(text: string): boolean {
  const verbs = KEEP_OR_SEND_VERBS.exec(text)?.[1].split(/[\s,]+/) ?? [];
  return verbs.some((v) => KEEP_VERB.test(v));
}

/** A lead-in that says what a form of the product's asks for ("The form typically includes:", "The sign-up form asks for:"). */
const FORM_ASKS = /^\s*(?:(?:the|this|our|each|a|an|that|your)\s+)?(?:[\w‑-]+\s+){0,3}?(?:form|questionnaire|survey|sign[- ]?up|registration)\s+(?:typically\s+|usually\s+|may\s+|will\s+|also\s+|normally\s+)?(?:includes?|asks?(?:\s+you)?\s+for|requests?|collects?|contains?|captures?|requires?|has\s+fields\s+for)\s*[:：]\s*$/i;

function frameOf(clause: Clause, section: Section, negHeading: boolean, ctx: ReaderContext): Frame {
  if (negHeading && section === 'collect') return 'not-collect';
  // (Under "Information from Third Parties", "Payment Processors:" over "Transaction confirmation from Stripe" says who the
  // data comes from, not who receives it.)
  if (clause.headingPath.some(sourceHeading)) return 'collect';
  if (clause.leadIn) {
    // ("When you complete the online check-in form … The form typically includes:", "The sign-up form asks for:": what a
    // form of the product's asks for is collected.)
    if (FORM_ASKS.test(introducer(clause.leadIn))) return 'collect';
    // "The following information may be collected and stored in a cookie when serving personalized ads:": what an ad
    // vendor's cookie holds, not what the product collects.
    if (/\b(?:in|by|through|via) (?:a|the|these|such|third[- ]party) cookies?\b|\bwhen serving (?:personali[sz]ed |targeted )?(?:ads|advertisements)\b/i.test(introducer(clause.leadIn))) return 'vendor-held';
    // ("When you use our service, we process:", "We handle:": what is processed is the list, data.)
    if (/(?:^|[,;]\s*)(?:we|i)\s+(?:also\s+)?(?:process|handle)\s*:\s*$/i.test(introducer(clause.leadIn))) return 'collect';
    const r = readClause(introducer(clause.leadIn), ctx);
    // ("Not collected:", "Never stored:": a bare negated participle over a list, as a data sheet labels what it leaves out.)
    if (r.negated && (r.action === 'collect' || r.action === 'store' || r.action === 'use') && (r.actor === 'we' || r.passive || NOT_DONE_BODY.test(introducer(clause.leadIn)))) return 'not-collect';
    if (!r.negated && (r.recipient.services.length || r.recipient.kinds.length || r.action === 'share' || r.action === 'sell')) return 'share';
    // "We use a few service providers. They process personal information only on our instructions:": the list is of
    // the recipients the sentence before names.
    if (!r.negated && /^\s*(?:they|these|these providers|these companies)\b/i.test(introducer(clause.leadIn)) && /\b(?:service providers?|sub-?processors?|vendors?|processors?|third[- ]part(?:y|ies)|partners?)\b/i.test(clause.leadIn) && !/\bfrom\b/i.test(clause.leadIn)) return 'share';
    if (!r.negated && (r.action === 'collect' || r.action === 'store' || r.action === 'receive' || r.action === 'provide')) return 'collect';
    // "We use the information we collect to:" introduces purposes, not data.
    if (!r.negated && r.action === 'use') return 'use';
    if (/\b(include|includes|following|such as)\b/i.test(clause.leadIn) && section === 'collect') return 'collect';
    // "Information stored about a registered user is limited to:", "Data we keep about you:": a list of what is kept.
    if (!r.negated && STORED_DATA_LEAD.test(introducer(clause.leadIn)) && /:\s*$/.test(clause.leadIn)) return 'collect';
  }
  if (section === 'share') return 'share';
  if (section === 'collect') return 'collect';
  if (section === 'retain') return 'retain';
  return null;
}

/**
 * The host a row's "where" column names ("Where? — On the developers server, by Netcup, in Germany."): a recipient
 * of what the row says is kept, which the product still collects.
 */
function hostOfRow(clause: Clause, ctx: ReaderContext): Parties | undefined {
  const where = clause.header?.findIndex((h) => /^\s*where\b|\b(?:hosted|stored|storage location)\b/i.test(h)) ?? -1;
  const host = where >= 0 ? readClause(`Stored ${clause.cells?.[where] ?? ''}`, ctx).recipient : undefined;
  return host && (host.services.length || host.names.length) ? { services: host.services, kinds: [], names: host.names } : undefined;
}

/** What a ban's data is made from ("from your photo", "from your contacts or your photos"). */
const FROM_SOURCE = /\bfrom (?:your|the|an?|their|its|these|those|such) [\w'’-]+(?: (?!(?:or|and)\b)[\w'’-]+)?(?:,? (?:or|and) (?:(?:your|the|an?|their|its) )?[\w'’-]+(?: (?!(?:or|and)\b)[\w'’-]+)?)*/gi;

/** A table column of recipients ("Vendor", "Provider", "Service"); in a vendor table a "Name" column is one too. */
const VENDOR_COLUMN = /vendor|provider|processor|service|company|recipient|third|partner|entity|tool/;

/** A row of a vendor table: the vendor its first cell (or a "vendor/provider" column) names. */
function rowRecipient(clause: Clause, ctx: ReaderContext): Parties | undefined {
  const cells = clause.cells ?? [];
  const header = clause.header?.map((h) => h.toLowerCase()) ?? [];
  let col = header.findIndex((h) => VENDOR_COLUMN.test(h) || /name/.test(h));
  // "| _ga | *.example.io | Google Analytics |", "| 1 | _ga | safe.global | Used to distinguish users |": a row of a
  // cookie table names the vendor whose cookie it is, by a column or by the cookie's well-known name. (A "Name"
  // column there holds the cookie's name, not a vendor's.)
  if (COOKIE_TABLE.test([...clause.headingPath, ...header].join(' ')) && (col < 0 || !VENDOR_COLUMN.test(header[col]))) {
    const byName = cells.map(serviceOfCookie).filter((id): id is string => id !== undefined);
    const owner = [...new Set([...byName, ...cells.flatMap((c) => readClause(c, ctx).recipient.services)])].filter((id) => !ctx.selfNames.has((serviceById(id)?.name ?? id).toLowerCase()));
    if (owner.length) return { services: owner, kinds: [], names: [] };
    if (col >= 0) col = -1;
  }
  const cell = cells[col >= 0 ? col : 0] ?? '';
  const r = readClause(cell, ctx);
  const parties = r.recipient;
  if (parties.services.length) return { services: parties.services, kinds: [], names: [] };
  const vendorTable = col >= 0 || sectionOf(clause.headingPath) === 'share';
  if (!vendorTable) return hostOfRow(clause, ctx);
  // "Mr. DLib [1]", "Semantic Scholar, powered by …": the name without its footnote or its description.
  const names = capitalisedLabel(cell.replace(/\s*\[\d+\]\s*$/, '').replace(/\s*[,(–—].*$/, ''), ctx, true);
  return names.length ? { services: [], kinds: parties.kinds, names } : parties.kinds.length ? parties : undefined;
}

const LABEL_NAME = /^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}$/;
const VENDOR_CELL_NAME = /^(?:[A-Z][\w.&/'-]*|[a-z]+[A-Z][\w.&/'-]*|[a-z][\w-]*\.(?:org|com|net|io|de|fr|uk|eu|edu|gov))(?:\s+(?:(?:of|the|for|and|de|du|des|der|für)\s+)?[A-Z][\w.&/'-]*){0,5}$/;

/** ", not Google Fonts": a vendor named as what is not used. */
const NOT_THE_VENDOR = /(?:,|;|\bbut)\s+not\s+(?:from\s+|via\s+|through\s+|on\s+|with\s+)?[A-Z]/;
/** "These are out of scope and will not be installed", "None of these are used": the vendors just named are not used. */
const NEVER_INSTALLED = /^\s*(?:these|none of (?:these|them))\s+(?:(?:tools?|services?|vendors?|products?|scripts?)\s+)?(?:are|is|will|would)\s+(?:out of scope and\s+(?:will|would)\s+)?(?:not|never)\s+(?:be\s+)?(?:installed|used|added|embedded|integrated|loaded)\b|^\s*none of (?:these|them) (?:are|is|will be) (?:used|installed|embedded|loaded)\b/i;

/** The sentence of a text that follows the one holding `part` ('' when none does). */
function sentenceAfter(text: string, part: string): string {
  const sents = splitSentences(text);
  const probe = part.trim().slice(0, 40);
  const at = sents.findIndex((t) => t.includes(probe));
  return at >= 0 ? sents[at + 1] ?? '' : '';
}

/** A part of a sentence whose subject is the product's app: "The tour app shows …", "Our browser extension reads …". */
const OWN_APP_OPENS = /^\s*(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:(?!(?:third|third-party|partner|external|other|another|vendor|provider|payment|analytics|advertising|ad|social|messaging|email|mail)\s)[a-z0-9-]+\s+)?(?:app|application|extension|add-?on|website|site|game|bot|plugin)\s+(?:also\s+|only\s+)?[a-z]+s\b/;

/** A platform company's name alone as an item of a list of names ("Google, Microsoft, Apple, and Zoom"). */
const LISTED_FAMILY = new RegExp(`(?:^|[-–—:,]\\s*|\\band\\s+|\\bor\\s+)(${PLATFORM_COMPANIES.join('|')})(?=\\s*(?:,|\\band\\b|\\bor\\b))`, 'g');

/** A platform company's name alone ("Google receives …", read as a name the catalog does not know). */
const FAMILY_NAME = new RegExp(`^(?:${PLATFORM_COMPANIES.join('|')})$`, 'i');
/** A sentence that opens with a platform company's name and a verb ("Google receives …"). */
const FAMILY_LEAD = new RegExp(`^\\s*(${PLATFORM_COMPANIES.join('|')})\\s+(?![A-Z])[a-z]{3,}s?\\b`);

/** The clause's own heading when it is a catalogued vendor's name and nothing more ("PostHog", "Sentry (error monitoring)"). */
function vendorHeading(clause: Clause, ctx: ReaderContext): string | undefined {
  const heading = clause.headingPath[clause.headingPath.length - 1]?.replace(/[*_`]/g, '').replace(/^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\)|[ivx]+\.)\s+/i, '').trim();
  if (!heading || clause.headingPath.length < 2) return undefined;
  // ("Stripe (Payment Processing)", "Google Gemini AI & OpenAI (AI Services)": what the names are, in parentheses after
  // them, is no recipient of its own; two names joined by "&" head one paragraph.)
  const names = heading.replace(/\s*\([^)]*\)\s*$/, '');
  const words = names.split(/\s+/).length;
  if (words > 5) return undefined;
  const r = readClause(names, ctx);
  const count = r.recipient.services.length;
  return (count === 1 ? words <= 3 : count === 2 && /\s(?:&|and)\s/.test(names)) && r.action === null && !r.negated && !r.recipient.kinds.length ? heading : undefined;
}

/** "It expires …", "they are deleted …", "it will be kept …": a retention sentence whose subject is a pronoun. */
const PRONOUN_KEPT = /^\s*(?:it|they)\s+(?:\w+\s+){0,2}?(?:expires?|lasts?|(?:is|are|be) (?:deleted|kept|retained|stored|removed|erased|purged))\b|^\s*(?:(?:when|whenever|if|once|after|upon)\b[^.;]{0,80}?,?\s+)?we\s+(?:\w+\s+){0,2}?(?:delete|erase|remove|purge|anonymi[sz]e)\s+(?:them|it)\b/i;

/** A lead-in that introduces recipients by name ("The payment processors we work with are:", "We use the following providers:"). */
function listsRecipients(whole: string | undefined, ctx: ReaderContext): boolean {
  if (!whole) return false;
  const leadIn = introducer(whole);
  const r = readClause(leadIn, ctx);
  if (r.negated) return false;
  // "We share personal information only with:", "… is disclosed to:": the items are who receives it.
  if (/\b(?:with|to)\s*:\s*$/i.test(leadIn) && (r.action === 'share' || r.action === 'provide' || r.action === 'sell')) return true;
  if (!/\b(?:are|include|includes|following|below)\s*:?\s*$/i.test(leadIn)) return false;
  return [...r.recipient.kinds, ...r.actorParties.kinds, ...r.subjectObjects].some((k) => k !== 'user');
}

/** Capitalised words that open a heading, a label or a list item without naming anyone ("Security", "Note", "Payment"). */
const GENERIC_LABEL = /^(Account|Contact|Device|Usage|Payment|Profile|Technical|Location|Cookies?|Analytics|Marketing|Support|Billing|Communications?|Information|Data|Personal|Name|Email|Purpose|Legal|Hosting|Security|Other|Content|Log|Logs|Business|Corporate|Affiliates?|Service|Services|Partners?|Law|Public|Third|Aggregated?|Anonymi[sz]ed|With|Vendors?|Providers?|Processors?|Sub-?processors?|Professional|Advisors?|Authorities|Government|Protection|Safety|Consent|Your|Our|Users?|Other|Notes?|NB|Important|Warning|Caution|Tip|Examples?|Privacy|Policy|Terms|Website|Links?|More|See|Learn|Read|Purposes?|Retention|Region|Country|Status|Categor(?:y|ies)|Types?|Role|Basis|Duration|Period)\b/;
/** A label that is one such word and nothing else ("What:", "Only", "GDPR Compliance"), never a company's name. */
const LABEL_WORD = /^(?:What|Why|Who|How|When|Where|Which|Only|Questions?|Notifications?|Items?|Actions?|(?:GDPR |CCPA |COPPA )?Compliance|GDPR|CCPA|COPPA|Subject(?: Line)?|Includes?|Scope|Summary|Details?|Description|Example|Uses?|Access|Requests?|Response|Contact|Steps?|Action Items)\s*[:?]?$/;

/** A short capitalised label ("Checkr", "Acme Pay") as a vendor name. */
function capitalisedLabel(label: string, ctx: ReaderContext, vendorCell = false): string[] {
  // ("FrontApp, Inc.", "Elasticsearch B.V.": the company by its name, without its legal form.)
  const t = label.trim().replace(/,?\s+(?:Inc|LLC|Ltd|GmbH|Corp|Corporation|Limited|B\.V|N\.V|SAS|AB|Oy|AG|Pty|PBC|plc)\.?$/, '');
  // In a vendor table's name column, also "Library of Congress", "The SAO/NASA Astrophysics Data System" and names
  // written in their own case ("arXiv.org", "mEDRA", "zbMATH Open").
  const name = vendorCell ? VENDOR_CELL_NAME : LABEL_NAME;
  if (!name.test(t) || ctx.selfNames.has(t.toLowerCase())) return [];
  // ("WRITE_EXTERNAL_STORAGE: Required for saving recordings": a constant of the code, an OS permission, not a company.)
  if (GENERIC_LABEL.test(t) || LABEL_WORD.test(t) || t.includes('_')) return [];
  return [t.toLowerCase()];
}

/** "… for any purpose", "for any reason whatsoever": no purpose is left out, so the ban is on the use itself. */
const ANY_PURPOSE = /\bfor any (?:purpose|reason)s?(?: whatsoever| at all)?\s*(?:[.;!]|$)/i;

/**
 * "only with your (explicit) consent", "only if you ask us to", "only when you choose to": the one condition a share is
 * allowed on.
 */
const ONLY_WITH_CONSENT = /\bonly\b[^.;]{0,80}?\b(?:with|upon|given|after (?:obtaining|receiving|getting)) (?:your |their |the user['’]s )?(?:explicit |express |prior |specific )?(?:consent|permission|authori[sz]ation|approval)\b|\bonly\b[^.;]{0,80}?\b(?:if|when|where) you (?:(?:explicitly|expressly|specifically) )?(?:ask|request|consent|agree|opt in|choose|authori[sz]e|instruct|direct)\b/i;

/** An item labelled as one of several settings ("Level 2:", "Option B:", "Strict mode:", "Tier 1 (default):"). */
const SETTING_LABEL = /^\s*(?:(?:[\w-]+\s+)?(?:level|tier|mode|option|setting|preset)\s+[\w.]{1,12}|[\w-]+\s+(?:mode|level|tier|preset))\s*(?:\([^)]{0,30}\))?\s*[:—–]/i;

/** A storing verb coordinated with one of taking in or seeing ("never see or store", "do not receive, access or keep"). */
const NEVER_SEEN = /\b(?:see|sees|receive|receives|access|accesses|obtain|obtains|get|gets|handle|handles|process|processes|ask for|request|collect|collects|touch|touches|read|reads)\s*(?:,\s*\w+\s*)*(?:,\s*)?(?:or|nor|and)\s+(?:\w+\s+)?(?:store|stores|keep|keeps|save|saves|hold|holds|retain|retains|record|records)\b/i;
/** A first-party negation as a ban; a scoped or purpose-limited one carries what limits it. */
const CHANNEL_USED = /\b(?:use|uses|used|using)\s+(?:(?:our|the|any|in-app|push|e-?mail|sms|text|browser|mobile)\s+){0,2}(?:notifications?|alerts?|reminders?|newsletters?|pop-?ups?|banners?)\s+(?:for|to)\b/i;

function prohibitionOf(r: Reading, clause: string, clauseServices: string[], headingScope?: string, allData = false, sentence?: string): ProhibitDecl | null {
  // ("No third-party advertising cookies", "We do not use advertising cookies": no advertiser's cookie on the product, so
  // nothing passed to advertisers through one.)
  if (r.negated && r.action === 'use' && r.objects.length && r.objects.every((c) => c === 'user.device.cookie_id') && /\badvertis(?:ing|ers?)\s+cookies\b/i.test(r.text) && !/\b(?:but|except|unless|on (?:the|our|this) \w+|in (?:the|our|this) \w+)\b/i.test(r.text) && !r.recipient.services.length) r = { ...r, action: 'share', recipient: { ...r.recipient, kinds: [...new Set([...r.recipient.kinds, 'advertising' as const])] } };
  // ("Author emails are never included in exports": what leaves in an export is passed on, not collected.)
  if (r.negated && r.action === 'collect' && /^(?:included|contained|put|placed)$/i.test(r.verb ?? '') && /\b(?:in|into)\s+(?:the\s+|any\s+|our\s+|these\s+|such\s+)?(?:data\s+|csv\s+)?exports?\b/i.test(r.text) && !r.recipient.services.length) r = { ...r, action: 'share', recipient: { services: [], kinds: ['third_party'], names: [] }, conditions: [...new Set([...r.conditions, 'when' as const])] } as Reading;
  // ("We don't ask for photos of your child when you book": the moment the data would be given, where the form is — no
  // condition that leaves a case open.)
  if (r.negated && r.action === 'collect' && r.conditions.includes('when') && WHEN_GIVEN.test(r.text) && (r.text.match(/\b(?:when|whenever|if|unless|while|once)\b/gi) ?? []).length === 1) r = { ...r, conditions: r.conditions.filter((c) => c !== 'when') };
  // ("We do not send marketing emails or promotional communications": what the product never sends people is no ban on
  // passing data on; it does not use their address to market to them.)
  // (Not when the sentence says which ones are sent after all: "… to users who have not opted in", "… more than once a week",
  // "… on behalf of third parties, but we may send you newsletters". "… without your consent" is a condition, kept.)
  const marketing = r.negated && r.action === 'share' && /^send/i.test(r.verb ?? '') ? SENDS_MARKETING.exec(r.text) : null;
  if (marketing && /\b(?:who|that|more than|less than|more often|except|on behalf|but|only|other than)\b/i.test(r.text.slice(marketing.index + marketing[0].length))) return null;
  if (marketing && !r.recipient.services.length && !r.recipient.names.length) r = { ...r, action: 'use', objects: [/\b(?:texts?|sms)\b/i.test(marketing[0]) ? 'user.contact.phone_number' : /\b(?:e-?mails?|newsletters?)\b/i.test(marketing[0]) ? 'user.contact.email' : 'user.contact'], subjectObjects: [], recipient: { services: [], kinds: [], names: [] }, purposes: ['marketing'], verb: 'use' };
  // "Your browsing data is not sent to us": a statement about collection by the product, not a ban on sharing.
  // ("We do not upload your media or personal data to our servers": the same, said with the active verb.)
  if (/\b(?:sent|transmitted|shared|uploaded) (?:to|with) (?:us|our servers|\w+['’]s servers)\b|\b(?:send|upload|transmit)\b[^.;]{0,50}?\bto (?:us|our (?:own )?servers?)\b/i.test(r.text)) return null;
  // "We do not process payments directly — we rely on Stripe": who does it instead, no ban.
  if (/\bnot\b[^.;]{0,40}\bdirectly\b/i.test(r.text) && /\b(?:rely on|relies on|through|via|handled by|processed by|instead)\b/i.test(r.text)) return null;
  // "We do not control what data third parties collect": a disclaimer about others, no ban.
  // ("Acme has no access to or control over these cookies that are used by third-party advertisers".)
  if (/\b(?:do|does|can)(?: not|n['’]t|not) (?:control|govern|have (?:any )?control over)\b|\bha(?:s|ve) no (?:[\w-]+ (?:to )?or )?control (?:over|of)\b/i.test(r.text)) return null;
  // ("We do not use or disclose sensitive personal information for purposes beyond those permitted by law": a promise to
  // keep within the law, no ban.)
  if (/\bbeyond (?:those|that|what(?:['’]s| is)?|the (?:purposes?|uses?))\s+(?:(?:expressly|strictly)\s+)?(?:permitted|allowed|required|authori[sz]ed)\s+(?:by|under)\s+(?:(?:the|applicable|relevant)\s+)?(?:law|laws|regulations?|legislation)\b/i.test(r.text)) return null;
  // ("**Why we cannot process UUID-based data requests**: …": a label that asks why or how explains; it promises nothing.)
  if (/^\s*(?:why|how come)\s+(?:we|you|i|it|the)\b/i.test(r.text)) return null;
  // ("Your seed phrase should never be shared with anyone", "You should not share your password": advice to the reader,
  // not what the product commits to.)
  if (/\b(?:should|shouldn['’]t|ought)\b(?:\s+(?:not|never))?\s+(?:be\s+)?(?:shared|share|given|give|sent|send|disclosed|disclose|revealed|reveal|told|tell)\b/i.test(r.text) && !/\bwe\s+should\b/i.test(r.text)) return null;
  // ("OAuth tokens are refreshed and old tokens are not retained": what is let go is only the old ones.)
  if (/\b(?:old|older|previous|prior|expired|stale|former|outdated|revoked|superseded|replaced)\s+(?:[a-z-]+\s+)?(?:tokens?|keys?|sessions?|versions?|copies|backups?|logs?|records?|data)\s+(?:are|is|will|were|get|gets)\b[^.;]{0,30}\b(?:not|never)\b/i.test(r.text)) return null;
  // "We will not hold it against you", "we don't require that information" (it is optional): no ban on data.
  if (/\bhold (?:it|that|this|them) against\b/i.test(r.text)) return null;
  // ("Specific control configurations … are not published in this statement": what the document itself leaves out.)
  if (/^(?:published|publish|listed|detailed|included)$/i.test(r.verb ?? '') && /\b(?:not|never)\s+(?:be\s+)?(?:published|listed|detailed|included)\s+(?:here|herein|in (?:this|the) (?:statement|policy|privacy policy|privacy notice|notice|document|page|section))\b/i.test(r.text)) return null;
  // ("We do not require or store passwords": what is not kept either is banned by the verb joined to it.)
  const joined = /^(?:require|requires|need|needs)$/i.test(r.verb ?? '') ? /\b(?:require|requires|need|needs)\s+(?:,\s*)?(?:or|nor)\s+((?:store|stores|keep|keeps|collect|collects|save|saves|retain|retains|log|logs)\b.*)$/i.exec(r.text) : null;
  if (joined) return prohibitionOf({ ...readClause(`We do not ${joined[1]}`, { selfNames: new Set() }), text: r.text }, clause, clauseServices, headingScope, allData);
  if (/^(?:require|requires|required|need|needs|needed)$/i.test(r.verb ?? '')) return null;
  // "We don't ask for personal information unless we truly need it": a principle of asking for little, no ban.
  // "We cannot share, sell, or disclose information that we do not have": nothing to ban.
  if (/\bunless we (?:truly |really |actually |strictly |absolutely )?need (?:it|them|this|that)\b/i.test(r.text) || /\b(?:information|data) (?:that|which) we (?:do not|don['’]t|never) (?:have|hold|collect|possess)\b/i.test(r.text)) return null;
  // "We cannot provide you with our services without these cookies": what the service needs, not a ban.
  if (/\b(?:cannot|can ?not|can['’]t|could not|unable to)\b[^.;]{0,60}\bwithout\b/i.test(r.text) && /^(?:provide|provides|offer|offers|deliver|delivers|operate|work|function)$/i.test(r.verb ?? '')) return null;
  // "The message is encrypted and cannot be read without the key": what protects the data, not a ban on having it.
  if (/\b(?:cannot|can ?not|can['’]t|could not|unable to)\s+(?:be\s+)?(?:read|accessed|viewed|seen|decrypted|opened|deciphered)\b[^.;]{0,60}\bwithout\b/i.test(r.text)) return null;
  // ("Your journal entries are protected with industry-standard encryption and cannot be accessed by other apps or by
  // us": the protection, said of data the product keeps.)
  if (/\b(?:encrypted|encryption|protected|secured)\b[^.;]{0,80}\b(?:cannot|can ?not|can['’]t)\s+be\s+(?:read|accessed|viewed|seen|decrypted|opened)\b/i.test(r.text)) return null;
  // ("Since all your data is stored locally on your device and we do not have access to it, you maintain full control":
  // a reason given for what follows, said again of what the policy states elsewhere — not a statement of its own.)
  if (PREMISE.test(sentence ?? r.text)) return null;
  // ("Our access to your channel is read-only. We do not: - Upload videos - Post comments": what the product does not do
  // on the person's account, no data it keeps from anyone — unless the data is theirs or a recipient is named.)
  // ("We don't create browser fingerprints": a fingerprint is made of the person's device, whoever's account it is.)
  if (/^(?:upload|uploads|post|posts|publish|publishes|edit|edits|modify|modifies|create|creates|manage|manages)$/i.test(r.verb ?? '') && !r.objects.includes('user.device.fingerprint') && !r.recipient.services.length && !r.recipient.kinds.length && !/\b(?:your|their|users?['’]s?|customers?['’]s?|personal|private|any)\b/i.test(r.text)) return null;
  // ("We will never use standard email, SMS, or unsecure phone calls for authentication or to request sensitive personal
  // information": the channels the product talks to people through, not data it keeps from them.)
  if (/\b(?:use|uses|using)\s+(?:(?:standard|regular|plain|ordinary|unsecured?|unencrypted|insecure)\s+)?(?:e-?mails?|sms|text messages?|texts|phone calls?|telephone calls?|calls|whatsapp|messaging apps?)\b(?:\s*,\s*|\s+(?:or|and|nor)\s+)/i.test(r.text) && /\b(?:to (?:request|ask|contact|reach|verify)|for (?:authentication|verification|contacting|log-?in|sign-?in))\b/i.test(r.text) && r.recipient.kinds.includes('messaging')) return null;
  // "We will never ask you for your password": a warning against phishing, not a ban on the sign-in form.
  // (Not the codes of a home or a building — "We never ask for key-safe codes or alarm codes" — which a service that
  // visits may or may not keep.)
  if (/\b(?:ask|asks|request|requests) (?:you )?(?:for|to (?:give|share|send|provide|tell))\b/i.test(r.text) && r.objects.length > 0 && r.objects.every((c) => c.startsWith('user.authorization')) && !/\b(?:key[- ]?safe|alarm|door|gate|lockbox|entry) codes?\b/i.test(r.text)) return null;
  // Sentences about browser "Do Not Track" signals describe a setting ("your choice not to be tracked"), or a ban that
  // holds only when the browser sends one ("we do not set cookies when a DNT signal is sent"): never an unconditional ban.
  const dnt = /\bDNT\b|\bDo[- ]Not[- ]Track\b|\bGPC\b|\bGlobal Privacy Control\b/.test(r.text);
  if (dnt && !r.conditions.some((c) => c === 'when' || c === 'unless' || c === 'opt-in')) return null;
  // "We don't receive or store your payment card details": what we never get, we never collect (not "from" someone).
  // ("We do not receive any of your information (e.g. name, card number) from Apple when you buy in the App Store": what
  // another company does not pass on, a statement about a source, not a ban.)
  const fromNamed = r.action === 'receive' && /\b(?:receive|receives|get|gets|obtain|obtains)\b[^.;]*?\bfrom\s+(?:the\s+)?(?!(?:You|Users?|Us|Your|Our)\b)[A-Z][\w.&-]+/.test(r.text.replace(/\([^()]*\)/g, ' '));
  if (r.negated && r.action === 'receive' && r.actor === 'we' && !fromNamed && !r.source.services.length && !r.source.kinds.length && !r.source.names.length) r = { ...r, action: 'collect' };
  // ("Groq never receives your name, licence details or location": what a named vendor never receives, the product never
  // sends it.)
  else if (r.negated && r.action === 'receive' && r.actor === 'vendor' && r.actorParties.services.length && !fromNamed && !/\b(?:may|might|could|can)\s+not\b|\bnot (?:always|necessarily|in all cases)\b|\bin all cases\b/i.test(r.text) && !r.source.services.length && !r.source.kinds.length && !r.source.names.length && r.objects.length) r = { ...r, action: 'share', actor: 'we', recipient: { services: [...r.actorParties.services], kinds: [], names: [] } };
  // ("Analytics providers never receive your name": the same of a kind of vendor.)
  else if (r.negated && r.action === 'receive' && r.actor === 'kind' && r.actorParties.kinds.length && !r.actorParties.services.length && !r.actorParties.names.length && !fromNamed && !/\b(?:may|might|could|can)\s+not\b|\bnot (?:always|necessarily|in all cases)\b|\bin all cases\b/i.test(r.text) && !r.source.services.length && !r.source.kinds.length && !r.source.names.length && r.objects.length) r = { ...r, action: 'share', actor: 'we', recipient: { services: [], kinds: [...r.actorParties.kinds], names: [] } };
  if (!r.negated || r.action === null || r.action === 'delete' || r.action === 'receive') return null;
  // "Because we don't identify individual end users, many rights don't apply", "Since Acme does not collect personal
  // data:": a premise for what follows, stated where the policy says it.
  // ("As we do not collect personal information at this time, you do not need to …": the same with "as".)
  if (/^\s*(?:because|since)\b/i.test(r.text) || /^\s*as\s+(?:we|the company|[A-Z][\w.&-]*)\s+(?:(?:do|does|did|will|can)\s+not|don['’]t|doesn['’]t|never)\b/i.test(r.text)) return null;
  // ("We will not request your username, password or card number in an unsolicited email or telephone communication": a
  // warning about phishing — how the product never asks — not a ban on holding them.)
  if (/^(?:ask|asks|request|requests|solicit|solicits|require|requires)/i.test(r.verb ?? '') && /\b(?:in|via|by|over|through)\s+(?:an?\s+|the\s+)?(?:unsolicited\s+)?(?:e-?mails?|telephone|phone|text messages?|sms)(?:\s+(?:communications?|calls?|messages?))?\b/i.test(r.text) && (/\bunsolicited\b/i.test(r.text) || r.objects.some((c) => c.startsWith('user.authorization') || c === 'user.account.username'))) return null;
  // ("Nothing else is ever logged other than what is listed above": a closed list of what the policy names elsewhere, not
  // a ban on what it names.)
  if (/\b(?:other than|except(?: for)?|besides|beyond|apart from)\s+(?:what|that which|those|the (?:data|information|items?|ones?|things?))\s+(?:(?:is|are|was|were|we(?:'ve| have)?|has been|have been)\s+)?(?:\w+\s+)?(?:listed|described|mentioned|set out|stated|outlined|specified|named)\b/i.test(r.text)) return null;
  // ("We cannot reliably identify which analytics data belongs to you", "we can't tell whether …": what the product is
  // unable to find out, an indirect question, is no commitment.)
  if (/\b(?:cannot|can['’]t|can not|are unable to|is unable to|do not|don['’]t)\s+(?:\w+ly\s+)?(?:identify|tell|determine|know|link|associate|say)\s+(?:\w+\s+)?(?:which|whether|who|what|if|whose)\b/i.test(r.text)) return null;
  // "We strive to not collect any personal data", "we try never to store …": an effort, not a commitment.
  if (/\b(?:strives?|striving|endeavou?rs?|try|tries|trying|aims?|seeks?|hopes?|do (?:our|its) best|make every effort|makes every effort)\s+(?:to\s+)?(?:not|never)\b|\b(?:strives?|endeavou?rs?|try|tries|aims?|seeks?|(?:is|are) (?:designed|built|meant|intended))\s+(?:to\s+)?(?:avoid|minimi[sz]e|limit)\b/i.test(r.text)) return null;
  // "… and we will no longer share your donation status": what follows from revoking a choice, not a standing ban.
  if (/\b(?:will|would|shall) no longer\b/i.test(r.text)) return null;
  // "We do not use your email address for any other purpose": a purpose limit on our own use, not a ban (unlike "we do
  // not allow providers to use it for their own purposes", which names who may not).
  // ("We will not process personal data obtained for one purpose for any unconnected purpose": the same.)
  if ((r.action === 'use' || r.action === 'collect') && r.purposes.length === 1 && r.purposes[0] === 'vendor_own_purposes' && r.actor === 'we' && !r.recipient.kinds.length && !r.recipient.services.length && !/\b(?:their|its) own\b/i.test(r.text)) return null;
  // "We do not use Algolia to collect any information about you", "We do not use YouTube to track you": what a named
  // vendor is used for, a limit on the purpose, not a ban on sending it data. (Not "we do not use Google Analytics",
  // which rules the vendor out.)
  if (r.action === 'use' && r.actor === 'we' && r.recipient.services.length && USE_VENDOR_TO.test(r.text)) return null;
  // "We do not use your data for any other purpose (such as advertising)": a purpose limit on our own use.
  if (r.action === 'use' && r.actor === 'we' && /\bfor any other purposes?\b/i.test(r.text) && !r.recipient.services.length) return null;
  // "We do not access your email inbox": no access to the account where mail is kept; mail the user forwards to the
  // product is another matter.
  if (r.negated && /^access/.test(r.verb ?? '') && /\b(?:inbox|inboxes|mailbox|mailboxes|email accounts?)\b/i.test(r.text)) return null;
  // "We do not read your private conversations", "we never read your emails": whether people at the company look at
  // what the product holds, not a ban on holding it.
  const read = [...r.objects, ...r.subjectObjects];
  if (r.negated && r.actor === 'we' && /^(?:read|reads|view|views)$/.test(r.verb ?? '') && read.length && read.every((c) => c.startsWith('user.content') || c === 'user.contact.email')) return null;
  // "Your password is hashed — we couldn't read it even if we wanted to": what protects the data, not a ban on it.
  if (r.negated && /\b(?:cannot|can ?not|can['’]t|couldn['’]t|could not|unable to)\s+(?:ever\s+)?(?:read|see|view|decrypt)\b/i.test(r.text) && /^(?:read|see|view|decrypt)/.test(r.verb ?? '')) return null;
  // "We do not allow humans to read user data unless …": who may look at data the product holds, not a ban on holding it.
  if (/\b(?:allow|let|permit|authori[sz]e)s?\s+(?:humans?|people|employees?|staff|our team|team members|anyone|engineers?|personnel)\s+to\s+(?:read|access|view|see|look at|review)\b/i.test(r.text)) return null;
  // ("We do not use your information for any purpose beyond the default logging provided by our cloud hosting
  // providers": a limit on our own use; the providers named in it are where the allowed use happens.)
  if (r.action === 'use' && /\bfor any (?:other )?purposes? (?:beyond|other than|outside|except)\b/i.test(r.text)) return null;
  // "Login credentials are not stored on your device": where the user's device keeps them, not what the product holds.
  // ("We do not run anti-cheat software on your device and we do not collect hardware IDs": the place must be the verb's.)
  const verbAt = r.verb ? r.text.search(new RegExp(`\\b${r.verb}\\b`, 'i')) : -1;
  // (Cookies are kept on the machine whoever sets them: "does not store any cookies on your machine" is a cookie ban.)
  if ((r.action === 'store' || r.action === 'collect') && !r.objects.includes('user.device.cookie_id') && /\b(?:on|in) (?:your|the user['’]?s?|their) (?:own )?(?:device|browser|computer|phone|machine)s?\b/i.test(r.text.slice(Math.max(0, verbAt)))) return null;
  // ("Error reports never contain …": the reports a kind of vendor gets, whose subject reads as that kind.)
  const containment = (r.actor === 'data' || ((r.actor === 'we' || r.actor === 'kind') && REPORTS.test(r.text))) && /^(contain|contains|include|includes)$/.test(r.verb ?? '') && !r.recipient.services.length && !clauseServices.length;
  // "This does not include message metadata", "The export does not contain your messages": what a document holds.
  // ("This identifier does not contain your name or email": what an identifier is made of.)
  if (containment && /^\s*(?:(?:this|that|it|these|those)|(?:the|your|this|that|an?)\s+(?:exports?|exported (?:file|data)|downloads?|archives?|copy|backups?|files?|zip(?: file)?|(?:[\w-]+\s+)?(?:identifiers?|ids?|IDs?|tokens?|hash(?:es)?|keys?|codes?)))\s+(?:does|do|will|would|won['’]?t|doesn['’]?t|don['’]?t|never|can|cannot)\b/i.test(r.text)) return null;
  // ("This data does not contain any personally identifiable information": a claim that data just named is not personal,
  // no ban on it.)
  if (containment && NOT_PERSONAL_CLAIM.test(r.text)) return null;
  const firstParty = r.actor === 'we' || r.passive || (r.actor === 'data' && /^\s*(no|none|nothing|neither)\b/i.test(r.text)) || containment;
  if (!firstParty || r.confidence < 0.6) return null;
  // ("Children are welcome at our open days, but we don't collect their details: the sign-in sheet only asks for an
  // adult's name": whose details "their" are, the clause before says; what follows the colon is what is asked for.)
  if (/\b(?:collect|record|store|keep|take|ask for|gather)\s+their\s+(?:personal\s+)?(?:details|data|information)\s*:/i.test(r.text)) return null;
  // Statements about children, about what is done "knowingly", or about unauthorised people are not bans on data.
  // "We do not collect children's last names or photos" (not "from children under 13"): a ban scoped to children's data.
  const childrensData = r.conditions.includes('children') && !r.conditions.includes('knowingly') && (/\b(?:children|child|kids|minors|pupils)['’]s?\s/i.test(r.text) || /\b(?:photos?|photographs?|images?|pictures?|videos?|names?|addresses|locations?|records?|recordings?) (?:of|about) (?:a |your |the )?(?:children|child|kids|minors|pupils)\b/i.test(r.text)
    // ("We do not collect health information about your child": a kind of data named, not personal data as a whole.)
    || (/\b(?:information|data|details) (?:about|on|of) (?:a |your |the )?(?:children|child|kids|minors|pupils)\b/i.test(r.text) && r.objects.some((c) => c !== 'user')))
    && !/\bunder (?:the age of |age )?\d+|\bfrom (?:a |any )?(?:children|child|minors?|kids)\b|\b(?:children|minors|kids) under\b/i.test(r.text);
  // ("This data will not be intentionally shared with anyone": code that hands data over does so knowingly, so a hedge
  // on a disclosure or a sale still bans it. Not collection — "we do not knowingly collect …" is about who sends it.)
  if ((r.action === 'share' || r.action === 'sell') && r.conditions.includes('knowingly') && !r.conditions.includes('children')) r = { ...r, conditions: r.conditions.filter((c) => c !== 'knowingly') };
  if (!childrensData && r.conditions.some((c) => c === 'knowingly' || c === 'children' || c === 'unauthorized' || c === 'identifiable form')) return null;
  // ("We do not collect IP addresses tied to individuals": a kind of data ruled out only in a form the code does not show;
  // not "We never share information linked to you", which is all personal data.)
  if (TIED_TO_PERSON.test(r.text) && r.objects.some((o) => o !== 'user')) return null;
  // "Third parties" and "service providers" mean anyone; authorities, acquirers and affiliates scope the ban to them.
  // (Kinds named only in an exception — "except … the crash reporting and analytics services" — are not banned.)
  const exceptAt0 = r.text.search(/,?\s*\b(?:except|unless|other than|apart from)\b/i);
  const headKinds = exceptAt0 > 0 ? readClause(r.text.slice(0, exceptAt0), { selfNames: new Set() }).recipient.kinds : r.recipient.kinds;
  const recipientKinds = r.recipient.kinds.filter((k) => k !== 'third_party' && k !== 'service_provider' && headKinds.includes(k));
  // ("We cannot get the IP", "so we can’t get data about a city or region within a country": what the design leaves the
  // product unable to learn, said to explain it, not a practice ruled out. Not "we cannot see your messages".)
  if (/^(?:get|gets|obtain|determine|know|tell|infer|work|figure|deduce|derive)$/i.test(r.verb ?? '') && /\b(?:cannot|can['’]?t|can not|(?:are|is|am) (?:not )?unable to|have no way (?:to|of))\s+(?:\w+\s+)?(?:get|gets|obtain|determine|know|tell|infer|work|figure|deduce|derive)\b/i.test(r.text)) return null;
  // ("We use no CDN on our app subdomain", "We don't use a CDN": how the product is hosted, said of no data; not "we do
  // not use third-party analytics", whose trackers are what the ban is about.)
  if (r.action === 'use' && /^(?:use|uses|using|used)$/i.test(r.verb ?? '') && recipientKinds.length && recipientKinds.every((k) => k === 'cloud_hosting') && !r.recipient.services.length && [...r.objects, ...r.subjectObjects].every((c) => c === 'user') && !/\b(?:data|information|details|personal)\b/i.test(r.text)) return null;
  const genericRecipient = r.recipient.kinds.some((k) => GENERIC_KINDS.has(k));
  // "We never include allergy information in text messages": what messages of that kind carry to whoever delivers them.
  const carried = r.objects.filter((c) => c !== 'user');
  if (r.verb && /^(include|includes|put|puts|attach|attaches|add|adds)$/.test(r.verb) && r.actor === 'we' && !r.recipient.services.length && recipientKinds.length && !r.recipient.names.length && carried.length) {
    return { type: 'prohibit', clause, action: 'share', categories: carried, kinds: recipientKinds as RecipientRef[], services: [], purposes: [], conditions: r.conditions.filter((c) => BLOCKING_CONDITIONS.has(c)), text: tidy(r.text), confidence: r.confidence };
  }
  // ("No personal data or journal content is included in performance reports": said in the passive, with the data as its
  // subject.)
  const carriedPassive = [...r.objects, ...r.subjectObjects].filter((c) => c !== 'user' && c !== 'user.telemetry');
  if (r.verb && /^(?:included|attached|added)$/.test(r.verb) && r.actor !== 'vendor' && !r.recipient.services.length && /^\s*(?:no|none of)\b/i.test(r.text) && /\bin (?:our |the |any |your )?(?:error|crash|bug|performance|diagnostic) reports?\b/i.test(r.text) && carriedPassive.length) {
    return { type: 'prohibit', clause, action: 'share', categories: [...new Set(carriedPassive)], kinds: ['error_monitoring'], services: [], purposes: [], conditions: r.conditions.filter((c) => BLOCKING_CONDITIONS.has(c) && c !== 'in telemetry'), text: tidy(r.text), confidence: r.confidence };
  }
  // "we do not include your name in error reports", "we do not attach your email": what a recipient gets.
  // ("Acme does not send or upload your data anywhere", "… do not send any data to any service": to anyone at all.)
  const sendsAnywhere = /^(?:send|sends)$/.test(r.verb ?? '') && /\b(?:anywhere|to any(?:one|body| (?:service|server|third|other|external|outside|remote)\w*))\b/i.test(r.text);
  // ("Our logs never include …" read with "we" as whose logs: what the logs hold, below.)
  if (r.verb && /^(include|includes|contain|contains|attach|attaches|add|adds|send|sends)$/.test(r.verb) && r.actor === 'we' && !(containment && REPORTS.test(r.text)) && !r.recipient.services.length && !r.recipient.kinds.length && !r.recipient.names.length && !sendsAnywhere) {
    if (!clauseServices.length) return null;
    // ("Your email address is stored in Resend … We do not send marketing emails, newsletters, or promotional content":
    // what is not sent is messages to the person, not their data to the paragraph's vendor.)
    if (/^(?:send|sends)$/.test(r.verb) && MESSAGES_NOT_DATA.test(r.text) && !/\b(?:your|their|users['’]?|the user['’]?s?)\s+(?:[\w-]+\s+){0,2}(?:address(?:es)?|data|information|details|numbers?)\b/i.test(r.text)) return null;
    const cats = [...r.objects, ...r.subjectObjects].filter((c) => c !== 'user');
    return cats.length ? { type: 'prohibit', clause, action: 'share', categories: cats, kinds: [], services: clauseServices, purposes: [], conditions: r.conditions.filter((c) => BLOCKING_CONDITIONS.has(c)), text: tidy(r.text), confidence: r.confidence } : null;
  }
  // "Crash reports never include your name or email address": what the crash reporter gets, not what we collect.
  const report = containment ? REPORTS.exec(r.text) : null;
  if (report) {
    const cats = r.objects.filter((c) => c !== 'user');
    return cats.length ? { type: 'prohibit', clause, action: 'share', categories: cats, kinds: [reportKind(report)], services: [], purposes: [], conditions: r.conditions.filter((c) => BLOCKING_CONDITIONS.has(c)), text: tidy(r.text), confidence: r.confidence } : null;
  }
  // "We do not use device fingerprinting, analytics or advertising trackers": a technique not used at all; the
  // purpose words name the trackers, not what the technique is for.
  // "We do not use cookies for tracking purposes": a ban on setting them for that purpose (one the code does not show).
  // ("No cookies are used for analytics tracking": the technique is the passive subject; "This cookie is not used for
  // tracking" limits what one cookie the policy names is for.)
  const used = r.objects.length ? r.objects : r.passive && !/^\s*(?:this|that|these|those|the|it|its|our)\b/i.test(r.text) ? r.subjectObjects : [];
  const usesTechnique = r.action === 'use' && used.length > 0 && used.every((c) => TECHNIQUES.has(c));
  const trackingCookies = usesTechnique && r.negated && r.purposes.length > 0 && r.purposes.every((p) => p === 'tracking' || p === 'analytics') && !r.recipient.kinds.length && !r.recipient.services.length;
  // ("We do not use analytics or advertising cookies" names the kind of cookie: a ban on that kind only.)
  const technique = usesTechnique && /\b(?:use|employ)\s+(?:any\s+)?(?:device\s+|browser\s+)?(?:fingerprint\w*|cookies?)\b/i.test(r.text) && !/\b(?:for|to)\s+(?:\w+\s+){0,2}(?:marketing|advertis|ads\b|retarget|promotional|profil|track)/i.test(r.text);
  // ("We do not use your data": a ban on using it as a whole, not on holding it.)
  const useOfAll = r.action === 'use' && !usesTechnique && /^(?:use|uses|using)$/i.test(r.verb ?? '') && r.objects.length === 1 && r.objects[0] === 'user';
  // ("National Insurance numbers … are never entered into the Fleet app": what is never put into the product is not
  // collected.)
  if (r.action === 'provide' && r.negated && ENTERED_INTO_PRODUCT.test(r.text)) r = { ...r, action: 'collect' };
  let action: ProhibitDecl['action'];
  if (r.action === 'share' || r.action === 'sell' || r.action === 'provide') action = 'share';
  // ("Does not track, sell, or share your information": a list of verbs that sells is a ban on passing the data on, for
  // sale; the tracking beside it is the product's own use.)
  else if (r.action === 'collect' && r.verb && /^track/i.test(r.verb) && r.purposes.includes('sale') && /\bsell\b/i.test(r.text)) {
    r = { ...r, action: 'sell', purposes: ['sale'] };
    action = 'share';
  }
  // ("We do not use Google user data for serving advertisements, including … interest-based advertising": of one
  // vendor's data, the kind after "for" is what the data is not used for, not whom it goes to.)
  // ("We do not use your code for training AI models beyond what OpenAI's API policies permit": a vendor named only in
  // the exception is whose terms bound the use, not whom the data goes to.)
  else if (r.action === 'use' && !recipientKinds.length && r.recipient.services.length && namedOnlyInException(r)) {
    r = { ...r, recipient: { ...r.recipient, services: [] } };
    action = 'use';
  }
  else if (r.action === 'use' && (recipientKinds.length || r.recipient.services.length) && !(r.scope && !r.recipient.services.length && r.purposes.length && USE_FOR_ADS.test(r.text))) action = 'share';
  // "We prevent Sentry from storing IP addresses": what a vendor may not keep is what it may not be sent.
  else if ((r.action === 'store' || r.action === 'collect') && r.controlled && r.recipient.services.length) action = 'share';
  else if (r.action === 'use') {
    // "is not used for any other function", "we do not use it to …": a limit on a purpose the reader did not name.
    // ("We do not use or disclose such sensitive personal information to infer characteristics".)
    // ("We do not use facial recognition and we never ask you for a selfie": another verb's "for".)
    // (Not "we do not access, store, or use it for any purpose": every purpose is no limit.)
    if (!r.purposes.length && /\b(?:use|uses|used|using)\b(?:(?!\b(?:and|but) (?:we|you|they|it)\b)[^.;]){0,80}?\b(?:(?<!\bexcept )for|to|in|within|beyond|other than)\b/i.test(r.text) && !ANY_PURPOSE.test(r.text)) return null;
    // ("We do not analyze code content": what is done with data the product may well hold, not a ban on holding it.)
    // ("We do not read or review your messages": what people at the product do with content it holds, not a ban on
    // holding it; "We do not monitor, review, or control user content, and are not responsible for …" disclaims.)
    const readsContent = READ_VERB.test(r.verb ?? '') && r.objects.length > 0 && r.objects.every((c) => c.startsWith('user.content'));
    if (readsContent && DISCLAIMER.test(r.text)) return null;
    action = (r.purposes.length && !technique && !trackingCookies) || (!usesTechnique && ANALYSIS_VERB.test(r.verb ?? '')) || useOfAll || readsContent ? 'use' : 'collect';
  }
  else action = 'collect';
  // ("… operational logs … may persist but no longer identify you personally": data that says who no one is — how it is
  // kept, not a promise about what the product does.)
  if (/^identif/.test(r.verb ?? '') && r.actor === 'data') return null;
  // "We do not keep your data longer than necessary": a retention ceiling, not a ban.
  if (r.action === 'store' && /\b(?:longer|more) than\b|\bbeyond\b/i.test(r.text)) return null;
  // "We don't provide email support", "we do not provide phone support": a service the product does not offer; there is
  // no one the data would be provided to.
  if (r.action === 'provide' && !r.recipient.services.length && !r.recipient.kinds.length && !r.recipient.names.length && !/\bprovid(?:e|es|ed|ing)\b[^.;]*?\bto\b/i.test(r.text)) return null;
  // "We don't collect anything beyond what's necessary for our services": a principle of collecting little, which
  // names nothing the product may not collect.
  if (r.conditions.includes('beyond necessary') && [...r.objects, ...r.subjectObjects].every((c) => c === 'user')) return null;
  // "Your personal data is not revealed to us": what does not reach the product is no ban on what it shares.
  if (r.action === 'share' && /\b(?:revealed|disclosed|sent|transmitted|passed|given|shown|visible|available)\s+(?:back\s+)?to us\b/i.test(r.text) && !r.recipient.services.length && !r.recipient.kinds.length && !r.recipient.names.length) return null;
  // ("… your personal data is not revealed to us, although … is available to us via our internet service provider".)
  if (r.action === 'share' && /\b(?:not|never)\s+(?:be\s+)?(?:revealed|disclosed|sent|transmitted|passed|given|shown)\s+(?:back\s+)?to us\b/i.test(r.text)) return null;
  // "The password is not stored in clear text": how it is kept (hashed, encrypted), not that it is not kept.
  if (/\b(?:not|never) (?:be )?(?:stored|kept|saved|sent|transmitted|logged)\s+(?:in (?:clear|plain)[ -]?text|unencrypted|in (?:a )?(?:readable|raw) form|in the clear)\b/i.test(r.text)) return null;
  // ("No data is transmitted over unencrypted connections": how data travels, not that it does not.)
  if (/\b(?:sent|transmitted|transferred|passed|shared|exchanged)\s+(?:over|via|through|across|using)\s+(?:an?\s+)?(?:unencrypted|insecure|non-?encrypted|plain(?:[ -]?text)?|unsecured?)\s+(?:connections?|channels?|http|networks?|protocols?|links?)\b/i.test(r.text)) return null;

  // "We do not have access to your password", "we never see your password": a password is kept hashed, out of anyone's
  // sight; that is how it is held, not that it is not.
  if (action === 'collect' && r.objects.length && r.objects.every((c) => c.startsWith('user.authorization.password')) && /\b(?:have|has|get|gets|with) (?:no )?access to\b|\b(?:see|sees|know|knows|view|views|read|reads|access|accesses)\b/i.test(r.text) && !/\b(?:store|stores|stored|keep|keeps|kept|save|saves|saved|collect|collects|collected|log|logs|logged)\b/i.test(r.text)) return null;
  // "These logs do not contain IP addresses": what is left out is the object, not the logs.
  // The subject's data counts only when the data is the subject ("Your email is never shared", "No IP addresses are stored").
  let categories = (containment || (r.actor === 'we' && !r.passive) ? r.objects : [...r.objects, ...r.subjectObjects]).filter((c, i, a) => a.indexOf(c) === i);
  // ("We do not collect … a unique identifier of the user": ruled out, any identifier that singles the person out — a
  // machine's id among them.)
  if (categories.includes('user.unique_id') && !categories.includes('user.device.device_id') && /\bunique (?:identifiers?|ids?)\b/i.test(r.text) && !/\bunique (?:identifiers?|ids?) (?:for|of|to) (?:each |every |an? |the |your )?(?:order|booking|ticket|request|transaction|item|session|file|document)/i.test(r.text)) categories.push('user.device.device_id');
  // "… except as necessary (e.g., sending an email)": data named in the exception is not what the ban covers.
  // "This information, with the exception of your username and country, is never shared": the data of the aside is
  // what the ban leaves out.
  // ("… any other kinds of information with Audio.com, apart from the UUID itself.": the aside may end the sentence.)
  // ("We do not collect any personal information (from our users) beyond your email address": the email is what the
  // ban leaves out.)
  // ("Other than the allergens above, we do not ask about medical conditions, pregnancy or any other health information":
  // an exception that opens the sentence and names data of the kind the ban names is that data, which the policy says it
  // takes by that very word; the ban holds for the rest of the kind.)
  const opening = /^\s*(?:other than|apart from|besides|except for|with the exception of)\s+([^,;()]{3,80}),\s*/i.exec(r.text);
  if (opening && categories.length && r.conditions.filter((c) => BLOCKING_CONDITIONS.has(c)).every((c) => c === 'except') && (r.text.match(/\b(?:except|exception|other than|apart from|besides|beyond)\b/gi) ?? []).length === 1) {
    const named = readClause(opening[1], { selfNames: new Set() });
    const excepted = named.objects.length ? named.objects : named.subjectObjects;
    // (Not "Other than your email address, we do not collect any personal information": the kind named is all data, and
    // the exception a part of it.)
    if (excepted.length && !excepted.includes('user') && !categories.includes('user') && excepted.every((c) => categories.includes(c))) r = { ...r, conditions: r.conditions.filter((c) => c !== 'except') };
  }
  const aside = opening ? null : /,\s*(?:with the exception of|except for|other than|apart from|besides)\s+([^,;()]{3,120})(?:,|[.!]?\s*$)/i.exec(r.text)
    ?? /\b(?:data|information|details)(?:\s+(?:from|about|of)\s+(?:our|the|its|their)?\s*[a-z]+)?\s+(?:beyond|other than|besides|apart from|except(?: for)?)\s+(?!(?:what|as|that|those|is|are|necessary|needed|required)\b)([^,;()]{3,120}?)(?:[,;]|[.!]?\s*$)/i.exec(r.text)
    // ("… any generated content, uploaded materials, or activity beyond anonymous telemetry data", "… passport numbers or
    // other government ID numbers beyond your tax identification number": what a ban says it goes beyond is what it
    // leaves out — not a time or a purpose.)
    ?? /\s+beyond\s+((?:anonymous|anonymi[sz]ed|aggregated?|basic|minimal|de-identified|pseudonymi[sz]ed)\s+[^,;()]{3,100}?|(?:your|the)\s+(?![^,;()]*\b(?:lifetime|life|period|days?|months?|years?|time|necessary|needed|required|purposes?|scope|control|account(?!\s+(?:name|number|id)))\b)[^,;()]{3,100}?)(?:[,;]|[.!]?\s*$)/i.exec(r.text);
  // (An aside that is a clause of its own — "the allergies and intolerances you choose to give us" — names its data as
  // the subject.)
  const asideReading = aside ? readClause(aside[1], { selfNames: new Set() }) : undefined;
  const left = new Set(asideReading ? (asideReading.objects.length ? asideReading.objects : asideReading.subjectObjects) : []);
  if (left.size && categories.length) {
    const rest = categories.filter((c) => !left.has(c));
    categories = rest.length ? rest : ['user'];
    // ("We do not collect your weight, body measurements, pregnancy status or any other health information apart from the
    // allergies you choose to give us": the kinds named are banned outright; the exception is what the aside names.)
    if (rest.length && !rest.includes('user') && r.conditions.filter((c) => BLOCKING_CONDITIONS.has(c)).every((c) => c === 'except') && (r.text.match(/\b(?:except|exception|other than|apart from|besides|beyond)\b/gi) ?? []).length === 1 && rest.some((c) => ![...left].some((l) => covers(l, c)))) {
      r = { ...r, conditions: r.conditions.filter((c) => c !== 'except') };
      // (The aside's kind, read broadly — "allergies" as health data — excepts no part of the kinds named outright.)
      for (const l of [...left]) if (rest.some((c) => c !== l && covers(l, c))) left.delete(l);
    }
  }
  // ("We do not access your contacts, photos (except when you explicitly attach them), or other personal files": the
  // exception in brackets is the photos'; the rest of the list is banned outright.)
  const itemExcept = !left.size ? /([A-Za-z][\w'’ -]{1,40}?)\s*\(\s*(?:except|unless|other than|apart from|only)\b[^()]*\)\s*,/i.exec(sentence ?? r.text) : null;
  if (itemExcept && categories.length > 1 && ((sentence ?? r.text).match(/\b(?:except|unless|other than|apart from)\b/gi) ?? []).length === 1) {
    const item = readClause(`we collect ${itemExcept[1].split(/,\s*|\s+(?:and|or)\s+/).pop()}`, { selfNames: new Set() }).objects;
    const rest = categories.filter((c) => !item.includes(c));
    if (item.length && rest.length) {
      categories = rest;
      r = { ...r, conditions: r.conditions.filter((c) => c !== 'except' && c !== 'unless' && c !== 'when') };
    }
  }
  const exceptAt = left.size || itemExcept ? null : /\b(?:except|unless|other than|apart from|e\.g\.|for example|such as when|(?:or )?(?:anything|everything) else than)\b/i.exec(r.text);
  if (exceptAt && categories.length) {
    const head = readClause(r.text.slice(0, exceptAt.index), { selfNames: new Set() });
    const before = new Set([...head.objects, ...head.subjectObjects]);
    // (Data named only as "the data" before the exception is what the earlier sentence named: kept.)
    if (before.size && ![...before].every((c) => c === 'user')) categories = categories.filter((c) => before.has(c));
    // ("We do not use or store information about the user's location except for the country of origin": what is left
    // out is the coarse part of a location, so what is banned is the precise part, without exception.)
    const excepted = categories.includes('user.location') ? readClause(r.text.slice(exceptAt.index).replace(/^\S+\s+(?:for\s+)?/, 'we collect '), { selfNames: new Set() }).objects : [];
    if (excepted.length && excepted.every((c) => COARSE_PLACE.has(c))) {
      categories = categories.map((c) => c === 'user.location' ? 'user.location.precise' : c).filter((c, i, a) => a.indexOf(c) === i && !COARSE_PLACE.has(c));
      r = { ...r, conditions: r.conditions.filter((c) => c !== 'except') };
    }
  }
  if (categories.length > 1) categories = categories.filter((c) => c !== 'user');
  // ("We never store plain-text passwords", "we do not keep unencrypted card numbers": how the data is kept, said of its
  // form, not that it is not kept.)
  const rawForm = /(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+){0,2}?(?:store|stores|keep|keeps|save|saves|log|logs|retain|retains)\s+(?:your\s+|any\s+)?((?:plain[ -]?text|clear[ -]?text|unencrypted|unhashed|raw)\s+(?:passwords?|credentials?|card numbers?|keys?|tokens?|secrets?))\b/i.exec(r.text);
  if (rawForm) {
    const form = new Set(readClause(`we collect ${rawForm[1].replace(/^\S+\s+/, '')}`, { selfNames: new Set() }).objects);
    categories = categories.filter((c) => !form.has(c));
    if (!categories.length) return null;
  }
  // "We never receive your passwords for those providers": the secrets of the user's accounts elsewhere (a sign-in
  // provider's), not the product's own password.
  if (OTHER_ACCOUNTS_SECRET.test(r.text)) {
    categories = categories.filter((c) => !c.startsWith('user.authorization'));
    if (!categories.length) return null;
  }
  // "We do not create biometric templates from your photo": what the data is made from is not what the ban covers.
  const unsourced = categories.length > 1 ? r.text.replace(FROM_SOURCE, ' ') : r.text;
  if (unsourced !== r.text) {
    const made = new Set(readClause(unsourced, { selfNames: new Set() }).objects);
    const kept = categories.filter((c) => made.has(c));
    if (kept.length) categories = kept;
  }
  // "The data is sent only to us and is not shared with third parties", "This information is never sold": data an
  // earlier sentence named, which the reader could not resolve; not a ban on everything.
  // ("These are not used for advertising", "We do not sell them": pronouns for what the reader could not name.)
  const pronounOnly = !allData && (ANAPHORIC_DATA.test(r.text) || ANAPHORIC_SUBJECT.test(r.text) || PRONOUN_OBJECT.test(r.text) || /\b(?:use|uses)\s+(?:it|them|these|those)\b/i.test(r.text)) && !/\b(?:personal|all|any|your) (?:data|information)\b/i.test(r.text);
  // ("However, we will not sell this data": a sale is ruled out whatever the data; selling any of it is what is banned.
  // So is advertising: "No advertising: we don't use it for ads or marketing".)
  if (categories.length === 1 && categories[0] === 'user' && pronounOnly && !r.purposes.some((p) => p === 'sale' || p === 'marketing')) return null;
  // "The following data is never included in error reports:": the items say which data; the lead-in bans nothing itself.
  // ("We do not share your personal data except in the following circumstances:" bans all of it; the items are the
  // exceptions.)
  if (categories.every((c) => c === 'user') && /[:：]\s*$/.test(r.text) && THE_FOLLOWING.test(r.text) && !r.conditions.includes('except')) return null;
  const purposes = technique ? [] : [...r.purposes];
  let kinds: string[] = technique ? [] : [...recipientKinds];
  // "We do not use platform analytics to sell your data or for cross-site advertising": the analytics used is the tool,
  // the purpose is what is ruled out (its recipients are the advertisers' kinds, added below).
  if (purposes.length && /^(?:use|uses|using)$/.test(r.verb ?? '') && USED_ANALYTICS.test(r.text)) kinds = kinds.filter((k) => k !== 'analytics');
  // "We do not use third-party cookies" ("cookies provided by third parties"): no other company's cookies on the product's
  // pages; its own are not ruled out.
  if (action === 'collect' && categories.length && categories.every((c) => c === 'user.device.cookie_id') && /\bthird[- ]party (?:\w+ )?(?:cookies?|trackers?|tracking)\b|\bcookies?\s+(?:provided|set|placed|served|supplied|owned|operated|dropped)\s+by\s+(?:any\s+)?third[- ]part(?:y|ies)\b/i.test(r.text) && !/\b(?:functional|essential|necessary|first[- ]party|session|persistent|own|any cookies)\b/i.test(r.text) && !r.recipient.services.length) {
    action = 'share';
    if (!kinds.includes('third_party')) kinds.push('third_party');
  }
  // ("We do not share your personal data with any third parties": third parties as such, whoever they are.)
  // ("We do not sell your data to third parties": a sale to them.)
  if (action === 'share' && !kinds.length && !technique && purposes.every((p) => p === 'sale') && headKinds.includes('third_party') && !r.recipient.services.length && !r.recipient.names.length) kinds.push('third_party');
  // "… but it is not shared publicly": the people who would see it are other users and anyone.
  // (Not third parties as such: a vendor that delivers the email on the product's behalf is not the public.)
  if (r.scope === 'the public' && !kinds.includes('other_users')) kinds.push('other_users');
  if (r.scope === 'the public' && !/\bthird[- ]part|\bpartners?\b|\bcompan(?:y|ies)\b|\banyone\b/i.test(r.text)) kinds = kinds.filter((k) => k !== 'third_party');
  // (The CCPA's "cross-context behavioral advertising" is ad networks' business, not a newsletter tool's.)
  const adsOnly = /\bcross[- ]context behaviou?ral advertising\b/i.test(r.text) && !/\bmarketing\b|\bpromotion(?:al|s)?\b|\bnewsletters?\b/i.test(r.text);
  if (purposes.includes('marketing')) for (const k of adsOnly ? ['advertising'] : ['advertising', 'marketing']) if (!kinds.includes(k)) kinds.push(k);
  // "We do not track individual people", "not used to track users": a ban on tracking, whatever the data.
  if (!categories.length && purposes.includes('tracking') && action === 'collect') action = 'use';
  if (!categories.length) {
    // (Not when the sentence only points back at something the reader could not name.)
    if (pronounOnly) return null;
    // "We never use notifications for marketing", "We do not use push notifications for advertising": what a channel
    // carries is ruled out, not the use of the data it would be sent to; no ban on marketing with any data.
    if (CHANNEL_USED.test(r.text)) return null;
    // "We never share your workout history with third parties": data the reader cannot name is that data, not all
    // personal data; no ban on everything.
    if (action === 'share' && !SUBJECT_DATA.test(r.text) && unnamedObject(r.text, r.verb, r.passive || r.actor === 'data')) return null;
    if (action === 'share' && (purposes.length || kinds.length || r.recipient.services.length || r.recipient.names.length || genericRecipient)) categories = ['user'];
    // ("We do not track:" introduces the items that say what; "We do not track which documents you open" names data
    // the reader cannot: neither is a ban on tracking whatever the data.)
    // (Tracking someone is following what they do: a ban on tracking alone is about their behaviour.)
    else if (action === 'use' && purposes.length && !/:\s*$/.test(r.text) && !TRACKS_WHICH.test(r.text)) categories = purposes.every((p) => p === 'tracking') ? ['user.behavior'] : ['user'];
    else return null;
  }
  if (action === 'use' && !purposes.length && !ANALYSIS_VERB.test(r.verb ?? '') && !useOfAll) return null;
  // "Your date of birth and country/region is not shared": a ban names the country, not every approximate location (the
  // city an IP address gives).
  if (categories.includes('user.contact.address.country') && !/\b(?:locations?|geo-?locations?|whereabouts|city|cities|town)\b/i.test(r.text)) categories = categories.filter((c) => c !== 'user.location.imprecise');
  const conditions = r.conditions.filter((c) => BLOCKING_CONDITIONS.has(c));
  // "We do not use facial recognition on any photo": a ban on the technique (biometric data), not on the photos it would
  // run on.
  if (categories.includes('user.biometric') && /\b(?:facial|face) (?:recognition|matching|detection|analysis)\b[^.;]{0,30}\b(?:on|in|of|to)\s+(?:any|your|our|the|these|those|their|uploaded)?\s*(?:[a-z-]+\s+)?(?:photos?|images?|pictures?|videos?|footage)\b/i.test(r.text)) categories = categories.filter((c) => !/^user\.content\.(?:self_image|photo_library|video)/.test(c));
  // "We don't collect personal data that could directly identify individuals": what identifies someone by itself — a
  // name, contact details, an ID number — not all personal data (the limit is kept as a condition).
  // ("We do not collect personal identification information": the same, said of collecting; a ban on selling it stays a
  // ban on all of it.)
  if (categories.length === 1 && categories[0] === 'user' && (DIRECTLY_IDENTIFYING.test(r.text) || (action === 'collect' && /\bpersonal identification (?:data|information|details)\b/i.test(r.text)))) categories = ['user.name', 'user.contact', 'user.government_id'];
  // (A vendor the catalog does not know is named by its name: "We don't send any personal data to Partykit".)
  // ("… with third parties, except as required to provide crash reporting through Sentry": the vendors of the
  // exception are not the ones the ban is about.)
  // ("… to any third-party APIs beyond YouTube": the same.)
  const exceptFrom = r.text.search(EXCEPT_FROM);
  const beforeExcept = (id: string) => exceptFrom < 0 || [id, serviceById(id)?.name ?? id, ...(serviceById(id)?.aliases ?? [])].some((n) => { const at = r.text.toLowerCase().indexOf(n.toLowerCase()); return at >= 0 && at < exceptFrom; });
  const named = [...r.recipient.services, ...r.recipient.names.filter((n) => !r.recipient.services.includes(n))].filter(beforeExcept);
  // "It will not be shared with any other service": the ones the clause names are the exception, not the recipients.
  // (Not the last of a list of whom: "advertisers, data brokers, or any other third parties" leaves no one out.)
  const others = /(?<!(?:,|\bor|\band)\s+)\b(?:any|no) other (?:(?!(?:than|purposes?|way|reason|data|information)\b)[\w-]+ ){0,2}(?:services?|third[- ]part(?:y|ies)|compan(?:y|ies)|part(?:y|ies)|organi[sz]ations?|recipients?|providers?|vendors?|apps?|sites?)\b/i.test(r.text);
  // (Only where someone is named to be left out: "… or shared with any other 3rd parties" after naming no one is everyone.)
  if (others && (named.length || clauseServices.length) && !conditions.includes('except')) conditions.push('except');
  // "We will never distribute any crash data for any other purpose than the fixing of bugs": allowed for that purpose,
  // ruled out for the rest — a ban with its exception.
  if (/\b(?:any|no) other purposes? (?:than|besides|except|apart from|beyond)\b|\bfor (?:any )?purposes? other than\b/i.test(r.text) && !conditions.includes('except')) conditions.push('except');
  // ("… is not being shared with any third party. However, your browser connects to Mapbox": "any third party" is
  // everyone, not the vendor the paragraph names.)
  const anyone = /\b(?:with|to)\s+(?:any(?:one|body)\b|any\s+third[- ]part(?:y|ies)\b)/i.test(r.text);
  // ("… with third parties except Stripe": the clause's vendor is the exception, not whom the ban is about.)
  const services = action === 'share' && !others ? (named.length ? named : purposes.length || anyone || exceptFrom >= 0 ? [] : clauseServices) : [];
  // ("We never see or store your bank account number": what is never seen is not taken in at all — a form that asks
  // for it breaks the promise, not only a table that keeps it.)
  // ("We do not store your IP address in our telemetry table": the telemetry is where, not what.)
  if ((conditions.includes('in telemetry') || conditions.includes('in logs')) && categories.includes('user.telemetry') && categories.some((c) => c !== 'user.telemetry' && c !== 'user')) categories = categories.filter((c) => c !== 'user.telemetry');
  const unseen = NEVER_SEEN.test(r.text);
  // ("The extension does not log, transmit, store, or share browsing activity": verbs of keeping and sending only — what
  // is read in memory and let go breaks no such promise.)
  const keptOnly = action === 'collect' && keepsOrSendsOnly(r.text);
  const p: ProhibitDecl = { type: 'prohibit', clause, action, categories, ...(left.size ? { except: [...left] } : {}), ...(((r.action === 'store' && (action === 'collect' || r.controlled)) || keptOnly) && !unseen ? { stored: true as const } : {}), kinds: kinds as RecipientRef[], services, purposes, conditions, text: tidy(r.text), confidence: r.confidence };
  // "No persistent identifiers": whether an identifier outlives a session is not in the code's shape.
  let scope = r.scope ?? headingScope ?? (/\bpersistent\b[^.;]{0,30}\b(?:identifiers?|ids?|cookies?)\b/i.test(r.text) ? 'persistent' : undefined);
  // ("If you are a volunteer driver, we don't ask for your date of birth": the "if" says whom, not when.)
  if (scope && r.scope === scope && /^\s*(?:if|when) you(?:['’]re| are) /i.test(r.text) && /s$/.test(scope)) p.conditions = p.conditions.filter((c) => c !== 'when');
  // "We don't take the neighbour's name, phone number or email address": someone else's data, banned where the code
  // holds that person's (a `Neighbour` record), not the customer's own name.
  const other = OTHER_PERSON.exec(r.text);
  if (!scope && other && action === 'collect') scope = `${other[1].toLowerCase().replace(/\s+/g, ' ')}s`;
  // ("… we don't record the names or ages of anyone in your household": the people the customer lives with.)
  if (!scope && action === 'collect' && HOUSEHOLD.test(r.text)) scope = 'occupants';
  // ("The app does not read anything from Apple Health, Google Fit or any other health app": reading from a source on the
  // device is ruled out, not holding data of that kind the person gives the product.)
  const source = action === 'collect' ? /\b(?:read|reads|access|accesses|import|imports|pull|pulls|sync|syncs)\s+(?:anything|any(?:\s+\w+)?\s+(?:data|information)|nothing)\s+(from\s+[^.;]+)/i.exec(r.text) : null;
  if (!scope && source) scope = source[1].trim();
  // ("We don't collect players' own phone numbers or email addresses: all messages go to parents": that group's data,
  // not the data of those the messages go to. Not the product's users as a whole: "customers' email addresses".)
  // (Also one of them, "a student's full date of birth", and the people it is taken from, "… from students".)
  const asked = ASK_GROUP.exec(r.text);
  // ("… the names or phone numbers of pet sitters, family members or other people": theirs, said with "of".)
  const ofGroup = () => { const m = OF_GROUP.exec(r.text); return m && PEOPLE_PLURAL.test(m[1]) ? m : null; };
  const possessor = action === 'collect' && !scope ? GROUP_POSSESSIVE.exec(r.text) ?? FROM_GROUP.exec(r.text) ?? (asked && PEOPLE_PLURAL.test(asked[1]) ? asked : null) ?? ofGroup() : null;
  if (possessor && !PRIMARY_PEOPLE.test(possessor[1])) scope = possessor[1].toLowerCase();
  const member = action === 'collect' && !scope ? MEMBER_POSSESSIVE.exec(r.text) : null;
  if (member && !PRIMARY_PEOPLE.test(`${member[1]}s`)) scope = `${member[1].toLowerCase()}s`;
  // "We do not collect IP addresses through Google Analytics": a ban on what one tool gathers, not on collecting them.
  if (action === 'collect' && named.length && r.recipient.services.length && VIA_VENDOR.test(r.text)) {
    p.services = r.recipient.services.filter(beforeExcept);
    scope ??= p.services.map((id) => serviceById(id)?.name ?? id).join(', ');
  }
  // "We use Plausible to count visits. No cookies are used": a passive ban in a paragraph about a vendor is about that vendor.
  if (action === 'collect' && (r.passive || r.actor !== 'we') && !r.recipient.services.length && clauseServices.length) {
    p.services = clauseServices;
    scope ??= clauseServices.map((id) => serviceById(id)?.name ?? id).join(', ');
  }
  // "Student information is never shared with analytics providers", "We do not send parent or student information
  // to Intercom": a ban on one group's data; whose data a field holds is not in the code's shape.
  // ("… names, phone numbers or student information to Bugsnag": one item of a list of data; the others are banned as such.)
  const group = SUBJECT_DATA.exec(r.text);
  const head = group ? r.text.slice(0, group.index) : '';
  const listed = LIST_JOIN.test(head) && readClause(head.replace(LIST_JOIN, ''), { selfNames: new Set() }).objects.some((c) => c !== 'user');
  if (group && !childrensData && !listed) scope ??= `${group[0].replace(/\s+(?:personal\s+)?(?:information|data|details|records?)$/i, '').toLowerCase()} data`;
  // "Anonymous chat sessions on our free pages are not stored", "Guest checkouts are never saved": a ban on what
  // people without an account leave, not on the data as such; who is signed in is not in the code's shape.
  const subject = r.passive || r.actor === 'data' ? /^(.*?)\b(?:is|are|was|were|will|won['’]t|isn['’]t|aren['’]t|can|cannot|may|never|do|does)\b/i.exec(r.text)?.[1] ?? '' : '';
  const qualified = QUALIFIED_SUBJECT.exec(subject);
  if (qualified) scope ??= qualified[0].toLowerCase();
  // "We never pass your contact details to contractors or repair businesses", "… with landlords": recipients the
  // reader knows no kind for scope the ban to them; it is not a ban on sharing with anyone.
  if (action === 'share' && kinds.every((k) => GENERIC_KINDS.has(k)) && !p.services.length && !r.recipient.names.length && !anyone && !purposes.length) {
    const whom = unknownRecipients(r.text);
    if (whom) scope ??= `to ${whom}`;
  }
  if (childrensData) {
    if (action !== 'collect') return null;
    p.conditions = p.conditions.filter((c) => c !== 'children');
    scope = CHILDREN_SCOPE;
  }
  if (scope) p.scope = [scope];
  return p;
}

/** Words of an object phrase that say "personal data" as a whole, or only frame it. */
const GENERIC_OBJECT_WORDS = new Set(('data information info details personal personally identifiable identifying identification pii user users '
  + 'customer customers member members visitor visitors subscriber subscribers client clients people person individual individuals consumer consumers '
  + 'your you yours their his her my our about any all the a an of such this that these those it them anything everything nothing other others '
  + 'or and nor otherwise also ever sell rent trade share disclose lease transfer provide give release distribute exchange license pass send use '
  + 'process we collect collected gathered obtained receive received provided hold held store stored keep kept have private sensitive more additional '
  + 'identity account accounts kind kinds type types sort sorts piece pieces bit bits form forms way ways under circumstances').split(' '));

/** Verbs that pass data on: their object is the data ("share your X"), unlike "use analytics tools". */
const PASS_ON = /^(?:share[sd]?|sell|sells|sold|disclose[sd]?|rent(?:s|ed)?|trade[sd]?|transfer(?:s|red)?|lease[sd]?|give[sn]?|send|sends|sent|provide[sd]?|pass(?:es|ed)?|release[sd]?|distribute[sd]?|exchange[sd]?|license[sd]?|reveal(?:s|ed)?)$/i;

/**
 * The data a negated verb of passing on names, when it is a specific thing the reader has no category for ("share
 * your workout history", "your recipes are never sold"): the words after the verb up to its recipient, purpose or
 * condition, or for a passive verb its subject.
 */
/** "We use X to collect …": a tool used to gather, keep or send data. */
const USED_TO_GATHER = /\b(?:use|uses|used|using)\s+[^.;]{1,60}?\bto\s+(?:collect|gather|record|capture|track|monitor|measure|analy[sz]e|process|handle|host|store|send|deliver|transcribe)\b/i;

/** "This data may include …", "Such information can contain …": what the data the sentence before names is made of. */
const THIS_DATA_INCLUDES = /^\s*(?:this|that|such|the|these)\s+(?:data|information|details)\s+(?:may\s+|can\s+|will\s+|might\s+)?(?:include|includes|contain|contains|consists? of|comprises?)\b/i;

/** The earlier reading of a vendor that gathers data itself, when `r` says what that data includes. */
function gatheredBy(r: Reading, readings: Reading[]): Reading | undefined {
  if (r.negated || !THIS_DATA_INCLUDES.test(r.text)) return undefined;
  const at = readings.indexOf(r);
  return at > 0 ? readings.slice(0, at).reverse().find((b) => !b.negated && b.action === 'use' && b.recipient.services.length > 0 && VENDOR_WHICH_GATHERS.test(b.text)) : undefined;
}

/** "We use Google Analytics, which collects …": what the vendor itself gathers, a disclosure to it. */
const VENDOR_WHICH_GATHERS = /\b(?:use|uses|used|using)\s+[^.;,]{1,60}?,\s*(?:which|that|who)\s+(?:may\s+|also\s+|automatically\s+)?(?:collects?|gathers?|records?|captures?|tracks?|receives?|logs?)\b/i;

/** A body that opens with a name and goes on with a purpose, an aside or nothing: "Resend for email delivery". */
/** "Gusto, your employer's payroll provider, receives …": a name, then what kind of company it is, then its verb. */
const APPOSED_VENDOR = /^([A-Z][a-z0-9]{2,}(?:\s[A-Z][a-z0-9]+)?),\s+(?:our|your|their|the|a|an)\s[^,]{0,50}\b(?:provider|processor|partner|vendor|company|service|platform|host|bank|insurer|carrier)s?,\s+(?:[a-z]+\s+)?[a-z]{3,}s\b/;

/** "Clio, our practice-management system, receives …": a name, what the product uses it as, and a verb. */
const APPOSED_NAME = /^([A-Z][A-Za-z0-9]{2,}(?:\s[A-Z][A-Za-z0-9]+)?),\s+(?:our|the)\s[^,]{3,50},\s+(?:[a-z]+\s+)?(?:receives|gets|processes|stores|hosts|handles|sends|delivers|runs|provides|manages|schedules|sees|has access)\b/;

/** A vendor acting on its own account: "under its own privacy policy", "for their own purposes". */
const VENDORS_OWN = /\b(?:under|according to|subject to|per|for|in line with|governed by)\s+(?:its|their)\s+own\b/i;

/** Whether a vendor is named in the text only inside parentheses. */
function namedOnlyInParentheses(text: string, id: string): boolean {
  const pattern = vendorNamePattern(id);
  if (!pattern) return false;
  const name = new RegExp(`\\b(?:${pattern})\\b`, 'i');
  const asides = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]);
  return asides.some((a) => name.test(a)) && !name.test(text.replace(/\([^()]*\)/g, ' '));
}

const VENDOR_OPENER = /^\s*([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s*(?=\(|\bfor\b|\bwith\b|[—–,.]|\s-\s|$)/;

/** "track which …", "track what …": the object is particular data, named by a question the reader cannot resolve. */
const TRACKS_WHICH = /\btrack(?:s|ed|ing)?\s+(?:which|what|how|when|where|whether)\b(?!\s+you\s+(?:do|are doing)\b)/i;

function unnamedObject(text: string, verb: string | undefined, passive: boolean): boolean {
  if (!verb || !PASS_ON.test(verb)) return false;
  const at = text.search(new RegExp(`\\b${verb}\\b`, 'i'));
  if (at < 0) return false;
  const span = passive
    ? text.slice(0, at).split(/[,;:]/).pop()!.replace(/\b(?:is|are|was|were|be|been|will|would|shall|may|can|cannot|never|not|no|n['’]t|ever|also|only)\b/gi, ' ')
    : text.slice(at + verb.length).split(/[,;:.()]|\s(?:with|to|for|by|in|on|outside|unless|except|without|from|through|via|because|so|when|if|as|beyond|among|between|into)\s/i)[0];
  // (A relative clause says which of the data: "data that we specifically collect", "anything you tell us", "information
  // collected by LikeLines".)
  const words = span.split(/\b(?:that|which|who|we|you|by)\b/i)[0].toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [];
  return words.some((w) => w.replace(/['’]s?$/, '').length >= 3 && !GENERIC_OBJECT_WORDS.has(w.replace(/['’]s?$/, '')));
}

/** An organisation's acronym as a list item's label in a section about recipients ("NHTSA: we look up VINs in …"). */
const ACRONYM_LABEL = /^[A-Z]{3,8}$/;

/** How something is meant to work ("designed to avoid", "intended to limit"): an aim, not a rule. */
const DESIGNED_TO = /\b(?:is|are|was|were|been)\s+(?:designed|built|meant|intended|engineered)\s+to\s+(?:avoid|minimi[sz]e|limit|reduce|prevent)\b/i;

/** A list's lead-in that is only a verb of keeping or deleting: "We delete:", "We will keep the following:". */
const RETENTION_LEAD_IN = /^\s*((?:we\s+)?(?:will\s+)?(?:delete|erase|remove|purge|retain|keep|store))\b(?:\s+(?:the following|these|this data|your data|data))?\s*[:：]\s*$/i;

/** The comma or conjunction before the last item of a list. */
const LIST_JOIN = /(?:,\s*|\s+(?:or|and|nor)\s+)$/;

/** Data pointed back at: "this information", "such data". */
const DEMONSTRATIVE_DATA = /\b(?:this|that|such|these|those) (?:personal )?(?:information|data|details)\b/i;

/** Nouns that name no one in particular: "other companies", "outside parties" are anyone else. */
const ANYONE_NOUNS = /^(?:compan(?:y|ies)|business(?:es)?|organi[sz]ations?|part(?:y|ies)|entit(?:y|ies)|people|persons?|individuals?|others?|outsiders?|anyone|anybody|everyone|public|world|strangers?)$/;
/** Nouns for whoever processes data on the product's behalf, or any other recipient as a kind. */
const PROCESSOR_NOUNS = /^(?:providers|vendors|processors|sub-?processors|partners|affiliates|contractors|suppliers|agents|authorities|agencies|subsidiaries|users|members|advertisers|marketers|brokers)$/;
/** Words before such a noun that keep it general. */
const ANYONE_QUALIFIERS = /^(?:the|any|other|outside|external|unaffiliated|unrelated|non-affiliated|third|third-party|all|some|such|of|members?)$/;

/**
 * The recipients of a negated passing-on verb named by plural nouns the reader has no kind for ("to contractors,
 * restoration companies or other repair businesses", "with landlords"), or undefined when there are none or they are
 * anyone else ("with other companies").
 */
function unknownRecipients(text: string): string | undefined {
  // ("We do not give promoters or venues your name": the recipients before the data, as "give" and "send" take them.)
  const m = /\b(?:share[sd]?|sharing|sell|sells|sold|disclose[sd]?|rent(?:s|ed)?|trade[sd]?|transfer(?:s|red)?|give[sn]?|send|sends|sent|provide[sd]?|pass(?:es|ed)?|release[sd]?|reveal(?:s|ed)?|hand(?:s|ed)? over)\b[^.;:]*?\b(?:with|to)\s+((?:the |any |other |our )?[a-z][a-z-]*(?:(?:,\s*|\s+(?:or|and|nor)\s+|\s+)(?:other |any )?[a-z][a-z-]*){0,7})/.exec(text)
    ?? /\b(?:give|gives|send|sends|sell|sells|show|shows|pass|passes|hand|hands|offer|offers)\s+((?:other |any )?[a-z][a-z-]*(?:(?:,\s*|\s+(?:or|and|nor)\s+)(?:other |any )?[a-z][a-z-]*){0,5})\s+(?=(?:your|their|any|users['’]?|customers['’]?)\s)/.exec(text);
  if (!m) return undefined;
  // (The phrase ends where a word that starts a purpose, a condition or a new clause does.)
  const phrase = m[1].split(/\s+(?:for|unless|except|without|who|that|which|when|if|because|so|in|on|as|but|we|you|they|it|under|outside)\b/)[0].trim();
  const items = phrase.split(/,\s*|\s+(?:or|and|nor)\s+/).map((i) => i.trim().split(/\s+/)).filter((w) => w.length && w[0]);
  if (!items.length) return undefined;
  // Each item a plural noun (with its modifiers), none of them only a word for anyone.
  // ("other tradespeople", "salesmen": plurals without an s.)
  const plural = (w: string) => (/[a-z]{3,}s$/.test(w) && !/(?:ss|us|is)$/.test(w)) || /[a-z](?:people|men|folk)$/.test(w);
  if (!items.every((w) => plural(w[w.length - 1]))) return undefined;
  if (items.some((w) => ANYONE_NOUNS.test(w[w.length - 1]) && w.slice(0, -1).every((x) => ANYONE_QUALIFIERS.test(x)))) return undefined;
  // ("… with service providers or contractors": the product's own processors, which the ban is about as a kind.)
  if (items.every((w) => PROCESSOR_NOUNS.test(w[w.length - 1]))) return undefined;
  return phrase;
}

/** Two bans that rule out the same thing: same action, data, recipients, purposes, conditions and scope. */
function sameBan(a: ProhibitDecl, b: ProhibitDecl): boolean {
  const key = (p: ProhibitDecl) => JSON.stringify([p.action, [...p.categories].sort(), [...p.kinds].sort(), [...p.services].sort(), [...p.purposes].sort(), [...p.conditions].sort(), p.scope ?? [], p.except ?? []]);
  return key(a) === key(b);
}

function tidy(segment: string): string {
  return segment.trim().replace(/[\s,;]*(?:\b(?:and|but|or)\b)?\s*(?:\b(?:we|you|they)\b)?[\s,;]*$/i, '');
}

/** The participle of a verb a retention subject negates ("never submit" → unsubmitted). */
const PARTICIPLE: Record<string, string> = {
  pay: 'paid', verify: 'verified', confirm: 'confirmed', activate: 'activated', use: 'used', claim: 'claimed', complete: 'completed', submit: 'submitted',
  approve: 'approved', save: 'saved', publish: 'published', accept: 'accepted', finish: 'finished', send: 'sent', convert: 'converted',
};

/** Data of a child found out about: "If we learn/discover/become aware that a child …", "… from children under 13 …". */
const CHILD_DISCOVERED = /\b(?:learn|discover|find out|become aware|are made aware|are notified|believe|determine|notice|realise|realize)\b|\b(?:if|when|should|where)\b[^.;]{0,80}\b(?:child|children|minors?|kids?)\b(?!['’]s)|\bunder (?:the age of )?1\d\b/i;

/** A retention period: a duration with a retention verb (or a retention section's label), or a period in words. */
/** The negation of a relative clause's verb: "do not", "didn't", "have not", "never". */
const REL_NEGATION = "(?:(?:do|does|did|have|has|had) not|(?:don|doesn|didn|haven|hasn|hadn)['’]t|(?:have |has )?never)";
/** "… that you have not submitted …": a relative clause's negation, not the sentence's. */
const RELATIVE_NEGATION = new RegExp(`\\b(?:that|which|who)\\s+(?:you|they|users?|we)\\s+(?:\\w+\\s+(?:but|and|or)\\s+)?${REL_NEGATION}\\s+\\w+`, 'gi');
/** "Draft applications you have not submitted …": the same without its pronoun, after a subject of up to three words. */
const UNMARKED_RELATIVE_NEGATION = new RegExp(`(?<=^\\s*(?:\\*\\*)?(?:[A-Za-z][\\w-]*\\s+){1,3}(?:\\*\\*\\s*)?)(?:you|they|users)\\s+(?:\\w+\\s+(?:but|and|or)\\s+)?${REL_NEGATION}\\s+\\w+`, 'i');

/** "If you close your account or withdraw your consent:", "When your account is deleted:": a list of what happens then. */
const ACCOUNT_ENDS_LEAD = /^\s*(?:if|when|once|upon|after|whenever)\b[^.;]{0,40}\b(?:(?:close|delete|terminate|cancel)s?\s+(?:your|their|the|an?)\s+account|account\s+(?:is\s+)?(?:closed|deleted|terminated|closure|deletion))\b[^.;]*[:：]\s*$/i;

/** "the collection and storage of identity documents", "collection of your location": collecting, said as a noun. */
const NOMINAL_COLLECTION = /\b(?:the|our|its)\s+(?:collection|gathering|recording|storage)(?:\s+(?:and|&)\s+(?:storage|use|processing|retention))?\s+of\s+(?:your\s+|the\s+user['’]s\s+)?(?!(?:any|all|personal|your)\s+(?:data|information)\b)[a-z]/i;

/** "Currently not actively used", "reserved for potential future features": something the product does not do yet. */
const NOT_IN_USE = /\b(?:currently|presently)\s+not\s+(?:actively\s+)?used\b|\bnot\s+(?:currently|actively|yet)\s+(?:being\s+)?used\b|\breserved\s+for\s+(?:potential\s+|possible\s+)?future\b/i;

/** "you must have a unique email and password", "you will need an email address": what an account requires of a person. */
const REQUIRED_OF_YOU = /\byou\s+(?:must|(?:will\s+)?need\s+to|are\s+required\s+to|have\s+to)\s+have\b|\byou\s+(?:will\s+)?need\s+(?:a|an|your)\b|\brequires?\s+(?:you\s+to\s+have\s+)?(?:a|an|your)\s+(?:valid\s+|unique\s+|verified\s+)?(?:e-?mail|phone|mobile)/i;

/** "when you contact us", "whenever you communicate directly with us", "if you write to us": a message to the product. */
const WHEN_YOU_WRITE = /\b(?:when|whenever|if|each time)\s+you\s+(?:contact|communicate(?:\s+directly)?\s+with|correspond\s+with|write\s+to|e-?mail|message|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+(?:us|our\s+(?:support|team|staff))\b/i;

/** "Since all your data is stored locally and we do not have access to it, you …": a reason for what the person can do. */
const PREMISE = /^\s*(?:since|because|as)\s+[^,]{10,200},\s*(?:you|your)\b/i;

/** "according to their data retention policy", "under Stripe's own terms": a vendor's rules, not the product's. */
const VENDOR_TERMS = /\b(?:according to|under|per|in line with|in accordance with|as set out in|subject to|governed by)\s+(?:their|its|the (?:vendor|provider|processor)['’]s|[A-Z][\w.]+['’]s?)\s+(?:own\s+)?(?:data\s+)?(?:retention\s+|privacy\s+|data handling\s+)?(?:polic(?:y|ies)|terms)\b/;
/** Kinds of vendor that keep the product's own data for it (hosting, databases, log storage). */
const KEEPS_FOR_US = new Set(['cloud_hosting', 'logging', 'data_warehouse']);

/** A label that only says an item is about retention ("Retention", "Kept for", "Storage period"). */
const RETENTION_LABEL = /^\W*(?:data\s+)?(?:retention(?:\s+period)?|kept(?:\s+for)?|how long(?:\s+we keep it)?|storage\s+(?:period|duration)|retention\s+policy)\W*$/i;

/** An aside in brackets that keeps something for a period of its own: "(e.g., backup snapshots retained up to 90 days)". */
const RETENTION_ASIDE = /\(\s*(?:e\.g\.,?|for example,?|i\.e\.,?|such as|including|except|excluding)?\s*([^()]{3,120}?\b(?:retained|kept|stored|held|deleted|purged)\b[^()]*?\d[^()]*)\)/i;

/** "When a transfer is deleted, …": an opening clause that ties what follows to the end of something else. */
const WHEN_ENDED_LEAD = /^\s*(?:when|once|after|if|whenever)\s+((?:a|an|the|your)\s+[a-z][\w -]{1,40}?)\s+(?:is|are|gets|get|has been|have been)\s+(deleted|removed|erased|closed|cancell?ed|terminated|expired)\s*,\s*/i;

/**
 * The retention one statement says. ("When a transfer is deleted, all metadata is instantly deleted as well": the
 * metadata goes with the transfer — a period counted from that deletion, not no time at all.)
 */
function retentionOf(r: Reading, clause: Clause, label: string | undefined, section: Section): RetainDecl | null {
  const lead = WHEN_ENDED_LEAD.exec(r.text);
  if (!lead || !r.durations.length || !r.durations.every((d) => d.days === 0 && d.index >= lead[0].length)) return retentionOfText(r, clause, label, section);
  const cut = lead[0].length;
  const d = retentionOfText({ ...r, text: r.text.slice(cut), durations: r.durations.map((x) => ({ ...x, index: x.index - cut })) }, clause, label, section);
  return d && !d.basis ? { ...d, basis: `after ${lead[1].toLowerCase()} is ${lead[2].toLowerCase()}`, text: r.text } : d;
}

/** "your record", "your file": the person's record, named by what the sentence is about. */
const YOUR_RECORD = /\byour (?:records?|files?|details)\b/i;
/** "If you leave the waiting list …,", "After your membership ends": the opening clause, up to its comma or "we". */
const CONDITION_LEAD = /^\s*(?:if|when|once|after|where)\s+(you|your)\s+([^,;.]{3,80}?)\s*(?:,|\bwe\b)/i;

/**
 * The record an opening clause is about: what "your" names up to its verb ("your membership ends" → membership), or the
 * object after the person's verb ("you leave the waiting list without taking a plot" → waiting list). Nothing when the
 * clause names an act, not a record ("If you request deletion").
 */
function leadRecord(s: string): string[] {
  const m = CONDITION_LEAD.exec(s);
  if (!m) return [];
  const words = m[2].toLowerCase().split(/\s+/);
  const stop = (w: string) => /^(?:without|because|to|for|and|or|then|from|in|on|at|with|by|so|is|are|was|were|has|have|had|no|longer|ends?|ended|expires?|expired|closes?|closed|lapses?|lapsed)$/.test(w) || VERBS.has(w);
  let from = 0;
  if (m[1].toLowerCase() === 'you') {
    const det = words.findIndex((w) => /^(?:the|your|our|a|an)$/.test(w));
    if (det < 0) return [];
    from = det + 1;
  }
  const out: string[] = [];
  for (const w of words.slice(from)) {
    if (stop(w)) break;
    out.push(...splitWords(w));
  }
  return out.slice(0, 4);
}

function retentionOfText(r: Reading, clause: Clause, label: string | undefined, section: Section): RetainDecl | null {
  const s = r.text;
  // ("Records are removed within 30 days of your request": a deadline for deleting, not a response time.)
  if (NOT_RETENTION.test(s) && !DELETED_WITHIN.test(s)) return null;
  const hasVerb = RETENTION_WORD.test(s) || CACHE_VERB.test(s);
  if (!hasVerb && !(section === 'retain' && label)) return null;
  if (section !== 'retain' && !hasVerb) return null;
  // ("If we learn that we have collected data from a child under 13, we delete it within 30 days": what happens to data
  // never meant to be collected; not "Medical information: deleted 30 days after your child's last camp week".)
  if (r.conditions.includes('children') && CHILD_DISCOVERED.test(s)) return null;
  // ("Subscription data is retained by RevenueCat for the duration of your subscription", "OpenAI: Deleted according to
  // their data retention policy (typically within 30 days)": how long a vendor keeps what it gets, under its own terms —
  // not a period the product keeps anything for. (A host, database or log service the product keeps its data with keeps
  // it for the product.)
  const keepers = [...r.actorParties.services, ...r.recipient.services];
  const terms = VENDOR_TERMS.exec(s);
  if ((terms && !/\bits\b/.test(terms[0])) || (r.actor === 'vendor' && (terms || (keepers.length > 0 && keepers.every((id) => !KEEPS_FOR_US.has(serviceById(id)?.kind ?? '')))))) return null;
  // ("Upon account deletion, your data is deleted immediately": when is the account's end, not no time at all.)
  const numeric = r.durations.filter((d) => Number.isFinite(d.days) && !(d.days === 0 && r.period));
  // "We do not keep logs longer than 30 days" is a ceiling; "we do not store it permanently" is no period.
  // ("… can not be deleted" is negated and says: with no end.)
  // ("Photos that you don't save to a journal are deleted after 30 days": the negation is the subject's relative clause.)
  // ("Claims you start but never submit are deleted after 30 days": so is a relative clause without its pronoun.)
  // ("Draft applications you have not submitted are deleted after 7 days": with a perfect tense, after a longer subject.)
  const negated = r.negated && /(?:\b(?:not|never|no)\b|n['’]t\b)/i.test(s.replace(RELATIVE_NEGATION, '').replace(UNMARKED_RELATIVE_NEGATION, ''));
  // ("… but never later than 12 months after the event": a ceiling too.)
  if (negated && !((numeric.length || r.period) && /\b(longer|more|later) than|beyond\b/i.test(s)) && !(r.period === 'indefinitely' && CANNOT_DELETE.test(s))) return null;
  if (!numeric.length && !r.period) return null;
  // ("If we learn that we have collected a child's data, we will delete it within 30 days": how soon data that should
  // not have been collected goes, not how long anything is kept.)
  if (/\b(?:if|once|when|should)\s+we\s+(?:later\s+)?(?:learn|discover|become aware|find out|determine|are (?:made )?aware|are notified|are informed)\b/i.test(s)) return null;
  // ("Use the k!deletemydata command to delete all your data … Most data will be deleted immediately": how soon a
  // deletion the person asks for happens, not a period the data is kept.)
  if (numeric.length && numeric.every((d) => d.days === 0) && !r.period && USER_DELETION.test(clause.text)) return null;
  let verbMatch = RETENTION_WORD.exec(s) ?? CACHE_VERB.exec(s);
  // ("Data held by our background job system is removed within 24 hours": a participle that says where the data is
  // describes the subject; the verb after it says how long.)
  if (verbMatch && /^(?:held|kept|stored|saved|cached)$/i.test(verbMatch[0]) && /^\s+by\b/i.test(s.slice(verbMatch.index + verbMatch[0].length))) {
    const later = new RegExp(RETENTION_WORD.source, 'gi');
    later.lastIndex = verbMatch.index + verbMatch[0].length;
    verbMatch = later.exec(s) ?? verbMatch;
  }
  // ("… are auto-deleted after 13 months": the verb's prefix is the verb's.)
  const verbAt = verbMatch ? verbMatch.index - (/\bauto-$/i.test(s.slice(0, verbMatch.index)) ? 'auto-'.length : 0) : 0;
  // ("Unfinished booking drafts (a booking you started but did not pay for)": an aside that is a clause explains the
  // subject; only what it negates says what the code calls the records — unpaid. A list in brackets, "Reports
  // (location, type, description)", stays: it says what the records hold.)
  // ("### 2. Chat Messages" — "Retention: Kept until you clear the conversation": a label that only says this is the
  // retention item leaves the subject to the heading above it.)
  const heading = clause.headingPath[clause.headingPath.length - 1]?.replace(/^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\))\s+/i, '').trim();
  // ("You stay signed in for up to 30 days", "we keep you logged in for 14 days": how long a sign-in lasts.)
  const signedIn = /\b(?:stay|stays|remain|remains|keeps? you|keep users)\s+(?:signed|logged)\s+in\b/i.test(s) ? 'sign-in session' : undefined;
  const said = (label && RETENTION_LABEL.test(label) && heading && sectionOf(clause.headingPath.slice(-1)) !== 'retain' ? heading : label) ?? signedIn ?? subjectText(s, verbAt, r);
  let subject = said.replace(/\s*\([^()]*\b(?:you|we|they|that|which|who|i\.e\.|e\.g\.|meaning)\b[^()]*\)/gi, '').trim() || said;
  // ("sign-ups", "check-ins", "follow-ups": a verb and its particle are one noun, as code spells it — `pendingSignups`.)
  // ("Server logs in Datadog": where the logs are, not a sign-in.)
  // ("Repair records (without photos)": what the records leave out is not what they are.)
  const tokens = splitWords(subject.replace(/\(\s*(?:without|excluding|not including|except(?: for)?)\b[^()]*\)/gi, ' ').replace(/\blogs\s+in\b/gi, 'logs').replace(/\b(?:held|kept|stored|saved|cached)\s+by\b/gi, ' ')).filter((w) => !SUBJECT_STOP.has(w) && !/^\d+$/.test(w) && !/^(day|week|month|year|hour|retention)$/.test(w));
  for (const m of subject.matchAll(/\b([a-z]{2,})-(ups?|ins?|outs?|offs?)\b/gi)) {
    const joined = splitWords(`${m[1]}${m[2]}`).join('');
    if (!/ed$/i.test(m[1]) && !tokens.includes(joined)) tokens.push(joined);
  }
  // "Applications that are not paid for": the code calls them unpaid.
  // ("Claims you start but never submit": the code calls them unsubmitted.)
  for (const m of said.matchAll(/(?:\b(?:not|never)|n['’]t) (?:been |get |got )?(paid|pay|verified|verify|confirmed|confirm|activated|activate|used|use|claimed|claim|read|completed|complete|submitted|submit|approved|approve|saved?|published?|accepted|accept|finished|finish|sent|send|converted|convert)\b/gi)) tokens.push(`un${PARTICIPLE[m[1].toLowerCase()] ?? m[1].toLowerCase()}`);
  // ("We will limit its use by only keeping it for as long as necessary": "it" is whatever the sentences before named;
  // the words before the verb are no data.)
  // ("… and delete or anonymise it when no longer needed": the same.)
  const pronoun = /\b(?:keep|keeps|keeping|retain|retains|retaining|store|stores|storing|hold|holds|delete|deletes|erase|erases|purge|purges|remove|removes|anonymi[sz]e|anonymi[sz]es)(?:\s+or\s+[a-z]+)?\s+(?:it|them)\b/i.test(s);
  if (pronoun && !label && r.period && !numeric.length) tokens.length = 0;
  // ("If you leave the waiting list without taking a plot, we delete your record 24 months after you leave", "After your
  // membership ends we keep your record for 12 months": the record is the one the opening clause is about.)
  const whose = !tokens.length && YOUR_RECORD.test(s) ? leadRecord(s) : [];
  for (const w of whose) if (!SUBJECT_STOP.has(w) && !tokens.includes(w)) tokens.push(w);
  if (whose.length && tokens.length) subject = `your record (${tokens.join(' ')})`;
  const generic = !tokens.length;
  // ("We keep it only as long as necessary": what the sentences before named, whatever that was.)
  if (generic && !/\b(personal (?:data|information)|your (?:data|information)|user data|all (?:data|information)|data|information)\b/i.test(s) && !(r.period && pronoun)) return null;
  // ("Per plan (90 days - unlimited)": the longest a plan keeps it has no end.)
  // ("90 days, after which they are aggregated into anonymous daily counts that we keep indefinitely": what is kept for
  // good is no longer the records.)
  const transformed = s.search(/\b(?:after which|then|thereafter|after that)\b[^.;]{0,60}?\b(?:aggregated|anonymi[sz]ed|de-?identified|summari[sz]ed)\b/i);
  if (numeric.length && r.durations.some((d) => !Number.isFinite(d.days) && /^(?:unlimited|no limit|indefinite(?:ly)?)$/i.test(d.text) && !(transformed >= 0 && d.index > transformed))) {
    return { type: 'retain', clause: clause.id, subject: generic ? 'personal data (any)' : subject, subjectTokens: tokens, days: Infinity, text: s };
  }
  if (numeric.length) {
    // ("Deleted messages within this 24h are cleared 5 minutes after deletion": "this 24h" points back at a period the
    // policy gave before; the other one is how long these data are kept.)
    const own = numeric.filter((d) => !/\b(?:this|that|these|those|the same)\s+$/i.test(s.slice(0, d.index)));
    const best = (own.length ? own : numeric).reduce((a, b) => (b.days > a.days ? b : a));
    const after = /\bafter ([a-z]+(?:\s[a-z]+){0,4}?)(?=\s+(?:for|to|in order|by|unless|so)\b|[.,;]|\s*$)/i.exec(s.slice(best.index));
    // "Upon a deletion request, we complete erasure within 30 days": a deadline for deleting, counted from the request.
    // ("When you disconnect a bank, we delete its transactions within 30 days": counted from what the person did, which
    // is not a deletion.)
    const event = /^\s*(?:when|once|after|if|upon)\s+(?:you|users?|the user|a user)\s+([a-z]+)\b([^,;.]{0,50}),/i.exec(s);
    const deadline = !after && DELETION_DEADLINE.test(s) ? (event && !/^(?:delet|eras|clos|cancel|terminat|request|ask|remov|unsubscrib|withdr[ae]w|revok|leav|deactivat|email|contact|writ|messag|mail|want|wish|would|like|choos|decid|instruct|tell|send)/i.test(event[1]) ? `after you ${event[1].toLowerCase()}${event[2]}` : 'after a deletion request') : undefined;
    // "… longer than one month past the termination of the user's account": counted from the account's end.
    // ("Deleted within 30 days of account closure": the same.)
    const ended = after || deadline ? undefined : /\b(?:past|following|after) (?:the )?(termination|closure|closing|deletion|cancellation) of (?:your|the user['’]s|the|their) account\b/i.exec(s.slice(best.index)) ?? /^[^.;]{0,30}?\b(?:of|from) (?:your |the |an? )?account (termination|closure|deletion|cancellation)\b/i.exec(s.slice(best.index));
    if (ended) return { type: 'retain', clause: clause.id, subject: generic ? 'personal data (any)' : subject, subjectTokens: tokens, days: best.days, basis: `after account ${ended[1].toLowerCase()}`, text: s };
    return { type: 'retain', clause: clause.id, subject: generic ? 'personal data (any)' : subject, subjectTokens: tokens, days: best.days, basis: after ? `after ${after[1].trim()}` : deadline, text: s };
  }
  // ("permanently deleted when you revoke access": deleted for good, not kept for good.)
  if (r.durations.some((d) => !Number.isFinite(d.days) && !(/permanently/i.test(d.text) && PERMANENTLY_DELETED.test(s))) || r.period === 'indefinitely') {
    return { type: 'retain', clause: clause.id, subject: generic ? 'personal data (any)' : subject, subjectTokens: tokens, days: Infinity, text: s };
  }
  return { type: 'retain', clause: clause.id, subject: generic ? 'personal data (any)' : subject, subjectTokens: tokens, days: null, period: r.period, text: s };
}

/**
 * A retention sentence whose verb is shared by two record kinds ("Chat logs are kept for 90 days and invoices for
 * seven years", "… deleted after 30 days, backups after 90 days"): the two halves, the second given the verb back.
 */
function gappedRetention(r: Reading): string[] | null {
  const s = r.text;
  const numeric = r.durations.filter((d) => Number.isFinite(d.days));
  if (numeric.length !== 2 || !RETENTION_WORD.test(s)) return null;
  const [a, b] = numeric;
  const firstEnd = a.index + a.text.length;
  const between = s.slice(firstEnd, b.index);
  const m = /^\s*(?:,\s*(?:and\s+|while\s+|whereas\s+)?|;\s*|\s+and\s+|\s+while\s+|\s+whereas\s+)((?:the |your |all |any |our )?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}?)\s+((?:are |is )?(?:for|after|within|up to|for up to))\s*$/i.exec(between);
  if (!m || RETENTION_WORD.test(m[1]) || /\b(?:we|you|it|they|which|that|who|then|thereafter|afterwards|days?|months?|years?|weeks?|hours?)\b/i.test(m[1])) return null;
  const verb = RETENTION_WORD.exec(s.slice(0, a.index));
  if (!verb) return null;
  const prep = m[2].replace(/^(?:are|is)\s+/i, '');
  return [s.slice(0, firstEnd), `${m[1]} ${/^(?:delete|deleted|deletes|erase|erased|purge|purged|remove|removed|destroy|destroyed)$/i.test(verb[1]) ? 'are deleted' : 'are kept'} ${prep} ${s.slice(b.index)}`];
}

/** What a retention sentence keeps: the words before its verb ("Device logs are retained …") or after it ("we keep your messages for …"). */
function subjectText(s: string, verbAt: number, r: Reading): string {
  // "If you ask us to delete your account, we …", "When you close your account, we delete …": the subject is what is deleted.
  if (/^\s*(if|when|once|after|upon)\b/i.test(s)) {
    // ("When you delete your account we remove your data within 30 days": the object of the main clause's verb.)
    const obj = /\b(?:delete|deletes|deleted|erase|erased|remove|removed|purge|purged|keep|keeps|retain|retains|store|stores)\s+((?:your|the|all|any|its|their)\s+[a-z](?:(?!\s(?:we|you|they)\s)[\w\s-]){2,40}?)(?=\s+(?:within|for|after|from|in|by|no later|as|until|and)\b|[.,;]|$)/i.exec(s);
    if (obj) return obj[1];
  }
  // ("To investigate unsafe suggestions we log AI requests … for 30 days": a purpose before the subject says why; what
  // is kept follows the verb.)
  if (/^\s*(?:to|in order to)\s+[a-z]+\b[^,]{0,80}?,?\s+we\s+(?:\w+\s+)?$/i.test(s.slice(0, verbAt))) {
    const afterVerb = s.slice(verbAt).replace(/^\S+\s*/, '');
    const stop = /\b(for|until|after|up to|no longer|while|as long|within|indefinitely|permanently|\d+[\s-]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)/i.exec(afterVerb);
    return (stop ? afterVerb.slice(0, stop.index) : afterVerb).trim();
  }
  // ("After correct delivery, messages are deleted …", "Once read, notifications are deleted …": the opening phrase
  // says when; the subject follows its comma.)
  const opening = /^\s*(?:after|once|upon|following|on)\s+[^,]{2,40},\s*/i.exec(s);
  const from = opening && opening[0].length < verbAt ? opening[0].length : 0;
  const before = s.slice(from, verbAt).replace(/\s+(?:permanently|automatically|securely|immediately|promptly|completely|irreversibly)\s*$/i, '').replace(/\b(is|are|will be|may be|can be|shall be|get|gets|we|i|will|may|only|also|then)\s*$/i, '').replace(/(?:^|[;,]\s*)(?:we|i|then)\s*$/i, '').trim();
  const beforeWords = splitWords(before).filter((w) => !SUBJECT_STOP.has(w));
  // ("… or you decide not to engage us, we delete the inquiry …": a clause of its own before the comma; what is kept
  // follows the verb.)
  // ("Access logs, including IP addresses, are retained …": an aside after the subject is still the subject's.)
  const aside = /^([^,]{2,60}),\s*(?:including|such as|e\.g\.|like|which (?:include|contain)s?|containing)\b[^,]{2,80},$/i.exec(before);
  if (aside) return aside[1];
  const clauseBefore = /,$/.test(before);
  // ("Nothing requires us keeping your data …": what is kept follows the verb.)
  // ("All your data will be deleted …": data as a whole is the subject too.)
  // ("The Service Provider will retain User Provided data …": the product, by the name it gives itself, keeps what follows.)
  const selfActs = r.actor === 'we' && !r.passive && !r.subjectObjects.length && /^(?:the|our|this)\s+[A-Za-z][\w -]{1,40}$/i.test(before) && !/\b(?:data|information|logs?|records?|files?|messages?|content)\b/i.test(before);
  if (!clauseBefore && !selfActs && (beforeWords.length || /\b(?:data|information)$/i.test(before)) && !(beforeWords.length === 1 && /^(we|it)$/.test(beforeWords[0])) && !/\b(?:us|to)$/i.test(before)) return before;
  const afterVerb = s.slice(verbAt).replace(/^\S+\s*/, '');
  const stop = /\b(for|until|after|up to|no longer|while|as long|within|indefinitely|permanently|\d+[\s-]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)/i.exec(afterVerb);
  void r;
  return (stop ? afterVerb.slice(0, stop.index) : afterVerb).trim();
}

