import type { Passage } from '../retrieve/evidence.js';
import { E_PREFIX } from './lexicon.js';
import { isContent, isNumeral, type Token } from '../text/tokens.js';

/** How far apart (in content words) two evidence words may be and still count as a pair. */
const REACH = 3;

interface OrderIndex {
  /** The passage's content words, in order, and their lemmas. */
  words: Token[];
  lemmas: string[];
  present: Set<string>;
  pairs: Set<string>;
}

function addPairs(lemmas: string[], pairs: Set<string>, from = 0): void {
  for (let i = from; i < lemmas.length; i++) for (let j = i + 1; j <= i + REACH && j < lemmas.length; j++) pairs.add(`${lemmas[i]}\u0000${lemmas[j]}`);
}

// evidence passages are shared by the claims of a check (and kept with prepared sources), so each
// one's pairs are built once: rebuilding them per claim made a source of one huge sentence quadratic
const indexes = new WeakMap<Passage, OrderIndex>();
function orderIndex(p: Passage): OrderIndex {
  let index = indexes.get(p);
  if (!index) {
    const words = p.tokens.filter(isContent);
    const lemmas = words.map((t) => t.lemma);
    const pairs = new Set<string>();
    addPairs(lemmas, pairs);
    indexes.set(p, (index = { words, lemmas, present: new Set(lemmas), pairs }));
  }
  return index;
}

/** Pairs within reach of each other in the passages read in order: each passage's own, plus those across each boundary. */
function spanIndex(passages: Passage[]): { present: Set<string>; has: (pair: string) => boolean } {
  const parts = passages.map(orderIndex);
  if (parts.length === 1) return { present: parts[0].present, has: (pair) => parts[0].pairs.has(pair) };
  const across = new Set<string>();
  for (let k = 0; k + 1 < parts.length; k++) {
    const tail = parts[k].lemmas.slice(-REACH);
    const joined = [...tail, ...parts[k + 1].lemmas.slice(0, REACH)];
    for (let i = 0; i < tail.length; i++) for (let j = Math.max(i + 1, tail.length); j <= i + REACH && j < joined.length; j++) across.add(`${joined[i]}\u0000${joined[j]}`);
  }
  const present = new Set(parts.flatMap((x) => [...x.present]));
  return { present, has: (pair) => across.has(pair) || parts.some((x) => x.pairs.has(pair)) };
}

export interface OrderFeatures {
  /** Share of the claim's neighbouring content-word pairs found, in order and close together, in the evidence. */
  pairCoverage: number;
  /** Pairs found only in the reverse order: a sign of swapped roles ("A beat B" vs "B beat A"). */
  swappedPairs: number;
}

/**
 * The lemmas "e-scooters" has in a passage that writes "electric scooters" (`has` tells the passage's
 * lemmas), or null. wink keeps an "e-" word whole and unlemmatised, where it splits "full-time" at its hyphen.
 */
function ePrefixParts(t: Token, has: (lemma: string) => boolean): string[] | null {
  if (!t.lower.startsWith('e-') || has(t.lemma)) return null;
  const rest = t.lower.slice(2);
  const e = E_PREFIX.find(has);
  const word = has(rest) ? rest : rest.endsWith('s') && has(rest.slice(0, -1)) ? rest.slice(0, -1) : undefined;
  return e && word ? [e, word] : null;
}

/**
 * Word order agreement between a claim and its evidence (one passage or a window of neighbours), over neighbouring claim words that
 * both occur in the evidence as they are (paraphrased words are coverage's business, not order's).
 */
export function wordOrder(claimWords: Token[], evidence: Passage[]): OrderFeatures {
  const { present, has } = spanIndex(evidence);
  const inEvidence = (l: string) => present.has(l);
  const lemmas = claimWords.flatMap((t) => ePrefixParts(t, inEvidence) ?? [t.lemma]).filter(inEvidence);
  if (lemmas.length < 2) return { pairCoverage: 1, swappedPairs: 0 };
  let found = 0;
  let swapped = 0;
  for (let i = 0; i + 1 < lemmas.length; i++) {
    if (has(`${lemmas[i]}\u0000${lemmas[i + 1]}`)) found++;
    else if (has(`${lemmas[i + 1]}\u0000${lemmas[i]}`)) swapped++;
  }
  return { pairCoverage: found / (lemmas.length - 1), swappedPairs: swapped };
}

/**
 * Coarse parts of speech: a modifier stands in for a modifier, a noun, name or verb for one of those
 * (the tagger often reads a plural noun in a list as a verb: "concepts, sounds and...").
 */
const KIND_OF_POS: Record<string, string> = { NOUN: 'n', PROPN: 'n', VERB: 'n', ADJ: 'm', ADV: 'm' };
const sameKinds = (a: Token[], b: Token[]) => a.every((t, i) => (KIND_OF_POS[t.pos] ?? t.pos) === (KIND_OF_POS[b[i].pos] ?? b[i].pos));

interface SlotIndex {
  /** The evidence's content words but numbers, in order, and their lemmas. */
  words: Token[];
  lemmas: string[];
  /** Where each lemma stands in `words`. */
  at: Map<string, number[]>;
  /** Lemmas standing side by side in `words`, joined by NUL. */
  adjacent: Set<string>;
}

// built once per passage and per window of two (passages are shared by a check's claims and kept
// with prepared sources; a passage makes at most two windows, with the one before and after it)
const slotIndexes = new WeakMap<Passage, SlotIndex>();
const windowIndexes = new WeakMap<Passage, WeakMap<Passage, SlotIndex>>();
function slotIndex(evidence: Passage[]): SlotIndex {
  if (evidence.length === 1) {
    let index = slotIndexes.get(evidence[0]);
    if (!index) slotIndexes.set(evidence[0], (index = buildSlotIndex(evidence)));
    return index;
  }
  if (evidence.length !== 2) return buildSlotIndex(evidence);
  let after = windowIndexes.get(evidence[0]);
  if (!after) windowIndexes.set(evidence[0], (after = new WeakMap()));
  let index = after.get(evidence[1]);
  if (!index) after.set(evidence[1], (index = buildSlotIndex(evidence)));
  return index;
}

function buildSlotIndex(evidence: Passage[]): SlotIndex {
  // numbers are left out on both sides (the claim's are quantities), so "three sisters who run"
  // still frames "sisters" between "follow" and "run"
  const words = evidence.flatMap((p) => orderIndex(p).words).filter((t) => !isNumeral(t));
  const lemmas = words.map((t) => t.lemma);
  const at = new Map<string, number[]>();
  lemmas.forEach((l, i) => at.get(l)?.push(i) ?? at.set(l, [i]));
  const adjacent = new Set<string>();
  for (let i = 0; i + 1 < lemmas.length; i++) adjacent.add(`${lemmas[i]}\u0000${lemmas[i + 1]}`);
  return { words, lemmas, at, adjacent };
}

/** Each longest stretch [first, last] of claim words that `backed` marks false. */
function unbackedRuns(backed: boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let a = 0; a < backed.length; ) {
    if (backed[a]) {
      a++;
      continue;
    }
    let b = a;
    while (b + 1 < backed.length && !backed[b + 1]) b++;
    runs.push([a, b]);
    a = b + 1;
  }
  return runs;
}

/** The longest run of claim words (and of evidence words) taken as one substitution. */
const MAX_SLOT = 2;

/**
 * Claim words that take the place of other words in the evidence: a run of up to MAX_SLOT claim
 * words the evidence lacks, between words the evidence has in the same order around as many other
 * words of the same kinds ("learns visual concepts, sounds and..." where the source says "visual
 * concepts, words and..."). Paraphrase rarely keeps both neighbours; an edited or misremembered detail does.
 * The context is the word on each side, or the two words on one side at the start or end of the claim.
 * Neighbours count only as the same lemma (a synonym is not evidence of a slot). Returns each
 * substituted claim word with the evidence words it replaces.
 */
export function substitutions(claimWords: Token[], backed: boolean[], evidence: Passage[]): Map<Token, Token[]> {
  const found = new Map<Token, Token[]>();
  if (claimWords.length < 2 || evidence.length === 0) return found;
  const { words: ev, lemmas: evLemmas, at } = slotIndex(evidence);
  const claimLemmas = new Set(claimWords.map((t) => t.lemma));
  const lemma = (i: number) => claimWords[i].lemma;
  // the replaced words are words the claim lacks (numbers are the quantity checks' business)
  const foreign = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (claimLemmas.has(evLemmas[k]) || ev[k].kind !== 'word') return false;
    return true;
  };
  const n = claimWords.length;
  for (const [a, b] of unbackedRuns(backed)) {
    const run = b - a + 1;
    let replaced: Token[] | undefined;
    if (run <= MAX_SLOT) {
      const slot = claimWords.slice(a, b + 1);
      const left = a > 0 ? (at.get(lemma(a - 1)) ?? []) : [];
      const right = b + 1 < n ? lemma(b + 1) : undefined;
      for (const p of left) {
        // as many words in the evidence's slot as in the claim's
        const q = p + run + 1;
        if (q > ev.length) continue;
        const closed = right !== undefined ? q < ev.length && evLemmas[q] === right : b + 1 === n && a >= 2 && p >= 1 && evLemmas[p - 1] === lemma(a - 2);
        if (closed && foreign(p + 1, q) && sameKinds(slot, ev.slice(p + 1, q))) {
          replaced = ev.slice(p + 1, q);
          break;
        }
      }
      if (!replaced && a === 0 && b + 2 < n) {
        // at the start of the claim: the two words after it
        for (const q of at.get(lemma(b + 1)) ?? []) {
          const p = q - run - 1;
          if (p + 1 >= 0 && evLemmas[q + 1] === lemma(b + 2) && foreign(p + 1, q) && sameKinds(slot, ev.slice(p + 1, q))) {
            replaced = ev.slice(p + 1, q);
            break;
          }
        }
      }
    }
    if (replaced) for (let k = a; k <= b; k++) found.set(claimWords[k], replaced);
  }
  return found;
}

/** The longest run of claim words taken as one insertion. */
const MAX_INSERTED = 3;

/**
 * Claim words added between two words that stand side by side in the evidence: a run of up to
 * MAX_INSERTED claim words the evidence lacks, whose neighbours are next to each other there
 * ("studies the negative impact" where it says "studies the impact"). An embellishment slips a
 * qualifier into otherwise copied wording; a paraphrase rewords the neighbours too. Neighbours count
 * only as the same lemma, and numbers are left out on both sides, as in substitutions.
 */
export function insertions(claimWords: Token[], backed: boolean[], evidence: Passage[]): Set<Token> {
  const found = new Set<Token>();
  if (claimWords.length < 3 || evidence.length === 0) return found;
  const { adjacent } = slotIndex(evidence);
  for (const [a, b] of unbackedRuns(backed)) {
    // a run at either end of the claim has no word on one side
    if (a > 0 && b + 1 < claimWords.length && b - a + 1 <= MAX_INSERTED && adjacent.has(`${claimWords[a - 1].lemma}\u0000${claimWords[b + 1].lemma}`)) {
      for (let k = a; k <= b; k++) found.add(claimWords[k]);
    }
  }
  return found;
}

/**
 * How closely together the evidence holds the claim's words: the claim's distinct lemmas found in
 * the evidence (as they are, or as a word `related` gives for word i), over the length of the
 * shortest stretch of it that holds each of them once, counted in content words but those `skip`
 * names (its numbers, dates and units, which the claim's words leave out too). 1 when they stand
 * side by side, in any order (a reordered paraphrase loses nothing); low when a claim joins a name
 * from one end of a long passage to a detail from the other ("Jamie Silvonek, 54, was on leave"
 * where the one on leave is someone else, and 54 is a third person's age).
 */
export function matchDensity(claimWords: Token[], evidence: Passage[], skip: (t: Token) => boolean = () => false, related: (i: number) => readonly string[] = () => []): number {
  if (evidence.length === 0) return 0;
  const { words } = slotIndex(evidence);
  // each claim word is found as itself or as a word WordNet relates to it ("purchased" for "bought")
  const wanted = new Map<string, number>();
  let lemmas: Set<string> | undefined;
  const inEvidence = (l: string) => (lemmas ??= new Set(words.map((w) => w.lemma))).has(l);
  let ids = claimWords.length;
  claimWords.forEach((t, i) => {
    const parts = ePrefixParts(t, inEvidence);
    // each part is a word of its own, as the passage writes it
    if (parts) for (const part of parts) if (!wanted.has(part)) wanted.set(part, ids++);
    const id = wanted.get(t.lemma) ?? i;
    for (const l of [t.lemma, ...related(i)]) if (!wanted.has(l)) wanted.set(l, id);
  });
  // positions count only the words not skipped, so a date or unit between two claim words is no gap
  const hits: [number, number][] = [];
  let at = 0;
  for (const t of words) {
    if (skip(t)) continue;
    const id = wanted.get(t.lemma);
    if (id !== undefined) hits.push([at, id]);
    at++;
  }
  const distinct = new Set(hits.map(([, id]) => id)).size;
  if (distinct < 2) return 1;
  // shortest window of hits holding every distinct lemma (two pointers over the hits in order)
  const count = new Array<number>(ids).fill(0);
  let held = 0;
  let best = Infinity;
  for (let lo = 0, hi = 0; hi < hits.length; hi++) {
    if (count[hits[hi][1]]++ === 0) held++;
    while (held === distinct) {
      best = Math.min(best, hits[hi][0] - hits[lo][0] + 1);
      if (--count[hits[lo][1]] === 0) held--;
      lo++;
    }
  }
  return distinct / best;
}

/**
 * Two claim words that trade places in wording copied from the evidence: each stands between the
 * words the evidence puts around the other ("produces a correct input … for every output of
 * interest" where it says "a correct output … for every input of interest"; "Ethan beat Henry"
 * where it says "Henry beat Ethan"). Both words are the evidence's own, so coverage and the slot
 * checks, which look for words the evidence lacks, miss the swap. A word's context is the content
 * word on each side (numbers left out, as in substitutions), or the one side a claim's first or
 * last word has; neighbours count only as the same lemma. A word the evidence also has in the
 * claim's own context is not swapped. The two words must be the same part of speech: a noun and a
 * verb or a name trading places is a change of voice or a compound said the other way round ("The
 * incident is being investigated by the FAA", "English-writing authors" for "authors writing in
 * English"), which on train and dev were 5 of the 6 pairs found without this test.
 * Returns each swapped pair once, in claim order.
 */
export function exchangedWords(claimWords: Token[], evidence: Passage[]): [Token, Token][] {
  const found: [Token, Token][] = [];
  const words = claimWords.filter((t) => !isNumeral(t));
  if (words.length < 3 || evidence.length === 0) return found;
  const { lemmas: ev, at } = slotIndex(evidence);
  const lemma = (i: number) => words[i].lemma;
  // whether the evidence has lemma `l` at some position between the claim's neighbours of word i
  const standsAt = (l: string, i: number) => (at.get(l) ?? []).some((p) => {
    const left = i > 0 ? ev[p - 1] === lemma(i - 1) : true;
    const right = i + 1 < words.length ? ev[p + 1] === lemma(i + 1) : true;
    return left && right;
  });
  const used = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (used.has(i) || !at.has(lemma(i)) || standsAt(lemma(i), i)) continue;
    for (let j = i + 1; j < words.length; j++) {
      if (used.has(j) || lemma(j) === lemma(i) || words[j].pos !== words[i].pos || !at.has(lemma(j)) || standsAt(lemma(j), j)) continue;
      if (standsAt(lemma(j), i) && standsAt(lemma(i), j)) {
        found.push([words[i], words[j]]);
        used.add(i).add(j);
        break;
      }
    }
  }
  return found;
}
