import type { Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { findQuantities, quantitiesAgree, SCORE, type Quantity } from './quantities.js';

export interface QuantityFeatures {
  quantities: number;
  novelQuantities: number;
  /** Novel small spelled numbers and spelled ordinals ("two films", "the first"): often a summary's own count, no rule fires on them. */
  novelSmallNumbers: number;
  quantityConflicts: number;
  /** Quantities the sources have, but not in the best evidence: often swapped in from elsewhere. */
  misplacedQuantities: number;
  findings: Finding[];
}

const KIND_WORDS: Record<Quantity['kind'], string> = {
  count: 'number', percent: 'percentage', money: 'amount', year: 'year', month: 'month', day: 'date', weekday: 'day', ordinal: 'ordinal', time: 'time', quarter: 'quarter', duration: 'length of time', factor: 'change',
};

const yearLike = (q: Quantity) => q.kind === 'year' || (q.kind === 'count' && Number.isInteger(q.value) && q.value >= 1000 && q.value <= 2100);

/**
 * Whether a source quantity could be the one a claim quantity changed: same kind (a four-digit
 * count may be a year), for ordinals and counts the same noun when both name one ("two films" is
 * not a changed "2016", nor "3 children" a changed "40 passengers"), else a number of like size.
 */
function rivals(claim: Quantity, source: Quantity): boolean {
  if (claim.kind !== source.kind) return yearLike(claim) && yearLike(source);
  if (claim.kind !== 'count' && claim.kind !== 'ordinal') return true;
  // a score ("2-1") was changed only from another score
  if (claim.counted === SCORE || source.counted === SCORE) return claim.counted === source.counted;
  // "first place" did not replace "the 78th minute"
  if (claim.counted && source.counted) return claim.counted === source.counted;
  if (claim.kind === 'ordinal') return true;
  // without a shared noun, only numbers of a like size: "235,000 views" did not replace "one"
  const [small, big] = claim.value < source.value ? [claim.value, source.value] : [source.value, claim.value];
  return big <= 10 * small;
}

/** A source quantity as a finding quotes it: a change the source states between two amounts with its factor ("… up from $1 billion" (×2)). */
function sourceSide(q: Quantity): string {
  return q.statedChange ? `${quote(q.text)} (×${Math.round(q.value * 100) / 100})` : quote(q.text);
}

/** Quantities inside a claim, read from its whole sentence so "half a million" keeps its context. */
export function claimQuantities(sentenceTokens: Token[], start: number, end: number, text: string): Quantity[] {
  return findQuantities(sentenceTokens, text).filter((q) => q.start >= start && q.end <= end);
}

/**
 * Each quantity in the claim must agree with one somewhere in the sources. One that agrees with
 * none conflicts when the best evidence gives a quantity of the same kind ("the source says
 * 500,000"), and is merely unsupported otherwise. One that agrees only with a quantity outside the
 * best evidence is misplaced.
 */
export function quantityMismatches(
  claimQs: Quantity[], sourceQuantities: Quantity[], evidenceSentences: Quantity[][],
  aligned?: { quantities: Quantity[]; sameSlot: (claim: Quantity, evidence: Quantity) => boolean },
): QuantityFeatures {
  const evidenceQs = evidenceSentences.flat();
  const findings: Finding[] = [];
  let novel = 0;
  let small = 0;
  let conflicts = 0;
  let misplaced = 0;
  for (const q of claimQs) {
    const shown = quote(q.text);
    if (sourceQuantities.some((s) => quantitiesAgree(q, s))) {
      // "300 staff" where the evidence says "50 staff" and the 300 counts paintings, there or elsewhere:
      // the number moved to another noun ("20 residents" where it says "500,000 residents and 20 schools")
      const countedElsewhere = q.counted && !sourceQuantities.some((s) => s.counted === q.counted && quantitiesAgree(q, s));
      const swappedFor = countedElsewhere ? evidenceQs.find((e) => e.kind === q.kind && e.counted === q.counted) : undefined;
      // "the forecast for 2020 remains" where the sentence the claim follows says "the forecast for 2021
      // remains": changed in place, whatever else the sources say about 2020
      const inPlace = aligned && !aligned.quantities.some((s) => quantitiesAgree(q, s)) ? aligned.quantities.find((e) => rivals(q, e) && aligned.sameSlot(q, e)) : undefined;
      if (inPlace) {
        conflicts++;
        findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source gives ${quote(inPlace.text)}, not ${shown}` });
        continue;
      }
      const inEvidence = evidenceQs.filter((s) => quantitiesAgree(q, s));
      // in the evidence itself, only where the sentence that counts the claim's noun with another
      // number uses this one for another noun (a neighbouring sentence may count it in other words)
      const sentenceOf = (x: Quantity) => evidenceSentences.findIndex((qs) => qs.includes(x));
      const movedWithin = swappedFor !== undefined && inEvidence.every((s) => s.counted !== undefined && s.counted !== q.counted && sentenceOf(s) === sentenceOf(swappedFor));
      if (inEvidence.length > 0 && !movedWithin) continue;
      if (swappedFor) {
        conflicts++;
        findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source gives ${quote(swappedFor.text)}, not ${shown}` });
        continue;
      }
      misplaced++;
      findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: false, reason: `${shown} appears in the sources, but not in the passage that best matches this claim` });
      continue;
    }
    const rival = evidenceQs.find((e) => rivals(q, e));
    if (rival) {
      conflicts++;
      findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source gives ${sourceSide(rival)}, not ${shown}` });
    } else {
      if (q.countable) small++;
      else novel++;
      findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: false, reason: `the ${KIND_WORDS[q.kind]} ${shown} does not appear in the sources` });
    }
  }
  return { quantities: claimQs.length, novelQuantities: novel, novelSmallNumbers: small, quantityConflicts: conflicts, misplacedQuantities: misplaced, findings };
}
