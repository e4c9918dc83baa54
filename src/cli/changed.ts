import path from 'node:path';
import type { AuditResult } from '../core/audit';
import type { Finding } from '../core/finding';
import { InputError } from '../core/audit';
import { quote } from '../core/reporters/escape';
import { git, gitPaths } from './git';

/** Which files count as changed: since a ref (pull-request mode) or staged (pre-commit). */
export type ChangeScope = { since: string } | { staged: true };

/**
 * Files changed in the scope, relative to ROOT with `/` separators. Since a ref:
 * the commits on this branch (`REF...HEAD`) plus uncommitted and untracked
 * changes; staged: what `git commit` would record.
 */
export function changedFiles(gitRoot: string, root: string, scope: ChangeScope): Set<string> {
  let names: string[];
  if ('staged' in scope) names = gitPaths(gitRoot, ['diff', '--cached', '--name-only', '--no-renames']);
  else {
    if (scope.since.startsWith('-')) throw new InputError(`--changed-since ${quote(scope.since)}: not a git revision`);
    try {
      git(gitRoot, ['rev-parse', '--verify', '--quiet', `${scope.since}^{commit}`]);
    } catch {
      // In CI this is most often a shallow clone: the base commit was never fetched.
      throw new InputError(`--changed-since ${quote(scope.since)}: git does not know this revision in ${quote(gitRoot)} (fetch it, e.g. actions/checkout with fetch-depth: 0)`);
    }
    names = [
      ...gitPaths(gitRoot, ['diff', '--name-only', '--no-renames', `${scope.since}...HEAD`]),
      ...gitPaths(gitRoot, ['diff', '--name-only', '--no-renames', 'HEAD']),
      ...gitPaths(gitRoot, ['ls-files', '--others', '--exclude-standard']),
    ];
  }
  const out = new Set<string>();
  for (const n of names) {
    const rel = path.relative(root, path.join(gitRoot, n)).split(path.sep).join('/');
    if (!rel.startsWith('../')) out.add(rel);
  }
  return out;
}

/** Files on a finding's data path: its related locations and the places its explanation names. */
function pathFiles(f: Finding): string[] {
  const named = f.explain.path.flatMap((step) => {
    const m = /\(([^()\s]+):\d+\)\s*$/.exec(step);
    return m ? [m[1]] : [];
  });
  return [...f.related.map((r) => r.file), ...named];
}

/**
 * Keeps the findings a change can have caused: in a changed file, with a changed
 * file on its data path, or judged by a changed policy (a policy edit re-reports
 * every finding that cites it and every finding no clause covers). Returns how
 * many were left out.
 */
export function keepChanged(r: AuditResult, changed: Set<string>): number {
  const policyChanged = changed.has(r.policyFile);
  const before = r.findings.length;
  r.findings = r.findings.filter(
    (f) => changed.has(f.file) || pathFiles(f).some((p) => changed.has(p)) || (policyChanged && (!f.clause || f.clause.file === r.policyFile)) || (!!f.clause && changed.has(f.clause.file)),
  );
  r.summary.findings = r.findings.length;
  return before - r.findings.length;
}
