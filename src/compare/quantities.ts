import { fieldNameLemmas, fieldNameWords, inJsonKey } from '../text/fieldNames.js';
import { CLOCK_24 } from '../text/nlp.js';
import { isNumeral, type Token } from '../text/tokens.js';

/**
 * Numbers, quantities, percentages, money and dates read from tokens and normalised to values, so
 * that "over 500,000" and "more than half a million" compare equal and "2012" and "2016" differ.
 */
export type QuantityKind = 'count' | 'percent' | 'money' | 'year' | 'month' | 'day' | 'weekday' | 'ordinal' | 'time' | 'quarter' | 'duration' | 'factor';

export interface Quantity {
  kind: QuantityKind;
  value: number;
  text: string;
  start: number;
  end: number;
  /** 'approx' for about/nearly/some, 'min' for over/more than, 'max' for under/up to. */
  bound: 'exact' | 'approx' | 'min' | 'max';
  /** Currency for money ("$", "£", "usd"...), '' otherwise. */
  unit: string;
  /** For a count, the lemma of the noun it counts ("40,000 passengers" -> "passenger"), when one follows; SCORE for the numbers of a score ("2-1"). */
  counted?: string;
  /**
   * A small number spelled out ("two", "one") or a spelled ordinal ("first"): a summary that counts
   * or orders what its source lists ("the passage describes two films", "the first is...") states
   * no number of its own, so such a number missing from the sources is weak evidence. Also a whole
   * year, week or day, or half a year, in smaller units ("twelve months", "six months"), or one unit in
   * words ("a one-day pass"), which the source may give in words ("the year to October", "a day pass");
   * a score ("2-1"), which it may give as "two goals to one"; and "weekends", vaguer than a named day.
   */
  countable?: true;
  /** A magnitude in words ("hundreds of", "tens of thousands"): a range of values, which no exact figure of a source's restates. */
  vague?: true;
  /** A bare hour after "at" ("at 9"): morning or evening, so it agrees with 9am and 9pm. */
  eitherHalfOfDay?: true;
  /** A factor a source states as two of its amounts ("from $1bn to $2bn"), its text spanning both (changeFactors). */
  statedChange?: true;
  /** Such a factor between two percentages ("from 18 to 25 percent"): a change of shares, which a claim's percentage does not restate. */
  ofShares?: true;
  /**
   * For such a factor stated with "from" ("cut from 900 to 450", "450, down from 900"), the amount before the change and the one
   * after; `beforeIsNow` where the change is still to come ("3 million by 2030, up from 1.8 million now").
   */
  between?: { before: Quantity; after: Quantity; beforeIsNow?: true };
  /** For an amount given per unit of time ("£62 a day", "£95,000 a year"), that unit: "£62 a week" is another amount. */
  per?: string;
  /** An amount said to be the whole ("£180,000 in total", "altogether"): no amount at a rate agrees with it. */
  total?: true;
  /** A percentage taken off a price ("a 90 percent discount", "20% off"), and one that is a share of something ("10% of the charge"). */
  offPrice?: true;
  shareOf?: true;
  /** A length of time a source gives as a word of how often ("fortnightly"; statedPeriods), which is a word to match too. */
  inWord?: true;
  /** A length of time that places another time ("twelve months before", "two years ago"), not how long something lasts. */
  relative?: true;
  /** The stretch just gone ("in the past year", and a source's "last year"; statedLastPeriods): a source's "last year" backs only such a claim. */
  recent?: true;
  /** For an age ("a 4,000-year-old tomb", "under-18s"), the unit of time it counts, so that it agrees with that length of time ("4,000 years"). */
  ageIn?: string;
  /** An amount a source gives only by arithmetic on two it states ("310, up from 260" gives 50; "half of the £600,000" gives £300,000): one a claim may state, never one it changed. */
  derived?: true;
  /** A time a source gives only as what it was before a change ("9pm, two hours later than now" gives 7pm; statedTimeShifts): it backs only a claim's figure set against another ("rather than 7pm"). */
  former?: true;
  /** An amount a claim gives as a difference ("£2 less than adults", "15 million more passengers"), which a source's gap (`gap`) backs. */
  difference?: true;
  /** A difference a source gives only by subtracting two amounts it lists ("£7, or £5 for under-16s" gives £2; statedGaps): it backs only a claim's `difference`. */
  gap?: true;
  /** The low end of a range written as one token ("3-4 thousand"), or of days ("weekdays", "Monday to Friday"): its high end, so that a value between them agrees. */
  rangeTo?: number;
}

/** Words between a number and a noun that show the noun is not what it counts ("10 and repeat step"). */
const NOT_COUNTED = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'DET']);

/** The noun a count counts: the first noun within three words after it ("two different films"). */
function countedNoun(tokens: Token[], from: number): string | undefined {
  // "132 last year", "5 this month": a time the figure is given for, not what it counts
  if (TIME_DETERMINERS.has(tokens[from]?.lower ?? '')) return undefined;
  for (let j = from; j < from + 3 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || NOT_COUNTED.has(t.pos)) return undefined;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return t.lemma.toLowerCase();
  }
  return undefined;
}

/**
 * The words of the JSON field name a value at token i belongs to (`"price_usd": 179.99`,
 * `"RestaurantsPriceRange2": 2`, `"bluetooth": "5.3"`), lower case, camel case and underscores
 * split; undefined when token i is no field's whole value.
 */
function fieldNameAt(tokens: Token[], i: number): { words: string[]; last: Token } | undefined {
  const quoted = tokens[i - 1]?.text === '"';
  const colon = quoted ? i - 2 : i - 1;
  if (tokens[colon]?.text !== ':' || (quoted && tokens[i + 1]?.text !== '"')) return undefined;
  return keyBefore(tokens, colon);
}

/** The key before the colon at `colon` (`"salary_usd":`, or `"hours":{` in compact JSON, where the tokenizer keeps ":{" whole). */
function keyBefore(tokens: Token[], colon: number): { words: string[]; last: Token } | undefined {
  const last = tokens[colon - 2];
  if (tokens[colon - 1]?.text !== '"' || !last || last.kind !== 'word' || !inJsonKey(tokens, colon - 2)) return undefined;
  const words: string[] = [];
  for (let k = colon - 2; k >= 0 && tokens[k].text !== '"'; k--) if (tokens[k].kind === 'word') words.unshift(...fieldNameWords(tokens[k].text));
  return { words, last };
}

/** How far back the name of the object around a field is looked for. */
const ENCLOSING_REACH = 60;

/** The words of the name of the JSON object that token i is a field of (`"salary_usd": {…}`), if it has one near. */
function enclosingFieldName(tokens: Token[], i: number): string[] | undefined {
  let depth = 0;
  for (let k = i - 1; k >= 0 && k >= i - ENCLOSING_REACH; k--) {
    const x = tokens[k].text;
    if (x === '}' || x === ']') depth++;
    else if (x === '[' || x === ':[') return undefined;
    else if (x === '{' || x === ':{') {
      if (depth-- > 0) continue;
      if (x === ':{') return keyBefore(tokens, k)?.words;
      return tokens[k - 1]?.text === ':' ? keyBefore(tokens, k - 1)?.words : undefined;
    }
  }
  return undefined;
}

/**
 * The noun a JSON field's number counts, from the field's name: `"review_stars": 2.0` counts stars,
 * `"RestaurantsPriceRange2": 2` price ranges, so a claim's "one diner" is no rival of a review's 2.0.
 */
function fieldCounted(tokens: Token[], i: number): string | undefined {
  const field = fieldNameAt(tokens, i);
  return field && (fieldNameLemmas(field.last.text).at(-1) ?? field.last.lemma.toLowerCase());
}

/**
 * What a JSON field's name says its number is: money in the currency it names (`"price_usd"`, and
 * `"revenue_musd"` in millions), a length of time (`"cook_minutes"`), a percentage (`"margin_pct"`).
 */
function fieldMeasure(tokens: Token[], i: number): { kind: 'money' | 'duration' | 'percent'; unit: string; scale: number } | undefined {
  const field = fieldNameAt(tokens, i);
  if (!field) return undefined;
  // `"salary_usd": {"min": 150000, "max": 180000}`: the object's own name says what currency its fields are in
  // (not what length of time: `"hours": {"open": 9}` are opening hours)
  const outer = (enclosingFieldName(tokens, i) ?? []).filter((w) => !(w in FIELD_DURATIONS));
  const words = [...field.words, ...outer];
  let scale = 1;
  for (const w of words) if (w in FIELD_SCALES) scale = FIELD_SCALES[w];
  for (const w of words) {
    if (w in CURRENCY_WORD) return { kind: 'money', unit: CURRENCY_WORD[w], scale };
    // "musd", "bn_usd": millions or billions of the currency
    const scaled = /^(m|mn|mm|b|bn)(usd|eur|gbp)$/.exec(w);
    if (scaled) return { kind: 'money', unit: CURRENCY_WORD[scaled[2]], scale: scaled[1].startsWith('m') ? 1e6 : 1e9 };
    if (w in FIELD_DURATIONS) return { kind: 'duration', unit: '', scale: FIELD_DURATIONS[w] };
    if (w === 'pct' || w === 'percent' || w === 'percentage') return { kind: 'percent', unit: '', scale: 1 };
  }
  return undefined;
}

/**
 * "twelve months", "52 weeks", "24 hours", "six months": a whole year, week or day, or half a year or
 * day, in smaller units, which a source may say as "the year to October", "a day" or "the first half
 * of the year", none of which is read as a quantity.
 */
const isOneUnit = (days: number) => [365.25, 365.25 / 2, 7, 1, 0.5].some((unit) => Math.abs(days - unit) / unit < 0.01);

/** Between a number and its unit of time: "40 fewer minutes", "three more weeks", "two full days". */
const MORE_OR_LESS = new Set(['more', 'fewer', 'less', 'extra', 'additional', 'further', 'full', 'whole']);

/** Words joining the two numbers of a range: "two to three", "two or three", "10-12". */
const RANGE_JOINS = new Set(['to', 'or', '-', '–']);

/**
 * Whether token `k`, after a length of time, makes it place a time, as RELATIVE_AFTER's words do after a
 * rate's "a year" ("two years ago", "twelve months before,"); "before" and "after" only where nothing
 * follows them ("banned for three years after he drove away" and "up to three months after the journey"
 * are still how long).
 */
function placesTime(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !RELATIVE_AFTER.has(t.lower)) return false;
  return (t.lower !== 'before' && t.lower !== 'after') || tokens[k + 1] === undefined || tokens[k + 1].kind === 'punct';
}

/** Token `k`, or the one after it where `k` is a hyphen written against the word before: "days" and "a" of "60-days-a-year". */
function pastGluedHyphen(tokens: Token[], k: number): number {
  return tokens[k]?.text === '-' && tokens[k].start === tokens[k - 1]?.end ? k + 1 : k;
}

/** Before the period of a frequency: "four days a week", "two days per month". */
const PER = new Set(['a', 'an', 'per', 'each', 'every']);

/** Before a number of days, words that make "of the week" a stretch of it: "the first two days of the week". */
const STRETCH_OF = new Set(['first', 'last', 'final', 'past', 'next', 'remaining', 'other']);

/** "on five days of the week": how often, as "five days a week" (`number` at the number, `of` after "days"). */
function daysOfTheWeek(tokens: Token[], number: number, of: number): boolean {
  return tokens[of]?.lower === 'of' && tokens[of + 1]?.lower === 'the' && tokens[of + 2]?.lower === 'week' && !STRETCH_OF.has(tokens[number - 1]?.lower ?? '');
}

/**
 * The unit of the second number of a range at `from` ("to 25 percent", "and 10 dollars" after
 * "between"), if it is a percentage or an amount, with its scale word ("to 3 million euros").
 */
function unitOfRangeEnd(tokens: Token[], from: number, before: string): { kind: QuantityKind; unit: string; scale: number } | undefined {
  const join = tokens[from]?.lower ?? '';
  if (!(RANGE_JOINS.has(join) || (join === 'and' && before === 'between')) || tokens[from + 1] === undefined) return undefined;
  const second = readNumber(tokens, from + 1);
  if (!second) return undefined;
  const after = tokens[second.next]?.lower ?? '';
  const scaleWord = tokens[from + 2]?.lower ?? '';
  const scale = second.next === from + 3 && scaleWord in SCALE && scaleWord.length > 1 ? SCALE[scaleWord] : 1;
  if (after === '%' || after === 'percent' || (after === 'per' && tokens[second.next + 1]?.lower === 'cent')) return { kind: 'percent', unit: '', scale: 1 };
  if (after in CURRENCY_WORD) return { kind: 'money', unit: CURRENCY_WORD[after], scale };
  return undefined;
}

/**
 * "12 October, two weeks after", "since January, 31 products": what follows a number after a month
 * shows it is no day of that month (a unit of time; after a comma, also a noun it counts, though
 * "On March 3 police said" keeps its day).
 */
function countsAfterDate(tokens: Token[], i: number, end: number): boolean {
  const next = tokens[end];
  if (next === undefined || next.kind !== 'word') return false;
  return next.lemma in DURATION_DAYS || (tokens[i - 1]?.text === ',' && countedNoun(tokens, end) !== undefined);
}

/** Words between two amounts of which the second may leave its unit out: "every 15 minutes instead of every 20", "32 hours a week rather than 40". */
const UNIT_LEFT_OUT = /^((a|an|per) (day|week|month|year)\s+)?(,\s*)?(instead of|rather than|compared with|compared to|up from|down from|from|than)(\s+(every|each|the))?$/;

/**
 * The kind and scale of a bare number's unit, left out because the amount just before it, joined by
 * "instead of", "rather than" or "from" (or it ends a change "from" it: "from 10 weeks to four"), gives it: a
 * percentage or a length of time.
 */
function unitOfEarlier(found: Quantity[], tokens: Token[], i: number): { kind: QuantityKind; scale: number } | undefined {
  const previous = found[found.length - 1];
  if (!previous) return undefined;
  let k = i - 1;
  while (k >= 0 && tokens[k].start >= previous.end && i - k <= 6) k--;
  const between = tokens.slice(k + 1, i).map((t) => t.lower).join(' ');
  // and "from 10 weeks to four": the end of a change, after its start
  const fromTo = between === 'to' && tokens[tokens.findIndex((t) => t.start === previous.start) - 1]?.lower === 'from';
  if (k >= 0 && tokens[k].end === previous.end && (UNIT_LEFT_OUT.test(between) || fromTo) && (previous.kind === 'percent' || previous.kind === 'duration')) return unitOf(previous, tokens, i);
  // "every 15 minutes at peak times from December, instead of every 30": a contrast after a phrase, back to the last such amount of its sentence
  if (!CONTRAST_AFTER_COMMA.test(tokens.slice(Math.max(0, i - 4), i).map((t) => t.lower).join(' '))) return undefined;
  const amount = [...found].reverse().find((q) => q.kind === 'percent' || q.kind === 'duration');
  if (!amount) return undefined;
  const from = indexAfter(tokens, amount);
  if (from < 0 || i - from > 12 || tokens.slice(from, i).some((t) => t.kind === 'punct' && SENTENCE_END.has(t.text))) return undefined;
  return unitOf(amount, tokens, i);
}

/** ", instead of every", ", rather than": a figure set against an earlier one after a comma. */
const CONTRAST_AFTER_COMMA = /, (instead of|rather than)( every| each| the)?$/;
const SENTENCE_END = new Set(['.', '!', '?', ';']);

/** The unit a bare number at `i` borrows from `previous`, where the two are of a like size. */
function unitOf(previous: Quantity, tokens: Token[], i: number): { kind: QuantityKind; scale: number } | undefined {
  const firstIndex = tokens.findIndex((t) => t.start === previous.start);
  const number = firstIndex >= 0 ? readNumber(tokens, firstIndex) : null;
  const bare = readNumber(tokens, i);
  // figures of a like size, as two rates or two lengths compared are ("over five days, up from 88,000" compares 88,000 with another figure)
  if (!number || !bare || number.value <= 0 || bare.value <= 0 || Math.max(number.value, bare.value) > 10 * Math.min(number.value, bare.value)) return undefined;
  return previous.kind === 'percent' ? { kind: 'percent', scale: 1 } : { kind: 'duration', scale: previous.value / number.value };
}

/** What the second number of a range at `from` ("to three cups") counts, if a range starts there. */
function rangeCounted(tokens: Token[], from: number, before: string): string | undefined {
  const join = tokens[from]?.lower ?? '';
  // "16 to 19 days", and "between 16 and 19 days"
  if (!(RANGE_JOINS.has(join) || (join === 'and' && before === 'between')) || tokens[from + 1] === undefined) return undefined;
  const second = readNumber(tokens, from + 1);
  return second ? (unitOfTimeAt(tokens, second.next) ?? countedNoun(tokens, second.next)) : undefined;
}

/**
 * The unit of time a number is followed by at `j`: "weeks", or one described by a word before it
 * ("three long weeks", "5 business days", "five working days"), not an age ("a 10-year-old").
 */
function unitOfTimeAt(tokens: Token[], j: number): string | undefined {
  const t = tokens[j];
  if (t?.kind !== 'word') return undefined;
  if (t.lemma in DURATION_DAYS) return t.lemma;
  const describes = t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && t.lower.endsWith('ing'));
  const unit = tokens[j + 1];
  return describes && !TIME_POINTERS.has(t.lower) && unit?.kind === 'word' && unit.lemma in DURATION_DAYS && !isOld(tokens[j + 2]) ? unit.lemma : undefined;
}

/** "old" of an age ("27 years old", "a 27-year-old"). */
const isOld = (u: Token | undefined) => u?.lower === 'old' || u?.lower === 'olds';

/** A word table with no Object.prototype behind it, so that `"constructor" in SCALE` is false. */
const table = <V>(entries: Record<string, V>): Record<string, V> => Object.assign(Object.create(null) as Record<string, V>, entries);

const SMALL: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, half: 0.5, quarter: 0.25,
});
/** The value of a small number word ("three" 3, "dozen" 12), or undefined. */
export const smallNumber = (word: string): number | undefined => SMALL[word];
const SCALE: Record<string, number> = table({
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
});
/**
 * Whether the number at `i` follows a month as its day: "March 3", "May, 30" (not "October's two
 * walkouts", a possessive, nor a number in words: "October two" is no way to write a date).
 */
function afterMonthName(tokens: Token[], i: number): boolean {
  if (!/^\d/.test(tokens[i].text)) return false;
  return isMonth(tokens[i - 1], tokens, i - 1) || (isMonth(tokens[i - 2], tokens, i - 2) && tokens[i - 1]?.lower !== "'s" && tokens[i - 1]?.text !== '’s');
}

/** Before "one of", what makes it all or any of them: "every one of", "each one of", "any one of". */
const EVERY_ONE = new Set(['every', 'each', 'any']);
/**
 * A change by a factor in words: "doubled", "tripling", "halved", "double the", "twice as many",
 * "threefold", "five times as large". The value is new / old (2 for "doubled", 0.5 for "halved").
 */
const FACTOR_FORMS: Record<string, number> = table({
  doubled: 2, doubling: 2, tripled: 3, tripling: 3, trebled: 3, trebling: 3, quadrupled: 4, quadrupling: 4, halved: 0.5, halving: 0.5,
});
/** Base forms that are a factor only as a verb ("sales will double"), not as an adjective ("a double room"). */
const FACTOR_VERBS: Record<string, number> = table({
  double: 2, doubles: 2, triple: 3, triples: 3, treble: 3, trebles: 3, quadruple: 4, quadruples: 4, halve: 0.5, halves: 0.5,
});
/** After "twice", "double" or "three times": what makes it a factor ("twice as many", "double the price"), not a count ("scored twice"). */
const FACTOR_NEXT = new Set(['as', 'the', 'that', 'what', 'its', 'their', 'his', 'her', 'more', 'higher', 'larger', 'bigger', 'greater', 'faster', 'longer']);
/** After "doubled" and the like, what makes it no change in amount: "doubles as", "doubled down", "doubled over". */
const NOT_A_CHANGE_AFTER = new Set(['as', 'down', 'over', 'up', 'back']);
/** Before a factor verb: its subject or auxiliary ("profits doubled", "has doubled revenue"), so a noun after it is its object. */
const SUBJECT_OR_AUX = new Set(['NOUN', 'PROPN', 'PRON', 'AUX', 'ADV', 'NUM']);
const FOLD = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)-?fold$/;

/** A factor word at token i ("doubled", "twice as", "threefold"), with the index after it. */
function readFactor(tokens: Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  const after = tokens[i + 1]?.lower ?? '';
  // "double today's number", "triple last year's total": a factor of another amount, named by its possessor
  const ofPossessed = tokens[i + 2]?.lower === "'s" || (tokens[i + 3]?.lower === "'s" && TIME_DETERMINERS.has(after));
  if ((t.lower === 'double' || t.lower === 'triple' || t.lower === 'twice') && ofPossessed) return { value: t.lower === 'triple' ? 3 : 2, next: i + 1 };
  if (t.lower in FACTOR_FORMS || t.lower in FACTOR_VERBS) {
    // "the hall doubles as a gym", "doubled down"; "halved tomatoes" after a verb or preposition names a thing
    const before = tokens[i - 1];
    const attributive = (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'ADJ') && !(before && SUBJECT_OR_AUX.has(before.pos));
    if (NOT_A_CHANGE_AFTER.has(after) || attributive) return null;
  }
  if (t.lower in FACTOR_FORMS) return { value: FACTOR_FORMS[t.lower], next: i + 1 };
  if (t.lower in FACTOR_VERBS && (t.pos === 'VERB' || ((t.lower === 'double' || t.lower === 'triple') && FACTOR_NEXT.has(after)))) return { value: FACTOR_VERBS[t.lower], next: i + 1 };
  if (t.lower === 'twice' && FACTOR_NEXT.has(after)) return { value: 2, next: i + 1 };
  // "cut in half", "split in half" (not "in half an hour"), "split into halves"
  if (t.lower === 'in' && after === 'half' && !['a', 'an', 'the', 'of'].includes(tokens[i + 2]?.lower ?? '')) return { value: 0.5, next: i + 2 };
  if (t.lower === 'into' && after === 'halves') return { value: 0.5, next: i + 2 };
  const fold = FOLD.exec(t.lower);
  if (fold) return { value: /^\d/.test(fold[1]) ? Number(fold[1]) : SMALL[fold[1]] ?? SCALE[fold[1]], next: i + 1 };
  return null;
}

/**
 * Lengths of time in days, so that "two months" agrees with "60 days", "half a century" with
 * "50 years" and "a fortnight" with "two weeks"; calendar units convert only roughly (see quantitiesAgree).
 */
/** Lengths of time are compared in days. */
export const DAYS_PER_YEAR = 365.25;
export const DURATION_DAYS: Record<string, number> = table({
  minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: DAYS_PER_YEAR / 12, year: DAYS_PER_YEAR, decade: 10 * DAYS_PER_YEAR, century: 100 * DAYS_PER_YEAR,
  // abbreviations, read only after a number ("rest for 10 min", "a 2 hr drive")
  min: 1 / 1440, mins: 1 / 1440, hr: 1 / 24, hrs: 1 / 24, wk: 7, wks: 7, yr: DAYS_PER_YEAR, yrs: DAYS_PER_YEAR,
});
/** A date as ISO 8601 writes it: "2024-03-14". */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Units that stand for one of themselves after "a": "a decade", "a fortnight" (not "a year", which is as often a rate: "$5 a year"). */
const ONE_UNIT = new Set(['decade', 'century', 'fortnight']);
/** Before "a year", "an hour", what makes it a length of time rather than a rate ("within a year", "for an hour", "up to a month", "at least a week"; "$5 a year" is a rate). */
const BEFORE_ONE_UNIT = new Set(['within', 'for', 'over', 'after', 'under', 'than', 'to', 'least', 'about', 'nearly', 'almost', 'around', 'roughly']);
/** Before "a month of", what makes it a rate after all: "pounds a day of", "5 a week of". */
const RATE_BEFORE = new Set(['NUM', 'NOUN', 'PROPN', 'SYM']);
/**
 * "within a year", "for a month", "more than a week", and "a month of strikes", "a month's notice", "a week-long
 * strike" (unless a number or what is counted comes first: "pounds a day of"): the "a" at `i` is one of the unit after it.
 */
const oneUnitOfTime = (tokens: Token[], i: number) => {
  if ((tokens[i].lower !== 'a' && tokens[i].lower !== 'an') || !((tokens[i + 1]?.lemma ?? '') in DURATION_DAYS)) return false;
  const before = tokens[i - 1];
  // "50 more than a year earlier": the "more than" is the 50's, and the year places the time it is compared with
  const comparedCount = before?.lower === 'than' && MORE_OR_LESS.has(tokens[i - 2]?.lower ?? '') && tokens[i - 3]?.pos === 'NUM' && RELATIVE_AFTER.has(tokens[i + 2]?.lower ?? '');
  if (BEFORE_ONE_UNIT.has(before?.lower ?? '') && !comparedCount) return true;
  const after = tokens[i + 2];
  // "a year and a half" is never a rate
  if (after?.lower === 'and' && tokens[i + 3]?.lower === 'a' && tokens[i + 4]?.lower === 'half') return true;
  // ("a month's free accommodation", "a year's notice"; not "A day's parking costs £5", a price per day)
  const lasting = after?.lower === 'of' || (after?.lower === "'s" && !tokens.some((t) => CURRENCY_SYMBOL.has(t.lower) || t.lower in CURRENCY_WORD)) || (after?.text === '-' && tokens[i + 3]?.lower === 'long');
  return lasting && (before === undefined || !RATE_BEFORE.has(before.pos));
};

/** Nouns a number after them measures rather than labels: "magnitude 5.8", "category 4", "level 3", "force 9". */
const MEASURED_BY_NUMBER = new Set(['magnitude', 'category', 'level', 'force', 'grade', 'tier']);

/** Before a unit of time after a figure, words that make it the time the figure is for: "132 last year", "5 this month". */
const TIME_DETERMINERS = new Set(['last', 'next', 'this', 'past', 'previous', 'coming', 'following']);

/** Units that "in the past …" makes a stretch of time just gone ("in the past year", "over the last month"), and "last" before them in a source ("last year"; derivedFigures' statedLastPeriods). */
export const RECENT_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week']);
const RECENT = new Set(['past', 'last', 'previous']);
/** Before "the past year", what makes it the stretch something happened over. */
const OVER_A_STRETCH = new Set(['in', 'over', 'during', 'within', 'for', 'throughout']);
/** Before such a unit, what makes it one of them: "the next decade", "the past century", "this fortnight". */
const UNIT_DETERMINERS = new Set(['the', 'next', 'last', 'past', 'previous', 'coming', 'following', 'this', 'that', 'whole', 'entire', 'same']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The days of "weekend(s)" and "weekday(s)", as WEEKDAYS numbers them. */
export const WEEK_PARTS: Record<string, number[]> = table({ weekend: [6, 7], weekends: [6, 7], weekday: [1, 2, 3, 4, 5], weekdays: [1, 2, 3, 4, 5] });
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** 1 for "Monday" or "Mondays" … 7 for "Sunday(s)", capitalised; 0 for any other token. */
function weekdayOf(t: Token | undefined): number {
  if (!t || !/^[A-Z]/.test(t.text)) return 0;
  return WEEKDAYS.indexOf(t.lower.endsWith('days') ? t.lower.slice(0, -1) : t.lower) + 1;
}
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const MERIDIEM = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m']);
/** An hour on a 12-hour clock with its "am"/"pm" ("a.m.", "PM"...) as an hour of the day: "7 pm" is 19. */
const clockHour = (hour: number, meridiem: string) => (hour % 12) + (meridiem.toLowerCase().startsWith('p') ? 12 : 0);
/** "in the morning" is before noon, "in the afternoon" and "in the evening" after. */
const DAY_PARTS: Record<string, string> = table({ morning: 'am', afternoon: 'pm', evening: 'pm' });
/** Plurals of round numbers that say a magnitude ("hundreds of"), and the range each takes in, loosely: "hundreds" are 100-999. */
const VAGUE_MAGNITUDES = new Map<string, [number, number]>([
  ['dozens', [24, 199]], ['hundreds', [100, 999]], ['thousands', [1e3, 9999]], ['millions', [1e6, 999e6]], ['billions', [1e9, 999e9]],
]);
/** Multiplied by a following "of thousands" / "of millions": "tens of thousands", "hundreds of millions". */
const MAGNITUDE_SCALES = new Map([['tens', 10], ['hundreds', 100]]);

/**
 * The magnitude in words at `i`, if any: "hundreds (of)", "tens of thousands (of)", "hundreds of
 * thousands (of)", with its range, the index of its last word and the index after it (past a
 * following "of"). Not after a number ("two hundreds") nor as "in their thousands".
 */
function vagueMagnitude(tokens: Token[], i: number): { from: number; to: number; last: number; next: number } | undefined {
  if (tokens[i - 1]?.kind === 'number' || tokens[i - 1]?.pos === 'NUM' || tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.pos === 'PRON') return undefined;
  const t = tokens[i].lower;
  let next = i + 1;
  let [from, to] = VAGUE_MAGNITUDES.get(t) ?? [0, 0];
  const scale = MAGNITUDE_SCALES.get(t);
  const bigger = tokens[i + 2]?.lower ?? '';
  if (scale && tokens[i + 1]?.lower === 'of' && (bigger === 'thousands' || bigger === 'millions')) {
    const unit = bigger === 'thousands' ? 1e3 : 1e6;
    [from, to] = [scale * unit, 10 * scale * unit - 1];
    next = i + 3;
  } else if (!VAGUE_MAGNITUDES.has(t)) return undefined;
  const last = next - 1;
  if (tokens[next]?.lower === 'of') next++;
  return { from, to, last, next };
}

/** A decade, with the part of it a hyphen may join: "1980s", "mid-1970s". */
const DECADE = /^(?:(early|mid|late)-)?(\d{3}0|[1-9]0)s$/;
/** Words before a decade of life: "in her 20s", "in their early 40s". */
const AGE_OWNERS = new Set(['his', 'her', 'their', 'my', 'your', 'our']);
/** The years of a decade that "early", "mid" and "late" take in, loosely: the early 1970s are 1970-1974. */
const DECADE_PARTS = new Map<string, [number, number]>([['early', [0, 4]], ['mid', [3, 7]], ['late', [6, 9]]]);
/** "7pm", "10:30am", "7.30pm", "7am." as one token. */
const CLOCK_TOKEN = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a\.m\.?|p\.m\.?)\.?$/i;
export const CURRENCY_SYMBOL: ReadonlySet<string> = new Set(['$', '£', '€', '¥', '₹', 'us$']);
const CURRENCY_WORD: Record<string, string> = table({
  dollar: '$', dollars: '$', buck: '$', bucks: '$', usd: '$', pound: '£', pounds: '£', gbp: '£', euro: '€', euros: '€', eur: '€', yen: '¥', rupee: '₹', rupees: '₹',
});
/** Units of time a field name gives in the plural ("prep_minutes", "lease_months", "warranty_years"); not "year": 2019. */
const FIELD_DURATIONS: Record<string, number> = table({ minutes: 1 / 1440, hours: 1 / 24, days: 1, weeks: 7, months: 365.25 / 12, years: 365.25 });
const FIELD_SCALES: Record<string, number> = table({ thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9 });

/** Words before a figure that make it a rough one: "about 135", "around a third". */
export const APPROX: ReadonlySet<string> = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'estimated', 'circa', 'c.']);
const MIN = new Set(['over', 'above', 'exceeding', 'least']);
const MAX = new Set(['under', 'below', 'fewer', 'less']);
/** "upwards of 60", "in excess of $1m", "north of 10%": more than. */
const MIN_BEFORE_OF = new Set(['upwards', 'upward', 'excess', 'north']);

function parseDigits(s: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(k|m|mn|bn|b|tn)?$/i.exec(s);
  if (!m) return null;
  const base = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
  return m[3] ? base * SCALE[m[3].toLowerCase()] : base;
}

/** How far before "more than" a negator may stand and turn it: "do not take more than". */
const BOUND_NEGATOR_REACH = 3;
/** Whether a negator stands at `k` or within reach before it in the same clause. */
function deniedBefore(tokens: Token[], k: number): boolean {
  for (let j = k; j >= 0 && k - j <= BOUND_NEGATOR_REACH; j--) {
    const t = tokens[j];
    if (t.kind === 'punct') return false;
    if (t.lower === 'no' || t.lower === 'not' || t.lower === "n't" || t.lower === 'never') return true;
  }
  return false;
}

function boundBefore(tokens: Token[], i: number): Quantity['bound'] {
  const w1 = tokens[i - 1]?.lower ?? '';
  const w2 = tokens[i - 2]?.lower ?? '';
  if (APPROX.has(w1)) return 'approx';
  // "no more than 8 kg" and "do not take more than eight" are at most, "not less than 18" at least
  const denied = w1 === 'than' && deniedBefore(tokens, i - 3);
  if (denied && w2 === 'more') return 'max';
  if (denied && (w2 === 'less' || w2 === 'fewer')) return 'min';
  if (MIN.has(w1) || (w1 === 'than' && w2 === 'more') || (w1 === 'least' && w2 === 'at') || (w1 === 'of' && MIN_BEFORE_OF.has(w2))) return 'min';
  if (MAX.has(w1) || (w1 === 'than' && (w2 === 'less' || w2 === 'fewer')) || (w1 === 'to' && w2 === 'up') || (w1 === 'as' && (w2 === 'many' || w2 === 'much'))) return 'max';
  return 'exact';
}

/** Reads one numeric phrase starting at token i; returns its value and the index after it. */
function readNumber(tokens: Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  let value: number | null = null;
  let next = i + 1;
  if (t.kind === 'number' || /^\d/.test(t.text)) {
    value = parseDigits(t.text);
    // text tokenised with spaces around punctuation (CNN/DailyMail style): "800, 000", "98. 7"
    while (value !== null && /^\d{1,3}$/.test(t.text) && tokens[next]?.text === ',' && /^\d{3}$/.test(tokens[next + 1]?.text ?? '') && tokens[next + 1].start > tokens[next].end) {
      value = value * 1000 + Number(tokens[next + 1].text);
      next += 2;
    }
    if (value !== null && next === i + 1 && /^\d+$/.test(t.text) && tokens[next]?.text === '.' && /^\d{1,2}$/.test(tokens[next + 1]?.text ?? '') && tokens[next + 1].start === tokens[next].end + 1) {
      value = Number(`${t.text}.${tokens[next + 1].text}`);
      next += 2;
    }
    // "6 1/2 months": a whole number and a fraction
    const fraction = value !== null && next === i + 1 && /^\d+$/.test(t.text) ? /^(\d)\/(\d{1,2})$/.exec(tokens[next]?.text ?? '') : null;
    if (fraction && Number(fraction[1]) < Number(fraction[2])) {
      value = (value ?? 0) + Number(fraction[1]) / Number(fraction[2]);
      next++;
    }
  } else if (t.lower in SMALL) {
    value = SMALL[t.lower];
    // "twenty five", "twenty-five"
    if (tokens[next]?.text === '-' && tokens[next + 1]?.lower in SMALL) next++;
    const n = tokens[next];
    if (value >= 20 && value < 100 && n && n.lower in SMALL && SMALL[n.lower] < 10 && SMALL[n.lower] >= 1) {
      value += SMALL[n.lower];
      next++;
    }
  } else if ((t.lower === 'a' || t.lower === 'an') && tokens[next] && (tokens[next].lower in SCALE || tokens[next].lower === 'half' || tokens[next].lower === 'dozen' || ONE_UNIT.has(tokens[next].lower) || oneUnitOfTime(tokens, i))) {
    value = 1;
  }
  if (value === null || Number.isNaN(value)) return null;
  // "two and a half years", "3 and a half million", and joined by hyphens: "a four-and-a-half-day week"
  if (value >= 1 && Number.isInteger(value)) {
    const hyphened = attachedHyphen(tokens, next) && tokens[next + 1]?.lower === 'and' && attachedHyphen(tokens, next + 2) && tokens[next + 3]?.lower === 'a' && attachedHyphen(tokens, next + 4) && tokens[next + 5]?.lower === 'half';
    if (hyphened || (tokens[next]?.lower === 'and' && tokens[next + 1]?.lower === 'a' && tokens[next + 2]?.lower === 'half')) {
      value += 0.5;
      next += hyphened ? 6 : 3;
    }
  }
  // "half a million", "a quarter of a billion"
  if ((value === 0.5 || value === 0.25) && tokens[next]?.lower === 'of') next++;
  // "half a century", "half an hour": the unit after "a" is what the number measures
  if (tokens[next] && (tokens[next].lower === 'a' || tokens[next].lower === 'an') && (tokens[next + 1]?.lower in SCALE || (value < 1 && tokens[next + 1]?.lemma in DURATION_DAYS))) next++;
  if (value === 1 && (t.lower === 'a' || t.lower === 'an') && (tokens[next]?.lower === 'half' || tokens[next]?.lower === 'dozen')) {
    value = SMALL[tokens[next].lower];
    next++;
    if (tokens[next]?.lower === 'a' && tokens[next + 1]?.lower in SCALE) next++;
  }
  if (tokens[next]?.lower === 'dozen' && value >= 1) {
    value *= 12;
    next++;
  }
  for (;;) {
    // "a $5-million loss", "the 12-million-euro library": the scale word joined by a hyphen
    const at = attachedHyphen(tokens, next) && (tokens[next + 1].lower in SCALE) && tokens[next + 1].lower.length > 1 ? next + 1 : next;
    const scale = tokens[at];
    // "£2.5m." ending a sentence: the tokenizer keeps the full stop with the letter
    const word = scale && scale.start === tokens[at - 1].end && /^\p{L}{1,2}\.$/u.test(scale.lower) ? scale.lower.slice(0, -1) : scale?.lower;
    if (!scale || word === undefined || !(word in SCALE) || (word.length === 1 && scale.start !== tokens[at - 1].end)) break;
    value *= SCALE[word];
    next = at + 1;
  }
  return { value, next };
}

/** A hyphen with no space on either side, joining a number to its scale or unit: "5-million", "million-euro". */
function attachedHyphen(tokens: Token[], k: number): boolean {
  const h = tokens[k];
  return h !== undefined && h.text === '-' && k > 0 && tokens[k - 1].end === h.start && tokens[k + 1] !== undefined && tokens[k + 1].start === h.end;
}

function monthIndexOf(t: Token): number {
  // "mid-September", "early-March": a part of the month, read as the month
  const lower = /^(mid|early|late)-\p{L}/u.test(t.lower) ? t.lower.slice(t.lower.indexOf('-') + 1) : t.lower;
  const full = MONTHS.indexOf(lower);
  if (full >= 0) return full;
  return t.text.length <= 4 && /^[A-Z]/.test(t.text) ? MONTH_ABBR.indexOf(t.lower.replace(/\.$/, '')) : -1;
}

const isDigits = (t: Token | undefined) => t !== undefined && /^\d/.test(t.text);
/** "12", "7th": a day of the month. */
const isDayNumber = (t: Token | undefined) => t !== undefined && /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/i.test(t.text);

/** Whether token `i` follows a month, or a month and its day ("September 1494", "March 3, 1871"). */
function afterMonth(tokens: Token[], i: number): boolean {
  if (isMonth(tokens[i - 1], tokens, i - 1)) return true;
  const k = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  return isDigits(tokens[k]) && tokens[k].text.length <= 2 && isMonth(tokens[k - 1], tokens, k - 1);
}

/**
 * "may" is usually the modal verb; only a capitalised, noun-like May is the month. Other months
 * are capitalised too, or next to a number ("march 3"): a lower-case "march" is a walk.
 */
function isMonth(t: Token | undefined, tokens?: Token[], i?: number): boolean {
  if (!t || monthIndexOf(t) < 0) return false;
  // "until may 12" in text set in lower case: the modal is never followed by a day of the month
  if (t.lower === 'may') return (t.text === 'May' && t.pos !== 'AUX' && t.pos !== 'VERB' && !(tokens !== undefined && i !== undefined && beforeBareVerb(tokens, i))) || (tokens !== undefined && i !== undefined && isDayNumber(tokens[i + 1]));
  if (/^((mid|early|late)-)?\p{Lu}/u.test(t.text)) return true;
  return tokens !== undefined && i !== undefined && (isDigits(tokens[i - 1]) || isDigits(tokens[i + 1]));
}

/** "May prevent cancer", "May also help" opening a sentence: the modal before a verb's base form (not "May saw record sales"). */
function beforeBareVerb(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.pos === 'ADV' ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && next.lower === next.lemma;
}

/** Denominators of fractions in words: "a third", "two fifths", "three-quarters". */
const FRACTION: Record<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});
/** Amounts "half the …" compares with another ("half the price", "half the figure of 2015"), not a share of people or things. */
const COMPARED = new Set(['figure', 'number', 'price', 'cost', 'size', 'level', 'amount', 'rate', 'total', 'value', 'length', 'weight', 'speed', 'height', 'average']);
/** After "half" these show a share of something ("half of the", "half the price"), not "half a million" or "half an hour". */
const SHARE_OF = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'all', 'these', 'those']);
/** The token after `k`, skipping a hyphen that joins it: "two-thirds", "one-fifth". */
const joined = (tokens: Token[], k: number) => (attachedHyphen(tokens, k + 1) ? k + 2 : k + 1);

/** "fell by a third", "cut by about a quarter", "by half": token `k` ends a "by" (or "by about") before a share of something. */
function endsBy(tokens: Token[], k: number): boolean {
  // "by half", "by about half", "by more than half", "by well over half": at most three bound words between
  for (let j = k; j >= 0 && k - j <= 3; j--) {
    if (tokens[j].lower === 'by') return true;
    if (!BY_BOUNDS.has(tokens[j].lower)) return false;
  }
  return false;
}
/** Words that may stand between "by" and the share it ends: a bound and what sharpens it ("well over", "just under", "more than"). */
const BY_BOUNDS = new Set([...APPROX, ...MIN, ...MAX, 'than', 'more', 'well', 'just', 'far', 'slightly']);

/** Whether an amount follows a share's "of" at `next`: "half of the 7%", "a third of its £90 fee". */
function shareOfAmount(tokens: Token[], next: number): boolean {
  let k = next;
  if (tokens[k]?.lower === 'of') k++;
  if (['the', 'its', 'their', 'his', 'her', 'this', 'that'].includes(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  return t !== undefined && (t.kind === 'number' || (CURRENCY_SYMBOL.has(t.lower) && tokens[k + 1]?.kind === 'number'));
}

/**
 * A share written in words, as a percentage, so that "a fifth of" agrees with "20 percent" and
 * "half of the residents" with "50%": "half of/the...", "a/one third of", "two thirds", "three-quarters",
 * "one in five". Not "the first half", "a third term" (no "of"), "half a million" or "a quarter of an hour".
 */
function readFraction(tokens: Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  if (t.lower === 'half') {
    if (endsBy(tokens, i - 1)) return { value: 50, next: i + 1 };
    const before = tokens[i - 1]?.lower ?? '';
    if (ORDINALS.includes(before) || before === 'the' || before === 'a') return null;
    // "about half had been", "more than half voted", "half said": a share of the people spoken of (not "about half past", "half term")
    const after = tokens[i + 1];
    if (after && before !== '-' && (APPROX.has(before) || before === 'than' || after.pos === 'AUX' || after.pos === 'VERB') && !SHARE_OF.has(after.lower) && !['NOUN', 'PROPN', 'ADP', 'NUM', 'DET'].includes(after.pos)) return { value: 50, next: i + 1 };
    if (!SHARE_OF.has(after?.lower ?? '') || tokens[i + 2]?.lower === 'a' || tokens[i + 2]?.lower === 'an') return null;
    return { value: 50, next: i + 1 };
  }
  const count = t.lower === 'a' || t.lower === 'an' ? 1 : t.lower in SMALL ? SMALL[t.lower] : /^\d$/.test(t.text) ? Number(t.text) : NaN;
  if (!(count >= 1 && count <= 9 && Number.isInteger(count))) return null;
  // "one in five", "1 in 10", "one out of four", "one train in three"
  // (not "one goal in two games", a rate)
  const nounBetween = tokens[i + 1]?.pos === 'NOUN' && tokens[i + 2]?.lower === 'in' && tokens[i + 4]?.pos !== 'NOUN' ? 1 : 0;
  const over = tokens[i + 1 + nounBetween]?.lower === 'in' ? i + 2 + nounBetween : tokens[i + 1]?.lower === 'out' && tokens[i + 2]?.lower === 'of' ? i + 3 : -1;
  if (t.lower !== 'a' && t.lower !== 'an' && over > 0) {
    const d = tokens[over];
    const denominator = d === undefined ? NaN : d.lower in SMALL ? SMALL[d.lower] : /^\d{1,3}$/.test(d.text) ? Number(d.text) : NaN;
    if (denominator > count && Number.isInteger(denominator)) return { value: (100 * count) / denominator, next: over + 1 };
    return null;
  }
  const k = joined(tokens, i);
  const word = tokens[k]?.lower ?? '';
  if (!(word in FRACTION) || word === 'half' || word === 'halves') return null;
  const plural = word.endsWith('s');
  if (plural !== count > 1) return null;
  // a singular share needs its "of" ("a third of voters"; "a third term" is an ordinal), and not "of a/an" ("a quarter of an hour"),
  // unless it is what something changed by ("fell by a third")
  const of = tokens[k + 1]?.lower === 'of';
  // "about a quarter said", "nearly a third voted": a share of the people spoken of (not "about a quarter mile")
  const roughShare = !of && APPROX.has(tokens[i - 1]?.lower ?? '') && tokens[k + 1] !== undefined && tokens[k + 1].pos !== 'NOUN' && tokens[k + 1].pos !== 'PROPN';
  if (!plural && !endsBy(tokens, i - 1) && !roughShare && (!of || tokens[k + 2]?.lower === 'a' || tokens[k + 2]?.lower === 'an')) return null;
  return { value: (100 * count) / FRACTION[word], next: k + 1 };
}

/** What the two numbers of a score ("2-1") count. */
export const SCORE = 'score';
/** What the scale of a rating counts ("4.4 out of 5"): a rival only of another scale. */
export const OUT_OF = 'out of';

const DIGIT_RANGE = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[-–](\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;

/**
 * A range written as one token, "3-5 business days", "$10-20", "2019-2020": its two ends, each of the
 * kind the words around it give (a percentage, an amount, years, lengths of time, or counts of the
 * noun after it), so that "3-5 days" agrees with "three to five days".
 */
function readRange(tokens: Token[], i: number, text: string): Quantity[] | null {
  const t = tokens[i];
  const m = t.kind === 'number' ? DIGIT_RANGE.exec(t.text) : null;
  if (!m) return null;
  const low = parseDigits(m[1]);
  // "2007-08": a year range whose second year is written with its last two digits
  const high = shortYearEnd(m[1], m[2]) ?? parseDigits(m[2]);
  if (low === null || high === null) return null;
  // "beat Portugal 2-1", "a 7-2 vote": a score, two counts of points, a rival only of another score's,
  // and weak when missing (the source may give it in words: "two goals to one")
  if (low > high && low <= 30 && Number.isInteger(low) && Number.isInteger(high) && !m[1].includes('.') && !m[2].includes('.')) {
    const split = t.start + m[1].length;
    return [
      { kind: 'count', value: low, text: text.slice(t.start, split), start: t.start, end: split, bound: 'exact', unit: '', counted: SCORE, countable: true },
      { kind: 'count', value: high, text: text.slice(split + 1, t.end), start: split + 1, end: t.end, bound: 'exact', unit: '', counted: SCORE, countable: true },
    ];
  }
  if (!(low < high)) return null;
  const after = tokens[i + 1]?.lower ?? '';
  const before = tokens[i - 1]?.lower ?? '';
  const years = /^\d{4}$/.test(m[1]) && /^\d{2}(\d{2})?$/.test(m[2]) && low >= 1800 && high <= 2100;
  const unitWord = unitOfTimeAt(tokens, i + 1) ?? '';
  const kind: QuantityKind = years ? 'year' : after === '%' || after === 'percent' ? 'percent' : CURRENCY_SYMBOL.has(before) ? 'money' : unitWord in DURATION_DAYS ? 'duration' : 'count';
  const scale = kind === 'duration' ? DURATION_DAYS[unitWord] : 1;
  const unit = kind === 'money' ? before.replace('us$', '$') : '';
  // "3-4 thousand people", "$2-3 billion": the scale word after the range scales both ends
  const scaled = kind !== 'year' && after in SCALE && after.length > 1 ? SCALE[after] : 1;
  const next = scaled > 1 ? i + 2 : i + 1;
  const counted = kind === 'count' ? countedNoun(tokens, next) : undefined;
  const split = t.start + m[1].length;
  const highEnd = scaled > 1 ? tokens[i + 1].end : t.end;
  return [
    { kind, value: low * scale * scaled, text: text.slice(t.start, split), start: t.start, end: split, bound: 'exact', unit, ...(counted ? { counted } : {}), rangeTo: high * scale * scaled },
    { kind, value: high * scale * scaled, text: text.slice(split + 1, highEnd), start: split + 1, end: highEnd, bound: 'exact', unit, ...(counted ? { counted } : {}) },
  ];
}

/**
 * "2007-08", "1991 -- 93": a four-digit year then the last two digits of a later year of the same
 * century; that later year in full (2008, 1993), else undefined.
 */
function shortYearEnd(first: string, second: string): number | undefined {
  if (!/^\d{4}$/.test(first) || !/^\d{2}$/.test(second)) return undefined;
  const year = Number(first);
  return year >= 1000 && year <= 2100 && Number(second) > year % 100 ? Math.floor(year / 100) * 100 + Number(second) : undefined;
}

/** A dash between two numbers of a range, as a token ("2007 -- 11", "1991 – 93"). */
const RANGE_DASH = /^(-|--|–|—)$/;

/** Times of day in words: "at noon", "by midnight" (midnight is 0:00, as 12am is). */
const CLOCK_WORDS = new Map([['noon', 12], ['midday', 12], ['midnight', 0]]);

/** Adjectives that place a time rather than describe a length: "70,000 last year" counts no years. */
const TIME_POINTERS = new Set(['last', 'next', 'past', 'previous', 'following', 'same', 'first', 'final', 'coming', 'current']);

/** The index of the token where figure `q` starts (-1 for none). */
export const indexAt = (tokens: Token[], q: Quantity) => tokens.findIndex((t) => t.start === q.start);
/** The index of the first token after figure `q` (-1 for none). */
export const indexAfter = (tokens: Token[], q: { end: number }): number => tokens.findIndex((t) => t.start >= q.end);

/** The bound of a figure worked out from two: exact only when both are. */
export const jointBound = (a: Quantity, b: Quantity): 'exact' | 'approx' => (a.bound === 'exact' && b.bound === 'exact' ? 'exact' : 'approx');

/** Quantities in `tokens`, whose offsets point into `text`. */
export function findQuantities(tokens: Token[], text: string): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const share = readFraction(tokens, i);
    // "3.5%, half of the 7% sought", "a third of the $90 fee": a share of an amount the text gives, which
    // relates two amounts (each read on its own) and is no share of anything the sources must state
    if (share && shareOfAmount(tokens, share.next)) {
      i = share.next - 1;
      continue;
    }
    if (share) {
      const last = tokens[share.next - 1];
      const bound = boundBefore(tokens, i);
      // a share in words is a round figure: "a third" agrees with 33% or 35%; "half the figure of ten
      // years ago" compares two amounts, which a source may give as the amounts themselves
      const comparing = t.lower === 'half' && COMPARED.has(tokens[i + 2]?.lemma ?? '');
      found.push({
        kind: 'percent', value: share.value, text: text.slice(t.start, last.end), start: t.start, end: last.end, bound: bound === 'exact' ? 'approx' : bound, unit: '',
        ...(comparing ? { countable: true as const } : {}),
      });
      i = share.next - 1;
      continue;
    }
    const factor = readFactor(tokens, i);
    if (factor) {
      const last = tokens[factor.next - 1];
      found.push({ kind: 'factor', value: factor.value, text: text.slice(t.start, last.end), start: t.start, end: last.end, bound: boundBefore(tokens, i), unit: '' });
      i = factor.next - 1;
      continue;
    }
    // "over the next decade", "the past century": one of a unit that is no rate ("a decade" is read as a number below)
    const previous = tokens[i - 1];
    // ("the first fortnight" too, though "the first century" is a date)
    const firstFortnight = t.lower === 'fortnight' && (previous?.lower === 'first' || previous?.lower === 'final');
    if (ONE_UNIT.has(t.lower) && previous !== undefined && (UNIT_DETERMINERS.has(previous.lower) || firstFortnight)) {
      found.push({ kind: 'duration', value: DURATION_DAYS[t.lower], text: text.slice(previous.start, t.end), start: previous.start, end: t.end, bound: 'exact', unit: '' });
      continue;
    }
    // "fell by 60% in the past year", "over the last month": the stretch a change is counted over (not "last
    // year", a year, nor "the last week of March", a part of something)
    if (RECENT_UNITS.has(t.lower) && RECENT.has(previous?.lower ?? '') && tokens[i - 2]?.lower === 'the' && OVER_A_STRETCH.has(tokens[i - 3]?.lower ?? '') && tokens[i + 1]?.lower !== 'of') {
      found.push({ kind: 'duration', value: DURATION_DAYS[t.lower], text: text.slice(tokens[i - 2].start, t.end), start: tokens[i - 2].start, end: t.end, bound: 'exact', unit: '', recent: true });
      continue;
    }
    // "hundreds of people", "tens of thousands of fans", "millions of pounds": a magnitude in words
    const magnitude = VAGUE_MAGNITUDES.has(t.lower) || MAGNITUDE_SCALES.has(t.lower) ? vagueMagnitude(tokens, i) : undefined;
    if (magnitude) {
      const currency = CURRENCY_WORD[tokens[magnitude.next]?.lower ?? ''];
      // the words of the magnitude, and the currency it counts ("millions of pounds")
      const last = tokens[currency ? magnitude.next : magnitude.last];
      if (currency) magnitude.next++;
      found.push({
        kind: currency ? 'money' : 'count', value: magnitude.from, rangeTo: magnitude.to, text: text.slice(t.start, last.end), start: t.start, end: last.end, bound: 'approx',
        unit: currency ?? '', vague: true, ...(currency ? {} : { counted: countedNoun(tokens, magnitude.next) }),
      });
      i = magnitude.next - 1;
      continue;
    }
    // "the 1980s", "the mid-1970s", "the early 2000s": the years of a decade, or of a part of it; and
    // "in her 20s", "in his mid-30s": an age, the years of a decade of life
    const decade = t.lower.endsWith('0s') ? DECADE.exec(t.lower) : null;
    if (decade) {
      const partWord = decade[1] === undefined && DECADE_PARTS.has(previous?.lower ?? '') ? previous : undefined;
      const [from, to] = DECADE_PARTS.get(decade[1] ?? partWord?.lower ?? '') ?? [0, 9];
      const firstAt = partWord ? i - 1 : i;
      const first = tokens[firstAt];
      const base = Number(decade[2]);
      const at = { value: base + from, rangeTo: base + to, text: text.slice(first.start, t.end), start: first.start, end: t.end, bound: 'exact' as const, unit: '' };
      if (base < 100 && AGE_OWNERS.has(tokens[firstAt - 1]?.lower ?? '')) {
        found.push({ kind: 'count', ...at, ageIn: 'year' });
        continue;
      }
      if (base >= 1000) {
        found.push({ kind: 'year', ...at });
        continue;
      }
    }
    // "free for under-18s", "over-65s": an age, below or above which
    const ageGroup = t.lower.startsWith('under-') || t.lower.startsWith('over-') ? /^(under|over)-(\d{1,3})s$/i.exec(t.text) : null;
    if (ageGroup) {
      found.push({ kind: 'count', value: Number(ageGroup[2]), text: t.text, start: t.start, end: t.end, bound: ageGroup[1].toLowerCase() === 'under' ? 'max' : 'min', unit: '', ageIn: 'year' });
      continue;
    }
    // "scored twice", "visited thrice": a count of times, as "three times" counts them
    if (t.lower === 'twice' || t.lower === 'thrice') {
      found.push({ kind: 'count', value: t.lower === 'twice' ? 2 : 3, text: t.text, start: t.start, end: t.end, bound: 'exact', unit: '', counted: 'time', countable: true });
      continue;
    }
    if (isMonth(t, tokens, i)) {
      // "the July–September quarter": a span of months, named by its ends
      const last = MONTH_SPAN_JOINS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2] !== undefined && isMonth(tokens[i + 2], tokens, i + 2) ? tokens[i + 2] : undefined;
      if (last) {
        found.push({ kind: 'month', value: monthIndexOf(t) + 1, text: text.slice(t.start, last.end), start: t.start, end: last.end, bound: 'exact', unit: '', rangeTo: monthIndexOf(last) + 1 });
        i += 2;
        continue;
      }
      found.push({ kind: 'month', value: monthIndexOf(t) + 1, text: t.text, start: t.start, end: t.end, bound: 'exact', unit: '' });
      continue;
    }
    // "Monday", and "Mondays" as in "closed on Mondays"
    const day = weekdayOf(t);
    if (day > 0) {
      // "Monday to Friday": the days from one to the other, so that "Wednesday" and "weekdays" agree with it
      const last = RANGE_JOINS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.lower === 'through' ? weekdayOf(tokens[i + 2]) : 0;
      found.push({ kind: 'weekday', value: day, text: t.text, start: t.start, end: t.end, bound: 'exact', unit: '', ...(last > day ? { rangeTo: last } : {}) });
      continue;
    }
    // "at weekends", "on weekdays": the days they are ("Saturdays and Sundays", "Monday to Friday"), vaguer than a named day
    const days = WEEK_PARTS[t.lower];
    if (days) {
      found.push({ kind: 'weekday', value: days[0], text: t.text, start: t.start, end: t.end, bound: 'exact', unit: '', countable: true, rangeTo: days[days.length - 1] });
      continue;
    }
    // a quarter of the year: "Q3", "the third quarter", "first-quarter results"
    if (/^Q[1-4]$/.test(t.text)) {
      found.push({ kind: 'quarter', value: Number(t.text[1]), text: t.text, start: t.start, end: t.end, bound: 'exact', unit: '' });
      continue;
    }
    const ord = /^(\d+)(st|nd|rd|th)$/i.exec(t.text);
    if (ord || ORDINALS.includes(t.lower)) {
      const value = ord ? Number(ord[1]) : ORDINALS.indexOf(t.lower) + 1;
      // the word it belongs to, past a joining hyphen: "third quarter", "first-quarter", "78th-minute"
      const quarterAt = joined(tokens, i);
      if (value >= 1 && value <= 4 && /^quarters?$/.test(tokens[quarterAt]?.lower ?? '')) {
        const q = tokens[quarterAt];
        found.push({ kind: 'quarter', value, text: text.slice(t.start, q.end), start: t.start, end: q.end, bound: 'exact', unit: '' });
        i = quarterAt;
        continue;
      }
      // "May 30th", "the 30th of May": a date
      if (ord && value >= 1 && value <= 31 && (isMonth(tokens[i - 1], tokens, i - 1) || (tokens[i + 1]?.lower === 'of' && isMonth(tokens[i + 2], tokens, i + 2)))) {
        found.push({ kind: 'day', value, text: t.text, start: t.start, end: t.end, bound: 'exact', unit: '' });
        continue;
      }
      // "first joined", "was first elected", "second, it said": an adverb that orders events or points, no rank of a thing
      if (!ord && (t.pos === 'ADV' || tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.text === ',')) continue;
      // what it orders ("first place", "78th-minute"), so that "first place" is no changed "78th minute"
      const counted = countedNoun(tokens, quarterAt);
      // "for the first time" is a claim of its own, no summary's counting: a source that never says so rarely backs it
      const firstTime = value === 1 && tokens[i + 1]?.lower === 'time' && tokens[i - 1]?.lower === 'the';
      found.push({
        kind: 'ordinal', value, text: t.text, start: t.start, end: t.end, bound: 'exact', unit: '',
        ...(counted ? { counted } : {}), ...(ord || firstTime ? {} : { countable: true as const }),
      });
      continue;
    }
    // "10:30", "7:0-14:0" (opening hours in structured records): times on a 24-hour clock, "10:30 pm" is 22.5
    const clock24 = CLOCK_24.exec(t.text);
    if (clock24 && Number(clock24[1]) <= 24 && Number(clock24[2]) < 60 && (!clock24[3] || (Number(clock24[3]) <= 24 && Number(clock24[4]) < 60))) {
      const meridiem = MERIDIEM.has(tokens[i + 1]?.lower ?? '') && !clock24[3] ? tokens[i + 1].lower : '';
      const hour = meridiem ? clockHour(Number(clock24[1]), meridiem) : Number(clock24[1]);
      const end = meridiem ? tokens[i + 1].end : t.end;
      // "starts at 7:30" with no "am" or "pm" is morning or evening ("19:30" either way); "07:30" is on a 24-hour clock
      const eitherHalf = !meridiem && !clock24[3] && hour >= 1 && hour <= 12 && !clock24[1].startsWith('0');
      found.push({ kind: 'time', value: hour + Number(clock24[2]) / 60, text: text.slice(t.start, end), start: t.start, end, bound: boundBefore(tokens, i), unit: '', ...(eitherHalf ? { eitherHalfOfDay: true as const } : {}) });
      if (clock24[3]) found.push({ kind: 'time', value: Number(clock24[3]) + Number(clock24[4]) / 60, text: t.text, start: t.start, end: t.end, bound: 'exact', unit: '' });
      if (meridiem) i++;
      continue;
    }
    const clock = CLOCK_TOKEN.exec(t.text);
    if (clock && Number(clock[1]) <= 12) {
      const value = clockHour(Number(clock[1]), clock[3]) + Number(clock[2] ?? 0) / 60;
      found.push({ kind: 'time', value, text: t.text, start: t.start, end: t.end, bound: boundBefore(tokens, i), unit: '' });
      continue;
    }
    // "at noon", "by midnight"
    const clockWord = t.pos === 'PROPN' ? undefined : CLOCK_WORDS.get(t.lower);
    if (clockWord !== undefined) {
      found.push({ kind: 'time', value: clockWord, text: t.text, start: t.start, end: t.end, bound: boundBefore(tokens, i), unit: '' });
      continue;
    }
    // "2024-03-14" (and "2024-06-02 08:15"): a date as records and APIs write it, its year, month and day
    const iso = ISO_DATE.exec(t.text);
    if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31) {
      const at = { text: t.text, start: t.start, end: t.end, bound: 'exact' as const, unit: '' };
      found.push({ kind: 'year', value: Number(iso[1]), ...at }, { kind: 'month', value: Number(iso[2]), ...at }, { kind: 'day', value: Number(iso[3]), ...at });
      continue;
    }
    const measure = t.kind === 'number' ? fieldMeasure(tokens, i) : undefined;
    const measured = measure && readNumber(tokens, i);
    if (measure && measured && measured.next === i + 1) {
      found.push({ kind: measure.kind, value: measured.value * measure.scale, text: t.text, start: t.start, end: t.end, bound: 'exact', unit: measure.unit });
      continue;
    }
    // "a single cask": one of it, as "one cask" says
    if (t.lower === 'single' && tokens[i - 1]?.lower === 'a' && tokens[i + 1]?.pos === 'NOUN') {
      const counted = countedNoun(tokens, i + 1);
      found.push({ kind: 'count', value: 1, text: t.text, start: t.start, end: t.end, bound: 'exact', unit: '', ...(counted ? { counted } : {}), countable: true });
      continue;
    }
    const range = readRange(tokens, i, text);
    if (range) {
      found.push(...range);
      continue;
    }
    const isCurrencySymbol = CURRENCY_SYMBOL.has(t.lower) && tokens[i + 1]?.kind === 'number';
    const startIndex = isCurrencySymbol ? i + 1 : i;
    const num = readNumber(tokens, startIndex);
    if (!num) continue;
    // "one of them", "one is a drama": a pronoun, not a count; though "one of its two engines" is one engine
    if (t.lower === 'one' && num.next === i + 1 && (tokens[i + 1]?.lower === 'of' || tokens[i + 1]?.pos === 'AUX' || tokens[i + 1]?.pos === 'VERB')) {
      // "every one of the 139,255 cells" is all of them, not one
      const ofCounted = tokens[i + 1]?.lower === 'of' && !EVERY_ONE.has(tokens[i - 1]?.lower ?? '') ? oneOfCounted(tokens, i + 2) : undefined;
      if (ofCounted) found.push({ kind: 'count', value: 1, text: t.text, start: t.start, end: t.end, bound: 'exact', unit: '', counted: ofCounted, countable: true });
      continue;
    }
    // "one because of the wind and one because of a fault", "one from Kenya": a pronoun before a clause
    // or a preposition (not "one in five", a ratio, or "one per cent")
    if (t.lower === 'one' && num.next === i + 1 && isPronounBeforeLink(tokens, i + 1)) continue;
    // "the old one", "this one", "a new one": a pronoun after a determiner or adjective, with no noun to count
    // (not "a one-year deal", "a one-time fee": a hyphen joins it to what it counts)
    if (t.lower === 'one' && num.next === i + 1 && (tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.pos === 'ADJ') && tokens[i + 1]?.text !== '-' && countedNoun(tokens, i + 1) === undefined) continue;
    let kind: QuantityKind = 'count';
    let unit = isCurrencySymbol ? t.lower.replace('us$', '$') : '';
    let end = num.next;
    if (attachedHyphen(tokens, end) && tokens[end + 1].lower in CURRENCY_WORD) end++;
    const after = tokens[end]?.lower ?? '';
    // "2007 -- 11": the second year of a range, its century left out
    const rangeEndYear = num.next === i + 1 && RANGE_DASH.test(tokens[i - 1]?.text ?? '') ? shortYearEnd(tokens[i - 2]?.text ?? '', t.text) : undefined;
    // "42 percentage chance"; and "8 percentage points", a difference of two percentages, as is "eight points"
    // in a sentence that gives a percentage ("has fallen by eight points, to 6%")
    const points = after === 'percentage' && POINTS.test(tokens[end + 1]?.lower ?? '') ? 2 : POINTS.test(after) && tokens.some((x) => x.lower === '%' || x.lower === 'percent') ? 1 : 0;
    if (after === '%' || after === 'percent' || after === 'percentage' || points > 0 || (after === 'per' && tokens[end + 1]?.lower === 'cent')) {
      kind = 'percent';
      end += points || (after === 'per' ? 2 : 1);
    } else if (unit || after in CURRENCY_WORD) {
      kind = 'money';
      if (!unit) {
        unit = CURRENCY_WORD[after];
        end++;
      }
    } else if (!unit && (after === 'pence' || ((after === 'p' || after === 'p.') && tokens[end].start === tokens[end - 1].end))) {
      // "15p", "40 pence": hundredths of a pound, so that "15p more" agrees with "from £1.20 to £1.35"
      // (a sentence's last "85p." comes as one token "p.": the full stop is no part of it)
      kind = 'money';
      unit = '£';
      num.value = Number((num.value / 100).toPrecision(12));
      end++;
    } else if (/^\d{4}$/.test(tokens[startIndex].text) && num.next === startIndex + 1 && num.value >= 1800 && num.value <= 2100 && after !== 's') {
      kind = 'year';
    } else if (/^\d{3,4}$/.test(t.text) && num.next === i + 1 && afterMonth(tokens, i)) {
      // "12 September 1494", "March 3, 1871": the year of a date, however early
      kind = 'year';
    } else if (rangeEndYear !== undefined) {
      kind = 'year';
      num.value = rangeEndYear;
    } else if (num.value >= 1 && num.value <= 31 && Number.isInteger(num.value) && ((isMonth(tokens[end], tokens, end) && /^\d/.test(t.text)) || (afterMonthName(tokens, i) && !countsAfterDate(tokens, i, end)))) {
      // (a day before its month is written in digits: "on one November night" is no 1 November)
      kind = 'day';
    }
    // "7 pm", "10 a.m.": a time of day, on a 24-hour clock ("7 pm" is 19), never a count
    const meridiem = tokens[end]?.lower ?? '';
    // "7.30 pm", "12.30 am": hours and minutes, not 7.3 hours
    const dotted = /^(\d{1,2})\.(\d{2})$/.exec(tokens[startIndex].text);
    const hour = dotted ? Number(dotted[1]) : num.value;
    if (kind === 'count' && MERIDIEM.has(meridiem) && hour >= 0 && hour <= 12 && (!dotted || Number(dotted[2]) < 60)) {
      kind = 'time';
      num.value = clockHour(hour, meridiem) + (dotted ? Number(dotted[2]) / 60 : 0);
      end++;
    }
    // "two in the morning", "six in the evening": an hour of the day, as "2am" and "6pm"
    const dayPart = tokens[end]?.lower === 'in' && tokens[end + 1]?.lower === 'the' ? DAY_PARTS[tokens[end + 2]?.lower ?? ''] : undefined;
    if (kind === 'count' && dayPart && Number.isInteger(num.value) && num.value >= 1 && num.value <= 12) {
      kind = 'time';
      num.value = clockHour(num.value, dayPart);
      end += 3;
    }
    // "three times as many", "five times the size", "10-fold", "a two - fold rise": a change by a factor
    const foldAt = tokens[end]?.text === '-' ? end + 1 : end;
    const timesSign = /^[x×]$/i.test(tokens[end]?.text ?? '') && tokens[end].start === tokens[end - 1].end;
    const timesFactor = timesSign || (tokens[end]?.lower === 'times' && FACTOR_NEXT.has(tokens[end + 1]?.lower ?? ''));
    if (kind === 'count' && (timesFactor || tokens[foldAt]?.lower === 'fold')) {
      const last = tokens[timesFactor ? end : foldAt];
      found.push({ kind: 'factor', value: num.value, text: text.slice(t.start, last.end), start: t.start, end: last.end, bound: boundBefore(tokens, i), unit: '' });
      i = timesFactor ? end : foldAt;
      continue;
    }
    // "21.1°C", "86 °F": degrees, the scale letter part of the quantity rather than a new word
    // (a sentence's last "°F." comes as one token "F.": the full stop is no part of it)
    const degrees = kind === 'count' && tokens[end]?.text === '°';
    if (degrees) end += /^[CFK]\.?$/.test(tokens[end + 1]?.text ?? '') ? 2 : 1;
    const endOffset = degrees || (kind === 'money' && tokens[end - 1].lower === 'p.') ? tokens[end - 1].start + 1 : tokens[end - 1].end;
    // the noun a count counts, asked once for the checks below and the quantity itself; the first number of
    // a range counts what the second does ("two to three cups", "two or three coffees")
    const ownCounted = degrees ? 'degree' : kind === 'count' ? countedNoun(tokens, end) : undefined;
    const counted = ownCounted ?? (kind === 'count' ? (rangeCounted(tokens, end, tokens[i - 1]?.lower ?? '') ?? fieldCounted(tokens, i)) : undefined);
    // "at 9" with no noun after it: an hour of the day, morning or evening (not a rate: "stay at two an hour";
    // nor a share: "at three of the beaches"; "at 9 every day" is still the hour)
    const before = tokens[i - 1];
    const rate = ['a', 'an', 'per'].includes(tokens[end]?.lower ?? '') && RATE_UNITS.has(tokens[end + 1]?.lemma ?? '');
    const partOf = tokens[end]?.lower === 'of';
    // "at four designated picnic sites": a participle before a noun still makes it a count
    const describedNoun = tokens[end]?.pos === 'VERB' && /(?:ed|ing)$/.test(tokens[end].lower) && tokens[end + 1]?.pos === 'NOUN';
    if (kind === 'count' && before?.lower === 'at' && end === startIndex + 1 && Number.isInteger(num.value) && num.value >= 1 && num.value <= 12 && !counted && !rate && !partOf && !describedNoun) {
      found.push({ kind: 'time', value: num.value % 12, text: t.text, start: t.start, end: t.end, bound: 'exact', unit: '', eitherHalfOfDay: true });
      continue;
    }
    // "50 years", "two months", "a 10-year plan", "half a century": a length of time, in days; not
    // an age ("a 27-year-old", "27 - year - old", "27 years old"), which stays a count as it was
    // ("40 fewer minutes", "three more weeks"; not "70,000 last year")
    const unitAt = tokens[end]?.text === '-' || MORE_OR_LESS.has(tokens[end]?.lower ?? '') ? end + 1 : end;
    const lengthUnit = kind === 'count' ? tokens[unitAt] : undefined;
    const age = isOld(tokens[unitAt + 1]) || (tokens[unitAt + 1]?.text === '-' && isOld(tokens[unitAt + 2]));
    // an age counts the years it is old ("a 4,000-year-old tomb"), so that it agrees with "4,000 years"
    const ageOf = age && lengthUnit && lengthUnit.lemma in DURATION_DAYS ? lengthUnit.lemma : undefined;
    // "four days a week": how often, as "four times a week", not how long
    // (hyphenated too: "60-days-a-year")
    const perAt = pastGluedHyphen(tokens, unitAt + 1);
    const often = lengthUnit?.lemma === 'day' && ((PER.has(tokens[perAt]?.lower ?? '') && ['week', 'month', 'year', 'fortnight'].includes(tokens[pastGluedHyphen(tokens, perAt + 1)]?.lemma ?? '')) || daysOfTheWeek(tokens, i, perAt));
    if (lengthUnit && often) {
      found.push({
        kind: 'count', value: num.value, text: text.slice(tokens[i].start, lengthUnit.end), start: tokens[i].start, end: lengthUnit.end, bound: boundBefore(tokens, i), unit: '', counted: 'time',
        ...(t.lower in SMALL ? { countable: true as const } : {}),
      });
      i = unitAt;
      continue;
    }
    if (lengthUnit && lengthUnit.kind === 'word' && lengthUnit.lemma in DURATION_DAYS && !age) {
      // "an hour and a half", "two years and a half"
      const andAHalf = tokens[unitAt + 1]?.lower === 'and' && tokens[unitAt + 2]?.lower === 'a' && tokens[unitAt + 3]?.lower === 'half';
      const last = andAHalf ? tokens[unitAt + 3] : lengthUnit;
      const days = (num.value + (andAHalf ? 0.5 : 0)) * DURATION_DAYS[lengthUnit.lemma];
      found.push({
        kind: 'duration', value: days, text: text.slice(tokens[i].start, last.end), start: tokens[i].start, end: last.end,
        // a whole year in smaller units, or "within a year", missing from the sources is often a summary's own rounding
        // and so is one unit in words ("a one-day pass" where the source says "a day pass")
        bound: boundBefore(tokens, i), unit: '', ...(!andAHalf && ((num.value > 1 && isOneUnit(days)) || oneUnitOfTime(tokens, i) || (num.value === 1 && !isDigits(t))) ? { countable: true as const } : {}),
        ...(placesTime(tokens, (andAHalf ? unitAt + 3 : unitAt) + 1) ? { relative: true as const } : {}),
      });
      i = andAHalf ? unitAt + 3 : unitAt;
      continue;
    }
    // the first number of "10 to 12 years" is as long a time as the second, which is read next, and
    // "two rapid centuries", "three long weeks", "five working days" are as long as "two centuries", "three weeks", "five days"
    // (a unit right after the number reaches here only as an age, "27 years old", which stays a count)
    const describedUnit = tokens[end]?.lemma in DURATION_DAYS ? undefined : unitOfTimeAt(tokens, end);
    const unitOfTime = describedUnit ?? (ownCounted === undefined ? counted : undefined);
    if (kind === 'count' && unitOfTime !== undefined && unitOfTime in DURATION_DAYS) {
      found.push({ kind: 'duration', value: num.value * DURATION_DAYS[unitOfTime], text: text.slice(t.start, endOffset), start: t.start, end: endOffset, bound: boundBefore(tokens, i), unit: '' });
      i = end - 1;
      continue;
    }
    // "Windows 10", "step 7", "passage 2": a number that labels the noun before it counts nothing; though
    // "magnitude 5.8", "category 4" measure it, as "a 5.8-magnitude quake" does
    const measuredBy = kind === 'count' && before !== undefined && MEASURED_BY_NUMBER.has(before.lemma);
    if (kind === 'count' && !isCurrencySymbol && before && (before.pos === 'NOUN' || before.pos === 'PROPN') && before.kind === 'word' && !counted && !ageOf && !measuredBy) {
      i = end - 1;
      continue;
    }
    // "the second half", "a half": a part of something, no amount ("half a million", "half an hour" and shares are read above)
    if (kind === 'count' && num.value < 1 && !isDigits(t)) {
      i = end - 1;
      continue;
    }
    // "from 18 to 25 percent", "between 5 and 10 dollars": the first number has the second's unit
    const shared = kind === 'count' && !ownCounted && !ageOf ? unitOfRangeEnd(tokens, end, before?.lower ?? '') : undefined;
    if (shared) {
      [kind, unit] = [shared.kind, shared.unit];
      if (end === startIndex + 1) num.value *= shared.scale;
    }
    // "every 15 minutes instead of every 20", "5.2% from 4.9": the second has the first's unit
    const earlier = kind === 'count' && !counted && !ageOf && end === startIndex + 1 ? unitOfEarlier(found, tokens, i) : undefined;
    if (earlier) {
      kind = earlier.kind;
      num.value *= earlier.scale;
    }
    const first = tokens[i];
    // "rated 4.4 out of 5": the scale a figure is given on, which a source need not state
    const scale = kind === 'count' && tokens[i - 1]?.lower === 'of' && tokens[i - 2]?.lower === 'out' && tokens[i - 3]?.kind === 'number';
    found.push({
      kind, value: num.value, text: text.slice(first.start, endOffset), start: first.start, end: endOffset,
      bound: kind === 'year' ? 'exact' : boundBefore(tokens, i), unit,
      ...(kind === 'count' ? { counted: scale ? OUT_OF : (counted ?? (measuredBy ? before!.lemma : undefined)), ...(ageOf ? { ageIn: ageOf } : {}) } : {}),
      ...(scale ? { countable: true as const } : {}),
      ...(kind === 'percent' && OFF_PRICE.has(tokens[end]?.lower ?? '') ? { offPrice: true as const } : {}),
      ...(kind === 'percent' && tokens[end]?.lower === 'of' ? { shareOf: true as const } : {}),
      ...(kind === 'count' && end === startIndex + 1 && t.lower in SMALL && num.value >= 1 && num.value <= 10 ? { countable: true as const } : {}),
    });
    i = end - 1;
  }
  return withDifferences(withRates(found, tokens), tokens);
}

/** What joins the two ends of a span of months: "July–September" (not "to": "moved from April to June" changes one date). */
const MONTH_SPAN_JOINS = new Set(['-', '–', '—', 'through']);

/** After a percentage, words that make it taken off a price: "a 90 percent discount", "20% off". */
const OFF_PRICE = new Set(['discount', 'off', 'reduction', 'cheaper']);

/** Amounts whose change a text may state ("from 40 to 80 staff", "$2bn, up from $1bn", "four months' notice …, up from two months"). */
const CHANGING = new Set<QuantityKind>(['count', 'money', 'percent', 'duration']);
/** Before the "from" of "$2bn, up from $1bn": the amount before it is the new one. */
const CHANGE_WORDS = new Set(['up', 'down', 'rising', 'falling', 'rose', 'fell', 'increasing', 'decreasing', 'climbing', 'dropping']);
/** Verbs (lemmas) of a change, one of which must come shortly before "from X to Y": "rose from", not "range from" or "ran from". */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rise', 'fall', 'increase', 'decrease', 'grow', 'climb', 'drop', 'decline', 'jump', 'surge', 'soar', 'plunge', 'slump', 'tumble', 'slide', 'sink',
  'cut', 'raise', 'reduce', 'lower', 'boost', 'shrink', 'expand', 'swell', 'widen', 'narrow', 'improve', 'worsen', 'change', 'go', 'double', 'triple', 'halve', 'up', 'down',
]);

/** After a number in a sentence that gives a percentage, or after "percentage": a difference of percentages ("eight points"). */
const POINTS = /^points?$/;

/**
 * Words after an amount that give it as what there is now ("up from 1.8 million now", "from 40 today"). Wider
 * than quantityConflicts' PRESENT_TIMES: right after a change's first amount, "today" can only be the present.
 */
const PRESENT_WORDS = new Set(['now', 'currently', 'today']);

/**
 * The changes a source states between two amounts of one kind, as factors (new / old), so that a
 * claim's "doubled" agrees with "rose from $1 billion to $2 billion" and "tripled" conflicts with
 * it: "rose from X to Y" (a verb of change at most four words before "from", Y within 12 tokens), and
 * "Y, up/down from X" (Y within 12 tokens before); not "prices range from $5 to $10".
 * Only for source text: a claim's own "from X to Y" is two amounts the sources must give.
 */
export function changeFactors(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  // a change is between two amounts: most sentences have fewer, and cost no token map
  if (quantities.length < 2) return [];
  const at = new Map(tokens.map((t, i) => [t.start, i]));
  const out: Quantity[] = [];
  const sameAmount = (a: Quantity, b: Quantity) => a.kind === b.kind && a.unit === b.unit;
  // the change from `old` to `changed` as a factor, its text spanning both amounts
  // (a change "from" one amount replaced it; one "rising to" another may be a later stage, as a fine's if unpaid)
  // (a change "up from 1.8 million now" is still to come: its first amount is what there is now)
  const stated = (old: Quantity, changed: Quantity, start: number, end: number, replaced: boolean, now = false) =>
    out.push({ kind: 'factor', value: changed.value / old.value, text: text.slice(start, end), start, end, bound: 'approx', unit: '', statedChange: true, ...(replaced ? { between: { before: old, after: changed, ...(now ? { beforeIsNow: true as const } : {}) } } : {}), ...(old.kind === 'percent' ? { ofShares: true as const } : {}) });
  quantities.forEach((old, k) => {
    const i = at.get(old.start);
    if (i === undefined || !CHANGING.has(old.kind) || old.value <= 0) return;
    // "a fine of £80, rising to £160 if unpaid": a change after the first amount, to the second
    const later = risingTo(quantities, k, tokens, at);
    if (later) {
      stated(old, later, old.start, later.end, false);
      return;
    }
    if (tokens[i - 1]?.lower !== 'from') return;
    const changing = changedBefore(tokens, i - 1);
    const to = !changing ? undefined : quantities.slice(k + 1).find((q) => sameAmount(q, old) && tokens[(at.get(q.start) ?? 0) - 1]?.lower === 'to' && (at.get(q.start) ?? Infinity) - i <= 12);
    const beforeFrom = tokens[i - 2]?.lower === ',' ? tokens[i - 3] : tokens[i - 2];
    // (not a count of a unit of time between them: "310 people … on one night in November, up from 260")
    const before = to ? undefined : CHANGE_WORDS.has(beforeFrom?.lower ?? '') ? quantities.slice(0, k).reverse().find((q) => sameAmount(q, old) && !RATE_UNITS.has(q.counted ?? '') && i - (at.get(q.start) ?? -Infinity) <= 16) : undefined;
    const changed = to ?? before;
    if (!changed) return;
    const [start, end] = to ? [old.start, changed.end] : [changed.start, old.end];
    stated(old, changed, start, end, true, PRESENT_WORDS.has(tokens[indexAfter(tokens, old)]?.lower ?? ''));
  });
  return out;
}

/** Breaks between a verb of change and its "from": "cut the wait for a hip or knee from 52 weeks", not "cut jobs; wages from 2 to 3". */
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '(', ')', 'and', 'but', 'while', 'which', 'who', 'that']);

/**
 * Whether a verb of change comes before the "from" at `from`, in its clause and at most ten words back:
 * "rose from", "has cut the average wait for a hip or knee replacement from".
 */
function changedBefore(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 10); k--) {
    const t = tokens[k];
    if (CHANGE_VERBS.has(t.lemma) || CHANGE_VERBS.has(t.lower)) return true;
    // (the old window of four words crossed any break; past it, a break ends the search)
    if (from - k > 4 && CLAUSE_BREAKS.has(t.lower)) return false;
  }
  return false;
}

/**
 * The amount that quantity k changes to, where a verb of change and "to" follow it within a few
 * words ("£80 per child, rising to £160", "30 minutes, going up to 45"): the same kind and unit.
 */
function risingTo(quantities: Quantity[], k: number, tokens: Token[], at: Map<number, number>): Quantity | undefined {
  const old = quantities[k];
  const next = quantities[k + 1];
  if (!next || next.kind !== old.kind || next.unit !== old.unit) return undefined;
  const j = at.get(next.start);
  let i = at.get(old.start);
  if (i === undefined || j === undefined || tokens[j - 1]?.lower !== 'to') return undefined;
  while (i < j && tokens[i].end <= old.end) i++;
  const between = tokens.slice(i, j - 1);
  return between.length <= 5 && between.some((t, x) => (CHANGE_VERBS.has(t.lemma) || CHANGE_VERBS.has(t.lower)) && (t.lower.endsWith('ing') || between[x - 1]?.text === ',')) ? next : undefined;
}

const SCALE_LETTER_END = /\d\s*(k|m|mn|bn|b)$/i;
/** Whether `scaled` ("5.68m", "3bn") is `plain`'s digits times the thousand, million or billion its last letter may stand for. */
function scaleLetterApart(scaled: Quantity, plain: Quantity): boolean {
  // both scaled ("£1.2m" and "£1.2bn") are two amounts, not one read two ways
  if (!SCALE_LETTER_END.test(scaled.text) || plain.value === 0 || plain.value !== Number(/\d[\d,]*(\.\d+)?/.exec(plain.text)?.[0].replace(/,/g, ''))) return false;
  const ratio = scaled.value / plain.value;
  return [1e3, 1e6, 1e9].some((f) => Math.abs(ratio - f) / f < 1e-9);
}

function significantDigits(v: number): number {
  const s = String(Math.abs(v)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, s.length);
}

/** Units of measure a count may be given in (by lemma): what they measure, their size in its base unit (metre, gram, litre, square metre), and whether metric. */
const MEASURES = new Map<string, readonly [dimension: string, factor: number, metric: boolean]>();
for (const [dimension, factor, metric, units] of [
  ['length', 0.001, true, 'mm millimeter millimetre'], ['length', 0.01, true, 'cm centimeter centimetre'], ['length', 1, true, 'm meter metre'],
  ['length', 1000, true, 'km kilometer kilometre'], ['length', 0.0254, false, 'inch'], ['length', 0.3048, false, 'foot ft'], ['length', 0.9144, false, 'yard'],
  ['length', 1609.344, false, 'mile'], ['mass', 0.001, true, 'mg milligram milligramme'], ['mass', 1, true, 'g gram gramme'],
  ['mass', 1000, true, 'kg kilogram kilogramme kilo'], ['mass', 1e6, true, 'tonne'], ['mass', 1e6, false, 'ton'], ['mass', 28.3495, false, 'ounce oz'],
  ['mass', 453.592, false, 'lb'], ['mass', 6350.29, false, 'stone'], ['volume', 0.001, true, 'ml milliliter millilitre'], ['volume', 1, true, 'liter litre'],
  ['area', 1e4, true, 'hectare'], ['area', 4046.86, false, 'acre'],
] as const) for (const unit of units.split(' ')) MEASURES.set(unit, [dimension, factor, metric]);

/** The unit of measure a count counts ("1.5km", "1,500 metres", "200 g."), if it is one. */
export function measureOf(q: Quantity): { unit: string; dimension: string; factor: number; metric: boolean } | undefined {
  if (q.kind !== 'count' || q.counted === undefined) return undefined;
  const unit = q.counted.replace(/\.$/, '');
  const m = MEASURES.get(unit);
  return m && { unit, dimension: m[0], factor: m[1], metric: m[2] };
}

/** Whether two measured counts give the same measure in different units: "1.5km" and "1,500 metres"; a conversion between metric and imperial units is rounded (within 5%). */
function sameMeasure(claim: Quantity, source: Quantity, c: NonNullable<ReturnType<typeof measureOf>>, s: NonNullable<ReturnType<typeof measureOf>>): boolean {
  if (c.dimension !== s.dimension) return false;
  const base = (q: Quantity, f: number): Quantity => ({ ...q, value: q.value * f, counted: undefined, ...(q.rangeTo !== undefined ? { rangeTo: q.rangeTo * f } : {}) });
  if (c.metric && s.metric) return quantitiesAgree(base(claim, c.factor), base(source, s.factor));
  return Math.abs(claim.value * c.factor - source.value * s.factor) <= 0.05 * source.value * s.factor;
}

/** How far inside a claim's bound on a share an exact source share may lie and keep it: "more than half" for up to 62.5%. */
const BOUND_REACH = 1.25;

/** Same kind and a compatible value: equal, or a rounded/approximate rendering of the other. */
export function quantitiesAgree(claim: Quantity, source: Quantity): boolean {
  if (claim.kind === 'time' && source.kind === 'time' && (claim.eitherHalfOfDay || source.eitherHalfOfDay)) return claim.value % 12 === source.value % 12;
  // a time of day is not rounded: "5 pm" is not "5:30 pm" (unless either says "about")
  if (claim.kind === 'time' && source.kind === 'time') return Math.abs(claim.value - source.value) < 1 / 120 || ((claim.bound !== 'exact' || source.bound !== 'exact') && Math.abs(claim.value - source.value) <= 0.25);
  // "At 12, she…" (read as a bare hour) and "aged 12": a bare number either way
  const bareHour = (x: Quantity, y: Quantity) => x.kind === 'time' && x.eitherHalfOfDay === true && y.kind === 'count' && y.counted === undefined && Number.isInteger(y.value);
  if (bareHour(claim, source) || bareHour(source, claim)) return claim.value % 12 === source.value % 12;
  // "4,000 years" and "a 4,000-year-old tomb": an age is as long as the time it counts
  const age = (q: Quantity) => (q.kind === 'count' && q.ageIn !== undefined ? { ...q, kind: 'duration' as const, value: q.value * DURATION_DAYS[q.ageIn] } : q);
  // "a four-decade-old base" and "its 40-year-old headquarters": two ages in different units
  if (claim.ageIn !== undefined && source.ageIn !== undefined && claim.ageIn !== source.ageIn) return quantitiesAgree({ ...age(claim), ageIn: undefined }, { ...age(source), ageIn: undefined });
  if ((claim.kind === 'duration') !== (source.kind === 'duration') && (claim.kind === 'duration' || source.kind === 'duration')) {
    const [c, s] = [age(claim), age(source)];
    if (c.kind === 'duration' && s.kind === 'duration') return quantitiesAgree(c, s);
  }
  // "doubled" and "rose 100%", "halved" and "fell 50%", "grew by half" and "from 2 million to 3 million"
  if ((claim.kind === 'factor') !== (source.kind === 'factor') && (claim.kind === 'percent' || source.kind === 'percent')) {
    const [factor, percent] = claim.kind === 'factor' ? [claim, source] : [source, claim];
    // "cover 35% of the city" restates no rise "from 18 to 25 percent" (×1.39)
    if (factor.ofShares) return false;
    return quantitiesAgree({ ...percent, kind: 'factor', value: factor.value >= 1 ? 1 + percent.value / 100 : 1 - percent.value / 100 }, { ...factor, bound: 'approx' });
  }
  // a source's "last year" is the past year only to a claim's "in the past year", not its "for a year"
  if (source.recent && source.derived && !claim.recent) return false;
  // "pay 10% of the charge" for "a 90 percent discount": what is left after what is taken off
  const leftAfter = (x: Quantity, y: Quantity) => x.shareOf === true && y.offPrice === true && Math.abs(x.value + y.value - 100) < 0.5;
  if (claim.kind === 'percent' && source.kind === 'percent' && (leftAfter(claim, source) || leftAfter(source, claim))) return true;
  if (claim.kind !== source.kind) {
    // "2012" written as a plain count in one text and a year in the other still agrees
    const yearish = (q: Quantity) => q.kind === 'year' || q.kind === 'count';
    // a claim that leaves out the currency ("fined 110" for "fined £110", or "# 110" where tokenised
    // text lost the "£") states the same amount, and so does a source that gives the currency only
    // once ("2.3 billion euros, down from 3.1 billion")
    const bareAmount = (claim.kind === 'count' && source.kind === 'money') || (claim.kind === 'money' && source.kind === 'count' && source.counted === undefined);
    if (!(yearish(claim) && yearish(source)) && !bareAmount) return false;
  }
  if (claim.kind === 'money' && source.kind === 'money' && claim.unit && source.unit && claim.unit !== source.unit) return false;
  // "£62 a week" is not "£62 a day", nor "£180,000 in total" "£180,000 a year"
  if (claim.per !== undefined && source.per !== undefined && claim.per !== source.per) return false;
  // a yearly share of a whole (statedRates) is no amount unless the claim gives it as one
  if (source.derived && source.per !== undefined && claim.per === undefined) return false;
  if ((claim.total && source.per !== undefined) || (source.total && claim.per !== undefined)) return false;
  // "the July–September quarter" ends in the "three months to September" and starts in "July"
  if (claim.kind === 'month' && source.kind === 'month' && claim.rangeTo !== undefined && source.rangeTo === undefined) return source.value === claim.value || source.value === claim.rangeTo;
  // "about 3,500 people" within "3-4 thousand people" (not within "thousands of people": an exact figure the source does not give)
  if (source.rangeTo !== undefined && !source.vague && claim.kind === source.kind && claim.value >= source.value && claim.value <= source.rangeTo) return true;
  // "thousands of people" for "about 2,000 people"
  if (claim.vague && source.rangeTo === undefined && claim.kind === source.kind) return source.value >= claim.value && source.value <= claim.rangeTo!;
  // "in the 1970s" for "in 1974"
  // and "in her 20s" for "aged 25"
  const spanOfYears = (q: Quantity) => q.kind === 'year' || q.ageIn !== undefined;
  // (an age the source gives as a bare number: "a woman aged 25", "Smith, 25,")
  const bareAge = claim.ageIn !== undefined && source.kind === 'count' && source.counted === undefined;
  if (claim.kind === source.kind && spanOfYears(claim) && (spanOfYears(source) || bareAge) && claim.rangeTo !== undefined && source.rangeTo === undefined) return source.value >= claim.value && source.value <= claim.rangeTo;
  // "1,500 metres" for "1.5km": the same length in another unit ("1,500 km" is not "1,500 m")
  const [inClaim, inSource] = [measureOf(claim), measureOf(source)];
  if (inClaim && inSource && inClaim.unit !== inSource.unit && inClaim.factor !== inSource.factor) return sameMeasure(claim, source, inClaim, inSource);
  const a = claim.value;
  const b = source.value;
  if (a === b) return true;
  // "5.68m" read as millions where it is metres, or "# 10.25 m" (tokenised "£10.25m") as 10.25: the same digits with a scale letter either way
  if (scaleLetterApart(claim, source) || scaleLetterApart(source, claim)) return true;
  if (b === 0 || a === 0) return false;
  const rel = Math.abs(a - b) / Math.abs(b);
  const loose = claim.bound !== 'exact' || source.bound !== 'exact';
  // "under £10" is no rounding of an exact £11, nor "over 500" of 480
  const pastBound = source.bound === 'exact' && ((claim.bound === 'max' && b > a) || (claim.bound === 'min' && b < a));
  if (loose && rel <= 0.1 && !pastBound) return true;
  // "more than half" for 60%, "under a third" for 30%: a bound on a share the exact figure keeps, not far inside it
  // (not counts: "at least 14 people were killed" is no rounding of another attack's 16)
  const kept = source.bound === 'exact' && ((claim.bound === 'min' && b >= a && b <= a * BOUND_REACH) || (claim.bound === 'max' && b <= a && b * BOUND_REACH >= a));
  if (kept && claim.kind === 'percent' && source.kind === 'percent') return true;
  // "more than a thousand people" for 1,200: a round bound on a count (not "at least 14 killed" for another attack's 16)
  if (kept && claim.kind === 'count' && source.kind === 'count' && significantDigits(a) === 1 && a >= 100) return true;
  // "nearly a third" for 30%, "about half" for 45%: a share in words rounds the figure as much either side of it
  const inWords = (q: Quantity) => q.kind === 'percent' && !/\d/.test(q.text);
  if ((inWords(claim) || inWords(source)) && claim.kind === source.kind && Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) <= 0.1 + 1e-9 && !pastBound) return true;
  // months and years are no whole number of days: "two months" is 60.9 days, "60 days" 60
  if (claim.kind === 'duration' && rel <= 0.05) return true;
  // "1.2 million" for 1,234,567: the claim rounds the source to fewer significant digits; a year is
  // never rounded ("2020" is no rounding of "2021")
  if (rel <= 0.05 && significantDigits(a) < significantDigits(b) && claim.kind !== 'year' && source.kind !== 'year' && !pastBound) return true;
  return false;
}

/** What "one of" at `from` picks one of, when a number counts it: "one of its two engines" -> "engine" ("one of them" picks nothing counted). */
function oneOfCounted(tokens: Token[], from: number): string | undefined {
  const at = tokens[from]?.pos === 'DET' || tokens[from]?.pos === 'PRON' ? from + 1 : from;
  const many = tokens[at] && readNumber(tokens, at);
  return many && many.value > 1 ? countedNoun(tokens, many.next) : undefined;
}

/** After a pronoun "one": a clause ("because", "that") or a preposition, though not the "in" or "out of" of a ratio, nor "per". */
function isPronounBeforeLink(tokens: Token[], next: number): boolean {
  const t = tokens[next];
  if (!t) return false;
  if (t.pos === 'SCONJ') return true;
  if (t.pos !== 'ADP' || t.lower === 'per') return false;
  const ratio = (t.lower === 'in' || t.lower === 'out') && [next + 1, next + 2].some((k) => tokens[k] !== undefined && readNumber(tokens, k) !== null);
  return !ratio;
}

/** Words between "two of" and "four lanes" that say the four are the same things: "two of the road's four lanes". */
const OF_WHOLE = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'these', 'those', 'all']);

/**
 * The shares a source states as a count of a count ("two of the road's four traffic lanes", "3 of its 12
 * branches"), as percentages, so that a claim's "half its lanes" or "a quarter of its branches" agrees
 * with them, and the counts they leave ("the other nine branches"). Only for source text, like
 * changeFactors: a claim's own "two of four" is two counts the sources must give.
 */
export function statedShares(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  if (quantities.length < 2) return [];
  const at = new Map(tokens.map((t, i) => [t.start, i]));
  const out: Quantity[] = [];
  for (let k = 0; k + 1 < quantities.length; k++) {
    const [part, whole] = [quantities[k], quantities[k + 1]];
    if (part.kind !== 'count' || whole.kind !== 'count' || part.counted === SCORE || whole.value <= part.value || part.value <= 0) continue;
    const i = at.get(part.start);
    const j = at.get(whole.start);
    if (i === undefined || j === undefined || tokens[i].end !== part.end || tokens[i + 1]?.lower !== 'of') continue;
    // "of the four", "of its 12", "of the road's four": at most a possessor between
    const between = tokens.slice(i + 2, j);
    const possessor = between.length === 3 && between[2].lower === "'s" && OF_WHOLE.has(between[0].lower);
    if (!(between.length === 1 && OF_WHOLE.has(between[0].lower)) && !possessor) continue;
    out.push({ kind: 'percent', value: (100 * part.value) / whole.value, text: text.slice(part.start, whole.end), start: part.start, end: whole.end, bound: 'approx', unit: '' });
    // and the rest of the whole, as a count of it ("close 12 of its 80 shops" leaves 68)
    out.push({ ...whole, value: whole.value - part.value, text: text.slice(part.start, whole.end), start: part.start, end: whole.end, bound: jointBound(part, whole), derived: true });
  }
  return out;
}

/** After a share, the words that take it of the count before it: "600 homes, a quarter of which", "1,200 bikes, one in three of them". */
const OF_THOSE = new Set(['which', 'them', 'those', 'these', 'whom']);

/**
 * The counts a source states as a share of a count before it ("600 homes, a quarter of which will be
 * sold below market prices" gives 150 homes), so that a claim's "150 of them" agrees. Only for source
 * text, like statedShares.
 */
export function statedParts(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  const at = new Map(tokens.map((t, i) => [t.end, i]));
  quantities.forEach((share, k) => {
    const last = at.get(share.end);
    if (share.kind !== 'percent' || last === undefined || tokens[last + 1]?.lower !== 'of' || !OF_THOSE.has(tokens[last + 2]?.lower ?? '')) return;
    const whole = quantities.slice(0, k).reverse().find((q) => q.kind === 'count' || q.kind === 'money');
    if (!whole || whole.counted === SCORE || whole.counted === OUT_OF || whole.value <= 0 || share.value <= 0 || share.value >= 100) return;
    const value = (whole.value * share.value) / 100;
    // placed at the share, so that the words between the two figures stay words ("homes on a former golf course")
    const said = `${text.slice(share.start, share.end)} of ${text.slice(whole.start, whole.end)}`;
    out.push({ ...whole, value, text: said, start: share.start, end: share.end, bound: Number.isInteger(value) && share.bound === 'exact' ? 'exact' : 'approx' });
  });
  return out;
}

/**
 * The differences a source states as changes between two amounts (changeFactors' `between`: "310, up
 * from 260", "rose from 40 to 80"), as amounts of their kind, so that a claim's "50 more than a year
 * earlier" or "rose by 40" agrees. Only for source text, like changeFactors.
 */
export function statedDifferences(factors: Quantity[]): Quantity[] {
  return factors.flatMap((f) => {
    if (!f.between) return [];
    const { before, after } = f.between;
    const value = Number(Math.abs(after.value - before.value).toPrecision(12));
    if (value === 0) return [];
    return [{ ...after, value, text: f.text, start: f.start, end: f.end, bound: jointBound(before, after), derived: true as const }];
  });
}

/**
 * The amounts a source states as a share of an amount after it ("Half of the £600,000 cost is met by a
 * grant" gives £300,000; "a third of its $90 fee"), so that a claim's "a grant covers £300,000" agrees.
 * findQuantities reads the amount alone. Only for source text, like statedParts.
 */
export function statedPortions(quantities: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  if (quantities.length === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    // a share's word is "half" or a denominator, at most two tokens on ("a third", "two-thirds"): most tokens need no reading
    if (!(tokens[i].lower === 'half' || tokens[i + 1]?.lower in FRACTION || tokens[i + 2]?.lower in FRACTION)) continue;
    const share = readFraction(tokens, i);
    if (!share || !shareOfAmount(tokens, share.next) || share.value >= 100) continue;
    let k = share.next;
    while (k < tokens.length && tokens[k].kind !== 'number' && !CURRENCY_SYMBOL.has(tokens[k].lower)) k++;
    const whole = quantities.find((q) => q.start === tokens[k]?.start && (q.kind === 'money' || q.kind === 'count'));
    if (!whole) continue;
    const value = Number(((whole.value * share.value) / 100).toPrecision(12));
    out.push({ ...whole, value, text: text.slice(tokens[i].start, whole.end), start: tokens[i].start, end: whole.end, bound: Number.isInteger(value) && whole.bound === 'exact' ? 'exact' : 'approx', derived: true });
    i = share.next - 1;
  }
  return out;
}

/** Before an amount, words that add it to an earlier one: "a further £15,000", "another 30 minutes", "an extra 80 hours". */
const ADDED_WORDS = new Set(['further', 'another', 'extra', 'additional']);
/** Amounts that add up. */
const SUMMED = new Set<QuantityKind>(['count', 'money', 'duration']);

/**
 * The totals a source states as an amount added to an earlier one of its kind ("has won a £60,000
 * grant … The club raised a further £15,000 itself" gives £75,000; "bake for 30 minutes, then …
 * another 30 minutes" gives an hour), so that a claim's "£75,000 for the project" agrees. `earlier`
 * gives the amounts found before the added one, nearest first (its own sentence's, then the sentences
 * before it); the first of the same kind, unit and counted thing is what it adds to. Only for source
 * text, like statedDifferences: such a total is never a rival a claim changed.
 */
export function statedSums(quantities: Quantity[], tokens: Token[], earlier: (q: Quantity) => Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  // read for every source sentence: most have no word of adding, and cost no search for each amount's token
  if (!tokens.some((t) => ADDED_WORDS.has(t.lower))) return out;
  for (const q of quantities) {
    if (!SUMMED.has(q.kind) || q.derived || q.value <= 0) continue;
    const i = indexAt(tokens, q);
    if (i < 1 || !ADDED_WORDS.has(tokens[i - 1].lower)) continue;
    const first = earlier(q).find((e) => e.kind === q.kind && e.unit === q.unit && e.per === q.per && e.counted === q.counted && !e.derived && e.value > 0);
    if (!first) continue;
    const value = Number((first.value + q.value).toPrecision(12));
    out.push({ ...q, value, bound: jointBound(first, q), derived: true });
  }
  return out;
}

/** Words for how often something happens, as the length of time between two times (days). */
export const PERIOD_WORDS: ReadonlyMap<string, number> = new Map([['hourly', 1 / 24], ['daily', 1], ['weekly', 7], ['fortnightly', 14], ['monthly', DAYS_PER_YEAR / 12], ['quarterly', DAYS_PER_YEAR / 4], ['annually', DAYS_PER_YEAR], ['yearly', DAYS_PER_YEAR]]);

/**
 * The periods a source gives in one word ("from weekly to fortnightly collections"), as lengths of time,
 * so that a claim's "every two weeks" agrees with "fortnightly" and "every three weeks" does not. Only
 * for source text: a claim's "weekly" is no figure the sources must give in numbers.
 */
export function statedPeriods(tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const t of tokens) {
    const days = PERIOD_WORDS.get(t.lower);
    if (days !== undefined) out.push({ kind: 'duration', value: days, text: text.slice(t.start, t.end), start: t.start, end: t.end, bound: 'exact', unit: '', inWord: true });
  }
  return out;
}

/**
 * The time of day a source gives as so many hours from another it states: "open until 9pm, two hours
 * later than now" gives 7pm, so that a claim's "rather than 7pm" agrees. Only for source text (derived).
 */
export function statedTimeShifts(found: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const d of found) {
    if (d.kind !== 'duration' || d.value >= 1) continue;
    const at = indexAfter(tokens, d);
    const way = tokens[at]?.lower === 'later' ? 1 : tokens[at]?.lower === 'earlier' ? -1 : 0;
    if (way === 0 || tokens[at + 1]?.lower !== 'than') continue;
    const time = [...found].reverse().find((q) => q.kind === 'time' && q.end <= d.start && !q.derived);
    if (!time) continue;
    const value = (((time.value - way * d.value * 24) % 24) + 24) % 24;
    out.push({ ...time, value, text: text.slice(time.start, tokens[at + 1].end), end: tokens[at + 1].end, derived: true, former: true });
  }
  return out;
}

/**
 * At `k`, "over five years", "across three months", "over the next 18 months": how many of which unit of
 * time a whole amount is spread over (a count of NaN where its number cannot be read, which still makes the
 * amount a whole), and where the unit stands.
 */
function spreadOver(tokens: Token[], k: number): { count: number; unit: string; unitAt: number } | undefined {
  if (tokens[k]?.lower !== 'over' && tokens[k]?.lower !== 'across') return undefined;
  // "over the 18 months", "over the next four years"
  let n = k + 1;
  if (tokens[n]?.lower === 'the') n += tokens[n + 1]?.lower === 'next' ? 2 : 1;
  const [count, unit] = [tokens[n], tokens[n + 1]];
  if (!isNumeral(count) || count.lower === 'one' || !RATE_UNITS.has(unit?.lemma ?? '')) return undefined;
  const number = readNumber(tokens, n);
  return { count: number && number.next === n + 1 && number.value > 1 ? number.value : NaN, unit: unit.lemma, unitAt: n + 1 };
}

/**
 * The yearly (monthly…) amount a source gives as a whole spread over several years ("pledged £200,000 over
 * four years" gives £50,000 a year), so that a claim may state it. Only for source text, as statedDifferences.
 */
export function statedRates(found: Quantity[], tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const q of found) {
    if (!q.total || (q.kind !== 'money' && q.kind !== 'count') || q.per) continue;
    const at = indexAfter(tokens, q);
    const spread = at >= 0 ? spreadOver(tokens, at) : undefined;
    if (!spread || !(spread.count > 1)) continue;
    const end = tokens[spread.unitAt].end;
    out.push({ ...q, value: q.value / spread.count, text: text.slice(q.start, end), end, per: spread.unit, derived: true, total: undefined });
  }
  return out;
}

/** What "a", "per" or "each" before a unit of time makes a rate of, right after the amount: "£62 a day", "£95,000 a year", "£4 per month". */
const RATE_UNITS = new Set(['hour', 'day', 'night', 'week', 'fortnight', 'month', 'year', 'minute']);
export const RATE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);

/** After "a year", "a week": what makes it a time before or after, not a rate ("a year earlier", "a week later"). */
const RELATIVE_AFTER = new Set(['earlier', 'ago', 'before', 'later', 'previously', 'after']);

/** Marks each money amount or count that a rate's "a day", "per week" follows with its unit (`per`). */
function withRates(found: Quantity[], tokens: Token[]): Quantity[] {
  for (const q of found) {
    if (q.kind !== 'money' && q.kind !== 'count') continue;
    // the token after the quantity's text
    const last = tokens.findIndex((t) => t.end >= q.end && t.start < q.end);
    // (hyphenated too: "60-days-a-year", "£5-a-month")
    // "14 miles a day", "120 services a week", "15 million more passengers a year": past the noun the count counts
    const nounAt = MORE_OR_LESS.has(tokens[last + 1]?.lower ?? '') ? last + 2 : last + 1;
    const counted = q.counted !== undefined && tokens[nounAt]?.lemma === q.counted ? nounAt : last;
    const wordAt = pastGluedHyphen(tokens, counted + 1);
    const unitAt = pastGluedHyphen(tokens, wordAt + 1);
    const [word, unit] = [tokens[wordAt], tokens[unitAt]];
    // "£180,000 in total", "£2m altogether": the whole amount, which no rate agrees with
    if (last >= 0 && word && (word.lower === 'altogether' || (word.lower === 'in' && (unit?.lower === 'total' || unit?.lower === 'all')))) q.total = true;
    // "£480,000 over five years": the whole amount for a stretch of several years, months or weeks
    if (last >= 0 && spreadOver(tokens, wordAt)) q.total = true;
    // "$70 million a year earlier" is a time, not a rate
    if (last < 0 || !word || !unit || !RATE_WORDS.has(word.lower) || !RATE_UNITS.has(unit.lemma) || RELATIVE_AFTER.has(tokens[unitAt + 1]?.lower ?? '')) continue;
    q.per = unit.lemma;
  }
  return found;
}

/** After an amount, words that make it a difference between two: "£2 less than adults", "15 million more passengers", "£3 cheaper". */
const DIFFERENCE_AFTER = new Set(['more', 'less', 'fewer', 'extra', 'cheaper', 'dearer', 'higher', 'lower']);

/** Marks each amount a comparative follows as a difference (`difference`). */
function withDifferences(found: Quantity[], tokens: Token[]): Quantity[] {
  for (const q of found) {
    if (q.kind !== 'money' && q.kind !== 'count') continue;
    const after = tokens[indexAfter(tokens, q)];
    if (after && DIFFERENCE_AFTER.has(after.lower)) q.difference = true;
  }
  return found;
}
