import fs from 'node:fs';
import path from 'node:path';
import { InputError } from './audit';
import type { Finding } from './finding';

/** Accepted findings by fingerprint (rule, file, data, recipient — never line numbers). */
export interface Baseline {
  version: 1;
  findings: { fingerprint: string; ruleId: string; file: string; message: string }[];
}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read the baseline (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    const b = JSON.parse(text) as Baseline;
    if (b.version !== 1 || !Array.isArray(b.findings) || !b.findings.every((f) => typeof f?.fingerprint === 'string')) throw new Error('expected {"version": 1, "findings": [{"fingerprint": …}]}');
    return b;
  } catch (e) {
    throw new InputError(`${file}: not a Privacy Lens baseline (${(e as Error).message})`);
  }
}

/** Findings not in the baseline. */
export function applyBaseline(findings: Finding[], baseline: Baseline): Finding[] {
  const accepted = new Set(baseline.findings.map((f) => f.fingerprint));
  return findings.filter((f) => !accepted.has(f.fingerprint));
}

export function writeBaseline(file: string, findings: Finding[]): void {
  const b: Baseline = { version: 1, findings: findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, message: f.message })) };
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(b, null, 2)}\n`);
  } catch (e) {
    throw new InputError(`${file}: cannot write the baseline (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
