/**
 * A paraphrase probe: twelve short sources, each with a faithful paraphrase (supported) and the same
 * paraphrase with one added or changed detail (unsupported), written by hand for this probe
 * (bench/probes/paraphrase.jsonl). The held-out sets are written in other words than their sources;
 * the public benchmarks mostly are not. Nothing is fitted on the probe: it only shows how the engine
 * behaves when a faithful text shares few words with its source.
 * Run: npm run bench:probe   (writes the "probe" section of BENCHMARKS.md)
 */
import { readFileSync } from 'node:fs';
import { check } from '../src/index.js';
import { auroc } from '../src/eval/metrics.js';
import { DEFAULT_MODEL_PATH } from '../src/engines/builtin.js';
import { loadScorer } from '../src/train/model.js';
import { machineLine, writeSection } from './sections.js';

interface ProbeRow { id: string; doc: string; claim: string; label: 0 | 1 }
const file = new URL('./probes/paraphrase.jsonl', import.meta.url);
const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ProbeRow);
const threshold = loadScorer(DEFAULT_MODEL_PATH).threshold;
const scored: { row: ProbeRow; score: number; verdict: string; why: string }[] = [];
for (const row of rows) {
  const r = await check({ sources: [{ id: 'source', text: row.doc }], text: row.claim });
  scored.push({ row, score: r.score, verdict: r.verdict, why: r.claims.flatMap((c) => c.spans.map((s) => s.text)).join('; ') });
}
const faithful = scored.filter((s) => s.row.label === 1);
const added = scored.filter((s) => s.row.label === 0);
const pairsRanked = faithful.filter((f) => f.score > (added.find((a) => a.row.id === `${f.row.id}-added`)?.score ?? 1)).length;
const cell = (s: string) => s.replace(/\|/g, '\\|');
const lines = [
  `Command: \`npm run bench:probe\` (builtin engine, its own threshold ${threshold.toFixed(3)}). Measured ${machineLine()}.`,
  '',
  `${rows.length} rows in \`bench/probes/paraphrase.jsonl\`: ${faithful.length} faithful paraphrases of a short source, each with a twin that adds or changes one detail. Written by hand for this probe; nothing is fitted or tuned on it. It shows what to expect on text written in other words than its sources, as in the held-out sets.`,
  '',
  `- Faithful paraphrases found supported: **${faithful.filter((s) => s.verdict === 'supported').length} of ${faithful.length}**; twins with an added or changed detail flagged: **${added.filter((s) => s.verdict !== 'supported').length} of ${added.length}**.`,
  `- AUROC over the ${rows.length} rows: **${auroc(scored.map((s) => s.row.label), scored.map((s) => s.score)).toFixed(3)}**; the paraphrase scores above its own twin in ${pairsRanked} of ${faithful.length} pairs.`,
  `- Faithful paraphrases score ${Math.min(...faithful.map((s) => s.score)).toFixed(2)}–${Math.max(...faithful.map((s) => s.score)).toFixed(2)}, twins ${Math.min(...added.map((s) => s.score)).toFixed(2)}–${Math.max(...added.map((s) => s.score)).toFixed(2)}.`,
  '',
  '| row | text | score | verdict | flagged words |',
  '|---|---|---|---|---|',
  ...scored.map((s) => `| ${s.row.id} | ${cell(s.row.claim)} | ${s.score.toFixed(2)} | ${s.verdict} | ${cell(s.why) || '–'} |`),
];
const body = lines.join('\n');
console.log(body);
writeSection(new URL('../BENCHMARKS.md', import.meta.url).pathname, 'probe', `## Paraphrase probe\n\n${body}`);
