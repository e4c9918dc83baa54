import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { AuditResult } from '../../core/audit';
import type { Controller } from '../controller';
import { COMMANDS } from '../ids';
import { exportReport, currentReport, showReport } from '../report/panel';

/** Runs the audit in a worker thread with a cancellable progress notification. */
export function runAuditInWorker(context: vscode.ExtensionContext, root: string, policyFile: string | undefined, token: vscode.CancellationToken, progress: vscode.Progress<{ message?: string; increment?: number }>): Promise<AuditResult | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(context.extensionPath, 'dist', 'audit-worker.js'), { workerData: { root, policyFile } });
    let reported = 0;
    const sub = token.onCancellationRequested(() => {
      void worker.terminate();
      resolve(undefined);
    });
    worker.on('message', (m: { progress?: { done: number; total: number }; result?: AuditResult; error?: string }) => {
      if (m.progress) {
        const pct = m.progress.total ? (m.progress.done / m.progress.total) * 100 : 100;
        progress.report({ message: `${m.progress.done}/${m.progress.total} files`, increment: pct - reported });
        reported = pct;
      } else if (m.result) {
        sub.dispose();
        void worker.terminate();
        resolve(m.result);
      } else if (m.error) {
        sub.dispose();
        void worker.terminate();
        reject(new Error(m.error));
      }
    });
    worker.on('error', (e) => {
      sub.dispose();
      reject(e);
    });
  });
}

export function registerAuditWorkspace(context: vscode.ExtensionContext, controller: Controller): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.auditWorkspace, async () => {
      const folder = controller.folders()[0];
      if (!folder) {
        void vscode.window.showWarningMessage('Privacy Lens: open a folder to audit.');
        return undefined;
      }
      const s = controller.session(folder);
      if (controller.requirePolicy(folder) || !s.policyPath) return undefined;
      try {
        const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Privacy Lens: auditing workspace', cancellable: true }, (progress, token) => runAuditInWorker(context, s.root, s.policyPath, token, progress));
        if (result) showReport(context, result);
        return result ? { findings: result.findings.length } : undefined;
      } catch (e) {
        void vscode.window.showErrorMessage(`Privacy Lens: audit failed: ${(e as Error).message}`);
        return undefined;
      }
    }),
    vscode.commands.registerCommand(COMMANDS.exportReport, async (format?: 'markdown' | 'html' | 'sarif', target?: vscode.Uri) => {
      const r = currentReport();
      if (!r) {
        void vscode.window.showInformationMessage('Privacy Lens: run "Audit Workspace" first.');
        return undefined;
      }
      const pick = format ?? ((await vscode.window.showQuickPick(['markdown', 'html', 'sarif'], { placeHolder: 'Export format' })) as 'markdown' | 'html' | 'sarif' | undefined);
      return pick ? exportReport(r, pick, target) : undefined;
    }),
  );
}
