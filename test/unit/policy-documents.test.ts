import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/main';
import { tempDir } from '../helpers';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: { NO_COLOR: '1' }, stdoutTty: false, stderrTty: false });
  return { code, stdout, stderr };
}

function project(files: Record<string, string>): string {
  const dir = tempDir('privacy-lens-docs-');
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

const PRIVACY = '# Acme Privacy Policy\n\n## What we collect\n\n- Your name and email address.\n\n## Sub-processors\n\nOur sub-processors are listed in the sub-processor list.\n';
const SUBPROCESSORS = '# Sub-processors\n\n| Vendor | Purpose | Data |\n| --- | --- | --- |\n| Sentry | Error monitoring | Email address |\n';
const SENTRY = "import * as Sentry from '@sentry/node';\nexport function tag(u: { id: string; email: string }) {\n  Sentry.setUser({ id: u.id, email: u.email });\n}\n";

describe('a policy of several documents', () => {
  it('policy FILE FILE: clause ids stay unique and every clause keeps its file', async () => {
    const dir = project({ 'PRIVACY.md': PRIVACY, 'SUBPROCESSORS.md': SUBPROCESSORS });
    const r = await cli(['policy', 'PRIVACY.md', 'SUBPROCESSORS.md', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { files: string[]; clauses: { id: string; file: string; declarations: { type: string; services?: string[] }[] }[] };
    assert.deepEqual(json.files, ['PRIVACY.md', 'SUBPROCESSORS.md']);
    const ids = json.clauses.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    const sentry = json.clauses.find((c) => c.declarations.some((d) => d.type === 'share' && d.services?.includes('sentry')));
    assert.deepEqual(sentry && [sentry.id, sentry.file], ['subprocessors:sub-processors/sentry', 'SUBPROCESSORS.md']);
  });

  it('audit --policy repeats: a vendor declared in the second document is declared', async () => {
    const dir = project({ 'PRIVACY.md': PRIVACY, 'SUBPROCESSORS.md': SUBPROCESSORS, 'src/s.ts': SENTRY });
    const one = await cli(['audit', '.', '--policy', 'PRIVACY.md', '--format', 'json', '--no-progress'], dir);
    assert.deepEqual(JSON.parse(one.stdout).findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`), ['undeclared-sharing:3']);
    assert.equal(one.code, 1);
    const both = await cli(['audit', '.', '--policy', 'PRIVACY.md', '--policy', 'SUBPROCESSORS.md', '--format', 'json', '--no-progress'], dir);
    assert.equal(both.code, 0, both.stdout);
    assert.deepEqual(JSON.parse(both.stdout).findings, []);
  });

  it('"policy" in the config may be an array', async () => {
    const dir = project({ 'docs/PRIVACY.md': PRIVACY, 'docs/SUBPROCESSORS.md': SUBPROCESSORS, 'src/s.ts': SENTRY, '.privacy-lens.json': '{ "policy": ["docs/PRIVACY.md", "docs/SUBPROCESSORS.md"] }' });
    const r = await cli(['audit', '.', '--format', 'json', '--no-progress'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });
});

describe('corrections in .privacy-lens.json', () => {
  it('adds a share with its reason, shown as coming from the config', async () => {
    const config = { corrections: [{ share: 'Sentry', data: ['user.contact.email'], reason: 'DPA signed; policy update PRIV-31' }] };
    const dir = project({ 'PRIVACY.md': PRIVACY, 'src/s.ts': SENTRY, '.privacy-lens.json': JSON.stringify(config) });
    const r = await cli(['audit', '.', '--format', 'json', '--no-progress'], dir);
    assert.equal(r.code, 0, r.stdout);
    const clause = JSON.parse(r.stdout).policy.clauses.find((c: { id: string }) => c.id === 'config/correction-1');
    assert.match(clause.title, /share with Sentry: user\.contact\.email \(from \.privacy-lens\.json: DPA signed; policy update PRIV-31\)/);
  });

  it('ignores a clause: a misread ban no longer applies', async () => {
    const policy = '# P\n\n## What we collect\n\n- Your email address.\n\n## Sharing\n\n- We use Sentry for error monitoring.\n- We never send your email address to Sentry.\n';
    const dir = project({ 'PRIVACY.md': policy, 'src/s.ts': SENTRY });
    assert.deepEqual(JSON.parse((await cli(['audit', '.', '--format', 'json', '--no-progress'], dir)).stdout).findings.map((f: { ruleId: string }) => f.ruleId), ['prohibited-sharing']);
    fs.writeFileSync(path.join(dir, '.privacy-lens.json'), JSON.stringify({ corrections: [{ ignoreClause: 'sharing/we-never-send-your-email-address', reason: 'superseded by the DPA' }] }));
    assert.deepEqual(JSON.parse((await cli(['audit', '.', '--format', 'json', '--no-progress'], dir)).stdout).findings, []);
  });

  it('refuses a correction without a reason (exit 2, naming the file and the entry)', async () => {
    const dir = project({ 'PRIVACY.md': PRIVACY, '.privacy-lens.json': '{ "corrections": [{ "share": "Sentry" }] }' });
    const r = await cli(['audit', '.', '--no-progress'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.privacy-lens\.json: "corrections"\[0\] needs a "reason"/);
  });
});
