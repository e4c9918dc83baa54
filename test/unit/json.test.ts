import assert from 'node:assert/strict';
import { jsonErrorOffset, JsonSyntaxError, parseJson } from '../../src/core/json';

// Issue 10: a broken baseline printed its first bytes. Errors say where, never what the file holds.
describe('JSON errors without content', () => {
  // [text, message]
  const table: [string, string][] = [
    ['SECRET', 'invalid JSON at line 1: unexpected character'],
    ['{\n  "a": 1,\n}', 'invalid JSON at line 3: expected double-quoted property name'],
    ['{\n"a":\n SECRET}', 'invalid JSON at line 3: unexpected character'],
    ['[1,\n2', "invalid JSON at line 2: expected ',' or ']' after array element"],
    ['{"a": 1}\nSECRET', 'invalid JSON at line 2: unexpected non-whitespace character after JSON'],
    ['{"a": "x\\q"}', 'invalid JSON at line 1: bad escaped character'],
    ['', 'invalid JSON at line 1: unexpected end of JSON input'],
  ];
  for (const [text, message] of table) {
    it(`${JSON.stringify(text)} → ${message}`, () => {
      assert.throws(() => parseJson(text), (e: unknown) => e instanceof JsonSyntaxError && e.message === message);
    });
  }

  it('finds the offset V8 does not give, iteratively (deep nesting costs nothing)', () => {
    assert.equal(jsonErrorOffset('{"a": [1, {"b": tru}]}'), 16);
    assert.equal(jsonErrorOffset('{"a": [1, {"b": true}]}'), -1);
    assert.equal(jsonErrorOffset(`${'['.repeat(200_000)}x`), 200_000);
  });
});
