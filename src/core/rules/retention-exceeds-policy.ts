import { formatDays } from '../duration';
import { HELD_CREDENTIAL } from '../analysis/retention';
import type { RetentionFact } from '../analysis/types';
import { singular } from '../taxonomy';
import type { Finding, Fix } from '../finding';
import { matchedWords } from '../subjects';
import { type Rule, clauseRef, fingerprint, standardFixes } from './context';

/** Words for what a person is sent or holds while it is valid (a one-time code, a sign-in link, an invitation). */
const held = (w: string) => HELD_CREDENTIAL.has(singular(w));
/** The code or the link itself, not what it verifies ("Verification selfies" are selfies). */
const credentialHead = (w: string) => held(w) && !/^(?:magic|verification)$/.test(w);

/** Tolerance for calendar rounding: 2557 days is 7 years. (Under two days, half the period: 24 hours is longer than 10 minutes.) */
const exceeds = (code: number, policy: number) => code > policy * 1.005 + Math.min(1, policy / 2);

/** A retention setting keeps data longer than the policy says data of that kind is kept. */
export const retentionExceedsPolicy: Rule = {
  meta: { id: 'retention-exceeds-policy', kind: 'retention', description: 'Data is kept longer than the policy states.', defaultSeverity: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    const matches = ctx.retentionMatches();
    // (How long a code or a link stays valid, against what the policy says of codes and links only: "Sign-in links expire
    // after 15 minutes" and `{ ex: magicLinkTtlSeconds }`.)
    const validity = (ctx.project.validity ?? []).flatMap((r) => {
      const m = ctx.policy.retentionFor(r.context);
      // ("Verification selfies: 24 hours" is about selfies: the subject must name the code or the link itself.)
      return m && matchedWords(m.decl.subjectTokens, r.context).some(held) && m.decl.subjectTokens.some(credentialHead) ? [[r, m] as const] : [];
    });
    for (const [r, match] of [...ctx.project.retention.map((r, i) => [r, matches[i]] as const), ...validity]) {
      if (!match || !exceeds(r.days, match.decl.days)) continue;
      const d = match.decl;
      const ref = clauseRef(ctx, ctx.policy.clause(d.clause));
      const fp = fingerprint(['retention-exceeds-policy', r.file, r.via, d.clause]);
      const matched = matchedWords(d.subjectTokens, r.context);
      out.push({
        ruleId: 'retention-exceeds-policy',
        kind: 'retention',
        severity: 'error',
        message: `Keeps data for ${formatDays(r.days)} (${r.via}); the policy says ${/^[A-Z][A-Z]/.test(d.subject) ? d.subject : `${d.subject.charAt(0).toLowerCase()}${d.subject.slice(1)}`} ${/s$/i.test(d.subject) ? 'are' : 'is'} kept for ${formatDays(d.days)}${d.basis ? ` ${d.basis}` : ''}.`,
        file: r.file,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        dataCategories: [],
        recipient: null,
        clause: ref,
        related: [],
        fixes: [...setToPolicy(r, d.days, ref?.title), ...standardFixes(ctx, { ruleId: 'retention-exceeds-policy', file: r.file, line: r.line, clause: ref, fingerprint: fp })],
        explain: {
          classification: [],
          path: [`${r.text} = ${formatDays(r.days)}`, `matched "${d.subject}" by: ${matched.join(', ')}`],
          policy: d.text,
        },
        fingerprint: fp,
      });
    }
    return out;
  },
};

const ENUM_NAMES: [number, string][] = [
  [1, 'ONE_DAY'], [3, 'THREE_DAYS'], [5, 'FIVE_DAYS'], [7, 'ONE_WEEK'], [14, 'TWO_WEEKS'], [30, 'ONE_MONTH'], [60, 'TWO_MONTHS'],
  [90, 'THREE_MONTHS'], [120, 'FOUR_MONTHS'], [150, 'FIVE_MONTHS'], [180, 'SIX_MONTHS'], [365, 'ONE_YEAR'], [400, 'THIRTEEN_MONTHS'],
  [545, 'EIGHTEEN_MONTHS'], [731, 'TWO_YEARS'], [1096, 'THREE_YEARS'], [1827, 'FIVE_YEARS'], [2192, 'SIX_YEARS'], [2557, 'SEVEN_YEARS'],
];

/** "Set to N days as the policy declares": rewrites the one literal that sets the period, when there is one. */
function setToPolicy(r: RetentionFact & { file: string }, policyDays: number, clauseTitle: string | undefined): Fix[] {
  const lit = r.literal;
  if (!lit || !Number.isFinite(policyDays)) return [];
  let text: string;
  if (lit.kind === 'enum') {
    const hit = ENUM_NAMES.filter(([d]) => d <= policyDays + 1).pop();
    if (!hit) return [];
    text = hit[1];
  } else {
    const n = policyDays / lit.perUnitDays;
    if (!(n > 0)) return [];
    text = String(Math.floor(n + 1e-9));
  }
  return [
    {
      kind: 'edit',
      title: `Set to ${formatDays(policyDays)} as the policy declares${clauseTitle ? ` (clause '${clauseTitle}')` : ''}`,
      file: r.file,
      start: { line: lit.line, column: lit.column },
      end: { line: lit.endLine, column: lit.endColumn },
      text,
    },
  ];
}
