import { analyze } from '../check.js';
import { FEATURE_NAMES } from '../compare/features.js';
import { rowInput, type EvalRow } from '../eval/rows.js';

/** A labelled row turned into numbers: one feature vector per claim, with the claim's offsets. */
export interface FeatureRow {
  id: string;
  dataset: string;
  label: 0 | 1;
  spans?: [number, number][];
  claims: { start: number; end: number; x: number[] }[];
}

/** Runs every stage before the engine on a row; the vector follows FEATURE_NAMES. */
export function featureRow(row: EvalRow): FeatureRow {
  const a = analyze(rowInput(row));
  return {
    id: row.id,
    dataset: row.dataset,
    label: row.label,
    ...(row.spans ? { spans: row.spans } : {}),
    claims: a.inputs.map(({ claim, comparison }) => ({ start: claim.start, end: claim.end, x: FEATURE_NAMES.map((n) => comparison.features[n]) })),
  };
}
