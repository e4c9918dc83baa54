import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { keepChanged } from '../../src/cli/changed';
import { run } from '../../src/cli/main';
import type { AuditResult } from '../../src/core/audit';
import type { Finding } from '../../src/core/finding';
import { MINI_POLICY, tempDir } from '../helpers';

const SENTRY = "import * as Sentry from '@sentry/node';\nexport function tag(u: { id: string; email: string }) {\n  Sentry.setUser({ id: u.id, email: u.email });\n}\n";
const OTHERCO = "import axios from 'axios';\nexport const send = (email: string) => axios.post('https://api.otherco.io/v1/users', { email });\n";

async function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: { NO_COLOR: '1', ...env }, stdoutTty: false, stderrTty: false });
  return { code, stdout, stderr };
}

/** A git repository with the audited project in `app/` (as in a monorepo). */
function repo(files: Record<string, string>): { dir: string; git: (...a: string[]) => string; write: (rel: string, text: string) => void } {
  const dir = tempDir('privacy-lens-git-');
  const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', '-c', 'commit.gpgsign=false', ...a], { cwd: dir, encoding: 'utf8' }).trim();
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  git('init', '-q', '-b', 'main');
  for (const [rel, text] of Object.entries(files)) write(rel, text);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  return { dir, git, write };
}

const found = (stdout: string) => (JSON.parse(stdout).findings as Finding[]).map((f) => `${f.ruleId} ${f.file}:${f.line}`);

describe('--changed-since and --staged', () => {
  it('reports a new flow in a changed file, not an old one in an unchanged file; a policy edit re-reports what cites it', async () => {
    const { dir, git, write } = repo({ 'app/PRIVACY.txt': MINI_POLICY, 'app/src/old.ts': SENTRY });
    const base = git('rev-parse', 'HEAD');
    git('checkout', '-q', '-b', 'feature');
    write('app/src/new.ts', OTHERCO);
    git('add', '-A');
    git('commit', '-q', '-m', 'new flow');
    write('app/src/untracked.ts', 'export interface Member { homePhone: string }\n');

    const all = await cli(['audit', 'app', '--format', 'json'], dir);
    assert.deepEqual(found(all.stdout), ['undeclared-sharing src/new.ts:2', 'undeclared-sharing src/old.ts:3', 'undeclared-collection src/untracked.ts:1']);

    const pr = await cli(['audit', 'app', '--changed-since', base, '--format', 'json'], dir);
    assert.equal(pr.code, 1);
    assert.deepEqual(found(pr.stdout), ['undeclared-sharing src/new.ts:2', 'undeclared-collection src/untracked.ts:1']);

    const md = await cli(['audit', 'app', '--changed-since', base, '--format', 'markdown'], dir);
    assert.match(md.stdout, /1 in unchanged files not shown/);
    assert.match((await cli(['audit', 'app', '--changed-since', base], dir)).stdout, /\n2 findings \(2 errors, 0 warnings, 0 info\), 1 in unchanged files not shown in 3 files against PRIVACY\.txt/);

    write('app/PRIVACY.txt', MINI_POLICY.replace('Contact Us', 'Contact'));
    const policyEdit = await cli(['audit', 'app', '--changed-since', base, '--format', 'json'], dir);
    assert.deepEqual(found(policyEdit.stdout), ['undeclared-sharing src/new.ts:2', 'undeclared-sharing src/old.ts:3', 'undeclared-collection src/untracked.ts:1']);
  });

  it('--staged reports the files staged for commit only', async () => {
    const { dir, git, write } = repo({ 'PRIVACY.txt': MINI_POLICY, 'src/old.ts': SENTRY });
    write('src/staged.ts', OTHERCO);
    write('src/unstaged.ts', 'export interface Member { homePhone: string }\n');
    git('add', 'src/staged.ts');
    const r = await cli(['audit', '--staged', '--format', 'json'], dir);
    assert.deepEqual(found(r.stdout), ['undeclared-sharing src/staged.ts:2']);
  });

  it('exits 2 with one line for a revision git does not know, outside a repository, and with both options', async () => {
    const { dir } = repo({ 'PRIVACY.txt': MINI_POLICY });
    const bad = await cli(['audit', '--changed-since', 'no-such-ref'], dir);
    assert.equal(bad.code, 2, bad.stderr);
    assert.match(bad.stderr, /^privacy-lens: --changed-since "no-such-ref": git does not know this revision in ".*" \(fetch it, e\.g\. actions\/checkout with fetch-depth: 0\)\n$/);
    const dash = await cli(['audit', '--changed-since=--output=x'], dir);
    assert.equal(dash.code, 2);
    assert.match(dash.stderr, /not a git revision/);
    const plain = tempDir('privacy-lens-nogit-');
    fs.writeFileSync(path.join(plain, 'PRIVACY.txt'), MINI_POLICY);
    const outside = await cli(['audit', '--staged'], plain);
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /not inside a git repository \(needed by --staged\)/);
    assert.equal((await cli(['audit', '--staged', '--changed-since', 'HEAD'], dir)).code, 2);
  });

  it('writes repository-relative paths and head-commit links on GitHub Actions', async () => {
    const { dir } = repo({ 'app/PRIVACY.txt': MINI_POLICY, 'app/src/old.ts': SENTRY });
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc123' };
    const md = await cli(['audit', 'app', '--format', 'markdown'], dir, env);
    assert.match(md.stdout, /^<!-- privacy-lens-report -->\n/);
    assert.ok(md.stdout.includes('[<code>src/old.ts:3</code>](<https://github.com/acme/shop/blob/abc123/app/src/old.ts#L3>)'), md.stdout);
    const sarif = JSON.parse((await cli(['audit', 'app', '--format', 'sarif'], dir)).stdout);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'app/src/old.ts');
    const over = JSON.parse((await cli(['audit', 'app', '--format', 'sarif', '--root-uri', 'services/app'], dir)).stdout);
    assert.equal(over.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'services/app/src/old.ts');
  });

  it('places a policy beside ROOT repository-relative (no local path) and re-reports on its edit', async () => {
    const { dir, git, write } = repo({ 'PRIVACY.txt': MINI_POLICY, 'app/src/old.ts': SENTRY });
    const base = git('rev-parse', 'HEAD');
    const args = ['audit', 'app', '--policy', 'PRIVACY.txt'];
    const sarif = JSON.parse((await cli([...args, '--format', 'sarif'], dir)).stdout);
    assert.equal(sarif.runs[0].results[0].relatedLocations[0].physicalLocation.artifactLocation.uri, 'PRIVACY.txt');
    const md = (await cli([...args, '--format', 'markdown'], dir)).stdout;
    assert.ok(!md.includes(dir), 'no local path in the Markdown report');
    assert.match(md, /Policy <code>PRIVACY\.txt<\/code>/);
    assert.deepEqual(found((await cli([...args, '--changed-since', base, '--format', 'json'], dir)).stdout), []);
    write('PRIVACY.txt', MINI_POLICY.replace('Contact Us', 'Contact'));
    assert.deepEqual(found((await cli([...args, '--changed-since', base, '--format', 'json'], dir)).stdout), ['undeclared-sharing src/old.ts:3']);
  });

  it('keeps a finding whose data path crosses a changed file, or whose clause is in a changed policy file', () => {
    const f = (file: string, pathStep: string, clauseFile: string | null): Finding =>
      ({ ruleId: 'r', file, line: 1, related: [], explain: { classification: [], path: [pathStep], policy: '' }, clause: clauseFile ? { id: 'c', title: 't', file: clauseFile, line: 1, endLine: 1 } : null }) as unknown as Finding;
    const result = (fs: Finding[]) => ({ policyFile: 'PRIVACY.md', findings: fs, summary: { findings: fs.length } }) as unknown as AuditResult;
    const table: [string, Finding, string[], boolean][] = [
      ['in a changed file', f('a.ts', '', 'PRIVACY.md'), ['a.ts'], true],
      ['in an unchanged file', f('a.ts', '', 'PRIVACY.md'), ['b.ts'], false],
      ['data from a changed file', f('a.ts', 'email (lib/user.ts:4)', 'PRIVACY.md'), ['lib/user.ts'], true],
      ['under a changed policy', f('a.ts', '', 'PRIVACY.md'), ['PRIVACY.md'], true],
      ['no clause, policy changed', f('a.ts', '', null), ['PRIVACY.md'], true],
      ['clause in another changed policy file', f('a.ts', '', 'docs/subprocessors.md'), ['docs/subprocessors.md'], true],
    ];
    for (const [name, finding, changed, kept] of table) {
      const r = result([finding]);
      assert.equal(keepChanged(r, new Set(changed)), kept ? 0 : 1, name);
      assert.equal(r.findings.length, kept ? 1 : 0, name);
    }
  });
});
