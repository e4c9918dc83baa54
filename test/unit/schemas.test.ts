import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { run } from '../../src/cli/main';
import { tempDir } from '../helpers';

const repo = path.join(__dirname, '..', '..');
const example = path.join(repo, 'examples', 'it-rays');

function validator(name: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(repo, 'schemas', name), 'utf8')));
}

async function cli(args: string[]): Promise<string> {
  let stdout = '';
  await run(args, { stdout: (s) => (stdout += s), stderr: () => {}, cwd: repo, env: {}, stdoutTty: false, stderrTty: false });
  return stdout;
}

describe('JSON schemas in schemas/', () => {
  it('the JSON report of the example validates against report.schema.json', async () => {
    const validate = validator('report.schema.json');
    const report = JSON.parse(await cli(['audit', example, '--format', 'json', '--verbose']));
    assert.ok(report.findings.length > 0 && report.inventory.retention.length > 0);
    const valid: boolean = validate(report);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  });

  it('rejects a report that breaks the contract (a 0-based line)', async () => {
    const validate = validator('report.schema.json');
    const report = JSON.parse(await cli(['audit', example, '--format', 'json']));
    report.findings[0].line = 0;
    assert.equal(validate(report), false);
  });

  it('a written baseline validates against baseline.schema.json', async () => {
    const file = path.join(tempDir('privacy-lens-baseline-'), 'baseline.json');
    await cli(['audit', example, '--write-baseline', file]);
    const validate = validator('baseline.schema.json');
    const baseline = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(baseline.findings.length, 8);
    const valid: boolean = validate(baseline);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  });
});
