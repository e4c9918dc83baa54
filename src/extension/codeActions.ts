import * as vscode from 'vscode';
import type { Finding, Fix } from '../core/finding';
import type { Controller } from './controller';
import { fileUri, toRange } from './convert';
import { COMMANDS, SOURCE } from './ids';

/** Quick fixes read back from the finding's fixes: no re-analysis. */
export function registerCodeActions(controller: Controller): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, context) {
      const at = controller.sessionFor(document.uri);
      if (!at) return [];
      const actions: vscode.CodeAction[] = [];
      for (const diag of context.diagnostics) {
        if (diag.source !== SOURCE) continue;
        const finding = controller.findingFor(document.uri, diag);
        if (!finding) continue;
        for (const fix of finding.fixes) {
          const action = toAction(at.session.root, fix, finding, document.uri);
          // The real code edit is the preferred fix where there is one; otherwise opening the clause.
          action.isPreferred = fix.kind === 'edit' || (fix.kind === 'open-clause' && !finding.fixes.some((x) => x.kind === 'edit'));
          action.diagnostics = [diag];
          actions.push(action);
        }
      }
      return actions;
    },
  };
  return vscode.languages.registerCodeActionsProvider(
    [{ scheme: 'file', language: 'typescript' }, { scheme: 'file', language: 'typescriptreact' }, { scheme: 'file', language: 'javascript' }, { scheme: 'file', language: 'javascriptreact' }],
    provider,
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}

function toAction(root: string, fix: Fix, finding: Finding, uri: vscode.Uri): vscode.CodeAction {
  const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  switch (fix.kind) {
    case 'open-clause':
      a.command = { title: fix.title, command: COMMANDS.openClause, arguments: [fileUri(root, fix.file), fix.line, fix.endLine] };
      break;
    case 'edit': {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(fileUri(root, fix.file), toRange(fix.start.line, fix.start.column, fix.end.line, fix.end.column), fix.text);
      a.edit = edit;
      break;
    }
    case 'draft-policy':
      a.command = { title: fix.title, command: COMMANDS.draftStatement, arguments: [fileUri(root, fix.file), fix.line, fix.text] };
      break;
    case 'suppress':
      a.command = { title: fix.title, command: COMMANDS.suppress, arguments: [uri, fix.line, finding.ruleId] };
      break;
    case 'baseline':
      // The finding itself travels with the command: the folder's last full evaluation may not hold it yet.
      a.command = { title: fix.title, command: COMMANDS.addToBaseline, arguments: [uri, fix.fingerprint, { ruleId: finding.ruleId, file: finding.file, message: finding.message }] };
      break;
  }
  return a;
}
