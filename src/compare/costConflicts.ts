import type { Passage } from '../retrieve/evidence.js';
import type { Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { costFreeStretches } from './lexical.js';
import { isNegated } from './polarity.js';

/** Words that say something is paid for: "for a fee of 35 euros", "members pay", "costs $12", "a small charge". */
const PAID = new Set(['fee', 'charge', 'pay', 'cost', 'price', 'payment', 'surcharge', 'fare']);

/** The tokens of `tokens` that say something is paid for, outside its "free" stretches and not negated ("no fee" is in a stretch). */
function paidWords(tokens: Token[], free: [number, number][]): Token[] {
  return tokens.filter((t, k) => (PAID.has(t.lemma) || PAID.has(t.lower)) && !free.some(([a, b]) => k >= a && k <= b) && !isNegated(tokens, k));
}

/** The claim's words that say what something costs: the comparison asks the rest of the claim to match the sentence. */
export function costWords(claim: Token[]): Set<Token> {
  const free = costFreeStretches(claim);
  const out = new Set<Token>(paidWords(claim, free));
  for (const [a, b] of free) for (let k = a; k <= b; k++) out.add(claim[k]);
  return out;
}

/** Words of an amount of money: "$10", "35 euros", a record's "adult_usd". */
const CURRENCY_WORDS = new Set(['dollar', 'euro', 'pound', 'cent', 'penny', 'usd', 'eur', 'gbp', 'yen', 'rupee', 'franc']);
const mentionsMoney = (tokens: Token[]) =>
  tokens.some((t) => /^[$€£¥]/.test(t.text) || CURRENCY_WORDS.has(t.lemma) || CURRENCY_WORDS.has(t.lower) || /(?:^|_)(?:usd|eur|gbp|price|cost|fee)(?:_|$)/.test(t.lower));

const claimWords = (tokens: Token[], [a, b]: [number, number], text: string) => text.slice(tokens[a].start, tokens[b].end);
const passageWords = (p: Passage, first: Token, last: Token) => p.text.slice(first.start - p.start, last.end - p.start);

/**
 * Whether something is free or paid for, where the claim and the sentence that best matches it
 * disagree: "Bigger luggage can be checked in free of charge" against "Larger bags must be checked
 * in for a fee of 35 euros", or "Members pay a small fee" against "members can borrow … for free".
 * A side that says both (free entry, paid parking), or a source that gives an amount of money beside
 * "free" (a record's "adult_usd": 35 and "children": "free"), is not compared. `text` is the claim's text.
 */
export function costMismatch(claim: Token[], passage: Passage, text: string): Finding | undefined {
  const evidence = passage.tokens;
  const claimFree = costFreeStretches(claim);
  const evidenceFree = costFreeStretches(evidence);
  const claimPaid = paidWords(claim, claimFree);
  const evidencePaid = paidWords(evidence, evidenceFree);
  if (claimFree.length > 0 && claimPaid.length === 0 && !mentionsMoney(claim) && evidencePaid.length > 0 && evidenceFree.length === 0) {
    const [a, b] = claimFree[0];
    return {
      kind: 'negation', start: claim[a].start, end: claim[b].end, conflict: true,
      reason: `the source says it is paid for (${quote(passageWords(passage, evidencePaid[0], evidencePaid[0]))}), not ${quote(claimWords(claim, claimFree[0], text))}`,
    };
  }
  if (claimPaid.length > 0 && claimFree.length === 0 && evidenceFree.length > 0 && evidencePaid.length === 0 && !mentionsMoney(evidence)) {
    const t = claimPaid[0];
    return {
      kind: 'negation', start: t.start, end: t.end, conflict: true,
      reason: `the source says it is free (${quote(passageWords(passage, evidence[evidenceFree[0][0]], evidence[evidenceFree[0][1]]))}), not paid for`,
    };
  }
  return undefined;
}
