import * as path from 'node:path';
import * as vscode from 'vscode';
import { suppressionInsertion } from '../../core/edits';
import { COMMANDS } from '../ids';

const REASON = '\u0000reason\u0000';

/** Inserts the suppression directive above the finding — `{/* … *\/}` among JSX children, `//` elsewhere — with the cursor on the reason. */
export function registerSuppress(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.suppress, async (uri: vscode.Uri, line: number, ruleId: string) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const ins = suppressionInsertion(path.basename(uri.fsPath), doc.getText(), line, ruleId, REASON);
    const [before, after] = ins.text.split(REASON);
    const snippet = new vscode.SnippetString();
    snippet.appendText(before).appendPlaceholder('reason').appendText(after);
    await editor.insertSnippet(snippet, new vscode.Position(ins.line - 1, ins.column - 1));
  });
}
