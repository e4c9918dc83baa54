import * as vscode from 'vscode';
import type { Controller } from './controller';
import { readSettings } from './settings';

const LANGS = new Set(['typescript', 'typescriptreact', 'javascript', 'javascriptreact']);

/** Re-analyzes documents on open and on edit (debounced), and the policy when it changes. */
export function registerDocuments(controller: Controller): vscode.Disposable {
  const timers = new Map<string, NodeJS.Timeout>();
  const schedule = (doc: vscode.TextDocument, immediate = false) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    const settings = readSettings(doc.uri);
    if (!immediate && !settings.analyzeAsYouType && !isPolicy(controller, doc)) return;
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        try {
          controller.updateDocument(doc);
        } catch (e) {
          controller.reportOnce(`${vscode.workspace.asRelativePath(doc.uri)}: analysis failed (${(e as Error).message})`);
        }
      }, immediate ? 0 : settings.debounceMs),
    );
  };
  const relevant = (doc: vscode.TextDocument) => doc.uri.scheme === 'file' && (LANGS.has(doc.languageId) || isPolicy(controller, doc));
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((d) => relevant(d) && schedule(d, true)),
    vscode.workspace.onDidChangeTextDocument((e) => relevant(e.document) && e.contentChanges.length && schedule(e.document)),
    vscode.workspace.onDidSaveTextDocument((d) => relevant(d) && schedule(d, true)),
    watcher,
    watcher.onDidDelete((u) => controller.removed(u)),
    watcher.onDidChange((u) => {
      if (/\.privacy-lens\.json$/.test(u.fsPath)) void controller.reload();
      else if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString())) controller.policyChanged(u);
    }),
    watcher.onDidCreate((u) => {
      // Only a file that may be the policy (or the config) is worth a reload while a folder has none.
      if (/\.privacy-lens\.json$/.test(u.fsPath) || (/privacy/i.test(u.fsPath) && controller.waitingForPolicy())) void controller.reload();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('privacyLens') && void controller.reload()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void controller.reload()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void controller.reload()),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}

function isPolicy(controller: Controller, doc: vscode.TextDocument): boolean {
  const at = controller.sessionFor(doc.uri);
  return !!at && at.session.policyPaths.includes(doc.uri.fsPath);
}
