import * as path from 'node:path';
import * as vscode from 'vscode';
import { policyText } from '../../core/reporters/policy';
import type { Controller } from '../controller';
import { COMMANDS } from '../ids';

/** "Show Policy Understanding": what the policy declares, clause by clause, in a read-only document. */
export function registerShowPolicy(controller: Controller): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.showPolicyUnderstanding, async () => {
    const folder = controller.folders()[0];
    const s = folder && controller.session(folder);
    if (!s?.policy || !s.policyPath) {
      void vscode.window.showWarningMessage(`Privacy Lens: ${s?.problem ?? 'no policy loaded'}`);
      return;
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: policyText(s.policy, path.relative(s.root, s.policyPath)) });
    await vscode.window.showTextDocument(doc, { preview: true });
  });
}
