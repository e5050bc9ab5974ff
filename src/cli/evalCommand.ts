import { renderEvalHtml } from '../report/evalHtml.js';
import { renderEvalText } from '../report/evalText.js';
import { engineOptions, type EngineFlags } from './engineOptions.js';
import { scoreLabelledRows, writeOutput, type RowFlags } from './labelledRows.js';

export interface EvalCommandOptions extends EngineFlags, RowFlags {
  format: 'text' | 'json' | 'html';
  out?: string;
  predictions?: string;
  calibrate?: string;
}

/** Runs `groundcheck eval`; returns the exit code. Progress goes to stderr only when it is a terminal. */
export async function runEvalCommand(files: string[], opts: EvalCommandOptions): Promise<number> {
  const run = await scoreLabelledRows(files, opts, () => ({ predictions: opts.predictions, check: engineOptions(opts) }));
  const output =
    opts.format === 'json' ? `${JSON.stringify(run.result, null, 2)}\n`
    : opts.format === 'html' ? renderEvalHtml(run.result, run.outcomes)
    : renderEvalText(run.result);
  writeOutput(opts.out, output);
  return 0;
}
