import type { AuditResult } from '../audit';
import { TOOL } from '../version';

/** The JSON contract of DESIGN.md (schemaVersion 1); extra keys only add. */
export function toJson(r: AuditResult): object {
  return {
    schemaVersion: 1,
    tool: TOOL,
    policy: {
      file: r.policyFile,
      format: r.policy.format,
      clauses: r.policy.clauses.map((c) => ({ id: c.id, title: c.title, line: c.line, endLine: c.endLine, headingPath: c.headingPath })),
    },
    findings: r.findings.map((f) => ({
      ruleId: f.ruleId,
      kind: f.kind,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      dataCategories: f.dataCategories,
      recipient: f.recipient,
      clause: f.clause,
      related: f.related,
      fixes: f.fixes,
      explain: f.explain,
      fingerprint: f.fingerprint,
    })),
    inventory: r.inventory,
    notes: r.notes,
    summary: { ...r.summary, suppressed: r.suppressed },
  };
}

export function json(r: AuditResult): string {
  return `${JSON.stringify(toJson(r), null, 2)}\n`;
}
