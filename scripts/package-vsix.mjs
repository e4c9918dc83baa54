// Packages the extension (.vsix). The npm package's "files" allowlist and the .vsix's contents differ, and
// vsce refuses a manifest with "files" next to an ignore file, so the .vsix is built from a staging folder
// that holds exactly what the editor needs, with a manifest without "files".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const stage = path.join(root, '.cache', 'vsix');
const out = path.resolve(root, process.argv[2] ?? 'privacy-lens.vsix');
const INCLUDE = ['README.md', 'LICENSE', 'CHANGELOG.md', 'dist/extension.js', 'dist/audit-worker.js', 'media/icon.png', 'media/report.css', 'media/report.js', 'media/privacy-lens.schema.json', 'media/screenshot-diagnostics.png', 'media/screenshot-report.png', 'syntaxes', 'docs/rules'];

fs.rmSync(stage, { recursive: true, force: true });
for (const rel of INCLUDE) {
  const from = path.join(root, rel);
  if (!fs.existsSync(from)) throw new Error(`package-vsix: ${rel} is missing (run the production build first)`);
  fs.cpSync(from, path.join(stage, rel), { recursive: true });
}
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
delete manifest.files;
delete manifest.scripts;
delete manifest.devDependencies;
delete manifest.devEngines;
fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const vsce = path.join(root, 'node_modules', '.bin', 'vsce');
execFileSync(vsce, ['package', '--no-dependencies', '--out', out], { cwd: stage, stdio: 'inherit' });
