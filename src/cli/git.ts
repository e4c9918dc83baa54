import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/audit';
import { quote } from '../core/reporters/escape';

/** The repository root: the nearest folder at or above `dir` holding `.git` (a folder, or a file in a worktree). */
export function findGitRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** Runs git without a shell (arguments are never interpreted); a failure is an input error naming the command. */
export function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: string; code?: string; message: string };
    const why = err.code === 'ENOENT' ? 'git is not installed' : (err.stderr || err.message).trim().split('\n')[0];
    throw new InputError(`git ${args.map((a) => (/^[\w./=-]+$/.test(a) ? a : quote(a))).join(' ')} failed in ${quote(cwd)}: ${why}`);
  }
}

/** NUL-separated git output (`-z`) as repository-relative paths. */
export function gitPaths(cwd: string, args: string[]): string[] {
  return git(cwd, [...args, '-z']).split('\0').filter(Boolean);
}
