import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { analyze, check } from '../src/check.js';
import { builtinEngine, DEFAULT_MODEL_PATH, learnedEngine } from '../src/engines/builtin.js';
import { claimScore, loadScorer } from '../src/train/model.js';
import { chunkSources } from '../src/engines/nli/chunks.js';
import { entailmentIndex } from '../src/engines/nli/loadModel.js';
import { EngineError, InputError } from '../src/errors.js';
import { cascadeBand, runEval } from '../src/eval/runEval.js';
import { segment } from '../src/text/segment.js';
import { buildTinyNli } from './fixtures/tinyNli.js';

const filler = Array.from({ length: 30 }, () => 'The report says filler.').join(' ');
const nli = (model: string, source: string, extra: object = {}) =>
  check({ sources: [{ id: 'report', text: source }], text: 'The claim is true.', options: { engine: 'nli', nli: { model, ...extra } } });

let tiny: string;
before(() => {
  tiny = buildTinyNli();
});

test('nli: a long source is chunked to the model length and the best chunk decides (MiniCheck\'s max rule)', async () => {
  const r = await nli(tiny, `${filler} The report says yes.`);
  assert.equal(r.engine, 'nli');
  assert.equal(r.claims[0].verdict, 'supported');
  assert.match(r.claims[0].evidence[0].text, /says yes\.$/, 'the deciding chunk is the evidence');
  assert.ok(!r.claims[0].evidence[0].text.startsWith(filler.slice(0, 60)) || r.claims[0].evidence[0].text.length < filler.length, 'a chunk, not the whole source');
  const without = await nli(tiny, filler);
  assert.equal(without.claims[0].verdict, 'unsupported');
  assert.ok(without.claims[0].score < 0.5);
});

test('nli: chunks respect the token budget, overlap by a sentence, and cover the whole source', () => {
  const text = `${filler} The report says yes.`;
  const count = (s: string) => s.split(/\s+/).length;
  const chunks = chunkSources([{ id: 's', text, sentences: segment(text) }], 20, count);
  assert.ok(chunks.length > 5);
  for (const c of chunks) assert.ok(count(c.text) <= 20, c.text);
  for (let i = 1; i < chunks.length; i++) assert.ok(chunks[i].start < chunks[i - 1].end, 'consecutive chunks share a sentence');
  assert.equal(chunks[0].start, 0);
  assert.equal(chunks[chunks.length - 1].end, text.length);
});

test('nli: a contradiction label wins when it is the argmax, with the refuting chunk as evidence', async () => {
  const r = await nli(tiny, `${filler} The report says no.`);
  assert.equal(r.claims[0].verdict, 'contradicted');
  assert.match(r.claims[0].evidence[0].text, /says no\.$/);
});

test('nli: the label mapping is read from the model config, and --entail-label overrides it', async () => {
  const reversed = buildTinyNli({ labels: ['entailment', 'neutral', 'contradiction'] });
  assert.equal((await nli(reversed, `${filler} The report says no.`)).claims[0].verdict, 'supported');
  const plain = buildTinyNli({ labels: ['LABEL_0', 'LABEL_1', 'LABEL_2'] });
  assert.equal((await nli(plain, `${filler} The report says yes.`, { entailLabel: 'LABEL_2' })).claims[0].verdict, 'supported');
  assert.deepEqual(entailmentIndex(['LABEL_0', 'LABEL_1']).index, 1);
  assert.match(entailmentIndex(['LABEL_0', 'LABEL_1']).warning ?? '', /--entail-label/);
  assert.throws(() => entailmentIndex(['a', 'b', 'c']), /pass --entail-label/);
  await assert.rejects(nli(plain, filler, { entailLabel: 'nope' }), /not one of the model's labels/);
});

test('nli: nothing is downloaded unless allowed, and a missing folder is a clear error', async () => {
  await assert.rejects(nli('lytang/MiniCheck-Flan-T5-Large', filler), (e: unknown) => e instanceof InputError && /--allow-download/.test((e as Error).message));
  const empty = mkdtempSync(join(tmpdir(), 'gc-empty-'));
  await assert.rejects(nli(empty, filler), /has no onnx\/model\.onnx/);
});

// ---- LLM judge against a stub OpenAI-compatible server on loopback ----

type Reply = (req: { claims: string[]; body: { model: string } }, res: ServerResponse) => void;
let script: Reply[] = [];
let seen: string[][] = [];
const stub = createServer((req: IncomingMessage, res: ServerResponse) => {
  let raw = '';
  req.on('data', (d) => (raw += d));
  req.on('end', () => {
    const body = JSON.parse(raw);
    const user: string = body.messages[1].content;
    const claims = [...user.split('Claims:\n')[1].matchAll(/^(\d+)\. (.*)$/gm)].map((m) => m[2]);
    seen.push(claims);
    const next = script.shift() ?? answerAll('supported');
    next({ claims, body }, res);
  });
});
const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
};
const answer = (content: string): Reply => (_req, res) => json(res, 200, { choices: [{ message: { role: 'assistant', content } }], usage: { prompt_tokens: 100, completion_tokens: 20 } });
const answerAll = (verdict: string, quote = ''): Reply => (req, res) =>
  answer(JSON.stringify({ claims: req.claims.map((_, i) => ({ id: i + 1, verdict, quote, reason: `judged ${verdict}` })) }))(req, res);
let url = '';
before(async () => {
  await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/v1`;
});
after(() => stub.close());

const SOURCE = 'The shop opens at 9 am on weekdays. It closes at 6 pm.';
const llm = (text: string, extra: object = {}) => {
  seen = [];
  return check({ sources: [{ id: 'hours', text: SOURCE }], text, options: { engine: 'llm', llm: { url, model: 'stub', backoffMs: 1, ...extra } as never } });
};

test('llm: verdicts, the quoted evidence located in the source, and token usage in the report', async () => {
  script = [answerAll('supported', 'The shop opens at 9 am on weekdays.')];
  const r = await llm('The shop opens at 9 am on weekdays. It closes at 6 pm.');
  assert.equal(r.engine, 'llm');
  assert.deepEqual(r.claims.map((c) => c.verdict), ['supported', 'supported']);
  assert.equal(r.claims[0].evidence[0].text, 'The shop opens at 9 am on weekdays.');
  assert.deepEqual(r.usage, { requests: 1, promptTokens: 100, completionTokens: 20 });
  assert.equal(seen.length, 1, 'one request for the whole batch of claims');
});

test('llm: a malformed answer and a server error are retried; the reason shows for a flagged claim', async () => {
  script = [answer('not json at all'), (_r, res) => json(res, 500, { error: { message: 'overloaded' } }), answerAll('unsupported')];
  const r = await llm('The shop sells coffee.');
  assert.equal(r.claims[0].verdict, 'unsupported');
  assert.equal(r.usage?.requests, 2, 'the 500 consumed no tokens and is not counted as an answer');
  assert.equal(seen.length, 3);
  assert.ok(r.claims[0].spans.length > 0);
});

test('llm: an answer missing a claim is malformed; after the retries the engine fails with a clear error', async () => {
  script = [answer('{"claims": []}'), answer('{"claims": []}'), answer('{"claims": []}')];
  await assert.rejects(llm('The shop sells coffee.'), (e: unknown) => e instanceof EngineError && /failed after 3 attempts: malformed answer: the answer has no verdict for claim\(s\) 1/.test((e as Error).message));
});

test('llm: a hung server times out and is reported; a refused key is not retried', async () => {
  script = [() => {}, () => {}];
  await assert.rejects(llm('The shop sells coffee.', { timeoutMs: 100, retries: 1 }), /no answer from/);
  script = [(_r, res) => json(res, 401, { error: { message: 'bad key' } })];
  await assert.rejects(llm('The shop sells coffee.'), (e: unknown) => e instanceof InputError && /refused the request \(401\): bad key/.test((e as Error).message));
  assert.equal(seen.length, 1);
});

test('cascade: exactly the claims whose builtin score is in the band go to the heavy engine', async () => {
  const text = 'The shop opens at 9 am on weekdays. The shop closes at 6 pm. The shop sells coffee and cake.';
  const builtin = await builtinEngine().assess(analyze({ sources: [{ id: 'hours', text: SOURCE }], text }).inputs, { sources: [], text });
  // a band around the middle claim's score only
  const sorted = builtin.claims.map((c) => c.score).sort((a, b) => a - b);
  const band: [number, number] = [(sorted[0] + sorted[1]) / 2, (sorted[1] + sorted[2]) / 2];
  const expected = builtin.claims.map((c, i) => (c.score >= band[0] && c.score <= band[1] ? i : -1)).filter((i) => i >= 0);
  assert.equal(expected.length, 1, 'the band holds exactly one of the three claims');
  script = [answerAll('contradicted')];
  seen = [];
  const r = await check({ sources: [{ id: 'hours', text: SOURCE }], text, options: { engine: 'cascade', llm: { url, model: 'stub' }, cascade: { band } } });
  assert.equal(r.engine, 'cascade(builtin→llm)');
  assert.deepEqual(r.claims.map((c, i) => (c.engine === 'llm' ? i : -1)).filter((i) => i >= 0), expected);
  assert.equal(seen.length, 1);
  assert.deepEqual(seen[0], expected.map((i) => r.claims[i].text), 'the LLM saw only the escalated claim');
  for (const i of expected) assert.equal(r.claims[i].verdict, 'contradicted');
});

test('eval --engine cascade reports the share of claims escalated and the LLM cost', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'gc-cascade-')), 'rows.jsonl');
  writeFileSync(file, [
    { id: '1', doc: SOURCE, claim: 'The shop opens at 9 am on weekdays.', label: 1 },
    { id: '2', doc: SOURCE, claim: 'The shop sells coffee and cake.', label: 0 },
  ].map((r) => JSON.stringify(r)).join('\n'));
  script = [];
  const { result } = await runEval({ files: [file], threads: 0, check: { engine: 'cascade', llm: { url, model: 'stub' }, cascade: { band: [0, 1] } }, onWarning: () => {} });
  assert.deepEqual(result.escalation, { claims: 2, escalated: 2, share: 1, requests: 2, promptTokens: 200, completionTokens: 40 });
});

test('cascadeBand spans where builtin\'s wrong answers on dev sit', () => {
  const o = (label: 0 | 1, supported: boolean, minClaimScore: number) => ({ dataset: 'd', label, score: minClaimScore, supported, minClaimScore });
  const dev = [o(1, true, 0.9), o(0, false, 0.1), ...[0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.62, 0.65, 0.7, 0.75].map((s, i) => o(i % 2 ? 1 : 0, i % 2 === 0, s))];
  assert.deepEqual(cascadeBand(dev), [0.4, 0.75]);
  assert.deepEqual(cascadeBand([o(1, true, 0.9)]), [0.3, 0.7], 'no errors: the default band');
});

test('eval --calibrate with the cascade chooses the band on dev from builtin alone, and reports it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-band-'));
  const rows = (prefix: string) => [
    { id: `${prefix}1`, doc: SOURCE, claim: 'The shop opens at 9 am on weekdays.', label: 1 },
    { id: `${prefix}2`, doc: SOURCE, claim: 'The shop sells coffee and cake.', label: 0 },
    { id: `${prefix}3`, doc: SOURCE, claim: 'The shop closes at 6 pm.', label: 1 },
    { id: `${prefix}4`, doc: SOURCE, claim: 'The shop opens at 9 am on Sundays too.', label: 0 },
  ].map((r) => JSON.stringify(r)).join('\n');
  writeFileSync(join(dir, 'dev.jsonl'), rows('d'));
  writeFileSync(join(dir, 'test.jsonl'), rows('t'));
  script = [];
  seen = [];
  const { result } = await runEval({ files: [join(dir, 'test.jsonl')], calibrate: join(dir, 'dev.jsonl'), threads: 0, check: { engine: 'cascade', llm: { url, model: 'stub' } }, onWarning: () => {} });
  assert.ok(result.escalation?.band, JSON.stringify(result.escalation));
  const [low, high] = result.escalation!.band!;
  assert.ok(low <= high);
  assert.equal(result.escalation!.requests, seen.length, 'the LLM was called only for the test rows, never for dev');
});

test('a flagged claim lists its findings by how much each lowers the score', async () => {
  const source = 'Mayor Lena Ortiz met railway officials on Tuesday. She said the new line could carry 40,000 passengers a day.';
  // two separate new-word findings, the first of them minor ("happily"); the changed number of the
  // second claim makes the text unsupported whatever the model makes of the first
  // (the first claim's new words are many, so that it stays below any refit's threshold: 0.33 with the shipped model, 0.50 without "full of jugglers and clowns")
  const text = 'Mayor Lena Ortiz happily met railway officials on Tuesday in a crowded underground hall full of jugglers and clowns. She said the new line could carry 60,000 passengers a day.';
  const a = analyze({ sources: [{ text: source }], text });
  const model = loadScorer(DEFAULT_MODEL_PATH);
  const assessed = await learnedEngine(model).assess(a.inputs, { sources: a.sources, text });
  let ranked = 0;
  assessed.claims.forEach((c, i) => {
    if (c.findings.length < 2) return;
    ranked++;
    const gains = c.findings.map((f) => claimScore(model, a.inputs[i].without!(f.start, f.end).features).score - c.score);
    for (let k = 1; k < gains.length; k++) assert.ok(gains[k - 1] >= gains[k], `gains out of order: ${gains.join(', ')}`);
  });
  assert.ok(ranked > 0, 'expected a claim with several findings');
});

test('leaving a finding out of a claim removes what it found', () => {
  const a = analyze({ sources: [{ text: 'The ferry carried 40 passengers.' }], text: 'The ferry carried 60 passengers.' });
  const input = a.inputs[0];
  assert.equal(input.comparison.features.quantityConflicts, 1);
  const at = a.text.indexOf('60');
  assert.equal(input.without!(at, at + 2).features.quantityConflicts, 0);
});

test('in an unsupported text, a claim under the bar with no word or number to show is not flagged unless it is the weakest', async () => {
  const record = JSON.stringify({ name: 'Finch & Fork', attributes: { OutdoorSeating: false, RestaurantsTakeOut: true } });
  const r = await check({ sources: [{ text: record }], text: 'Finch & Fork has take out. It has outdoor seating.' });
  assert.notEqual(r.verdict, 'supported');
  const weakest = Math.min(...r.claims.map((c) => c.score));
  for (const c of r.claims) if (c.verdict !== 'supported' && c.score > weakest) assert.ok(c.spans.length > 0, `flagged without a span: ${JSON.stringify(c)}`);
  assert.equal(r.claims[1].verdict, 'contradicted');
});
