/**
 * Speed of `check` on the bundled examples: claims per second and latency per check, one core,
 * after a warm-up (first-call costs such as loading WordNet files are reported separately).
 * Run: npm run bench:speed   (writes the "speed" section of BENCHMARKS.md)
 */
import { readFileSync } from 'node:fs';
import { check } from '../src/index.js';
import type { CheckInput } from '../src/types.js';
import { percentile } from '../src/eval/percentile.js';
import { machineLine, writeSection } from './sections.js';

const ex = (n: string) => readFileSync(new URL(`../examples/${n}`, import.meta.url), 'utf8');
const ROUNDS = Number(process.env.ROUNDS ?? 200);

const cases: { name: string; input: CheckInput }[] = [
  { name: 'news bullets (1 source, 6 claims)', input: { sources: [{ id: 'article', text: ex('news-article.txt') }], text: ex('news-bullets.md') } },
  {
    name: 'RAG answer (2 sources, 5 claims)',
    input: { sources: [{ id: 'policy', text: ex('rag-policy.txt') }, { id: 'shipping', text: ex('rag-shipping.txt') }], text: ex('rag-answer.txt') },
  },
];

const t0 = performance.now();
await check(cases[0].input);
const firstCallMs = performance.now() - t0;

const rows: string[] = [];
for (const c of cases) {
  for (let i = 0; i < 20; i++) await check(c.input);
  const times: number[] = [];
  let claims = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    const r = await check(c.input);
    times.push(performance.now() - t);
    claims += r.claims.length;
  }
  const total = times.reduce((a, b) => a + b, 0);
  times.sort((a, b) => a - b);
  const words = c.input.sources.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  rows.push(`| ${c.name} | ${words} | ${Math.round(claims / (total / 1000))} | ${percentile(times, 50).toFixed(2)} | ${percentile(times, 95).toFixed(2)} |`);
}

const table = [
  `Command: \`npm run bench:speed\` (${ROUNDS} checks per case after 20 warm-up checks; one process, one core).`,
  `Measured ${machineLine()}. First call in a fresh process (loads the NLP model data and WordNet files): ${firstCallMs.toFixed(0)} ms.`,
  '',
  '| case | source words | claims/s | p50 ms per check | p95 ms per check |',
  '|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
writeSection(new URL('../BENCHMARKS.md', import.meta.url).pathname, 'speed', `## Speed of \`check\` on the examples\n\n${table}`);
