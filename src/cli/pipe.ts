/**
 * A reader that stops early (`privacy-lens catalog --format json | head -c 50`)
 * closes the pipe: the rest of the output has nowhere to go, which is not an
 * error. Ends the process quietly instead of printing a stack trace.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
