import MiniSearch from 'minisearch';
import { fieldNameLemmas, inJsonKey, isCamelCase } from '../text/fieldNames.js';
import { isContent, type Sentence, type Token } from '../text/tokens.js';

/** One source sentence, the unit of retrieval. Windows of neighbours are formed after retrieval. */
export interface Passage {
  id: number;
  source: string;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Neighbouring sentences of the same source, by passage id; -1 at the edges. */
  prev: number;
  next: number;
  /** Fields of a structured source (see Sentence). */
  record?: true;
}

export interface SegmentedSource {
  id: string;
  text: string;
  sentences: Sentence[];
}

export interface Candidate {
  passage: Passage;
  /** BM25 score from MiniSearch, 0 when every sentence is a candidate and no index was built. */
  bm25: number;
}

export interface EvidenceIndex {
  passages: Passage[];
  search: MiniSearch<{ id: number; terms: string }>;
  /** Each query term's BM25 score per passage, asked of MiniSearch once per term and index. */
  termScores: Map<string, TermScores>;
  /** Every term indexed, so that a claim's words the sources lack cost no query. */
  terms: Set<string>;
}

/** One term's matching passages in MiniSearch's posting order (the order passages were added), with its BM25 score in each. */
interface TermScores {
  ids: number[];
  scores: number[];
}

/** Up to this many sentences, every sentence is a candidate (with its BM25 score, 0 when no term matches). */
const SMALL_SOURCE = 8;

/** A content word's index term: its lemma, a multi-word lemma joined by "_" (the index splits on spaces). */
const termOf = (t: Token) => t.lemma.replace(/\s+/g, '_');

function termsOf(tokens: Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!isContent(t)) return;
    out.push(termOf(t));
    // a field of a structured source is found by the words of its name
    if (isCamelCase(t.text) && inJsonKey(tokens, i)) for (const lemma of fieldNameLemmas(t.text)) out.push(lemma);
  });
  return out;
}

export function buildEvidenceIndex(sources: SegmentedSource[]): EvidenceIndex {
  const passages: Passage[] = [];
  for (const src of sources) {
    const first = passages.length;
    src.sentences.forEach((s, i) => {
      passages.push({
        id: passages.length, source: src.id, start: s.start, end: s.end, text: s.text, tokens: s.tokens,
        prev: i > 0 ? first + i - 1 : -1, next: i + 1 < src.sentences.length ? first + i + 1 : -1,
        ...(s.record ? { record: true as const } : {}),
      });
    });
  }
  const search = new MiniSearch<{ id: number; terms: string }>({
    fields: ['terms'],
    tokenize: (s) => s.split(' '),
    processTerm: (term) => term || null,
  });
  const terms = new Set<string>();
  search.addAll(passages.map((p) => {
    const passageTerms = termsOf(p.tokens);
    for (const term of passageTerms) terms.add(term);
    return { id: p.id, terms: passageTerms.join(' ') };
  }));
  return { passages, search, termScores: new Map(), terms };
}

/** Up to this many distinct terms are remembered per index, to bound memory on large sources. */
const MAX_REMEMBERED_TERMS = 20_000;

const NO_SCORES: TermScores = { ids: [], scores: [] };

function scoresOf(index: EvidenceIndex, term: string): TermScores {
  if (!index.terms.has(term)) return NO_SCORES;
  let found = index.termScores.get(term);
  if (!found) {
    // passages are added in id order, so sorting by id restores MiniSearch's posting order
    const hits = index.search.search(term).sort((a, b) => (a.id as number) - (b.id as number));
    found = { ids: hits.map((h) => h.id as number), scores: hits.map((h) => h.score) };
    if (index.termScores.size < MAX_REMEMBERED_TERMS) index.termScores.set(term, found);
  }
  return found;
}

/** A query term, and how much a passage's BM25 score for it counts (a related word's counts less than the word's own). */
interface QueryTerm {
  term: string;
  /** The claim word it stands for: a passage matching any of a word's terms matches the word once. */
  word: string;
  weight: number;
}

/** How much a source word WordNet relates to a claim word the sources lack counts in retrieval. */
const RELATED_WEIGHT = 0.6;

/**
 * MiniSearch's OR query, from remembered per-term scores: the same scores (a passage's term scores
 * summed in query order, times the number of distinct query terms it matches) in the same order
 * (best first, ties in order of first match). MiniSearch spends ~10 µs of bookkeeping per query
 * term; claims of one text, and later texts about the same sources, share most of their terms.
 * Related terms stand in for a claim word the sources lack: their scores count at their weight,
 * and the word counts as matched once however many of them a passage has.
 */
function searchTerms(index: EvidenceIndex, query: QueryTerm[]): { id: number; score: number }[] {
  const sums = new Map<number, { score: number; words: Set<string> | null; terms: number; first: string }>();
  for (const { term, word, weight } of query) {
    const { ids, scores } = scoresOf(index, term);
    for (let i = 0; i < ids.length; i++) {
      const hit = sums.get(ids[i]);
      if (!hit) sums.set(ids[i], { score: scores[i] * weight, words: null, terms: 1, first: word });
      else {
        hit.score += scores[i] * weight;
        // a repeated query word adds its score again but is one matched word
        if (word === hit.first) continue;
        if (!hit.words) hit.words = new Set([hit.first]);
        if (!hit.words.has(word)) {
          hit.words.add(word);
          hit.terms++;
        }
      }
    }
  }
  const out: { id: number; score: number }[] = [];
  for (const [id, hit] of sums) out.push({ id, score: hit.score * hit.terms });
  return out.sort((a, b) => b.score - a.score);
}

/**
 * The `k` sentences most likely to back the claim, best first, across all sources. `related(t)`
 * gives source words that back a claim word the sources lack (its WordNet synonyms, derived forms,
 * more specific words), so a claim in other words than its source finds the sentence it restates.
 */
export function findEvidence(index: EvidenceIndex, claimTokens: Token[], k: number, related?: (t: Token) => string[]): Candidate[] {
  const query: QueryTerm[] = [];
  for (const t of claimTokens) {
    if (!isContent(t)) continue;
    const term = termOf(t);
    query.push({ term, word: term, weight: 1 });
    if (!related || index.terms.has(term)) continue;
    for (const other of related(t)) if (index.terms.has(other)) query.push({ term: other, word: term, weight: RELATED_WEIGHT });
  }
  const hits = query.length ? searchTerms(index, query) : [];
  if (index.passages.length <= SMALL_SOURCE) {
    const score = new Map(hits.map((h) => [h.id, h.score]));
    return index.passages.map((passage) => ({ passage, bm25: score.get(passage.id) ?? 0 })).sort((a, b) => b.bm25 - a.bm25);
  }
  return hits.slice(0, k).map((h) => ({ passage: index.passages[h.id], bm25: h.score }));
}
