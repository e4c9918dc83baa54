// Report view script: forwards clicks to the extension; it never builds markup from data.
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-file], [data-export]') : null;
    if (!target) return;
    event.preventDefault();
    if (target.hasAttribute('data-export')) {
      vscode.postMessage({ type: 'export', format: target.getAttribute('data-export') });
    } else {
      vscode.postMessage({ type: 'open', file: target.getAttribute('data-file'), line: Number(target.getAttribute('data-line')) });
    }
  });
})();
