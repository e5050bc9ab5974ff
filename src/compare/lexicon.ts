import { fieldNameLemmas, fieldNameWords, inJsonKey } from '../text/fieldNames.js';
import { CLOCK_24 } from '../text/nlp.js';
import type { Token } from '../text/tokens.js';
import { WEEK_PARTS, WEEKDAYS } from './quantities.js';

/**
 * The words of a stretch of source text, looked up by lemma or surface form. Built once per
 * evidence candidate (or per whole source set) and shared by the feature families.
 */
export interface Lexicon {
  words: Set<string>;
  tokens: Token[];
}

/** The last parts of compounds whose plural is a noun of its own: "walk-ins", "drop-offs", "sign-ups". */
const PARTICLES = new Set(['in', 'off', 'up', 'out', 'on', 'down', 'over', 'away', 'back', 'by']);

export function lexiconOf(tokens: Token[]): Lexicon {
  const words = new Set<string>();
  tokens.forEach((t, i) => {
    words.add(t.lower);
    words.add(t.lemma);
    if (t.alsoLemma) words.add(t.alsoLemma);
    // "U.S." / "US", "Obama's" -> "obamas" and "obama", "well-known" -> "well", "known"
    const bare = t.lower.replace(/[.'’]/g, '');
    if (bare) words.add(bare);
    const owner = possessor(t.lower);
    if (owner) words.add(owner);
    // "#firebrittmchenry" backs "# firebrittmchenry", "O'Sullivan" "O ' Sullivan" (as text tokenised with spaces writes them)
    // (asked of every source word: the regexes only for the few with a "#", "@" or an apostrophe)
    const first = t.lower.charCodeAt(0);
    if ((first === 35 || first === 64) && t.lower.length > 1) words.add(t.lower.slice(1));
    if (!owner && (t.lower.includes("'") || t.lower.includes('’')) && /^\p{L}+['’]\p{L}+$/u.test(t.lower)) for (const part of t.lower.split(/['’]/)) words.add(part);
    // "at weekends" backs "on Saturdays", "on weekdays" "Monday to Friday"
    const days = WEEK_PARTS[t.lower];
    if (days) for (const d of days) words.add(WEEKDAYS[d - 1]).add(`${WEEKDAYS[d - 1]}s`);
    // "Friday" backs "on Fridays"
    if (WEEKDAYS.includes(t.lower)) words.add(`${t.lower}s`);
    addRecordWords(words, tokens, i);
    // "walk - in" (wink splits it at its hyphen) backs "walk-ins", "drop - off" "drop-offs" (only a particle's
    // plural: "long-term" giving "terms" would back "price", which WordNet relates to "terms")
    if (t.text === '-' && i > 0 && PARTICLES.has(tokens[i + 1]?.lower ?? '') && tokens[i - 1].end === t.start && t.end === tokens[i + 1].start) words.add(`${tokens[i + 1].lower}s`);
    if (t.lower.includes('-')) {
      for (const part of t.lower.split('-')) if (part) words.add(part);
      // "e-bikes" backs "electric bikes"
      if (t.lower.startsWith('e-')) for (const w of E_PREFIX) words.add(w);
    }
    // field names of structured sources: "OutdoorSeating", "business_stars"
    if (/[a-z][A-Z]|_/.test(t.text)) {
      const parts = fieldNameWords(t.text);
      for (const part of parts) words.add(part);
      // "TakeOut" is also "takeout"
      for (let k = 0; k + 1 < parts.length; k++) words.add(parts[k] + parts[k + 1]);
      // and a field's name backs its words' other forms: "RestaurantsReservations" backs "reservation"
      if (inJsonKey(tokens, i)) for (const lemma of fieldNameLemmas(t.text)) words.add(lemma);
    }
  });
  // two-word lemmas, so WordNet's "buy out" or "prime minister" can match
  for (let i = 0; i + 1 < tokens.length; i++) words.add(`${tokens[i].lemma} ${tokens[i + 1].lemma}`);
  return { words, tokens };
}

/** Who writes a business's reviews, as a text about them calls them. */
const REVIEWERS = ['reviewed', 'reviewer', 'reviewers', 'customer', 'customers', 'diner', 'diners', 'patron', 'patrons', 'guest', 'guests', 'visitor', 'visitors', 'client', 'clients', 'patient', 'patients', 'member', 'members'];

/**
 * How a text reports what reviews say ("reviewers praise the pancakes", "one diner notes the wait"):
 * a record's reviews back these verbs as they back the reviewers, though no review uses them.
 */
const REVIEW_REPORTING = ['say', 'note', 'mention', 'describe', 'call', 'report', 'praise', 'recommend', 'love', 'like', 'enjoy', 'rave', 'complain', 'warn', 'find', 'suggest', 'highlight', 'appreciate', 'compliment', 'criticize', 'criticise'];

/**
 * What a text writes for a field of a structured record that the field's name does not say: opening
 * "hours" are when a place is "open", "stars" a "rating", reviews are by "reviewers" or "customers".
 */
const FIELD_WORDS = new Map<string, string[]>([
  ['hours', ['open', 'opens', 'opening', 'close', 'closes', 'closing', 'closed', 'day', 'days', 'daily', 'week', 'weekly']],
  ['stars', ['rating', 'rated']],
  ['rating', ['rated', 'stars', 'star']],
  ['review', [...REVIEWERS, ...REVIEW_REPORTING]],
  ['reviews', [...REVIEWERS, ...REVIEW_REPORTING]],
]);

/**
 * How a text puts a price level of 1 to 4 ("$" to "$$$$", as `"RestaurantsPriceRange2": 2` or
 * `"price_level": 3` give it): "inexpensive", "moderately priced", "upscale".
 */
const PRICE_LEVEL_WORDS = [
  ['inexpensive', 'cheap', 'affordable', 'budget', 'low'],
  ['moderate', 'moderately', 'reasonable', 'reasonably', 'mid', 'range'],
  ['pricey', 'expensive', 'upscale', 'high', 'end'],
  ['pricey', 'expensive', 'upscale', 'high', 'end', 'luxury', 'splurge'],
];
const PRICE_WORDS = ['price', 'priced', 'prices', 'pricing'];

/** The words a price-level field backs, when token i ends its key and its value is a level of 1 to 4. */
function priceLevelWords(tokens: Token[], i: number): string[] {
  const t = tokens[i];
  if (!/price/i.test(t.text) && !(/^(range|level)\d?$/i.test(t.text) && /price/i.test(tokens[i - 2]?.text ?? ''))) return [];
  if (!/(range|level)\d?$/i.test(t.text) || tokens[i + 1]?.text !== '"' || !/^:/.test(tokens[i + 2]?.text ?? '')) return [];
  const value = tokens[i + 3]?.text === '"' ? tokens[i + 4] : tokens[i + 3];
  const level = Number(value?.text);
  return Number.isInteger(level) && level >= 1 && level <= 4 ? [...PRICE_WORDS, ...PRICE_LEVEL_WORDS[level - 1]] : [];
}

/** US state codes as addresses write them ("Columbus, OH", `"state": "OH"`): a text may give the name. */
const US_STATES = new Map<string, string>(Object.entries({
  AL: 'alabama', AK: 'alaska', AZ: 'arizona', AR: 'arkansas', CA: 'california', CO: 'colorado', CT: 'connecticut',
  DE: 'delaware', DC: 'district of columbia', FL: 'florida', GA: 'georgia', HI: 'hawaii', ID: 'idaho', IL: 'illinois',
  IN: 'indiana', IA: 'iowa', KS: 'kansas', KY: 'kentucky', LA: 'louisiana', ME: 'maine', MD: 'maryland',
  MA: 'massachusetts', MI: 'michigan', MN: 'minnesota', MS: 'mississippi', MO: 'missouri', MT: 'montana',
  NE: 'nebraska', NV: 'nevada', NH: 'new hampshire', NJ: 'new jersey', NM: 'new mexico', NY: 'new york',
  NC: 'north carolina', ND: 'north dakota', OH: 'ohio', OK: 'oklahoma', OR: 'oregon', PA: 'pennsylvania',
  PR: 'puerto rico', RI: 'rhode island', SC: 'south carolina', SD: 'south dakota', TN: 'tennessee', TX: 'texas',
  UT: 'utah', VT: 'vermont', VA: 'virginia', WA: 'washington', WV: 'west virginia', WI: 'wisconsin', WY: 'wyoming',
}));

/** Words of structured sources and addresses that token i stands for (see FIELD_WORDS, US_STATES), added to `words`. */
function addRecordWords(words: Set<string>, tokens: Token[], i: number): void {
  const t = tokens[i];
  if (t.kind === 'word') {
    const state = t.text.length === 2 ? US_STATES.get(t.text) : undefined;
    // only as an address writes it: after a comma ("Portland, ME") or as a quoted value ("ME")
    if (state && (tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === '"')) {
      words.add(state);
      for (const w of state.split(' ')) words.add(w);
    }
    const extra = FIELD_WORDS.get(t.lower);
    if (extra && inJsonKey(tokens, i)) for (const w of extra) words.add(w);
    for (const w of priceLevelWords(tokens, i)) words.add(w);
  } else if (t.kind === 'number') {
    // "12:0" is noon and "0:0" midnight, as a text about opening hours says
    const clock = CLOCK_24.exec(t.text);
    if (!clock) return;
    for (const [h, m] of [[clock[1], clock[2]], [clock[3], clock[4]]]) {
      if (h === undefined || Number(m) !== 0) continue;
      if (Number(h) === 12) words.add('noon');
      if (Number(h) === 0 || Number(h) === 24) words.add('midnight');
    }
  }
}

/**
 * The lexicon of `tokens` from the lexicons of its consecutive parts (the sentences of the sources,
 * whose own lexicons are kept for evidence matching): the same words as lexiconOf(tokens), without
 * reading each token again. Only the two-word lemmas that straddle two parts are added here.
 */
export function joinLexicons(parts: Lexicon[], tokens: Token[]): Lexicon {
  const words = new Set<string>();
  let last: Token | undefined;
  for (const part of parts) {
    for (const w of part.words) words.add(w);
    if (part.tokens.length === 0) continue;
    if (last) words.add(`${last.lemma} ${part.tokens[0].lemma}`);
    last = part.tokens[part.tokens.length - 1];
  }
  return { words, tokens };
}

/** What the prefix of "e-bikes", "e-scooters", "e-mail" stands for: "e" of a hyphenated word is backed by either. */
export const E_PREFIX = ['electric', 'electronic'];

/** The forms a word is looked up under: any one of `whole`, else every one of `parts` (a hyphenated word's), else its `initialism` of source words. */
export interface WordForms {
  whole: string[];
  parts: string[] | null;
  /** "ceo" of "CEO", matched against the initials of the text's runs of words ("chief executive officer"). */
  initialism: string | null;
}

/** A word's forms, worked out once where it is looked up in many lexicons (a claim word in each evidence passage). */
export function wordForms(t: Token): WordForms {
  const whole = t.lemma === t.lower ? [t.lemma] : [t.lemma, t.lower];
  if (t.alsoLemma !== undefined) whole.push(t.alsoLemma);
  // "U.S." / "US", "Obama's" -> "obamas" and "obama" (wink splits "Alzheimer's" off in one sentence and not in another)
  const bare = t.lower.replace(/[.'’]/g, '');
  if (bare && bare !== t.lower) whole.push(bare);
  const owner = possessor(t.lower);
  if (owner) whole.push(owner);
  // "TVs", "CEOs": the plural of an initialism, which the lemmatiser leaves as it is
  if (/^\p{Lu}{2,}s$/u.test(t.text)) whole.push(t.lower.slice(0, -1));
  // "well-known" when the text has "well" and "known"
  const parts = t.lower.includes('-') ? t.lower.split('-').filter(Boolean) : null;
  // two letters ("US") are the initials of too many pairs of words ("used sparingly") to back a word
  // (most words have no capital letter, which spares them the test), unless an "&" joins them ("B&B")
  const initialism = t.text !== t.lower ? initialismLetters(t) : null;
  return { whole, parts, initialism: initialism !== null && (initialism.length >= 3 || t.text.includes('&')) ? initialism : null };
}

/** "obama" of "obama's" (a possessive read as one token), else undefined. */
function possessor(lower: string): string | undefined {
  const n = lower.length;
  // asked of every source word: the regex only for the few ending in "'s"
  return n > 2 && lower.charCodeAt(n - 1) === 115 && (lower[n - 2] === "'" || lower[n - 2] === '’') && /^\p{L}/u.test(lower) ? lower.slice(0, -2) : undefined;
}

export function hasForms(lex: Lexicon, f: WordForms): boolean {
  for (const w of f.whole) if (lex.words.has(w)) return true;
  if (f.parts !== null && f.parts.every((p) => lex.words.has(p) || (p === 'e' && E_PREFIX.some((w) => lex.words.has(w))))) return true;
  return f.initialism !== null && initialisms(lex).has(f.initialism);
}

export function hasWord(lex: Lexicon, t: Token): boolean {
  return hasForms(lex, wordForms(t));
}

/** Words an initialism may skip: "NUS" for "National Union of Students". */
const INITIALISM_SKIPS = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);
const MAX_INITIALISM = 6;

/** Initials of the sources' runs of words ("year-over-year" -> "yoy", "chief executive officer" -> "ceo"), built once per sources. */
const initialismsOf = new WeakMap<Lexicon, Set<string>>();
export function initialisms(sources: Lexicon): Set<string> {
  let found = initialismsOf.get(sources);
  if (found) return found;
  found = new Set();
  const words: (string | null)[] = [];
  for (const t of sources.tokens) {
    if (t.kind === 'word') for (const part of t.lower.split('-')) words.push(part || null);
    // a hyphen joins ("year - over - year" as wink splits it), as "&" does ("Bed & Breakfast"); other punctuation ends a run
    else if (t.text !== '-' && t.text !== '&') words.push(null);
  }
  for (let i = 0; i < words.length; i++) {
    if (!words[i] || INITIALISM_SKIPS.has(words[i]!)) continue;
    let all = '';
    let skipping = '';
    for (let j = i; j < words.length && words[j] && all.length < MAX_INITIALISM; j++) {
      all += words[j]![0];
      if (!INITIALISM_SKIPS.has(words[j]!)) skipping += words[j]![0];
      if (all.length >= 2) found.add(all);
      if (skipping.length >= 2) found.add(skipping);
      // "chief executive" without its "officer" is still the CEO
      if (words[i] === 'chief' && j === i + 1 && words[j + 1] !== 'officer') found.add(`${all}o`);
    }
  }
  initialismsOf.set(sources, found);
  return found;
}

/** "CEO", "U.K.", "YoY", "PACs": two to six letters, at least two capitals. */
export function initialismLetters(t: Token): string | null {
  // "B&B" for "Bed & Breakfast", "P&O"
  const bare = t.text.replace(/[.&]/g, '').replace(/(?<=[A-Z])s$/, '');
  if (!/^[A-Za-z]{2,6}$/.test(bare) || (bare.match(/[A-Z]/g)?.length ?? 0) < 2) return null;
  return bare.toLowerCase();
}
