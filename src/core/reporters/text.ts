import type { AuditResult } from '../audit';
import { plain as p } from './escape';
import type { ReportOptions } from './options';

const paint = (on: boolean, code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

/** Human-readable report: one block per finding, grouped by file, then notes and a summary line. Text from the policy, the code and file names passes through `plain` (no control characters). */
export function text(r: AuditResult, opts: ReportOptions = {}): string {
  const c = !!opts.color;
  const red = paint(c, '31');
  const yellow = paint(c, '33');
  const blue = paint(c, '34');
  const dim = paint(c, '2');
  const bold = paint(c, '1');
  const out: string[] = [];
  let file = '';
  for (const f of r.findings) {
    if (f.file !== file) {
      if (file) out.push('');
      file = f.file;
      out.push(bold(p(file)));
    }
    const sev = f.severity === 'error' ? red('error') : f.severity === 'warning' ? yellow('warning') : blue('info');
    out.push(`  ${f.line}:${f.column}  ${sev}  ${p(f.message)}  ${dim(f.ruleId)}`);
    if (f.clause) out.push(dim(`      policy: ${p(f.clause.file)}:${f.clause.line} '${p(f.clause.title)}'`));
    if (opts.verbose) {
      for (const k of f.explain.classification) out.push(dim(`      why: ${p(k.name)} → ${k.category} (lexicon "${p(k.lexeme)}")`));
      for (const step of f.explain.path) out.push(dim(`      path: ${p(step)}`));
      out.push(dim(`      compared with: ${p(f.explain.policy)}`));
      for (const rel of f.related) out.push(dim(`      see also: ${p(rel.file)}:${rel.line} ${p(rel.message)}`));
    }
  }
  if (r.notes.length) {
    if (out.length) out.push('');
    out.push(bold('Notes'));
    for (const n of r.notes) out.push(`  ${p(n.file)}${n.line ? `:${n.line}` : ''}  ${p(n.message)}`);
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]++;
  const extra = [r.suppressed ? `${r.suppressed} suppressed` : '', opts.baselined ? `${opts.baselined} in baseline` : '', opts.unchangedHidden ? `${opts.unchangedHidden} in unchanged files not shown` : ''].filter(Boolean).join(', ');
  if (out.length) out.push('');
  out.push(
    `${r.findings.length ? red(`${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`) : 'No findings'} (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info)${extra ? `, ${extra}` : ''} in ${r.summary.files} files against ${p(r.policyFile)} (${r.policy.clauses.length} clauses) in ${r.summary.durationMs} ms`,
  );
  return `${out.join('\n')}\n`;
}
