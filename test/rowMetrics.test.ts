import assert from 'node:assert/strict';
import { test } from 'node:test';
import { macroBalancedAccuracy, meanOwnThreshold } from '../src/train/rowMetrics.js';
import type { FeatureRow } from '../src/train/featureRows.js';

const row = (dataset: string, label: 0 | 1): FeatureRow => ({ id: `${dataset}-${label}`, dataset, label, claims: [] });

test('the shared threshold is the mean of each dataset\'s own best one, and its macro BAcc is reported', () => {
  // a lenient dataset separates at 0.3, a strict one at 0.7: each is perfect at its own threshold
  const rows: FeatureRow[] = [];
  const scores: number[] = [];
  for (let k = 0; k < 20; k++) {
    rows.push(row('lenient', 1), row('lenient', 0), row('strict', 1), row('strict', 0));
    scores.push(0.35 + k * 0.001, 0.25 - k * 0.001, 0.75 + k * 0.001, 0.65 - k * 0.001);
  }
  const { threshold, macro } = meanOwnThreshold(rows, scores);
  assert.ok(threshold >= 0.45 && threshold <= 0.55, `between the two own thresholds: ${threshold}`);
  assert.equal(macro, macroBalancedAccuracy(rows, scores, threshold));
  // in the middle the lenient set is all called unsupported and the strict one all supported: 0.5 each
  assert.equal(macro, 0.5);
});
