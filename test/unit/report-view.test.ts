import assert from 'node:assert/strict';
import path from 'node:path';
import { audit } from '../../src/core/audit';
import { renderReport } from '../../src/extension/report/render';

describe('report view (webview HTML)', () => {
  const assets = { cspSource: 'vscode-webview://abc', nonce: 'N0nce123', styleUri: 'vscode-webview://abc/report.css', scriptUri: 'vscode-webview://abc/report.js' };

  it('allows only its own stylesheet and the nonce script, and escapes policy and code text', async () => {
    const r = await audit({ root: path.join(__dirname, '..', '..', 'examples', 'it-rays') });
    r.findings[0].message = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    if (r.findings[0].clause) r.findings[0].clause.title = '"><svg onload=alert(3)>';
    const html = renderReport(r, assets);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src vscode-webview:\/\/abc; script-src 'nonce-N0nce123'; img-src vscode-webview:\/\/abc;">/);
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
    assert.match(html, /<script nonce="N0nce123" src="vscode-webview:\/\/abc\/report\.js"><\/script>/);
    assert.ok(!html.includes('<img') && !html.includes('<svg') && !html.includes('onerror=alert(2)>'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!/https?:\/\/(?!github\.com)/.test(html.replace(/https:\/\/github\.com[^"]*/g, '')), 'no remote content');
  });

  it('groups findings by kind and rule and shows the inventory with uncovered data', async () => {
    const r = await audit({ root: path.join(__dirname, '..', '..', 'examples', 'it-rays') });
    const html = renderReport(r, assets);
    assert.deepEqual([...html.matchAll(/<h2>(\w+) <span class="count">(\d+)<\/span><\/h2>/g)].map((m) => `${m[1]} ${m[2]}`), ['Collection 3', 'Sharing 3', 'Retention 2']);
    assert.match(html, /Phone number<br><code>user\.contact\.phone_number<\/code><\/td><td>.*Account\.mobilePhone.*<span class="missing">not declared<\/span>/);
  });
});
