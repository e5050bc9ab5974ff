import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { test } from 'node:test';
import { runTrainCommand, splitFilesOf } from '../src/cli/trainCommand.js';
import { UsageError } from '../src/cli/usageError.js';

const OWN = new URL('../bench/data', import.meta.url).pathname;
const rowsOf = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; dataset: string; doc: string; claim: string; label: number });

/** Smallest split of each of our datasets: the paraphrase rows are the main set, the digest and structured rows small ones. */
const MIN_ROWS: Record<string, number> = { paraphrase: 80, digest: 20, structured: 20 };

test('our own rows are well formed, each dataset in its folder, and no source is shared between train, dev and test', () => {
  const docsBySplit = new Map<string, Set<string>>();
  const ids = new Set<string>();
  for (const split of ['train', 'dev', 'test']) {
    const files = splitFilesOf([OWN], split);
    assert.deepEqual(files.map((f) => basename(dirname(f))).sort(), Object.keys(MIN_ROWS).sort(), `bench/data has a ${split} split of each dataset`);
    const docs = new Set<string>();
    for (const file of files) {
      const dataset = basename(dirname(file));
      const rows = rowsOf(file);
      assert.ok(rows.length >= MIN_ROWS[dataset], `${dataset} ${split}: ${rows.length} rows`);
      for (const r of rows) {
        assert.ok(!ids.has(r.id), `duplicate id ${r.id}`);
        ids.add(r.id);
        assert.equal(r.dataset, dataset);
        assert.ok(r.label === 0 || r.label === 1, `${r.id}: label ${r.label}`);
        assert.ok(r.doc.length > 50 && r.claim.length > 10, `${r.id}: doc and claim are text`);
        // a marked unsupported span lies inside the claim, and only unsupported rows mark one
        for (const [a, b] of (r as { spans?: [number, number][] }).spans ?? []) {
          assert.equal(r.label, 0, `${r.id}: a supported row marks no span`);
          assert.ok(0 <= a && a < b && b <= r.claim.length, `${r.id}: span [${a}, ${b}] inside the claim`);
        }
        docs.add(r.doc);
      }
      // both labels in every split, neither under a third
      const supported = rows.filter((r) => r.label === 1).length / rows.length;
      assert.ok(supported > 0.33 && supported < 0.67, `${dataset} ${split}: ${supported} supported`);
    }
    docsBySplit.set(split, docs);
  }
  for (const [a, b] of [['train', 'dev'], ['train', 'test'], ['dev', 'test']]) {
    const shared = [...docsBySplit.get(a)!].filter((d) => docsBySplit.get(b)!.has(d));
    assert.deepEqual(shared, [], `${a} and ${b} share a source`);
  }
});

function tinyBench(root: string, dataset: string, doc: string) {
  mkdirSync(join(root, dataset), { recursive: true });
  const rows = (prefix: string) => Array.from({ length: 16 }, (_, i) => JSON.stringify({
    id: `${dataset}-${prefix}-${i}`, doc,
    claim: i % 2 === 0 ? 'The council voted to close the library.' : `The council voted to close the library and ${i} schools in Paris.`,
    label: i % 2 === 0 ? 1 : 0,
  })).join('\n');
  writeFileSync(join(root, dataset, 'train.jsonl'), rows('train'));
  writeFileSync(join(root, dataset, 'dev.jsonl'), rows('dev'));
}

test('train reads several benchmark folders and names every file it was fitted on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-benches-'));
  tinyBench(join(dir, 'a'), 'alpha', 'The council voted on Monday to close the library.');
  tinyBench(join(dir, 'b'), 'beta', 'On Monday the council decided the library would close.');
  const out = join(dir, 'model.json');
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = () => true;
  try {
    assert.equal(await runTrainCommand({ bench: [join(dir, 'a'), join(dir, 'b')], out, seed: '1', threads: '0' }), 0);
  } finally {
    process.stderr.write = write;
  }
  const model = JSON.parse(readFileSync(out, 'utf8')) as { training: { data: { file: string }[] } };
  const files = model.training.data.map((d) => d.file);
  for (const f of ['alpha/train.jsonl', 'alpha/dev.jsonl', 'beta/train.jsonl', 'beta/dev.jsonl']) assert.ok(files.includes(f), `${f} in ${files.join(', ')}`);
});

test('two benchmark folders may not both hold a dataset of the same name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-benches-'));
  tinyBench(join(dir, 'a'), 'same', 'The library closed.');
  tinyBench(join(dir, 'b'), 'same', 'The library closed.');
  assert.throws(() => splitFilesOf([join(dir, 'a'), join(dir, 'b')], 'train'), (e: unknown) => e instanceof UsageError && /two benchmark folders have a dataset named same/.test(e.message));
});

