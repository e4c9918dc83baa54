import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PrivacyLensApi } from '../../src/extension/extension';

const SOURCE = 'Privacy Lens';

/** Polls until `check` returns a value (no fixed sleeps); fails with `what` after the timeout. */
async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the test workspace (examples/it-rays) is open');
  return f.uri;
}

const file = (rel: string) => vscode.Uri.joinPath(folder(), rel);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('Privacy Lens in a real VS Code', function () {
  let api: PrivacyLensApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<PrivacyLensApi>('privacy-lens.privacy-lens');
    assert.ok(ext, 'the extension is installed');
    api = await ext.activate();
    await api.ready;
  });

  it('shows diagnostics with source, rule code linking to its docs, and the clause as related information', async () => {
    const uri = file('src/accounts/account.entity.ts');
    await vscode.window.showTextDocument(uri);
    const diag = await waitFor('the undeclared phone number', () => ours(uri).find((d) => codeOf(d) === 'undeclared-collection'));
    assert.equal(diag.range.start.line, 20);
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diag.message, /^Account\.mobilePhone collects phone number/);
    assert.ok(typeof diag.code === 'object' && diag.code.target.toString().endsWith('/docs/rules/undeclared-collection.md'));
    const rel = diag.relatedInformation?.[0];
    assert.ok(rel && rel.location.uri.fsPath.endsWith('privacy-policy.txt'));
    assert.equal(rel.location.range.start.line, 8, 'the collection section heading');
  });

  it('offers quick fixes from the finding, and "Open policy clause" lands on the clause', async () => {
    const uri = file('src/billing/payment-method.ts');
    await vscode.window.showTextDocument(uri);
    const diag = await waitFor('the stored card number', () => ours(uri).find((d) => codeOf(d) === 'prohibited-collection'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title).filter((t) => /policy clause|Suppress with a reason|Add to baseline|Draft a policy statement/.test(t));
    assert.deepEqual(titles, ["Open policy clause 'Payment Processors'", 'Suppress with a reason', 'Add to baseline'], `actions: ${actions.map((a) => a.title).join(' | ')}`);
    const open = actions.find((a) => a.title.startsWith('Open policy clause'));
    assert.equal(open?.isPreferred, true);
    await vscode.commands.executeCommand(open!.command!.command, ...(open!.command!.arguments ?? []));
    const editor = await waitFor('the policy editor', () => (vscode.window.activeTextEditor?.document.uri.fsPath.endsWith('privacy-policy.txt') ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.selection.start.line, 44);
    assert.match(editor.document.lineAt(44).text, /Payment Processors: We use secure third-party payment processors/);
  });

  it('applies "Set to N days as the policy declares" to a retention setting', async () => {
    const uri = file('src/config/logging.ts');
    await vscode.window.showTextDocument(uri);
    const diag = await waitFor('the 180-day log retention', () => ours(uri).find((d) => codeOf(d) === 'retention-exceeds-policy'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const set = actions.find((a) => a.title.startsWith('Set to 90 days as the policy declares'));
    assert.ok(set?.edit, `a "Set to 90 days" fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(set.edit));
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /DEVICE_LOG_RETENTION_DAYS \?\? 90\)/);
    await waitFor('the retention finding to go away', () => !ours(uri).some((d) => codeOf(d) === 'retention-exceeds-policy'));
  });

  it('updates diagnostics after an edit', async () => {
    const uri = file('src/accounts/account.entity.ts');
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((b) => b.insert(new vscode.Position(22, 0), '  @Column({ nullable: true })\n  ssn?: string;\n\n'));
    const diag = await waitFor('a finding on the new field', () => ours(uri).find((d) => d.message.startsWith('Account.ssn collects')));
    assert.equal(diag.range.start.line, 23);
  });

  it('re-evaluates when the policy declares the data', async () => {
    const entity = file('src/accounts/account.entity.ts');
    await waitFor('the phone finding', () => ours(entity).some((d) => d.message.startsWith('Account.mobilePhone')));
    const policy = await vscode.window.showTextDocument(file('privacy-policy.txt'));
    const line = policy.document.lineAt(12);
    assert.match(line.text, /Account Information: Name, email address,/);
    await policy.edit((b) => b.replace(line.range, line.text.replace('email address,', 'email address, phone number,')));
    await waitFor('the phone finding to go away', () => !ours(entity).some((d) => d.message.startsWith('Account.mobilePhone')));
  });

  it('explains a finding on hover', async () => {
    const uri = file('src/observability/sentry.ts');
    await vscode.window.showTextDocument(uri);
    const diag = await waitFor('the Sentry finding', () => ours(uri).find((d) => codeOf(d) === 'undeclared-sharing'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, diag.range.start);
    // MarkdownString.appendText escapes: read it back as a person sees it.
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ').replace(/\\([()[\]\\*_.`])/g, '$1');
    assert.match(text, /Privacy Lens · undeclared-sharing/);
    assert.match(text, /email → Email address \(user\.contact\.email\), lexicon "email"/);
  });

  it('audits the workspace in a worker and reports findings and the inventory; the report exports', async () => {
    const result = await vscode.commands.executeCommand<{ findings: number }>('privacyLens.auditWorkspace');
    assert.ok(result && result.findings > 0, 'the audit returns its findings');
    const report = api.currentReport();
    assert.ok(report);
    assert.ok(report.findings.some((f) => f.ruleId === 'prohibited-sharing' && f.file === 'src/marketing/meta-capi.ts'));
    assert.ok(report.inventory.recipients.some((r) => r.name === 'Segment' && r.categories.includes('user.contact.email')));
    const target = vscode.Uri.file(path.join(folder().fsPath, 'report.md'));
    await vscode.commands.executeCommand('privacyLens.exportReport', 'markdown', target);
    const md = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(md, /^# Privacy Lens report\n/);
    assert.match(md, /\| error \| \[prohibited-sharing\]/);
  });

  it('"Add to baseline" hides the finding and writes the baseline the CLI reads', async () => {
    const uri = file('src/observability/sentry.ts');
    await vscode.window.showTextDocument(uri);
    const diag = await waitFor('the Sentry finding', () => ours(uri).find((d) => codeOf(d) === 'undeclared-sharing'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const add = actions.find((a) => a.title === 'Add to baseline');
    assert.ok(add?.command);
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    await waitFor('the finding to leave the Problems panel', () => !ours(uri).some((d) => codeOf(d) === 'undeclared-sharing'));
    const baseline = JSON.parse(fs.readFileSync(path.join(folder().fsPath, 'privacy-lens-baseline.json'), 'utf8'));
    assert.deepEqual(baseline.findings.map((f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`), ['undeclared-sharing src/observability/sentry.ts']);
  });
});
