import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Baseline } from '../../core/baseline';
import type { Controller } from '../controller';
import { COMMANDS } from '../ids';

/** Adds one finding's fingerprint to the folder's baseline file (config "baseline", else privacy-lens-baseline.json). */
export function registerAddToBaseline(controller: Controller): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.addToBaseline, async (uri: vscode.Uri, fingerprint: string) => {
    const at = controller.sessionFor(uri);
    if (!at) return;
    const finding = controller.lastEvaluation.get(at.folder.uri.toString())?.findings.find((f) => f.fingerprint === fingerprint);
    const file = path.resolve(at.session.root, at.session.config.baseline ?? 'privacy-lens-baseline.json');
    let baseline: Baseline = { version: 1, findings: [] };
    try {
      baseline = JSON.parse(fs.readFileSync(file, 'utf8')) as Baseline;
    } catch {
      /* a new baseline */
    }
    if (!baseline.findings.some((f) => f.fingerprint === fingerprint)) {
      baseline.findings.push({ fingerprint, ruleId: finding?.ruleId ?? '', file: finding?.file ?? at.rel, message: finding?.message ?? '' });
      fs.writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
    }
    controller.publish();
    void vscode.window.showInformationMessage(`Privacy Lens: added to ${path.relative(at.session.root, file)}; the CLI's --baseline accepts it.`);
  });
}
