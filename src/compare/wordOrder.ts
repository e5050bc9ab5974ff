import type { Token } from '../text/tokens.js';
import { isContent } from '../text/tokens.js';

/** How far apart (in content words) two evidence words may be and still count as a pair. */
const REACH = 3;

function pairsOf(tokens: Token[]): Set<string> {
  const lemmas = tokens.filter(isContent).map((t) => t.lemma);
  const pairs = new Set<string>();
  for (let i = 0; i < lemmas.length; i++) for (let j = i + 1; j <= i + REACH && j < lemmas.length; j++) pairs.add(`${lemmas[i]}\u0000${lemmas[j]}`);
  return pairs;
}

export interface OrderFeatures {
  /** Share of the claim's neighbouring content-word pairs found, in order and close together, in the evidence. */
  pairCoverage: number;
  /** Pairs found only in the reverse order: a sign of swapped roles ("A beat B" vs "B beat A"). */
  swappedPairs: number;
}

/**
 * Word order agreement between a claim and one evidence passage, over neighbouring claim words that
 * both occur in the evidence as they are (paraphrased words are coverage's business, not order's).
 */
export function wordOrder(claimWords: Token[], evidence: Token[]): OrderFeatures {
  const present = new Set(evidence.filter(isContent).map((t) => t.lemma));
  const lemmas = claimWords.map((t) => t.lemma).filter((l) => present.has(l));
  if (lemmas.length < 2) return { pairCoverage: 1, swappedPairs: 0 };
  const pairs = pairsOf(evidence);
  let found = 0;
  let swapped = 0;
  for (let i = 0; i + 1 < lemmas.length; i++) {
    if (pairs.has(`${lemmas[i]}\u0000${lemmas[i + 1]}`)) found++;
    else if (pairs.has(`${lemmas[i + 1]}\u0000${lemmas[i]}`)) swapped++;
  }
  return { pairCoverage: found / (lemmas.length - 1), swappedPairs: swapped };
}
