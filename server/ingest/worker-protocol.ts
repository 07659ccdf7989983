// Messages between the worker pool (main thread) and its workers, and the worker-side loop.
import { parentPort } from 'node:worker_threads';
import { KgError } from '../errors.js';

/** A job sent to a worker. */
export interface JobMessage<In> {
  id: number;
  input: In;
}

/** A worker's answer to one job, or its announcement that it has loaded and serves jobs. */
export type ResultMessage<Out> =
  | { id: number; ok: true; output: Out }
  | { id: number; ok: false; error: { name: string; message: string } }
  | { ready: true };

/** Runs `handler` on every job the pool sends to this worker thread (call from a worker module). */
export function serveJobs<In, Out>(handler: (input: In) => Out): void {
  const port = parentPort;
  if (port === null) throw new KgError('serveJobs: not running in a worker thread. Expected a module started by WorkerPool.');
  port.on('message', (job: JobMessage<In>) => {
    let message: ResultMessage<Out>;
    try {
      message = { id: job.id, ok: true, output: handler(job.input) };
    } catch (error) {
      const { name, message: text } = error instanceof Error ? error : { name: 'Error', message: String(error) };
      message = { id: job.id, ok: false, error: { name, message: text } };
    }
    port.postMessage(message);
  });
  port.postMessage({ ready: true } satisfies ResultMessage<Out>);
}
