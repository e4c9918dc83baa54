/**
 * The `privacy-lens` executable. It stays small: `--version` and `--help` answer
 * from here, and only a real command loads the analyzer (dist/engine.js, which
 * bundles ts-morph and the TypeScript compiler).
 */
import { HELP } from './args';
import { VERSION } from '../core/version';
import { quietOnClosedPipe } from './pipe';

const argv = process.argv.slice(2);
quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);
const only = argv.length === 1 ? argv[0] : argv.length === 0 ? '' : undefined;
if (only === '--version' || only === '-V') process.stdout.write(`${VERSION}\n`);
else if (only === '--help' || only === '-h' || only === 'help' || only === '') {
  process.stdout.write(HELP);
  // Like `run`: no command at all is a usage error.
  if (only === '') process.exitCode = 2;
}
else {
  // Loaded at run time, not bundled into this file: see esbuild.mjs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require('./engine.js') as typeof import('./engine');
  engine.main(argv);
}
