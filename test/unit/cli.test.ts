import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main';
import { listSourceFiles } from '../../src/core/files';
import { MINI_POLICY, tempDir } from '../helpers';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd: string): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: { NO_COLOR: '1' }, stdoutTty: false, stderrTty: false });
  return { code, stdout, stderr };
}

function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir('privacy-lens-cli-');
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

const SENTRY = "import * as Sentry from '@sentry/node';\nexport function tag(u: { id: string; email: string }) {\n  Sentry.setUser({ id: u.id, email: u.email });\n}\n";

describe('cli', () => {
  it('exits 1 when a finding is at or above --fail-on, 0 with --fail-on none', async () => {
    const dir = project({ 'PRIVACY.txt': MINI_POLICY, 'src/s.ts': SENTRY });
    const r = await cli(['audit', '.', '--no-progress'], dir);
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      [
        'src/s.ts',
        '  3:3  error  Sends email address to Sentry (error monitoring), a recipient the policy does not declare.  undeclared-sharing',
        "      policy: PRIVACY.txt:8 'Third-Party Services'",
        '',
        `1 finding (1 errors, 0 warnings, 0 info) in 1 files against PRIVACY.txt (8 clauses) in ${/in (\d+) ms/.exec(r.stdout)?.[1]} ms`,
        '',
      ].join('\n'),
    );
    assert.equal((await cli(['audit', '--fail-on', 'none'], dir)).code, 0);
  });

  it('exits 0 when the code keeps to the policy', async () => {
    const dir = project({ 'PRIVACY.txt': MINI_POLICY, 'src/u.ts': 'export interface User {\n  email: string;\n}\n' });
    const r = await cli(['audit', dir, '--format', 'json'], os.tmpdir());
    assert.equal(r.code, 0);
    const out = JSON.parse(r.stdout);
    assert.equal(out.schemaVersion, 1);
    assert.deepEqual(out.findings, []);
    assert.equal(out.policy.file, 'PRIVACY.txt');
    assert.equal(out.summary.files, 1);
  });

  const inputErrors: [string, Record<string, string | Buffer>, string[], RegExp][] = [
    ['no policy anywhere', { 'src/a.ts': '' }, ['audit'], /no privacy policy found .*pass --policy FILE/],
    ['a missing --policy file', { 'src/a.ts': '' }, ['audit', '--policy', 'nope.md'], /nope\.md: cannot read the policy \(no such file\)/],
    ['an empty policy', { 'PRIVACY.md': '  \n\n' }, ['audit'], /PRIVACY\.md: the policy is empty/],
    ['a binary policy', { 'PRIVACY.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]) }, ['audit'], /PRIVACY\.md: the policy is not text/],
    ['a policy with no statements', { 'PRIVACY.md': '# Hello\n\nWelcome to our website. Enjoy your stay.\n' }, ['audit'], /PRIVACY\.md: no privacy statements recognized/],
    ['a policy in Japanese', { 'PRIVACY.md': '# プライバシーポリシー\n\n当サイトでは、個人を特定できる情報を収集しません。\n' }, ['audit'], /PRIVACY\.md: the policy is not in English \(mostly Japanese text\) and Privacy Lens reads English policies only: no privacy statements recognized$/],
    ['a policy in Spanish', { 'PRIVACY.md': '# Política de privacidad\n\n## Datos que recopilamos\n\nRecopilamos los datos que nos proporcionas al crear tu cuenta, como el nombre y el correo electrónico de la tienda.\n\n## Uso de los datos\n\nUsamos los datos para prestar el servicio, para enviar las facturas a tus clientes y para mejorar la aplicación. No vendemos tus datos a terceros.\n\n## Proveedores\n\nCompartimos los datos con proveedores de infraestructura y de notificaciones que nos ayudan a prestar el servicio.\n' }, ['audit'], /PRIVACY\.md: the policy is not in English \(Spanish\) and Privacy Lens reads English policies only: no privacy statements recognized$/],
    ['a policy in Russian', { 'PRIVACY.md': '# Политика\n\nМы собираем ваш адрес электронной почты.\n' }, ['audit'], /PRIVACY\.md: the policy is not in English \(mostly Cyrillic text\)/],
    ['invalid JSON in the config', { 'PRIVACY.txt': MINI_POLICY, '.privacy-lens.json': '{\n  "policy": "PRIVACY.txt",\n}\n' }, ['audit'], /\.privacy-lens\.json: invalid JSON at line 3/],
    ['an unknown config key', { 'PRIVACY.txt': MINI_POLICY, '.privacy-lens.json': '{ "polcy": "x" }' }, ['audit'], /\.privacy-lens\.json: unknown key "polcy"/],
    ['an unknown rule in the config', { 'PRIVACY.txt': MINI_POLICY, '.privacy-lens.json': '{ "rules": { "no-such-rule": "off" } }' }, ['audit'], /unknown rule "no-such-rule"/],
    ['an unknown option', { 'PRIVACY.txt': MINI_POLICY }, ['audit', '--frmat', 'json'], /unknown option --frmat/],
    ['a bad --format', { 'PRIVACY.txt': MINI_POLICY }, ['audit', '--format', 'xml'], /--format must be one of text, json, sarif, markdown, github, html/],
    ['a missing root', {}, ['audit', 'does-not-exist'], /does-not-exist: not a directory/],
  ];
  for (const [name, files, args, re] of inputErrors) {
    it(`exits 2 with a one-line message for ${name}`, async () => {
      const r = await cli(args, project(files));
      assert.equal(r.code, 2);
      assert.match(r.stderr.split('\n')[0], re);
      assert.equal(r.stdout, '');
    });
  }

  it('finds a policy published as a Next.js page and does not analyze it as code', async () => {
    const page = "export default function Privacy() {\n  return (\n    <main>\n      <h2>What we collect</h2>\n      <ul>\n        <li>Your name and email address.</li>\n      </ul>\n      <h2>Who receives it</h2>\n      <ul>\n        <li>Stripe processes payments.</li>\n      </ul>\n    </main>\n  );\n}\n";
    const dir = project({ 'app/privacy/page.tsx': page, 'src/user.ts': 'export interface User {\n  email: string;\n  homePhone: string;\n}\n' });
    const out = JSON.parse((await cli(['audit', '--format', 'json'], dir)).stdout);
    assert.equal(out.policy.file, 'app/privacy/page.tsx');
    assert.equal(out.summary.files, 1);
    assert.deepEqual(out.findings.map((f: { ruleId: string; file: string; line: number }) => `${f.ruleId} ${f.file}:${f.line}`), ['undeclared-collection src/user.ts:3']);
  });

  for (const name of ['policy.txt', 'Privacy.MD', 'privacy_policy.html']) {
    it(`finds a policy at the root named ${name}`, async () => {
      const text = name.endsWith('html') ? '<h2>What we collect</h2><p>Your name and email address.</p>' : name.endsWith('txt') ? 'What we collect\n\nYour name and email address.\n' : '## What we collect\n\nYour name and email address.\n';
      const dir = project({ [name]: text, 'src/user.ts': 'export interface User {\n  email: string;\n  homePhone: string;\n}\n' });
      const out = JSON.parse((await cli(['audit', '--format', 'json'], dir)).stdout);
      assert.equal(out.policy.file, name);
      assert.deepEqual(out.findings.map((f: { ruleId: string; file: string; line: number }) => `${f.ruleId} ${f.file}:${f.line}`), ['undeclared-collection src/user.ts:3']);
    });
  }

  it("treats a domain named like the product's package as its own", async () => {
    const dir = project({
      'PRIVACY.txt': MINI_POLICY,
      'package.json': JSON.stringify({ name: '@acme/acmerays-web' }),
      'src/h.ts': "import axios from 'axios';\nexport const f = (email: string) => axios.post('https://api.acmerays.io/v1/users', { email });\nexport const g = (email: string) => axios.post('https://api.otherco.io/v1/users', { email });\n",
    });
    const out = JSON.parse((await cli(['audit', '--format', 'json'], dir)).stdout);
    assert.deepEqual(out.findings.map((f: { ruleId: string; line: number; recipient: { host: string } }) => `${f.ruleId}:${f.line} ${f.recipient.host}`), ['undeclared-sharing:3 api.otherco.io']);
  });

  it('reads the config: policy path, rule severities, excludes and own hosts', async () => {
    const dir = project({
      'docs/policy.txt': MINI_POLICY,
      '.privacy-lens.json': JSON.stringify({ policy: 'docs/policy.txt', rules: { 'undeclared-sharing': 'warning' }, exclude: ['legacy/**'], ownHosts: ['hooks.acme-internal.io'] }),
      'src/s.ts': SENTRY,
      'legacy/old.ts': 'export interface Old { ssn: string }\n',
      'src/h.ts': "import axios from 'axios';\nexport const f = (email: string) => axios.post('https://hooks.acme-internal.io/x', { email });\n",
    });
    const r = await cli(['audit', '--format', 'json'], dir);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      out.findings.map((f: { ruleId: string; file: string; severity: string }) => `${f.ruleId} ${f.file} ${f.severity}`),
      ['undeclared-sharing src/s.ts warning'],
    );
    assert.equal(r.code, 0, 'a warning does not fail the default --fail-on error');
    assert.equal((await cli(['audit', '--fail-on', 'warning'], dir)).code, 1);
  });

  it('accepts findings into a baseline that survives line shifts', async () => {
    const dir = project({ 'PRIVACY.txt': MINI_POLICY, 'src/s.ts': SENTRY });
    const w = await cli(['audit', '--write-baseline', 'privacy-baseline.json'], dir);
    assert.equal(w.code, 0);
    assert.match(w.stderr, /wrote 1 finding\(s\) to the baseline/);
    fs.writeFileSync(path.join(dir, 'src/s.ts'), `// moved down\n\n${SENTRY}`);
    const again = await cli(['audit', '--baseline', 'privacy-baseline.json', '--format', 'json'], dir);
    assert.equal(again.code, 0);
    assert.deepEqual(JSON.parse(again.stdout).findings, []);
    fs.appendFileSync(path.join(dir, 'src/s.ts'), 'export interface P { homePhone: string }\n');
    const more = await cli(['audit', '--baseline', 'privacy-baseline.json', '--format', 'json'], dir);
    assert.equal(more.code, 1);
    assert.deepEqual(JSON.parse(more.stdout).findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`), ['undeclared-collection:7']);
  });

  it('keeps partial results and notes for files with syntax errors, minified bundles and symlink loops', async () => {
    const dir = project({
      'PRIVACY.txt': MINI_POLICY,
      'src/broken.ts': 'export interface User {\n  homePhone: string;\n}\nexport function f( {\n',
      'src/bundle.js': `var a=${JSON.stringify('x'.repeat(6000))};`.repeat(3),
      'src/ok.ts': 'export interface Member { dateOfBirth: string }\n',
    });
    fs.symlinkSync(dir, path.join(dir, 'src', 'loop'));
    const r = await cli(['audit', '--format', 'json'], dir);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.findings.map((f: { ruleId: string; file: string; line: number }) => `${f.ruleId} ${f.file}:${f.line}`), ['undeclared-collection src/broken.ts:2', 'undeclared-collection src/ok.ts:1']);
    const notes = out.notes.map((n: { file: string; message: string }) => `${n.file}: ${n.message.replace(/\(.*$/, '').replace(/^syntax error: .*/, 'syntax error').trim()}`);
    assert.deepEqual(notes, ['src/loop: symbolic link loop or repeated directory, skipped', 'src/broken.ts: syntax error', 'src/bundle.js: skipped: the file looks minified or generated']);
  });

  it('analyzes a 20,000-line file', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `export const v${i} = ${i};`).join('\n');
    const dir = project({ 'PRIVACY.txt': MINI_POLICY, 'src/big.ts': `${body}\nexport interface Patient { diagnosis: string }\n` });
    const out = JSON.parse((await cli(['audit', '--format', 'json'], dir)).stdout);
    assert.deepEqual(out.findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`), ['undeclared-collection:20001']);
  });

  it('explains why: the token and lexicon entry, the data path and the statement compared', async () => {
    const dir = project({ 'PRIVACY.txt': MINI_POLICY, 'src/s.ts': SENTRY });
    const r = await cli(['explain', '--fail-on', 'none'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /\n {6}why: email → user\.contact\.email \(lexicon "email"\)\n {6}path: email \(src\/s\.ts:3\)\n {6}path: Sentry\.setUser → Sentry\n {6}compared with: no statement names this recipient or its kind\n/);
  });

  it('explains an undeclared vendor of a kind the policy declares only through the vendors it names', async () => {
    const policy = '# Privacy\n\n## Analytics\n\nWe may use third-party Service Providers to monitor and analyze the use of our Service.\n\n- Plausible Analytics, to count visits.\n- Fathom Analytics, to count page views.\n';
    const dir = project({ 'PRIVACY.md': policy, 'src/a.ts': "import posthog from 'posthog-js';\nexport const who = (u: { email: string }) => posthog.identify(u.email);\n" });
    const out = JSON.parse((await cli(['audit', '--format', 'json', '--fail-on', 'none'], dir)).stdout);
    assert.deepEqual(out.findings.filter((f: { kind: string }) => f.kind === 'sharing').map((f: { ruleId: string; explain: { policy: string } }) => `${f.ruleId}: ${f.explain.policy}`), ['undeclared-sharing: the policy names the analytics providers it uses (Plausible, Fathom Analytics), and this is not one of them']);
  });

  it('prints what it understood from a policy', async () => {
    const dir = project({ 'p.txt': MINI_POLICY });
    const text = await cli(['policy', 'p.txt'], dir);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^p\.txt \(text\): 8 clauses, 8 statements\n/);
    assert.match(text.stdout, /\n {2}10 {2}third-party-services\/payment-processors {2}Payment Processors\n {6}share with any payment processor {2}\[actor: we · positive · confidence 1\]\n {6}prohibit collect of Payment card \(user\.financial\.credit_card\) {2}\[actor: we · negative · confidence 1\]\n/);
    assert.match(text.stdout, /\n {2}5 {2}information-we-collect\/account-information {2}Account Information\n {6}collect .*\[positive · confidence 0\.8\]\n/);
    const json = JSON.parse((await cli(['policy', 'p.txt', '--format', 'json'], dir)).stdout);
    const retention = json.clauses.find((c: { id: string }) => c.id === 'data-retention/device-management-logs-are-retained-for');
    assert.deepEqual(retention.declarations.map((d: { type: string; days: number }) => [d.type, d.days]), [['retain', 90]]);
  });

  it('lists the taxonomy and the catalog as JSON arrays', async () => {
    const tax = JSON.parse((await cli(['taxonomy', '--format', 'json'], os.tmpdir())).stdout);
    assert.ok(Array.isArray(tax) && tax.length >= 60);
    assert.deepEqual(Object.keys(tax[0]), ['id', 'name', 'parent', 'sensitive', 'implicit', 'lexicon', 'phrases']);
    const cat = JSON.parse((await cli(['catalog', '--format', 'json'], os.tmpdir())).stdout);
    assert.ok(Array.isArray(cat) && cat.length >= 60);
    assert.deepEqual(cat.find((s: { id: string }) => s.id === 'sentry').kind, 'error_monitoring');
  });
});

describe('files analyzed by default', () => {
  it('leaves out sample apps and playgrounds a repository ships in examples/, demos/, samples/ and sandbox/, but not an example.ts of the product', () => {
    const dir = project({ 'src/a.ts': 'export {};\n', 'examples/ai-chat/src/route.ts': 'export {};\n', 'packages/sdk/demos/x.ts': 'export {};\n', 'samples/y.ts': 'export {};\n', 'client/sandbox/play.ts': 'export {};\n', 'src/example.ts': 'export {};\n' });
    assert.deepEqual(listSourceFiles(dir, undefined, undefined, dir).files.slice().sort(), ['src/a.ts', 'src/example.ts']);
  });

  it('leaves out old code kept at the repository root (archive/, attic/, deprecated/, backups91125/, any _archive/ or unused/), copies kept beside a file (`*.backup.tsx`, `*.old.ts`, `*.bak.js`) and test scripts beside the package file, not an archive or backup feature of the app', () => {
    const dir = project({ 'src/a.ts': 'export {};\n', 'archive/frontend/types/avatar.ts': 'export {};\n', 'attic/old.ts': 'export {};\n', 'deprecated/v1.ts': 'export {};\n', 'packages/web/_archive/x.ts': 'export {};\n', 'packages/web/public/static/unused/scripts/chat.js': 'export {};\n', 'src/archive/messages.ts': 'export {};\n', 'app/archived/page.tsx': 'export {};\n', 'backups91125/schema.prisma': 'model User { id Int @id }\n', 'backups/old.ts': 'export {};\n', 'test-order-email.js': 'export {};\n', 'src/backup/export.ts': 'export {};\n', 'src/test-utils-free.ts': 'export {};\n', 'backupService.ts': 'export {};\n', 'src/screens/NutritionScreen.backup.tsx': 'export {};\n', 'src/api.old.ts': 'export {};\n', 'src/checkout.bak.js': 'export {};\n', 'src/old.ts': 'export {};\n' });
    assert.deepEqual(listSourceFiles(dir, undefined, undefined, dir).files.slice().sort(), ['app/archived/page.tsx', 'backupService.ts', 'src/a.ts', 'src/archive/messages.ts', 'src/backup/export.ts', 'src/old.ts', 'src/test-utils-free.ts']);
  });

  it('leaves out test fixtures and test data by their folders (test-fixtures/, test-data/, testdata/), not a module named for a fixture', () => {
    const dir = project({ 'src/a.ts': 'export {};\n', 'test-fixtures/codebase/src/api/endpoints.ts': 'export {};\n', 'packages/core/test-data/users.ts': 'export {};\n', 'go/testdata/x.js': 'export {};\n', 'src/fixture-loader.ts': 'export {};\n' });
    assert.deepEqual(listSourceFiles(dir, undefined, undefined, dir).files.slice().sort(), ['src/a.ts', 'src/fixture-loader.ts']);
  });

  it('leaves out design prototypes and mock-ups (prototypes/, mockups/, wireframes/), not a module named for a prototype', () => {
    const dir = project({ 'src/a.ts': 'export {};\n', 'prototypes/learning-paths/index.html': '<html></html>\n', 'apps/web/mockups/screen.tsx': 'export {};\n', 'design/wireframes/a.ts': 'export {};\n', 'src/prototype.ts': 'export {};\n' });
    assert.deepEqual(listSourceFiles(dir, undefined, undefined, dir).files.slice().sort(), ['src/a.ts', 'src/prototype.ts']);
  });

  it("leaves out tooling for the repository's developers and coding agents (.claude/skills, .github/scripts, .husky, .storybook), not a folder that only starts with one of those names", () => {
    const dir = project({ 'src/a.ts': 'export {};\n', 'apps/api/.claude/skills/review/query.mjs': 'export {};\n', '.github/scripts/release.js': 'export {};\n', '.husky/pre-commit.js': 'export {};\n', 'apps/web/.storybook/main.ts': 'export {};\n', 'src/.githubish/x.ts': 'export {};\n' });
    assert.deepEqual(listSourceFiles(dir, undefined, undefined, dir).files.slice().sort(), ['src/.githubish/x.ts', 'src/a.ts']);
  });

  it('leaves out mock clients and end-to-end harnesses by their names (discord-client-mock.ts, mock-stripe.ts, apps/bot-e2e/, checkout.e2e.ts), not a file that only mentions one', () => {
    const dir = project({ 'src/a.ts': 'export {};\n', 'src/core/discord-client-mock.ts': 'export {};\n', 'src/lib/mock-stripe.ts': 'export {};\n', 'apps/bot-e2e/src/run.ts': 'export {};\n', 'src/checkout.e2e.ts': 'export {};\n', 'src/mockup-editor.ts': 'export {};\n' });
    assert.deepEqual(listSourceFiles(dir, undefined, undefined, dir).files.slice().sort(), ['src/a.ts', 'src/mockup-editor.ts']);
  });

  it('leaves out workspace packages of test tooling (packages/convex-test/, packages/test-utils/) and stress-test demos, not a feature named for a test (apps/web/src/speed-test/, packages/ab-testing-ui/)', () => {
    const dir = project({ 'src/a.ts': 'export {};\n', 'packages/convex-test/src/index.ts': 'export {};\n', 'packages/test-utils/index.ts': 'export {};\n', 'apps/bot/src/commands/reacord-stress-test/form.tsx': 'export {};\n', 'apps/web/src/speed-test/run.ts': 'export {};\n', 'packages/ab-testing-ui/index.ts': 'export {};\n' });
    assert.deepEqual(listSourceFiles(dir, undefined, undefined, dir).files.slice().sort(), ['apps/web/src/speed-test/run.ts', 'packages/ab-testing-ui/index.ts', 'src/a.ts']);
  });

  it('reads server templates in HTML syntax (EJS, Handlebars, Nunjucks) and the HTML of views/ and layouts/, not every HTML file', () => {
    const dir = project({ 'src/a.ts': 'export {};\n', 'views/layouts/main.ejs': '<html></html>\n', 'views/partials/head.hbs': '<head></head>\n', 'templates/base.njk': '<html></html>\n', 'views/base.html': '<html></html>\n', 'docs/guide.html': '<html></html>\n', 'coverage/report.html': '<html></html>\n' });
    assert.deepEqual(listSourceFiles(dir, undefined, undefined, dir).files.slice().sort(), ['src/a.ts', 'templates/base.njk', 'views/base.html', 'views/layouts/main.ejs', 'views/partials/head.hbs']);
  });

  it('leaves out tests, mocks and database seed scripts in seed/, seeds/ and seeders/ folders', () => {
    const dir = project({ 'src/a.ts': 'export {};\n', 'src/a.test.ts': 'export {};\n', 'packages/db/src/seed/users.ts': 'export {};\n', 'db/seeders/1.ts': 'export {};\n', 'db/seeds/2.ts': 'export {};\n', 'src/seedling.ts': 'export {};\n' });
    assert.deepEqual(listSourceFiles(dir, undefined, undefined, dir).files.slice().sort(), ['src/a.ts', 'src/seedling.ts']);
  });
});
