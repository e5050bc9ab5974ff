/**
 * Speed of `check` on one core: the bundled examples, and ~1k-word sources (150 distinct test
 * documents of 700-1,400 words from ../shared/bench, with one generated text each): in a cold process, in a warm one
 * with new sources every check, and with sources already prepared (check() keeps the last 16
 * source sets segmented and indexed, as when several answers are checked against the same
 * documents), and with several answers about each of up to 100 such documents (the steady state of a
 * process checking answers about documents it holds), and the same in a process that has checked
 * up to 3,000 texts about other documents before (its WordNet, vector and name lookups made for most words
 * of the domain, as in a server that has run for a while). Also model load time and peak RSS.
 * Run: npm run bench:speed   (writes the "speed" section of BENCHMARKS.md)
 */
import { readFileSync } from 'node:fs';
import { splitFiles } from '../src/cli/trainCommand.js';
import { check } from '../src/index.js';
import { DEFAULT_MODEL_PATH } from '../src/engines/builtin.js';
import { percentile } from '../src/eval/percentile.js';
import { loadScorer } from '../src/train/model.js';
import { wordVectors } from '../src/compare/vectors.js';
import type { CheckInput } from '../src/types.js';
import { PUBLIC_BENCH } from './folders.js';
import { longDocuments, words } from './longDocs.js';
import { machineLine, writeSection } from './sections.js';

const ex = (n: string) => readFileSync(new URL(`../examples/${n}`, import.meta.url), 'utf8');
const ROUNDS = Number(process.env.ROUNDS ?? 200);

const t0 = performance.now();
loadScorer(DEFAULT_MODEL_PATH);
const modelLoadMs = performance.now() - t0;
const t0v = performance.now();
wordVectors();
const vectorsLoadMs = performance.now() - t0v;

const { docs: longDocs, answersOf } = longDocuments();

async function measure(inputs: CheckInput[], rounds: number, checkFirst = false) {
  const times: number[] = [];
  let claims = 0;
  for (let i = 0; i < rounds; i++) {
    const input = inputs[i % inputs.length];
    if (checkFirst) await check({ ...input, text: 'An earlier answer about the same documents.' });
    const t = performance.now();
    const r = await check(input);
    times.push(performance.now() - t);
    claims += r.claims.length;
  }
  return summary(times, claims);
}

/** Throughput and latency of timed checks: claims per second over their total time, and their p50 / p95. */
function summary(times: number[], claims: number) {
  const total = times.reduce((a, b) => a + b, 0);
  const sorted = [...times].sort((a, b) => a - b);
  return { claimsPerSecond: claims / (total / 1000), p50: percentile(sorted, 50), p95: percentile(sorted, 95), claimsPerCheck: claims / times.length };
}

/**
 * Several answers about the same documents, as when comparing systems' summaries of one article or
 * re-checking a RAG app's answers: each document is prepared by its first answer (untimed), and
 * the next `timed` answers are measured. Unlike the "prepared" row, no source is prepared between
 * two timed checks, so this is the steady state of a process checking answers about documents it
 * holds.
 */
async function measureAnswers(groups: [string, string[]][], timed: number) {
  const times: number[] = [];
  let claims = 0;
  for (const [doc, answers] of groups) {
    await check({ sources: [{ id: 'doc', text: doc }], text: answers[0] });
    for (const text of answers.slice(1, 1 + timed)) {
      const t = performance.now();
      const r = await check({ sources: [{ id: 'doc', text: doc }], text });
      times.push(performance.now() - t);
      claims += r.claims.length;
    }
  }
  return summary(times, claims);
}

/** Checks of train rows (documents the other rows never use) before the long-running-process row. */
const WARM_UP_ROWS = 3_000;

/** Checks up to `limit` train rows of the public bench sets, an equal share from each; returns how many. */
async function checkTrainRows(limit: number): Promise<number> {
  const files = splitFiles(PUBLIC_BENCH, 'train');
  let done = 0;
  for (const file of files) {
    const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, Math.ceil(limit / files.length));
    for (const line of rows) {
      const r = JSON.parse(line) as { doc: string; claim: string };
      await check({ sources: [{ id: 'doc', text: r.doc }], text: r.claim });
      done++;
    }
  }
  return done;
}

const rows: string[] = [];
const row = (name: string, srcWords: number, m: Awaited<ReturnType<typeof measure>>) =>
  rows.push(`| ${name} | ${srcWords} | ${m.claimsPerCheck.toFixed(1)} | ${Math.round(m.claimsPerSecond)} | ${m.p50.toFixed(2)} | ${m.p95.toFixed(2)} |`);

const t1 = performance.now();
await check({ sources: [{ id: 'a', text: ex('news-article.txt') }], text: ex('news-bullets.md') });
const firstCallMs = performance.now() - t1;

if (longDocs.length >= 150) {
  const avg = (docs: CheckInput[]) => Math.round(docs.reduce((a, d) => a + words(d.sources[0].text), 0) / docs.length);
  const [first, rest] = [longDocs.slice(0, 50), longDocs.slice(50)];
  row('~1k-word sources, cold process (50 test documents of the bench sets, first checks)', avg(first), await measure(first, first.length));
  row('~1k-word sources, warm process, new sources each check (100 other docs)', avg(rest), await measure(rest, rest.length));
  row('~1k-word sources, sources already prepared (a second answer about the same docs)', avg(rest), await measure(rest, rest.length, true));
  const groups = [...answersOf].filter(([, answers]) => answers.length >= 5).slice(0, 100);
  if (groups.length > 0) {
    const avgWords = Math.round(groups.reduce((a, [doc]) => a + words(doc), 0) / groups.length);
    row(`~1k-word sources, several answers about each (${groups.length} docs, 4 more answers each after the first)`, avgWords, await measureAnswers(groups, 4));
  }
  // a process that has been checking texts for a while (a server, a batch run) has already looked up
  // most words of its domain in WordNet, the word vectors and the name tagger: measured after checks
  // of other documents (train rows), on documents and answers it has not seen (dev splits)
  const devGroups = [...longDocuments(150, 'dev').answersOf].filter(([, answers]) => answers.length >= 5);
  if (devGroups.length > 0) {
    const warmed = await checkTrainRows(WARM_UP_ROWS);
    const avgWords = Math.round(devGroups.reduce((a, [doc]) => a + words(doc), 0) / devGroups.length);
    row(`~1k-word sources, long-running process (after ${warmed.toLocaleString('en-US')} checks of other documents), several answers about each (${devGroups.length} dev docs, 4 more answers each)`, avgWords, await measureAnswers(devGroups, 4));
  }
}
const news: CheckInput = { sources: [{ id: 'article', text: ex('news-article.txt') }], text: ex('news-bullets.md') };
const rag: CheckInput = { sources: [{ id: 'policy', text: ex('rag-policy.txt') }, { id: 'shipping', text: ex('rag-shipping.txt') }], text: ex('rag-answer.txt') };
await measure([news, rag], 40);
row('examples/news (1 source, 6 claims), warm', words(news.sources[0].text), await measure([news], ROUNDS));
row('examples/rag (2 sources, 5 claims), warm', words(rag.sources.map((s) => s.text).join(' ')), await measure([rag], ROUNDS));

const rssMb = process.resourceUsage().maxRSS / 1024;
const table = [
  `Command: \`npm run bench:speed\` (one process, one core, builtin engine). Measured ${machineLine()} (a shared virtual machine: repeated runs vary by up to ±30%).`,
  `Model load (\`models/builtin.json\`): ${modelLoadMs.toFixed(1)} ms; word vectors (\`models/vectors.bin\`, 60k words): ${vectorsLoadMs.toFixed(0)} ms. First check in a fresh process (loads the NLP model data and WordNet files): ${firstCallMs.toFixed(0)} ms. Peak RSS of this run: ${rssMb.toFixed(0)} MB.`,
  '',
  '| case | source words | claims per check | claims/s | p50 ms per check | p95 ms per check |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
writeSection(new URL('../BENCHMARKS.md', import.meta.url).pathname, 'speed', `## Speed of \`check\`\n\n${table}`);
