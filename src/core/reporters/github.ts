import type { AuditResult } from '../audit';
import { plain } from './escape';
import type { ReportOptions } from './options';
import { repoPath } from './uri';

// The log renders ANSI colours: control characters go (plain) before the workflow-command escaping.
const esc = (s: string) => plain(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub shows 10 error, 10 warning and 10 notice annotations per step (and 50 per job):
 * https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations
 */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * GitHub Actions workflow commands: an annotation per finding and a notice per note,
 * up to what GitHub shows per step; the rest stay in the log as plain lines (and in
 * the job summary when the Action runs). Paths are repository-relative.
 */
export function github(r: AuditResult, opts: ReportOptions = {}): string {
  const level = { error: 'error', warning: 'warning', info: 'notice' } as const;
  const used = { error: 0, warning: 0, notice: 0 };
  let over = 0;
  const lines: string[] = [];
  const where = (file: string) => repoPath(file, opts.pathPrefix, opts.repoRoot) ?? file;
  for (const f of r.findings) {
    const l = level[f.severity];
    const text = f.message + (f.clause ? ` (policy: ${where(f.clause.file)}:${f.clause.line})` : '');
    if (used[l]++ < ANNOTATIONS_PER_LEVEL) lines.push(`::${l} file=${escProp(where(f.file))},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${escProp(`Privacy Lens ${f.ruleId}`)}::${esc(text)}`);
    else {
      over++;
      // Led by '- ', so no file name can make the line a workflow command.
      lines.push(plain(`- ${where(f.file)}:${f.line}:${f.column}: ${f.severity}: ${text} [${f.ruleId}]`));
    }
  }
  for (const n of r.notes) {
    if (used.notice++ < ANNOTATIONS_PER_LEVEL) lines.push(`::notice file=${escProp(where(n.file))}${n.line ? `,line=${n.line}` : ''},title=Privacy Lens::${esc(n.message)}`);
    else lines.push(plain(`- ${where(n.file)}${n.line ? `:${n.line}` : ''}: note: ${n.message}`));
  }
  lines.push(`Privacy Lens: ${r.findings.length} finding(s) in ${r.summary.files} files${over ? ` (${over} beyond the ${ANNOTATIONS_PER_LEVEL} annotations per level GitHub shows: see the lines above and the job summary)` : ''}`);
  return `${lines.join('\n')}\n`;
}
