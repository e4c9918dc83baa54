import { escapeRe, type RecipientKind, SERVICES, serviceById } from '../catalog';
import type { ContextToken } from '../analysis/types';
import { registrableDomain } from '../analysis/values';
import { own, table } from '../text';
import { aboutPeople, DONE_PARTICIPLES, headNamed, matchedWords, subjectCoverage, subjectScore } from '../subjects';
import { covers, isImplicit, singular, splitIdentifier, splitWords } from '../taxonomy';
import { readClause } from './reading';
import { sectionOf } from './sections';
import { bannedKinds, type Clause, type CollectDecl, type Declaration, type Policy, type ProhibitDecl, type RetainDecl, type ShareDecl } from './model';

/** The scope of a ban about children's data ("children's last names"). */
export const CHILDREN_SCOPE = "children's data";
/** Words of a record about a child (`ChildProfile`, `KidSchema`, `pupil`). */
/** Words of having an account: signing up or in, registering (not "logged in the error log"). */
const SIGN_UP = /\b(?:sign(?:s|ed|ing)?[- ]?(?:up|in)|log(?:s|ged|ging)?[- ]?in(?!\s+(?:the|a|an|our|their|its|this|these|those)\b)|register(?:s|ed|ing)? (?:for )?(?:an? |your )?account|registration|creat(?:e|es|ed|ing) (?:an? |your )?account)\b/i;

const CHILD_WORDS = new Set(['child', 'children', 'kid', 'kids', 'minor', 'pupil', 'toddler', 'infant']);
/** Who attends: children, in a product whose policy has rules about children's own data (a kids' school, a camp). */
const LEARNER_WORDS = new Set(['student', 'students', 'learner', 'learners', 'camper', 'campers']);

export interface ShareVerdict {
  status: 'prohibited' | 'condition-unmet' | 'undeclared' | 'declared';
  /** Categories at issue (prohibited, beyond the declaration, or all sent). */
  categories: string[];
  decl?: ShareDecl | ProhibitDecl;
  why: string;
}

/** A sentence about signing in with an account elsewhere. */
/** "Social Networks and Other Online Services", "If you connect a third-party application": where users take their data. */
const USER_CONNECTED = /\bsocial (?:networks?|media)\b|\bif you (?:choose to )?(?:connect|link|integrate)\b|\bthird[- ]party (?:app(?:lication)?s? )?integrations?\b/i;
const SIGN_IN = /\b(?:sign(?:ed|ing)?[- ]?(?:in|into|on|up)|log(?:ged|ging)?[- ]?(?:in|on)|connect(?:ed|ing)?)\b[^.;]{0,80}?\b(?:through|using|with|via)\b/i;

/** People by a role ("If you are a puppy raiser": raisers, fosterers, trainees, dentists). */
const ROLE_SCOPE = /^[a-z]+(?:ers|ors|ants|ents|ees|ists|ians)$/;
/** Groups of people a ban can be scoped to ("… of visitors", "… of employees"). */
const PEOPLE_SCOPE = /^(?:visitors|guests|patients|employees|students|customers|drivers|riders|candidates|applicants|members|tenants|volunteers|contractors|staff|donors|learners|couriers|attendees|passengers|clients|neighbou?rs|relatives|friends|landlords|employers|guarantors|referees|witnesses|spouses|partners|flatmates|housemates|roommates|recipients|beneficiarys|beneficiaries|dependants|dependents|nominees|senders|invitees|occupants)$/;
/** The person a group-scoped ban speaks of ("candidate data", "candidates"): `candidate`. */
function groupOfScope(scope: string): string | undefined {
  const m = /^([a-z]+?)s?(?: data)?$/.exec(scope);
  if (!m || !(PEOPLE_SCOPE.test(`${m[1]}s`) || ROLE_SCOPE.test(`${m[1]}s`) || scope.endsWith(' data'))) return undefined;
  return m[1] === 'staff' ? 'staff' : m[1];
}

/** Words derived from another that name the same thing in a field and a policy ("allergens" and `allergies`). */
const DERIVED_FROM: Record<string, string> = table({ allergen: 'allergy', allergic: 'allergy' });
/** The words those are derived from: only a field word among them can be named by a derived word of the policy. */
const DERIVED_ROOTS = new Set(Object.values(DERIVED_FROM));
/** The words of records about a group a ban names by another word ("anyone in your household": `Occupant`, `householdMembers`). */
const GROUP_WORDS: Record<string, string[]> = table({ occupants: ['occupant', 'household', 'householder', 'lodger'] });

/**
 * Whether what a statement says a recipient does not get covers this data. ("… no account information is included":
 * an account is known by its holder's name and email address, as where the policy declares what it collects.)
 */
function leftOut(excluded: string, category: string): boolean {
  return covers(excluded, category) || (excluded === 'user.account' && ACCOUNT_IDENTITY.test(category));
}

/** Hosted databases and key-value stores a product keeps its own records in. */
const OWN_DATABASE = new Set(['supabase', 'upstash', 'vercel-kv', 'neon', 'planetscale', 'turso', 'convex', 'fauna', 'xata', 'redis-cloud', 'mongodb-atlas']);

/** Words of a field's name that name no data by themselves (`medicalNotes`, `healthStatus`, `conditionDetails`). */
const VAGUE_FIELD_WORDS = new Set(['notes', 'details', 'detail', 'status', 'types', 'other', 'extra', 'value', 'values', 'items', 'field', 'fields', 'input', 'string', 'text', 'summary', 'description', 'information', 'record', 'records', 'medical', 'health', 'personal', 'sensitive', 'address', 'account', 'private', 'public', 'current', 'primary', 'secondary']);

/** Records too broad to declare what they hold by their name alone ("account information", "usage data"). */
const BROAD_RECORDS = new Set(['account', 'accounts', 'profile', 'profiles', 'user', 'users', 'personal', 'contact', 'usage', 'device', 'technical', 'basic', 'other', 'additional', 'identity', 'identifying', 'identifiable', 'sensitive', 'public', 'private', 'such', 'certain', 'your', 'their', 'some', 'this', 'that', 'these', 'those', 'following', 'aggregate', 'aggregated', 'anonymous', 'anonymized', 'analytics', 'cookie', 'cookies', 'login', 'limited', 'minimal', 'relevant', 'related', 'necessary', 'more', 'less', 'same', 'collected', 'provided', 'stored', 'customer', 'customers', 'member', 'members', 'student', 'students', 'child', 'children', 'client', 'clients', 'visitor', 'visitors', 'patient', 'patients', 'employee', 'employees', 'health', 'medical', 'location', 'financial', 'demographic', 'biometric', 'behavioral', 'behavioural', 'activity', 'interaction', 'diagnostic', 'performance', 'error', 'crash', 'server', 'session', 'third', 'party', 'google', 'social']);

/** Answers the questions rules ask of a policy. */
/** Said of the app when it is not on screen: "in the background", "background location". */
const IN_BACKGROUND = /\bin the background\b|\bbackground (?:location|tracking|collection)\b/i;

/** A heading about one kind of recipient ("Data Shared with AI Models", "Analytics partners"). */
const ONE_KIND_HEADING = /\b(?:ai|models?|llms?|analytics|payments?|advertis\w*|ads|marketing|e-?mail|hosting|cookies?|social|authorities|law enforcement|legal|business transfers?|mergers?|international)\b/i;

/** A heading that says its section is about whom data goes to. */
const STRONG_SHARE_HEADING = /\bshar(?:e|es|ed|ing)\b|\bthird[- ]part(?:y|ies)\b|\brecipients?\b|\bdisclos|\bsub-?processors?\b|\bservice providers?\b|\bwho (?:receives|gets|sees)\b|\btransfers?\b/i;

export class PolicyIndex {
  readonly collects: CollectDecl[];
  readonly shares: ShareDecl[];
  /** Retention statements with a number of days (or indefinitely); periods in words set no ceiling. */
  readonly retains: (RetainDecl & { days: number })[];
  readonly prohibits: ProhibitDecl[];
  readonly childProhibits: ProhibitDecl[];
  readonly groupProhibits: ProhibitDecl[];
  readonly groupShareProhibits: ProhibitDecl[];
  private readonly clauses: Map<string, Clause>;

  constructor(readonly policy: Policy) {
    const d = policy.declarations;
    this.collects = d.filter((x): x is CollectDecl => x.type === 'collect');
    this.shares = d.filter((x): x is ShareDecl => x.type === 'share');
    this.retains = d.filter((x): x is RetainDecl & { days: number } => x.type === 'retain' && x.days !== null);
    // Bans applied to code: unconditional, about the data as such (a ban with exceptions, one scoped to website
    // visitors, or one about a purpose code cannot show is a statement, not a rule).
    this.prohibits = d.filter((x): x is ProhibitDecl => x.type === 'prohibit' && !x.conditions.length && !x.scope?.length && x.action !== 'use' && x.purposes.every((p) => p === 'sale' || p === 'marketing'));
    // "We do not collect children's last names or photos": a ban on what is collected about children, applied to
    // records about a child.
    this.childProhibits = d.filter((x): x is ProhibitDecl => x.type === 'prohibit' && x.action === 'collect' && !x.conditions.length && x.scope?.length === 1 && x.scope[0] === CHILDREN_SCOPE);
    // "We do not take photographs of visitors": a ban on what is collected about one group of people, applied to the
    // records about them (`Visitor.badgePhotoKey`).
    this.groupProhibits = d.filter((x): x is ProhibitDecl => x.type === 'prohibit' && x.action === 'collect' && x.conditions.every((c) => c === 'visitors') && x.scope?.length === 1 && (PEOPLE_SCOPE.test(x.scope[0]) || ROLE_SCOPE.test(x.scope[0])));
    // "Candidate personal data is never sent to Segment": a ban on sending one group's data, applied to data named for
    // that group (`candidateEmail`).
    this.groupShareProhibits = d.filter((x): x is ProhibitDecl => x.type === 'prohibit' && x.action === 'share' && !x.conditions.length && x.scope?.length === 1 && groupOfScope(x.scope[0]) !== undefined && x.purposes.every((p) => p === 'sale' || p === 'marketing'));
    this.clauses = new Map(policy.clauses.map((c) => [c.id, c]));
  }

  /** Every category a collection statement names. */
  private collectedNames?: Set<string>;
  private kindsNamed?: Set<string>;
  private vendorsNamed?: Set<string>;
  private processors?: Set<string>;
  private besideNames?: Set<string>;
  private atLength?: boolean;

  /**
   * Kinds stated in a clause that also names vendors ("our payment processor (Stripe), our transactional email provider"),
   * or in a list whose other items name vendors ("These may include: - **Cloudflare** (hosting) - Email delivery providers").
   */
  private kindsBesideNames(): Set<string> {
    if (!this.besideNames) {
      // (The items of one list share their lead-in.)
      const group = (id: string) => {
        const c = this.clause(id);
        return c?.leadIn ? `${c.headingPath.join('/')}\n${c.leadIn}` : id;
      };
      const naming = new Set(this.shares.filter((s) => s.services.length > 0).map((s) => group(s.clause)));
      this.besideNames = new Set(this.shares.filter((s) => naming.has(group(s.clause))).flatMap((s) => s.kinds));
    }
    return this.besideNames;
  }

  /** The vendors the policy names as recipients (not as examples of a kind). */
  private namedVendors(): Set<string> {
    this.vendorsNamed ??= new Set(this.shares.flatMap((s) => (s.examples ? [] : s.services)));
    return this.vendorsNamed;
  }

  /** The named vendors that work for the product: not social networks, sign-in providers or apps the user connects. */
  private processorsNamed(): Set<string> {
    const userSide = (s: ShareDecl) => SIGN_IN.test(s.text) || USER_CONNECTED.test(s.text);
    this.processors ??= new Set(this.shares.flatMap((s) => (s.examples || userSide(s) ? [] : s.services)).filter((id) => !/^(social|auth|integration)$/.test(serviceById(id)?.kind ?? '')));
    return this.processors;
  }

  /**
   * "Analytics providers" covers PostHog unless the policy names the analytics vendors it uses (then those are the
   * ones) or lists its vendors at length (a sub-processor list: what it does not name, it does not use).
   * (Social networks and sign-in providers a policy mentions are where people share or sign in, not its vendors; nor
   * are the accounts people sign in with, whatever their kind: "sign in through a third-party site (for example,
   * using LinkedIn, Salesforce or Google)".)
   */
  private listsAtLength(): boolean {
    if (this.atLength === undefined) {
      const signInOnly = new Set(this.shares.filter((s) => SIGN_IN.test(s.text)).flatMap((s) => s.services));
      for (const s of this.shares) if (!SIGN_IN.test(s.text) && !s.examples) for (const id of s.services) signInOnly.delete(id);
      this.atLength = [...this.namedVendors()].filter((id) => !/^(social|auth|integration)$/.test(serviceById(id)?.kind ?? '') && !signInOnly.has(id)).length >= 4;
    }
    return this.atLength;
  }
  /**
   * The kinds of the vendors the policy names: a catalogued vendor's kind, and for a vendor the catalog does not know,
   * the kinds its list's lead-in names ("The payment processors we work with are: - Apple Store In-App Payments").
   */
  namedKinds(): Set<string> {
    if (this.kindsNamed) return this.kindsNamed;
    const out = new Set<string>();
    for (const s of this.shares) {
      if (s.examples) continue;
      for (const id of s.services) {
        const k = serviceById(id)?.kind;
        if (k) out.add(k);
        else {
          const leadIn = this.clause(s.clause)?.leadIn;
          if (leadIn) for (const kind of readClause(leadIn.split(/(?<=[.!?])\s+/).pop() ?? leadIn, { selfNames: new Set(this.policy.selfNames ?? []) }).recipient.kinds) out.add(kind);
        }
      }
    }
    this.kindsNamed = out;
    return out;
  }

  clause(id: string): Clause | undefined {
    return this.clauses.get(id);
  }

  /**
   * Where a missing statement belongs: the section's heading (the clause a finding points to) and its
   * last clause (where a drafted statement goes).
   */
  section(kind: 'collect' | 'share' | 'retain'): { heading: Clause; last: Clause } | undefined {
    if (this.sections.has(kind)) return this.sections.get(kind);
    const found = this.findSection(kind);
    this.sections.set(kind, found);
    return found;
  }

  private readonly sections = new Map<string, { heading: Clause; last: Clause } | undefined>();

  private findSection(kind: 'collect' | 'share' | 'retain'): { heading: Clause; last: Clause } | undefined {
    // (Of several sections about recipients, the one that says it is about sharing: "6. Who we share data with" over
    // "3. Payment Processor".)
    const all = this.policy.clauses.filter((c) => sectionOf(c.headingPath) === kind);
    // ("6. Disclosures of Your Personal Data" over "5. Data Shared with Third-Party AI Models": a heading about one kind
    // of recipient is the section for that kind only.)
    const rank = (c: Clause) => {
      const h = c.headingPath[c.headingPath.length - 1] ?? '';
      return !STRONG_SHARE_HEADING.test(h) ? 0 : ONE_KIND_HEADING.test(h) ? 1 : 2;
    };
    const best = kind === 'share' ? Math.max(0, ...all.map(rank)) : 0;
    const first = all.find((c) => kind !== 'share' || rank(c) === best);
    if (!first) return undefined;
    const same = this.policy.clauses.filter((c) => c.headingLine === first.headingLine && c.headingPath.join('/') === first.headingPath.join('/'));
    const title = first.headingPath[first.headingPath.length - 1] ?? first.title;
    const line = first.headingLine || first.line;
    return { heading: { ...first, id: first.id.split('/')[0], title, line, endLine: line }, last: same[same.length - 1] };
  }

  /**
   * The statement that declares collecting `category`. `detail` is the kind of data a guardian's field holds
   * (`parentPhone`: a phone number), which the statement about the guardian must name; `'postal'` marks a part of a
   * postal address record (`ShippingAddress.city`), which a statement about where someone is does not declare.
   */
  collectDeclaration(category: string, detail?: string): CollectDecl | undefined {
    const direct = this.collects.find((d) => d.categories.some((c) => covers(c, category) && !(c === 'user.government_id' && category === TAX_ID && IDENTITY_DOCUMENT.test(d.text) && !TAX_WORD.test(d.text))));
    if (direct) return direct;
    // "Expo — a push token for your device": data the policy says it hands to a recipient is data it says it has.
    // (Not data a vendor collects directly that the product "never sees": that is ruled out, not handed over.)
    // ("… are collected directly by Stripe": the vendor collects them, the product does not hand them over.)
    const banned = this.collectProhibition(category);
    const handed = banned ? undefined : this.shares.find((s) => !vendorCollects(s) && (!deidentifiedShare(s) || PSEUDONYMOUS.has(category)) && s.categories.some((c) => c !== 'user' && covers(c, category)));
    if (handed) return { type: 'collect', clause: handed.clause, categories: handed.categories, text: handed.text };
    // An account the policy says it creates has a password to sign in with.
    // ("… confirm your email after you sign up", "Customers: those who register for an account": a policy that speaks of
    // signing up speaks of the credential it takes; a password is no disclosure of its own.)
    if (category === 'user.authorization.password') {
      const account = this.collects.find((d) => d.categories.some((c) => c === 'user.account' || c.startsWith('user.account.')));
      if (account) return account;
      const signUp = this.policy.clauses.find((c) => SIGN_UP.test(c.text) && !this.prohibits.some((p) => p.clause === c.id));
      return signUp ? { type: 'collect', clause: signUp.id, categories: ['user.account'], text: signUp.text } : undefined;
    }
    // "Patients under 18 are booked by a parent or guardian, who gives us their own name and mobile number": a
    // guardian's details are the name and contact details the policy says a parent or guardian gives.
    // ("… the name and email address of a parent or guardian" declares no guardian's phone number.)
    // ("From parents and guardians of learners under 18: - Name, email address and mobile number": the list's lead-in.)
    if (category === 'user.childrens.guardian') return this.collects.find((d) => /\b(?:parents?|guardians?)\b/i.test(`${d.text} ${this.clauses.get(d.clause)?.leadIn ?? ''}`) && d.categories.some((c) => (detail ? covers(c, detail) : c === 'user.name' || c.startsWith('user.name.') || c === 'user.contact' || c.startsWith('user.contact.'))));
    // "We process your account information", "account information such as your email": an account holds the name its
    // holder signs up with.
    if ((category === 'user.name' || category.startsWith('user.name.')) && !banned) {
      const account = this.collects.find((d) => d.categories.includes('user.account'));
      if (account) return account;
    }
    // ("The child's first name or nickname": a record's `name` holds the name the policy says is given, in whatever part.)
    if (category === 'user.name' && !banned) {
      const part = this.collects.find((d) => d.categories.some((c) => c.startsWith('user.name.')));
      if (part) return part;
    }
    // ("Identity information: name, date of birth": a person's age is worked out from the date of birth it declares.)
    if (category === 'user.demographic.age_range' && !banned) {
      const born = this.collects.find((d) => d.categories.some((c) => c === 'user.demographic.date_of_birth' || c.startsWith('user.demographic.date_of_birth.')));
      if (born) return born;
    }
    // "Employment information" names the employer.
    if (category === 'user.workplace') return this.collects.find((d) => d.categories.some((c) => c === 'user.employment'));
    // "Location information" declares where someone is, and the country or city of an address is where they are.
    // (Not a part of a postal address record — `ShippingAddress.city` — which "Country of IP address" does not declare.)
    if (/^user\.contact\.address\.(?:country|city|region|state)$/.test(category) && detail !== 'postal') return this.collects.find((d) => d.categories.some((c) => c === 'user.location' || c === 'user.location.imprecise'));
    if (category !== 'user.name') return direct;
    // A full name is a first name and a last name: "first name and last name" declares `fullName`.
    const last = this.collectDeclaration('user.name.last');
    return last && this.collectDeclaration('user.name.first');
  }

  /** The ban on collecting `category`; `subject` is the record's words (a child's record meets bans about children). */
  /**
   * A ban on collecting data while the app is in the background ("We do not collect your location in the background"):
   * held against reads made there, whatever else the ban's conditions say of the foreground.
   */
  backgroundProhibition(category: string): ProhibitDecl | undefined {
    return this.policy.declarations.find((x): x is ProhibitDecl => x.type === 'prohibit' && x.action === 'collect' && IN_BACKGROUND.test(x.text) && x.categories.some((c) => covers(c, category)));
  }

  collectProhibition(category: string, subject: string[] = [], field: readonly string[] = []): ProhibitDecl | undefined {
    // (A learner — `student`, `pupil` — is a child where the policy bans children's data, unless the policy declares that very
    // data for someone: "About each surfer: first name, surname …" beside "We don't ask for a child's surname".)
    // (Not data declared for the guardian or a teacher: "About the guardian: name, email address" leaves a student's email a
    // child's.)
    const declaredForLearner = () => this.policy.declarations.some((d) => d.type === 'collect' && d.categories.includes(category) && !/\b(?:guardians?|parents?|carers?|caregivers?|teachers?|tutors?|instructors?|coach(?:es)?|staff|employees?|admins?|administrators?|educators?|schools?)\b/i.test(d.text));
    const child = subject.some((w) => CHILD_WORDS.has(w)) || (subject.some((w) => LEARNER_WORDS.has(w)) && this.childProhibits.length > 0 && !declaredForLearner());
    // ("We collect your policy number" beside "No medical information": the data the policy names itself is declared;
    // the ban on the wider kind covers the rest of it.)
    const named = this.collected().has(category);
    const ban = this.prohibits.find((p) => p.action === 'collect' && p.categories.some((c) => covers(c, category) && (c === category || !named)) && !p.except?.some((e) => covers(e, category)));
    // ("Dietary requirements, including food allergies" beside "We do not ask about medical conditions": `allergies` is
    // what the policy says it takes by that very word; the ban is about the rest of the kind.)
    if (ban && field.length && this.namedByWord(category, field, ban)) return undefined;
    return ban
      ?? (child ? this.childProhibits.find((p) => p.categories.some((c) => covers(c, category))) : undefined)
      ?? (this.groupProhibits.length ? this.groupProhibits.find((p) => (subject.includes(p.scope![0].replace(/s$/, '')) || (GROUP_WORDS[p.scope![0]]?.some((w) => subject.includes(w)) ?? false)) && p.categories.some((c) => covers(c, category))) : undefined);
  }

  /** Whether a collection statement of `category`'s kind names the field by one of its own words, which the ban does not. */
  private namedByWord(category: string, field: readonly string[], ban: ProhibitDecl): boolean {
    const banned = new Set(splitWords(ban.text));
    const words = field.filter((w) => w.length >= 5 && !VAGUE_FIELD_WORDS.has(w)).map(singular).filter((w) => !banned.has(w));
    if (!words.length) return false;
    // (The statement declares that very kind or a part of it: "your email address" says nothing of an `ipAddress`.)
    // ("the allergens you tell us about" names `allergies`: a word and the one it is derived from are one.)
    return this.collects.some((d) => d.categories.some((c) => covers(category, c)) && words.some((w) => this.wordsOf(d).has(w) || this.wordsOf(d).has(own(DERIVED_FROM, w) ?? '') || (DERIVED_ROOTS.has(w) && [...this.wordsOf(d)].some((x) => own(DERIVED_FROM, x) === w))));
  }

  /** The words of a statement, singular (built once per statement). */
  private wordsOf(d: CollectDecl): Set<string> {
    let w = this.declWords.get(d);
    if (!w) this.declWords.set(d, (w = new Set(splitWords(d.text))));
    return w;
  }

  /** The statement that a vendor gets only anonymized (aggregated, pseudonymized) data, when no other statement says more. */
  private onlyDeidentified(service: string): ShareDecl | undefined {
    const about = this.shares.filter((s) => s.services.some((id) => sameVendor(id, service)));
    return about.length && about.every(deidentifiedShare) ? about[0] : undefined;
  }

  /**
   * The statement that declares a record by name ("Resume data that you explicitly provide", "subscription billing
   * information"), when `words` (a field's record, the record around it and its module) name that record: what the
   * record holds is declared with it. Broad records (account, profile, contact, usage) are not read this way: what
   * they hold is said item by item.
   */
  recordDeclaration(words: readonly string[]): CollectDecl | undefined {
    if (!this.records) {
      this.records = new Map();
      for (const d of this.collects) {
        if (!d.categories.length) continue;
        for (const m of d.text.matchAll(/\b([a-z]{4,})\s+(?:data|information|info|details|records?)\b/gi)) {
          const noun = m[1].toLowerCase();
          if (!BROAD_RECORDS.has(noun) && !this.records.has(noun)) this.records.set(noun, d);
        }
      }
    }
    if (!this.records.size) return undefined;
    for (const w of words) {
      const d = this.records.get(w) ?? this.records.get(w.replace(/s$/, ''));
      if (d) return d;
    }
    return undefined;
  }
  private records?: Map<string, CollectDecl>;
  private readonly declWords = new WeakMap<CollectDecl, Set<string>>();

  /** The categories the policy's collection statements name (built once per policy). */
  private collected(): Set<string> {
    return (this.collectedNames ??= new Set(this.collects.flatMap((d) => d.categories)));
  }

  /** Judges sending `categories` to a recipient of `kind` (catalog `service` when known). */
  judgeShare(service: string | null, kind: RecipientKind, categories: string[], host?: string | null, opts: { loaded?: boolean; inMessage?: Set<string>; names?: Map<string, string[]> } = {}): ShareVerdict {
    // (`client_reference_id: user.id` to Stripe, `client_user_id` to Plaid: a vendor that keeps records of its own about
    // the person — payments, a CRM contact, a support thread — ties them to the product's account by that id; sent to such
    // a vendor, the id is the person's data. To monitoring or hosting it only labels what is sent.)
    const personal = categories.filter((c) => !isImplicit(c) || (c === 'user.unique_id' && LINKED_KINDS.has(kind)));
    if (!personal.length) {
      // "AppsFlyer receives only anonymized data": a persistent user ID singles the person out to that vendor.
      const anonymous = service !== null && categories.length ? this.onlyDeidentified(service) : undefined;
      // ("… anonymous feature usage … includes your machine ID": not when a statement about the vendor names the identifier.)
      const named = () => this.shares.some((s) => s.services.some((id) => sameVendor(id, service!)) && s.categories.some((sc) => PSEUDONYMOUS.has(sc)));
      if (anonymous && !(categories.every((c) => PSEUDONYMOUS.has(c)) && named())) return { status: 'condition-unmet', categories, decl: anonymous, why: `the policy says this data is ${anonymous.conditions.join(' and ')}` };
      return { status: 'declared', categories: [], why: 'only internal identifiers are sent' };
    }
    for (const p of this.groupShareProhibits) {
      if (!((service !== null && p.services.includes(service)) || (!p.services.length && bannedKinds(p).includes(kind as never)))) continue;
      const group = groupOfScope(p.scope![0])!;
      const hit = personal.filter((c) => p.categories.some((pc) => covers(pc, c)) && (opts.names?.get(c) ?? []).some((n) => splitIdentifier(n).some((w) => w === group || w === `${group}s`)));
      if (hit.length) return { status: 'prohibited', categories: hit, decl: p, why: p.text };
    }
    // ("We use Vercel …": Vercel Analytics, a product of the vendor named, is judged by what the policy says of that vendor too.)
    const namedHere = service !== null && this.shares.some((s) => s.services.some((id) => sameVendor(id, service) || productOf(service, id)));
    for (const p of this.prohibits) {
      if (p.action !== 'share') continue;
      // A ban on selling or on marketing uses is judged at the recipients that buy or market: advertising, data brokers, marketing.
      const banned = bannedKinds(p);
      const kinds: string[] = [...banned];
      if (p.purposes.includes('sale')) kinds.push('advertising', 'data_enrichment');
      if (p.purposes.includes('marketing')) kinds.push('advertising', 'marketing');
      const scoped = p.services.length || kinds.length;
      // A vendor's script the page loads sells nothing by loading: a ban on selling reaches it only by kind or name.
      const applies = !scoped || (service !== null && p.services.includes(service)) || (opts.loaded ? banned.includes(kind as never) : kinds.includes(kind));
      if (!applies) continue;
      // "We prevent Sentry from storing IP addresses": the address every request carries reaches Sentry's script; the
      // promise is about what Sentry keeps of it.
      if (p.stored && opts.loaded) continue;
      // "We will not share your personal data with any third party": processors that act on the product's behalf
      // (hosting, email delivery, payments, monitoring) are not what such a sentence rules out; a recipient that uses
      // the data for its own ends is. An unnamed processor is still held to the list of recipients.
      if (!scoped && !p.purposes.length && p.categories.includes('user') && PROCESSOR_KINDS.has(kind)) continue;
      // "We do not sell … for marketing" does not overrule "Mailchimp sends our newsletter": a vendor the policy
      // names is judged by its own statement; bans of specific data ("never share your location") still apply.
      if (namedHere && !p.services.includes(service!) && p.categories.includes('user')) continue;
      // "These log files are not shared with third parties": the product's own logs go nowhere; a vendor the policy names
      // that sees a visitor's address in its own right (a payment page's script, an error report) is not sent them.
      if (namedHere && !p.services.includes(service!) && LOG_FILES_BANNED.test(p.text) && kind !== 'logging') continue;
      const hit = personal.filter((c) => p.categories.some((pc) => covers(pc, c)) && !p.except?.some((e) => covers(e, c)));
      if (hit.length) return { status: 'prohibited', categories: hit, decl: p, why: p.text };
    }
    // A policy that names its sub-processors declares those: generic kinds do not add unnamed vendors.
    const named = this.namedVendors();
    const listsVendors = named.size >= 2;
    // (Social networks and apps the user connects that a policy names are not a list of the product's processors.)
    const listsProcessors = this.processorsNamed().size >= 2;
    // ("… our payment processor (Stripe), our transactional email provider, our error-monitoring provider": a kind listed
    // beside the vendors it names, with none of its own named, is a vendor the policy chose not to name.)
    const namesKind = this.namedKinds().has(kind) || (this.listsAtLength() && !this.kindsBesideNames().has(kind));
    // A vendor outside the catalog that the policy names ("We use Checkr …") is declared by that clause.
    const label = !service && host ? hostLabel(host) : undefined;
    // (`vpic.nhtsa.dot.gov`: under a shared public suffix the agency's own label names it — "NHTSA".)
    const agency = !service && host ? agencyLabel(host) : undefined;
    // A recipient the deployment configures (no service, no host: "the configured SMTP server") may be any vendor of
    // its kind: a named vendor of that kind declares it.
    // So is an AI SDK call whose model's provider the code does not show (`model: getModel()`): any AI vendor named.
    const unidentified = (service === null && !host && kind !== 'unknown') || service === 'vercel-ai-sdk';
    // "Vercel — hosting and web analytics": the vendor's product of that kind (Vercel Analytics) is declared.
    // ("Hosting: Vercel" with analytics declared elsewhere: the host's own page-speed or visit beacon sends it what every
    // page request already does — the visitor's address, browser and the page.)
    const beacon = () => kind === 'analytics' && personal.every((c) => HOST_SEES.has(c)) && (this.shares.some((k) => k.kinds.includes('analytics')) || [...this.collected()].some((c) => c === 'user.behavior' || c === 'user.telemetry' || c.startsWith('user.behavior.')));
    // (So does its bot check — "Cloudflare — CDN, DDoS protection" beside Cloudflare Turnstile: the challenge gets the
    // address and browser every request through that network already shows it.)
    const hostSeen = () => (kind === 'analytics' ? beacon() : kind === 'fraud_prevention' && personal.every((c) => HOST_SEES.has(c)));
    const family = service !== null ? this.shares.filter((s) => s.services.some((id) => productOf(service, id) && (this.shares.some((k) => k.clause === s.clause && k.kinds.includes(kind)) || (serviceById(id)?.kind === 'cloud_hosting' && hostSeen())))) : [];
    // ("Google, Microsoft, Apple, and Zoom" in a list of vendors: a product of a platform company named alone — its calendar,
    // its mail — but not its analytics or advertising, which a policy names by their own names.)
    const ofCompany = (s: { companies?: string[] }) => service !== null && kind !== 'analytics' && kind !== 'advertising' && (s.companies ?? []).some((n) => (serviceById(service)?.name.toLowerCase() ?? '').startsWith(`${n} `));
    const matching = this.shares.filter(
      (s) => family.includes(s) || ofCompany(s) || (service !== null && s.services.some((id) => sameVendor(id, service))) || (label !== undefined && namesVendor(s.text, label)) || (agency !== undefined && namesVendor(s.text, agency)) || (s.kinds.includes(kind) && (s.examples || (!(namesKind && service !== null && ![...named].some((id) => sameVendor(id, service))) && !(listsVendors && label !== undefined))))
        || (unidentified && s.services.some((id) => serviceById(id)?.kind === kind)),
    );
    if (!matching.length) {
      // A mail server the code leaves to the deployment (`nodemailer.createTransport(config.smtp)`): the code names no
      // third party; the operator's own relay or the one it hires sends the product's mail (held to the bans above).
      if (service === null && !host && kind === 'email_delivery') return { status: 'declared', categories: personal, why: 'the mail server is the one the deployment configures; the code names no third party' };
      // The product's own database, cache or file store run by a hosting provider: a policy that names no vendors
      // and says it uses service providers covers it; a policy that lists its sub-processors must list it.
      const processors = this.shares.find((s) => s.kinds.includes('service_provider'));
      // (A policy that names vendors of other kinds only — its AI partners, its analytics — has not listed where it keeps
      // its data.)
      const listsHosts = listsVendors && [...named].some((id) => serviceById(id)?.kind === 'cloud_hosting');
      if (kind === 'cloud_hosting' && !listsHosts && processors) return { status: 'declared', categories: personal, decl: processors, why: processors.text };
      // (A database the product runs on a platform — Supabase, Upstash, Neon — is where it keeps what it collects, not a
      // party it discloses data to; a ban on the data or on such providers still holds.)
      if (kind === 'cloud_hosting' && service !== null && OWN_DATABASE.has(service)) return { status: 'declared', categories: personal, why: 'the product\'s own database, run on a hosted platform: where it keeps what it collects' };
      // "Our service providers may collect your IP address and browser type": in a policy that names no vendors, a
      // processor (monitoring, email delivery, payments …) that gets only the data that sentence lists is declared.
      // (Not "we may disclose any information to service providers": reviewers hold a processor the policy never names
      // to be undeclared.)
      const listed = !listsProcessors && PROCESSOR_KINDS.has(kind) ? this.shares.find((s) => s.kinds.includes('service_provider') && !s.services.length && s.categories.length && !deidentifiedShare(s) && personal.every((c) => s.categories.some((sc) => covers(sc, c)))) : undefined;
      if (listed) return { status: 'declared', categories: personal, decl: listed, why: listed.text };
      // ("With third-party vendors who perform services on our behalf (e.g., hosting, analytics, payment processing)": in
      // a policy that names no list of vendors, a processor that works for the product on what the policy collects.)
      const onBehalf = !listsProcessors && PROCESSOR_KINDS.has(kind) ? this.shares.find((s) => s.kinds.includes('service_provider') && !s.services.length && !s.categories.length && (ON_OUR_BEHALF.test(s.text) || (HELPS_RUN_SERVICE.test(s.text) && !/[:：]\s*$/.test(s.text)))) : undefined;
      if (onBehalf && personal.every((c) => [...this.collected()].some((x) => covers(x, c)))) return { status: 'declared', categories: personal, decl: onBehalf, why: onBehalf.text };
      // ("We may use third-party Service Providers to monitor and analyze …" over a list naming Plausible: the kind is
      // declared by the vendors the policy names, and this one is not among them.)
      const ofKind = service !== null && this.shares.some((sh) => sh.kinds.includes(kind)) ? [...named].filter((id) => serviceById(id)?.kind === kind).map((id) => serviceById(id)?.name ?? id) : [];
      if (ofKind.length) return { status: 'undeclared', categories: personal, why: `the policy names the ${kind.replace(/_/g, ' ')} providers it uses (${ofKind.join(', ')}), and this is not one of them` };
      return { status: 'undeclared', categories: personal, why: 'no statement names this recipient or its kind' };
    }
    // What any statement says this recipient never gets holds, whichever other statement names it too.
    // (Unless another section names the vendor and that very data: "Your recordings are sent to OpenAI for transcription"
    // holds over "We do not share any user data, including your recordings, with third parties. … via the OpenAI API".)
    // (Named at least as narrowly as what is left out: "Intercom receives your contact details" does not undo "… excluding
    // your phone number".)
    const leftOutBy = (s: ShareDecl) => (s.excludes ? personal.filter((c) => s.excludes!.some((x) => leftOut(x, c)) && !(service !== null && matching.some((o) => o.clause !== s.clause && !o.excludes?.some((x) => leftOut(x, c)) && o.services.some((id) => sameVendor(id, service)) && o.categories.some((sc) => covers(sc, c) && s.excludes!.every((x) => !leftOut(x, c) || covers(x, sc)))))) : []);
    const excluding = matching.find((s) => leftOutBy(s).length > 0);
    if (excluding) {
      return { status: 'condition-unmet', categories: leftOutBy(excluding), decl: excluding, why: 'the policy says this recipient does not receive this data' };
    }
    // ("Analytics: anonymized event data" beside "Analytics providers (e.g., PostHog)": who the person is — a name, an
    // email address — sent to a vendor of a kind the policy says gets only anonymized data, when no statement says that
    // vendor or kind gets it.)
    const anonKind = service !== null ? matching.find((s) => deidentifiedShare(s) && !s.services.length && s.kinds.includes(kind)) : undefined;
    const who = anonKind ? personal.filter((c) => IDENTITY.test(c)) : [];
    const anonymityBroken = anonKind && who.length && !matching.some((s) => !deidentifiedShare(s) && who.every((c) => s.categories.some((sc) => covers(sc, c))));
    let unmet: ShareVerdict | undefined;
    // "PostHog gets anonymized usage data" holds when another sentence only names the vendor ("marketing analysis
    // (via PostHog)"): a mention that says no data does not widen what the policy says the vendor gets.
    const limited = service !== null && matching.some((s) => deidentifiedShare(s) && s.services.some((id) => sameVendor(id, service)));
    // "PostHog … Personal Data processed: Trackers; Usage Data", a sub-processor table's row, "Stripe receives only …":
    // a closed list for the vendor by name holds, whatever a sentence that only mentions the vendor says.
    // (Only those forms: elsewhere a list of what a vendor gets is often not all it gets.)
    const byName = service !== null ? matching.filter((s) => s.services.some((id) => sameVendor(id, service)) && !deidentifiedShare(s)) : [];
    const closedFor = service !== null && matching.some((s) => s.closed && s.categories.length && (s.strict || /^\s*personal data (?:processed|collected)\s*:/i.test(s.text)) && s.services.some((id) => sameVendor(id, service)));
    // "Datadog … sees technical data such as load times and a random account ID": a vendor the policy says gets
    // technical data and identifiers is not declared to get a name, contact details or anything else about the person,
    // whatever a sentence that only names the vendor says.
    const technicalFor = service !== null ? matching.find((s) => s.categories.length && s.categories.every(isTechnical) && s.services.some((id) => sameVendor(id, service))) : undefined;
    // (A company or job title alone singles no one out: held to the vendor's own statement as before.)
    const aboutPerson = technicalFor ? personal.filter((c) => !isTechnical(c) && !/^user\.(?:workplace|job_title)$/.test(c) && !technicalFor.categories.some((sc) => covers(sc, c))) : [];
    // "PostHog: for analytics": an analytics vendor named for its purpose, with no word on what it gets, is declared for
    // how people use the product, not for who they are; a name or contact details sent to it need a statement that
    // says so.
    const identity = kind === 'analytics' ? personal.filter((c) => IDENTITY.test(c)) : [];
    // (Not when a ban with an exception speaks of that data for such recipients: "… unless you opt in" is a rule the
    // code cannot be checked against.)
    const spokenOf = (p: Declaration) => p.type === 'prohibit' && p.action === 'share' && identity.some((c) => p.categories.some((pc) => covers(pc, c))) && (p.kinds.includes(kind as never) || (service !== null && p.services.includes(service)));
    // ("We may share your personal data with … analytics providers": personal data as a whole includes who they are.)
    if (identity.length && !matching.some((s) => s.categories.length || s.conditions.length || s.personal) && !this.policy.declarations.some(spokenOf) && !this.shares.some((s) => identity.every((c) => s.categories.some((sc) => covers(sc, c))) && (s.kinds.includes(kind) || (service !== null && s.services.some((id) => sameVendor(id, service)))))) {
      const decl = matching.find((s) => service !== null && s.services.some((id) => sameVendor(id, service))) ?? matching[0];
      return { status: 'condition-unmet', categories: identity, decl, why: 'the policy names this recipient for analytics, not for who the person is' };
    }
    for (const s of matching) {
      if (aboutPerson.length && !aboutPerson.every((c) => s.categories.some((sc) => covers(sc, c)))) {
        unmet ??= { status: 'condition-unmet', categories: aboutPerson, decl: technicalFor!, why: 'the policy says this recipient gets technical data, and this is not among it' };
        continue;
      }
      if (limited && !deidentifiedShare(s) && !personal.every((c) => s.categories.some((sc) => covers(sc, c)))) continue;
      // (What two statements naming the vendor say it gets together holds: "Stripe: your email address and the amount"
      // in a table and "Payment card details are entered on Stripe's payment page" above it.)
      if (closedFor && !s.closed && !personal.every((c) => byName.some((b) => b.categories.some((sc) => covers(sc, c))))) continue;
      // "Anonymous usage data … includes your VS Code machine ID": the pseudonymous identifier the statement itself names
      // goes with the anonymous data (a name or an email address still does not).
      if (deidentifiedShare(s) && !(personal.every((c) => PSEUDONYMOUS.has(c)) && s.categories.some((sc) => PSEUDONYMOUS.has(sc)))) {
        unmet ??= { status: 'condition-unmet', categories: personal, decl: s, why: `the policy says this data is ${s.conditions.join(' and ')}` };
        continue;
      }
      const left = leftOutBy(s);
      if (left.length) {
        unmet ??= { status: 'condition-unmet', categories: left, decl: s, why: 'the policy says this recipient does not receive this data' };
        continue;
      }
      if (s.categories.length && s.services.length && s.closed && !(unidentified && !s.services.some((id) => service !== null && sameVendor(id, service)))) {
        // "Twilio: mobile number and message text": what the code writes into the message is that text.
        // ("Twilio sends text messages to parents … It receives your phone number": a vendor said to send the messages gets
        // their text too.)
        // (Not when the list is closed in so many words: "Twilio receives your mobile number and the code, nothing else".)
        const text = s.categories.some((sc) => sc === 'user.content.private' || sc === 'user.content') || (!s.strict && (kind === 'messaging' || kind === 'email_delivery') && SENDS_MESSAGES.test(s.text));
        // (Data the code names only by its kind — "behavioural data" a session-recording SDK sends — is what a listed
        // part of that kind, "session recording and usage analytics", says.)
        // ("Salesforce: … your contact details", "Amazon SES: your email address for messages": the name a message or a
        // contact record is addressed to goes with the contact details or the address it is sent to.)
        const addressee = (c: string) => (c === 'user.name' || c.startsWith('user.name.')) && s.categories.some((sc) => sc === 'user.contact' || (kind === 'email_delivery' && sc === 'user.contact.email'));
        // ("Resend sends the confirmation email you receive": a vendor said to send the product's emails or texts gets the
        // address or the number each is sent to, and the name it is addressed to.)
        const sends = (kind === 'messaging' || kind === 'email_delivery') && SENDS_MESSAGES.test(s.text);
        // (The name goes with an email's address, "Ana <ana@…>"; a text message is sent to a number alone.)
        const reached = (c: string) => sends && (c === (kind === 'email_delivery' ? 'user.contact.email' : 'user.contact.phone_number') || (kind === 'email_delivery' && (c === 'user.name' || c.startsWith('user.name.'))));
        // ("Supabase: All account data, essays and messages": an account is signed into with an email address and a
        // password, and goes by a name.)
        const ofAccount = (c: string) => s.categories.includes('user.account') && accountPart(c);
        // (The account id a listed vendor's records are kept under goes with whatever the list names.)
        // ("Resend: your name, email address, swimmer first name": a policy that speaks to the parent names the guardian's
        // details as "your" name and address.)
        const guardian = (c: string) => c === 'user.childrens.guardian' && s.categories.some((sc) => sc === 'user.name' || sc.startsWith('user.name.') || sc.startsWith('user.contact'));
        const beyond = personal.filter((c) => !s.categories.some((sc) => covers(sc, c) || (c !== 'user' && covers(c, sc))) && !(text && opts.inMessage?.has(c)) && !addressee(c) && !reached(c) && !ofAccount(c) && !guardian(c) && !PSEUDONYMOUS.has(c));
        if (beyond.length) {
          unmet ??= { status: 'condition-unmet', categories: beyond, decl: s, why: 'the policy lists what this recipient receives, and this is not among it' };
          continue;
        }
      }
      if (anonymityBroken) return { status: 'condition-unmet', categories: who, decl: anonKind, why: `the policy says this recipient gets ${anonKind.conditions.join(' and ')} data, and this says who the person is` };
      return { status: 'declared', categories: personal, decl: s, why: s.text };
    }
    // (Every statement set aside: one says the vendor gets only de-identified data, and a closed list for it names none
    // of this — what it gets is limited, and this is not among it.)
    return unmet ?? { status: 'condition-unmet', categories: personal, decl: matching.find((s) => s.closed || deidentifiedShare(s)) ?? matching[0], why: 'the policy limits what this recipient receives, and this is not among it' };
  }

  /**
   * The retention statement whose subject best matches a setting's context; ties go to the subject the context
   * names more of ("Photos" over "Reports (location, type, description)" for `report-photos`), then to the longest period.
   */
  retentionFor(context: ContextToken[]): { decl: RetainDecl & { days: number }; score: number } | undefined {
    let best: { decl: RetainDecl & { days: number }; score: number; coverage: number; own: number; ownCoverage: number; nameScore: number } | undefined;
    const strong = context.filter((c) => c.weight >= 2);
    const nameTokens = context.filter((c) => c.name);
    const words = new Set(context.map((c) => c.token));
    const matching = this.retains.flatMap((r) => {
      // A cookie-table row is about its cookie: a setting for another cookie (a language preference) is not held to it.
      if (r.cookie && !r.cookie.every((w) => words.has(w))) return [];
      const score = r.subjectTokens.length ? subjectScore(r.subjectTokens, context) : 0;
      // "Cached data is kept for 12 hours" holds a cache of people's data to it, not a cache of prices or keyword metrics.
      if (score > 0 && matchedWords(r.subjectTokens, context).every((w) => CACHE_WORD.test(w)) && !aboutPeople(context)) return [];
      return score > 0 ? [{ r, score }] : [];
    });
    // "Applications that do not receive an award" are not what `AWARDED_RETENTION_YEARS` keeps when "Award recipients'
    // files" also match: a subject said by what did not happen is for settings that say so.
    // (A bare "not" or "no" in a comment — "addresses are not needed after a grace period" — says nothing of what did not
    // happen; in the setting's own name it does: `notConfirmedDays`.)
    // (Nor SQL's "not null", `whereNotNull('closed_at')`: rows that have the date.)
    const notNull = words.has('null');
    // (`STALE_REPORT_MONTHS`: stale or idle in the setting's own name; a `purgeStaleMessages` job purges by age.)
    const negativeContext = context.some((c) => ((c.weight >= 2 || (c.weight >= 1 && !/^(?:not|no|never)$/.test(c.token))) && !(notNull && c.token === 'not') && NEGATIVE_CONTEXT.test(c.token)) || (c.name === true && /^(?:stale|idle)$/.test(c.token)));
    // (A period counted from the last sign-in is about records not used: "Accounts are deleted 12 months after your last
    // sign-in" is what `INACTIVE_ACCOUNT_MONTHS` keeps, not "Unfinished booking drafts".)
    const negative = (r: RetainDecl) => negativeSubject(r.subject) || INACTIVITY_BASIS.test(r.text);
    const positiveMatch = matching.some(({ r }) => !negative(r));
    // (… and rows whose decision never came, `decidedAt: IsNull()`, are what "applications that are never completed" keeps,
    // not the "screening reports" the same table holds once decided.)
    const negativeMatch = negativeContext && matching.some(({ r }) => negative(r));
    // "30 days after account deletion" is when deleted data goes, not how long live data is kept: it applies to
    // settings about deleted or closed records.
    const aboutDeletion = context.some((c) => c.weight >= 1 && DELETION_CONTEXT.test(c.token));
    const expiry = context.some((c) => c.weight >= 1 && EXPIRY_CONTEXT.test(c.token));
    // ("Appointment history without a donation: 2 years" for `APPOINTMENT_NO_DONATION_YEARS`, not "Questionnaire answers
    // when no donation took place (cancelled, missed …)", whose qualifier shares more words: a subject whose head the
    // setting names comes first.)
    // (A subject said by what did not happen — "Applications that are never completed" — is for settings that say so,
    // whatever its head, unless another such subject's head is named.)
    const headed = matching.filter(({ r }) => headNamed(subjectHead(r.subject), context));
    if (negativeContext && !headed.some(({ r }) => negativeSubject(r.subject))) headed.push(...matching.filter(({ r }) => negativeSubject(r.subject)));
    const named = new Set(headed.length ? headed.map((x) => x.r) : matching.map((x) => x.r));
    for (const { r, score } of matching) {
      if (!named.has(r)) continue;
      if (!negativeContext && positiveMatch && negative(r)) continue;
      if (negativeMatch && !negative(r)) continue;
      if (r.basis && DELETION_BASIS.test(r.basis) && !aboutDeletion) continue;
      // "Secrets are deleted instantly after they are viewed": how long an unviewed secret may live (`MAX_TTL_SECONDS`,
      // `expiresAt`) is what happens when that event never comes, not time kept after it.
      if (r.days === 0 && r.basis && !DELETION_BASIS.test(r.basis) && expiry) continue;
      const coverage = subjectCoverage(r.subjectTokens, context);
      // (The setting's own name first: `cancelledAddressDays` is about "your delivery address", whatever the comment over
      // its object says of order lines and invoices.)
      const own = subjectScore(r.subjectTokens, strong);
      // (The words of the setting's own name first, then the subject they say all of: `SIGHTING_DAYS` is "Sightings", not
      // "the report and its sightings" that the query beside it also names.)
      const nameScore = nameTokens.length ? subjectScore(r.subjectTokens, nameTokens) : 0;
      // (Of the subject's head, when it has one: `deliveryRecordDays` says all of "Delivery records (recipient details, …)",
      // whose parenthesis lists what the records hold, and a third of "Proof-of-delivery photos".)
      const head = subjectHead(r.subject).filter((w) => !STOP_WORD.has(w));
      const ownCoverage = nameScore > 0 ? subjectCoverage(head.length ? head : r.subjectTokens, nameTokens) : 0;
      if (!best || nameScore > best.nameScore || (nameScore === best.nameScore && (ownCoverage > best.ownCoverage || (ownCoverage === best.ownCoverage && (own > best.own || (own === best.own && (score > best.score || (score === best.score && (coverage > best.coverage || (coverage === best.coverage && r.days > best.decl.days)))))))))) best = { decl: r, score, coverage, own, ownCoverage, nameScore };
    }
    if (best) return { decl: best.decl, score: best.score };
    // No statement about this data: a general ceiling ("personal data … no longer than 2 years") applies
    // to settings that keep records about people (users, accounts, messages, logs …).
    const ceiling = this.retains.filter((r) => !r.subjectTokens.length && !(r.basis && DELETION_BASIS.test(r.basis) && !aboutDeletion)).sort((a, b) => b.days - a.days)[0];
    return ceiling && aboutPeople(context) ? { decl: ceiling, score: 0 } : undefined;
  }
}

/** Words of a subject's head that name nothing kept ("proof of delivery", "photos of the ride"). */
const STOP_WORD = new Set(['of', 'to', 'its', 'their', 'my', 'his', 'her', 'we', 'you', 'is', 'are']);

/** The head of a retention subject: its words before a qualifier ("when …", "without …", "(…)", a comma). */
function subjectHead(subject: string): string[] {
  // ("If we represent you, your client file": what follows the opening clause.)
  const main = subject.replace(/^\s*(?:if|when|once|after|where|while)\b[^,]{0,80},\s*/i, '');
  const head = main.split(/\s+(?:when|whenever|without|with|that|which|who|whose|for|if|where|after|before|from|of|in|on|during|unless|except|until|once)\b|[(,:;–—]/i)[0] ?? '';
  // ("Name, email address and home address of the berth holder": the person a list of data is about heads it too.)
  const whose = /\bof (?:the|your|each|every|a|an) ((?:[a-z-]+ ){0,2}[a-z-]+)\s*$/i.exec(main)?.[1] ?? '';
  return [...splitWords(head), ...splitWords(whose)].filter((w) => !/^(?:your|our|the|all|any|a|an|and|or|data|information|personal|record|records)$/.test(w)).slice(0, 6);
}

/** A ban whose object is the product's own log files ("These log files are not shared …", "Server logs are never sold"). */
const LOG_FILES_BANNED = /(?:^|[.!]\s+)(?:these|those|the|our|such|all|any)?\s*(?:server |access |web ?server |application |usage )?(?:log files?|logs)\s+(?:are|is|will)\s+(?:not|never)\b/i;

/** Who an account is: its holder's name and the e-mail address it signs in with. */
const ACCOUNT_IDENTITY = /^user\.(?:name(?:\.|$)|contact\.email$)/;
/** What "account data" a vendor gets includes: who the account is, and its password. */
function accountPart(c: string): boolean {
  return ACCOUNT_IDENTITY.test(c) || /^user\.authorization\.(?:password|credentials)(?:\.|$)/.test(c);
}

/** A vendor said to send the product's messages ("sends text messages to parents", "delivers our emails"). */
const SENDS_MESSAGES = /\b(?:sends?|sending|delivers?|delivering)\b[^.;]{0,40}?\b(?:messages?|texts?|sms|emails?|e-mails?|notifications?|reminders?|alerts?|codes?)\b/i;

/** Who a person is and how to reach them: a name, contact details, a government ID. */
const IDENTITY = /^user\.(?:name|contact\.(?:email|phone_number|address)|government_id)(?:\.|$)/;

/** Data about the device, the session and its use, and identifiers: what a monitoring or analytics vendor gets as "technical data". */
function isTechnical(c: string): boolean {
  return /^user\.(?:device|telemetry|unique_id|sensor|behavior\.(?:clickstream|app_usage)|location\.imprecise)(?:\.|$)/.test(c) || c === 'user.behavior';
}

/** "Images of your identity document and its number": an identity document is no tax number. */
const TAX_ID = 'user.government_id.tax_id';
const IDENTITY_DOCUMENT = /\b(?:identity|id|identification) (?:documents?|cards?)\b|\bphoto id\b|\bpassports?\b|\bdriv(?:er|ing)['’]?s? licen[cs]es?\b/i;
const TAX_WORD = /\btax(?:payer)?\b|\btins?\b|\bvat\b|\bgovernment identifiers?\b|\bidentification numbers\b/i;

/** Data a vendor takes from the user itself ("collected directly by Stripe", "Castwell never sees them", "PostHog collects …"). */
/**
 * Whether a share says the vendor takes the data itself, so the product never holds it ("collected directly by Stripe",
 * "we never see your card"). (Not what the vendor itself is said not to get — "It never receives your name", "Google
 * will never receive your email": that leaves what it does get handed over.)
 */
const VENDOR_COLLECTS_OF = new WeakMap<ShareDecl, boolean>();
function vendorCollects(s: ShareDecl): boolean {
  const known = VENDOR_COLLECTS_OF.get(s);
  if (known !== undefined) return known;
  const names = [...s.services.flatMap((id) => [serviceById(id)?.name ?? id, ...(serviceById(id)?.aliases ?? []), ...(serviceById(id)?.name.split(' ') ?? [])]), ...(s.names ?? [])].filter((n) => n.length > 2).map(escapeRe);
  const vendorSays = new RegExp(`\\b(?:it|they|the (?:vendor|provider|service)${names.map((n) => `|${n}`).join('')})\\s+(?:will\\s+|does\\s+|do\\s+)?(?:never|not)\\s+(?:sees?|stores?|receives?|touch(?:es)?|gets?)\\b`, 'gi');
  const said = VENDOR_COLLECTS.test(s.text.replace(vendorSays, ' '));
  VENDOR_COLLECTS_OF.set(s, said);
  return said;
}

const VENDOR_COLLECTS = /\b(?:collected|entered|submitted|provided|processed) (?:directly )?(?:by|to|with) (?!us\b)|\bdirectly (?:to|with|by)\b|\bnever (?:sees?|stores?|receives?|touch(?:es)?)\b|\b(?:collects|gathers|records|tracks|logs|sets)\b/i;

/** Words that say only that something is a cache. */
const CACHE_WORD = /^(?:cache|cached|caches|caching)$/;

/** A period counted from deleting an account or asking to. */
/** Names in code for an item's own lifetime, which ends it whatever happens to it: `ttl`, `expiresAt`, `maxAge`. */
const EXPIRY_CONTEXT = /^(?:ttl|expiry|expires|expire|expiration|expiring|lifetime|lifespan)$/;
const DELETION_BASIS = /\b(?:delet\w*|erasure|eras\w*|termination|closure|closing|cancell?ation)\b/i;
/** Names in code for deleted or closed records and the grace before deletion: `deletedAt`, `purgeClosedAccounts`, `GRACE_PERIOD_DAYS`. */
const DELETION_CONTEXT = /^(?:grace|deleted|deletion|delete|deleting|closed|closure|erase|erased|erasure|cancelled|canceled|cancellation|terminated|termination|removed|removal|tombstone|trash|trashed|soft)$/;

/** Participles a record is named by when something did not happen to it (unpaid, unsubmitted, unanswered). */
const NOT_DONE = `successful|${DONE_PARTICIPLES}`;
/** A retention subject said by what did not happen to the records ("not successful", "do not receive an award"). */
const NEGATIVE_SUBJECT = new RegExp(`\\b(?:not|never|no|without)\\b|n['’]t\\b|\\bun(?:${NOT_DONE})\\b`, 'i');
/** A subject said by what did not happen ("Applications that are never completed"); not what a record leaves out, in brackets ("Repair records (without photos)"). */
function negativeSubject(subject: string): boolean {
  return NEGATIVE_SUBJECT.test(subject.replace(/\(\s*(?:without|excluding|not including)\b[^()]*\)/gi, ' '));
}
/** A period counted from when the records were last used: "after your last sign-in", "after 2 years of inactivity". */
const INACTIVITY_BASIS = /\b(?:last (?:sign[- ]?in|log[- ]?in|login|activity|use|visit|access)|inactiv\w*|(?:no|without) activity)\b/i;
/** Names in code for such records: `NOT_AWARDED`, `unpaid`, `rejected`, and `draft`, what was never finished. */
const NEGATIVE_CONTEXT = new RegExp(`^(?:not|no|non|never|un(?:${NOT_DONE})|rejected|declined|failed|inactive|dormant|abandoned|withdrawn|unsuccessful|undecided|unfinished|incomplete|drafts?)$`);

/** Two catalog services of one vendor platform: the same id, or API hosts on one registrable domain ("Gmail API" and the googleapis client). */
function sameVendor(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = serviceById(a);
  const sb = serviceById(b);
  const ha = sa?.hosts.map(registrableDomain) ?? [];
  const hb = new Set(sb?.hosts.map(registrableDomain) ?? []);
  // (One platform's API domain serves products of every kind — `googleapis.com` is Gemini, Maps and Cloud Storage: a
  // policy that names the cloud the product runs on has named its infrastructure, not the platform's AI or maps.)
  const related = !sa || !sb || sa.kind === sb.kind || (INFRASTRUCTURE.has(sa.kind) && INFRASTRUCTURE.has(sb.kind));
  return (related && ha.some((h) => hb.has(h))) || siblingProducts(a, b);
}

/** Kinds of service a cloud platform runs the product on: one vendor's hosting, storage, mail, messaging, sign-in, logs. */
const INFRASTRUCTURE = new Set<string>(['cloud_hosting', 'data_warehouse', 'logging', 'email_delivery', 'messaging', 'auth']);

/** The vendors the catalog also knows by their products' names ("Vercel Analytics", "Cloudflare Turnstile"). */
const PARENT_VENDORS = SERVICES.filter((v) => SERVICES.some((s) => s.id !== v.id && s.name.toLowerCase().startsWith(`${v.name.toLowerCase()} `)));

/** Two products of one vendor doing the same job ("Vercel Analytics" and "Vercel Speed Insights", both analytics). */
function siblingProducts(a: string, b: string): boolean {
  const sa = serviceById(a);
  const sb = serviceById(b);
  return !!sa && !!sb && sa.kind === sb.kind && PARENT_VENDORS.some((v) => productOf(a, v.id) && productOf(b, v.id));
}

/** Kinds of vendor that keep records of their own about the person, tied to the product's account by its id. */
const LINKED_KINDS = new Set<string>(['payment_processor', 'crm', 'marketing', 'customer_support', 'advertising', 'identity_verification', 'data_enrichment', 'ecommerce', 'surveys']);

/** Identifiers that single out a device or an account and nothing else about the person. */
const PSEUDONYMOUS = new Set(['user.unique_id', 'user.device.device_id']);

/** A share of data made anonymous, aggregated or pseudonymous. */
function deidentifiedShare(s: ShareDecl): boolean {
  return s.conditions.some((c) => c === 'anonymized' || c === 'aggregated' || c === 'pseudonymized');
}

/** Providers described as working for the product: "who perform services on our behalf", "that help us operate". */
const ON_OUR_BEHALF = /\bon (?:our|its|the company['’]s) behalf\b|\bperform(?:s|ing)? services (?:for us|on our behalf)\b|\b(?:retained|engaged|hired) (?:by us )?(?:in connection with|to (?:help us )?(?:provide|operate|support|run)) (?:the provision of )?(?:our|the) (?:services?|platform|site|websites?|products?|apps?)\b|\b(?:who|that) (?:provide|perform) services (?:to|for) us\b/i;

/** "… for the purpose of enabling them to provide their services", "… who assist us in providing our services": the same, newer wordings (not as a lead-in ending in a colon, whose list says which kinds). */
const HELPS_RUN_SERVICE = /\benabling them to (?:provide|perform) (?:their|these|those|such) services\b|\b(?:who|that) (?:help|assist|support)s? us (?:in |to |with )?(?:provid|operat|run|deliver|maintain)\w*\s+(?:our|the)\s+(?:services?|platform|site|websites?|products?|apps?|applications?|business)\b/i;

/** What a host gets with every page request: the visitor's address, browser and the page asked for. */
const HOST_SEES = new Set(['user.device.ip_address', 'user.device.user_agent', 'user.device', 'user.behavior.browsing_history']);

/** Kinds of recipient that process data on the product's behalf. */
const PROCESSOR_KINDS = new Set<string>(['cloud_hosting', 'email_delivery', 'payment_processor', 'error_monitoring', 'logging', 'auth', 'messaging', 'customer_support', 'data_warehouse', 'feature_flags', 'scheduling', 'document_signing', 'identity_verification', 'fraud_prevention', 'shipping', 'video']);

/** Whether `service` is a product of the vendor `id` by name ("Vercel Analytics" of "Vercel"). */
function productOf(service: string, id: string): boolean {
  if (service === id) return false;
  const name = serviceById(service)?.name.toLowerCase();
  const vendor = serviceById(id)?.name.toLowerCase();
  return !!name && !!vendor && name.startsWith(`${vendor} `);
}

/** `api.checkr.com` → "checkr"; `hooks.eu.example.co.uk` → "example". */
function hostLabel(host: string): string | undefined {
  const label = registrableDomain(host).split('.')[0];
  return label && label.length >= 3 ? label : undefined;
}

/** `vpic.nhtsa.dot.gov` → "nhtsa": the label below a government's or a university's shared domain (`dot.gov`, `ac.uk`). */
function agencyLabel(host: string): string | undefined {
  const labels = host.toLowerCase().split('.');
  const reg = registrableDomain(host).split('.');
  if (!/^(?:gov|mil|edu|int)$|^(?:gov|ac|edu|nhs)\.[a-z]{2}$/.test(reg.slice(1).join('.') || '')) return undefined;
  const below = labels[labels.length - reg.length - 1];
  return below && below.length >= 3 && !/^(?:api|www|app|cdn|static|data)$/.test(below) ? below : undefined;
}

/** Whether a statement names a vendor by a capitalised word equal to the host's label ("Checkr", "Acme-Pay"). */
function namesVendor(text: string, label: string): boolean {
  // "Northbridge Insurance Company" names northbridge-insurance.com: capitalised words run together like the label.
  const flat = text.replace(/[-_]/g, '').replace(/\b([A-Z][A-Za-z0-9]*)\s+(?=[A-Z])/g, '$1');
  const re = new RegExp(`(?<![A-Za-z0-9])${label.replace(/[^a-z0-9]/g, '')}`, 'gi');
  // The name ends where a word ends, or where the next run-together capitalised word starts.
  for (let m; (m = re.exec(flat)); ) if (/[A-Z]/.test(m[0].charAt(0)) && !/[a-z0-9]/.test(flat.charAt(m.index + m[0].length))) return true;
  // "TransUnion SmartMove" names mysmartmove.com: a domain may put "my", "get", "try" … before the product's name, which
  // may follow the company's in the text.
  const prefix = DOMAIN_PREFIX.exec(label);
  const bare = prefix ? label.slice(prefix[0].length).replace(/[^a-z0-9]/g, '') : undefined;
  if (bare) for (let m, inner = new RegExp(bare, 'gi'); (m = inner.exec(flat)); ) if (/[A-Z]/.test(m[0].charAt(0)) && !/[a-z0-9]/.test(flat.charAt(m.index + m[0].length))) return true;
  // "DPD delivers your box" names api.dpdlocal.co.uk: the name with a generic word after it is the vendor's domain.
  for (const w of text.matchAll(/\b[A-Z][A-Za-z0-9]{2,}\b/g)) {
    const name = w[0].toLowerCase();
    if (label.length > name.length && label.startsWith(name) && VENDOR_DOMAIN_SUFFIX.test(label.slice(name.length))) return true;
  }
  return false;
}

/** Words a domain may put before a product's name (mysmartmove, getacme, tryacme), when five letters or more follow. */
const DOMAIN_PREFIX = /^(?:my|get|try|use|go|join|hello|with)(?=[a-z0-9-]{5,}$)/;

/** Words a vendor adds to its name in its domain (dpdlocal, acmehq, payrollapp). */
const VENDOR_DOMAIN_SUFFIX = /^(?:local|online|app|apps|api|hq|group|global|uk|us|eu|direct|mail|pay|cloud|web|hub|labs|tech|services|delivery|express|inc|corp)$/;
