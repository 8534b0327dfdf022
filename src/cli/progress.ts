// Progress on stderr for long jobs: count, rate (articles/s) and ETA from bytes read. Silent for short runs.
import type { IngestProgress as ProgressLine } from '../pipeline/index.js';

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
}

export function formatProgress(p: ProgressLine): string {
  const rate = p.elapsedMs > 0 ? (p.articles * 1000) / p.elapsedMs : 0;
  let eta = '';
  if (p.bytesTotal > 0 && p.bytesDone > 0 && p.bytesDone < p.bytesTotal) eta = `, ETA ${formatDuration((p.elapsedMs * (p.bytesTotal - p.bytesDone)) / p.bytesDone)}`;
  const pct = p.bytesTotal > 0 ? ` ${Math.min(100, Math.floor((100 * p.bytesDone) / p.bytesTotal))}%` : '';
  const extra = [p.skipped ? `${p.skipped} already stored` : '', p.errors ? `${p.errors} errors` : ''].filter(Boolean).join(', ');
  const inside = p.current ? `; coding ${p.current.origin}: ${Math.floor(100 * p.current.fraction)}%` : '';
  return `ingest:${pct} ${p.articles} articles${extra ? ` (${extra})` : ''}, ${rate.toFixed(0)} articles/s${eta}${inside}`;
}

/** Throttled reporter: first line after `delayMs`, then every `everyMs`; \r-updates on a TTY, lines otherwise. */
export function progressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean }, opts: { delayMs?: number; everyMs?: number } = {}) {
  const delay = opts.delayMs ?? 1000;
  const every = opts.everyMs ?? (stream.isTTY ? 250 : 5000);
  let last = 0;
  let shown = false;
  return {
    update(p: ProgressLine) {
      if (p.elapsedMs < delay) return;
      const now = Date.now();
      if (now - last < every) return;
      last = now;
      shown = true;
      stream.write(stream.isTTY ? `\r\x1b[K${formatProgress(p)}` : `${formatProgress(p)}\n`);
    },
    done() {
      if (shown && stream.isTTY) stream.write('\n');
    },
  };
}
