import type { ClaimReport } from '../../src/types';

/** A run of text to render: plain, or inside a claim, possibly inside one of its unsupported spans. */
export interface Piece {
  start: number;
  end: number;
  claim: number | null;
  span: number | null;
}

/**
 * Cuts `text` at every claim and span boundary so the page can tint claims and underline spans
 * with the report's UTF-16 offsets as they are (JavaScript strings use the same units).
 */
export function pieces(text: string, claims: ClaimReport[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  claims.forEach((c, ci) => {
    if (c.start < at) return;
    if (c.start > at) out.push({ start: at, end: c.start, claim: null, span: null });
    let pos = c.start;
    const spans = c.spans.map((s, si) => ({ ...s, si })).sort((a, b) => a.start - b.start);
    for (const s of spans) {
      if (s.start < pos) continue;
      if (s.start > pos) out.push({ start: pos, end: s.start, claim: ci, span: null });
      out.push({ start: s.start, end: s.end, claim: ci, span: s.si });
      pos = s.end;
    }
    if (pos < c.end) out.push({ start: pos, end: c.end, claim: ci, span: null });
    at = c.end;
  });
  if (at < text.length) out.push({ start: at, end: text.length, claim: null, span: null });
  return out;
}
