/**
 * Speed of this build against another, measured side by side: both builds are loaded into one
 * process and their checks alternate (ABBA order), so a slow spell of a shared machine slows both
 * alike. bench:speed's separate runs vary by up to ±30% on such machines; here, two copies of
 * the same build gave ratios of 0.99 and 0.99 (new sources), 1.07 and 0.92 (prepared), 1.00 and
 * 1.04 (several answers): read a change under ~10% as noise, and repeat a run before believing one.
 *
 * Run: npm run build && npm run bench:speed-compare -- /path/to/other/checkout
 *   (the other checkout built too, e.g. `git worktree add /tmp/base main && cd /tmp/base &&
 *   ln -s "$PWD/../main/node_modules" node_modules && npx tsc -p tsconfig.build.json`)
 * Prints a table; writes nothing. Same ~1k-word documents and rows as bench:speed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckInput, Report } from '../src/types.js';
import { PUBLIC_BENCH } from './folders.js';
import { longDocuments } from './longDocs.js';
import { machineLine } from './sections.js';

type Check = (input: CheckInput) => Promise<Report>;

const other = process.argv[2];
if (!other || !existsSync(resolve(other, 'dist/index.js'))) {
  console.error('usage: npm run bench:speed-compare -- <other checkout with a built dist/>');
  process.exit(2);
}
const thisBuild = new URL('../dist/index.js', import.meta.url);
if (!existsSync(thisBuild)) {
  console.error('this checkout has no dist/: run npm run build first');
  process.exit(2);
}
const builds: Record<'this' | 'other', Check> = {
  this: ((await import(thisBuild.href)) as { check: Check }).check,
  other: ((await import(pathToFileURL(resolve(other, 'dist/index.js')).href)) as { check: Check }).check,
};

const { docs, answersOf } = longDocuments();
if (docs.length < 150) {
  console.error(`needs the public bench sets (${PUBLIC_BENCH}): found ${docs.length} of 150 documents`);
  process.exit(2);
}

const spent = { this: new Map<string, number>(), other: new Map<string, number>() };
/** Claims per row and build: two builds may split the same text into different claims. */
const claims = { this: new Map<string, number>(), other: new Map<string, number>() };
const add = (m: Map<string, number>, row: string, x: number) => m.set(row, (m.get(row) ?? 0) + x);
async function timed(build: 'this' | 'other', row: string, input: CheckInput): Promise<void> {
  const t = performance.now();
  const r = await builds[build](input);
  add(spent[build], row, performance.now() - t);
  add(claims[build], row, r.claims.length);
}
let turn = 0;
/** ABBA: each build goes first half the time. */
const order = (): ('this' | 'other')[] => (turn++ % 2 ? ['other', 'this'] : ['this', 'other']);

// warm both up on the first 50 documents, then the bench:speed rows on the other 100
for (const input of docs.slice(0, 50)) for (const b of order()) await builds[b](input);
const rest = docs.slice(50);
for (const input of rest) for (const b of order()) await timed(b, 'new sources each check', input);
for (const input of rest) {
  for (const b of order()) {
    await builds[b]({ ...input, text: 'An earlier answer about the same documents.' });
    await timed(b, 'sources already prepared', input);
  }
}
const groups = [...answersOf].filter(([, answers]) => answers.length >= 5).slice(0, 100);
for (const [doc, answers] of groups) {
  for (const b of order()) {
    await builds[b]({ sources: [{ id: 'doc', text: doc }], text: answers[0] });
    for (const text of answers.slice(1, 5)) await timed(b, `several answers about each (${groups.length} docs)`, { sources: [{ id: 'doc', text: doc }], text });
  }
}

console.log(`This build against ${resolve(other)}, checks alternating in one process. ${machineLine()}.\n`);
console.log('| case | claims (this / other) | this build, claims/s | other build, claims/s | this / other |');
console.log('|---|---|---|---|---|');
const rate = (build: 'this' | 'other', row: string) => (claims[build].get(row)! / spent[build].get(row)!) * 1000;
for (const [row, n] of claims.this) {
  const [a, b] = [rate('this', row), rate('other', row)];
  console.log(`| ${row} | ${n} / ${claims.other.get(row)} | ${Math.round(a)} | ${Math.round(b)} | ${(a / b).toFixed(3)} |`);
}
