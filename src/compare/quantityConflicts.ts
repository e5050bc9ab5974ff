import { isContent, type Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { CHANGE_VERBS, DAYS_PER_YEAR, findQuantities, indexAfter, measureOf, quantitiesAgree, OUT_OF, SCORE, type Quantity } from './quantities.js';
import { isPersonNoun, supportingLemmas } from './wordnet.js';

/** Nouns a claim counts people by whoever they are: "3,000 people" for the source's "3,000 civilians". */
const PEOPLE = new Set(['people', 'person', 'individual']);

/**
 * Whether a claim's counted noun can be a source's in other words: the same noun, a broader one
 * ("vehicles" for "cars"), or "people" for any noun of people ("civilians", "residents").
 */
function countsSame(claimNoun: string, sourceNoun: string | undefined): boolean {
  if (sourceNoun === undefined) return false;
  return claimNoun === sourceNoun || supportingLemmas(claimNoun, 'n').has(sourceNoun) || (PEOPLE.has(claimNoun) && (PEOPLE.has(sourceNoun) || isPersonNoun(sourceNoun)));
}

export interface QuantityFeatures {
  quantities: number;
  novelQuantities: number;
  /** Novel small spelled numbers and spelled ordinals ("two films", "the first"): often a summary's own count, no rule fires on them. */
  novelSmallNumbers: number;
  quantityConflicts: number;
  /** Quantities the sources have, but not in the best evidence: often swapped in from elsewhere. */
  misplacedQuantities: number;
  /** Sums of money the sources give only as a most ("up to £1,000"), stated as the amount: a hedge made firm. */
  cappedAmounts: number;
  findings: Finding[];
}

const KIND_WORDS: Record<Quantity['kind'], string> = {
  count: 'number', percent: 'percentage', money: 'amount', year: 'year', month: 'month', day: 'date', weekday: 'day', ordinal: 'ordinal', time: 'time', quarter: 'quarter', duration: 'length of time', factor: 'change',
};

const yearLike = (q: Quantity) => q.kind === 'year' || (q.kind === 'count' && Number.isInteger(q.value) && q.value >= 1000 && q.value <= 2100);

/**
 * Whether a source quantity could be the one a claim quantity changed: same kind (a four-digit
 * count may be a year), for ordinals and counts the same noun when both name one ("two films" is
 * not a changed "2016", nor "3 children" a changed "40 passengers"), else a number of like size.
 */
function rivals(claim: Quantity, source: Quantity): boolean {
  if (source.derived) return false;
  if (claim.kind !== source.kind) return yearLike(claim) && yearLike(source);
  // "about 500 people" where the source says "hundreds": a figure it does not give, not another one
  if (source.vague && !claim.vague && source.rangeTo !== undefined && claim.value >= source.value && claim.value <= source.rangeTo) return false;
  // "thousands of people" is another figure than "hundreds of people" or "200 people", not than a figure of something else
  if (claim.vague && !source.vague && !(claim.counted !== undefined && claim.counted === source.counted)) return false;
  // "twelve months before" places a time; it did not replace how long something lasted ("in the three months to September")
  if (claim.kind === 'duration') return (claim.relative !== undefined) === (source.relative !== undefined);
  if (claim.kind !== 'count' && claim.kind !== 'ordinal') return true;
  // a score ("2-1") was changed only from another score
  if (claim.counted === SCORE || source.counted === SCORE || claim.counted === OUT_OF || source.counted === OUT_OF) return claim.counted === source.counted;
  // an age ("an 8-year-old") was changed only from another age, not from "one parent"
  if ((claim.ageIn !== undefined) !== (source.ageIn !== undefined)) return false;
  // "first place" did not replace "the 78th minute"
  // (or two units of one measure: "2,500 metres" did replace "1.5km")
  if (claim.counted && source.counted) return claim.counted === source.counted || measureOf(claim)?.dimension === (measureOf(source)?.dimension ?? '');
  if (claim.kind === 'ordinal') return true;
  // without a shared noun, only numbers of a like size: "235,000 views" did not replace "one"
  const [small, big] = claim.value < source.value ? [claim.value, source.value] : [source.value, claim.value];
  return big <= 10 * small;
}

/** A source quantity as a finding quotes it: a change the source states between two amounts with its factor ("… up from $1 billion" (×2)). */
function sourceSide(q: Quantity): string {
  return q.statedChange ? `${quote(q.text)} (×${Math.round(q.value * 100) / 100})` : quote(withRate(q));
}

/** A quantity's text with the unit of its rate, which its text leaves out: "£62 a day". */
const withRate = (q: Quantity) => (q.per === undefined ? q.text : `${q.text} a ${q.per}`);

/** Kinds of amount one may be so many times another of (not years or times of day). */
const SIZES: ReadonlySet<string> = new Set(['count', 'money', 'duration', 'percent']);

/**
 * Whether factor `q` is the ratio of two amounts the claim states itself ("38 minutes, more than twice
 * the 18-minute target"): the claim's own arithmetic, whose amounts are checked against the sources.
 */
function ownRatio(q: Quantity, claimQs: Quantity[], sourceQs: Quantity[]): boolean {
  if (q.kind !== 'factor') return false;
  const ratioOf = (a: Quantity, b: Quantity) => b !== a && b.kind === a.kind && b.unit === a.unit && b.value > 0 &&
    quantitiesAgree(q, { ...a, kind: 'factor', value: q.value >= 1 ? a.value / b.value : b.value / a.value, bound: 'exact' });
  // or of one it states and one the sources give that it names in words ("spent £6 million, two and a half
  // times the fine", where the fine was £2.4 million); its own amount still agrees with the sources
  return claimQs.some((a) => a.kind !== 'factor' && a.value > 0 && (claimQs.some((b) => b.value < a.value && ratioOf(a, b)) ||
    (SIZES.has(a.kind) && sourceQs.some((s) => quantitiesAgree(a, s)) && sourceQs.some((b) => !b.derived && !quantitiesAgree(a, b) && ratioOf(a, b)))));
}

/** The index of the token of `tokens` that holds UTF-16 offset `offset` (a figure's start), -1 for none. */
function tokenAt(tokens: Token[], offset: number): number {
  return tokens.findIndex((t) => t.start <= offset && offset < t.end);
}

/** Words before a figure that make it what another is compared with: "lower than Q2", "compared with 2019", "against £3m". */
const COMPARED_WITH = new Set(['than', 'against', 'versus', 'vs']);

/** The claim's figures another is compared with ("to be lower than Q2", "up 5% compared to last year's £3m"). */
export function comparedFigures(tokens: Token[], claimQs: Quantity[]): Set<Quantity> {
  const out = new Set<Quantity>();
  for (const q of claimQs) {
    const at = tokenAt(tokens, q.start);
    const before = tokens[at - 1]?.lower ?? '';
    if (at > 0 && (COMPARED_WITH.has(before) || ((before === 'to' || before === 'with') && tokens[at - 2]?.lemma === 'compare'))) out.add(q);
  }
  return out;
}

/** Quantities inside a claim, read from its whole sentence so "half a million" keeps its context. */
export function claimQuantities(sentenceTokens: Token[], start: number, end: number, text: string): Quantity[] {
  return findQuantities(sentenceTokens, text).filter((q) => q.start >= start && q.end <= end);
}

/**
 * Each quantity in the claim must agree with one somewhere in the sources. One that agrees with
 * none conflicts when the best evidence gives a quantity of the same kind ("the source says
 * 500,000"), and is merely unsupported otherwise. One that agrees only with a quantity outside the
 * best evidence is misplaced, unless it is one of `references`, a figure the claim compares another with.
 */
export function quantityMismatches(
  claimQs: Quantity[], allSourceQuantities: Quantity[], allEvidenceSentences: Quantity[][],
  aligned?: { quantities: Quantity[]; sameSlot: (claim: Quantity, evidence: Quantity) => boolean },
  timeSwapped?: (claim: Quantity) => TimeSwap | undefined,
  fieldQuantities?: ReadonlySet<Quantity>,
  references?: ReadonlySet<Quantity>,
): QuantityFeatures {
  const findings: Finding[] = [];
  let novel = 0;
  let small = 0;
  let conflicts = 0;
  let misplaced = 0;
  let cappedAmounts = 0;
  // what a time was before a change (statedTimeShifts) backs only a figure the claim sets against another ("rather than 7pm"),
  // and a gap between two amounts (statedGaps) only a figure the claim gives as a difference ("£2 less than adults")
  const view = (keep: (s: Quantity) => boolean) => {
    const evidenceSentences = allEvidenceSentences.map((qs) => qs.filter(keep));
    return { sourceQuantities: allSourceQuantities.filter(keep), evidenceSentences, evidenceQs: evidenceSentences.flat() };
  };
  const all = view((s) => !s.gap);
  const plain = view((s) => !s.former && !s.gap);
  const difference = claimQs.some((q) => q.difference) ? view((s) => !s.former) : plain;
  for (const q of claimQs) {
    const { sourceQuantities, evidenceSentences, evidenceQs } = references?.has(q) ? all : q.difference ? difference : plain;
    const shown = quote(withRate(q));
    if (spannedByYears(q, claimQs, sourceQuantities, evidenceSentences) || ownRatio(q, claimQs, sourceQuantities)) continue;
    if (sourceQuantities.some((s) => quantitiesAgree(q, s))) {
      // "will be fined £1,000" where the source says "can be fined up to £1,000": a cap stated as the amount
      const cap = cappedAsExact(q, sourceQuantities);
      if (cap) {
        cappedAmounts++;
        findings.push({ kind: 'modality', start: q.start, end: q.end, conflict: false, reason: `the source gives ${quote(cap.text)} only as an upper limit; the claim states it as the amount` });
        continue;
      }
      // "fewer than 10,000 people" where the source says "more than 10,000": the same figure as the other bound
      const turned = turnedBound(q, sourceQuantities);
      if (turned) {
        conflicts++;
        findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source gives ${quote(turned.text)} as ${BOUND_WORDS[turned.bound]}, the claim as ${BOUND_WORDS[q.bound]}` });
        continue;
      }
      // "300 staff" where the evidence says "50 staff" and the 300 counts paintings, there or elsewhere:
      // the number moved to another noun ("20 residents" where it says "500,000 residents and 20 schools")
      const countedElsewhere = q.counted && !sourceQuantities.some((s) => countsSame(q.counted!, s.counted) && quantitiesAgree(q, s));
      const swappedFor = countedElsewhere ? evidenceQs.find((e) => e.kind === q.kind && e.counted === q.counted && !e.derived) : undefined;
      // "27 million last year" where the evidence gives 27 million for 2019 and 21 million for last year
      const swap = timeSwapped?.(q);
      if (swap) {
        conflicts++;
        const reason = swap.claimed ? `the source gives ${quote(swap.rival.text)} for ${quote(swap.when)}, not for ${quote(swap.claimed)}` : `the source gives ${quote(swap.rival.text)} for ${quote(swap.when)}, not ${shown}`;
        findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason });
        continue;
      }
      // "the forecast for 2020 remains" where the sentence the claim follows says "the forecast for 2021
      // remains": changed in place, whatever else the sources say about 2020
      const inPlace = aligned && !aligned.quantities.some((s) => quantitiesAgree(q, s)) ? aligned.quantities.find((e) => rivals(q, e) && aligned.sameSlot(q, e)) : undefined;
      if (inPlace) {
        conflicts++;
        findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source gives ${quote(inPlace.text)}, not ${shown}` });
        continue;
      }
      const inEvidence = evidenceQs.filter((s) => quantitiesAgree(q, s));
      // in the evidence itself, only where the sentence that counts the claim's noun with another
      // number uses this one for another noun (a neighbouring sentence may count it in other words)
      const sentenceOf = (x: Quantity) => evidenceSentences.findIndex((qs) => qs.includes(x));
      const movedWithin = swappedFor !== undefined && inEvidence.every((s) => s.counted !== undefined && s.counted !== q.counted && sentenceOf(s) === sentenceOf(swappedFor));
      if (inEvidence.length > 0 && !movedWithin) continue;
      if (swappedFor) {
        conflicts++;
        findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source gives ${quote(swappedFor.text)}, not ${shown}` });
        continue;
      }
      // a structured record's fields all describe one thing: a figure taken from another field ("With a
      // 4.5-star rating, reviewers praise …", where the rating is a field and the praise a review) is not misplaced
      if (fieldQuantities?.size && sourceQuantities.some((s) => fieldQuantities.has(s) && quantitiesAgree(q, s))) continue;
      // nor is a figure the claim compares another with ("revenue to be lower than Q2"), which the sources give elsewhere
      if (references?.has(q)) continue;
      misplaced++;
      findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: false, reason: `${shown} appears in the sources, but not in the passage that best matches this claim` });
      continue;
    }
    const rival = evidenceQs.find((e) => rivals(q, e));
    if (rival) {
      conflicts++;
      findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source gives ${sourceSide(rival)}, not ${shown}` });
    } else {
      if (q.countable) small++;
      else novel++;
      findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: false, reason: `the ${KIND_WORDS[q.kind]} ${shown} does not appear in the sources` });
    }
  }
  return { quantities: claimQs.length, novelQuantities: novel, novelSmallNumbers: small, quantityConflicts: conflicts, misplacedQuantities: misplaced, cappedAmounts, findings };
}

const BOUND_WORDS = { min: 'a lower bound', max: 'an upper bound', exact: 'the amount', approx: 'the amount' } as const;

/**
 * The source figure a claim figure agrees with only as the other bound: "fewer than 10,000" where every
 * source figure it agrees with is "more than 10,000" (or "up to" where the source says "at least").
 */
function turnedBound(q: Quantity, sourceQuantities: Quantity[]): Quantity | undefined {
  // "up to 48 hours before arrival" is a deadline, at least 48 hours ahead: a length of time's bound turns with its "before"
  if ((q.bound !== 'min' && q.bound !== 'max') || q.kind === 'duration') return undefined;
  const agreeing = sourceQuantities.filter((s) => s.kind !== 'factor' && quantitiesAgree(q, s));
  const other = q.bound === 'min' ? 'max' : 'min';
  return agreeing.length > 0 && agreeing.every((s) => s.bound === other && s.value === q.value) ? agreeing[0] : undefined;
}

/** Words by which a claim gives an amount as what it was: "had 900 seats", "down from 900", "900 before". */
const EARLIER_WORDS = new Set(['from', 'than', 'previously', 'formerly', 'originally', 'initially', 'before', 'once', 'earlier', 'ago', 'used', 'had', 'was', 'were', 'last', 'until', 'then']);

/**
 * Claim amounts the sources give only as what an amount was before a change they state ("The number of
 * seats has been reduced from 900 to 450"), stated as what it is ("The cinema now has 900 seats"). Not
 * where the claim gives the amount as what it was ("had 900 seats", "down from 900"), states the change
 * itself (a verb of change), or gives the new amount too.
 */
export function formerAmounts(claimQs: Quantity[], claimTokens: Token[], sourceQuantities: Quantity[]): Finding[] {
  const changes = sourceQuantities.filter((s) => s.between !== undefined && !s.between.beforeIsNow);
  if (changes.length === 0 || claimQs.length === 0) return [];
  const earlier = new Set(changes.map((c) => c.between!.before));
  if (claimTokens.some((t) => EARLIER_WORDS.has(t.lower) || CHANGE_VERBS.has(t.lemma) || CHANGE_VERBS.has(t.lower))) return [];
  const findings: Finding[] = [];
  for (const q of claimQs) {
    if (q.kind === 'factor') continue;
    const agreeing = sourceQuantities.filter((s) => s.kind !== 'factor' && quantitiesAgree(q, s));
    const change = changes.find((c) => agreeing.includes(c.between!.before));
    if (!change || !agreeing.every((s) => earlier.has(s))) continue;
    const { before, after } = change.between!;
    if (claimQs.some((c) => quantitiesAgree(c, after))) continue;
    findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source gives ${quote(before.text)} as the amount before it changed to ${quote(after.text)}` });
  }
  return findings;
}

/**
 * The source's "up to £1,000" that a claim's plain "£1,000" restates as the amount itself: a sum of
 * money that agrees with no source amount but one given as a most.
 */
function cappedAsExact(q: Quantity, sourceQuantities: Quantity[]): Quantity | undefined {
  if (q.kind !== 'money' || q.bound !== 'exact') return undefined;
  const agreeing = sourceQuantities.filter((s) => quantitiesAgree(q, s));
  return agreeing.every((s) => s.bound === 'max' && s.value === q.value) ? agreeing[0] : undefined;
}

/**
 * A whole number of years that two years of the sources span: "for fourteen years, from 1981 until
 * 1995" (both years in the claim, and each in the sources), or "chief engineer for fourteen years"
 * where one sentence of the evidence says "became chief engineer in 1981, a post she held until 1995".
 * Only an exact length: "more than sixty years" since 1962 needs the date the text was written.
 */
function spannedByYears(q: Quantity, claimQs: Quantity[], sourceQuantities: Quantity[], evidenceSentences: Quantity[][]): boolean {
  if (q.kind !== 'duration' || q.bound !== 'exact') return false;
  const years = q.value / DAYS_PER_YEAR;
  if (!Number.isInteger(years) || years <= 0) return false;
  const spans = (ys: Quantity[]) => ys.some((a) => ys.some((b) => b.value - a.value === years));
  const inClaim = claimQs.filter((c) => c.kind === 'year' && sourceQuantities.some((s) => s.kind === 'year' && s.value === c.value));
  return spans(inClaim) || evidenceSentences.some((sentence) => spans(sentence.filter((s) => s.kind === 'year')));
}

/** A time a figure is given for: a year ("in 2019"), "last year", "this year", "next year", or "now". */
interface TimeMark {
  key: string;
  text: string;
  /** Token index of its first and last token. */
  first: number;
  last: number;
}

const RELATIVE_YEARS = new Set(['last', 'this', 'next']);
/**
 * Words that give a figure for the present, as a year would for then. Not "today", which quantities.ts'
 * PRESENT_WORDS has: a figure "today" is as often the day an article was written ("said today") as the
 * present set against a year, and a time mark here pairs it with the nearest figure.
 */
const PRESENT_TIMES = new Set(['now', 'currently']);
/** How many tokens may stand between a figure and the time it is given for. */
const TIME_GAP = 4;
const TIMED_KINDS = new Set<Quantity['kind']>(['count', 'money', 'percent']);
/** What ends the stretch in which a figure and a time pair: "21 million last year, compared with 27 million", "between 2019 and last year". */
const TIME_BREAKS = new Set([',', ';', ':', '(', ')', 'and', 'or', 'but', 'while', 'whereas', 'than']);

/**
 * The figures of a sentence paired with the time each is given for ("21 million passengers last year,
 * compared with 27 million in 2019"): a figure and a time mark pair when each is the other's nearest
 * (at most TIME_GAP tokens apart with no comma, "and" or the like between, nothing of either kind as
 * near), so a figure with two times about it, or a time with two figures, pairs with neither unless one is nearer.
 */
export function timedFigures(tokens: Token[], quantities: Quantity[]): Map<Quantity, TimeMark> {
  const paired = new Map<Quantity, TimeMark>();
  const marks: TimeMark[] = [];
  for (const q of quantities) {
    // a year, a day of the week ("34C on Thursday") or a month ("in March"), each its own kind of key
    if ((q.kind !== 'year' && q.kind !== 'weekday' && q.kind !== 'month') || q.rangeTo !== undefined || q.derived) continue;
    const first = tokenAt(tokens, q.start);
    // (not a day or month that ends or lists with another: "from July to August", "Tuesdays and Fridays")
    if (q.kind !== 'year' && quantities.some((o) => o !== q && o.kind === q.kind && !o.derived && Math.abs(tokenAt(tokens, o.start) - first) <= 2)) continue;
    if (first >= 0) marks.push({ key: q.kind === 'year' ? String(q.value) : `${q.kind}:${q.value}`, text: q.text, first, last: tokenAt(tokens, q.end - 1) });
  }
  tokens.forEach((t, i) => {
    if (RELATIVE_YEARS.has(t.lower) && tokens[i + 1]?.lower === 'year') marks.push({ key: `${t.lower} year`, text: `${t.text} ${tokens[i + 1].text}`, first: i, last: i + 1 });
    // "up from 1.8 million now", "now handles 3 million"
    else if (PRESENT_TIMES.has(t.lower)) marks.push({ key: 'now', text: t.text, first: i, last: i });
  });
  if (marks.length === 0) return paired;
  const figures = quantities.filter((q) => TIMED_KINDS.has(q.kind) && !q.derived).map((q) => ({ q, first: tokenAt(tokens, q.start), last: tokenAt(tokens, q.end - 1) })).filter((f) => f.first >= 0);
  // tokens between two spans; -1 when a comma, "and" or the like stands between ("last year, compared with 27 million")
  const gap = (a: { first: number; last: number }, b: { first: number; last: number }) => {
    const [from, to] = a.last < b.first ? [a.last + 1, b.first] : [b.last + 1, a.first];
    for (let k = from; k < to; k++) if (TIME_BREAKS.has(tokens[k].lower)) return -1;
    return to - from;
  };
  const nearest = <T extends { first: number; last: number }>(x: { first: number; last: number }, among: T[]): T | undefined => {
    const sorted = among.map((y) => [y, gap(x, y)] as const).filter(([, d]) => d >= 0 && d <= TIME_GAP).sort((a, b) => a[1] - b[1]);
    return sorted.length === 0 || (sorted.length > 1 && sorted[1][1] === sorted[0][1]) ? undefined : sorted[0][0];
  };
  for (const f of figures) {
    const mark = nearest(f, marks);
    if (mark && nearest(mark, figures) === f) paired.set(f.q, mark);
  }
  return paired;
}

/** A claim figure the sources give for another time, with the figure they give for the claim's time. */
export interface TimeSwap {
  rival: Quantity;
  when: string;
  /** Where the evidence gives the claim's own figure for another time: the claim's time (movedDay). */
  claimed?: string;
}

/**
 * Whether claim figure `q`, given for a time, is one an evidence sentence gives for another time,
 * while that sentence gives another figure of its kind for the claim's time: "27 million last year,
 * up from 21 million in 2019" where it says "21 million passengers last year, compared with 27
 * million in 2019". `claimTimes` and each sentence's pairs come from timedFigures.
 */
export function timeSwapOf(q: Quantity, claimTimes: Map<Quantity, TimeMark>, evidence: Map<Quantity, TimeMark>[]): TimeSwap | undefined {
  const when = claimTimes.get(q);
  if (!when) return undefined;
  for (const pairs of evidence) {
    const stated = [...pairs].find(([s, mark]) => quantitiesAgree(q, s) && mark.key !== when.key);
    if (!stated) continue;
    const rival = [...pairs].find(([r, mark]) => mark.key === when.key && r !== stated[0] && rivals(stated[0], r) && !quantitiesAgree(q, r));
    if (rival) return { rival: rival[0], when: when.text };
  }
  return movedDay(q, when, evidence);
}

/**
 * Claim figure `q` given for a day of the week or a month that the evidence gives only for another of
 * its kind: "34C on Tuesday" where it says "from Tuesday to Friday, … 34C on Thursday". Years are
 * left to timeSwapOf's rival and the year checks, which read "in 2019" against "last year".
 */
function movedDay(q: Quantity, when: TimeMark, evidence: Map<Quantity, TimeMark>[]): TimeSwap | undefined {
  const kind = when.key.split(':')[0];
  if (kind !== 'weekday' && kind !== 'month') return undefined;
  const stated = evidence.flatMap((pairs) => [...pairs].filter(([s]) => quantitiesAgree(q, s)));
  if (stated.length === 0 || stated.some(([, mark]) => mark.key === when.key)) return undefined;
  const other = stated.find(([, mark]) => mark.key.startsWith(`${kind}:`));
  return other && { rival: other[0], when: other[1].text, claimed: when.text };
}

/** How far back from a figure the words it is said of are read ("the company has offered a 7 percent rise"). */
const LEAD_REACH = 8;

/** TIME_BREAKS but for "and" and "or", which may join the parties a claim's figures are for. */
const PARTY_BREAKS = new Set([...TIME_BREAKS].filter((w) => w !== 'and' && w !== 'or'));

/** The nouns and names before token `i` back to a comma, "and", "while" or the like, as written by lemma: who or what a figure is given for. */
function leadWords(tokens: Token[], i: number, breaks = TIME_BREAKS): Map<string, string> {
  const words = new Map<string, string>();
  for (let k = i - 1; k >= 0 && i - k <= LEAD_REACH; k--) {
    const t = tokens[k];
    if (breaks.has(t.lower)) break;
    // words after another figure are that figure's ("£9 on foot or £38 with a car", "6-3 6-1", "from 1.1% to 0.8%")
    if (t.kind === 'number') return new Map();
    // the parties are nouns and names ("the union", "the company", "Jones"), not what both did ("asked", "won")
    if (isContent(t) && (t.pos === 'NOUN' || t.pos === 'PROPN')) words.set(partyLemma(t), t.text);
  }
  return words;
}

/** A party word's lemma: a plural opening a sentence is tagged a name and keeps its plural ("Children pay £12"), read as the noun. */
const partyLemma = (t: Token) => (t.pos === 'PROPN' && t.alsoLemma !== undefined ? t.alsoLemma : t.lemma);

/** Words after a figure that bring in who gave, raised or paid it, or who it is for: "£8,000 raised by villagers", "a £25,000 grant from the council", "£6 for children". */
const AGENT_WORDS = new Set(['by', 'from', 'for']);

/** How many words may stand between a figure and its agent word: "£8,000 raised by", "a £25,000 grant from". */
const AGENT_GAP = 2;

/**
 * The nouns and names after an agent word that follows the figure ending at token `last`, up to a
 * comma, "and" or the like, as written by lemma: the party a figure is for when it is named after it.
 * Only a noun or verb may come between the figure and the agent word: in "55 percent of its
 * undergraduates and 60 percent overall come from Mississippi" the place is both figures', not the second's.
 * Another figure on the way ends the reading ("rose to 40% from 30%").
 */
function agentWords(tokens: Token[], last: number, breaks = TIME_BREAKS): Map<string, string> {
  let k = last + 1;
  while (k < tokens.length && k - last <= AGENT_GAP && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'VERB') && !AGENT_WORDS.has(tokens[k].lower)) k++;
  const words = new Map<string, string>();
  if (!AGENT_WORDS.has(tokens[k]?.lower ?? '')) return words;
  for (k++; k < tokens.length && k - last <= LEAD_REACH; k++) {
    const t = tokens[k];
    if (breaks.has(t.lower) || t.kind === 'number') break;
    if (isContent(t) && (t.pos === 'NOUN' || t.pos === 'PROPN')) words.set(partyLemma(t), t.text);
  }
  return words;
}

/** Who or what figure `x` is given for, in the order written: the words before it and those after an agent word after it. */
function partyWords(tokens: Token[], x: Quantity, breaks = TIME_BREAKS): Map<string, string> {
  return joinedParty(partyParts(tokens, x, breaks));
}

/** A figure's party words in the order written: those before it, then those after its agent word. */
const joinedParty = ({ lead, agent }: { lead: Map<string, string>; agent: Map<string, string> }) => new Map([...[...lead].reverse(), ...agent]);

/** The words before figure `x` (leadWords) and those after its agent word (agentWords), apart. */
function partyParts(tokens: Token[], x: Quantity, breaks = TIME_BREAKS): { lead: Map<string, string>; agent: Map<string, string> } {
  const first = tokenAt(tokens, x.start);
  if (first < 0) return { lead: new Map(), agent: new Map() };
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < x.end) last++;
  return { lead: leadWords(tokens, first, breaks), agent: agentWords(tokens, last, breaks) };
}

/** Words before a figure that make it an earlier or compared value of another: "up from £24,000", "than 4.9 percent". */
const EARLIER_VALUE = new Set(['from', 'than', 'with', 'against', 'versus', 'vs']);

/**
 * Whether claim figure `q` is one an evidence sentence gives of one party while it gives another figure
 * of its kind to the party the claim names: "the company has offered a 7 percent rise" where it says
 * "The union is asking for a 7 percent rise; the company has offered 4 percent". The words before each
 * figure (back to a comma or "and"; none where another figure comes first) that the other figure's
 * lack are what tell the two apart: the claim must name one of the rival's and none of its own figure's.
 */
export function holderSwapOf(q: Quantity, claimTokens: Token[], evidence: { tokens: Token[]; quantities: Quantity[] }[]): TimeSwap | undefined {
  if (!TIMED_KINDS.has(q.kind)) return undefined;
  // the claim's own parties may be joined ("Revenues and earnings rose by 19% and 38%"): all of them count
  const claimLead = partyWords(claimTokens, q, PARTY_BREAKS);
  if (claimLead.size === 0) return undefined;
  // the claim's words among those of `own` that `other` lacks
  const distinct = (own: Map<string, string>, other: Map<string, string>) => [...own].filter(([lemma]) => !other.has(lemma) && claimLead.has(lemma));
  // the two figures stand in two clauses of the sentence: a comma, "and" or the like between them
  const apart = (tokens: Token[], a: Quantity, b: Quantity) => {
    const [from, to] = a.start < b.start ? [a.end, b.start] : [b.end, a.start];
    return tokens.some((t) => t.start >= from && t.end <= to && TIME_BREAKS.has(t.lower));
  };
  for (const { tokens, quantities } of evidence) {
    const stated = quantities.find((s) => TIMED_KINDS.has(s.kind) && !s.derived && quantitiesAgree(q, s));
    if (!stated) continue;
    const statedAt = tokenAt(tokens, stated.start);
    const ownParts = partyParts(tokens, stated);
    const statedLead = joinedParty(ownParts);
    // a figure with no party of its own is another party's only where it is no earlier value of the rival's ("up from £24,000")
    const ownParty = statedLead.size > 0 || !EARLIER_VALUE.has(tokens[statedAt - 1]?.lower ?? '');
    for (const r of quantities) {
      // counts of one and the same thing only ("two piglets" is no rival of "four legs")
      if (r === stated || !rivals(stated, r) || quantitiesAgree(q, r) || (stated.kind === 'count' && (stated.counted === undefined || stated.counted !== r.counted))) continue;
      const rivalParts = partyParts(tokens, r);
      let [own, rivalLead] = [statedLead, joinedParty(rivalParts)];
      // "Tickets cost £12 for adults and £6 for children": the words before the first figure lead both, and
      // only what each is for tells them apart
      if ((ownParts.lead.size === 0) !== (rivalParts.lead.size === 0) && ownParts.agent.size > 0 && rivalParts.agent.size > 0) [own, rivalLead] = [ownParts.agent, rivalParts.agent];
      // and the claim names none of the parties the figure is the source's for
      const forRival = distinct(rivalLead, own);
      if (forRival.length > 0 && distinct(own, rivalLead).length === 0 && ownParty && apart(tokens, stated, r)) {
        return { rival: r, when: forRival.map(([, text]) => text).join(' ') };
      }
    }
  }
  return undefined;
}

/** Words between two figures that call the first the larger: "3.8%, outpacing inflation of 4.2%", "a 7% raise, more than the 4%". */
const LARGER = new Set(['outpace', 'outpacing', 'exceed', 'exceeding', 'beat', 'beating', 'outstrip', 'outstripping', 'outperform', 'outperforming', 'above', 'ahead']);
/** Words that call the first figure the smaller. */
const SMALLER = new Set(['behind', 'below', 'trail', 'trailing', 'lag', 'lagging', 'short']);
/** Comparatives that do so only with "than": "faster than", "lower than". */
const LARGER_THAN = new Set(['more', 'higher', 'greater', 'faster', 'bigger', 'larger', 'quicker']);
const SMALLER_THAN = new Set(['less', 'lower', 'smaller', 'slower', 'fewer']);
/** What may stand between the comma and a comparison of the figure before it: "well below", "a little faster than". */
const DEGREE_POS = new Set(['ADV', 'DET', 'ADJ']);
/** How many tokens may stand between two figures a claim compares. */
const COMPARE_REACH = 10;

/**
 * Two figures of one kind that the claim compares the wrong way round: "Pay went up 3.8%, outpacing
 * inflation of 4.2%", "a 5% rise, well above the 3% target". The claim's own arithmetic, whatever the
 * sources say of each figure. Only a comparison after a comma, said of the first figure; not where a
 * negator or "but" stands between ("not more than").
 */
export function misorderedFigures(tokens: Token[], claimQs: Quantity[], text: string): Finding[] {
  const findings: Finding[] = [];
  const sorted = [...claimQs].sort((a, b) => a.start - b.start);
  const comparable = (a: Quantity, b: Quantity) => a.kind === b.kind && (a.kind === 'percent' || (a.kind === 'money' && a.unit === b.unit && a.per === b.per));
  for (let k = 0; k + 1 < sorted.length; k++) {
    // the next figure of its kind, a date or the like between ("3.8% in the quarter to September, outpacing … 4.2%")
    const a = sorted[k];
    const b = sorted.slice(k + 1).find((q) => q.kind === a.kind);
    if (!b || !comparable(a, b) || a.value === b.value) continue;
    const between = tokens.filter((t) => t.start >= a.end && t.end <= b.start);
    if (between.length > COMPARE_REACH || between.some((t) => t.text === ';' || t.text === '.' || t.lower === 'not' || t.lower === "n't" || t.lower === 'but')) continue;
    // the comparison set off after a comma, of the first figure ("3.8%, outpacing", "54% full, well below"):
    // "nothing on orders above £40" is no comparison of £3.95 with £40
    const comma = between.findIndex((t) => t.text === ',');
    // only degree words between the comma and the comparison: "well below", "a little faster than"
    const afterComma = (i: number) => comma >= 0 && i > comma && i - comma <= 3 && between.slice(comma + 1, i).every((t) => DEGREE_POS.has(t.pos));
    let says: 1 | -1 | 0 = 0;
    between.forEach((t, i) => {
      if (!afterComma(i)) return;
      const than = between[i + 1]?.lower === 'than';
      if (LARGER.has(t.lower) || (LARGER_THAN.has(t.lower) && than)) says ||= 1;
      else if (SMALLER.has(t.lower) || (SMALLER_THAN.has(t.lower) && than)) says ||= -1;
    });
    if (says === 0 || (says > 0) === (a.value > b.value)) continue;
    findings.push({
      kind: 'quantity', start: b.start, end: b.end, conflict: true,
      reason: `the claim calls ${quote(text.slice(a.start, a.end))} ${says > 0 ? 'larger' : 'smaller'} than ${quote(text.slice(b.start, b.end))}, which it is not`,
    });
  }
  return findings;
}

/** Before a claim's amount, words that make it the whole of something: "the full £600,000 cost". */
const WHOLE_WORDS = new Set(['full', 'whole', 'entire']);

/**
 * A part the claim makes the whole: "is paying the full £600,000 cost" where the best evidence says
 * "half of the £600,000 cost is being met by" it. The evidence's amount stands after a share and "of"
 * ("half of the", "a third of", "40% of"); a claim that says nothing of the whole is not read.
 */
export function partCalledWhole(claim: Token[], claimQs: Quantity[], passages: { tokens: Token[]; quantities: Quantity[] }[]): Finding[] {
  const findings: Finding[] = [];
  for (const q of claimQs) {
    const at = tokenAt(claim, q.start);
    const whole = [claim[at - 1], claim[at - 2]].find((t) => WHOLE_WORDS.has(t?.lower ?? ''));
    if (q.kind !== 'money' || !whole) continue;
    for (const p of passages) {
      // the whole after "of" ("half of the £600,000"), and the part it gives (statedPortions) spanning both
      const ofWhole = (w: Quantity) => {
        const k = tokenAt(p.tokens, w.start);
        return p.tokens[k - 1]?.lower === 'of' || (p.tokens[k - 1]?.lower === 'the' && p.tokens[k - 2]?.lower === 'of');
      };
      const share = p.quantities.find((s) => s.kind === 'money' && s.derived && s.value < q.value &&
        p.quantities.some((w) => w !== s && w.end === s.end && w.start > s.start && !w.derived && quantitiesAgree(q, w) && ofWhole(w)));
      if (!share) continue;
      findings.push({ kind: 'quantity', start: whole.start, end: q.end, conflict: true, reason: `the source says ${quote(share.text)}, not ${quote(`${whole.text} ${q.text}`)}` });
      break;
    }
  }
  return findings;
}

/** After an amount, words that make it each one's: "cost £24 million each", "£5 apiece". */
const EACH_WORDS = new Set(['each', 'apiece']);

/**
 * A total the claim gives as each one's: "cost £24 million each" where the best evidence says "ordered two
 * battery-powered boats … at a cost of £24 million" (a count of two or more in that sentence, and no "each"
 * after its amount). A claim that also gives the total is not read.
 */
export function totalCalledEach(claim: Token[], claimQs: Quantity[], passages: { tokens: Token[]; quantities: Quantity[] }[]): Finding[] {
  const findings: Finding[] = [];
  for (const q of claimQs) {
    const at = indexAfter(claim, q);
    if (q.kind !== 'money' || !EACH_WORDS.has(claim[at]?.lower ?? '')) continue;
    if (claimQs.some((o) => o !== q && o.kind === 'money')) continue;
    for (const p of passages) {
      const total = p.quantities.find((s) => s.kind === 'money' && !s.derived && s.per === undefined && quantitiesAgree(q, s));
      if (!total || EACH_WORDS.has(p.tokens[indexAfter(p.tokens, total)]?.lower ?? '')) continue;
      if (!p.quantities.some((c) => c.kind === 'count' && c.value >= 2 && c.counted !== undefined && !c.derived)) continue;
      findings.push({ kind: 'quantity', start: q.start, end: claim[at].end, conflict: true, reason: `the source gives ${quote(total.text)} for them all, not for each` });
      break;
    }
  }
  return findings;
}

/** Before "last year", words that make it what a change is measured against. */
const COMPARED_TO = new Set(['to', 'with', 'than', 'versus', 'vs', 'over', 'from', 'on']);
/** Units that "last", "next" or "this" place in time: "next year", "this week", "last summer". */
const PLACED_UNITS = new Set(['week', 'month', 'year', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'season', 'decade', 'century']);

/**
 * Times the claim places by "last", "next" or "this" ("will be finished next year", "earlier this
 * month") that no source sentence says in those words (or "this year's"), as findings: a summary that
 * dates an event the source leaves undated has added the date. Of train and dev claims with such a
 * time their source lacks, 79 of 86 are unsupported. Not "the last year" (a length, read as a
 * quantity), "the next week of the trial", nor "compared to last year".
 */
export function unstatedTimes(claim: Token[], sources: () => Token[][]): Finding[] {
  const findings: Finding[] = [];
  claim.forEach((t, k) => {
    const unit = claim[k + 1];
    if (!RELATIVE_YEARS.has(t.lower) || !unit || !PLACED_UNITS.has(unit.lemma) || claim[k - 1]?.lower === 'the' || claim[k + 2]?.lower === 'of') return;
    // "compared to last year", "than last year": the point a change is measured from, which a source gives in other words ("the prior year")
    if (COMPARED_TO.has(claim[k - 1]?.lower ?? '')) return;
    const said = sources().some((s) => s.some((e, j) => e.lower === t.lower && s[j + 1]?.lemma === unit.lemma));
    if (!said) findings.push({ kind: 'quantity', start: t.start, end: unit.end, conflict: false, reason: `the sources do not say ${quote(`${t.text} ${unit.text}`)}` });
  });
  return findings;
}
