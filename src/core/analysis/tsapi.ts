import { ts as tsMorphTs } from 'ts-morph';

/**
 * The compiler API that ts-morph bundles, bound once. Reading `ts` through the
 * ts-morph module on every node costs a getter call per access on the hot path.
 */
import ts = tsMorphTs;

export { ts };
