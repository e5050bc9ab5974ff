import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { check, InputError } from '../src/index.js';
import { claimWith, example } from './helpers.js';

const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

const news = () => check({ sources: [{ id: 'article', text: example('news-article.txt') }], text: example('news-bullets.md') });
const rag = () =>
  check({ sources: [{ id: 'policy', text: example('rag-policy.txt') }, { id: 'shipping', text: example('rag-shipping.txt') }], text: example('rag-answer.txt') });

test('every bullet of the news example becomes at least one claim', async () => {
  const r = await news();
  assert.equal(r.claims.length, 6);
  const bullets = example('news-bullets.md').split('\n').filter((l) => l.startsWith('- '));
  for (const b of bullets) assert.ok(r.claims.some((c) => b.includes(c.text)), b);
});

test('an embellished bullet is not supported and its span covers the added words', async () => {
  const c = claimWith(await news(), 'press conference');
  assert.notEqual(c.verdict, 'supported');
  assert.ok(c.spans.some((s) => s.text === 'press conference'), JSON.stringify(c.spans));
  assert.ok(c.spans.some((s) => s.text === 'City Hall'), JSON.stringify(c.spans));
});

test('a faithful paraphrase is supported, with the paraphrased sentence as evidence', async () => {
  const c = claimWith(await news(), 'Building work');
  assert.equal(c.verdict, 'supported');
  assert.match(c.evidence[0].text, /Construction is scheduled to start in 2027/);
});

test('a changed number is contradicted', async () => {
  const c = claimWith(await news(), '580 million');
  assert.equal(c.verdict, 'contradicted');
  assert.ok(c.spans.some((s) => s.text.includes('580') && /480 million/.test(s.reason)));
});

test('a changed day is contradicted and shown once, with the source\'s day, not again as a new name', async () => {
  const r = await check({ sources: [{ id: 'a', text: 'The council approved the tram line on Monday.' }], text: 'The council approved the tram line on Friday.' });
  const [c] = r.claims;
  assert.equal(c.verdict, 'contradicted');
  assert.deepEqual(c.spans.map((s) => [s.text, s.reason]), [['Friday', 'the source gives “Monday”, not “Friday”']]);
});

test('an antonym the claim negates agrees with the source: "will not open" for "closed" is no contradiction, "will open" is', async () => {
  const sources = [{ id: 'a', text: 'The museum will be closed on Mondays starting in January.' }];
  const negated = await check({ sources, text: 'From January, the museum will not open on Mondays.' });
  assert.notEqual(negated.claims[0].verdict, 'contradicted');
  assert.ok(!negated.claims[0].spans.some((s) => /opposite/.test(s.reason)));
  const plain = await check({ sources, text: 'From January, the museum will open on Mondays.' });
  assert.equal(plain.claims[0].verdict, 'contradicted');
  assert.match(plain.claims[0].spans[0].reason, /the source says “closed”, the opposite of “open”/);
});

test('"Q2" for the source\'s "second quarter" is no new name; "Q3" for it is a changed quarter', async () => {
  const sources = [{ id: 'a', text: 'Second-quarter revenue rose 19 percent, the company said.' }];
  const same = await check({ sources, text: 'Q2 revenue rose 19%, the company said.' });
  assert.equal(same.claims[0].verdict, 'supported');
  const changed = await check({ sources, text: 'Q3 revenue rose 19%, the company said.' });
  assert.equal(changed.claims[0].verdict, 'contradicted');
  assert.match(changed.claims[0].spans[0].reason, /the source gives “Second-quarter”, not “Q3”/);
});

test('a claim that drops the source\'s negation is contradicted', async () => {
  assert.equal(claimWith(await news(), 'airport').verdict, 'contradicted');
});

test('claims are checked across several sources and cite the right one', async () => {
  const r = await rag();
  assert.equal(claimWith(r, 'Refunds usually reach').evidence[0].source, 'policy');
  assert.equal(claimWith(r, 'Standard shipping is free').evidence[0].source, 'shipping');
  const mexico = claimWith(r, 'Mexico');
  assert.equal(mexico.verdict, 'unsupported');
  assert.equal(mexico.spans[0].text, 'Mexico');
  assert.equal(r.verdict, 'unsupported');
});

test('offsets of claims, spans and evidence index the original strings', async () => {
  const text = example('news-bullets.md');
  const article = example('news-article.txt');
  const r = await news();
  for (const c of r.claims) {
    assert.equal(text.slice(c.start, c.end), c.text);
    for (const s of c.spans) {
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.ok(s.start >= c.start && s.end <= c.end, 'span inside its claim');
    }
    for (const e of c.evidence) assert.equal(article.slice(e.start, e.end), e.text);
  }
});

test('the report validates against the published JSON Schema', async () => {
  for (const r of [await news(), await rag()]) assert.ok(validate(r), JSON.stringify(validate.errors));
});

test('the report summary is the worst verdict, and its score is low when a claim is flagged', async () => {
  const r = await news();
  assert.equal(r.verdict, 'contradicted');
  assert.ok(r.score < 0.5, `P(text supported) = ${r.score}`);
  assert.ok(r.score <= Math.min(...r.claims.map((c) => c.score)) + 0.5);
  assert.equal(r.engine, 'builtin');
  const faithful = await check({ sources: [{ id: 'article', text: example('news-article.txt') }], text: 'The city council voted 7-2 on Tuesday to approve a 12-kilometre tram line.' });
  assert.equal(faithful.verdict, 'supported');
  assert.ok(faithful.score >= 0.5, `P(text supported) = ${faithful.score}`);
  assert.deepEqual(r.sources, [{ id: 'article', chars: example('news-article.txt').length, sentences: r.sources[0].sentences }]);
});

test('the same input always gives the same claims, scores and spans', async () => {
  const a = await news();
  const b = await news();
  assert.deepEqual(a.claims, b.claims);
});

test('bad input is refused with an InputError naming the field', async () => {
  const cases: [unknown, RegExp][] = [
    [{ sources: [], text: 'x' }, /sources must be a non-empty array/],
    [{ sources: [{ text: 'a' }], text: '   ' }, /text is empty/],
    [{ sources: [{ text: '' }], text: 'x' }, /sources\[0\] is empty/],
    [{ sources: [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }], text: 'x' }, /share the id "a"/],
    [{ sources: [{ text: 'x' }], text: 'y', options: { engine: 'gpt' } }, /unknown engine "gpt"/],
    [{ sources: [{ text: 'x' }], text: 'y'.repeat(20), options: { maxTextChars: 10 } }, /limit is 10/],
    [{ sources: [{ text: 42 }], text: 'y' }, /sources\[0\]\.text must be a string/],
    [{ sources: [{ text: 'x' }], text: 'y', options: { threshold: 1 } }, /options\.threshold must be a number above 0\.05 and below 1 \(got 1\)/],
    [{ sources: [{ text: 'x' }], text: 'y', options: { threshold: 0.05 } }, /options\.threshold must be a number above 0\.05/],
    [{ sources: [{ text: 'x' }], text: 'y', options: { threshold: '0.5' } }, /options\.threshold must be a number/],
    [{ sources: [{ text: 'x' }], text: 'y', options: { threshold: 0.5, engine: 'handset' } }, /options\.threshold applies to the builtin engine only/],
  ];
  for (const [input, message] of cases) {
    await assert.rejects(check(input as never), (e: unknown) => e instanceof InputError && message.test((e as Error).message));
  }
});

test('options.threshold moves the decision: the same text passes a lower bar and is flagged at a higher one; a rule flags at any bar', async () => {
  const sources = [{ id: 'policy', text: example('rag-policy.txt') }];
  const text = 'Returned items are usually refunded quickly.';
  const own = await check({ sources, text });
  assert.ok(own.score > 0.15 && own.score < 0.9, `a text scored mid-range (${own.score})`);
  const lenient = await check({ sources, text, options: { threshold: own.score - 0.08 } });
  const strict = await check({ sources, text, options: { threshold: own.score + 0.08 } });
  assert.equal(lenient.score, own.score, 'the threshold decides; it does not change the score');
  assert.equal(strict.score, own.score);
  assert.equal(lenient.verdict, 'supported');
  assert.ok(lenient.claims.every((c) => c.verdict === 'supported' && c.spans.length === 0));
  assert.equal(strict.verdict, 'unsupported');
  assert.ok(strict.claims.some((c) => c.verdict === 'unsupported'), 'a flagged text flags the claim it rests on');
  const changedNumber = await check({ sources, text: 'Gift cards can be returned within 60 days.', options: { threshold: 0.06 } });
  assert.equal(changedNumber.verdict, 'contradicted', 'a changed number is flagged however low the bar');
});

test('a question the text answers: names the answer restates from it are not flagged, its numbers are still checked, it is never evidence', async () => {
  const sources = [{ id: 'policy', text: 'Keep your statements for 7 years from the date of issue. The warranty on the card reader lasts 2 years.' }];
  const text = 'Keep your Acme Bank statements for 7 years. The warranty lasts 3 years.';
  const question = 'How long should I keep my Acme Bank statements, and is the warranty 3 years?';
  const without = await check({ sources, text });
  assert.ok(without.claims[0].spans.some((s) => s.text === 'Acme Bank'), JSON.stringify(without.claims[0].spans));
  const withQuestion = await check({ sources, text, question });
  assert.equal(withQuestion.claims[0].verdict, 'supported', JSON.stringify(withQuestion.claims[0].spans));
  // the question asks about 3 years; the sources say 2: still a contradiction
  assert.equal(withQuestion.claims[1].verdict, 'contradicted');
  assert.ok(withQuestion.claims.every((c) => c.evidence.every((e) => e.source === 'policy')));
  assert.deepEqual(withQuestion.sources.map((s) => s.id), ['policy']);
  await assert.rejects(check({ sources, text, question: 42 as unknown as string }), (e: unknown) => e instanceof InputError && e.field === 'question');
  await assert.rejects(check({ sources, text, question: 'why? '.repeat(5000) }), /question is 25000 characters; the limit is 20000/);
});

test('pathological input finishes quickly: a 150,000-character word, deeply nested JSON', async () => {
  const t = performance.now();
  const blob = await check({ sources: [{ text: 'The cat sat on the mat.' }], text: 'x'.repeat(150_000) });
  assert.equal(blob.claims[0].end, 150_000);
  const nested = await check({ sources: [{ text: `${'['.repeat(5000)}${']'.repeat(5000)}` }], text: 'The cat sat.' });
  assert.equal(nested.claims.length, 1);
  assert.ok(performance.now() - t < 5000, `took ${performance.now() - t} ms`);
});

test('a claim with no content words is not judged against the sources\' polarity', async () => {
  const r = await check({ sources: [{ text: 'The museum opened in 1998.' }], text: 'Nothing here.' });
  assert.notEqual(r.claims[0].verdict, 'contradicted');
});
