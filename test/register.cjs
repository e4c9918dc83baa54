// Lets mocha load TypeScript test files: each .ts/.tsx file is compiled by esbuild as it is required.
const { transformSync } = require('esbuild');
const fs = require('node:fs');

for (const ext of ['.ts', '.tsx']) {
  require.extensions[ext] = (module, filename) => {
    const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
      loader: ext.slice(1),
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
    });
    module._compile(code, filename);
  };
}
