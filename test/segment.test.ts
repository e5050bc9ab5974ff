import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitBlocks } from '../src/text/blocks.js';
import { segment } from '../src/text/segment.js';
import { checkOne } from './helpers.js';

const texts = (t: string) => segment(t).map((s) => s.text);

test('offsets point at the sentence text in the original string', () => {
  const t = '  Dr. Smith arrived.\r\n\r\n- He left at noon.\n';
  for (const s of segment(t)) assert.equal(t.slice(s.start, s.end), s.text);
  assert.deepEqual(texts(t), ['Dr. Smith arrived.', 'He left at noon.']);
});

test('abbreviations do not end a sentence', () => {
  assert.deepEqual(texts('Dr. Smith met officials from the U.S. and Canada, e.g. in Ottawa. Then he left.'), [
    'Dr. Smith met officials from the U.S. and Canada, e.g. in Ottawa.',
    'Then he left.',
  ]);
});

test('a sentence ending in "in." or "no." ends there (wink reads them as the abbreviations for inches and number), but "No. 10" and "5 in. long" do not', () => {
  const t = 'Twelve fountains have been put in. Shops can be fined. Residents said no. It is No. 10 on the list, 5 in. long.';
  assert.deepEqual(texts(t), ['Twelve fountains have been put in.', 'Shops can be fined.', 'Residents said no.', 'It is No. 10 on the list, 5 in. long.']);
  const words = segment(t)[0].tokens.map((x) => x.text);
  assert.deepEqual(words.slice(-2), ['in', '.']);
});

test('a time or a unit ends its sentence with the stop after it ("closes at 7pm. Staff…", "cost £5m. Staff…"), and a British time with a dot ("10.15am", "7.30pm") is one token, no sentence end', () => {
  const t = 'The shop closes at 7pm. Staff said so. Trains run from 10.15am to 4pm daily. Doors open at 7.30pm. Tickets cost £5.';
  assert.deepEqual(texts(t), ['The shop closes at 7pm.', 'Staff said so.', 'Trains run from 10.15am to 4pm daily.', 'Doors open at 7.30pm.', 'Tickets cost £5.']);
  const words = segment(t).flatMap((x) => x.tokens).map((x) => x.text);
  assert.ok(words.includes('10.15am') && words.includes('7.30pm') && words.includes('7pm'), JSON.stringify(words));
  for (const s of segment(t)) for (const x of s.tokens) assert.equal(t.slice(x.start, x.end), x.text);
  // the same for other units wink reads as abbreviations: "£5m.", "300ft.", "35C."
  assert.deepEqual(texts('It cost £5m. Staff said so. The tower is 300ft. Temperatures hit 35C. Then it rained.'), ['It cost £5m.', 'Staff said so.', 'The tower is 300ft.', 'Temperatures hit 35C.', 'Then it rained.']);
});

test('each bullet is its own sentence even without a full stop, and markers are left out', () => {
  const t = 'Summary:\n- Prices rose sharply\n* Sales fell\n• Staff were cut\n1. First numbered\n2) Second numbered';
  assert.deepEqual(texts(t), ['Summary:', 'Prices rose sharply', 'Sales fell', 'Staff were cut', 'First numbered', 'Second numbered']);
});

test('headings and quoted lines are separate from the prose that follows', () => {
  const t = '## Results\nThe trial worked.\n> "It is a breakthrough," she said.';
  assert.deepEqual(texts(t), ['Results', 'The trial worked.', '"It is a breakthrough," she said.']);
});

test('hard-wrapped prose lines are joined into one sentence', () => {
  const t = 'The committee met on Monday to discuss the budget and\nagreed to cut spending by ten percent.';
  assert.deepEqual(texts(t), ['The committee met on Monday to discuss the budget and\nagreed to cut spending by ten percent.']);
});

test('a list item that wraps onto an indented lower-case line stays one item', () => {
  const blocks = splitBlocks('- The council voted to approve the plan,\n  which had been delayed twice\n- Next item');
  assert.equal(blocks.length, 2);
});

test('offsets are UTF-16 code units, so astral characters before a sentence shift them by two', () => {
  const t = '😀 First one. Second one.';
  const [, second] = segment(t);
  assert.equal(second.start, t.indexOf('Second'));
  assert.equal(t.slice(second.start, second.end), 'Second one.');
});

test('a JSON record source: plain fields side by side are one sentence, a small object of them is one with its key, long strings are prose', () => {
  const record = JSON.stringify({
    name: 'Finch & Fork', city: 'Santa Barbara',
    hours: { Monday: '17:30-23:0', Friday: '17:0-21:30' },
    attributes: { OutdoorSeating: false, WiFi: 'free', BusinessParking: { street: true, lot: false }, HasTV: true },
    review: 'What a great brunch, honestly one of the best we have had in years. We will come back. The staff were kind.',
  });
  const sentences = segment(record);
  assert.deepEqual(sentences.map((s) => s.text), [
    '"name":"Finch & Fork","city":"Santa Barbara"',
    '"hours":{"Monday":"17:30-23:0","Friday":"17:0-21:30"}',
    '"OutdoorSeating":false,"WiFi":"free"',
    '"BusinessParking":{"street":true,"lot":false}',
    '"HasTV":true',
    'What a great brunch, honestly one of the best we have had in years.',
    'We will come back.',
    'The staff were kind.',
  ]);
  for (const s of sentences) assert.equal(record.slice(s.start, s.end), s.text);
  // wink reads ":3" before a closing bracket as an emoticon; the hours stay one token
  assert.ok(sentences[1].tokens.some((t) => t.text === '17:0-21:30' && t.kind === 'number'), sentences[1].tokens.map((t) => t.text).join(' '));
});

test('a time of day is one token before a closing bracket ("until 20:30)"), but "passage 1:3pm" is not made a time', () => {
  const [s] = segment('The pool is open (until 20:30) every day.');
  assert.ok(s.tokens.some((t) => t.text === '20:30' && t.kind === 'number'), s.tokens.map((t) => t.text).join(' '));
  const [p] = segment('See passage 1:3pm: the forecast.');
  assert.ok(!p.tokens.some((t) => t.text === '1:3'), p.tokens.map((t) => t.text).join(' '));
});

test('text that only looks like JSON is segmented as prose', () => {
  assert.deepEqual(texts('{not json} The vote passed.'), ['{not json} The vote passed.']);
});

test('a text is tokenized the same whatever the process read before it', () => {
  const tokens = (t: string) => segment(t).flatMap((s) => s.tokens.map((k) => k.text));
  const quote = "'I was missing my wife,' he said.";
  const fresh = tokens(quote);
  assert.deepEqual(fresh.slice(0, 3), ["'", 'I', 'was']);
  // wink-nlp makes the token "'I" from this chunk and, left alone, keeps "'I" whole in every later text
  assert.ok(tokens("He paused, and said so.'I was there'").includes("'I"));
  assert.deepEqual(tokens(quote), fresh);
});

test('a verb whose silent "e" the tagger dropped with its ending gets it back ("fined" is "fine", "hoping" is "hope"); a doubled consonant or a stem WordNet has no "e" form of keeps its own', () => {
  const lemmas = segment('Parents may be fined. She was riding and hoping. He is hopping and starring. They visited and opened it.').flatMap((s) => s.tokens).filter((t) => t.pos === 'VERB').map((t) => `${t.lower}:${t.lemma}`);
  assert.deepEqual(lemmas, ['fined:fine', 'riding:ride', 'hoping:hope', 'hopping:hop', 'starring:star', 'visited:visit', 'opened:open']);
});


test('a noun the tagger spells with one "l" that WordNet has only with two keeps the text\'s "ll" ("cancellations" is "cancellation", so it matches "cancelling"); a spelling WordNet has stays', async () => {
  const lemmas = segment('The cancellations worried a councillor. The jewellery sold well.').flatMap((s) => s.tokens).filter((t) => t.pos === 'NOUN').map((t) => `${t.lower}:${t.lemma}`);
  assert.deepEqual(lemmas, ['cancellations:cancellation', 'councillor:councillor', 'jewellery:jewelry']);
  const r = await checkOne('The airline has apologised after cancelling 60 flights.', 'The airline apologised for the cancellations of 60 flights.');
  assert.equal(r.claims[0].spans.filter((s) => s.text === 'cancellations').length, 0);
});
