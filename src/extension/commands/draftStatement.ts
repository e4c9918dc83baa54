import * as vscode from 'vscode';
import { COMMANDS } from '../ids';

/** Opens the policy at the right section with a drafted line inserted for the policy owner to review. */
export function registerDraftStatement(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.draftStatement, async (uri: vscode.Uri, line: number, text: string) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = Math.min(Math.max(0, line - 1), doc.lineCount);
    const edit = new vscode.WorkspaceEdit();
    const pos = at >= doc.lineCount ? doc.lineAt(doc.lineCount - 1).range.end : new vscode.Position(at, 0);
    edit.insert(uri, pos, at >= doc.lineCount ? `\n${text}` : `${text}\n`);
    await vscode.workspace.applyEdit(edit);
    const lineNo = at >= doc.lineCount ? doc.lineCount - 1 : at;
    await vscode.window.showTextDocument(doc, { selection: new vscode.Selection(lineNo, 0, lineNo, text.length), preview: false });
  });
}
