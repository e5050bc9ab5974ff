import { createRequire } from 'node:module';
import type compromise from 'compromise';
import { stemsBeforeEnding } from '../text/nlp.js';
import type { Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { hasWord, initialismLetters, initialisms, type Lexicon } from './lexicon.js';
import { isCommonWord, supportingLemmas, synsetOffsets } from './wordnet.js';

/**
 * Names (people, places, organisations, titles) in the claim that no source mentions. A name is a
 * run of proper nouns or capitalised words; each of its words must occur somewhere in the sources
 * (so "Smith" backs "Mr Smith" but not "John Smith").
 */
/** A word and its possible singulars: "boxers" -> "boxer", "churches" -> "church", "authorities" -> "authority", "knives" -> "knife". */
function withSingulars(lower: string): string[] {
  return [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/ies$/, 'y'), lower.replace(/ves$/, 'f'), lower.replace(/ves$/, 'fe')];
}

/** "Reviewers", "Officials": plural forms are not in WordNet's index, their singulars are. */
function isCommonForm(lower: string): boolean {
  // "Under-18s", "Over-65": an age group
  if (/^(under|over)-\d+s?$/.test(lower)) return true;
  const stems = withSingulars(lower);
  // "Sub-zero", "Long-term": a compound is common when its last part is
  if (lower.includes('-')) stems.push(...withSingulars(lower.slice(lower.lastIndexOf('-') + 1)));
  // "Steeping", "Recommended": wink tags a capitalised -ing/-ed form as a name and keeps it as its lemma
  const inflected = /^(.{3,}?)(ing|ed)$/.exec(lower);
  if (inflected) stems.push(...stemsBeforeEnding(inflected[1]));
  // "Joblessness", "Homelessness": a noun made of a common adjective, which WordNet need not list
  const ness = /^(.{3,}?)(i?)ness$/.exec(lower);
  if (ness) stems.push(ness[2] ? `${ness[1]}y` : ness[1]);
  return stems.some((w) => isCommonWord(w) || isClosedCompound(w)) || isComparative(lower);
}

/** "Policymakers", "Lawmaking": WordNet lists the words of such compounds apart ("policy maker"). */
function isClosedCompound(lower: string): boolean {
  for (let i = 3; i <= lower.length - 3; i++) if (isCommonWord(`${lower.slice(0, i)} ${lower.slice(i)}`)) return true;
  return false;
}

/** "Cheaper", "Biggest", "Happier": an adjective's comparative or superlative (not "Chester": "chest" is no adjective). */
function isComparative(lower: string): boolean {
  const m = /^(.{2,}?)(i?)(er|est)$/.exec(lower);
  if (!m) return false;
  const stem = m[1];
  const stems = m[2] ? [`${stem}y`] : [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')];
  return stems.some((w) => synsetOffsets(w, 'a').length > 0);
}

/** After these a word is capitalised anyway: "Note: Unable to answer", "Chamomile tea: According to...". */
const UNIT_OPENERS = new Set([':', ';', '(', '"', '“', "'", '‘', '-', '–', '—', '.', '!', '?']);
/** Abbreviations before a name or number, whose full stop ends no sentence: "St. Louis", "No. 10". */
const NAME_ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'no', 'vs', 'jr', 'sr', 'co', 'inc', 'ltd', 'corp', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * Whether `t` stands where any word is capitalised: at the start, or after a colon, bracket, quote or
 * dash, or after a full stop the sentence splitter let through (wink reads "in." as inches:
 * "factored in. Specific jobs"), though not an initial's ("J. Smith", "U.S.") or a title's.
 */
function startsUnit(tokens: Token[], index: number): boolean {
  if (index === 0) return true;
  const before = tokens[index - 1];
  if (UNIT_OPENERS.has(before.text)) return true;
  const abbreviation = before.lower.slice(0, -1);
  return before.text.length > 2 && before.text.endsWith('.') && !/^(\p{L}\.)+$/u.test(before.text) && !TITLES.has(abbreviation) && !NAME_ABBREVIATIONS.has(abbreviation);
}

/** Titles before a name: "Sen. Warren" adds no name to "Elizabeth Warren". */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'dame', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'det',
]);

/** "CLICK HERE", "FINALLY": a common word set in capitals for emphasis (5+ letters, so "US" or "AIDS" stay names). */
function isShoutedWord(t: Token): boolean {
  return t.text.length >= 5 && /^\p{Lu}+$/u.test(t.text) && isCommonForm(t.lower);
}

function isNameWord(tokens: Token[], index: number): boolean {
  const t = tokens[index];
  if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
  if (TITLES.has(t.lower.replace(/\.$/, '')) || isShoutedWord(t)) return false;
  // where any word takes a capital, a common English word ("Reviewers", "According") is no name
  const atStart = startsUnit(tokens, index);
  // ("Children": an irregular plural, which the tagger's lemma of the word alone gives)
  if (atStart && t.text.slice(1) === t.text.slice(1).toLowerCase() && (isCommonForm(t.lower) || (t.alsoLemma !== undefined && isCommonWord(t.alsoLemma)))) return false;
  if (t.pos === 'PROPN') return true;
  // capitalised mid-sentence words that wink did not tag as proper nouns: titles, brands
  return !atStart && t.pos !== 'PRON' && !t.stop && t.text !== 'I';
}

function nameRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((t, i) => {
    if (isNameWord(tokens, i)) run.push(t);
    else if (run.length && (t.lower === 'of' || t.lower === "'s") && tokens[i + 1] && isNameWord(tokens, i + 1)) run.push(t);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs.map((r) => r.filter((t) => t.lower !== 'of' && t.lower !== "'s"));
}

/** A name word matches a source word directly, by a WordNet relation (Russian / Russia), or as an initialism of source words. */
function nameWordInSources(t: Token, sources: Lexicon): boolean {
  if (hasWord(sources, t)) return true;
  // "US" for "United States": hasWord has already tried initialisms of three letters or more
  const letters = initialismLetters(t);
  if (letters && letters.length < 3 && initialisms(sources).has(letters)) return true;
  // "Boxers" for "the Boxer", "Republicans" for "Republican"
  if (withSingulars(t.lower).some((w) => sources.words.has(w))) return true;
  // "DVD" for "DVDs", "Boxer" for "the Boxers": a name the sources give only in the plural
  if (t.lower.length > 1 && (sources.words.has(`${t.lower}s`) || sources.words.has(`${t.lower}es`))) return true;
  for (const pos of ['a', 'n'] as const) for (const r of supportingLemmas(t.lower, pos)) if (sources.words.has(r)) return true;
  // "China" where the sources say "Chinese": WordNet relates the adjective to the country, not the reverse
  return placesOfAdjectives(sources).has(t.lower);
}

/**
 * Whether the sources give a name by its initials, three or more: "National Health Service" where
 * they say "NHS", "Bank of England" for "BoE" (with or without the "of").
 */
function abbreviatedInSources(tokens: Token[], run: Token[], sources: Lexicon): boolean {
  if (run.length < 2) return false;
  const from = tokens.indexOf(run[0]);
  const to = tokens.indexOf(run[run.length - 1]);
  const words = tokens.slice(from, to + 1).filter((t) => t.kind === 'word');
  const initials = (ws: Token[]) => ws.map((t) => t.lower[0]).join('');
  const all = initials(words);
  const capitals = initials(words.filter((t) => /^\p{Lu}/u.test(t.text)));
  return [all, capitals].some((a) => a.length >= 3 && sources.words.has(a));
}

const adjectivePlaces = new WeakMap<Lexicon, Set<string>>();
/**
 * What the sources' capitalised adjectives pertain to in WordNet ("French" -> "france", "Dutch" ->
 * "netherlands"), found once per source set, as only a claim name the sources lack asks for it.
 */
function placesOfAdjectives(sources: Lexicon): Set<string> {
  let found = adjectivePlaces.get(sources);
  if (found) return found;
  found = new Set();
  const seen = new Set<string>();
  for (const t of sources.tokens) {
    if (t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text) || seen.has(t.lower)) continue;
    seen.add(t.lower);
    for (const r of supportingLemmas(t.lower, 'a')) found.add(r);
  }
  adjectivePlaces.set(sources, found);
  return found;
}

const APOSTROPHES = new Set(["'", '’']);

/**
 * A name word that a tokenised text wrote in pieces, as whole in the sources: "O ' Sullivan" for
 * "O'Sullivan", "Silv onek" for "Silvonek" (summaries of detokenised news articles do this).
 */
function splitInSources(tokens: Token[], i: number, sources: Lexicon): boolean {
  const word = (k: number) => (tokens[k]?.kind === 'word' ? tokens[k].lower : undefined);
  const joined = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && (sources.words.has(a + b) || sources.words.has(`${a}'${b}`));
  const apostrophe = (k: number) => APOSTROPHES.has(tokens[k]?.text ?? '');
  return joined(word(i), word(i + 1)) || joined(word(i - 1), word(i)) || (apostrophe(i + 1) && joined(word(i), word(i + 2))) || (apostrophe(i - 1) && joined(word(i - 2), word(i)));
}

type NameType = 'person' | 'place' | 'organisation';

/**
 * Labels of recent name windows, by the window's text (offsets relative to it): a claim is compared
 * again when its findings are ranked, and answers about the same sources repeat their phrases.
 */
const recentTypes = new Map<string, { start: number; end: number; type: NameType }[]>();
const RECENT_TYPES = 2_000;
/** Words either side of a new name that compromise reads to label it ("Governor Tom Reyes", "at City Hall"). */
const WORDS_BEFORE = 4;
const WORDS_AFTER = 2;

/**
 * compromise is slow (~0.8 ms for a window of a few words, ~10 ms for a long sentence), so it only
 * runs when a novel name needs a label, and only on the name and a few words around it: labels agree with
 * reading the whole sentence for 98% of the new names in a sample of train rows, at half the time.
 */
function nameType(tokens: Token[], first: number, last: number, text: string): NameType | undefined {
  const from = tokens[Math.max(0, first - WORDS_BEFORE)].start;
  const to = tokens[Math.min(tokens.length - 1, last + WORDS_AFTER)].end;
  const window = text.slice(from, to);
  let types = recentTypes.get(window);
  if (!types) {
    types = computeNameTypes(window);
    if (recentTypes.size >= RECENT_TYPES) recentTypes.delete(recentTypes.keys().next().value!);
    recentTypes.set(window, types);
  }
  const [start, end] = [tokens[first].start - from, tokens[last].end - from];
  return types.find((e) => e.start <= start && e.end >= end - 1)?.type;
}

/**
 * compromise takes most of a second to import (its CommonJS build about a third of one), and only a
 * new name that needs a label uses it: it is loaded then, not whenever groundcheck is imported.
 */
let nlp: typeof compromise | undefined;
const loadCompromise = () => (nlp ??= createRequire(import.meta.url)('compromise') as typeof compromise);

/** The names compromise finds in a window, with offsets into the window. */
function computeNameTypes(windowText: string): { start: number; end: number; type: NameType }[] {
  const doc = loadCompromise()(windowText);
  const out: { start: number; end: number; type: NameType }[] = [];
  const collect = (view: { json: (o: object) => unknown }, type: NameType) => {
    for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type });
    }
  };
  collect(doc.people(), 'person');
  collect(doc.places(), 'place');
  collect(doc.organizations(), 'organisation');
  return out;
}

/**
 * A finding whose reason is written when first read: labelling the name runs compromise, and a
 * claim found supported shows no findings (in a sample of dev rows, one new name in six was in one).
 */
function withLazyReason(finding: Omit<Finding, 'reason'>, write: () => string): Finding {
  let reason: string | undefined;
  return Object.defineProperty(finding, 'reason', { get: () => (reason ??= write()), enumerable: true }) as Finding;
}

export interface EntityFeatures {
  names: number;
  novelNames: number;
  findings: Finding[];
}

/** `given`: the words of the question the text answers, whose names an answer may repeat. */
export function novelEntities(claimTokens: Token[], text: string, sources: Lexicon, given?: Lexicon): EntityFeatures {
  const runs = nameRuns(claimTokens);
  const findings: Finding[] = [];
  for (const run of runs) {
    const novel = run.filter((t) => !nameWordInSources(t, sources) && !(given && nameWordInSources(t, given)) && !splitInSources(claimTokens, claimTokens.indexOf(t), sources));
    if (novel.length === 0 || abbreviatedInSources(claimTokens, run, sources)) continue;
    // a new head word ("City Hall") makes the whole name new; a new first name ("John Smith") only itself
    const head = run[run.length - 1];
    const marked = novel.includes(head) ? run : novel;
    const start = marked[0].start;
    const end = marked[marked.length - 1].end;
    const name = text.slice(start, end);
    if (marked.every((t) => t.text === 'UNK')) {
      // older summarisers write UNK for a word they could not produce: a gap, not a person or place
      findings.push({ kind: 'entity', start, end, reason: `${quote(name)} is a placeholder for a word the writer could not produce`, conflict: false });
      continue;
    }
    const [first, last] = [claimTokens.indexOf(marked[0]), claimTokens.indexOf(marked[marked.length - 1])];
    findings.push(withLazyReason({ kind: 'entity', start, end, conflict: false }, () => {
      const type = nameType(claimTokens, first, last, text);
      return `${type ? `the ${type} ` : ''}${quote(name)} is not mentioned in the sources`;
    }));
  }
  return { names: runs.length, novelNames: findings.length, findings };
}
