import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../moduleWorker.js';
import { InputError } from '../errors.js';
import type { CheckInput, CheckOptions, Report } from '../types.js';

/** The pool's queue is full: the client should retry later (HTTP 429). */
export class BusyError extends Error {}
/** A check ran past its time budget; its worker was replaced (HTTP 503). */
export class TimeoutError extends Error {}

export interface PoolOptions {
  workers: number;
  /** Engine settings each worker loads before it reports ready. */
  engine?: CheckOptions;
  /** Checks waiting for a worker before new ones are refused. */
  maxQueue: number;
  timeoutMs: number;
}

interface Task {
  input: CheckInput;
  resolve: (r: Report) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  ready: Promise<void>;
}

/**
 * Runs checks on worker threads with a bounded queue and a time budget per check. A check that
 * runs too long has its worker terminated and replaced, so no input can hang the server.
 */
export class CheckPool {
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private closed = false;
  private seq = 0;

  constructor(private readonly opts: PoolOptions) {
    for (let i = 0; i < opts.workers; i++) this.slots.push(this.spawn());
  }

  /** Resolves when every worker has loaded (the NLP model, WordNet reader and scorer). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  get busy(): number {
    return this.slots.filter((s) => s.task).length + this.queue.length;
  }

  run(input: CheckInput): Promise<Report> {
    if (this.closed) return Promise.reject(new BusyError('the server is shutting down'));
    if (this.queue.length >= this.opts.maxQueue) return Promise.reject(new BusyError(`${this.opts.maxQueue} checks are already waiting`));
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new BusyError('the server is shutting down'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = startModuleWorker(import.meta.url, 'checkWorker', { engine: this.opts.engine });
    const slot: Slot = { worker, task: null, timer: null, ready: Promise.resolve() };
    slot.ready = new Promise((resolve, reject) => {
      const onReady = (m: { ready?: boolean; error?: string }) => {
        if (m.ready === undefined) return;
        worker.off('message', onReady);
        if (m.ready) resolve();
        else reject(new InputError(`the engine could not be loaded: ${m.error}`));
      };
      worker.on('message', onReady);
    });
    slot.ready.catch(() => {});
    worker.on('message', (m: { seq?: number; report?: Report; error?: { input: boolean; message: string; field?: string } }) => {
      if (m.seq === undefined || !slot.task) return;
      const task = slot.task;
      this.finish(slot);
      if (m.report) task.resolve(m.report);
      else if (m.error?.input) task.reject(new InputError(m.error.message, m.error.field));
      else task.reject(new Error(m.error?.message ?? 'check failed'));
    });
    worker.on('error', (e) => {
      const task = slot.task;
      this.replace(slot);
      task?.reject(e);
    });
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    this.dispatch();
  }

  private replace(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    const fresh = this.spawn();
    this.slots[this.slots.indexOf(slot)] = fresh;
    if (!this.closed) void fresh.ready.then(() => this.dispatch());
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.task) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => {
        this.replace(slot);
        task.reject(new TimeoutError(`the check took longer than ${this.opts.timeoutMs} ms`));
      }, this.opts.timeoutMs);
      slot.worker.postMessage({ seq: this.seq++, input: task.input });
    }
  }
}
