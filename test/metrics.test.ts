import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auroc, balancedAccuracy, bestThreshold, calibrationBins, expectedCalibrationError, f1Unsupported, rocCurve } from '../src/eval/metrics.js';
import { spanF1, spanOverlap } from '../src/eval/spans.js';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('balanced accuracy is the mean of the two recalls', () => {
  // supported recall 2/3, unsupported recall 1/2
  close(balancedAccuracy([1, 1, 1, 0, 0], [true, true, false, true, false]), (2 / 3 + 1 / 2) / 2);
});

test('balanced accuracy with one class only is that class\'s recall, and NaN with no rows', () => {
  close(balancedAccuracy([1, 1, 1, 1], [true, false, true, true]), 0.75);
  assert.ok(Number.isNaN(balancedAccuracy([], [])));
});

test('F1 is computed for the unsupported class', () => {
  // unsupported rows: 0,0,0; flagged (predicted false): rows 2,3 and 4 -> tp=2 (rows 3,4), fp=1 (row 2), fn=1 (row 5)
  close(f1Unsupported([1, 1, 1, 0, 0, 0], [true, true, false, false, false, true]), (2 * 2) / (2 * 2 + 1 + 1));
  assert.ok(Number.isNaN(f1Unsupported([1, 1], [true, true])));
});

test('AUROC counts ties as half and is NaN with one class', () => {
  close(auroc([1, 0, 1, 0], [0.9, 0.1, 0.8, 0.2]), 1);
  close(auroc([1, 0], [0.5, 0.5]), 0.5);
  // pairs (pos,neg): (0.8,0.6) win, (0.8,0.8) tie, (0.4,0.6) loss, (0.4,0.8) loss -> 1.5/4
  close(auroc([1, 1, 0, 0], [0.8, 0.4, 0.6, 0.8]), 1.5 / 4);
  assert.ok(Number.isNaN(auroc([1, 1], [0.2, 0.3])));
});

test('ECE weighs each bin\'s gap between confidence and accuracy by its size', () => {
  // bin 0.9: two rows with score 0.9, one supported -> gap 0.4, weight 1/2; bin 0.1: two rows 0.1, none supported -> gap 0.1
  close(expectedCalibrationError([1, 0, 0, 0], [0.9, 0.9, 0.1, 0.1]), 0.5 * 0.4 + 0.5 * 0.1);
  assert.equal(calibrationBins([1], [1.0])[9].count, 1, 'a score of exactly 1 falls in the last bin');
});

test('the best threshold separates the classes when they can be separated', () => {
  const t = bestThreshold([0, 0, 1, 1], [0.1, 0.3, 0.6, 0.9]);
  assert.ok(t > 0.3 && t <= 0.6, String(t));
  close(balancedAccuracy([0, 0, 1, 1], [0.1, 0.3, 0.6, 0.9].map((s) => s >= t)), 1);
});

test('ROC curve runs from (0,0) to (1,1) with one point per distinct score', () => {
  assert.deepEqual(rocCurve([1, 0, 1, 0], [0.9, 0.5, 0.5, 0.1]), [[0, 0], [0, 0.5], [0.5, 1], [1, 1]]);
  assert.deepEqual(rocCurve([1, 1], [0.3, 0.4]), []);
});

test('span F1 is the character overlap of predicted and annotated spans', () => {
  const o = spanOverlap([[0, 10]], [[5, 15]]);
  assert.deepEqual(o, { predicted: 10, gold: 10, overlap: 5 });
  close(spanF1([o]), 0.5);
  close(spanF1([spanOverlap([], [])]), 1);
  close(spanF1([spanOverlap([[0, 3]], [])]), 0);
});

test('bestThreshold finds the threshold a pass over every candidate would, ties to the lowest', () => {
  const brute = (labels: number[], scores: number[]) => {
    const distinct = [...new Set(scores)].sort((a, b) => a - b);
    const candidates = [distinct[0] - 1e-9, ...distinct.slice(1).map((s, i) => (s + distinct[i]) / 2), distinct[distinct.length - 1] + 1e-9];
    let best = candidates[0];
    let bestValue = -1;
    for (const t of candidates) {
      const v = balancedAccuracy(labels, scores.map((s) => s >= t));
      if (v > bestValue + 1e-12) [best, bestValue] = [t, v];
    }
    return best;
  };
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let trial = 0; trial < 300; trial++) {
    const n = 1 + Math.floor(random() * 40);
    const labels = Array.from({ length: n }, () => (random() < (trial % 5 === 0 ? 1 : 0.5) ? 1 : 0));
    const scores = labels.map(() => Math.round(random() * 10) / 10); // many ties
    assert.equal(bestThreshold(labels, scores), brute(labels, scores), `trial ${trial}`);
  }
});
