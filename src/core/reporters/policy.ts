import { serviceById } from '../catalog';
import { formatDays } from '../duration';
import type { Declaration, Policy } from '../policy';
import { category } from '../taxonomy';
import { plain } from './escape';

function describe(d: Declaration): string {
  const cats = (ids: string[]) => ids.map((id) => (id === 'user' ? 'any personal data' : `${category(id)?.name ?? id} (${id})`)).join(', ');
  const who = (services: string[], kinds: string[]) => [...services.map((s) => serviceById(s)?.name ?? s), ...kinds.map((k) => `any ${k.replace(/_/g, ' ')}`)].join(', ') || 'anyone';
  switch (d.type) {
    case 'collect':
      return `collect ${cats(d.categories)}`;
    case 'share':
      return `share with ${who([...d.services, ...(d.names ?? [])], d.kinds)}${d.categories.length ? ` — ${cats(d.categories)}` : ''}${d.conditions.length ? ` [${d.conditions.join(', ')}]` : ''}`;
    case 'retain':
      return `retain "${d.subject}" ${d.days === null ? (d.period ?? 'for a period in words') : `for ${formatDays(d.days)}`}${d.basis ? ` ${d.basis}` : ''} (subject words: ${d.subjectTokens.join(', ')})`;
    case 'prohibit':
      return `prohibit ${d.action} of ${cats(d.categories)}${d.action === 'share' ? ` with ${who(d.services, d.kinds)}` : ''}${d.purposes.length ? ` (purpose: ${d.purposes.join(', ')})` : ''}${d.conditions.length ? ` — only a rule with exceptions (${d.conditions.join(', ')}), not applied as a ban` : ''}`;
    case 'security':
      return `security: ${d.claim.replace(/_/g, ' ')} ${d.value}`;
  }
}

/** What was understood from a policy, clause by clause, for `privacy-lens policy FILE`. */
export function policyText(p: Policy, file: string): string {
  const out: string[] = [`${file} (${p.format}): ${p.clauses.length} clauses, ${p.declarations.length} statements`, ''];
  for (const c of p.clauses) {
    const ds = p.declarations.filter((d) => d.clause === c.id);
    out.push(`${c.line}${c.endLine !== c.line ? `-${c.endLine}` : ''}  ${c.id}  ${c.title}`);
    for (const d of ds) out.push(`      ${describe(d)}`);
  }
  // Policy text reaches a terminal: no control characters (each line is escaped on its own).
  return `${out.map(plain).join('\n')}\n`;
}

export function policyJson(p: Policy, file: string): object {
  return {
    file,
    format: p.format,
    clauses: p.clauses.map((c) => ({ ...c, declarations: p.declarations.filter((d) => d.clause === c.id).map((d) => ('days' in d ? { ...d, days: d.days !== null && Number.isFinite(d.days) ? d.days : null, indefinite: d.days === Infinity || d.period === 'indefinitely' } : d)) })),
  };
}
