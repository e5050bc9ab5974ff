import type { Passage } from '../retrieve/evidence.js';
import type { Token } from '../text/tokens.js';
import type { Lexicon } from './lexicon.js';
import { contentWords, matchCredit, wordWeight, type WordMatch } from './lexical.js';
import { maxRowCosine, rowBlock, type RowBlock } from './vectorFile.js';
import { similarity, vectorRow, wordVectors } from './vectors.js';

/**
 * Word-vector similarity between a claim and its sources: lets the model tell a paraphrase
 * ("automobile" for "car") from a word about something else, where WordNet has no link.
 * The shipped vectors are counter-fitted so that WordNet's opposites sit apart, but siblings stay
 * close (Monday/Tuesday), so these are evidence for the model to weigh, never a match by themselves.
 */

/** Below this, a novel word is taken as unrelated to anything in the sources (chosen on dev). */
const UNRELATED = 0.45;

const rowsOfTokens = new WeakMap<object, number[]>();
function contentRows(key: object, tokens: Token[]): number[] {
  let rows = rowsOfTokens.get(key);
  if (!rows) {
    const seen = new Set<number>();
    for (const t of contentWords(tokens)) {
      const r = tokenRow(t);
      if (r >= 0) seen.add(r);
    }
    rowsOfTokens.set(key, (rows = [...seen]));
  }
  return rows;
}

/**
 * Reads the word vectors of each passage and of the sources they make up (`sources`, their joined
 * lexicon) ahead of the first claim: each source word is looked up once, and passages retrieved
 * later cost no lookup.
 */
export function prepareVectorRows(sources: Lexicon, passages: Passage[]): void {
  const all = new Set<number>();
  for (const p of passages) for (const r of contentRows(p, p.tokens)) all.add(r);
  rowsOfTokens.set(sources, [...all]);
}

function tokenRow(t: Token): number {
  return vectorRow(t.lower, t.lemma);
}

/** Each rows list's vectors side by side, and its nearest closeness per word row: the rows of a source or passage are kept between claims and checks. */
const nearestOf = new WeakMap<number[], { block: RowBlock; nearest: Map<number, number> }>();

function maxSimilarity(row: number, rows: number[]): number {
  if (row < 0) return 0;
  let known = nearestOf.get(rows);
  if (!known) nearestOf.set(rows, (known = { block: rowBlock(wordVectors(), rows), nearest: new Map() }));
  let best = known.nearest.get(row);
  if (best === undefined) known.nearest.set(row, (best = maxRowCosine(wordVectors(), row, known.block)));
  return best;
}

/** The nearest closeness over several passages' rows: the largest of each one's (the same number as over their rows joined). */
function maxSimilarityOver(row: number, rowLists: number[][]): number {
  let best = 0;
  for (const rows of rowLists) best = Math.max(best, maxSimilarity(row, rows));
  return best;
}

export interface SemanticFeatures {
  /** Weighted mean, over the words the sources lack, of their closeness to the nearest source word. */
  novelSimilarity: number;
  /** Words the sources lack that are not close to any source word either. */
  novelUnrelated: number;
  /** Best-evidence coverage where each unmatched word counts by its closeness to the evidence. */
  softCoverageBest: number;
  /** The weakest claim word's backing by the best evidence (its matchCredit, else vector closeness). */
  weakestBest: number;
}

export function semanticFeatures(
  words: Token[], sourceMatches: WordMatch[], sources: Lexicon,
  bestMatches: WordMatch[] | undefined, bestPassages: Passage[],
): SemanticFeatures {
  const sourceRows = contentRows(sources, sources.tokens);
  const bestRows = bestPassages.map((p) => contentRows(p, p.tokens));
  let novelWeight = 0;
  let novelSim = 0;
  let unrelated = 0;
  let total = 0;
  let soft = 0;
  let weakest = 1;
  words.forEach((t, i) => {
    const w = wordWeight(t);
    total += w;
    const row = tokenRow(t);
    if (sourceMatches[i] === 'none') {
      const s = maxSimilarity(row, sourceRows);
      novelWeight += w;
      novelSim += w * s;
      if (s < UNRELATED) unrelated++;
    }
    const m = bestMatches?.[i] ?? 'none';
    const backing = m === 'none' ? Math.max(0, maxSimilarityOver(row, bestRows)) : matchCredit(m);
    soft += w * backing;
    weakest = Math.min(weakest, backing);
  });
  return {
    novelSimilarity: novelWeight > 0 ? novelSim / novelWeight : 1,
    novelUnrelated: unrelated,
    softCoverageBest: total > 0 ? soft / total : 1,
    weakestBest: weakest,
  };
}

/**
 * How close the words a claim put in place of the best passage's own are to the words they replace,
 * the least close pair (1 when nothing is replaced): "decision tasks" where the passage says
 * "perception tasks" is another thing; "vehicle" for "car" is the same one (WordNet-related
 * replacements are not counted as edits at all, see slotEdits). A sibling (`siblings`: "trucks" where
 * the passage has "cars") counts as not close at all: siblings sit close in the vectors, yet name
 * another thing.
 */
export function substitutionSimilarity(substituted: Map<Token, Token[]>, siblings: Map<Token, Token>): number {
  let least = 1;
  for (const [word, replaced] of substituted) {
    const row = tokenRow(word);
    let closest = 0;
    if (!siblings.has(word)) for (const r of replaced) closest = Math.max(closest, similarity(row, tokenRow(r)));
    least = Math.min(least, closest);
  }
  return least;
}
