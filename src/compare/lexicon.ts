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

export function lexiconOf(tokens: Token[]): Lexicon {
  const words = new Set<string>();
  for (const t of tokens) {
    words.add(t.lower);
    words.add(t.lemma);
    if (t.alsoLemma) words.add(t.alsoLemma);
    // "U.S." / "US", "Obama's" -> "obamas" and "obama", "well-known" -> "well", "known"
    const bare = t.lower.replace(/[.'’]/g, '');
    if (bare) words.add(bare);
    const owner = possessor(t.lower);
    if (owner) words.add(owner);
    // "at weekends" backs "on Saturdays", "on weekdays" "Monday to Friday"
    const days = WEEK_PARTS[t.lower];
    if (days) for (const d of days) words.add(WEEKDAYS[d - 1]).add(`${WEEKDAYS[d - 1]}s`);
    if (t.lower.includes('-')) {
      for (const part of t.lower.split('-')) if (part) words.add(part);
      // "e-bikes" backs "electric bikes"
      if (t.lower.startsWith('e-')) for (const w of E_PREFIX) words.add(w);
    }
    // field names of structured sources: "OutdoorSeating", "business_stars"
    if (/[a-z][A-Z]|_/.test(t.text)) {
      const parts = t.text.split(/(?<=[a-z])(?=[A-Z])|_/).filter(Boolean).map((p) => p.toLowerCase());
      for (const part of parts) words.add(part);
      // "TakeOut" is also "takeout"
      for (let k = 0; k + 1 < parts.length; k++) words.add(parts[k] + parts[k + 1]);
    }
  }
  // two-word lemmas, so WordNet's "buy out" or "prime minister" can match
  for (let i = 0; i + 1 < tokens.length; i++) words.add(`${tokens[i].lemma} ${tokens[i + 1].lemma}`);
  return { words, tokens };
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
  // "well-known" when the text has "well" and "known"
  const parts = t.lower.includes('-') ? t.lower.split('-').filter(Boolean) : null;
  // two letters ("US") are the initials of too many pairs of words ("used sparingly") to back a word
  // (most words have no capital letter, which spares them the test)
  const initialism = t.text !== t.lower ? initialismLetters(t) : null;
  return { whole, parts, initialism: initialism !== null && initialism.length >= 3 ? initialism : null };
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
    // a hyphen joins ("year - over - year" as wink splits it); other punctuation ends a run
    else if (t.text !== '-') words.push(null);
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
  const bare = t.text.replace(/\./g, '').replace(/(?<=[A-Z])s$/, '');
  if (!/^[A-Za-z]{2,6}$/.test(bare) || (bare.match(/[A-Z]/g)?.length ?? 0) < 2) return null;
  return bare.toLowerCase();
}
