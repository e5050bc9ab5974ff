import type { FeatureRow } from './featureRows.js';

/** Claim-level training examples: inputs, labels and weights, and each example's dataset. */
export interface Examples {
  X: number[][];
  y: number[];
  w: number[];
}

const overlaps = (c: { start: number; end: number }, spans: [number, number][]) => spans.some(([a, b]) => a < c.end && b > c.start);

/**
 * Labels are given per row, but the model scores claims. Every claim of a supported row is
 * supported. In an unsupported row with annotated spans, the claims the spans touch are unsupported
 * and the rest supported. In an unsupported row without spans, only the claim the current scorer
 * finds least supported is taken as the unsupported one (multiple-instance learning); its
 * siblings are left out. Weights balance the two classes within each dataset and give each
 * dataset the same total, matching the macro balanced-accuracy the field reports.
 */
export function claimExamples(rows: FeatureRow[], score: (x: number[]) => number, columns?: number[]): Examples {
  // each row carries the same total weight however many claims it has, so "many claims" is not
  // learned as a sign of support just because supported rows contribute all of theirs
  const picked: { x: number[]; y: number; dataset: string; share: number }[] = [];
  const project = (x: number[]) => (columns ? columns.map((j) => x[j]) : x);
  for (const row of rows) {
    if (row.claims.length === 0) continue;
    const share = 1 / row.claims.length;
    if (row.label === 1) for (const c of row.claims) picked.push({ x: project(c.x), y: 1, dataset: row.dataset, share });
    else if (row.spans && row.spans.length > 0 && row.claims.some((c) => overlaps(c, row.spans!))) {
      for (const c of row.claims) picked.push({ x: project(c.x), y: overlaps(c, row.spans) ? 0 : 1, dataset: row.dataset, share });
    } else {
      let worst = row.claims[0];
      let worstScore = Infinity;
      for (const c of row.claims) {
        const s = score(c.x);
        if (s < worstScore) {
          worstScore = s;
          worst = c;
        }
      }
      picked.push({ x: project(worst.x), y: 0, dataset: row.dataset, share: 1 });
    }
  }
  const counts = new Map<string, number>();
  for (const p of picked) counts.set(`${p.dataset}\u0000${p.y}`, (counts.get(`${p.dataset}\u0000${p.y}`) ?? 0) + p.share);
  const groups = counts.size || 1;
  const total = picked.length;
  return {
    X: picked.map((p) => p.x),
    y: picked.map((p) => p.y),
    w: picked.map((p) => (p.share * total) / groups / counts.get(`${p.dataset}\u0000${p.y}`)!),
  };
}
