import type { Candidate, EvidenceIndex, Passage } from '../retrieve/evidence.js';
import type { Token } from '../text/tokens.js';
import { bestOf, coverageWeights, matchForms, weightedCoverage, type Coverage, type WordMatch } from './lexical.js';
import { lexiconOf, wordForms, type Lexicon } from './lexicon.js';

/** A stretch of one source offered as evidence: a retrieved sentence, or it and a neighbour. */
export interface EvidenceSpan {
  source: string;
  start: number;
  end: number;
  passages: Passage[];
  bm25: number;
  coverage: Coverage;
  /** What the span is ranked by: its coverage, with the claim's quantities it agrees with counted as words (see alignEvidence). */
  rankCoverage: number;
}

/**
 * How much a claim quantity a passage states counts in ranking, against a word's wordWeight: half a
 * number word's 1.2, since a number agrees by chance more often than a word does. At 1.2, a sentence
 * with an incidental "30" drew one-sentence news summaries' evidence away from the sentence they
 * restate (chosen on each public dataset left out in turn, train and dev rows).
 */
const QUANTITY_WEIGHT = 0.6;

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
 * `quantitiesAgreed(p)` says which of the claim's quantities passage p states: they count in the
 * ranking as words of QUANTITY_WEIGHT, so "reopened on Monday morning" outranks a sentence that
 * shares only "swimmers" with "Swimmers were allowed back on Monday morning".
 */
export function alignEvidence(
  words: Token[], retrieved: Candidate[], index: EvidenceIndex, candidates: (i: number) => string[], quantitiesAgreed?: (p: Passage) => boolean[],
): { ranked: EvidenceSpan[]; union: WordMatch[] } {
  const forms = words.map(wordForms);
  const matches = new Map<Passage, WordMatch[]>();
  const matchesOf = (p: Passage) => {
    let m = matches.get(p);
    if (!m) matches.set(p, (m = matchForms(forms, passageLexicon(p), candidates)));
    return m;
  };
  const weights = coverageWeights(words);
  const wordTotal = weights.reduce((a, b) => a + b, 0);
  // a sentence's coverage is its span's, and asked again when a window picks its wordier sentence
  const coverages = new Map<Passage, Coverage>();
  const coverageOf = (p: Passage) => {
    let c = coverages.get(p);
    if (!c) coverages.set(p, (c = weightedCoverage(weights, matchesOf(p))));
    return c;
  };
  const agreed = new Map<Passage, boolean[]>();
  // absent when the claim has no quantities: then no span counts any
  const agreedOf = quantitiesAgreed && ((p: Passage) => {
    let a = agreed.get(p);
    if (!a) agreed.set(p, (a = quantitiesAgreed(p)));
    return a;
  });
  const bm25 = new Map(retrieved.map((c) => [c.passage.id, c.bm25]));
  const bm25Of = (p: Passage) => bm25.get(p.id) ?? 0;
  // a window is a passage and the next one, so its first passage and its length name it
  const spans = new Map<number, EvidenceSpan>();
  const add = (first: Passage, second?: Passage) => {
    const key = 2 * first.id + (second ? 1 : 0);
    if (spans.has(key)) return;
    const coverage = second ? weightedCoverage(weights, bestOf(matchesOf(first), matchesOf(second))) : coverageOf(first);
    // a window counts the quantities of its sentence that covers more of the claim's words: a number
    // only its neighbour gives does not make it outrank that sentence alone ("About 300 of them work
    // there" stays with "About 50 staff work there", and the 300 of the sentence before is misplaced)
    const wordier = () => (second && coverageOf(second).coverage > coverageOf(first).coverage ? second : first);
    const qs = agreedOf ? agreedOf(wordier()) : [];
    const stated = qs.filter(Boolean).length;
    const total = wordTotal + qs.length * QUANTITY_WEIGHT;
    spans.set(key, {
      source: first.source, start: first.start, end: (second ?? first).end, passages: second ? [first, second] : [first],
      bm25: second ? Math.max(bm25Of(first), bm25Of(second)) : bm25Of(first), coverage,
      rankCoverage: qs.length === 0 || total === 0 ? coverage.coverage : (coverage.coverage * wordTotal + stated * QUANTITY_WEIGHT) / total,
    });
  };
  for (const { passage } of retrieved) {
    add(passage);
    if (passage.prev >= 0) add(index.passages[passage.prev], passage);
    if (passage.next >= 0) add(passage, index.passages[passage.next]);
  }
  const ranked = [...spans.values()].sort(
    (a, b) => b.rankCoverage - a.rankCoverage || a.passages.length - b.passages.length || b.bm25 - a.bm25 || a.start - b.start,
  );
  const union = retrieved.length ? retrieved.map((c) => matchesOf(c.passage)).reduce(bestOf) : words.map((): WordMatch => 'none');
  return { ranked, union };
}
