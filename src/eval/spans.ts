/** Character-overlap counts between predicted and annotated spans of one text. */
export interface SpanOverlap {
  predicted: number;
  gold: number;
  overlap: number;
}

function charSet(spans: [number, number][]): Set<number> {
  const s = new Set<number>();
  for (const [a, b] of spans) for (let i = a; i < b; i++) s.add(i);
  return s;
}

export function spanOverlap(predicted: [number, number][], gold: [number, number][]): SpanOverlap {
  const p = charSet(predicted);
  const g = charSet(gold);
  let overlap = 0;
  for (const i of p) if (g.has(i)) overlap++;
  return { predicted: p.size, gold: g.size, overlap };
}

/** Micro-averaged character F1 over rows: 1 when both sides are empty everywhere, 0 when only one is. */
export function spanF1(rows: SpanOverlap[]): number {
  let p = 0;
  let g = 0;
  let o = 0;
  for (const r of rows) {
    p += r.predicted;
    g += r.gold;
    o += r.overlap;
  }
  if (p === 0 && g === 0) return 1;
  return (2 * o) / (p + g);
}
