import type { AuditResult } from '../audit';
import { formatDays } from '../duration';
import type { Finding } from '../finding';
import { ruleDocsUrl } from './docs';
import { md, mdCode } from './escape';
import type { ReportOptions } from './options';
import { encodePath, isOutside, repoPath } from './uri';

/** The first line of every report: a bot finds its own pull-request comment by it and edits that one. */
export const MARKER = '<!-- privacy-lens-report -->';
/** A pull-request comment holds 65,536 characters; the CLI's default cap leaves room for a bot's own words. */
export const DEFAULT_MAX_CHARS = 60_000;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A path as a reader of the report sees it: ROOT-relative, or repository-relative (never a local absolute path) for a file beside ROOT. */
function shown(file: string, o: ReportOptions): string {
  if (!isOutside(file)) return file;
  return repoPath(file, o.pathPrefix, o.repoRoot) ?? file.replace(/^.*[\\/]/, '');
}

/** A line link at the head commit when a base URL is known, else the bare place. */
function place(file: string, line: number, endLine: number, o: ReportOptions): string {
  const text = `${md(shown(file, o))}:${line}`;
  const p = repoPath(file, o.pathPrefix, o.repoRoot);
  if (!o.linkBase || p === null) return `<code>${text}</code>`;
  const base = o.linkBase.replace(/[<>\s]/g, encodeURIComponent).replace(/\/?$/, '/');
  return `[<code>${text}</code>](<${base}${encodePath(p)}#L${line}${endLine > line ? `-L${endLine}` : ''}>)`;
}

function counts(fs: Finding[]): string {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of fs) c[f.severity]++;
  return [c.error && plural(c.error, 'error'), c.warning && plural(c.warning, 'warning'), c.info && `${c.info} info`].filter(Boolean).join(', ');
}

/** Data that flows to a recipient: one row per recipient, listed before everything else. */
function recipients(fs: Finding[], o: ReportOptions): string[] {
  const by = new Map<string, { kind: string; cats: Set<string>; at: Finding[] }>();
  for (const f of fs) {
    if (f.kind !== 'sharing' || !f.recipient) continue;
    const e = by.get(f.recipient.name) ?? { kind: f.recipient.kind, cats: new Set(), at: [] };
    f.dataCategories.forEach((c) => e.cats.add(c));
    e.at.push(f);
    by.set(f.recipient.name, e);
  }
  if (!by.size) return [];
  const rows = [...by].map(([name, e]) => `| ${md(name)} (${md(e.kind.replace(/_/g, ' '))}) | ${[...e.cats].map((c) => `\`${c}\``).join(', ')} | ${e.at.slice(0, 3).map((f) => place(f.file, f.line, f.endLine, o)).join(', ')}${e.at.length > 3 ? ` +${e.at.length - 3}` : ''} |`);
  return ['### Data sent to recipients', '', '| Recipient | Data | Where |', '| --- | --- | --- |', ...rows, ''];
}

function fileBlock(file: string, fs: Finding[], o: ReportOptions, open: boolean): string {
  const rows = fs.map(
    (f) =>
      `| ${f.severity} | [${f.ruleId}](${ruleDocsUrl(f.ruleId)}) | ${place(f.file, f.line, f.endLine, o)} | ${md(f.message)} | ${f.clause ? `${md(f.clause.title)} (${place(f.clause.file, f.clause.line, f.clause.endLine, o)})` : '—'} |`,
  );
  return [`<details${open ? ' open' : ''}><summary>${mdCode(file)} — ${counts(fs)}</summary>`, '', '| Severity | Rule | Location | Finding | Policy clause |', '| --- | --- | --- | --- | --- |', ...rows, '', '</details>', ''].join('\n');
}

function inventory(r: AuditResult): string {
  const out = ['<details><summary>Data inventory</summary>', '', '| Category | Collected at | Shared with | Policy clause |', '| --- | --- | --- | --- |'];
  for (const c of r.inventory.categories) {
    out.push(`| ${md(c.name)} (\`${c.id}\`)${c.sensitive ? ' ⚠' : ''} | ${c.collectedAt.map((l) => mdCode(`${l.file}:${l.line}`)).join(', ') || '—'} | ${[...new Set(c.sharedWith.map((s) => md(s.recipient)))].join(', ') || '—'} | ${c.clause ? mdCode(c.clause) : 'not declared'} |`);
  }
  out.push('', '| Retention setting | Kept for | Policy subject | Policy says |', '| --- | --- | --- | --- |');
  for (const x of r.inventory.retention) out.push(`| ${mdCode(`${x.file}:${x.line}`)} ${md(x.setting)} | ${x.days === null ? 'indefinitely' : formatDays(x.days)} | ${x.subject ? md(x.subject) : '—'} | ${x.subject ? (x.policyDays === null ? 'indefinitely' : formatDays(x.policyDays)) : '—'} |`);
  if (r.inventory.unusedClauses.length) out.push('', `Clauses no code relies on: ${r.inventory.unusedClauses.map(mdCode).join(', ')}`);
  out.push('', '</details>', '');
  return out.join('\n');
}

/**
 * Markdown ready to post as one pull-request comment: the marker, a summary, the
 * recipients data flows to, a collapsible table per file with lines linked at the
 * head commit, the inventory and notes — cut to `maxChars` (none by default; the
 * CLI passes DEFAULT_MAX_CHARS) with a count of what was left out. Every string from the policy, the code or a file name goes through `md`.
 */
export function markdown(r: AuditResult, o: ReportOptions = {}): string {
  const max = o.maxChars ?? Infinity;
  const extra = [o.unchangedHidden ? `${o.unchangedHidden} in unchanged files not shown` : '', o.baselined ? `${o.baselined} in baseline` : '', r.suppressed ? `${r.suppressed} suppressed` : ''].filter(Boolean);
  const head = [
    MARKER,
    `## Privacy Lens: ${r.findings.length ? `${plural(r.findings.length, 'finding')} (${counts(r.findings)})` : 'no findings'}`,
    '',
    `Policy ${mdCode(shown(r.policyFile, o))} (${r.policy.clauses.length} clauses) · ${r.summary.files} files${extra.length ? ` · ${extra.join(' · ')}` : ''}`,
    '',
    ...recipients(r.findings, o),
  ].join('\n');
  const byFile = new Map<string, Finding[]>();
  for (const f of r.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const tail = [inventory(r), r.notes.length ? ['<details><summary>Notes</summary>', '', ...r.notes.map((n) => `- ${mdCode(`${shown(n.file, o)}${n.line ? `:${n.line}` : ''}`)} ${md(n.message)}`), '', '</details>', ''].join('\n') : ''];
  // Room for the line that says what was left out.
  const budget = max - 200;
  let out = `${head}\n`;
  let left = 0;
  for (const [file, fs] of byFile) {
    // A few files open, many collapsed: the comment stays readable.
    const block = fileBlock(file, fs, o, byFile.size <= 10);
    if (out.length + block.length > budget || left) left += fs.length;
    else out += `${block}\n`;
  }
  for (const part of tail) if (part && out.length + part.length <= budget) out += `${part}\n`;
  if (left) out += `_${plural(left, 'more finding')} not shown here${o.overflowHint ? ` — ${md(o.overflowHint)}` : ' (see --format json)'}._\n`;
  return out.length > max ? `${out.slice(0, max - 1)}\n` : out;
}
