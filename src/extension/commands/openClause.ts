import * as vscode from 'vscode';
import { lineRange } from '../convert';
import { COMMANDS } from '../ids';

/** Opens the policy and selects the clause's lines. */
export function registerOpenClause(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.openClause, async (uri: vscode.Uri, line: number, endLine: number) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const range = lineRange(line, endLine);
    const end = doc.lineAt(Math.min(doc.lineCount - 1, range.end.line)).range.end;
    const selection = new vscode.Selection(range.start, end);
    await vscode.window.showTextDocument(doc, { selection, preview: false });
  });
}
