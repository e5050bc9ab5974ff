import { isContent, isNumeral, sharedLemmas, type Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { DURATION_DAYS, PERIOD_WORDS, RATE_WORDS, smallNumber } from './quantities.js';

/**
 * How often something happens, however it is worded: "daily", "once a day" and "every day" are one a
 * day; "three times an hour" and "every 20 minutes" are 72 a day. A claim that says
 * "once a week" where the passage it follows says "daily" has changed how often, which neither
 * wording's numbers show ("week" is merely a new word there).
 */
export interface Frequency {
  /** Times a day. */
  perDay: number;
  start: number;
  end: number;
  /** Its words, spaced as tokens (for a finding's reason). */
  text: string;
}

/** Words for how many times: "once", "twice", "three times". */
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
/** "every other day", "every second week", "every third month". */
const EVERY_NTH: Record<string, number> = { other: 2, second: 2, third: 3, fourth: 4 };
/** One of these a day or less often is a schedule ("daily", "weekly"); more often, a service's headway ("every 20 minutes"): "runs every day" and "every 20 minutes" say two things, not two rates. */
const HEADWAY_PER_DAY = 6;
/** Two rates within this ratio are the same ("monthly" and "every four weeks"). */
const SAME_RATE = 1.1;

/** The length in days of a unit of time ("week" 7), for the units a rate is given in. */
function unitDays(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  const days = DURATION_DAYS[t.lemma] ?? (t.lemma === 'night' ? 1 : undefined);
  return days !== undefined && days <= 366 ? days : undefined;
}

/** A count in digits or in a small word ("3", "three"), or undefined. */
function countOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (/^\d{1,3}$/.test(t.text)) return Number(t.text);
  return smallNumber(t.lower);
}

/**
 * The frequencies in a sentence's tokens. A word of how often right after an amount ("£900,000 annually",
 * "5,000 a year") is the amount's rate, not how often something happens, and is left out.
 */
export function frequencies(sentence: Token[]): Frequency[] {
  let found = readRates.get(sentence);
  if (!found) readRates.set(sentence, (found = readFrequencies(sentence)));
  return found;
}

/** Each sentence's frequencies, read once: the checks below ask every source sentence's for each claim that has a rate. */
const readRates = new WeakMap<Token[], Frequency[]>();

function readFrequencies(sentence: Token[]): Frequency[] {
  // "a four-times-weekly service" reads as "four times weekly"
  const tokens = sentence.filter((t) => t.text !== '-');
  const out: Frequency[] = [];
  const push = (from: number, to: number, perDay: number) => {
    if (isNumeral(tokens[from - 1]) || tokens[from - 1]?.kind === 'symbol') return;
    out.push({ perDay, start: tokens[from].start, end: tokens[to].end, text: tokens.slice(from, to + 1).map((t) => t.text).join(' ') });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "daily", "weekly", and "twice daily", "three times weekly"
    const period = PERIOD_WORDS.get(t.lower);
    if (period !== undefined) {
      const times = TIMES[tokens[i - 1]?.lower ?? ''] ?? (tokens[i - 1]?.lower === 'times' ? countOf(tokens[i - 2]) : undefined);
      if (times !== undefined) continue; // read from its first word below
      push(i, i, 1 / period);
      continue;
    }
    // "once a week", "twice per day", "three times a month", "three times daily"
    const times = TIMES[t.lower] ?? (tokens[i + 1]?.lower === 'times' ? countOf(t) : undefined);
    if (times !== undefined) {
      const at = TIMES[t.lower] !== undefined ? i + 1 : i + 2;
      const word = PERIOD_WORDS.get(tokens[at]?.lower ?? '');
      if (word !== undefined) {
        push(i, at, times / word);
        i = at;
        continue;
      }
      const days = RATE_WORDS.has(tokens[at]?.lower ?? '') ? unitDays(tokens[at + 1]) : undefined;
      if (days !== undefined) {
        push(i, at + 1, times / days);
        i = at + 1;
      }
      continue;
    }
    if (t.lower !== 'every') continue;
    // "every day", "every 20 minutes", "every two weeks", "every other week", "every quarter of an hour", "every half hour"
    const next = tokens[i + 1];
    const nth = EVERY_NTH[next?.lower ?? ''];
    const count = nth ?? countOf(next);
    if (next?.lower === 'quarter' && tokens[i + 2]?.lower === 'of' && RATE_WORDS.has(tokens[i + 3]?.lower ?? '') && tokens[i + 4]?.lemma === 'hour') {
      push(i, i + 4, 96);
      i += 4;
      continue;
    }
    if (next?.lower === 'half' && tokens[i + 2]?.lemma === 'hour') {
      push(i, i + 2, 48);
      i += 2;
      continue;
    }
    const unitAt = count !== undefined ? i + 2 : i + 1;
    const days = unitDays(tokens[unitAt]);
    if (days === undefined || (count !== undefined && count <= 0)) continue;
    push(i, unitAt, 1 / (days * (count ?? 1)));
    i = unitAt;
  }
  return out;
}

const sameRate = (a: number, b: number) => Math.max(a, b) / Math.min(a, b) <= SAME_RATE;
const sameScale = (a: number, b: number) => (a > HEADWAY_PER_DAY) === (b > HEADWAY_PER_DAY);

/**
 * The claim's frequencies that the passage it follows gives otherwise: "samples will be taken once a week"
 * where it says "new samples, taken daily". Only where no source sentence gives the claim's rate of as much
 * of what the claim says as the passage does (it may be another thing's, said elsewhere: "a weekly food-waste
 * collection" is no backing for "General rubbish will be collected weekly" where the passage says rubbish is
 * collected every two weeks), and only against a rate of the same scale that the claim does not give itself
 * ("a market every week and a fair once a year" has both).
 */
export function frequencyConflicts(claim: Token[], evidence: Token[][], everywhere: () => Token[][]): Finding[] {
  const claimRates = frequencies(claim);
  if (claimRates.length === 0) return [];
  const evidenceRates = evidence.flatMap((p) => frequencies(p).map((rate) => ({ rate, tokens: p })));
  if (evidenceRates.length === 0) return [];
  // how many of the claim's content words a sentence has: which of two sentences speaks of the claim's thing
  const claimWords = new Set(claim.filter(isContent).map((t) => t.lemma));
  const shared = (tokens: Token[]) => sharedLemmas(claimWords, tokens);
  const findings: Finding[] = [];
  let sourceRates: { rate: Frequency; tokens: Token[] }[] | undefined;
  for (const c of claimRates) {
    const rival = evidenceRates.find(({ rate: e }) => sameScale(c.perDay, e.perDay) && !sameRate(c.perDay, e.perDay) && !claimRates.some((o) => sameRate(o.perDay, e.perDay)));
    if (!rival) continue;
    sourceRates ??= everywhere().flatMap((p) => frequencies(p).map((rate) => ({ rate, tokens: p })));
    const rivalShares = shared(rival.tokens);
    if (sourceRates.some((s) => sameRate(s.rate.perDay, c.perDay) && shared(s.tokens) >= rivalShares)) continue;
    findings.push({ kind: 'quantity', start: c.start, end: c.end, conflict: true, reason: `the source says ${quote(rival.rate.text)}, not ${quote(c.text)}` });
  }
  return findings;
}

/**
 * The claim's frequencies that a source gives in other words ("three times an hour" where it says "every 20
 * minutes", "every day" for "daily"): backed, so their number, and those of their words no source has, are not new.
 */
export function restatedFrequencies(claim: Token[], everywhere: () => Token[][]): Frequency[] {
  const claimRates = frequencies(claim);
  if (claimRates.length === 0) return [];
  const sourceRates = everywhere().flatMap((p) => frequencies(p));
  return claimRates.filter((c) => sourceRates.some((s) => sameRate(s.perDay, c.perDay) && s.text.toLowerCase() !== c.text.toLowerCase()));
}
