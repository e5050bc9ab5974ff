import { splitClaims, type ClaimUnit } from './claims/split.js';
import { addTextContext, compareClaim, type SourceContext } from './compare/features.js';
import { passageLexicon } from './compare/alignment.js';
import { knownPhrases, wordnetCandidates } from './compare/lexical.js';
import { negatedHeads } from './compare/polarity.js';
import { joinLexicons, lexiconOf } from './compare/lexicon.js';
import { statedCuts, statedDiscounts, statedEnds, statedLastPeriods, statedGaps, statedOffsets, statedOfWhich, statedPaces, statedRests, statedStarts, statedTimeSpans, statedWeeklyDays, statedWholes } from './compare/derivedFigures.js';
import { changeFactors, findQuantities, statedDifferences, statedParts, statedPeriods, statedPortions, statedRates, statedShares, statedSums, statedTimeShifts, type Quantity } from './compare/quantities.js';
import { recordFields } from './compare/recordFields.js';
import { prepareVectorRows } from './compare/semantic.js';
import type { EngineInput } from './engines/engine.js';
import { resolveEngine } from './engines/registry.js';
import { validateInput } from './input.js';
import { buildEvidenceIndex, findEvidence, type EvidenceIndex, type SegmentedSource } from './retrieve/evidence.js';
import { SourceCache } from './retrieve/sourceCache.js';
import { segment } from './text/segment.js';
import type { Token } from './text/tokens.js';
import { VERDICT_RANK, type CheckInput, type ClaimReport, type Report, type Verdict } from './types.js';

const DEFAULT_TOP_K = 5;
/** Evidence passages shown per claim. */
const EVIDENCE_SHOWN = 3;

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * What every claim is compared with: all source words, the quantities of each source sentence.
 * Each sentence's words and word vectors are read here, once: claims are matched against the
 * sentences retrieved for them, and a second answer about the same sources finds them ready.
 */
function sourceContext(sources: SegmentedSource[], index: EvidenceIndex): SourceContext {
  const allTokens = sources.flatMap((s) => s.sentences.flatMap((x) => x.tokens));
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  const foundIn = index.passages.map((p) => findQuantities(p.tokens, texts.get(p.source) ?? ''));
  // an amount added to an earlier one adds to its own sentence's amounts before it, else to the two sentences before
  const earlier = (id: number) => (q: Quantity) => {
    const before = index.passages[id].prev;
    const beforeThat = before >= 0 ? index.passages[before].prev : -1;
    return [...foundIn[id].filter((e) => e.end <= q.start).reverse(), ...(before >= 0 ? [...foundIn[before]].reverse() : []), ...(beforeThat >= 0 ? [...foundIn[beforeThat]].reverse() : [])];
  };
  const perPassage = index.passages.map((p) => {
    const text = texts.get(p.source) ?? '';
    const found = foundIn[p.id];
    const factors = changeFactors(found, p.tokens, text);
    const before = earlier(p.id);
    return [
      ...found, ...factors, ...statedDifferences(factors), ...statedShares(found, p.tokens, text), ...statedParts(found, p.tokens, text), ...statedPortions(found, p.tokens, text), ...statedPeriods(p.tokens, text),
      ...statedSums(found, p.tokens, before), ...statedRates(found, p.tokens, text), ...statedTimeShifts(found, p.tokens, text),
      ...statedTimeSpans(found, p.tokens, text), ...statedEnds(found, p.tokens, text), ...statedCuts(found, p.tokens, text),
      ...statedDiscounts(found, before), ...statedRests(found, p.tokens, text), ...statedOffsets(found, p.tokens, text),
      ...statedOfWhich(found, p.tokens, text), ...statedWholes(found, p.tokens, text), ...statedStarts(found, p.tokens, text),
      ...statedWeeklyDays(found, p.tokens, text), ...statedLastPeriods(p.tokens, text), ...statedPaces(found, p.tokens, text), ...statedGaps(found, text),
    ];
  });
  const lexicon = joinLexicons(index.passages.map(passageLexicon), allTokens);
  prepareVectorRows(lexicon, index.passages);
  return { index, lexicon, quantities: perPassage.flat(), passageQuantities: (id) => perPassage[id], fields: sources.flatMap((s) => recordFields(s.text, s.id)) };
}

interface PreparedSources {
  sources: SegmentedSource[];
  index: EvidenceIndex;
  ctx: SourceContext;
}

/** Up to 16 recent source sets are kept prepared between checks; sets over 250,000 characters are not, to bound memory. */
const prepared = new SourceCache<PreparedSources>(16, 250_000);

function prepareSources(inputs: { id: string; text: string }[]): PreparedSources {
  const sources: SegmentedSource[] = inputs.map((s) => ({ id: s.id, text: s.text, sentences: segment(s.text) }));
  const index = buildEvidenceIndex(sources);
  return { sources, index, ctx: sourceContext(sources, index) };
}

export interface Analysis {
  text: string;
  sources: SegmentedSource[];
  inputs: EngineInput[];
  /** performance.now() marks: start, segmented, retrieved, compared. */
  marks: [number, number, number, number];
}

/** Every stage before the engine: segment, split claims, retrieve and compare. Shared by check and training. */
export function analyze(input: CheckInput): Analysis {
  const t0 = performance.now();
  const { sources: sourceInputs, text, question, options } = validateInput(input);
  const topK = options.topK ?? DEFAULT_TOP_K;

  const { sources, index, ctx: sourcesCtx } = prepared.get(sourceInputs, () => prepareSources(sourceInputs));
  // the question's words are given, not evidence: they join the context of this check only
  const ctx: SourceContext = question ? { ...sourcesCtx, given: lexiconOf(segment(question).flatMap((s) => s.tokens)) } : sourcesCtx;
  const claims: ClaimUnit[] = segment(text).flatMap((s) => splitClaims(s, text));
  const t1 = performance.now();

  // a claim word the sources lack is also looked for through the source words WordNet relates to it
  // (or to the phrasal verb it is part of: "called back" through "recall")
  const candidates = claims.map((c) => {
    const phrases = knownPhrases(c.sentence.tokens);
    const negated = negatedHeads(c.sentence.tokens);
    return findEvidence(index, c.tokens, topK, (t: Token) => wordnetCandidates(t, ctx.lexicon, phrases.get(t), negated.has(t)));
  });
  const t2 = performance.now();

  const inputs: EngineInput[] = claims.map((claim, i) => ({ claim, comparison: compareClaim(claim, candidates[i], ctx, text) }));
  addTextContext(inputs.map((x) => x.comparison));
  inputs.forEach((input, i) => {
    input.without = (start, end) => {
      const keep = (t: Token) => t.end <= start || t.start >= end;
      const claim = { ...input.claim, tokens: input.claim.tokens.filter(keep), sentence: { ...input.claim.sentence, tokens: input.claim.sentence.tokens.filter(keep) } };
      // the same evidence candidates: what changes is what the claim asks of them
      const c = compareClaim(claim, candidates[i], ctx, text);
      const { textCoverage, textMinCoverage, textClaims } = input.comparison.features;
      return { ...c, features: { ...c.features, textCoverage, textMinCoverage, textClaims } };
    };
  });
  return { text, sources, inputs, marks: [t0, t1, t2, performance.now()] };
}

/**
 * Checks generated text against its sources, claim by claim. Pure apart from reading WordNet files
 * on first use: the same input always gives the same report (timings aside).
 */
export async function check(input: CheckInput): Promise<Report> {
  const { text, sources, inputs, marks } = analyze(input);
  const [t0, t1, t2] = marks;
  const engine = await resolveEngine(input.options);
  const assessed = await engine.assess(inputs, { sources, text });
  const assessments = assessed.claims;
  const t3 = performance.now();

  const sourceTexts = new Map(sources.map((s) => [s.id, s.text]));
  const claimReports: ClaimReport[] = inputs.map(({ claim, comparison }, i) => {
    const a = assessments[i];
    return {
      text: claim.text,
      start: claim.start,
      end: claim.end,
      verdict: a.verdict,
      score: round(a.score),
      evidence: (a.evidence ?? comparison.evidence.filter((e) => e.coverage.coverage > 0).slice(0, EVIDENCE_SHOWN).map((e) => ({ ...e, score: e.coverage.coverage })))
        .slice(0, EVIDENCE_SHOWN)
        .map((e) => ({ source: e.source, start: e.start, end: e.end, text: sourceTexts.get(e.source)!.slice(e.start, e.end), score: round(e.score) })),
      spans: a.findings.map((f) => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end), reason: f.reason })),
      ...(a.engine ? { engine: a.engine } : {}),
    };
  });
  const verdict: Verdict = claimReports.reduce<Verdict>((worst, c) => (VERDICT_RANK[c.verdict] > VERDICT_RANK[worst] ? c.verdict : worst), 'supported');
  const score = round(assessed.score);
  return {
    verdict,
    score,
    claims: claimReports,
    sources: sources.map((s) => ({ id: s.id, chars: s.text.length, sentences: s.sentences.length })),
    engine: engine.name,
    timings: { segmentMs: round(t1 - t0, 2), retrieveMs: round(t2 - t1, 2), compareMs: round(t3 - t2, 2), totalMs: round(performance.now() - t0, 2) },
    ...(assessed.usage ? { usage: assessed.usage } : {}),
  };
}
