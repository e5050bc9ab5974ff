import { calibrate } from '../eval/calibrate.js';
import { renderCalibrationText } from '../report/calibrationText.js';
import { scoreLabelledRows, writeOutput, type RowFlags } from './labelledRows.js';

export interface CalibrateCommandOptions extends RowFlags {
  format: 'text' | 'json';
  out?: string;
}

/**
 * Runs `groundcheck calibrate`: scores the user's labelled rows with the builtin engine and prints
 * the threshold that suits their labels, with an honest (cross-validated) estimate of what it buys.
 */
export async function runCalibrateCommand(files: string[], opts: CalibrateCommandOptions): Promise<number> {
  const run = await scoreLabelledRows(files, opts, () => ({ check: { engine: 'builtin' } }));
  const result = calibrate(run.outcomes, { name: run.result.engine, threshold: run.decision.engineThreshold }, run.result.skipped);
  writeOutput(opts.out, opts.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderCalibrationText(result));
  return 0;
}
