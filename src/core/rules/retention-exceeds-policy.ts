import { formatDays } from '../duration';
import type { Finding } from '../finding';
import { matchedWords } from '../subjects';
import { type Rule, clauseRef, fingerprint, standardFixes } from './context';

/** Tolerance for calendar rounding: 2557 days is 7 years. */
const exceeds = (code: number, policy: number) => code > policy * 1.005 + 1;

/** A retention setting keeps data longer than the policy says data of that kind is kept. */
export const retentionExceedsPolicy: Rule = {
  meta: { id: 'retention-exceeds-policy', kind: 'retention', description: 'Data is kept longer than the policy states.', defaultSeverity: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const r of ctx.project.retention) {
      const match = ctx.policy.retentionFor(r.context);
      if (!match || !exceeds(r.days, match.decl.days)) continue;
      const d = match.decl;
      const ref = clauseRef(ctx, ctx.policy.clause(d.clause));
      const fp = fingerprint(['retention-exceeds-policy', r.file, r.via, d.clause]);
      const matched = matchedWords(d.subjectTokens, r.context);
      out.push({
        ruleId: 'retention-exceeds-policy',
        kind: 'retention',
        severity: 'error',
        message: `Keeps data for ${formatDays(r.days)} (${r.via}); the policy says ${d.subject.charAt(0).toLowerCase()}${d.subject.slice(1)} ${/s$/i.test(d.subject) ? 'are' : 'is'} kept for ${formatDays(d.days)}${d.basis ? ` ${d.basis}` : ''}.`,
        file: r.file,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        dataCategories: [],
        recipient: null,
        clause: ref,
        related: [],
        fixes: standardFixes(ctx, { ruleId: 'retention-exceeds-policy', file: r.file, line: r.line, clause: ref, fingerprint: fp }),
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
