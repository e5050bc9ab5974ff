import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitClaims } from '../src/claims/split.js';
import { buildEvidenceIndex, findEvidence } from '../src/retrieve/evidence.js';
import { segment } from '../src/text/segment.js';
import { isContent } from '../src/text/tokens.js';
import { wordnetCandidates } from '../src/compare/lexical.js';
import { lexiconOf } from '../src/compare/lexicon.js';
import { check } from '../src/index.js';

const source = [
  'The council met on Monday to discuss the new bridge.',
  'The bridge will cost 40 million pounds and open in 2027.',
  'Residents said the old bridge was unsafe.',
  'The mayor said the council had voted for the bridge.',
  'Traffic on the river road has doubled since 2010.',
  'A second meeting is planned for March.',
  'The river road will close during the works.',
  'Cyclists asked for a separate lane on the bridge.',
  'The council will publish the plans online.',
  'The mayor thanked the residents.',
].join(' ');

const claimsOf = (text: string) => segment(text).flatMap((s) => splitClaims(s, text));

test('retrieval ranks the sentences sharing the rare words first, and remembering term scores does not change a ranking', () => {
  const index = buildEvidenceIndex([{ id: 's', text: source, sentences: segment(source) }]);
  const texts = ['The mayor said the bridge bridge will cost 40 million pounds.', 'Cyclists want a lane on the river road.', 'The council met the residents.'];
  for (const text of texts) {
    for (const claim of claimsOf(text)) {
      // what MiniSearch itself answers for the whole query, before any term is remembered
      const query = claim.tokens.filter(isContent).map((t) => t.lemma.replace(/\s+/g, '_')).join(' ');
      const fresh = buildEvidenceIndex([{ id: 's', text: source, sentences: segment(source) }]);
      const expected = fresh.search.search(query, { combineWith: 'OR' }).slice(0, 5).map((h) => [h.id, h.score]);
      const got = findEvidence(index, claim.tokens, 5).map((c) => [c.passage.id, c.bm25]);
      assert.deepEqual(got, expected, `ranking for "${claim.text}"`);
    }
  }
  const [costClaim] = claimsOf('The bridge will cost 40 million pounds.');
  assert.match(findEvidence(index, costClaim.tokens, 1)[0].passage.text, /40 million pounds/);
  assert.ok(index.termScores.size > 0, 'term scores are remembered with the index');
});

test('a claim in other words than its source finds the sentence it restates, through the source words WordNet relates to it', async () => {
  // only "plant" is shared word for word, and six sentences have it; the restated one says "car factory will close"
  const plants = [
    'The plant employs 300 people in the town.',
    'The town has had a plant since 1950.',
    'A second plant opened in the north in 1980.',
    'Workers at the plant earn more than the national average.',
    'The plant was modernised in 2005.',
    'Visitors can tour the plant on Fridays.',
    'The car factory will close at the end of the year.',
    'Cyclists asked for a separate lane on the bridge.',
    'The council will publish the plans online.',
  ].join(' ');
  const [claim] = claimsOf('The automobile works will shut.');
  const index = buildEvidenceIndex([{ id: 's', text: plants, sentences: segment(plants) }]);
  assert.deepEqual(findEvidence(index, claim.tokens, 5), [], 'no sentence shares a word of the claim');
  const lexicon = lexiconOf(index.passages.flatMap((p) => p.tokens));
  const found = findEvidence(index, claim.tokens, 5, (t) => wordnetCandidates(t, lexicon));
  assert.equal(found[0].passage.text, 'The car factory will close at the end of the year.');
  // a word the sources have is asked as itself only: the ranking of a claim in the sources' words does not move
  const [plain] = claimsOf('The plant opened in 1980.');
  assert.deepEqual(
    findEvidence(index, plain.tokens, 5, (t) => wordnetCandidates(t, lexicon)).map((c) => [c.passage.id, c.bm25]),
    findEvidence(index, plain.tokens, 5).map((c) => [c.passage.id, c.bm25]),
  );

  const report = await check({ sources: [{ id: 's', text: plants }], text: 'The automobile works will shut.' });
  assert.equal(plants.slice(report.claims[0].evidence[0].start, report.claims[0].evidence[0].end), 'The car factory will close at the end of the year.');
});

test('a claim\'s numbers and dates count in choosing its evidence: the sentence giving its date outranks one sharing a single word, and a number only of other things counts for nothing', async () => {
  const beach = 'Police closed the beach on Sunday after a shark was seen close to swimmers. Lifeguards used a drone to track the animal. The beach reopened on Monday morning.';
  const reopened = await check({ sources: [{ id: 's', text: beach }], text: 'Swimmers were allowed back on Monday morning.' });
  assert.equal(reopened.claims[0].evidence[0].text, 'The beach reopened on Monday morning.');
  assert.ok(!reopened.claims[0].spans.some((s) => /not in the passage that best matches/.test(s.reason)), 'the date is where the evidence is');
  // "two attacks" does not state "two people": the sentence about the people killed stays the evidence, and it gives 22
  const attacks = 'Gunmen killed 22 people at the hospital. Two attacks on the capital killed people in 2016.';
  const killed = await check({ sources: [{ id: 's', text: attacks }], text: 'Two people were killed at the hospital.' });
  assert.equal(killed.claims[0].verdict, 'contradicted');
  assert.match(killed.claims[0].spans[0].reason, /the source gives “22”, not “Two”/);
});
