import { createHash } from 'node:crypto';
import { serviceById } from '../catalog';
import type { ClauseRef, Finding, FindingKind, Fix, Recipient, Severity } from '../finding';
import type { Clause } from '../policy/model';
import type { PolicyIndex, ShareVerdict } from '../policy/query';
import type { ProjectIndex, ResolvedSink } from '../project';
import { category } from '../taxonomy';
import { renderDraft } from './draft';
import { table } from '../text';

export interface RuleMeta {
  id: string;
  kind: FindingKind;
  description: string;
  defaultSeverity: Severity;
}

export interface RuleContext {
  project: ProjectIndex;
  policy: PolicyIndex;
  /** Policy file relative to the audited root, `/` separators. */
  policyFile: string;
  /** Verdicts of every sink, computed once and shared by the sharing rules and the inventory. */
  shareVerdicts(): { sink: ResolvedSink; recipient: Recipient; verdict: ShareVerdict }[];
  /** The policy statement each retention setting is compared with (index-aligned with project.retention). */
  retentionMatches(): (ReturnType<PolicyIndex['retentionFor']>)[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}

export function categoryName(id: string): string {
  return category(id)?.name ?? id;
}

export function listNames(ids: string[]): string {
  const names = ids.map((id) => categoryName(id).replace(/^(?!IP|MAC)([A-Z])(?=[a-z])/, (c) => c.toLowerCase()));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function clauseRef(ctx: RuleContext, clause: Clause | undefined): ClauseRef | null {
  return clause ? { id: clause.id, title: clause.title, file: clauseFile(ctx, clause), line: clause.line, endLine: clause.endLine } : null;
}

/** The document a clause is in: its own file when the policy has several documents or the clause comes from the config. */
export function clauseFile(ctx: RuleContext, clause: Clause): string {
  return clause.file && ((ctx.policy.policy.files?.length ?? 1) > 1 || clause.id.startsWith('config/')) ? clause.file : ctx.policyFile;
}

export function recipientOf(sink: ResolvedSink): Recipient {
  const svc = sink.service ? serviceById(sink.service) : undefined;
  if (svc) return { service: svc.id, name: svc.name, kind: svc.kind, host: sink.host ?? null };
  if (sink.configured) return { service: null, name: sink.configured.name, kind: sink.configured.kind, host: null };
  return { service: null, name: sink.host ?? 'unknown host', kind: sink.hostKind ?? 'unknown', host: sink.host ?? null };
}

export function fingerprint(parts: (string | undefined)[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/**
 * The fixes every finding offers: open the clause, draft a statement (plain words in `draft.text`,
 * rendered here in the policy's format), suppress with a reason, accept into the baseline.
 */
export function standardFixes(ctx: RuleContext, f: { ruleId: string; file: string; line: number; clause: ClauseRef | null; draft?: { clause: Clause | undefined; text: string }; fingerprint: string }): Fix[] {
  const fixes: Fix[] = [];
  if (f.clause) fixes.push({ kind: 'open-clause', title: `Open policy clause '${f.clause.title}'`, file: f.clause.file, line: f.clause.line, endLine: f.clause.endLine, clauseId: f.clause.id });
  const draft = f.draft?.clause ? renderDraft(ctx.policy.policy.format, f.draft.text) : undefined;
  if (f.draft?.clause && draft !== undefined) fixes.push({ kind: 'draft-policy', title: 'Draft a policy statement for the policy owner to review', file: clauseFile(ctx, f.draft.clause), line: f.draft.clause.endLine + 1, text: draft });
  fixes.push({ kind: 'suppress', title: 'Suppress with a reason', file: f.file, line: f.line, text: `// privacy-lens-ignore-next-line ${f.ruleId} -- ` });
  fixes.push({ kind: 'baseline', title: 'Add to baseline', fingerprint: f.fingerprint });
  return fixes;
}

export const KIND_LABEL: Record<string, string> = table({
  analytics: 'analytics',
  advertising: 'advertising',
  marketing: 'marketing',
  error_monitoring: 'error monitoring',
  logging: 'log management',
  email_delivery: 'email delivery',
  messaging: 'messaging',
  crm: 'CRM',
  customer_support: 'customer support',
  payment_processor: 'payment processor',
  cloud_hosting: 'cloud hosting',
  auth: 'authentication',
  ai: 'AI provider',
  data_warehouse: 'data warehouse',
  feature_flags: 'feature flags',
  maps: 'maps and geocoding',
  automation: 'automation',
  identity_verification: 'identity verification',
  fraud_prevention: 'fraud prevention',
  surveys: 'surveys',
  video: 'video',
  scheduling: 'scheduling',
  shipping: 'shipping',
  social: 'social network',
  ecommerce: 'e-commerce',
  document_signing: 'e-signature',
  data_enrichment: 'data enrichment',
  unknown: 'third-party host',
});
