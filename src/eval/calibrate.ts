import { InputError } from '../errors.js';
import { RULE_CAP } from '../train/textModel.js';
import { balancedAccuracy, bestThreshold } from './metrics.js';
import { groupByDataset, type Outcome } from './summary.js';

/** How one group of rows (a dataset, or all of them) fares at the engine's threshold and at its own. */
export interface CalibrationGroup {
  n: number;
  positives: number;
  /** The threshold that maximises balanced accuracy on these rows (rounded to 3 decimals); null with one label only. */
  threshold: number | null;
  /** At the engine's own threshold. */
  defaultBalancedAccuracy: number | null;
  /** At `threshold`, on the same rows it was chosen on (optimistic). */
  calibratedBalancedAccuracy: number | null;
  /**
   * Each fold's rows scored at a threshold chosen on the other folds: what to expect on new rows of
   * the same kind. Null when a label has fewer rows than folds.
   */
  crossValidatedBalancedAccuracy: number | null;
}

/** The exact JSON `groundcheck calibrate --format json` prints. */
export interface Calibration {
  engine: string;
  defaultThreshold: number;
  /** The best threshold on all rows together. */
  threshold: number;
  /**
   * True when, cross-validated, that threshold does no better than the engine's own: too few rows
   * or labels that the scores do not separate any better at another cut. Then keep the default.
   */
  keepDefault: boolean;
  folds: number;
  all: CalibrationGroup;
  datasets: Record<string, CalibrationGroup>;
  skipped: number;
  warnings: string[];
}

/** Below this many rows of a label the chosen threshold moves a lot with the sample. */
const FEW_ROWS = 50;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
/**
 * Thresholds are used as `--threshold` values: three decimals, above RULE_CAP (at or below it a text
 * whose claim adds a name or changes a number would pass) and below 1.
 */
const usable = (t: number) => Math.min(0.999, Math.max(RULE_CAP + 0.001, round(t, 3)));
/** The threshold `calibrate` prints for these rows (best balanced accuracy, usable as --threshold). */
const chooseThreshold = (labels: number[], scores: number[]) => usable(bestThreshold(labels, scores));
const bAcc = (rows: Outcome[], threshold: number) => balancedAccuracy(rows.map((o) => o.label), rows.map((o) => o.score >= threshold));

/**
 * Stratified folds: each label's rows are dealt round-robin in their file order, so every fold
 * holds both labels in the same proportions (deterministic: same rows, same folds).
 */
function foldOf(rows: Outcome[], folds: number): number[] {
  const seen = [0, 0];
  return rows.map((o) => seen[o.label]++ % folds);
}

function crossValidated(rows: Outcome[], folds: number): number | null {
  const positives = rows.filter((o) => o.label === 1).length;
  if (positives < folds || rows.length - positives < folds) return null;
  const fold = foldOf(rows, folds);
  const predicted = new Array<boolean>(rows.length);
  for (let k = 0; k < folds; k++) {
    const fit = rows.filter((_, i) => fold[i] !== k);
    const t = chooseThreshold(fit.map((o) => o.label), fit.map((o) => o.score));
    rows.forEach((o, i) => {
      if (fold[i] === k) predicted[i] = o.score >= t;
    });
  }
  return round(balancedAccuracy(rows.map((o) => o.label), predicted), 4);
}

function group(rows: Outcome[], folds: number): CalibrationGroup {
  const positives = rows.filter((o) => o.label === 1).length;
  const both = positives > 0 && positives < rows.length;
  const threshold = both ? chooseThreshold(rows.map((o) => o.label), rows.map((o) => o.score)) : null;
  return {
    n: rows.length,
    positives,
    threshold,
    defaultBalancedAccuracy: both ? round(balancedAccuracy(rows.map((o) => o.label), rows.map((o) => o.supported)), 4) : null,
    calibratedBalancedAccuracy: threshold === null ? null : round(bAcc(rows, threshold), 4),
    crossValidatedBalancedAccuracy: both ? crossValidated(rows, folds) : null,
  };
}

/**
 * Chooses the decision threshold for the user's own labelled rows (scored by the engine at its own
 * threshold): per dataset, and one for all rows, which is the one to use.
 */
export function calibrate(outcomes: Outcome[], engine: { name: string; threshold: number }, skipped = 0, folds = 5): Calibration {
  const all = group(outcomes, folds);
  if (all.threshold === null) {
    const only = outcomes.length === 0 ? 'no rows' : `only rows labelled ${outcomes[0].label}`;
    throw new InputError(`calibration needs rows of both labels (1 = supported, 0 = not); got ${only}`);
  }
  const datasets = Object.fromEntries([...groupByDataset(outcomes)].map(([name, rows]) => [name, group(rows, folds)]));
  const warnings: string[] = [];
  const negatives = all.n - all.positives;
  if (Math.min(all.positives, negatives) < FEW_ROWS) {
    warnings.push(`only ${all.positives} supported and ${negatives} unsupported rows: with fewer than ${FEW_ROWS} of either, the threshold moves a lot with the sample; label more rows`);
  }
  if (Object.keys(datasets).length > 1) {
    const spread = Object.values(datasets).flatMap((d) => (d.threshold === null ? [] : [d.threshold]));
    if (spread.length > 1 && Math.max(...spread) - Math.min(...spread) > 0.15) {
      warnings.push(`the datasets' own thresholds differ by more than 0.15: if they are checked separately, each may deserve its own --threshold`);
    }
  }
  const cv = all.crossValidatedBalancedAccuracy;
  const keepDefault = cv !== null && all.defaultBalancedAccuracy !== null && cv <= all.defaultBalancedAccuracy;
  return { engine: engine.name, defaultThreshold: engine.threshold, threshold: all.threshold, keepDefault, folds, all, datasets, skipped, warnings };
}
