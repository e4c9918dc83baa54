import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/main';
import { extractOne, packageHosts } from '../../src/core/audit';
import { Session } from '../../src/core/session';
import { MINI_POLICY, tempDir } from '../helpers';

// Issue 10: a checked-out repository is untrusted input. Nothing here may hang: mocha's timeout is the bound.

/** Marks content that must never reach stdout or stderr. */
const SECRET = 'OUTSIDE-SECRET-7f3a';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: { NO_COLOR: '1' }, stdoutTty: false, stderrTty: false });
  return { code, stdout, stderr };
}

/** `<tmp>/repo` (a git root holding `files`) beside `<tmp>/outside` (a policy, a baseline and a source file with the secret). */
const made: string[] = [];

function workspace(files: Record<string, string> = {}, links: Record<string, string> = {}): { repo: string; outside: string } {
  const top = tempDir('privacy-lens-contain-');
  made.push(top);
  const repo = path.join(top, 'repo');
  const outside = path.join(top, 'outside');
  const all: Record<string, string> = {
    'repo/.git/HEAD': 'ref: refs/heads/main\n',
    'outside/policy.txt': `${SECRET}\n\n${MINI_POLICY}`,
    'outside/privacy.txt': `${SECRET}\n\n${MINI_POLICY}`,
    'outside/baseline.json': `${SECRET} not json`,
    'outside/leak.ts': `export interface ${SECRET.replace(/-/g, '')} { homePhone: string }\n`,
  };
  for (const [rel, text] of Object.entries(files)) all[`repo/${rel}`] = text;
  for (const [rel, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(top, rel)), { recursive: true });
    fs.writeFileSync(path.join(top, rel), text);
  }
  for (const [rel, target] of Object.entries(links)) {
    fs.mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    fs.symlinkSync(target.replace('$OUTSIDE', outside), path.join(repo, rel));
  }
  return { repo, outside };
}

function fifo(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync('mkfifo', [file]);
}

const unix = process.platform !== 'win32';
const config = (o: object) => JSON.stringify(o);

describe('containment and bounded reading (issue 10)', () => {
  // FIFOs and links to devices are not left behind in the temporary directory.
  after(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('does not walk out through a link to / (src/r -> /)', async function () {
    if (!unix) this.skip();
    const { repo } = workspace({ 'PRIVACY.txt': MINI_POLICY, 'src/ok.ts': 'export interface Member { dateOfBirth: string }\n' }, { 'src/r': '/', 'src/up': '..', 'src/leak.ts': '$OUTSIDE/leak.ts' });
    const r = await cli(['audit', '--format', 'json'], repo);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.notes, [
      { file: 'src/leak.ts', message: 'symbolic link leaves the repository, skipped' },
      { file: 'src/r', message: 'symbolic link leaves the repository, skipped' },
      { file: 'src/up', message: 'symbolic link loop or repeated directory, skipped' },
    ]);
    assert.equal(out.summary.files, 1);
    assert.doesNotMatch(r.stdout, new RegExp(SECRET.replace(/-/g, '')));
  });

  it('walks links that stay inside the git root, also from a package below it', async function () {
    if (!unix) this.skip();
    const { repo } = workspace({ 'PRIVACY.txt': MINI_POLICY, 'shared/m.ts': 'export interface Member { dateOfBirth: string }\n', 'packages/app/.privacy-lens.json': config({ policy: '../../PRIVACY.txt' }) }, { 'packages/app/src/shared': '../../../shared' });
    const r = await cli(['audit', 'packages/app', '--format', 'json'], repo);
    const out = JSON.parse(r.stdout);
    assert.equal(out.policy.file, path.join(repo, 'PRIVACY.txt'));
    assert.deepEqual(out.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`), ['src/shared/m.ts:1']);
    assert.deepEqual(out.notes, []);
  });

  // [name, repository files, links in the repository, argv, first line of stderr]
  const refused: [string, Record<string, string>, Record<string, string>, string[], RegExp][] = [
    ['a config "policy" outside the repository', { '.privacy-lens.json': config({ policy: '../outside/policy.txt' }) }, {}, ['audit'], /\.privacy-lens\.json: "policy" "\.\.\/outside\/policy\.txt" leaves the repository \(.*\), refused; pass --policy FILE/],
    ['a config "policy" that is a device', { '.privacy-lens.json': config({ policy: '/dev/zero' }) }, {}, ['audit'], /"policy" "\/dev\/zero" leaves the repository/],
    ['a config "baseline" outside the repository', { 'PRIVACY.txt': MINI_POLICY, '.privacy-lens.json': config({ baseline: '../outside/baseline.json' }) }, {}, ['audit'], /\.privacy-lens\.json: "baseline" "\.\.\/outside\/baseline\.json" leaves the repository \(.*\), refused; pass --baseline FILE/],
    ['a config "baseline" that is a device', { 'PRIVACY.txt': MINI_POLICY, '.privacy-lens.json': config({ baseline: '/dev/urandom' }) }, {}, ['audit'], /"baseline" "\/dev\/urandom" leaves the repository/],
    ['a PRIVACY.md linking outside', {}, { 'PRIVACY.md': '$OUTSIDE/policy.txt' }, ['audit'], /PRIVACY\.md: the policy found by name leaves the repository .*pass --policy FILE/],
    ['a PRIVACY.md linking to /dev/zero', {}, { 'PRIVACY.md': '/dev/zero' }, ['audit'], /PRIVACY\.md: the policy found by name leaves the repository/],
    ['a docs/ directory linking outside', {}, { docs: '$OUTSIDE' }, ['audit'], /docs\/privacy\.txt: the policy found by name leaves the repository/],
    ['a Next.js policy page linking outside', {}, { 'app/privacy/page.tsx': '$OUTSIDE/policy.txt' }, ['audit'], /app\/privacy\/page\.tsx: the policy found by name leaves the repository/],
    ['a default config linking outside', { 'PRIVACY.txt': MINI_POLICY }, { '.privacy-lens.json': '$OUTSIDE/baseline.json' }, ['audit'], /\.privacy-lens\.json: symbolic link leaves the repository, refused/],
    ['a default baseline linking outside', { 'PRIVACY.txt': MINI_POLICY }, { 'privacy-lens-baseline.json': '$OUTSIDE/baseline.json' }, ['audit'], /privacy-lens-baseline\.json: symbolic link leaves the repository .*, refused/],
    ['/dev/zero as --policy', {}, {}, ['audit', '--policy', '/dev/zero'], /^privacy-lens: \/dev\/zero: the policy is not a regular file \(character device\), refused$/],
    ['/dev/urandom as --policy', {}, {}, ['audit', '--policy', '/dev/urandom'], /\/dev\/urandom: the policy is not a regular file \(character device\), refused$/],
    ['/dev/zero as --baseline', { 'PRIVACY.txt': MINI_POLICY }, {}, ['audit', '--baseline', '/dev/zero'], /\/dev\/zero: the baseline is not a regular file \(character device\), refused$/],
    ['/dev/urandom as --baseline', { 'PRIVACY.txt': MINI_POLICY }, {}, ['audit', '--baseline', '/dev/urandom'], /\/dev\/urandom: the baseline is not a regular file \(character device\), refused$/],
    ['/dev/zero as --config', { 'PRIVACY.txt': MINI_POLICY }, {}, ['audit', '--config', '/dev/zero'], /\/dev\/zero: the config is not a regular file \(character device\), refused$/],
    ['/dev/zero to the policy command', {}, {}, ['policy', '/dev/zero'], /\/dev\/zero: the policy is not a regular file/],
    ['a broken baseline (without quoting it)', { 'PRIVACY.txt': MINI_POLICY, 'privacy-lens-baseline.json': `{\n  "version": 1,\n  ${SECRET}\n}\n` }, {}, ['audit'], /privacy-lens-baseline\.json: not a Privacy Lens baseline \(invalid JSON at line 3: expected double-quoted property name\)$/],
    ['a baseline of the wrong shape', { 'PRIVACY.txt': MINI_POLICY, 'b.json': `{"version": 2, "${SECRET}": 1}` }, {}, ['audit', '--baseline', 'b.json'], /b\.json: not a Privacy Lens baseline \(expected \{"version": 1/],
    ['a config that is not JSON (without quoting it)', { 'PRIVACY.txt': MINI_POLICY, '.privacy-lens.json': SECRET }, {}, ['audit'], /\.privacy-lens\.json: invalid JSON at line 1: unexpected character$/],
  ];
  for (const [name, files, links, args, re] of refused) {
    it(`refuses ${name} with one line on stderr, exit 2`, async function () {
      if (!unix) this.skip();
      const { repo } = workspace(files, links);
      const r = await cli(args, repo);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr.split('\n')[0], re);
      assert.equal(r.stderr.split('\n').length, 2);
      assert.doesNotMatch(r.stderr + r.stdout, new RegExp(SECRET));
    });
  }

  it('an editor session opened through a symlinked folder keeps to that folder and still walks it', async function () {
    if (!unix) this.skip();
    const { repo, outside } = workspace({ 'PRIVACY.txt': MINI_POLICY, 'src/ok.ts': 'export interface Member { dateOfBirth: string }\n' }, { 'src/leak.ts': '$OUTSIDE/leak.ts' });
    const alias = path.join(path.dirname(outside), 'alias');
    fs.symlinkSync(repo, alias);
    const s = new Session(alias);
    s.load();
    assert.equal(s.problem, undefined);
    assert.deepEqual(s.files(), ['src/ok.ts']);
    s.indexFromDisk('src/leak.ts');
    assert.deepEqual(s.notes.get('src/leak.ts'), [{ file: 'src/leak.ts', message: 'symbolic link leaves the repository, skipped' }]);
    assert.equal(s.facts.has('src/leak.ts'), false);
  });

  it('uses a policy outside the repository when the user names it, or names a config outside that does', async () => {
    const { repo, outside } = workspace({ 'src/u.ts': 'export interface User { email: string }\n' });
    assert.equal((await cli(['audit', '--policy', path.join(outside, 'policy.txt')], repo)).code, 0);
    fs.writeFileSync(path.join(outside, 'ci.json'), config({ policy: 'policy.txt' }));
    assert.equal((await cli(['audit', '--config', path.join(outside, 'ci.json')], repo)).code, 0);
  });

  it('refuses a FIFO as the policy, the config and the baseline, and notes a FIFO source file', async function () {
    if (!unix) this.skip();
    const { repo } = workspace({ 'PRIVACY.txt': MINI_POLICY, 'src/ok.ts': 'export const x = 1;\n' }, { 'src/zero.ts': '/dev/zero', 'src/null.ts': '/dev/null' });
    fifo(path.join(repo, 'src/pipe.ts'));
    fifo(path.join(repo, 'p.fifo'));
    const out = JSON.parse((await cli(['audit', '--format', 'json'], repo)).stdout);
    assert.deepEqual(out.notes, [
      { file: 'src/null.ts', message: 'not a regular file, skipped' },
      { file: 'src/pipe.ts', message: 'not a regular file, skipped' },
      { file: 'src/zero.ts', message: 'not a regular file, skipped' },
    ]);
    assert.equal(out.summary.files, 1);
    for (const [args, re] of [
      [['audit', '--policy', 'p.fifo'], /p\.fifo: the policy is not a regular file \(FIFO\), refused$/],
      [['audit', '--config', 'p.fifo'], /p\.fifo: the config is not a regular file \(FIFO\), refused$/],
      [['audit', '--baseline', 'p.fifo'], /p\.fifo: the baseline is not a regular file \(FIFO\), refused$/],
    ] as const) {
      const r = await cli([...args], repo);
      assert.equal(r.code, 2);
      assert.match(r.stderr.trim(), re);
    }
    fs.renameSync(path.join(repo, 'p.fifo'), path.join(repo, 'PRIVACY.md'));
    const r = await cli(['audit'], repo);
    assert.match(r.stderr.trim(), /PRIVACY\.md: the policy is not a regular file \(FIFO\), refused$/);
  });

  it('notes a FIFO or a device met outside the walk (the editor indexes files it is told about)', async function () {
    if (!unix) this.skip();
    const { repo } = workspace({}, { 'src/zero.ts': '/dev/zero' });
    fifo(path.join(repo, 'src/pipe.ts'));
    assert.deepEqual(extractOne(repo, 'src/pipe.ts'), { file: 'src/pipe.ts', message: 'not a regular file (FIFO), skipped' });
    assert.deepEqual(extractOne(repo, 'src/zero.ts'), { file: 'src/zero.ts', message: 'not a regular file (character device), skipped' });
    assert.deepEqual(extractOne(repo, 'src/gone.ts'), { file: 'src/gone.ts', message: 'cannot read (no such file)' });
  });

  it('names the error class when the analysis of one file fails, and goes on', async () => {
    const { repo } = workspace({ 'src/a.ts': 'export const x = 1;\n' });
    // Regression: a real file failed with "p.toLowerCase is not a function"; the note must say what kind of failure.
    const failing = new (class extends Map<string, never> {
      override get(): never {
        throw new TypeError('p.toLowerCase is not a function');
      }
    })();
    assert.deepEqual(extractOne(repo, 'src/a.ts', failing), { file: 'src/a.ts', message: 'analysis failed (TypeError: p.toLowerCase is not a function); the file was skipped' });
  });

  it('reads names that are also the names of Object.prototype members (hiConstructor, toString) without failing', () => {
    // Regression: a real file failed with "unit.toLowerCase is not a function": `hiConstructor` ends with the token
    // "constructor", which a plain lookup table answered from its prototype.
    const { repo } = workspace({ 'src/a.ts': 'export const hiConstructor = (t: string) => t;\nexport const valueOf_hasOwnProperty = 1;\nexport function toString() { return "x"; }\nexport const sessionTtlConstructor = 5;\n' });
    const facts = extractOne(repo, 'src/a.ts');
    assert.ok(!('message' in facts), JSON.stringify(facts));
  });

  it('reads package.json for own hosts only when it is a regular file inside the repository', function () {
    if (!unix) this.skip();
    // packageHosts only: createResolver (src/core/resolve.ts) still reads package.json and tsconfig.json unbounded.
    const { repo } = workspace({ 'package.json': JSON.stringify({ homepage: 'https://acmerays.io' }) });
    assert.deepEqual(packageHosts(repo), ['acmerays.io']);
    // The owners of the repository (package.json `repository`, the git remote) name own hosts too.
    fs.writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'web', repository: { url: 'git+https://github.com/rays-labs/acme-portal.git' } }));
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    fs.writeFileSync(path.join(repo, '.git', 'config'), '[remote "origin"]\n\turl = git@gitlab.com:acmeco/tools.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n');
    assert.deepEqual(packageHosts(repo), ['label:rayslabs', 'label:acmeportal', 'label:acmeco', 'label:tools']);
    fs.rmSync(path.join(repo, '.git'), { recursive: true });
    fs.rmSync(path.join(repo, 'package.json'));
    fifo(path.join(repo, 'package.json'));
    assert.deepEqual(packageHosts(repo), []);
    fs.rmSync(path.join(repo, 'package.json'));
    fs.symlinkSync('/dev/zero', path.join(repo, 'package.json'));
    assert.deepEqual(packageHosts(repo), []);
  });

  it('refuses files over the limits: policy 2 MB, config 1 MB, baseline 16 MB, a source file 4 MB', async () => {
    const { repo } = workspace({ 'PRIVACY.txt': MINI_POLICY, 'src/ok.ts': 'export const x = 1;\n' });
    // Sparse files: the size is what is checked, nothing is written or read.
    const sized = (rel: string, bytes: number) => {
      const fd = fs.openSync(path.join(repo, rel), 'w');
      fs.ftruncateSync(fd, bytes);
      fs.closeSync(fd);
    };
    sized('big-policy.txt', 2 * 1024 * 1024 + 1);
    sized('big-config.json', 1024 * 1024 + 1);
    sized('big-baseline.json', 16 * 1024 * 1024 + 1);
    sized('src/huge.ts', 4 * 1024 * 1024 + 1);
    const cases: [string[], RegExp][] = [
      [['--policy', 'big-policy.txt'], /big-policy\.txt: the policy is over the 2 MB limit \(2\.0 MB\), refused$/],
      [['--config', 'big-config.json'], /big-config\.json: the config is over the 1 MB limit \(1\.0 MB\), refused$/],
      [['--baseline', 'big-baseline.json'], /big-baseline\.json: the baseline is over the 16 MB limit \(16\.0 MB\), refused$/],
    ];
    for (const [args, re] of cases) {
      const r = await cli(['audit', ...args], repo);
      assert.equal(r.code, 2);
      assert.match(r.stderr.trim(), re);
    }
    const out = JSON.parse((await cli(['audit', '--format', 'json'], repo)).stdout);
    assert.deepEqual(out.notes, [{ file: 'src/huge.ts', message: 'skipped: the file is over the 4 MB limit (4.0 MB)' }]);
  });
});
