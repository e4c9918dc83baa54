import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const src = path.join(__dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

describe('module boundaries', () => {
  it("imports 'vscode' only under src/extension", () => {
    const offenders = files(src)
      .filter((f) => !f.startsWith(path.join(src, 'extension') + path.sep))
      .filter((f) => /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(src, f));
    assert.deepEqual(offenders, []);
  });

  it('keeps the core free of the CLI and the extension', () => {
    const offenders = files(path.join(src, 'core'))
      .filter((f) => /from ['"]\.\.\/(\.\.\/)?(cli|extension)\//.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(src, f));
    assert.deepEqual(offenders, []);
  });
});
