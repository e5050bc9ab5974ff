import { writeFileSync } from 'node:fs';
import { runEval } from '../eval/runEval.js';
import { renderEvalHtml } from '../report/evalHtml.js';
import { renderEvalText } from '../report/evalText.js';
import { engineOptions, type EngineFlags } from './engineOptions.js';
import { wholeNumber } from './flags.js';
import { rowProgress } from './progress.js';
import { mustReadFile } from './readInput.js';

export interface EvalCommandOptions extends EngineFlags {
  format: 'text' | 'json' | 'html';
  out?: string;
  predictions?: string;
  calibrate?: string;
  strict?: boolean;
  threads?: string;
}

/** Runs `groundcheck eval`; returns the exit code. Progress goes to stderr only when it is a terminal. */
export async function runEvalCommand(files: string[], opts: EvalCommandOptions): Promise<number> {
  for (const f of files) mustReadFile(f, 'file');
  if (opts.calibrate) mustReadFile(opts.calibrate, '--calibrate file');
  const threads = opts.threads === undefined ? undefined : wholeNumber('--threads', opts.threads, 0, 64);

  const progress = await rowProgress(files);
  let run;
  try {
    run = await runEval({
      files,
      calibrate: opts.calibrate,
      predictions: opts.predictions,
      strict: opts.strict,
      threads,
      check: engineOptions(opts),
      onWarning: progress.warn,
      onProgress: progress.update,
    });
  } finally {
    progress.stop();
  }

  const output =
    opts.format === 'json' ? `${JSON.stringify(run.result, null, 2)}\n`
    : opts.format === 'html' ? renderEvalHtml(run.result, run.outcomes)
    : renderEvalText(run.result);
  if (opts.out) writeFileSync(opts.out, output);
  else process.stdout.write(output);
  return 0;
}
