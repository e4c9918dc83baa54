// What the benchmark needs from the core, bundled by bench/run.mjs.
export { audit } from '../src/core/audit';
export { listSourceFiles } from '../src/core/files';
export { ts } from 'ts-morph';
