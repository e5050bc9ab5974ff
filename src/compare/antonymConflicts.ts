import { isContent, isContentWord, isNumeral, isPastForm, type Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import type { Lexicon } from './lexicon.js';
import { clauseAfter, clauseBefore, isNegated, sameStem } from './polarity.js';
import { knownPhrases } from './lexical.js';
import { openingAdjective } from '../text/nlp.js';
import { CURRENCY_SYMBOL } from './quantities.js';
import { AMOUNT_VERBS, antonyms, changeDirection, supportingLemmas, synsetOffsets, wordnetPos, type WnPos } from './wordnet.js';

/**
 * Comparatives the tagger reads as adverbs and leaves as they are ("longer", "faster"), with the
 * adjective each is of, so that "shorter" (its "short") and "slower" are their opposites.
 */
const UNGRADED = new Map([['longer', 'long'], ['longest', 'long'], ['faster', 'fast'], ['fastest', 'fast']]);
const UNGRADED_BY_BASE = new Set(UNGRADED.values());

/**
 * Claim words whose WordNet antonym is what the evidence says ("rose" where the source says "fell").
 * One side negating its word agrees with the other ("will not open" / "will be closed");
 * `claim` is the claim's tokens, to read negation around its words.
 */
export function antonymMismatches(words: Token[], evidence: Lexicon, claim: Token[]): { antonyms: number; findings: Finding[] } {
  const findings: Finding[] = [];
  for (const t of words) {
    const pos = wordnetPos(t.pos);
    if (!pos || t.pos === 'PROPN') continue;
    const at = claim.indexOf(t);
    if (isAge(claim, at) || noOppositeHere(claim, at)) continue;
    const claimNegated = isNegated(claim, at);
    // ("no longer" says nothing of length)
    const base = claim[at - 1]?.lower === 'no' ? undefined : UNGRADED.get(t.lower);
    for (const opposite of base ? antonyms(base, 'a') : antonyms(t.lemma, pos)) {
      if (!evidence.words.has(opposite) && !UNGRADED_BY_BASE.has(opposite)) continue;
      const mentions = evidence.tokens.map((e, k) => [e, k] as const).filter(([e, k]) => (e.lemma === opposite || e.lower === opposite || (UNGRADED.get(e.lower) === opposite && evidence.tokens[k - 1]?.lower !== 'no')) && sameClass(pos, e) && sameSide(pos, claim, at, opposite, evidence.tokens, k) && !otherHead(claim, at, evidence.tokens, k) && !earlierEvent(claim, at, evidence.tokens, k) && !compoundApart(claim, at, evidence.tokens, k));
      if (mentions.length === 0 || contrasted(claim, at, opposite)) continue;
      const said = mentions.find(([, k]) => isNegated(evidence.tokens, k) === claimNegated)?.[0];
      // every mention is negated where the claim's word is not, or the reverse: the two agree
      if (!said) continue;
      findings.push({
        kind: 'antonym', start: t.start, end: t.end, conflict: true,
        reason: `the source says ${quote(said.text)}, the opposite of ${quote(t.text)}`,
      });
      break;
    }
  }
  return { antonyms: findings.length, findings };
}

/** Whether a verb at `k` is said of what will be: "will shut", "will be closed", "would open". */
function isFuture(tokens: Token[], k: number): boolean {
  return tokens.slice(Math.max(0, k - 3), k).some((t) => t.lower === 'will' || t.lower === 'would' || t.lower === "'ll");
}

/**
 * "will shut in March" where the source says the rink "opened in 1986": what a thing will do and the
 * opposite it did before are two events, no conflict.
 */
function earlierEvent(claim: Token[], at: number, evidence: Token[], k: number): boolean {
  const e = evidence[k];
  return claim[at].pos === 'VERB' && isFuture(claim, at) && e.pos === 'VERB' && isPastForm(e) && !isFuture(evidence, k);
}

/**
 * Whether the claim's clause around word `i` has `opposite` too: "once filled with visitors, now empty",
 * "will stay open until 8pm rather than closing" contrast the two, as their sources may. A clause
 * ends at punctuation, so "margin is expected to decrease in 2021, despite price increases" still
 * turns the source's "increase".
 */
function contrasted(claim: Token[], i: number, opposite: string): boolean {
  // another form of the opposite counts: "stay open ... rather than closing" against the source's "opening"
  const isOpposite = (t: Token) => t.lemma === opposite || t.lower === opposite || (t.kind === 'word' && sameStem(t.lower, opposite));
  return clauseBefore(claim, i).some(isOpposite) || clauseAfter(claim, i).some(isOpposite);
}

/** The noun an adjective at `i` stands before, the last of a compound ("an old railway line" -> "line"); undefined for none. */
function headNoun(tokens: Token[], i: number): Token | undefined {
  let j = i + 1;
  while (tokens[j]?.pos === 'ADJ' || tokens[j]?.text === ',') j++;
  let head: Token | undefined;
  for (; tokens[j]?.pos === 'NOUN'; j++) head = tokens[j];
  return head;
}

/**
 * Whether the claim's adjective at `k` and the evidence's opposite at `j` describe different things:
 * "an old railway line" against "a new footpath … along a disused railway line", which names the
 * line too, or "rising emigration" against "the population fell".
 */
function otherHead(claim: Token[], k: number, evidence: Token[], j: number): boolean {
  const attributive = claim[k].pos === 'ADJ' || (claim[k].pos === 'VERB' && claim[k].lower.endsWith('ing') && claim[k + 1]?.pos === 'NOUN');
  if (!attributive) return false;
  const mine = headNoun(claim, k);
  if (mine === undefined) return false;
  // "rising emigration" against "the population fell": a verb's opposite says nothing of another thing
  if (evidence[j].pos === 'VERB' && evidence[j].lower !== evidence[j].lemma && headNoun(evidence, j) === undefined) {
    const subject = subjectWords(evidence, j);
    return subject.size > 0 && !subject.has(mine.lemma) && !subject.has(mine.lower);
  }
  const theirs = headNoun(evidence, j);
  return theirs !== undefined && mine.lemma !== theirs.lemma && evidence.some((e) => e.lemma === mine.lemma);
}

/**
 * Verb pairs that tell one event from either side: "the library lends tools" is "members borrow
 * tools", "A won against B" is "B lost to A". They are opposites only when the same one does both
 * ("the firm bought shares" against "the firm sold shares").
 */
const CONVERSES = new Set(['buy sell', 'lend borrow', 'give take', 'import export', 'win lose', 'precede follow']);

/**
 * Whether the evidence word `e` can be the opposite of a claim word of part of speech `pos`: a verb in its plain
 * form is no adjective or noun ("to present the kit" says nothing of "future"; a participle may be:
 * "the store is closed" against "open").
 */
const sameClass = (pos: WnPos, e: Token) => pos === 'v' || e.pos !== 'VERB' || e.lower !== e.lemma;

/**
 * Whether a verb and its opposite at `evidence[j]` tell of one event from the same side: converses
 * ("the library will lend" / "members can borrow") contradict only when the same one does both.
 */
function sameSide(pos: WnPos, claim: Token[], k: number, opposite: string, evidence: Token[], j: number): boolean {
  if (pos !== 'v' || !isConverse(claim[k].lemma, opposite)) return true;
  const doer = doerOf(claim, k);
  return doer !== undefined && doerOf(evidence, j) === doer;
}
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const isConverse = (a: string, b: string) => CONVERSES.has(`${a} ${b}`) || CONVERSES.has(`${b} ${a}`);

/**
 * Who does verb `k`: the index of the nearest noun or pronoun before it, past auxiliaries, adverbs,
 * particles and a relative pronoun ("members can borrow", "Redbridge, who lost"); undefined when
 * anything else comes first.
 */
function doerAt(tokens: Token[], k: number): number | undefined {
  // a passive names what was done to, not who did it: "car seats bought from March" are seats sold then
  if (isPastForm(tokens[k]) && (tokens[k - 1]?.lemma === 'be' || (tokens[k - 1]?.pos === 'NOUN' && tokens[k + 1]?.pos === 'ADP'))) return undefined;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (RELATIVE_PRONOUNS.has(t.lower)) {
      if (tokens[j - 1]?.text === ',') j--;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') return j;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return undefined;
  }
  return undefined;
}

/** The lemma of who does verb `k` (doerAt). */
function doerOf(tokens: Token[], k: number): string | undefined {
  const i = doerAt(tokens, k);
  return i === undefined ? undefined : tokens[i].lemma;
}

/** The last noun or name of the noun phrase from token `from` ("the health department" -> "department", "the nurses' union" -> "union"). */
function phraseHead(tokens: Token[], from: number): Token | undefined {
  let head: Token | undefined;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
    else if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PART' || t.text === "'" || t.lower === "'s")) break;
  }
  return head;
}

/** Modals before a passive that make its doer one possible of many: "can be caused by". */
const HEDGING_MODALS = new Set(['can', 'could', 'may', 'might']);

/** Tags wink gives a verb's particle ("carried out": ADV in one sentence, ADP in another). */
const PARTICLE_TAGS = new Set(['ADP', 'ADV', 'PART']);

/** The index of the "by" after verb `k`, a past form, and its particle, if any: "carried out by" -> the index of "by". */
function passiveAgentAt(tokens: Token[], k: number): number | undefined {
  const by = tokens[k + 1]?.lower === 'by' ? k + 1 : tokens[k + 2]?.lower === 'by' && PARTICLE_TAGS.has(tokens[k + 1]?.pos ?? '') ? k + 2 : undefined;
  return by !== undefined && isPastForm(tokens[k]) ? by : undefined;
}

/** The noun or name doerAt reads before verb `j`, unless a preposition governs it ("a team at Nottingham has developed"). */
function subjectBefore(sentence: Token[], j: number): Token | undefined {
  const i = doerAt(sentence, j);
  if (i === undefined || (sentence[i].pos !== 'NOUN' && sentence[i].pos !== 'PROPN')) return undefined;
  let first = i;
  while (first > 0 && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(sentence[first - 1].pos)) first--;
  return sentence[first - 1]?.pos === 'ADP' ? undefined : sentence[i];
}

/** The same noun, also where one opens its sentence capitalised and the tagger took it for a name ("Wardens heard" / "heard by wardens"). */
const sameNoun = (a: Token, b: Token) => a.lemma === b.lemma || (a.alsoLemma ?? a.lemma) === (b.alsoLemma ?? b.lemma);

/**
 * "The survey was carried out by the health department" where the sources say "The nurses' union, which
 * carried out the survey": a passive's doer ("by …") that the sources give another for. Each source
 * sentence with the claim's verb (and particle) and another of its content words names its doer, by
 * "by …" after the verb or by the noun before it (doerAt); the claim's doer must be one of them.
 */
export function agentSwapped(claim: Token[], sources: Token[][]): Finding[] {
  for (let k = 0; k < claim.length; k++) {
    const v = claim[k];
    if (v.pos !== 'VERB') continue;
    const by = passiveAgentAt(claim, k);
    if (by === undefined || !claim.slice(Math.max(0, k - 3), k).some((t) => t.lemma === 'be')) continue;
    // "can be caused by factors such as …" names one possible doer of many
    if (claim.slice(Math.max(0, k - 3), k).some((t) => HEDGING_MODALS.has(t.lower))) continue;
    const agent = phraseHead(claim, by + 1);
    if (!agent) continue;
    const particle = by === k + 2 ? claim[k + 1].lower : undefined;
    const others = new Set(claim.filter((t, j) => isContent(t) && j !== k && (j < by || j > by + 4)).map((t) => t.lemma));
    const doers: Token[] = [];
    let named = false;
    for (const sentence of sources) {
      if (!sentence.some((t) => others.has(t.lemma))) continue;
      sentence.forEach((e, j) => {
        if (e.pos !== 'VERB' || e.lemma !== v.lemma || (particle !== undefined && sentence[j + 1]?.lower !== particle)) return;
        // a sentence with the verb that names the claim's doer anywhere may have it do this, in words the reading below misses
        if (sentence.some((t) => sameNoun(t, agent))) named = true;
        // what will be done and what was done are two events ("will now be led by" someone else than "led")
        if (isFuture(claim, k) !== isFuture(sentence, j)) return;
        const sourceBy = passiveAgentAt(sentence, j);
        // an active verb names its doer only with an object after it ("which carried out the survey", not "the city has transformed")
        const object = sentence[j + (particle === undefined ? 1 : 2)];
        const transitive = object !== undefined && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON'].includes(object.pos);
        const doer = sourceBy !== undefined ? phraseHead(sentence, sourceBy + 1) : transitive ? subjectBefore(sentence, j) : undefined;
        if (doer) doers.push(doer);
      });
    }
    if (named) continue;
    // the same doer in a word WordNet backs it with ("police" for "officers")
    const backing = supportingLemmas(agent.lemma, 'n');
    if (doers.length === 0 || doers.some((d) => sameNoun(d, agent) || backing.has(d.lemma) || (d.alsoLemma !== undefined && backing.has(d.alsoLemma)))) continue;
    return [{ kind: 'antonym', start: agent.start, end: agent.end, conflict: true, reason: `the source says ${quote(doers[0].text)} did this, not ${quote(agent.text)}` }];
  }
  return [];
}

/**
 * A claim word done "again" ("opened again" where the source says it closed) says no opposite: the opposite was before.
 * Nor does "comes with" (is included with) turn round a "go" ("children under five go free").
 */
function noOppositeHere(tokens: Token[], i: number): boolean {
  return tokens[i + 1]?.lower === 'again' || tokens[i + 2]?.lower === 'again' || (tokens[i].lemma === 'come' && tokens[i + 1]?.lower === 'with');
}

/** Whether token `i` opens a hyphen compound: "daughter-in-law", "short-term". */
const opensCompound = (tokens: Token[], i: number) => tokens[i + 1]?.text === '-' && tokens[i].end === tokens[i + 1].start;

/** The word after token `i`, past a hyphen: "term" after "short" in "short-term", "to" after "easy" in "easy to use". */
const wordAfter = (tokens: Token[], i: number) => (tokens[i + 1]?.text === '-' ? tokens[i + 2] : tokens[i + 1])?.lower;

/**
 * A claim word that opens a compound ("daughter-in-law", "short-term") is set against an opposite
 * only where the same words follow it ("long-term", "easy to use" for "difficult-to-use"), not a
 * plain "son" or "long".
 */
const compoundApart = (claim: Token[], k: number, evidence: Token[], j: number) =>
  (opensCompound(claim, k) && wordAfter(claim, k) !== wordAfter(evidence, j)) ||
  // and "start by brushing" (first) only against "end by" or "finish by", not "the short end of the floss"
  ((claim[k].lemma === 'start' || claim[k].lemma === 'begin') && claim[k + 1]?.lower === 'by' && evidence[j + 1]?.lower !== 'by') ||
  // "mental health" and "mental illness", each a name WordNet has, are a field and what it treats
  (claim[k].pos === 'NOUN' && claim[k - 1] !== undefined && evidence[j - 1]?.lower === claim[k - 1].lower && synsetOffsets(`${claim[k - 1].lower} ${claim[k].lemma}`, 'n').length > 0 && synsetOffsets(`${evidence[j - 1].lower} ${evidence[j].lemma}`, 'n').length > 0);

/** "old" in an age ("the 32-year-old", "two years old") is no opposite of "new". */
function isAge(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'old') return false;
  const before = tokens[i - 1]?.text === '-' ? tokens[i - 2] : tokens[i - 1];
  return before !== undefined && (/^(years?|months?|weeks?|days?)$/.test(before.lower) || /-(year|month|week|day)s?-$/.test(before.lower));
}

/**
 * Prefixes that make a word its opposite ("unchanged", "non-binding"); "in-" and "im-" only on
 * adjectives ("inaccurate"), as "income" and "impress" are no opposites. Not "dis-": on train rows it
 * paired "play" with "display" and "missed" with "dismissed".
 */
const ANY_WORD_PREFIXES = ['un', 'non-', 'non'];
const ADJECTIVE_PREFIXES = ['in', 'im', 'il', 'ir'];
/** Shorter stems make words like "unit" (un + "it") or "union" look prefixed. */
const MIN_STEM = 4;

function prefixedForms(t: Token): string[] {
  if (t.kind !== 'word' || t.lower.length < MIN_STEM || t.pos === 'PROPN') return [];
  const prefixes = t.pos === 'ADJ' ? [...ANY_WORD_PREFIXES, ...ADJECTIVE_PREFIXES] : ANY_WORD_PREFIXES;
  return prefixes.map((p) => p + t.lower);
}

/**
 * Claim words that are the evidence's word with or without a negating prefix: "changed" where it
 * says "unchanged", "likely" for "unlikely", "inaccurate" for "accurate". WordNet lists few of these
 * as antonyms, and the rest match the claim through related words ("changed" through "adjusted").
 * One side negating its word agrees with the other ("is not changed" / "unchanged").
 */
export function prefixOpposites(claim: Token[], evidence: Token[]): { antonyms: number; findings: Finding[] } {
  const findings: Finding[] = [];
  const claimWords = new Set(claim.map((t) => t.lower));
  const evidenceWords = new Set(evidence.map((e) => e.lower));
  // "non - binary" written apart is still "non-binary"
  const afterPrefix = (tokens: Token[], k: number) => k > 0 && (tokens[k - 1].text === '-' || ANY_WORD_PREFIXES.includes(tokens[k - 1].lower));
  // most claims have no word whose prefixed or bare form the evidence has: Set lookups before any scan
  const prefixes = [...ANY_WORD_PREFIXES, ...ADJECTIVE_PREFIXES];
  claim.forEach((t, k) => {
    if (t.kind !== 'word' || afterPrefix(claim, k)) return;
    // the evidence has the prefixed form of the claim's word, or the claim's word is a prefixed form of the evidence's
    const longer = prefixedForms(t).filter((w) => evidenceWords.has(w) && !claimWords.has(w));
    const shorter = evidenceWords.has(t.lower) ? [] : prefixes.filter((p) => t.lower.startsWith(p)).map((p) => t.lower.slice(p.length)).filter((w) => evidenceWords.has(w) && !claimWords.has(w));
    if (longer.length === 0 && shorter.length === 0) return;
    let said = evidence.findIndex((e) => longer.includes(e.lower));
    if (said < 0) said = evidence.findIndex((e, j) => shorter.includes(e.lower) && prefixedForms(e).includes(t.lower) && !afterPrefix(evidence, j));
    if (said < 0 || isNegated(claim, k) !== isNegated(evidence, said)) return;
    findings.push({ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the source says ${quote(evidence[said].text)}, the opposite of ${quote(t.text)}` });
  });
  return { antonyms: findings.length, findings };
}

/**
 * Words that turn a relation around: "within" / "outside", "before" / "after". They are no content
 * words, so neither coverage nor WordNet's antonyms look at them. Not "over" / "under", which bound
 * numbers (the quantity checks read those).
 */
const RELATION_OPPOSITES = new Map<string, readonly string[]>([
  ['within', ['outside', 'beyond']], ['inside', ['outside']], ['outside', ['within', 'inside']], ['beyond', ['within']],
  ['before', ['after']], ['after', ['before']], ['above', ['below']], ['below', ['above']],
]);

/**
 * Claim words standing where the evidence has their opposite between the same words: "produces a
 * correct output outside of a specified tolerance" where it says "output within a specified
 * tolerance". `sameSlot` says whether two tokens stand between the same words; a claim word the
 * evidence also has in that place agrees.
 */
export function relationOpposites(claim: Token[], evidence: Token[], sameSlot: (c: Token, e: Token) => boolean): { antonyms: number; findings: Finding[] } {
  const findings: Finding[] = [];
  for (const t of claim) {
    const opposites = RELATION_OPPOSITES.get(t.lower);
    if (!opposites) continue;
    const said = evidence.find((e) => opposites.includes(e.lower) && sameSlot(t, e));
    if (!said || evidence.some((e) => e.lower === t.lower && sameSlot(t, e))) continue;
    findings.push({ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the source says ${quote(said.text)}, the opposite of ${quote(t.text)}` });
  }
  return { antonyms: findings.length, findings };
}

/** Before and after, each with its opposite. */
const ORDER_OPPOSITES = new Map([['before', 'after'], ['after', 'before']]);

/** The noun that "before" or "after" at `k` places things by, past a determiner: "after the rockfall" -> "rockfall". */
function orderedBy(tokens: Token[], k: number): string | undefined {
  const at = tokens[k + 1]?.pos === 'DET' || tokens[k + 1]?.pos === 'PRON' ? k + 2 : k + 1;
  return tokens[at]?.pos === 'NOUN' ? tokens[at].lemma : undefined;
}

/**
 * "The park authority decided to fit the netting only after the rockfall" where a passage retrieved for the
 * claim says "The park authority said the work had been planned before the rockfall": the same event with
 * the order turned, whichever sentence matches the claim best, where the two share a word before it. Not
 * where a source sentence also says the claim's own ("after the rockfall").
 */
export function turnedOrder(claim: Token[], passages: Token[][], everywhere: () => Token[][]): Finding[] {
  const findings: Finding[] = [];
  claim.forEach((t, k) => {
    const other = ORDER_OPPOSITES.get(t.lower);
    const noun = other ? orderedBy(claim, k) : undefined;
    if (!noun) return;
    const says = (p: Token[], word: string) => p.findIndex((e, j) => e.lower === word && orderedBy(p, j) === noun);
    // of the same thing: a content word before it in both ("The park authority decided …" / "The park authority said …")
    const before = new Set(claim.slice(0, k).filter(isContent).map((c) => c.lemma));
    let p: Token[] | undefined;
    let j = -1;
    for (const x of passages) {
      j = says(x, other!);
      if (j >= 0 && x.slice(0, j).some((e) => isContent(e) && before.has(e.lemma))) {
        p = x;
        break;
      }
    }
    if (!p || everywhere().some((x) => says(x, t.lower) >= 0)) return;
    // "before the rockfall": the word, its determiner and the noun
    const said = p.slice(j, p.findIndex((e, i) => i > j && e.pos === 'NOUN') + 1).map((e) => e.text).join(' ');
    findings.push({ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the source says ${quote(said)}, the opposite of ${quote(t.text)}` });
  });
  return findings;
}

/** Relative times ("last year", "next week"), which are no opposites of "the first year". */
const RELATIVE_TIMES = new Set(['last', 'next', 'past']);
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'night', 'time', 'season', 'decade', 'century', 'weekend', 'quarter']);

/** Words that place a time before or after the writing, each with those that place it the other way. */
const TIME_DIRECTIONS = new Map<string, readonly string[]>([
  ['last', ['next', 'coming', 'following', 'this']], ['past', ['next', 'coming', 'following']], ['previous', ['next', 'coming', 'following']],
  ['next', ['last', 'past', 'previous', 'this']], ['coming', ['last', 'past', 'previous']], ['following', ['last', 'past', 'previous']],
  // "October this year" where it says "October next year" ("the past year" is near enough to "this year")
  ['this', ['next', 'last', 'coming', 'previous']],
]);
const SEASONS_AND_DAYS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const isTimeWord = (t: Token | undefined) => t !== undefined && (TIME_UNITS.has(t.lemma) || SEASONS_AND_DAYS.has(t.lower));

/**
 * A relative time turned the other way: "next season" where the passage says "last season", "opened
 * last spring" where it says "will open next spring". Not where any source sentence also says the
 * claim's own ("profits fell last year and will rise next year" backs both). `passages`: the best
 * evidence (a retrieved sentence's "past week" was as often about another event).
 */
export function turnedTimes(claim: Token[], passages: Token[][], everywhere: () => Token[][] = () => passages): Finding[] {
  const findings: Finding[] = [];
  claim.forEach((t, k) => {
    const others = TIME_DIRECTIONS.get(t.lower);
    const unit = claim[k + 1];
    // "this time", "this day" rarely place anything in time
    if (!others || !isTimeWord(unit) || (t.lower === 'this' && (unit.lemma === 'time' || unit.lemma === 'day'))) return;
    const says = (p: Token[], words: readonly string[]) => positionsBefore(p, unit.lemma).find((j) => words.includes(p[j].lower)) ?? -1;
    // "this year compared to last year": the claim sets the two side by side itself
    if (says(claim, others) >= 0) return;
    for (const passage of passages) {
      const j = says(passage, others);
      if (j < 0) continue;
      if (everywhere().some((p) => says(p, [t.lower]) >= 0)) return;
      findings.push({ kind: 'antonym', start: t.start, end: unit.end, conflict: true, reason: `the source says ${quote(`${passage[j].text} ${passage[j + 1].text}`)}, not ${quote(`${t.text} ${unit.text}`)}` });
      return;
    }
  });
  return findings;
}

/** After a length of time ("40 minutes quicker"), comparatives that make it more time (1) or less (-1). */
const TIME_DIFFERENCE_WAYS = new Map([
  ['longer', 1], ['slower', 1], ['later', 1], ['more', 1],
  ['shorter', -1], ['quicker', -1], ['faster', -1], ['sooner', -1], ['earlier', -1], ['less', -1], ['fewer', -1],
]);

/**
 * Units of a difference in time ("40 minutes longer", "an hour earlier"), matched by lemma. A subset of
 * quantities.ts' DURATION_DAYS, which also lists plurals and rarer units ("fortnight", "decade"): these
 * are the ones measured here; using that table would also read "a decade earlier", not yet measured.
 */
const DURATION_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

const ONE = new Set(['a', 'an', 'one']);
/** The figure before a unit of time: a numeral as written, "a" / "an" / "one" as one ("an hour later"). */
const amountOf = (t: Token | undefined) => (t === undefined ? undefined : ONE.has(t.lower) ? '1' : isNumeral(t) ? t.lower : undefined);

/**
 * A difference in time turned the other way: "40 minutes longer than changing at Crewe" where the
 * passage says "40 minutes quicker than changing at Crewe", "open an hour earlier" where it says "an hour
 * later". The same figure and unit on both sides, so WordNet's want of an opposite for "quick" and "long"
 * does not matter. `passages`: the best evidence.
 */
export function turnedTimeDifferences(claim: Token[], passages: Token[][]): Finding[] {
  const wayAt = (tokens: Token[], k: number) => {
    const way = TIME_DIFFERENCE_WAYS.get(tokens[k]?.lower ?? '');
    return way !== undefined && DURATION_UNITS.has(tokens[k - 1]?.lemma ?? '') && amountOf(tokens[k - 2]) !== undefined ? way : undefined;
  };
  const findings: Finding[] = [];
  claim.forEach((t, k) => {
    const way = wayAt(claim, k);
    if (way === undefined) return;
    for (const p of passages) {
      const j = p.findIndex((e, i) => wayAt(p, i) === -way && p[i - 1].lemma === claim[k - 1].lemma && amountOf(p[i - 2]) === amountOf(claim[k - 2]));
      if (j < 0) continue;
      findings.push({ kind: 'antonym', start: claim[k - 2].start, end: t.end, conflict: true, reason: `the source says ${quote(`${p[j - 2].text} ${p[j - 1].text} ${p[j].text}`)}, not ${quote(`${claim[k - 2].text} ${claim[k - 1].text} ${t.text}`)}` });
      return;
    }
  });
  return findings;
}

/** Opposites before a noun that WordNet does not pair: "a partial refund" / "a full refund", "the same fall" / "separate falls". */
const UNLISTED_OPPOSITES = new Map<string, readonly string[]>([['full', ['partial']], ['partial', ['full']], ['same', ['separate']], ['separate', ['same']]]);

/**
 * Claim adjectives whose WordNet antonym a retrieved passage puts before the same noun: "five members
 * of different families" where it says "five members of the same family". The noun names what both
 * speak of, so the claim need not match the passage otherwise (alignedOpposites asks that it cover
 * the rest of the claim, which a claim adding other details does not). A source sentence, retrieved or
 * not, that also puts the claim's own adjective before the noun agrees with it; one side negating its
 * word agrees with the other. `everywhere` gives every source sentence's tokens.
 * Not an age on either side ("a 12-year-old boy" / "young boys"), nor a claim that sets the two side by side itself.
 */
export function modifierOpposites(claim: Token[], passages: Token[][], everywhere: () => Token[][] = () => passages): { antonyms: number; findings: Finding[] } {
  const findings: Finding[] = [];
  claim.forEach((t, k) => {
    const head = claim[k + 1];
    if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return;
    // ("Older renters" opening a sentence is tagged as a name)
    const adjective = t.pos === 'ADJ' ? t.lemma : openingAdjective(claim, k);
    if (adjective === undefined || isAge(claim, k)) return;
    // "last year", "next week" are times, not the opposite of "the first year"
    const opposites = [...antonyms(adjective, 'a'), ...(UNLISTED_OPPOSITES.get(adjective) ?? [])].filter((o) => !(RELATIVE_TIMES.has(o) && TIME_UNITS.has(head.lemma)));
    if (opposites.length === 0) return;
    // the claim's own contrast is read only for an opposite a passage has
    const contrasts = new Map<string, boolean>();
    const claimContrasts = (o: string) => contrasts.get(o) ?? contrasts.set(o, contrasted(claim, k, o)).get(o)!;
    const said = (tokens: Token[], j: number, lemma: string) => tokens[j].lemma === lemma || tokens[j].lower === lemma || openingAdjective(tokens, j) === lemma;
    // a source sentence that puts the claim's own adjective before the noun agrees with it, retrieved or not
    const agrees = () => everywhere().some((p) => positionsBefore(p, head.lemma).some((j) => said(p, j, adjective)));
    const negated = isNegated(claim, k);
    for (const p of passages) {
      // nor is the passage's age ("its 30-year-old ferry" against "the new ferry")
      const j = positionsBefore(p, head.lemma).find((j) => opposites.some((o) => said(p, j, o) && !claimContrasts(o)) && isNegated(p, j) === negated && !isAge(p, j)) ?? -1;
      if (j < 0) continue;
      if (agrees()) return;
      findings.push({ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the source says ${quote(`${p[j].text} ${p[j + 1].text}`)}, the opposite of ${quote(`${t.text} ${head.text}`)}` });
      return;
    }
  });
  return { antonyms: findings.length, findings };
}

/**
 * Claim words whose WordNet antonym a retrieved passage puts beside the same content word, before or
 * after it: "prices fell" where it says "prices rose", "the firm buys" where "the firm sells", "illegally
 * changed his name" where "legally changed his name" (WordNet's antonyms and negating prefixes). As in
 * modifierOpposites, the passage need not match the rest of the claim. `words` are the claim's content
 * words (quantities left out), `claim` its tokens, `sentence` the tokens of its whole sentence; each
 * passage is given as its tokens, and `everywhere` every source sentence's. No opposite when any source
 * sentence, retrieved or not, also puts the claim's own word there, when the claim's sentence has the
 * opposite itself ("some found it easy, others difficult"), in an age, or for converses done by
 * different doers. On train and dev rows it flags 84 texts not flagged before, 76 of them
 * unsupported; each public dataset left out, it ranks them a little better (AUROC +0.002).
 */
export function localOpposites(words: Token[], claim: Token[], passages: Token[][], sentence: Token[] = claim, everywhere: () => Token[][] = () => passages): { antonyms: number; findings: Finding[] } {
  const findings: Finding[] = [];
  words.forEach((t, i) => {
    const pos = wordnetPos(t.pos);
    if (!pos || t.pos === 'PROPN') return;
    const k = claim.indexOf(t);
    if (k < 0 || isAge(claim, k) || noOppositeHere(claim, k)) return;
    const right = words[i + 1]?.lemma;
    const left = words[i - 1]?.lemma;
    const beside = (c: ContentWords, q: number) => (left !== undefined && c.tokens[q - 1]?.lemma === left) || (right !== undefined && c.tokens[q + 1]?.lemma === right);
    // a source sentence that puts the claim's own word there agrees with it, retrieved or not (the
    // retrieved ones are asked first: a word copied with its neighbour, as most are, needs nothing more)
    const agrees = (source: Token[]) => {
      const c = contentWordsOf(source);
      const own = (x: number) => (c.tokens[x].lemma === t.lemma || c.tokens[x].lower === t.lower) && beside(c, x);
      return (c.at.get(t.lemma) ?? []).some(own) || (c.at.get(t.lower) ?? []).some(own);
    };
    // so does a change the same way there, said of as much of what the claim names before its word as
    // the opposite is ("manufacturing output grew" for "factory output rose", where "pharmaceutical output
    // fell"; not for "pharmaceutical output rose")
    // (worked out only when an opposite is close: most words agree with a passage first)
    let direction: number | undefined;
    let mine: Set<string> | undefined;
    const shared = (tokens: Token[], x: number) => {
      mine ??= subjectWords(claim, k);
      return [...subjectWords(tokens, x)].filter((w) => mine!.has(w)).length;
    };
    const sameWayAsClose = (opposite: Token[], at: number) => {
      direction ??= directionOf(claim, t);
      if (direction === 0) return false;
      const bar = shared(opposite, at);
      return passages.some((p) => {
        const c = contentWordsOf(p);
        return c.tokens.some((e, x) => beside(c, x) && directionOf(p, e) === direction && shared(p, c.sentenceIndex[x]) >= bar);
      });
    };
    if (passages.some(agrees)) return;
    const opposites = [...antonyms(t.lemma, pos), ...prefixOppositeForms(t)].filter((o) => !(RELATIVE_TIMES.has(o) && TIME_UNITS.has(right ?? '')));
    if (opposites.length === 0) return;
    // a claim that says both words sets them against each other ("some found it easy, others difficult");
    // asked only of an opposite some passage has, as most have none
    const contrasts = new Map<string, boolean>();
    const claimSays = (o: string) => {
      let said = contrasts.get(o);
      if (said === undefined) contrasts.set(o, (said = sentence.some((c) => c.lemma === o || c.lower === o) || contrasted(claim, k, o)));
      return said;
    };
    const negated = isNegated(claim, k);
    for (const passage of passages) {
      const c = contentWordsOf(passage);
      // the first content word of the passage that is an opposite there (as a scan in order would find it)
      let q = -1;
      for (const o of opposites) {
        const found = c.at.get(o);
        if (!found || claimSays(o)) continue;
        for (const x of found) {
          if ((q < 0 || x < q) && sameSide(pos, claim, k, o, passage, c.sentenceIndex[x]) && sameClass(pos, c.tokens[x]) && beside(c, x) && isNegated(passage, c.sentenceIndex[x]) === negated && !earlierEvent(claim, k, passage, c.sentenceIndex[x]) && !compoundApart(claim, k, passage, c.sentenceIndex[x])) q = x;
        }
      }
      if (q < 0) continue;
      if (everywhere().some(agrees) || sameWayAsClose(passage, c.sentenceIndex[q])) return;
      findings.push({ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the source says ${quote(c.tokens[q].text)}, the opposite of ${quote(t.text)}` });
      return;
    }
  });
  return { antonyms: findings.length, findings };
}

/** Records that token `t` stands at `q` under its lemma and, when it differs, its lower-case form. */
function addPosition(at: Map<string, number[]>, t: Token, q: number): void {
  for (const key of t.lemma === t.lower ? [t.lemma] : [t.lemma, t.lower]) {
    const list = at.get(key);
    if (list) list.push(q);
    else at.set(key, [q]);
  }
}

// every token's lemma and lower-case form to where it stands in the sentence, built once a sentence
const lemmaIndexes = new WeakMap<Token[], Map<string, number[]>>();
function lemmaPositions(sentence: Token[]): Map<string, number[]> {
  let at = lemmaIndexes.get(sentence);
  if (at) return at;
  at = new Map();
  sentence.forEach((t, j) => addPosition(at!, t, j));
  lemmaIndexes.set(sentence, at);
  return at;
}

/**
 * Where the words stand that come right before `lemma` in a sentence, in order: what modifierOpposites
 * reads before a noun and turnedTimes before a time word (the lemma's positions are indexed once a sentence).
 */
function positionsBefore(sentence: Token[], lemma: string): number[] {
  return (lemmaPositions(sentence).get(lemma) ?? []).filter((j) => j > 0 && sentence[j].lemma === lemma).map((j) => j - 1);
}

/** A sentence's content words but numbers, where each stands among its tokens, and where each lemma and lower-case form stands among them. */
interface ContentWords {
  tokens: Token[];
  /** Where each content word stands among the sentence's tokens. */
  sentenceIndex: number[];
  /** Positions in `tokens` of each lemma and lower-case form. */
  at: Map<string, number[]>;
}

// source sentences are shared by a check's claims and kept with prepared sources: indexed once each
const contentWordIndexes = new WeakMap<Token[], ContentWords>();
function contentWordsOf(sentence: Token[]): ContentWords {
  let c = contentWordIndexes.get(sentence);
  if (c) return c;
  c = { tokens: [], sentenceIndex: [], at: new Map() };
  sentence.forEach((t, j) => {
    if (!isContentWord(t)) return;
    const q = c!.tokens.length;
    c!.tokens.push(t);
    c!.sentenceIndex.push(j);
    addPosition(c!.at, t, q);
  });
  contentWordIndexes.set(sentence, c);
  return c;
}

/**
 * A word's opposites by a negating prefix, both ways: "relatable" for "unrelatable", "uncomprehensive"
 * for "comprehensive", "legally" for "illegally" ("in-", "im-", "il-", "ir-" only on adjectives and adverbs).
 */
function prefixOppositeForms(t: Token): string[] {
  const modifier = t.pos === 'ADJ' || t.pos === 'ADV';
  const bare = [...ANY_WORD_PREFIXES, ...(modifier ? ADJECTIVE_PREFIXES : [])]
    .filter((x) => t.lower.startsWith(x) && t.lower.length - x.length >= MIN_STEM)
    .map((x) => t.lower.slice(x.length));
  return [...prefixedForms(t), ...bare];
}


/** The content word before token `at` of a sentence, within three tokens: what a verb says moved ("sales" of "sales fell"). */
function wordBefore(tokens: Token[], at: number): Token | undefined {
  for (let k = at - 1; k >= 0 && at - k <= 3; k--) if (isContent(tokens[k])) return tokens[k];
  return undefined;
}

/** Words between a verb of change and its figure: "grew by 6", "rose to £62", "stay at 62 euros", "fell some 4%". */
const TO_FIGURE = new Set(['by', 'to', 'at', 'some', 'about', ...CURRENCY_SYMBOL]);

/** The figure a verb of change at `at` gives, as its digits: "grew by 6 percent", "fell 4%", "stay at £62" -> "6", "4", "62" (within three tokens). */
function numberAfter(tokens: Token[], at: number): string | undefined {
  for (let k = at + 1; k < tokens.length && k - at <= 3; k++) {
    if (tokens[k].kind === 'number') return tokens[k].text.replace(/,/g, '');
    if (!TO_FIGURE.has(tokens[k].lower)) return undefined;
  }
  return undefined;
}

/**
 * Past forms of verbs of change that the tagger reads as nouns about one time in six ("the public rose
 * by 6%", "the public fell by 6 percent"), with their base forms.
 */
/** Modals after which a word is a verb: "will rise", "would fall". */
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'shall', 'should', 'must']);

const MISTAGGED_PASTS = new Map([['rose', 'rise'], ['fell', 'fall'], ['grew', 'grow'], ['sank', 'sink'], ['shrank', 'shrink'], ['slid', 'slide']]);

/** Which way verb `t` of a sentence says an amount moved (1 up, -1 down, 0 neither; see changeDirection), phrasal verbs whole. */
export function directionOf(tokens: Token[], t: Token): -1 | 0 | 1 {
  if (t.pos === 'VERB') return changeDirection(knownPhrases(tokens).get(t) ?? t.lemma);
  // "Lift passes will rise to 62 euros": a modal before it makes the word a verb, whatever the tagger says
  // (the word's direction first: a remembered lookup, where finding the token's place costs a scan of its sentence)
  if (t.pos === 'NOUN') {
    const way = changeDirection(t.lemma);
    if (way !== 0 && MODALS.has(tokens[tokens.indexOf(t) - 1]?.lower ?? '')) return way;
  }
  const past = MISTAGGED_PASTS.get(t.lower);
  return past ? changeDirection(past) : 0;
}

/** Words that say an amount did not move: "held steady at 6.4 percent", "left the rate unchanged at 3.75%". */
const STEADY = new Set(['steady', 'unchanged', 'flat', 'stable']);
/** Verbs that say so before "at" and a figure: "remained at 6.4%", "held at 3.75 percent", "stays at £1.40". */
const STAYING = new Set(['hold', 'remain', 'stay']);

/**
 * What token `k` of a sentence says about an amount: a change up (1) or down (-1) ("rose", "went down",
 * "24 percent, down from 33 percent", "up 12%"), no change ('steady': "held steady", "unchanged at 3.75%",
 * "remained at 6.4%"), or nothing (0).
 */
function changeAt(tokens: Token[], k: number): -1 | 0 | 1 | 'steady' {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (STEADY.has(t.lower) && t.pos !== 'NOUN') return 'steady';
  if (STAYING.has(t.lemma) && t.pos === 'VERB' && next?.lower === 'at' && (tokens[k + 2]?.kind === 'number' || CURRENCY_SYMBOL.has(tokens[k + 2]?.lower ?? ''))) return 'steady';
  // "output stayed the same or rose"
  if (STAYING.has(t.lemma) && t.pos === 'VERB' && next?.lower === 'the' && tokens[k + 2]?.lower === 'same') return 'steady';
  // "12 percent lower than a year earlier", "5% higher": a comparative after its figure
  const way = COMPARED_BY.get(t.lower);
  if (way !== undefined && (tokens[k - 1]?.kind === 'number' || tokens[k - 1]?.lower === '%' || tokens[k - 1]?.lower === 'percent')) return way;
  // "down from 33 percent", "up 12%", "up by a fifth": an adverb of change before its figure
  // (a figure soon after "from": "down from the top" is a way, no amount)
  const figureFrom = () => tokens.slice(k + 2, k + 6).some((x) => x.kind === 'number' || x.pos === 'NUM' || CURRENCY_SYMBOL.has(x.lower));
  if ((t.lower === 'up' || t.lower === 'down') && ((next?.lower === 'from' && figureFrom()) || next?.lower === 'by' || next?.kind === 'number') && !isVerbParticle(tokens, k)) return t.lower === 'up' ? 1 : -1;
  return directionOf(tokens, t);
}

/** Comparatives that say which way an amount moved when a figure comes before them: "12 percent lower". */
const COMPARED_BY = new Map<string, -1 | 1>([['lower', -1], ['smaller', -1], ['cheaper', -1], ['higher', 1], ['larger', 1], ['bigger', 1], ['greater', 1], ['dearer', 1]]);


/** Whether token `k` says an amount moved or held: one of AMOUNT_VERBS (or its mistagged past), "went up", "down from 33%", "held steady". */
function amountChange(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.lower === 'up' || t.lower === 'down' || STEADY.has(t.lower) || STAYING.has(t.lemma) || COMPARED_BY.has(t.lower)) return true;
  if (MISTAGGED_PASTS.has(t.lower)) return true;
  const phrase = t.pos === 'VERB' ? knownPhrases(tokens).get(t) : undefined;
  return AMOUNT_VERBS.has(t.lemma) || phrase === 'go up' || phrase === 'go down' || changedAmountOf(tokens, k);
}

/** Verbs by which someone moves an amount, said with it after them: "lowered rates", "raised its prices", "cut fees". */
const SETTING_VERBS = new Set(['lower', 'raise', 'cut', 'reduce', 'slash', 'hike', 'boost']);

/** "lowered rates", "raised its prices": a verb that moves the amount after it (a noun within three words, past determiners, adjectives and pronouns). */
function changedAmountOf(tokens: Token[], k: number): boolean {
  if (tokens[k].pos !== 'VERB' || !SETTING_VERBS.has(tokens[k].lemma)) return false;
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    if (tokens[j].pos === 'NOUN') return true;
    if (tokens[j].pos !== 'DET' && tokens[j].pos !== 'ADJ' && tokens[j].pos !== 'PRON') return false;
  }
  return false;
}

/** "went up", "cut down": the particle of a phrasal verb, which directionOf reads with its verb. */
const isVerbParticle = (tokens: Token[], k: number) => k > 0 && tokens[k - 1].pos === 'VERB' && knownPhrases(tokens).has(tokens[k - 1]);

/** Where a clause begins, read backwards: "…, while journey times rose", "although it has fallen". */
const CLAUSE_BREAKS = new Set([',', ';', ':', 'while', 'whereas', 'but', 'although', 'though']);

/**
 * The content words of the clause before token `k` (what "rose" or "down from 33 percent" says moved,
 * read broadly), back to a comma, a "while" or "but", or another word of change; a clause with none
 * ("…, although it has fallen", "24 percent, down from 33 percent") reads on into the one before.
 */
function subjectWords(tokens: Token[], k: number): Set<string> {
  const words = new Set<string>();
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if ((CLAUSE_BREAKS.has(t.lower) && words.size > 0) || changeAt(tokens, j) !== 0) break;
    // the word and its lemma: the tagger reads "waiting" as a noun in "the waiting list", a verb in "people waiting"
    if (isContentWord(t)) words.add(t.lemma).add(t.lower);
  }
  return words;
}

/**
 * Whether a passage says claim word `t`'s change the same way of something the claim names before
 * it ("profit fell" where "Profit, however, slipped", a sentence other than the one with "a 12% rise in
 * revenue"): what the claim word says is there, whatever opposite another sentence has.
 */
export function sameWayOfSameThing(claim: Token[], t: Token, passages: Token[][]): boolean {
  const direction = directionOf(claim, t);
  if (direction === 0) return false;
  const mine = subjectWords(claim, claim.indexOf(t));
  if (mine.size === 0) return false;
  return passages.some((p) => p.some((e, j) => directionOf(p, e) === direction && [...subjectWords(p, j)].some((w) => mine.has(w))));
}

/**
 * "Donations rose" where the best passage says "donations fell": a claim verb of change where a verb
 * of change the other way follows the same word in the passage, and none of the same way does
 * (WordNet files "grow", "climb", "soar" under "increase" and "shrink", "drop", "plunge" under
 * "decrease", few of them as antonyms; a phrasal verb counts whole: "went up", "went down"). A change
 * where the passage says the amount held steady is one too ("fell to 6.4%" for "held steady at 6.4
 * percent"). Where no change in the passage follows the same word or gives the same figure, one whose
 * sentence names, before it, a thing the claim names before its own is read ("the waiting list has
 * fallen" for "the number of people waiting … has risen", "turnout rose" for "turnout was 24 percent,
 * down from 33 percent").
 */
export function turnedDirections(words: Token[], claimTokens: Token[], passages: Token[][]): Finding[] {
  const findings: Finding[] = [];
  // the passages' words of change, read once for all the claim's own
  let changes: { tokens: Token[]; k: number; direction: -1 | 1 | 'steady' }[] | undefined;
  const passageChanges = () =>
    (changes ??= passages.flatMap((p) => p.flatMap((_, k) => {
      const direction = changeAt(p, k);
      return direction === 0 ? [] : [{ tokens: p, k, direction }];
    })));
  const candidates = [...words, ...claimTokens.filter((t, k) => (t.lower === 'up' || t.lower === 'down') && !words.includes(t) && changeAt(claimTokens, k) !== 0)];
  for (const t of candidates) {
    const k0 = claimTokens.indexOf(t);
    const direction = changeAt(claimTokens, k0);
    if (direction === 0 || direction === 'steady') continue;
    const subject = wordBefore(claimTokens, k0);
    const amount = numberAfter(claimTokens, k0);
    // the same word before it either way ("Sales" opening a sentence keeps its plural as its lemma), or
    // the same figure after it ("online sales, which make up 40 percent of the total, grew by 6 percent");
    // how closely counts: by the word, the figure, or both ("sales of petrol cars fell by 5 percent" is
    // closer to "sales of petrol cars rose by 5 percent" than "sales of new electric cars rose by 18 percent" is)
    const slotMatch = (tokens: Token[], k: number) => {
      const w = subject && wordBefore(tokens, k);
      return Number(w !== undefined && (w.lemma === subject!.lemma || w.lower === subject!.lower)) + Number(amount !== undefined && numberAfter(tokens, k) === amount);
    };
    const sameSlot = (tokens: Token[], k: number) => slotMatch(tokens, k) > 0;
    let claimSubject: Set<string> | undefined;
    const sameThing = (tokens: Token[], k: number) => {
      claimSubject ??= subjectWords(claimTokens, k0);
      for (const w of subjectWords(tokens, k)) if (claimSubject.has(w)) return true;
      return false;
    };
    // read broadly, only words that say an amount moved (not "adding to his career" for "holds", "reduce
    // the time" for "accelerate")
    const said = (want: -1 | 1 | 'steady', slot: (tokens: Token[], k: number) => boolean) =>
      passageChanges().filter((c) => c.direction === want && slot(c.tokens, c.k) && (slot === sameSlot || amountChange(c.tokens, c.k))).map((c) => c.tokens[c.k]);
    const closest = (found: Token[]) => Math.max(...passageChanges().filter((c) => found.includes(c.tokens[c.k])).map((c) => slotMatch(c.tokens, c.k)));
    for (const slot of amountChange(claimTokens, k0) ? [sameSlot, sameThing] : [sameSlot]) {
      // "sales fell in May but rose in June" backs "sales rose", unless the change the other way is
      // said of both its word and its figure and the same way's of only one
      const backing = said(direction, slot);
      const against = said(-direction as -1 | 1, slot);
      if (backing.length > 0 && (slot !== sameSlot || against.length === 0 || closest(backing) >= closest(against))) break;
      const other = against[0];
      const steady = other ? undefined : said('steady', slot)[0];
      if (other) findings.push({ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the passage that best matches this claim says ${quote(other.text)} there, a change the other way from ${quote(t.text)}` });
      else if (steady) findings.push({ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the passage that best matches this claim says ${quote(steady.text)} there: no change, where the claim says ${quote(t.text)}` });
      if (other || steady) break;
    }
  }
  return findings;
}

/** Verbs that say an activity goes on ("will keep working", "continues to publish") and that it ends ("will stop working"). */
const GOING_ON = new Set(['keep', 'continue']);
const ENDING = new Set(['stop', 'cease', 'quit', 'discontinue', 'halt']);

/** The verb an aspect verb at `k` governs: "keep working", "continue to publish", "stop paying for" -> its token. */
function governed(tokens: Token[], k: number): Token | undefined {
  const next = tokens[k + 1]?.lower === 'to' ? tokens[k + 2] : tokens[k + 1];
  return next?.pos === 'VERB' || next?.text.endsWith('ing') ? next : undefined;
}

/**
 * "Version 3 will keep working" where the passage says "Version 3 will stop working": an activity
 * the claim says goes on where the passage says it ends, or the reverse, the same verb governed by both.
 */
export function endedOrContinued(claimTokens: Token[], passages: Token[][]): Finding[] {
  const findings: Finding[] = [];
  claimTokens.forEach((t, k) => {
    const claimSide = GOING_ON.has(t.lemma) ? ENDING : ENDING.has(t.lemma) ? GOING_ON : undefined;
    const verb = claimSide && governed(claimTokens, k);
    // "will not stop working" says what "will keep working" says
    if (!verb || findings.length > 0 || isNegated(claimTokens, k)) return;
    const same = (v: Token | undefined) => v !== undefined && (v.lemma === verb.lemma || sameStem(v.lemma, verb.lemma));
    for (const p of passages) {
      const other = p.find((r, j) => claimSide!.has(r.lemma) && same(governed(p, j)) && !isNegated(p, j));
      if (!other) continue;
      findings.push({ kind: 'antonym', start: t.start, end: verb.end, conflict: true, reason: `the passage that best matches this claim says ${quote(`${other.text} ${governed(p, p.indexOf(other))!.text}`)}, the other way from ${quote(`${t.text} ${verb.text}`)}` });
      return;
    }
  });
  return findings;
}

/** Comparatives of amount and their opposites: "more likely" / "less likely", "fewer visits" / "more visits". */
const COMPARATIVES = new Map([['more', 1], ['less', -1], ['fewer', -1]]);

/** The words a comparative at `k` is said of: the content word after it ("more likely") and a verb before it ("bleached more"). */
function comparedWords(tokens: Token[], k: number): Token[] {
  const after = tokens.slice(k + 1, k + 3).find((t) => isContentWord(t));
  // the tagger reads "bleached" in "the reefs bleached more" as an adjective
  const previous = tokens[k - 1];
  const before = previous && (previous.pos === 'VERB' || (previous.pos === 'ADJ' && previous.lower.endsWith('ed'))) ? previous : undefined;
  return [after, before].filter((t): t is Token => t !== undefined);
}

/**
 * "Women were more likely to smoke" where the passage says "less likely", "the reefs bleached more"
 * where it says "were less likely to bleach": a comparative the other way, said of the same word (the
 * word after either, or a verb before the claim's and within four words after the passage's). Not a
 * bound on a figure ("more than 500", which the quantity checks read), and not where the passage
 * also says it the claim's way of that word.
 */
export function comparativeFlips(claimTokens: Token[], passages: Token[][]): Finding[] {
  const findings: Finding[] = [];
  const isBound = (tokens: Token[], k: number) => tokens[k + 1]?.kind === 'number' || (tokens[k + 1]?.lower === 'than' && tokens[k + 2]?.kind === 'number') || tokens[k - 1]?.lower === 'no';
  claimTokens.forEach((t, k) => {
    const way = COMPARATIVES.get(t.lower);
    if (way === undefined || findings.length > 0 || isBound(claimTokens, k) || isNegated(claimTokens, k)) return;
    const compared = comparedWords(claimTokens, k);
    if (compared.length === 0) return;
    // "men were more likely than women" turns "women were less likely than men" round: what the claim
    // compares with ("than women") is what the passage's comparative is said of
    const thanAt = claimTokens.findIndex((x, j) => j > k && x.lower === 'than');
    const comparedWith = thanAt > 0 ? claimTokens.slice(thanAt + 1, thanAt + 4).find((x) => isContentWord(x)) : undefined;
    const same = (r: Token) => compared.some((c) => r.lemma === c.lemma || sameStem(r.lower, c.lower));
    const said = (want: number) => passages.flatMap((p) => p.flatMap((r, j) => {
      if (COMPARATIVES.get(r.lower) !== want || isBound(p, j) || isNegated(p, j)) return [];
      if (comparedWith && p.slice(0, j).some((x) => x.lemma === comparedWith.lemma || x.lower === comparedWith.lower)) return [];
      const near = [...comparedWords(p, j), ...p.slice(j + 1, j + 5).filter((x) => x.pos === 'VERB')];
      return near.some(same) ? [r] : [];
    }));
    if (said(way).length > 0) return;
    const other = said(-way)[0];
    if (other) findings.push({ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the passage that best matches this claim says ${quote(other.text)} there, the opposite of ${quote(t.text)}` });
  });
  return findings;
}

/** Comparatives and the way each says an amount went: "fewer homes than a year earlier", "12 percent higher than". */
export const THAN_WAYS = new Map<string, -1 | 1>([...COMPARATIVES as Map<string, -1 | 1>, ...COMPARED_BY]);
/** How far a "than" may follow its comparative ("fewer homes were available to rent than …"), and a time its "than" or "from". */
export const THAN_REACH = 8;
const THEN_REACH = 5;

/** The time a comparison or change is measured against, from token `from` on: "a year earlier", "five years ago" -> "year", "year 5". */
function thenAfter(tokens: Token[], from: number): string[] | undefined {
  for (let j = from; j < tokens.length && j - from < THEN_REACH; j++) {
    if (tokens[j].kind === 'punct') return undefined;
    if (!THEN_UNITS.has(tokens[j].lemma)) continue;
    const count = isNumeral(tokens[j - 1]) ? tokens[j - 1].lower : undefined;
    return count ? [tokens[j].lemma, `${tokens[j].lemma} ${count}`] : [tokens[j].lemma];
  }
  return undefined;
}
const THEN_UNITS = new Set(['year', 'month', 'week', 'quarter', 'season', 'decade']);

/**
 * "Fewer homes were available to rent than a year earlier" where the passage says "12 percent higher
 * than a year earlier", or "fewer transactions than five years ago" where "54 percent …, up from 38
 * percent five years earlier": a comparison with the same earlier time, the other way. The passage
 * must share two content words with the claim, and say it the claim's way nowhere.
 */
export function comparedWithThen(claimTokens: Token[], passages: Token[][]): Finding[] {
  const claimWords = new Set(claimTokens.filter(isContentWord).map((t) => t.lemma));
  for (let k = 0; k < claimTokens.length; k++) {
    const t = claimTokens[k];
    const way = THAN_WAYS.get(t.lower);
    if (way === undefined || isNegated(claimTokens, k) || claimTokens[k + 1]?.kind === 'number') continue;
    const than = claimTokens.findIndex((x, j) => j > k && j - k <= THAN_REACH && x.lower === 'than');
    if (than < 0 || claimTokens.slice(k + 1, than).some((x) => x.kind === 'punct')) continue;
    const then = thenAfter(claimTokens, than + 1);
    if (!then) continue;
    // the same unit, and the same count where the claim gives one ("five years ago" is no "two years earlier")
    const sameThen = (got: string[] | undefined) => got !== undefined && (then[then.length - 1] === got[got.length - 1] || (then.length === 1 && got[0] === then[0]));
    const ways: { way: -1 | 1; word: Token }[] = [];
    for (const p of passages) {
      if (p.filter((x) => isContentWord(x) && claimWords.has(x.lemma)).length < 2) continue;
      p.forEach((x, j) => {
        const w = THAN_WAYS.get(x.lower);
        if (w !== undefined) {
          const pThan = p.findIndex((y, i) => i > j && i - j <= THAN_REACH && y.lower === 'than');
          if (pThan > 0 && sameThen(thenAfter(p, pThan + 1))) ways.push({ way: w, word: x });
          return;
        }
        // "up from 38 percent five years earlier"
        if ((x.lower === 'up' || x.lower === 'down') && p[j + 1]?.lower === 'from' && sameThen(thenAfter(p, j + 2) ?? thenAfter(p, j + 4))) ways.push({ way: x.lower === 'up' ? 1 : -1, word: x });
      });
    }
    if (ways.some((w) => w.way === way)) continue;
    const other = ways.find((w) => w.way === -way);
    if (other) return [{ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the passage that best matches this claim says ${quote(other.word.text)} there, a comparison the other way from ${quote(t.text)}` }];
  }
  return [];
}

/** Words that make a pair of numbers a vote: "voted 7-2", "by seven votes to four", "31 in favour and 22 against". */
const VOTE_WORDS = new Set(['vote', 'votes', 'voted', 'voting', 'ballot', 'favour', 'favor', 'against']);
const NONE = new Set(['0', 'zero', 'nil', 'none', 'no']);

/** The split vote starting at token `j`, as written ("7-2", "seven votes to four"); undefined for none or a vote with nought against. */
function splitVoteAt(p: Token[], j: number): string | undefined {
  // "7-2" as one token
  const score = /^\d+[-–](\d+)$/.exec(p[j].text);
  if (score && Number(score[1]) > 0) return p[j].text;
  if (!isNumeral(p[j])) return undefined;
  // "7 - 2", "seven votes to four", "31 in favour and 22 against"
  const second = [j + 2, j + 3, j + 4].find((i) => isNumeral(p[i]) && p.slice(j + 1, i).some((x) => x.text === '-' || x.lower === 'to' || x.lower === 'and'));
  if (second === undefined || NONE.has(p[second].lower)) return undefined;
  return p.slice(j, second + 1).map((x) => x.text).join(' ').replace(/ - /g, '-');
}

/**
 * "The committee approved the plan unanimously" where the passage says "by seven votes to four" or
 * "voted 7-2": a split vote called unanimous. The passage's pair of numbers must come with a word of
 * voting, and its second must not be nought ("voted 9-0" is unanimous).
 */
export function splitVoteCalledUnanimous(claimTokens: Token[], passages: Token[][]): Finding[] {
  const k = claimTokens.findIndex((t) => t.lower === 'unanimously' || t.lower === 'unanimous');
  if (k < 0 || isNegated(claimTokens, k)) return [];
  const t = claimTokens[k];
  for (const p of passages) {
    if (!p.some((x) => VOTE_WORDS.has(x.lower)) || p.some((x) => x.lower === 'unanimously' || x.lower === 'unanimous')) continue;
    for (let j = 0; j < p.length; j++) {
      const vote = splitVoteAt(p, j);
      if (vote) return [{ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the source gives the vote as ${quote(vote)}, not ${quote(t.text)}` }];
    }
  }
  return [];
}

/** Where a phrase saying two amounts are equal starts at `j` ("the same as", "the same charge as", "in line with", "level with"): the index after it. */
function equalledAt(tokens: Token[], j: number): number | undefined {
  const w = tokens[j].lower;
  if (w === 'same' && tokens[j + 1]?.lower === 'as') return j + 2;
  // "the same charge as in the present zone"
  if (w === 'same' && tokens[j + 1]?.pos === 'NOUN' && tokens[j + 2]?.lower === 'as') return j + 3;
  if (w === 'in' && tokens[j + 1]?.lower === 'line' && tokens[j + 2]?.lower === 'with') return j + 3;
  if (w === 'level' && tokens[j + 1]?.lower === 'with') return j + 2;
  return undefined;
}

/** How far after "the same as" the word it compares with may stand: "the same as at the council's existing chargers". */
const EQUALLED_REACH = 4;

/**
 * "Drivers will pay 45p per unit, more than at the council's existing chargers" where the passage says
 * "the same as at the council's existing chargers", "fares will rise faster than inflation" where they
 * "rise in line with inflation": a comparative with "than" where the passage says the two are equal, of
 * the same thing (the first content word after "than" within a few words of the passage's "as" or "with").
 * Not a bound on a figure ("more than 500"), and not where the passage also compares the two.
 */
export function comparedWhereEqual(claimTokens: Token[], passages: Token[][]): Finding[] {
  for (let k = 0; k < claimTokens.length; k++) {
    const t = claimTokens[k];
    if (!THAN_WAYS.has(t.lower) || isNegated(claimTokens, k)) continue;
    const than = claimTokens.findIndex((x, j) => j > k && j - k <= THAN_REACH && x.lower === 'than');
    if (than < 0 || claimTokens[than + 1]?.kind === 'number') continue;
    const target = claimTokens.slice(than + 1, than + 1 + EQUALLED_REACH).find(isContentWord);
    if (!target) continue;
    const names = (x: Token) => x.lemma === target.lemma || x.lower === target.lower;
    for (const p of passages) {
      // the passage comparing them too ("more than at its existing chargers") is no equality only
      if (p.some((x, j) => THAN_WAYS.has(x.lower) && p[j + 1]?.lower === 'than')) continue;
      const equal = p.findIndex((_, j) => {
        const after = equalledAt(p, j);
        return after !== undefined && p.slice(after, after + EQUALLED_REACH).some(names);
      });
      if (equal >= 0) return [{ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the passage that best matches this claim says ${quote(p.slice(equal, equalledAt(p, equal)).map((x) => x.text).join(' '))} there, where the claim says ${quote(t.text)}` }];
    }
  }
  return [];
}

/** "the same as last season", "the same as a year earlier": an amount said not to have moved since then. */
function sameAsThen(tokens: Token[], k: number): boolean {
  return tokens[k].lower === 'same' && tokens[k + 1]?.lower === 'as' && thenAfter(tokens, k + 2) !== undefined;
}

/**
 * "A one-day pass costs €62, the same as last season" where the passage says "62 euros, up from 58
 * euros last season": an amount the claim says held ("the same as last season", "unchanged",
 * "remained at") where the passage says it moved, of something the claim names before its word, and
 * says nowhere that it held.
 */
export function claimedUnchanged(claimTokens: Token[], passages: Token[][]): Finding[] {
  for (let k = 0; k < claimTokens.length; k++) {
    // "stable demand" before its noun says nothing held
    // nor does "held steady or increased", which allows the change
    const steady = changeAt(claimTokens, k) === 'steady' && claimTokens[k + 1]?.pos !== 'NOUN' && claimTokens[k + 1]?.lower !== 'or' && claimTokens[k - 1]?.lower !== 'or';
    if (!sameAsThen(claimTokens, k) && !steady) continue;
    const mine = subjectWords(claimTokens, k);
    if (mine.size === 0) continue;
    let held = false;
    let moved: Token | undefined;
    for (const p of passages) {
      p.forEach((e, j) => {
        // "rose by 3.1 percent, the same as the month before" says the rise held
        if (sameAsThen(p, j)) held = true;
        const way = changeAt(p, j);
        if (way === 0 || !amountChange(p, j) || ![...subjectWords(p, j)].some((w) => mine.has(w))) return;
        if (way === 'steady') held = true;
        else moved ??= e;
      });
    }
    const t = claimTokens[k];
    if (moved && !held) return [{ kind: 'antonym', start: t.start, end: t.end, conflict: true, reason: `the passage that best matches this claim says ${quote(moved.text)} there: a change, where the claim says ${quote(t.text)}` }];
  }
  return [];
}

