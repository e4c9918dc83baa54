import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractFacts } from '../../src/core/analysis/extract';
import { parsePolicy, PolicyError } from '../../src/core/policy';
import { readerWork } from '../../src/core/policy/reading';

/** Reads a policy; a PolicyError (empty, nothing recognizable) is a fine answer, anything else is a bug. */
function readOrRefuse(file: string, text: string): string {
  try {
    const p = parsePolicy(file, text);
    return JSON.stringify([p.clauses.map((c) => c.id), p.declarations.map((d) => [d.type, d.clause])]);
  } catch (e) {
    if (e instanceof PolicyError) return `refused: ${e.message}`;
    throw e;
  }
}

/** Reader work (tokens read) for a generated policy of size n. */
function work(make: (n: number) => string, n: number, file = 'p.md'): number {
  readerWork.tokens = 0;
  readOrRefuse(file, make(n));
  return readerWork.tokens;
}

describe('robustness: pathological policies are read in linear time, never crash', () => {
  // Regression inputs from the issue: each once took seconds to minutes or threw an internal error.
  const cases: [string, (n: number) => string, string][] = [
    ['a long comma list on one line', (n) => `# P\n\n## What we collect\n\nWe collect ${Array.from({ length: n }, (_, i) => `item ${i}`).join(', ')} and your email address.\n`, 'p.md'],
    ['a long line without punctuation', (n) => `# P\n\n## What we collect\n\nwe collect your email address ${'and more words here '.repeat(n)}\n`, 'p.md'],
    ['many headings', (n) => Array.from({ length: n }, (_, i) => `## Heading ${i}\n\nWe collect your email address.\n`).join('\n'), 'p.md'],
    ['deeply nested HTML', (n) => `${'<div>'.repeat(n)}<p>We collect your email address.</p>${'</div>'.repeat(n)}`, 'p.html'],
    ['deeply nested JSX', (n) => `export default function P() { return (${'<div>'.repeat(n)}<p>We collect your email address.</p>${'</div>'.repeat(n)}); }`, 'p.tsx'],
  ];
  for (const [name, make, file] of cases) {
    it(`${name}: work grows linearly with the input`, () => {
      const small = work(make, 500, file);
      const large = work(make, 2000, file);
      assert.ok(large <= small * 4 * 1.25 + 100, `work ${small} at n=500, ${large} at n=2000`);
    });
  }

  it('reads a 10 KB nested JSX page and an out-of-range entity without an internal error', () => {
    assert.doesNotThrow(() => readOrRefuse('p.tsx', `export default () => (${'<section>'.repeat(1500)}<p>We collect your email address.</p>${'</section>'.repeat(1500)});`));
    assert.match(readOrRefuse('p.html', '<h1>P</h1><p>We collect your email address &#1114112; &#xD800; &bogus;.</p>'), /collect/);
  });

  it('refuses a policy over the size limit with a message, without reading it', () => {
    assert.throws(() => parsePolicy('p.md', `# P\n\n${'We collect your email address. '.repeat(80_000)}`), (e: Error) => e instanceof PolicyError && /over the 2 MB a policy may have/.test(e.message));
  });
});

/** Pieces real policies are made of, including markup and entities a reader must survive. */
const FRAGMENTS = [
  'We collect your email address.', 'We do not sell your personal data.', 'Sentry receives error reports.', 'We keep logs for 30 days.',
  '&rsquo;', '&#x2019;', '&#1114112;', '&ldquo;never&rdquo;', '<b>', '</b>', '<li>', '</li>', '<table><tr><td>Stripe</td><td>payments</td></tr></table>',
  '# ', '## ', '- ', '1. ', '| a | b |', '|---|---|', '**', '`', '[link](http://x)', '<privacy@acme.io>', '{/* c */}', '{"x"}', 'import x from "y";',
  '\n', '\n\n', ': ', '; ', ', ', 'unless you opt in', 'except', 'children under 13', 'twenty-four months', 'PostHog', 'Google Cloud',
];
const policyText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((xs) => xs.join(' '));
const mutated = fc.tuple(policyText, fc.integer({ min: 0, max: 400 }), fc.string({ maxLength: 8 })).map(([t, at, ins]) => t.slice(0, at) + ins + t.slice(at));

/** `FUZZ_RUNS=N` (and `FUZZ_SEED`) for the longer offline run: N inputs per policy format, 2N TypeScript mutations. */
const RUNS = Number(process.env.FUZZ_RUNS) || 0;
const SEED = Number(process.env.FUZZ_SEED) || 20261201;

describe('robustness: properties (fast-check, fixed seed)', () => {
  for (const file of ['p.md', 'p.mdx', 'p.html', 'p.tsx', 'p.txt']) {
    it(`random and mutated ${file.slice(2)} policies never throw an internal error and read the same twice`, () => {
      fc.assert(
        fc.property(fc.oneof(policyText, mutated), (text) => {
          const a = readOrRefuse(file, text);
          assert.equal(readOrRefuse(file, text), a);
        }),
        { seed: SEED, numRuns: RUNS || 150 },
      );
    });
  }

  const SOURCE = `import * as Sentry from '@sentry/node';
import axios from 'axios';
import nodemailer from 'nodemailer';
let mailer: nodemailer.Transporter;
export const mail = (to: string) => mailer.sendMail({ to, subject: 'x' });
export const Head = () => <script src={\`https://www.googletagmanager.com/gtag/js?id=\${RETENTION_DAYS}\`} />;
export interface User { id: string; email: string; phone?: string; dateOfBirth: string }
const RETENTION_DAYS = 90;
export async function track(u: User) {
  Sentry.withScope((scope) => { scope.setUser({ email: u.email }); Sentry.captureException(new Error('x')); });
  await axios.post(\`https://api.example.io/\${u.id}\`, { email: u.email.trim().toLowerCase() });
  return <div title="x">{u.phone}</div>;
}
`;
  it('mutated TypeScript sources never throw and give the same facts twice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SOURCE.length }), fc.integer({ min: 0, max: 40 }), fc.constantFrom('', '{', '}', '(', ')', '<', '>', '`', '${', '"', '/*', '//', '\n', 'as any', '...', '?.', '=>'), (at, cut, ins) => {
          const text = SOURCE.slice(0, at) + ins + SOURCE.slice(at + cut);
          const a = JSON.stringify(extractFacts('src/a.tsx', text, 'h'));
          assert.equal(JSON.stringify(extractFacts('src/a.tsx', text, 'h')), a);
        },
      ),
      { seed: SEED, numRuns: RUNS * 2 || 300 },
    );
  });
});

describe('robustness: names the analysed code shares with Object.prototype', () => {
  // A zod chain's `.transform((d) => d.toString())` was looked up in a plain object of validators and crashed the file.
  it('reads code that calls or defines toString, constructor (a method or a class constructor), valueOf and __proto__ without an internal error', () => {
    const code = [
      "import { z } from 'zod';",
      "import Stripe from 'stripe';",
      'export const user = z.object({',
      '  email: z.string().email(),',
      '  joined: z.date().transform((d) => d.toString()).constructor(),',
      '});',
      'export const constructor = new Stripe("k");',
      'export function valueOf() { return constructor; }',
      'export const form = () => <input type="constructor" autoComplete="toString" name="__proto__" />;',
      'export const maxAge = { toString: 30, constructor: 5 };',
      // (A value returned inside a class's constructor is recorded under the function name `constructor`.)
      'export class Controller { constructor(private person: { email: string }) { setTimeout(() => { return this.person.email; }); } }',
      // (A name in a message sent out — `${this.constructor.name}` — is split into words and made singular.)
      "export class Checkpoints { save() { return fetch('https://api.example.com/log', { method: 'POST', body: `[${this.constructor.name}#save] done` }); } }",
    ].join('\n');
    const facts = extractFacts('src/schemas/user.tsx', code);
    assert.deepEqual(facts.notes, []);
    assert.ok(facts.fields.some((f) => f.name === 'email' && f.category === 'user.contact.email'));
  });
});
