import fs from 'node:fs';
import path from 'node:path';
import { InputError } from './audit';
import type { Config } from './config';
import { repositoryRoot, staysInside } from './contain';
import type { Finding } from './finding';
import { JsonSyntaxError, parseJson } from './json';
import { MB, ReadRefusal, readBounded } from './read';

/** Accepted findings by fingerprint (rule, file, data, recipient — never line numbers). */
export interface Baseline {
  version: 1;
  findings: { fingerprint: string; ruleId: string; file: string; message: string }[];
}

/** The baseline applied without being named, by the CLI and the editor alike. */
export const DEFAULT_BASELINE = 'privacy-lens-baseline.json';
export const MAX_BASELINE_BYTES = 16 * MB;

export interface BaselineScope {
  /** The config file that was read (absolute); its "baseline" may point anywhere only when the config itself lies outside `within` (an explicit --config). */
  configFile?: string;
  /** The directory repository paths must stay in: the repository root by default (the editor may pass its workspace folder). */
  within?: string;
}

/**
 * Which baseline applies to an audit of ROOT — one rule for the CLI and the editor:
 * 1. `explicit` (the CLI's --baseline, resolved by the caller): the user's choice, anywhere;
 * 2. else the config's "baseline", relative to ROOT, which must stay inside the repository;
 * 3. else privacy-lens-baseline.json at ROOT when it exists (also kept inside the repository).
 * Undefined when none applies. Throws InputError, naming the path as given, for one that leaves:
 * call it where an InputError becomes a message (the CLI's exit 2, the editor's note).
 */
export function resolveBaseline(root: string, config: Config, explicit?: string, scope: BaselineScope = {}): string | undefined {
  if (explicit) return path.resolve(explicit);
  const within = scope.within ?? repositoryRoot(root);
  if (config.baseline) {
    const file = path.resolve(root, config.baseline);
    const trusted = scope.configFile !== undefined && !staysInside(within, scope.configFile);
    if (!trusted && !staysInside(within, file)) throw new InputError(`${scope.configFile ?? root}: "baseline" ${JSON.stringify(config.baseline)} leaves the repository (${within}), refused; pass --baseline FILE to use a file outside it`);
    return file;
  }
  const file = path.join(root, DEFAULT_BASELINE);
  if (!fs.existsSync(file)) return undefined;
  if (!staysInside(within, file)) throw new InputError(`${file}: symbolic link leaves the repository (${within}), refused`);
  return file;
}

/** Reads the baseline resolveBaseline named; one the config names but nobody has written yet accepts nothing. */
export function loadBaseline(file: string): Baseline {
  try {
    fs.lstatSync(file);
  } catch {
    return { version: 1, findings: [] };
  }
  return readBaseline(file);
}

/** Reads a baseline: a regular file of at most 16 MB; errors name the file and never quote it. */
export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readBounded(file, MAX_BASELINE_BYTES).toString('utf8');
  } catch (e) {
    if (e instanceof ReadRefusal) throw new InputError(`${file}: ${e.describe('baseline')}`);
    throw e;
  }
  let b: Baseline;
  try {
    b = parseJson(text.replace(/^\uFEFF/, '')) as Baseline;
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new InputError(`${file}: not a Privacy Lens baseline (${e.message})`);
    throw e;
  }
  if (!b || typeof b !== 'object' || b.version !== 1 || !Array.isArray(b.findings) || !b.findings.every((f) => typeof f?.fingerprint === 'string')) {
    throw new InputError(`${file}: not a Privacy Lens baseline (expected {"version": 1, "findings": [{"fingerprint": …}]})`);
  }
  return b;
}

/** Findings not in the baseline. */
export function applyBaseline(findings: Finding[], baseline: Baseline): Finding[] {
  const accepted = new Set(baseline.findings.map((f) => f.fingerprint));
  return findings.filter((f) => !accepted.has(f.fingerprint));
}

function entry(f: Pick<Finding, 'fingerprint' | 'ruleId' | 'file' | 'message'>): Baseline['findings'][number] {
  return { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, message: f.message };
}

function write(file: string, b: Baseline): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(b, null, 2)}\n`);
  } catch (e) {
    throw new InputError(`${file}: cannot write the baseline (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Writes a baseline of these findings (the CLI's --write-baseline: an explicit path, replaced). */
export function writeBaseline(file: string, findings: Finding[]): void {
  write(file, { version: 1, findings: findings.map(entry) });
}

/**
 * Where the editor's "Add to baseline" may write, or why it must not: the file resolveBaseline names
 * (else privacy-lens-baseline.json at ROOT) has to stay inside `within` (default the repository root;
 * the editor passes its workspace folder), and an existing file has to be a regular file that
 * already is a baseline. Never throws; `refused` is in the editor's words.
 */
export function baselineTarget(root: string, config: Config, scope: BaselineScope = {}): { file: string } | { refused: string } {
  const within = scope.within ?? repositoryRoot(root);
  const file = config.baseline ? path.resolve(root, config.baseline) : path.join(root, DEFAULT_BASELINE);
  const shown = config.baseline ? JSON.stringify(config.baseline) : DEFAULT_BASELINE;
  if (!staysInside(within, file)) return { refused: `the baseline ${shown} named in .privacy-lens.json is outside the workspace folder, so it was not written` };
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch {
    return { file };
  }
  if (st.isSymbolicLink()) st = fs.statSync(file);
  if (!st.isFile()) return { refused: `the baseline ${shown} is not a regular file, so it was not written` };
  try {
    readBaseline(file);
  } catch {
    return { refused: `${shown} exists and is not a Privacy Lens baseline, so it was not replaced` };
  }
  return { file };
}
