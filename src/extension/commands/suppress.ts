import * as vscode from 'vscode';
import { COMMANDS } from '../ids';

/** Inserts `// privacy-lens-ignore-next-line RULE -- ` above the finding with the cursor on the reason. */
export function registerSuppress(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.suppress, async (uri: vscode.Uri, line: number, ruleId: string) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const target = doc.lineAt(Math.max(0, line - 1));
    const indent = target.text.slice(0, target.firstNonWhitespaceCharacterIndex);
    await editor.insertSnippet(new vscode.SnippetString(`${indent}// privacy-lens-ignore-next-line ${ruleId} -- \${1:reason}\n`), new vscode.Position(target.lineNumber, 0));
  });
}
