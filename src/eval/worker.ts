import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from '../types.js';
import { predictRow } from './predict.js';
import type { EvalRow } from './rows.js';

/** Worker-thread entry: scores rows sent by pool.ts with the same code the main thread would use. */
const options = (workerData as { options: CheckOptions }).options;
parentPort!.on('message', async (m: { seq: number; row: EvalRow }) => {
  try {
    parentPort!.postMessage({ seq: m.seq, prediction: await predictRow(m.row, options) });
  } catch (e) {
    parentPort!.postMessage({ seq: m.seq, error: (e as Error).message });
  }
});
