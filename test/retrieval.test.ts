import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitClaims } from '../src/claims/split.js';
import { buildEvidenceIndex, findEvidence } from '../src/retrieve/evidence.js';
import { segment } from '../src/text/segment.js';
import { isContent } from '../src/text/tokens.js';

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
