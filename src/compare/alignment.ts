import type { Candidate, EvidenceIndex, Passage } from '../retrieve/evidence.js';
import type { Token } from '../text/tokens.js';
import { bestOf, coverageFrom, matchAll, type Coverage, type WordMatch } from './lexical.js';
import { lexiconOf, type Lexicon } from './lexicon.js';

/** A stretch of one source offered as evidence: a retrieved sentence, or it and a neighbour. */
export interface EvidenceSpan {
  source: string;
  start: number;
  end: number;
  passages: Passage[];
  bm25: number;
  coverage: Coverage;
}

// passages are shared by the claims of one check, so each one's lexicon is built once
const passageLexicons = new WeakMap<Passage, Lexicon>();
export function passageLexicon(p: Passage): Lexicon {
  let lex = passageLexicons.get(p);
  if (!lex) passageLexicons.set(p, (lex = lexiconOf(p.tokens)));
  return lex;
}

/**
 * Scores each retrieved sentence, and each window of it with a neighbour, by how much of the
 * claim it covers; best first (ties go to the shorter span, then to BM25). A window's matches are
 * the better of its two sentences', so each sentence is matched against the claim once.
 * `candidates(i)` gives word i's WordNet lemmas present anywhere in the sources (lazyCandidates).
 */
export function alignEvidence(words: Token[], retrieved: Candidate[], index: EvidenceIndex, candidates: (i: number) => string[]): { ranked: EvidenceSpan[]; union: WordMatch[] } {
  const matches = new Map<Passage, WordMatch[]>();
  const matchesOf = (p: Passage) => {
    let m = matches.get(p);
    if (!m) matches.set(p, (m = matchAll(words, passageLexicon(p), candidates)));
    return m;
  };
  const bm25 = new Map(retrieved.map((c) => [c.passage.id, c.bm25]));
  const spans = new Map<string, EvidenceSpan>();
  const add = (ps: Passage[]) => {
    const key = ps.map((p) => p.id).join('+');
    if (spans.has(key)) return;
    const m = ps.map(matchesOf).reduce(bestOf);
    spans.set(key, {
      source: ps[0].source, start: ps[0].start, end: ps[ps.length - 1].end, passages: ps,
      bm25: Math.max(...ps.map((p) => bm25.get(p.id) ?? 0)), coverage: coverageFrom(words, m),
    });
  };
  for (const { passage } of retrieved) {
    add([passage]);
    if (passage.prev >= 0) add([index.passages[passage.prev], passage]);
    if (passage.next >= 0) add([passage, index.passages[passage.next]]);
  }
  const ranked = [...spans.values()].sort(
    (a, b) => b.coverage.coverage - a.coverage.coverage || a.passages.length - b.passages.length || b.bm25 - a.bm25 || a.start - b.start,
  );
  const union = retrieved.length ? retrieved.map((c) => matchesOf(c.passage)).reduce(bestOf) : words.map((): WordMatch => 'none');
  return { ranked, union };
}
