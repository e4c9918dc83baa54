// Builds the CLI, its analysis worker and the VS Code extension with esbuild.
// `node esbuild.mjs` for development, `node esbuild.mjs --production` to minify.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { __PL_VERSION__: JSON.stringify(pkg.version) },
};

await Promise.all([
  build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js' }),
  ...(process.argv.includes('--no-extension') ? [] : [build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] })].filter(() => {
    try {
      readFileSync(new URL('./src/extension/extension.ts', import.meta.url));
      return true;
    } catch {
      return false;
    }
  })),
]);
