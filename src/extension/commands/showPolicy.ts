import * as path from 'node:path';
import * as vscode from 'vscode';
import { policyText } from '../../core/reporters/policy';
import type { Controller } from '../controller';
import { COMMANDS } from '../ids';

/** "Show Policy Understanding": what the policy declares, clause by clause, in a read-only document. */
export function registerShowPolicy(controller: Controller): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.showPolicyUnderstanding, async () => {
    const folder = controller.folders()[0];
    if (!folder) {
      void vscode.window.showWarningMessage('Privacy Lens: open a folder first.');
      return;
    }
    const s = controller.session(folder);
    if (controller.requirePolicy(folder) || !s.policy || !s.policyPath) return;
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: policyText(s.policy, path.relative(s.root, s.policyPath)) });
    await vscode.window.showTextDocument(doc, { preview: true });
  });
}
