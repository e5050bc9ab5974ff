import { analyzeRange } from './nlp.js';
import type { Token } from './tokens.js';

/**
 * Field names of structured (JSON) sources, such as "RestaurantsReservations" or "GoodForKids": one
 * token to the tagger, but words to a reader. Their parts' lemmas let retrieval find the field a
 * claim speaks of ("does not take reservations" -> "RestaurantsReservations": false).
 */
const CAMEL_BOUNDARY = /(?<=[a-z])(?=[A-Z])/;

const FIELD_WORD_BOUNDARY = /(?<=[a-z])(?=[A-Z])|_/;
/** The words of a field name, split at camel case and underscores, lower case ("business_stars", "OutdoorSeating" -> outdoor, seating). */
export const fieldNameWords = (name: string): string[] => name.split(FIELD_WORD_BOUNDARY).filter(Boolean).map((w) => w.toLowerCase());

/** Whether a token's text is camel case ("OutdoorSeating"): only such a name has words to find. */
export const isCamelCase = (text: string): boolean => CAMEL_BOUNDARY.test(text);

/**
 * Whether tokens[i] is (part of) the key of a JSON field, `"Key":` or `"review_text":` (which the
 * tokenizer splits at the underscore): the words touching it lead to a quote before and a quote
 * and a colon after.
 */
export function inJsonKey(tokens: Token[], i: number): boolean {
  let first = i;
  while (first > 0 && tokens[first - 1].end === tokens[first].start && tokens[first - 1].text !== '"') first--;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1].start === tokens[last].end && tokens[last + 1].text !== '"') last++;
  // compact JSON (`"hours":{`) leaves ":{" and ":[" one token
  return tokens[first - 1]?.text === '"' && tokens[last + 1]?.text === '"' && /^:[{[]?$/.test(tokens[last + 2]?.text ?? '');
}

const remembered = new Map<string, Token[]>();
const MAX_REMEMBERED = 10_000;

/** A field name's words (lower case, as fieldNameWords gives them) read as text: tokens with lemmas, remembered per name. */
export function fieldNameTokens(words: string[]): Token[] {
  const spaced = words.join(' ');
  let tokens = remembered.get(spaced);
  if (tokens) return tokens;
  tokens = analyzeRange(spaced, 0, spaced.length).flatMap((s) => s.tokens);
  if (remembered.size < MAX_REMEMBERED) remembered.set(spaced, tokens);
  return tokens;
}

/** The lemmas of the content words of a camel-case field name ("RestaurantsReservations" -> restaurant, reservation); [] for one word. */
export function fieldNameLemmas(name: string): string[] {
  const parts = name.split(CAMEL_BOUNDARY);
  if (parts.length < 2) return [];
  return fieldNameTokens(parts.map((p) => p.toLowerCase())).filter((t) => t.kind === 'word' && !t.stop).map((t) => t.lemma);
}
