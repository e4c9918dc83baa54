import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { ts } from '../../src/core/analysis/tsapi';
import { parseSuppressions } from '../../src/core/analysis/extract';
import { applyInsertion, draftInsertion, suppressionInsertion } from '../../src/core/edits';
import type { Finding, Fix } from '../../src/core/finding';
import { parsePolicy } from '../../src/core/policy';
import { renderDraft } from '../../src/core/rules/draft';
import { analyze, brief, MINI_POLICY } from '../helpers';

const POLICIES = path.join(__dirname, '..', 'fixtures', 'policies');

/** Syntax errors of a TS/TSX text, as the compiler reports them. */
function syntaxErrors(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const diags = (sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return diags.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

/** Every JSX text of a TSX file: a directive here would be shown to the user, not read as a comment. */
function jsxTexts(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isJsxText(n)) out.push(n.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const fixOf = <K extends Fix['kind']>(f: Finding | undefined, kind: K) => f?.fixes.find((x): x is Extract<Fix, { kind: K }> => x.kind === kind);

const FORM = `export function Form() {
  return (
    <form>
      <label>Phone</label>
      <input
        name="homePhone"
        type="tel"
      />
      <input name="mobilePhone" type="tel" />
    </form>
  );
}
`;

describe('quick fix: suppress with a reason', () => {
  const cases: { name: string; file: string; text: string; line: number; inserted: RegExp }[] = [
    { name: 'a JSX child element gets a JSX comment', file: 'src/form.tsx', text: FORM, line: 9, inserted: /^ {6}\{\/\* privacy-lens-ignore-next-line undeclared-collection -- legacy form \*\/\}\n$/ },
    { name: 'a JSX attribute gets a line comment (comments are valid between attributes)', file: 'src/form.tsx', text: FORM, line: 6, inserted: /^ {8}\/\/ privacy-lens-ignore-next-line undeclared-collection -- legacy form\n$/ },
    { name: 'plain TypeScript gets a line comment', file: 'src/user.ts', text: 'export interface User {\n  email: string;\n  homePhone: string;\n}\n', line: 3, inserted: /^ {2}\/\/ privacy-lens-ignore-next-line undeclared-collection -- legacy form\n$/ },
  ];
  for (const c of cases) {
    it(`${c.name}; the file still parses and the finding is gone`, () => {
      const before = analyze({ [c.file]: c.text }, MINI_POLICY);
      const finding = before.find((f) => f.line === c.line);
      assert.ok(finding, `a finding on line ${c.line}: ${brief(before).join(', ')}`);
      const fix = fixOf(finding, 'suppress');
      assert.ok(fix);
      const ins = suppressionInsertion(c.file, c.text, fix.line, finding.ruleId, 'legacy form');
      assert.match(ins.text, c.inserted);
      const after = applyInsertion(c.text, ins);
      assert.deepEqual(syntaxErrors(c.file, after), []);
      if (c.file.endsWith('.tsx')) assert.ok(!jsxTexts(c.file, after).some((t) => t.includes('privacy-lens')), 'the directive is not rendered text');
      assert.deepEqual(brief(analyze({ [c.file]: after }, MINI_POLICY)).filter((b) => b.includes(`:${c.line + 1}:`)), [], 'the finding moved one line down and is suppressed');
      assert.equal(analyze({ [c.file]: after }, MINI_POLICY).length, before.length - 1);
    });
  }

  it('a JavaScript file with JSX gets a JSX comment too', () => {
    const text = 'export const F = () => (\n  <form>\n    <input name="homePhone" />\n  </form>\n);\n';
    assert.match(suppressionInsertion('src/form.js', text, 3, 'r', 'why').text, /^ {4}\{\/\* privacy-lens-ignore-next-line r -- why \*\/\}\n$/);
    assert.match(suppressionInsertion('src/form.ts', 'const a = 1;\n', 1, 'r', 'why').text, /^\/\/ /);
  });

  it('a line starting with a closing tag is among the children too', () => {
    const text = '<ul>\n  <li>a</li>\n</ul>;\n';
    assert.match(suppressionInsertion('a.tsx', `const x = ${text}`, 3, 'r', 'why').text, /^\{\/\* /);
  });

  it('honours the JSX form, block comments and line comments, with the reason required', () => {
    const text = ['{/* privacy-lens-ignore-next-line undeclared-collection -- legacy form */}', 'x', '/* privacy-lens-ignore-next-line a, b -- two */', 'y', '// privacy-lens-ignore-next-line c', 'z'].join('\n');
    assert.deepEqual(parseSuppressions(text), {
      suppressions: [
        { line: 2, rules: ['undeclared-collection'], reason: 'legacy form' },
        { line: 4, rules: ['a', 'b'], reason: 'two' },
      ],
      notes: [{ line: 5, message: 'privacy-lens-ignore-next-line needs a reason after "--"; the directive is ignored' }],
    });
  });

  it('20,000 directives in one file are read in one pass (regression: line counting was quadratic)', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `// privacy-lens-ignore-next-line r -- ${i}\nconst a${i} = 1;`).join('\n');
    const { suppressions } = parseSuppressions(text);
    assert.equal(suppressions.length, 20_000);
    assert.equal(suppressions[19_999].line, 40_000);
  });
});

describe('quick fix: draft a policy statement in the policy\'s own format', () => {
  const code = {
    'src/user.ts': 'export interface User {\n  email: string;\n  homePhone: string;\n}\n',
    'src/s.ts': "import * as Sentry from '@sentry/node';\nexport function f(email: string) {\n  Sentry.setUser({ email });\n}\n",
  };
  const policies: { file: string; text: string; parses: (text: string) => void; line: RegExp }[] = [
    { file: 'PRIVACY.txt', text: MINI_POLICY, parses: () => {}, line: /^ {2}• Phone number: <why and when we collect it — drafted by Privacy Lens for review>$/ },
    { file: 'seed.md', text: read('seed.md'), parses: () => {}, line: /^- Phone number: \\<why and when we collect it — drafted by Privacy Lens for review\\>$/ },
    { file: 'seed.mdx', text: read('seed.mdx'), parses: () => {}, line: /^- Phone number: \\<why/ },
    { file: 'seed.html', text: read('seed.html'), parses: htmlParses, line: /^ {2}<li>Phone number: &lt;why and when we collect it — drafted by Privacy Lens for review&gt;<\/li>$/ },
    { file: 'seed.tsx', text: read('seed.tsx'), parses: (t) => assert.deepEqual(syntaxErrors('seed.tsx', t), []), line: /^ {8}<li>Phone number: &lt;why and when we collect it — drafted by Privacy Lens for review&gt;<\/li>$/ },
  ];
  for (const p of policies) {
    it(`${p.file}: the drafted collection and sharing statements keep the policy parseable and are read as declarations`, () => {
      let text = p.text;
      const findings = analyze(code, text, p.file);
      const drafts = findings.map((f) => fixOf(f, 'draft-policy')).filter((x): x is Extract<Fix, { kind: 'draft-policy' }> => !!x);
      assert.deepEqual(brief(findings.filter((f) => fixOf(f, 'draft-policy'))).map((b) => b.split(' ')[0]).sort(), ['undeclared-collection', 'undeclared-sharing']);
      // Later lines first, as an editor applying both would keep the earlier line numbers valid.
      for (const d of [...drafts].sort((a, b) => b.line - a.line)) text = applyInsertion(text, draftInsertion(text, d.line, d.text, p.file));
      assert.ok(text.split('\n').some((l) => p.line.test(l)), `a drafted line matching ${p.line}`);
      p.parses(text);
      const policy = parsePolicy(p.file, text);
      assert.ok(policy.declarations.some((d) => d.type === 'collect' && JSON.stringify(d).includes('user.contact.phone_number')), 'the draft declares the phone number');
      assert.deepEqual(brief(analyze(code, text, p.file)).filter((b) => /undeclared-(collection|sharing)/.test(b)), [], 'no undeclared finding is left');
    });
  }

  it('escapes what the format would read as markup', () => {
    assert.equal(renderDraft('html', 'A & B <x> "q"'), '<li>A &amp; B &lt;x&gt; &quot;q&quot;</li>');
    assert.equal(renderDraft('jsx', 'a {b} <c>'), '<li>a &#123;b&#125; &lt;c&gt;</li>');
    assert.equal(renderDraft('markdown', 'a *b* <c> {d} [e]'), '- a \\*b\\* \\<c\\> \\{d\\} \\[e\\]');
    assert.equal(renderDraft('text', 'one\ntwo'), '  • one two');
  });

  it('in a JSX page, moves a draft that would land after the page\'s root element back among its children', () => {
    const page = 'export default function P() {\n  return (\n    <main>\n      <li>Email address: to sign in.</li>\n    </main>\n  );\n}\n';
    const ins = draftInsertion(page, 6, '<li>Phone number: x</li>', 'privacy.tsx');
    assert.deepEqual(ins, { line: 5, column: 1, text: '      <li>Phone number: x</li>\n' });
    assert.deepEqual(syntaxErrors('privacy.tsx', applyInsertion(page, ins)), []);
  });

  it('appends at the end of a policy without a final newline', () => {
    assert.equal(applyInsertion('a\nb', draftInsertion('a\nb', 3, '- c')), 'a\nb\n- c');
    assert.equal(applyInsertion('a\nb\n', draftInsertion('a\nb\n', 3, '- c')), 'a\nb\n- c\n');
  });
});

function read(name: string): string {
  return fs.readFileSync(path.join(POLICIES, name), 'utf8');
}

function htmlParses(text: string): void {
  const doc = parseDocument(text, { decodeEntities: true });
  const items: string[] = [];
  const visit = (n: { type: string; name?: string; children?: unknown[]; data?: string }): void => {
    if (n.type === 'tag' && n.name === 'li') items.push(textOf(n));
    for (const c of (n.children ?? []) as (typeof n)[]) visit(c);
  };
  const textOf = (n: { type: string; children?: unknown[]; data?: string }): string => (n.type === 'text' ? (n.data ?? '') : ((n.children ?? []) as (typeof n)[]).map(textOf).join(''));
  visit(doc as never);
  assert.ok(items.some((t) => t.startsWith('Phone number: <why and when')), 'the drafted item is one <li> whose placeholder is text, not a tag');
}
