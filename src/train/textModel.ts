import { logit, sigmoid } from './linalg.js';
import type { FeatureRow } from './featureRows.js';
import { fitLogistic } from './logistic.js';

/**
 * Turns claim scores into a verdict for the whole text. A text is as good as its worst claim, but
 * a long answer has more chances to draw a low score by accident than a one-line summary, and a
 * text whose claims are all shaky is more likely wrong somewhere than one with a single doubt, so
 * the decision looks at the lowest claim score, how many claims there are, their mean log-odds and
 * the share of them more likely unsupported than not:
 *   P(text supported) = σ(minWeight·logit(min) + countWeight·ln(claims) + meanWeight·mean logit + lowShareWeight·share below ½ + bias).
 */
export interface TextModel {
  minWeight: number;
  countWeight: number;
  /** Absent in models written before they existed: 0. */
  meanWeight?: number;
  lowShareWeight?: number;
  bias: number;
}

/** What the text model reads of a text's claim scores. */
export interface ClaimScoreSummary {
  min: number;
  count: number;
  meanLogit: number;
  /** Share of the claims scored below ½. */
  lowShare: number;
}

export function summarise(scores: number[]): ClaimScoreSummary {
  let min = 1;
  let sum = 0;
  let low = 0;
  for (const s of scores) {
    min = Math.min(min, s);
    sum += logit(s);
    if (s < 0.5) low++;
  }
  const n = scores.length;
  return { min, count: n, meanLogit: n ? sum / n : 0, lowShare: n ? low / n : 0 };
}

export function textLogit(m: TextModel, s: ClaimScoreSummary): number {
  return m.minWeight * logit(s.min) + m.countWeight * Math.log(Math.max(1, s.count)) + (m.meanWeight ?? 0) * s.meanLogit + (m.lowShareWeight ?? 0) * s.lowShare + m.bias;
}

/** The score a claim gets at most when one of the model's rules fires on it (see train/RULES). */
export const RULE_CAP = 0.05;

/**
 * P(text supported) from its claims' scores. A claim a rule fired on (a contradicted number, a new
 * name...) makes the whole text unsupported whatever the other claims say: P is capped at RULE_CAP.
 */
export function textScore(m: TextModel, scores: number[], ruleFired: boolean): number {
  if (scores.length === 0) return 1;
  const p = sigmoid(textLogit(m, summarise(scores)));
  return ruleFired ? Math.min(p, RULE_CAP) : p;
}

/**
 * The bar a claim's score must clear not to be flagged, in a text whose P(supported) is `textP`
 * at text threshold `threshold`. A supported text flags nothing. An unsupported one flags its
 * weakest claim, every claim a rule fired on, and every claim scored below the threshold (claim
 * scores come from a class-balanced model, so below it a claim is more likely unsupported than
 * not); so the text verdict and the claim verdicts always agree. (The builtin engine then lets
 * pass a claim under the bar that has nothing to show, unless it is the weakest.)
 */
export function claimBar(threshold: number, scores: number[], textP: number): number {
  if (scores.length === 0 || textP >= threshold) return 0;
  return Math.max(Math.min(...scores) + 1e-12, RULE_CAP + 1e-12, threshold);
}

function inputs(s: ClaimScoreSummary): number[] {
  return [logit(s.min), Math.log(Math.max(1, s.count)), s.meanLogit, s.lowShare];
}

/** Fits the text model on rows' claim scores (out-of-fold, so not overconfident), balanced per dataset and class. */
export function fitTextModel(rows: FeatureRow[], claimScores: number[][]): TextModel {
  const X = claimScores.map((s) => inputs(summarise(s)));
  const y = rows.map((r) => r.label);
  const counts = new Map<string, number>();
  rows.forEach((r) => counts.set(`${r.dataset}\u0000${r.label}`, (counts.get(`${r.dataset}\u0000${r.label}`) ?? 0) + 1));
  const w = rows.map((r) => rows.length / counts.size / counts.get(`${r.dataset}\u0000${r.label}`)!);
  const m = fitLogistic(X, y, w, { l2: 0.1 });
  // undo the standardisation fitLogistic applies, to keep the stored model readable
  const [minWeight, countWeight, meanWeight, lowShareWeight] = m.weights.map((wt, j) => wt / m.scale[j]);
  const bias = m.bias - minWeight * m.mean[0] - countWeight * m.mean[1] - meanWeight * m.mean[2] - lowShareWeight * m.mean[3];
  return { minWeight, countWeight, meanWeight, lowShareWeight, bias };
}
