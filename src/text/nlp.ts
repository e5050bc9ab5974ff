import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from './tokens.js';
import { synsetOffsets } from '../compare/wordnet.js';

/**
 * State of withFreshTokenizer: `on` once wink's cache is patched; `inPos` while wink works out a new
 * token's part of speech, the one place that must still find the tokens wink has made.
 */
const freshTokenizer = { on: false, inPos: 0 };

// One wink-nlp instance per process: loading the model costs ~100 ms, reading a doc is ~1.6 µs per word.
// only sentence boundaries and POS (lemmas depend on POS); NER, sentiment and negation are unused here
const nlp = winkNLP(withFreshTokenizer(model), ['sbd', 'pos']);
const its = nlp.its;
// one unknown word read at start-up lets withFreshTokenizer reach wink's cache before any caller's text
nlp.readDoc('zqxjv');
if (!freshTokenizer.on) throw new Error('wink-nlp: could not stop its tokenizer remembering tokens (unexpected wink version?)');

type Lookup = (text: string) => number[] | null;
type WinkCache = { lookup: Lookup; intrinsicSize(): number };
type FeatureFns = { pos(word: string, category: number, cache: WinkCache): number };

/**
 * wink's model, changed so that its tokenizer reads every text as a fresh process would.
 * wink adds each out-of-vocabulary token to its lexicon, and its tokenizer keeps a chunk of text whole
 * when the lexicon knows it: after one text gave the token "'I", a later "'I was…" stayed "'I" where a
 * fresh process splits "'" and "I", so a check's tokens depended on what the process had read before.
 * The cache is reachable only as an argument of the model's feature functions; the first time wink asks
 * for a new token's part of speech, its `lookup` is wrapped to answer "unknown" for the tokens wink has
 * made, except inside that part-of-speech function, which looks up the lower-case form it just added.
 */
function withFreshTokenizer(m: typeof model): typeof model {
  const featureFn = (config: unknown) => {
    const fns = (m as unknown as { featureFn(c: unknown): FeatureFns }).featureFn(config);
    const pos = fns.pos;
    fns.pos = (word, category, cache) => {
      if (!freshTokenizer.on) hideMadeTokens(cache);
      freshTokenizer.inPos++;
      try {
        return pos(word, category, cache);
      } finally {
        freshTokenizer.inPos--;
      }
    };
    return fns;
  };
  return Object.assign(Object.create(null), m, { featureFn }) as typeof model;
}

function hideMadeTokens(cache: WinkCache): void {
  const lookup = cache.lookup;
  const intrinsic = cache.intrinsicSize();
  cache.lookup = (text) => {
    const found = lookup(text);
    const made = found !== null && found.length === 1 && found[0] >= intrinsic;
    return made && freshTokenizer.inPos === 0 ? null : found;
  };
  freshTokenizer.on = true;
}

const KIND: Record<string, Token['kind']> = {
  word: 'word', number: 'number', punctuation: 'punct', symbol: 'symbol', currency: 'symbol',
  emoji: 'other', emoticon: 'other', url: 'other', email: 'other', mention: 'other', hashtag: 'other',
};

/**
 * Sentences of `text.slice(start, end)` with tokens, lemmas and POS.
 * Offsets are into `text`. wink-nlp keeps every token's surface form, so each token is found by
 * searching forward from the previous one, which keeps offsets exact whatever the whitespace.
 */
/**
 * wink-nlp's abbreviation test is quadratic in a token's length; longer runs are cut for it (same length).
 * Quotes, commas, brackets and braces end a run, as wink splits tokens at them: compact JSON
 * (`"hours":{"Monday":"6:0-23:0",…}`) has no spaces but no long token, and cutting it would cut its words ("Sunda y").
 */
const LONG_RUN = /[^\s",{}[\]]{64,}/g;
const cutLongRuns = (s: string) => (hasLongRun(s) ? s.replace(LONG_RUN, (run) => run.replace(/(.{47})\S(?=\S)/g, '$1 ')) : s);

/**
 * wink reads a sentence-final "in." or "no." as an abbreviation ("inches", "number"), so "have been put in.
 * Shops can be fined." stays one sentence and "in." a new word. Before a capital or at the end its stop is
 * given to wink as "!" (same length; tokens keep the original surface), which it splits off and ends on.
 */
const GLUED_STOP = /\b([Ii]n|[Nn]o)\.(?=\s+["“‘'(]?\p{Lu}|\s*$)/gu;
/**
 * The stop after a figure's unit ("closes at 7pm. Staff said", "cost £5m. It", "35C. Then"), which wink
 * keeps on the unit as an abbreviation's and so runs two sentences together.
 */
const GLUED_UNIT_STOP = /(\d\s?(?:[AaPp][Mm]|m|bn|k|ft|C|F))\.(?=\s+["“‘'(]?\p{Lu}|\s*$)/gu;
/**
 * A British time with a dot ("7.30pm", "10.15 am"), which wink cut into "7.3" and "0pm", or into two
 * sentences at "10." and "15am": given to wink with a colon, as it reads "7:30pm" (same length).
 */
const DOTTED_TIME = /\b(\d{1,2})\.([0-5]\d)(?=\s?[AaPp]\.?[Mm]\b)/g;
const endGluedStops = (s: string) => (s.includes('.') ? s.replace(GLUED_STOP, '$1!').replace(DOTTED_TIME, '$1:$2').replace(GLUED_UNIT_STOP, '$1!') : s);

/** Whether `s` has a run of 64+ non-space characters: one pass, where the regex restarts inside every word. */
function hasLongRun(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // LONG_RUN's breaks: ASCII spaces and controls, NBSP and the other Unicode spaces (all above 0x9f), and " , [ ] { }
    if (c === 32 || (c >= 9 && c <= 13) || c === 34 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || (c > 0x9f && /\s/.test(s[i]))) run = 0;
    else if (++run >= 64) return true;
  }
  return false;
}

/**
 * Lower case without accents, the form words are matched in: "Angoulême" written with a combining
 * circumflex (as text from some sources comes, decomposed) or plain "Francois" matches "François".
 */
function foldCase(s: string): string {
  const lower = s.toLowerCase();
  // only the combining accents of Latin letters go: other scripts' marks (Devanagari vowel signs) tell words apart
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]+/g, '').normalize('NFC') : lower;
}

/**
 * Inflections wink's lexicon leaves as they are, where it has their neighbours ("costlier", "deadliest"):
 * unlemmatised, "were likelier to" read as a new hedge against the source's "more likely to".
 */
const MISSED_LEMMAS = new Map([['likelier', 'likely'], ['likeliest', 'likely']]);

/**
 * wink drops the silent "e" of some verbs with their ending ("riding" -> "rid", "fined" -> "fin",
 * "hoping" -> "hop", "staring" -> "star"), so they would not match "ride", "fine", "hope". An ending
 * added straight to a short vowel and one consonant, with no doubling ("hopping" keeps "hop"), is
 * added to a stem that ended in "e" when WordNet has that verb ("visited" has no "visite").
 */
function silentE(pos: string, lower: string, lemma: string): string {
  if (pos !== 'VERB' || !(lower === `${lemma}ed` || lower === `${lemma}ing` || lower === `${lemma}es`)) return lemma;
  if (!/(^|[^aeiou])[aeiou][^aeiouwxy]$/.test(lemma)) return lemma;
  return synsetOffsets(`${lemma}e`, 'v').length > 0 ? `${lemma}e` : lemma;
}

/**
 * wink spells some nouns' lemmas the American way with one "l" ("cancellations" -> "cancelation",
 * "councillor" -> "councilor"), which WordNet does not list, so they would match nothing related
 * ("cancel", "council"): such a lemma keeps the text's "ll" where WordNet has that spelling only.
 */
function doubledL(pos: string, lower: string, lemma: string): string {
  if (pos !== 'NOUN') return lemma;
  const at = lower.indexOf('ll');
  if (at < 0 || lemma.slice(0, at + 1) !== lower.slice(0, at + 1) || lemma[at + 1] === 'l') return lemma;
  const british = `${lemma.slice(0, at + 1)}l${lemma.slice(at + 1)}`;
  return synsetOffsets(british, 'n').length > 0 && synsetOffsets(lemma, 'n').length === 0 ? british : lemma;
}

/** The words a stem left by taking "-ing" or "-ed" off may be: itself, with its silent "e", undoubled ("open", "freez" -> "freeze", "runn" -> "run"). */
export const stemsBeforeEnding = (stem: string): string[] => [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')];

/** The verb an "-ing" form is made of, as WordNet has it: "freezing" -> "freeze", "running" -> "run", "opening" -> "open". */
function gerundVerb(lower: string): string | undefined {
  const stem = lower.slice(0, -3);
  if (stem.length < 2) return undefined;
  return stemsBeforeEnding(stem).find((v) => synsetOffsets(v, 'v').length > 0);
}

/**
 * wink leaves the plural of an agent noun it does not know as it is ("groomers", "vloggers"), so it
 * would not match the singular a text writes ("a pet groomer"): such a plural's lemma drops the "s".
 */
function agentPlural(pos: string, lower: string, lemma: string): string {
  return pos === 'NOUN' && lemma === lower && lower.length >= 6 && lower.endsWith('ers') ? lower.slice(0, -1) : lemma;
}

export function analyzeRange(text: string, start: number, end: number): Sentence[] {
  const slice = text.slice(start, end);
  // wink reads a copy where runs of 64+ non-space characters are broken by spaces every 48
  // characters, so a pasted blob cannot stall it; offsets and surface text come from the original
  const safe = endGluedStops(cutLongRuns(slice));
  const doc = nlp.readDoc(safe);
  // one bulk read per property is several times faster than reading each token item
  const all = doc.tokens();
  const values = all.out() as string[];
  const types = all.out(its.type) as unknown as string[];
  const lemmas = all.out(its.lemma as Parameters<ItemToken['out']>[0]) as unknown as string[];
  const pos = all.out(its.pos) as unknown as string[];
  const stops = all.out(its.stopWordFlag) as unknown as boolean[];
  const tokens: (Token | null)[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (types[i] === 'tabCRLF' || value.trim() === '') {
      tokens[i] = null;
      continue;
    }
    let at = safe.indexOf(value, cursor);
    if (at < 0) at = cursor; // wink never rewrites surface text, but never lose a token if it did
    const surface = safe === slice ? value : slice.slice(at, at + value.length);
    const lower = foldCase(surface);
    tokens[i] = {
      text: surface,
      start: start + at,
      end: start + at + value.length,
      lower,
      lemma: MISSED_LEMMAS.get(lower) ?? (surface === value && lemmas[i] ? silentE(pos[i], lower, doubledL(pos[i], lower, agentPlural(pos[i], lower, foldCase(lemmas[i])))) : lower),
      pos: pos[i],
      kind: KIND[types[i]] ?? 'other',
      stop: stops[i],
    };
    cursor = at + value.length;
  }

  markTreebankBrackets(tokens);
  rejoinClockTimes(tokens, slice, start);
  const sentences: Sentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (let k = 0; k < spans.length; k++) {
    const first = spans[k][0];
    // "98. 7 per cent" in text tokenised with spaces around punctuation is a decimal, not two sentences
    while (k + 1 < spans.length && splitDecimal(tokens, spans[k][1], spans[k + 1][0])) k++;
    const kept = tokens.slice(first, spans[k][1] + 1).filter((t): t is Token => t !== null);
    if (kept.length === 0) continue;
    lemmatiseOpeningWord(kept);
    const sStart = kept[0].start;
    const sEnd = kept[kept.length - 1].end;
    sentences.push({ text: text.slice(sStart, sEnd), start: sStart, end: sEnd, tokens: kept });
  }
  return sentences;
}

/**
 * The tagger reads a capitalised plural at the start of a sentence as a name and leaves it
 * unlemmatised ("Instructors may..." -> "instructors"), so it would not match "instructor". Such a
 * word keeps its tag and lemma (retrieval and name checks see it as before) and gets the lemma wink
 * gives it in lower case as `alsoLemma`, when that is an inflected noun or verb.
 */
function lemmatiseOpeningWord(sentence: Token[]): void {
  const t = sentence.find((x) => x.kind === 'word');
  if (t) lemmatiseCapitalised(t);
}

/**
 * The fields of a structured record capitalise their values' words ("categories": "Bakeries, Pubs"),
 * which the tagger reads as names: each such word gets its lower-case lemma too, as an opening word does.
 */
export function lemmatiseRecord(sentence: Sentence): void {
  for (const t of sentence.tokens) if (t.kind === 'word') lemmatiseCapitalised(t);
}

function lemmatiseCapitalised(t: Token): void {
  if (t.pos !== 'PROPN' || t.lemma !== t.lower || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return;
  let lemma = openingLemmas.get(t.lower);
  if (lemma === undefined) {
    const { pos, lemma: l } = readAlone(t.lower);
    lemma = (pos === 'NOUN' || pos === 'VERB') && l ? silentE(pos, t.lower, agentPlural(pos, t.lower, l.toLowerCase())) : '';
    // "Freezing a membership …": a gerund opening a sentence, which wink reads alone as a noun of its own
    if ((lemma === '' || lemma === t.lower) && t.lower.endsWith('ing')) lemma = gerundVerb(t.lower) ?? lemma;
    if (openingLemmas.size < 20_000) openingLemmas.set(t.lower, lemma);
  }
  if (lemma && lemma !== t.lemma) t.alsoLemma = lemma;
}
const openingLemmas = new Map<string, string>();

/**
 * The tagger reads a capitalised adjective opening a sentence as a name too ("Younger renters were…",
 * "Older renters"), keeping its comparative as its lemma. The adjective's lemma, when token `k` is
 * such a word: first in its sentence or after punctuation, before a common noun in lower case, and
 * read alone in lower case as an adjective ("Young players", not "Young scored" nor "White House").
 * Only the checks that compare modifiers ask: the token keeps its tag, as name checks and coverage read it.
 */
export function openingAdjective(tokens: Token[], k: number): string | undefined {
  const [t, next] = [tokens[k], tokens[k + 1]];
  if (t.pos !== 'PROPN' || next?.pos !== 'NOUN' || (k > 0 && tokens[k - 1].kind !== 'punct') || !/^\p{Ll}/u.test(next.text) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return undefined;
  let lemma = openingAdjectives.get(t.lower);
  if (lemma === undefined) {
    const { pos, lemma: l } = readAlone(t.lower);
    lemma = pos === 'ADJ' ? foldCase(l || t.lower) : '';
    if (openingAdjectives.size < 20_000) openingAdjectives.set(t.lower, lemma);
  }
  return lemma || undefined;
}
const openingAdjectives = new Map<string, string>();

/** How wink tags and lemmatises a lower-cased word read alone; no tag where it reads as more than one token. */
function readAlone(lower: string): { pos?: string; lemma?: string } {
  const doc = nlp.readDoc(lower).tokens();
  if (doc.length() !== 1) return {};
  const [pos] = doc.out(its.pos) as unknown as string[];
  const [lemma] = doc.out(its.lemma as Parameters<ItemToken['out']>[0]) as unknown as string[];
  return { pos, lemma };
}

/**
 * A time of day or a span of hours as one token: "20:30", "07:30:00", "7:0-20:30" (opening hours and
 * review dates in structured records); its groups are the hours and minutes of each end (quantities reads them).
 */
export const CLOCK_24 = /^(\d{1,2}):(\d{1,2})(?::\d{2})?(?:-(\d{1,2}):(\d{1,2}))?$/;
/**
 * wink reads ":3" before a closing bracket as an emoticon, so "until 20:30)" and the hours
 * "7:0-20:30"} of a JSON record came out as "20", ":3", "0": the time was lost (and a review's
 * "07:30:00" came out as "07", ":3", "0:00"). Such pieces, touching
 * one another, are joined back into one number token (the first keeps the place, the rest become null,
 * so wink's sentence spans still index the array).
 */
function rejoinClockTimes(tokens: (Token | null)[], slice: string, offset: number): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !/^\d/.test(first.text)) continue;
    let last = -1;
    for (let j = i + 1, end = first.end; j < tokens.length && j <= i + 4; j++) {
      const t = tokens[j];
      if (!t || t.start !== end) break;
      end = t.end;
      if (CLOCK_24.test(slice.slice(first.start - offset, end - offset))) last = j;
    }
    if (last < 0) continue;
    const end = tokens[last]!.end;
    // "passage 1:3pm" is "1", ":3", "pm": a run that goes on into a letter or digit is no time on its own
    const after = tokens[last + 1];
    if (after && after.start === end && /^[\p{L}\p{N}]/u.test(after.text)) continue;
    const text = slice.slice(first.start - offset, end - offset);
    tokens[i] = { text, start: first.start, end, lower: text, lemma: text, pos: 'NUM', kind: 'number', stop: false };
    for (let j = i + 1; j <= last; j++) tokens[j] = null;
    i = last;
  }
}

/** Penn Treebank's escapes for brackets ("-LRB- PSU -RRB-" in older summarisers' output) are punctuation, not names. */
const TREEBANK_BRACKETS = new Set(['LRB', 'RRB', 'LSB', 'RSB', 'LCB', 'RCB']);
function markTreebankBrackets(tokens: (Token | null)[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    if (!t || !before || !after || !TREEBANK_BRACKETS.has(t.text) || before.text !== '-' || after.text !== '-') continue;
    if (before.end !== t.start || t.end !== after.start) continue;
    for (const x of [before, t, after]) Object.assign(x, { kind: 'punct', pos: 'PUNCT', stop: false });
  }
}

/** A sentence ending "98." followed by one that starts "7 per cent" one space later. */
function splitDecimal(tokens: (Token | null)[], lastOfFirst: number, firstOfNext: number): boolean {
  const dot = tokens[lastOfFirst];
  const before = tokens[lastOfFirst - 1];
  const after = tokens[firstOfNext];
  return !!dot && !!before && !!after && dot.text === '.' && before.kind === 'number' && /^\d+$/.test(before.text) &&
    before.end === dot.start && after.start === dot.end + 1 && /^\d{1,2}$/.test(after.text);
}
