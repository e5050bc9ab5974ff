import { isContent, type Token } from '../text/tokens.js';
import { hasWord, type Lexicon } from './lexicon.js';
import { supportingLemmas, wordnetPos } from './wordnet.js';

/** How a claim word is backed by a stretch of source text. */
export type WordMatch = 'exact' | 'wordnet' | 'none';

/** Relative weight of a word in coverage: names and nouns carry more of a claim than adverbs. */
export function wordWeight(t: Token): number {
  switch (t.pos) {
    case 'PROPN': return 1.5;
    case 'NOUN': return 1.0;
    case 'NUM': return 1.2;
    case 'VERB': return 0.8;
    case 'ADJ': return 0.8;
    case 'ADV': return 0.4;
    default: return 0.6;
  }
}

export function matchWord(t: Token, lex: Lexicon): WordMatch {
  if (hasWord(lex, t)) return 'exact';
  const pos = wordnetPos(t.pos);
  if (!pos || t.pos === 'PROPN') return 'none';
  for (const related of supportingLemmas(t.lemma, pos)) if (lex.words.has(related)) return 'wordnet';
  // wink sometimes tags adjectives as verbs (participles) and vice versa
  if (pos === 'v' || pos === 'a') {
    const other = pos === 'v' ? 'a' : 'v';
    for (const related of supportingLemmas(t.lemma, other)) if (lex.words.has(related)) return 'wordnet';
  }
  return 'none';
}

export interface Coverage {
  /** Weighted share of the claim's content words backed by the text, in [0,1]. */
  coverage: number;
  /** Same, counting exact (lemma/surface) matches only. */
  exactCoverage: number;
  matches: WordMatch[];
}

/** Content-word coverage of `words` (claim content tokens) by a lexicon. */
export function coverageOf(words: Token[], lex: Lexicon): Coverage {
  let total = 0;
  let covered = 0;
  let exact = 0;
  const matches: WordMatch[] = [];
  for (const t of words) {
    const w = wordWeight(t);
    const m = matchWord(t, lex);
    matches.push(m);
    total += w;
    if (m === 'exact') exact += w;
    if (m !== 'none') covered += m === 'exact' ? w : 0.85 * w;
  }
  if (total === 0) return { coverage: 1, exactCoverage: 1, matches };
  return { coverage: covered / total, exactCoverage: exact / total, matches };
}

export function contentWords(tokens: Token[]): Token[] {
  return tokens.filter(isContent);
}
