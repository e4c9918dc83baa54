import type { RecipientKind } from '../catalog';

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
}

interface Base {
  /** Id of the clause the statement came from. */
  clause: string;
  /** The words of the policy that were understood. */
  text: string;
}

export interface CollectDecl extends Base {
  type: 'collect';
  categories: string[];
}

export interface ShareDecl extends Base {
  type: 'share';
  /** Recipient kinds declared generically ("payment processors"). */
  kinds: RecipientKind[];
  /** Named recipients (catalog service ids). */
  services: string[];
  /** Data the policy says the recipient receives; empty when it does not say. */
  categories: string[];
  /** e.g. anonymized, aggregated, pseudonymized. */
  conditions: string[];
}

export interface RetainDecl extends Base {
  type: 'retain';
  subject: string;
  subjectTokens: string[];
  /** Days; Infinity for "indefinitely". */
  days: number;
  /** What the period counts from ("after account deletion"), when the policy says. */
  basis?: string;
}

export interface ProhibitDecl extends Base {
  type: 'prohibit';
  action: 'collect' | 'share';
  /** Categories ruled out; ["user"] means any personal data. */
  categories: string[];
  /** Recipient kinds ruled out; empty with no services means any recipient. */
  kinds: RecipientKind[];
  services: string[];
  purposes: string[];
}

export interface SecurityDecl extends Base {
  type: 'security';
  claim: 'tls_version' | 'encryption_at_rest';
  value: string;
}

export type Declaration = CollectDecl | ShareDecl | RetainDecl | ProhibitDecl | SecurityDecl;

export interface Policy {
  /** Path as given to the reader. */
  file: string;
  format: 'text' | 'markdown' | 'html' | 'jsx';
  clauses: Clause[];
  declarations: Declaration[];
}
