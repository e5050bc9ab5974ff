import { Worker } from 'node:worker_threads';

/**
 * Starts the worker script `name` beside the module at `base`: name.js when built; when running
 * from source (tests, bench scripts under tsx) name.ts, through tsx's loader, which workers do not
 * inherit from the parent.
 */
export function startModuleWorker(base: string, name: string, workerData: unknown): Worker {
  if (!base.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, base), { workerData });
  const script = new URL(`./${name}.ts`, base).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
