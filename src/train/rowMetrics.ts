import { balancedAccuracy } from '../eval/metrics.js';
import type { FeatureRow } from './featureRows.js';

export function macroBalancedAccuracy(rows: FeatureRow[], scores: number[], threshold: number): number {
  const by = new Map<string, { y: number[]; p: boolean[] }>();
  rows.forEach((r, i) => {
    let d = by.get(r.dataset);
    if (!d) by.set(r.dataset, (d = { y: [], p: [] }));
    d.y.push(r.label);
    d.p.push(scores[i] >= threshold);
  });
  const values = [...by.values()].map((d) => balancedAccuracy(d.y, d.p)).filter((v) => Number.isFinite(v));
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

/** The threshold maximising macro balanced accuracy, searched over score quantiles. */
export function macroThreshold(rows: FeatureRow[], scores: number[]): { threshold: number; macro: number } {
  const sorted = [...scores].sort((a, b) => a - b);
  let best = { threshold: 0.5, macro: -1 };
  for (let k = 1; k < 200; k++) {
    const t = sorted[Math.floor((k / 200) * sorted.length)];
    const m = macroBalancedAccuracy(rows, scores, t);
    if (m > best.macro + 1e-9) best = { threshold: t, macro: m };
  }
  return best;
}
