import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { CheckInput } from '../src/types.js';
import { PUBLIC_BENCH } from './folders.js';

export const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * The speed benchmarks' inputs: up to 150 distinct test documents of 700-1,400 words from the
 * public bench sets (test splits unless told), each with one generated text (so that no two checks share their sources by
 * accident), and every distinct generated text about each (several systems' summaries of one article).
 */
export function longDocuments(limit = 150, split = 'test'): { docs: CheckInput[]; answersOf: Map<string, string[]> } {
  const docs: CheckInput[] = [];
  const answersOf = new Map<string, string[]>();
  for (const dataset of existsSync(PUBLIC_BENCH) ? readdirSync(PUBLIC_BENCH).sort() : []) {
    const file = `${PUBLIC_BENCH}/${dataset}/${split}.jsonl`;
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim() || docs.length >= limit) continue;
      const r = JSON.parse(line) as { doc: string; claim: string };
      const n = words(r.doc);
      if (n < 700 || n > 1400) continue;
      const answers = answersOf.get(r.doc) ?? [];
      if (!answers.includes(r.claim)) answersOf.set(r.doc, [...answers, r.claim]);
      if (answers.length === 0) docs.push({ sources: [{ id: 'doc', text: r.doc }], text: r.claim });
    }
  }
  return { docs, answersOf };
}
