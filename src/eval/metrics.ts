/**
 * Metrics in the field's own terms (LLM-AggreFact): balanced accuracy, F1, AUROC, calibration.
 * `labels` are 1 for supported, 0 for not; `scores` are P(supported); a prediction is "supported"
 * when score >= threshold. Degenerate inputs (one class only, no rows) give NaN where the metric
 * is undefined rather than a misleading number.
 */

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusion(labels: number[], predicted: boolean[]): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  labels.forEach((y, i) => {
    if (y === 1) predicted[i] ? c.tp++ : c.fn++;
    else predicted[i] ? c.fp++ : c.tn++;
  });
  return c;
}

/** Mean of the true-positive and true-negative rates; with one class only, that class's rate. */
export function balancedAccuracy(labels: number[], predicted: boolean[]): number {
  const c = confusion(labels, predicted);
  const rates: number[] = [];
  if (c.tp + c.fn > 0) rates.push(c.tp / (c.tp + c.fn));
  if (c.tn + c.fp > 0) rates.push(c.tn / (c.tn + c.fp));
  return rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : NaN;
}

/**
 * F1 of the unsupported class (label 0), the class users look for; 0 when it is never predicted
 * correctly, NaN when there are no unsupported rows and none predicted.
 */
export function f1Unsupported(labels: number[], predicted: boolean[]): number {
  const c = confusion(labels, predicted);
  // positives here are "unsupported": tn = correctly flagged, fn = missed... renamed for clarity
  const hit = c.tn;
  const falseAlarm = c.fn;
  const missed = c.fp;
  if (hit + falseAlarm + missed === 0) return NaN;
  return (2 * hit) / (2 * hit + falseAlarm + missed);
}

/** Area under the ROC curve by the rank-sum statistic; tied scores count half. NaN with one class. */
export function auroc(labels: number[], scores: number[]): number {
  const idx = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[idx[k]] = avg;
    i = j + 1;
  }
  let pos = 0;
  let rankSum = 0;
  labels.forEach((y, i) => {
    if (y === 1) {
      pos++;
      rankSum += ranks[i];
    }
  });
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) return NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface CalibrationBin {
  count: number;
  /** Mean predicted P(supported) in the bin. */
  meanScore: number;
  /** Share of the bin's rows that are supported. */
  observed: number;
}

/** Rows grouped into `bins` equal-width bins of P(supported), for a reliability diagram and ECE. */
export function calibrationBins(labels: number[], scores: number[], bins = 10): CalibrationBin[] {
  const sum = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  const count = new Array<number>(bins).fill(0);
  scores.forEach((s, i) => {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(s * bins)));
    sum[b] += s;
    hits[b] += labels[i];
    count[b]++;
  });
  return count.map((n, b) => ({ count: n, meanScore: n ? sum[b] / n : NaN, observed: n ? hits[b] / n : NaN }));
}

/** Expected calibration error over `bins` equal-width bins of P(supported). */
export function expectedCalibrationError(labels: number[], scores: number[], bins = 10): number {
  if (labels.length === 0) return NaN;
  let ece = 0;
  for (const b of calibrationBins(labels, scores, bins)) if (b.count) ece += (b.count / labels.length) * Math.abs(b.meanScore - b.observed);
  return ece;
}

/** ROC curve points [false-positive rate, true-positive rate], from (0,0) to (1,1); empty with one class. */
export function rocCurve(labels: number[], scores: number[]): [number, number][] {
  const pos = labels.filter((y) => y === 1).length;
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) return [];
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const points: [number, number][] = [[0, 0]];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < order.length; k++) {
    if (labels[order[k]] === 1) tp++;
    else fp++;
    // one point per distinct score, so ties form a diagonal segment
    if (k + 1 === order.length || scores[order[k + 1]] !== scores[order[k]]) points.push([fp / neg, tp / pos]);
  }
  return points;
}

/** The threshold that maximises balanced accuracy (midpoints between distinct scores; ties go to the lower one). */
export function bestThreshold(labels: number[], scores: number[]): number {
  const distinct = [...new Set(scores)].sort((a, b) => a - b);
  if (distinct.length === 0) return 0.5;
  const candidates = [distinct[0] - 1e-9, ...distinct.slice(1).map((s, i) => (s + distinct[i]) / 2), distinct[distinct.length - 1] + 1e-9];
  // one sweep up the sorted scores (was a full pass per candidate: minutes on 50k rows); candidate k
  // calls supported every row scoring distinct[k] or more, so the counts below it are running sums
  const below = new Map<number, [number, number]>(distinct.map((s) => [s, [0, 0]]));
  labels.forEach((y, i) => below.get(scores[i])![y === 1 ? 1 : 0]++);
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  let best = candidates[0];
  let bestValue = -1;
  let negBelow = 0;
  let posBelow = 0;
  for (let k = 0; k < candidates.length; k++) {
    if (k > 0) {
      const [neg, pos] = below.get(distinct[k - 1])!;
      negBelow += neg;
      posBelow += pos;
    }
    // the same arithmetic as balancedAccuracy, so ties resolve exactly as a full pass would
    const rates: number[] = [];
    if (positives > 0) rates.push((positives - posBelow) / positives);
    if (negatives > 0) rates.push(negBelow / negatives);
    const v = rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : NaN;
    if (v > bestValue + 1e-12) {
      bestValue = v;
      best = candidates[k];
    }
  }
  return best;
}
