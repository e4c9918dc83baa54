import { parentPort, workerData } from 'node:worker_threads';
import { audit } from '../core/audit';

/** Runs a whole-workspace audit off the extension host's thread and posts progress and the result. */
const { root, policyFile } = workerData as { root: string; policyFile?: string };
let last = 0;
audit({
  root,
  policyFile,
  onProgress: (done, total) => {
    if (done - last >= 50 || done === total) {
      last = done;
      parentPort?.postMessage({ progress: { done, total } });
    }
  },
}).then(
  (result) => parentPort?.postMessage({ result }),
  (e: unknown) => parentPort?.postMessage({ error: (e as Error).message }),
);
