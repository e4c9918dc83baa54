import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main';
import { InputError } from '../../src/core/audit';
import { baselineTarget, DEFAULT_BASELINE, loadBaseline, resolveBaseline } from '../../src/core/baseline';
import { Session } from '../../src/core/session';
import { MINI_POLICY, tempDir } from '../helpers';

// Issue 10, item 7: the editor applied privacy-lens-baseline.json by itself and the CLI did not
// (8 vs 7 findings on one tree). One rule now, resolveBaseline, for both.

const SENTRY = "import * as Sentry from '@sentry/node';\nexport function tag(u: { id: string; email: string }) {\n  Sentry.setUser({ id: u.id, email: u.email });\n}\n";
const EMPTY = JSON.stringify({ version: 1, findings: [] });

function project(files: Record<string, string>): string {
  const dir = tempDir('privacy-lens-baseline-');
  for (const [rel, text] of Object.entries({ '.git/HEAD': 'ref: refs/heads/main\n', ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: { NO_COLOR: '1' }, stdoutTty: false, stderrTty: false });
  return { code, stdout, stderr };
}

/** A project with one error finding and that finding accepted into `accepted` (written by the CLI itself). */
async function withAccepted(accepted: string, files: Record<string, string> = {}): Promise<string> {
  const dir = project({ 'PRIVACY.txt': MINI_POLICY, 'src/s.ts': SENTRY, ...files });
  assert.equal((await cli(['audit', '--write-baseline', accepted], dir)).code, 0);
  return dir;
}

describe('one baseline for CLI and editor (issue 10)', () => {
  it('the CLI applies privacy-lens-baseline.json at ROOT by itself', async () => {
    const dir = await withAccepted(DEFAULT_BASELINE);
    const r = await cli(['audit'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /1 in baseline/);
    fs.rmSync(path.join(dir, DEFAULT_BASELINE));
    assert.equal((await cli(['audit'], dir)).code, 1);
  });

  // [name, extra files, argv, exit code]
  const cases: [string, Record<string, string>, string[], number][] = [
    ['the config names another baseline, which wins over the default', { '.privacy-lens.json': JSON.stringify({ baseline: 'ci/baseline.json' }), 'ci/baseline.json': EMPTY }, ['audit'], 1],
    ['--baseline wins over the config and the default', { '.privacy-lens.json': JSON.stringify({ baseline: DEFAULT_BASELINE }), 'other.json': EMPTY }, ['audit', '--baseline', 'other.json'], 1],
    ['a config baseline not written yet accepts nothing (exit 1, not 2)', { '.privacy-lens.json': JSON.stringify({ baseline: 'ci/none-yet.json' }) }, ['audit'], 1],
    ['a missing --baseline is an input error', {}, ['audit', '--baseline', 'nope.json'], 2],
    ['--write-baseline does not apply the default first', {}, ['audit', '--write-baseline', 'again.json'], 0],
  ];
  for (const [name, files, args, code] of cases) {
    it(`exits ${code} when ${name}`, async () => {
      const dir = await withAccepted(DEFAULT_BASELINE, files);
      const r = await cli(args, dir);
      assert.equal(r.code, code, r.stderr);
    });
  }

  it('the editor session hides the same findings, by the same rule', async () => {
    const dir = await withAccepted(DEFAULT_BASELINE);
    const s = new Session(dir);
    s.load();
    for (const f of s.files()) s.indexFromDisk(f);
    assert.deepEqual(s.evaluate()?.findings, []);
    fs.writeFileSync(path.join(dir, '.privacy-lens.json'), JSON.stringify({ baseline: 'ci/baseline.json' }));
    fs.mkdirSync(path.join(dir, 'ci'));
    fs.writeFileSync(path.join(dir, 'ci/baseline.json'), EMPTY);
    s.load();
    assert.equal(s.evaluate()?.findings.length, 1);
  });

  it('resolveBaseline: explicit, then config, then the default file when it exists', () => {
    const dir = project({ 'sub/.keep': '' });
    const rel = (f: string | undefined) => f && path.relative(dir, f);
    assert.equal(resolveBaseline(dir, {}), undefined);
    fs.writeFileSync(path.join(dir, DEFAULT_BASELINE), EMPTY);
    assert.equal(rel(resolveBaseline(dir, {})), DEFAULT_BASELINE);
    assert.equal(rel(resolveBaseline(dir, { baseline: 'sub/b.json' })), path.join('sub', 'b.json'));
    const elsewhere = path.join(os.tmpdir(), 'x.json');
    assert.equal(resolveBaseline(dir, { baseline: 'sub/b.json' }, elsewhere), elsewhere, '--baseline is the user\'s choice');
    assert.throws(() => resolveBaseline(dir, { baseline: '../x.json' }), InputError);
    assert.throws(() => resolveBaseline(path.join(dir, 'sub'), { baseline: '../../x.json' }), /"baseline" "\.\.\/\.\.\/x\.json" leaves the repository/);
    assert.equal(rel(resolveBaseline(path.join(dir, 'sub'), { baseline: '../b.json' })), 'b.json', 'inside the git root is inside');
    assert.throws(() => resolveBaseline(path.join(dir, 'sub'), { baseline: '../b.json' }, undefined, { within: path.join(dir, 'sub') }), /leaves/, 'the editor may keep to its folder');
    const cfg = path.join(os.tmpdir(), 'ci-config.json');
    assert.equal(resolveBaseline(dir, { baseline: '../x.json' }, undefined, { configFile: cfg }), path.resolve(dir, '../x.json'), 'a config outside the repository (explicit --config) is the user\'s');
    assert.deepEqual(loadBaseline(path.join(dir, 'sub', 'not-yet.json')), { version: 1, findings: [] });
  });

  it('baselineTarget: writes only a baseline, only inside, and never replaces another file', () => {
    const dir = project({ 'src/a.ts': 'export const x = 1;\n', 'ci/b.json': EMPTY });
    assert.deepEqual(baselineTarget(dir, {}), { file: path.join(dir, DEFAULT_BASELINE) });
    assert.deepEqual(baselineTarget(dir, { baseline: 'ci/b.json' }), { file: path.join(dir, 'ci', 'b.json') });
    assert.deepEqual(baselineTarget(dir, { baseline: 'ci/new.json' }), { file: path.join(dir, 'ci', 'new.json') });
    assert.deepEqual(baselineTarget(dir, { baseline: '../../outside/x' }), { refused: 'the baseline "../../outside/x" named in .privacy-lens.json is outside the workspace folder, so it was not written' });
    assert.deepEqual(baselineTarget(dir, { baseline: 'src/a.ts' }), { refused: '"src/a.ts" exists and is not a Privacy Lens baseline, so it was not replaced' });
    assert.deepEqual(baselineTarget(dir, { baseline: 'src' }), { refused: 'the baseline "src" is not a regular file, so it was not written' });
    fs.symlinkSync(path.join(os.tmpdir(), 'privacy-lens-not-here.json'), path.join(dir, 'dangling.json'));
    assert.match((baselineTarget(dir, { baseline: 'dangling.json' }) as { refused: string }).refused, /outside the workspace folder/, 'a dangling link would create its target');
  });
});
