import { startModuleWorker } from '../moduleWorker.js';
import type { CheckOptions } from '../types.js';
import { predictRow, type Prediction } from './predict.js';
import type { EvalRow } from './rows.js';

/** Scores rows on this thread or on worker threads; either way results come back in input order. */
export interface Predictor<T = Prediction> {
  predict(row: EvalRow): Promise<T>;
  close(): Promise<void>;
}

export function inlinePredictor(options: CheckOptions): Predictor {
  return { predict: (row) => predictRow(row, options), close: async () => {} };
}

/** What a worker computes per row: a prediction (eval) or claim feature vectors (training). */
export type WorkerTask = 'predict' | 'features';

interface Reply {
  seq: number;
  result?: unknown;
  error?: string;
}

/** Raised when a worker thread itself fails: the run stops rather than skipping every row. */
export class WorkerFailure extends Error {}

export function workerPredictor<T = Prediction>(options: CheckOptions, threads: number, task: WorkerTask = 'predict'): Predictor<T> {
  const waiting = new Map<number, { resolve: (p: T) => void; reject: (e: Error) => void }>();
  const workers = Array.from({ length: threads }, () => {
    const w = startModuleWorker(import.meta.url, 'worker', { options });
    w.on('message', (m: Reply) => {
      const p = waiting.get(m.seq);
      if (!p) return;
      waiting.delete(m.seq);
      if (m.result !== undefined) p.resolve(m.result as T);
      else p.reject(new Error(m.error ?? 'worker failed'));
    });
    w.on('error', (e) => {
      for (const p of waiting.values()) p.reject(new WorkerFailure(`worker thread failed: ${e.message}`));
      waiting.clear();
    });
    return w;
  });
  let seq = 0;
  return {
    predict(row) {
      const n = seq++;
      return new Promise((resolve, reject) => {
        waiting.set(n, { resolve, reject });
        workers[n % workers.length].postMessage({ seq: n, row, task });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Maps `items` through `fn` with up to `inFlight` calls running at once, yielding results in input
 * order, so a parallel run writes the same predictions in the same order as a sequential one.
 */
export async function* orderedMap<I, O>(items: AsyncIterable<I>, fn: (item: I) => Promise<O>, inFlight: number): AsyncGenerator<{ item: I; result: O | Error }> {
  const queue: Promise<{ item: I; result: O | Error }>[] = [];
  for await (const item of items) {
    queue.push(fn(item).then((result) => ({ item, result }), (e: Error) => ({ item, result: e instanceof Error ? e : new Error(String(e)) })));
    if (queue.length >= inFlight) yield await queue.shift()!;
  }
  while (queue.length) yield await queue.shift()!;
}
