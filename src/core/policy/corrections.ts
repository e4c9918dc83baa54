import { serviceForName } from '../catalog';
import { splitWords } from '../taxonomy';
import type { Clause, Declaration, Policy, RecipientRef } from './model';

/**
 * A correction of the reading, from `.privacy-lens.json`, while the reader is imperfect. Every one carries
 * the reason a reviewer gave; `privacy-lens policy` shows it as coming from the config.
 */
export type Correction =
  | { ignoreClause: string; reason: string }
  | { collect: string[]; reason: string }
  | { share: string; data?: string[]; reason: string }
  | { retain: string; days: number; reason: string };

const KINDS = new Set<string>(['analytics', 'advertising', 'marketing', 'error_monitoring', 'logging', 'email_delivery', 'messaging', 'crm', 'customer_support', 'payment_processor', 'cloud_hosting', 'auth', 'ai', 'data_warehouse', 'feature_flags', 'maps', 'automation', 'identity_verification', 'fraud_prevention', 'surveys', 'video', 'scheduling', 'shipping', 'social', 'ecommerce', 'document_signing', 'data_enrichment']);

/** The policy with the config's corrections applied: ignored clauses read nothing, added statements sit in clauses of their own. */
export function applyCorrections(policy: Policy, corrections: Correction[], configFile = '.privacy-lens.json'): Policy {
  const ignored = new Set(corrections.flatMap((c) => ('ignoreClause' in c ? [c.ignoreClause] : [])));
  const declarations: Declaration[] = policy.declarations.filter((d) => !ignored.has(d.clause));
  const clauses: Clause[] = policy.clauses.map((c) => (ignored.has(c.id) ? { ...c, ignored: corrections.find((x) => 'ignoreClause' in x && x.ignoreClause === c.id)!.reason } : c));
  corrections.forEach((c, i) => {
    if ('ignoreClause' in c) return;
    const id = `config/correction-${i + 1}`;
    const fromConfig = { reason: c.reason };
    const base = { clause: id, text: c.reason, confidence: 1, fromConfig };
    let title: string;
    if ('collect' in c) {
      declarations.push({ type: 'collect', categories: c.collect, ...base });
      title = `collect ${c.collect.join(', ')}`;
    } else if ('share' in c) {
      const svc = serviceForName(c.share);
      const kind = KINDS.has(c.share) ? (c.share as RecipientRef) : undefined;
      declarations.push({ type: 'share', services: svc ? [svc.id] : [], kinds: kind ? [kind] : [], ...(svc || kind ? {} : { names: [c.share.toLowerCase()] }), categories: c.data ?? [], conditions: [], ...base });
      title = `share with ${c.share}${c.data?.length ? `: ${c.data.join(', ')}` : ''}`;
    } else {
      declarations.push({ type: 'retain', subject: c.retain, subjectTokens: splitWords(c.retain), days: c.days, ...base });
      title = `retain ${c.retain} for ${c.days} days`;
    }
    clauses.push({ id, title: `${title} (from ${configFile}: ${c.reason})`, headingPath: [configFile], headingLine: 0, line: 1, endLine: 1, text: c.reason, file: configFile });
  });
  return { ...policy, clauses, declarations };
}
