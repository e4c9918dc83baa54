import type { Block } from './document/blocks';
import type { Clause, CollectDecl, Declaration } from './model';
import { covers } from '../taxonomy';

/** Longest item that is a bare name of data ("Full name", "Password (stored as a hash)"), in words. */
const BARE_WORDS = 8;

/**
 * An item that only names data: short, no sentence of its own, no label ("Account: …"), no negation
 * ("No passwords") and no subject ("We keep …").
 */
function bare(text: string): boolean {
  const t = text.replace(/\([^)]{0,80}\)/g, ' ').trim();
  return t.split(/\s+/).length <= BARE_WORDS && t.length <= 80 && !/[:;!?]|\.\s+\S/.test(t)
    && !/\b(?:no|not|never|none|nor|without|we|our|us|you|they)\b|n['’]t\b/i.test(t);
}

/**
 * A list of bare names of data ("The personal information we collect may include: • Full name • Email address •
 * Profile picture") is one statement: its items become one clause over the list's lines, with one collect of every
 * category the items name, instead of a clause per item. `clauses` are one document's, in the order of its
 * non-heading `blocks`; `declarations` are theirs. Only runs whose items declare nothing but a collect (by the same
 * actor) are joined; lists of vendors, periods or bans stay item by item.
 */
export function joinDataLists(blocks: Block[], clauses: Clause[], declarations: Declaration[]): { clauses: Clause[]; declarations: Declaration[] } {
  const items = blocks.filter((b) => b.kind !== 'heading');
  if (items.length !== clauses.length) return { clauses, declarations };
  const byClause = new Map<string, Declaration[]>();
  for (const d of declarations) byClause.set(d.clause, [...(byClause.get(d.clause) ?? []), d]);
  const collectOnly = (k: number): CollectDecl | null | false => {
    const ds = byClause.get(clauses[k].id) ?? [];
    if (!ds.length) return null;
    return ds.length === 1 && ds[0].type === 'collect' && !ds[0].onBehalf ? ds[0] : false;
  };
  const joinable = (k: number) => items[k].kind === 'item' && !items[k].cells && bare(items[k].text) && collectOnly(k) !== false;
  const sameList = (a: number, b: number) => items[a].leadIn === items[b].leadIn && (items[a].depth ?? 0) === (items[b].depth ?? 0)
    && clauses[a].headingLine === clauses[b].headingLine && items[b].line - items[a].endLine <= 2;
  const outClauses: Clause[] = [];
  const outDecls: Declaration[] = [];
  for (let k = 0; k < clauses.length; ) {
    let end = k;
    if (joinable(k)) while (end + 1 < clauses.length && joinable(end + 1) && sameList(end, end + 1)) end++;
    const collects = clauses.slice(k, end + 1).map((_, i) => collectOnly(k + i)).filter((d): d is CollectDecl => !!d);
    const actors = new Set(collects.map((d) => d.actor));
    // (The product's own collection, said actively or passively — "Password (stored as a hash)" — is one actor.)
    const firstParty = [...actors].every((a) => a === undefined || a === 'we' || a === 'data');
    if (end === k || collects.length < 2 || (actors.size > 1 && !firstParty)) {
      outClauses.push(clauses[k]);
      outDecls.push(...(byClause.get(clauses[k].id) ?? []));
      k++;
      continue;
    }
    const run = clauses.slice(k, end + 1);
    const text = run.map((c) => c.text.replace(/[.,;]\s*$/, '')).join(', ');
    const first = run[0];
    outClauses.push({ ...first, endLine: run[run.length - 1].endLine, text, title: text.length > 72 ? `${text.slice(0, 70).replace(/\s+\S*$/, '')}…` : text });
    outDecls.push({
      type: 'collect',
      clause: first.id,
      text: collects.map((d) => d.text.replace(/[.,;]\s*$/, '')).join(', '),
      categories: [...new Set(collects.flatMap((d) => d.categories))],
      confidence: Math.min(...collects.map((d) => d.confidence ?? 1)),
      ...(actors.size === 1 ? (collects[0].actor ? { actor: collects[0].actor } : {}) : { actor: actors.has('we') ? 'we' : 'data' }),
    });
    k = end + 1;
  }
  return { clauses: outClauses, declarations: outDecls };
}

/** A clause that opens by pointing back at data: "This personal information, with the exception of …", "These details …". */
const POINTS_BACK = /^\s*(?:this|these|such|all (?:of )?(?:this|these|the above)|the above)\s+(?:personal\s+)?(?:information|data|details)\b/i;

/** "These log files", "those records": a record kind the text points back at. */
const POINTS_BACK_TO_NOUN = /\b(?:these|those)\s+((?:log\s+)?(?:logs?|files|records|reports))\b/i;

/**
 * "When registering an account, we store: - Your username - Your email address … ⏎ This personal information, with the
 * exception of your username and country, is never shared publicly": a ban on "this information" in the paragraph after
 * a list of what is collected covers what the list names (less its exceptions), not all personal data. `clauses` and
 * `declarations` are one document's, after lists are joined; the bans are narrowed in place.
 */
export function narrowBansToListBefore(clauses: Clause[], declarations: Declaration[]): void {
  for (const [k, c] of clauses.entries()) {
    const before = clauses[k - 1];
    if (!before || before.headingLine !== c.headingLine) continue;
    const listed = declarations.filter((d): d is CollectDecl => d.type === 'collect' && d.clause === before.id && !d.onBehalf).flatMap((d) => d.categories);
    if (!listed.length) continue;
    // ("… we store it in log files. This may include IP addresses, device information … ⏎ These log files are not
    // shared with third parties": the files the paragraph before describes, with what they hold.)
    const named = POINTS_BACK_TO_NOUN.exec(c.text)?.[1];
    if (named && new RegExp(`\\b${named}\\b`, 'i').test(before.text)) {
      const unique = [...new Set(listed)];
      for (const d of declarations) {
        if (d.type !== 'prohibit' || d.clause !== c.id || d.except?.length) continue;
        if (d.categories.every((x) => unique.includes(x)) && unique.length > d.categories.length) d.categories = unique;
      }
    }
    if (!POINTS_BACK.test(c.text)) continue;
    for (const d of declarations) {
      if (d.type !== 'prohibit' || d.clause !== c.id || d.categories.length !== 1 || d.categories[0] !== 'user') continue;
      const rest = listed.filter((x, i, a) => a.indexOf(x) === i && !(d.except ?? []).some((e) => covers(e, x) || covers(x, e)));
      if (!rest.length) continue;
      d.categories = rest;
      // (Its exceptions are what the list names besides: with them left out, the rest is banned outright.)
      if (d.except?.length) d.conditions = d.conditions.filter((x) => x !== 'except');
    }
  }
}
