import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createApp } from '../src/server/app.js';
import { CheckPool } from '../src/server/checkPool.js';
import { example } from './helpers.js';

const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
const validateReport = new Ajv2020({ strict: true }).compile(schema);
const logs: Record<string, unknown>[] = [];
const pool = new CheckPool({ workers: 1, maxQueue: 8, timeoutMs: 20000 });
const app = createApp(pool, { log: (e) => logs.push(e) });
before(() => pool.ready());
after(() => pool.close());

const body = { sources: [{ id: 'article', text: example('news-article.txt') }], text: example('news-bullets.md') };
const post = (a: ReturnType<typeof createApp>, path: string, payload: string, headers: Record<string, string> = {}) =>
  a.request(path, { method: 'POST', body: payload, headers: { 'Content-Type': 'application/json', ...headers } });

test('POST /v1/check answers the same Report the library gives', async () => {
  const res = await post(app, '/v1/check', JSON.stringify(body));
  assert.equal(res.status, 200);
  const report = (await res.json()) as { claims: { text: string; verdict: string }[] };
  assert.ok(validateReport(report), JSON.stringify(validateReport.errors));
  assert.equal(report.claims.length, 6);
  assert.equal(report.claims.find((c) => c.text.includes('580'))?.verdict, 'contradicted');
});

test('POST /v1/check takes the question the text answers', async () => {
  const sources = [{ id: 'policy', text: 'Keep your statements for 7 years from the date of issue.' }];
  const text = 'Keep your Acme Bank statements for 7 years.';
  const plain = (await (await post(app, '/v1/check', JSON.stringify({ sources, text }))).json()) as { claims: { verdict: string }[] };
  assert.equal(plain.claims[0].verdict, 'unsupported');
  const res = await post(app, '/v1/check', JSON.stringify({ sources, text, question: 'How long should I keep my Acme Bank statements?' }));
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { claims: { verdict: string }[] }).claims[0].verdict, 'supported');
});

test('options.threshold (per request, or the server\'s --threshold) decides where a text is flagged', async () => {
  const sources = [{ id: 'policy', text: example('rag-policy.txt') }];
  const text = 'Returned items are usually refunded quickly.';
  type R = { verdict: string; score: number };
  const ask = async (a: ReturnType<typeof createApp>, options?: object) => {
    const res = await post(a, '/v1/check', JSON.stringify({ sources, text, ...(options ? { options } : {}) }));
    assert.equal(res.status, 200);
    return (await res.json()) as R;
  };
  const own = await ask(app);
  assert.equal((await ask(app, { threshold: own.score - 0.08 })).verdict, 'supported');
  assert.equal((await ask(app, { threshold: own.score + 0.08 })).verdict, 'unsupported');
  const strictServer = createApp(pool, { engine: { engine: 'builtin', threshold: own.score + 0.08 } });
  assert.equal((await ask(strictServer)).verdict, 'unsupported');
  assert.equal((await ask(strictServer, { threshold: own.score - 0.08 })).verdict, 'supported', 'the request wins over the server default');
  const handset = await post(strictServer, '/v1/check', JSON.stringify({ sources, text, options: { engine: 'handset' } }));
  assert.equal(handset.status, 200, 'the server\'s builtin threshold is not forced on a request for another engine');
  for (const threshold of [1.5, 0.01, 'high']) {
    const res = await post(app, '/v1/check', JSON.stringify({ sources, text, options: { threshold } }));
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error.field, 'options.threshold');
  }
  const mismatch = await post(app, '/v1/check', JSON.stringify({ sources, text, options: { threshold: 0.5, engine: 'handset' } }));
  assert.equal(mismatch.status, 400);
  assert.match((await mismatch.json()).error.message, /applies to the builtin engine only/);
});

test('malformed JSON and wrong types get 400 with a JSON error naming the field', async () => {
  let res = await post(app, '/v1/check', '{"sources": [');
  assert.equal(res.status, 400);
  assert.equal((await res.json()).error.code, 'bad_request');
  res = await post(app, '/v1/check', JSON.stringify({ sources: [{ text: 42 }], text: 'x' }));
  assert.equal(res.status, 400);
  const err = (await res.json()).error;
  assert.equal(err.field, 'sources.0.text');
  assert.match(err.message, /sources\.0\.text/);
  res = await post(app, '/v1/check', JSON.stringify({ ...body, question: ['not', 'a', 'string'] }));
  assert.equal(res.status, 400);
  assert.equal((await res.json()).error.field, 'question');
  res = await post(app, '/v1/check', JSON.stringify({ sources: [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }], text: 'x' }));
  assert.equal(res.status, 400);
  assert.match((await res.json()).error.message, /share the id "a"/);
});

test('a body over the limit gets 413, a text over the limit 400, both as JSON', async () => {
  const small = createApp(pool, { maxBodyBytes: 1000, maxTextChars: 50, log: () => {} });
  let res = await post(small, '/v1/check', JSON.stringify({ sources: [{ text: 'x'.repeat(2000) }], text: 'y' }));
  assert.equal(res.status, 413);
  assert.equal((await res.json()).error.code, 'payload_too_large');
  res = await post(small, '/v1/check', JSON.stringify({ sources: [{ text: 'A source.' }], text: 'word '.repeat(20) }));
  assert.equal(res.status, 400);
  assert.match((await res.json()).error.message, /limit is 50/);
});

test('a check past its time budget gets 503 and the server keeps answering', async () => {
  const slow = new CheckPool({ workers: 1, maxQueue: 8, timeoutMs: 1 });
  const a = createApp(slow, { log: () => {} });
  try {
    await slow.ready();
    const res = await post(a, '/v1/check', JSON.stringify(body));
    assert.equal(res.status, 503);
    assert.equal((await res.json()).error.code, 'timeout');
    assert.equal((await a.request('/healthz')).status, 200);
  } finally {
    await slow.close();
  }
});

test('when the queue is full new checks get 429 with Retry-After', async () => {
  const tight = new CheckPool({ workers: 1, maxQueue: 1, timeoutMs: 20000 });
  const a = createApp(tight, { log: () => {} });
  try {
    await tight.ready();
    const results = await Promise.all(Array.from({ length: 4 }, () => post(a, '/v1/check', JSON.stringify(body))));
    const statuses = results.map((r) => r.status).sort();
    assert.ok(statuses.includes(200) && statuses.includes(429), statuses.join(','));
    const refused = results.find((r) => r.status === 429)!;
    assert.equal(refused.headers.get('retry-after'), '1');
    assert.equal((await refused.json()).error.code, 'busy');
  } finally {
    await tight.close();
  }
});

test('with an API key, /v1 needs the bearer token; health checks do not', async () => {
  const keyed = createApp(pool, { apiKey: 's3cret', log: () => {} });
  assert.equal((await post(keyed, '/v1/check', JSON.stringify(body))).status, 401);
  const wrong = await post(keyed, '/v1/check', JSON.stringify(body), { Authorization: 'Bearer nope' });
  assert.equal(wrong.status, 401);
  assert.equal(wrong.headers.get('www-authenticate'), 'Bearer');
  assert.equal((await post(keyed, '/v1/check', JSON.stringify(body), { Authorization: 'Bearer s3cret' })).status, 200);
  assert.equal((await keyed.request('/healthz')).status, 200);
});

test('POST /v1/check/batch streams one NDJSON line per request line, in order, errors as lines', async () => {
  const lines = [
    JSON.stringify({ sources: [{ text: 'The shop opens at 9 am.' }], text: 'The shop opens at 9 am.' }),
    '{not json',
    JSON.stringify({ sources: [{ text: 'The shop opens at 9 am.' }], text: 'The shop opens at 10 am.' }),
    JSON.stringify({ sources: [], text: 'x' }),
  ].join('\n');
  const res = await app.request('/v1/check/batch', { method: 'POST', body: lines });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /ndjson/);
  const out = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.line), [1, 2, 3, 4]);
  assert.equal(out[0].report.verdict, 'supported');
  assert.equal(out[1].error.code, 'bad_request');
  assert.equal(out[2].report.verdict, 'contradicted');
  assert.equal(out[3].error.field, 'sources');
});

test('health, readiness and the OpenAPI document', async () => {
  assert.deepEqual(await (await app.request('/healthz')).json(), { status: 'ok' });
  assert.deepEqual(await (await app.request('/readyz')).json(), { status: 'ready' });
  const doc = await (await app.request('/openapi.json')).json();
  assert.equal(doc.openapi, '3.1.0');
  assert.ok(doc.paths['/v1/check'].post.requestBody);
  assert.equal(doc.components.schemas.Report.title, 'groundcheck Report');
  assert.deepEqual(doc.components.schemas.CheckRequest.required.sort(), ['sources', 'text']);
});

test('GET / serves the page; unknown paths get a JSON 404', async () => {
  const page = await app.request('/');
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<div id="app">/);
  const missing = await app.request('/v1/nope', { method: 'POST' });
  assert.equal(missing.status, 404);
  assert.equal((await missing.json()).error.code, 'not_found');
  assert.equal((await app.request('/../package.json')).status, 404);
});

test('the access log has one JSON line per request, with sizes and no texts', async () => {
  logs.length = 0;
  await post(app, '/v1/check', JSON.stringify(body));
  assert.equal(logs.length, 1);
  assert.deepEqual(Object.keys(logs[0]).sort(), ['method', 'ms', 'path', 'requestBytes', 'responseBytes', 'status', 'time']);
  assert.equal(logs[0].status, 200);
  assert.ok(!JSON.stringify(logs[0]).includes('Harbor'));
});

test('a batch body over its limit gets 413 as JSON', async () => {
  const small = createApp(pool, { maxBatchBytes: 300, log: () => {} });
  const line = JSON.stringify({ sources: [{ text: 'The shop opens at 9 am.' }], text: 'The shop opens at 9 am.' });
  const res = await small.request('/v1/check/batch', { method: 'POST', body: [line, line, line, line].join('\n') });
  assert.equal(res.status, 413);
  assert.equal((await res.json()).error.code, 'payload_too_large');
});

test('/readyz says 503 until the workers have loaded the models', async () => {
  const starting = createApp({ run: () => Promise.reject(new Error('not ready')), ready: () => new Promise<void>(() => {}) }, { log: () => {} });
  const res = await starting.request('/readyz');
  assert.equal(res.status, 503);
  assert.deepEqual(await res.json(), { status: 'starting' });
  assert.equal((await starting.request('/healthz')).status, 200);
});
