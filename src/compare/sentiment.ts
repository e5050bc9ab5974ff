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

/**
 * Verbs of a stance taken on a plan or a decision that the lexicon scores 0 or too weakly ("opposed",
 * "objected", "backed"), with the sign of the stance: "opposed the plan" where the source says "backed the
 * plan" turns it round as "criticised" for "welcomed" does.
 */
const STANCE_VERBS: Record<string, number> = {
  oppose: -0.5, object: -0.5, resist: -0.5, slam: -0.5, reject: -0.5, protest: -0.5, denounce: -0.5, decry: -0.5, deplore: -0.5,
  back: 0.5, support: 0.5, welcome: 0.5, endorse: 0.5, favour: 0.5, favor: 0.5, approve: 0.5, praise: 0.5, applaud: 0.5, hail: 0.5,
};
/** Forms as often a noun or an adverb of no stance: "an object", "came back", "their backs". */
const NOT_A_STANCE = new Set(['object', 'objects', 'back', 'backs']);
/** Each stance verb's forms: "oppose", "opposes", "opposed", "opposing"; "slammed". */
const STANCE_FORMS = new Map<string, number>(Object.entries(STANCE_VERBS).flatMap(([base, sign]) => {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const doubled = base === 'slam' ? 'slamm' : stem;
  return [base, `${base}s`, `${doubled}ed`, `${doubled}ing`].filter((form) => !NOT_A_STANCE.has(form)).map((form) => [form, sign] as [string, number]);
}));

/** The sentiment of one word as wink scores it alone: "troubled" -0.69, "triumphant" 0.56, "fell" -0.5, "digital" 0; a stance verb's as listed above. */
export function wordSentiment(word: string): number {
  const stance = STANCE_FORMS.get(word);
  if (stance !== undefined) return stance;
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
