import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { audit, type AuditResult } from '../../src/core/audit';
import { REPORTERS, type ReporterName } from '../../src/core/reporters';
import { escapeHtml } from '../../src/core/reporters/html';

const root = path.join(__dirname, '..', '..', 'examples', 'it-rays');
const goldenDir = path.join(__dirname, '..', 'golden');

/** Fixes what differs between machines and runs: the absolute root and the duration. */
async function stableResult(): Promise<AuditResult> {
  const r = await audit({ root });
  r.root = '/workspace/it-rays';
  r.summary.durationMs = 0;
  return r;
}

function golden(name: string, actual: string) {
  const file = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it after review)`);
}

/** The SARIF 2.1.0 schema with string formats checked (uri, uri-reference, date-time), as code scanning does. */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('reporters', () => {
  for (const [format, file] of [['json', 'example.json'], ['sarif', 'example.sarif'], ['markdown', 'example.md'], ['github', 'example.github.txt'], ['text', 'example.txt'], ['codeclimate', 'example.codeclimate.json']] as [ReporterName, string][]) {
    it(`${format} matches its golden file`, async () => golden(file, REPORTERS[format](await stableResult(), { color: false })));
  }

  it('writes SARIF that validates against the 2.1.0 schema, formats included', async () => {
    const validate = sarifValidator();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a SARIF log, checked by the schema above
    const log: any = JSON.parse(REPORTERS.sarif(await stableResult()));
    const valid: boolean = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const first = log.runs[0].results[0];
    assert.equal(first.relatedLocations[0].physicalLocation.artifactLocation.uri, 'privacy-policy.txt');
    assert.match(first.partialFingerprints['privacyLens/v1'], /^[0-9a-f]{16}$/);
    assert.ok(log.runs[0].tool.driver.rules.every((r: { helpUri: string; help: { text: string } }) => r.helpUri && r.help.text));
    assert.ok(log.runs[0].tool.driver.rules.every((r: { properties: Record<string, unknown> }) => /^\d+\.\d$/.test(String(r.properties['security-severity'])) && r.properties.precision && (r.properties.tags as string[]).includes('privacy')));
    assert.equal(log.runs[0].automationDetails.id, 'privacy-lens/');
    assert.ok(!JSON.stringify(log).includes('/workspace/it-rays'), 'no absolute local path');
  });

  it('writes repository-relative, percent-encoded SARIF URIs and the data path as a code flow', async () => {
    const r = await stableResult();
    const sharing = r.findings.find((f) => f.ruleId === 'sharing-condition-unmet');
    assert.ok(sharing);
    sharing.file = 'src/odd dir/50% #1:x.ts';
    r.notes.push({ file: '/home/someone/outside.ts', message: 'outside the tree' });
    const validate = sarifValidator();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a SARIF log, checked by the schema
    const log: any = JSON.parse(REPORTERS.sarif(r, { pathPrefix: 'services/api/', rootUri: 'https://example.test/repo' }));
    const valid: boolean = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const run = log.runs[0];
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'https://example.test/repo/' } });
    assert.equal(run.automationDetails.id, 'privacy-lens/services/api/');
    const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'sharing-condition-unmet');
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'services/api/src/odd%20dir/50%25%20%231%3Ax.ts');
    assert.equal(res.relatedLocations[0].physicalLocation.artifactLocation.uri, 'services/api/privacy-policy.txt');
    const flow = res.codeFlows[0].threadFlows[0].locations.map((l: { location: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } } }) => `${l.location.physicalLocation.artifactLocation.uri}:${l.location.physicalLocation.region.startLine}`);
    assert.deepEqual(flow, ['services/api/src/analytics/tracking.ts:6', 'services/api/src/analytics/tracking.ts:6', 'services/api/src/analytics/tracking.ts:6', 'services/api/src/odd%20dir/50%25%20%231%3Ax.ts:6']);
    const outside = run.invocations[0].toolExecutionNotifications.at(-1);
    assert.deepEqual(outside, { level: 'note', message: { text: 'outside the tree' } });
  });

  it('writes GitLab Code Quality issues with repository-relative paths and unique fingerprints', async () => {
    const r = await stableResult();
    r.findings.push({ ...r.findings[0] });
    const issues = JSON.parse(REPORTERS.codeclimate(r, { pathPrefix: 'app/' })) as { fingerprint: string; check_name: string; description: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    assert.equal(issues.length, r.findings.length);
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    assert.deepEqual(
      { check_name: issues[0].check_name, severity: issues[0].severity, path: issues[0].location.path, begin: issues[0].location.lines.begin },
      { check_name: 'undeclared-collection', severity: 'major', path: 'app/src/accounts/account.entity.ts', begin: 21 },
    );
    assert.ok(issues.every((i) => i.description && i.fingerprint));
  });

  it('keeps the Markdown report one pull-request comment: marker, recipients first, capped with a count of the rest', async () => {
    const r = await stableResult();
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...r.findings[i % r.findings.length], file: `src/generated/module-${i}.ts` }));
    r.findings = many;
    const out = REPORTERS.markdown(r, { maxChars: 60_000, overflowHint: 'the full list is in the job summary', linkBase: 'https://github.com/acme/shop/blob/abc/', pathPrefix: 'app/' });
    assert.ok(out.length < 60_000, String(out.length));
    assert.ok(out.startsWith('<!-- privacy-lens-report -->\n## Privacy Lens: 2000 findings (2000 errors)\n'));
    assert.ok(out.indexOf('### Data sent to recipients') < out.indexOf('<details'));
    const shown = (out.match(/<details><summary><code>src\/generated/g) ?? []).length;
    assert.ok(shown > 50 && shown < 2000, String(shown));
    assert.match(out, new RegExp(`\\n_${2000 - shown} more findings not shown here — the full list is in the job summary\\._\\n$`));
    assert.ok(out.includes('[<code>src/generated/module-0.ts:21</code>](<https://github.com/acme/shop/blob/abc/app/src/generated/module-0.ts#L21>)'));
    assert.equal(REPORTERS.markdown(r).length > 65_536, true, 'no cap unless asked (the editor exports everything)');
  });

  it('colours text output only when asked', async () => {
    const r = await stableResult();
    assert.ok(!REPORTERS.text(r, { color: false }).includes('\x1b['));
    assert.ok(REPORTERS.text(r, { color: true }).includes('\x1b[31merror\x1b[0m'));
  });

  it('escapes policy and code text in HTML', async () => {
    const r = await stableResult();
    r.findings[0].message = '<img src=x onerror=alert(1)>';
    const html = REPORTERS.html(r);
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.equal(escapeHtml(`"'&<>`), '&quot;&#39;&amp;&lt;&gt;');
  });
});
