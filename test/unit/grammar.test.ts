import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.join(__dirname, '..', '..');
const injection = path.join(root, 'syntaxes', 'privacy-lens-suppression.tmLanguage.json');
// A minimal TypeScript stand-in with the comment scopes the injection selector targets.
const host = path.join(root, 'test', 'grammar', 'host.tmLanguage.json');

let grammar: textmate.IGrammar;

/** Tokens of one line as "text=scope" for the scopes this grammar adds. */
function scopes(line: string): string[] {
  const r = grammar.tokenizeLine(line, textmate.INITIAL);
  return r.tokens
    .map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.filter((s) => s.endsWith('.privacy-lens')).join(' ')] as const)
    .filter(([, s]) => s)
    .map(([text, s]) => `${text}=${s}`);
}

describe('suppression directive grammar', () => {
  before(async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope) => {
        const file = scope === 'source.ts' ? host : scope === 'privacy-lens.suppression.injection' ? injection : undefined;
        return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scope) => (scope === 'source.ts' ? ['privacy-lens.suppression.injection'] : undefined),
    });
    const g = await registry.loadGrammar('source.ts');
    assert.ok(g);
    grammar = g;
  });

  it('scopes the directive, the rule ids and the reason in a line comment', () => {
    assert.deepEqual(scopes('// privacy-lens-ignore-next-line undeclared-sharing -- DPA signed'), [
      'privacy-lens-ignore-next-line=keyword.control.directive.privacy-lens',
      'undeclared-sharing=entity.name.tag.rule.privacy-lens',
      '--=punctuation.separator.reason.privacy-lens',
      'DPA signed=string.unquoted.reason.privacy-lens',
    ]);
  });

  it('scopes several rules and a block comment, stopping before */', () => {
    assert.deepEqual(scopes('/* privacy-lens-ignore-next-line undeclared-collection, prohibited-collection -- legacy import */'), [
      'privacy-lens-ignore-next-line=keyword.control.directive.privacy-lens',
      'undeclared-collection, prohibited-collection=entity.name.tag.rule.privacy-lens',
      '--=punctuation.separator.reason.privacy-lens',
      'legacy import =string.unquoted.reason.privacy-lens',
    ]);
  });

  it('marks a directive without a reason only as a directive', () => {
    assert.deepEqual(scopes('// privacy-lens-ignore-next-line undeclared-sharing'), ['privacy-lens-ignore-next-line=keyword.control.directive.privacy-lens', 'undeclared-sharing=entity.name.tag.rule.privacy-lens']);
  });

  it('leaves code and strings alone', () => {
    assert.deepEqual(scopes("const s = 'privacy-lens-ignore-next-line x -- y';"), []);
  });
});
