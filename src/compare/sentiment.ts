import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { BoundedCache } from '../text/boundedCache.js';

/**
 * Word tone from wink's sentiment lexicon (AFINN-based, part of wink-eng-lite-web-model): a claim that
 * puts a word of one tone where its source has a word of the other ("the triumphant start-up" for
 * "the troubled start-up") turns what the source says round, where WordNet lists no antonym.
 */

/** A second wink instance, with the sentiment pipe only, made on first use (about 0.1 s): the tokenizer's instance reads no sentiment, which would cost every text read. */
let reader: ReturnType<typeof winkNLP> | undefined;
const known = new BoundedCache<number>(20_000);

/** The sentiment of one word as wink scores it alone: "troubled" -0.69, "triumphant" 0.56, "fell" -0.5, "digital" 0. */
export function wordSentiment(word: string): number {
  const found = known.get(word);
  if (found !== undefined) return found;
  reader ??= winkNLP(model, ['sentiment']);
  const value = reader.readDoc(word).out(reader.its.sentiment) as unknown as number;
  known.set(word, value);
  return value;
}

/** Whether two words carry sentiments of opposite sign, each at least `least` strong (weaker ones are mostly noise). */
export function oppositeSentiment(a: string, b: string, least = 0.2): boolean {
  const x = wordSentiment(a);
  if (Math.abs(x) < least) return false;
  const y = wordSentiment(b);
  return Math.abs(y) >= least && Math.sign(x) !== Math.sign(y);
}
