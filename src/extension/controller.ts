import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Finding } from '../core/finding';
import { type Evaluation, Session } from '../core/session';
import { diagnosticKey, fileUri, toDiagnostic } from './convert';
import { COMMANDS, SOURCE } from './ids';
import { readSettings } from './settings';

const CHUNK = 40;

/**
 * Holds one analysis session per workspace folder, indexes in the background in
 * small chunks (the extension host stays responsive), re-analyzes one file per
 * edit and publishes diagnostics.
 */
export class Controller implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('privacy-lens');
  private readonly sessions = new Map<string, Session>();
  private readonly byKey = new Map<string, Finding>();
  private readonly published = new Set<string>();
  private readonly signatures = new Map<string, string>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private indexing: Promise<void> | undefined;
  /** Bumped by every reload: an older background index stops at its next chunk. */
  private generation = 0;
  /** Files indexed so far while a background index runs (for the status bar); undefined when idle. */
  progress: { done: number; total: number } | undefined;
  private disposed = false;
  lastEvaluation = new Map<string, Evaluation>();
  /** How long the last background index took, and how many files it read (for timings). */
  lastIndex = { ms: 0, files: 0 };

  constructor(private readonly log: vscode.LogOutputChannel) {}

  folders(): readonly vscode.WorkspaceFolder[] {
    return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  }

  session(folder: vscode.WorkspaceFolder): Session {
    let s = this.sessions.get(folder.uri.toString());
    if (!s) {
      s = new Session(folder.uri.fsPath);
      this.sessions.set(folder.uri.toString(), s);
    }
    return s;
  }

  sessionFor(uri: vscode.Uri): { session: Session; folder: vscode.WorkspaceFolder; rel: string } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || folder.uri.scheme !== 'file' || uri.scheme !== 'file') return undefined;
    const session = this.session(folder);
    return { session, folder, rel: session.relative(uri.fsPath) };
  }

  /** (Re)loads settings, config and policy of every folder, then indexes in the background. */
  reload(): Promise<void> {
    for (const folder of this.folders()) {
      const s = this.session(folder);
      const set = readSettings(folder);
      s.setOverrides({ policy: set.policy, include: set.include, exclude: set.exclude, rules: set.rules });
      s.load();
      if (s.problem) this.reportOnce(s.problem);
      s.facts.clear();
    }
    this.indexing = this.indexAll(++this.generation);
    return this.indexing;
  }

  whenIndexed(): Promise<void> {
    return this.indexing ?? Promise.resolve();
  }

  private async indexAll(generation: number): Promise<void> {
    const t0 = Date.now();
    let count = 0;
    for (const folder of this.folders()) {
      const s = this.session(folder);
      if (!s.policy) continue;
      const files = s.files();
      for (let i = 0; i < files.length; i += CHUNK) {
        this.progress = { done: i, total: files.length };
        if (i % (CHUNK * 10) === 0) this.changed.fire();
        if (this.disposed || generation !== this.generation) return;
        for (const rel of files.slice(i, i + CHUNK)) {
          const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === path.join(s.root, rel));
          if (open) s.indexText(rel, open.getText());
          else s.indexFromDisk(rel);
        }
        count += Math.min(CHUNK, files.length - i);
        await new Promise((r) => setImmediate(r));
      }
    }
    this.progress = undefined;
    this.publish();
    this.lastIndex = { ms: Date.now() - t0, files: count };
    this.log.info(`indexed ${count} files and published diagnostics in ${this.lastIndex.ms} ms`);
  }

  /** Re-analyzes one document from its current text and republishes. */
  updateDocument(doc: vscode.TextDocument): void {
    const at = this.sessionFor(doc.uri);
    if (!at || !at.session.policy) return;
    if (at.session.policyPath && doc.uri.fsPath === at.session.policyPath) {
      at.session.setPolicyText(doc.getText());
      if (at.session.problem) this.reportOnce(at.session.problem);
    } else if (at.session.includes(at.rel)) {
      at.session.indexText(at.rel, doc.getText());
    } else return;
    this.publish();
  }

  /** Re-reads the policy from disk (policy saved or replaced). */
  policyChanged(uri: vscode.Uri): boolean {
    const at = this.sessionFor(uri);
    if (!at || uri.fsPath !== at.session.policyPath) return false;
    at.session.load();
    if (at.session.problem) this.reportOnce(at.session.problem);
    this.publish();
    return true;
  }

  removed(uri: vscode.Uri): void {
    const at = this.sessionFor(uri);
    if (!at) return;
    at.session.remove(at.rel);
    this.publish();
  }

  publish(): void {
    const t0 = Date.now();
    this.byKey.clear();
    const next = new Set<string>();
    for (const folder of this.folders()) {
      const s = this.session(folder);
      const ev = s.evaluate();
      if (!ev) {
        this.lastEvaluation.delete(folder.uri.toString());
        continue;
      }
      this.lastEvaluation.set(folder.uri.toString(), ev);
      for (const [rel, findings] of ev.byFile) {
        const uri = fileUri(s.root, rel);
        const diags = findings.map((f) => {
          const d = toDiagnostic(s.root, f);
          this.byKey.set(diagnosticKey(uri, d), f);
          return d;
        });
        // Only files whose findings changed are sent to the editor again (an edit changes one or two).
        const signature = findings.map((f) => `${f.fingerprint}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}:${f.severity}:${f.message}`).join('|');
        const key = uri.toString();
        if (this.signatures.get(key) !== signature) {
          this.diagnostics.set(uri, diags);
          this.signatures.set(key, signature);
        }
        next.add(key);
      }
    }
    for (const u of this.published) {
      if (next.has(u)) continue;
      this.diagnostics.delete(vscode.Uri.parse(u));
      this.signatures.delete(u);
    }
    this.published.clear();
    for (const u of next) this.published.add(u);
    this.log.debug(`published diagnostics in ${Date.now() - t0} ms`);
    this.changed.fire();
  }

  findingFor(uri: vscode.Uri, d: { range: vscode.Range; message: string; source?: string }): Finding | undefined {
    if (d.source && d.source !== SOURCE) return undefined;
    return this.byKey.get(diagnosticKey(uri, d));
  }

  findingsAt(uri: vscode.Uri, pos: vscode.Position): Finding[] {
    return (this.diagnostics.get(uri) ?? []).filter((d) => d.range.contains(pos)).map((d) => this.byKey.get(diagnosticKey(uri, d))).filter((f): f is Finding => !!f);
  }

  problems(): string[] {
    return this.folders().map((f) => this.session(f).problem).filter((p): p is string => !!p);
  }

  /** Says a problem once per session, not once per keystroke. */
  reportOnce(problem: string): void {
    this.log.warn(problem);
    if (this.reported.has(problem)) return;
    this.reported.add(problem);
    void vscode.window.showWarningMessage(`Privacy Lens: ${problem}`, 'Select policy file…').then((pick) => {
      if (pick) void vscode.commands.executeCommand(COMMANDS.selectPolicy);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.diagnostics.dispose();
    this.changed.dispose();
  }
}
