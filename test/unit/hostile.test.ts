import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { run } from '../../src/cli/main';
import { REPORTER_NAMES } from '../../src/core/reporters';
import { md, plain } from '../../src/core/reporters/escape';
import { MINI_POLICY, tempDir } from '../helpers';

// Payloads a checked-out repository can carry: terminal control (clear screen, an OSC 8 link, a
// C1 CSI), Markdown and HTML that would render in a pull-request comment, a mention, and a
// newline that would start a GitHub workflow command.
const ESC = '\x1b[2J\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07\x9b31m';
const MARKUP = '<img src=x onerror=alert(1)> [link](javascript:alert(1)) ![img](https://evil.example/t.png) @everyone `code` a|b';
const WORKFLOW = '\n::error file=pwned.ts::injected';

/** One workspace with the payloads in policy text, code strings and file names. */
function hostileWorkspace(): string {
  const dir = tempDir('privacy-lens-hostile-');
  const policy = MINI_POLICY.replace('Third-Party Services', `Third-Party Services ${ESC} ${MARKUP}`).replace('Data Retention', `Data Retention ${ESC}`);
  fs.writeFileSync(path.join(dir, 'PRIVACY.txt'), policy);
  const names = [`we${ESC.replace(/\//g, "∕")}ird.ts`, `${MARKUP.replace(/\//g, '∕')}.ts`, `line${WORKFLOW}.ts`];
  fs.mkdirSync(path.join(dir, 'src'));
  names.forEach((n, i) => fs.writeFileSync(path.join(dir, 'src', n), `export interface Member${i} {\n  homePhone${i}: string;\n}\nexport const note${i} = ${JSON.stringify(ESC + MARKUP + WORKFLOW)};\n`));
  fs.writeFileSync(
    path.join(dir, 'src', 'send.ts'),
    `import axios from 'axios';\nexport const send = (email: string) => axios.post(${JSON.stringify(`https://api.otherco.io/${ESC}${MARKUP}`)}, { email });\n`,
  );
  return dir;
}

async function cli(args: string[], cwd: string, env: Record<string, string> = { NO_COLOR: '1' }) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env, stdoutTty: true, stderrTty: false });
  return { code, stdout, stderr };
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// Windows forbids these file names (`<`, `|`, control characters); the escaping itself is the same there.
(process.platform === 'win32' ? describe.skip : describe)('hostile workspace: output that cannot be abused', () => {
  const dir = process.platform === 'win32' ? '' : hostileWorkspace();

  it('reaches every format with findings in the hostile files', async () => {
    const out = JSON.parse((await cli(['audit', '--format', 'json', '--fail-on', 'none'], dir)).stdout);
    const files = new Set(out.findings.map((f: { file: string }) => f.file));
    assert.ok(files.size >= 3, [...files].join(', '));
    assert.ok([...files].some((f) => String(f).includes('\x1b')), 'a file name with ESC is reported');
    assert.ok([...files].some((f) => String(f).includes('\n')), 'a file name with a newline is reported');
  });

  for (const format of REPORTER_NAMES) {
    it(`${format}: no control characters, markup or workflow commands from the workspace`, async () => {
      const r = await cli(['audit', '--format', format, '--fail-on', 'none', '--color'], dir);
      assert.equal(r.code, 0, r.stderr);
      const o = r.stdout;
      if (format === 'json' || format === 'sarif' || format === 'codeclimate') {
        const parsed = JSON.parse(o);
        assert.ok(parsed);
        if (format === 'sarif') {
          const ajv = new Ajv({ strict: false, validateFormats: true, unicodeRegExp: false });
          addFormats(ajv);
          const validate = ajv.compile(JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')));
          const valid: boolean = validate(parsed);
          assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 3)));
        }
        return;
      }
      // Colour is asked for: the only escape sequences left are the reporter's own SGR colours.
      const withoutColour = o.replace(/\x1b\[\d+(;\d+)*m/g, '').replace(/\x1b\[2K/g, '');
      assert.ok(!CONTROL.test(withoutColour), JSON.stringify(withoutColour.match(CONTROL)));
      if (format === 'markdown' || format === 'html') {
        assert.ok(!/<(?!\/?(details|summary|code)\b|!--)[a-z!]/i.test(o.replace(/<!doctype html>|<\/?(html|head|meta|title|style|body|h1|h2|h3|p|table|tr|td|th|ul|li)\b[^>]*>/gi, '')), 'no tag from the workspace');
      }
      if (format === 'markdown') {
        assert.ok(!o.includes('](javascript'), 'no javascript: link');
        assert.ok(!o.includes('![img]'), 'no image');
        assert.ok(!/@everyone/.test(o), 'no mention');
        for (const line of o.split('\n').filter((l) => l.startsWith('| '))) assert.ok(line.endsWith(' |'), `a table row stays one line: ${line}`);
        assert.ok(!/[^\\]`code`/.test(o), 'no code span from the workspace');
      }
      if (format === 'github') {
        const commands = o.split('\n').filter((l) => l.startsWith('::'));
        assert.ok(commands.every((l) => /^::(error|warning|notice) file=[^\n]*::/.test(l)), commands.join('\n'));
        assert.ok(!o.split('\n').some((l) => l.startsWith('::error file=pwned.ts')), 'no injected command');
      }
      if (format === 'text') assert.ok(!o.includes('\x1b]8'), 'no OSC 8 link');
    });
  }

  it('text output has no control characters under NO_COLOR either', async () => {
    const r = await cli(['audit', '--fail-on', 'none'], dir);
    assert.ok(!CONTROL.test(r.stdout));
  });

  it('keeps a config key with a newline on one stderr line (no workflow command)', async () => {
    fs.writeFileSync(path.join(dir, '.privacy-lens.json'), JSON.stringify({ [`x${WORKFLOW}`]: 1 }));
    try {
      const r = await cli(['audit'], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.split('\n').length, 2, r.stderr);
      assert.ok(!r.stderr.split('\n').some((l) => l.startsWith('::')));
      assert.match(r.stderr, /unknown key "x\\n::error file=pwned\.ts::injected"/);
    } finally {
      fs.rmSync(path.join(dir, '.privacy-lens.json'));
    }
  });

  it('policy understanding strips control characters', async () => {
    const r = await cli(['policy', 'PRIVACY.txt'], dir);
    assert.equal(r.code, 0);
    assert.ok(!CONTROL.test(r.stdout));
  });

  it('escapes one string per format (table)', () => {
    const table: [string, string, string][] = [
      ['plain', `a${ESC}b\nc`, 'a[2J]8;;https://evil.example/click]8;;31mb c'],
      ['md', '<b>[x](y) ![i](j) @bob `c` a|b', '&#60;b&#62;\\[x\\]\\(y\\) \\!\\[i\\]\\(j\\) @\u200bbob \\`c\\` a\\|b'],
    ];
    for (const [fn, input, expected] of table) assert.equal(fn === 'plain' ? plain(input) : md(input), expected, fn);
  });
});
