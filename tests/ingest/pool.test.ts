// WorkerPool: jobs queued ahead in each worker (depth), and a crash that fails only the job
// that was running while the jobs queued behind it run on the replacement worker.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../server/ingest/pool.js';
import type { DispatchInput } from '../../server/ontology.js';
import type { PreparedReply } from '../../server/store/prepare.js';

const FAKE_WORKER = new URL('./fake-extract-worker.ts', import.meta.url);
const input = (i: number, text = `Leader${i} Name${i} leads Laos`): DispatchInput => ({ id: `d${i}`, text });

describe('WorkerPool', () => {
  it('runs every job with several queued per worker, results matching their inputs', async () => {
    const pool = new WorkerPool<DispatchInput, PreparedReply>(FAKE_WORKER, { size: 2, depth: 4 });
    try {
      expect(pool.size).toBe(2);
      expect(pool.jobDepth).toBe(4);
      const results = await Promise.all(Array.from({ length: 25 }, (_, i) => pool.run(input(i))));
      expect(results.map((r) => r.extraction.document.id)).toEqual(Array.from({ length: 25 }, (_, i) => `d${i}`));
      expect(results.every((r) => r.hash.length === 64 && r.entities.length === r.extraction.entities.length)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('fails only the job a crashed worker was running; the ones queued behind it still run', async () => {
    const pool = new WorkerPool<DispatchInput, PreparedReply>(FAKE_WORKER, { size: 1, depth: 5 });
    try {
      const jobs = [0, 1, 2, 3, 4, 5, 6].map((i) => pool.run(input(i, i === 2 ? 'CRASH now' : undefined)));
      const settled = await Promise.allSettled(jobs);
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
      expect((settled[2] as PromiseRejectedResult).reason.message).toMatch(/^worker: /);
    } finally {
      await pool.close();
    }
  });

  it.skipIf(!existsSync('/proc/self/task'))('runs its workers at the nice value asked for, the calling thread unchanged', async () => {
    const niceOf = () => readdirSync('/proc/self/task').map((tid) => {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        return { tid, nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) };
      } catch {
        return { tid, nice: Number.NaN };
      }
    });
    const pool = new WorkerPool<DispatchInput, PreparedReply>(FAKE_WORKER, { size: 2, nice: 3 });
    try {
      await Promise.all([pool.run(input(1)), pool.run(input(2))]);
      const threads = niceOf();
      const own = threads.find((t) => t.tid === String(process.pid))!.nice;
      expect(threads.filter((t) => t.nice === Math.min(19, own + 3)).length).toBeGreaterThanOrEqual(2);
    } finally {
      await pool.close();
    }
  });

  it('rejects jobs after close', async () => {
    const pool = new WorkerPool<DispatchInput, PreparedReply>(FAKE_WORKER, 1);
    await pool.close();
    await expect(pool.run(input(1))).rejects.toThrow(/closed/);
  });
});
