import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { baselineTarget } from '../../src/core/baseline';
import { Session } from '../../src/core/session';
import { MINI_POLICY, tempDir } from '../helpers';

function folder(files: Record<string, string>): string {
  const dir = tempDir('privacy-lens-session-');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const brief = (s: Session) => s.evaluate()?.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`);

describe('editor session', () => {
  it('says once what is wrong when there is no policy, and evaluates nothing', () => {
    const s = new Session(folder({ 'src/a.ts': 'export interface User { homePhone: string }\n' }));
    s.load();
    assert.match(s.problem ?? '', /no privacy policy found .*pass --policy FILE or set "policy"/);
    assert.equal(s.evaluate(), undefined);
  });

  it('re-analyzes one file from editor text and re-joins', () => {
    const root = folder({ 'PRIVACY.txt': MINI_POLICY, 'src/a.ts': 'export interface User { email: string }\n', 'src/b.ts': 'export const x = 1;\n' });
    const s = new Session(root);
    s.load();
    for (const f of s.files()) s.indexFromDisk(f);
    assert.deepEqual(brief(s), []);
    s.indexText('src/b.ts', 'export interface Member {\n  homePhone: string;\n}\n');
    assert.deepEqual(brief(s), ['undeclared-collection src/b.ts:2']);
    s.indexText('src/a.ts', 'export interface User {\n  email: string;\n  homePhone: string;\n}\n');
    assert.deepEqual(brief(s), ['undeclared-collection src/a.ts:3'], 'the field is reported once, with the other as related');
  });

  it('re-evaluates from unsaved policy text, and reports an emptied policy', () => {
    const root = folder({ 'PRIVACY.txt': MINI_POLICY, 'src/a.ts': 'export interface User {\n  email: string;\n  homePhone: string;\n}\n' });
    const s = new Session(root);
    s.load();
    for (const f of s.files()) s.indexFromDisk(f);
    assert.deepEqual(brief(s), ['undeclared-collection src/a.ts:3']);
    s.setPolicyText(MINI_POLICY.replace('Name, email address,', 'Name, email address, phone number,'));
    assert.deepEqual(brief(s), []);
    s.setPolicyText('');
    assert.match(s.problem ?? '', /PRIVACY\.txt: the policy is empty/);
    assert.equal(s.evaluate(), undefined);
  });

  it('keeps partial results for text with syntax errors and notes them', () => {
    const root = folder({ 'PRIVACY.txt': MINI_POLICY });
    const s = new Session(root);
    s.load();
    s.indexText('src/half.ts', 'export interface User {\n  homePhone: string;\n}\nfunction (\n');
    assert.deepEqual(brief(s), ['undeclared-collection src/half.ts:2']);
    assert.match(s.notes.get('src/half.ts')?.[0].message ?? '', /^syntax error: /);
  });

  it('applies include and exclude overrides from settings', () => {
    const root = folder({ 'PRIVACY.txt': MINI_POLICY, 'src/a.ts': '', 'legacy/b.ts': '' });
    const s = new Session(root, { exclude: ['legacy/**'] });
    s.load();
    assert.deepEqual(s.files(), ['src/a.ts']);
    assert.equal(s.includes('legacy/b.ts'), false);
    assert.equal(s.includes('src/c.tsx'), true);
  });
});

describe('editor session: quiet without a policy, containment, baseline', () => {
  const PHONE = 'export interface Member {\n  homePhone: string;\n}\n';

  it('marks a folder that never asked for the tool (nothing names a policy, none found)', () => {
    const quiet = new Session(folder({ 'src/a.ts': PHONE }));
    quiet.load();
    assert.equal(quiet.noPolicy, true);
    const asked = new Session(folder({ '.privacy-lens.json': '{ "policy": "docs/missing.md" }', 'src/a.ts': PHONE }));
    asked.load();
    assert.equal(asked.noPolicy, false, 'a config that names a policy asked for the tool');
    assert.match(asked.problem ?? '', /missing\.md: cannot read the policy \(no such file\)/);
  });

  it('refuses a config policy outside the folder, trusted or not (a repository\'s config never leaves it)', () => {
    const outside = folder({ 'policy.txt': MINI_POLICY });
    const root = folder({ '.privacy-lens.json': JSON.stringify({ policy: path.join(outside, 'policy.txt') }), 'src/a.ts': PHONE });
    const untrusted = new Session(root, { untrusted: true });
    untrusted.load();
    assert.equal(untrusted.policy, undefined);
    assert.match(untrusted.problem ?? '', /the policy named in \.privacy-lens\.json is outside the workspace folder/);
    const trusted = new Session(root);
    trusted.load();
    assert.equal(trusted.policy, undefined);
    assert.match(trusted.problem ?? '', /outside the workspace folder/);
    const inside = new Session(folder({ '.privacy-lens.json': '{ "policy": "docs/p.txt" }', 'docs/p.txt': MINI_POLICY }), { untrusted: true });
    inside.load();
    assert.ok(inside.policy, 'a policy inside the folder is fine');
  });

  it('refuses a policy link that leaves the folder, in an untrusted workspace', () => {
    const outside = folder({ 'policy.txt': MINI_POLICY });
    const root = folder({ '.privacy-lens.json': '{ "policy": "docs/p.txt" }' });
    fs.mkdirSync(path.join(root, 'docs'));
    fs.symlinkSync(path.join(outside, 'policy.txt'), path.join(root, 'docs', 'p.txt'));
    const s = new Session(root, { untrusted: true });
    s.load();
    assert.match(s.problem ?? '', /outside the workspace folder/);
  });

  const evaluated = (files: Record<string, string>) => {
    const s = new Session(folder({ 'PRIVACY.txt': MINI_POLICY, 'src/a.ts': PHONE, ...files }));
    s.load();
    for (const f of s.files()) s.indexFromDisk(f);
    return s;
  };
  const fp = () => evaluated({}).evaluate()!.findings[0].fingerprint;
  const baselineOf = (fingerprint: string) => JSON.stringify({ version: 1, findings: [{ fingerprint, ruleId: 'undeclared-collection', file: 'src/a.ts', message: '' }] });

  it('applies the same baseline as the CLI: the config\'s "baseline", else privacy-lens-baseline.json', () => {
    assert.deepEqual(brief(evaluated({})), ['undeclared-collection src/a.ts:2']);
    assert.deepEqual(brief(evaluated({ 'privacy-lens-baseline.json': baselineOf(fp()) })), []);
    assert.deepEqual(brief(evaluated({ '.privacy-lens.json': '{ "baseline": "ci/accepted.json" }', 'ci/accepted.json': baselineOf(fp()) })), []);
    assert.deepEqual(brief(evaluated({ '.privacy-lens.json': '{ "baseline": "ci/accepted.json" }', 'privacy-lens-baseline.json': baselineOf(fp()) })), ['undeclared-collection src/a.ts:2'], 'the config names another file: the default one is not read');
  });

  it('does not apply a baseline outside the folder, and notes why', () => {
    const outside = folder({ 'x.json': baselineOf(fp()) });
    const s = evaluated({ '.privacy-lens.json': JSON.stringify({ baseline: path.relative(os.tmpdir(), path.join(outside, 'x.json')).replace(/^/, '../') }) });
    assert.deepEqual(brief(s), ['undeclared-collection src/a.ts:2']);
    assert.match([...s.notes.values()].flat().map((n) => n.message).join('\n'), /the baseline is outside the workspace folder; not applied/);
  });

  it('"Add to baseline" writes only a baseline inside the folder and never replaces another file', () => {
    const root = folder({ 'PRIVACY.txt': MINI_POLICY, 'package.json': '{ "name": "app" }', 'old.json': '{"version":1,"findings":[]}' });
    fs.mkdirSync(path.join(root, '..', 'outside-dir'), { recursive: true });
    const target = (config: object) => baselineTarget(root, config);
    assert.deepEqual(target({}), { file: path.join(root, 'privacy-lens-baseline.json') });
    assert.deepEqual(target({ baseline: 'ci/new.json' }), { file: path.join(root, 'ci', 'new.json') });
    assert.deepEqual(target({ baseline: 'old.json' }), { file: path.join(root, 'old.json') });
    assert.deepEqual(target({ baseline: '../../outside/x' }), { refused: 'the baseline "../../outside/x" named in .privacy-lens.json is outside the workspace folder, so it was not written' });
    assert.deepEqual(target({ baseline: 'package.json' }), { refused: '"package.json" exists and is not a Privacy Lens baseline, so it was not replaced' });
    assert.deepEqual(target({ baseline: 'src' }), { file: path.join(root, 'src') }, 'a missing path is a new file');
    fs.symlinkSync(path.join(root, '..', 'outside-dir'), path.join(root, 'linked'));
    assert.match((target({ baseline: 'linked/b.json' }) as { refused: string }).refused, /outside the workspace folder/);
  });
});
