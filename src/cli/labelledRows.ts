import { writeFileSync } from 'node:fs';
import { runEval, type EvalOptions, type EvalRun } from '../eval/runEval.js';
import { wholeNumber } from './flags.js';
import { rowProgress } from './progress.js';
import { mustReadFile } from './readInput.js';

/** The flags `eval` and `calibrate` share for reading labelled rows. */
export interface RowFlags {
  strict?: boolean;
  threads?: string;
}

/**
 * Scores labelled JSONL files for `eval` and `calibrate`: every file is checked readable first, and
 * progress goes to stderr only when it is a terminal. `options` is read once the progress bar is up.
 */
export async function scoreLabelledRows(files: string[], flags: RowFlags & { calibrate?: string }, options: () => Pick<EvalOptions, 'check' | 'predictions'>): Promise<EvalRun> {
  for (const f of files) mustReadFile(f, 'file');
  if (flags.calibrate) mustReadFile(flags.calibrate, '--calibrate file');
  const threads = flags.threads === undefined ? undefined : wholeNumber('--threads', flags.threads, 0, 64);
  const progress = await rowProgress(files);
  try {
    return await runEval({ files, calibrate: flags.calibrate, strict: flags.strict, threads, ...options(), onWarning: progress.warn, onProgress: progress.update });
  } finally {
    progress.stop();
  }
}

/** A command's output: to `--out` when given, else stdout. */
export function writeOutput(out: string | undefined, output: string): void {
  if (out) writeFileSync(out, output);
  else process.stdout.write(output);
}
