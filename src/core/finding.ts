import type { RecipientKind } from './catalog';

export type Severity = 'error' | 'warning' | 'info';
export type FindingKind = 'collection' | 'sharing' | 'retention';

export interface ClauseRef {
  id: string;
  title: string;
  /** Policy file, relative to the audited root. */
  file: string;
  line: number;
  endLine: number;
}

export interface Position {
  line: number;
  column: number;
}

/** A fix as plain data: the editor turns it into a WorkspaceEdit or a "reveal" command. */
export type Fix =
  | { kind: 'open-clause'; title: string; file: string; line: number; endLine: number; clauseId: string }
  | { kind: 'edit'; title: string; file: string; start: Position; end: Position; text: string }
  | { kind: 'draft-policy'; title: string; file: string; line: number; text: string }
  | { kind: 'suppress'; title: string; file: string; line: number; text: string }
  | { kind: 'baseline'; title: string; fingerprint: string };

export interface Recipient {
  /** Catalog id, or null for a host outside the catalog. */
  service: string | null;
  name: string;
  kind: RecipientKind;
  host: string | null;
}

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Why the tool decided: the classification, the path data took, the statement compared. */
export interface Explanation {
  /** "ownerEmail" → user.contact.email via "email". */
  classification: { name: string; category: string; lexeme: string }[];
  path: string[];
  policy: string;
}

export interface Finding {
  ruleId: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  dataCategories: string[];
  recipient: Recipient | null;
  clause: (ClauseRef & { file: string }) | null;
  related: RelatedLocation[];
  fixes: Fix[];
  explain: Explanation;
  /** Stable across line shifts: rule, file, data and recipient, not positions. */
  fingerprint: string;
}
