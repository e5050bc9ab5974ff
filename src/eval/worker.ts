import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from '../types.js';
import { featureRow } from '../train/featureRows.js';
import { predictRow } from './predict.js';
import type { EvalRow } from './rows.js';

/** Worker-thread entry: scores rows sent by pool.ts with the same code the main thread would use. */
const options = (workerData as { options: CheckOptions }).options;
parentPort!.on('message', async (m: { seq: number; row: EvalRow; task: 'predict' | 'features' }) => {
  try {
    const result = m.task === 'features' ? featureRow(m.row) : await predictRow(m.row, options);
    parentPort!.postMessage({ seq: m.seq, result });
  } catch (e) {
    parentPort!.postMessage({ seq: m.seq, error: (e as Error).message });
  }
});
