import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeVectors, rowCosine, type WordVectors } from './vectorFile.js';

/** GloVe word vectors counter-fitted to WordNet (models/vectors.bin, built by src/train/buildVectors.ts), loaded on first use. */
export const DEFAULT_VECTORS_PATH = fileURLToPath(new URL('../../models/vectors.bin', import.meta.url));

let loaded: WordVectors | undefined;
export function wordVectors(): WordVectors {
  return (loaded ??= decodeVectors(readFileSync(DEFAULT_VECTORS_PATH)));
}

/** Row of `word`'s vector, else of `fallback`'s (say the surface word, then its lemma); -1 if neither has one. */
export function vectorRow(word: string, fallback?: string): number {
  const { rows } = wordVectors();
  return rows.get(word) ?? (fallback === undefined ? undefined : rows.get(fallback)) ?? -1;
}

/** Cosine similarity of two rows; 0 when either word has no vector. */
export function similarity(a: number, b: number): number {
  return a < 0 || b < 0 ? 0 : rowCosine(wordVectors(), a, b);
}

