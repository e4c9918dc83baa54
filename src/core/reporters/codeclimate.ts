import type { AuditResult } from '../audit';
import type { ReportOptions } from './options';
import { repoPath } from './uri';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/**
 * GitLab Code Quality (a subset of the Code Climate issue format): one issue per
 * finding with a repository-relative path and a fingerprint unique in the report.
 */
export function codeclimate(r: AuditResult, opts: ReportOptions = {}): string {
  const seen = new Map<string, number>();
  const issues = r.findings.map((f) => {
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    return {
      type: 'issue',
      check_name: f.ruleId,
      description: f.message,
      categories: ['Security'],
      fingerprint: n === 1 ? f.fingerprint : `${f.fingerprint}-${n}`,
      severity: SEVERITY[f.severity],
      location: { path: repoPath(f.file, opts.pathPrefix, opts.repoRoot) ?? f.file, lines: { begin: f.line, end: f.endLine } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
