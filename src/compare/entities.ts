import nlp from 'compromise';
import type { Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { hasWord, type Lexicon } from './lexicon.js';
import { isCommonWord, supportingLemmas } from './wordnet.js';

/**
 * Names (people, places, organisations, titles) in the claim that no source mentions. A name is a
 * run of proper nouns or capitalised words; each of its words must occur somewhere in the sources
 * (so "Smith" backs "Mr Smith" but not "John Smith").
 */
/** "Reviewers", "Officials": plural forms are not in WordNet's index, their singulars are. */
function isCommonForm(lower: string): boolean {
  return [lower, lower.replace(/s$/, ''), lower.replace(/es$/, '')].some(isCommonWord);
}

function isNameWord(t: Token, index: number): boolean {
  if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
  // a sentence starts with a capital anyway: there, a common English word ("Reviewers") is no name
  if (index === 0 && t.text.slice(1) === t.text.slice(1).toLowerCase() && isCommonForm(t.lower)) return false;
  if (t.pos === 'PROPN') return true;
  // capitalised mid-sentence words that wink did not tag as proper nouns: titles, brands
  return index > 0 && t.pos !== 'PRON' && !t.stop && t.text !== 'I';
}

function nameRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((t, i) => {
    if (isNameWord(t, i)) run.push(t);
    else if (run.length && (t.lower === 'of' || t.lower === "'s") && tokens[i + 1] && isNameWord(tokens[i + 1], i + 1)) run.push(t);
    else {
      if (run.length) runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs.map((r) => r.filter((t) => t.lower !== 'of' && t.lower !== "'s"));
}

/** A name word matches a source word directly, or by a WordNet relation (Russian / Russia). */
function nameWordInSources(t: Token, sources: Lexicon): boolean {
  if (hasWord(sources, t)) return true;
  for (const pos of ['a', 'n'] as const) for (const r of supportingLemmas(t.lower, pos)) if (sources.words.has(r)) return true;
  return false;
}

type NameType = 'person' | 'place' | 'organisation';

/** Labels of recent sentences: a claim is compared again when its findings are ranked. */
const recentTypes = new Map<string, { start: number; end: number; type: NameType }[]>();
const RECENT_TYPES = 64;

/** compromise is ~4 ms a sentence, so it only runs when a novel name needs a label, once a sentence. */
function nameTypes(sentenceText: string, sentenceStart: number): { start: number; end: number; type: NameType }[] {
  const key = `${sentenceStart}\u0000${sentenceText}`;
  let types = recentTypes.get(key);
  if (!types) {
    types = computeNameTypes(sentenceText, sentenceStart);
    if (recentTypes.size >= RECENT_TYPES) recentTypes.delete(recentTypes.keys().next().value!);
    recentTypes.set(key, types);
  }
  return types;
}

function computeNameTypes(sentenceText: string, sentenceStart: number): { start: number; end: number; type: NameType }[] {
  const doc = nlp(sentenceText);
  const out: { start: number; end: number; type: NameType }[] = [];
  const collect = (view: { json: (o: object) => unknown }, type: NameType) => {
    for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      out.push({ start: sentenceStart + m.offset.start, end: sentenceStart + m.offset.start + m.offset.length, type });
    }
  };
  collect(doc.people(), 'person');
  collect(doc.places(), 'place');
  collect(doc.organizations(), 'organisation');
  return out;
}

export interface EntityFeatures {
  names: number;
  novelNames: number;
  findings: Finding[];
}

export function novelEntities(claimTokens: Token[], sentenceText: string, sentenceStart: number, text: string, sources: Lexicon): EntityFeatures {
  const runs = nameRuns(claimTokens);
  const findings: Finding[] = [];
  let typed: ReturnType<typeof nameTypes> | null = null;
  for (const run of runs) {
    const novel = run.filter((t) => !nameWordInSources(t, sources));
    if (novel.length === 0) continue;
    // a new head word ("City Hall") makes the whole name new; a new first name ("John Smith") only itself
    const head = run[run.length - 1];
    const marked = novel.includes(head) ? run : novel;
    const start = marked[0].start;
    const end = marked[marked.length - 1].end;
    typed ??= nameTypes(sentenceText, sentenceStart);
    const type = typed.find((e) => e.start <= start && e.end >= end - 1)?.type;
    const label = type ? `the ${type} ` : '';
    const name = text.slice(start, end);
    findings.push({
      kind: 'entity',
      start,
      end,
      reason: `${label}${quote(name)} is not mentioned in the sources`,
      conflict: false,
    });
  }
  return { names: runs.length, novelNames: findings.length, findings };
}
