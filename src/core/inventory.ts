import type { Finding } from './finding';
import type { RuleContext } from './rules/context';
import { category, isImplicit, isSensitive } from './taxonomy';

export interface InventoryLocation {
  file: string;
  line: number;
}

/** What the code does with personal data: collected where, sent to whom, kept how long, and which clause covers it. */
export interface Inventory {
  categories: {
    id: string;
    name: string;
    sensitive: boolean;
    collectedAt: (InventoryLocation & { field: string })[];
    sharedWith: { recipient: string; kind: string; file: string; line: number }[];
    clause: string | null;
  }[];
  recipients: { name: string; kind: string; service: string | null; host: string | null; categories: string[]; locations: InventoryLocation[]; clause: string | null }[];
  retention: { file: string; line: number; days: number | null; setting: string; subject: string | null; policyDays: number | null; clause: string | null }[];
  /** Collection and sharing statements no code relies on. */
  unusedClauses: string[];
}

export function buildInventory(ctx: RuleContext, findings: Finding[]): Inventory {
  const { project, policy } = ctx;
  const cats = new Map<string, Inventory['categories'][number]>();
  const usedClauses = new Set<string>();
  const entry = (id: string) => {
    let e = cats.get(id);
    if (!e) {
      const decl = policy.collectDeclaration(id);
      if (decl) usedClauses.add(decl.clause);
      e = { id, name: category(id)?.name ?? id, sensitive: isSensitive(id), collectedAt: [], sharedWith: [], clause: decl?.clause ?? null };
      cats.set(id, e);
    }
    return e;
  };
  for (const g of project.fieldGroups) {
    if (isImplicit(g.primary.category)) continue;
    const e = entry(g.primary.category);
    for (const f of [g.primary, ...g.others]) e.collectedAt.push({ file: f.file, line: f.line, field: `${f.container}.${f.name}` });
  }
  for (const i of project.inputs) if (!isImplicit(i.category)) entry(i.category).collectedAt.push({ file: i.file, line: i.line, field: `${i.source}.${i.name}` });

  const recips = new Map<string, Inventory['recipients'][number]>();
  for (const { sink: s, recipient: r, verdict } of ctx.shareVerdicts()) {
    const key = r.service ?? r.host ?? r.name;
    if (verdict.decl) usedClauses.add(verdict.decl.clause);
    let e = recips.get(key);
    if (!e) {
      e = { name: r.name, kind: r.kind, service: r.service, host: r.host, categories: [], locations: [], clause: verdict.decl?.type === 'share' ? verdict.decl.clause : null };
      recips.set(key, e);
    }
    e.locations.push({ file: s.file, line: s.line });
    for (const d of s.data) {
      if (isImplicit(d.category)) continue;
      if (!e.categories.includes(d.category)) e.categories.push(d.category);
      entry(d.category).sharedWith.push({ recipient: r.name, kind: r.kind, file: s.file, line: s.line });
    }
  }
  const matches = ctx.retentionMatches();
  const retention = project.retention.map((r, i) => {
    const m = matches[i];
    if (m) usedClauses.add(m.decl.clause);
    return { file: r.file, line: r.line, days: Number.isFinite(r.days) ? r.days : null, setting: r.text, subject: m?.decl.subject ?? null, policyDays: m ? (Number.isFinite(m.decl.days) ? m.decl.days : null) : null, clause: m?.decl.clause ?? null };
  });
  for (const f of findings) if (f.clause) usedClauses.add(f.clause.id);
  const unusedClauses = [...new Set([...policy.collects, ...policy.shares].map((d) => d.clause))].filter((c) => !usedClauses.has(c));
  return {
    categories: [...cats.values()].sort((a, b) => a.id.localeCompare(b.id)),
    recipients: [...recips.values()].sort((a, b) => a.name.localeCompare(b.name)),
    retention,
    unusedClauses,
  };
}
