/** Runs `fn` with a signal that aborts on SIGINT or SIGTERM (Ctrl-C, a service manager's stop); removes the handlers after. */
export async function untilStopped<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const ac = new AbortController();
  const stop = () => ac.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await fn(ac.signal);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
