/**
 * What happened, stated as something else that could not have: a near miss stated as harm ("Two walkers
 * were hurt by a falling boulder" where "a boulder narrowly missed two walkers"), a gift stated as a sale
 * ("The garden centre sold the seeds" where it "donated the seeds"). Each is read in the passages
 * retrieved for the claim, about a noun both name, and dropped where any source states the claim's own.
 */
import type { Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { isNegated } from './polarity.js';

/** Verbs (lemmas) of harm done to someone: what a near miss did not do. */
const HARM = new Set(['hurt', 'injure', 'hit', 'strike', 'kill', 'wound', 'crush']);
/** Before "missed", words that make it a near miss: "narrowly missed", "only just missed". */
const NEARLY = new Set(['narrowly', 'just', 'barely', 'only']);
/** How far after the verb its object noun is looked for: "missed two walkers", "donated the seeds and tools". */
const OBJECT_REACH = 4;

/** The claim's nouns, as lemmas. */
const nounsOf = (tokens: Token[]) => new Set(tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').map((t) => t.lemma));

/** Whether a noun the claim has stands within OBJECT_REACH tokens after `k` of `tokens`, before any punctuation. */
function objectShared(tokens: Token[], k: number, nouns: Set<string>): boolean {
  for (let j = k + 1; j < tokens.length && j - k <= OBJECT_REACH; j++) {
    if (tokens[j].kind === 'punct') return false;
    if (tokens[j].pos === 'NOUN' && nouns.has(tokens[j].lemma)) return true;
  }
  return false;
}

/** Whether any of `passages` states a verb of `lemmas` plainly (not negated). */
const statesAny = (passages: Token[][], lemmas: ReadonlySet<string>) => passages.some((p) => p.some((t, k) => lemmas.has(t.lemma) && !isNegated(p, k)));

/**
 * "Two walkers were hurt by a falling boulder" where a retrieved passage says "a boulder narrowly missed
 * two walkers": harm the passage says was escaped, as a finding; undefined for none.
 */
export function nearMissAsHarm(claim: Token[], passages: Token[][], everywhere: () => Token[][]): Finding | undefined {
  const k = claim.findIndex((t, i) => t.pos === 'VERB' && HARM.has(t.lemma) && !isNegated(claim, i));
  if (k < 0) return undefined;
  const nouns = nounsOf(claim);
  for (const p of passages) {
    const m = p.findIndex((t, i) => t.lemma === 'miss' && t.pos === 'VERB' && NEARLY.has(p[i - 1]?.lower ?? '') && objectShared(p, i, nouns));
    if (m < 0 || statesAny(everywhere(), HARM)) continue;
    return { kind: 'negation', start: claim[k].start, end: claim[k].end, conflict: true, reason: `the source says ${quote(`${p[m - 1].text} ${p[m].text}`)}, where the claim says ${quote(claim[k].text)}` };
  }
  return undefined;
}

/** Verbs (lemmas) of a sale, and of a gift. */
const SALE = new Set(['sell', 'buy', 'purchase']);
const GIFT = new Set(['donate', 'gift']);

/**
 * "The garden centre sold the seeds and tools to the school" where a retrieved passage says it "donated
 * the seeds and tools": a gift stated as a sale, as a finding; undefined for none.
 */
export function giftAsSale(claim: Token[], passages: Token[][], everywhere: () => Token[][]): Finding | undefined {
  const k = claim.findIndex((t, i) => t.pos === 'VERB' && SALE.has(t.lemma) && !isNegated(claim, i));
  if (k < 0) return undefined;
  const nouns = nounsOf(claim);
  for (const p of passages) {
    const g = p.findIndex((t, i) => t.pos === 'VERB' && GIFT.has(t.lemma) && objectShared(p, i, nouns));
    if (g < 0 || statesAny(everywhere(), SALE)) continue;
    return { kind: 'negation', start: claim[k].start, end: claim[k].end, conflict: true, reason: `the source says it was given (${quote(p[g].text)}), not ${quote(claim[k].text)}` };
  }
  return undefined;
}
