import type { AuditResult } from '../audit';
import { formatDays } from '../duration';
import { ruleDocsUrl } from './docs';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown report: findings by kind, the data inventory, clauses no code relies on, notes. */
export function markdown(r: AuditResult): string {
  const out: string[] = [`# Privacy Lens report`, '', `Policy: \`${r.policyFile}\` (${r.policy.clauses.length} clauses) · ${r.summary.files} files · ${r.findings.length} findings`, ''];
  for (const kind of ['collection', 'sharing', 'retention'] as const) {
    const fs = r.findings.filter((f) => f.kind === kind);
    out.push(`## ${kind[0].toUpperCase()}${kind.slice(1)} (${fs.length})`, '');
    if (!fs.length) {
      out.push('None.', '');
      continue;
    }
    out.push('| Severity | Rule | Location | Finding | Policy clause |', '| --- | --- | --- | --- | --- |');
    for (const f of fs) out.push(`| ${f.severity} | [${f.ruleId}](${ruleDocsUrl(f.ruleId)}) | \`${f.file}:${f.line}\` | ${cell(f.message)} | ${f.clause ? `${cell(f.clause.title)} (\`${f.clause.file}:${f.clause.line}\`)` : '—'} |`);
    out.push('');
  }
  out.push('## Data inventory', '', '| Category | Collected at | Shared with | Policy clause |', '| --- | --- | --- | --- |');
  for (const c of r.inventory.categories) {
    out.push(`| ${cell(c.name)} (\`${c.id}\`)${c.sensitive ? ' ⚠' : ''} | ${c.collectedAt.map((l) => `\`${l.file}:${l.line}\``).join(', ') || '—'} | ${[...new Set(c.sharedWith.map((s) => s.recipient))].join(', ') || '—'} | ${c.clause ?? 'not declared'} |`);
  }
  out.push('', '### Retention settings', '', '| Setting | Kept for | Policy subject | Policy says |', '| --- | --- | --- | --- |');
  for (const x of r.inventory.retention) out.push(`| \`${x.file}:${x.line}\` ${cell(x.setting)} | ${x.days === null ? 'indefinitely' : formatDays(x.days)} | ${x.subject ? cell(x.subject) : '—'} | ${x.subject ? (x.policyDays === null ? 'indefinitely' : formatDays(x.policyDays)) : '—'} |`);
  if (r.inventory.unusedClauses.length) out.push('', '### Clauses no code relies on', '', ...r.inventory.unusedClauses.map((c) => `- \`${c}\``));
  if (r.notes.length) out.push('', '## Notes', '', ...r.notes.map((n) => `- \`${n.file}${n.line ? `:${n.line}` : ''}\` ${cell(n.message)}`));
  return `${out.join('\n')}\n`;
}
