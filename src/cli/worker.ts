import { parentPort, workerData } from 'node:worker_threads';
import { extractOne, type Note } from '../core/audit';
import type { FileFacts } from '../core/analysis/types';

interface ExtractJob {
  privacyLensExtract: true;
  root: string;
  files: string[];
}

export function isExtractWorker(data: unknown): data is ExtractJob {
  return !!data && typeof data === 'object' && (data as ExtractJob).privacyLensExtract === true;
}

/** Worker thread: extracts the facts of its share of the files. */
export function extractWorker(): void {
  const { root, files } = workerData as ExtractJob;
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
}
