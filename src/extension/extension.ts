import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { registerAddToBaseline } from './commands/addToBaseline';
import { registerAuditWorkspace } from './commands/auditWorkspace';
import { registerDraftStatement } from './commands/draftStatement';
import { registerOpenClause } from './commands/openClause';
import { registerSelectPolicy } from './commands/selectPolicy';
import { registerShowPolicy } from './commands/showPolicy';
import { registerSuppress } from './commands/suppress';
import { Controller } from './controller';
import { registerDocuments } from './documents';
import { registerHover } from './hover';
import { currentReport } from './report/panel';
import { registerStatusBar } from './statusBar';

/** What tests (and other extensions) can read: the live controller and the last report. */
export interface PrivacyLensApi {
  controller: Controller;
  ready: Promise<void>;
  currentReport: typeof currentReport;
}

export function activate(context: vscode.ExtensionContext): PrivacyLensApi {
  const log = vscode.window.createOutputChannel('Privacy Lens', { log: true });
  const controller = new Controller(log);
  context.subscriptions.push(
    log,
    controller,
    registerDocuments(controller),
    registerCodeActions(controller),
    registerHover(controller),
    registerStatusBar(controller),
    registerOpenClause(),
    registerDraftStatement(),
    registerSuppress(),
    registerAddToBaseline(controller),
    registerSelectPolicy(controller),
    registerShowPolicy(controller),
    registerAuditWorkspace(context, controller),
  );
  const ready = controller.reload().catch((e: unknown) => log.error(`indexing failed: ${(e as Error).message}`));
  return { controller, ready, currentReport };
}

export function deactivate(): void {
  /* disposables are released through context.subscriptions */
}
