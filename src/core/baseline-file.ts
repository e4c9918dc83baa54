import fs from 'node:fs';
import path from 'node:path';
import { readBaseline } from './baseline';
import type { Config } from './config';

/** The baseline a folder uses when nothing else names one. */
export const DEFAULT_BASELINE = 'privacy-lens-baseline.json';

/**
 * Which baseline applies, the same for CLI and editor: an explicit file, else the config's
 * `baseline` (relative to ROOT), else `privacy-lens-baseline.json` at ROOT when it exists.
 * Local stand-in with the semantics of `resolveBaseline` in core/baseline.ts (another branch);
 * switch the imports to that one once merged.
 */
export function resolveBaseline(root: string, config: Config, explicit?: string): string | undefined {
  if (explicit) return path.resolve(explicit);
  if (config.baseline) return path.resolve(root, config.baseline);
  const file = path.join(root, DEFAULT_BASELINE);
  return fs.existsSync(file) ? file : undefined;
}

/** Whether `file` (or, when it does not exist yet, its nearest existing folder) resolves, links followed, inside `root`. */
export function insideRoot(root: string, file: string): boolean {
  let real: string;
  try {
    real = realpathOfExisting(path.resolve(root, file));
  } catch {
    return false;
  }
  const top = fs.realpathSync(root);
  const rel = path.relative(top, real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function realpathOfExisting(p: string): string {
  const rest: string[] = [];
  let at = p;
  for (;;) {
    try {
      return path.join(fs.realpathSync(at), ...rest.reverse());
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      const up = path.dirname(at);
      if (up === at) throw e;
      rest.push(path.basename(at));
      at = up;
    }
  }
}

/**
 * Where the editor may write the folder's baseline, or why it must not: the file has to be
 * inside the folder, and an existing file has to be a regular file that already is a baseline.
 */
export function baselineTarget(root: string, config: Config): { file: string } | { refused: string } {
  const file = resolveBaseline(root, config) ?? path.join(root, DEFAULT_BASELINE);
  const shown = config.baseline ? JSON.stringify(config.baseline) : DEFAULT_BASELINE;
  if (!insideRoot(root, file)) return { refused: `the baseline ${shown} named in .privacy-lens.json is outside the workspace folder, so it was not written` };
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file);
  } catch {
    return { file };
  }
  if (!st.isFile()) return { refused: `the baseline ${shown} is not a regular file, so it was not written` };
  try {
    readBaseline(file);
  } catch {
    return { refused: `${shown} exists and is not a Privacy Lens baseline, so it was not replaced` };
  }
  return { file };
}
