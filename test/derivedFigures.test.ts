import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statedCuts, statedDiscounts, statedEnds, statedGaps, statedOffsets, statedOfWhich, statedPaces, statedRests, statedStarts, statedTimeSpans, statedWeeklyDays, statedWholes } from '../src/compare/derivedFigures.js';
import { findQuantities, type Quantity } from '../src/compare/quantities.js';
import { segment } from '../src/text/segment.js';
import type { Token } from '../src/text/tokens.js';
import { checkOne } from './helpers.js';

/** The derived figures `read` finds in each sentence of `text`, as [kind, value] (values rounded to 3 places). */
function derived(text: string, read: (qs: Quantity[], tokens: Token[], text: string) => Quantity[]): [string, number][] {
  return segment(text).flatMap((s) => read(findQuantities(s.tokens, text), s.tokens, text)).map((q) => [q.kind, Math.round(q.value * 1000) / 1000]);
}
/** The texts of the spans flagged in `claim` against `source` that match `pattern`. */
const flaggedIn = async (source: string, claim: string, pattern: RegExp) =>
  (await checkOne(source, claim)).claims[0].spans.filter((s) => pattern.test(s.text)).map((s) => s.text);

test('opening hours give their length: "from 10am to 4pm" is six hours, "between 7am and 7pm" twelve; two times that are no span give none', () => {
  assert.deepEqual(derived('The branches will open from 10am to 4pm.', statedTimeSpans), [['duration', 0.25]]);
  assert.deepEqual(derived('The charge applies between 7am and 7pm on weekdays.', statedTimeSpans), [['duration', 0.5]]);
  assert.deepEqual(derived('The late shift runs 10pm-6am.', statedTimeSpans), [['duration', 0.333]]);
  assert.deepEqual(derived('The first train leaves at 6am and the last at 11pm.', statedTimeSpans), []);
});

test('a claim may state the length of opening hours the source gives by their ends; another length still conflicts', async () => {
  const library = 'A library service will open its 14 branches on Sundays for the first time, from 10am to 4pm.';
  assert.deepEqual(await flaggedIn(library, 'Each of the 14 branches will open for six hours on Sundays.', /hours|Each/), []);
  assert.deepEqual(await flaggedIn(library, 'Each of the 14 branches will open for eight hours on Sundays.', /hours/), ['eight hours']);
});

test('a start month and how long the work takes give the month it ends ("start in May and take about five months": September or October)', async () => {
  assert.deepEqual(derived('Work will start in May and take about five months.', statedEnds), [['month', 10], ['month', 9]]);
  assert.deepEqual(derived('The festival starts in May and has five stages.', statedEnds), []);
  const boathouse = 'A rowing club has raised £85,000 to replace its boathouse. Work will start in May and take about five months.';
  assert.deepEqual(await flaggedIn(boathouse, 'Building should be finished around October if it starts in May.', /October/), []);
  assert.deepEqual(await flaggedIn(boathouse, 'Building should be finished around December if it starts in May.', /December/), ['December']);
});

test('a start year and how long the work takes give the year it ends ("start in 2027 and will take five years": 2032 or 2031)', async () => {
  assert.deepEqual(derived('Construction is due to start in 2027 and will take five years.', statedEnds), [['year', 2032], ['year', 2031]]);
  assert.deepEqual(derived('The firm was founded in 2017 and has five years of accounts.', statedEnds), []);
  const runway = 'An airport will build a second runway. Construction is due to start in 2027 and will take five years.';
  assert.deepEqual(await flaggedIn(runway, 'The runway should be finished around 2032.', /20/), [], 'the end year the source gives by arithmetic');
  assert.deepEqual(await flaggedIn(runway, 'The runway should be finished around 2035.', /20/), ['2035'], 'a year past the end still conflicts');
});

test('an amount and the time it took give a rate ("walked 1,000 miles along the coast in 70 days": about 14 miles a day)', async () => {
  assert.deepEqual(derived('A man has walked 1,000 miles along the coast in 70 days.', statedPaces), [['count', 14.286]]);
  assert.deepEqual(derived('The appeal raised £32,000 in four weeks.', statedPaces), [['money', 8000]]);
  assert.deepEqual(derived('He walked 1,000 miles, and in 70 days he rested twice.', statedPaces), [], 'a comma between: no time the amount took');
  const walk = 'A man has walked 1,000 miles along the coast in 70 days to raise money for a hospice.';
  assert.deepEqual(await flaggedIn(walk, 'He covered an average of about 14 miles a day.', /\d/), [], 'the rate the source gives by arithmetic');
  assert.deepEqual(await flaggedIn(walk, 'He covered an average of about 20 miles a day.', /\d/), ['20'], 'another rate still conflicts');
});

test('two prices in one sentence give their difference, which backs only a claim\'s difference ("£7, or £5 for under-16s": "£2 less than adults")', async () => {
  assert.deepEqual(derived('Tickets cost £7, or £5 for under-16s.', (qs, _tokens, text) => statedGaps(qs, text)), [['money', 2]]);
  assert.deepEqual(derived('Tickets cost £7 a month, or £5 a week.', (qs, _tokens, text) => statedGaps(qs, text)), [], 'amounts at different rates');
  const cinema = 'A cinema has reopened with two screens. Tickets cost £7, or £5 for under-16s.';
  assert.deepEqual(await flaggedIn(cinema, 'Under-16s pay £2 less than adults.', /£/), [], 'the difference the source gives by its two prices');
  assert.deepEqual(await flaggedIn(cinema, 'Under-16s pay £3 less than adults.', /£/), ['£3'], 'another difference still conflicts');
  const fines = "Ms O'Neill was fined £3,000, while Mr Thomas was fined £1,000.";
  assert.deepEqual(await flaggedIn(fines, 'The bar was fined £2,000.', /£/), ['£2,000'], 'a gap is no amount of its own');
});

test('a share an amount is cut or raised by gives the change and what is left ("cut its waiting list of 3,100 by a third": about 1,033 and 2,067)', async () => {
  assert.deepEqual(derived('It hopes to cut its waiting list of 3,100 patients by a third within a year.', statedCuts), [['count', 1033.333], ['count', 2066.667]]);
  assert.deepEqual(derived('The firm will raise its 200 prices by 10%.', statedCuts), [['count', 20], ['count', 220]]);
  // no verb of change before the amount: "by a third" says nothing of it
  assert.deepEqual(derived('The list of 3,100 patients was drawn up by a third of the staff.', statedCuts), []);
  const hospital = 'A hospital hopes to cut its waiting list of 3,100 patients by a third within a year.';
  assert.deepEqual(await flaggedIn(hospital, 'The hospital aims to have about 1,000 fewer patients waiting within a year.', /\d/), []);
  assert.deepEqual(await flaggedIn(hospital, 'The hospital aims to have about 1,500 fewer patients waiting within a year.', /\d/), ['1,500']);
});

test('a discount leaves part of a price given before it ("£8 a day … a 90% discount" leaves 80p a day)', async () => {
  const text = 'The charge is £8 a day. Residents get a 90% discount.';
  const qs = segment(text).map((s) => findQuantities(s.tokens, text));
  const earlier = (q: Quantity) => qs.flat().filter((e) => e.end <= q.start).reverse();
  assert.deepEqual(statedDiscounts(qs[1], earlier).map((q) => [q.value, q.per]), [[0.8, 'day'], [7.2, 'day']]);
  const city = 'A city has introduced a congestion charge of £8 a day for cars entering the centre. Residents of the zone get a 90% discount.';
  assert.deepEqual(await flaggedIn(city, 'Residents inside the zone will pay only 80p a day.', /p|£/), []);
  assert.deepEqual(await flaggedIn(city, 'Residents inside the zone will pay only £2 a day.', /£/), ['£2']);
});

test('"the rest" of a whole is what its part leaves ("£420,000, paid with a £300,000 grant and the rest from an appeal": £120,000)', async () => {
  assert.deepEqual(derived('It bought a painting for £420,000, paid for with a £300,000 grant and the rest from a public appeal.', statedRests), [['money', 120000]]);
  assert.deepEqual(derived('It has 40 staff; the rest of the work is done by volunteers.', statedRests), []);
  const gallery = 'An art gallery has bought a painting for £420,000, paid for with a £300,000 grant from a heritage fund and the rest from a public appeal.';
  assert.deepEqual(await flaggedIn(gallery, 'The public appeal raised £120,000 towards the £420,000 price.', /£/), []);
  assert.deepEqual(await flaggedIn(gallery, 'The public appeal raised £150,000 towards the £420,000 price.', /£/), ['£150,000']);
});

test('"60 cars, 20 more than the old ones" gives the 40 it is compared with; "20 fewer than" gives 80', async () => {
  assert.deepEqual(derived('The boats will each carry 60 cars, 20 more than the old ones.', statedOffsets), [['count', 40]]);
  assert.deepEqual(derived('The boats will each carry 60 cars, 20 fewer than the old ones.', statedOffsets), [['count', 80]]);
  assert.deepEqual(derived('The boats will each carry 60 cars and 20 lorries.', statedOffsets), []);
  const ferry = 'The boats, due in 2027, will replace two diesel ferries and will each carry 60 cars, 20 more than the old ones.';
  assert.deepEqual(await flaggedIn(ferry, 'Each new boat will carry 60 cars, compared with 40 on the ferries they replace.', /\d/), []);
  assert.deepEqual(await flaggedIn(ferry, 'Each new boat will carry 60 cars, compared with 30 on the ferries they replace.', /\d/), ['30']);
});

test('"450 homes …, of which 135 will be affordable" gives the share (30%) and the rest (315); a claim may state the share in words', async () => {
  assert.deepEqual(derived('A council has approved 450 homes on farmland, of which 135 will be affordable.', statedOfWhich), [['percent', 30], ['count', 315]]);
  assert.deepEqual(derived('A council has approved 450 homes, which 135 people opposed.', statedOfWhich), []);
  const homes = 'A council has approved plans for 450 homes on farmland at the edge of the town, of which 135 will be affordable.';
  assert.deepEqual(await flaggedIn(homes, 'Three in ten of the new homes will be affordable.', /ten/), []);
  assert.deepEqual(await flaggedIn(homes, 'Four in ten of the new homes will be affordable.', /ten/), ['Four in ten']);
});

test('"120 patients a day, around a third of all arrivals" gives the whole, about 360 a day', async () => {
  assert.deepEqual(derived('The unit sees about 120 patients a day, around a third of all arrivals.', statedWholes), [['count', 360]]);
  assert.deepEqual(derived('The unit sees about 120 patients a day, and a third of them are children.', statedWholes), []);
  const unit = 'The unit, staffed by nurses, sees about 120 patients a day, around a third of all arrivals.';
  assert.deepEqual(await flaggedIn(unit, 'About 360 people a day arrive at the hospital.', /\d/), []);
  assert.deepEqual(await flaggedIn(unit, 'About 500 people a day arrive at the hospital.', /\d/), ['500']);
});

test('"doubled to 600" gives the 300 it doubled from, "halved to 40" the 80', async () => {
  assert.deepEqual(derived('The number of families it helps doubled to 600 in a year.', statedStarts), [['count', 300]]);
  assert.deepEqual(derived('Its losses halved to £40 million.', statedStarts), [['money', 80000000]]);
  assert.deepEqual(derived('It doubled its staff and hired 600 people.', statedStarts), []);
  const bank = 'A charity has opened a food bank, after the number of families it helps doubled to 600 in a year.';
  assert.deepEqual(await flaggedIn(bank, 'The charity now helps 600 families, up from 300 a year ago.', /\d/), []);
  assert.deepEqual(await flaggedIn(bank, 'The charity now helps 600 families, up from 200 a year ago.', /\d/), ['200']);
});

test('days named in the plural give how many times a week ("on Tuesdays and Fridays": twice); a claim may say so', async () => {
  assert.deepEqual(derived('It is open on Tuesdays and Fridays from 10am to 2pm.', statedWeeklyDays), [['count', 2]]);
  assert.deepEqual(derived('It opens on Mondays, Wednesdays and Fridays.', statedWeeklyDays), [['count', 3]]);
  assert.deepEqual(derived('It opened on Tuesday and closed on Friday.', statedWeeklyDays), []);
  const bank = 'The food bank is open on Tuesdays and Fridays from 10am to 2pm.';
  assert.deepEqual(await flaggedIn(bank, 'The food bank opens twice a week.', /twice|times/), []);
  assert.deepEqual(await flaggedIn(bank, 'The food bank opens three times a week.', /three/), ['three']);
});
