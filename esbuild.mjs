// Builds the CLI, its analysis worker and the VS Code extension with esbuild.
// `node esbuild.mjs` for development, `node esbuild.mjs --production` to minify.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

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

const builds = [
  build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js' }),
];
if (existsSync('src/extension/extension.ts') && !process.argv.includes('--no-extension')) {
  builds.push(build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }));
  builds.push(build({ ...common, entryPoints: ['src/extension/audit-worker.ts'], outfile: 'dist/audit-worker.js' }));
}
if (existsSync('test/extension/index.ts') && !process.argv.includes('--no-extension')) {
  builds.push(build({ ...common, entryPoints: ['test/extension/index.ts'], outfile: 'dist/test/extension/index.js', external: ['vscode', 'mocha'], sourcemap: true }));
}
await Promise.all(builds);
