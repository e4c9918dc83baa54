import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Session } from '../../src/core/session';
import { MINI_POLICY } from '../helpers';

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-session-'));
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
