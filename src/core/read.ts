import fs from 'node:fs';

/** Why a file was not read, as a phrase that never quotes the file's content. */
export class ReadRefusal extends Error {
  constructor(
    readonly kind: 'missing' | 'directory' | 'special' | 'too-large' | 'io',
    readonly detail: string,
  ) {
    super(detail);
  }

  /** `cannot read the policy (no such file)`, `the baseline is not a regular file (FIFO), refused`, … */
  describe(what: string): string {
    switch (this.kind) {
      case 'directory':
        return `the ${what} path is a directory, not a file`;
      case 'special':
        return `the ${what} is not a regular file (${this.detail}), refused`;
      case 'too-large':
        return `the ${what} is over the ${this.detail}, refused`;
      default:
        return `cannot read the ${what} (${this.detail})`;
    }
  }
}

export const MB = 1024 * 1024;

function fileType(st: fs.Stats): string {
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  if (st.isFIFO()) return 'FIFO';
  if (st.isSocket()) return 'socket';
  return 'special file';
}

function errnoPhrase(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return code ?? (e as Error).message;
}

function tooLarge(maxBytes: number, size: number | undefined): ReadRefusal {
  const big = maxBytes >= MB;
  const limit = big ? `${maxBytes / MB} MB` : `${maxBytes} bytes`;
  const actual = size === undefined ? '' : big ? ` (${(size / MB).toFixed(1)} MB)` : ` (${size} bytes)`;
  return new ReadRefusal('too-large', `${limit} limit${actual}`);
}

function checkStats(st: fs.Stats, maxBytes: number): void {
  if (st.isDirectory()) throw new ReadRefusal('directory', 'a directory');
  if (!st.isFile()) throw new ReadRefusal('special', fileType(st));
  if (st.size > maxBytes) throw tooLarge(maxBytes, st.size);
}

// O_NONBLOCK: opening a FIFO that lost the race between stat and open returns at once instead of waiting for a writer.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/**
 * Reads a regular file of at most `maxBytes`. Devices, FIFOs and sockets (also behind a symlink) are
 * refused before they are opened and again on the opened descriptor; the read stops one byte past the
 * limit, so a file that grows or lies about its size (procfs) cannot make it unbounded.
 * Throws ReadRefusal.
 */
export function readBounded(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    checkStats(fs.statSync(file), maxBytes);
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    if (e instanceof ReadRefusal) throw e;
    throw new ReadRefusal((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'io', errnoPhrase(e));
  }
  try {
    const st = fs.fstatSync(fd);
    checkStats(st, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // The stated size plus one byte to see the end; files that state no size (procfs) in 64 KB steps.
      const want = total < st.size ? st.size - total + 1 : st.size === 0 ? 65536 : 1;
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total, 1 << 20));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge(maxBytes, undefined);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof ReadRefusal) throw e;
    throw new ReadRefusal('io', errnoPhrase(e));
  } finally {
    fs.closeSync(fd);
  }
}
