import * as vscode from 'vscode';
import { category } from '../core/taxonomy';
import type { Controller } from './controller';
import { fileUri } from './convert';

/** A hover on a flagged field or call explains the category match, the data path and the clause. */
export function registerHover(controller: Controller): vscode.Disposable {
  return vscode.languages.registerHoverProvider(['typescript', 'typescriptreact', 'javascript', 'javascriptreact'], {
    provideHover(document, position) {
      const at = controller.sessionFor(document.uri);
      const findings = at ? controller.findingsAt(document.uri, position) : [];
      if (!at || !findings.length) return undefined;
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = false;
      md.supportHtml = false;
      for (const f of findings) {
        md.appendMarkdown(`**Privacy Lens · ${f.ruleId}**\n\n`);
        md.appendText(f.message);
        md.appendMarkdown('\n\n');
        for (const c of f.explain.classification) {
          md.appendMarkdown('- ');
          md.appendText(`${c.name} → ${category(c.category)?.name ?? c.category} (${c.category}), lexicon "${c.lexeme}"`);
          md.appendMarkdown('\n');
        }
        if (f.explain.path.length) {
          md.appendMarkdown('- path: ');
          md.appendText(f.explain.path.join(' → '));
          md.appendMarkdown('\n');
        }
        if (f.clause) {
          const uri = fileUri(at.session.root, f.clause.file).with({ fragment: `L${f.clause.line}` });
          md.appendMarkdown(`- policy: [${escapeLink(f.clause.title)}](${uri.toString()})\n`);
        }
        md.appendMarkdown('\n');
      }
      return new vscode.Hover(md);
    },
  });
}

function escapeLink(s: string): string {
  return s.replace(/[[\]()\\`*_<>]/g, (c) => `\\${c}`);
}
