import { parentPort, workerData } from 'node:worker_threads';
import { extractOne, type Note } from '../core/audit';
import type { FileFacts } from '../core/analysis/types';

/** Worker thread: extracts the facts of its share of the files. */
const { root, files } = workerData as { root: string; files: string[] };
const results: (FileFacts | Note)[] = [];
let pending = 0;
for (const f of files) {
  results.push(extractOne(root, f));
  if (++pending === 25) {
    parentPort?.postMessage({ progress: pending });
    pending = 0;
  }
}
if (pending) parentPort?.postMessage({ progress: pending });
parentPort?.postMessage({ results });
