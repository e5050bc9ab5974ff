import type { Token } from '../text/tokens.js';

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
    // "U.S." / "US", "Obama's" -> "obama", "well-known" -> "well", "known"
    const bare = t.lower.replace(/[.'’]/g, '');
    if (bare) words.add(bare);
    if (t.lower.includes('-')) for (const part of t.lower.split('-')) if (part) words.add(part);
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

/** The forms a word is looked up under: any one of `whole`, else every one of `parts` (a hyphenated word's). */
export interface WordForms {
  whole: string[];
  parts: string[] | null;
}

/** A word's forms, worked out once where it is looked up in many lexicons (a claim word in each evidence passage). */
export function wordForms(t: Token): WordForms {
  const whole = t.lemma === t.lower ? [t.lemma] : [t.lemma, t.lower];
  if (t.alsoLemma !== undefined) whole.push(t.alsoLemma);
  // "U.S." / "US", "Obama's" -> "obamas"
  const bare = t.lower.replace(/[.'’]/g, '');
  if (bare && bare !== t.lower) whole.push(bare);
  // "well-known" when the text has "well" and "known"
  const parts = t.lower.includes('-') ? t.lower.split('-').filter(Boolean) : null;
  return { whole, parts };
}

export function hasForms(lex: Lexicon, f: WordForms): boolean {
  for (const w of f.whole) if (lex.words.has(w)) return true;
  return f.parts !== null && f.parts.every((p) => lex.words.has(p));
}

export function hasWord(lex: Lexicon, t: Token): boolean {
  return hasForms(lex, wordForms(t));
}
