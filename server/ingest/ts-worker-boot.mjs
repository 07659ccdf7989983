// Worker bootstrap: makes the worker thread able to load TypeScript (tsx's ESM hooks are not
// inherited by worker threads), then imports the worker module named in workerData.module.
import { getPriority, setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// On Linux the nice value is per thread: a worker may run below the thread that started it
// (workerData.nice is added to the nice value it inherited).
if (typeof workerData.nice === 'number' && workerData.nice > 0) {
  try {
    setPriority(Math.min(19, getPriority() + workerData.nice));
  } catch {
    // not permitted or not supported: run at the normal priority
  }
}
register();
await import(workerData.module);
