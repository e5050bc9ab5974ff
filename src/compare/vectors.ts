import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeVectors, rowCosine, type WordVectors } from './vectorFile.js';

/** GloVe word vectors (models/vectors.bin, built by src/train/buildVectors.ts), loaded on first use. */
export const DEFAULT_VECTORS_PATH = fileURLToPath(new URL('../../models/vectors.bin', import.meta.url));

let loaded: WordVectors | undefined;
export function wordVectors(): WordVectors {
  return (loaded ??= decodeVectors(readFileSync(DEFAULT_VECTORS_PATH)));
}

/** Row of the first of `forms` (say the surface word, then its lemma) that has a vector; -1 if none. */
export function vectorRow(...forms: string[]): number {
  const { rows } = wordVectors();
  for (const f of forms) {
    const r = rows.get(f);
    if (r !== undefined) return r;
  }
  return -1;
}

/** Cosine similarity of two rows; 0 when either word has no vector. */
export function similarity(a: number, b: number): number {
  return a < 0 || b < 0 ? 0 : rowCosine(wordVectors(), a, b);
}

