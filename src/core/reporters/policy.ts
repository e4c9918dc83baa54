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
      return d.onBehalf ? 'collect whatever customers\' end users submit, as their processor' : `collect ${cats(d.categories)}`;
    case 'share':
      return `share with ${who([...new Set([...d.services, ...(d.names ?? [])])], d.kinds)}${d.categories.length ? ` — ${cats(d.categories)}` : ''}${d.excludes?.length ? ` — never ${cats(d.excludes)}` : ''}${d.conditions.length ? ` [${d.conditions.join(', ')}]` : ''}`;
    case 'retain':
      return `retain "${d.subject}" ${d.days === null ? (d.period ?? 'for a period in words') : `for ${formatDays(d.days)}`}${d.basis ? ` ${d.basis}` : ''} (subject words: ${d.subjectTokens.join(', ')})`;
    case 'prohibit':
      return `prohibit ${d.action} of ${cats(d.categories)}${d.except?.length ? ` except ${cats(d.except)}` : ''}${d.action === 'share' ? ` with ${who(d.services, d.kinds)}` : ''}${d.purposes.length ? ` (purpose: ${d.purposes.join(', ')})` : ''}${d.conditions.length ? ` — only a rule with exceptions (${d.conditions.join(', ')}), not applied as a ban` : ''}`;
    case 'security':
      return `security: ${d.claim.replace(/_/g, ' ')} ${d.value}`;
  }
}

/** What was understood from a policy, clause by clause, for `privacy-lens policy FILE`. */
/** How a statement was read: who acts, positive or negative, how sure, where it came from. */
function structure(d: Declaration): string {
  const bits: string[] = [];
  if (d.actor) bits.push(`actor: ${d.actor}`);
  bits.push(d.type === 'prohibit' ? 'negative' : 'positive');
  if (d.confidence !== undefined) bits.push(`confidence ${d.confidence}`);
  if (d.fromConfig) bits.push(`from config: ${d.fromConfig.reason}`);
  if (d.type === 'prohibit' && d.scope?.length) bits.push(`scope: ${d.scope.join(', ')}`);
  return `[${bits.join(' · ')}]`;
}

export function policyText(p: Policy, file: string): string {
  const unread = p.clauses.filter((c) => c.unread).length;
  const out: string[] = [`${file} (${p.format}): ${p.clauses.length} clauses, ${p.declarations.length} statements${unread ? `, ${unread} clauses not understood (marked ?)` : ''}`, ''];
  const multi = (p.files?.length ?? 1) > 1;
  const byClause = declarationsByClause(p);
  for (const c of p.clauses) {
    const ds = byClause.get(c.id) ?? [];
    const mark = c.ignored ? 'x' : c.unread ? '?' : ' ';
    out.push(`${mark} ${multi && c.file ? `${c.file}:` : ''}${c.line}${c.endLine !== c.line ? `-${c.endLine}` : ''}  ${c.id}  ${c.title}`);
    if (c.ignored) out.push(`      ignored (from config: ${c.ignored})`);
    else if (c.unread) out.push(`      not understood: ${c.unread}`);
    for (const d of ds) out.push(`      ${describe(d)}  ${structure(d)}`);
  }
  for (const n of p.notes ?? []) out.push(`note: ${n.file}:${n.line}: ${n.message}`);
  // Policy text reaches a terminal: no control characters (each line is escaped on its own).
  return `${out.map(plain).join('\n')}\n`;
}

/** Declarations grouped by clause id, in order (one pass: a policy may have tens of thousands of clauses). */
function declarationsByClause(p: Policy): Map<string, Declaration[]> {
  const out = new Map<string, Declaration[]>();
  for (const d of p.declarations) {
    const list = out.get(d.clause);
    if (list) list.push(d);
    else out.set(d.clause, [d]);
  }
  return out;
}

export function policyJson(p: Policy, file: string): object {
  const byClause = declarationsByClause(p);
  return {
    file,
    format: p.format,
    files: p.files ?? [p.file],
    notes: p.notes ?? [],
    clauses: p.clauses.map((c) => ({ ...c, declarations: (byClause.get(c.id) ?? []).map((d) => ('days' in d ? { ...d, days: d.days !== null && Number.isFinite(d.days) ? d.days : null, indefinite: d.days === Infinity || d.period === 'indefinitely' } : d)) })),
  };
}
