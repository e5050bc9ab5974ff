/**
 * Speed of `check` on one core: the bundled examples, and ~1k-word sources (RAGTruth test
 * documents of 800-1,300 words with their generated answers), warm (caches filled by a first
 * pass) and cold (a fresh process's first pass). Also model load time and peak RSS.
 * Run: npm run bench:speed   (writes the "speed" section of BENCHMARKS.md)
 */
import { existsSync, readFileSync } from 'node:fs';
import { check } from '../src/index.js';
import { DEFAULT_MODEL_PATH } from '../src/engines/builtin.js';
import { percentile } from '../src/eval/percentile.js';
import { loadScorer } from '../src/train/model.js';
import type { CheckInput } from '../src/types.js';
import { machineLine, writeSection } from './sections.js';

const ex = (n: string) => readFileSync(new URL(`../examples/${n}`, import.meta.url), 'utf8');
const ROUNDS = Number(process.env.ROUNDS ?? 200);
const benchDir = process.env.GROUNDCHECK_BENCH ?? new URL('../../shared/bench', import.meta.url).pathname;

const t0 = performance.now();
loadScorer(DEFAULT_MODEL_PATH);
const modelLoadMs = performance.now() - t0;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const longDocs: CheckInput[] = [];
const ragtruth = `${benchDir}/ragtruth/test.jsonl`;
if (existsSync(ragtruth)) {
  for (const line of readFileSync(ragtruth, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { doc: string; claim: string };
    const n = words(r.doc);
    if (n >= 800 && n <= 1300) longDocs.push({ sources: [{ id: 'doc', text: r.doc }], text: r.claim });
    if (longDocs.length >= 100) break;
  }
}

async function measure(inputs: CheckInput[], rounds: number) {
  const times: number[] = [];
  let claims = 0;
  for (let i = 0; i < rounds; i++) {
    const input = inputs[i % inputs.length];
    const t = performance.now();
    const r = await check(input);
    times.push(performance.now() - t);
    claims += r.claims.length;
  }
  const total = times.reduce((a, b) => a + b, 0);
  times.sort((a, b) => a - b);
  return { claimsPerSecond: claims / (total / 1000), p50: percentile(times, 50), p95: percentile(times, 95), claimsPerCheck: claims / rounds };
}

const rows: string[] = [];
const row = (name: string, srcWords: number, m: Awaited<ReturnType<typeof measure>>) =>
  rows.push(`| ${name} | ${srcWords} | ${m.claimsPerCheck.toFixed(1)} | ${Math.round(m.claimsPerSecond)} | ${m.p50.toFixed(2)} | ${m.p95.toFixed(2)} |`);

const t1 = performance.now();
await check({ sources: [{ id: 'a', text: ex('news-article.txt') }], text: ex('news-bullets.md') });
const firstCallMs = performance.now() - t1;

if (longDocs.length) {
  const avgWords = Math.round(longDocs.reduce((a, d) => a + words(d.sources[0].text), 0) / longDocs.length);
  row(`~1k-word sources, cold (first pass over ${longDocs.length} RAGTruth test docs)`, avgWords, await measure(longDocs, longDocs.length));
  row(`~1k-word sources, warm (${longDocs.length} docs again)`, avgWords, await measure(longDocs, longDocs.length));
}
const news: CheckInput = { sources: [{ id: 'article', text: ex('news-article.txt') }], text: ex('news-bullets.md') };
const rag: CheckInput = { sources: [{ id: 'policy', text: ex('rag-policy.txt') }, { id: 'shipping', text: ex('rag-shipping.txt') }], text: ex('rag-answer.txt') };
await measure([news, rag], 40);
row('examples/news (1 source, 6 claims), warm', words(news.sources[0].text), await measure([news], ROUNDS));
row('examples/rag (2 sources, 5 claims), warm', words(rag.sources.map((s) => s.text).join(' ')), await measure([rag], ROUNDS));

const rssMb = process.resourceUsage().maxRSS / 1024;
const table = [
  `Command: \`npm run bench:speed\` (one process, one core, builtin engine). Measured ${machineLine()}.`,
  `Model load (\`models/builtin.json\`): ${modelLoadMs.toFixed(1)} ms. First check in a fresh process (loads the NLP model data and WordNet files): ${firstCallMs.toFixed(0)} ms. Peak RSS of this run: ${rssMb.toFixed(0)} MB.`,
  '',
  '| case | source words | claims per check | claims/s | p50 ms per check | p95 ms per check |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
writeSection(new URL('../BENCHMARKS.md', import.meta.url).pathname, 'speed', `## Speed of \`check\`\n\n${table}`);
