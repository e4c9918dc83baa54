import type { AuditResult } from '../../core/audit';
import { formatDays } from '../../core/duration';
import { escapeHtml as e } from '../../core/reporters/html';

export interface RenderAssets {
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
}

const KINDS = ['collection', 'sharing', 'retention'] as const;

function loc(file: string, line: number, label = `${file}:${line}`): string {
  return `<a href="#" class="loc" data-file="${e(file)}" data-line="${line}">${e(label)}</a>`;
}

/**
 * The report view: findings grouped by kind, rule and file, the data inventory, clauses no
 * code relies on. Every piece of policy or code text is escaped; scripts run only with the nonce.
 */
export function renderReport(r: AuditResult, a: RenderAssets): string {
  const groups = KINDS.map((kind) => {
    const fs = r.findings.filter((f) => f.kind === kind);
    const byRule = new Map<string, typeof fs>();
    for (const f of fs) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    const rules = [...byRule].map(([rule, list]) => {
      const byFile = new Map<string, typeof list>();
      for (const f of list) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
      const files = [...byFile]
        .map(
          ([file, fs]) =>
            `<li class="file"><code>${e(file)}</code><ul>${fs
              .map((f) => `<li class="${e(f.severity)}">${loc(f.file, f.line, `line ${f.line}`)} — ${e(f.message)}${f.clause ? ` <span class="clause">policy: ${loc(f.clause.file, f.clause.line, f.clause.title)}</span>` : ''}</li>`)
              .join('')}</ul></li>`,
        )
        .join('');
      return `<details open><summary><code>${e(rule)}</code> (${list.length})</summary><ul class="files">${files}</ul></details>`;
    });
    return `<section><h2>${kind[0].toUpperCase()}${kind.slice(1)} <span class="count">${fs.length}</span></h2>${rules.join('') || '<p class="none">No findings.</p>'}</section>`;
  });
  const inv = r.inventory.categories
    .map(
      (c) =>
        `<tr><td>${e(c.name)}${c.sensitive ? ' <span class="sensitive">sensitive</span>' : ''}<br><code>${e(c.id)}</code></td><td>${c.collectedAt.map((l) => loc(l.file, l.line, l.field)).join('<br>') || '—'}</td><td>${e([...new Set(c.sharedWith.map((s) => s.recipient))].join(', ') || '—')}</td><td>${c.clause ? e(c.clause) : '<span class="missing">not declared</span>'}</td></tr>`,
    )
    .join('');
  const ret = r.inventory.retention
    .map((x) => `<tr><td>${loc(x.file, x.line, x.setting)}</td><td>${e(x.days === null ? 'indefinitely' : formatDays(x.days))}</td><td>${e(x.subject ?? '—')}</td><td>${e(x.subject ? (x.policyDays === null ? 'indefinitely' : formatDays(x.policyDays)) : '—')}</td></tr>`)
    .join('');
  const recipients = r.inventory.recipients.map((x) => `<tr><td>${e(x.name)}</td><td>${e(x.kind.replace(/_/g, ' '))}</td><td>${e(x.categories.join(', ') || '—')}</td><td>${x.clause ? e(x.clause) : '<span class="missing">not declared</span>'}</td></tr>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${a.cspSource}; script-src 'nonce-${a.nonce}'; img-src ${a.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${e(a.styleUri)}">
<title>Privacy Lens report</title>
</head>
<body>
<header>
<h1>Privacy Lens report</h1>
<p>Policy <code>${e(r.policyFile)}</code> (${r.policy.clauses.length} clauses) · ${r.summary.files} files · <strong>${r.findings.length} findings</strong> · ${r.summary.durationMs} ms</p>
<div class="actions"><button data-export="markdown">Export Markdown</button><button data-export="html">Export HTML</button><button data-export="sarif">Export SARIF</button></div>
</header>
${groups.join('\n')}
<section><h2>Data inventory</h2>
<table><thead><tr><th>Category</th><th>Collected at</th><th>Shared with</th><th>Policy clause</th></tr></thead><tbody>${inv}</tbody></table>
<h3>Recipients</h3>
<table><thead><tr><th>Recipient</th><th>Kind</th><th>Receives</th><th>Policy clause</th></tr></thead><tbody>${recipients}</tbody></table>
<h3>Retention settings</h3>
<table><thead><tr><th>Setting</th><th>Keeps for</th><th>Policy subject</th><th>Policy says</th></tr></thead><tbody>${ret}</tbody></table>
<h3>Clauses no code relies on</h3>
${r.inventory.unusedClauses.length ? `<ul>${r.inventory.unusedClauses.map((c) => `<li><code>${e(c)}</code></li>`).join('')}</ul>` : '<p class="none">Every collection and sharing clause is relied on.</p>'}
</section>
${r.notes.length ? `<section><h2>Notes</h2><ul>${r.notes.map((n) => `<li>${loc(n.file, n.line ?? 1)} ${e(n.message)}</li>`).join('')}</ul></section>` : ''}
<script nonce="${a.nonce}" src="${e(a.scriptUri)}"></script>
</body>
</html>`;
}
