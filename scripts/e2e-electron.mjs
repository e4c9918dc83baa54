// The same extension suite (dist/test/extension/index.js) in desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code (these sandboxes cannot: they use scripts/e2e.mjs and code-server).
// Usage: npm run test:e2e:electron       (packages the .vsix first)
//        node scripts/e2e-electron.mjs --vsix privacy-lens.vsix [--vscode-version 1.100.0]
// The .vsix is installed into a fresh extensions folder with VS Code's own CLI, and that installed copy is the
// development path, so the suite exercises exactly what the .vsix holds. On Linux without a display run it under
// xvfb-run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const vsix = path.resolve(arg('--vsix', 'privacy-lens.vsix'));
if (!fs.existsSync(vsix)) {
  console.error(`e2e-electron: no packaged extension at ${vsix}; run npm run package first`);
  process.exit(2);
}

const run = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-e2e-electron-'));
const workspace = path.join(run, 'it-rays');
fs.cpSync(path.join(root, 'examples', 'it-rays'), workspace, { recursive: true });
const extensions = path.join(run, 'extensions');
const userData = path.join(run, 'user-data');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off' }));

let code = 1;
try {
  const vscodeExecutablePath = await downloadAndUnzipVSCode(arg('--vscode-version', 'stable'));
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
  const install = spawnSync(cli, [...cliArgs.filter((a) => !a.startsWith('--extensions-dir') && !a.startsWith('--user-data-dir')), '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix], { encoding: 'utf8', shell: process.platform === 'win32' });
  const installed = fs.existsSync(extensions) ? fs.readdirSync(extensions).filter((d) => d.startsWith('privacy-lens.privacy-lens-')) : [];
  if (install.status !== 0 || installed.length !== 1) throw new Error(`installing ${vsix} failed:\n${install.stdout}${install.stderr}`);
  const extensionPath = path.join(extensions, installed[0]);
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: extensionPath,
    extensionTestsPath: path.join(root, 'dist', 'test', 'extension', 'index'),
    extensionTestsEnv: { PRIVACY_LENS_E2E_INSTALLED: extensionPath, PRIVACY_LENS_E2E_WORKSPACE: workspace },
    launchArgs: [workspace, '--extensions-dir', extensions, '--user-data-dir', userData, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  code = 0;
} catch (e) {
  console.error(`e2e-electron: ${e instanceof Error ? e.message : e}`);
} finally {
  if (!process.env.PRIVACY_LENS_E2E_KEEP) fs.rmSync(run, { recursive: true, force: true });
}
process.exit(code);
