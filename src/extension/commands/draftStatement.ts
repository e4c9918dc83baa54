import * as vscode from 'vscode';
import { draftInsertion } from '../../core/edits';
import { COMMANDS } from '../ids';

/** Opens the policy at the right section with a drafted statement (already in the policy's format) inserted for the policy owner to review. */
export function registerDraftStatement(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.draftStatement, async (uri: vscode.Uri, line: number, text: string) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const ins = draftInsertion(doc.getText(), line, text, uri.fsPath);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(ins.line - 1, ins.column - 1), ins.text);
    await vscode.workspace.applyEdit(edit);
    const lineNo = ins.text.startsWith('\n') ? ins.line : ins.line - 1;
    const drafted = doc.lineAt(Math.min(lineNo, doc.lineCount - 1));
    await vscode.window.showTextDocument(doc, { selection: new vscode.Selection(lineNo, drafted.firstNonWhitespaceCharacterIndex, lineNo, drafted.text.length), preview: false });
  });
}
