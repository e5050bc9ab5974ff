import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frequencies } from '../src/compare/frequencies.js';
import { segment } from '../src/text/segment.js';
import { analyze } from '../src/check.js';

const ratesIn = (text: string) => frequencies(segment(text)[0].tokens).map((f) => [f.text, Math.round(f.perDay * 1000) / 1000]);
const comparison = (source: string, text: string) => analyze({ sources: [{ id: 's', text: source }], text }).inputs[0].comparison;

test('how often, however it is worded, as times a day: "once a week", "twice daily", "every 20 minutes", "three times an hour", "every other week", "a four-times-weekly service"', () => {
  assert.deepEqual(ratesIn('Samples are taken once a week.'), [['once a week', 0.143]]);
  assert.deepEqual(ratesIn('Take it twice daily.'), [['twice daily', 2]]);
  assert.deepEqual(ratesIn('Trains run every 20 minutes, or three times an hour.'), [['every 20 minutes', 72], ['three times an hour', 72]]);
  assert.deepEqual(ratesIn('Bins are emptied every other week.'), [['every other week', 0.071]]);
  assert.deepEqual(ratesIn('The four-times-weekly service ended.'), [['four times weekly', 0.571]]);
  // an amount's rate is no frequency
  assert.deepEqual(ratesIn('The council will save £900,000 annually.'), []);
});

test('a claim that says "once a week" where the passage it follows says "taken daily" changes how often: a quantity conflict, not an unsupported word or a widened "every"', () => {
  const source = 'Swimmers have been told to stay out of the water. The warnings will stay until new samples, taken daily, show the water is safe.';
  const weekly = comparison(source, 'Samples will be taken once a week until the water is safe.');
  assert.equal(weekly.features.quantityConflicts, 1);
  assert.ok(weekly.findings.some((f) => f.kind === 'quantity' && f.conflict && /says “daily”, not “once a week”/.test(f.reason)), JSON.stringify(weekly.findings));
  assert.equal(comparison(source, 'Samples will be taken every day until the water is safe.').features.quantityConflicts, 0);
  const everyDay = comparison('The route had run four times a week since 2019.', 'The route ran every day.');
  assert.equal(everyDay.features.quantityConflicts, 1);
  assert.ok(!everyDay.findings.some((f) => f.kind === 'scope'), JSON.stringify(everyDay.findings));
  // a headway and the days a service runs are two things; and a rate the claim gives for another thing is no rival
  assert.equal(comparison('The shuttle runs every 30 minutes.', 'The shuttle runs every day.').features.quantityConflicts, 0);
  assert.equal(comparison('The town holds a market every week and a fair once a year.', 'A market is held weekly and a fair once a year.').features.quantityConflicts, 0);
  // the claim's rate said elsewhere of another thing ("a weekly food-waste collection") is no backing; said of its own, it is
  const bins = 'The council plans a weekly food-waste collection for all 45,000 homes from October. The waste will go to a digestion plant. General rubbish will still be collected every two weeks.';
  assert.equal(comparison(bins, 'General rubbish will now also be collected weekly.').features.quantityConflicts, 1);
  assert.equal(comparison(`${bins} From spring, general rubbish will be collected weekly in the town centre.`, 'General rubbish will be collected weekly.').features.quantityConflicts, 0);
});

test('a rate the source gives in other words backs the claim\'s: "three times an hour" where it says "every 20 minutes" is no new number and no new word', () => {
  const source = 'From May, trains will leave every 20 minutes until two in the morning.';
  const restated = comparison(source, 'From May, trains will leave three times an hour.');
  assert.equal(restated.features.novelQuantities + restated.features.novelSmallNumbers, 0, JSON.stringify(restated.findings));
  assert.ok(!restated.findings.some((f) => /three|hour/.test(f.reason)), JSON.stringify(restated.findings));
  // another rate conflicts
  const other = comparison(source, 'From May, trains will leave four times an hour.');
  assert.equal(other.features.quantityConflicts, 1);
  assert.ok(other.findings.some((f) => f.conflict && /“every 20 minutes”, not “four times an hour”/.test(f.reason)), JSON.stringify(other.findings));
});
