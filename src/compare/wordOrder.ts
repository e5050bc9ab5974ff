import type { Passage } from '../retrieve/evidence.js';
import type { Token } from '../text/tokens.js';
import { isContent } from '../text/tokens.js';

/** How far apart (in content words) two evidence words may be and still count as a pair. */
const REACH = 3;

interface OrderIndex {
  lemmas: string[];
  present: Set<string>;
  pairs: Set<string>;
}

function addPairs(lemmas: string[], pairs: Set<string>, from = 0): void {
  for (let i = from; i < lemmas.length; i++) for (let j = i + 1; j <= i + REACH && j < lemmas.length; j++) pairs.add(`${lemmas[i]}\u0000${lemmas[j]}`);
}

// evidence passages are shared by the claims of a check (and kept with prepared sources), so each
// one's pairs are built once: rebuilding them per claim made a source of one huge sentence quadratic
const indexes = new WeakMap<Passage, OrderIndex>();
function orderIndex(p: Passage): OrderIndex {
  let index = indexes.get(p);
  if (!index) {
    const lemmas = p.tokens.filter(isContent).map((t) => t.lemma);
    const pairs = new Set<string>();
    addPairs(lemmas, pairs);
    indexes.set(p, (index = { lemmas, present: new Set(lemmas), pairs }));
  }
  return index;
}

/** Pairs within reach of each other in the passages read in order: each passage's own, plus those across each boundary. */
function spanIndex(passages: Passage[]): { present: Set<string>; has: (pair: string) => boolean } {
  const parts = passages.map(orderIndex);
  if (parts.length === 1) return { present: parts[0].present, has: (pair) => parts[0].pairs.has(pair) };
  const across = new Set<string>();
  for (let k = 0; k + 1 < parts.length; k++) {
    const tail = parts[k].lemmas.slice(-REACH);
    const joined = [...tail, ...parts[k + 1].lemmas.slice(0, REACH)];
    for (let i = 0; i < tail.length; i++) for (let j = Math.max(i + 1, tail.length); j <= i + REACH && j < joined.length; j++) across.add(`${joined[i]}\u0000${joined[j]}`);
  }
  const present = new Set(parts.flatMap((x) => [...x.present]));
  return { present, has: (pair) => across.has(pair) || parts.some((x) => x.pairs.has(pair)) };
}

export interface OrderFeatures {
  /** Share of the claim's neighbouring content-word pairs found, in order and close together, in the evidence. */
  pairCoverage: number;
  /** Pairs found only in the reverse order: a sign of swapped roles ("A beat B" vs "B beat A"). */
  swappedPairs: number;
}

/**
 * Word order agreement between a claim and its evidence (one passage or a window of neighbours), over neighbouring claim words that
 * both occur in the evidence as they are (paraphrased words are coverage's business, not order's).
 */
export function wordOrder(claimWords: Token[], evidence: Passage[]): OrderFeatures {
  const { present, has } = spanIndex(evidence);
  const lemmas = claimWords.map((t) => t.lemma).filter((l) => present.has(l));
  if (lemmas.length < 2) return { pairCoverage: 1, swappedPairs: 0 };
  let found = 0;
  let swapped = 0;
  for (let i = 0; i + 1 < lemmas.length; i++) {
    if (has(`${lemmas[i]}\u0000${lemmas[i + 1]}`)) found++;
    else if (has(`${lemmas[i + 1]}\u0000${lemmas[i]}`)) swapped++;
  }
  return { pairCoverage: found / (lemmas.length - 1), swappedPairs: swapped };
}
