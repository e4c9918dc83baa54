import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { evaluate } from '../src/core/audit';
import { extractFacts } from '../src/core/analysis/extract';
import type { Config } from '../src/core/config';
import type { Finding } from '../src/core/finding';
import { parsePolicy } from '../src/core/policy';
import type { ModuleResolver } from '../src/core/resolve';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the system temp dir, removed when the test run ends. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Audits in-memory sources against an in-memory policy: the fixture of every rule table. */
export function analyze(files: Record<string, string>, policyText: string, policyFile = 'policy.txt', config: Config = {}, resolver?: ModuleResolver): Finding[] {
  const policy = parsePolicy(policyFile, policyText);
  const facts = Object.entries(files).map(([f, text]) => extractFacts(f, text));
  return evaluate(policy, policyFile, facts, config, [], resolver).findings;
}

/** The parts of a finding a table pins: rule, file, line, column. */
export function brief(fs: Finding[]): string[] {
  return fs.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`);
}

/** A small policy in the reference policy's style; tests add or remove statements. */
export const MINI_POLICY = `Privacy Policy

Information We Collect

  • Account Information: Name, email address, and password when you create an account.
  • Device Information: Device name, hardware specifications, and network information.

Third-Party Services

  • Payment Processors: We use third-party payment processors to handle billing. We do not store your full credit card information on our servers.
  • Analytics: We use analytics services to understand usage. This data is anonymized and aggregated.
  • We do not sell, rent, or trade your personal information to third parties for marketing purposes.

Data Retention

  • Device management logs are retained for 90 days.
  • Support correspondence is retained for 2 years after resolution.

Contact Us

  • Email: privacy@example-rmm.com
`;
