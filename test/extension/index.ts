// Entry of the extension-host test run (@vscode/test-electron and the VS Code server alike):
// runs the mocha suite and reports failures through the returned promise.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'extension-suite', mocha);
  // Loaded after mocha defines describe/it; PRIVACY_LENS_E2E_MODE=measure runs the timing suite instead.
  if (process.env.PRIVACY_LENS_E2E_MODE === 'measure') require('./measure');
  else require('./suite');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
    // The spec reporter's failure details do not always reach the host's output: print each failure as it happens.
    runner.on('fail', (test, err: Error) => console.log(`FAILED: ${test.fullTitle()}\n${err?.stack ?? err}`));
    runner.once('end', () => console.log(`${runner.stats?.passes ?? 0} passed, ${runner.stats?.failures ?? 0} failed`));
  });
}
