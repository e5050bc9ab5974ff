import { writeFileSync } from 'node:fs';
import { resolveEngine } from '../engines/registry.js';
import { calibrate } from '../eval/calibrate.js';
import { runEval } from '../eval/runEval.js';
import { renderCalibrationText } from '../report/calibrationText.js';
import { wholeNumber } from './flags.js';
import { rowProgress } from './progress.js';
import { mustReadFile } from './readInput.js';

export interface CalibrateCommandOptions {
  format: 'text' | 'json';
  out?: string;
  strict?: boolean;
  threads?: string;
}

/**
 * Runs `groundcheck calibrate`: scores the user's labelled rows with the builtin engine and prints
 * the threshold that suits their labels, with an honest (cross-validated) estimate of what it buys.
 */
export async function runCalibrateCommand(files: string[], opts: CalibrateCommandOptions): Promise<number> {
  for (const f of files) mustReadFile(f, 'file');
  const threads = opts.threads === undefined ? undefined : wholeNumber('--threads', opts.threads, 0, 64);
  const progress = await rowProgress(files);
  let run;
  try {
    run = await runEval({ files, strict: opts.strict, threads, check: { engine: 'builtin' }, onWarning: progress.warn, onProgress: progress.update });
  } finally {
    progress.stop();
  }
  const engine = await resolveEngine({ engine: 'builtin' });
  const result = calibrate(run.outcomes, engine, run.result.skipped);
  const output = opts.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderCalibrationText(result);
  if (opts.out) writeFileSync(opts.out, output);
  else process.stdout.write(output);
  return 0;
}
