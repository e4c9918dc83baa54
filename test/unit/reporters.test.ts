import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
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

describe('reporters', () => {
  for (const [format, file] of [['json', 'example.json'], ['sarif', 'example.sarif'], ['markdown', 'example.md'], ['github', 'example.github.txt'], ['text', 'example.txt']] as [ReporterName, string][]) {
    it(`${format} matches its golden file`, async () => golden(file, REPORTERS[format](await stableResult(), { color: false })));
  }

  it('writes SARIF that validates against the 2.1.0 schema', async () => {
    const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a SARIF log, checked by the schema above
    const log: any = JSON.parse(REPORTERS.sarif(await stableResult()));
    const valid: boolean = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const first = log.runs[0].results[0];
    assert.equal(first.relatedLocations[0].physicalLocation.artifactLocation.uri, 'privacy-policy.txt');
    assert.match(first.partialFingerprints['privacyLens/v1'], /^[0-9a-f]{16}$/);
    assert.ok(log.runs[0].tool.driver.rules.every((r: { helpUri: string; help: { text: string } }) => r.helpUri && r.help.text));
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
