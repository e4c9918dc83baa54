import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { AuditResult } from '../../core/audit';
import { REPORTERS } from '../../core/reporters';
import { fileUri, lineRange } from '../convert';
import { REPORT_VIEW } from '../ids';
import { renderReport } from './render';

let current: { panel: vscode.WebviewPanel; result: AuditResult } | undefined;

/** The last report shown (tests read it; exports use it). */
export function currentReport(): AuditResult | undefined {
  return current?.result;
}

/** Shows (or refreshes) the report view for an audit result. */
export function showReport(context: vscode.ExtensionContext, result: AuditResult): vscode.WebviewPanel {
  const media = vscode.Uri.joinPath(context.extensionUri, 'media');
  const panel = current?.panel ?? vscode.window.createWebviewPanel(REPORT_VIEW, 'Privacy Lens Report', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false });
  if (!current) {
    panel.onDidDispose(() => (current = undefined));
    panel.webview.onDidReceiveMessage((m: { type: string; file?: string; line?: number; format?: string }) => {
      const r = current?.result;
      if (!r) return;
      if (m.type === 'open' && typeof m.file === 'string') {
        void vscode.window.showTextDocument(fileUri(r.root, m.file), { selection: lineRange(Number(m.line) || 1, Number(m.line) || 1), preview: false });
      } else if (m.type === 'export' && (m.format === 'markdown' || m.format === 'html' || m.format === 'sarif')) {
        void exportReport(r, m.format);
      }
    });
  }
  current = { panel, result };
  const nonce = randomBytes(16).toString('base64');
  panel.webview.html = renderReport(result, {
    cspSource: panel.webview.cspSource,
    nonce,
    styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.css')).toString(),
    scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.js')).toString(),
  });
  panel.reveal();
  return panel;
}

const EXT = { markdown: 'md', html: 'html', sarif: 'sarif' } as const;

export async function exportReport(r: AuditResult, format: keyof typeof EXT, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(vscode.Uri.file(r.root), `privacy-lens-report.${EXT[format]}`), filters: { Report: [EXT[format]] } }));
  if (!uri) return undefined;
  fs.writeFileSync(uri.fsPath, REPORTERS[format](r));
  void vscode.window.showInformationMessage(`Privacy Lens: report written to ${vscode.workspace.asRelativePath(uri)}`);
  return uri;
}
