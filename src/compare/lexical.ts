import { isContent, type Token } from '../text/tokens.js';
import { hasForms, wordForms, type Lexicon, type WordForms } from './lexicon.js';
import { AMOUNT_VERBS, antonyms, changeDirection, supportingLemmas, synsetOffsets, wordnetPos, type WnPos } from './wordnet.js';

/** How a claim word is backed by a stretch of source text. */
export type WordMatch = 'exact' | 'wordnet' | 'none';

/** Relative weight of a word in coverage: names and nouns carry more of a claim than adverbs. */
export function wordWeight(t: Token): number {
  switch (t.pos) {
    case 'PROPN': return 1.5;
    case 'NOUN': return 1.0;
    case 'NUM': return 1.2;
    case 'VERB': return 0.8;
    case 'ADJ': return 0.8;
    case 'ADV': return 0.4;
    default: return 0.6;
  }
}

/** Endings of words for peoples and countries: "European", "Canadian", "Chinese", "British", "Israeli" (not "-ic": "Pacific" is no "peaceful"). */
const DEMONYM = /^[a-z]{3,}(an|ese|ish|i)$/;

/** Each lexicon's WordNet candidates per word: whole-source lexicons are kept with prepared sources, and claims repeat words. */
const candidatesOf = new WeakMap<Lexicon, Map<string, string[]>>();
const MAX_REMEMBERED_WORDS = 50_000;

const phrasesOf = new WeakMap<Token[], Map<Token, string>>();

/** Particles that make a phrasal verb with the verb before them ("called back", "set aside", "shut down"). */
const PARTICLES = new Set(['back', 'up', 'down', 'out', 'off', 'in', 'over', 'aside', 'away', 'on', 'through', 'into', 'around', 'about', 'forward']);

/**
 * The phrases among `tokens` that back their words as a whole: the phrasal verbs WordNet knows
 * ("call back" for "called back", for the verb and, when it is a content word ("aside"), the
 * particle: "recalled" in a source backs "called back" as a paraphrase, where neither word alone is
 * related to it), the ways of saying something costs nothing ("at no cost", "free of charge",
 * "without paying"), which WordNet does not link to "free", and "the bulk of", "the majority of" for "most".
 */
export function knownPhrases(tokens: Token[]): Map<Token, string> {
  // asked of a claim's sentence by retrieval and again by the comparison, and once per claim of a sentence
  const known = phrasesOf.get(tokens);
  if (known) return known;
  const found = new Map<Token, string>();
  phrasesOf.set(tokens, found);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [verb, particle] = [tokens[i], tokens[i + 1]];
    if (verb.pos !== 'VERB' || !PARTICLES.has(particle.lower)) continue;
    const phrase = `${verb.lemma} ${particle.lower}`;
    if (synsetOffsets(phrase, 'v').length === 0) continue;
    found.set(verb, phrase).set(particle, phrase);
  }
  // compound nouns WordNet knows ("car park", "mobile phone", "police officer"): "parking lot" backs both words
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [first, head] = [tokens[i], tokens[i + 1]];
    if (found.has(first) || found.has(head) || head.pos !== 'NOUN' || (first.pos !== 'NOUN' && first.pos !== 'ADJ')) continue;
    const compound = `${first.lower} ${head.lemma}`;
    if (synsetOffsets(compound, 'n').length === 0) continue;
    found.set(first, `${NOUN_COMPOUND}${compound}`).set(head, `${NOUN_COMPOUND}${compound}`);
  }
  // adverbs of a preposition and a word ("for good", "in full", "on purpose"): "permanently" backs "good"
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [preposition, word] = [tokens[i], tokens[i + 1]];
    if (preposition.pos !== 'ADP' || word.kind !== 'word' || found.has(word)) continue;
    const adverb = `${preposition.lower} ${word.lower}`;
    if (synsetOffsets(adverb, 'r').length > 0) found.set(word, `${ADVERB}${adverb}`);
  }
  for (const [a, b] of costFreeRuns(tokens)) for (let k = a; k <= b; k++) found.set(tokens[k], NO_COST);
  // "the bulk of the planting", "the majority of staff": most of it, which WordNet does not link to "most"
  for (let i = 1; i + 1 < tokens.length; i++) if (MOST_NOUNS.has(tokens[i].lower) && tokens[i - 1].lower === 'the' && tokens[i + 1].lower === 'of') found.set(tokens[i], MOST);
  return found;
}

/** The phrase standing for "the bulk of", "the majority of" (see knownPhrases). */
const MOST = 'most of';
const MOST_NOUNS = new Set(['bulk', 'majority']);
/** What backs MOST in a source. */
const MOST_EVIDENCE = ['most', 'majority', 'mostly', 'mainly', 'largely', 'bulk', 'predominantly'];

/** Marks a compound noun among knownPhrases' phrases (the others are phrasal verbs, adverbs or NO_COST). */
const NOUN_COMPOUND = 'n:';
/** Marks an adverb of a preposition and a word among knownPhrases' phrases ("for good"). */
const ADVERB = 'r:';

/** The phrase standing for every way of saying "free of charge" (see knownPhrases). */
const NO_COST = 'at no cost';
/** What backs NO_COST in a source: its words, and its two-word lemmas ("no charge", "without pay"). */
const NO_COST_EVIDENCE = ['free', 'complimentary', 'gratis', 'costless', 'no cost', 'no charge', 'no fee', 'without charge', 'without pay', 'without payment'];
const CHARGES = new Set(['cost', 'charge', 'charges', 'fee', 'fees', 'payment']);

/** Each run [first, last] of `tokens` that costFreeLength reads ("free of charge", "no extra cost", "without paying"). */
function costFreeRuns(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = costFreeLength(tokens, i);
    if (n === 0) continue;
    out.push([i, i + n - 1]);
    i += n - 1;
  }
  return out;
}

/** Each stretch [first, last] of `tokens` that says something costs nothing ("free of charge", "at no extra cost", "without paying"). */
export function costFreeStretches(tokens: Token[]): [number, number][] {
  // "at no cost": the "at" belongs to it
  return costFreeRuns(tokens).map(([a, b]) => [tokens[a - 1]?.lower === 'at' || tokens[a - 1]?.lower === 'for' ? a - 1 : a, b]);
}

/** How many tokens from `i` say that something costs nothing: "(at) no (extra) cost", "free of charge", "for free", "without paying"; 0 if none. */
function costFreeLength(tokens: Token[], i: number): number {
  const w = (k: number) => tokens[i + k]?.lower ?? '';
  const t = tokens[i];
  // a sentence's first word is often tagged as a name ("Free school meals will be extended")
  const opening = i === 0 || tokens[i - 1].kind === 'punct';
  if ((t.lower === 'free' || t.lower === 'complimentary' || t.lower === 'gratis') && (t.pos === 'ADJ' || t.pos === 'ADV' || (opening && t.pos === 'PROPN'))) return w(1) === 'of' && CHARGES.has(w(2)) ? 3 : 1;
  if (t.lower === 'no') {
    const extra = w(1) === 'extra' || w(1) === 'additional' ? 1 : 0;
    return CHARGES.has(w(1 + extra)) ? 2 + extra : 0;
  }
  if (t.lower === 'without') return w(1) === 'paying' || CHARGES.has(w(1)) ? 2 : w(1) === 'a' && CHARGES.has(w(2)) ? 3 : 0;
  // "costs nothing", "pay nothing", "costs £3.95, or nothing on orders over £40"
  if (t.lower === 'nothing') return tokens.slice(Math.max(0, i - 6), i).some((x) => PAYING.has(x.lemma)) ? 1 : 0;
  return 0;
}

/** Verbs of paying before which "nothing" is the price: "costs nothing", "you pay nothing". */
const PAYING = new Set(['cost', 'pay', 'charge']);

/**
 * The WordNet lemmas backing `t` that occur in `lex` (synonyms, derived forms, more specific words),
 * and those backing the phrase it is part of (`phrase`, see knownPhrases: a phrasal verb, or a way of saying "free").
 */
export function wordnetCandidates(t: Token, lex: Lexicon, phrase?: string, negated = false): string[] {
  const related = wordCandidates(t, lex);
  // a word the claim denies is said by its opposite: "will not open" is "will be closed"
  const opposite = negated ? remembered(lex, `!${t.pos}:${t.lemma}`, () => antonymLemmas(t).filter((w) => lex.words.has(w))) : [];
  const own = opposite.length === 0 ? related : [...new Set([...related, ...opposite])];
  if (phrase === undefined) return own;
  const ofPhrase = phrase === NO_COST
    ? remembered(lex, NO_COST, () => NO_COST_EVIDENCE.filter((w) => lex.words.has(w)))
    : phrase === MOST
      ? remembered(lex, MOST, () => MOST_EVIDENCE.filter((w) => lex.words.has(w)))
      : phrase.startsWith(NOUN_COMPOUND)
      ? remembered(lex, phrase, () => intersectRelated(phrase.slice(NOUN_COMPOUND.length), 'n', lex))
      : phrase.startsWith(ADVERB)
        ? remembered(lex, phrase, () => intersectRelated(phrase.slice(ADVERB.length), 'r', lex))
        : remembered(lex, `v:${phrase}`, () => intersectRelated(phrase, 'v', lex));
  return ofPhrase.length === 0 ? own : [...new Set([...own, ...ofPhrase])];
}

/** WordNet antonyms of `t` ("open" -> "close", "closed"), as a verb and as an adjective both, since wink tags participles either way. */
export function antonymLemmas(t: Token): string[] {
  const pos = wordnetPos(t.pos);
  if (!pos || t.pos === 'PROPN') return [];
  const out = new Set(antonyms(t.lemma, pos));
  if (pos === 'v' || pos === 'a') for (const w of antonyms(t.lemma, pos === 'v' ? 'a' : 'v')) out.add(w);
  return [...out];
}

/** A lexicon's remembered candidates under `key`, computed on first need. */
function remembered(lex: Lexicon, key: string, compute: () => string[]): string[] {
  let known = candidatesOf.get(lex);
  if (!known) candidatesOf.set(lex, (known = new Map()));
  let found = known.get(key);
  if (!found) {
    found = compute();
    if (known.size < MAX_REMEMBERED_WORDS) known.set(key, found);
  }
  return found;
}

/**
 * Words of how often, said in a source as a rate of their unit ("£900,000 a year" for "annually", "three
 * hours a day" for "daily"), which WordNet links to "per year" or "every year" at most. "fortnightly" is
 * "every two weeks" as often as "once a fortnight"; how many weeks is for the quantity readers.
 */
const RATE_WORD_UNITS: Record<string, string[]> = {
  hourly: ['hour'], daily: ['day'], nightly: ['night'], weekly: ['week'], fortnightly: ['fortnight', 'week'],
  monthly: ['month'], annually: ['year'], yearly: ['year'],
};

function wordCandidates(t: Token, lex: Lexicon): string[] {
  // a name has no synonyms, but a word for a people or country ("European", "Spanish"), which the
  // tagger reads as a name, is WordNet's adjective for the place ("Europe", "Spain")
  const pos = t.pos === 'PROPN' ? (DEMONYM.test(t.lower) ? 'a' : undefined) : wordnetPos(t.pos);
  if (!pos) return [];
  return remembered(lex, `${pos}:${t.lemma}`, () => {
    const related = intersectRelated(t.lemma, pos, lex);
    const units = pos === 'a' || pos === 'r' ? RATE_WORD_UNITS[t.lemma] : undefined;
    return units ? [...new Set([...related, ...units.filter((u) => lex.words.has(u))])] : related;
  });
}

function intersectRelated(lemma: string, pos: WnPos, lex: Lexicon): string[] {
  const found = new Set<string>();
  const collect = (related: Set<string>) => {
    const [small, large] = related.size <= lex.words.size ? [related, lex.words] : [lex.words, related];
    for (const w of small) if (large.has(w)) found.add(w);
  };
  collect(supportingLemmas(lemma, pos));
  // wink sometimes tags adjectives as verbs (participles) and vice versa
  if (pos === 'v' || pos === 'a') collect(supportingLemmas(lemma, pos === 'v' ? 'a' : 'v'));
  // "dropped 15%" for "fell by 15 percent": WordNet files "drop" under "fall" but not the reverse; an
  // amount's change the same way is the same claim (turnedDirections reads one the other way)
  if (pos === 'v' && AMOUNT_VERBS.has(lemma)) {
    const direction = changeDirection(lemma);
    // as a verb or a lower-case noun there ("a 12% rise"; "Slide 6" of a results call is no fall)
    const asVerb = (w: string) => lex.tokens.some((t) => t.lemma === w && (t.pos === 'VERB' || (t.pos === 'NOUN' && !/^[A-Z]/.test(t.text))));
    for (const w of AMOUNT_VERBS) if (w !== lemma && lex.words.has(w) && changeDirection(w) === direction && asVerb(w)) found.add(w);
  }
  return [...found];
}

/**
 * How `lex` backs `t`, given the WordNet candidates found in a larger text that contains `lex`
 * (all the sources): a passage can only match through lemmas the whole sources have, so the big
 * WordNet sets are intersected once per claim word instead of once per passage.
 */
export function matchWord(t: Token, lex: Lexicon, candidates: () => string[] = () => wordnetCandidates(t, lex)): WordMatch {
  return matchForms([wordForms(t)], lex, candidates)[0];
}

/** Each word's WordNet candidates in `lex`, computed on first need only (most words match exactly); `phrases` from knownPhrases. */
export function lazyCandidates(words: Token[], lex: Lexicon, phrases?: Map<Token, string>, negated?: Set<Token>): (i: number) => string[] {
  const cache: (string[] | undefined)[] = new Array(words.length);
  return (i) => (cache[i] ??= wordnetCandidates(words[i], lex, phrases?.get(words[i]), negated?.has(words[i]) ?? false));
}

export interface Coverage {
  /** Weighted share of the claim's content words backed by the text, in [0,1]. */
  coverage: number;
  /** Same, counting exact (lemma/surface) matches only. */
  exactCoverage: number;
  matches: WordMatch[];
}

export function matchAll(words: Token[], lex: Lexicon, candidates: (i: number) => string[] = (i) => wordnetCandidates(words[i], lex)): WordMatch[] {
  return matchForms(words.map(wordForms), lex, candidates);
}

/**
 * How `lex` backs each word with these forms (wordForms): exactly, else through word i's WordNet
 * candidates (asked only then). A claim matched against many passages works its forms out once.
 */
export function matchForms(forms: WordForms[], lex: Lexicon, candidates: (i: number) => string[]): WordMatch[] {
  const out = new Array<WordMatch>(forms.length);
  for (let i = 0; i < forms.length; i++) {
    out[i] = hasForms(lex, forms[i]) ? 'exact' : candidates(i).some((c) => lex.words.has(c)) ? 'wordnet' : 'none';
  }
  return out;
}

/** Per word, the better of two match lists: how a window of two sentences backs a claim. */
export function bestOf(a: WordMatch[], b: WordMatch[]): WordMatch[] {
  return a.map((m, i) => (m === 'exact' || b[i] === 'exact' ? 'exact' : m === 'wordnet' || b[i] === 'wordnet' ? 'wordnet' : 'none'));
}

/** How much a match backs a word: a WordNet match counts a little less than the word itself. */
export function matchCredit(m: WordMatch): number {
  return m === 'exact' ? 1 : m === 'wordnet' ? 0.85 : 0;
}

/** Weighted coverage of `words` given how each one is matched (matchCredit). */
export function coverageFrom(words: Token[], matches: WordMatch[]): Coverage {
  return weightedCoverage(coverageWeights(words), matches);
}

/** Each word's weight in coverage (wordWeight), worked out once for a claim measured against many passages. */
export function coverageWeights(words: Token[]): number[] {
  return words.map(wordWeight);
}

/** coverageFrom with the words' weights given: the same sums in the same order. */
export function weightedCoverage(weights: number[], matches: WordMatch[]): Coverage {
  let total = 0;
  let covered = 0;
  let exact = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    total += w;
    if (matches[i] === 'exact') exact += w;
    covered += matchCredit(matches[i]) * w;
  }
  if (total === 0) return { coverage: 1, exactCoverage: 1, matches };
  return { coverage: covered / total, exactCoverage: exact / total, matches };
}

/** Content-word coverage of `words` (claim content tokens) by a lexicon. */
export function coverageOf(words: Token[], lex: Lexicon, candidates?: (i: number) => string[]): Coverage {
  return coverageFrom(words, matchAll(words, lex, candidates));
}

export function contentWords(tokens: Token[]): Token[] {
  return tokens.filter(isContent);
}
