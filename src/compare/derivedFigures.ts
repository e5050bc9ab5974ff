/**
 * Figures a source gives only by arithmetic on its own: the length of opening hours, the month or year
 * work ends, the amount a share cuts, what a discount leaves, the rest of a price, the amount "20 more
 * than" leaves, a rate from an amount and the time it took, the gap between two prices. A faithful
 * summary states them ("open for six hours", "about 1,000 fewer patients", "the appeal raised
 * £120,000"), so each is read from source text as a derived quantity, which backs a claim's figure
 * but is never a rival a claim changed (quantityConflicts' `rivals`). Only for source text, like
 * statedSums: a claim's own "from 10am to 4pm" is two times the sources must give.
 */
import type { Token } from '../text/tokens.js';
import { APPROX, DAYS_PER_YEAR, DURATION_DAYS, indexAfter, indexAt, jointBound, RECENT_UNITS, type Quantity } from './quantities.js';

/** Between two times, what makes them the two ends of a stretch: "from 10am to 4pm", "9am-5pm", "between 7am and 7pm". */
const TIME_SPAN_JOINS = new Set(['to', 'until', 'till', '-', '–', '—']);

/**
 * The length of a stretch of the day a source gives by its two ends ("from 10am to 4pm" gives six
 * hours, "between 7am and 7pm" twelve), as a length of time, so that a claim's "open for six hours" agrees.
 */
export function statedTimeSpans(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k + 1 < quantities.length; k++) {
    const [from, to] = [quantities[k], quantities[k + 1]];
    if (from.kind !== 'time' || to.kind !== 'time' || from.derived || to.derived) continue;
    const i = indexAt(tokens, to);
    const join = tokens[i - 1];
    if (i < 1 || tokens[i - 2]?.end !== from.end || !join) continue;
    const spanned = TIME_SPAN_JOINS.has(join.lower) || (join.lower === 'and' && tokens[i - 3]?.lower === 'between');
    const hours = (((to.value - from.value) % 24) + 24) % 24;
    if (!spanned || hours === 0) continue;
    out.push({ kind: 'duration', value: hours / 24, text: text.slice(from.start, to.end), start: from.start, end: to.end, bound: 'exact', unit: '', derived: true });
  }
  return out;
}

/** Lemmas before a length of months that make it how long something takes: "take about five months", "will last three months". */
const TAKES = new Set(['take', 'last', 'run']);
/** Words allowed between such a verb and the length: "take about five months", "last for three months". */
const TAKES_LEAD = new Set(['about', 'around', 'roughly', 'some', 'for', 'up', 'to', 'approximately', 'nearly', 'almost']);
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/**
 * The month or year a stretch of work ends that a source gives by its start and length ("Work will start
 * in May and take about five months" ends in October, or September counting May itself; "due to start in
 * 2027 and will take five years" in 2032, or 2031), so that a claim's "finished around October" agrees.
 */
export function statedEnds(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  quantities.forEach((start, k) => {
    const inMonths = start.kind === 'month';
    if ((!inMonths && start.kind !== 'year') || start.rangeTo !== undefined || start.derived) return;
    const unit = inMonths ? /month/i : /year|decade/i;
    const length = quantities.slice(k + 1).find((q) => q.kind === 'duration' && unit.test(q.text));
    if (!length || quantities.slice(k + 1).some((q) => q.kind === start.kind && q.start < length.start)) return;
    let j = indexAt(tokens, length) - 1;
    while (j > 0 && TAKES_LEAD.has(tokens[j].lower)) j--;
    if (j < 0 || !TAKES.has(tokens[j].lemma)) return;
    const count = Math.round(length.value / (inMonths ? DAYS_PER_MONTH : DAYS_PER_YEAR));
    if (count < 1 || count > (inMonths ? 24 : 50)) return;
    for (const n of [count, count - 1]) {
      // a year is never rounded (quantitiesAgree), so each candidate end year is exact
      const value = inMonths ? ((start.value - 1 + n) % 12) + 1 : start.value + n;
      out.push({ kind: start.kind, value, text: text.slice(start.start, length.end), start: start.start, end: length.end, bound: inMonths ? 'approx' : 'exact', unit: '', derived: true });
    }
  });
  return out;
}

/** Verbs (lemmas) that take an amount down by a share ("cut its waiting list of 3,100 by a third"), and up. */
const CUTTING = new Set(['cut', 'reduce', 'lower', 'shrink', 'decrease', 'slash', 'trim', 'fall', 'drop', 'decline']);
const RAISING = new Set(['raise', 'increase', 'grow', 'boost', 'expand', 'rise', 'climb', 'lift']);
/** How far before the amount the verb may stand: "cut its waiting list of 3,100 patients". */
const CUT_REACH = 6;

/**
 * What a share takes off an amount, or adds, and what it leaves: "cut its waiting list of 3,100 patients
 * by a third" gives about 1,033 (the cut) and 2,067 (what is left), so that a claim's "about 1,000 fewer
 * patients" agrees.
 */
export function statedCuts(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  quantities.forEach((share, k) => {
    if (share.kind !== 'percent' || share.derived || share.value <= 0 || share.value >= 100) return;
    const s = indexAt(tokens, share);
    if (s < 1 || tokens[s - 1].lower !== 'by') return;
    const whole = quantities[k - 1];
    if (!whole || (whole.kind !== 'count' && whole.kind !== 'money') || whole.derived || whole.value <= 0) return;
    const w = indexAt(tokens, whole);
    let way = 0;
    for (let j = w - 1; j >= 0 && w - j <= CUT_REACH && way === 0; j--) {
      if (tokens[j].kind === 'punct') break;
      if (tokens[j].pos !== 'VERB') continue;
      way = CUTTING.has(tokens[j].lemma) ? -1 : RAISING.has(tokens[j].lemma) ? 1 : 0;
    }
    if (way === 0) return;
    const change = Number(((whole.value * share.value) / 100).toPrecision(12));
    const said = { text: text.slice(whole.start, share.end), start: whole.start, end: share.end, bound: 'approx' as const, derived: true as const };
    out.push({ ...whole, ...said, value: change }, { ...whole, ...said, value: whole.value + way * change });
  });
  return out;
}

/**
 * What a discount leaves of a price the source gives before it ("a congestion charge of £8 a day … residents
 * get a 90% discount" gives 80p a day) and what it takes off (£7.20), so that a claim's "pay only 80p a day"
 * agrees. `earlier` gives the amounts before the share, nearest first (statedSums').
 */
export function statedDiscounts(quantities: Quantity[], earlier: (q: Quantity) => Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const share of quantities) {
    if (share.kind !== 'percent' || !share.offPrice || share.value <= 0 || share.value >= 100) continue;
    const price = earlier(share).find((q) => q.kind === 'money' && !q.derived && q.value > 0);
    if (!price) continue;
    const off = Number(((price.value * share.value) / 100).toPrecision(12));
    // placed at the share, in this sentence (the price may stand in the one before)
    const said = { text: `${share.text} off ${price.text}`, start: share.start, end: share.end, bound: 'approx' as const, derived: true as const };
    out.push({ ...price, ...said, value: Number((price.value - off).toPrecision(12)) }, { ...price, ...said, value: off });
  }
  return out;
}

/** Words for what is left of a whole: "the rest from a public appeal", "the remainder by the council", "the balance". */
const REST = new Set(['rest', 'remainder', 'balance']);

/**
 * The rest of a whole a source gives as what one part leaves: "bought a painting for £420,000, paid for
 * with a £300,000 grant … and the rest from a public appeal" gives £120,000, so that a claim's "the
 * appeal raised £120,000" agrees. The whole is the largest amount of the part's kind before it in the sentence.
 */
export function statedRests(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  tokens.forEach((t, i) => {
    if (!REST.has(t.lower) || tokens[i - 1]?.lower !== 'the') return;
    const before = quantities.filter((q) => q.end <= t.start && !q.derived && (q.kind === 'money' || q.kind === 'count'));
    const part = before.at(-1);
    if (!part) return;
    const wholes = before.filter((q) => q !== part && q.kind === part.kind && q.unit === part.unit && q.value > part.value);
    const whole = wholes.sort((a, b) => b.value - a.value)[0];
    if (!whole) return;
    const value = Number((whole.value - part.value).toPrecision(12));
    out.push({ ...part, value, text: text.slice(part.start, t.end), end: t.end, bound: jointBound(part, whole), derived: true });
  });
  return out;
}

/** After "20" of "60 cars, 20 more than the old ones": which way the first amount differs from the one compared. */
const MORE_THAN: Record<string, number> = { more: -1, higher: -1, greater: -1, bigger: -1, larger: -1, fewer: 1, less: 1, lower: 1, smaller: 1 };

/**
 * The amount a source compares another with by their difference: "will each carry 60 cars, 20 more
 * than the old ones" gives 40 cars, so that a claim's "compared with 40 on the ferries they replace" agrees.
 */
export function statedOffsets(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k + 1 < quantities.length; k++) {
    const [amount, gap] = [quantities[k], quantities[k + 1]];
    if (amount.kind !== gap.kind || amount.derived || gap.derived || !['count', 'money', 'percent'].includes(amount.kind)) continue;
    const i = indexAt(tokens, gap);
    // "60, 20 more than" or "60 cars, 20 more than": at most the counted noun before the comma
    const a = tokens.findIndex((t) => t.end === amount.end);
    if (i < 2 || a < 0 || tokens[i - 1].lower !== ',' || i - 1 - a > 2) continue;
    const after = indexAfter(tokens, gap);
    const way = MORE_THAN[tokens[after]?.lower ?? ''];
    if (way === undefined || tokens[after + 1]?.lower !== 'than') continue;
    const value = Number((amount.value + way * gap.value).toPrecision(12));
    if (value <= 0) continue;
    out.push({ ...amount, value, text: text.slice(amount.start, tokens[after + 1].end), end: tokens[after + 1].end, bound: jointBound(amount, gap), derived: true });
  }
  return out;
}

/**
 * The share a part is of a whole given before it with "of which" ("450 homes on farmland, of which 135
 * will be affordable" gives 30%, and 315 homes that will not be), so that a claim's "three in ten of
 * the new homes" agrees. The whole is the nearest larger count before the "of which" in the sentence.
 */
export function statedOfWhich(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  quantities.forEach((part, k) => {
    if (part.kind !== 'count' || part.derived || part.value <= 0) return;
    let i = indexAt(tokens, part) - 1;
    if (APPROX.has(tokens[i]?.lower ?? '')) i--;
    if (i < 1 || !(tokens[i].lower === 'which' || tokens[i].lower === 'whom') || tokens[i - 1].lower !== 'of') return;
    const whole = quantities.slice(0, k).reverse().find((q) => q.kind === 'count' && !q.derived && q.end <= tokens[i - 1].start);
    if (!whole || whole.value <= part.value) return;
    const said = { text: text.slice(whole.start, part.end), start: part.start, end: part.end, derived: true as const };
    out.push({ kind: 'percent', value: (100 * part.value) / whole.value, unit: '', bound: 'approx', ...said });
    out.push({ ...whole, ...said, value: whole.value - part.value, bound: jointBound(part, whole) });
  });
  return out;
}

/** Before the words a share is of: "a third of all arrivals", "a quarter of the total". */
const OF_ALL = new Set(['all', 'the', 'its', 'their', 'total']);
/** How many tokens a count's own words may take between it and the comma before its share: "120 patients a day,". */
const SHARE_REACH = 4;

/**
 * The whole a source gives as a count and the share it is of the whole, after a comma: "sees about 120
 * patients a day, around a third of all arrivals" gives about 360 arrivals a day, so that a claim's
 * "about 360 people a day arrive" agrees.
 */
export function statedWholes(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  quantities.forEach((share, k) => {
    if (share.kind !== 'percent' || share.derived || share.value <= 0 || share.value >= 100) return;
    const s = indexAt(tokens, share);
    const after = indexAfter(tokens, share);
    if (s < 2 || tokens[after]?.lower !== 'of' || !OF_ALL.has(tokens[after + 1]?.lower ?? '')) return;
    const comma = APPROX.has(tokens[s - 1].lower) ? s - 2 : s - 1;
    const part = quantities[k - 1];
    if (tokens[comma]?.lower !== ',' || !part || part.kind !== 'count' || part.derived || part.value <= 0) return;
    const p = indexAfter(tokens, part);
    if (p < 0 || comma - p > SHARE_REACH || tokens.slice(p, comma).some((t) => t.kind === 'punct')) return;
    const value = Math.round((part.value * 100) / share.value);
    out.push({ ...part, value, text: text.slice(part.start, share.end), start: share.start, end: share.end, bound: 'approx', derived: true });
  });
  return out;
}

/**
 * The amount before a change a source gives as a factor and what it changed to: "the number of families
 * it helps doubled to 600" gives 300, "halved to 40" 80, so that a claim's "600 families, up from 300" agrees.
 */
export function statedStarts(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k + 1 < quantities.length; k++) {
    const [factor, after] = [quantities[k], quantities[k + 1]];
    if (factor.kind !== 'factor' || factor.derived || factor.value <= 0 || factor.value === 1 || !['count', 'money', 'percent'].includes(after.kind)) continue;
    const i = indexAt(tokens, after);
    if (i < 1 || tokens[i - 1].lower !== 'to' || tokens[i - 2]?.end !== factor.end) continue;
    const value = Number((after.value / factor.value).toPrecision(12));
    out.push({ ...after, value, text: text.slice(factor.start, after.end), start: factor.start, end: after.end, bound: 'approx', derived: true });
  }
  return out;
}

/** Between the days of a list: "on Tuesdays and Fridays", "Mondays, Wednesdays and Fridays". */
const DAY_LIST_JOINS = new Set([',', 'and']);

/**
 * How many times a week a source gives by naming the days in the plural: "open on Tuesdays and Fridays"
 * gives twice a week, so that a claim's "opens twice a week" agrees.
 */
export function statedWeeklyDays(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  let run: Quantity[] = [];
  const close = () => {
    if (run.length >= 2) {
      const [first, last] = [run[0], run[run.length - 1]];
      out.push({ kind: 'count', value: run.length, counted: 'time', per: 'week', countable: true, text: text.slice(first.start, last.end), start: first.start, end: last.end, bound: 'exact', unit: '', derived: true });
    }
    run = [];
  };
  for (const q of quantities) {
    const plural = q.kind === 'weekday' && !q.derived && q.rangeTo === undefined && /s$/i.test(q.text);
    if (!plural) {
      close();
      continue;
    }
    const prev = run.at(-1);
    if (prev) {
      const between = tokens.filter((t) => t.start >= prev.end && t.end <= q.start);
      if (!between.every((t) => DAY_LIST_JOINS.has(t.lower)) || between.length === 0) close();
    }
    run.push(q);
  }
  close();
  return out;
}

/**
 * The stretch of time "last year" or "last month" spans, as a length of time: a source's "sales rose 5%
 * last year" backs a claim's "in the past year" (findQuantities reads that as a length, so that it
 * conflicts with "in five years").
 */
export function statedLastPeriods(tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  tokens.forEach((t, i) => {
    const unit = tokens[i + 1];
    if (t.lower !== 'last' || !unit || !RECENT_UNITS.has(unit.lower) || tokens[i - 1]?.lower === 'the') return;
    out.push({ kind: 'duration', value: DURATION_DAYS[unit.lower], text: text.slice(t.start, unit.end), start: t.start, end: unit.end, bound: 'exact', unit: '', derived: true, recent: true });
  });
  return out;
}

/** Units of time a rate may be given per, as the claim's "a day" reads them (quantities' withRates). */
const PACE_UNITS = new Set(['hour', 'day', 'week', 'month', 'year']);
/** How many words may stand between an amount and the "in" of the time it took: "walked 1,000 miles along the coast in 70 days". */
const PACE_REACH = 6;

/**
 * The rate a source gives as an amount and the time it took: "walked 1,000 miles along the coast in 70
 * days" gives about 14 miles a day, "raised £32,000 in four weeks" £8,000 a week, so that a claim's "an
 * average of about 14 miles a day" agrees.
 */
export function statedPaces(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  quantities.forEach((amount, k) => {
    const length = quantities[k + 1];
    if ((amount.kind !== 'count' && amount.kind !== 'money') || amount.derived || amount.per || amount.total || amount.value <= 0) return;
    if (!length || length.kind !== 'duration' || length.derived || length.rangeTo !== undefined) return;
    const i = indexAt(tokens, length);
    const after = indexAfter(tokens, amount);
    if (i < 1 || tokens[i - 1].lower !== 'in' || after < 0 || i - 1 - after > PACE_REACH) return;
    if (tokens.slice(after, i - 1).some((t) => t.kind === 'punct' || t.kind === 'number')) return;
    const unit = tokens.find((t) => t.end === length.end)?.lemma ?? '';
    const count = length.value / (DURATION_DAYS[unit] ?? NaN);
    if (!PACE_UNITS.has(unit) || !(count > 1)) return;
    const value = Number((amount.value / count).toPrecision(12));
    out.push({ ...amount, value, text: text.slice(amount.start, length.end), end: length.end, bound: 'approx', per: unit, derived: true });
  });
  return out;
}

/**
 * What two prices in one sentence differ by: "Tickets cost £7, or £5 for under-16s" gives £2, so that a
 * claim's "under-16s pay £2 less than adults" agrees. Such a gap backs only a claim's difference (`gap`):
 * "fined £3,000, while Mr Thomas was fined £1,000" gives no fine of £2,000.
 */
export function statedGaps(quantities: Quantity[], text: string): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k + 1 < quantities.length; k++) {
    const [first, second] = [quantities[k], quantities[k + 1]];
    if (first.kind !== 'money' || second.kind !== 'money' || first.derived || second.derived || first.unit !== second.unit || first.per !== second.per) continue;
    if (first.value <= 0 || second.value <= 0 || first.value === second.value || first.rangeTo !== undefined || second.rangeTo !== undefined) continue;
    const value = Number(Math.abs(first.value - second.value).toPrecision(12));
    const bound = jointBound(first, second);
    out.push({ ...second, value, text: text.slice(first.start, second.end), start: first.start, end: second.end, bound, derived: true, gap: true });
  }
  return out;
}
