import type { RecipientKind } from '../catalog';

/** A recipient a statement names: a catalog kind, or a generic one (service providers, authorities, an acquirer). */
export type RecipientRef = RecipientKind | 'service_provider' | 'third_party' | 'business_partner' | 'affiliate' | 'legal_authority' | 'acquirer' | 'other_users';

/** A statement-bearing part of the policy (a bullet, a paragraph, a table row). */
export interface Clause {
  /** Stable across edits elsewhere: section slug + clause slug. */
  id: string;
  title: string;
  headingPath: string[];
  /** Line of the innermost heading the clause sits under (0 before any heading). */
  headingLine: number;
  line: number;
  endLine: number;
  text: string;
  /** Policy document the clause belongs to (a policy may be several files), relative to the audited root. */
  file?: string;
  /** For a list item: the sentence introducing its list. */
  leadIn?: string;
  /** For a nested list item: the item it is nested in. */
  parent?: string;
  /** For a table row: its cells and the table's header cells. */
  cells?: string[];
  header?: string[];
  /** Set when `.privacy-lens.json` tells the reader to ignore this clause, with the reason given there. */
  ignored?: string;
  /** Set when the clause speaks of personal data but no statement could be read from it: for a person to check. */
  unread?: string;
}

interface Base {
  /** Id of the clause the statement came from. */
  clause: string;
  /** The words of the policy that were understood. */
  text: string;
  /** How sure the reading is (0..1); only confident first-party negations become bans. */
  confidence?: number;
  /** Who acts in the sentence: we (the product), a vendor, a kind of recipient, the user, or the data itself (passive). */
  actor?: 'we' | 'vendor' | 'kind' | 'user' | 'data' | 'none';
  /** Set when the statement comes from `.privacy-lens.json`, with the reason given there. */
  fromConfig?: { reason: string };
}

export interface CollectDecl extends Base {
  type: 'collect';
  categories: string[];
  /** Data processed for the product's customers as their processor ("on that customer's behalf"): any category. */
  onBehalf?: boolean;
}

export interface ShareDecl extends Base {
  type: 'share';
  /** Recipient kinds declared generically ("payment processors"). */
  kinds: RecipientRef[];
  /** Named recipients (catalog service ids). */
  services: string[];
  /** Vendors the policy names that the catalog does not know, lower-case ("checkr"). */
  names?: string[];
  /** Platform companies a list of vendors names alone ("Google, Microsoft, Apple, and Zoom"), lower-case: their products
   * other than analytics and advertising are declared by that. */
  companies?: string[];
  /** Data the policy says the recipient receives; empty when it does not say. */
  categories: string[];
  /** Data the policy says the recipient does not receive ("never your name or email", "no contact details"). */
  excludes?: string[];
  /** A kind said with vendors as its examples ("your chosen AI provider, e.g. OpenAI"), and those examples: any vendor of the kind is declared. */
  examples?: boolean;
  /** The categories are all the recipient receives (a sub-processor table's row, "only", "solely", "X receives …"), not examples. */
  closed?: boolean;
  /** A closed list said as one (a table row, "only", "solely"): it holds over a mention of the vendor that names no data. */
  strict?: boolean;
  /** e.g. anonymized, aggregated, pseudonymized. */
  conditions: string[];
  /** The policy says the recipient gets personal data as a whole ("We may share your personal data with …"), not which. */
  personal?: boolean;
}

export interface RetainDecl extends Base {
  type: 'retain';
  subject: string;
  subjectTokens: string[];
  /** Days; Infinity for "indefinitely"; null for a period without a number ("as long as your account is active"). */
  days: number | null;
  period?: 'account lifetime' | 'until deleted' | 'as long as necessary' | 'indefinitely';
  /** What the period counts from ("after account deletion"), when the policy says. */
  basis?: string;
  /** The words of the cookie a cookie-table row keeps (`revoke_siwe` → revoke, siwe): only a setting that names it. */
  cookie?: string[];
}

export interface ProhibitDecl extends Base {
  type: 'prohibit';
  /** collect (also: store), share (also: sell, with the purpose "sale"), use (for a purpose only). */
  action: 'collect' | 'share' | 'use';
  /** Categories ruled out; ["user"] means any personal data. */
  categories: string[];
  /** Recipient kinds ruled out; empty with no services means any recipient, and so does "third_party" ("with any third party"). */
  kinds: RecipientRef[];
  services: string[];
  purposes: string[];
  /**
   * Exceptions and conditions the text states ("unless you opt in", "without your consent", "outside
   * active shifts"): a ban with any is a rule with exceptions, never applied as an unconditional ban.
   */
  conditions: string[];
  /** Whose data or which part of the product the ban is about ("visitors of the website"): not applied to code elsewhere. */
  /** Only keeping is ruled out ("… IP address, which is not stored", "we do not store your location"): data read and let go is not kept.
   *  ("We prevent Sentry from storing IP addresses": what the vendor may keep, which a script it loads does not show.) */
  stored?: true;
  /** Parts of the banned data the policy collects elsewhere ("We never ask for your full street address" beside a collected postcode): not banned. */
  except?: string[];
  scope?: string[];
}

export interface SecurityDecl extends Base {
  type: 'security';
  claim: 'tls_version' | 'encryption_at_rest';
  value: string;
}

export type Declaration = CollectDecl | ShareDecl | RetainDecl | ProhibitDecl | SecurityDecl;

export interface PolicyNote {
  file: string;
  line: number;
  message: string;
}

export interface Policy {
  /** Path as given to the reader (the first document when there are several). */
  file: string;
  /** Every document of the policy, in order. */
  files?: string[];
  format: 'text' | 'markdown' | 'html' | 'jsx' | 'json';
  clauses: Clause[];
  declarations: Declaration[];
  /** Readings the consistency pass rejected, clauses cut for length: what a policy owner should check. */
  notes?: PolicyNote[];
  /** Names the product uses for itself (its title, contact domain, the name it repeats): never a third party. */
  selfNames?: string[];
}

/** The recipient kinds a ban is limited to: "third parties" are anyone, so a ban on them is limited to no kind. */
export function bannedKinds(p: ProhibitDecl): RecipientRef[] {
  return p.kinds.filter((k) => k !== 'third_party');
}
