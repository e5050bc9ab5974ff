import { splitBlocks } from './blocks.js';
import { analyzeRange } from './nlp.js';
import type { Sentence } from './tokens.js';

/** Sentences of a whole text (source or generated), with tokens and offsets into `text`. */
export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of splitBlocks(text)) {
    for (const s of analyzeRange(text, block.start, block.end)) out.push(s);
  }
  return out;
}
