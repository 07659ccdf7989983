// Worker bootstrap: makes the worker thread able to load TypeScript (tsx's ESM hooks are not
// inherited by worker threads), then imports the worker module named in workerData.module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
