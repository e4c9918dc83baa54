import { serviceForCodeName, serviceForName } from '../catalog';

/** What a section of a policy is about, from its heading path (innermost heading wins). */
export type Section = 'collect' | 'share' | 'retain' | 'security' | 'rights' | 'children' | 'other';

export function sectionOf(headingPath: string[]): Section {
  for (let i = headingPath.length - 1; i >= 0; i--) {
    // ("Crash Reporting (Opt-In by default, with ability to Opt-Out)": an aside in brackets qualifies the heading; the
    // words before it say what the section is about.)
    const h = (headingPath[i].replace(/\s*\([^()]*\)\s*/g, ' ').trim() || headingPath[i]).toLowerCase();
    if (/retention|retain|how long|keep (it|your|data)|storage period|deletion of|data storage and deletion/.test(h)) return 'retain';
    if (/children|minors|under (the age of )?1[3-8]|kids/.test(h)) return 'children';
    if (/\brights?\b|your choices|access and control|opt[- ]out|do not track/.test(h)) return 'rights';
    // "What you give us", "Information you share with us", and as a reader asks it ("What do you ask for when I apply?",
    // "What do you hold about me?"): what the product collects from the user.
    if (/\byou (?:give|provide|share with|send|tell|submit to) us\b|\byou provide\b|\bwhat (?:do|does|will|would) (?:you|we|[\w-]+) (?:ask (?:me |us )?for|need (?:from (?:me|us)|to know)|request from (?:me|us)|hold about|know about)\b/.test(h)) return 'collect';
    // ("Information from Third Parties", "Data we receive from other sources": where data comes from, not who gets it.)
    if (sourceHeading(h)) return 'collect';
    // ("1. Who we are", "1.2 Data Controller and Data Processor": who runs the product, not whom it gives data to.)
    if (/^(?:\d+(?:\.\d+)*\.?\s+)?(?:who we are|about us|data controllers?(?: and (?:data )?processors?)?|(?:the )?controller)$/.test(h.trim())) return 'other';
    if (/third|\b3rd[- ]part|shar|recipient|service provider|processor|partner|disclos|who receives|vendor|transfer|who we|integrations|analytics|advertis|payment|hosting|infrastructure|tools we use|services we use|apis?\b|who (?:can|may) (?:see|access)|who (?:sees|gets)\b|who has access|\bother (?:companies|organi[sz]ations|businesses|services)\b|\bcompanies (?:we|that)\b|\bprocess\w* (?:\w+ )?(?:for|on behalf of) us\b|\bon our behalf\b|\bsuppliers?\b|\bsub-?contractors?\b|\bexternal (?:services|companies|providers|platforms|tools|vendors|parties)\b/.test(h)) return 'share';
    // ("Information PistonPost handles", "What Acme collects": the product by its name.)
    // (Not a vendor by its name, "Information Stripe handles", nor "Data Google receives": what a recipient gets.)
    const doer = /\b(?:information|data)\s+((?:[\w-]+\s+){1,2})(?:handles|collects|gathers|processes|stores|holds|keeps)\b|^(?:\d+(?:\.\d+)*\.?\s+)?what\s+((?:[\w-]+\s+){1,2})(?:handles|collects|gathers|processes|stores|holds|keeps)\b/.exec(h);
    const who = doer ? (doer[1] ?? doer[2]).trim() : '';
    if (doer && !/\b(?:don'?t|do not|never|not)\b/.test(h) && !serviceForName(who) && !serviceForCodeName(who)) return 'collect';
    if (/collect|information we|data we|what we|personal (data|information)|categories of|we gather|we store|stored data|data stored|we process|the data|information you|data you|what data|which data|(?:information|data) (?:about|from|of) (?!cookies|our|this|these|changes)/.test(h)) return 'collect';
    // "Creators", "For listeners", "Job applicants": a section named after whose data it is lists what is collected of them.
    if (DATA_SUBJECT_HEADING.test(h.trim())) return 'collect';
    // "If you sing in an adult choir", "If you book a lesson": a section named after who the reader is, or what they do
    // with the product, says what is kept of them. (Not "If you have questions", "If you want to delete your account".)
    if (/^(?:\d+(?:\.\d+)*\.?\s+)?if you (?!have (?:any )?(?:questions?|concerns?|complaints?)|want\b|wish\b|would like\b|don['’]?t\b|do not\b|disagree\b|object\b|no longer\b|are not happy\b|change your mind\b)\w+/.test(h.trim())) return 'collect';
    if (/secur|protect/.test(h)) return 'security';
    // "When you use Acme" under "Information we collect": where the data comes from; the section above decides.
    if (i > 0 && /^(?:when|if|while|as) you (?:use|visit|access|interact)\b/.test(h)) continue;
    // ("Contact us", not "Emergency contacts and pickup", which names data.)
    if (/cookie|\bcontact(?:ing)? us\b|^(?:[\d.]+\s*)?(?:our )?contact(?: (?:information|info|details))?$|\bhow to (?:reach|contact)\b|\bcontact (?:the|our|a)\b|\bquestions\b|\bchanges?\b|\buses?\b|\bpurposes?\b|\blegal\b|\bupdates?\b|\blinks?\b|governing|liabilit|\bterms\b/.test(h)) return 'other';
  }
  return 'other';
}

const DATA_SUBJECT_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:for |our |if you are an? |information about |data about )?(?:website |web |app |mobile |site |podcast |event |registered |business )?(?:creators?|listeners?|customers?|visitors?|users?|members?|guests?|students?|parents?|patients?|drivers?|riders?|applicants?|job applicants?|candidates?|subscribers?|donors?|volunteers?|clients?|sellers?|buyers?|players?|authors?|readers?|viewers?|attendees?|tenants?|teachers?|account holders?)$/;

/** A heading of where data comes from ("Information from Third Parties", "Data we receive from other sources"). */
export function sourceHeading(heading: string): boolean {
  const h = heading.toLowerCase();
  return /\b(?:information|data|details)\b[^,;:]{0,40}\b(?:from|by way of|via|through)\s+(?:(?:other|third[- ]party|3rd[- ]party|external|our)\s+)?(?:third[- ]part(?:y|ies)|sources?|partners?|providers?|services?)\b|\b(?:third[- ]party|other|external) sources?\b|\bwe (?:receive|obtain|get) (?:about you )?from\b/.test(h) && !/\b(?:share|sharing|disclos|sell|transfer|to third)/.test(h);
}

/** Whether a heading is itself negative ("What we don't collect", "Data we never store"). */
export function negativeHeading(headingPath: string[]): boolean {
  if (negativeTitle(headingPath[headingPath.length - 1]?.toLowerCase() ?? '')) return true;
  // ("What We Don't Collect" › "Usage Data": a sub-heading that only names a kind of data is a group of what the heading
  // above rules out.)
  const inner = headingPath[headingPath.length - 1]?.toLowerCase().trim() ?? '';
  return headingPath.length >= 2 && DATA_LABEL_HEADING.test(inner) && negativeTitle(headingPath[headingPath.length - 2].toLowerCase());
}

/** A heading that only names a kind of data ("Personal Information", "Usage Data", "2.1 Technical data"). */
const DATA_LABEL_HEADING = /^(?:[\d.]+\s*)?[a-z][a-z /&-]{0,40}\b(?:information|data|details|identifiers)$/;

function negativeTitle(h: string): boolean {
  // "What we store and what we don't", "Data we do and do not collect": both sides, no frame.
  if (/\b(and|&|or|vs\.?|versus)\b[^.]*\b(don'?t|do not|not|never)\b/.test(h) || /\b(don'?t|do not|not)\b[^.]*\b(and|&)\b/.test(h)) return false;
  // "What if you don't agree with us monitoring …?": the reader's choice, not the product's negation.
  if (/\b(?:if|when|unless) you (?:don['’]?t|do not)\b|^\s*(?:what if|how (?:can|do|to)|can i|why)\b/.test(h)) return false;
  // ("What Telemetry Does NOT Include", "What crash reports never contain": what a kind of data leaves out.)
  return /\b(don'?t|do not|never|won'?t|will not|doesn'?t|does not|not)\b/.test(h) && /collect|store|keep|track|gather|record|shar|sell|\binclude|\bcontain/.test(h);
}
