/** Helpers for report paths: ROOT-relative (as findings hold them) to repository-relative URIs. */

/** Whether a report path left the audited tree (relPath keeps such paths absolute). */
export function isOutside(file: string): boolean {
  return file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file) || file === '..' || file.startsWith('../');
}

/** The path relative to the repository root, or null for a file outside it (never an absolute local path). */
export function repoPath(file: string, prefix = ''): string | null {
  if (isOutside(file)) return null;
  return `${prefix}${file}`;
}

/** A relative URI reference: every segment percent-encoded (spaces, `%`, `#`, `?`, `:`…), `/` kept. */
export function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}
