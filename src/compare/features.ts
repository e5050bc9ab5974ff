import type { ClaimUnit } from '../claims/split.js';
import type { Candidate, EvidenceIndex } from '../retrieve/evidence.js';
import { alignEvidence, passageLexicon, type EvidenceSpan } from './alignment.js';
import type { Token } from '../text/tokens.js';
import { antonymMismatches } from './antonymConflicts.js';
import { novelEntities } from './entities.js';
import { quote, type Finding } from './finding.js';
import { contentWords, coverageFrom, coverageOf, wordWeight } from './lexical.js';
import { lexiconOf, type Lexicon } from './lexicon.js';
import { polarityMismatches } from './polarity.js';
import type { Quantity } from './quantities.js';
import { claimQuantities, quantityMismatches } from './quantityConflicts.js';

/** Coverage above which the best evidence is taken to be about the same event as the claim. */
const ALIGNED_COVERAGE = 0.5;

/** The numbers every engine that uses features sees; names are stable so models can refer to them. */
export const FEATURE_NAMES = [
  'coverageBest', 'exactCoverageBest', 'coverageTopK', 'coverageSources', 'novelWordShare', 'contentWords',
  'names', 'novelNames', 'quantities', 'novelQuantities', 'quantityConflicts',
  'negationMismatch', 'modalityOverstated', 'antonyms', 'bm25Best',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** What the compare stage knows about the sources as a whole, built once per check. */
export interface SourceContext {
  index: EvidenceIndex;
  lexicon: Lexicon;
  quantities: Quantity[];
  /** Quantities of each passage, by passage id. */
  passageQuantities: (passageId: number) => Quantity[];
}

export interface Comparison {
  features: Features;
  findings: Finding[];
  /** Words the sources have but the best evidence lacks: shown only when nothing sharper explains a verdict. */
  scatteredWords: Finding[];
  evidence: EvidenceSpan[];
}

/** Groups flagged claim words into spans, bridging function words but never a backed content word. */
function wordFindings(claim: Token[], novel: Set<Token>, text: string, reason: (words: string) => string): Finding[] {
  const findings: Finding[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const start = run[0].start;
    const end = run[run.length - 1].end;
    const words = text.slice(start, end);
    findings.push({ kind: 'word', start, end, conflict: false, reason: reason(words) });
    run = [];
  };
  for (const t of claim) {
    if (novel.has(t)) run.push(t);
    else if (run.length && (t.stop || t.kind === 'punct') && !/^[.,;:!?]$/.test(t.text)) continue;
    else flush();
  }
  flush();
  return findings;
}

export function compareClaim(claim: ClaimUnit, candidates: Candidate[], ctx: SourceContext, text: string): Comparison {
  const claimQs = claimQuantities(claim.sentence.tokens, claim.start, claim.end, text);
  const inQuantity = (t: Token) => claimQs.some((q) => t.start >= q.start && t.end <= q.end);
  const words = contentWords(claim.tokens).filter((t) => !inQuantity(t));

  const { ranked, union } = alignEvidence(words, candidates, ctx.index);
  const best = ranked[0];
  const topK = coverageFrom(words, union);
  const sources = coverageOf(words, ctx.lexicon);
  const bestQuantities = best ? best.passages.flatMap((p) => ctx.passageQuantities(p.id)) : [];

  const quantities = quantityMismatches(claimQs, ctx.quantities, bestQuantities);
  const entities = novelEntities(claim.tokens, claim.sentence.text, claim.sentence.start, text, ctx.lexicon);
  // polarity and antonyms only mean something when one source sentence talks about the same thing
  const bestSentence = ranked.find((r) => r.passages.length === 1);
  const aligned = bestSentence !== undefined && bestSentence.coverage.coverage >= ALIGNED_COVERAGE ? bestSentence : undefined;
  const polarity = aligned ? polarityMismatches(claim.tokens, aligned.passages[0].tokens, text) : { negationMismatch: 0, modalityOverstated: 0, findings: [] };
  const unmatchedInAligned = aligned ? words.filter((_, i) => aligned.coverage.matches[i] === 'none') : [];
  const opposites = antonymMismatches(unmatchedInAligned, aligned ? passageLexicon(aligned.passages[0]) : lexiconOf([]));

  const inFinding = (t: Token, fs: Finding[]) => fs.some((f) => t.start >= f.start && t.end <= f.end);
  const novel = new Set<Token>();
  let novelWeight = 0;
  let totalWeight = 0;
  words.forEach((t, i) => {
    totalWeight += wordWeight(t);
    if (sources.matches[i] !== 'none') return;
    novelWeight += wordWeight(t);
    if (!inFinding(t, entities.findings) && !inFinding(t, opposites.findings)) novel.add(t);
  });

  const findings = [
    ...quantities.findings, ...entities.findings, ...polarity.findings, ...opposites.findings,
    ...wordFindings(claim.tokens, novel, text, (w) => `${quote(w)} is not in the sources`),
  ].sort((a, b) => a.start - b.start);
  const scattered = new Set(words.filter((t, i) => best && best.coverage.matches[i] === 'none' && !novel.has(t)));
  const scatteredWords = wordFindings(claim.tokens, scattered, text, (w) => `${quote(w)} appears in the sources, but not in the passage that best matches this claim`);

  const features: Features = {
    coverageBest: best?.coverage.coverage ?? 0,
    exactCoverageBest: best?.coverage.exactCoverage ?? 0,
    coverageTopK: topK.coverage,
    coverageSources: sources.coverage,
    novelWordShare: totalWeight > 0 ? novelWeight / totalWeight : 0,
    contentWords: words.length,
    names: entities.names,
    novelNames: entities.novelNames,
    quantities: quantities.quantities,
    novelQuantities: quantities.novelQuantities,
    quantityConflicts: quantities.quantityConflicts,
    negationMismatch: polarity.negationMismatch,
    modalityOverstated: polarity.modalityOverstated,
    antonyms: opposites.antonyms,
    bm25Best: best ? best.bm25 : 0,
  };
  return {
    features,
    findings,
    scatteredWords,
    evidence: ranked,
  };
}
