import type { SegmentedSource } from '../../retrieve/evidence.js';

export interface Chunk {
  source: string;
  start: number;
  end: number;
  text: string;
}

/**
 * Packs each source's sentences into chunks of at most `budget` tokens (as `count` measures them),
 * each chunk starting with the previous chunk's last sentence, so a fact that spans a boundary is
 * seen whole at least once. A sentence longer than the budget is cut at word boundaries.
 */
export function chunkSources(sources: SegmentedSource[], budget: number, count: (s: string) => number): Chunk[] {
  const chunks: Chunk[] = [];
  for (const src of sources) {
    const pieces = src.sentences.flatMap((s) => (count(s.text) <= budget ? [{ start: s.start, end: s.end }] : cutLong(src.text, s.start, s.end, budget, count)));
    let i = 0;
    while (i < pieces.length) {
      let j = i;
      while (j + 1 < pieces.length && count(src.text.slice(pieces[i].start, pieces[j + 1].end)) <= budget) j++;
      chunks.push({ source: src.id, start: pieces[i].start, end: pieces[j].end, text: src.text.slice(pieces[i].start, pieces[j].end) });
      if (j + 1 >= pieces.length) break;
      i = j > i ? j : j + 1; // overlap by one sentence
    }
  }
  return chunks;
}

function cutLong(text: string, start: number, end: number, budget: number, count: (s: string) => number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const words = [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({ start: start + m.index!, end: start + m.index! + m[0].length }));
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j + 1 < words.length && count(text.slice(words[i].start, words[j + 1].end)) <= budget) j++;
    out.push({ start: words[i].start, end: words[j].end });
    i = j + 1;
  }
  return out;
}
