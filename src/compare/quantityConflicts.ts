import type { Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { findQuantities, quantitiesAgree, type Quantity } from './quantities.js';

export interface QuantityFeatures {
  quantities: number;
  novelQuantities: number;
  quantityConflicts: number;
  findings: Finding[];
}

const KIND_WORDS: Record<Quantity['kind'], string> = {
  count: 'number', percent: 'percentage', money: 'amount', year: 'year', month: 'month', day: 'date', weekday: 'day', ordinal: 'ordinal',
};

/** Quantities that answer the same question; a plain count and a year are easily confused. */
function sameFamily(a: Quantity, b: Quantity): boolean {
  if (a.kind === b.kind) return true;
  return (a.kind === 'count' && b.kind === 'year') || (a.kind === 'year' && b.kind === 'count');
}

/** Quantities inside a claim, read from its whole sentence so "half a million" keeps its context. */
export function claimQuantities(sentenceTokens: Token[], start: number, end: number, text: string): Quantity[] {
  return findQuantities(sentenceTokens, text).filter((q) => q.start >= start && q.end <= end);
}

/**
 * Each quantity in the claim must agree with one somewhere in the sources. One that agrees with
 * none conflicts when the best evidence gives a quantity of the same kind ("the source says
 * 500,000"), and is merely unsupported otherwise.
 */
export function quantityMismatches(
  claimQs: Quantity[], sourceQuantities: Quantity[], evidenceQs: Quantity[],
): QuantityFeatures {
  const findings: Finding[] = [];
  let novel = 0;
  let conflicts = 0;
  for (const q of claimQs) {
    if (sourceQuantities.some((s) => quantitiesAgree(q, s))) continue;
    const shown = quote(q.text);
    const rival = evidenceQs.find((e) => sameFamily(q, e) && !(q.kind === 'count' && e.kind === 'count' && q.value < 10 && e.value >= 10));
    if (rival) {
      conflicts++;
      findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source gives ${quote(rival.text)}, not ${shown}` });
    } else {
      novel++;
      findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: false, reason: `the ${KIND_WORDS[q.kind]} ${shown} does not appear in the sources` });
    }
  }
  return { quantities: claimQs.length, novelQuantities: novel, quantityConflicts: conflicts, findings };
}
