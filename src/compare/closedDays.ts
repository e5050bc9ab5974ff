import { CLOCK_24 } from '../text/nlp.js';
import type { Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { indexAt, WEEK_PARTS, WEEKDAYS, type Quantity } from './quantities.js';

/**
 * A structured record's opening hours list the days a place is open ("hours": {"Tuesday": "11:0-21:0", …});
 * a day they leave out is a day it is closed, which a text says in so many words ("closed on Mondays").
 */

/** Fewer listed days than this is no weekly schedule ("Friday": "2-for-1 wings"). */
const MIN_SCHEDULE_DAYS = 3;
/** How far before a day the word that says the place is closed may stand ("closed on Sundays and Mondays"). */
const CLOSED_REACH = 8;
const CLOSED_WORDS = new Set(['closed', 'shut', 'except']);
/** Words that end the stretch in which "closed" governs a day: "closes at 10 pm Monday" gives a time. */
const STRETCH_ENDS = new Set(['open', 'opens', 'opening', 'closes', 'closing', '.', ';', ':', 'but']);

const scheduleDays = new WeakMap<ReadonlySet<Quantity>, Set<number> | null>();

/** The days the records' fields (`fieldQuantities`) give opening hours for, or null when they give no weekly schedule. */
function recordScheduleDays(fieldQuantities: ReadonlySet<Quantity>): Set<number> | null {
  let days = scheduleDays.get(fieldQuantities);
  if (days !== undefined) return days;
  const listed = new Set<number>();
  for (const q of fieldQuantities) if (q.kind === 'weekday') for (let d = q.value; d <= (q.rangeTo ?? q.value); d++) listed.add(d);
  days = listed.size >= MIN_SCHEDULE_DAYS ? listed : null;
  scheduleDays.set(fieldQuantities, days);
  return days;
}

/** A record's span of opening hours ("6:0-23:0", CLOCK_24 with its second time), as its four numbers; null for another text. */
function clockRange(text: string): number[] | null {
  const m = CLOCK_24.exec(text);
  return m && m[3] !== undefined ? [m[1], m[2], m[3], m[4]].map(Number) : null;
}
/** "0:0-0:0" or "0:0-24:0": open all day, as records write it. */
const isWholeDay = ([h1, m1, h2, m2]: number[]) => h1 === 0 && m1 === 0 && (h2 === 0 || h2 === 24) && m2 === 0;

/** The claim's words that say open all day and night: "around the clock", "round-the-clock", "24/7", "24 hours a day". */
function allDayAt(sentence: Token[]): { start: number; end: number } | undefined {
  // "round-the-clock" comes as "round - the - clock": its hyphens are skipped
  const words = sentence.filter((t) => t.text !== '-');
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    if (t.lower === 'clock' && (words[k - 2]?.lower === 'round' || words[k - 2]?.lower === 'around') && words[k - 1]?.lower === 'the') return { start: words[k - 2].start, end: t.end };
  }
  for (let k = 0; k < sentence.length; k++) {
    const t = sentence[k];
    if (t.text === '24/7') return { start: t.start, end: t.end };
    if (t.text === '24' && sentence[k + 1]?.text === '/' && sentence[k + 2]?.text === '7') return { start: t.start, end: sentence[k + 2].end };
    if (t.text === '24' && /^hours?$/i.test(sentence[k + 1]?.text ?? '') && sentence[k + 2]?.lower === 'a' && sentence[k + 3]?.lower === 'day') return { start: t.start, end: sentence[k + 3].end };
  }
  return undefined;
}

/** Whether the claim says the place is closed on the day `q` names: "closed" (or "shut", "except") shortly before it, with no time or "open" between. */
function saidClosedOn(q: Quantity, sentence: Token[]): boolean {
  const at = indexAt(sentence, q);
  for (let k = at - 1; k >= 0 && k >= at - CLOSED_REACH; k--) {
    const t = sentence[k];
    if (CLOSED_WORDS.has(t.lower)) return true;
    if (STRETCH_ENDS.has(t.lower) || t.kind === 'number') return false;
  }
  return false;
}

/**
 * The claim's days that it says the place is closed on, as the records' weekly hours have them:
 * `backed`, the days they leave out (neither new nor a conflict with the days they list), and
 * `contradicted`, days they give hours for. And "six days a week" is backed where the hours list
 * six days, contradicted where they list another number.
 */
export function closedDays(claimQs: Quantity[], sentence: Token[], fieldQuantities: ReadonlySet<Quantity>): { backed: Set<Quantity>; contradicted: Finding[] } {
  const backed = new Set<Quantity>();
  const contradicted: Finding[] = [];
  const allDay = allDayAt(sentence);
  if (!allDay && !claimQs.some((q) => q.kind === 'weekday' || q.counted === 'time')) return { backed, contradicted };
  const listed = recordScheduleDays(fieldQuantities);
  if (!listed) return { backed, contradicted };
  // "open around the clock", "open 24 hours a day" against the hours of each day (not said of some days: "24 hours on Fridays")
  if (allDay && !claimQs.some((q) => q.kind === 'weekday')) {
    const shorter = [...fieldQuantities].find((q) => {
      const range = q.kind === 'time' ? clockRange(q.text) : null;
      return range !== null && !isWholeDay(range);
    });
    const dayLength = claimQs.filter((q) => q.kind === 'duration' && q.value === 1);
    if (shorter) contradicted.push({ kind: 'quantity', start: allDay.start, end: allDay.end, conflict: true, reason: `the source gives opening hours of ${quote(shorter.text)}` });
    else for (const q of dayLength) backed.add(q);
  }
  for (const q of claimQs) {
    // "open six days a week": as many days as the hours list
    if (q.kind === 'count' && q.counted === 'time' && /days?$/i.test(q.text)) {
      if (q.value === listed.size) backed.add(q);
      else contradicted.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source gives opening hours for ${listed.size} days a week` });
      continue;
    }
    if (q.kind !== 'weekday' || !saidClosedOn(q, sentence)) continue;
    const open: string[] = [];
    for (let d = q.value; d <= (q.rangeTo ?? q.value); d++) if (listed.has(d)) open.push(DAY_NAMES[d - 1]);
    if (open.length === 0) backed.add(q);
    else contradicted.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source gives opening hours for ${open.map(quote).join(', ')}` });
  }
  return { backed, contradicted };
}

const DAY_NAMES = WEEKDAYS.map((d) => d[0].toUpperCase() + d.slice(1));

/** Words before a day that leave it out: "except on Sundays", "but not on Sundays", "excluding weekends". */
const LEAVING_OUT = new Set(['except', 'excluding', 'apart', 'other', 'not']);
/** How far before a day such a word may stand: "but not on Sundays", "apart from on Sundays". */
const LEAVING_OUT_REACH = 3;

/** The claim's words that say every day of the week: "every day", "seven days a week", "daily" (not "twice daily", how often in a day). */
function everyDayAt(tokens: Token[], claimQs: Quantity[]): { start: number; end: number } | undefined {
  const week = claimQs.find((q) => q.kind === 'count' && q.counted === 'time' && q.value === 7 && /days?$/i.test(q.text));
  if (week) return week;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // "every day", "every day of the week"; not "every day of the festival"
    const ofWeek = tokens[k + 2]?.lower !== 'of' || tokens[k + 4]?.lower === 'week';
    if (t.lower === 'every' && tokens[k + 1]?.lower === 'day' && ofWeek) return { start: t.start, end: tokens[k + 1].end };
    // (tagged an adjective too when it follows its verb: "will run daily", "sails daily"; not "a daily limit")
    const adverbial = t.pos === 'ADV' || (t.pos === 'ADJ' && tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'PROPN' && ['VERB', 'AUX', 'NOUN', 'ADV'].includes(tokens[k - 1]?.pos ?? ''));
    if (t.lower === 'daily' && adverbial && !/^(once|twice|thrice|times)$/.test(tokens[k - 1]?.lower ?? '')) return t;
  }
  return undefined;
}

/** "two days a week", "five days per week": some days of every week (not statedWeeklyDays' count of the days a source names, which the day checks read themselves). */
const daysOfWeek = (q: Quantity) => q.kind === 'count' && q.counted === 'time' && q.per === 'week' && q.value >= 1 && q.value < 7 && /days?$/i.test(q.text) && !q.derived;

/** "a daily service", "daily flights": "daily" before its noun, which everyDayAt leaves to a passage that gives days a week. */
function attributiveDaily(tokens: Token[]): Token | undefined {
  return tokens.find((t, k) => t.lower === 'daily' && tokens[k + 1]?.pos === 'NOUN' && !/^(once|twice|thrice|times)$/.test(tokens[k - 1]?.lower ?? ''));
}

/** How far before "two days a week" the passage's word of what runs is looked for: "keep the route running two days a week". */
const RAN_REACH = 4;
/** The parts of speech of that word: a verb ("running") or an adjective ("open"); a noun ("newspapers") is what is run, not how often. */
const RAN_POS = new Set(['VERB', 'ADJ']);

/** Whether the claim has a verb or adjective of the few words before days-a-week figure `q` of a passage ("running" of "the route running two days a week"). */
function ranBefore(passage: Token[], q: Quantity, claim: Token[]): boolean {
  const at = indexAt(passage, q);
  const lemmas = new Set(passage.slice(Math.max(0, at - RAN_REACH), at).filter((t) => RAN_POS.has(t.pos)).map((t) => t.lemma));
  return claim.some((t) => RAN_POS.has(t.pos) && lemmas.has(t.lemma));
}

/** Whether the text leaves day `q` out: "except on Sundays", "but not on Sundays". */
function leftOutAt(tokens: Token[], q: Quantity): boolean {
  const at = indexAt(tokens, q);
  return at > 0 && tokens.slice(Math.max(0, at - LEAVING_OUT_REACH), at).some((t) => LEAVING_OUT.has(t.lower));
}

/** The days of the week a passage's days name, and those it leaves out ("except on Sundays"). */
function passageDays(tokens: Token[], quantities: Quantity[]): { named: Set<number>; left: Set<number> } {
  const named = new Set<number>();
  const left = new Set<number>();
  for (const q of quantities) {
    if (q.kind !== 'weekday') continue;
    const out = leftOutAt(tokens, q);
    for (let d = q.value; d <= (q.rangeTo ?? q.value); d++) (out ? left : named).add(d);
  }
  return { named, left };
}

/**
 * "The shuttle will run every 20 minutes, seven days a week" where a passage retrieved for it says "from
 * 7am to 7pm on weekdays", or "but not on Sundays": every day claimed where the sources name only some
 * days (in a passage retrieved for the claim, and nowhere every day or the rest of the week), as a
 * finding; undefined for none. `retrieved` are the passages retrieved for the claim, `all` every source
 * sentence, each with its quantities.
 */
export function everyDayClaimed(tokens: Token[], claimQs: Quantity[], retrieved: { tokens: Token[]; quantities: Quantity[] }[], all: () => { tokens: Token[]; quantities: Quantity[] }[]): Finding | undefined {
  // so many days a week of what the claim runs ("keep the route running two days a week"), which "a daily service" needs too
  // ("a daily limit" is no frequency)
  const fewDays = retrieved.map((p) => p.quantities.find((q) => daysOfWeek(q) && ranBefore(p.tokens, q, tokens))).find((q) => q !== undefined);
  const every = everyDayAt(tokens, claimQs) ?? (fewDays ? attributiveDaily(tokens) : undefined);
  // a claim that names days itself ("every day except Sunday") is read by the day checks
  if (!every || claimQs.some((q) => q.kind === 'weekday')) return undefined;
  // "to keep a daily service running" where it says "running two days a week", and no source says every day
  if (fewDays) return all().some((p) => everyDayAt(p.tokens, p.quantities)) ? undefined : { kind: 'quantity', start: every.start, end: every.end, conflict: true, reason: `the source gives ${quote(`${fewDays.text} a week`)}, not every day` };
  const here = retrieved.map((p) => passageDays(p.tokens, p.quantities)).find((d) => d.named.size > 0 || d.left.size > 0);
  if (!here) return undefined;
  const named = new Set<number>();
  for (const p of all()) {
    if (everyDayAt(p.tokens, p.quantities)) return undefined;
    for (const d of passageDays(p.tokens, p.quantities).named) named.add(d);
  }
  if (named.size >= WEEKDAYS.length && here.left.size === 0) return undefined;
  const only = (days: Set<number>, part: number[]) => days.size === part.length && part.every((d) => days.has(d));
  const names = (days: Set<number>) => (only(days, WEEK_PARTS.weekdays) ? 'weekdays' : only(days, WEEK_PARTS.weekends) ? 'weekends' : [...days].sort().map((d) => DAY_NAMES[d - 1]).join(', '));
  const days = here.left.size > 0 ? `every day but ${names(here.left)}` : names(here.named);
  return { kind: 'quantity', start: every.start, end: every.end, conflict: true, reason: `the source gives ${days}, not every day` };
}

/**
 * "The route will now also run on Sundays" where a passage retrieved for the claim says it runs
 * "except on Sundays": a day of the claim that the passage leaves out, and no source names otherwise,
 * as findings. A day the claim leaves out too ("closed on Sundays", "not on Sundays") agrees.
 */
export function leftOutDaysClaimed(tokens: Token[], claimQs: Quantity[], retrieved: { tokens: Token[]; quantities: Quantity[] }[], all: () => { tokens: Token[]; quantities: Quantity[] }[]): Finding[] {
  const days = claimQs.filter((q) => q.kind === 'weekday' && !saidClosedOn(q, tokens) && !leftOutAt(tokens, q));
  if (days.length === 0) return [];
  const left = new Set<number>();
  for (const p of retrieved) for (const d of passageDays(p.tokens, p.quantities).left) left.add(d);
  if (left.size === 0) return [];
  let named: Set<number> | undefined;
  const findings: Finding[] = [];
  for (const q of days) {
    const out: number[] = [];
    for (let d = q.value; d <= (q.rangeTo ?? q.value); d++) if (left.has(d)) out.push(d);
    if (out.length === 0) continue;
    named ??= new Set(all().flatMap((p) => [...passageDays(p.tokens, p.quantities).named]));
    if (out.some((d) => named!.has(d))) continue;
    findings.push({ kind: 'quantity', start: q.start, end: q.end, conflict: true, reason: `the source leaves out ${out.map((d) => DAY_NAMES[d - 1]).join(', ')}` });
  }
  return findings;
}

/** Ordinals that pick some of a month's days: "the first and third Saturday of each month". */
const MONTH_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'last', '1st', '2nd', '3rd', '4th']);
/** How far an ordinal may stand before its day ("the first and third Saturday") and "month" after it ("Saturday of each month"). */
const MONTH_REACH = 4;

/** Whether day `q` is said weekly: "every Saturday", "each Friday". */
const everyWeekAt = (tokens: Token[], q: Quantity) => /^(every|each)$/.test(tokens[indexAt(tokens, q) - 1]?.lower ?? '');
/** Whether day `q` is some of a month's: "the first Friday of every month". */
function monthlyAt(tokens: Token[], q: Quantity): boolean {
  const at = indexAt(tokens, q);
  return at > 0 && tokens.slice(Math.max(0, at - MONTH_REACH), at).some((t) => MONTH_ORDINALS.has(t.lower)) && tokens.slice(at + 1, at + 1 + MONTH_REACH).some((t) => t.lemma === 'month');
}

/**
 * "The market will now be held every Saturday" where a passage retrieved for the claim says "on the first
 * and third Saturday of each month": a day claimed weekly that the sources give some weeks of the month
 * only (and nowhere every week), as findings.
 */
export function everyWeekClaimed(tokens: Token[], claimQs: Quantity[], retrieved: { tokens: Token[]; quantities: Quantity[] }[], all: () => { tokens: Token[]; quantities: Quantity[] }[]): Finding[] {
  const findings: Finding[] = [];
  for (const q of claimQs) {
    if (q.kind !== 'weekday' || q.rangeTo !== undefined || !everyWeekAt(tokens, q)) continue;
    const sameDay = (e: Quantity) => e.kind === 'weekday' && e.value === q.value && e.rangeTo === undefined;
    if (!retrieved.some((p) => p.quantities.some((e) => sameDay(e) && monthlyAt(p.tokens, e)))) continue;
    if (all().some((p) => p.quantities.some((e) => sameDay(e) && everyWeekAt(p.tokens, e)))) continue;
    const every = tokens[indexAt(tokens, q) - 1];
    findings.push({ kind: 'quantity', start: every.start, end: q.end, conflict: true, reason: `the source gives some ${DAY_NAMES[q.value - 1]}s of the month, not every ${DAY_NAMES[q.value - 1]}` });
  }
  return findings;
}

/** The text of the tokens within `span`, as written between them. */
const tokensText = (tokens: Token[], span: { start: number; end: number }) => tokens.filter((t) => t.start >= span.start && t.end <= span.end).map((t) => t.text).join(' ');

/** Words between two times of day that make them the start and end of hours: "from 8am to 8pm", "9am until 5pm", "8am-8pm". */
const HOURS_JOINS = new Set(['to', 'until', 'till', '-', '–', 'and']);

/**
 * "The scanner will run around the clock" (or "24 hours a day", "24/7") where a passage retrieved for it
 * gives hours ("from 8am to 8pm on weekdays"), and no source sentence says it runs all day and night,
 * as a finding; undefined for none. `retrieved` are the passages retrieved for the claim, each with its
 * quantities, `all` every source sentence.
 */
export function allDayClaimed(tokens: Token[], retrieved: { tokens: Token[]; quantities: Quantity[] }[], all: () => { tokens: Token[] }[]): Finding | undefined {
  const claimed = allDayAt(tokens);
  if (!claimed) return undefined;
  for (const p of retrieved) {
    const times = p.quantities.filter((q) => q.kind === 'time');
    const hours = times.findIndex((q, k) => {
      const next = times[k + 1];
      if (!next) return false;
      const between = p.tokens.filter((t) => t.start >= q.end && t.end <= next.start);
      return between.length === 1 && HOURS_JOINS.has(between[0].lower);
    });
    if (hours < 0) continue;
    if (all().some((s) => allDayAt(s.tokens))) return undefined;
    const [from, to] = [times[hours], times[hours + 1]];
    return { kind: 'quantity', start: claimed.start, end: claimed.end, conflict: true, reason: `the source gives the hours as ${quote(`${from.text} to ${to.text}`)}, where the claim says ${quote(tokensText(tokens, claimed))}` };
  }
  return undefined;
}
