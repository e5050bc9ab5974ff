/** A token of analysed text; offsets are UTF-16 indices into the original string. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-cased surface form, Latin accents folded ("François" -> "francois"; see foldCase in nlp.ts). */
  lower: string;
  lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, NUM, ...). */
  pos: string;
  kind: 'word' | 'number' | 'punct' | 'symbol' | 'other';
  stop: boolean;
  /**
   * A capitalised plural opening a sentence, which the tagger takes for a name and leaves
   * unlemmatised ("Instructors"), also matches as this common lemma ("instructor").
   */
  alsoLemma?: string;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Fields of a structured (JSON) source rather than a sentence of prose. */
  record?: true;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM', 'X']);
/** Words wink tags as content but that carry no checkable meaning in a claim. */
const LIGHT_WORDS = new Set([
  'be', 'have', 'do', 'say', 'also', 'very', 'just', 'so', 'then', 'there', 'here', 'now', 'even', 'still',
  'such', 'well', 'however', 'other', 'many', 'much', 'more', 'most', 'some', 'any', 'own', 'same', 'get',
  'make', 'include', 'according', 'new', 'one', 'several', 'various', 'really', 'too', 'as', 'thus',
  // wink keeps "Here's" as one token, where "here is" is two light words
  "here's", 'here’s', "there's", 'there’s',
]);

/** A number, or a word the tagger reads as one ("three"): what the quantity checks read, not the word checks. */
export const isNumeral = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'number' || t.pos === 'NUM');

/** A verb's past form or participle by its ending: not its base, its "-ing" or its present "-s" ("opened", "sold", not "opens"). */
export const isPastForm = (t: Token): boolean =>
  t.lower !== t.lemma && !t.lower.endsWith('ing') && t.lower !== `${t.lemma}s` && t.lower !== `${t.lemma}es` && !(t.lemma.endsWith('y') && t.lower === `${t.lemma.slice(0, -1)}ies`);

/** How many of `lemmas` (a claim's content words) a passage's tokens have: which of two passages speaks of the claim's thing. */
export function sharedLemmas(lemmas: ReadonlySet<string>, tokens: Token[]): number {
  return new Set(tokens.filter((t) => lemmas.has(t.lemma)).map((t) => t.lemma)).size;
}

/** Words that carry the claim's meaning: what coverage is measured over. */
export function isContent(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word' || t.stop) return false;
  if (!CONTENT_POS.has(t.pos)) return false;
  if (LIGHT_WORDS.has(t.lemma)) return false;
  // asked of every token many times a check: an ASCII letter or digit first answers it without the regex
  const c = t.text.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return /[\p{L}\p{N}]/u.test(t.text);
}

/** A content word that is no number: what a comparison or an opposite is said of. */
export const isContentWord = (t: Token): boolean => !isNumeral(t) && isContent(t);
