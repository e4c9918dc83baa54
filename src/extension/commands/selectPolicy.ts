import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Controller } from '../controller';
import { COMMANDS } from '../ids';

/** "Select policy file…": picks a file and stores it in the folder's privacyLens.policy setting. */
export function registerSelectPolicy(controller: Controller): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.selectPolicy, async () => {
    const folder = controller.folders()[0];
    if (!folder) {
      void vscode.window.showWarningMessage('Privacy Lens: open a folder first.');
      return;
    }
    const picked = await vscode.window.showOpenDialog({ defaultUri: folder.uri, canSelectMany: false, openLabel: 'Use as privacy policy', filters: { 'Policy documents': ['md', 'mdx', 'txt', 'html', 'htm', 'tsx', 'jsx', 'ts', 'js', 'json'] } });
    if (!picked?.[0]) return;
    const rel = path.relative(folder.uri.fsPath, picked[0].fsPath).split(path.sep).join('/');
    await vscode.workspace.getConfiguration('privacyLens', folder.uri).update('policy', rel, vscode.ConfigurationTarget.WorkspaceFolder);
  });
}
