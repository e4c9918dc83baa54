import path from 'node:path';
import type { AuditResult } from '../core/audit';
import type { Finding } from '../core/finding';
import { InputError } from '../core/audit';
import { quote } from '../core/reporters/escape';
import { git, gitPaths } from './git';

/** Which files count as changed: since a ref (pull-request mode) or staged (pre-commit). */
export type ChangeScope = { since: string } | { staged: true };

/**
 * Files changed in the scope, relative to ROOT with `/` separators (`../` for a
 * file beside ROOT, such as a policy at the repository root). Since a ref:
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
  return new Set(names.map((n) => path.relative(root, path.join(gitRoot, n)).split(path.sep).join('/')));
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
  // Report paths outside ROOT are absolute (a policy beside ROOT): compare them ROOT-relative.
  const has = (file: string) => changed.has(path.isAbsolute(file) ? path.relative(r.root, file).split(path.sep).join('/') : file);
  const policyChanged = has(r.policyFile);
  const before = r.findings.length;
  r.findings = r.findings.filter((f) => has(f.file) || pathFiles(f).some(has) || (policyChanged && (!f.clause || f.clause.file === r.policyFile)) || (!!f.clause && has(f.clause.file)));
  r.summary.findings = r.findings.length;
  return before - r.findings.length;
}
