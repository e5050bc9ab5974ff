import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/check.js';
import { recordFields } from '../src/compare/recordFields.js';
import { checkOne } from './helpers.js';

/** A business listing in the shape data-to-text prompts use: its fields of yes / no / nothing sit in "attributes", apart from its name. */
const listing = (attributes: Record<string, unknown> = {}) => JSON.stringify({
  name: 'Blue Door Diner', address: '14 Mill Road', city: 'Tucson', state: 'AZ', categories: 'Diners, Breakfast & Brunch',
  hours: { Monday: '7:0-15:0', Tuesday: '7:0-15:0', Wednesday: '7:0-15:0', Thursday: '7:0-15:0', Friday: '7:0-15:0', Saturday: '8:0-14:0' },
  attributes: {
    BusinessParking: { garage: false, street: true, validated: false, lot: false, valet: false },
    RestaurantsReservations: false, RestaurantsTakeOut: true, RestaurantsDelivery: false, OutdoorSeating: null, WiFi: 'no', DogsAllowed: false,
    Ambience: { romantic: false, intimate: false, casual: true }, GoodForKids: true,
    ...attributes,
  },
  business_stars: 4.0,
  review_info: [{ review_stars: 5, review_date: '2021-03-02 09:00:00', review_text: 'Best pancakes in town and the coffee keeps coming.' }],
}, null, 1);

/** What the record check found in the one claim of `text`: the conflicts (as negation findings) and the empty fields. */
function fieldFindings(text: string, attributes?: Record<string, unknown>) {
  const { features, findings } = analyze({ sources: [{ id: 'r', text: listing(attributes) }], text }).inputs[0].comparison;
  return {
    conflicts: findings.filter((f) => f.kind === 'negation').map((f) => text.slice(f.start, f.end)),
    empty: findings.filter((f) => /gives no value/.test(f.reason)).map((f) => text.slice(f.start, f.end)),
    negationMismatch: features.negationMismatch,
    emptyFields: features.emptyFields,
  };
}

test('a JSON record\'s yes / no / empty fields: key words without the prefix its siblings share, a facet object\'s parent word, the value as written', () => {
  const fields = recordFields(listing());
  const byPath = new Map(fields.map((f) => [f.path, f]));
  assert.deepEqual(byPath.get('attributes.RestaurantsReservations')?.words.map((w) => w.lemma), ['reservation']);
  assert.equal(byPath.get('attributes.RestaurantsTakeOut')?.joined, 'takeout');
  assert.equal(byPath.get('attributes.WiFi')?.value, 'no');
  assert.equal(byPath.get('attributes.WiFi')?.written, '"no"');
  assert.equal(byPath.get('attributes.OutdoorSeating')?.value, 'empty');
  // "street" alone is an address; a claim names the field as street parking
  assert.equal(byPath.get('BusinessParking.street')?.parent?.lemma, 'parking');
  // "attributes" holds fields that name themselves: no parent word is needed for them
  assert.equal(byPath.get('attributes.GoodForKids')?.parent, undefined);
  // numbers and free text are not yes / no fields; prose is no record
  assert.ok(!fields.some((f) => f.path === 'business_stars' || f.path === 'name'));
  assert.deepEqual(recordFields('The diner takes no reservations.'), []);
  assert.deepEqual(recordFields('{"open": tru'), []);
});

test('a claim that a record\'s false field is there contradicts it, wherever the field stands in the record', async () => {
  // the name and city are the passage that best matches each claim; the fields are elsewhere
  assert.deepEqual(fieldFindings('Blue Door Diner in Tucson takes reservations.').conflicts, ['reservations']);
  assert.deepEqual(fieldFindings('Blue Door Diner in Tucson offers free WiFi.').conflicts, ['WiFi']);
  assert.deepEqual(fieldFindings('Blue Door Diner in Tucson has a romantic atmosphere.').conflicts, ['romantic atmosphere']);
  assert.deepEqual(fieldFindings('Blue Door Diner in Tucson has a parking lot.').conflicts, ['parking lot']);
  // a word WordNet relates to the key's
  assert.deepEqual(fieldFindings('Blue Door Diner in Tucson delivers through local apps.').conflicts, ['delivers']);
  // and a claim that a true field is not there
  assert.deepEqual(fieldFindings('Blue Door Diner in Tucson does not offer takeout.').conflicts, ['takeout']);
  assert.deepEqual(fieldFindings('There is no street parking at Blue Door Diner in Tucson.').conflicts, ['street parking']);
  assert.deepEqual(fieldFindings('Takeout is unavailable at Blue Door Diner in Tucson.').conflicts, ['Takeout']);
  assert.deepEqual(fieldFindings('Blue Door Diner in Tucson lacks street parking.').conflicts, ['street parking']);
  const r = await checkOne(listing(), 'Blue Door Diner is a casual diner in Tucson that takes reservations.');
  assert.equal(r.verdict, 'contradicted');
  const span = r.claims[0].spans.find((s) => s.text === 'reservations');
  assert.match(span?.reason ?? '', /the record gives “attributes\.RestaurantsReservations”: false/);
});

test('a claim that says what the record\'s fields say is no conflict, however the denial is worded', () => {
  for (const text of [
    'Blue Door Diner in Tucson does not take reservations.',
    'Blue Door Diner in Tucson does not offer delivery, reservations or WiFi.',
    'Blue Door Diner in Tucson offers takeout but no delivery.',
    'At Blue Door Diner in Tucson, reservations are not accepted and dogs are not allowed.',
    'At Blue Door Diner in Tucson, delivery and reservations are not offered.',
    'Blue Door Diner in Tucson has street parking but no garage.',
    'Blue Door Diner in Tucson is good for kids and has a casual atmosphere.',
    'While Blue Door Diner in Tucson has no romantic ambience, it offers takeout.',
    // a denial in one clause reaches no field named in the next
    'At Blue Door Diner in Tucson reservations are not taken and takeout is offered.',
    'Blue Door Diner in Tucson has no delivery and offers takeout.',
    'Blue Door Diner in Tucson does not deliver, and takeout is available.',
    'Blue Door Diner in Tucson does not take reservations, but it is good for kids.',
    'Blue Door Diner in Tucson offers takeout, but it does not deliver or take reservations.',
    'Blue Door Diner in Tucson does not take reservations or offer WiFi.',
    // said not to be there without a negator; and a denied lack
    'Delivery is unavailable at Blue Door Diner in Tucson.',
    'Blue Door Diner in Tucson lacks a parking lot.',
    'Blue Door Diner in Tucson does not lack street parking.',
    // "restaurant" is no word of "RestaurantsReservations" on its own (the record's false field), only its prefix
    'The restaurant offers takeout, is good for kids and has street parking.',
    // "a lot of" is an amount, not the parking lot the record says it lacks
    'Blue Door Diner in Tucson has a lot of street parking.',
  ]) {
    const found = fieldFindings(text);
    assert.deepEqual(found.conflicts, [], text);
    assert.equal(found.negationMismatch, 0, text);
  }
  // "smoke-free" and "non-smoking" say the record's false
  const hotel = JSON.stringify({ name: 'Harbour Inn', smoking: false, pets_allowed: false, breakfast_included: true });
  for (const text of ['Harbour Inn is a smoke-free hotel with breakfast included.', 'Harbour Inn offers non-smoking rooms and does not allow pets.']) {
    assert.deepEqual(analyze({ sources: [{ id: 'h', text: hotel }], text }).inputs[0].comparison.findings.filter((f) => f.kind === 'negation'), [], text);
  }
  const pets = analyze({ sources: [{ id: 'h', text: hotel }], text: 'Harbour Inn allows pets.' }).inputs[0].comparison;
  assert.equal(pets.features.negationMismatch, 1);
  // a verb right after "and" starts another verb phrase: catering is what the bar offers, the TV what it lacks
  const bar = JSON.stringify({ name: 'Dockside Bar', Catering: true, TV: false });
  const said = (text: string) => analyze({ sources: [{ id: 'b', text: bar }], text }).inputs[0].comparison.findings.filter((f) => f.kind === 'negation').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(said('Dockside Bar offers catering and has no TV.'), []);
  assert.deepEqual(said('Dockside Bar offers catering and has a TV.'), ['TV']);
  // "not required" says nothing of whether it takes them; a hedge states nothing
  assert.deepEqual(fieldFindings('At Blue Door Diner in Tucson reservations are not required.', { RestaurantsReservations: true }).conflicts, []);
  assert.deepEqual(fieldFindings('Blue Door Diner in Tucson may take reservations.').conflicts, []);
});

test('a word that is only the prefix of a false field\'s key ("restaurant" in "RestaurantsReservations") is no claim about it', () => {
  // a listing printed on one line with spaces, as data-to-text prompts give it (bench/probes/structured.jsonl, struct-9)
  const record = "{\"name\": \"Casa Verde Taqueria\", \"address\": \"2210 N 16th St\", \"city\": \"Phoenix\", \"state\": \"AZ\", \"categories\": \"Mexican, Tacos, Restaurants\", \"hours\": {\"Monday\": \"10:0-21:0\", \"Tuesday\": \"10:0-21:0\", \"Wednesday\": \"10:0-21:0\", \"Thursday\": \"10:0-21:0\", \"Friday\": \"10:0-21:0\", \"Saturday\": \"10:0-21:0\"}, \"attributes\": {\"RestaurantsTakeOut\": true, \"RestaurantsDelivery\": true, \"OutdoorSeating\": null, \"WiFi\": \"no\", \"RestaurantsReservations\": false, \"GoodForKids\": true, \"Alcohol\": \"beer_and_wine\", \"RestaurantsPriceRange2\": 1, \"BusinessParking\": {\"garage\": false, \"street\": false, \"validated\": false, \"lot\": true, \"valet\": false}, \"Ambience\": {\"romantic\": false, \"intimate\": false, \"classy\": false, \"hipster\": false, \"touristy\": false, \"trendy\": false, \"upscale\": false, \"casual\": true}}, \"business_stars\": 4, \"review_info\": [{\"review_stars\": 5, \"review_date\": \"2022-02-11 13:05:00\", \"review_text\": \"The carne asada tacos are the best in town and the salsa bar is always fresh.\"}, {\"review_stars\": 3, \"review_date\": \"2022-03-02 12:40:00\", \"review_text\": \"Good food, but the dining room gets crowded at lunch and it is hard to find a seat.\"}]}";
  const text = 'The restaurant offers takeout and delivery, is good for kids and has a parking lot for customers.';
  const { findings, features } = analyze({ sources: [{ id: 'r', text: record }], text }).inputs[0].comparison;
  assert.deepEqual(findings.filter((f) => f.kind === 'negation').map((f) => f.reason), []);
  assert.equal(features.negationMismatch, 0);
});

test('a claim that a field the record leaves empty (null) is there is counted and explained; "no information on it" is not', () => {
  const found = fieldFindings('Blue Door Diner in Tucson offers outdoor seating.');
  assert.deepEqual(found.empty, ['outdoor seating']);
  assert.equal(found.emptyFields, 1);
  assert.equal(fieldFindings('Blue Door Diner in Tucson offers outdoor seating.', { OutdoorSeating: true }).emptyFields, 0);
  assert.equal(fieldFindings('There is no information on outdoor seating at Blue Door Diner in Tucson.').emptyFields, 0);
  assert.equal(fieldFindings('It is unclear whether Blue Door Diner in Tucson offers outdoor seating.').emptyFields, 0);
  // a denial may be about the record ("is not listed") as well as the place: not flagged
  assert.equal(fieldFindings('Outdoor seating at Blue Door Diner in Tucson is not listed.').emptyFields, 0);
});

test('a record that gives one field two values says nothing of it; compact JSON reads as spaced', () => {
  const twoPlaces = JSON.stringify([{ name: 'North branch', OutdoorSeating: true, DogsAllowed: false }, { name: 'South branch', OutdoorSeating: false, DogsAllowed: false }]);
  const { findings } = analyze({ sources: [{ id: 'r', text: twoPlaces }], text: 'The South branch offers outdoor seating and allows dogs.' }).inputs[0].comparison;
  // (the South branch's own block, which the claim matches best, still says its OutdoorSeating is false)
  const recordWide = findings.filter((f) => f.reason.startsWith('the record gives')).map((f) => f.reason);
  assert.deepEqual(recordWide, ['the record gives “DogsAllowed”: false']);
});

test('compact JSON (JSON.stringify with no spaces) is read word by word: no word cut where a long run without spaces used to be broken for the tagger', async () => {
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const compact = JSON.stringify({ name: 'SpinCycle Laundromat', hours: Object.fromEntries(days.map((d) => [d, '6:0-23:0'])) });
  const { inputs } = analyze({ sources: [{ id: 'r', text: compact }], text: 'It is open from 6 am to 11 pm every day.' });
  const words = new Set(inputs[0].comparison.evidence.flatMap((e) => e.passages.flatMap((p) => p.tokens.map((t) => t.text))));
  for (const d of days) assert.ok(words.has(d), `${d} read whole: ${[...words].join(' ')}`);
  assert.ok(words.has('6:0-23:0'));
  // and so its seven days back "every day", as the spaced record's do
  assert.equal(inputs[0].comparison.features.scopeWidened, 0);
});
