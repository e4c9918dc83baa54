import type { AuditResult } from '../audit';
import { RULES } from '../rules';
import { TOOL } from '../version';
import { ruleDocsUrl } from './docs';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0: rules with help, results with locations, the policy clause as a related location, partial fingerprints. */
export function sarif(r: AuditResult): string {
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
            informationUri: ruleDocsUrl(),
            rules: RULES.map((x) => ({
              id: x.meta.id,
              name: x.meta.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: x.meta.description },
              fullDescription: { text: `${x.meta.description} Kind: ${x.meta.kind}.` },
              help: { text: `${x.meta.description} See ${ruleDocsUrl(x.meta.id)}`, markdown: `${x.meta.description} [Rule documentation](${ruleDocsUrl(x.meta.id)})` },
              helpUri: ruleDocsUrl(x.meta.id),
              defaultConfiguration: { level: LEVEL[x.meta.defaultSeverity] },
              properties: { tags: ['privacy', x.meta.kind] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${r.root.replace(/\\/g, '/').replace(/\/?$/, '/')}` } },
        results: r.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
          relatedLocations: [
            ...(f.clause
              ? [{ id: 0, message: { text: `Policy clause '${f.clause.title}'` }, physicalLocation: { artifactLocation: { uri: f.clause.file, uriBaseId: '%SRCROOT%' }, region: { startLine: f.clause.line, endLine: f.clause.endLine } } }]
              : []),
            ...f.related.map((rel, i) => ({ id: i + 1, message: { text: rel.message }, physicalLocation: { artifactLocation: { uri: rel.file, uriBaseId: '%SRCROOT%' }, region: { startLine: rel.line, startColumn: rel.column } } })),
          ],
          partialFingerprints: { 'privacyLens/v1': f.fingerprint },
          properties: { kind: f.kind, dataCategories: f.dataCategories, ...(f.recipient ? { recipient: f.recipient } : {}) },
        })),
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: r.notes.map((n) => ({ level: 'note', message: { text: n.message }, locations: [{ physicalLocation: { artifactLocation: { uri: n.file, uriBaseId: '%SRCROOT%' }, ...(n.line ? { region: { startLine: n.line } } : {}) } }] })) }],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
