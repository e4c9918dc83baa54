/** The GitHub Action's entry (dist/action.js, see action.yml): runs the CLI engine bundled beside it. */
import { quietOnClosedPipe } from '../cli/pipe';
import { runAction } from './run';

// Loaded at run time from dist/engine.js (esbuild keeps it external), so the analyzer ships once.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require('./engine.js') as typeof import('../cli/engine');
quietOnClosedPipe(process.stdout);
runAction(
  { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd(), env: process.env, stdoutTty: false, stderrTty: false },
  { auditRun: engine.auditRun, reporters: engine.REPORTERS, isUserError: engine.isUserError },
).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stdout.write(`::error title=Privacy Lens::internal error: ${JSON.stringify((e as Error).message)}\n`);
    process.exitCode = 2;
  },
);
