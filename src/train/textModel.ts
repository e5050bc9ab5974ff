import { logit } from './linalg.js';
import type { FeatureRow } from './featureRows.js';
import { fitLogistic } from './logistic.js';

/**
 * Turns claim scores into a verdict for the whole text. A text is as good as its worst claim, but
 * a long answer has more chances to draw a low score by accident than a one-line summary, so the
 * decision looks at the lowest claim score and at how many claims there are:
 *   P(text supported) = σ(minWeight·logit(min claim score) + countWeight·ln(claims) + bias).
 */
export interface TextModel {
  minWeight: number;
  countWeight: number;
  bias: number;
}

export function textLogit(m: TextModel, minScore: number, claims: number): number {
  return m.minWeight * logit(minScore) + m.countWeight * Math.log(Math.max(1, claims)) + m.bias;
}

/**
 * The lowest claim score a text of `claims` claims may have and still count as supported at
 * text-level threshold `threshold`; claims below it are the ones flagged.
 */
export function claimThreshold(m: TextModel, threshold: number, claims: number): number {
  if (m.minWeight <= 0) return threshold;
  const z = (logit(threshold) - m.countWeight * Math.log(Math.max(1, claims)) - m.bias) / m.minWeight;
  return 1 / (1 + Math.exp(-z));
}

/** Fits the text model on rows' lowest claim scores (out-of-fold, so not overconfident), balanced per dataset and class. */
export function fitTextModel(rows: FeatureRow[], minScores: number[]): TextModel {
  const X = rows.map((r, i) => [logit(minScores[i]), Math.log(Math.max(1, r.claims.length))]);
  const y = rows.map((r) => r.label);
  const counts = new Map<string, number>();
  rows.forEach((r) => counts.set(`${r.dataset}\u0000${r.label}`, (counts.get(`${r.dataset}\u0000${r.label}`) ?? 0) + 1));
  const w = rows.map((r) => rows.length / counts.size / counts.get(`${r.dataset}\u0000${r.label}`)!);
  const m = fitLogistic(X, y, w, { l2: 0.1 });
  // undo the standardisation fitLogistic applies, to keep the stored model readable
  const minWeight = m.weights[0] / m.scale[0];
  const countWeight = m.weights[1] / m.scale[1];
  const bias = m.bias - minWeight * m.mean[0] - countWeight * m.mean[1];
  return { minWeight, countWeight, bias };
}
