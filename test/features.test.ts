import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/check.js';
import { matchDensity, substitutions, wordOrder } from '../src/compare/wordOrder.js';
import { buildEvidenceIndex } from '../src/retrieve/evidence.js';
import { segment } from '../src/text/segment.js';
import { isContent } from '../src/text/tokens.js';
import { checkOne, claimWith, comparisonOf } from './helpers.js';

/** A one-source evidence index's passages (its sentences), as retrieval builds them. */
const passagesOf = (text: string) => buildEvidenceIndex([{ id: 's', text, sentences: segment(text) }]).passages;
/** A claim's content words, as the word-order features read them. */
/** How many of the claim's words no source has (first claim). */
const novelWords = (source: string, text: string) => comparisonOf(source, text).features.novelWords;
/** The verdict on the first claim of `claim` checked against `source`. */
const verdictOf = async (source: string, claim: string) => (await checkOne(source, claim)).claims[0].verdict;

const contentTokensOf = (text: string) => segment(text).flatMap((x) => x.tokens).filter(isContent);

const SOURCE = 'Mayor Lena Ortiz met railway officials on Tuesday. She said the new line could carry 40,000 passengers a day. The council did not approve the airport extension. Ticket prices increased by 5 percent.';

test('a person the sources never mention is flagged as a new name', async () => {
  const r = await checkOne(SOURCE, 'Mayor Lena Ortiz met railway officials and Governor Tom Reyes on Tuesday.');
  const c = claimWith(r, 'Reyes');
  assert.notEqual(c.verdict, 'supported');
  const span = c.spans.find((s) => s.text.includes('Tom Reyes'));
  assert.ok(span, JSON.stringify(c.spans));
  assert.match(span.reason, /not mentioned in the sources/);
});

test('a name already in the sources is not flagged, even shortened', async () => {
  const r = await checkOne(SOURCE, 'Ortiz met railway officials on Tuesday.');
  assert.equal(r.claims[0].verdict, 'supported');
  assert.deepEqual(r.claims[0].spans, []);
});

test('a changed number contradicts the source and the reason quotes the source figure', async () => {
  const r = await checkOne(SOURCE, 'She said the new line could carry 60,000 passengers a day.');
  const c = r.claims[0];
  assert.equal(c.verdict, 'contradicted');
  assert.equal(c.spans[0].text, '60,000');
  assert.match(c.spans[0].reason, /40,000/);
});

test('the same number written differently is supported', async () => {
  const r = await checkOne(SOURCE, 'She said the new line could carry forty thousand passengers a day.');
  assert.equal(r.claims[0].verdict, 'supported');
});

test('dropping a negation contradicts the source', async () => {
  const r = await checkOne(SOURCE, 'The council approved the airport extension.');
  assert.equal(r.claims[0].verdict, 'contradicted');
  assert.equal(r.claims[0].spans[0].text, 'approved');
});

test('a negated verb of the tagger\'s stop list still flips: "does not give" where the source says "gives"', async () => {
  const r = await checkOne('The casting request even gives details of the actress’s head and wrist circumferences.', 'The casting request does not give the actress’s head and wrist circumferences.');
  assert.equal(r.claims[0].verdict, 'contradicted', JSON.stringify(r.claims[0].spans));
});

test('dropping a negation contradicts the source though the claim has an implicit negative after the denied word ("has brought in a hosepipe ban" where it "has not yet brought in a hosepipe ban"); one before it agrees ("refused to pay" / "did not pay")', async () => {
  const reservoirs = 'Reservoirs were 54 percent full at the end of August. The water company has asked customers to take shorter showers but has not yet brought in a hosepipe ban.';
  const ban = await checkOne(reservoirs, 'The water company has brought in a hosepipe ban.');
  assert.equal(ban.claims[0].verdict, 'contradicted');
  assert.ok(ban.claims[0].spans.some((s) => s.text === 'brought' && /the source says the opposite/.test(s.reason)), JSON.stringify(ban.claims[0].spans));
  const firm = await checkOne('The firm has not introduced a ban on remote working.', 'The firm has introduced a ban on remote working.');
  assert.equal(firm.claims[0].verdict, 'contradicted');
  const refused = await checkOne('The council did not pay the fine.', 'The council refused to pay the fine.');
  assert.ok(!refused.claims[0].spans.some((s) => /opposite|negates/.test(s.reason)), JSON.stringify(refused.claims[0].spans));
});

test('"no longer" negates the verb after it: "The shop sells bread" where it "no longer sells bread" is contradicted, and the reverse', async () => {
  const stopped = await checkOne('The village shop no longer sells bread, its owner said.', 'The village shop sells bread.');
  assert.equal(stopped.claims[0].verdict, 'contradicted');
  assert.ok(stopped.claims[0].spans.some((s) => s.text === 'sells' && /no … sells/.test(s.reason)), JSON.stringify(stopped.claims[0].spans));
  assert.equal((await checkOne('The village shop sells bread, its owner said.', 'The village shop no longer sells bread.')).claims[0].verdict, 'contradicted');
  assert.equal((await checkOne('The village shop no longer sells bread, its owner said.', 'The village shop has stopped selling bread.')).claims[0].verdict, 'supported');
});

test('"failed to" denies the verb after it: "The drug reduced deaths" where it "failed to reduce deaths" is contradicted; "refused to pay" agrees with "did not pay"', async () => {
  const trial = await checkOne('In a trial of 4,000 patients, the drug failed to reduce deaths from heart disease.', 'In a trial of 4,000 patients, the drug reduced deaths from heart disease.');
  assert.equal(trial.claims[0].verdict, 'contradicted');
  assert.ok(trial.claims[0].spans.some((s) => s.text === 'reduced' && /failed … reduce/.test(s.reason)), JSON.stringify(trial.claims[0].spans));
  const refused = await checkOne('The council refused to pay the fine.', 'The council did not pay the fine.');
  assert.ok(!refused.claims[0].spans.some((s) => /opposite|negates/.test(s.reason)), JSON.stringify(refused.claims[0].spans));
});

test('adding a negation contradicts the source', async () => {
  const r = await checkOne(SOURCE, 'Mayor Lena Ortiz did not meet railway officials on Tuesday.');
  assert.equal(r.claims[0].verdict, 'contradicted');
  assert.ok(r.claims[0].spans.some((s) => s.text === 'not'));
});

test('a negation about something else in the source sentence does not contradict the claim', async () => {
  const source = 'The council approved the budget on Monday, although the mayor did not attend the vote.';
  const r = await checkOne(source, 'The council approved the budget on Monday.');
  assert.equal(r.claims[0].verdict, 'supported');
  assert.ok(!r.claims[0].spans.some((s) => /opposite|negates/.test(s.reason)), JSON.stringify(r.claims[0].spans));
});

test('a negation the claim adds about something else the source says nothing of is not a contradiction', async () => {
  const r = await checkOne(SOURCE, 'Mayor Lena Ortiz met railway officials on Tuesday and did not stay long.');
  // it is new ("the passages that best match it negate nothing"), not the opposite of what the source says
  assert.ok(!r.claims.some((c) => c.verdict === 'contradicted' || c.spans.some((s) => /the claim negates what the source states|the opposite/.test(s.reason))), JSON.stringify(r.claims));
});

test('stating as certain what the source hedges is marked with a reason', async () => {
  const r = await checkOne(SOURCE, 'She said the new line will carry 40,000 passengers a day.');
  const span = r.claims[0].spans.find((s) => s.text === 'will');
  assert.ok(span, JSON.stringify(r.claims[0]));
  assert.match(span.reason, /could/);
});

test('a hedge qualifies the verb right after it, not one past another word: "reportedly reluctant to wear" hedges no wearing, "allegedly having" no "has been charged"', async () => {
  const hedged = (source: string, text: string) => comparisonOf(source, text).features.modalityOverstated;
  assert.equal(hedged('The queen has been encouraged to wear the safety hats but is reportedly reluctant to wear one.', 'The queen has been encouraged to wear the safety hats.'), 0);
  assert.equal(hedged('Altice has been charged with 14 felonies for allegedly having relationships with students.', 'Altice has been charged with 14 felonies.'), 0);
  assert.equal(hedged('Altice could face up to 45 years in prison when she is sentenced.', 'Altice faces up to 45 years in prison when she is sentenced.'), 1);
  assert.equal(hedged('Prices may soon rise again, the bank said.', 'Prices will rise again, the bank said.'), 1);
  // the hedged verb as a noun names the act, it does not state it: "A freeze … costs £5 a month"
  const freeze = 'Members may freeze their membership for up to three months a year for a fee of £5 a month.';
  assert.equal(hedged(freeze, 'A freeze of up to three months a year costs £5 a month.'), 0);
  assert.equal(hedged(freeze, 'Members freeze their membership every summer.'), 1);
  assert.equal(hedged('Guests may cancel free of charge up to 48 hours before arrival.', 'Cancelling at least 48 hours before arrival costs nothing.'), 0);
  // a verb after "to" is not stated as done, and "could not" is no hedge
  const film = 'Fred said Harry and Joyce could watch the film at his house.';
  assert.equal(hedged(film, 'Harry and Joyce agree to watch the film at his house.'), 0);
  assert.equal(hedged(film, 'Harry and Joyce watched the film at his house.'), 1);
  assert.equal(hedged('The giant kite could not be flown, so the team flew half of it.', 'The team flew half of the giant kite.'), 0);
});

test('a passive plan stated as done is marked ("will be opened" / "was opened", "should be listed" / "has already been listed"); a present passive restating a rule is not', () => {
  const planned = (source: string, text: string) => comparisonOf(source, text).features.modalityOverstated;
  assert.equal(planned('The new bridge will be opened in May.', 'The new bridge was opened in May.'), 1, 'the month "May" hedges nothing');
  // "has already begun" where the passage speaks of what is to come, though the claim hedges something else
  assert.equal(planned('Construction is expected to start in 2026 and take about 18 months.', 'Construction has already begun and should finish within 18 months.'), 1);
  assert.equal(planned('Construction started in 2024 and is expected to take about 18 months.', 'Construction has already begun and should finish within 18 months.'), 0, 'it did start');
  assert.equal(planned('The update is available for Android, and the iOS version will follow next week.', 'Android users can install the update already; the iOS version follows next week.'), 0, 'no participle after "already"');
  // "would open", which the tagger reads as an adjective, reported by a "said" before an "and"
  assert.equal(planned('The service said it had hired 60 new paramedics this year and would open two new stations next spring.', 'The service opened two new stations next spring.'), 1);
  assert.equal(planned('The team said the species should be listed as endangered.', 'The species has already been listed as endangered.'), 1);
  assert.equal(planned('The team said the species should be listed as endangered.', 'The team said the species is listed as endangered.'), 0, '"should" alone is advice: only "already" says it was done');
  assert.equal(planned('Sale items can be returned within 14 days but will be refunded as store credit only.', 'Sale items are refunded as store credit.'), 0);
});

test('a plan or expectation stated as done is marked: "plans to open" / "opened", "will hire" / "hired", "expects … to return" / "has returned"', async () => {
  const planned = (source: string, text: string) => comparisonOf(source, text).features.modalityOverstated;
  assert.equal(planned('The company plans to open 50 new stores next year.', 'The company opened 50 new stores.'), 1);
  assert.equal(planned('The firm will hire 300 staff at the new plant.', 'The firm hired 300 staff at the new plant.'), 1);
  assert.equal(planned('The council is set to approve the budget on Monday.', 'The council approved the budget on Monday.'), 1);
  // talks, threats and offers to do it are no doing
  assert.equal(planned('The company is in talks to buy its rival for £2bn.', 'The company has bought its rival for £2bn.'), 1);
  assert.equal(planned('The landlord has offered to repair the roof.', 'The landlord has repaired the roof.'), 1);
  // nor is asking someone else to do it
  assert.equal(planned('The charity asked the council to open a winter shelter.', 'The council has opened a winter shelter.'), 1);
  assert.equal(planned('Residents urged the council to reopen the library.', 'The council has reopened the library.'), 1);
  assert.equal(planned('Residents urged the council to reopen the library.', 'Residents urged the council to reopen the library.'), 0);
  const soon = comparisonOf('The firm will soon hire 300 staff at the new plant.', 'The firm hired 300 staff at the new plant.');
  assert.match(soon.findings.find((f) => f.kind === 'modality')?.reason ?? '', /“will soon hire”/);
  const r = await checkOne('The airport expects passenger numbers to return to pre-pandemic levels by 2026.', 'The airport has already returned to pre-pandemic passenger levels.');
  const span = r.claims[0].spans.find((s) => s.text === 'returned');
  assert.ok(span && r.verdict !== 'supported', JSON.stringify(r.claims[0]));
  assert.match(span.reason, /expects … to return/);
  // the plan restated, a thing the source says happened too, a noun "set", a participle used as an adjective
  assert.equal(planned('The company plans to open 50 new stores next year.', 'The company plans to open 50 new stores.'), 0);
  assert.equal(planned('The company opened 20 stores last year and plans to open 50 more.', 'The company opened 20 stores last year.'), 0);
  assert.equal(planned('He lost the second set before going on to beat Smith in three sets.', 'He beat Smith in three sets.'), 0);
  assert.equal(planned('We will email you a link that is valid for 30 minutes.', 'The emailed link is valid for 30 minutes.'), 0);
});

test('a request or talks stated as agreed ("has agreed to allow watering" where the farmers asked the agency to) is a hedge stated as certain, unless a source says it was agreed, accepted or approved', () => {
  const agreed = (source: string, text: string) => comparisonOf(source, text);
  const asked = agreed('Farmers asked the agency to allow watering at night.', 'The agency has agreed to allow watering at night.');
  assert.equal(asked.features.modalityOverstated, 1);
  assert.ok(asked.findings.some((f) => f.kind === 'modality' && /no source says this was agreed/.test(f.reason)), JSON.stringify(asked.findings));
  assert.equal(agreed('The council has asked the bank to keep the machine. It is in talks with a post office about offering cash withdrawals.', 'The post office has agreed to offer cash withdrawals.').features.modalityOverstated, 1);
  // an agreement the source gives in other words, one the claim hedges or denies, and a conversation's narration
  assert.equal(agreed('The town council has approved a plan to close the high street to cars on Saturdays.', 'Councillors have agreed to close the high street on Saturdays.').features.modalityOverstated, 0);
  assert.equal(agreed('Nurses have accepted a pay offer of 5.5% this year.', 'Nurses have agreed to a 5.5% rise.').features.modalityOverstated, 0);
  assert.equal(agreed('Farmers asked the agency to allow watering at night.', 'The agency has not agreed to allow watering at night.').features.modalityOverstated, 0);
  assert.equal(agreed('Fred: Would you like to watch Metropolis with me? Joyce: Sure!', 'Joyce agrees to watch the film with Fred.').features.modalityOverstated, 0);
  // "has agreed a fixed fare" where the source has talks about one; not where a deal was signed
  assert.equal(agreed('The airport said it was talking to taxi firms about a fixed fare for night arrivals.', 'The airport has agreed a fixed taxi fare for night arrivals.').features.modalityOverstated, 1);
  assert.equal(agreed('The airport has signed a deal with taxi firms for a fixed fare for night arrivals.', 'The airport has agreed a fixed taxi fare for night arrivals.').features.modalityOverstated, 0);
});

test('a pause or a term stated as permanent ("cancelled for good" where the festival may return next year) is a hedge stated as certain, unless a source says something is permanent', () => {
  const lasting = (source: string, text: string) => comparisonOf(source, text);
  const festival = 'The orchestra will not hold its summer festival this year. Its director said she hoped it could return next year.';
  const good = lasting(festival, 'The festival has been cancelled for good.');
  assert.equal(good.features.modalityOverstated, 1);
  assert.ok(good.findings.some((f) => f.kind === 'modality' && /no source says this is permanent; the claim says “for good”/.test(f.reason)), JSON.stringify(good.findings));
  assert.equal(lasting('The county council will pay the rest for one year.', 'The county council will cover the rest permanently.').features.modalityOverstated, 1);
  // a source that says it is permanent, in any of the words, and "for good reason"
  assert.equal(lasting('The leisure centre will close its ice rink permanently in March.', 'The ice rink will shut for good in March.').features.modalityOverstated, 0);
  assert.equal(lasting('The ice rink will close for good in March.', 'The ice rink will be closed permanently from March.').features.modalityOverstated, 0);
  assert.equal(lasting('The ice rink will close in March, the council said, citing its running costs.', 'The rink is closing in March for good reason.').features.modalityOverstated, 0);
});

test('a finding stated as cause and effect ("The study showed that lunchtime walks make workers happier") where a source says the study could not establish it is a hedge stated as certain', () => {
  const walks = 'Office workers who took a short walk at lunchtime reported better mood in the afternoon. The researchers said they could not rule out that happier people were simply more likely to go for walks.';
  const made = comparisonOf(walks, 'The study showed that lunchtime walks make office workers happier.');
  assert.equal(made.features.modalityOverstated, 1);
  assert.ok(made.findings.some((f) => f.kind === 'modality' && /could not establish cause and effect/.test(f.reason)), JSON.stringify(made.findings));
  const link = 'Teenagers who spent more time on social media reported more anxiety. The researchers cautioned that the study shows an association, not that social media causes anxiety.';
  assert.equal(comparisonOf(link, 'The study proves that heavy social media use causes anxiety in teenagers.').features.modalityOverstated, 1);
  // no disclaimer in the sources, a claim that keeps the doubt, or no cause stated
  assert.equal(comparisonOf('Office workers who took a short walk at lunchtime reported better mood in the afternoon.', 'The study showed that lunchtime walks make office workers happier.').features.modalityOverstated, 0);
  assert.equal(comparisonOf(link, 'The researchers said the study does not prove that social media causes anxiety.').features.modalityOverstated, 0);
  assert.equal(comparisonOf(walks, 'The study found that workers who walked at lunchtime reported a better mood.').features.modalityOverstated, 0);
});

test('"has already begun" where a retrieved sentence about the same thing plans it ("They plan a larger trial next year") is a plan stated as done, though another sentence matches the claim best', () => {
  const weed = 'In a two-year trial on a former smelting works, the plants removed about 15 percent of the lead in the soil. They plan a larger trial next year.';
  const begun = comparisonOf(weed, 'The larger trial has already begun on a second industrial site.');
  assert.equal(begun.features.modalityOverstated, 1);
  assert.ok(begun.findings.some((f) => f.kind === 'modality' && /a passage about it says it is still to come/.test(f.reason)), JSON.stringify(begun.findings));
  // a sentence that says it happened, a relative clause ("who have already"), and a hedge
  assert.equal(comparisonOf(`${weed} The larger trial began in May.`, 'The larger trial has already begun on a second industrial site.').features.modalityOverstated, 0);
  const bank = 'The bank warned customers about texts asking them to move money. It said it would never ask customers to transfer money.';
  assert.equal(comparisonOf(bank, 'People who have already transferred money should ring the bank.').features.modalityOverstated, 0);
  assert.equal(comparisonOf(weed, 'The larger trial may have already begun on a second site.').features.modalityOverstated, 0);
});

test('"has already begun" where the best evidence joins two sentences, one naming the work and the next saying it is due to start, is a plan stated as done; not where that one says it started', () => {
  const runway = 'An airport will build a second runway after the government approved the £2 billion plan, which the airport says will let it handle 35 million passengers a year by 2040, up from 20 million now. Construction is due to start in 2027 and will take five years.';
  assert.equal(comparisonOf(runway, 'Work on the runway has already begun.').features.modalityOverstated, 1, 'due to start, stated as begun');
  const started = runway.replace('is due to start in 2027 and will take', 'started in 2024 and will take');
  assert.equal(comparisonOf(started, 'Work on the runway has already begun.').features.modalityOverstated, 0, 'it did start');
});

test('what a passage only weighs doing ("would consider an appeal", "is considering a tax") stated as done is marked, though another sentence matches the claim best; a hedge or a passage saying it happened is not', () => {
  const ruling = 'A court has ruled that a delivery company must treat its 2,500 drivers as workers rather than self-employed contractors. The company said it was disappointed and would consider an appeal.';
  const weighed = (source: string, claim: string) => comparisonOf(source, claim).findings.filter((f) => f.kind === 'modality' && /only being considered/.test(f.reason)).map((f) => claim.slice(f.start, f.end));
  assert.deepEqual(weighed(ruling, 'The company has appealed against the ruling.'), ['appealed']);
  assert.deepEqual(weighed(ruling, 'The company has lodged an appeal against the ruling.'), ['appeal']);
  assert.deepEqual(weighed('The city is considering a tax on empty homes.', 'The city has introduced a tax on empty homes.'), ['tax']);
  assert.deepEqual(weighed(ruling, 'The company said it might appeal against the ruling.'), []);
  assert.deepEqual(weighed(`${ruling} It appealed in May.`, 'The company has appealed against the ruling.'), []);
  assert.deepEqual(weighed('The company has appealed and is considering a further appeal.', 'The company has appealed.'), []);
});

test('what a passage leaves undecided ("will decide in March whether to close the pool") stated as decided is marked ("will close", "has decided to sell"); not a claim that keeps it open, nor a wish ("is keen to join")', () => {
  const undecided = (source: string, claim: string) => comparisonOf(source, claim).findings.filter((f) => f.kind === 'modality' && /not yet decided/.test(f.reason)).map((f) => claim.slice(f.start, f.end));
  const pool = 'The council will decide in March whether to close the pool.';
  assert.deepEqual(undecided(pool, 'The council will close the pool in March.'), ['close']);
  assert.deepEqual(undecided('The board is deciding whether to sell the club.', 'The board has decided to sell the club.'), ['sell']);
  assert.deepEqual(undecided(pool, 'The council will decide in March whether to shut the pool.'), []);
  assert.deepEqual(undecided(pool, 'The council may close the pool.'), []);
  assert.deepEqual(undecided('He is still considering whether to join Chelsea.', 'He is keen to join a club where he will play.'), []);
});

test('a plan reported with "would" ("said it would spend") or stated as done in another verb ("has begun" for "is expected to start") is marked too', () => {
  const planned = (source: string, text: string) => comparisonOf(source, text).features.modalityOverstated;
  assert.equal(planned('The water company said it would spend £14 million on overflow storage by 2027.', 'The water company has already spent £14 million on overflow storage.'), 1);
  assert.equal(planned('Construction is expected to start in 2026 and take about 18 months.', 'Construction has already begun.'), 1);
  const begun = comparisonOf('Construction is expected to start in 2026 and take about 18 months.', 'Construction has already begun.');
  assert.match(begun.findings.find((f) => f.kind === 'modality')?.reason ?? '', /“expected … to start”/);
  // a "would" that reports nothing, and a start the source says happened
  assert.equal(planned('He would have gone if he had been invited.', 'He went.'), 0);
  assert.equal(planned('Construction started in March and is expected to finish in 2026.', 'Construction has begun.'), 0);
});

test('"likelier" is "more likely", not a hedge the source lacks', async () => {
  const source = 'An independent evaluation found that recipients were more likely to find full-time work than a comparison group.';
  const text = 'Recipients were likelier to find full-time work than a comparison group, an independent evaluation found.';
  assert.equal(comparisonOf(source, text).features.modalityOverstated, 0);
  const r = await checkOne(source, text);
  assert.ok(!r.claims[0].spans.some((s) => /likel/i.test(s.text)), JSON.stringify(r.claims[0].spans));
});

test('words that refer to the sources count in no coverage: "According to the provided passages, X" is covered as X is', () => {
  const source = 'The museum reopened on Monday after a two-year renovation.';
  const bare = comparisonOf(source, 'The museum reopened on Monday.').features;
  for (const text of ['According to the provided passages, the museum reopened on Monday.', 'Based on the article, the museum reopened on Monday.']) {
    const f = comparisonOf(source, text).features;
    assert.equal(f.coverageSources, bare.coverageSources, text);
    assert.equal(f.coverageBest, 1, text);
    assert.equal(f.novelWords, 0, text);
  }
});

/** How many opposites of the source's words a one-claim text has (the antonyms feature). */
const opposites = (source: string, text: string) => comparisonOf(source, text).features.antonyms;

test('an antonym of the source word contradicts it', async () => {
  const r = await checkOne(SOURCE, 'Ticket prices decreased by 5 percent.');
  assert.equal(r.claims[0].verdict, 'contradicted');
  assert.equal(r.claims[0].spans[0].text, 'decreased');
  assert.match(r.claims[0].spans[0].reason, /increased/);
});

test('no antonym in an age ("the 32-year-old" against "a whole new fighter"), in a verb of another class ("to present the kit" against "future"), or for a word the best evidence has as it is', () => {
  assert.equal(opposites('Adams, 32, underwent shoulder surgery this year and feels like a whole new fighter.', 'The 32-year-old underwent shoulder surgery this year and feels like a fighter.'), 0);
  assert.equal(opposites('The stars made their way to Anfield to present the kit to the fans.', 'The stars made their way to Anfield to show the future kit to the fans.'), 0);
  assert.equal(opposites('Aldo defends his belt in Las Vegas. McGregor claimed that the man he is challenging lacks the same motivation as him.', 'McGregor claims Aldo lacks the motivation he has for the title fight in Las Vegas.'), 0);
  // still an antonym: "old" that is no age, a participle against an adjective
  assert.equal(opposites('The council bought a new fire engine last year.', 'The council bought an old fire engine last year.'), 1);
  assert.equal(opposites('The store on Main Street is closed on Sundays.', 'The store on Main Street is open on Sundays.'), 1);
});

test('an opposite is looked for in every sentence that covers the rest of the claim, not only the first of two that tie; a clause that contrasts the two words itself is no opposite', () => {
  // both sentences cover "reach … markets"; the one with "new" comes second
  const tie = comparisonOf('Our platform helps you expand your reach to international markets. Reach new markets with our tools.', 'Reach old markets.');
  assert.equal(tie.features.antonyms, 1);
  assert.ok(tie.findings.some((f) => f.kind === 'antonym' && /“new”, the opposite of “old”/.test(f.reason)), JSON.stringify(tie.findings));
  // the claim says "filled" and "empty" in one clause, as the source does
  assert.equal(comparisonOf('The old town squares are empty now that tourists have gone.', 'Squares once filled with tourists are empty now.').features.antonyms, 0);
  // a comma ends the clause: "increases" there is about prices, and "decrease" turns the margin's "increase"
  assert.equal(comparisonOf('Gross margin is expected to increase in 2021 despite higher prices.', 'Gross margin is expected to decrease in 2021, despite price increases.').features.antonyms, 1);
});

test('an adjective whose opposite a retrieved passage puts before the same noun is an antonym, even where the claim adds other details; not an age, a relative time, or a contrast the claim makes itself', async () => {
  const source = 'A fireman who owned a flat in which five members of the same family were murdered in an arson attack has been charged with manslaughter.';
  const turned = comparisonOf(source, 'Five members of different families were trapped and died in a flat in North Wales.');
  assert.equal(turned.features.antonyms, 1);
  assert.ok(turned.findings.some((f) => f.kind === 'antonym' && /“same family”, the opposite of “different families”/.test(f.reason)), JSON.stringify(turned.findings));
  const r = await checkOne(source, 'Five members of different families were trapped and died in a flat in North Wales.');
  assert.equal(r.claims[0].verdict, 'contradicted');
  // the passage says the claim's own adjective before the noun too: no conflict
  assert.equal(opposites('The same family ran the shop for decades, and a different family runs it now.', 'A different family runs the shop, which it bought last spring from its owners.'), 0);
  // "12-year-old boy" is an age, "last year" a time, and "left … over the right section" the claim's own contrast
  assert.equal(opposites('The teacher admitted abusing young boys at the school.', 'The teacher who admitted abusing a 12-year-old boy was struck off the register.'), 0);
  assert.equal(opposites('They covered 7,000 miles last year through 16 countries.', 'In the first year they covered almost 7,000 miles, crossing Spain and Portugal by bus.'), 0);
  assert.equal(opposites('To twist, wrap the left section over the right section.', 'Wrap the left section of hair over the right section, then pin the ends with a clip.'), 0);
  // the passage's "30-year-old ferry" is an age, not the opposite of "the new ferry"
  assert.equal(opposites('The new ship will not sail until spring. Until then the company will keep using its 30-year-old ferry on the route.', "Delays have pushed the new ferry's first sailings back to spring."), 0);
});

test('a word whose opposite a retrieved passage puts beside the same word is an antonym, however little else of the claim it has: "sales fell" where it says "sales rose", "the firm buys" where "the firm sells"', () => {
  const fell = comparisonOf('Sales rose sharply in the third quarter, the company said.', 'Sales fell sharply after the new boss arrived from Paris.');
  assert.equal(fell.features.antonyms, 1);
  assert.ok(fell.findings.some((f) => f.kind === 'antonym' && /“rose”, the opposite of “fell”/.test(f.reason)), JSON.stringify(fell.findings));
  assert.equal(opposites('The Swedish flat-pack firm sells one billion meatballs every year in its stores.', 'Swedish flat-pack firm buys one billion regular meatballs every year from a farm in Poland.'), 1);
  // a negating prefix, either way round
  assert.equal(opposites('On Tuesday he legally changed his name to Gatewood Galbraith.', 'On Tuesday he illegally changed his name after a local celebrity who ran five times.'), 1);
  assert.equal(opposites('A relatable podcast about the daily food of African women.', 'An unrelatable podcast that focuses on the weekly food of the women it interviews.'), 1);
  // converses from two sides, a claim that says both words itself, a word the passage also has in that place
  assert.equal(opposites('Members can borrow tools and camping gear from the central library.', 'The central library will lend tools and camping gear to anyone with a card.'), 0);
  // a passive names what was done to, not the doer: seats sold in those months are seats bought then
  assert.equal(opposites('Brightway is recalling 32,000 car seats sold between March and August.', 'About 32,000 car seats bought from March to August are being recalled.'), 0);
  assert.equal(opposites('Some testers found the remote easy to use.', 'Some found the remote easy to use, while others believed the advanced functions may be difficult to use.'), 0);
  assert.equal(opposites('Sales rose sharply in spring and sales fell sharply in autumn.', 'Sales fell sharply after the new boss arrived from Paris.'), 0);
  // a change the same way beside the same word, said of as much of the claim's subject as the opposite is
  const output = 'Manufacturing output grew by 0.8 percent in September, driven by car production. Pharmaceutical output fell for a second month.';
  assert.equal(opposites(output, 'Factory output rose 0.8% in September.'), 0);
  assert.equal(opposites(output, 'Pharmaceutical output rose in September.'), 1);
});

test('a verb of an amount\'s change matches another the same way ("dropped 15%" for "fell by 15 percent"), not one the other way', () => {
  const source = 'Donations to the charity fell by 15 percent in the first half of the year.';
  assert.equal(novelWords(source, 'Donations to the charity dropped 15% in the first half of the year.'), 0);
  assert.equal(novelWords(source, 'Donations to the charity slumped 15% in the first half of the year.'), 0);
  assert.equal(novelWords(source, 'Donations to the charity climbed 15% in the first half of the year.'), 1);
  // an attributive change said of another thing than the passage's verb is about
  const people = 'The population fell for the third year in a row, as deaths outnumbered births and more people emigrated.';
  assert.equal(opposites(people, 'For a third year the population shrank, with more deaths than births and rising emigration.'), 0);
  assert.equal(opposites('Prices fell sharply last year across the region.', 'Rising prices hit the region last year.'), 1);
  // a claim joining two sentences takes its change from the one about the same thing ("profit … slipped")
  const results = 'Brightwell Foods reported a 12% rise in quarterly revenue to $840 million. Profit, however, slipped to $61 million from $70 million a year earlier.';
  assert.equal(opposites(results, 'Revenue at Brightwell Foods climbed to $840 million while profit fell to $61 million.'), 0);
  assert.equal(opposites(results, 'Profit rose to $70 million.'), 1);
});

test('a comparative with "than" where the passage says the two are equal contradicts ("more than at the council\'s existing chargers" / "the same as at …"); not a bound on a figure, nor where the passage compares them too', () => {
  const equalled = (source: string, claim: string) => comparisonOf(source, claim).findings.filter((f) => f.kind === 'antonym' && /same as|in line with/.test(f.reason)).map((f) => claim.slice(f.start, f.end));
  const chargers = 'Drivers will pay 45p per unit, the same as at the council\'s existing chargers.';
  assert.deepEqual(equalled(chargers, 'Drivers will pay 45p per unit, more than at the council\'s existing chargers.'), ['more']);
  assert.deepEqual(equalled('The rate was the same as last year.', 'The rate was higher than last year.'), ['higher']);
  assert.deepEqual(equalled('Fares will rise in line with inflation.', 'Fares will rise by more than 5%.'), []);
  assert.deepEqual(equalled('The rate was the same as last year, but higher than in 2019.', 'The rate was higher than in 2019.'), []);
  assert.deepEqual(equalled(chargers, 'Drivers will pay 45p per unit, as at the council\'s existing chargers.'), []);
});

test('an amount the claim says held ("the same as last season", "unchanged") where the passage says it moved contradicts; not where the passage also says it held, nor "stable demand"', () => {
  const pass = 'The ski resort opened early this season. A day pass costs 62 euros, up from 58 euros last season.';
  assert.equal(opposites(pass, 'A day pass costs €62, the same as last season.'), 1);
  assert.equal(opposites('A day pass costs 62 euros, unchanged from last season.', 'A day pass costs €62, the same as last season.'), 0);
  assert.equal(opposites('Food prices rose by 3.1 percent, the same as the month before.', 'Food price inflation was unchanged at 3.1%.'), 0);
  assert.equal(opposites('Sales rose 8% on strong demand.', 'Sales rose 8% on stable demand.'), 0);
});

test('"held steady or increased" allows the change; "stayed the same" says no change, as "held steady" does', () => {
  const trial = 'The trial found that output stayed the same or rose at most of the companies.';
  assert.equal(opposites(trial, 'Most of the firms saw output hold steady or increase.'), 0);
  assert.equal(opposites(trial, 'Output held steady at most of the companies.'), 0);
  assert.equal(opposites('Output rose at most of the companies.', 'Output held steady at most of the companies.'), 1);
  // "down from the top" is a way to brush, no amount that fell ("down from 33 percent" is)
  const braces = 'Feed the short end of the floss through the space. Brush down from the top and then up from the bottom on each tooth.';
  assert.equal(opposites(braces, 'You should brush down from the top and then up from the bottom on each tooth.'), 0);
  assert.equal(opposites('Turnout was 24 percent, down from 33 percent.', 'Turnout was 24 percent, up from 33 percent.'), 1);
});

test('what will happen is no opposite of what happened before ("will shut in March" and "opened in 1986"); the same event turned still is', () => {
  const rink = 'The leisure centre will close its ice rink permanently in March, the council said. The rink, which opened in 1986, lost £310,000 last year.';
  assert.equal(opposites(rink, 'The ice rink will shut for good in March.'), 0);
  assert.equal(opposites('The rink, which opened in 1986, lost £310,000 last year.', 'The rink closed in 1986.'), 1);
  // "for good" is WordNet's adverb, backed by "permanently"
  assert.equal(novelWords(rink, 'The ice rink will shut for good in March.'), 0);
  assert.equal(novelWords('The leisure centre will close its ice rink in March.', 'The ice rink will shut for good in March.'), 1);
});

test('a plan stated as done is read in a best sentence that covers the claim too little to align ("Building work has already started"), not a present form ("applies") or a phrasal verb\'s verb ("went up" for "will move")', () => {
  const planned = (source: string, text: string) => comparisonOf(source, text).features.modalityOverstated;
  const homes = 'Councillors have approved plans for 220 homes on the site of a former paper mill. Building is due to start next spring.';
  assert.equal(planned(homes, 'Building work has already started.'), 1);
  assert.equal(planned(homes, 'Building work is due to start next spring.'), 0);
  // a state said to hold already ("is already on display") where the passage says it "will go on display"
  const book = 'The manuscript will go on display in the cathedral in the autumn. Police said no one would be charged.';
  assert.equal(planned(book, 'The manuscript is already on display in the cathedral.'), 1);
  assert.equal(planned('The manuscript is on display in the cathedral.', 'The manuscript is already on display in the cathedral.'), 0);
  assert.equal(planned('The new voting age will apply from the 2027 municipal elections.', 'The new voting age applies from the 2027 municipal elections.'), 0);
});

test('no opposite in a compound set against a plain word ("daughter-in-law" / "son"), in a word done "again" or in "comes with"; a compound against its own opposite compound still is, and "start by" against "end by"', () => {
  assert.equal(opposites('Xu wanted a wife for his dead son and paid £1,311 for the body.', 'Xu paid £1,311 for the body of a daughter-in-law for his dead son.'), 0);
  assert.equal(opposites('Anchor is an easy to use service for recording podcasts.', 'Anchor is a difficult-to-use service for recording podcasts.'), 1);
  assert.equal(opposites('End by brushing your hair.', 'Start by brushing your hair.'), 1);
  // "mental health" is the field, "mental illness" what it treats; "high tide" and "low tide" are still opposites
  assert.equal(opposites('Lubitz had a history of mental illness and was treated for depression.', 'Lubitz hid his mental health issues from the airline.'), 0);
  assert.equal(opposites('The beach is only reachable at low tide.', 'The beach is only reachable at high tide.'), 1);
  assert.equal(opposites('The bridge closed in January when floods damaged its supports.', 'The bridge has been repaired and opened again.'), 0);
  // "comes with" is "is included with", no opposite of "go"
  assert.equal(opposites('Entry is included in the admission price of £14 for adults; children under five go free.', 'Entry comes with standard admission, £14 for adults and free for under-fives.'), 0);
});

test('a passive\'s doer the sources give another for contradicts ("carried out by the health department" where "the union, which carried out the survey"); not the same doer, a hedged passive, another time, or an intransitive source verb', () => {
  const survey = 'A survey of 1,200 nurses found that 44 percent were thinking of leaving. The nurses\' union, which carried out the survey, called for a pay rise. The health department said it had increased training places.';
  const swapped = comparisonOf(survey, 'The survey was carried out by the health department.');
  assert.ok(swapped.findings.some((f) => f.kind === 'antonym' && /the source says “union” did this, not “department”/.test(f.reason ?? '')), JSON.stringify(swapped.findings));
  assert.equal(opposites(survey, 'The survey was carried out by the nurses\' union.'), 0);
  assert.equal(opposites('Bishop Finn led the diocese for ten years before he resigned.', 'The diocese will now be led by Archbishop Naumann.'), 0);
  assert.equal(opposites('The city has transformed since the war began.', 'The city has been transformed by the war.'), 0);
  assert.equal(opposites('A reduction in cartilage causes arthritis.', 'Arthritis can be caused by factors such as wear.'), 0);
  // the same doer, capitalised where it opens the source's sentence (the tagger reads "Wardens" as a name)
  assert.equal(opposites('Wardens heard three males calling in the spring.', 'Three calling males were heard by wardens in the spring.'), 0);
});

test('a split vote called unanimous contradicts ("approved unanimously" where "by seven votes to four", "voted 7-2"); "voted 9-0" is unanimous', () => {
  const vote = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'antonym').map((f) => f.reason);
  assert.match(vote('The planning committee approved the plan by seven votes to four.', 'The planning committee approved the plan unanimously.')[0] ?? '', /the source gives the vote as “seven votes to four”, not “unanimously”/);
  assert.equal(vote('The city council voted 7-2 on Tuesday to ban gas-powered leaf blowers.', 'The council unanimously banned gas-powered leaf blowers.').length, 1);
  assert.deepEqual(vote('The city council voted 9-0 on Tuesday to ban gas-powered leaf blowers.', 'The council unanimously banned gas-powered leaf blowers.'), []);
  assert.deepEqual(vote('The planning committee approved the plan by seven votes to four.', 'The planning committee did not approve the plan unanimously.'), []);
  // the vote in another sentence than the one that matches the claim best (which says what was voted on)
  const district = 'Parents in the Westfield school district will be able to choose between two start times next year: 8:15 a.m. or 9:00 a.m. The district says the later start is meant to let older children get more sleep.\n\nThe school board approved the change by five votes to two. Bus routes will be redrawn over the summer.';
  assert.equal(vote(district, "Westfield's board unanimously approved two start times.").length, 1);
});

test('a comparison with the same earlier time the other way contradicts: "fewer homes than a year earlier" where "12 percent higher than a year earlier", "fewer than five years ago" where "up from 38 percent five years earlier"', () => {
  const homes = 'Average rents rose 6.8 percent. The number of homes available to rent was 12 percent higher than a year earlier, as some landlords switched to letting.';
  assert.equal(opposites(homes, 'Fewer homes were available to rent than a year earlier.'), 1);
  assert.equal(opposites(homes, 'More homes were available to rent than a year earlier.'), 0);
  const tills = 'Shoppers used self-service checkouts for 54 percent of transactions last year, up from 38 percent five years earlier.';
  assert.equal(opposites(tills, 'Self-service checkouts were used for fewer transactions than five years ago.'), 1);
  assert.equal(opposites(tills, 'Self-service checkouts were used for more transactions than five years ago.'), 0);
  assert.equal(opposites(tills, 'Self-service checkouts were used for fewer transactions than a month ago.'), 0, 'another time');
});

test('an adjective\'s opposite before another noun the passage names beside the claim\'s own is no antonym: "an old railway line" for "a new footpath … along a disused railway line"', () => {
  const source = 'A new footpath linking the villages of Abbey Green and Oxley has opened along a disused railway line. The 3.5-mile path is surfaced for walkers.';
  assert.equal(opposites(source, 'A 3.5-mile path on an old railway line now connects Abbey Green and Oxley.'), 0);
  assert.equal(opposites(source, 'An old footpath linking the villages of Abbey Green and Oxley has opened along a disused railway line.'), 1);
});

test('a word of the other tone in place of the best passage\'s own is an antonym, where WordNet lists none ("the triumphant start-up" where it says "the troubled start-up"); and a stance verb turned round ("opposed the plan" where it says "backed the plan"); not a word of the same tone or of no tone', async () => {
  const source = 'The founder of the troubled digital start-up Ozy Media was arrested on Thursday on fraud charges.';
  const turned = comparisonOf(source, 'The founder of the triumphant digital start-up Ozy Media was arrested on Thursday on fraud charges.');
  assert.equal(turned.features.antonyms, 1);
  assert.ok(turned.findings.some((f) => f.kind === 'antonym' && /“troubled” there, the opposite in tone of “triumphant”/.test(f.reason)), JSON.stringify(turned.findings));
  const r = await checkOne(source, 'The founder of the triumphant digital start-up Ozy Media was arrested on Thursday on fraud charges.');
  assert.equal(r.claims[0].verdict, 'contradicted');
  assert.equal(opposites(source, 'The founder of the struggling digital start-up Ozy Media was arrested on Thursday on fraud charges.'), 0);
  assert.equal(opposites(source, 'The founder of the small digital start-up Ozy Media was arrested on Thursday on fraud charges.'), 0);
  // a stance verb the lexicon scores 0 ("opposed") or weakly ("backed") turns a stance round as well
  const traders = 'Shopkeepers were split: the traders\' association backed the plan, while several cafe owners said they feared losing customers.';
  assert.equal(opposites(traders, 'The traders\' association opposed the plan.'), 1);
  assert.equal(opposites(traders, 'The traders\' association supported the plan.'), 0);
  assert.equal(opposites('Residents welcomed the plan to close the road.', 'Residents objected to the plan to close the road.'), 1);
  // the claim's word said of something else in the next sentence: the sentence about the claim's own subject still turns it
  const fishing = 'Fishing groups had objected to the project, saying it would close off part of their grounds. The developer has agreed to pay into a fund to support local fishing businesses.';
  assert.equal(opposites(fishing, 'Fishing groups supported the project.'), 1);
  assert.equal(opposites(fishing, 'The developer will support local fishing businesses.'), 0);
});

test('a relative time turned the other way contradicts the passage ("opened last spring" where it says "will open next spring"); not where another source sentence says the claim\'s own, nor a time of another kind', async () => {
  const source = 'The hospital will open a new cancer treatment wing next spring.';
  const turned = comparisonOf(source, 'The hospital opened a new cancer treatment wing last spring.');
  assert.equal(turned.features.antonyms, 1);
  assert.ok(turned.findings.some((f) => f.kind === 'antonym' && /the source says “next spring”, not “last spring”/.test(f.reason)), JSON.stringify(turned.findings));
  assert.equal((await checkOne(source, 'The hospital opened a new cancer treatment wing last spring.')).claims[0].verdict, 'contradicted');
  assert.equal(opposites('Profits fell sharply last year. Profits will rise again next year, the firm said.', 'Profits will rise again next year.'), 0);
  assert.equal(opposites(source, 'The hospital will open a new cancer treatment wing next month.'), 0);
  // "this year" against "next year", and back; "this time" places nothing
  const scheme = 'Shoppers will be able to return bottles for a 20p deposit from October next year, under a scheme announced by the government.';
  assert.equal(opposites(scheme, 'The deposit scheme starts in October this year.'), 1);
  assert.equal(opposites('The deposit scheme starts in October this year.', 'The deposit scheme starts in October next year.'), 1);
  assert.equal(opposites('Sales fell this year. The firm expects sales to rise next year.', 'The firm expects sales to rise next year.'), 0);
  assert.equal(opposites('The team reached the final last time.', 'This time the team reached the final.'), 0);
  assert.equal(opposites('Net income was $94.8 million, against $106.6 million in Q2 of last year.', 'Net income fell in the second quarter of this year compared to last year.'), 0, 'the claim contrasts the two itself');
});

test('two words of the best passage trading places contradict it ("correct input … every output" for "correct output … every input"); a change of voice or a compound said the other way round does not', async () => {
  const source = 'We present the first verification that a neural network for perception tasks produces a correct output within a specified tolerance for every input of interest.';
  const swapped = comparisonOf(source, 'We present the first verification that a neural network for perception tasks produces a correct input within a specified tolerance for every output of interest.');
  assert.equal(swapped.features.exchangedWords, 1);
  assert.deepEqual(swapped.findings.filter((f) => f.kind === 'swap').map((f) => f.reason), Array(2).fill('“input” and “output” are the other way round in the source'));
  assert.equal(comparisonOf(source, source).features.exchangedWords, 0);
  const r = await checkOne('Henry beat Ethan in the final at Wembley.', 'Ethan beat Henry in the final at Wembley.');
  assert.equal(r.claims[0].verdict, 'contradicted');
  assert.deepEqual(r.claims[0].spans.map((s) => s.text).sort(), ['Ethan', 'Henry']);
  // a noun and a name, a noun and a verb: the same statement in other order
  assert.equal(comparisonOf('The FAA is said to be investigating the incident.', 'The incident is being investigated by the FAA.').features.exchangedWords, 0);
  assert.equal(comparisonOf('It is the first year that the prize is open to all authors writing in English, regardless of nationality.', 'The prize is open to all English-writing authors, regardless of nationality.').features.exchangedWords, 0);
});

test('converse verbs tell one event from two sides: "the library will lend" is "members can borrow", "Redbridge, who lost" is "Hollins won"; the same doer doing the opposite still contradicts', () => {
  assert.equal(opposites('Members can borrow tools and camping gear from the central library.', 'The central library will lend tools and camping gear.'), 0);
  assert.equal(opposites('The bakery sold its old ovens to a local school.', 'A local school bought the old ovens of the bakery.'), 0);
  assert.equal(opposites('Hollins won at home against Redbridge on Saturday.', 'Redbridge, who lost at home against Hollins on Saturday.'), 0);
  assert.equal(opposites('The bakery sold its old ovens last year.', 'The bakery bought its old ovens last year.'), 1);
  assert.equal(opposites('Hollins won at home on Saturday.', 'Hollins lost at home on Saturday.'), 1);
});

test('a clause with another form of the opposite contrasts the two: "stay open ... rather than closing" against the source\'s "opening"', () => {
  assert.equal(opposites('The libraries will extend their opening hours to 8pm on weekdays from January.', 'From January the libraries will stay open until 8pm on weekdays rather than closing at 6pm.'), 0);
  assert.equal(opposites('The libraries will extend their opening hours to 8pm on weekdays from January.', 'The libraries will extend their closing hours to 8pm on weekdays from January.'), 1);
});

test('a synonym from WordNet counts as support', async () => {
  const r = await checkOne('The company bought a small bakery in 2019.', 'The company purchased a small bakery in 2019.');
  assert.equal(r.claims[0].verdict, 'supported');
});

test('a word of how often is backed by a rate of its unit: "annually" by "£900,000 a year", "daily" by "three hours a day"; another unit conflicts', () => {
  const novel = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'word').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(novel('The council will change collections to save about £900,000 a year.', 'The change will save roughly £900,000 annually.'), []);
  assert.deepEqual(novel('Teenagers who used social media for more than three hours a day reported anxiety.', 'Teenagers on social media over three hours daily reported anxiety.'), []);
  // another unit is a changed rate, shown as that rather than as a new word
  assert.deepEqual(novel('Food waste will be collected once a week.', 'Food waste will be collected daily.'), []);
  assert.ok(comparisonOf('Food waste will be collected once a week.', 'Food waste will be collected daily.').findings.some((f) => f.kind === 'quantity' && f.conflict && /“once a week”, not “daily”/.test(f.reason)));
});

test('a claim against a JSON record: a field set to false contradicts it, camelCase names match words', async () => {
  const record = JSON.stringify({ name: 'Finch & Fork', attributes: { OutdoorSeating: false, RestaurantsTakeOut: true } });
  const r = await checkOne(record, 'Finch & Fork has take out. It has outdoor seating.');
  assert.equal(r.claims[0].verdict, 'supported');
  assert.equal(r.claims[1].verdict, 'contradicted');
  assert.equal(r.claims[1].spans[0].text, 'outdoor seating');
  assert.match(r.claims[1].spans[0].reason, /the record gives “attributes\.OutdoorSeating”: false/);
});

test('a capitalised common word at the start of a sentence is not taken for a name', async () => {
  const r = await checkOne(SOURCE, 'Officials met Mayor Lena Ortiz on Tuesday.');
  assert.ok(!r.claims[0].spans.some((s) => s.text.includes('Officials')), JSON.stringify(r.claims[0].spans));
  // nor after a full stop inside one claim, where the sentence splitter let one through
  const { inputs } = analyze({ sources: [{ id: 's', text: 'The costs include the tiles, grout and labour.' }], text: 'Sealant may also need to be factored in. Specific jobs will cost more.' });
  assert.deepEqual(inputs.map((x) => x.comparison.features.novelNames), inputs.map(() => 0));
});

test('a capitalised plural in -ies or -ves opening a sentence ("Authorities", "Groceries", "Knives") is no name', async () => {
  const source = 'Officials said food, rent and transport took most of the money.';
  for (const text of ['Authorities said food, rent and transport took most of the money.', 'Groceries, rent and transport took most of the money.', 'Knives, rent and transport took most of the money.']) {
    const r = await checkOne(source, text);
    const opening = text.split(/[ ,]/)[0];
    const span = r.claims[0].spans.find((s) => s.text.includes(opening));
    assert.ok(span === undefined || !/not mentioned/.test(span.reason), `${opening}: ${JSON.stringify(r.claims[0].spans)}`);
  }
});

test('a hyphenated common word opening a sentence ("Sub-zero", tagged as a name) is no new name', () => {
  const text = 'Sub-zero temperatures are expected until Thursday.';
  const { findings } = analyze({ sources: [{ id: 's', text: 'Temperatures will stay below freezing until Thursday.' }], text }).inputs[0].comparison;
  assert.ok(!findings.some((f) => f.kind === 'entity'), JSON.stringify(findings));
});

test('a closed compound opening a sentence ("Policymakers", which WordNet lists as "policy maker") or a "-ness" noun ("Joblessness") is no new name; a place name still is', () => {
  const entities = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'entity').map((f) => text.slice(f.start, f.end));
  const source = 'Members of the committee expect inflation to fall to 2 percent by the end of next year.';
  assert.deepEqual(entities(source, 'Policymakers expect inflation to drop to 2% by late next year.'), []);
  assert.deepEqual(entities(source, 'Smithfield expects inflation to drop to 2% by late next year.'), ['Smithfield']);
  // nor is a "-ness" noun of a common adjective that WordNet does not list ("Joblessness")
  assert.deepEqual(entities('Unemployment fell to its lowest level since 1975.', 'Joblessness dropped to its lowest since 1975.'), []);
});

test('a country the sources name by its adjective ("Chinese exports" for "China", "Dutch police" for "the Netherlands") is no new name; another country still is', () => {
  const entities = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'entity').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(entities('Chinese exports fell 5% in May, customs data showed.', 'Exports from China fell 5% in May.'), []);
  assert.deepEqual(entities('Dutch police arrested two men on Friday.', 'Police in the Netherlands arrested two men on Friday.'), []);
  assert.deepEqual(entities('Dutch police arrested two men on Friday.', 'Police in Belgium arrested two men on Friday.'), ['Belgium']);
});

test('a name the sources give by its initials ("NHS", "BoE") is no new name written out ("National Health Service", "Bank of England")', () => {
  const entities = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'entity').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(entities('The NHS will hire 5,000 nurses next year.', 'The National Health Service will hire 5,000 nurses next year.'), []);
  assert.deepEqual(entities('The BoE raised rates on Thursday.', 'The Bank of England raised rates on Thursday.'), []);
  assert.deepEqual(entities('The NHS will hire 5,000 nurses next year.', 'The Royal College of Nursing will hire 5,000 nurses next year.'), ['Royal College']);
});

test('a capitalised plural opening a sentence ("Researchers", read as a name by the tagger) matches its singular, both ways', () => {
  const coverage = (source: string, text: string) => comparisonOf(source, text).features.coverageSources;
  assert.equal(coverage('The researcher studied the flights of bees.', 'Researchers studied the flights of bees.'), 1);
  assert.equal(coverage('Refunds are paid to the original card.', 'A refund is paid to the original card.'), 1);
  assert.ok(coverage('Officials studied the flights of bees.', 'Researchers studied the flights of bees.') < 1, 'a different word still is one');
});

test('a title before a known name ("Sen.", "Dr") and a common word in capitals ("CLICK HERE") are no new names', async () => {
  const source = 'Elizabeth Warren criticised the trade deal on Monday. Warren said the deal would cost jobs.';
  const r = await checkOne(source, 'Sen. Elizabeth Warren criticised the trade deal. CLICK HERE for the latest news on the trade deal.');
  const spans = r.claims.flatMap((c) => c.spans);
  assert.ok(!spans.some((s) => /Sen\.|CLICK/.test(s.text) && /mentioned/.test(s.reason)), JSON.stringify(spans));
  // a shouted name is still a name
  const other = await checkOne(source, 'Warren criticised NAFTA on Monday.');
  assert.ok(other.claims[0].spans.some((s) => s.text === 'NAFTA'), JSON.stringify(other.claims[0].spans));
});

test('an UNK placeholder is reported as a placeholder, not as an unknown person', async () => {
  const r = await checkOne('Gary Locke will be confirmed as Kilmarnock manager on Friday.', 'gary locke will be confirmed as UNK permanent manager on friday .');
  const span = r.claims[0].spans.find((s) => s.text === 'UNK');
  assert.ok(span, JSON.stringify(r.claims[0].spans));
  assert.match(span.reason, /placeholder/);
  assert.notEqual(r.claims[0].verdict, 'supported');
});

test('Penn Treebank bracket escapes ("-LRB- PSU -RRB-") are brackets, not names', async () => {
  const source = 'Each bunk has a personal service unit (PSU) with a light.';
  const r = await checkOne(source, 'Each bunk has a personal service unit -LRB- PSU -RRB- with a light.');
  assert.equal(r.claims[0].verdict, 'supported', JSON.stringify(r.claims[0].spans));
  assert.ok(!r.claims[0].spans.some((s) => /LRB|RRB/.test(s.text)));
});

test('a number taken from another part of the source is counted as misplaced, one from the evidence is not', () => {
  const source = 'The museum owns 300 paintings by local artists. About 50 staff work there, most of them part time.';
  const featuresOf = (text: string) => analyze({ sources: [{ text: source }], text }).inputs[0].comparison.features;
  assert.equal(featuresOf('About 300 of them work there, most of them part time.').misplacedQuantities, 1);
  assert.equal(featuresOf('About 50 staff work there, most of them part time.').misplacedQuantities, 0);
  // a figure the claim compares another with is read where the sources give it: "lower than Q2"
  const results = 'Net income in Q2 was $94.8 million. We estimate that Q3 earnings per share could range from $0.15 to $0.30.';
  const resultsOf = (text: string) => analyze({ sources: [{ text: results }], text }).inputs[0].comparison.features;
  assert.equal(resultsOf('They estimate Q3 earnings per share to be lower than Q2.').misplacedQuantities, 0);
  assert.equal(resultsOf('They estimate Q3 earnings per share to be lower in Q2.').misplacedQuantities, 1);
});

test('a number swapped in from another count contradicts the evidence that counts the same thing', async () => {
  const r = await checkOne('The museum owns 300 paintings by local artists. About 50 staff work there, most of them part time.', 'About 300 staff work there, most of them part time.');
  const c = r.claims[0];
  assert.equal(c.verdict, 'contradicted');
  assert.ok(c.spans.some((s) => s.text === '300' && /the source gives “50”, not “300”/.test(s.reason)), JSON.stringify(c.spans));
});

test('an ordinal is only a changed ordinal of the same thing: "first place" is no changed "78th minute", "third place" is a changed "first place"', async () => {
  const source = 'The only goal was a penalty in the 78th minute. The result puts the team in first place in its group.';
  const minute = await checkOne('The only goal was a penalty in the 78th minute. The result puts the team top of its group.', 'A 78th-minute penalty lifted the team to first place in its group.');
  assert.ok(!minute.claims[0].spans.some((s) => /the source gives “78th”/.test(s.reason)), JSON.stringify(minute.claims[0].spans));
  const place = await checkOne(source, 'The result puts the team in third place in its group.');
  assert.ok(place.claims[0].spans.some((s) => s.text === 'third' && /the source gives “first”, not “third”/.test(s.reason)), JSON.stringify(place.claims[0].spans));
});

test('a noun the best passage lacks where it has another kind of the same thing ("brothers" where it says "sisters") counts as a sibling swap and names the source word; a paraphrase does not', async () => {
  const swaps = (source: string, text: string) => comparisonOf(source, text).features.siblingSwaps;
  assert.equal(swaps('She thanked her brother at the ceremony.', 'She thanked her sister at the ceremony.'), 1);
  assert.equal(swaps('The old bridge carries buses and cars.', 'The old bridge carries buses and trucks.'), 1);
  // wherever the two stand: the words around them paraphrased, a number beside them
  const film = 'It tells the story of three sisters running a vineyard in La Rioja.';
  assert.equal(swaps(film, 'The movie follows three brothers who run a vineyard in La Rioja.'), 1);
  const r = await checkOne('The bridge carries buses and cars.', 'The bridge carries trucks.');
  assert.ok(r.claims[0].spans.some((s) => s.text === 'trucks' && /says “cars” there/.test(s.reason)), JSON.stringify(r.claims[0].spans));
  assert.equal(swaps('She thanked her brother at the ceremony.', 'She thanked her brother at the event.'), 0, 'a broader word for the same thing');
  assert.equal(swaps('The company reported a loss.', 'The firm reported a loss.'), 0);
});

test('an initialism of source words is no new name: "CEO", "YoY", "NUS"; one that spells nothing there is', async () => {
  const source = 'The chief executive officer said revenue rose 19% year-over-year. The National Union of Students welcomed it.';
  const spansOf = async (text: string) => (await checkOne(source, text)).claims.flatMap((c) => c.spans.filter((s) => /not mentioned/.test(s.reason)).map((s) => s.text));
  assert.deepEqual(await spansOf('The CEO said revenue rose 19% YoY. The NUS welcomed it.'), []);
  assert.deepEqual(await spansOf('The CFO said revenue rose 19% year-over-year.'), ['CFO']);
  // letters joined by "&" spell words joined by "&": "B&B" for "Bed & Breakfast", though two letters back nothing else
  const inn = 'The Alder Inn is listed under Hotels, Bed & Breakfast.';
  const unsupported = async (text: string) => (await checkOne(inn, text)).claims.flatMap((c) => c.spans.map((s) => s.text));
  assert.ok(!(await unsupported('The Alder Inn is a B&B.')).some((w) => /B&B/.test(w)));
  assert.ok((await unsupported('The Alder Inn is a P&O hotel.')).some((w) => /P&O/.test(w)));
});

test('a compound the source writes in the singular backs its plural: "walk-ins" for "a walk-in", "drop-offs" for "drop-off"; not a noun part made plural ("long-term" gives no "terms", which WordNet relates to "price")', async () => {
  const salon = 'Waited 40 minutes as a walk-in and the pedicure felt rushed.';
  const spans = async (source: string, text: string) => (await checkOne(source, text)).claims.flatMap((c) => c.spans.map((s) => s.text));
  assert.ok(!(await spans(salon, 'The salon takes walk-ins.')).some((w) => /ins/.test(w)), 'walk-ins');
  const outlook = 'Net sales are expected to grow within its long-term target range. Gross margin will rise despite raw material increases.';
  const claim = 'Gross margin will rise despite raw material price increases.';
  assert.ok(comparisonOf(outlook, claim).findings.some((f) => claim.slice(f.start, f.end) === 'price'));
});

test('paraphrased names are no new names: "CEO" for "chief executive", "Alzheimer\'s-like" for "Alzheimer\'s", "Saturdays" for "weekends", "Cheaper" opening a sentence', async () => {
  // a name finding reads "… is not mentioned in the sources"; a word the model flags ("… is not in the sources") is another finding
  const newNames = async (source: string, text: string) => (await checkOne(source, text)).claims.flatMap((c) => c.spans.filter((s) => /not mentioned in the sources/.test(s.reason)).map((s) => s.text));
  assert.deepEqual(await newNames('Its chief executive said demand remained strong.', 'Its CEO said demand remained strong.'), []);
  assert.deepEqual(await newNames('Its chief executive said demand remained strong.', 'Its CFO said demand remained strong.'), ['CFO']);
  // a name the source gives only in the plural
  assert.deepEqual(await newNames('The library will stop lending DVDs at the end of March.', 'The library will end DVD loans after March.'), []);
  // wink splits "Alzheimer's" into "Alzheimer" + "'s" in one sentence and keeps "Alzheimer's-like" whole in another
  const drug = 'Researchers found that a common blood pressure drug slowed memory decline in mice with a condition similar to Alzheimer\'s disease.';
  assert.ok(!(await newNames(drug, 'In mice with an Alzheimer\'s-like condition, a blood pressure drug slowed memory decline.')).some((w) => /Alzheimer/.test(w)));
  const support = 'Premium customers can also reach our support team by phone on weekends.';
  assert.deepEqual(await newNames(support, 'Premium customers can reach the support team by phone on Saturdays and Sundays.'), []);
  // "Mondays" is a day, checked as one: the source gives weekends
  const mondays = await checkOne(support, 'Premium customers can reach the support team by phone on Mondays.');
  assert.ok(mondays.claims[0].spans.some((s) => s.text === 'Mondays' && /weekends/.test(s.reason)), JSON.stringify(mondays.claims[0].spans));
  // a comparative is no name where any word is capitalised; "Chester" ("chest" is no adjective) still is
  assert.deepEqual(await newNames('Lower gas prices hit profit.', 'Cheaper gas hit profit.'), []);
  assert.deepEqual(await newNames('Lower gas prices hit profit.', 'Chester gas prices hit profit.'), ['Chester']);
  // an irregular plural opening a sentence ("Children", "Women") is a common word too
  assert.deepEqual(await newNames('Pupils must hand in their phones each morning.', 'Children must hand in their phones each morning.'), []);
  assert.deepEqual(await newNames('Pupils must hand in their phones each morning.', 'Marchetti must hand in their phones each morning.'), ['Marchetti']);
});

test('"only covered if" restates "does not cover … unless": no flipped negation; a plain "covered" still contradicts "does not cover"', async () => {
  const source = 'The policy does not cover damage from flooding unless the flood option was added.';
  const only = await checkOne(source, 'Flood damage is only covered if you added the flood option.');
  assert.ok(!only.claims[0].spans.some((s) => /opposite/.test(s.reason)), JSON.stringify(only.claims[0].spans));
  const plain = await checkOne('The policy does not cover damage from flooding.', 'The policy covers damage from flooding.');
  assert.equal(plain.claims[0].verdict, 'contradicted');
});

test('word order over a window of two source sentences counts pairs across their boundary, as over one sentence', async () => {
  const two = passagesOf('The council met on Tuesday. Officials approved the tram plan.');
  assert.equal(two.length, 2);
  // the same words as one passage: what reading the window as one stretch of text gives
  const joined = [{ ...two[0], tokens: [...two[0].tokens, ...two[1].tokens] }];
  for (const text of ['The council met on Tuesday. Officials approved the plan.', 'Tuesday officials approved the plan and the council met.', 'Officials met the council.']) {
    const claim = contentTokensOf(text);
    assert.deepEqual(wordOrder(claim, two), wordOrder(claim, joined), text);
  }
  assert.ok(wordOrder(segment('Tuesday officials approved.')[0].tokens.filter(isContent), two).pairCoverage > 0, 'a pair across the boundary counts');
});

test('a word that takes another\'s place between the same neighbours is named with the word it replaces', async () => {
  const replaced = (source: string, claim: string) => {
    const passages = passagesOf(source);
    const words = contentTokensOf(claim);
    const evidence = new Set(passages.flatMap((p) => p.tokens.map((t) => t.lemma)));
    const found = substitutions(words, words.map((t) => evidence.has(t.lemma)), passages);
    return Object.fromEntries([...found].map(([t, by]) => [t.text, by.map((x) => x.text).join(' ')]));
  };
  const source = 'The model learns visual concepts, words and semantic parsing of sentences.';
  assert.deepEqual(replaced(source, 'The model learns visual concepts, sounds and semantic parsing of sentences.'), { sounds: 'words' });
  assert.deepEqual(replaced(source, 'The model learns auditory concepts, words and semantic parsing of sentences.'), { auditory: 'visual' });
  assert.deepEqual(replaced(source, 'The model learns visual concepts, words and syntactic analysis of sentences.'), { syntactic: 'semantic parsing', analysis: 'semantic parsing' }, 'two words for two');
  assert.deepEqual(replaced('Trams run to Eastfield daily.', 'Buses run to Eastfield daily.'), { Buses: 'Trams' }, 'at the start: the two words after it');
  assert.deepEqual(replaced('Officials approved the tram budget.', 'Officials approved the tram plan.'), { plan: 'budget' }, 'at the end: the two words before it');
  assert.deepEqual(replaced(source, 'A critic praised the sounds.'), {}, 'no shared neighbours, no slot');
  assert.deepEqual(replaced(source, 'The model learns visual concepts, words, sounds and semantic parsing of sentences.'), {}, 'an added word, not one in another\'s place');
  assert.deepEqual(replaced(source, 'The model learns visual concepts and sounds.'), { sounds: 'words' }, 'at the end: the two words before it');

  // in a report: the reason says what the source has there
  const article = 'Councillor Piet Baan argued that the money would be better spent on buses, which he said serve more neighbourhoods.';
  const { inputs } = analyze({ sources: [{ id: 'a', text: article }], text: 'Councillor Piet Baan argued that the money would be better spent on bicycles.' });
  const finding = inputs[0].comparison.findings.find((f) => f.reason.includes('bicycles'));
  assert.ok(finding, JSON.stringify(inputs[0].comparison.findings));
  assert.match(finding.reason, /“bicycles” is not in the sources; the passage that best matches this claim says “buses” there/);
  const paint = analyze({ sources: [{ id: 'a', text: 'Activists dumped gallons of yellow and blue paint on the road outside the embassy.' }], text: 'Activists dumped gallons of pink and green paint on the road outside the embassy.' });
  assert.ok(paint.inputs[0].comparison.findings.some((f) => /“pink and green” .* says “yellow and blue” there/.test(f.reason)), JSON.stringify(paint.inputs[0].comparison.findings));
});

test('match density: claim words side by side in the evidence score 1 in any order; a name from one end of a long passage joined to a detail from the other scores low', async () => {
  const density = (source: string, claim: string) => {
    const passages = passagesOf(source);
    assert.equal(passages.length, 1, 'one passage');
    return matchDensity(contentTokensOf(claim), passages);
  };
  const source = 'Jamie Silvonek and her boyfriend Caleb Barnes were charged on Friday, and police said that Barnes, who was on leave from Fort Meade in Maryland, had planned the attack for weeks.';
  assert.equal(density(source, 'Barnes was on leave from Fort Meade.'), 1);
  assert.equal(density(source, 'On leave from Fort Meade was Barnes.'), 1, 'order does not matter');
  const spliced = density(source, 'Jamie Silvonek was on leave from Fort Meade.');
  assert.ok(spliced < 0.5, `spliced: ${spliced}`);
  assert.equal(density(source, 'Barnes smiled.'), 1, 'one word found: nothing to measure');
  // a word backed through WordNet counts where its related word stands; a skipped word (a date) is no gap
  const bakery = 'The company bought on Monday a small bakery.';
  const passages = passagesOf(bakery);
  const claim = contentTokensOf('The company purchased a small bakery.');
  const related = (i: number) => (claim[i].lemma === 'purchase' ? ['buy'] : []);
  assert.ok(matchDensity(claim, passages) < 1, 'without the related word, a gap');
  assert.ok(matchDensity(claim, passages, () => false, related) < 1, 'Monday between them');
  assert.equal(matchDensity(claim, passages, (t) => t.text === 'Monday', related), 1);
});

test('a JSON record\'s opening hours back "open from 7 am to 2 pm", and a camelCase field backs its joined word ("TakeOut", "takeout")', async () => {
  const record = JSON.stringify({ name: 'Sunrise Diner', hours: { Monday: '7:0-14:0' }, attributes: { RestaurantsTakeOut: true } });
  const r = await checkOne(record, 'Sunrise Diner is open from 7 am to 2 pm on Monday. It offers takeout.');
  const spans = r.claims.flatMap((c) => c.spans);
  assert.ok(!spans.some((s) => /7 am|2 pm/.test(s.text) && /does not appear/.test(s.reason)), JSON.stringify(r.claims));
  assert.ok(!spans.some((s) => s.text === 'takeout'), JSON.stringify(r.claims));
  const wrong = await checkOne(record, 'Sunrise Diner is open from 9 am to 2 pm on Monday.');
  assert.notEqual(wrong.claims[0].verdict, 'supported');
  assert.ok(wrong.claims[0].spans.some((s) => s.text === '9 am' && /does not appear|the source gives “7:0-14:0”/.test(s.reason)), JSON.stringify(wrong.claims[0]));
});

test('a claim that widens some to all ("free for all customers", "every branch") is marked with its universal word; "not all" and a source that already generalises are not', () => {
  const scope = (source: string, text: string) => {
    const c = comparisonOf(source, text);
    return { count: c.features.scopeWidened, words: c.findings.filter((f) => /does not speak of all of them/.test(f.reason)).map((f) => text.slice(f.start, f.end)) };
  };
  const members = 'Return shipping is free for members of the loyalty club.';
  assert.deepEqual(scope(members, 'Return shipping is free for all customers.'), { count: 1, words: ['all'] });
  assert.deepEqual(scope('The scheme starts on 1 May at the central branch.', 'The scheme starts on 1 May at every branch.'), { count: 1, words: ['every'] });
  assert.equal(scope(members, 'Return shipping is not free for all customers.').count, 0, 'negated: narrows, does not widen');
  assert.equal(scope('Any customer may return an item within 60 days.', 'All customers may return items within 60 days.').count, 0);
  assert.equal(scope(members, 'Members of the loyalty club get free return shipping.').count, 0);
  assert.equal(scope(members, 'Return shipping is free, above all for members of the loyalty club.').count, 0, '"above all" is an idiom');
  assert.equal(scope('A cycle path will stay open throughout.', 'Cyclists can cross for the whole of the works.').count, 0, '"throughout" speaks of all of it');
  // a rule for a bare plural is one for each of them, unless the source narrows them in words the claim leaves out
  const bags = 'Passengers on Skylane flights may bring one cabin bag of up to 10kg.';
  assert.equal(scope(bags, 'Each Skylane passenger can take a cabin bag of up to 10kg.').count, 0);
  assert.equal(scope('Premium customers can also reach us by phone on weekends.', 'All customers can call support on weekends.').count, 1);
  assert.equal(scope('Customers on low incomes can apply for a social tariff.', 'The social tariff is available to all customers.').count, 1);
  assert.equal(scope('Some rural schools may close on Thursday.', 'All rural schools will close on Thursday.').count, 1);
  // "every two weeks" says how often, and so does "every week" where the source says "weekly"
  const bins = 'General rubbish will move from weekly to fortnightly collections in March.';
  assert.equal(scope(bins, 'From March, general rubbish will be collected every two weeks instead of every week.').count, 0);
  assert.equal(scope('The library opens on Sundays at the central branch.', 'The library opens every week at every branch.').count, 2);
  // a "no" about something else speaks of no scope: "no plans to cut jobs" does not back "all its warehouses"
  assert.equal(scope('Parcelo is testing robots at its Corby warehouse and has no plans to cut jobs there.', 'Parcelo will use the robots at all its warehouses.').count, 1);
  // a claim joining two sentences takes its "every" from the one that says it of the same thing, not from the best match alone;
  // a word between that the claim lacks ("each eligible employee") narrows it
  const breach = 'A software company has been fined £2.4 million by the data regulator after hackers stole the personal details of 95,000 customers. The regulator said the company had failed to fix a known weakness in its systems for more than a year.\n\nNo bank details were taken, but names, email addresses and phone numbers were. The company, which said it accepted the fine, has written to every customer affected.';
  const letters = analyze({ sources: [{ id: 's', text: breach }], text: 'Names, email addresses and phone numbers were taken but no bank details, and every affected customer has been sent a letter.' }).inputs;
  assert.equal(letters.reduce((n, x) => n + x.comparison.features.scopeWidened, 0), 0);
  assert.equal(scope('Return shipping is free for customers in the loyalty club. The shop thanked each loyal customer in a letter.', 'Return shipping is free for all customers.').count, 1);
  // "in all" after an amount is "in total"; "in all cases" still quantifies
  assert.equal(scope('Two battery ferries will cost £45 million together.', 'Two ferries costing £45 million in all will be built.').count, 0);
  assert.equal(scope('Refunds are given when a train is cancelled.', 'Refunds are given in all cases.').count, 1);
  // "each year" where the source says "a year", and "the whole fare" where it says "a full refund"
  assert.equal(scope('The council will save an estimated £210,000 a year.', 'The council expects to save around £210,000 each year.').count, 0);
  assert.equal(scope('Starting next month, the gym will be open 24 hours a day on weekdays.', 'The gym will be open around the clock every day of the week.').count, 1, '"every day of the week" is all of them');
  // "each other" is no "each"; a phrase copied from the sources with its next word ("whole life insurance") widens nothing
  assert.equal(scope('The two men had met at a party. Police found the body on Sunday.', 'The two men knew each other.').count, 0);
  const cover = 'The insurer sells term life and whole life insurance. Claims are paid within a week.';
  assert.equal(scope(cover, 'Claims on whole life insurance are paid within a week.').count, 0);
  assert.equal(scope(cover, 'Claims are always paid within a week.').count, 1);
  assert.equal(scope('Delays of an hour or more earn a full refund.', 'Delays of an hour or longer mean the whole fare is refunded.').count, 0);
  assert.equal(scope('Full-year revenue growth is expected in the low double digits.', 'The firm expects to fully offset the cost.').count, 1, '"full-year" is no whole of anything');
  // "each weekend" in the passage says how often, not all of anything; "Requests are reviewed" is said of each request
  const wards = 'Managers hope the trial will free up about 30 beds each weekend. It will run for six months on four wards.';
  assert.equal(scope(wards, 'The trial runs on every ward of the hospital.').count, 1);
  assert.equal(scope(wards, 'The trial should free about 30 beds every weekend.').count, 0);
  assert.equal(scope('Requests are reviewed by a clinician within one working day.', 'A clinician looks at each request within a working day.').count, 0);
  assert.equal(scope('A bus runs from Ardmore every 30 minutes at weekends.', 'A bus runs from Ardmore every half hour at weekends.').count, 0);
  // "everyone else" is the rest, besides those the claim names
  const tickets = 'Tickets cost £16, with free entry for under-18s and students.';
  assert.equal(scope(tickets, 'Under-18s and students get in free; everyone else pays £16.').count, 0);
  assert.equal(scope(tickets, 'Everyone gets in free.').count, 1);
});

test('a quantifier that speaks of much more of a group than the passage\'s ("Most patients" where it says "Some patients") is marked as a widened scope; "many" for "several" is not', () => {
  const share = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => /of them, not/.test(f.reason)).map((f) => f.reason);
  const trial = 'Some patients in the trial reported headaches after taking the drug, but these usually went away within a day.';
  assert.deepEqual(share(trial, 'Most patients in the trial reported headaches after taking the drug.'), ['the passage that best matches this claim says “Some” of them, not “Most”']);
  assert.equal(comparisonOf(trial, 'Most patients in the trial reported headaches after taking the drug.').features.scopeWidened, 1);
  assert.deepEqual(share(trial, 'Some of the patients in the trial reported headaches.'), []);
  assert.deepEqual(share('The outlaw suffers from several ailments.', 'The outlaw suffers from many ailments.'), []);
  assert.deepEqual(share('Few residents attended the meeting.', 'Many residents attended the meeting.'), ['the passage that best matches this claim says “Few” of them, not “Many”']);
});

test('"only" that rules out what the best passage allows is marked ("paid only in rail vouchers" for "by bank transfer or in rail vouchers"); "only" before a figure, after what it limits, or about the sources is not', () => {
  const only = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => /sets no such limit/.test(f.reason)).map((f) => text.slice(f.start, f.end));
  const paid = 'Compensation is paid by bank transfer or in rail vouchers.';
  assert.deepEqual(only(paid, 'Compensation is paid only in rail vouchers.'), ['only']);
  assert.deepEqual(only(paid, 'Compensation is paid solely by bank transfer.'), ['solely']);
  assert.deepEqual(only('Compensation is paid only in rail vouchers.', 'Compensation is paid only in rail vouchers.'), [], 'the source says "only" itself');
  assert.deepEqual(only('About 38,000 wild salmon came back to the river last year.', 'Only about 38,000 wild salmon came back last year.'), [], 'weighs a figure');
  assert.deepEqual(only('The barber works by appointment.', 'The barber works by appointment only.'), [], 'after what it limits');
  assert.deepEqual(only(paid, 'Based solely on the passage, compensation is paid by bank transfer or in rail vouchers.'), [], 'about the sources');
});

test('a cause the best passage does not give ("thanks to", "because") is marked; a source that links the events already is not', () => {
  const cause = (source: string, text: string) => {
    const c = comparisonOf(source, text);
    return { count: c.features.causeAdded, words: c.findings.filter((f) => /the claim gives a cause/.test(f.reason)).map((f) => text.slice(f.start, f.end)) };
  };
  const sales = 'Sales rose 45% last year. The company opened ten new stores.';
  assert.deepEqual(cause(sales, 'Sales rose 45% thanks to higher advertising income.'), { count: 1, words: ['thanks to'] });
  assert.deepEqual(cause(sales, 'Sales rose 45% because the company cut prices.'), { count: 1, words: ['because'] });
  assert.equal(cause('Sales rose 45% after the company cut prices.', 'Sales rose 45% because the company cut prices.').count, 0, 'the source links them with "after"');
  assert.equal(cause(sales, 'Sales rose 45% last year.').count, 0);
  assert.equal(cause(sales, 'The company opened ten new stores and a report is due to be published.').count, 0, '"due to" before a verb is a schedule');
  assert.deepEqual(cause(sales, 'Sales rose 45%, due in part to higher advertising income.'), { count: 1, words: ['due in part to'] });
  assert.deepEqual(cause(sales, 'Sales rose 45% thanks largely to new stores.'), { count: 1, words: ['thanks largely to'] });
  // "Therefore" leading into a reference to the sources links nothing
  assert.equal(cause(sales, 'Therefore, based on the provided passages, sales rose 45% last year.').count, 0);
  assert.equal(cause(sales, 'Therefore, sales rose 45% last year.').count, 1);
  // the link the question makes is given: "how to soothe mouth sores caused from biting gums?"
  const gums = 'Apply a small amount of honey to sore areas inside your mouth. Aloe vera soothes sore gums.';
  const answer = 'To soothe mouth sores caused by biting gums, apply honey or aloe vera.';
  const asked = (question?: string) => analyze({ sources: [{ id: 's', text: gums }], text: answer, ...(question ? { question } : {}) }).inputs[0].comparison.features.causeAdded;
  assert.deepEqual([asked(), asked('how to soothe mouth sore caused from biting gums')], [1, 0]);
});

test('a negation where the passages retrieved for it negate nothing ("Dogs are not allowed") is marked at its negator, the reason quoting what it negates; a source that denies or bans it already is not', () => {
  const negation = (source: string, text: string) => {
    const c = comparisonOf(source, text);
    const marked = c.findings.filter((f) => /negate nothing/.test(f.reason));
    return { added: c.features.negationAdded, mismatch: c.features.negationMismatch, words: marked.map((f) => text.slice(f.start, f.end)), reasons: marked.map((f) => f.reason) };
  };
  const trail = "The park's main trail is 6.5 kilometres long. Dogs must be kept on a lead on the trail.";
  const dogs = negation(trail, 'Dogs are not allowed on the trail.');
  assert.deepEqual([dogs.added, dogs.mismatch, dogs.words], [1, 0, ['not']]);
  assert.match(dogs.reasons[0], /“not allowed”/);
  assert.equal(negation(trail, 'The article does not mention dogs.').added, 0, 'a remark about the sources');
  assert.equal(negation('Dogs are banned from the trail.', 'Dogs are not allowed on the trail.').added, 0, '"banned" says it in other words');
  assert.equal(negation('No dogs may use the trail.', 'Dogs are not allowed on the trail.').added, 0);
  assert.equal(negation(trail, 'Dogs must be kept on a lead.').added, 0);
  assert.equal(negation(trail, 'Not only dogs must be kept on a lead.').added, 0, '"not only" qualifies, it does not deny');
  assert.equal(negation('Each passenger may bring one cabin bag of up to 8 kg.', 'Passengers may bring one cabin bag of no more than 8 kg.').added, 0, '"no more than" is a bound');
  assert.equal(negation('Members can borrow tools for up to two weeks for free.', 'Members can borrow tools at no charge for two weeks.').added, 0, '"free" is "no charge"');
  assert.equal(negation('The museum bought a painting. The price was not disclosed. It goes on show in March.', 'It goes on show in March, and the museum did not say what it paid.').added, 0, 'the "not" of another retrieved sentence');
  // a word that denies by itself: "lack of", "deny", "failed to"
  const study = 'Here we study the impact of using different kinds of units on the quality of the representations.';
  assert.deepEqual(negation(study, 'We study the lack of impact of using different kinds of units on the quality of the representations.').words, ['lack']);
  assert.equal(negation('The company did not reach its target this year.', 'The company failed to reach its target this year.').added, 0, '"failed to" says "did not"');
  assert.equal(negation(study, 'We study the impact of units despite the quality of the representations.').added, 0, '"despite" denies nothing');
  // "too few parking spaces" and "a shortage of spaces" are the lack a claim's "lack of parking" states
  const parking = 'Some residents objected at the meeting, saying the plan had too few parking spaces.';
  assert.equal(negation(parking, 'Some locals complained about a lack of parking.').added, 0);
  assert.equal(negation('Residents pointed to a shortage of parking spaces.', 'Some locals complained about a lack of parking.').added, 0);
  assert.equal(negation('Some residents objected at the meeting, saying the plan had a few parking spaces.', 'Some locals complained about a lack of parking.').added, 1, '"a few" is no lack');
  // the source states the very word the claim negates: that is the sharper negationMismatch, not both
  // "has not yet decided" is what "will study the ruling before deciding" says
  const ruling = negation('The company said it would study the ruling before deciding whether to appeal.', 'The company has not yet decided whether it will appeal.');
  assert.deepEqual([ruling.added, ruling.mismatch], [0, 0]);
  const approved = negation('The council approved the plan on Monday.', 'The council did not approve the plan on Monday.');
  assert.deepEqual([approved.added, approved.mismatch, approved.words], [0, 1, []]);
});

test('a negation the claim makes is no conflict with the best sentence when another source sentence makes it', () => {
  const mismatch = (source: string, text: string) => comparisonOf(source, text).features.negationMismatch;
  const claim = 'Before the suffrage movement, women did not have the right to vote or own their own property.';
  const movement = 'The suffrage movement fought to give women the right to vote.';
  assert.equal(mismatch(movement, claim), 1, 'the best sentence states "the right" plainly');
  assert.equal(mismatch(`${movement} Before it, women were not allowed to vote or own their own property.`, claim), 0);
  // a negation about something else, or in the next clause, makes nothing
  assert.equal(mismatch(`${movement} Some women did not own a house, but they could vote in local elections.`, claim), 1);
});

test('what the claim negates and a retrieved passage states plainly about the same things ("would not like to buy" where people "would like to buy") is contradicted, even when another sentence matches the claim best', async () => {
  const brief = 'The remote control will be sold in the entire world and must cost no more than twelve euros. Try to create something new that people would like to buy. The next meeting starts in thirty minutes.';
  const negated = (source: string, text: string) => {
    const c = comparisonOf(source, text);
    return { mismatch: c.features.negationMismatch, reasons: c.findings.filter((f) => /negates what the source states/.test(f.reason)).map((f) => f.reason) };
  };
  const buy = negated(brief, 'The team must design a remote control costing under twelve euros that people would not like to buy.');
  assert.deepEqual(buy, { mismatch: 1, reasons: ['the claim negates what the source states (“not like” is not in the source)'] });
  const r = await checkOne(brief, 'The team must design a remote control costing under twelve euros that people would not like to buy.');
  assert.equal(r.claims[0].verdict, 'contradicted');
  // a source that also negates the word, denies it in other words ("failed to follow"), or only asks it, and a noun's "no"
  assert.equal(negated(`${brief} Some people would not like to buy it.`, 'The team must design a remote control costing under twelve euros that people would not like to buy.').mismatch, 0);
  const ruling = 'The court ordered the developer to pay £1.2 million. The judge ruled that the developer had failed to follow the building regulations in force in 2016.';
  assert.equal(negated(ruling, 'The judge found the developer had not followed the building regulations of 2016.').mismatch, 0);
  const training = 'Trainees are supervised almost constantly. Wouldn\'t at least one instructor have noticed behavioural issues in such an intense environment?';
  assert.equal(negated(training, 'Instructors may not have noticed behavioural issues during the intense training.').mismatch, 0);
  const squirrels = 'Volunteers check more than 200 feeders fitted with cameras, and report any grey squirrels seen. The trust running the project said no greys had been recorded on the island for 18 months.';
  assert.equal(negated(squirrels, 'No grey squirrel has been seen on the island for a year and a half.').mismatch, 0);
});

test('what the claim states and the retrieved passages mention only to deny ("No injuries have been reported", "will not have to be repaid") is contradicted, even when another sentence matches the claim best', async () => {
  const scooters = 'The company said it would recall about 150,000 electric scooters because the battery can overheat and catch fire. No injuries have been reported. Owners are advised to stop using the scooters.';
  const denied = (source: string, text: string) => {
    const c = comparisonOf(source, text);
    const marked = c.findings.filter((f) => /says the opposite/.test(f.reason));
    return { mismatch: c.features.negationMismatch, words: marked.map((f) => text.slice(f.start, f.end)), reasons: marked.map((f) => f.reason) };
  };
  const riders = denied(scooters, 'Several riders were injured when their batteries caught fire.');
  assert.deepEqual([riders.mismatch, riders.words], [1, ['injured']]);
  assert.match(riders.reasons[0], /“No … injuries”/);
  const r = await checkOne(scooters, 'Several riders were injured when their batteries caught fire.');
  assert.equal(r.claims[0].verdict, 'contradicted');
  assert.equal(denied(scooters, 'Nobody has been reported hurt.').mismatch, 0, 'a claim that negates itself agrees');
  assert.equal(denied(`${scooters} Two riders were injured in March.`, 'Several riders were injured when their batteries caught fire.').mismatch, 0, 'stated plainly elsewhere');
  // a word WordNet relates in another sense ("breaking" for "injured") states nothing plainly
  const toys = 'There have been 14 reports of parts breaking off, but no injuries.';
  assert.deepEqual(denied(toys, 'Two children were injured by broken parts.').words, ['injured']);
  // a noun whose WordNet synonym is the claim's verb: "No injuries" denies "were hurt"
  assert.deepEqual(denied(scooters, 'Several riders were hurt when their batteries caught fire.').words, ['hurt']);
  // "no signs of disease" denies the disease, and so "had been diseased"
  const oak = 'The council said the tree had shown no signs of disease when it was last inspected.';
  assert.deepEqual(denied(oak, 'The council said the tree had been diseased for years.').words, ['diseased']);
  assert.equal(denied('The tree had shown signs of disease.', 'The council said the tree had been diseased for years.').mismatch, 0);
  // "will not have to be repaid" denies repaying, as "will not be repaid" would
  const grant = 'The route was supported by a grant from the government, which will not have to be repaid.';
  assert.deepEqual(denied(grant, 'The airline will have to repay the grant.').words, ['repay']);
  assert.equal(denied('The grant will have to be repaid.', 'The airline will have to repay the grant.').mismatch, 0);
  // a verb is denied only as itself, in a sentence about the claim
  const steve = 'Carly asked whether Steve had been drinking at the party. Steve said he was ill, not drunk.';
  assert.deepEqual(denied(steve, 'Steve said he was ill and a little drunk.').words, ['drunk']);
  const coach = 'The coach said the team played well. "I don\'t feel under pressure," he added. The club won its last three games.';
  assert.equal(denied(coach, 'The coach feels the team is playing well.').mismatch, 0, 'denied about something else');
  const players = 'Fans are waiting for the final list of players. The list will not be published';
  assert.equal(denied(`${players}.`, 'The final list of players will be published.').mismatch, 1);
  assert.equal(denied(`${players} until Friday.`, 'The final list of players will be published.').mismatch, 0, '"not … until" is later, not never');
  const dog = 'Owners train the dog every day. The dog can hurt people';
  assert.equal(denied(`${dog}, as he does not learn.`, 'Owners train the dog every day so that he can learn.').mismatch, 1);
  assert.equal(denied(`${dog} if he does not learn.`, 'Owners train the dog every day so that he can learn.').mismatch, 0, 'a condition, not a denial');
  // what an infinitive is to do is a purpose, not a fact; the infinitive's own verb still is ("voted to approve")
  const miles = 'Nearly 10% of passengers flew on award tickets, but some of them weren\'t getting the best value for their miles.';
  assert.equal(denied(miles, 'Passengers should book award tickets carefully to get the best value for their miles.').mismatch, 0);
  assert.equal(denied(miles, 'Passengers got the best value for their miles.').mismatch, 1);
  assert.equal(denied(SOURCE, 'The council voted to approve the airport extension.').mismatch, 1);
  // what money "will be used to" do is where it goes: "not to river restoration" denies it
  const fine = 'The fine will go to the Treasury, not to river restoration.';
  assert.deepEqual(denied(fine, 'The fine will be used to restore the river.').words, ['river']);
  assert.equal(denied(fine, 'Anglers want the fine to restore the river.').mismatch, 0);
  assert.equal(denied('She had no way of contacting the company. The company went bankrupt.', 'The brides found other ways to contact the company.').mismatch, 0, '"no way" is an idiom');
  assert.equal(denied('Don\'t be a silent victim: avoid walking alone at night. Police gave advice to students.', 'Police said victims should report attacks.').mismatch, 0, '"not a victim" says nothing of victims');
  // "No one was seriously hurt" denies it of anyone, in the same verb or one WordNet relates, whatever else the passage is about
  const fires = 'The county had 1,240 wildfires last year, most of them on moorland. No one was seriously hurt, but two farm buildings were destroyed.';
  assert.deepEqual(denied(fires, 'Two firefighters were seriously injured tackling the moorland fires.').words, ['injured']);
  assert.deepEqual(denied('A tree fell across the road on Tuesday. Nobody was hurt.', 'A driver was hurt when the tree fell.').words, ['hurt']);
  assert.deepEqual(denied('Hundreds marched through the city centre on Saturday. Police said no one was arrested.', 'Two people were arrested after the march.').words, ['arrested'], '"people", a group in WordNet, are people');
  assert.equal(denied(fires, 'Two barns were damaged in the fires.').mismatch, 0, 'said of no person');
  assert.equal(denied('The book was returned to the library. Police said no one would be charged.', 'The book has been given back to the library.').mismatch, 0, 'given back is no charging');
});

test('the sources’ lexicon joined from their sentences’ has exactly the words read from all their tokens', async () => {
  const { joinLexicons, lexiconOf } = await import('../src/compare/lexicon.js');
  // two sources: names, hyphens, possessives, field names and two-word lemmas across sentence and source ends
  const sentences = [
    ...segment('The well-known U.S. firm bought out its rival. Prime minister Obama’s office said so.'),
    ...segment('{"OutdoorSeating": true, "business_stars": 4.5} Sales rose. Sales fell.'),
  ];
  const tokens = sentences.flatMap((s) => s.tokens);
  const joined = joinLexicons(sentences.map((s) => lexiconOf(s.tokens)), tokens);
  assert.deepEqual([...joined.words].sort(), [...lexiconOf(tokens).words].sort());
  const straddling = (a: number) => `${sentences[a].tokens.at(-1)!.lemma} ${sentences[a + 1].tokens[0].lemma}`;
  assert.ok(joined.words.has(straddling(0)) && joined.words.has(straddling(1)), 'two-word lemmas straddling sentences and sources');
  assert.equal(joined.tokens, tokens);
});

test('edits inside copied wording: a word slipped between two that stand side by side in the source is inserted, a word standing where the source has an unrelated one is substituted; a WordNet synonym in its place and a reworded sentence are neither', () => {
  const source = 'Here we study the impact of using different kinds of units on the quality of the representations. We propose a model that learns visual concepts, words, and semantic parsing of sentences.';
  const edits = (text: string) => {
    const { inputs } = analyze({ sources: [{ id: 's', text: source }], text });
    const f = inputs[0].comparison.features;
    return { substituted: f.substitutedWords, inserted: f.insertedWords, shown: inputs[0].comparison.scatteredWords.map((w) => w.reason) };
  };
  // "negative" is backed only through "quality" elsewhere in the sentence, so it was never shown
  const negative = edits('We study the negative impact of using different kinds of units on the quality of the representations.');
  assert.equal(negative.inserted, 1);
  assert.ok(negative.shown.some((r) => /“negative” is added to wording taken from the passage that best matches this claim/.test(r)), JSON.stringify(negative.shown));
  assert.equal(edits('We study the lack of impact of using different kinds of units on the quality.').inserted, 1);
  const swapped = edits('The model learns visual concepts, words, and semantic identification of sentences.');
  assert.equal(swapped.substituted, 1);
  assert.ok(swapped.shown.some((r) => /says “parsing” there, not “identification”/.test(r)), JSON.stringify(swapped.shown));
  assert.deepEqual(edits('Here we study the impact of using different kinds of units on the quality of the representations.'), { substituted: 0, inserted: 0, shown: [] }, 'copied as it is');
  const { inputs } = analyze({ sources: [{ id: 's', text: 'The company bought a small bakery in the old town.' }], text: 'The company purchased a small bakery in the old town.' });
  assert.equal(inputs[0].comparison.features.substitutedWords, 0, 'WordNet makes "purchased" a synonym of "bought"');
  // (a paraphrase that keeps both neighbours of a one-word slot does count: "unit affects representations" for "units on the quality of the representations")
  assert.deepEqual(edits('The researchers look at how the choice of unit changes what the learned representations capture.'), { substituted: 0, inserted: 0, shown: [] }, 'a paraphrase keeps no slot');
});

test('a word with or without a negating prefix contradicts the source ("changed" where it says "unchanged"); "non-binary" written apart in the source is the same word', async () => {
  const source = 'The estimate for earnings per share is unchanged from the prior quarter. Non - binary is a term used to describe people who do not consider themselves male or female.';
  const changed = await checkOne(source, 'The estimate for earnings per share is changed from the prior quarter.');
  assert.equal(changed.claims[0].verdict, 'contradicted');
  assert.ok(changed.claims[0].spans.some((s) => s.text === 'changed' && /the source says “unchanged”, the opposite of “changed”/.test(s.reason)), JSON.stringify(changed.claims[0].spans));
  const negated = await checkOne(source, 'The estimate for earnings per share is not changed from the prior quarter.');
  assert.ok(!negated.claims[0].spans.some((s) => /opposite/.test(s.reason)), 'negated, it agrees');
  const term = await checkOne(source, 'Non-binary is a term used to describe people who do not consider themselves male or female.');
  assert.ok(!term.claims[0].spans.some((s) => /opposite/.test(s.reason)), JSON.stringify(term.claims[0].spans));
});

test('a source that states a word plainly and also denies it elsewhere in the sentence contradicts a claim only where the claim is about the denied mention', async () => {
  const source = 'A new Facebook graph reveals the favorite baseball teams in the country by county The Mets are not the favorite team in one county in the country.';
  const r = await checkOne(source, 'A new Facebook graph reveals the favorite baseball teams in the country by county.');
  assert.ok(!r.claims[0].spans.some((s) => /opposite/.test(s.reason)), JSON.stringify(r.claims[0].spans));
  assert.notEqual(r.claims[0].verdict, 'contradicted');
  // denied and never stated plainly: still the opposite
  const denied = await checkOne('The Mets are not the favorite team in any county.', 'The Mets are the favorite team in one county.');
  assert.equal(denied.claims[0].verdict, 'contradicted');
  // stated plainly about something else and denied about what the claim speaks of: the opposite
  const both = 'The council approved the tram line but did not approve the airport extension.';
  assert.equal((await checkOne(both, 'The council approved the airport extension.')).claims[0].verdict, 'contradicted');
  assert.notEqual((await checkOne(both, 'The council approved the tram line.')).claims[0].verdict, 'contradicted');
  // a plain mention no closer to the claim's words than the denial ("but will pay the new rate") does not undo it
  const fees = 'Families using government-funded hours will not pay more for those hours, but will pay the new rate for any extra days.';
  assert.equal((await checkOne(fees, 'Families using funded hours will pay more for those hours.')).claims[0].verdict, 'contradicted');
  assert.notEqual((await checkOne(fees, 'Families will pay the new rate for any extra days.')).claims[0].verdict, 'contradicted');
});

test('"have yet to be signed" negates: it agrees with "has not yet been signed", and "have been signed" does not', async () => {
  const source = 'Arum said the contract has not yet been signed by either fighter.';
  const yet = await checkOne(source, 'Arum said the contract has yet to be signed by either fighter.');
  assert.ok(!yet.claims[0].spans.some((s) => s.reason.includes('opposite')), JSON.stringify(yet.claims[0].spans));
  const signed = await checkOne(source, 'Arum said the contract has been signed by either fighter.');
  assert.equal(signed.claims[0].verdict, 'contradicted');
  // and it denies as a negator does: "they will win" where the source says "they are yet to win"
  const win = await checkOne("In Stuart Lancaster's fourth year in charge they are yet to win this competition.", "In Stuart Lancaster's fourth year in charge they will win this competition.");
  assert.equal(win.claims[0].verdict, 'contradicted', JSON.stringify(win.claims[0].spans));
});

test('accents match however they are written: a source with decomposed accents ("Angoule\\u0302me") or none backs "Angoulême", and offsets stay on the original text', async () => {
  const source = 'Francis I was the first King of France from the Angoule\u0302me branch of the House of Valois.';
  const text = 'Francis I was the first King of France from the Angoulême branch.';
  const r = await checkOne(source, text);
  assert.ok(!r.claims[0].spans.some((s) => s.text.startsWith('Angoul')), JSON.stringify(r.claims[0].spans));
  const plain = await checkOne('Francis I was the first King of France from the Angouleme branch of the House of Valois.', text);
  assert.ok(!plain.claims[0].spans.some((s) => s.text.startsWith('Angoul')), JSON.stringify(plain.claims[0].spans));
  const other = await checkOne(source, 'Francis I was the first King of France from the Orléans branch.');
  const span = other.claims[0].spans.find((s) => s.text === 'Orléans');
  assert.ok(span, JSON.stringify(other.claims[0].spans));
  assert.equal('Francis I was the first King of France from the Orléans branch.'.slice(span.start, span.end), 'Orléans');
});

test('a word that turns a relation around in place contradicts: "outside" where the source says "within", "after" for "before", between the same words', () => {
  const source = 'We present the first verification that a network produces a correct output within a specified tolerance for every input.';
  const outside = comparisonOf(source, 'We present the first verification that a network produces a correct output outside of a specified tolerance for every input.');
  assert.equal(outside.features.antonyms, 1);
  assert.ok(outside.findings.some((f) => f.kind === 'antonym' && /“within”/.test(f.reason)));
  assert.equal(comparisonOf('The mayor spoke to reporters before the vote on Tuesday.', 'The mayor spoke to reporters after the vote on Tuesday.').features.antonyms, 1);
  // another place in the sentence: no swap
  assert.equal(comparisonOf('After the vote, the mayor spoke to reporters before leaving.', 'The mayor spoke to reporters after the vote.').features.antonyms, 0);
});

test('a claim word that names a property of plain objects ("constructor", "toString") is read as any other word', async () => {
  const r = await checkOne('The constructor finished the bridge in May.', 'The constructor finished the bridge in May, toString said.');
  assert.ok(r.claims.length > 0);
});

test('a phrasal verb is matched as a whole: "set aside" backed by "reserve", "called back" by "recall"; its particle is no new word', async () => {
  const { knownPhrases } = await import('../src/compare/lexical.js');
  const tokens = segment('Half of the flats will be set aside, and the scooters are being called back.').flatMap((x) => x.tokens);
  assert.deepEqual([...new Set(knownPhrases(tokens).values())], ['set aside', 'call back']);
  assert.equal(novelWords('The council will reserve half of the flats for key workers.', 'Half of the flats will be set aside for key workers.'), 0);
  assert.equal(novelWords('The council will reserve half of the flats for key workers.', 'Half of the flats will be set up for key workers.'), 1);
  const r = await checkOne('The company said it would recall about 150,000 electric scooters.', 'About 150,000 electric scooters are being called back.');
  assert.ok(!r.claims[0].spans.some((s) => /called/.test(s.text)), JSON.stringify(r.claims[0].spans));
});

test('"at no cost", "free of charge", "without paying" say what "free" says, either way round; a price is still no "free"', async () => {
  assert.equal(novelWords('Owners can get a free replacement battery from the maker.', 'Owners can get a replacement battery from the maker at no cost.'), 0);
  assert.equal(novelWords('Members borrow tools for free.', 'Members can borrow tools at no extra charge.'), 0);
  assert.equal(novelWords('Members borrow tools for free.', 'Members can borrow tools without paying.'), 0);
  assert.equal(novelWords('Entry to the concert is at no cost for residents.', 'The concert is free for residents.'), 0);
  assert.equal(novelWords('Members pay a small fee to borrow tools.', 'Members can borrow tools free of charge.'), 1, '"free" is not in a source that asks a fee');
  const r = await checkOne('Owners should stop riding the scooters and ask the maker for a free replacement battery.', 'Owners should stop riding the scooters and ask the maker for a replacement battery at no cost.');
  assert.equal(r.claims[0].verdict, 'supported');
});

test('"e-" of a hyphenated word stands for electric or electronic, either way round', async () => {
  assert.equal(novelWords('The company will recall about 150,000 electric scooters.', 'The company is recalling about 150,000 e-scooters.'), 0);
  assert.equal(novelWords('Many commuters now ride e-bikes to work.', 'Many commuters now ride electric bikes to work.'), 0);
  assert.equal(novelWords('The firm sends electronic mail to staff.', 'The firm sends e-mail to staff.'), 0);
  // the rest of the word still has to be there
  assert.equal(novelWords('The company will recall about 150,000 electric scooters.', 'The company is recalling about 150,000 e-bikes.'), 1);
  // and its parts stand in the source's order, as "electric scooters" would
  const source = 'The company will recall about 150,000 electric scooters because the battery can overheat.';
  const text = 'The company will recall about 150,000 e-scooters because the battery can overheat.';
  const f = analyze({ sources: [{ id: 's', text: source }], text }).inputs[0].comparison.features;
  assert.deepEqual([f.pairCoverageBest, f.matchDensityBest], [1, 1]);
  assert.equal((await checkOne(source, text)).verdict, 'supported');
});

test('a data-to-text overview of a JSON record: hours across several days, a field set to false, a state written out, a rating and its reviewers', async () => {
  const record = JSON.stringify({
    name: 'Harbor Lantern Cafe', address: '412 Bayview Ave', city: 'Columbus', state: 'OH', categories: 'Cafes, Bakeries',
    hours: { Monday: '7:0-15:0', Tuesday: '7:0-15:0', Wednesday: '7:0-15:0', Thursday: '7:0-15:0', Friday: '7:0-20:30', Saturday: '8:0-20:30' },
    attributes: { BusinessParking: { street: true, lot: true }, RestaurantsReservations: false, OutdoorSeating: true, DogsAllowed: true },
    business_stars: 4.5,
    review_info: [{ review_stars: 5.0, review_text: 'The blueberry pancakes here are the best I have had. Staff were friendly and the coffee was strong.' }],
  });
  const spans = (r: Awaited<ReturnType<typeof checkOne>>) => r.claims.flatMap((c) => c.spans.map((s) => s.text));
  const hours = await checkOne(record, 'It is open from 7 am to 3 pm Monday through Thursday and until 8:30 pm on Fridays.');
  assert.equal(hours.claims[0].verdict, 'supported', JSON.stringify(hours.claims[0].spans));
  // "RestaurantsReservations": false backs the negation and contradicts the plain statement
  const noBooking = await checkOne(record, 'It does not take reservations.');
  assert.equal(noBooking.claims[0].verdict, 'supported', JSON.stringify(noBooking.claims[0].spans));
  const booking = await checkOne(record, 'It takes reservations.');
  assert.equal(booking.claims[0].verdict, 'contradicted');
  assert.match(booking.claims[0].spans[0].reason, /the record gives “attributes\.RestaurantsReservations”: false/);
  // "OH" is Ohio; "business_stars" is a rating; reviews are by reviewers; "Bakeries" backs "bakery"
  const about = await checkOne(record, 'Harbor Lantern Cafe is a bakery in Columbus, Ohio, with a rating of 4.5 stars. Reviewers praise the blueberry pancakes.');
  for (const word of ['Ohio', 'rating', 'Reviewers', 'bakery']) assert.ok(!spans(about).some((s) => s.includes(word)), `${word} flagged: ${JSON.stringify(spans(about))}`);
  // "one diner" is one of the reviewers, not a count the review's 2.0 stars contradict
  const review = await checkOne(JSON.stringify({ name: 'Kobayashi Ramen', review_info: [{ review_stars: 2.0, review_text: 'Noodles were overcooked and our server forgot the gyoza we ordered.' }] }), 'One diner had overcooked noodles.');
  assert.notEqual(review.claims[0].verdict, 'contradicted', JSON.stringify(review.claims[0].spans));
  // and a changed hour is still a conflict
  const late = await checkOne(record, 'It is open until 10 pm on Fridays.');
  assert.notEqual(late.claims[0].verdict, 'supported');
});

test('a JSON record: a day its opening hours leave out is a day it is closed; reviews back the verbs that report them; "groomers" backs "groomer"', async () => {
  const record = JSON.stringify({
    name: 'Copper Kettle', categories: 'Breweries, Pet Groomers',
    hours: { Wednesday: '15:0-22:0', Thursday: '15:0-22:0', Friday: '12:0-0:0', Saturday: '12:0-0:0', Sunday: '12:0-20:0' },
    review_info: [{ review_stars: 5.0, review_text: 'The hazy IPA is outstanding and the stout is great.' }, { review_stars: 2.0, review_text: 'My 8-year-old was bored.' }],
  });
  const spans = (r: Awaited<ReturnType<typeof checkOne>>) => r.claims.flatMap((c) => c.spans.map((s) => s.text));
  const closed = await checkOne(record, 'It is closed on Mondays and Tuesdays.');
  assert.deepEqual(spans(closed), []);
  assert.equal(closed.claims[0].verdict, 'supported');
  // a day the hours list is no day it is closed, and a day they leave out no day it is open
  const open = await checkOne(record, 'It is open on Mondays.');
  assert.notEqual(open.claims[0].verdict, 'supported');
  const listed = await checkOne(record, 'It is closed on Mondays and Fridays.');
  assert.ok(spans(listed).includes('Fridays'), JSON.stringify(spans(listed)));
  // a price level of 2 (of 4) is moderate, not cheap
  const priced = '{"name": "Bangkok Garden", "attributes": {"RestaurantsPriceRange2": 2}}';
  assert.equal((await checkOne(priced, 'Bangkok Garden is moderately priced.')).claims[0].verdict, 'supported');
  const newWords = (text: string) => comparisonOf(priced, text).findings.map((f) => text.slice(f.start, f.end));
  assert.deepEqual(newWords('Bangkok Garden is moderately priced.'), []);
  assert.deepEqual(newWords('Bangkok Garden is inexpensive.'), ['inexpensive']);
  // as many days a week as the hours list, and no other number
  assert.equal((await checkOne(record, 'It is open five days a week.')).claims[0].verdict, 'supported');
  const six = await checkOne(record, 'It is open six days a week.');
  assert.equal(six.claims[0].verdict, 'contradicted');
  assert.match(six.claims[0].spans[0].reason, /opening hours for 5 days a week/);
  const praise = await checkOne(record, 'Reviewers praise the hazy IPA.');
  assert.ok(!spans(praise).includes('praise'), JSON.stringify(spans(praise)));
  const groomer = await checkOne(record, 'Copper Kettle is a brewery and a pet groomer.');
  assert.ok(!spans(groomer).some((s) => s.includes('groomer')), JSON.stringify(spans(groomer)));
  // a record's fields describe one thing: a rating given with a review's praise is no figure moved from elsewhere
  const rated = JSON.stringify({ name: 'Little Fig', business_stars: 4.5, review_info: [{ review_stars: 5.0, review_text: 'The tofu scramble and the oat milk latte are fantastic.' }] });
  const misplaced = comparisonOf(rated, 'With a 4.5-star rating, it is praised for its tofu scramble and oat milk latte.').features.misplacedQuantities;
  assert.equal(misplaced, 0);
  // "one parent" is no rival of an 8-year-old
  const parent = await checkOne(record, 'One parent said the 8-year-old was bored.');
  assert.notEqual(parent.claims[0].verdict, 'contradicted', JSON.stringify(parent.claims[0].spans));
});

test('a JSON record\'s hours for all seven days back "open every day"; hours shorter than a day contradict "around the clock" and "24 hours a day", which all-day hours ("0:0-0:0") back', async () => {
  // spaced as data-to-text records are
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `"${d}": "6:0-23:0"`).join(', ');
  const laundry = `{"name": "SpinCycle Laundromat", "address": "1520 University Ave", "hours": {${days}}, "attributes": {"WiFi": "free"}}`;
  const findings = (source: string, text: string) => comparisonOf(source, text).findings.map((f) => [text.slice(f.start, f.end), f.reason]);
  assert.deepEqual(findings(laundry, 'It is open from 6 am to 11 pm every day.'), []);
  for (const text of ['It is open around the clock.', 'It is open 24 hours a day.', 'It offers round-the-clock service.', 'It is open 24/7.']) {
    assert.ok(findings(laundry, text).some(([, reason]) => reason === 'the source gives opening hours of “6:0-23:0”'), `${text}: ${JSON.stringify(findings(laundry, text))}`);
  }
  const inn = laundry.replace(/6:0-23:0/g, '0:0-0:0');
  assert.ok(!findings(inn, 'It is open 24 hours a day.').some(([, reason]) => /opening hours/.test(reason)));
  // hours said of some days only are left to the day checks
  assert.ok(!findings(laundry, 'It is open 24 hours a day on Fridays.').some(([, reason]) => /opening hours of/.test(reason)));
});

test('a JSON record whose keys are named like built-in properties ("constructor", "__proto__", "hours") is read as any other', async () => {
  const record = '{"constructor": "Acme Builders", "toString": "yes", "__proto__": {"hours": "9:0-17:0"}, "hasOwnProperty": 5}';
  const r = await checkOne(record, 'Acme Builders is open from 9 am to 5 pm.');
  assert.equal(r.claims.length, 1);
  assert.ok(r.claims[0].score > 0.05, JSON.stringify(r.claims[0]));
});

test('a denied word is said by its opposite: "will not open" is backed by "will be closed", "will not close" is not', async () => {
  const source = 'The museum will be closed on Mondays starting in January.';
  const open = await checkOne(source, 'From January, the museum will not open on Mondays.');
  assert.equal(open.claims[0].verdict, 'supported', JSON.stringify(open.claims[0].spans));
  assert.ok(!open.claims[0].spans.some((s) => /negate nothing|not in the sources/.test(s.reason)), JSON.stringify(open.claims[0].spans));
  const close = await checkOne(source, 'From January, the museum will not close on Mondays.');
  assert.notEqual(close.claims[0].verdict, 'supported');
});

test('"without" and "no" deny a whole noun phrase: "without implicit supervision" is not "with explicit supervision"', async () => {
  const source = 'The model learns semantic parsing of sentences without explicit supervision on any of them.';
  const r = await checkOne(source, 'The model learns semantic parsing of sentences without implicit supervision on any of them.');
  assert.equal(r.claims[0].verdict, 'contradicted', JSON.stringify(r.claims[0]));
  assert.ok(r.claims[0].spans.some((s) => s.text === 'implicit' && /“explicit”, the opposite of “implicit”/.test(s.reason)), JSON.stringify(r.claims[0].spans));
  // a word a negator denies on its own is still said by its opposite
  const closed = await checkOne('The gallery is closed to visitors on public holidays.', 'The gallery is not open to visitors on public holidays.');
  assert.equal(closed.claims[0].verdict, 'supported', JSON.stringify(closed.claims[0].spans));
});

test('a name a tokenised summary wrote in pieces ("O \' Sullivan", "Silv onek") is the sources\' name, not a new one', async () => {
  const source = "Ronnie O'Sullivan was docked a frame on Monday. Jamie Silvonek was charged on Tuesday.";
  const r = await checkOne(source, "O ' Sullivan was docked a frame on Monday . Jamie Silv onek was charged on Tuesday .");
  for (const c of r.claims) assert.ok(!c.spans.some((s) => /not mentioned in the sources/.test(s.reason)), JSON.stringify(c.spans));
  // pieces that join into no word of the sources are still a new name
  const other = await checkOne(source, 'Jamie Silv Anders was charged on Tuesday.');
  assert.ok(other.claims[0].spans.some((s) => /not mentioned in the sources/.test(s.reason)), JSON.stringify(other.claims[0].spans));
});

test('free against paid: "free of charge" where the matching sentence says "for a fee", and "pay a fee" where it says "for free"', async () => {
  const fees = 'Passengers may bring one small bag on board. Large bags must be checked in for a fee of 35 euros.';
  const free = await checkOne(fees, 'Large bags can be checked in free of charge.');
  assert.equal(free.claims[0].verdict, 'contradicted', JSON.stringify(free.claims[0]));
  assert.ok(free.claims[0].spans.some((s) => s.text === 'free of charge' && /paid for \(“fee”\)/.test(s.reason)), JSON.stringify(free.claims[0].spans));
  const library = 'Members can borrow tools, sewing machines and camping gear for up to two weeks for free.';
  const paid = await checkOne(library, 'Members pay a small fee to borrow tools and camping gear.');
  assert.equal(paid.claims[0].verdict, 'contradicted', JSON.stringify(paid.claims[0]));
  // what agrees, and a source that prices one thing and frees another, are left alone
  const agrees = await checkOne(library, 'Members can borrow tools and camping gear at no cost.');
  assert.ok(!agrees.claims[0].spans.some((s) => /paid for|it is free/.test(s.reason)), JSON.stringify(agrees.claims[0].spans));
  const tickets = await checkOne('{"tickets": {"adult_usd": 35, "student_usd": 10, "children_under_12": "free"}}', 'Students pay $10 and adults $35.');
  assert.ok(!tickets.claims[0].spans.some((s) => /it is free/.test(s.reason)), JSON.stringify(tickets.claims[0].spans));
  // "Free" opening the source's sentence (tagged as a name) still says free: who pays for it is no fee
  const meals = comparisonOf('Free school meals will be extended to all primary pupils from January, paid for by the regional government.', 'All primary pupils will get free school meals from January.');
  assert.equal(meals.features.negationMismatch, 0, JSON.stringify(meals.findings));
});

test('a compound noun WordNet knows is matched as a whole: "car park" for "parking lot", "mobile phone" for "cellphone"', () => {
  const coverage = (source: string, text: string) => comparisonOf(source, text).features.coverageSources;
  assert.ok(coverage('Cyclists can leave bikes in the parking lot behind the station.', 'Cyclists can leave bikes in the car park behind the station.') > 0.9);
  assert.ok(coverage('He lost his cellphone at the station.', 'He lost his mobile phone at the station.') > 0.9);
  assert.ok(coverage('Cyclists can leave bikes in the garden behind the station.', 'Cyclists can leave bikes in the car park behind the station.') < 0.9, 'another place is still new');
});

test('a change the other way from what the best passage says of the same word contradicts, though WordNet lists no antonym: "sales grew" where it says "sales fell"', async () => {
  const source = 'Sales fell by 5% last year, the company said. Donations from the public fell by 6 percent, but grants from supermarkets increased.';
  const turned = (text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'antonym').map((f) => f.reason);
  assert.match(turned('Sales grew by 5% last year.')[0] ?? '', /says “fell” there, a change the other way from “grew”/);
  assert.equal(turned('Sales went up by 5% last year.').length, 1);
  // the tagger reads "rose" as a noun here; another word's change the other way ("increased") is no backing
  assert.equal(turned('Donations from the public rose by 6%.').length, 1);
  assert.equal(turned('Grants from supermarkets fell.').length, 1);
  // the same way, or a word the passage says changed both ways
  assert.deepEqual(turned('Sales dropped by 5% last year.'), []);
  assert.deepEqual(turned('Grants from supermarkets rose.'), []);
  assert.equal(opposites('Sales rose in spring and sales fell in autumn.', 'Sales rose after the new boss arrived.'), 0);
});

test('"free of charge" says what "at no charge" says: no denied "charge"; paying a charge still is one', () => {
  const source = 'Members will be able to borrow up to three items at a time for one week, at no charge, after a short safety briefing.';
  const negations = (text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'negation').length;
  assert.equal(negations('Up to three items can be borrowed for a week free of charge after a safety briefing.'), 0);
  assert.equal(negations('Members pay a charge to borrow items.'), 1);
});

test('a change the other way is also found by the figure after the verb: "online sales fell by 6%" where "online sales, which …, grew by 6 percent"', () => {
  const source = 'Online sales, which now make up 40 percent of the total, grew by 6 percent last year.';
  assert.equal(opposites(source, 'Online sales fell by 6% last year.'), 1);
  assert.equal(opposites(source, 'Online sales grew by 6% last year.'), 0);
  // a change said of both the word and the figure outweighs one said of the word alone
  const cars = 'Sales of new electric cars rose by 18 percent, an industry body said. Sales of petrol cars fell by 5 percent.';
  assert.equal(opposites(cars, 'Sales of petrol cars rose by 5 percent.'), 1);
  assert.equal(opposites(cars, 'Sales of electric cars rose by 18 percent.'), 0);
});

test('a gerund opening a sentence ("Freezing a membership …", read alone as a noun) is matched as its verb', () => {
  assert.equal(novelWords('Members are allowed to freeze their membership for up to three months.', 'Freezing a membership for up to three months is allowed.'), 0);
});

test('a claim word whose change the sentence also states the same way ("collisions fell" for "cut collisions") is no opposite of another change there ("journey times rose")', () => {
  const source = 'The council said a trial had cut collisions causing injury by 23 percent, while journey times rose by less than a minute on average.';
  assert.equal(opposites(source, 'In the trial, injury collisions fell by 23% and journeys took less than a minute longer.'), 0);
  assert.equal(opposites('Sales fell by 5 percent last year.', 'Sales rose by 5% last year.'), 1);
});

test('a change where the passage says the amount held steady, or says the other way with an adverb or of the same thing in other words, contradicts; "lowered rates" is a change of rates', () => {
  const turned = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'antonym').map((f) => f.reason);
  const steady = 'Unemployment in the eurozone held steady at 6.4 percent in August, the lowest since records began.';
  assert.match(turned(steady, 'Unemployment in the eurozone fell to 6.4% in August.')[0] ?? '', /says “steady” there: no change, where the claim says “fell”/);
  assert.deepEqual(turned(steady, 'Eurozone unemployment stayed at 6.4% in August.'), []);
  assert.equal(turned('The central bank held its main interest rate unchanged at 3.75 percent.', 'The main interest rate was raised.').length, 1);
  // a verb by which someone moves the amount after it ("lowered rates") is a change too
  const rates = 'The central bank left its main interest rate unchanged at 3.75 percent on Thursday.';
  assert.match(turned(rates, 'The central bank lowered rates to 3.75% on Thursday.')[0] ?? '', /says “unchanged” there: no change, where the claim says “lowered”/);
  assert.deepEqual(turned(rates, 'The central bank held rates at 3.75% on Thursday.'), []);
  // "down from": an adverb of change, whose clause names nothing, so the one before says what moved
  const turnout = 'Turnout was 24 percent, down from 33 percent at the last full election.';
  assert.match(turned(turnout, 'Turnout rose compared with the last full election.')[0] ?? '', /says “down” there, a change the other way from “rose”/);
  assert.deepEqual(turned(turnout, 'Turnout fell to 24% from 33%.'), []);
  // the same thing in other words: "the waiting list" for "the number of people waiting"
  const list = 'The number of people waiting for social housing in the borough has risen to 14,200, up from 11,800 two years ago, the council said.';
  assert.equal(turned(list, 'The waiting list has fallen since two years ago.').length, 1);
  assert.deepEqual(turned(list, 'The waiting list has grown to 14,200.'), []);
  // read broadly, only verbs of an amount: "adding to his career" is no change the other way from "holds"
  assert.deepEqual(turned('He now holds the record for most wins at the course.', 'He won again, adding to his record at the course.'), []);
});

test('an activity the claim says goes on where the passage says it ends ("will keep working" / "will stop working"), or the reverse, contradicts', () => {
  const turned = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'antonym').map((f) => f.reason);
  const api = 'Version 3 of the Tally API will stop working on 30 September.';
  assert.match(turned(api, 'Version 3 will keep working after 30 September.')[0] ?? '', /says “stop working”, the other way from “keep working”/);
  assert.deepEqual(turned(api, 'Version 3 will not keep working after 30 September.'), []);
  const paper = 'The paper will stop printing in May but continue publishing online.';
  assert.equal(turned(paper, 'The paper will continue printing after May.').length, 1);
  assert.deepEqual(turned(paper, 'The paper will keep publishing online.'), []);
});

test('a comparative the other way of the same word contradicts ("more likely" / "less likely", "bleached more" / "less likely to bleach"); one turned round with its "than" does not', () => {
  const flips = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => /the opposite of “(more|less|fewer)”/.test(f.reason)).length;
  const smoke = 'Women were less likely to smoke than men.';
  assert.equal(flips(smoke, 'Women were more likely to smoke than men.'), 1);
  assert.equal(flips(smoke, 'Men were more likely to smoke than women.'), 0, 'the same comparison turned round');
  assert.equal(flips(smoke, 'Women were less likely than men to smoke.'), 0);
  const reefs = 'Corals on reefs that had survived a heatwave in 2016 were less likely to bleach during a second heatwave in 2020.';
  assert.equal(flips(reefs, 'The reefs bleached more in 2020 than in 2016.'), 1);
  // a bound on a figure is the quantity checks' to read
  assert.equal(flips('Fewer than 500 people came.', 'More than 500 people came.'), 0);
});

test('"costs nothing" and "or nothing on orders over £40" are a price, not a negation', () => {
  const source = 'Our standard delivery takes three to five working days and is free on orders over £40; otherwise it costs £3.95.';
  const flagged = (src: string, text: string) => comparisonOf(src, text).findings.filter((f) => f.kind === 'negation' || f.kind === 'scope').map((f) => f.reason);
  assert.deepEqual(flagged(source, 'Standard delivery takes three to five working days and costs £3.95, or nothing on orders above £40.'), []);
});

test('"more likely to" compares how likely, no hedge: "More men than women smoked" restates "men were more likely to smoke than women"', () => {
  const hedged = (source: string, text: string) => comparisonOf(source, text).features.modalityOverstated;
  assert.equal(hedged('Men were more likely to smoke than women, at 13.6 percent compared with 10.4 percent.', 'More men than women smoked: 13.6% against 10.4%.'), 0);
  assert.equal(hedged('Prices are likely to rise next year.', 'Prices will rise next year.'), 1);
});

test('an age group opening a sentence ("Under-18 tickets") is no new name', () => {
  const { findings } = analyze({ sources: [{ id: 's', text: 'Prices for under-18s will be cut by 10 percent.' }], text: 'Under-18 tickets will be 10% cheaper.' }).inputs[0].comparison;
  assert.ok(!findings.some((f) => f.kind === 'entity'), JSON.stringify(findings));
});


test('a comparison between two things whose amounts the passage gives, the other way from them, contradicts: "lost more water than the national average" where 18% against 20%; not where the claim gives figures or the passage compares them itself', () => {
  const compared = (source: string, claim: string) => comparisonOf(source, claim).findings.filter((f) => f.conflict && / against /.test(f.reason)).map((f) => `${claim.slice(f.start, f.end)}: ${f.reason}`);
  const leaks = 'The company lost 18% of its water through leaks, against a national average of 20%.';
  assert.deepEqual(compared(leaks, 'The company lost more water through leaks than the national average.'), ['more: the source gives “18%” against “20%”, not “more”']);
  assert.deepEqual(compared(leaks, 'The company lost less water through leaks than the national average.'), []);
  // the amount a change replaced ("from £1.20") is no longer the roll's: £1.35 against the vegan roll's £1.40, a sentence on
  const roll = 'A bakery has raised the price of its sausage roll from £1.20 to £1.35. Its vegan version stays at £1.40.';
  assert.deepEqual(compared(roll, 'The sausage roll now costs more than the vegan version.'), ['more: the source gives “£1.35” against “£1.40”, not “more”']);
  assert.deepEqual(compared(roll, 'The sausage roll now costs less than the vegan version.'), []);
  assert.deepEqual(compared('The town has 120 female councillors and 80 male councillors.', 'The town has fewer female councillors than male ones.'), ['fewer: the source gives “120” against “80”, not “fewer”']);
  // the claim's own figures, and a passage that compares the two itself, are read elsewhere
  const smokers = 'Men were more likely to smoke than women, at 13.6 percent compared with 10.4 percent.';
  assert.deepEqual(compared(smokers, 'More men than women smoked: 13.6% against 10.4%.'), []);
  assert.deepEqual(compared(smokers, 'More men than women smoked.'), []);
});

test('an adjective opening a sentence, which the tagger reads as a name, is still the opposite of another: "Older renters" where the source says "Younger renters"', async () => {
  const silent = 'Younger renters were the most likely to stay silent.';
  const older = await checkOne(silent, 'Older renters were the most likely to stay silent.');
  assert.equal(older.claims[0].verdict, 'contradicted');
  assert.ok(older.claims[0].spans.some((s) => s.text === 'Older' && /Younger renters/.test(s.reason)), JSON.stringify(older.claims[0].spans));
  assert.equal((await checkOne('The survey found younger renters were the most likely to stay silent.', 'Older renters were the most likely to stay silent.')).claims[0].verdict, 'contradicted');
  assert.notEqual((await checkOne(silent, 'Young renters were the most likely to stay silent.')).claims[0].verdict, 'contradicted');
  // a name is no adjective: "Young scored twice" opens with a player
  assert.notEqual((await checkOne('Old scored twice for the visitors.', 'Young scored twice for the visitors.')).claims[0].spans.some((s) => /opposite/.test(s.reason)), true);
});

test('"no plans to close" and "instead of paying fines" deny the act: "is closing shops" and "Carmakers pay fines" contradict them; the same words restated do not', async () => {
  const shops = 'The chain said it had no plans to close any of its 90 shops.';
  const closing = await checkOne(shops, 'The chain is closing some of its 90 shops.');
  assert.equal(closing.claims[0].verdict, 'contradicted');
  assert.ok(closing.claims[0].spans.some((s) => s.text === 'closing' && /no … close/.test(s.reason)), JSON.stringify(closing.claims[0].spans));
  assert.notEqual((await checkOne(shops, 'The chain has no plans to close shops.')).claims[0].verdict, 'contradicted');
  const fines = 'Carmakers can buy credits instead of paying fines.';
  const pay = await checkOne(fines, 'Carmakers pay fines.');
  assert.ok(pay.claims[0].spans.some((s) => s.text === 'pay' && /instead … paying/.test(s.reason)), JSON.stringify(pay.claims[0].spans));
  assert.ok((await checkOne('Carmakers can buy credits rather than pay fines.', 'Carmakers pay fines.')).claims[0].spans.some((s) => /rather … pay/.test(s.reason)));
  assert.notEqual((await checkOne(fines, 'Carmakers can buy credits instead of paying fines.')).claims[0].verdict, 'contradicted');
  assert.notEqual((await checkOne(fines, 'Carmakers can buy credits.')).claims[0].verdict, 'contradicted');
});

test('"beat the target" and "missed the target" weigh the passage\'s two amounts; "the same charge as" is an equality; "stays at £1.40" is no change', async () => {
  const short = 'Sales rose to 22% of the market last year, up from 16% the year before, but fell short of the government\'s 28% target.';
  const beating = 'Sales rose to 22% of the market last year, up from 16% the year before, beating the government\'s 20% target.';
  assert.equal(await verdictOf(short, 'Electric cars beat the government\'s target last year.'), 'contradicted');
  assert.notEqual(await verdictOf(short, 'Electric cars missed the government\'s target last year.'), 'contradicted');
  assert.equal(await verdictOf(beating, 'Electric cars missed the government\'s target last year.'), 'contradicted');
  assert.notEqual(await verdictOf(beating, 'Electric cars beat the government\'s target last year.'), 'contradicted');
  // "Missing" before a noun is no verb of outdoing
  assert.equal(comparisonOf('Of the 21 bones, 3 were missing.', 'Missing bones will be replaced with bones from another whale.').findings.filter((f) => / against /.test(f.reason)).length, 0);
  const zone = 'Older diesel cars entering it pay £9 a day, the same charge as in the present zone.';
  assert.equal(await verdictOf(zone, 'Drivers entering the zone will pay more than in the present one.'), 'contradicted');
  assert.notEqual(await verdictOf(zone, 'Drivers entering the zone will pay the same as in the present one.'), 'contradicted');
  const roll = 'A bakery chain has raised the price of its sausage roll from £1.20 to £1.35. Its vegan version stays at £1.40.';
  assert.equal(await verdictOf(roll, 'The vegan sausage roll has also gone up in price.'), 'contradicted');
  assert.notEqual(await verdictOf(roll, 'The price of the sausage roll has gone up.'), 'contradicted');
});

test('"shorter" is the opposite of "longer" and "slower" of "faster", which the tagger leaves unlemmatised as adverbs; "no longer" is neither', async () => {
  assert.equal(await verdictOf('The journey is 40 minutes longer than changing at Crewe.', 'The journey is 40 minutes shorter than changing at Crewe.'), 'contradicted');
  assert.equal(await verdictOf('The journey is 40 minutes shorter than changing at Crewe.', 'The journey is 40 minutes longer than changing at Crewe.'), 'contradicted');
  assert.equal(await verdictOf('The new trains are faster than the old ones.', 'The new trains are slower than the old ones.'), 'contradicted');
  assert.notEqual(await verdictOf('The journey is longer than before.', 'The journey is longer than before.'), 'contradicted');
  const shortDays = comparisonOf('The shop opens on short days in winter.', 'The shop no longer opens in winter.').findings;
  assert.ok(!shortDays.some((f) => /opposite/.test(f.reason)), JSON.stringify(shortDays));
});

test('a hashtag and a name with an apostrophe, as text tokenised with spaces writes them ("# firebrittmchenry", "O \' Sullivan"), are the source\'s "#firebrittmchenry" and "O\'Sullivan"', () => {
  assert.equal(novelWords('Within hours the #firebrittmchenry hashtag was trending.', 'the # firebrittmchenry hashtag was trending .'), 0);
  assert.equal(novelWords('Ronnie O\'Sullivan was warned by the referee.', 'the referee warned O \' Sullivan .'), 0);
  // another name is still new
  assert.equal(novelWords('Ronnie O\'Sullivan was warned by the referee.', 'the referee warned O \' Neill .'), 1);
});

test('a difference in time turned the other way contradicts: "40 minutes longer" where the source says "40 minutes quicker"; "40 minutes faster" agrees', async () => {
  const train = 'The journey will take 3 hours 15 minutes, about 40 minutes quicker than changing at Crewe.';
  const longer = (await checkOne(train, 'The direct journey will take 40 minutes longer than changing at Crewe.')).claims[0];
  assert.equal(longer.verdict, 'contradicted');
  assert.ok(longer.spans.some((s) => s.text === '40 minutes longer' && /40 minutes quicker/.test(s.reason)));
  assert.equal((await checkOne(train, 'The direct journey will be 40 minutes faster than changing at Crewe.')).claims[0].spans.filter((s) => /minutes/.test(s.text)).length, 0);
  const library = 'The library will stay open until 9pm, two hours later than now.';
  assert.ok((await checkOne(library, 'The library will close two hours earlier than now.')).claims[0].spans.some((s) => s.text === 'two hours earlier'));
});

test('"an hour earlier" where the source says "an hour later" contradicts; "an hour later" agrees', async () => {
  const bakery = 'A bakery chain will close 12 of its 80 shops. Its remaining shops will open an hour later on Sundays, at 9am.';
  const earlier = (await checkOne(bakery, 'The remaining shops will open an hour earlier on Sundays.')).claims[0];
  assert.equal(earlier.verdict, 'contradicted');
  assert.ok(earlier.spans.some((s) => s.text === 'an hour earlier' && /an hour later/.test(s.reason)));
  assert.equal(await verdictOf(bakery, 'The remaining shops will open an hour later on Sundays.'), 'supported');
});

test('a claim word said as the best evidence says it in other words is no opposite of a word beside the same noun elsewhere: "shut" for "close"', async () => {
  const bakery = 'A bakery chain will close 12 of its 80 shops by the end of March. Its remaining shops will open an hour later on Sundays.';
  const shut = (await checkOne(bakery, 'Twelve shops will shut by the end of March.')).claims[0];
  assert.equal(shut.verdict, 'supported');
  assert.ok(!shut.spans.some((s) => s.text === 'shut'), JSON.stringify(shut.spans));
  // the synonym said of something else does not excuse the opposite
  const shop = 'The new shop will open in May. The old depot will close.';
  assert.ok((await checkOne(shop, 'The new shop will shut in May.')).claims[0].spans.some((s) => s.text === 'shut' && /open/.test(s.reason)));
});

test('"the first time … that a pantomime had been cut short" says what "had never cut short a pantomime before" says: no negation flipped; a plain "was not cut short" still is', () => {
  const source = 'The theatre said it was the first time in its 60-year history that a pantomime had been cut short.';
  for (const claim of ['No pantomime at the theatre had been cut short before in its six decades.', 'The theatre had never cut short a pantomime before.']) {
    const c = comparisonOf(source, claim);
    assert.equal(c.features.negationMismatch, 0, claim);
    assert.ok(!c.findings.some((f) => f.kind === 'negation'), JSON.stringify(c.findings));
  }
  assert.equal(comparisonOf(source, 'The pantomime was not cut short.').features.negationMismatch, 1);
});

test('"the bulk of" and "the majority of" say what "most" says: no new word where the source says "Most of the trees"', () => {
  const source = 'Most of the trees are oak, birch and rowan.';
  assert.equal(novelWords(source, 'Oak, birch and rowan make up the bulk of the trees.'), 0);
  assert.equal(novelWords(source, 'Oak, birch and rowan make up the majority of the trees.'), 0);
  // without "most" in the source, "bulk" is new
  assert.equal(novelWords('A few of the trees are oak, birch and rowan.', 'Oak, birch and rowan make up the bulk of the trees.'), 1);
});

test('"has cut short its pantomime twice before" where the source calls it "the first time … that a pantomime had been cut short" is contradicted; "the first time since" and another event are not', async () => {
  const source = 'A theatre has cancelled the last four nights of its pantomime. The theatre said it was the first time in its 60-year history that a pantomime had been cut short.';
  const twice = (await checkOne(source, 'The theatre has cut short its pantomime twice before.')).claims[0];
  assert.equal(twice.verdict, 'contradicted');
  assert.ok(twice.spans.some((s) => s.text === 'before' && /the first time/.test(s.reason)), JSON.stringify(twice.spans));
  const negated = (claim: string, src = source) => comparisonOf(src, claim).features.negationMismatch;
  assert.equal(negated('The theatre has cancelled four nights of its pantomime, as it has done before.', 'The railway reopened for the first time since the floods. The theatre has cancelled the last four nights of its pantomime.'), 0);
  assert.equal(negated('The theatre has sold out its pantomime twice before.'), 0);
});

test('"around the clock" or "24 hours a day" where the passage gives hours ("from 8am to 8pm") is contradicted, unless a source says it runs all day', async () => {
  const source = 'The scanner will run from 8am to 8pm on weekdays and 9am to 5pm at weekends.';
  const clock = (await checkOne(source, 'The scanner will run around the clock on weekdays.')).claims[0];
  assert.equal(clock.verdict, 'contradicted');
  assert.ok(clock.spans.some((s) => s.text === 'around the clock' && /“8am to 8pm”/.test(s.reason)), JSON.stringify(clock.spans));
  assert.equal(comparisonOf(source, 'The scanner will run 24 hours a day.').features.quantityConflicts, 1);
  assert.equal(comparisonOf('The helpline is staffed around the clock. Its office opens from 9am to 5pm.', 'The helpline runs around the clock.').features.quantityConflicts, 0);
});

test('"a daily service" or "every day" where the passage gives "two days a week" of what runs is a conflict, unless a source says every day', async () => {
  const bus = 'A bus operator will withdraw its last service to three villages in June. The county council has offered £60,000 a year to keep the route running two days a week, but the operator has not yet replied.';
  for (const claim of ['The council has offered £60,000 a year to keep a daily service running.', 'The council has offered £60,000 a year to keep the route running every day.']) {
    const c = (await checkOne(bus, claim)).claims[0];
    assert.ok(c.spans.some((s) => /the source gives “two days a week”, not every day/.test(s.reason)), JSON.stringify(c.spans));
  }
  const twice = (await checkOne(bus, 'The council has offered £60,000 a year to keep the route running twice a week.')).claims[0];
  assert.ok(!twice.spans.some((s) => /not every day/.test(s.reason)), JSON.stringify(twice.spans));
  // "daily newspapers" is no frequency of what the shop's days are about, nor "two days a week" of yoga classes one of the café
  const shop = (await checkOne('The shop sells daily newspapers and is open two days a week.', 'The shop sells daily newspapers.')).claims[0];
  assert.ok(!shop.spans.some((s) => /not every day/.test(s.reason)), JSON.stringify(shop.spans));
  const cafe = (await checkOne('The café by the lake is open from 8am. Yoga classes run two days a week.', 'The café is open every day.')).claims[0];
  assert.ok(!cafe.spans.some((s) => /not every day/.test(s.reason)), JSON.stringify(cafe.spans));
  const library = (await checkOne('The library is open two days a week.', 'The library is open every day.')).claims[0];
  assert.ok(library.spans.some((s) => /the source gives “two days a week”, not every day/.test(s.reason)), JSON.stringify(library.spans));
});

test('"Each of the 14 branches" where the source counts "its 14 branches" widens nothing; "All 25 lifts" where it says "Eight of its 25 lifts" does', () => {
  const scope = (source: string, text: string) => comparisonOf(source, text).features.scopeWidened;
  assert.equal(scope('A library service will open its 14 branches on Sundays.', 'Each of the 14 branches will open on Sundays.'), 0);
  assert.equal(scope('A library service will open its 14 branches on Sundays.', 'All 14 branches will open on Sundays.'), 0);
  assert.equal(scope('A library service will open 14 branches on Sundays.', 'Each of the 14 branches will open on Sundays.'), 1);
  assert.equal(scope('The ski resort opened early. Eight of its 25 lifts are running.', 'All 25 lifts are operating.'), 1);
});

test('"only after the rockfall" where a retrieved passage says the work was planned "before the rockfall" is an opposite, unless a source also says "after the rockfall" or the two share nothing before it', () => {
  const park = 'A national park has closed a footpath for six weeks while rockfall netting is fitted, after a boulder narrowly missed two walkers in May. The park authority said the £180,000 work had been planned before the rockfall but was brought forward.';
  const after = comparisonOf(park, 'The park authority decided to fit the netting only after the rockfall.');
  assert.ok(after.findings.some((f) => f.kind === 'antonym' && f.conflict && /the source says “before the rockfall”, the opposite of “after”/.test(f.reason)), JSON.stringify(after.findings));
  assert.ok(!comparisonOf(park, 'The work was planned before the rockfall and then brought forward.').findings.some((f) => f.kind === 'antonym'), 'the order the source gives');
  assert.ok(!comparisonOf(`${park} Inspections continued after the rockfall.`, 'The park authority decided to fit the netting only after the rockfall.').findings.some((f) => /opposite of “after”/.test(f.reason)), 'a source says "after the rockfall" too');
  assert.ok(!comparisonOf('Wait until the danger of frost is past before planting.', 'Water the plants thoroughly after planting.').findings.some((f) => /opposite of “after”/.test(f.reason)), 'nothing shared before it');
});

test('a plan restated with a negation ("had never opened before"), a progressive passive ("being replaced") or a participle after its noun ("The money raised, …") is not stated as done', () => {
  const done = (source: string, text: string) => comparisonOf(source, text).findings.some((f) => /planned, expected or asked for/.test(f.reason));
  assert.ok(!done('The branches will open on Sundays for the first time.', 'The branches had never opened on a Sunday before.'), 'had never opened');
  assert.ok(!done('The boats will replace two diesel ferries that are more than 35 years old.', 'The two diesel ferries being replaced are more than 35 years old.'), 'being replaced');
  assert.ok(!done('The council expects the charge to raise £30 million a year, to be spent on buses.', 'The money raised, about £30 million a year, will go to buses.'), 'The money raised,');
  // stated as done still is
  assert.ok(done('The branches will open on Sundays for the first time.', 'The branches opened on a Sunday.'), 'opened');
  assert.ok(done('The council expects the charge to raise £30 million a year, to be spent on buses.', 'The charge raised about £30 million a year for buses.'), 'The charge raised');
});

test('"has accepted £60,000 a year" where the sources have only the offer is an offer stated as settled; an acceptance the source reports is not', () => {
  const bus = 'The county council has offered £60,000 a year to keep the route running two days a week, but the operator has not yet replied.';
  const accepted = comparisonOf(bus, 'The operator has accepted £60,000 a year to keep the route running two days a week.');
  assert.equal(accepted.features.modalityOverstated, 1);
  assert.ok(accepted.findings.some((f) => /no source says this was agreed, accepted or approved; the claim says “accepted”/.test(f.reason)), JSON.stringify(accepted.findings));
  assert.equal(comparisonOf('The union accepted a pay offer of 5% after talks.', 'The union has accepted a 5% pay offer.').features.modalityOverstated, 0);
});

test('a near miss stated as harm ("were hurt" where a boulder "narrowly missed two walkers") and a gift stated as a sale ("sold the seeds" where it "donated the seeds") contradict; the event restated, or a source that reports the harm or sale, do not', () => {
  const flipped = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'negation' && f.conflict).map((f) => f.reason);
  const gorge = 'A national park has closed a footpath up a waterfall gorge for six weeks, after a boulder narrowly missed two walkers in May.';
  assert.deepEqual(flipped(gorge, 'Two walkers were hurt by a falling boulder in May.'), ['the source says “narrowly missed”, where the claim says “hurt”']);
  assert.deepEqual(flipped(gorge, 'A falling boulder narrowly missed two walkers in May.'), []);
  assert.deepEqual(flipped(`${gorge} A third walker was injured later that day.`, 'Two walkers were hurt by a falling boulder in May.'), []);
  const garden = 'A primary school kitchen garden has produced 600kg of vegetables. A local garden centre donated the seeds and tools.';
  assert.deepEqual(flipped(garden, 'The garden centre sold the seeds and tools to the school at a discount.'), ['the source says it was given (“donated”), not “sold”']);
  assert.deepEqual(flipped(garden, 'The seeds and tools were given by a local garden centre.'), []);
  assert.deepEqual(flipped(`${garden} The school sold the vegetables to parents.`, 'The garden centre sold the seeds and tools to the school.'), []);
});

test('"The new boats are already sailing" where a passage says "The boats, due in 2027, will replace …" is a plan stated as done; not where the passage says only that the boats will be repainted', () => {
  const going = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => /already happening/.test(f.reason)).map((f) => f.kind);
  const ferry = 'A ferry company has ordered two battery-powered boats for its crossing, at a cost of £24 million. The boats, due in 2027, will replace two diesel ferries.';
  assert.deepEqual(going(ferry, 'The new boats are already sailing between the mainland and the island.'), ['modality']);
  assert.deepEqual(going('The ferries have been sailing since 1990. The boats will be repainted next year.', 'The boats are already sailing between the islands.'), []);
});

test('"rise to 62 euros" where the source says prices "would stay at 62 euros" is a change where none was; "will still cost 62 euros" agrees', () => {
  const turned = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'antonym').map((f) => f.reason);
  const resort = 'The resort said lift pass prices would stay at 62 euros a day.';
  assert.deepEqual(turned(resort, 'Lift passes will rise to 62 euros a day.'), ['the passage that best matches this claim says “stay” there: no change, where the claim says “rise”']);
  assert.deepEqual(turned('Fares will stay at £3 for adults.', 'Adult fares will rise to £3.'), ['the passage that best matches this claim says “stay” there: no change, where the claim says “rise”']);
  assert.deepEqual(turned(resort, 'A day\'s lift pass will still cost 62 euros.'), []);
});

test('"a partial refund" for "a full refund" and "the same fall" for "separate falls" are opposites WordNet does not pair; the same words agree', () => {
  const opposite = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'antonym' && f.conflict).map((f) => f.reason);
  const theatre = 'Two lead actors were injured in separate falls on stage. Ticket holders will get a full refund.';
  assert.deepEqual(opposite(theatre, 'Ticket holders will get a partial refund.'), ['the source says “full refund”, the opposite of “partial refund”']);
  assert.deepEqual(opposite(theatre, 'The two actors were hurt in the same fall.'), ['the source says “separate falls”, the opposite of “same fall”']);
  assert.deepEqual(opposite(theatre, 'The two actors were hurt in separate falls and ticket holders get a full refund.'), []);
});

test('a figure the source gives for one day or month, claimed for another it names, conflicts ("34C on Tuesday" for "34C on Thursday"); a span "from July to August" pairs with neither end', () => {
  const moved = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => f.kind === 'quantity' && f.conflict).map((f) => f.reason);
  const heat = 'A heatwave warning has been issued from Tuesday to Friday, with temperatures expected to reach 34C on Thursday.';
  assert.deepEqual(moved(heat, 'Temperatures are expected to reach 34C on Tuesday.'), ['the source gives “34” for “Thursday”, not for “Tuesday”']);
  assert.deepEqual(moved(heat, 'Temperatures are expected to reach 34C on Thursday.'), []);
  assert.deepEqual(moved('New-home sales fell 9% in August from July.', 'New-home sales dropped 9% from July to August.'), []);
});

test('"for four hours each time" says how long each opening lasts, no widening to all', () => {
  const widened = (source: string, text: string) => comparisonOf(source, text).features.scopeWidened;
  assert.equal(widened('It is open on Tuesdays and Fridays from 10am to 2pm.', 'It opens twice a week, for four hours each time.'), 0);
  assert.equal(widened('It is open on Tuesdays and Fridays from 10am to 2pm.', 'Each volunteer works four hours.'), 1);
});

test('a time the claim places by "next", "last" or "this" that no source says ("will be finished next year") counts as new; the same words in a source, "compared to last year" and "the last year" do not', () => {
  const undated = (source: string, text: string) => comparisonOf(source, text).findings.filter((f) => /do not say/.test(f.reason)).map((f) => f.reason);
  const map = 'A map of a mouse brain, which has about 70 million nerve cells, is still many years away.';
  assert.deepEqual(undated(map, 'The map of a mouse brain is expected to be finished next year.'), ['the sources do not say “next year”']);
  assert.deepEqual(undated(`${map} Work on it will start next year.`, 'Work on the mouse brain map will start next year.'), []);
  assert.deepEqual(undated('Earnings per share rose 12% to $1.40.', 'Earnings per share rose compared to last year.'), []);
  assert.deepEqual(undated('Earnings per share rose 12% to $1.40.', 'Earnings per share rose over the last year.'), []);
});
