import assert from 'node:assert/strict';
import { CATEGORIES, classifyIdentifier, matchPhrases, splitWords } from '../../src/core/taxonomy';

const camel = (s: string) => s.replace(/ (\w)/g, (_, c: string) => c.toUpperCase());

/** Every category, read back through its own lexicons: an entry another category shadows fails here. */
describe('taxonomy, category by category', () => {
  for (const c of CATEGORIES) {
    const strong = c.tokens.filter((t) => !t.startsWith('~'));
    const weak = c.tokens.filter((t) => t.startsWith('~')).map((t) => t.slice(1));
    if (strong.length || weak.length) {
      it(`${c.id}: every identifier entry classifies as ${c.id}`, () => {
        const ctx = { person: true, device: !!c.device };
        const wrong = [...strong, ...weak].map((t) => camel(t)).filter((id) => classifyIdentifier(id, ctx)[0]?.category !== c.id);
        assert.deepEqual(wrong, [], `entries read as something else: ${wrong.map((w) => `${w} → ${classifyIdentifier(w, ctx)[0]?.category}`).join(', ')}`);
      });
    }
    if (c.phrases.length) {
      it(`${c.id}: every policy phrase declares ${c.id}`, () => {
        const wrong = c.phrases.filter((p) => !matchPhrases(splitWords(p)).some((m) => m.ids.includes(c.id)));
        assert.deepEqual(wrong, []);
      });
    }
  }
});
