import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from '../src/check.js';
import { SourceCache } from '../src/retrieve/sourceCache.js';

test('the source cache returns the prepared value for the same sources and evicts the least recently used', () => {
  const cache = new SourceCache<string>(2, 1000);
  let made = 0;
  const get = (text: string) => cache.get([{ id: 'a', text }], () => `${text}#${++made}`);
  assert.equal(get('one'), 'one#1');
  assert.equal(get('one'), 'one#1', 'a hit does not prepare again');
  get('two');
  get('one'); // one is now the most recent
  get('three'); // evicts two
  assert.equal(get('one'), 'one#1');
  assert.equal(get('two'), 'two#4', 'two was evicted and prepared again');
});

test('ids are part of the key, and sources over the size limit are never kept', () => {
  const cache = new SourceCache<number>(4, 10);
  let made = 0;
  assert.notEqual(cache.get([{ id: 'a', text: 'x' }], () => ++made), cache.get([{ id: 'b', text: 'x' }], () => ++made));
  const big = [{ id: 'a', text: 'a long text over ten' }];
  assert.notEqual(cache.get(big, () => ++made), cache.get(big, () => ++made));
});

test('sources are told apart by how the texts are divided between them and by their order', () => {
  const cache = new SourceCache<number>(8, 1000);
  let made = 0;
  const one = cache.get([{ id: 'a', text: 'xy' }], () => ++made);
  const split = cache.get([{ id: 'a', text: 'x' }, { id: 'y', text: '' }], () => ++made);
  const two = cache.get([{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], () => ++made);
  const swapped = cache.get([{ id: 'b', text: 'y' }, { id: 'a', text: 'x' }], () => ++made);
  assert.equal(new Set([one, split, two, swapped]).size, 4);
  assert.equal(cache.get([{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], () => ++made), two, 'equal sources in new objects are a hit');
});

test('a check against cached sources reports exactly what a fresh one does', async () => {
  const sources = [{ id: 'doc', text: 'The museum opened in 1998. It has 40 rooms.' }];
  const first = await check({ sources, text: 'The museum opened in 1998.' });
  const other = await check({ sources, text: 'The museum has 50 rooms.' });
  const again = await check({ sources: [{ id: 'doc', text: 'The museum opened in 1998. It has 40 rooms.' }], text: 'The museum opened in 1998.' });
  assert.deepEqual(again.claims, first.claims);
  assert.equal(other.claims[0].verdict, 'contradicted');
});
