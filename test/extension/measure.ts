import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PrivacyLensApi } from '../../src/extension/extension';

/** Timings for the closing notes (no assertions on time): activation → diagnostics, edit → updated diagnostics. */
async function waitFor<T>(check: () => T | undefined | false): Promise<T> {
  for (;;) {
    const v = check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('Privacy Lens timings', () => {
  it('measures', async () => {
    const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    const t0 = Date.now();
    const ext = vscode.extensions.getExtension<PrivacyLensApi>('privacy-lens.privacy-lens')!;
    const api = await ext.activate();
    await api.ready;
    const indexed = Date.now() - t0;
    const first = [...api.controller.lastEvaluation.values()][0]?.findings.find((f) => f.kind === 'collection');
    const target = first ? path.join(root, first.file) : findModel(root);
    const uri = vscode.Uri.file(target);
    const t2 = Date.now();
    await vscode.window.showTextDocument(uri);
    await waitFor(() => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'Privacy Lens'));
    const open = Date.now() - t2;
    const editor = vscode.window.activeTextEditor!;
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Privacy Lens').length;
      const line = editor.document.getText().split('\n').findIndex((l) => /^\s*(export )?(interface|class) /.test(l)) + 1;
      const t1 = Date.now();
      await editor.edit((b) => b.insert(new vscode.Position(line, 0), `  taxpayerId${i}: string;\n`));
      await waitFor(() => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Privacy Lens').length > before);
      samples.push(Date.now() - t1);
    }
    samples.sort((a, b) => a - b);
    const files = api.controller.lastEvaluation.size ? [...api.controller.lastEvaluation.values()][0].findings.length : 0;
    console.log(`timing: workspace ${path.basename(root)}; background index of ${api.controller.lastIndex.files} files + diagnostics ${api.controller.lastIndex.ms} ms (ready ${indexed} ms after this test asked); open ${path.relative(root, target)} → its diagnostics ${open} ms; edit → updated diagnostics median ${samples[2]} ms (min ${samples[0]}, max ${samples[4]}, debounce 300 ms included); ${files} findings`);
  });
});

function findModel(root: string): string {
  const preferred = path.join(root, 'src', 'accounts', 'account.entity.ts');
  if (fs.existsSync(preferred)) return preferred;
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (/models\/f\d+\.ts$/.test(p) && /homePhone/.test(fs.readFileSync(p, 'utf8'))) return p;
    }
  }
  throw new Error('no model file');
}
