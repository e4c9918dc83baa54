// Builds the CLI (a small entry plus the analyzer engine, which is also the worker
// thread's script), the GitHub Action entry and the VS Code extension with esbuild.
// `node esbuild.mjs` for development (with source maps), `node esbuild.mjs --production`
// to minify without maps (and delete maps a development build left in dist/).
// `--outdir DIR` builds somewhere else (the package test builds into a temp folder).
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const outIndex = process.argv.indexOf('--outdir');
const outdir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
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
const out = (name) => path.join(outdir, name);

if (production && existsSync(outdir)) {
  for (const f of readdirSync(outdir)) if (f.endsWith('.js.map')) rmSync(path.join(outdir, f));
}

const builds = [
  // The entry answers --version/--help without loading the analyzer; engine.js is required at run time.
  build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: out('cli.js'), banner: { js: '#!/usr/bin/env node' }, external: ['./engine.js'] }),
  build({ ...common, entryPoints: ['src/cli/engine.ts'], outfile: out('engine.js') }),
  build({ ...common, entryPoints: ['src/action/main.ts'], outfile: out('action.js'), external: ['./engine.js'] }),
];
if (existsSync('src/extension/extension.ts') && !process.argv.includes('--no-extension')) {
  builds.push(build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: out('extension.js'), external: ['vscode'] }));
  builds.push(build({ ...common, entryPoints: ['src/extension/audit-worker.ts'], outfile: out('audit-worker.js') }));
}
if (existsSync('test/extension/index.ts') && !process.argv.includes('--no-extension')) {
  builds.push(build({ ...common, entryPoints: ['test/extension/index.ts'], outfile: out('test/extension/index.js'), external: ['vscode', 'mocha'], sourcemap: true }));
}
await Promise.all(builds);
