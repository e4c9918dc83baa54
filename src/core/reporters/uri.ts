/** Helpers for report paths: ROOT-relative (as findings hold them) to repository-relative URIs. */

/** Whether a report path left the audited tree (relPath keeps such paths absolute). */
export function isOutside(file: string): boolean {
  return isAbsolute(file) || file === '..' || file.startsWith('../');
}

const isAbsolute = (file: string) => file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file);

/**
 * The path relative to the repository root, or null for a file outside it (never an
 * absolute local path). `prefix` is ROOT's place in the repository; `repoRoot`, the
 * repository's absolute local path, places an absolute path (a policy beside ROOT).
 */
export function repoPath(file: string, prefix = '', repoRoot?: string): string | null {
  if (isAbsolute(file)) {
    if (!repoRoot) return null;
    const norm = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
    const root = norm(repoRoot);
    const f = norm(file);
    return f.startsWith(`${root}/`) ? f.slice(root.length + 1) : null;
  }
  if (isOutside(file)) return null;
  return `${prefix}${file}`;
}

/** A relative URI reference: every segment percent-encoded (spaces, `%`, `#`, `?`, `:`…), `/` kept. */
export function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}
