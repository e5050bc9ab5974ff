import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeFactors, findQuantities, quantitiesAgree, statedDifferences, statedParts, statedPortions, statedRates, statedShares, statedSums, statedTimeShifts, type Quantity } from '../src/compare/quantities.js';
import { segment } from '../src/text/segment.js';
import { analyze } from '../src/check.js';
import { checkOne, comparisonOf } from './helpers.js';

function quantities(t: string): Quantity[] {
  return segment(t).flatMap((s) => findQuantities(s.tokens, t));
}
const one = (t: string) => {
  const qs = quantities(t);
  assert.equal(qs.length, 1, `expected one quantity in "${t}", got ${JSON.stringify(qs)}`);
  return qs[0];
};
/** The texts of the spans flagged in the first claim of `claim` against `source` that match `pattern`: the figures a test asks about. */
const flaggedIn = async (source: string, claim: string, pattern: RegExp) =>
  (await checkOne(source, claim)).claims[0].spans.filter((s) => pattern.test(s.text)).map((s) => s.text);

test('numbers written with digits, commas, words and scales normalise to one value', () => {
  assert.equal(one('Over 500,000 people came.').value, 500_000);
  assert.equal(one('More than half a million people came.').value, 500_000);
  assert.equal(one('It cost $5.2 million.').value, 5_200_000);
  assert.equal(one('Twenty-five people died.').value, 25);
  assert.equal(one('Two dozen eggs broke.').value, 24);
  assert.equal(one('They raised £3bn.').value, 3e9);
  assert.deepEqual([one('We may lose 5 mln bucks.').value, one('We may lose 5 mln bucks.').kind], [5e6, 'money']);
});

test('a scale or currency joined by hyphens is part of the amount: "a $5-million loss", "the 12-million-euro library"', () => {
  const loss = one('They reported a $5-million loss.');
  assert.deepEqual([loss.value, loss.kind, loss.unit, loss.text], [5_000_000, 'money', '$', '$5-million']);
  const library = one('The 12-million-euro library opened.');
  assert.deepEqual([library.value, library.kind, library.unit, library.text], [12_000_000, 'money', '€', '12-million-euro']);
  assert.ok(quantitiesAgree(library, one('It cost 12 million euros.')));
  // a hyphen with spaces around it is a dash, not a join
  assert.equal(quantities('They scored 5 - million fans cheered.').find((q) => q.value === 5)?.kind, 'count');
});

test('a share in words is a percentage: "a fifth of" agrees with 20%, "half of the" with 50%, "one in five" with "a fifth"', () => {
  const fifth = one('About a fifth of its supply is lost.');
  assert.deepEqual([fifth.kind, fifth.value, fifth.text], ['percent', 20, 'a fifth']);
  assert.ok(quantitiesAgree(fifth, one('It loses 20 percent of its supply.')));
  assert.ok(quantitiesAgree(one('Half of the respondents agreed.'), one('50% of the respondents agreed.')));
  assert.ok(quantitiesAgree(one('Two-thirds of voters said no.'), one('67 percent of voters said no.')));
  assert.ok(quantitiesAgree(one('One in five adults smoke.'), fifth));
  assert.ok(!quantitiesAgree(one('Three quarters of the staff left.'), one('Half of the staff left.')));
  assert.equal(one('More than half the price.').bound, 'min');
  // not shares: an ordinal without "of", a half of the year, an amount, a duration
  assert.equal(one('He served a third term.').kind, 'ordinal');
  assert.ok(quantities('The first half of the year was slow.').every((q) => q.kind !== 'percent'));
  assert.deepEqual([one('Half a million people came.').kind, one('Half a million people came.').value], ['count', 500_000]);
  assert.ok(quantities('It took a quarter of an hour.').every((q) => q.kind !== 'percent'));
});

test('words that happen to name JavaScript object properties are not numbers: "5 constructor crews" counts 5', () => {
  assert.deepEqual([one('He hired 5 constructor crews.').value, one('He hired 5 constructor crews.').text], [5, '5']);
  assert.equal(quantities('The constructor of the bridge spoke.').length, 0);
});

test('quarters of the year: "Q3", "the third quarter" and "third-quarter" are one quantity and agree', () => {
  const q3 = one('Sales fell in Q3.');
  assert.deepEqual([q3.kind, q3.value], ['quarter', 3]);
  const third = one('Sales fell in the third quarter.');
  assert.deepEqual([third.kind, third.value, third.text], ['quarter', 3, 'third quarter']);
  assert.deepEqual([one('Third-quarter sales fell.').kind, one('Third-quarter sales fell.').value], ['quarter', 3]);
  assert.ok(quantitiesAgree(q3, third));
  assert.ok(!quantitiesAgree(one('Sales fell in Q2.'), third));
  assert.equal(one('He finished third.').kind, 'ordinal', 'an ordinal without "quarter" stays an ordinal');
});

test('kinds and bounds are recognised', () => {
  assert.deepEqual([one('Over 500,000 came.').kind, one('Over 500,000 came.').bound], ['count', 'min']);
  assert.equal(one('Turnout was 12% lower.').kind, 'percent');
  assert.equal(one('Turnout was 12 per cent lower.').kind, 'percent');
  assert.deepEqual([one('It cost $40.').kind, one('It cost $40.').unit], ['money', '$']);
  assert.equal(one('It happened in 2012.').kind, 'year');
  assert.equal(one('About 300 came.').bound, 'approx');
});

test('dates split into day, month and year', () => {
  const qs = quantities('The vote was held on 12 May 2016.');
  assert.deepEqual(qs.map((q) => [q.kind, q.value]), [['day', 12], ['month', 5], ['year', 2016]]);
});

test('the modal verb "may" is not read as a month', () => {
  assert.deepEqual(quantities('Prices may rise.'), []);
});

test('"over 500,000" and "more than half a million" agree', () => {
  assert.ok(quantitiesAgree(one('Over 500,000 came.'), one('More than half a million came.')));
});

test('50,000 and 500,000 do not agree, nor do 2012 and 2016', () => {
  assert.ok(!quantitiesAgree(one('About 50,000 came.'), one('About 500,000 came.')));
  assert.ok(!quantitiesAgree(one('It began in 2012.'), one('It began in 2016.')));
});

test('a rounded figure agrees with the precise one, an invented precision does not', () => {
  assert.ok(quantitiesAgree(one('1.2 million people voted.'), one('1,234,567 people voted.')));
  assert.ok(!quantitiesAgree(one('1,234,567 people voted.'), one('1.2 million people voted.')));
  // a year is never a rounding: "2020" has fewer significant digits than "2021"
  assert.ok(!quantitiesAgree(one('Sales will grow in 2020.'), one('Sales will grow in 2021.')));
  assert.ok(!quantitiesAgree(one('The plant opened in 1990.'), one('The plant opened in 1994.')));
});

test('a number changed in place in the sentence the claim follows conflicts, though the sources give it elsewhere', async () => {
  const source = 'Our sales forecast for 2021 remains in the range of $1.7 billion to $1.8 billion. Sales in 2020 were $1.67 billion. The plant opened in 1998 and employs 300 people.';
  const forecast = await checkOne(source, 'Our sales forecast for 2020 remains in the range of $1.7 billion to $1.8 billion.');
  assert.equal(forecast.claims[0].verdict, 'contradicted');
  assert.ok(forecast.claims[0].spans.some((s) => s.text === '2020' && /the source gives “2021”, not “2020”/.test(s.reason)), JSON.stringify(forecast.claims[0].spans));
  const plant = await checkOne(source, 'The plant, which opened in 2020, employs 300 people.');
  assert.ok(plant.claims[0].spans.some((s) => s.text === '2020' && /the source gives “1998”/.test(s.reason)), JSON.stringify(plant.claims[0].spans));
  const faithful = await checkOne(source, 'Sales were $1.67 billion in 2020, and the forecast for 2021 is $1.7 billion to $1.8 billion.');
  assert.ok(!faithful.claims.some((c) => c.spans.some((s) => /the source gives/.test(s.reason))), JSON.stringify(faithful.claims));
});

test('different currencies do not agree', () => {
  assert.ok(!quantitiesAgree(one('It cost $40.'), one('It cost £40.')));
});

test('a count remembers the noun it counts', () => {
  assert.equal(one('The line carries 40,000 passengers a day.').counted, 'passenger');
  assert.equal(one('There are two different films.').counted, 'film');
  assert.equal(one('It happened in 2012.').counted, undefined);
});

const claimQuantityFindings = (source: string, claim: string) => checkOne(source, claim).then((r) => r.claims.flatMap((c) => c.spans));

test('a count of something else is not a changed number: "two films" against a source year', async () => {
  const spans = await claimQuantityFindings('Veeram is a 2016 Indian epic drama film directed by Jayaraj.', 'There are two Indian films called Veeram.');
  assert.ok(!spans.some((s) => /the source gives/.test(s.reason)), JSON.stringify(spans));
});

test('a changed count is compared with the source count of the same thing', async () => {
  const spans = await claimQuantityFindings('The ferry carried 40 passengers and 12 crew when it sank.', 'The ferry carried 40 passengers and 15 crew when it sank.');
  const span = spans.find((s) => s.text === '15');
  assert.ok(span, JSON.stringify(spans));
  assert.match(span.reason, /the source gives “12”/);
});

test('numbers in text tokenised with spaces around punctuation are read whole', () => {
  assert.equal(one('He secured more than $ 800, 000 for the property.').value, 800_000);
  assert.equal(one('It was right in 98. 7 per cent of cases.').value, 98.7);
  assert.deepEqual(quantities('In 2010, 300 people came.').map((q) => q.value), [2010, 300]);
});

test('a lower-case month name is a month only next to a number: "march toward the title" is a walk', () => {
  assert.deepEqual(quantities('Chelsea continue their march toward the title.'), []);
  assert.deepEqual(quantities('The vote is on March 3.').map((q) => q.kind), ['month', 'day']);
  assert.ok(quantities('It opened on 3 march 2015.').some((q) => q.kind === 'month'));
});

test('small spelled numbers and spelled ordinals are marked countable, digits are not', () => {
  assert.equal(one('The passage describes two films.').countable, true);
  assert.equal(one('The first is a drama.').countable, true);
  assert.equal(one('The passage describes 2 films.').countable, undefined);
  assert.equal(one('Twelve films were shown.').countable, undefined);
  assert.equal(one('It came 1st.').countable, undefined);
});

test('a summary that counts what its source lists is not flagged for a new number, a new figure still is', async () => {
  const source = 'Veeram is a 2014 Tamil action film directed by Siva. Veeram is also a 2016 historical drama written by Jayaraj.';
  const counted = await checkOne(source, 'The passage describes two films titled Veeram. The first is a Tamil action film directed by Siva.');
  for (const c of counted.claims) assert.ok(!c.spans.some((s) => /does not appear/.test(s.reason) && c.score <= 0.05), JSON.stringify(c));
  const invented = await checkOne(source, 'Veeram is a Tamil action film directed by Siva that earned 40 million dollars.');
  assert.notEqual(invented.claims[0].verdict, 'supported');
  assert.ok(invented.claims[0].spans.some((s) => /40 million dollars/.test(s.text)), JSON.stringify(invented.claims[0].spans));
});

test('"one of them" does not contradict a source count of two; a changed count of the same noun still does', async () => {
  const source = 'Two deputies were reassigned after the shooting. Two deputies tried to arrest Harris, and Deputy Bates shot him.';
  const partitive = await checkOne(source, 'The deputies tried to arrest Harris, and one of them, Deputy Bates, shot him.');
  assert.notEqual(partitive.claims[0].verdict, 'contradicted', JSON.stringify(partitive.claims[0]));
  const changed = await checkOne(source, 'Three deputies were reassigned after the shooting.');
  assert.equal(changed.claims[0].verdict, 'contradicted', JSON.stringify(changed.claims[0]));
});

test('times of day read on a 24-hour clock; numbers that label a noun ("Windows 10", "step 7") are not counts', () => {
  assert.deepEqual(quantities('He stays home between 7 pm and 7 am.').map((q) => [q.kind, q.value]), [['time', 19], ['time', 7]]);
  assert.deepEqual(quantities('It opens at 10:30am.').map((q) => [q.kind, q.value]), [['time', 10.5]]);
  assert.deepEqual(quantities('It closes at 10:30 pm.').map((q) => [q.kind, q.value]), [['time', 22.5]]);
  assert.deepEqual(quantities('{"Monday": "7:0-14:0"}').filter((q) => q.kind === 'time').map((q) => q.value), [7, 14]);
  assert.deepEqual(quantities('Uninstall uTorrent on Windows 10 and repeat step 7.'), []);
  // a JSON field's number counts what its name says, so "one diner" is no rival of a review's 2.0 stars
  assert.deepEqual(quantities('{"review_stars": 2.0, "RestaurantsPriceRange2": 2}').map((q) => [q.value, q.counted]), [[2, 'star'], [2, 'range2']]);
  assert.equal(one('The firm hired 200 workers.').value, 200);
});


test('lengths of time compare in days: "two months" agrees with "60 days", "over half a century" with "more than 50 years", "a fortnight" with "two weeks"', () => {
  const months = one('You have two months to return it.');
  assert.deepEqual([months.kind, months.text], ['duration', 'two months']);
  assert.ok(quantitiesAgree(months, one('You have 60 days to return it.')));
  assert.ok(quantitiesAgree(one('It is the purchase in over half a century.'), one('It is the purchase in more than 50 years.')));
  assert.ok(quantitiesAgree(one('Loans last a fortnight.'), one('Loans last two weeks.')));
  assert.ok(quantitiesAgree(one('A 10-year plan was approved.'), one('The plan runs for a decade.')));
  assert.ok(!quantitiesAgree(one('Loans last three weeks.'), one('Loans last 14 days.')));
  assert.ok(!quantitiesAgree(one('You have eight weeks to return it.'), months), 'eight weeks is 56 days, not two months');
  // an age is no length of time: "a 27-year-old" agrees with "27 - year - old" and conflicts with no "70 years"
  assert.deepEqual([one('The 27-year-old spoke.').kind, one('The 27-year-old spoke.').value], ['count', 27]);
  assert.ok(quantitiesAgree(one('The 27-year-old spoke.'), one('the 27 - year - old spoke')));
  // "a year" alone is as often a rate as a length: not read (after "within", "for", "over"... it is a length, below)
  assert.deepEqual(quantities('He earns $5 a year.').map((q) => q.kind), ['money']);
});

test('a bare hour after "at" is a time of either half of the day: "at 9" agrees with 9am and 9pm, not with 10am or "eight years"', () => {
  const nine = one('Tickets go on sale at 9, the band said.');
  assert.deepEqual([nine.kind, nine.text], ['time', '9']);
  assert.ok(quantitiesAgree(nine, one('Sales open at 9am.')));
  assert.ok(quantitiesAgree(nine, one('Doors open at 9 pm.')));
  assert.ok(!quantitiesAgree(nine, one('Sales open at 10am.')));
  assert.ok(!quantitiesAgree(nine, one('It is their tour in eight years.')));
  assert.equal(one('They met at 3 locations.').kind, 'count');
});

test('a degree sign and its scale letter belong to the number: "21.1°C" agrees with "21.1 degrees Celsius" and leaves no new word "C"', () => {
  const warm = one('Sea temperatures hit 21.1°C.');
  assert.deepEqual([warm.kind, warm.text, warm.counted], ['count', '21.1°C', 'degree']);
  assert.ok(quantitiesAgree(warm, one('The average was 21.1 degrees Celsius.')));
  assert.ok(!quantitiesAgree(warm, one('The average was 23.1 degrees Celsius.')));
  const text = 'Sea temperatures averaged 21.1°C in August.';
  const { findings } = analyze({ sources: [{ id: 's', text: 'The average sea temperature was 21.1 degrees Celsius in August.' }], text }).inputs[0].comparison;
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), [], 'no new word "C"');
});

test('both numbers of a range are read and count the same thing: "two to three cups" agrees with "two or three coffees"; "10 to 12 years" is two lengths of time', () => {
  const [two, three] = quantities('People who drank two to three cups a day were studied.');
  assert.deepEqual([two.value, two.counted, three.value, three.counted], [2, 'cup', 3, 'cup']);
  const claimed = quantities('Adults having two or three coffees daily were studied.');
  assert.ok(claimed.every((q) => [two, three].some((s) => quantitiesAgree(q, s))), JSON.stringify(claimed));
  assert.deepEqual(quantities('He was jailed for 10 to 12 years.').map((q) => [q.kind, q.value / 365.25]), [['duration', 10], ['duration', 12]]);
  // "70,000 last year" counts no years
  assert.equal(one('Visitors were up from 70,000 last year.').kind, 'count');
});

test('"two and a half years" is 30 months, "40 fewer minutes" a length of time, "three-year-olds" an age', () => {
  const long = one('The work will take about two and a half years.');
  assert.deepEqual([long.kind, long.text], ['duration', 'two and a half years']);
  assert.ok(quantitiesAgree(one('It will last roughly 30 months.'), long));
  assert.ok(quantitiesAgree(one('They got about 40 fewer minutes of sleep.'), one('They slept 40 minutes less.')));
  assert.deepEqual(quantities('Two- and three-year-olds get a spray.').map((q) => [q.kind, q.value]), [['count', 2], ['count', 3]]);
});

test('a change by a share in words is a percentage: "fell by a third", "cut by about a quarter", "by half"', () => {
  assert.deepEqual([one('Rates fell by a third.').kind, Math.round(one('Rates fell by a third.').value)], ['percent', 33]);
  assert.ok(quantitiesAgree(one('The harvest was cut by about a quarter.'), one('The harvest was down 25%.')));
  assert.deepEqual([one('Costs were cut by half.').kind, one('Costs were cut by half.').value], ['percent', 50]);
  assert.equal(one('The third term began.').kind, 'ordinal', 'no "by": an ordinal as before');
});

test('"within a year", "for a month", "more than a week" are lengths of time: "within a year" conflicts with the source\'s "over five years"; missing from the sources they fire no rule; "$5 a year" stays a rate', async () => {
  const within = one('The board will plant the trees within a year.');
  assert.deepEqual([within.kind, within.value, within.text], ['duration', 365.25, 'a year']);
  assert.ok(quantitiesAgree(one('He was jailed for a year.'), one('He was jailed for 12 months.')));
  assert.deepEqual([one('It took more than a week.').value, one('It took more than a week.').bound], [7, 'min']);
  const upTo = one('Members may keep them for up to a month.');
  assert.deepEqual([upTo.kind, upTo.bound], ['duration', 'max']);
  assert.equal(one('They must have lived here for at least a year.').kind, 'duration');
  assert.deepEqual(quantities('He earns $5 a year and drinks three cups a day.').map((q) => q.kind), ['money', 'count']);
  const trees = 'The board said it would plant 50,000 trees along the riverbanks over five years to shade the water.';
  const r = await checkOne(trees, 'The board will plant 50,000 trees along the river within a year.');
  assert.equal(r.claims[0].verdict, 'contradicted');
  assert.ok(r.claims[0].spans.some((s) => s.text === 'a year' && /“five years”/.test(s.reason)));
  const c = analyze({ sources: [{ id: 's', text: 'The board will plant 50,000 trees along the river.' }], text: 'The board will plant 50,000 trees within a year.' }).inputs[0].comparison;
  assert.deepEqual([c.features.novelQuantities, c.features.novelSmallNumbers], [0, 1]);
});

test('"a month of strikes" and "a week-long strike" are lengths of time, so one turned into the other conflicts; "pounds a day of fees" stays a rate', async () => {
  assert.deepEqual([one('A month of strikes ended.').kind, one('A month of strikes ended.').value], ['duration', 30.4375]);
  assert.deepEqual([one('The union ended a week-long strike.').kind, one('The union ended a week-long strike.').value], ['duration', 7]);
  assert.deepEqual(quantities('They pay hundreds of pounds a day of fees.').map((q) => q.kind), ['money'], 'an amount, and no length of time');
  const source = 'The union representing 2,000 bus drivers agreed to a new contract on Sunday, ending a week-long strike. The deal includes a 6 percent pay rise over two years.';
  const changed = await checkOne(source, 'A month of strikes by 2,000 bus drivers came to an end when their union accepted a new contract.');
  assert.equal(changed.claims[0].verdict, 'contradicted');
  assert.ok(changed.claims[0].spans.some((s) => s.text === 'A month' && /“a week”/.test(s.reason)));
  const same = await checkOne(source, 'A week of strikes by 2,000 bus drivers came to an end when their union accepted a new contract.');
  assert.ok(same.claims[0].spans.every((s) => s.text !== 'A week'), 'the same length of time is no finding');
});

test('"a month\'s free accommodation" is a length of time, so "a year\'s" conflicts; "A day\'s parking costs £5" stays a price per day', async () => {
  assert.deepEqual([one("Each recruit was given a month's free accommodation.").kind, one("Each recruit was given a month's free accommodation.").text], ['duration', 'a month']);
  assert.deepEqual(quantities("A day's parking costs £5.").map((q) => q.kind), ['money']);
  const source = "Each recruit was given a month's free accommodation on arrival.";
  assert.deepEqual(await flaggedIn(source, "Each recruit was given a year's free accommodation.", /year/), ['a year']);
  assert.deepEqual(await flaggedIn(source, "Each recruit got a month's free accommodation.", /month/), []);
});

test('"upwards of 60", "in excess of $1m" are more than, "as many as 300", "as much as $500" at most: bounds, so a number near them agrees', () => {
  assert.deepEqual([one('Upwards of 60 firefighters came.').bound, one('In excess of $1m was paid.').bound], ['min', 'min']);
  assert.deepEqual([one('As many as 300 people came.').bound, one('They can get as much as $500 back.').bound], ['max', 'max']);
  assert.ok(quantitiesAgree(one('Upwards of 60 firefighters came.'), one('More than 60 firefighters worked through the night.')));
  assert.ok(quantitiesAgree(one('They can get as much as $500 back.'), one('Rebates of up to $500 are offered.')));
  assert.ok(!quantitiesAgree(one('Upwards of 60 firefighters came.'), one('About 90 firefighters came.')));
});

test('a figure the source gives for another year is a conflict: "27 million last year" where it says "21 million passengers last year, compared with 27 million in 2019"', async () => {
  const source = 'The airport expects passenger numbers to return to pre-pandemic levels by 2026. It handled 21 million passengers last year, compared with 27 million in 2019.';
  const swapped = await checkOne(source, 'Last year 27 million people passed through the airport, up from 21 million in 2019.');
  assert.equal(swapped.claims[0].verdict, 'contradicted');
  assert.ok(swapped.claims[0].spans.some((s) => s.text === '27 million' && /“21 million” for “Last year”/.test(s.reason)), JSON.stringify(swapped.claims[0].spans));
  const conflicts = (text: string) => analyze({ sources: [{ id: 's', text: source }], text }).inputs[0].comparison.features.quantityConflicts;
  assert.equal(conflicts('Last year 21 million people passed through the airport, down from 27 million in 2019.'), 0);
  assert.equal(conflicts('The airport handled 27 million passengers in 2019.'), 0);
  assert.equal(conflicts('The airport handled 27 million passengers last year.'), 1);
  // a figure between two years pairs with neither
  assert.equal(conflicts('Between 2019 and last year, 27 million passengers used it.'), 0);
});

test('"eight points" in a sentence giving a percentage, and "8 percentage points", are the difference of two percentages: "fallen by eight points, to 6%" agrees with "from 14% to 6%", "10 percentage points" conflicts', async () => {
  assert.deepEqual(quantities('The rate fell by 8 percentage points.').map((q) => [q.kind, q.value, q.text]), [['percent', 8, '8 percentage points']]);
  // "points" alone may be a score's
  assert.equal(quantities('Rates rose by two points.')[0].kind, 'count');
  const source = 'A hospital trust says its nursing vacancy rate has fallen from 14% to 6%.';
  const eight = comparisonOf(source, 'The share of nursing posts left empty has fallen by eight points, to 6%.');
  assert.equal(eight.features.quantityConflicts + eight.features.novelQuantities + eight.features.novelSmallNumbers, 0, JSON.stringify(eight.findings));
  assert.equal(comparisonOf(source, 'The nursing vacancy rate has fallen by 10 percentage points, to 6%.').features.quantityConflicts, 1);
});

test('a figure the source gives for later is no figure for now: "now handles 3 million" where it says "3 million passengers a year by 2030, up from 1.8 million now"; "1.8 million" now is no former amount', () => {
  const source = 'A regional airport has won a grant to build a second terminal, which it says will let it handle 3 million passengers a year by 2030, up from 1.8 million now.';
  const c = comparisonOf(source, 'The airport now handles 3 million passengers a year.');
  assert.equal(c.features.quantityConflicts, 1);
  assert.ok(c.findings.some((f) => f.conflict && /“1.8 million” for “now”/.test(f.reason)), JSON.stringify(c.findings));
  assert.equal(comparisonOf(source, 'The airport now handles 1.8 million passengers a year.').features.quantityConflicts, 0);
  assert.equal(comparisonOf(source, 'The airport hopes to handle 3 million passengers a year by 2030.').features.quantityConflicts, 0);
  // an amount a change has already replaced is still one
  assert.equal(comparisonOf('The number of seats has been reduced from 900 to 450.', 'The cinema now has 900 seats.').features.quantityConflicts, 1);
});

test('a whole year, week or day in smaller units ("twelve months", "24 hours") missing from the sources fires no rule: the source may say "the year to October"', () => {
  const text = 'House prices fell 2.1% over the twelve months to October.';
  const c = analyze({ sources: [{ id: 's', text: 'House prices fell 2.1 percent in the year to October.' }], text }).inputs[0].comparison;
  assert.deepEqual([c.features.novelQuantities, c.features.novelSmallNumbers], [0, 1]);
  const other = analyze({ sources: [{ id: 's', text: 'House prices fell 2.1 percent in the year to October.' }], text: 'House prices fell 2.1% over the nine months to October.' }).inputs[0].comparison;
  assert.equal(other.features.novelQuantities, 1, 'nine months is a length of its own');
});

test('"half the figure of ten years ago" compares two amounts: missing from the sources it fires no rule, "half of the residents" still does', () => {
  const source = 'About 38,000 salmon returned last year, down from an average of 70,000 a decade ago.';
  const compared = analyze({ sources: [{ id: 's', text: source }], text: 'About 38,000 salmon returned last year, around half the figure of a decade ago.' }).inputs[0].comparison;
  assert.deepEqual([compared.features.novelQuantities, compared.features.novelSmallNumbers], [0, 1]);
  const share = analyze({ sources: [{ id: 's', text: source }], text: 'Half of the residents fished for salmon last year.' }).inputs[0].comparison;
  assert.equal(share.features.novelQuantities, 1);
});

test('a change by a factor in words ("doubled", "twice as many", "threefold", "five times the") is a factor, and agrees only with the same factor', () => {
  assert.deepEqual([one('Sales doubled last year.').kind, one('Sales doubled last year.').value], ['factor', 2]);
  assert.equal(one('They had twice as many staff.').value, 2);
  assert.equal(one('Costs rose threefold.').value, 3);
  assert.equal(one('The park is five times the size of its predecessor.').value, 5);
  assert.equal(one('The budget was halved.').value, 0.5);
  assert.ok(quantitiesAgree(one('The budget was halved.'), one('The budget was cut in half.')));
  assert.ok(quantitiesAgree(one('The council will halve some full plots.'), one('The council will split some full-size plots into halves.')));
  assert.equal(one('It was done in half an hour.').kind, 'duration');
  assert.ok(quantitiesAgree(one('Sales doubled last year.'), one('Sales saw a two-fold rise.')));
  assert.ok(!quantitiesAgree(one('Sales tripled last year.'), one('Sales doubled last year.')));
  // not factors: an adjective ("a double room"), a count of times ("scored twice"), a part ("the second half")
  assert.equal(quantities('They booked a double room.').length, 0);
  assert.equal(quantities('The hall doubles as a gym.').length, 0);
  assert.equal(quantities('Add halved cherry tomatoes.').length, 0);
  assert.equal(one('The firm has doubled its staff.').kind, 'factor');
  assert.deepEqual([one('Smith scored twice.').kind, one('Smith scored twice.').value], ['count', 2]);
  assert.ok(quantities('He scored early in the second half.').every((q) => q.value !== 0.5), '"half" alone is no amount');
});

test('a change the source states between two amounts backs a claimed factor, and conflicts with another one', async () => {
  const source = 'The company reported revenue of $2 billion in 2023, up from $1 billion in 2022.';
  const doubled = await checkOne(source, 'Revenue doubled between 2022 and 2023.');
  assert.equal(doubled.verdict, 'supported');
  const tripled = await checkOne(source, 'Revenue tripled between 2022 and 2023.');
  assert.equal(tripled.verdict, 'contradicted');
  assert.match(tripled.claims[0].spans[0].reason, /up from \$1 billion” \(×2\), not “tripled”/);
  assert.equal((await checkOne('Staff numbers rose from 400 to 1,200.', 'Staff numbers tripled.')).verdict, 'supported');
  // a claim's own "from X to Y" is two amounts the source must give, not a change it may state otherwise
  assert.notEqual((await checkOne('Staff numbers tripled.', 'Staff numbers rose from 400 to 1,200.')).verdict, 'supported');
});

test('a factor that is the ratio of two amounts the claim states itself ("38 minutes, more than twice the 18-minute target") needs no source of its own', async () => {
  const source = 'Paramedics took an average of 38 minutes to reach patients in October, against a target of 18 minutes.';
  const changes = async (text: string) => (await checkOne(source, text)).claims.flatMap((c) => c.spans.filter((s) => /change/.test(s.reason)).map((s) => s.text));
  assert.deepEqual(await changes('In October paramedics took 38 minutes on average, more than twice the 18-minute target.'), []);
  assert.deepEqual(await changes('In October paramedics took 38 minutes on average, three times the 18-minute target.'), ['three times']);
});

test('"every one of the 139,255 cells" counts no one cell, and "pay 10% of the charge" is what a "90 percent discount" leaves', async () => {
  const cells = await checkOne('Researchers have mapped all 139,255 nerve cells in the brain of an adult fruit fly.', 'Researchers have mapped every one of the 139,255 nerve cells in an adult fruit fly brain.');
  assert.ok(!cells.claims[0].spans.some((s) => s.text === 'one'), JSON.stringify(cells.claims[0].spans));
  const zone = 'Residents of the zone will get a 90 percent discount for two years.';
  const figures = async (text: string) => (await checkOne(zone, text)).claims.flatMap((c) => c.spans.filter((s) => /%/.test(s.text)).map((s) => s.reason));
  assert.deepEqual(await figures('People living inside the zone will pay 10% of the charge for two years.'), []);
  assert.match((await figures('People living inside the zone will pay 20% of the charge for two years.'))[0] ?? '', /the source gives “90 percent”, not “20%”/);
});

test('"October\'s two walkouts" gives no date, and "$70 million a year earlier" no rate', () => {
  const kinds = (text: string) => findQuantities(segment(text).flatMap((x) => x.tokens), text).map((q) => `${q.kind}:${q.value}${q.per ? `/${q.per}` : ''}`);
  assert.deepEqual(kinds("The deal ends the dispute behind October's two walkouts."), ['month:10', 'count:2']);
  assert.deepEqual(kinds('It opens on March 3, 2024.'), ['month:3', 'day:3', 'year:2024']);
  assert.deepEqual(kinds('Profit slipped to $61 million from $70 million a year earlier.'), ['money:61000000', 'money:70000000']);
  assert.deepEqual(kinds('The fund receives £180,000 a year.'), ['money:180000/year']);
});

test('an amount said to be the whole ("£180,000 in total") does not agree with the same amount at a rate ("£180,000 a year")', async () => {
  const fund = 'Northwind will pay £180,000 a year into a community fund for the 35-year life of the wind farm.';
  const total = await checkOne(fund, 'Northwind will pay £180,000 in total into a community fund.');
  assert.equal(total.verdict, 'contradicted');
  assert.ok(total.claims[0].spans.some((s) => /the source gives “£180,000 a year”/.test(s.reason)), JSON.stringify(total.claims[0].spans));
  assert.equal((await checkOne(fund, 'Northwind will pay £180,000 a year into a community fund.')).verdict, 'supported');
});

test('"£480,000 over five years" is a total that "£480,000 a year" does not restate; "a single cask" counts one, as "one cask" does; "40" after "32 hours a week rather than" is 40 hours, and "30" after "every 15 minutes at peak times, instead of every" is 30 minutes', async () => {
  const robots = 'The trust said no jobs would be lost. The robots cost £480,000 over five years.';
  assert.equal((await checkOne(robots, 'The robots cost £480,000 a year.')).verdict, 'contradicted');
  assert.equal((await checkOne(robots, 'The robots cost £480,000 over five years.')).verdict, 'supported');
  const whisky = 'Only 150 bottles have been filled from a single cask laid down in 1974.';
  const casks = (text: string) => claimQuantityFindings(whisky, text);
  assert.deepEqual((await casks('The bottles come from one cask filled in 1974.')).filter((s) => /one|single/.test(s.reason)), []);
  assert.ok((await casks('The bottles come from three casks filled in 1974.')).some((s) => /the source gives “single”, not “three”/.test(s.reason)));
  const week = 'Workers kept their full pay for working 32 hours instead of 40.';
  assert.deepEqual((await claimQuantityFindings(week, 'Employees worked 32 hours a week rather than 40 without losing pay.')).filter((s) => s.text === '40'), []);
  // the contrast may come after a phrase: "every 15 minutes at peak times from December, instead of every 30" is 30 minutes
  const trains = 'Commuters will get a train every 15 minutes at peak times from December, instead of every 30, after the operator leased six extra carriages.';
  assert.deepEqual(await claimQuantityFindings(trains, 'From December, peak-time trains will run every quarter of an hour rather than every half hour.'), []);
  assert.ok((await claimQuantityFindings(trains, 'From December, peak-time trains will run every 15 minutes rather than every 45 minutes.')).some((s) => s.text === '45 minutes'));
});

test('a sum the source gives only as a most ("can be fined up to £1,000") stated as the amount ("will be fined £1,000") is a hedge made firm; "up to £1,000" restated is not', () => {
  const moor = 'The park has banned campfires. Anyone caught lighting a fire can be fined up to £1,000.';
  const firm = analyze({ sources: [{ id: 's', text: moor }], text: 'Anyone caught lighting a fire will be fined £1,000.' }).inputs[0].comparison;
  assert.equal(firm.features.modalityOverstated, 1);
  assert.ok(firm.findings.some((f) => f.kind === 'modality' && /“£1,000” only as an upper limit/.test(f.reason ?? '')), JSON.stringify(firm.findings));
  const kept = analyze({ sources: [{ id: 's', text: moor }], text: 'Anyone caught lighting a fire faces a fine of up to £1,000.' }).inputs[0].comparison;
  assert.equal(kept.features.modalityOverstated, 0);
});

test('"the July–September quarter" is a span of months that "the three months to September" agrees with; "from April to June" stays two dates', () => {
  const rate = 'The jobless rate fell to 4.1 percent in the three months to September.';
  const span = quantities('The jobless rate dropped to 4.1% in the July–September quarter.').filter((q) => q.kind === 'month');
  assert.deepEqual(span.map((q) => [q.text, q.value, q.rangeTo]), [['July–September', 7, 9]]);
  assert.equal(quantities(rate).filter((q) => q.kind === 'month').filter((m) => quantitiesAgree(span[0], m)).length, 1);
  assert.deepEqual(quantities('The launch moved from April to June.').filter((q) => q.kind === 'month').map((q) => q.text), ['April', 'June']);
});

test('a number moved to another noun of the same sentence conflicts: "20 residents" where the source says "500,000 residents and 20 schools"', async () => {
  const source = 'The city has 500,000 residents and 20 schools. The fire killed 12 people and injured 40 others.';
  const moved = await checkOne(source, 'The city has 20 residents.');
  assert.equal(moved.verdict, 'contradicted');
  assert.match(moved.claims[0].spans[0].reason, /the source gives “500,000”, not “20”/);
  assert.equal((await checkOne(source, 'The fire killed 40 people.')).verdict, 'contradicted');
  // the same number for another word of the same thing is no swap, nor a number the source gives without a noun
  const c = analyze({ sources: [{ id: 's', text: 'The city has 500,000 residents and 20 schools.' }], text: 'About 500,000 people live in the city.' }).inputs[0].comparison;
  assert.equal(c.features.quantityConflicts, 0);
  const bare = analyze({ sources: [{ id: 's', text: 'The city has 500,000 residents; its schools number 20.' }], text: 'The city has 20 schools.' }).inputs[0].comparison;
  assert.equal(bare.features.quantityConflicts, 0);
});

test('"the next decade" is ten years and "the past century" a hundred: a paraphrase in numbers agrees', () => {
  const decade = one('The money will be spent over the next decade.');
  assert.deepEqual([decade.kind, decade.text], ['duration', 'next decade']);
  assert.ok(quantitiesAgree(one('The money will be spent over the next ten years.'), decade));
  assert.ok(quantitiesAgree(one('It changed little in the past 100 years.'), one('It changed little in the past century.')));
  assert.ok(!quantitiesAgree(one('The money will be spent over the next 20 years.'), decade));
});

test('a range written as one token ("3-5 business days", "$10-20", "2019-2020") is its two ends', () => {
  const days = quantities('Standard shipping takes 3-5 business days.');
  assert.deepEqual(days.map((q) => [q.kind, q.value, q.text]), [['duration', 3, '3'], ['duration', 5, '5']]);
  const words = quantities('Standard delivery takes three to five business days.');
  assert.ok(days.every((q) => words.some((w) => quantitiesAgree(q, w))));
  assert.deepEqual(quantities('It costs $10-20.').map((q) => [q.kind, q.value]), [['money', 10], ['money', 20]]);
  assert.deepEqual(quantities('The season ran 2019-2020.').map((q) => [q.kind, q.value]), [['year', 2019], ['year', 2020]]);
  assert.deepEqual(quantities('It lasts 2-3 weeks.').map((q) => [q.kind, q.value]), [['duration', 14], ['duration', 21]]);
});

test('a factor agrees with the same change as a percentage, "2x" is a factor, and a range from "range from $5 to $10" is no change', async () => {
  assert.ok(quantitiesAgree(one('Sales doubled last year.'), one('Sales rose 100% last year.')));
  assert.ok(quantitiesAgree(one('Sales rose 100% last year.'), one('Sales doubled last year.')));
  assert.ok(quantitiesAgree(one('Output halved.'), one('Output fell 50%.')));
  assert.ok(!quantitiesAgree(one('Sales tripled.'), one('Sales rose 100%.')));
  assert.deepEqual([one('The chip is 2x faster.').kind, one('The chip is 2x faster.').value], ['factor', 2]);
  assert.equal(quantities('It is faster than the old one.').length, 0, '"the old one" is a pronoun');
  assert.deepEqual(quantities('They signed a one-year deal.').map((q) => q.kind), ['duration'], '"a one-year deal" still counts');
  assert.equal((await checkOne('The population grew from 2 million to 3 million.', 'The population grew by half.')).verdict, 'supported');
  assert.notEqual((await checkOne('Prices range from $5 to $10.', 'Prices doubled.')).verdict, 'supported');
});

test('a one-token range with a scale word ("3-4 thousand") is scaled, and a value inside it agrees', () => {
  const ends = quantities('The company employs 3-4 thousand people.');
  assert.deepEqual(ends.map((q) => [q.value, q.counted]), [[3000, 'people'], [4000, 'people']]);
  assert.ok(quantitiesAgree(one('It employs about 3,500 people.'), ends[0]));
  assert.ok(!quantitiesAgree(one('It employs about 5,500 people.'), ends[0]));
});

test('a year range with its second year in two digits ("2007-08", "2007 -- 11") is two years, and agrees with "2007-2008"', () => {
  assert.deepEqual(quantities('He played there in the 2007-08 season.').map((q) => [q.kind, q.value]), [['year', 2007], ['year', 2008]]);
  const spaced = quantities('Rage Against the Machine ( 1991 -- 2000 ; 2007 -- 11 ).');
  assert.deepEqual(spaced.map((q) => [q.kind, q.value]), [['year', 1991], ['year', 2000], ['year', 2007], ['year', 2011]]);
  assert.ok(quantities('The band (2007-2011) reformed.').every((q) => spaced.some((s) => quantitiesAgree(q, s))));
  // not a year range: the second number is smaller than the first year's last two digits, or a count range
  assert.deepEqual(quantities('Pages 12-15 were torn.').map((q) => q.kind), ['count', 'count']);
});

test('the year of a date is read however early ("12 September 1494", "March 3, 1871"), not taken for a label after the month', () => {
  const francis = quantities('Francis I ( 12 September 1494 -- 31 March 1547 ) was King of France.');
  assert.deepEqual(francis.filter((q) => q.kind === 'year').map((q) => q.value), [1494, 1547]);
  assert.deepEqual(quantities('He was born March 3, 1871.').filter((q) => q.kind === 'year').map((q) => q.value), [1871]);
  assert.ok(quantities('Francis I (1494-1547) was King of France.').every((q) => francis.some((s) => quantitiesAgree(q, s))));
});

test('a figure given as the other bound conflicts ("fewer than 10,000" where the source says "more than 10,000"); "no more than" and "do not take more than" are at most, and a deadline\'s "up to 48 hours before" is no bound to turn', async () => {
  assert.deepEqual(['No more than 8 kg is allowed.', 'Do not take more than eight tablets.', 'It is not less than 18.'].map((t) => one(t).bound), ['max', 'max', 'min']);
  const staff = 'The firm employs more than 10,000 people in Wales.';
  const fewer = await checkOne(staff, 'The firm employs fewer than 10,000 people in Wales.');
  assert.equal(fewer.claims[0].verdict, 'contradicted');
  assert.ok(fewer.claims[0].spans.some((s) => s.text === '10,000' && /as a lower bound, the claim as an upper bound/.test(s.reason)), JSON.stringify(fewer.claims[0].spans));
  assert.ok(!(await checkOne(staff, 'The firm employs over 10,000 people in Wales.')).claims[0].spans.some((s) => /bound/.test(s.reason)));
  const tablets = await checkOne('Do not take more than eight tablets in 24 hours.', 'No more than eight tablets should be taken in 24 hours.');
  assert.ok(!tablets.claims[0].spans.some((s) => /bound/.test(s.reason)), JSON.stringify(tablets.claims[0].spans));
  const cancel = await checkOne('Guests may cancel free of charge up to 48 hours before arrival.', 'Cancelling at least 48 hours before arrival costs nothing.');
  assert.ok(!cancel.claims[0].spans.some((s) => /bound/.test(s.reason)), JSON.stringify(cancel.claims[0].spans));
});

test('a magnitude in words is a range ("hundreds of people" 100-999, "tens of thousands" 10,000-99,999, "millions of pounds"): "thousands" agrees with "about 2,000", "hundreds" does not, and "dozens" turned into "hundreds" conflicts', async () => {
  const h = one('Hundreds of people were evacuated.');
  assert.deepEqual([h.kind, h.value, h.rangeTo, h.text, h.counted], ['count', 100, 999, 'Hundreds', 'people']);
  assert.deepEqual([one('Tens of thousands of fans came.').value, one('Tens of thousands of fans came.').rangeTo], [1e4, 99999]);
  assert.deepEqual([one('It cost millions of pounds.').kind, one('It cost millions of pounds.').text], ['money', 'millions of pounds']);
  const evacuated = 'Around 2,000 people were evacuated from their homes.';
  assert.equal((await checkOne(evacuated, 'Thousands of people were evacuated from their homes.')).claims[0].spans.length, 0);
  const fewer = await checkOne(evacuated, 'Hundreds of people were evacuated from their homes.');
  assert.equal(fewer.claims[0].verdict, 'contradicted');
  assert.ok(fewer.claims[0].spans.some((s) => s.text === 'Hundreds' && /“2,000”/.test(s.reason)), JSON.stringify(fewer.claims[0].spans));
  assert.equal((await checkOne('Dozens of flights were cancelled on Friday.', 'Hundreds of flights were cancelled on Friday.')).claims[0].verdict, 'contradicted');
  // an exact figure within the source's magnitude is one it does not give, no other figure
  const exact = await checkOne('Hundreds of people were evacuated from their homes.', 'About 500 people were evacuated from their homes.');
  assert.ok(exact.claims[0].spans.some((s) => s.text === '500' && /does not appear/.test(s.reason)), JSON.stringify(exact.claims[0].spans));
});

test('a decade is the years it spans ("the 1980s", "the mid-1970s", "the early 2000s"): "the 1970s" agrees with 1974, "the 1980s" and "the late 1970s" do not', async () => {
  const d = one('The bridge was built in the mid-1970s.');
  assert.deepEqual([d.kind, d.value, d.rangeTo, d.text], ['year', 1973, 1977, 'mid-1970s']);
  assert.deepEqual([one('It was founded in the early 2000s.').value, one('It was founded in the early 2000s.').rangeTo], [2000, 2004]);
  const founded = 'The company was founded in Leeds in 1974.';
  assert.equal((await checkOne(founded, 'The company was founded in Leeds in the 1970s.')).claims[0].spans.filter((s) => s.text.includes('1970s')).length, 0);
  const later = await checkOne(founded, 'The company was founded in Leeds in the 1980s.');
  assert.equal(later.claims[0].verdict, 'contradicted');
  assert.ok(later.claims[0].spans.some((s) => s.text === '1980s' && /the source gives “1974”/.test(s.reason)), JSON.stringify(later.claims[0].spans));
  assert.equal((await checkOne(founded, 'The company was founded in Leeds in the late 1970s.')).claims[0].verdict, 'contradicted');
});

test('a decade of life is an age range ("in her 20s", "in his mid-30s"): it agrees with "aged 25" and conflicts with "in her 30s"', async () => {
  const a = one('The driver, a man in his mid-30s, was unhurt.');
  assert.deepEqual([a.kind, a.value, a.rangeTo, a.ageIn], ['count', 33, 37, 'year']);
  assert.equal(quantities('Temperatures were in the 30s.').length, 0, 'no age without "his" or "her"');
  const victim = 'The victim, a woman in her 20s, was taken to hospital.';
  assert.equal((await checkOne(victim, 'The victim, a woman in her 30s, was taken to hospital.')).claims[0].verdict, 'contradicted');
  const aged = await checkOne('The victim, a woman aged 25, was taken to hospital.', 'The victim, a woman in her 20s, was taken to hospital.');
  assert.ok(!aged.claims[0].spans.some((s) => s.text === '20s'), JSON.stringify(aged.claims[0].spans));
});

test('"7.30pm" is the time 19:30 and agrees with "7.30 pm"; a time that ends a sentence is marked without its stop', () => {
  const t = one('The system went down at around 7.30pm.');
  assert.deepEqual([t.kind, t.value, t.text], ['time', 19.5, '7.30pm']);
  assert.deepEqual([one('The shop closes at 7pm. Staff said so.').text, one('Trains leave at 10.15am.').value], ['7pm', 10.25]);
  assert.ok(quantitiesAgree(t, one('The system went down at around 7.30 pm.')));
  // written apart, the same: hours and minutes, also past 12 on the clock face ("12.30 am" is half past midnight)
  assert.deepEqual([one('It went down at 7.30 pm.').kind, one('It went down at 7.30 pm.').value], ['time', 19.5]);
  assert.deepEqual([one('He went to bed at approximately 12.30 am.').kind, one('He went to bed at approximately 12.30 am.').value], ['time', 0.5]);
});

test('an amount with its currency left out ("fined 110", or "# 110" in tokenised text) agrees with "£110"; not a count of something else ("110 times")', async () => {
  assert.ok(quantitiesAgree(one('He was fined 110.'), one('He was fined £110.')));
  assert.ok(!quantitiesAgree(one('He was fined £110.'), one('He was fined 110 times.')));
  const r = await checkOne('Giggs was fined £110 and ordered to pay a £20 victim surcharge and £85 costs.', 'He was fined # 110 and ordered to pay a # 20 victim surcharge and # 85 costs.');
  assert.equal(r.claims[0].verdict, 'supported', JSON.stringify(r.claims[0].spans));
});

test('a length of time with a word describing its unit ("two rapid centuries", "three long weeks", "5 business days") is that length; "70,000 last year" still counts no years', () => {
  assert.deepEqual([one('He fired two rapid centuries.').kind, one('He fired two rapid centuries.').value], ['duration', 2 * 36525]);
  assert.ok(quantitiesAgree(one('He fired two centuries.'), one('He fired two rapid centuries.')));
  assert.equal(one('Visitors were up from 70,000 last year.').kind, 'count');
  // "five working days" is "5 business days" in other words, and not "seven working days"
  const business = one('Refunds are issued within 5 business days.');
  assert.deepEqual([business.kind, business.value], ['duration', 5]);
  assert.ok(quantitiesAgree(one('The money goes back within five working days.'), business));
  assert.ok(!quantitiesAgree(one('The money goes back within seven working days.'), business));
  assert.equal(one('A 10-year-old boy won.').kind, 'count');
});

test('"10 min", "42 percentage chance", "2 percentage points", "until may 12" in lower case and "6 1/2 months" are read as such', () => {
  assert.deepEqual([one('Let the steaks rest for 10 min.').kind, one('Let the steaks rest for 10 min.').value * 1440], ['duration', 10]);
  assert.ok(quantitiesAgree(one('Let them rest for 10 minutes.'), one('Let the steaks rest for 10 min.')));
  assert.deepEqual([one('There is 42 percentage chance of rain.').kind, one('There is 42 percentage chance of rain.').value], ['percent', 42]);
  assert.deepEqual([one('Support rose 2 percentage points.').kind, one('Support rose 2 percentage points.').text], ['percent', '2 percentage points']);
  assert.deepEqual(quantities('He was remanded on bail until may 12 .').map((q) => q.kind), ['month', 'day']);
  assert.deepEqual(quantities('You may leave now.').map((q) => q.kind), []);
  const gestation = one('Gestation for white-tailed deer is 6 1/2 months.');
  assert.deepEqual([gestation.kind, gestation.text], ['duration', '6 1/2 months']);
  assert.ok(quantitiesAgree(one('White-tailed deer gestate for 6 1/2 months.'), gestation));
});

test('paraphrased numbers agree with the source\'s: a score, a currency given once, "two in the morning", a range\'s shared unit', () => {
  // "beat Portugal 2-1": a score of two counts, so "scored twice" is one of them
  assert.deepEqual(quantities('The team beat Portugal 2-1 on Saturday.').filter((q) => q.kind === 'count').map((q) => q.value), [2, 1]);
  assert.ok(quantities('The team beat Portugal 2-1 on Saturday.').some((q) => quantitiesAgree(one('The team scored twice.'), q)));
  // "2.3 billion euros, down from 3.1 billion": the second amount has the first one's currency, unwritten
  const bare = quantities('Profit was 2.3 billion euros, down from 3.1 billion.').find((q) => q.value === 3.1e9)!;
  assert.ok(quantitiesAgree(one('Profit fell from €3.1 billion.'), bare));
  assert.ok(!quantitiesAgree(one('Profit fell from €3.1 billion.'), one('It has 3.1 billion users.')));
  // an hour in words
  const night = one('Trains run until two in the morning.');
  assert.deepEqual([night.kind, night.value], ['time', 2]);
  assert.ok(quantitiesAgree(night, one('Trains run until 2am.')));
  assert.equal(one('The show starts at six in the evening.').value, 18);
  // "from 18 to 25 percent": both ends are percentages; "between 5 and 10 dollars", "from 2 to 3 million euros" both amounts
  assert.deepEqual(quantities('Tree cover will rise from 18 to 25 percent.').map((q) => [q.kind, q.value]), [['percent', 18], ['percent', 25]]);
  assert.ok(quantitiesAgree(one('Tree cover was 18% before.'), quantities('Tree cover will rise from 18 to 25 percent.')[0]));
  // the rise between the two (×1.39) is no claim's "35%" of the city
  const cover = 'The goal is to raise tree cover from 18 to 25 percent of the city by 2035.';
  const factors = segment(cover).flatMap((x) => changeFactors(findQuantities(x.tokens, cover), x.tokens, cover));
  assert.equal(factors.length, 1);
  assert.ok(!quantitiesAgree(one('Trees will cover 35% of the city.'), factors[0]));
  assert.deepEqual(quantities('It costs between 5 and 10 dollars.').map((q) => [q.kind, q.value, q.unit]), [['money', 5, '$'], ['money', 10, '$']]);
  assert.deepEqual(quantities('Sales rose from 2 to 3 million euros.').map((q) => q.value), [2e6, 3e6]);
  // "two to three cups" stays two counts
  assert.deepEqual(quantities('Drink two to three cups.').map((q) => q.kind), ['count', 'count']);
});

test('ages and lengths of time agree ("4,000 years" / "a 4,000-year-old tomb"), and so do "under 18" / "under-18s" and "At 12," / "aged 12"', () => {
  assert.ok(quantitiesAgree(one('The tomb dates back some 4,000 years.'), one('They found a 4,000-year-old tomb.')));
  assert.ok(quantitiesAgree(one('They found a 4,000-year-old tomb.'), one('The tomb dates back some 4,000 years.')));
  assert.ok(!quantitiesAgree(one('The tomb dates back some 3,000 years.'), one('They found a 4,000-year-old tomb.')));
  const under = one('Entry is free for under-18s.');
  assert.deepEqual([under.kind, under.value, under.bound], ['count', 18, 'max']);
  assert.ok(quantitiesAgree(one('Visitors under 18 get in free.'), under));
  assert.ok(quantitiesAgree(one('At 12, she beat the champion.'), one('The prodigy, aged 12, beat the champion.')));
  assert.ok(!quantitiesAgree(one('At 11, she beat the champion.'), one('The prodigy, aged 12, beat the champion.')));
});

test('"about a quarter said" is 25%, "four days a week" is how often, and "a one-day pass" or "six months" missing from the sources are weak', () => {
  const share = one('About a quarter said they were happy.');
  assert.deepEqual([share.kind, share.value], ['percent', 25]);
  assert.ok(quantitiesAgree(one('Around 25% were happy.'), share));
  assert.deepEqual(quantities('The shop is about a quarter mile away.'), []);
  assert.ok(quantitiesAgree(one('It flies four days a week.'), one('It operates four times a week.')));
  // hyphenated as well: "60-days-a-year" is 60 days a year, not a stretch of 60 days
  const hyphenated = one('The island is accessible by sea 60-days-a-year.');
  assert.deepEqual([hyphenated.kind, hyphenated.per], ['count', 'year']);
  assert.ok(quantitiesAgree(one('The island can be reached by sea 60 days a year.'), hyphenated));
  assert.equal(one('He works 8 hours a day.').kind, 'duration');
  // "on five days of the week" is five days a week; "the first two days of the week" is a stretch
  assert.ok(quantitiesAgree(one('Meals will be served on five days of the week.'), one('It will serve food five days a week.')));
  assert.equal(quantities('It shut for the first two days of the week.')[1].kind, 'duration');
  // a summary's own rendering of "a day pass" or "the first half of the year": no rule fires on them missing
  assert.equal(quantities('A one-day pass costs €62.')[0].countable, true);
  assert.equal(quantities('Donations fell in the first six months.')[1].countable, true);
  assert.equal(quantities('Donations fell in the first five months.')[1].countable, undefined);
});

test('"weekends", "weekdays" and "Monday to Friday" are the days they stand for: a day among them agrees, another does not', () => {
  const weekdays = one('The gym opens on weekdays.');
  assert.deepEqual([weekdays.kind, weekdays.value, weekdays.rangeTo], ['weekday', 1, 5]);
  assert.ok(quantitiesAgree(one('Call us on Sunday.'), one('Call us on weekends.')));
  assert.ok(!quantitiesAgree(one('Call us on Monday.'), one('Call us on weekends.')));
  const monToFri = quantities('We are open Monday to Friday.');
  assert.ok(monToFri.some((q) => quantitiesAgree(one('We are open on Wednesday.'), q)));
  assert.ok(monToFri.some((q) => quantitiesAgree(one('We are open on weekdays.'), q)));
  assert.ok(!monToFri.some((q) => quantitiesAgree(one('We are open on Saturday.'), q)));
  assert.ok(!monToFri.some((q) => quantitiesAgree(one('We are open at weekends.'), q)));
});

test('a change between two lengths of time, told apart ("four months\' notice …, up from two months"), is a factor: "double" agrees, "triple" does not', async () => {
  const source = 'The new law requires landlords to give tenants at least four months\' notice before ending a tenancy, up from two months.';
  assert.equal((await checkOne(source, 'Landlords must give four months\' notice, double the previous period.')).claims[0].spans.filter((s) => /change/.test(s.reason)).length, 0);
  const tripled = await checkOne(source, 'Landlords must give four months\' notice, triple the previous period.');
  assert.equal(tripled.claims[0].verdict, 'contradicted');
  assert.match(tripled.claims[0].spans[0].reason, /×2\), not “triple”/);
});

test('"May 30th" and "the 30th of May" are dates, "May prevent" opening a sentence is no month, and "5.68m" / "5.68 m" or "£10.25m" / "# 10.25 m" agree', () => {
  assert.deepEqual(quantities('Khan will fight Algieri on May 30th.').map((q) => q.kind), ['month', 'day']);
  assert.ok(quantitiesAgree(quantities('Khan will fight Algieri on May 30th.')[1], quantities('khan will fight algieri on may 30 .')[1]));
  assert.deepEqual(quantities('Khan fights on the 30th of May.').map((q) => q.kind), ['day', 'month']);
  assert.equal(quantities('He came 30th of 40 runners.').find((q) => q.value === 30)?.kind, 'ordinal');
  assert.deepEqual(quantities('May prevent cancer due to its content.'), []);
  assert.deepEqual(quantities('May also help digestion.'), []);
  assert.deepEqual(quantities('May saw record sales.').map((q) => q.kind), ['month']);
  assert.ok(quantitiesAgree(one('The 5.68m juvenile female was identified.'), one('identifying the 5.68 m juvenile female was difficult')));
  assert.ok(quantitiesAgree(one('an investigation into a # 10.25 m loan'), one('About £10.25m of that money is now missing.')));
  // two amounts each with its scale letter are two amounts: "£1.2m" is not "£1.2bn"
  assert.ok(!quantitiesAgree(one('The deal is worth £1.2m.'), one('The deal is worth £1.2bn.')));
  assert.ok(!quantitiesAgree(one('The deal is worth £1.2bn.'), one('The deal is worth £1.2m.')));
  assert.ok(!quantitiesAgree(one('an investigation into a # 10.5 m loan'), one('About £10.25m of that money is now missing.')));
});

test('a score\'s numbers are rivals only of another score\'s, and an age is no number moved from another age', async () => {
  const score = await checkOne('Connacht conceded 66 points over the season. They lost 14-7 at home.', 'Connacht lost 14-7 at home.');
  assert.ok(!score.claims[0].spans.some((s) => /the source gives/.test(s.reason)), JSON.stringify(score.claims[0].spans));
  const other = await checkOne('Connacht conceded 66 points over the season. They lost to Gloucester.', 'Connacht lost 14-7 to Gloucester.');
  assert.ok(!other.claims[0].spans.some((s) => /the source gives “66”/.test(s.reason)), JSON.stringify(other.claims[0].spans));
  const changed = await checkOne('Connacht lost 14-7 to Gloucester.', 'Connacht lost 21-7 to Gloucester.');
  assert.equal(changed.claims[0].verdict, 'contradicted');
  const ages = await checkOne('Carlos Colina, 32, was charged. The victim, Jonathan Camilien, was 26.', 'A 32-year-old man was charged over the death of a 26-year-old man.');
  assert.ok(!ages.claims.some((c) => c.spans.some((s) => /the source gives/.test(s.reason))), JSON.stringify(ages.claims.map((c) => c.spans)));
});

test('what a JSON record says its numbers are: ISO dates, money, lengths of time and percentages named by the field, and times without am or pm', () => {
  const values = (t: string) => quantities(t).map((q) => [q.kind, q.value, q.unit]);
  assert.deepEqual(values('{"date": "2024-03-14"}'), [['year', 2024, ''], ['month', 3, ''], ['day', 14, '']]);
  assert.ok(quantitiesAgree(quantities('It is on March 14.')[1], quantities('{"date": "2024-03-14"}')[2]));
  assert.deepEqual(values('{"price_usd": 179.99, "revenue_musd": 412.6, "margin_pct": 31.2}'), [['money', 179.99, '$'], ['money', 412_600_000, '$'], ['percent', 31.2, '']]);
  // the currency named by the object the fields are in; opening "hours" are no length of time
  assert.deepEqual(values('{"salary_usd": {"min": 150000, "max": 180000}}'), [['money', 150_000, '$'], ['money', 180_000, '$']]);
  // and in compact JSON, where the tokenizer keeps ":{" whole
  assert.deepEqual(values(JSON.stringify({ salary_usd: { min: 150000 } })), [['money', 150_000, '$']]);
  assert.deepEqual(quantities('{"cook_minutes": 40, "lease_months": 12}').map((q) => [q.kind, Math.round(q.value * 1440)]), [['duration', 40], ['duration', Math.round(365.25 * 1440)]]);
  assert.deepEqual(quantities('{"hours": {"open": 9}}').map((q) => q.kind), ['count']);
  assert.ok(quantitiesAgree(one('The claim says $180,000.'), quantities('{"salary_usd": {"max": 180000}}')[0]));
  // "starts at 7:30" is morning or evening; "5 pm" is not "5:30 pm"
  assert.ok(quantitiesAgree(one('It starts at 7:30.'), one('{"start": "19:30"}')));
  assert.ok(!quantitiesAgree(one('It closes at 5 pm.'), one('It closes at 5:30 pm.')));
  // the scale of a rating is a rival only of another scale
  assert.deepEqual(quantities('Buyers rate them 4.4 out of 5.').map((q) => [q.value, q.counted]), [[4.4, undefined], [5, 'out of']]);
  // a review's date and time ("07:30:00" came out of the tokenizer as "07", ":3", "0:00") is no count a claim's "one" could rival
  assert.deepEqual(values('{"review_date": "2020-11-09 07:30:00"}'), [['year', 2020, ''], ['month', 11, ''], ['day', 9, ''], ['time', 7.5, '']]);
  // "Mondays" is Monday
  assert.deepEqual(values('It is closed on Mondays.'), [['weekday', 1, '']]);
});

test('"3,000 people" for the source\'s "3,000 civilians" is no changed number, even where the best passage counts "three people"', async () => {
  const source = 'The evacuation began on Thursday. "Some 3,000 civilians and more than 40 wounded were brought out," the head of the ICRC said. An official said that one convoy of ambulances had been shot at, with three people injured.';
  const r = await checkOne(source, 'About 3,000 people have been evacuated in buses and ambulances, officials say.');
  assert.ok(!r.claims[0].spans.some((s) => /gives “three”/.test(s.reason)), JSON.stringify(r.claims[0].spans));
  assert.notEqual(r.claims[0].verdict, 'contradicted');
  // a number counting other things still moved: 300 paintings are not 300 staff
  const moved = await checkOne('The gallery holds 300 paintings and employs 50 staff.', 'The gallery employs 300 staff.');
  assert.ok(moved.claims[0].spans.some((s) => /gives “50”, not “300”/.test(s.reason)), JSON.stringify(moved.claims[0].spans));
});

test('"one" as a pronoun before a clause or preposition ("one because of a fault") is no count; "one in five" still is a share', () => {
  assert.deepEqual(quantities('Two launches were called off, one because of a fault and one because of strong winds.').map((q) => q.text), ['Two']);
  assert.deepEqual(quantities('Two runners finished, one from Kenya and one from Ethiopia.').map((q) => q.text), ['Two']);
  assert.equal(one('One in five adults smoke.').value, 20);
});

test('a number after "instead of" or "from" takes the unit the amount before it gives: "every 15 minutes instead of every 20", "4.2 percent from 4.4"', async () => {
  const [now, before] = quantities('Trains will run every 15 minutes instead of every 20 for most of the day.');
  assert.equal(before.kind, 'duration');
  assert.ok(quantitiesAgree(one('Trains used to run every 20 minutes.'), before));
  assert.ok(!quantitiesAgree(one('Trains used to run every 20 minutes.'), now));
  const rate = quantities('Unemployment fell to 4.2 percent from 4.4 in the quarter.');
  assert.deepEqual(rate.map((q) => q.kind), ['percent', 'percent']);
  const fine = await checkOne('From 8 December, trains will run every 15 minutes instead of every 20 for most of the day.', 'Trains will run every quarter of an hour from 8 December, rather than every 20 minutes.');
  assert.equal(fine.verdict, 'supported', JSON.stringify(fine.claims[0].spans));
  const changed = await checkOne('From 8 December, trains will run every 15 minutes instead of every 20 for most of the day.', 'Trains will run every 15 minutes, rather than every 30 minutes.');
  assert.ok(changed.claims[0].spans.some((s) => s.text === '30 minutes' && /15 minutes/.test(s.reason)), JSON.stringify(changed.claims[0].spans));
});

test('a number after a month and a comma that counts something ("12 October, two weeks after", "since January, 31 products") is no day of that month', () => {
  assert.deepEqual(quantities('The breach was discovered on 12 October, two weeks after it began.').map((q) => q.kind), ['day', 'month', 'duration']);
  assert.deepEqual(quantities('Since January, 31 products have shrunk.').map((q) => [q.kind, q.value]), [['month', 1], ['count', 31]]);
  // "On March 3 police said" keeps its day
  assert.deepEqual(quantities('On March 3 police said the road was closed.').map((q) => q.kind), ['month', 'day']);
});

test('"twice" counts times as "three times" does, so one changed into the other conflicts', async () => {
  const r = await checkOne('The launch had been delayed twice, once by a fault in ground equipment and once by high winds.', 'The launch was delayed three times by bad weather.');
  assert.ok(r.claims[0].spans.some((s) => s.text === 'three' && /“twice”/.test(s.reason)), JSON.stringify(r.claims[0].spans));
});

test('a whole number of years that two years of the claim or of one evidence sentence span is no new length of time', async () => {
  const source = 'She joined the council in 1956. She became chief engineer in 1981, a post she held until she retired in 1995.';
  const lengths = async (text: string) => (await checkOne(source, text)).claims[0].spans.filter((s) => /length of time/.test(s.reason)).map((s) => s.text);
  assert.deepEqual(await lengths('She was chief engineer for fourteen years, from 1981 until retiring in 1995.'), []);
  assert.deepEqual(await lengths('She was chief engineer for fourteen years.'), []);
  assert.deepEqual(await lengths('She was chief engineer for twelve years.'), ['twelve years']);
  // 1956 and 1995 are in different sentences: 39 years is not read off them
  assert.deepEqual(await lengths('She worked for the council for 39 years.'), ['39 years']);
});

test('"an hour and a half" is one and a half hours, and "a year and a half" a length of time wherever it stands', () => {
  assert.ok(quantitiesAgree(one('The crossing takes about an hour and a half.'), one('The crossing takes 90 minutes.')));
  assert.ok(!quantitiesAgree(one('The crossing takes about an hour and a half.'), one('The crossing takes 55 minutes.')));
  assert.equal(one('It took a year and a half to build.').kind, 'duration');
});

test('an amount that a verb of change after it takes "to" another is a stated change: "£80 per child, rising to £160" backs "doubling"', async () => {
  const text = 'Parents may be fined £80 per child, rising to £160 if not paid within 21 days.';
  const stated = segment(text).flatMap((s) => changeFactors(findQuantities(s.tokens, text), s.tokens, text));
  assert.deepEqual(stated.map((q) => [q.text, q.value]), [['£80 per child, rising to £160', 2]]);
  const r = await checkOne(text, 'The £80 fine per child doubles if it is not paid within 21 days.');
  assert.ok(!r.claims[0].spans.some((s) => /doubles/.test(s.text)), JSON.stringify(r.claims[0].spans));
});

test('"first" as an adverb ("first joined", "was first elected") orders no thing; "the first woman" and "came first" still do', () => {
  assert.deepEqual(quantities('Reyes first joined the orchestra as a second violinist.').map((q) => q.text), ['second']);
  assert.deepEqual(quantities('She was first elected in 2010.').map((q) => q.kind), ['year']);
  assert.equal(one('She was the first woman to win.').kind, 'ordinal');
});

test('a figure before "last year" or "this month" counts no years or months: "rose from 87 to 132 last year"', () => {
  assert.deepEqual(quantities('Assaults rose from 87 to 132 last year.').map((q) => [q.kind, q.value, q.counted]), [['count', 87, undefined], ['count', 132, undefined]]);
  assert.equal(one('He served 10 years.').kind, 'duration');
});

test('a scale letter that keeps the sentence\'s full stop ("£2.5m.") still scales the amount', () => {
  assert.equal(quantities('The trust gave £2.5m. It was welcome.')[0].value, 2_500_000);
});

test('"one of its two engines" is one engine, so "one engine" agrees and conflicts with nothing; "one of them" counts nothing', async () => {
  assert.deepEqual(quantities('A bird strike damaged one of its two engines.').map((q) => [q.value, q.counted]), [[1, 'engine'], [2, 'engine']]);
  assert.deepEqual(quantities('One of them left early.'), []);
  const r = await checkOne('The Airbus made an emergency landing after a bird strike damaged one of its two engines.', 'A bird strike damaged one engine of the Airbus.');
  assert.ok(!r.claims[0].spans.some((s) => s.text === 'one'), JSON.stringify(r.claims[0].spans));
});

test('"mid-September", "early-March" are the month', () => {
  assert.deepEqual(quantities('Sailings are cancelled until mid-September.').map((q) => [q.kind, q.value]), [['month', 9]]);
});

test('"between 16 and 19 days" reads both ends as days, as "16 to 19 days" does; "magnitude 5.8" measures, "Windows 10" labels', () => {
  assert.deepEqual(quantities('Most walkers take between 16 and 19 days.').map((q) => q.kind), ['duration', 'duration']);
  assert.deepEqual(quantities('An earthquake of magnitude 5.8 struck.').map((q) => [q.value, q.counted]), [[5.8, 'magnitude']]);
  assert.deepEqual(quantities('Windows 10 was released.'), []);
});

test('a share of an amount the text gives ("half of the 7% sought") relates two amounts and is no share of its own; "half of the residents" still is', async () => {
  assert.deepEqual(quantities('The firm has offered 3.5%, half of the 7% the union is seeking.').map((q) => q.text), ['3.5%', '7%']);
  assert.equal(one('Half of the residents voted.').value, 50);
  const r = await checkOne('The company has offered a 3.5 percent rise; the union is asking for 7 percent.', 'The firm has offered 3.5%, half of the 7% the union is seeking.');
  assert.ok(!r.claims[0].spans.some((s) => /half/i.test(s.text)), JSON.stringify(r.claims[0].spans));
});


test('a count of a count in a source is a share: "two of the road\'s four traffic lanes" backs "half its lanes", not "a third"', async () => {
  const text = "Two of the road's four traffic lanes will be removed, and 3 of its 12 branches will close.";
  const shares = segment(text).flatMap((s) => statedShares(findQuantities(s.tokens, text), s.tokens, text));
  assert.deepEqual(shares.filter((q) => q.kind === 'percent').map((q) => [q.text, q.value]), [["Two of the road's four", 50], ['3 of its 12', 25]]);
  const flagged = async (claim: string) => (await checkOne(text, claim)).claims[0].spans.filter((s) => /half|third/.test(s.text)).length;
  assert.equal(await flagged('The road will lose half of its traffic lanes.'), 0);
  assert.equal(await flagged('The road will lose a third of its traffic lanes.'), 1);
  // "two of them, four times": no share
  assert.deepEqual(segment('Two of them won four times.').flatMap((s) => statedShares(findQuantities(s.tokens, 'Two of them won four times.'), s.tokens, 'Two of them won four times.')), []);
});

test('a count of a count in a source leaves the rest: "close 12 of its 80 shops" backs "leaving the chain with 68", not "with 60"', async () => {
  const text = 'A bakery chain will close 12 of its 80 shops by the end of March.';
  const rest = segment(text).flatMap((s) => statedShares(findQuantities(s.tokens, text), s.tokens, text)).filter((q) => q.kind === 'count');
  assert.deepEqual(rest.map((q) => [q.value, q.counted, q.derived]), [[68, 'shop', true]]);
  assert.deepEqual(await flaggedIn(text, 'Twelve shops will shut by the end of March, leaving the chain with 68.', /68/), []);
  assert.deepEqual(await flaggedIn(text, 'Twelve shops will shut by the end of March, leaving the chain with 60.', /60/), ['60']);
});

test('a share of a count before it in a source is a count: "600 homes, a quarter of which" backs "150 of them", not "200"', async () => {
  const text = 'The council approved 600 homes on a former golf course, a quarter of which will be sold below market prices.';
  const parts = segment(text).flatMap((s) => statedParts(findQuantities(s.tokens, text), s.tokens, text));
  assert.deepEqual(parts.map((q) => [q.text, q.value, q.counted]), [['a quarter of 600', 150, 'home']]);
  const figures = (claim: string) => flaggedIn(text, claim, /\d/);
  assert.deepEqual(await figures('The council approved 600 homes, 150 of them to be sold below market price.'), []);
  assert.deepEqual(await figures('The council approved 600 homes, 200 of them to be sold below market price.'), ['200']);
  // a share of something else ("a quarter of the land") gives no count
  const land = 'The council approved 600 homes on a quarter of the land.';
  assert.deepEqual(segment(land).flatMap((s) => statedParts(findQuantities(s.tokens, land), s.tokens, land)), []);
});

test('a change a source states gives its difference: "310, up from 260 a year earlier" backs "50 more than a year earlier", not "80 more"', async () => {
  const text = "A charity's annual count found 310 people sleeping rough in the city on one night in November, up from 260 a year earlier.";
  const diffs = segment(text).flatMap((s) => statedDifferences(changeFactors(findQuantities(s.tokens, text), s.tokens, text)));
  assert.deepEqual(diffs.map((q) => [q.value, q.kind, q.counted]), [[50, 'count', 'people']], 'the 310, not "one night", changed from 260');
  const figures = (source: string, claim: string) => flaggedIn(source, claim, /\d|year/);
  assert.deepEqual(await figures(text, 'On one November night, 310 people were found sleeping rough in the city, 50 more than a year earlier.'), []);
  assert.deepEqual(await figures(text, 'On one November night, 310 people were found sleeping rough in the city, 80 more than a year earlier.'), ['80']);
  assert.deepEqual(await figures('Sales rose from 1.2 million to 1.5 million last year.', 'Sales rose by 300,000 last year.'), []);
  // a difference is never the figure a claim changed: "three million last year" is still 1.8 million's year
  const airport = await checkOne('The airport expects three million passengers a year by 2030, up from 1.8 million last year.', 'The airport handled three million passengers last year.');
  assert.ok(airport.claims[0].spans.some((s) => s.text === 'three million' && /1\.8 million/.test(s.reason)), JSON.stringify(airport.claims[0].spans));
});

test('a share of an amount a source states is an amount: "Half of the £600,000 cost" backs "£300,000", not "£200,000"', async () => {
  const text = 'Half of the £600,000 cost is being met by a government grant.';
  const portions = segment(text).flatMap((s) => statedPortions(findQuantities(s.tokens, text), s.tokens, text));
  assert.deepEqual(portions.map((q) => [q.text, q.value, q.kind, q.unit]), [['Half of the £600,000', 300_000, 'money', '£']]);
  const money = (claim: string) => flaggedIn(text, claim, /^£/);
  assert.deepEqual(await money('A government grant covers £300,000 of the cost.'), []);
  assert.deepEqual(await money('A government grant covers £200,000 of the cost.'), ['£200,000']);
});

test('"about half had", "more than half voted" are shares that conflict with "about a third"; "second-half tries" is none; "one November night" is no date; "four-and-a-half-day" is 4.5 days', async () => {
  assert.deepEqual([one('About half had left.').kind, one('About half had left.').value], ['percent', 50]);
  assert.equal(quantities('Gloucester scored second-half tries.').filter((q) => q.kind === 'percent').length, 0);
  const third = 'Most were men, and about a third had been on the streets for more than a year.';
  const half = await checkOne(third, 'About half had been on the streets for more than a year.');
  assert.equal(half.claims[0].verdict, 'contradicted');
  assert.ok(half.claims[0].spans.some((s) => s.text === 'half' && /a third/.test(s.reason)), JSON.stringify(half.claims[0].spans));
  assert.equal(quantities('On one November night, 310 people slept rough.').filter((q) => q.kind === 'day').length, 0);
  assert.equal(quantities('On 1 November, 310 people slept rough.').filter((q) => q.kind === 'day').length, 1);
  const week = 'A school will move to a four-and-a-half-day week from September.';
  assert.equal((await checkOne(week, 'The school will have a four and a half day week from September.')).claims[0].spans.length, 0);
  assert.equal((await checkOne(week, 'The school will have a four-day week from September.')).claims[0].verdict, 'contradicted');
});

test('a measure agrees in another unit ("1.5km" / "1,500 metres", "1.5 miles" / "2.4 km") and conflicts when changed ("2,500 metres", "50 cm" for "30 centimetres")', async () => {
  assert.ok(quantitiesAgree(one('The path is 1,500 metres long.'), one('The path is 1.5km long.')));
  assert.ok(!quantitiesAgree(one('The path is 1,500 km long.'), one('The path is 1,500 metres long.')), 'the same digits in another unit are another length');
  assert.ok(!quantitiesAgree(one('It weighs 1,500 grams.'), one('The path is 1.5km long.')), 'a weight is no length');
  const path = 'The new path is 1.5km long and will open in May.';
  assert.deepEqual((await checkOne(path, 'The new path is 1,500 metres long and will open in May.')).claims[0].spans, [], 'neither the figure nor the unit is new');
  const longer = await checkOne(path, 'The new path is 2,500 metres long and will open in May.');
  assert.equal(longer.claims[0].verdict, 'contradicted');
  assert.ok(longer.claims[0].spans.some((x) => x.text === '2,500' && /the source gives/.test(x.reason)), JSON.stringify(longer.claims[0].spans));
  assert.deepEqual((await checkOne('The new path is 1.5 miles long.', 'The new path is 2.4 km long.')).claims[0].spans, [], 'a rounded conversion');
  const snow = await checkOne('Overnight snowfall of up to 30 centimetres shut schools.', 'As much as 50 cm of snow fell overnight and shut schools.');
  assert.ok(snow.claims[0].spans.some((x) => x.text === '50' && /“30”/.test(x.reason)), JSON.stringify(snow.claims[0].spans));
});

test('a bound is no rounding past itself: "under £10" is not an exact £11, "over 500" not 480; "up 3.8%" is a rise, not "up to"', async () => {
  assert.ok(!quantitiesAgree(one('Most mains cost under £10.'), one('Most main dishes cost £11.')));
  assert.ok(quantitiesAgree(one('Most mains cost under £10.'), one('Most main dishes cost £9.50.')));
  assert.ok(!quantitiesAgree(one('Over 500 people came.'), one('480 people came.')));
  assert.ok(quantitiesAgree(one('Over 500 people came.'), one('About 480 people came.')), 'a rough source figure may round either way');
  assert.equal(one('Pay went up 3.8% last year.').bound, 'exact');
  assert.equal(one('It can carry up to 40 people.').bound, 'max');
  const spans = (await checkOne('Most main dishes cost between £11 and £16.', 'Most mains cost under £10.')).claims[0].spans;
  assert.ok(spans.some((s) => s.text === '£10' && /the source gives/.test(s.reason)), JSON.stringify(spans));
});

test('"noon", "midday" and "midnight" are times of day: "restarted at midnight" is not "at noon"', async () => {
  assert.equal(one('The clock was restarted at noon.').value, 12);
  assert.ok(quantitiesAgree(one('The shop closes at midnight.'), one('The shop closes at 12am.')));
  const spans = (await checkOne('The clock was restarted on Thursday at noon.', 'The clock was restarted on Thursday at midnight.')).claims[0].spans;
  assert.ok(spans.some((s) => s.text === 'midnight' && /the source gives “noon”/.test(s.reason)), JSON.stringify(spans));
});

test('"double today\'s number" and "triple last year\'s total" are factors, as "twice as many" is; "a double garage" is none', () => {
  assert.deepEqual(quantities("It will handle 20 million passengers by 2040, double today's number.").filter((q) => q.kind === 'factor').map((q) => q.value), [2]);
  assert.equal(one("Sales were triple last year's total.").value, 3);
  assert.ok(quantitiesAgree(one('It will handle twice as many passengers.'), one("It will handle double today's number.")));
  assert.equal(quantities('He has a double garage.').length, 0);
});

/** The reasons of a check's "the source gives … for …, not …" findings: a figure claimed for the party the source gives another. */
const rivalReasons = async (source: string, claim: string) =>
  (await checkOne(source, claim)).claims[0].spans.filter((s) => /the source gives/.test(s.reason)).map((s) => s.reason);

test('a figure the source gives one party, claimed for the party it gives another figure, conflicts: "the company has offered 7%" where the union asks for 7% and the company offers 4%', async () => {
  const source = 'Train drivers will strike on 12 February. The union is asking for a 7 percent rise; the company has offered 4 percent.';
  assert.deepEqual(await rivalReasons(source, 'The company has offered a 7 percent rise.'), ['the source gives “4 percent” for “company”, not “7 percent”']);
  assert.deepEqual(await rivalReasons(source, 'The union wants a 7% rise, while the company has offered 4%.'), []);
  assert.deepEqual(await rivalReasons(source, 'The company has offered 4%, against the union\'s demand for 7%.'), []);
  // figures of one stretch ("rose 19% and 38% respectively") and counts of other things are no parties' figures
  const results = 'Revenues rose 19% and earnings rose 38% in the second quarter.';
  assert.deepEqual(await rivalReasons(results, 'Revenues and earnings rose by 19% and 38% respectively.'), []);
  assert.deepEqual(await rivalReasons('Two piglets were born, each with four legs.', 'The piglets were born with four legs.'), []);
  // words after a figure are that figure's: "£9 on foot or £38 with a car"
  const fares = 'Foot passengers pay £9 for a single trip, while a car and driver pay £38.';
  assert.deepEqual(await rivalReasons(fares, 'A single trip costs £9 on foot or £38 with a car.'), []);
  // a figure with no party before it ("Of those who voted, 71 percent …") is still not the party's the source gives another
  const vote = 'Members have voted to accept the offer. Of those who voted, 71 percent backed the deal; turnout was 52 percent.';
  assert.deepEqual(await rivalReasons(vote, 'Turnout in the ballot was 71%.'), ['the source gives “52 percent” for “turnout”, not “71%”']);
  // unless it is the rival's earlier value: "a bursary of £28,000, up from £24,000"
  const bursary = 'Trainees in maths will receive a tax-free bursary of £28,000, up from £24,000.';
  assert.deepEqual(await rivalReasons(bursary, 'The bursary for maths trainees rises from £24,000 to £28,000.'), []);
});

test('a party named after its figure ("£8,000 raised by villagers", "a £25,000 grant from the council") is that figure\'s: "the council gave £8,000" conflicts', async () => {
  const shop = 'The shop was set up with a £25,000 grant from the district council and £8,000 raised by villagers.';
  assert.deepEqual(await rivalReasons(shop, 'The district council gave £8,000 towards the shop.'), ['the source gives “£25,000” for “district council”, not “£8,000”']);
  assert.deepEqual(await rivalReasons(shop, 'The district council gave £25,000 towards the shop.'), []);
  assert.deepEqual(await rivalReasons(shop, 'Villagers raised £8,000 for the shop.'), []);
  // a place after both figures is theirs alike, not the second's
  const students = 'About 55 percent of its undergraduates and 60 percent overall come from Mississippi.';
  assert.deepEqual(await rivalReasons(students, 'The University of Mississippi has a student body that is 55% undergraduate.'), []);
});

test('who a figure is for ("£12 for adults and £6 for children") is that figure\'s party, the words before the first figure leading both; a plural opening the claim ("Children pay £12") is the noun', async () => {
  const tickets = 'Tickets cost £12 for adults and £6 for children.';
  assert.deepEqual(await rivalReasons(tickets, 'Tickets cost £12 for children.'), ['the source gives “£6” for “children”, not “£12”']);
  assert.deepEqual(await rivalReasons(tickets, 'Tickets cost £6 for children.'), [], 'the £6 is the children\'s, not the adults\' "Tickets cost"');
  assert.deepEqual(await rivalReasons(tickets, 'Adult tickets cost £12.'), []);
  assert.deepEqual(await rivalReasons('Adults pay £12 and children pay £6.', 'Children pay £12.'), ['the source gives “£6” for “children”, not “£12”']);
  assert.deepEqual(await rivalReasons('Adults pay £12 and children pay £6.', 'Children pay £6.'), []);
});

test('a source\'s word of how often is a length of time: "fortnightly" backs "every two weeks" and conflicts with "every three weeks"', async () => {
  const bins = 'General rubbish will move from weekly to fortnightly collections in March.';
  const quantityReasons = async (claim: string) => (await checkOne(bins, claim)).claims[0].spans.filter((s) => /two weeks|three weeks/.test(s.text)).map((s) => s.reason);
  assert.deepEqual(await quantityReasons('From March, general rubbish will be collected every two weeks.'), []);
  assert.deepEqual(await quantityReasons('From March, general rubbish will be collected every three weeks.'), ['the source gives “weekly”, not “three weeks”']);
});

test('an amount a rate follows ("£62 a day", "£95,000 a year") is another amount at another rate: "£62 a week" conflicts', async () => {
  assert.equal(one('Parents will pay £62 a day.').per, 'day');
  assert.ok(!quantitiesAgree(one('Parents will pay £62 a week.'), one('Parents will pay £62 a day.')));
  assert.ok(quantitiesAgree(one('Parents will pay £62.'), one('Parents will pay £62 a day.')), 'a claim that leaves the rate out states the amount');
  const spans = (await checkOne('Parents at Millford Nursery will pay £62 a day from September, up from £58.', 'The nursery will charge £62 a week from September.')).claims[0].spans;
  assert.ok(spans.some((s) => s.reason === 'the source gives “£62 a day”, not “£62 a week”'), JSON.stringify(spans));
});

test('a count with its noun before the rate ("120 services a day", "15 million more passengers a year") is a rate too: "120 services a week" conflicts', async () => {
  assert.equal(one('It cancelled 120 services a day.').per, 'day');
  assert.equal(one('It expects 15 million more passengers a year.').per, 'year');
  assert.equal(one('It cancelled 120 services on the line.').per, undefined, 'no rate after the noun');
  const source = 'A train operator has cancelled 120 services a day on its busiest line.';
  const spans = (await checkOne(source, 'The operator has cancelled 120 services a week.')).claims[0].spans;
  assert.ok(spans.some((s) => s.text === '120' && /a day/.test(s.reason)), JSON.stringify(spans));
  const airport = 'The airport says the runway will let it handle 35 million passengers a year by 2040, up from 20 million now.';
  assert.deepEqual((await checkOne(airport, 'The airport expects 15 million more passengers a year by 2040.')).claims[0].spans.filter((s) => /million/.test(s.text)), [], 'the rise the source gives by its two ends');
});

test('a figure with a comparative after it says which way the amount moved: "12 percent lower" is no rise', async () => {
  const source = 'Average house prices rose by 2.1 percent. The number of sales was 12 percent lower than a year earlier.';
  const turned = async (claim: string) => (await checkOne(source, claim)).claims[0].spans.filter((s) => /a change the other way/.test(s.reason)).length;
  assert.equal(await turned('The number of sales rose by 12 percent.'), 1);
  assert.equal(await turned('The number of sales fell by 12 percent.'), 0);
});

test('an amount the source gives only as what it was before a change ("reduced from 900 to 450") stated as what it is contradicts; not where the claim says it was, states the change, or where the second amount is a later stage ("£40, rising to £80 if unpaid")', () => {
  const source = 'The Regent cinema will reopen in June. The number of seats has been reduced from 900 to 450 to make room for a bar.';
  const of = (src: string, text: string) => analyze({ sources: [{ id: 's', text: src }], text }).inputs[0].comparison;
  const now = of(source, 'The cinema now has 900 seats.');
  assert.equal(now.features.quantityConflicts, 1);
  assert.ok(now.findings.some((f) => f.kind === 'quantity' && f.conflict && /“900” as the amount before it changed to “450”/.test(f.reason)), JSON.stringify(now.findings));
  assert.equal(of(source, 'The cinema had 900 seats before the work.').features.quantityConflicts, 0);
  assert.equal(of(source, 'Seating was cut from 900 to 450.').features.quantityConflicts, 0);
  assert.equal(of('Drivers face a £40 fine, rising to £80 if it is not paid within 28 days.', 'Drivers can now be fined £40.').features.quantityConflicts, 0);
});

test('"at" a number followed by a rate ("will stay at two an hour") is a count per hour, not an hour of the day; "opens at 9 every day" is still 9 o\'clock', () => {
  const two = one('Off-peak services will stay at two an hour.');
  assert.equal(two.kind, 'count');
  assert.equal(two.per, 'hour');
  assert.ok(quantitiesAgree(one('Services outside the peak will remain twice an hour.'), two));
  assert.equal(one('The shop opens at 9 every day.').kind, 'time');
});

test('"at" a number followed by "of" ("swim at three of the beaches") is a count of some of them, not three o\'clock', () => {
  const three = one('People have been told not to swim at three of the bay\'s beaches.');
  assert.equal(three.kind, 'count');
  assert.equal(three.value, 3);
  assert.equal(one('The meeting starts at three.').kind, 'time');
});

test('a length of time that places another time ("from 4.6% twelve months before", "two years ago") is no changed length ("in the three months to September"); "banned for three years after he drove away" still is one', async () => {
  assert.equal(quantities('It fell from 4.6% twelve months before.').find((q) => q.kind === 'duration')?.relative, true);
  assert.equal(one('He left two years ago.').relative, true);
  assert.equal(one('He was banned for three years after he drove away.').relative, undefined);
  const jobs = 'Unemployment fell to 4.1% in the three months to September, down from 4.6% a year earlier.';
  const conflicts = async (source: string, claim: string) => (await checkOne(source, claim)).claims[0].spans.filter((s) => /the source gives/.test(s.reason)).map((s) => s.text);
  assert.deepEqual(await conflicts(jobs, 'The jobless rate dropped to 4.1% from 4.6% twelve months before.'), []);
  assert.deepEqual(await conflicts('He was banned from driving for 100 hours.', 'He was banned from driving for three years after he drove away.'), ['three years']);
});

test('two figures a claim compares the wrong way round ("3.8%, outpacing inflation of 4.2%") contradict it, whatever the sources give for each', async () => {
  const wages = 'Wages grew by 3.8%, slightly slower than prices, which rose 4.2% over the same period.';
  const marked = async (claim: string) => (await checkOne(wages, claim)).claims[0].spans.filter((s) => /the claim calls/.test(s.reason)).map((s) => s.text);
  const r = await checkOne(wages, 'Pay went up 3.8% in the quarter to September, outpacing inflation of 4.2%.');
  assert.equal(r.claims[0].verdict, 'contradicted');
  assert.deepEqual(await marked('Pay went up 3.8% in the quarter to September, outpacing inflation of 4.2%.'), ['4.2%']);
  assert.deepEqual(await marked('Pay rose 3.8%, well below inflation of 4.2%.'), []);
  assert.deepEqual(await marked('Prices rose 4.2%, a little faster than pay, which went up 3.8%.'), []);
  // a figure a noun is bounded by is no comparison of the two ("nothing on orders above £40")
  const delivery = 'Standard delivery costs £3.95 and is free on orders over £40.';
  assert.deepEqual((await checkOne(delivery, 'Standard delivery costs £3.95, or nothing on orders above £40.')).claims[0].spans.filter((s) => /the claim calls/.test(s.reason)), []);
});

test('every day claimed where the sources name only some days contradicts: "seven days a week" where a retrieved passage says "on weekdays", "every day" where trains run "on Saturdays and Sundays" or "but not on Sundays"', async () => {
  const everyDay = (source: string, claim: string) => analyze({ sources: [{ id: 's', text: source }], text: claim }).inputs[0].comparison.findings.filter((f) => f.conflict && /not every day/.test(f.reason)).map((f) => f.reason);
  const shuttle = 'A bus company will run a free shuttle between the station and the hospital every 20 minutes from next month. The shuttle will run from 7am to 7pm on weekdays.';
  assert.deepEqual(everyDay(shuttle, 'The shuttle will run every 20 minutes, seven days a week.'), ['the source gives weekdays, not every day']);
  assert.deepEqual(everyDay('Steam trains run on Saturdays and Sundays from Easter to October.', 'Steam trains will run every day throughout the year.'), ['the source gives weekends, not every day']);
  assert.equal(everyDay('The route links four villages with the town twice a day, but not on Sundays.', 'The buses run every day.').length, 1);
  // the rest of the week given elsewhere, every day said in the sources, or "twice daily" (how often in a day)
  assert.deepEqual(everyDay(`${shuttle} At weekends it runs from 9am to 5pm.`, 'The shuttle will run seven days a week.'), []);
  assert.deepEqual(everyDay(`${shuttle} A night bus runs every day.`, 'The shuttle will run every day.'), []);
  assert.deepEqual(everyDay('The route links four villages with the town on weekdays.', 'The buses run twice daily.'), []);
  // "daily" after its verb is every day, however it is tagged ("will run daily", "sails daily"); "a daily limit" is not
  const flights = 'A regional airline will start flights between Newquay and Belfast in April, with two return flights a week on Mondays and Fridays.';
  assert.deepEqual(everyDay(flights, 'Flights will run daily between Newquay and Belfast from April.'), ['the source gives Monday, Friday, not every day']);
  assert.deepEqual(everyDay('The ferry sails on Mondays and Fridays.', 'The ferry sails daily.'), ['the source gives Monday, Friday, not every day']);
  assert.deepEqual(everyDay('The ferry sails on Mondays and Fridays, with a daily limit of 200 cars.', 'The ferry has a daily limit of 200 cars.'), []);
  assert.equal((await checkOne(shuttle, 'The shuttle will run every 20 minutes, seven days a week.')).claims[0].verdict, 'contradicted');
  // a day the passage leaves out ("except on Sundays"), claimed; left out by the claim too, it agrees
  const route = 'The route links four villages with the market town twice a day, except on Sundays.';
  const leftOut = (claim: string) => analyze({ sources: [{ id: 's', text: route }], text: claim }).inputs[0].comparison.findings.filter((f) => f.conflict && /leaves out/.test(f.reason)).map((f) => f.reason);
  assert.deepEqual(leftOut('The route will now also run on Sundays.'), ['the source leaves out Sunday']);
  assert.deepEqual(leftOut('The buses run twice daily, but not on Sundays.'), []);
  assert.deepEqual(leftOut('The route is closed on Sundays.'), []);
});

test('a day claimed every week where a retrieved passage gives some of the month\'s contradicts: "every Saturday" where the market is held "on the first and third Saturday of each month"', async () => {
  const market = 'A farmers\' market will move to the park from September. The market will still be held on the first and third Saturday of each month.';
  const weekly = (source: string, claim: string) => analyze({ sources: [{ id: 's', text: source }], text: claim }).inputs[0].comparison.findings.filter((f) => f.conflict && /of the month/.test(f.reason)).map((f) => claim.slice(f.start, f.end) + ': ' + f.reason);
  assert.deepEqual(weekly(market, 'The market will now be held every Saturday.'), ['every Saturday: the source gives some Saturdays of the month, not every Saturday']);
  assert.equal((await checkOne(market, 'The market will now be held every Saturday.')).claims[0].verdict, 'contradicted');
  assert.deepEqual(weekly(market, 'The market will still run on the first and third Saturdays of the month.'), []);
  // every week said elsewhere in the sources, or another day
  assert.deepEqual(weekly(`${market} A craft stall opens every Saturday.`, 'The market will now be held every Saturday.'), []);
  assert.deepEqual(weekly(market, 'The market will now be held every Sunday.'), []);
});

test('a figure the claim gives where the sentence it follows has another after the same verb is changed in place, though another sentence has it: "will pay £2 million" where "will each pay £300"', () => {
  const roof = 'The council said the repairs cost £2 million last year. Residents will each pay £300 towards the new roof, the council said.';
  const findings = (claim: string) => analyze({ sources: [{ id: 's', text: roof }], text: claim }).inputs[0].comparison.findings.filter((f) => f.kind === 'quantity').map((f) => f.reason);
  assert.deepEqual(findings('Residents will pay £2 million for the new roof.'), ['the source gives “£300”, not “£2 million”']);
  assert.deepEqual(findings('Residents will pay £300 for the new roof.'), []);
  // another verb before it is another slot: the figure is only misplaced
  assert.match(findings('Residents will spend £2 million on the new roof.')[0] ?? '', /appears in the sources, but not in the passage/);
});

test('pence are hundredths of a pound: "15p more" agrees with "from £1.20 to £1.35", "85 pence" with "85p.", and "95p" conflicts with it', async () => {
  assert.deepEqual([one('A stamp costs 85p.').kind, one('A stamp costs 85p.').value, one('A stamp costs 85p.').unit, one('A stamp costs 85p.').text], ['money', 0.85, '£', '85p']);
  assert.deepEqual([one('A stamp costs 40 pence now.').value, one('A stamp costs 40 pence now.').text], [0.4, '40 pence']);
  // a "p" with a space before it is no penny: "page 15 p 3" stays as it was
  assert.equal(one('See 15 p for details.').kind, 'count');
  const roll = 'A bakery has raised the price of its sausage roll from £1.20 to £1.35.';
  assert.deepEqual(await flaggedIn(roll, 'The sausage roll now costs 15p more.', /\d/), []);
  assert.equal((await checkOne(roll, 'The sausage roll now costs 25p more.')).claims[0].verdict, 'contradicted');
  assert.equal((await checkOne('A stamp now costs 85p.', 'A stamp now costs 85 pence.')).claims[0].spans.length, 0);
  assert.equal((await checkOne('A stamp now costs 85p.', 'A stamp now costs 95p.')).claims[0].verdict, 'contradicted');
});

test('a verb of change may stand further back from its "from", within its clause: "has cut the average wait for a hip or knee replacement from 52 weeks to 38 weeks"', async () => {
  const wait = 'The trust has cut the average wait for a hip or knee replacement from 52 weeks to 38 weeks over the past year.';
  const factors = segment(wait).flatMap((s) => changeFactors(findQuantities(s.tokens, wait), s.tokens, wait));
  assert.deepEqual(factors.map((f) => f.text), ['52 weeks to 38 weeks']);
  const figures = (claim: string) => flaggedIn(wait, claim, /\d/);
  assert.deepEqual(await figures('The trust has cut the average wait by 14 weeks.'), []);
  assert.deepEqual(await figures('The trust has cut the average wait by 20 weeks.'), ['20 weeks']);
  // a clause between them: the verb changes something else ("cut jobs"), and the range is only a range
  const jobs = 'The firm cut jobs, and its shifts run from 6 hours to 8 hours.';
  assert.deepEqual(segment(jobs).flatMap((s) => changeFactors(findQuantities(s.tokens, jobs), s.tokens, jobs)), []);
});

test('two ages in different units agree when they are as long: "its four-decade-old base" for "its 40-year-old headquarters"', async () => {
  const hq = 'The fire service will replace its 40-year-old headquarters.';
  assert.deepEqual(await flaggedIn(hq, 'The fire service will replace its four-decade-old headquarters.', /four/), []);
  assert.notEqual((await checkOne(hq, 'The fire service will replace its three-decade-old headquarters.')).claims[0].verdict, 'supported');
  const decades = one('its four-decade-old headquarters');
  assert.ok(quantitiesAgree(decades, one('its 40-year-old headquarters')));
  assert.ok(!quantitiesAgree(decades, one('its 30-year-old headquarters')));
});

test('an amount added to an earlier one gives their total: "a £60,000 grant … a further £15,000" backs "£75,000", not "£80,000"; "another 30 minutes" after "30 minutes" is an hour', async () => {
  const text = 'The club has won a £60,000 grant to replace its pavilion. The new pavilion will have changing rooms. The club raised a further £15,000 itself.';
  const money = (claim: string) => flaggedIn(text, claim, /^£/);
  assert.deepEqual(await money('There is £75,000 for the project.'), []);
  assert.deepEqual(await money('There is £80,000 for the project.'), ['£80,000']);
  // only after "further", "another", "extra" or "additional", and only onto an amount of the same kind and thing
  const bake = 'Bake for 30 minutes, then turn the pieces over and bake for another 30 minutes.';
  const sums = segment(bake).flatMap((s) => statedSums(findQuantities(s.tokens, bake), s.tokens, (q) => findQuantities(s.tokens, bake).filter((e) => e.end <= q.start).reverse()));
  assert.deepEqual(sums.map((q) => [q.kind, Math.round(q.value * 1440), q.derived]), [['duration', 60, true]]);
  const plain = 'Bake for 30 minutes, then turn the pieces over and bake for 30 minutes.';
  assert.deepEqual(segment(plain).flatMap((s) => statedSums(findQuantities(s.tokens, plain), s.tokens, (q) => findQuantities(s.tokens, plain).filter((e) => e.end <= q.start).reverse())), []);
  const mixed = 'The firm hired 40 staff and bought another 12 vans.';
  assert.deepEqual(segment(mixed).flatMap((s) => statedSums(findQuantities(s.tokens, mixed), s.tokens, (q) => findQuantities(s.tokens, mixed).filter((e) => e.end <= q.start).reverse())), []);
});

test('a share in words rounds its figure as much either side: "nearly a third" for 30%, "about half" for 45%; not "half" for 40%', () => {
  const share = (claim: string, source: string) => quantitiesAgree(one(claim), one(source));
  assert.ok(share('Pollution is nearly a third over the limit.', 'Pollution is 30% above the limit.'));
  assert.ok(share('About half backed it.', 'About 45% backed it.'));
  assert.ok(!share('About half backed it.', 'About 40% backed it.'));
  assert.ok(!share('Pollution is nearly a third over the limit.', 'Pollution is 25% above the limit.'));
  // figures both given in digits keep the tighter rounding: 30% is no rounding of 33%
  assert.ok(!share('Pollution is 30% above the limit.', 'Pollution is 33.4% above the limit.'));
});

test('"at four designated picnic sites" counts sites (a participle before the noun), while "opens at nine" stays an hour', async () => {
  const sites = 'Barbecues will still be allowed at four designated picnic sites with stone hearths.';
  assert.deepEqual([one(sites).kind, one(sites).value], ['count', 4]);
  assert.deepEqual(await flaggedIn(sites, 'Four picnic sites with stone hearths still allow barbecues.', /four/i), []);
  assert.equal((await checkOne(sites, 'Five picnic sites with stone hearths still allow barbecues.')).claims[0].verdict, 'contradicted');
  assert.equal(one('The shop opens at nine.').kind, 'time');
});

test('"the first fortnight" is two weeks long, though "the first century" is no length of time', async () => {
  const calf = 'The calf will not be on public view for the first fortnight.';
  assert.deepEqual(quantities(calf).filter((q) => q.kind === 'duration').map((q) => q.value), [14]);
  assert.deepEqual(await flaggedIn(calf, 'Visitors will have to wait two weeks to see the calf.', /weeks/), []);
  assert.equal((await checkOne(calf, 'Visitors will have to wait three weeks to see the calf.')).claims[0].verdict, 'contradicted');
  assert.deepEqual(quantities('It began as a fort built in the first century.').filter((q) => q.kind === 'duration'), []);
});

test('"one train in three" is a share, as "one in three" is: it agrees with "about a third"; "one goal in two games" is no share', async () => {
  const trains = one('It will run around one train in three.');
  assert.deepEqual([trains.kind, Math.round(trains.value), trains.text], ['percent', 33, 'one train in three']);
  const timetable = 'The operator said it would run about a third of its normal timetable on strike days.';
  assert.deepEqual(await flaggedIn(timetable, 'The operator will run around one train in three on strike days.', /one|three/), []);
  assert.equal((await checkOne(timetable, 'The operator will run around one train in four on strike days.')).claims[0].verdict, 'contradicted');
  assert.deepEqual(quantities('He scored one goal in two games.').map((q) => q.kind), ['count', 'count']);
});

test('a bare number ending a change "from 10 weeks to four" takes the first one\'s unit, so "fall by six weeks" agrees and "by five weeks" does not', async () => {
  const scans = 'The scanner will cut waits for scans from 10 weeks to four.';
  assert.deepEqual(quantities(scans).map((q) => [q.kind, q.value]), [['duration', 70], ['duration', 28]]);
  assert.deepEqual(await flaggedIn(scans, 'Waits for scans should fall by six weeks.', /weeks/), []);
  assert.equal((await checkOne(scans, 'Waits for scans should fall by five weeks.')).claims[0].verdict, 'contradicted');
  assert.deepEqual(quantities('Prices rose from 20% to 25.').map((q) => q.kind), ['percent', 'percent']);
});

test('a whole spread "over four years" gives a yearly amount a claim may state: "£200,000 over four years" backs "£50,000 a year", not "£60,000 a year" nor "pledged £50,000"', async () => {
  const pledge = 'The scheme is funded by a local philanthropist, who has pledged £200,000 over four years.';
  const rates = segment(pledge).flatMap((s) => statedRates(findQuantities(s.tokens, pledge), s.tokens, pledge));
  assert.deepEqual(rates.map((q) => [q.kind, q.value, q.per, q.derived]), [['money', 50_000, 'year', true]]);
  const money = (claim: string) => flaggedIn(pledge, claim, /^£/);
  assert.deepEqual(await money('A philanthropist is paying £50,000 a year.'), []);
  assert.deepEqual(await money('A philanthropist is paying £60,000 a year.'), ['£60,000']);
  assert.deepEqual(await money('A philanthropist has pledged £50,000.'), ['£50,000']);
});

test('a factor between an amount the claim states and one the sources give agrees: "£6 million, two and a half times the fine" where the fine was £2.4 million; "three times the fine" does not, nor "twice as likely as in the 1980s"', async () => {
  const fine = 'A water company has been fined £2.4 million for letting sewage into a river. The company said it had since spent £6 million upgrading the works.';
  const factors = (claim: string) => flaggedIn(fine, claim, /times|twice/);
  assert.deepEqual(await factors('The company has since spent £6 million, two and a half times the fine, on the works.'), []);
  assert.deepEqual(await factors('The company has since spent £6 million, three times the fine, on the works.'), ['three times']);
  // the amount the claim states must itself agree with the sources
  assert.deepEqual(await factors('The company has since spent £5 million, two and a half times the fine, on the works.'), ['two and a half times']);
  const heat = 'The record of 38.5C was set in 2019. Heatwaves of this strength are now ten times more likely than in the 1980s.';
  assert.equal((await checkOne(heat, 'Such heatwaves are now twice as likely as in the 1980s.')).claims[0].verdict, 'contradicted');
});

test('"until 9pm, two hours later than now" gives 7pm as the time before the change: "9pm rather than 7pm" agrees, "rather than 8pm" does not, and "will close at 7pm" still conflicts', async () => {
  const library = 'The main library will stay open until 9pm on weekdays from September, two hours later than now.';
  const shifts = segment(library).flatMap((s) => statedTimeShifts(findQuantities(s.tokens, library), s.tokens, library));
  assert.deepEqual(shifts.map((q) => [q.kind, q.value, q.former]), [['time', 19, true]]);
  const times = (claim: string) => flaggedIn(library, claim, /pm/);
  assert.deepEqual(await times('From September the main library will close at 9pm rather than 7pm on weekdays.'), []);
  assert.deepEqual(await times('From September the main library will close at 9pm rather than 8pm on weekdays.'), ['8pm']);
  assert.deepEqual(await times('The main library will close at 7pm on weekdays from September.'), ['7pm']);
});

test('a part called the whole contradicts: "paying the full £600,000 cost" where the source says "half of the £600,000 cost"; "half of the £600,000" agrees, and a change "from £400,000 to £600,000" is no part', async () => {
  const chargers = 'A council will install 60 new chargers. Half of the £600,000 cost is being met by a government grant. Residents can suggest locations.';
  const full = (await checkOne(chargers, 'The government is paying the full £600,000 cost.')).claims[0];
  assert.equal(full.verdict, 'contradicted');
  assert.ok(full.spans.some((s) => s.text === 'full £600,000' && /Half of the £600,000/.test(s.reason)));
  assert.equal((await checkOne(chargers, 'The government is paying half of the £600,000 cost.')).claims[0].verdict, 'supported');
  assert.ok(!(await checkOne('The budget rose from £400,000 to £600,000.', 'The budget is now the full £600,000.')).claims[0].spans.some((s) => s.text.includes('full')));
});

test('an amount "over the 18 months" is a whole for that stretch: it conflicts with the same amount "a year"; "over the next four years" gives a yearly amount', async () => {
  const lamps = 'A city council will switch 4,000 of its 6,500 street lamps to LED bulbs over the next 18 months, a change it expects to cut its lighting bill by £300,000 a year.';
  assert.deepEqual(await flaggedIn(lamps, 'The new lamps are expected to cut the lighting bill by £300,000 over the 18 months.', /£/), ['£300,000']);
  assert.deepEqual(await flaggedIn(lamps, 'The new lamps are expected to cut the lighting bill by £300,000 a year.', /£/), []);
  assert.deepEqual(await flaggedIn('The council pledged £200,000 over the next four years.', 'The council will give £50,000 a year.', /£/), []);
});

test('a total given as each one\'s ("cost £24 million each" where two boats cost £24 million) conflicts; an amount the source gives for each agrees', async () => {
  const ferry = 'A ferry company has ordered two battery-powered boats for its crossing, at a cost of £24 million.';
  const each = (await checkOne(ferry, 'The battery boats will cost £24 million each.')).claims[0];
  assert.ok(each.spans.some((s) => s.text === '£24 million each' && /for them all, not for each/.test(s.reason)), JSON.stringify(each.spans));
  assert.equal(each.verdict, 'contradicted');
  assert.deepEqual(await flaggedIn(ferry, 'The two battery boats will cost £24 million.', /£/), []);
  assert.deepEqual(await flaggedIn('A ferry company has ordered two boats costing £12 million each.', 'The boats cost £12 million each.', /£/), []);
});

test('"by well over half" and "by more than half" are a share at least half; a bound on a share agrees with an exact share a little past it, not a count with another count', () => {
  const share = (t: string) => quantities(t).filter((q) => q.kind === 'percent').map((q) => [q.value, q.bound]);
  assert.deepEqual(share('Visits have dropped by well over half in five years.'), [[50, 'min']]);
  assert.deepEqual(share('Visits have dropped by more than half in five years.'), [[50, 'min']]);
  assert.deepEqual(share('Visits have dropped by just under a third.'), [[100 / 3, 'max']]);
  assert.equal(quantitiesAgree(one('It fell by more than half.'), one('It fell by 60%.')), true, '"more than half" keeps 60%');
  assert.equal(quantitiesAgree(one('It fell by more than half.'), one('It fell by 80%.')), false, '80% is far past "more than half"');
  assert.equal(quantitiesAgree(one('It fell by more than half.'), one('It fell by 40%.')), false, '40% breaks "more than half"');
  assert.equal(quantitiesAgree(one('at least 14 people'), one('16 people')), false, 'a count bound is no rounding of another count');
  assert.equal(quantitiesAgree(one('more than a thousand people'), one('1,200 people')), true, 'a round bound of a hundred or more keeps a count a little past it');
  assert.equal(quantitiesAgree(one('more than a thousand people'), one('1,500 people')), false, '1,500 is far past "more than a thousand"');
  assert.equal(quantitiesAgree(one('more than a thousand people'), one('900 people')), false, '900 breaks "more than a thousand"');
  assert.equal(quantitiesAgree(one('at least 20 people'), one('24 people')), false, 'a small round bound is no rounding of another count');
});

test('"in the past year" is a stretch of one year, which "in five years" conflicts with and a source\'s "last year" backs; "the last week of March" and "last year" are no length', async () => {
  const durations = (t: string) => quantities(t).filter((q) => q.kind === 'duration').map((q) => q.text);
  assert.deepEqual(durations('Visits have fallen by 60% in the past year.'), ['the past year']);
  assert.deepEqual(durations('Sales rose over the last month.'), ['the last month']);
  assert.deepEqual(durations('It closed during the last week of March.'), []);
  assert.deepEqual(durations('Sales rose 5% last year.'), []);
  const flagged = async (source: string, claim: string) => (await checkOne(source, claim)).claims[0].spans.map((s) => s.text);
  assert.deepEqual(await flagged('Visits had fallen by 60% in five years.', 'Visits have fallen by 60% in the past year.'), ['the past year']);
  assert.deepEqual(await flagged('Sales rose 5% last year.', 'Sales rose 5% in the past year.'), []);
  assert.deepEqual(await flagged('Sales rose 5% last year. Footage is kept for 31 days.', 'Footage will be kept for a year.'), ['a year']);
});

test('"for the first time" where no source says so counts as a new figure, not a summary\'s own small count; "the first film" stays a small one', () => {
  const features = (source: string, claim: string) => comparisonOf(source, claim).features;
  const portrait = 'A portrait of a child in Liverpool has gone on display at the Walker gallery after being restored.';
  assert.equal(features(portrait, 'A portrait of a child has gone on display for the first time.').novelQuantities, 1, 'a first time the source does not state');
  assert.equal(features('The portrait has gone on display for the first time.', 'The portrait is on display for the first time.').novelQuantities, 0, 'stated by the source');
  const films = features('The director made three films.', 'The first film was made by the director.');
  assert.deepEqual([films.novelQuantities, films.novelSmallNumbers], [0, 1]);
});
