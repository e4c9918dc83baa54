import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type Baseline, readBaseline } from '../../core/baseline';
import { baselineTarget } from '../../core/baseline';
import type { Controller } from '../controller';
import { COMMANDS } from '../ids';

/**
 * Adds one finding's fingerprint to the folder's baseline (the config's "baseline", else
 * privacy-lens-baseline.json — the file the CLI applies too). Writes only a baseline inside the
 * folder and never replaces a file that is not one. Returns whether it wrote.
 */
export function registerAddToBaseline(controller: Controller): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.addToBaseline, async (uri: vscode.Uri, fingerprint: string, given?: { ruleId: string; file: string; message: string }) => {
    const at = controller.sessionFor(uri);
    if (!at) return false;
    const target = baselineTarget(at.session.root, at.session.config);
    if ('refused' in target) {
      void vscode.window.showErrorMessage(`Privacy Lens: ${target.refused}.`);
      return false;
    }
    const finding = given ?? controller.lastEvaluation.get(at.folder.uri.toString())?.findings.find((f) => f.fingerprint === fingerprint);
    const baseline: Baseline = fs.existsSync(target.file) ? readBaseline(target.file) : { version: 1, findings: [] };
    if (!baseline.findings.some((f) => f.fingerprint === fingerprint)) {
      baseline.findings.push({ fingerprint, ruleId: finding?.ruleId ?? '', file: finding?.file ?? at.rel, message: finding?.message ?? '' });
      fs.mkdirSync(path.dirname(target.file), { recursive: true });
      fs.writeFileSync(target.file, `${JSON.stringify(baseline, null, 2)}\n`);
    }
    controller.publish();
    void vscode.window.showInformationMessage(`Privacy Lens: accepted into ${path.relative(at.session.root, target.file)}; audits in CI apply the same baseline.`);
    return true;
  });
}
