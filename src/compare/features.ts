import { sourceReferences } from '../claims/sourceReferences.js';
import type { ClaimUnit } from '../claims/split.js';
import type { Candidate, EvidenceIndex, Passage } from '../retrieve/evidence.js';
import { alignEvidence, passageLexicon, type EvidenceSpan } from './alignment.js';
import { isContent, type Token } from '../text/tokens.js';
import { comparedAmounts } from './comparedAmounts.js';
import { agentSwapped, antonymMismatches, claimedUnchanged, comparativeFlips, comparedWhereEqual, comparedWithThen, directionOf, endedOrContinued, localOpposites, modifierOpposites, prefixOpposites, relationOpposites, sameWayOfSameThing, splitVoteCalledUnanimous, turnedDirections, turnedOrder, turnedTimeDifferences, turnedTimes } from './antonymConflicts.js';
import { allDayClaimed, closedDays, everyDayClaimed, everyWeekClaimed, leftOutDaysClaimed } from './closedDays.js';
import { frequencyConflicts, restatedFrequencies } from './frequencies.js';
import { novelEntities } from './entities.js';
import { quote, type Finding } from './finding.js';
import { contentWords, coverageFrom, coverageOf, coverageWeights, knownPhrases, lazyCandidates, matchWord, wordWeight, type WordMatch } from './lexical.js';
import { hasWord, type Lexicon } from './lexicon.js';
import { costMismatch, costWords } from './costConflicts.js';
import { addedCause, addedNegation, agreementStated, alreadyDoneInPassages, causationStated, deniedInPassages, narrowedToOnly, negatedHeads, negatedInPassages, permanenceStated, plansStatedAsDone, polarityMismatches, repeatedWhereFirst, strengthenedShare, undecidedStated, weighedInPassages, widenedScope, type PolarityFeatures } from './polarity.js';
import { semanticFeatures, substitutionSimilarity } from './semantic.js';
import { giftAsSale, nearMissAsHarm } from './turnedEvents.js';
import { exchangedWords, insertions, matchDensity, substitutions, wordOrder } from './wordOrder.js';
import { isCommonWord, siblings, synonyms, wordnetPos } from './wordnet.js';
import { measureOf, quantitiesAgree, type Quantity } from './quantities.js';
import { oppositeSentiment } from './sentiment.js';
import { fieldStatements, type RecordField } from './recordFields.js';
import { claimQuantities, comparedFigures, formerAmounts, holderSwapOf, misorderedFigures, partCalledWhole, quantityMismatches, timedFigures, timeSwapOf, totalCalledEach, unstatedTimes } from './quantityConflicts.js';

/** Coverage above which the best source sentence is taken to be about the same event as the claim (0.7 chosen on dev over 0.5). */
const ALIGNED_COVERAGE = 0.7;
/**
 * The same for a block of a structured record's fields: a claim about one field shares its name's
 * words but not the verb a text puts with it ("takes reservations" / "RestaurantsReservations": false),
 * so half suffices. Set by hand on a probe before our structured rows (bench/data/structured) existed.
 */
const RECORD_ALIGNED_COVERAGE = 0.5;

/** The numbers every engine that uses features sees; names are stable so models can refer to them. */
export const FEATURE_NAMES = [
  // lexical coverage (a WordNet match counts almost like the same word, so paraphrase is not punished)
  'coverageBest', 'coverageTopK', 'coverageSources', 'coverageGap',
  'novelWordShare', 'novelWords', 'novelNouns', 'novelVerbs', 'novelModifiers', 'novelRareWords', 'unmatchedBest', 'firstNovelPosition',
  // word-vector closeness (paraphrase WordNet does not link)
  'novelSimilarity', 'novelUnrelated', 'softCoverageBest', 'weakestBest', 'substitutionSimilarity',
  // word order
  'pairCoverageBest', 'swappedPairs', 'exchangedWords', 'substitutedWords', 'insertedWords', 'matchDensityBest',
  // names
  'names', 'novelNames',
  // quantities and dates
  'quantities', 'novelQuantities', 'novelSmallNumbers', 'quantityConflicts', 'misplacedQuantities',
  // polarity and opposites
  'negationMismatch', 'modalityOverstated', 'antonyms', 'siblingSwaps', 'scopeWidened', 'causeAdded', 'negationAdded',
  // fields a JSON record leaves empty (null) that the claim states something of
  'emptyFields',
  // retrieval and size (token counts of the claim and its evidence were dropped: they tell the
  // benchmark datasets apart by style more than they tell support, -0.003 train OOF + dev over five seeds)
  'bm25Best', 'contentWords',
  // whether the best evidence is a block of a structured record's fields: an overview of a record says in its own
  // words what the fields list, and the model fits such claims a level of their own (trained on bench/data/structured)
  'recordEvidence',
  // the whole text the claim belongs to
  'textCoverage', 'textMinCoverage', 'textClaims',
] as const;

/** Feature families, for ablations: removing a family removes all its features from training. */
export const FEATURE_FAMILIES: Record<string, readonly FeatureName[]> = {
  lexical: ['coverageBest', 'coverageTopK', 'coverageSources', 'coverageGap', 'novelWordShare', 'novelWords', 'novelNouns', 'novelVerbs', 'novelModifiers', 'novelRareWords', 'unmatchedBest', 'firstNovelPosition'],
  semantic: ['novelSimilarity', 'novelUnrelated', 'softCoverageBest', 'weakestBest', 'substitutionSimilarity'],
  order: ['pairCoverageBest', 'swappedPairs', 'exchangedWords', 'substitutedWords', 'insertedWords', 'matchDensityBest'],
  names: ['names', 'novelNames'],
  quantities: ['quantities', 'novelQuantities', 'novelSmallNumbers', 'quantityConflicts', 'misplacedQuantities'],
  polarity: ['negationMismatch', 'modalityOverstated', 'antonyms', 'siblingSwaps', 'scopeWidened', 'causeAdded', 'negationAdded', 'emptyFields'],
  retrieval: ['bm25Best', 'contentWords', 'recordEvidence'],
  text: ['textCoverage', 'textMinCoverage', 'textClaims'],
};
export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * How each feature may move P(supported) in a learned model, all else equal: +1 only up (more of the
 * claim backed), -1 only down (more new or conflicting material); absent where either way can be
 * right (claim size, where the novelty sits, retrieval scores). The boosted trees keep to these, so
 * they cannot learn one benchmark's quirk backwards (see fitClaimModel).
 */
export const SUPPORT_DIRECTION: Partial<Record<FeatureName, 1 | -1>> = {
  coverageBest: 1, coverageTopK: 1, coverageSources: 1, softCoverageBest: 1, weakestBest: 1, substitutionSimilarity: 1, novelSimilarity: 1, pairCoverageBest: 1, matchDensityBest: 1,
  textCoverage: 1, textMinCoverage: 1,
  novelWordShare: -1, novelWords: -1, novelNouns: -1, novelVerbs: -1, novelModifiers: -1, novelRareWords: -1, unmatchedBest: -1,
  novelUnrelated: -1, swappedPairs: -1, exchangedWords: -1, substitutedWords: -1, insertedWords: -1, novelNames: -1, novelQuantities: -1, novelSmallNumbers: -1, quantityConflicts: -1,
  misplacedQuantities: -1, negationMismatch: -1, modalityOverstated: -1, antonyms: -1, siblingSwaps: -1, scopeWidened: -1, causeAdded: -1, negationAdded: -1,
  emptyFields: -1,
};
export type Features = Record<FeatureName, number>;

/** What the compare stage knows about the sources as a whole, built once per check. */
export interface SourceContext {
  index: EvidenceIndex;
  lexicon: Lexicon;
  quantities: Quantity[];
  /** Quantities of each passage, by passage id. */
  passageQuantities: (passageId: number) => Quantity[];
  /** Words of the question the text answers: an answer may restate them, but they back no claim as evidence. */
  given?: Lexicon;
  /** Yes / no / empty fields of the sources that are JSON records. */
  fields?: readonly RecordField[];
}

export interface Comparison {
  features: Features;
  findings: Finding[];
  /** Words the sources have but the best evidence lacks: shown only when nothing sharper explains a verdict. */
  scatteredWords: Finding[];
  evidence: EvidenceSpan[];
}

/** Weighted coverage of the claim words but `beside`, given how a passage matches each. */
function coverageBeside(words: Token[], matches: WordMatch[], beside: ReadonlySet<Token>): number {
  const kept = words.map((t, i) => [t, i] as const).filter(([t]) => !beside.has(t));
  if (kept.length === 0) return 0;
  return coverageFrom(kept.map(([t]) => t), kept.map(([, i]) => matches[i])).coverage;
}

/** Groups flagged claim words into spans, bridging function words but never a backed content word. */
function wordFindings(claim: Token[], novel: Set<Token>, text: string, reason: (words: string, run: Token[]) => string): Finding[] {
  const findings: Finding[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const start = run[0].start;
    const end = run[run.length - 1].end;
    const words = text.slice(start, end);
    findings.push({ kind: 'word', start, end, conflict: false, reason: reason(words, run) });
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

/** Claim nouns the best evidence lacks, each with a WordNet co-hyponym the evidence has and the claim does not. */
function siblingSwapsOf(words: Token[], matches: WordMatch[], evidence: Token[]): Map<Token, Token> {
  const swaps = new Map<Token, Token>();
  const claimLemmas = new Set(words.map((t) => t.lemma));
  let nouns: Token[] | undefined;
  words.forEach((t, i) => {
    if (t.pos !== 'NOUN' || matches[i] !== 'none') return;
    nouns ??= evidence.filter((e) => e.pos === 'NOUN' && !claimLemmas.has(e.lemma));
    const kin = siblings(t.lemma, 'n');
    const other = nouns.find((e) => kin.has(e.lemma));
    if (other) swaps.set(t, other);
  });
  return swaps;
}

/**
 * Edits inside wording copied from the best passage: claim words standing where it has other words
 * (substitutions), and words slipped between two that stand side by side there (insertions). Only
 * words the passage has as they are frame a slot, so a word it backs merely through WordNet
 * somewhere else ("negative" through "quality") still counts as an edit in the slot; a word standing
 * where the passage has one WordNet relates to it ("vehicle" for "car") is paraphrase, not an edit.
 */
function slotEdits(words: Token[], matches: WordMatch[], passages: Passage[], related: (i: number) => string[]): { substituted: Map<Token, Token[]>; inserted: Set<Token> } {
  const exact = matches.map((m) => m === 'exact');
  if (exact.every(Boolean)) return { substituted: new Map(), inserted: new Set() };
  const substituted = substitutions(words, exact, passages);
  words.forEach((t, i) => {
    if (substituted.get(t)?.some((r) => related(i).includes(r.lemma))) substituted.delete(t);
  });
  return { substituted, inserted: insertions(words, exact, passages) };
}

/**
 * Whether two quantities stand between the same words: the words on both sides, or the two before,
 * or the two after, with at least one of them a word, not punctuation ("forecast for 2020 remains" /
 * "forecast for 2021 remains").
 */
function sameSurroundings(claimTokens: Token[], q: { start: number; end: number }, evidenceTokens: Token[], e: { start: number; end: number }): boolean {
  const around = (tokens: Token[], x: { start: number; end: number }) => {
    const before = tokens.filter((t) => t.end <= x.start).slice(-2).map((t) => t.lower);
    const after = tokens.filter((t) => t.start >= x.end).slice(0, 2).map((t) => t.lower);
    return { before: [before[1], before[0]], after };
  };
  const a = around(claimTokens, q);
  const b = around(evidenceTokens, e);
  const same = (x: (string | undefined)[], y: (string | undefined)[]) => x.every((w, i) => w !== undefined && w === y[i]) && x.some((w) => /\p{L}/u.test(w!));
  return same([a.before[0], a.after[0]], [b.before[0], b.after[0]]) || same(a.before, b.before) || same(a.after, b.after);
}

/**
 * Whether a claim figure and an evidence figure fill the same slot: the same surroundings, or the same
 * verb right before each, past adverbs and "each" ("will pay £50,000" and "will each pay £10,000").
 */
function sameFigureSlot(claimTokens: Token[], q: { start: number; end: number }, evidenceTokens: Token[], e: { start: number; end: number }): boolean {
  if (sameSurroundings(claimTokens, q, evidenceTokens, e)) return true;
  // (the tagger reads "pay" after "each" as a noun: the evidence side may be one)
  const wordBefore = (tokens: Token[], x: { start: number }) => {
    let k = tokens.findIndex((t) => t.start >= x.start) - 1;
    while (k >= 0 && (tokens[k].pos === 'ADV' || tokens[k].lower === 'each')) k--;
    return tokens[k]?.stop ? undefined : tokens[k];
  };
  const verb = wordBefore(claimTokens, q);
  const there = wordBefore(evidenceTokens, e);
  return verb?.pos === 'VERB' && (there?.pos === 'VERB' || there?.pos === 'NOUN') && there.lemma === verb.lemma;
}

/** Whether `x` lies inside one of `spans` (a quantity, a finding). */
const within = (x: { start: number; end: number }, spans: readonly { start: number; end: number }[]) => spans.some((s) => x.start >= s.start && x.end <= s.end);

/**
 * Below ALIGNED_COVERAGE a plan stated as done is still read in the best sentence, if it covers this
 * much: "Building work has already started" where "Building is due to start next spring" (the claim's
 * extra "work" keeps the sentence from aligning). Its checks ask the plan's own verb of the claim.
 */
const PLAN_COVERAGE = 0.5;

/**
 * The plan-stated-as-done finding of a best sentence that covers the claim too little to align with it,
 * else of the best evidence where that joins two sentences ("Work on the runway has already begun" where
 * one says "will build a second runway" and the next "Construction is due to start in 2027").
 */
function plansOfBestSentence(claim: Token[], bestSentence: EvidenceSpan | undefined, best: EvidenceSpan | undefined): PolarityFeatures {
  const read = bestSentence && bestSentence.coverage.coverage >= PLAN_COVERAGE ? bestSentence : best && best.coverage.coverage >= PLAN_COVERAGE ? best : undefined;
  const plan = read ? plansStatedAsDone(claim, read.passages.flatMap((p) => p.tokens)) : undefined;
  return { negationMismatch: 0, modalityOverstated: plan ? 1 : 0, findings: plan ? [plan] : [] };
}

/** How many of the sentences that best cover the claim are searched for a claim word's opposite. */
const OPPOSITE_SENTENCES = 3;

/**
 * Claim words whose WordNet antonym a sentence has that covers the rest of the claim: the word and
 * its opposite taken as one, the sentence must cover the claim as well as an aligned sentence does
 * (ALIGNED_COVERAGE). Not only the best sentence: two that both cover the claim ("expand their reach
 * to international markets", "Reach new markets") tie on coverage, and the one the claim turned
 * ("reach old markets") need not come first. A word the best evidence has as it is ("lacks" in the
 * next sentence) is no antonym of another.
 */
function alignedOpposites(words: Token[], ranked: EvidenceSpan[], best: EvidenceSpan | undefined, claim: Token[]): { antonyms: number; findings: Finding[] } {
  const findings: Finding[] = [];
  if (words.length === 0) return { antonyms: 0, findings };
  const weights = coverageWeights(words);
  const total = weights.reduce((a, b) => a + b, 0);
  const sentences = ranked.filter((r) => r.passages.length === 1).slice(0, OPPOSITE_SENTENCES);
  // a claim joining two sentences ("revenue climbed … while profit fell") may take its change from the other;
  // the same for every sentence below, so asked once per word
  const sentenceTokens = sentences.map((s) => s.passages[0].tokens);
  const sameWayElsewhere = new Map<Token, boolean>();
  const saidElsewhere = (t: Token) => {
    let said = sameWayElsewhere.get(t);
    if (said === undefined) sameWayElsewhere.set(t, (said = sameWayOfSameThing(claim, t, sentenceTokens)));
    return said;
  };
  for (const s of sentences) {
    // "collisions fell" where the sentence says "cut collisions … while journey times rose": a change the
    // same way in the sentence may be what the claim word says (turnedDirections asks whose change it is)
    const tokens = s.passages[0].tokens;
    const sameWay = (t: Token) => {
      const direction = directionOf(claim, t);
      return direction !== 0 && tokens.some((e) => directionOf(tokens, e) === direction);
    };
    const unmatched = words.filter((t, i) => s.coverage.matches[i] === 'none' && best?.coverage.matches[i] !== 'exact' && !findings.some((f) => f.start === t.start) && !sameWay(t) && !saidElsewhere(t));
    for (const f of antonymMismatches(unmatched, passageLexicon(s.passages[0]), claim).findings) {
      const i = words.findIndex((t) => t.start === f.start);
      if (s.coverage.coverage + weights[i] / total >= ALIGNED_COVERAGE) findings.push(f);
    }
  }
  return { antonyms: findings.length, findings };
}

/** How near (in tokens) a synonym's neighbour must stand for synonymInBest. */
const SYNONYM_REACH = 6;

/**
 * Whether a passage of `best` has a WordNet synonym of claim word `t` (a lemma sharing one of its first
 * senses) near a content word that is near `t` in the claim too: said of the same thing ("shut since
 * 1998" / "closed in 1998"), not of another ("decreasing its dividend" / "reducing net debt").
 */
function synonymInBest(t: Token | undefined, claim: Token[], best: Token[][]): boolean {
  const pos = t && wordnetPos(t.pos);
  if (!t || !pos) return false;
  const same = synonyms(t.lemma, pos);
  if (same.size === 0) return false;
  const near = (tokens: Token[], k: number) => tokens.slice(Math.max(0, k - SYNONYM_REACH), k + SYNONYM_REACH + 1).filter((x) => x !== tokens[k] && isContent(x)).map((x) => x.lemma);
  const mine = new Set(near(claim, claim.indexOf(t)));
  return best.some((p) => p.some((e, j) => e.lemma !== t.lemma && same.has(e.lemma) && near(p, j).some((w) => mine.has(w))));
}

/** Both words of a swapped pair, each flagged as a conflict naming the other. */
function swapFindings([a, b]: [Token, Token]): Finding[] {
  const reason = `${quote(a.text)} and ${quote(b.text)} are the other way round in the source`;
  return [a, b].map((t) => ({ kind: 'swap', start: t.start, end: t.end, conflict: true, reason }));
}

const fieldQuantitiesOf = new WeakMap<Quantity[], Set<Quantity>>();

/** The sources' quantities that are fields of a structured record (in a block of its fields), found once per source set. */
function recordFieldQuantities(ctx: SourceContext): Set<Quantity> {
  let found = fieldQuantitiesOf.get(ctx.quantities);
  if (found) return found;
  found = new Set(ctx.index.passages.filter((p) => p.record).flatMap((p) => ctx.passageQuantities(p.id)));
  fieldQuantitiesOf.set(ctx.quantities, found);
  return found;
}

export function compareClaim(claim: ClaimUnit, candidates: Candidate[], ctx: SourceContext, text: string): Comparison {
  // "Based on the provided passages" is about the sources, not the world: never shown as new words.
  // They stay in the word features: leaving them out cost 0.006-0.009 macro BAcc on dev and on train
  // out of fold, as such preambles go with unsupported answers often enough to be a signal. The
  // numbers in them ("passage 2", "in 50 words") are not quantities the sources should state.
  const references = sourceReferences(claim.sentence.tokens);
  const referenceStarts = new Set([...references].map((t) => t.start));
  // every source sentence's tokens, for the checks that ask all of them
  const everywhere = () => ctx.index.passages.map((p) => p.tokens);
  // "three times an hour" where a source says "every 20 minutes": the same rate in other words, its number and
  // its words no source has ("hour") asked of nothing
  const restatedRates = restatedFrequencies(claim.tokens, everywhere);
  const claimQs = claimQuantities(claim.sentence.tokens, claim.start, claim.end, text).filter((q) => !referenceStarts.has(q.start) && !within(q, restatedRates));
  // words only the question has ("how long must I keep tax records?" -> "Keep tax records for...") are not asked of the sources
  const restated = (t: Token) => ctx.given !== undefined && t.kind === 'word' && hasWord(ctx.given, t) && matchWord(t, ctx.lexicon) === 'none';
  // a range token ("3-5") is two quantities, each inside it
  const inQuantity = (t: Token) => claimQs.some((q) => t.start < q.end && q.start < t.end);
  // words that refer to the sources ("According to the provided passages", "Here is a summary:") are asked of nothing,
  // so nothing drawn from `words` below (novel, scattered, edited) needs to leave them out again
  // "1,500 metres" for "1.5km": the unit of a measure the sources give in another unit is asked of nothing
  const convertedUnits = new Set(claimQs.flatMap((q) => {
    const unit = measureOf(q)?.unit;
    const inOtherUnit = (s: Quantity) => {
      const m = measureOf(s);
      return m !== undefined && m.unit !== unit && quantitiesAgree(q, s);
    };
    if (unit === undefined || !ctx.quantities.some(inOtherUnit)) return [];
    return claim.tokens.filter((t) => t.start >= q.end && t.start <= q.end + 1 && t.lemma.replace(/\.$/, '') === unit);
  }));
  const words = contentWords(claim.tokens).filter((t) => !inQuantity(t) && !references.has(t) && !restated(t) && !(within(t, restatedRates) && matchWord(t, ctx.lexicon) === 'none') && !(convertedUnits.has(t) && matchWord(t, ctx.lexicon) === 'none'));

  const related = lazyCandidates(words, ctx.lexicon, knownPhrases(claim.sentence.tokens), negatedHeads(claim.sentence.tokens));
  // a passage states a claim quantity when it gives the same amount of the same thing ("two attacks" is not "two people"),
  // and a gap between two of its amounts only a difference ("£2 less")
  const states = (q: Quantity, s: Quantity) => quantitiesAgree(q, s) && (q.counted === undefined || s.counted === undefined || q.counted === s.counted) && (!s.gap || q.difference === true);
  const agreedIn = (p: Passage) => { const qs = ctx.passageQuantities(p.id); return claimQs.map((q) => qs.some((s) => states(q, s))); };
  const { ranked, union } = alignEvidence(words, candidates, ctx.index, related, claimQs.length > 0 ? agreedIn : undefined);
  const best = ranked[0];
  const topK = coverageFrom(words, union);
  const sources = coverageOf(words, ctx.lexicon, related);
  const bestQuantities = best ? best.passages.map((p) => ctx.passageQuantities(p.id)) : [];
  // polarity and antonyms only mean something when one source sentence talks about the same thing
  const bestSentence = ranked.find((r) => r.passages.length === 1);
  // a claim with no content words ("Nothing here.") is about nothing a sentence could align with
  const alignedBar = bestSentence?.passages[0].record ? RECORD_ALIGNED_COVERAGE : ALIGNED_COVERAGE;
  const aligned = words.length > 0 && bestSentence !== undefined && bestSentence.coverage.coverage >= alignedBar ? bestSentence : undefined;
  const alignedPassage = aligned?.passages[0];
  // a figure given for another time than the claim's ("27 million last year" where the best evidence gives 27 million for 2019)
  const claimTimes = claimQs.length > 0 ? timedFigures(claim.tokens, claimQs) : undefined;
  const evidenceTimes = claimTimes?.size && best ? best.passages.map((p) => timedFigures(p.tokens, ctx.passageQuantities(p.id))) : [];
  // a passage's tokens with its figures, as the figure checks below read them
  const figuresOf = (p: Passage) => ({ tokens: p.tokens, quantities: ctx.passageQuantities(p.id) });
  // the sentences retrieved for the claim and those of its best evidence, each once
  const retrievedPassages = best ? [...new Set([...best.passages, ...candidates.map((c) => c.passage)])] : [];
  // and one the best evidence gives another party than the claim's ("the company has offered 7%" where the union asks for 7%)
  let holderEvidence: { tokens: Token[]; quantities: Quantity[] }[] | undefined;
  const bestFigures = () => (holderEvidence ??= best ? best.passages.map(figuresOf) : []);
  // "closed on Mondays" where a record's opening hours leave Monday out
  const fieldQuantities = recordFieldQuantities(ctx);
  const closedOnly = closedDays(claimQs, claim.sentence.tokens, fieldQuantities);
  // and "now has 900 seats" where the seats were "reduced from 900 to 450"
  const former = formerAmounts(claimQs.filter((q) => !closedOnly.backed.has(q) && !within(q, closedOnly.contradicted)), claim.tokens, ctx.quantities);
  // and "seven days a week" where a passage retrieved for the claim says "on weekdays"
  // and "also on Sundays" where it says "except on Sundays"
  let retrievedFiguresOnce: { tokens: Token[]; quantities: Quantity[] }[] | undefined;
  const retrievedFigures = () => (retrievedFiguresOnce ??= retrievedPassages.map(figuresOf));
  let allFiguresOnce: { tokens: Token[]; quantities: Quantity[] }[] | undefined;
  const allFigures = () => (allFiguresOnce ??= ctx.index.passages.map(figuresOf));
  const everyDay = best && closedOnly.contradicted.length === 0 ? everyDayClaimed(claim.tokens, claimQs, retrievedFigures(), allFigures) : undefined;
  const leftOut = best && closedOnly.contradicted.length === 0 && claimQs.some((q) => q.kind === 'weekday')
    ? [...leftOutDaysClaimed(claim.tokens, claimQs, retrievedFigures(), allFigures), ...everyWeekClaimed(claim.tokens, claimQs, retrievedFigures(), allFigures)]
    : [];
  // and "around the clock" where it says "from 8am to 8pm"
  const allDay = best ? allDayClaimed(claim.tokens, retrievedFigures(), allFigures) : undefined;
  const closed = former.length === 0 && !everyDay && !allDay && leftOut.length === 0 ? closedOnly : { ...closedOnly, contradicted: [...closedOnly.contradicted, ...former, ...(everyDay ? [everyDay] : []), ...(allDay ? [allDay] : []), ...leftOut] };
  const checkedQs = closed.backed.size + closed.contradicted.length > 0 ? claimQs.filter((q) => !closed.backed.has(q) && !within(q, closed.contradicted)) : claimQs;
  const measured = quantityMismatches(checkedQs, ctx.quantities, bestQuantities, alignedPassage && {
    quantities: ctx.passageQuantities(alignedPassage.id),
    sameSlot: (q, e) => sameFigureSlot(claim.sentence.tokens, q, alignedPassage.tokens, e),
  }, (q) => (claimTimes?.size ? timeSwapOf(q, claimTimes, evidenceTimes) : undefined) ?? holderSwapOf(q, claim.sentence.tokens, bestFigures()), fieldQuantities,
  checkedQs.length > 0 ? comparedFigures(claim.sentence.tokens, checkedQs) : undefined);
  // "once a week" where the passage it follows says "taken daily": how often, in other words than a number's
  // a conflict another check finds where the figure checks already found one is shown once, as theirs
  const clearOfMeasured = (f: Finding) => !measured.findings.some((g) => g.conflict && g.start < f.end && f.start < g.end);
  const rateConflicts = best ? frequencyConflicts(claim.tokens, best.passages.map((p) => p.tokens), everywhere)
    .filter((f) => clearOfMeasured(f) && !within(f, closed.contradicted)) : [];
  // "3.8%, outpacing inflation of 4.2%": two figures the claim compares the wrong way round
  const misordered = claimQs.length > 1 ? misorderedFigures(claim.tokens, claimQs, text).filter(clearOfMeasured) : [];
  // "the full £600,000 cost" where the best evidence says "half of the £600,000 cost"
  const partAsWhole = best && claimQs.some((q) => q.kind === 'money') ? partCalledWhole(claim.tokens, claimQs, bestFigures()) : [];
  // and "cost £24 million each" where it says two boats "at a cost of £24 million"
  const totalAsEach = best && claimQs.some((q) => q.kind === 'money') ? totalCalledEach(claim.tokens, claimQs, bestFigures()).filter(clearOfMeasured) : [];
  const contradicted = [...closed.contradicted, ...rateConflicts, ...misordered, ...partAsWhole, ...totalAsEach];
  const conflicting = contradicted.length === 0 ? measured : {
    ...measured,
    quantities: measured.quantities + contradicted.length,
    quantityConflicts: measured.quantityConflicts + contradicted.length,
    // a number the rate's own words hold ("twice a week") is shown once, as the rate
    findings: [...measured.findings.filter((f) => !rateConflicts.some((g) => f.start < g.end && g.start < f.end)), ...contradicted],
  };
  // "will be finished next year" where no source says "next year"
  const undated = unstatedTimes(claim.tokens, everywhere).filter((f) => !conflicting.findings.some((g) => g.start < f.end && f.start < g.end));
  const quantities = undated.length === 0 ? conflicting : { ...conflicting, quantities: conflicting.quantities + undated.length, novelQuantities: conflicting.novelQuantities + undated.length, findings: [...conflicting.findings, ...undated] };


  // "Q3" is a quarter, "Monday" a day and "March" a month, checked as quantities ("the third quarter", "at weekends"), not names
  const dates = claimQs.filter((q) => q.kind === 'quarter' || q.kind === 'weekday' || q.kind === 'month');
  const entities = novelEntities(claim.tokens.filter((t) => !references.has(t) && !within(t, dates)), text, ctx.lexicon, ctx.given);
  const retrieved = retrievedPassages.map((p) => p.tokens);
  // a negation the claim makes is no conflict with the best sentence when another source sentence makes it too
  const alignedPolarity = alignedPassage
    ? polarityMismatches(claim.tokens, alignedPassage.tokens, text, ctx.index.passages)
    : words.length > 0 ? plansOfBestSentence(claim.tokens, bestSentence, best) : plansOfBestSentence(claim.tokens, undefined, undefined);
  // or what the claim states, the passages retrieved for it mention only to deny ("No injuries have been reported")
  const denied = best && alignedPolarity.negationMismatch === 0
    ? deniedInPassages(claim.tokens, words, retrieved, (i, e) => related(i).includes(e.lemma), text)
    : { negationMismatch: 0, findings: [] };
  // and what the claim negates, a retrieved passage states plainly ("would like to buy" for "would not like to buy")
  const negated = best && alignedPolarity.negationMismatch === 0 && denied.negationMismatch === 0
    ? negatedInPassages(claim.tokens, retrieved, text)
    : { negationMismatch: 0, findings: [] };
  // "takes reservations" where the record gives "RestaurantsReservations": false, wherever that field stands
  const fieldSaid = fieldStatements(claim.tokens, ctx.fields ?? [], text, (t) => {
    const i = words.indexOf(t);
    return i >= 0 ? related(i) : [];
  }, alignedPassage);
  // "free of charge" where the sentence it follows says "for a fee", or the reverse
  // (the sentence is the one that matches the rest of the claim: its "free" or "fee" is what differs)
  const priced = alignedPolarity.negationMismatch === 0 && bestSentence ? costWords(claim.tokens) : undefined;
  const cost = priced?.size && coverageBeside(words, bestSentence!.coverage.matches, priced) >= alignedBar ? costMismatch(claim.tokens, bestSentence!.passages[0], text) : undefined;
  // "has cut short its pantomime twice before" where a passage says it was "the first time"
  const repeated = best && alignedPolarity.negationMismatch === 0 && denied.negationMismatch === 0 && negated.negationMismatch === 0 ? repeatedWhereFirst(claim.tokens, retrieved) : undefined;
  // "were hurt by a falling boulder" where it "narrowly missed two walkers", "sold the seeds" where it "donated the seeds"
  const turnedEvent = best && !cost && !repeated ? nearMissAsHarm(claim.tokens, retrieved, everywhere) ?? giftAsSale(claim.tokens, retrieved, everywhere) : undefined;
  const negations = [...alignedPolarity.findings, ...denied.findings, ...negated.findings, ...(cost ? [cost] : []), ...(repeated ? [repeated] : []), ...(turnedEvent ? [turnedEvent] : [])];
  const fieldConflicts = fieldSaid.conflicts.filter((f) => !negations.some((n) => n.start < f.end && f.start < n.end));
  // "has agreed to allow watering at night" where the sources have it only asked for or under talks,
  // "cancelled for good" where none says anything is permanent, "has already begun" where a passage about it plans it
  const agreement = alignedPolarity.modalityOverstated === 0
    ? agreementStated(claim.tokens, everywhere) ?? permanenceStated(claim.tokens, everywhere) ?? alreadyDoneInPassages(claim.tokens, retrieved) ?? weighedInPassages(claim.tokens, retrieved) ?? undecidedStated(claim.tokens, retrieved) ?? causationStated(claim.tokens, everywhere)
    : undefined;
  const polarity = {
    ...alignedPolarity,
    negationMismatch: alignedPolarity.negationMismatch || denied.negationMismatch || negated.negationMismatch || (cost || repeated || turnedEvent || fieldConflicts.length > 0 ? 1 : 0),
    modalityOverstated: alignedPolarity.modalityOverstated || (agreement ? 1 : 0),
    findings: [...negations, ...fieldConflicts, ...(agreement ? [agreement] : [])],
  };
  const wordnetOpposites = alignedOpposites(words, ranked, best, claim.tokens);
  // "changed" where it says "unchanged": WordNet lists few such pairs, and "changed" matches through "adjusted"
  const prefixed = alignedPassage ? prefixOpposites(claim.tokens, alignedPassage.tokens).findings.filter((f) => !within(f, wordnetOpposites.findings)) : [];
  // "outside" where it says "within", "after" for "before": in place, between the same words
  const turned = alignedPassage ? relationOpposites(claim.tokens, alignedPassage.tokens, (c, e) => sameSurroundings(claim.sentence.tokens, c, alignedPassage.tokens, e)).findings : [];
  // "different families" where a retrieved passage says "the same family", and "sales fell" where one says
  // "sales rose" (an opposite beside the same word), however little else of the claim the passage has
  const inPlace = [...wordnetOpposites.findings, ...prefixed, ...turned];
  const bestPassages = best?.passages.map((p) => p.tokens) ?? [];
  // and "next season" where the best passage says "last season" (the best passage only: in the other retrieved
  // sentences such a time was as often about another event)
  const besideWords = [
    ...modifierOpposites(claim.tokens, retrieved, everywhere).findings,
    // a claim word whose WordNet synonym the best evidence has ("shut" where it says "will close 12 of its 80
    // shops") says what that evidence says: an opposite beside the same noun elsewhere ("its remaining shops
    // will open") is about another thing
    ...localOpposites(words, claim.tokens, retrieved, claim.sentence.tokens, everywhere).findings.filter((f) => !synonymInBest(words.find((t) => t.start === f.start), claim.tokens, bestPassages)),
    ...turnedTimes(claim.tokens, bestPassages, everywhere),
    ...turnedTimeDifferences(claim.tokens, bestPassages),
    ...turnedOrder(claim.tokens, retrieved, everywhere),
  ]
    .filter((f, i, all) => all.findIndex((g) => g.start === f.start) === i && !inPlace.some((g) => g.start === f.start));
  const edits = best ? slotEdits(words, best.coverage.matches, best.passages, related) : { substituted: new Map<Token, Token[]>(), inserted: new Set<Token>() };
  // what the opposite readers above found: a flip in place is looked for only where none is
  const earlierOpposites = [...inPlace, ...besideWords];
  // "the triumphant start-up" where the best passage says "the troubled start-up" (a word of the other
  // tone), "sales grew" where it says "sales fell" (a change the other way): in place of the passage's
  // own word, though WordNet lists no antonym
  // and "will keep working" where it says "will stop working", "more likely" where it says "less likely"
  const turnedChanges = best
    ? [
      ...turnedDirections(words, claim.sentence.tokens, bestPassages),
      ...endedOrContinued(claim.tokens, bestPassages),
      ...comparativeFlips(claim.tokens, bestPassages),
      ...comparedWithThen(claim.tokens, bestPassages),
      // a vote is read in every sentence retrieved for the claim: the one that matches it best may be about what was voted on
      ...splitVoteCalledUnanimous(claim.tokens, retrieved),
      ...claimedUnchanged(claim.tokens, bestPassages),
      ...comparedWhereEqual(claim.tokens, bestPassages),
      ...comparedAmounts(claim.tokens, bestFigures()),
      ...agentSwapped(claim.tokens, everywhere()),
    ]
      .filter((f) => !earlierOpposites.some((g) => g.start === f.start))
    : [];
  // the best evidence may be two sentences, one with the claim's word about something else ("to support local
  // businesses" beside "Fishing groups had objected to the project"): the sentence aligned with the claim is asked too
  const sentenceEdits = aligned && aligned !== best ? slotEdits(words, aligned.coverage.matches, aligned.passages, related).substituted : new Map<Token, Token[]>();
  const substitutedAnywhere = sentenceEdits.size === 0 ? edits.substituted : new Map([...sentenceEdits, ...edits.substituted]);
  const toneFlips = [...substitutedAnywhere].flatMap(([t, replaced]): Finding[] => {
    const other = replaced.find((r) => r.pos === t.pos && oppositeSentiment(t.lower, r.lower));
    if (!other || earlierOpposites.some((g) => g.start === t.start) || turnedChanges.some((g) => g.start === t.start)) return [];
    return [{ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the passage that best matches this claim says ${quote(other.text)} there, the opposite in tone of ${quote(t.text)}` }];
  });
  const opposites = {
    antonyms: wordnetOpposites.antonyms + prefixed.length + turned.length + besideWords.length + turnedChanges.length + toneFlips.length,
    findings: [...earlierOpposites, ...turnedChanges, ...toneFlips],
  };

  const novel = new Set<Token>();
  let novelWeight = 0;
  let totalWeight = 0;
  const novelByPos = { nouns: 0, verbs: 0, modifiers: 0, rare: 0 };
  let firstNovel = -1;
  words.forEach((t, i) => {
    totalWeight += wordWeight(t);
    if (sources.matches[i] !== 'none') return;
    novelWeight += wordWeight(t);
    if (firstNovel < 0) firstNovel = i;
    if (t.pos === 'NOUN') novelByPos.nouns++;
    else if (t.pos === 'VERB') novelByPos.verbs++;
    else if (t.pos === 'ADJ' || t.pos === 'ADV') novelByPos.modifiers++;
    // words WordNet does not know in lower case: specifics (jargon, names, codes) rather than paraphrase glue
    if (!isCommonWord(t.lemma) && !isCommonWord(t.lower)) novelByPos.rare++;
    if (!within(t, entities.findings) && !within(t, opposites.findings) && !within(t, rateConflicts)) novel.add(t);
  });
  const order = best ? wordOrder(words, best.passages) : { pairCoverage: 0, swappedPairs: 0 };
  // two words of the best passage trading places ("a correct input … every output" for "a correct output … every input")
  const exchanged = best ? exchangedWords(words, best.passages) : [];
  const semantic = semanticFeatures(words, sources.matches, ctx.lexicon, best?.coverage.matches, best?.passages ?? []);
  // "all customers" where the best evidence speaks of members only
  // and "thanks to higher advertising income" where it gives no reason
  const bestTokens = best ? best.passages.flatMap((p) => p.tokens) : [];
  const widened = best ? widenedScope(claim.tokens, bestTokens, text, ctx.lexicon.tokens) : { scopeWidened: 0, findings: [] };
  // "only in rail vouchers" where it gives two ways ("Based solely on the passage" is about the sources)
  const narrowed = best ? narrowedToOnly(claim.tokens.filter((t) => !references.has(t)), bestTokens, text) : { scopeWidened: 0, findings: [] };
  // "Most patients" where it says "Some patients"
  const share = best ? strengthenedShare(claim.tokens, bestTokens) : { scopeWidened: 0, findings: [] };
  const scope = { scopeWidened: widened.scopeWidened + narrowed.scopeWidened + share.scopeWidened, findings: [...widened.findings, ...narrowed.findings, ...share.findings] };
  const cause = best ? addedCause(claim.tokens.filter((t) => !references.has(t)), bestTokens, text, ctx.given) : { causeAdded: 0, findings: [] };
  // a negation that no passage retrieved for the claim makes (one the best sentence denies is negationMismatch);
  // all of them, as a claim joining two sentences may take its "not" from the other. "The article does not
  // mention" is about the sources.
  const negation = best && polarity.negationMismatch === 0
    ? addedNegation(claim.tokens.filter((t) => !references.has(t)), retrieved, text)
    : { negationAdded: 0, findings: [] };
  const secondSentence = ranked.filter((r) => r.passages.length === 1)[1];

  const scattered = new Set(words.filter((t, i) => best && best.coverage.matches[i] === 'none' && !novel.has(t)));
  // a flagged word that takes another's place in the best passage ("sounds" where it says "words") is named with it
  const substituted = best && (novel.size > 0 || scattered.size > 0) ? substitutions(words, best.coverage.matches.map((m) => m !== 'none'), best.passages) : undefined;
  // a noun the best passage lacks, where it has another kind of the same thing the claim lacks
  // ("brothers" where it says "sisters", "trucks" for "cars"), wherever the two stand
  const swappedNouns = best ? siblingSwapsOf(words, best.coverage.matches, bestTokens) : new Map<Token, Token>();
  // the source's own words, with what stands between them ("yellow and blue")
  const sourceWords = (replaced: Token[]) => {
    const [first, last] = [replaced[0], replaced[replaced.length - 1]];
    const p = best!.passages.find((x) => x.start <= first.start && last.end <= x.end);
    return p ? p.text.slice(first.start - p.start, last.end - p.start) : replaced.map((t) => t.text).join(' ');
  };
  const inPlaceOf = (run: Token[]) => {
    const sibling = run.length === 1 ? swappedNouns.get(run[0]) : undefined;
    if (sibling) return sibling.text;
    const replaced = substituted?.get(run.find((t) => substituted.has(t))!);
    if (!replaced || !run.every((t) => t.stop || t.kind === 'punct' || substituted!.get(t) === replaced)) return undefined;
    return sourceWords(replaced);
  };
  // a date or number the quantity checks explain ("the source gives “Monday”, not “Friday”") is not also shown as a new name
  const checked = [
    ...quantities.findings, ...entities.findings.filter((f) => !within(f, quantities.findings)), ...polarity.findings, ...opposites.findings, ...scope.findings, ...cause.findings, ...negation.findings,
    ...fieldSaid.empty, ...exchanged.flatMap(swapFindings),
  ];
  const findings = [
    ...checked,
    ...wordFindings(claim.tokens, novel, text, (w, run) => {
      const other = inPlaceOf(run);
      return other ? `${quote(w)} is not in the sources; the passage that best matches this claim says ${quote(other)} there` : `${quote(w)} is not in the sources`;
    }),
  ].sort((a, b) => a.start - b.start);
  // edits of copied wording that the best passage backs only through a related word elsewhere in it
  // ("negative" through "quality"): shown, like scattered words, when nothing weightier is
  const edited = new Set([...edits.inserted, ...edits.substituted.keys()].filter((t) => !novel.has(t) && !scattered.has(t) && !within(t, checked)));
  const scatteredWords = wordFindings(claim.tokens, new Set([...scattered, ...edited]), text, (w, run) => {
    if (run.every((t) => edited.has(t) && edits.inserted.has(t))) return `${quote(w)} is added to wording taken from the passage that best matches this claim`;
    if (run.every((t) => edited.has(t))) {
      return `the passage that best matches this claim says ${quote(sourceWords(edits.substituted.get(run[0])!))} there, not ${quote(w)}`;
    }
    const other = inPlaceOf(run);
    return other ? `${quote(w)} appears in the sources, but the passage that best matches this claim says ${quote(other)} there` : `${quote(w)} appears in the sources, but not in the passage that best matches this claim`;
  });

  // a period in a word ("weekly") is a word to match as well as a length of time
  const bestQuantityList = bestQuantities.flat().filter((q) => !q.inWord && !q.derived);
  const features: Features = {
    coverageBest: best?.coverage.coverage ?? 0,
    coverageTopK: topK.coverage,
    coverageSources: sources.coverage,
    coverageGap: (bestSentence?.coverage.coverage ?? 0) - (secondSentence?.coverage.coverage ?? 0),
    novelWordShare: totalWeight > 0 ? novelWeight / totalWeight : 0,
    novelWords: sources.matches.filter((m) => m === 'none').length,
    novelNouns: novelByPos.nouns,
    novelVerbs: novelByPos.verbs,
    novelModifiers: novelByPos.modifiers,
    novelRareWords: novelByPos.rare,
    unmatchedBest: best ? best.coverage.matches.filter((m) => m === 'none').length : words.length,
    firstNovelPosition: firstNovel < 0 ? 1 : firstNovel / Math.max(1, words.length),
    ...semantic,
    pairCoverageBest: order.pairCoverage,
    swappedPairs: order.swappedPairs,
    exchangedWords: exchanged.length,
    substitutionSimilarity: substitutionSimilarity(edits.substituted, swappedNouns),
    substitutedWords: edits.substituted.size,
    insertedWords: edits.inserted.size,
    // quantities left out on both sides ("Q2 revenue rose 19%" against "Second-quarter revenue rose 19
    // percent"), and a word backed through WordNet found where its related word stands, as coverage found it
    matchDensityBest: best
      ? matchDensity(words, best.passages, (t) => within(t, bestQuantityList), (i) => (best.coverage.matches[i] === 'wordnet' ? related(i) : []))
      : 0,
    names: entities.names,
    novelNames: entities.novelNames,
    misplacedQuantities: quantities.misplacedQuantities,
    quantities: quantities.quantities,
    novelQuantities: quantities.novelQuantities,
    novelSmallNumbers: quantities.novelSmallNumbers,
    quantityConflicts: quantities.quantityConflicts,
    negationMismatch: polarity.negationMismatch,
    modalityOverstated: polarity.modalityOverstated || (quantities.cappedAmounts > 0 ? 1 : 0),
    antonyms: opposites.antonyms,
    siblingSwaps: swappedNouns.size,
    scopeWidened: scope.scopeWidened,
    causeAdded: cause.causeAdded,
    negationAdded: negation.negationAdded,
    emptyFields: fieldSaid.empty.length,
    bm25Best: best ? best.bm25 : 0,
    contentWords: words.length,
    recordEvidence: best?.passages.some((p) => p.record) ? 1 : 0,
    // filled in by addTextContext once every claim of the text is compared
    textCoverage: sources.coverage,
    textMinCoverage: sources.coverage,
    textClaims: 1,
  };
  return {
    features,
    findings,
    scatteredWords,
    evidence: ranked,
  };
}

/**
 * Gives each claim the context of its whole text: how well the text as a whole is covered by the
 * sources and how many claims it makes. A text's verdict is its worst claim's, so a model that
 * scores one claim needs to know how many chances the text had to go wrong.
 */
export function addTextContext(comparisons: Comparison[]): void {
  let words = 0;
  let covered = 0;
  let min = 1;
  for (const c of comparisons) {
    words += c.features.contentWords;
    covered += c.features.coverageSources * c.features.contentWords;
    min = Math.min(min, c.features.coverageSources);
  }
  for (const c of comparisons) {
    c.features.textCoverage = words > 0 ? covered / words : 1;
    c.features.textMinCoverage = min;
    c.features.textClaims = comparisons.length;
  }
}
