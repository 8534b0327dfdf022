// A queue of ingest jobs in PostgreSQL, so that any number of `storyline worker` processes, on any machines, share
// the inputs of `storyline ingest --queue` without splitting them by hand.
//
// A job is a group of input files, stored with their bytes (workers need no shared file system). A worker claims the
// oldest unfinished job by taking a session-level advisory lock on it, on a connection of its own: the lock is held
// while the job runs and released by PostgreSQL when the worker's connection ends, however it ends, so a job whose
// worker was killed is free to be claimed again at once (no time-out to wait for, no heartbeat to miss). A retried
// job re-reads its inputs; those already committed are skipped (inputs are keyed by content), so nothing is lost or
// stored twice. `status()` sees which jobs are running from the same locks (pg_locks).
import { hostname } from 'node:os';
import pg from 'pg';

/** Advisory-lock namespace of job locks (two-key form: namespace, job id). "STOR" as a 32-bit integer. */
const JOB_LOCK_NS = 0x53544f52;
const LOCK_SCHEMA = 0x5354_4f52_0004;
/** A job holds at most this many bytes of input, or this many files (one bigger file is a job of its own). */
export const JOB_MAX_BYTES = 16 * 1024 * 1024;
export const JOB_MAX_FILES = 200;
/** PostgreSQL's bytea limit. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024 - 1;
/** A job that failed this many times is left failed (shown by status). */
export const MAX_ATTEMPTS = 3;

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ingest_jobs (
     id BIGSERIAL PRIMARY KEY, label TEXT NOT NULL, files INTEGER NOT NULL, bytes BIGINT NOT NULL,
     state TEXT NOT NULL DEFAULT 'queued', attempts INTEGER NOT NULL DEFAULT 0, worker TEXT,
     queued_at TIMESTAMPTZ NOT NULL DEFAULT now(), started_at TIMESTAMPTZ, finished_at TIMESTAMPTZ,
     added INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0, errors INTEGER NOT NULL DEFAULT 0, message TEXT)`,
  `CREATE INDEX IF NOT EXISTS ingest_jobs_open ON ingest_jobs (id) WHERE state <> 'done' AND state <> 'failed'`,
  `CREATE TABLE IF NOT EXISTS ingest_job_files (job_id BIGINT NOT NULL REFERENCES ingest_jobs (id) ON DELETE CASCADE, n INTEGER NOT NULL,
     origin TEXT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (job_id, n))`,
];

export interface JobFile {
  origin: string;
  bytes: Buffer;
}

export interface Job {
  id: number;
  label: string;
  files: number;
  bytes: number;
  attempts: number;
}

export interface JobCounts {
  added: number;
  skipped: number;
  errors: number;
}

export interface QueueStatus {
  queued: number;
  running: { id: number; label: string; worker: string | null; startedAt: string | null; added: number; skipped: number }[];
  done: number;
  failed: { id: number; label: string; attempts: number; message: string | null }[];
  /** Jobs marked running whose worker is gone (their lock is free): the next claim retries them. */
  orphaned: number;
  files: number;
  bytes: number;
  bytesDone: number;
  added: number;
  skipped: number;
  errors: number;
}

/** Groups files (in order) into jobs of at most JOB_MAX_BYTES / JOB_MAX_FILES. */
export function groupFiles<T extends { size: number }>(files: T[], maxBytes = JOB_MAX_BYTES, maxFiles = JOB_MAX_FILES): T[][] {
  const jobs: T[][] = [];
  let cur: T[] = [];
  let bytes = 0;
  for (const f of files) {
    if (cur.length && (bytes + f.size > maxBytes || cur.length >= maxFiles)) {
      jobs.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(f);
    bytes += f.size;
  }
  if (cur.length) jobs.push(cur);
  return jobs;
}

export class JobQueue {
  /** The connection that holds this worker's job lock (one job at a time). */
  private lockClient: pg.Client | null = null;

  private constructor(private readonly pool: pg.Pool, private readonly url: string) {}

  static async open(url: string): Promise<JobQueue> {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => {});
    const q = new JobQueue(pool, url);
    const c = await pool.connect().catch(async (e) => {
      await pool.end().catch(() => {});
      throw e;
    });
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_SCHEMA]);
      for (const s of SCHEMA) await c.query(s);
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      c.release();
      await pool.end().catch(() => {});
      throw e;
    }
    c.release();
    return q;
  }

  /** Queues one job of files (read by the caller); returns its id. */
  async enqueue(label: string, files: JobFile[]): Promise<number> {
    for (const f of files) if (f.bytes.length > MAX_FILE_BYTES) throw new Error(`${f.origin}: over 1 GB, too big for one queued file; split it`);
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
      const { rows } = await c.query<{ id: string }>('INSERT INTO ingest_jobs (label, files, bytes) VALUES ($1, $2, $3) RETURNING id', [label, files.length, bytes]);
      const id = Number(rows[0]!.id);
      for (let n = 0; n < files.length; n++) await c.query('INSERT INTO ingest_job_files (job_id, n, origin, data) VALUES ($1, $2, $3, $4)', [id, n, files[n]!.origin, files[n]!.bytes]);
      await c.query('COMMIT');
      return id;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  /**
   * Claims the oldest job that is neither done nor failed and whose lock is free (queued, or running under a worker
   * that is gone); null when there is none. The job stays locked until finish() or fail(), or until this process ends.
   */
  async claim(worker = `${hostname()}:${process.pid}`): Promise<Job | null> {
    if (!this.lockClient) {
      this.lockClient = new pg.Client({ connectionString: this.url });
      this.lockClient.on('error', () => {});
      await this.lockClient.connect();
    }
    const c = this.lockClient;
    let after = 0;
    for (;;) {
      const { rows } = await c.query<{ id: string }>(`SELECT id FROM ingest_jobs WHERE state <> 'done' AND state <> 'failed' AND id > $1 ORDER BY id LIMIT 50`, [after]);
      if (!rows.length) return null;
      for (const r of rows) {
        const id = Number(r.id);
        after = id;
        const got = await c.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2::int) AS ok', [JOB_LOCK_NS, id]);
        if (!got.rows[0]!.ok) continue;
        // Finished by another worker between the listing and the lock?
        const claimed = await c.query<Record<string, unknown>>(
          `UPDATE ingest_jobs SET state = 'running', attempts = attempts + 1, worker = $2, started_at = now(), message = NULL
           WHERE id = $1 AND state <> 'done' AND state <> 'failed' RETURNING id, label, files, bytes, attempts`,
          [id, worker],
        );
        const j = claimed.rows[0];
        if (j) return { id, label: String(j.label), files: Number(j.files), bytes: Number(j.bytes), attempts: Number(j.attempts) };
        await c.query('SELECT pg_advisory_unlock($1, $2::int)', [JOB_LOCK_NS, id]);
      }
    }
  }

  /** The job's files, one at a time, in order. */
  async *files(job: Job): AsyncGenerator<JobFile> {
    for (let n = 0; n < job.files; n++) {
      const { rows } = await this.pool.query<{ origin: string; data: Buffer }>('SELECT origin, data FROM ingest_job_files WHERE job_id = $1 AND n = $2', [job.id, n]);
      if (rows[0]) yield { origin: rows[0].origin, bytes: rows[0].data };
    }
  }

  /** Progress of a running job (shown by status). */
  async progress(job: Job, counts: JobCounts): Promise<void> {
    await this.pool.query('UPDATE ingest_jobs SET added = $2, skipped = $3, errors = $4 WHERE id = $1', [job.id, counts.added, counts.skipped, counts.errors]);
  }

  /** Marks the job done (its files are deleted) and releases it. */
  async finish(job: Job, counts: JobCounts, message: string | null = null): Promise<void> {
    await this.pool.query(`UPDATE ingest_jobs SET state = 'done', finished_at = now(), added = $2, skipped = $3, errors = $4, message = $5 WHERE id = $1`, [job.id, counts.added, counts.skipped, counts.errors, message]);
    await this.pool.query('DELETE FROM ingest_job_files WHERE job_id = $1', [job.id]);
    await this.release(job);
  }

  /** Puts the job back in the queue, or marks it failed after MAX_ATTEMPTS, with the reason; releases it. */
  async fail(job: Job, message: string): Promise<void> {
    await this.pool.query(`UPDATE ingest_jobs SET state = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'queued' END, message = $2 WHERE id = $1`, [job.id, message, MAX_ATTEMPTS]);
    await this.release(job);
  }

  private async release(job: Job): Promise<void> {
    await this.lockClient?.query('SELECT pg_advisory_unlock($1, $2::int)', [JOB_LOCK_NS, job.id]);
  }

  async status(): Promise<QueueStatus> {
    const { rows } = await this.pool.query<Record<string, unknown>>(
      `SELECT j.id, j.label, j.state, j.attempts, j.worker, j.started_at, j.files, j.bytes, j.added, j.skipped, j.errors, j.message,
              EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                        AND l.classid = $1::int::oid AND l.objid = j.id::int::oid AND l.objsubid = 2) AS locked
       FROM ingest_jobs j ORDER BY j.id`,
      [JOB_LOCK_NS],
    );
    const st: QueueStatus = { queued: 0, running: [], done: 0, failed: [], orphaned: 0, files: 0, bytes: 0, bytesDone: 0, added: 0, skipped: 0, errors: 0 };
    for (const r of rows) {
      st.files += Number(r.files);
      st.bytes += Number(r.bytes);
      st.added += Number(r.added);
      st.skipped += Number(r.skipped);
      st.errors += Number(r.errors);
      if (r.state === 'done') {
        st.done++;
        st.bytesDone += Number(r.bytes);
      } else if (r.state === 'failed') st.failed.push({ id: Number(r.id), label: String(r.label), attempts: Number(r.attempts), message: (r.message as string | null) ?? null });
      else if (r.locked) st.running.push({ id: Number(r.id), label: String(r.label), worker: (r.worker as string | null) ?? null, startedAt: r.started_at ? new Date(r.started_at as string).toISOString() : null, added: Number(r.added), skipped: Number(r.skipped) });
      else {
        st.queued++;
        if (r.state === 'running') st.orphaned++;
      }
    }
    return st;
  }

  async close(): Promise<void> {
    await this.lockClient?.end().catch(() => {});
    this.lockClient = null;
    await this.pool.end();
  }
}
