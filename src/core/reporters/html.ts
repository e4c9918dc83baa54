import type { AuditResult } from '../audit';
import { formatDays } from '../duration';
import { plain } from './escape';

/** Escapes text for HTML: policy and code text must never become markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

/** A self-contained HTML report (no scripts, no remote content). */
export function html(r: AuditResult): string {
  // Text from the repository: no markup and no control characters.
  const e = (s: string) => escapeHtml(plain(s));
  const rows = r.findings
    .map((f) => `<tr class="${e(f.severity)}"><td>${e(f.severity)}</td><td>${e(f.kind)}</td><td><code>${e(f.ruleId)}</code></td><td><code>${e(f.file)}:${f.line}</code></td><td>${e(f.message)}</td><td>${f.clause ? `${e(f.clause.title)} <code>${e(f.clause.file)}:${f.clause.line}</code>` : '—'}</td></tr>`)
    .join('\n');
  const inv = r.inventory.categories
    .map((c) => `<tr><td>${e(c.name)} <code>${e(c.id)}</code></td><td>${c.collectedAt.map((l) => `<code>${e(l.file)}:${l.line}</code>`).join(' ') || '—'}</td><td>${e([...new Set(c.sharedWith.map((s) => s.recipient))].join(', ') || '—')}</td><td>${e(c.clause ?? 'not declared')}</td></tr>`)
    .join('\n');
  const ret = r.inventory.retention.map((x) => `<tr><td><code>${e(x.file)}:${x.line}</code></td><td>${e(x.days === null ? 'indefinitely' : formatDays(x.days))}</td><td>${e(x.subject ?? '—')}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>Privacy Lens report</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%;margin-bottom:2em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}tr.error td:first-child{color:#b00}tr.warning td:first-child{color:#a60}code{font-size:12px}</style></head>
<body><h1>Privacy Lens report</h1>
<p>Policy <code>${e(r.policyFile)}</code> (${r.policy.clauses.length} clauses) · ${r.summary.files} files · ${r.findings.length} findings</p>
<h2>Findings</h2><table><tr><th>Severity</th><th>Kind</th><th>Rule</th><th>Location</th><th>Finding</th><th>Policy clause</th></tr>
${rows}
</table>
<h2>Data inventory</h2><table><tr><th>Category</th><th>Collected at</th><th>Shared with</th><th>Policy clause</th></tr>
${inv}
</table>
<h2>Retention settings</h2><table><tr><th>Setting</th><th>Kept for</th><th>Policy subject</th></tr>
${ret}
</table>
${r.notes.length ? `<h2>Notes</h2><ul>${r.notes.map((n) => `<li><code>${e(n.file)}${n.line ? `:${n.line}` : ''}</code> ${e(n.message)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
