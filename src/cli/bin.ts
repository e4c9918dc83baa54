import { run } from './main';
import { poolExtractor } from './pool';

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  stdoutTty: !!process.stdout.isTTY,
  stderrTty: !!process.stderr.isTTY,
  makeExtractor: (jobs) => poolExtractor(__dirname, jobs),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`privacy-lens: internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
