import cliProgress from 'cli-progress';
import { countRows } from '../eval/runEval.js';

/** A rows progress bar on stderr when it is a terminal (nothing otherwise), and warnings that do not break it. */
export interface RowProgress {
  update(done: number): void;
  warn(message: string): void;
  stop(): void;
}

export async function rowProgress(files: string[]): Promise<RowProgress> {
  if (!process.stderr.isTTY) {
    return { update: () => {}, warn: (m) => void process.stderr.write(`warning: ${m}\n`), stop: () => {} };
  }
  const multi = new cliProgress.MultiBar(
    { stream: process.stderr, format: '{bar} {percentage}% | {value}/{total} rows | {speed} rows/s | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(await countRows(files), 0, { speed: '0' });
  const started = performance.now();
  return {
    update: (done) => bar.update(done, { speed: (done / ((performance.now() - started) / 1000)).toFixed(1) }),
    warn: (m) => multi.log(`warning: ${m}\n`),
    stop: () => multi.stop(),
  };
}
