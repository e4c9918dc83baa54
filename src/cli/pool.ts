import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type AuditOptions, extractFiles, type Note } from '../core/audit';
import type { FileFacts } from '../core/analysis/types';

/** Below this many files a worker costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 400;

/**
 * Extracts facts on every core: the file list is dealt out to worker threads
 * (dist/worker.js), results come back in the original order.
 */
export function poolExtractor(distDir: string, threads = Math.min(os.availableParallelism?.() ?? os.cpus().length, 4)): AuditOptions['extractor'] {
  const script = path.join(distDir, 'worker.js');
  return async (root, files, onProgress) => {
    if (files.length < MIN_FILES_FOR_WORKERS || threads < 2 || !fs.existsSync(script)) {
      return extractFiles(root, files, undefined, () => onProgress?.(1));
    }
    const chunks: string[][] = Array.from({ length: threads }, () => []);
    files.forEach((f, i) => chunks[i % threads].push(f));
    const parts = await Promise.all(
      chunks.map(
        (chunk) =>
          new Promise<(FileFacts | Note)[]>((resolve, reject) => {
            const w = new Worker(script, { workerData: { root, files: chunk } });
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
      ),
    );
    const out: (FileFacts | Note)[] = new Array(files.length);
    parts.forEach((part, t) => part.forEach((r, j) => (out[j * threads + t] = r)));
    return out;
  };
}
