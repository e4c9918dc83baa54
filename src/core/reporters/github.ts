import type { AuditResult } from '../audit';

const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding, a notice per note. */
export function github(r: AuditResult): string {
  const level = { error: 'error', warning: 'warning', info: 'notice' } as const;
  const lines = r.findings.map(
    (f) => `::${level[f.severity]} file=${escProp(f.file)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${escProp(`Privacy Lens ${f.ruleId}`)}::${esc(f.message + (f.clause ? ` (policy: ${f.clause.file}:${f.clause.line})` : ''))}`,
  );
  for (const n of r.notes) lines.push(`::notice file=${escProp(n.file)}${n.line ? `,line=${n.line}` : ''},title=Privacy Lens::${esc(n.message)}`);
  lines.push(`Privacy Lens: ${r.findings.length} finding(s) in ${r.summary.files} files`);
  return `${lines.join('\n')}\n`;
}
