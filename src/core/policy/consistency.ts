import type { Declaration, PolicyNote, ProhibitDecl } from './model';

/**
 * The whole-policy check of the sentence readings: a ban that the same policy contradicts is a misreading
 * ("we do not collect personal data" in a policy that lists what it collects), dropped with a note.
 */
export function checkConsistency(decls: Declaration[], lineOf: (clause: string) => { file: string; line: number }): { declarations: Declaration[]; notes: PolicyNote[] } {
  const notes: PolicyNote[] = [];
  const collects = decls.filter((d) => d.type === 'collect');
  const shares = decls.filter((d) => d.type === 'share');
  const keep = decls.filter((d) => {
    if (d.type !== 'prohibit' || d.conditions.length || d.scope?.length || d.purposes.length) return true;
    const why = contradiction(d, collects, shares);
    if (!why) return true;
    const at = lineOf(d.clause);
    notes.push({ file: at.file, line: at.line, message: `read "${d.text.slice(0, 80)}" as a ban, but ${why}; not applied as a ban` });
    return false;
  });
  return { declarations: keep, notes };
}

function contradiction(p: ProhibitDecl, collects: Declaration[], shares: Declaration[]): string | undefined {
  const others = <T extends Declaration>(list: T[]) => list.filter((d) => d.clause !== p.clause);
  if (p.action === 'collect') {
    if (p.categories.includes('user') && others(collects).length) return 'the policy says what it collects';
  }
  if (p.action === 'share' && p.categories.includes('user') && !p.kinds.length && !p.services.length && !p.purposes.length) {
    const named = shares.find((s) => s.type === 'share' && (s.services.length || s.kinds.some((k) => k !== 'legal_authority' && k !== 'acquirer')));
    if (named) return 'the policy names recipients it shares data with';
  }
  return undefined;
}
