import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { type AuditOptions, extractFiles, type Note } from '../core/audit';
import type { FileFacts } from '../core/analysis/types';

/** Below this many files a worker's start-up (loading the compiler) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 1500;

/**
 * Extracts facts on every core: this thread takes one share of the files and
 * worker threads (the engine bundle started again) the others; results come back in the
 * original order.
 */
export function poolExtractor(script: string, jobs?: number): AuditOptions['extractor'] {
  // Measured on 2 cores (npm run bench): a worker's start-up and the shared memory bandwidth
  // make two threads slower than one up to 8,000 files, so one thread is the default.
  const threads = Math.min(jobs ?? 1, os.availableParallelism?.() ?? os.cpus().length);
  return async (root, files, onProgress) => {
    if (files.length < MIN_FILES_FOR_WORKERS || threads < 2 || !fs.existsSync(script)) {
      return extractFiles(root, files, undefined, () => onProgress?.(1));
    }
    const chunks: string[][] = Array.from({ length: threads }, () => []);
    files.forEach((f, i) => chunks[i % threads].push(f));
    const workers = chunks.slice(1).map(
      (chunk) =>
        new Promise<(FileFacts | Note)[]>((resolve, reject) => {
          const w = new Worker(script, { workerData: { privacyLensExtract: true, root, files: chunk }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
          w.on('message', (m: { progress?: number; results?: (FileFacts | Note)[] }) => {
            if (m.progress) onProgress?.(m.progress);
            if (m.results) {
              resolve(m.results);
              void w.terminate();
            }
          });
          w.on('error', reject);
          w.on('exit', (code) => {
            if (code !== 0 && code !== 1) reject(new Error(`analysis worker exited with code ${code}`));
          });
        }),
    );
    const mine = extractFiles(root, chunks[0], undefined, () => onProgress?.(1));
    const parts = [mine, ...(await Promise.all(workers))];
    const out: (FileFacts | Note)[] = new Array(files.length);
    parts.forEach((part, t) => part.forEach((r, j) => (out[j * threads + t] = r)));
    return out;
  };
}
