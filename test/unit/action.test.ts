import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runAction } from '../../src/action/run';
import { UsageError } from '../../src/cli/args';
import { auditRun } from '../../src/cli/main';
import { InputError } from '../../src/core/audit';
import { REPORTERS } from '../../src/core/reporters';
import { MINI_POLICY, tempDir } from '../helpers';

const distAction = path.join(__dirname, '..', '..', 'dist', 'action.js');
const SENTRY = "import * as Sentry from '@sentry/node';\nexport function tag(u: { id: string; email: string }) {\n  Sentry.setUser({ id: u.id, email: u.email });\n}\n";

/** A repository with the project in `app/`: 12 undeclared fields and one undeclared recipient, 13 errors. */
function fixture() {
  const dir = tempDir('privacy-lens-action-');
  const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', '-c', 'commit.gpgsign=false', ...a], { cwd: dir, encoding: 'utf8' }).trim();
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  write('app/PRIVACY.txt', MINI_POLICY);
  const fields = ['homePhone', 'dateOfBirth', 'ssn', 'passportNumber', 'gender', 'religion', 'ethnicity', 'driversLicense', 'healthCondition', 'sexualOrientation', 'politicalOpinion', 'fingerprintTemplate'];
  fields.forEach((field, i) => write(`app/src/m${String(i + 1).padStart(2, '0')}.ts`, `export interface Member${i} {\n  ${field}: string;\n}\n`));
  write('app/src/s.ts', SENTRY);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const temp = tempDir('privacy-lens-runner-');
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: temp,
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
    GITHUB_OUTPUT: path.join(temp, 'output.txt'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: git('rev-parse', 'HEAD'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    INPUT_ROOT: 'app',
  };
  return { dir, git, write, temp, env };
}

const deps = { auditRun, reporters: REPORTERS, isUserError: (e: unknown) => e instanceof InputError || e instanceof UsageError };

async function action(env: Record<string, string>, extra: Partial<Parameters<typeof runAction>[1]> = {}) {
  let stdout = '';
  const code = await runAction({ stdout: (s) => (stdout += s), stderr: (s) => (stdout += s), cwd: env.GITHUB_WORKSPACE, env, stdoutTty: false, stderrTty: false }, { ...deps, ...extra });
  return { code, stdout };
}

describe('GitHub Action', () => {
  it('caps annotations, writes the summary, repository-relative SARIF, the comment file and outputs, and fails on errors', async () => {
    const { env, temp } = fixture();
    const r = await action(env);
    assert.equal(r.code, 1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    assert.equal(annotations.length, 10, 'GitHub shows 10 error annotations per step');
    assert.match(annotations[0], /^::error file=app\/src\/m01\.ts,line=2,/);
    assert.match(r.stdout, /Privacy Lens: 13 finding\(s\) in 13 files \(3 beyond the 10 annotations per level GitHub shows/);
    const summary = fs.readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    assert.match(summary, /^> 3 finding\(s\) beyond the 10 annotations per level that GitHub shows on a step are listed here\.\n\n<!-- privacy-lens-report -->\n## Privacy Lens: 13 findings \(13 errors\)/);
    assert.equal((summary.match(/<details><summary><code>src\//g) ?? []).length, 13, 'one collapsed table per file (more than 10 files)');
    assert.ok(summary.includes(`(<https://github.com/acme/shop/blob/${env.GITHUB_SHA}/app/src/m12.ts#L2>)`));
    const sarif = JSON.parse(fs.readFileSync(path.join(temp, 'privacy-lens.sarif'), 'utf8'));
    assert.deepEqual(
      [...new Set(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri.replace(/\d+/, 'N')))],
      ['app/src/mN.ts', 'app/src/s.ts'],
    );
    assert.ok(!JSON.stringify(sarif).includes(env.GITHUB_WORKSPACE), 'no absolute local path');
    const comment = fs.readFileSync(path.join(temp, 'privacy-lens-comment.md'), 'utf8');
    assert.ok(comment.startsWith('<!-- privacy-lens-report -->\n') && comment.length < 65_536);
    assert.equal(fs.readFileSync(env.GITHUB_OUTPUT, 'utf8'), `findings=13\nerrors=13\nsarif-file=${path.join(temp, 'privacy-lens.sarif')}\ncomment-file=${path.join(temp, 'privacy-lens-comment.md')}\nexit-code=1\n`);
  });

  it('passes with fail-on none, and reports a usage error as an ::error and exit 2', async () => {
    const { env } = fixture();
    assert.equal((await action({ ...env, 'INPUT_FAIL-ON': 'none' })).code, 0);
    const bad = await action({ ...env, 'INPUT_FAIL-ON': 'sometimes' });
    assert.equal(bad.code, 2);
    assert.match(bad.stdout, /^::error title=Privacy Lens::--fail-on must be one of error, warning, info, none \(got "sometimes"\)\n$/);
  });

  it('on a pull request reports what changed since the base and links the head commit; the comment keeps under its cap', async () => {
    const { env, git, write, temp } = fixture();
    const base = git('rev-parse', 'HEAD');
    git('checkout', '-q', '-b', 'feature');
    write('app/src/new.ts', 'export interface Customer {\n  birthDate: string;\n}\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'new field');
    const head = git('rev-parse', 'HEAD');
    const event = path.join(temp, 'event.json');
    fs.writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
    const r = await action({ ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'merge-commit-sha' });
    assert.equal(r.code, 1);
    assert.deepEqual(r.stdout.split('\n').filter((l) => l.startsWith('::error ')).map((l) => l.slice(0, l.indexOf(',col'))), ['::error file=app/src/new.ts,line=2']);
    const comment = fs.readFileSync(path.join(temp, 'privacy-lens-comment.md'), 'utf8');
    assert.ok(comment.includes(`(<https://github.com/acme/shop/blob/${head}/app/src/new.ts#L2>)`), comment);
    assert.match(comment, /13 in unchanged files not shown/);
    assert.equal((await action({ ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, 'INPUT_CHANGED-SINCE': 'none' })).stdout.split('\n').filter((l) => l.startsWith('::error ')).length, 10);
  });

  it('uploads the SARIF gzipped and base64-encoded to code scanning when asked', async () => {
    const { env, temp } = fixture();
    const calls: { url: string; headers: Record<string, string>; body: string }[] = [];
    const fetch = async (url: string, init: { method: string; headers: Record<string, string>; body: string }) => {
      calls.push({ url, headers: init.headers, body: init.body });
      return { ok: true, status: 202, text: async () => '{}' };
    };
    const r = await action({ ...env, 'INPUT_UPLOAD-SARIF': 'true', INPUT_TOKEN: 't0ken', GITHUB_API_URL: 'https://api.github.example' }, { fetch });
    assert.equal(r.code, 1);
    assert.equal(calls.length, 1);
    assert.equal(calls[0].url, 'https://api.github.example/repos/acme/shop/code-scanning/sarifs');
    assert.equal(calls[0].headers.authorization, 'Bearer t0ken');
    const body = JSON.parse(calls[0].body);
    assert.deepEqual([body.commit_sha, body.ref, body.tool_name], [env.GITHUB_SHA, 'refs/heads/main', 'privacy-lens']);
    assert.equal(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8'), fs.readFileSync(path.join(temp, 'privacy-lens.sarif'), 'utf8'));
    const denied = await action({ ...env, 'INPUT_UPLOAD-SARIF': 'true', INPUT_TOKEN: 't0ken' }, { fetch: async () => ({ ok: false, status: 403, text: async () => 'Resource not accessible by integration' }) });
    assert.match(denied.stdout, /::warning title=Privacy Lens::upload-sarif: code scanning answered 403 \(the job needs permissions: security-events: write\)/);
  });

  it('runs as bundled (dist/action.js beside dist/engine.js)', function () {
    if (!fs.existsSync(distAction)) this.skip();
    const { env, temp } = fixture();
    const r = spawnSync(process.execPath, [distAction], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('::error ')).length, 10);
    assert.ok(fs.existsSync(path.join(temp, 'privacy-lens.sarif')));
  });
});
