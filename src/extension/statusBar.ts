import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Controller } from './controller';
import { COMMANDS } from './ids';

/** Finding count and policy name; a click runs the workspace audit. */
export function registerStatusBar(controller: Controller): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('privacyLens.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Privacy Lens';
  item.command = COMMANDS.auditWorkspace;
  const update = () => {
    const problems = controller.problems();
    if (controller.progress) {
      item.text = `$(sync~spin) Privacy Lens: ${controller.progress.done}/${controller.progress.total} files`;
      item.tooltip = 'Privacy Lens is indexing the workspace in the background';
      item.command = undefined;
    } else if (problems.length) {
      item.text = '$(shield) Privacy Lens: no policy';
      item.tooltip = `${problems.join('\n')}\nClick to select the policy file.`;
      item.command = COMMANDS.selectPolicy;
    } else if (!controller.folders().some((f) => controller.session(f).policy)) {
      // Quiet where the tool was never asked for: no item until a policy is found or a command runs.
      item.hide();
      return;
    } else {
      let count = 0;
      const names: string[] = [];
      for (const f of controller.folders()) {
        const s = controller.session(f);
        if (s.policyPath) names.push(path.basename(s.policyPath));
        count += controller.lastEvaluation.get(f.uri.toString())?.findings.length ?? 0;
      }
      item.text = `$(shield) ${count} · ${names.join(', ') || 'Privacy Lens'}`;
      item.tooltip = `Privacy Lens: ${count} finding${count === 1 ? '' : 's'} against ${names.join(', ')} — click to audit the workspace`;
      item.command = COMMANDS.auditWorkspace;
    }
    item.show();
  };
  update();
  return vscode.Disposable.from(item, controller.onDidChange(update));
}
