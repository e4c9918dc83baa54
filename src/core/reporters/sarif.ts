import type { AuditResult } from '../audit';
import type { Finding } from '../finding';
import { RULES } from '../rules';
import { TOOL } from '../version';
import { ruleDocsUrl } from './docs';
import type { ReportOptions } from './options';
import { encodePath, repoPath } from './uri';
import { table } from '../text';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * How code scanning ranks each rule: `security-severity` (0–10; 7+ is high) and
 * `precision` (how often a finding is right). Sending data out is worse than
 * keeping it, and a ban the policy states is worse than a gap in it.
 */
const RANK: Record<string, { severity: string; precision: 'very-high' | 'high' | 'medium' | 'low' }> = table({
  'prohibited-sharing': { severity: '8.0', precision: 'high' },
  'undeclared-sharing': { severity: '7.0', precision: 'high' },
  'sharing-condition-unmet': { severity: '6.5', precision: 'medium' },
  'prohibited-collection': { severity: '6.0', precision: 'high' },
  'undeclared-collection': { severity: '5.0', precision: 'medium' },
  'retention-exceeds-policy': { severity: '4.0', precision: 'medium' },
});
const DEFAULT_RANK = { severity: '5.0', precision: 'medium' as const };

/** A physical location on a repository-relative, percent-encoded URI; undefined for a file outside the repository. */
function physical(file: string, prefix: string, region?: Record<string, number>, repoRoot?: string) {
  const p = repoPath(file, prefix, repoRoot);
  if (p === null) return undefined;
  return { artifactLocation: { uri: encodePath(p), uriBaseId: '%SRCROOT%' }, ...(region ? { region } : {}) };
}

/** `(src/a.ts:12)` in an explanation step: where the data was on its way. */
const STEP_AT = /\(([^()\s]+):(\d+)\)\s*$/;

/** The data path (explanation steps with a place, then the finding itself) as one thread flow. */
function codeFlows(f: Finding, prefix: string, repoRoot?: string) {
  const steps = f.explain.path.flatMap((step) => {
    const m = STEP_AT.exec(step);
    const loc = m ? physical(m[1], prefix, { startLine: Number(m[2]) }, repoRoot) : undefined;
    return loc ? [{ location: { physicalLocation: loc, message: { text: step } } }] : [];
  });
  // A path that only names the finding's own line adds nothing to the alert.
  if (!steps.some((s) => s.location.physicalLocation.artifactLocation.uri !== encodePath(repoPath(f.file, prefix, repoRoot) ?? '') || s.location.physicalLocation.region?.startLine !== f.line)) return undefined;
  const sink = physical(f.file, prefix, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }, repoRoot);
  if (sink) steps.push({ location: { physicalLocation: sink, message: { text: f.message } } });
  return [{ threadFlows: [{ locations: steps }] }];
}

/**
 * SARIF 2.1.0 as code scanning takes it: repository-relative percent-encoded URIs
 * (no absolute local path), rules with help, `security-severity`, `precision` and
 * tags, the policy clause as a related location, the data path as a code flow,
 * partial fingerprints and an automation id.
 */
export function sarif(r: AuditResult, opts: ReportOptions = {}): string {
  const prefix = opts.pathPrefix ?? '';
  const at = (file: string, region?: Record<string, number>) => physical(file, prefix, region, opts.repoRoot);
  const ruleIndex = new Map(RULES.map((x, i) => [x.meta.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            version: TOOL.version,
            semanticVersion: TOOL.version,
            informationUri: ruleDocsUrl(),
            rules: RULES.map((x) => ({
              id: x.meta.id,
              name: x.meta.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: x.meta.description },
              fullDescription: { text: `${x.meta.description} Kind: ${x.meta.kind}.` },
              help: { text: `${x.meta.description} See ${ruleDocsUrl(x.meta.id)}`, markdown: `${x.meta.description} [Rule documentation](${ruleDocsUrl(x.meta.id)})` },
              helpUri: ruleDocsUrl(x.meta.id),
              defaultConfiguration: { level: LEVEL[x.meta.defaultSeverity] },
              properties: {
                tags: ['privacy', 'security', x.meta.kind],
                precision: (RANK[x.meta.id] ?? DEFAULT_RANK).precision,
                'security-severity': (RANK[x.meta.id] ?? DEFAULT_RANK).severity,
              },
            })),
          },
        },
        automationDetails: { id: opts.automationId ?? `privacy-lens/${prefix}` },
        originalUriBaseIds: { '%SRCROOT%': opts.rootUri ? { uri: opts.rootUri.replace(/\/?$/, '/') } : { description: { text: 'The root of the repository.' } } },
        results: r.findings.map((f) => {
          const here = at(f.file, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
          const clauseAt = f.clause ? at(f.clause.file, { startLine: f.clause.line, endLine: f.clause.endLine }) : undefined;
          const flows = codeFlows(f, prefix, opts.repoRoot);
          return {
            ruleId: f.ruleId,
            ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: here ? [{ physicalLocation: here }] : [],
            relatedLocations: [
              ...(f.clause ? [{ id: 0, message: { text: `Policy clause '${f.clause.title}'` }, ...(clauseAt ? { physicalLocation: clauseAt } : {}) }] : []),
              ...f.related.map((rel, i) => {
                const loc = at(rel.file, { startLine: rel.line, startColumn: rel.column });
                return { id: i + 1, message: { text: rel.message }, ...(loc ? { physicalLocation: loc } : {}) };
              }),
            ],
            ...(flows ? { codeFlows: flows } : {}),
            partialFingerprints: { 'privacyLens/v1': f.fingerprint },
            properties: { kind: f.kind, dataCategories: f.dataCategories, ...(f.recipient ? { recipient: f.recipient } : {}) },
          };
        }),
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: r.notes.map((n) => {
              const loc = at(n.file, n.line ? { startLine: n.line } : undefined);
              return { level: 'note', message: { text: n.message }, ...(loc ? { locations: [{ physicalLocation: loc }] } : {}) };
            }),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
