import * as vscode from 'vscode';
import type { ClauseRef, Finding, Severity } from '../core/finding';
import { ruleDocsUrl } from '../core/reporters/docs';
import { SOURCE } from './ids';

/**
 * The one place where 1-based finding positions become VS Code's 0-based ranges
 * and findings become diagnostics.
 */
export function toRange(line: number, column: number, endLine: number, endColumn: number): vscode.Range {
  return new vscode.Range(Math.max(0, line - 1), Math.max(0, column - 1), Math.max(0, endLine - 1), Math.max(0, endColumn - 1));
}

export function lineRange(line: number, endLine = line): vscode.Range {
  return new vscode.Range(Math.max(0, line - 1), 0, Math.max(0, endLine - 1), Number.MAX_SAFE_INTEGER);
}

export function fileUri(root: string, rel: string): vscode.Uri {
  return rel.startsWith('/') ? vscode.Uri.file(rel) : vscode.Uri.joinPath(vscode.Uri.file(root), rel);
}

export function clauseLocation(root: string, clause: ClauseRef): vscode.Location {
  return new vscode.Location(fileUri(root, clause.file), lineRange(clause.line, clause.endLine));
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(root: string, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.line, f.column, f.endLine, f.endColumn), f.message, SEVERITY[f.severity]);
  d.source = SOURCE;
  d.code = { value: f.ruleId, target: vscode.Uri.parse(ruleDocsUrl(f.ruleId)) };
  const related: vscode.DiagnosticRelatedInformation[] = [];
  if (f.clause) related.push(new vscode.DiagnosticRelatedInformation(clauseLocation(root, f.clause), `Policy clause: ${f.clause.title}`));
  for (const r of f.related) related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(fileUri(root, r.file), toRange(r.line, r.column, r.line, r.column)), r.message));
  d.relatedInformation = related;
  return d;
}

/** Key that finds a finding back from a diagnostic (code actions and hovers read fixes instead of re-analyzing). */
export function diagnosticKey(uri: vscode.Uri, d: { range: vscode.Range; message: string }): string {
  return `${uri.toString()}#${d.range.start.line}:${d.range.start.character}#${d.message}`;
}
