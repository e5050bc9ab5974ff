/**
 * Two probes of hand-written rows, each a faithful text with a twin that adds or changes one detail
 * (label 0, id ending "-added"):
 * - bench/probes/paraphrase.jsonl: twelve short sources, each paraphrased in other words. The
 *   held-out sets are written in other words than their sources; the public benchmarks mostly are
 *   not. Nothing is fitted on it: it shows how the engine behaves when a faithful text shares few
 *   words with its source.
 * - bench/probes/structured.jsonl: thirteen business records in JSON (hours, attributes, rating,
 *   reviews), each with an overview of 100-150 words as a data-to-text prompt asks for (the last five
 *   with a shorter one too, and fields the record leaves empty or answers in words). Written to
 *   find what goes wrong with structured sources; the fixes for structured sources were made looking
 *   at it, so read it as a development set. ragtruth's test split has 900 such rows (its "Data2txt"
 *   task), no public train or dev split has any (our own bench/data/structured rows are the only
 *   ones trained on), and the accuracy table reports them apart.
 * Run: npm run bench:probe   (writes the "probe" section of BENCHMARKS.md)
 */
import { readFileSync } from 'node:fs';
import { check } from '../src/index.js';
import { auroc } from '../src/eval/metrics.js';
import { DEFAULT_MODEL_PATH } from '../src/engines/builtin.js';
import { loadScorer } from '../src/train/model.js';
import { machineLine, writeSection } from './sections.js';

interface ProbeRow { id: string; doc: string; claim: string; label: 0 | 1 }
const threshold = loadScorer(DEFAULT_MODEL_PATH).threshold;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Scores every row of a probe file; `about` says what the file is, `kind` names its faithful rows. */
async function probe(name: string, about: string, kind: string, textColumn: (row: ProbeRow) => string): Promise<string[]> {
  const file = new URL(`./probes/${name}`, import.meta.url);
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ProbeRow);
  const scored: { row: ProbeRow; score: number; verdict: string; claims: number; flagged: number; why: string }[] = [];
  for (const row of rows) {
    const r = await check({ sources: [{ id: 'source', text: row.doc }], text: row.claim });
    const flagged = r.claims.filter((c) => c.verdict !== 'supported');
    scored.push({ row, score: r.score, verdict: r.verdict, claims: r.claims.length, flagged: flagged.length, why: flagged.flatMap((c) => c.spans.map((s) => s.text)).join('; ') });
  }
  const faithful = scored.filter((s) => s.row.label === 1);
  const added = scored.filter((s) => s.row.label === 0);
  const pairsRanked = faithful.filter((f) => f.score > (added.find((a) => a.row.id === `${f.row.id}-added`)?.score ?? 1)).length;
  return [
    `${rows.length} rows in \`bench/probes/${name}\`: ${about}`,
    '',
    `- ${kind} found supported: **${faithful.filter((s) => s.verdict === 'supported').length} of ${faithful.length}**; twins with an added or changed detail flagged: **${added.filter((s) => s.verdict !== 'supported').length} of ${added.length}**.`,
    `- AUROC over the ${rows.length} rows: **${auroc(scored.map((s) => s.row.label), scored.map((s) => s.score)).toFixed(3)}**; the faithful text scores above its own twin in ${pairsRanked} of ${faithful.length} pairs.`,
    `- Faithful texts score ${Math.min(...faithful.map((s) => s.score)).toFixed(2)}–${Math.max(...faithful.map((s) => s.score)).toFixed(2)}, twins ${Math.min(...added.map((s) => s.score)).toFixed(2)}–${Math.max(...added.map((s) => s.score)).toFixed(2)}.`,
    '',
    '| row | text | score | verdict | claims flagged | flagged words |',
    '|---|---|---|---|---|---|',
    ...scored.map((s) => `| ${s.row.id} | ${cell(textColumn(s.row))} | ${s.score.toFixed(2)} | ${s.verdict} | ${s.flagged} of ${s.claims} | ${cell(s.why) || '–'} |`),
  ];
}

const paraphrase = await probe(
  'paraphrase.jsonl',
  '12 faithful paraphrases of a short source, each with a twin that adds or changes one detail. Written by hand for this probe; nothing is fitted or tuned on it. It shows what to expect on text written in other words than its sources, as in the held-out sets.',
  'Faithful paraphrases', (row) => row.claim,
);
const structured = await probe(
  'structured.jsonl',
  'thirteen business records in JSON (address, opening hours, attributes such as `"RestaurantsReservations": false`, a star rating, two or three reviews), each with a faithful overview of 100–150 words, as a data-to-text prompt asks for, and a twin that changes one detail (a field stated the other way, a rating, a review\'s figure, an added amenity). The last five records (struct-9 to struct-18) also have fields the record leaves empty (`null`) or answers in words (`"WiFi": "no"`), and a shorter overview each with its own twin; they were written as training rows for this round and moved here when leaving them out of training did better on every dataset left out (see the notes). Written by hand for this project. The fixes for structured sources (fields side by side read as one passage, field names found by their words, "hours" backing "open", "stars" a "rating", state codes their names) were made looking at these rows, so read it as a development set; ragtruth\'s 900 data-to-text test rows, reported apart in the accuracy section, are the independent check.',
  'Faithful overviews', (row) => `${(row as ProbeRow & { meta?: { changed?: string } }).meta?.changed ?? 'faithful overview'}`,
);
const body = [
  `Command: \`npm run bench:probe\` (builtin engine, its own threshold ${threshold.toFixed(3)}). Measured ${machineLine()}.`,
  '',
  '### Paraphrase probe',
  '',
  ...paraphrase,
  '',
  '### Structured-source probe (data-to-text)',
  '',
  ...structured,
].join('\n');
console.log(body);
writeSection(new URL('../BENCHMARKS.md', import.meta.url).pathname, 'probe', `## Probes\n\n${body}`);
