/**
 * Load test of `groundcheck serve` on 127.0.0.1: CLIENTS concurrent clients (default 64) post the
 * news example to /v1/check for SECONDS (default 30). Records requests/s, latency, status codes and
 * the server's peak RSS (it runs in its own process, checks on its worker threads).
 * Run: npm run bench:load   (after npm run build; writes the "load" section of BENCHMARKS.md)
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { percentile } from '../src/eval/percentile.js';
import { machineLine, writeSection } from './sections.js';

const CLIENTS = Number(process.env.CLIENTS ?? 64);
const SECONDS = Number(process.env.SECONDS ?? 30);
const root = fileURLToPath(new URL('..', import.meta.url));
const ex = (n: string) => readFileSync(`${root}/examples/${n}`, 'utf8');
const body = JSON.stringify({ sources: [{ id: 'article', text: ex('news-article.txt') }], text: ex('news-bullets.md') });

const spawned = performance.now();
const server = spawn(process.execPath, [`${root}/dist/cli/main.js`, 'serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
const url = await new Promise<string>((resolve, reject) => {
  let err = '';
  server.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
    const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(err);
    if (m) resolve(m[1]);
  });
  server.once('exit', (c) => reject(new Error(`server exited ${c}: ${err}`)));
});
for (let i = 0; i < 400 && (await fetch(`${url}/readyz`).catch(() => null))?.status !== 200; i++) await new Promise((r) => setTimeout(r, 50));
const readyS = (performance.now() - spawned) / 1000;
// one request on its own, as the first user of a freshly started server would send it
const firstStarted = performance.now();
const firstStatus = (await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).status;
const firstMs = performance.now() - firstStarted;

const peakRssMb = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

const latencies: number[] = [];
const statuses = new Map<string, number>();
const deadline = performance.now() + SECONDS * 1000;
const client = async () => {
  while (performance.now() < deadline) {
    const t = performance.now();
    let key: string;
    try {
      const res = await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      await res.arrayBuffer();
      key = String(res.status);
      if (res.status === 200) latencies.push(performance.now() - t);
      else if (res.status === 429) await new Promise((r) => setTimeout(r, 50));
    } catch (e) {
      key = `network error (${(e as Error).message})`;
    }
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  }
};
const started = performance.now();
await Promise.all(Array.from({ length: CLIENTS }, client));
const wall = (performance.now() - started) / 1000;
const rss = peakRssMb();
server.kill('SIGTERM');

latencies.sort((a, b) => a - b);
const total = [...statuses.values()].reduce((a, b) => a + b, 0);
const failures = [...statuses.entries()].filter(([k]) => !/^[24]\d\d$/.test(k)).reduce((a, [, n]) => a + n, 0);
const table = [
  `Command: \`npm run bench:load\` (${CLIENTS} concurrent clients for ${SECONDS} s against \`groundcheck serve\` on 127.0.0.1, default settings: one worker thread per core, queue 64; each request is the news example, 6 claims; the same sources every time, so after the first request per worker they come from the prepared-source cache). Measured ${machineLine()}.`,
  '',
  '| requests | completed/s (200) | p50 ms | p99 ms | status codes | non-4xx errors | server peak RSS |',
  '|---|---|---|---|---|---|---|',
  `| ${total} | ${(latencies.length / wall).toFixed(1)} | ${percentile(latencies, 50).toFixed(0)} | ${percentile(latencies, 99).toFixed(0)} | ${[...statuses.entries()].map(([k, n]) => `${k}: ${n}`).join(', ')} | ${failures} | ${rss.toFixed(0)} MB |`,
  '',
  'Latency includes queueing: with 64 clients and two cores most of a request\'s time is spent waiting for a worker.',
  `Before the load: the server answered /readyz ${readyS.toFixed(1)} s after it was started (its workers read the NLP model, WordNet, word vectors and the name tagger before saying ready), and the first request, sent alone, took ${firstMs.toFixed(0)} ms (HTTP ${firstStatus}).`,
].join('\n');
console.log(table);
writeSection(new URL('../BENCHMARKS.md', import.meta.url).pathname, 'load', `## Server under load\n\n${table}`);
if (failures > 0) process.exitCode = 1;
