import MiniSearch from 'minisearch';
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
}

/** Up to this many sentences, every sentence is a candidate (with its BM25 score, 0 when no term matches). */
const SMALL_SOURCE = 8;

function termsOf(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (isContent(t)) out.push(t.lemma.replace(/\s+/g, '_'));
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
      });
    });
  }
  const search = new MiniSearch<{ id: number; terms: string }>({
    fields: ['terms'],
    tokenize: (s) => s.split(' '),
    processTerm: (term) => term || null,
  });
  search.addAll(passages.map((p) => ({ id: p.id, terms: termsOf(p.tokens).join(' ') })));
  return { passages, search };
}

/** The `k` sentences most likely to back the claim, best first, across all sources. */
export function findEvidence(index: EvidenceIndex, claimTokens: Token[], k: number): Candidate[] {
  const query = termsOf(claimTokens);
  const hits = query.length ? index.search.search(query.join(' '), { combineWith: 'OR' }) : [];
  if (index.passages.length <= SMALL_SOURCE) {
    const score = new Map(hits.map((h) => [h.id as number, h.score]));
    return index.passages.map((passage) => ({ passage, bm25: score.get(passage.id) ?? 0 })).sort((a, b) => b.bm25 - a.bm25);
  }
  return hits.slice(0, k).map((h) => ({ passage: index.passages[h.id as number], bm25: h.score }));
}
