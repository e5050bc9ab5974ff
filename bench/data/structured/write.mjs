// Writes bench/data/structured/{train,dev,test}.jsonl from the hand-written records in records*.mjs:
// node bench/data/structured/write.mjs (see bench/data/README.md). Each record gets two faithful
// overviews (label 1) and two that are wrong in one part (label 0), that part marked in `spans`.
import { writeFileSync } from 'node:fs';
import records1 from './records1.mjs';
import records2 from './records2.mjs';
import records3 from './records3.mjs';

const here = new URL('.', import.meta.url).pathname;

/** One-line JSON with a space after each comma and colon, as records are often printed. */
function spaced(v) {
  if (Array.isArray(v)) return `[${v.map(spaced).join(', ')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${spaced(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}

const records = [...records1, ...records2, ...records3];
const splits = { train: [], dev: [], test: [] };
records.forEach((r, index) => {
  const n = index + 1;
  // business listings on one line, the other kinds of record indented, as an API or a file gives them
  const doc = n <= 20 ? spaced(r.doc) : JSON.stringify(r.doc, null, 2);
  const split = n % 5 === 4 ? 'dev' : n % 5 === 0 ? 'test' : 'train';
  const id = (k) => `structured-${String(n).padStart(3, '0')}-${k}`;
  r.good.forEach((claim, k) => splits[split].push({ id: id(k + 1), dataset: 'structured', doc, claim, label: 1 }));
  r.bad.forEach(([claim, wrong], k) => {
    const start = claim.indexOf(wrong);
    if (start < 0 || claim.indexOf(wrong, start + 1) >= 0) throw new Error(`${id(k + 3)}: "${wrong}" must occur once in its overview`);
    splits[split].push({ id: id(k + 3), dataset: 'structured', doc, claim, label: 0, spans: [[start, start + wrong.length]] });
  });
});
for (const [split, rows] of Object.entries(splits)) writeFileSync(`${here}${split}.jsonl`, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
console.log(Object.entries(splits).map(([s, rows]) => `${s} ${rows.length}`).join(', '));
