import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Finding } from '../core/finding';
import { type Evaluation, Session } from '../core/session';
import { diagnosticKey, fileUri, toDiagnostic } from './convert';
import { COMMANDS, SOURCE } from './ids';
import { readSettings } from './settings';

const CHUNK = 40;
const SELECT_POLICY = 'Select Policy File…';

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

  /** A command was run: from now on a missing policy is said, not kept quiet. */
  private asked = false;

  /** The folders Privacy Lens works in: on disk, and not turned off with `privacyLens.enable`. */
  folders(): readonly vscode.WorkspaceFolder[] {
    return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file' && readSettings(f).enable);
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
    if (!folder || folder.uri.scheme !== 'file' || uri.scheme !== 'file' || !readSettings(folder).enable) return undefined;
    const session = this.session(folder);
    return { session, folder, rel: session.relative(uri.fsPath) };
  }

  /** (Re)loads settings, config and policy of every folder, then indexes in the background. */
  reload(): Promise<void> {
    for (const [key, s] of this.sessions) {
      // A folder turned off or removed: forget its session (publish() then clears its diagnostics).
      if (!this.folders().some((f) => f.uri.toString() === key)) {
        this.sessions.delete(key);
        this.lastEvaluation.delete(key);
        s.facts.clear();
      }
    }
    for (const folder of this.folders()) {
      const s = this.session(folder);
      const set = readSettings(folder);
      s.setOverrides({ policy: set.policy, include: set.include, exclude: set.exclude, rules: set.rules, untrusted: !vscode.workspace.isTrusted });
      s.load();
      if (this.shows(s)) this.reportOnce(this.problemOf(folder));
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
    if (at.session.policyPaths.includes(doc.uri.fsPath)) {
      at.session.setPolicyText(doc.getText(), doc.uri.fsPath);
      if (this.shows(at.session)) this.reportOnce(this.problemOf(at.folder));
    } else if (at.session.includes(at.rel)) {
      at.session.indexText(at.rel, doc.getText());
    } else return;
    this.publish();
  }

  /** Re-reads the policy from disk (policy saved or replaced). */
  policyChanged(uri: vscode.Uri): boolean {
    const at = this.sessionFor(uri);
    if (!at || !at.session.policyPaths.includes(uri.fsPath)) return false;
    at.session.load();
    if (this.shows(at.session)) this.reportOnce(this.problemOf(at.folder));
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

  /** Problems to show (status bar): a missing policy only once a command asked for one. */
  problems(): string[] {
    return this.folders().filter((f) => this.shows(this.session(f))).map((f) => this.problemOf(f));
  }

  /** Whether some folder has no policy yet (a new file may be it). */
  waitingForPolicy(): boolean {
    return this.folders().some((f) => !this.session(f).policy);
  }

  private shows(s: Session): boolean {
    return !!s.problem && (!s.noPolicy || this.asked);
  }

  /** A command needs the policy: say what is missing even where the folder never asked for the tool. Returns whether there is a problem. */
  requirePolicy(folder: vscode.WorkspaceFolder): boolean {
    this.asked = true;
    const s = this.session(folder);
    if (s.policy && s.policyPath && !s.problem) return false;
    this.show(this.problemOf(folder));
    this.changed.fire();
    return true;
  }

  /** The folder's problem in editor words: paths relative to the folder, no command-line flags. */
  problemOf(folder: vscode.WorkspaceFolder): string {
    const s = this.session(folder);
    if (s.noPolicy || !s.problem) return `no privacy policy found in '${folder.name}' (looked for PRIVACY.md, privacy-policy.md, docs/privacy*, app/privacy/page.tsx). Select the policy file, or add one of these.`;
    return s.problem.split(`${s.root}${path.sep}`).join('').split(s.root).join(folder.name);
  }

  /** Says a problem once per session, not once per keystroke. */
  reportOnce(problem: string): void {
    this.log.warn(problem);
    if (this.reported.has(problem)) return;
    this.reported.add(problem);
    this.show(problem);
  }

  private show(problem: string): void {
    void vscode.window.showWarningMessage(`Privacy Lens: ${problem}`, SELECT_POLICY).then((pick) => {
      if (pick) void vscode.commands.executeCommand(COMMANDS.selectPolicy);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.diagnostics.dispose();
    this.changed.dispose();
  }
}
