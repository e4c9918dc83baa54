import fs from 'node:fs';
import path from 'node:path';

/**
 * The directory that paths coming from a repository must stay in: the nearest ancestor of `root`
 * (itself included) holding `.git`, else `root`; as a real path.
 */
export function repositoryRoot(root: string): string {
  const real = realOrResolved(root);
  for (let dir = real; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return real;
  }
}

/** The real path of an existing path; the absolute path otherwise. */
export function realOrResolved(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

/** Whether `p` is `dir` or below it (both absolute, already real). */
export function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/**
 * Where a path really lands: its real path, or for a path that does not exist yet (a baseline about
 * to be written) the real path of its nearest existing ancestor joined with the rest; a dangling
 * symbolic link is followed to where it points, since writing through it would create the target.
 */
export function landingPath(p: string, depth = 0): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync.native(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || depth > 40) return abs;
  }
  try {
    if (fs.lstatSync(abs).isSymbolicLink()) return landingPath(path.resolve(path.dirname(abs), fs.readlinkSync(abs)), depth + 1);
  } catch {
    /* does not exist: resolve the parent */
  }
  const parent = path.dirname(abs);
  return parent === abs ? abs : path.join(landingPath(parent, depth + 1), path.basename(abs));
}

/** Whether a path (existing or about to be created) stays inside `within` once links are resolved. */
export function staysInside(within: string, p: string): boolean {
  return isInside(realOrResolved(within), landingPath(p));
}
