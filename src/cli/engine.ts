/**
 * The analyzer half of the CLI (dist/engine.js): `bin.ts` loads it for every real
 * command, and the worker pool starts it again as a worker thread so the package
 * ships the compiler once.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { InputError } from '../core/audit';
import { UsageError } from './args';
import { run } from './main';
import { poolExtractor } from './pool';
import { extractWorker, isExtractWorker } from './worker';

export { auditRun, run } from './main';
export { REPORTERS } from '../core/reporters';

/** Whether an error is the user's to fix (exit 2 with its message), not a bug. */
export function isUserError(e: unknown): boolean {
  return e instanceof InputError || e instanceof UsageError;
}

/** Runs the CLI on process.argv-style arguments and sets process.exitCode. */
export function main(argv: string[]): void {
  run(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    stdoutTty: !!process.stdout.isTTY,
    stderrTty: !!process.stderr.isTTY,
    makeExtractor: (jobs) => poolExtractor(__filename, jobs),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`privacy-lens: internal error: ${JSON.stringify((e as Error).message)}\n`);
      process.exitCode = 2;
    },
  );
}

if (!isMainThread && isExtractWorker(workerData)) extractWorker();
