import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitClaims } from '../src/claims/split.js';
import { sourceReferences } from '../src/claims/sourceReferences.js';
import { segment } from '../src/text/segment.js';
import { isContent } from '../src/text/tokens.js';
import { checkOne } from './helpers.js';

const claimsOf = (t: string) => segment(t).flatMap((s) => splitClaims(s, t)).map((c) => c.text);
/** The tokens of `t` that sourceReferences marks as referring to the sources or to the answer itself. */
const marked = (t: string) => segment(t).flatMap((s) => { const refs = sourceReferences(s.tokens); return s.tokens.filter((k) => refs.has(k)).map((k) => k.text); });

test('a sentence joining several assertions becomes several claims', () => {
  assert.deepEqual(claimsOf('Putin met Obama in Moscow, and the two leaders discussed trade, which has fallen sharply since 2014.'), [
    'Putin met Obama in Moscow',
    'the two leaders discussed trade',
    'which has fallen sharply since 2014.',
  ]);
});

test('a simple sentence stays whole', () => {
  assert.deepEqual(claimsOf('The council approved the new tram line on Tuesday.'), ['The council approved the new tram line on Tuesday.']);
});

test('a list of nouns joined by "and" is not split', () => {
  assert.deepEqual(claimsOf('The shop sells apples, pears, and plums.'), ['The shop sells apples, pears, and plums.']);
});

test('semicolons separate claims', () => {
  assert.deepEqual(claimsOf('Sales rose in March; profits fell in April.'), ['Sales rose in March', 'profits fell in April.']);
});

test('a relative clause in the middle of a sentence is not cut out', () => {
  assert.deepEqual(claimsOf('The mayor, who took office in 2020, opened the bridge.'), ['The mayor, who took office in 2020, opened the bridge.']);
});

test('claim offsets index the original text', () => {
  const t = 'Intro line.\n- Sales rose in March, but profits fell in April.';
  for (const s of segment(t)) for (const c of splitClaims(s, t)) assert.equal(t.slice(c.start, c.end), c.text);
});

test('words that refer to the sources ("based on the provided passages") are never flagged as new', async () => {
  const r = await checkOne('The museum reopened on Monday after a two-year renovation.', 'Based on the provided passages, the museum reopened on Monday. The article does not mention the cost.');
  const spans = r.claims.flatMap((c) => c.spans.map((s) => s.text));
  assert.ok(!spans.some((s) => /passages|provided|article|mention/.test(s)), JSON.stringify(spans));
});

test('source-reference phrases need a telling word: "the text message" is a claim about the world', () => {
  assert.deepEqual(marked('According to the article, the mayor resigned.'), ['According', 'to', 'the', 'article']);
  assert.deepEqual(marked('The given information is insufficient.'), ['The', 'given', 'information']);
  assert.deepEqual(marked('The text message was sent at noon.'), []);
  assert.deepEqual(marked('The source of the leak was an official.'), []);
});

test('what a text says the sources leave out ("the passage does not provide specific numbers", "the price is not mentioned in the article") refers to the sources; the clause after "but" is a claim again', async () => {
  assert.deepEqual(marked('The passage does not give a precise date for the figures.'), ['The', 'passage', 'does', 'not', 'give', 'a', 'precise', 'date', 'for', 'the', 'figures', '.']);
  assert.deepEqual(marked('The article does not mention the cost, but the bridge reopened on Monday.'), ['The', 'article', 'does', 'not', 'mention', 'the', 'cost']);
  assert.deepEqual(marked('The price is not mentioned in the article.'), ['The', 'price', 'is', 'not', 'mentioned', 'in', 'the', 'article']);
  assert.deepEqual(marked('The actual numbers are missing from the provided text.'), ['The', 'actual', 'numbers', 'are', 'missing', 'from', 'the', 'provided', 'text']);
  // a passage that says something is still asked for what it says
  assert.deepEqual(marked('The article mentions that the bridge reopened.'), ['The', 'article', 'mentions']);
  const r = await checkOne('The bridge reopened on Monday after repairs.', 'The bridge reopened on Monday. The article does not specify the exact cost of the repairs.');
  assert.ok(r.claims.every((c) => c.verdict === 'supported'), JSON.stringify(r.claims.map((c) => [c.text, c.verdict, c.spans])));
});

test('an answer naming itself and the question ("Therefore, the answer to the question is:") refers to the answer, not the world, as does a "Therefore" leading into a reference', () => {
  assert.deepEqual(marked('Therefore, the answer to the question is: honey soothes gums.'), ['Therefore', ',', 'the', 'answer', 'to', 'the', 'question', 'is', ':']);
  assert.deepEqual(marked('To answer your question, the bridge reopened on Monday.'), ['To', 'answer', 'your', 'question', ',']);
  assert.deepEqual(marked("In conclusion, the answer to the user's question would be that prices rose."), ['In', 'conclusion', ',', 'the', 'answer', 'to', 'the', 'user', "'s", 'question', 'would', 'be']);
  // and the "Therefore" leading into a reference to the sources
  assert.deepEqual(marked('Therefore, based on the provided passages, honey soothes gums.'), ['Therefore', ',', 'based', 'on', 'the', 'provided', 'passages']);
  assert.deepEqual(marked('Therefore, the company cut jobs.'), []);
  // a story about an answer is a claim
  assert.deepEqual(marked('He gave the answer to the question in court.'), []);
  assert.deepEqual(marked('The question of funding remains open.'), []);
});

test('numbered sources and the answer\'s own length are source references, "Article 5" of a treaty is not', () => {
  assert.deepEqual(marked('According to passage 2, honey soothes gums.'), ['According', 'to', 'passage', '2']);
  assert.deepEqual(marked('Passages 1 and 3 list the forms.'), ['Passages', '1', 'and', '3']);
  assert.deepEqual(marked('Here is a summary of the news in 63 words.'), ['in', '63', 'words']);
  assert.deepEqual(marked('Article 5 of the treaty covers defence.'), []);
  // sources in the order the prompt gave them; not "the first text message"
  assert.deepEqual(marked('The second passage mentions frying.'), ['The', 'second', 'passage', 'mentions']);
  assert.deepEqual(marked('The first text message was sent at noon.'), []);
  assert.deepEqual(marked('The chapter is written in 500 words.'), []);
});

test('a chat model\'s opening ("Sure!", "Here\'s the summary") is not flagged as words the sources lack; "make sure" is still a claim\'s word', async () => {
  const r = await checkOne('The museum reopened on Monday after a two-year renovation.', "Sure! Here's the summary: the museum reopened on Monday after a two-year renovation.");
  const spans = r.claims.flatMap((c) => c.spans.map((s) => s.text));
  assert.ok(!spans.some((s) => /Sure|Here/.test(s)), JSON.stringify(spans));
  assert.ok(r.claims.every((c) => c.verdict === 'supported'), JSON.stringify(r.claims.map((c) => [c.text, c.verdict])));
  assert.deepEqual(marked('Certainly, the museum reopened.'), ['Certainly']);
  assert.deepEqual(marked('Of course. The museum reopened.'), ['Of', 'course']);
  assert.deepEqual(marked('Make sure the door is shut.'), []);
  assert.deepEqual(marked('Sure enough, the museum reopened.'), []);
  // wink keeps "Here's" as one token; "here" and "is" are each no content word
  for (const opening of ["Here's", 'Here’s', "There's"]) assert.equal(isContent(segment(`${opening} the plan.`)[0].tokens[0]), false, opening);
});

test('a sentence announcing the answer before a colon refers to the answer, not the world; one announcing no answer by name is checked', () => {
  const all = (t: string) => segment(t).flatMap((s) => s.tokens.map((k) => k.text));
  for (const t of [
    'Here is a concise summary of the passage, covering the core pieces of information:',
    'Based solely on the information provided in the passage, here is a concise summary covering the core pieces of information:',
    "Here's a brief answer to the question based on the given passages:",
    'Here are the key points:',
  ]) assert.deepEqual(marked(t), all(t), t);
  assert.deepEqual(marked('Here are the three reasons the bridge closed:'), []);
  // no colon: it may go on to say something
  assert.deepEqual(marked('Here is the answer the board approved.'), []);
});

test('numbers in source references are not checked as quantities, nor capitalised words after a colon as names', async () => {
  const source = 'passage 1: Honey can kill bacteria.\n\npassage 2: Chamomile tea can soothe sore gums.';
  const r = await checkOne(source, 'Chamomile tea: According to passage 2, chamomile tea can soothe sore gums. Here is a summary in 20 words.');
  const spans = r.claims.flatMap((c) => c.spans);
  assert.ok(!spans.some((s) => /^(2|20|According)$/.test(s.text)), JSON.stringify(spans));
});
