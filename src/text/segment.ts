import { splitBlocks } from './blocks.js';
import { jsonBlocks } from './structured.js';
import { analyzeRange, lemmatiseRecord } from './nlp.js';
import type { Sentence } from './tokens.js';

/**
 * Sentences of a whole text (source or generated), with tokens and offsets into `text`. A JSON
 * record (data-to-text source) is split into one sentence per field instead of by lines.
 */
export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of jsonBlocks(text) ?? splitBlocks(text)) {
    for (const s of analyzeRange(text, block.start, block.end)) {
      if (block.kind === 'record') {
        lemmatiseRecord(s);
        s.record = true;
      }
      out.push(s);
    }
  }
  return out;
}
