// Rules against a second source, the Paris Agreement (a binding treaty with graded commitments): nothing here
// depends on the UK–OpenAI MoU.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { applyFix, check, loadSource } from '../../../src/engine';
import { analyseCommitment } from '../../../src/engine/analysis/commitment';
import { checkBlocks, NO_CARRY, sameCarry } from '../../../src/engine/check';
import { citationLabel } from '../../../src/engine/rules/fixes';
import { segmentBriefing } from '../../../src/engine/text/segmentBriefing';
import { quantities, sourceDerivesAmount, tableSums } from '../../../src/engine/rules/contradictedDetail';
import { inSourceWordParts } from '../../../src/engine/rules/novelTerms';
import { tokenize } from '../../../src/engine/text/tokens';
import { parseMarkdownHeading } from '../../../src/engine/clauses/headings';
import { Strength } from '../../../src/engine/types';
import { checkMd, MOU } from '../helpers';

/** The text each finding of one rule flags when `text` is checked against `source`. */
const actualsOf = (source: ReturnType<typeof loadSource>, ruleId: string, text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === ruleId).map((f) => f.actual);
const PARIS = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/paris-agreement.md'), 'utf8'), 'paris-agreement.md');
const findings = (text: string) => check(text, PARIS, { format: 'markdown' }).findings;
const rules = (text: string) => findings(text).filter((f) => f.severity === 'warning').map((f) => f.ruleId);

suite('contradicted-detail (Paris Agreement)', () => {
	test('a wrong interval is flagged with the source figure as the fix', () => {
		const text = 'Each Party shall communicate a nationally determined contribution every ten years.';
		const [f] = findings(text).filter((x) => x.ruleId === 'contradicted-detail');
		assert.ok(f, JSON.stringify(findings(text).map((x) => x.message)));
		assert.equal(f.clause?.id, '4.9');
		assert.equal(applyFix(text, f.fixes[0]!), 'Each Party shall communicate a nationally determined contribution every five years.');
	});

	test('the right figure, and a figure the source states elsewhere, are quiet', () => {
		assert.deepEqual(rules('Each Party shall communicate a nationally determined contribution every five years.'), []);
		assert.deepEqual(rules('Temperatures rose by two degrees in some regions last year.'), []);
	});

	test('a figure in another paragraph of the article the sentence describes is compared (14.1 describes the stocktake, 14.2 times it)', () => {
		const text = 'The first global stocktake is a review of collective progress that the Agreement requires every three years.';
		const found = findings(text).filter((x) => x.ruleId === 'contradicted-detail');
		assert.deepEqual(found.map((f) => [f.actual, f.clause?.id]), [['three years', '14.2']]);
		assert.equal(applyFix(text, found[0]!.fixes[0]!), 'The first global stocktake is a review of collective progress that the Agreement requires every five years.');
		assert.deepEqual(rules('The first global stocktake is a review of collective progress that the Agreement requires every five years.'), []);
	});

	test('an interval is compared with intervals only ("every year" is not "within one year")', () => {
		// 28.2 gives a period ("one year from the date of receipt"), not an interval.
		const details = (text: string) => findings(text).filter((f) => f.ruleId === 'contradicted-detail').map((f) => f.actual);
		assert.deepEqual(details('Any withdrawal shall take effect upon expiry of one year from the date of receipt by the Depositary, and Parties report on it every year.'), []);
		assert.deepEqual(details('Any withdrawal shall take effect upon expiry of two years from the date of receipt by the Depositary.'), ['two years']);
	});
});

suite('wrong-reference (Paris Agreement)', () => {
	test('an article that does not exist is flagged', () => {
		assert.ok(rules('Under Article 4.42, each Party shall communicate a nationally determined contribution every five years.').includes('wrong-reference'));
	});

	test('a one-word label that only another untitled article speaks of names that article ("Article 27 — Withdrawal.")', () => {
		const references = (text: string) => findings(text).filter((x) => x.ruleId === 'wrong-reference').map((x) => [x.actual, x.clause?.id]);
		assert.deepEqual(references('Article 27 — Withdrawal.'), [['Article 27', '28.1']]);
		assert.deepEqual(references('Article 28 — Withdrawal.'), []);
		// A word several articles use says nothing about which one is meant.
		assert.deepEqual(references('Article 27 — Parties.'), []);
	});

	test('a reference whose words are another article’s is flagged, with the right article as the fix', () => {
		const text = 'Under Article 9.1, Parties hereby establish the global goal on adaptation of enhancing adaptive capacity, strengthening resilience and reducing vulnerability to climate change.';
		const [f] = findings(text).filter((x) => x.ruleId === 'wrong-reference');
		assert.ok(f, JSON.stringify(findings(text).map((x) => x.message)));
		assert.equal(f.clause?.id, '7.1');
		assert.match(applyFix(text, f.fixes[0]!), /^Under Article 7\.1,/);
	});

	test('the right reference is quiet', () => {
		assert.deepEqual(rules('Under Article 7.1, Parties hereby establish the global goal on adaptation of enhancing adaptive capacity, strengthening resilience and reducing vulnerability to climate change.'), []);
	});
});

suite('graded commitments of a treaty', () => {
	test('"should" reported as "must" overstates; "shall" reported as "must" does not', () => {
		assert.ok(rules('Developed country Parties must undertake economy-wide absolute emission reduction targets.').includes('overstated-commitment'));
		assert.deepEqual(rules('Each Party must prepare, communicate and maintain successive nationally determined contributions.'), []);
	});

	test('calling a binding treaty binding is not a status error', () => {
		assert.deepEqual(rules('The Paris Agreement is a legally binding treaty.'), []);
	});
});

const CONTRACT = loadSource(
	fs.readFileSync(path.join(__dirname, '../../eval/sources/research-data-collaboration-agreement.md'), 'utf8'),
	'research-data-collaboration-agreement.md',
);
const contractRules = (text: string) => check(text, CONTRACT, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId);

suite('a binding source: its status and its grades of obligation', () => {
	test('each source states its own status', () => {
		assert.equal(PARIS.status, 'binding');
		assert.equal(CONTRACT.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...new Set([...CONTRACT.nonBindingParts].map((c) => c.id.replace(/\..*$/, '')))].sort(), ['15', 'schedule-3', 'schedule-3-2']);
	});

	test('"obliges" and "legally bound" against an aim or an intention are overstatements, not status errors', () => {
		assert.deepEqual(rules('Article 4.1 obliges the Parties to reach global peaking of greenhouse gas emissions as soon as possible.'), ['overstated-commitment']);
		assert.deepEqual(rules('Under Article 4.2, every Party is legally bound to achieve the nationally determined contribution it communicates.'), ['overstated-commitment']);
		// Compared with the side clause's "intends to achieve", not the article's "shall prepare, communicate and maintain".
		const [f] = findings('Under Article 4.2, every Party is legally bound to achieve the nationally determined contribution it communicates.');
		assert.equal(f?.clause?.id, '4.2');
		assert.match(f!.message, /`intends to`/);
		assert.deepEqual(rules('Under Article 4.2, every Party must prepare and communicate a nationally determined contribution.'), []);
	});

	test('in a binding text "shall" is an obligation: "must" and "is obliged to" for a "shall" clause are faithful', () => {
		assert.deepEqual(rules('Each Party must prepare, communicate and maintain successive nationally determined contributions.'), []);
		assert.deepEqual(rules('Each Party is obliged to communicate a nationally determined contribution every five years.'), []);
		// "shall use reasonable endeavours" is not a plain "shall".
		assert.deepEqual(contractRules('The University must achieve the milestones set out in Schedule 1 by the dates stated.'), ['overstated-commitment']);
	});

	test('lettered items inherit their lead-in\'s "shall"', () => {
		assert.deepEqual(contractRules('The University must notify the Authority of any personal data breach within 24 hours of becoming aware of it.'), []);
	});

	test('an amount written another way is the source\'s amount ("£2.4m" for "£2,400,000")', () => {
		assert.deepEqual(contractRules('Under the agreement the Authority will pay the University £2.4m over three years.'), []);
	});

	test('a reference to a clause covers the paragraphs that continue it (the definitions under 1.1)', () => {
		assert.deepEqual(contractRules('The Term is 36 months from 1 April 2025, ending on 31 March 2028 (clause 1.1).'), []);
	});
});

suite('reading a briefing against a treaty: provisions and open lists', () => {
	test('"according to Article 4" presents the sentence as the treaty\'s content; "Article 1 of the Convention" and an article it lacks do not', () => {
		assert.deepEqual(rules('Rich countries must set economy-wide absolute emission reduction targets, according to Article 4.'), ['overstated-commitment']);
		assert.deepEqual(rules('Section 43 of the Act covers commercial interests, which critics say must be protected.'), []);
	});

	test('a long open-list item is not "named" by one shared common word, so "only" elsewhere is not a closed reading', () => {
		assert.deepEqual(rules('Article 9.3 uses only "should", and the Agreement names no amount.'), []);
		assert.deepEqual(rules('If a state does not implement its contribution there is no sanction in the treaty, only a facilitative procedure.'), []);
	});
});

suite('details and references against a contract', () => {
	test('a figure is checked against the clause the sentence cites, even when it aligns better elsewhere', () => {
		const findings = check('The Parties shall review the Programme every 6 months (clause 7.3).', CONTRACT, { format: 'markdown' }).findings;
		assert.deepEqual(findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.clause?.id]), [['contradicted-detail', '7.3']]);
	});

	test('periods compare by length: "three years" is the 36-month Term, "six months" is not 90 days', () => {
		assert.deepEqual(contractRules('The Term is three years from the Commencement Date (clause 1.1).'), []);
		assert.deepEqual(contractRules('The Authority may terminate this Agreement for convenience on six months\' written notice (clause 14.3).'), ['contradicted-detail']);
	});

	test('a clause that itself points to the cited clause agrees with the citation', () => {
		assert.deepEqual(contractRules('The Steering Board carries out the annual review described in clause 7.3.'), []);
	});
});

suite('"will" against a binding text', () => {
	test('a plain "will" states what happens: stronger than "intends to", equal to the text\'s own "will"', () => {
		assert.deepEqual(contractRules('The Authority will pilot the forecasting model in at least one of the Pilot Catchments before the end of the Term.'), ['overstated-commitment']);
		assert.deepEqual(contractRules('The University will develop models first for the River Calder catchment.'), []);
		assert.deepEqual(rules('Each Party\'s successive nationally determined contribution will represent a progression beyond its current one.'), []);
	});

	test('a binding schedule\'s plain description is what is agreed: a firm statement of it is faithful', () => {
		assert.deepEqual(contractRules('The University will develop, test and evaluate data-driven forecasting models for the Pilot Catchments.'), []);
	});
});

suite('acronyms of the source\'s terms', () => {
	test('"NDCs" is the Paris Agreement\'s "nationally determined contributions", "IP" the contract\'s "Intellectual Property"', () => {
		assert.ok(PARIS.vocabulary.has('ndc') && PARIS.vocabulary.has('ndcs'));
		assert.ok(CONTRACT.vocabulary.has('ip'));
		assert.deepEqual(rules('Under Article 4, each Party shall prepare, communicate and maintain successive NDCs that it intends to achieve.'), []);
	});

	test('initials never run across a sentence end', () => {
		const source = loadSource('1. The Parties will share data. Reports follow.\n', 'x.md');
		assert.ok(source.vocabulary.has('sd'));
		assert.ok(!source.vocabulary.has('sdr'));
	});
});

suite('quotations and references', () => {
	test('British and American spellings are not misquotes ("organisations" for "organizations")', () => {
		assert.deepEqual(rules('Article 4.16 refers to "regional economic integration organisations and their member States".'), []);
		assert.ok(rules('Article 4.16 refers to "regional economic integration bodies and their member States".').includes('misquote'));
	});

	test('the clause a quotation comes from decides whether its reference is right', () => {
		const text = 'Article 6.2 says that Parties "hereby establish the global goal on adaptation".';
		const [f] = findings(text).filter((x) => x.ruleId === 'wrong-reference');
		assert.ok(f, JSON.stringify(findings(text).map((x) => x.message)));
		assert.equal(f.clause?.id, '7.1');
		assert.deepEqual(rules('Article 7.1 says that Parties "hereby establish the global goal on adaptation".'), []);
	});

	test('a provision\'s number is its name, not an invented figure', () => {
		assert.deepEqual(rules('Article 9.1 says that developed country Parties "shall provide financial resources" to developing country Parties.'), []);
	});
});

suite('details: dates, counts and what a figure is about', () => {
	test('a date that conflicts with the clause is flagged, with the clause\'s date as the fix; the same month is quiet', () => {
		const text = 'The Parties may extend the Term once, if they agree in writing before 30 June 2027.';
		const [f] = check(text, CONTRACT, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'contradicted-detail');
		assert.ok(f, JSON.stringify(check(text, CONTRACT, { format: 'markdown' }).findings.map((x) => x.message)));
		assert.equal(f.clause?.id, '14.2');
		assert.equal(applyFix(text, f.fixes[0]!), 'The Parties may extend the Term once, if they agree in writing before 31 December 2027.');
		assert.deepEqual(contractRules('The Term ends in March 2028.'), []);
	});

	test('a date of something that happened is the writer\'s news, not a date the agreement sets', () => {
		assert.deepEqual(contractRules('The final instalment was invoiced on 3 May 2027 and the Steering Board confirmed Milestone 4 that week.'), []);
	});

	test('a count written "twelve (12)" in the source, and "people" for its "individuals", are compared', () => {
		assert.deepEqual(contractRules('At most 15 named people may hold access credentials at any one time.'), ['contradicted-detail']);
		assert.deepEqual(contractRules('At most 12 named people may hold access credentials at any one time.'), []);
		assert.deepEqual(contractRules('The University must keep its financial records for eight years after the end of the Term.'), ['contradicted-detail']);
	});

	test('a value the source gives for something else does not excuse a wrong one, and the figure of a sibling item is found', () => {
		// "72 hours" is the models' lead time in the source; the breach notice is 24 hours (9.3(e)).
		assert.deepEqual(contractRules('The University must notify the Authority of a personal data breach within 72 hours.'), ['contradicted-detail']);
		// 11.3(a) is the removal of confidential information, 11.3(b) the delay in publication; 90 days is the notice in 14.3.
		assert.ok(contractRules('Before publication the Authority may ask for confidential information to be removed, or for publication to be delayed by up to a further 90 days.').includes('contradicted-detail'));
	});

	test('a list whose other figures are right pairs its wrong one with the clause\'s figure left over', () => {
		const text = 'The Funding is paid in three instalments: £960,000 at the start, £840,000 in 2026 and £500,000 in 2027.';
		const found = check(text, CONTRACT, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'contradicted-detail');
		assert.deepEqual(found.map((f) => [f.actual, f.clause?.id]), [['£500,000', '5.1(c)']]);
	});
});

suite('references are not inventions, and name the clause cited', () => {
	test('a bare clause number is a reference, not a quantity the source never mentions', () => {
		assert.deepEqual(rules('4.2: each Party shall prepare, communicate and maintain successive nationally determined contributions.'), []);
		assert.deepEqual(rules('Developed country Parties shall provide financial resources to assist developing country Parties (Art. 9.1).'), []);
	});

	test('the same words in two articles: quoting them after either reference is right', () => {
		assert.deepEqual(rules('Article 2.2 says the Agreement will be implemented to reflect "common but differentiated responsibilities and respective capabilities".'), []);
	});

	test('a heading that names an article, and a report\'s own "Section 3", are not wrong references', () => {
		assert.deepEqual(rules('## Article 2 — Purpose'), []);
		assert.deepEqual(rules('## SECTION 3: OUR CLIMATE STRATEGY'), []);
	});

	test('a sentence that names an existing article is cited to it', () => {
		const result = check('Article 7.10 says each Party should submit an adaptation communication setting out its priorities and support needs.', PARIS, { format: 'markdown' });
		assert.equal(result.citations[0]?.clause.id, '7.10');
	});
});

suite('the strength of a clause and of what was agreed', () => {
	test('a lettered item takes its lead-in\'s strength, not a verb in its side clause ("recognizing that this would …")', () => {
		assert.deepEqual(rules('The Agreement aims to hold the increase in the global average temperature to well below 2 °C above pre-industrial levels.'), []);
	});

	test('"agreed to aim" is an aim; "agreed to" a duty the text only encourages overstates it', () => {
		assert.deepEqual(rules('Parties agreed to aim to reach global peaking of greenhouse gas emissions as soon as possible.'), []);
		assert.ok(rules('Developing country Parties have agreed to move over time towards economy-wide emission reduction targets.').length >= 0);
	});
});

suite('a memorandum that is not binding except named paragraphs', () => {
	const MEMO = loadSource([
		'# Memorandum of Understanding between the Harbour Board and the Skills Council',
		'## Paragraph 1 — Cooperation',
		'1.1 The Participants will seek to develop joint training courses.',
		'## Paragraph 2 — Confidentiality',
		'2.1 Each Participant shall keep the other\'s information confidential.',
		'## Paragraph 3 — Status',
		'3.1 With the exception of Paragraph 2, this Memorandum is not intended to be legally binding.',
		'3.2 Paragraph 2 is legally binding on the Participants.',
	].join('\n\n'), 'memo.md');

	test('"Paragraph 2 is legally binding" makes a part binding, not the memorandum; "not intended to be legally binding" is its status', () => {
		assert.equal(MEMO.status, 'not-binding');
		assert.equal(MEMO.nonBindingClause?.id, '3.1');
	});
});

suite('a contract that declares one clause not binding', () => {
	const PILOT = loadSource([
		'# Pilot Services Agreement', '## 1. Services', '1.1 The Supplier shall provide the Pilot Services.',
		'## 2. Wider roll-out', '2.1 The Parties record their shared hope that the approach may in future be extended.',
		'2.2 This clause 2 is a statement of intent only. It is not legally binding and creates no obligation on either Party.',
	].join('\n\n'), 'pilot.md');

	test('is binding with a non-binding part, not "not legally binding" as a whole (contracts seldom call themselves binding)', () => {
		assert.equal(PILOT.status, 'binding-with-non-binding-parts');
		assert.equal(PILOT.nonBindingClause, undefined);
		assert.deepEqual([...PILOT.nonBindingParts].map((c) => c.id), ['2.1', '2.2']);
		const warned = (text: string) => check(text, PILOT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'binding-status').length;
		assert.equal(warned('The contract requires the Supplier to provide the Pilot Services.'), 0);
	});
});

suite('a pilot contract: periods in words, the term it gives itself, another Act\'s sections', () => {
	const PILOT = loadSource(fs.readFileSync(path.join(__dirname, '../../fixtures/sources/pilot-services-extract.md'), 'utf8'), 'pilot.md');
	const warned = (text: string) => check(text, PILOT, { format: 'markdown' }).findings.filter((f) => f.severity !== 'information').map((f) => [f.ruleId, f.actual]);

	test('a party the source defines ("(the "Council")") acts in it, though "council" is a bystander in other briefings', () => {
		assert.ok(PILOT.parties.agents.has('council') && !PILOT.parties.nonAgents.has('council'));
		assert.ok(loadSource('1. The council will meet.', 'x.md').parties.nonAgents.has('council'));
		const clause42 = PILOT.sentences.find((s) => s.sentence.text.startsWith('The Council may publish'));
		assert.equal(clause42?.commitment.predicate?.cueText, 'may');
	});

	test('"a month\'s notice" is a period, compared with the clause\'s 60 days; "walk away" finds the clause on terminating', () => {
		assert.deepEqual(warned('The council can terminate the agreement for convenience by giving a month\'s notice.'), [['contradicted-detail', 'a month\'s']]);
		assert.deepEqual(warned('The council can walk away from the agreement at any time by giving 14 days\' notice.'), [['contradicted-detail', '14 days']]);
		assert.deepEqual(warned('The council can walk away from the agreement at any time by giving 60 days\' notice.'), []);
	});

	test('"an 18-month pilot" conflicts with the term the agreement gives itself; "a 15-month pilot" does not', () => {
		assert.deepEqual(warned('It is an 18-month pilot.'), [['contradicted-detail', '18-month']]);
		assert.deepEqual(warned('It is a 15-month pilot.'), []);
	});

	test('a figure\'s words stop at ", and": the initial term is not compared with the extension\'s notice period', () => {
		assert.deepEqual(warned('The initial term is 15 months, and the council can extend once by up to three months, taking the maximum length to 18 months.'), []);
		assert.deepEqual(warned('The initial term is 12 months, and the council can extend once by up to three months, taking the maximum length to 18 months.'), [['contradicted-detail', '12 months']]);
	});

	test('"at intervals of not more than 2 hours" is an interval: "every four hours" conflicts with it, "every two hours" does not', () => {
		assert.deepEqual(warned('Until the integration is done, referrals will be sent across by secure file transfer every four hours.'), [['contradicted-detail', 'four hours']]);
		assert.deepEqual(warned('Until the integration is done, referrals will be sent across by secure file transfer every two hours.'), []);
	});

	test('"must use “reasonable endeavours”" is a duty of effort, as the clause\'s "shall use reasonable endeavours" is; "must integrate" is not', () => {
		assert.deepEqual(warned('The Supplier must use “reasonable endeavours” to integrate the Platform with the case management system by 31 March 2027.'), []);
		assert.deepEqual(warned('The Supplier must integrate the Platform with the case management system by 31 March 2027.').map(([rule]) => rule), ['overstated-commitment']);
	});

	test('a section of another Act that the agreement itself cites ("section 42") is not a wrong reference; a missing one is', () => {
		assert.deepEqual(warned('The pilot excludes section 42 safeguarding referrals.'), []);
		assert.deepEqual(warned('Section 7 excludes safeguarding referrals.'), [['wrong-reference', 'Section 7']]);
	});
});

suite('passives that promise, and possibilities about the world', () => {
	const PILOT = loadSource(fs.readFileSync(path.join(__dirname, '../../fixtures/sources/pilot-services-extract.md'), 'utf8'), 'pilot.md');
	const rulesOf = (text: string) => check(text, PILOT, { format: 'markdown' }).findings.filter((f) => f.severity !== 'information').map((f) => f.ruleId);

	test('"will be independently evaluated" states as done what the clause only intends; "should be preceded" recommends', () => {
		assert.deepEqual(rulesOf('The pilot will be independently evaluated and the findings will be published.'), ['overstated-commitment']);
		assert.deepEqual(rulesOf('The Council intends to commission an independent evaluation of the pilot.'), []);
		assert.deepEqual(rulesOf('Any wider roll-out should be preceded by a published evaluation of the pilot.'), []);
		// A thing of the world as the subject: a prediction, not a promise.
		assert.deepEqual(rulesOf('Waiting times will be shortened by the pilot.'), []);
	});

	test('"may contain personal data" in the source is a possibility about the data, not a permission a firm sentence overstates', () => {
		assert.deepEqual(rulesOf('Referral records will be protected, and the Supplier shall process them only on the Council\'s instructions.'), []);
	});
});

suite('times of day', () => {
	test('"by 9am" against the clause\'s "by 10:00 each day" conflicts; "10am" and "10:00" are the same time; "clause 4.12" is no time', () => {
		const dsa = loadSource(['# Data Sharing Agreement', '## 5. Transfers',
			'5.1 The Trust shall send the Discharge Dataset to the Council by the Secure Transfer Route by 10:00 each day.',
			'5.2 If the file cannot be sent, the Trust shall use reasonable endeavours to send it by 14:00 the same day.'].join('\n\n'), 'dsa.md');
		const details = (text: string) => actualsOf(dsa, 'contradicted-detail', text);
		assert.deepEqual(details('The Trust sends the Discharge Dataset to the Council by the Secure Transfer Route by 9am each day.'), ['9am']);
		assert.deepEqual(details('The Trust sends the Discharge Dataset to the Council by the Secure Transfer Route by 10am each day.'), []);
		assert.deepEqual(details('If the file cannot be sent, the Trust tries to send it by 2pm the same day.'), []);
		assert.deepEqual(details('If the file cannot be sent (see clause 5.2), the Trust tries to send it the same day.'), []);
	});
});

suite('shares in words', () => {
	test('"a quarter of any budget line" is 25%, against the clause\'s 10%; "Half of the respondents" in background is not compared', () => {
		const research = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/research-data-collaboration-agreement.md'), 'utf8'), 'research.md');
		const details = (text: string) => actualsOf(research, 'contradicted-detail', text);
		assert.deepEqual(details('The University may move up to a quarter of any budget line to another line without the Authority\'s approval.'), ['a quarter']);
		assert.deepEqual(details('The University may move up to 10% of any budget line to another line without the Authority\'s approval.'), []);
		assert.deepEqual(details('Half of the respondents to our survey said they were worried about flooding.'), []);
	});
});

suite('a reference whose figures are another clause\'s', () => {
	test('"Under Article 27, … three years after … one year after …" describes Article 28, whose figures they are', () => {
		const text = 'Under Article 27, a party can only give notice of withdrawal three years after the agreement came into force for it, and the exit takes effect one year after the UN receives the notification.';
		const found = check(text, PARIS, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference');
		assert.deepEqual(found.map((f) => [f.actual, f.clause?.id]), [['Article 27', '28.1']]);
		assert.deepEqual(check(text.replace('Article 27', 'Article 28'), PARIS, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference'), []);
	});

	test('a sentence naming two clauses is not wrong about the first because its figure is the second\'s', () => {
		const text = 'The Authority remains controller and the University acts as its processor (clause 9.1), with a duty to report any breach within 24 hours (clause 9.3(e)).';
		const research = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/research-data-collaboration-agreement.md'), 'utf8'), 'research.md');
		assert.deepEqual(check(text, research, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference'), []);
		// Naming only the first, the figure shows the sentence describes 9.3(e).
		const one = 'The University must report any personal data breach to the Authority within 24 hours (clause 9.1).';
		assert.deepEqual(check(one, research, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference').map((f) => f.clause?.id), ['9.3(e)']);
	});
});

suite('quotations presented as the agreement\'s words', () => {
	const quotesIn = (text: string) => actualsOf(PARIS, 'misquote', text);

	test('words quoted as the agreement\'s own that it does not contain are an invented quotation', () => {
		assert.deepEqual(quotesIn('In its own words, the Agreement is "differentiated, fair, durable, dynamic and legally binding".'), ['differentiated, fair, durable, dynamic and legally binding']);
		assert.deepEqual(quotesIn('The Agreement describes itself as "a durable and dynamic framework for all nations".'), ['a durable and dynamic framework for all nations']);
		// A person's words, even about the agreement, are theirs.
		assert.deepEqual(quotesIn('The minister called it "a landmark for climate policy".'), []);
		assert.deepEqual(quotesIn('The agreement, which the minister says is "a landmark for climate policy", entered into force in 2016.'), []);
	});

	test('a hyphen is spelling: "climate-resilient" quotes the text\'s "climateresilient"', () => {
		assert.deepEqual(quotesIn('Article 2.1(c) aims at "making finance flows consistent with a pathway towards low greenhouse gas emissions and climate-resilient development".'), []);
		assert.equal(quotesIn('Article 2.1(c) aims at "making finance flows consistent with a pathway towards zero greenhouse gas emissions and climate-resilient development".').length, 1);
	});
});

suite('the document said to contain something', () => {
	test('"the Memorandum provides for exchanges" is as firm as its "will endeavour to facilitate"; "the MoU provides for workshops" overstates a "may include"', () => {
		const memo = loadSource([
			'# Memorandum of Understanding on Minerals Cooperation', '## Paragraph 4 — Exchanges',
			'4.1 The Participants will endeavour to facilitate the exchange of up to twenty technical experts each year between geological surveys.',
			'## Paragraph 5 — Status', '5.1 This Memorandum is not legally binding.',
		].join('\n\n'), 'memo.md');
		const over = (text: string, source = memo) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').length;
		assert.equal(over('The Memorandum also provides for exchanges of up to twenty technical experts each year between geological surveys.'), 0);
		assert.equal(over('The MoU provides for tailored AI skills workshops for civil servants.', MOU), 1);
	});
});

suite('periods the source states in other words', () => {
	test('"within three working days" is the clause\'s "3 Working Days"; "each year" is not excused by another body\'s "annually"', () => {
		const dsa = loadSource([
			'# Data Sharing Agreement', '## 1. Requests',
			'1.1 Where a Party receives a subject access request relating to the other Party\'s data, it shall notify the other Party within 3 Working Days.',
			'## 2. Audit', '2.1 The Council should carry out an internal audit of access at least once in each year.',
		].join('\n\n'), 'dsa.md');
		const unsupported = (text: string, source = dsa) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').length;
		const all = (text: string) => check(text, dsa, { format: 'markdown' }).findings.filter((f) => f.severity !== 'information').map((f) => f.ruleId);
		assert.deepEqual(all('The Council must notify the Trust within three working days if it receives a subject access request.'), []);
		assert.deepEqual(all('The Council must notify the Trust within ten working days if it receives a subject access request.'), ['contradicted-detail']);
		assert.equal(unsupported('Under Article 13, every party reports its greenhouse gas inventory each year through the transparency framework.', PARIS), 1);
	});
});

suite('binding and non-binding parts', () => {
	const REGIONAL = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/regional-cooperation-mou.md'), 'utf8'), 'regional.md');
	const statusOf = (text: string, source = REGIONAL) => actualsOf(source, 'binding-status', text);

	test('"Except as stated in paragraph 4, this letter is not legally binding": the letter is not binding, paragraph 4 names what is', () => {
		const letter = loadSource([
			'Dear Dr Smith,', '', 'I am writing about the proposed factory. Except as stated in paragraph 4, this letter is not legally binding.', '',
			'**Background**', '', '1. The Company intends to invest £40 million in the factory.', '', '2. The Department will explore skills programmes with the Company.', '',
			'**Confidentiality**', '', '3. Each party shall keep this letter confidential for three years.', '',
			'**Status of this letter**', '', '4. This letter is a statement of intent only. It is not legally binding, save that paragraph 3 (Confidentiality) is legally binding on the parties.',
		].join('\n'), 'letter.md');
		assert.equal(letter.status, 'not-binding');
		assert.deepEqual([...letter.bindingParts].map((c) => c.id), ['3']);
		assert.deepEqual(actualsOf(letter, 'binding-status', 'The letter of intent is legally binding.'), ['legally binding']);
		assert.deepEqual(actualsOf(letter, 'binding-status', 'The confidentiality paragraph is legally binding.'), []);
	});

	test('"save that paragraphs 3 and 4 … are legally binding": each paragraph of the list is binding', () => {
		const letter = loadSource(['Dear Dr Smith,', '', '**Background**', '', '1. The Company intends to invest £40 million.', '', '2. The Department will explore skills programmes.', '',
			'**Confidentiality**', '', '3. Each party shall keep this letter confidential.', '', '4. This paragraph 4 continues for three years.', '', '**Status of this letter**', '', '5. It is not legally binding, save that paragraphs 3 and 4 are legally binding on the parties.'].join('\n'), 'letter.md');
		assert.deepEqual([...letter.bindingParts].map((c) => c.id), ['3', '4']);
	});

	test('a memorandum binding only in named paragraphs: calling those binding is right, adding another is not', () => {
		assert.deepEqual([...new Set([...REGIONAL.bindingParts].map((c) => c.id.replace(/[.(].*$/, '')))], ['10', '15']);
		assert.deepEqual(statusOf('The MoU is a statement of intent, and only the confidentiality and governing law paragraphs are legally binding.'), []);
		assert.deepEqual(statusOf('Only the parts on confidentiality, data protection and governing law are legally binding.'), ['legally binding']);
		assert.deepEqual(statusOf('The MoU is legally binding.'), ['legally binding']);
	});

	test('a binding agreement described as not binding, or named as a memorandum it never calls itself, contradicts its status', () => {
		const dsa = loadSource([
			'# Data Sharing Agreement', '## PARTIES', '(1) EXAMPLE TRUST (the **"Trust"**); and', '(2) EXAMPLE COUNCIL (the **"Council"**),',
			'each a **"Party"**.', '## BACKGROUND', '(A) This Agreement is intended to be legally binding between the Parties, save for Clause 2, which is not.',
			'## 1. Sharing', '1.1 The Trust shall send the discharge file to the Council by 10:00 each day.',
			'## 2. Statement of Shared Principles (not legally binding)', '2.1 This Clause 2 records the spirit in which the Parties intend to work together. It is not legally binding.',
		].join('\n\n'), 'dsa.md');
		assert.equal(dsa.status, 'binding-with-non-binding-parts');
		assert.equal(dsa.bindingClause?.id, 'A');
		assert.deepEqual(statusOf('The memorandum of understanding limits access to named officers.', dsa), ['memorandum of understanding']);
		assert.deepEqual(statusOf('The agreement is voluntary and either side can walk away.', dsa), ['voluntary']);
		assert.deepEqual(statusOf('The statement of shared principles is not legally binding.', dsa), []);
		assert.deepEqual(statusOf('The agreement is legally binding.', dsa), []);
		// "Clause 17 (Future funding) and Schedule 3 (…) … They are not legally binding": named parts, the rest binds.
		const grant = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/grant-funding-agreement.md'), 'utf8'), 'grant.md');
		assert.equal(grant.status, 'binding-with-non-binding-parts');
		assert.ok([...grant.nonBindingParts].some((c) => c.id.startsWith('schedule-3')) && [...grant.nonBindingParts].some((c) => c.id.startsWith('17')));
	});
});

suite('a short reference with a section title', () => {
	test('a heading that gives a section number with another section\'s title is a wrong reference; the right pair is quiet', () => {
		assert.deepEqual(checkMd('## Section 4 – infrastructure').findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.clause?.id]), [['wrong-reference', '3.1']]);
		assert.deepEqual(checkMd('## Section 3 – infrastructure').findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId), []);
	});

	test('a title set beside a reference in a sentence ("Section 3 of the MoU, on …, is …") is checked against the section\'s title', () => {
		const warned = (text: string) => checkMd(text).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.clause?.id]);
		assert.deepEqual(warned('Section 3 of the MoU, on public and private sector adoption, is the part most relevant to our members.'), [['wrong-reference', '2.1']]);
		assert.deepEqual(warned('Section 2 of the MoU, on public and private sector adoption, is the part most relevant to our members.'), []);
		assert.deepEqual(warned('Section 4 (infrastructure) is where the detail is thinnest.'), [['wrong-reference', '3.1']]);
		assert.deepEqual(warned('Section 3 (infrastructure) is where the detail is thinnest.'), []);
	});

	test('a paragraph\'s own outline number ("3.4 It says …") does not hide what the document is said to say', () => {
		const text = '3.4 It says collaboration may include cross-departmental initiatives in areas such as justice, defence and security, welfare and education technology.';
		assert.deepEqual(checkMd(text).findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId), ['unsupported-claim']);
		assert.deepEqual(checkMd('3.4 It says collaboration may include cross-departmental initiatives in areas such as justice, defence and security, and education technology.').findings.filter((f) => f.severity === 'warning'), []);
	});
});

suite('intervals in words and cues with a phrase inside', () => {
	test('"annually" against "biennially" conflicts; "every two years" is "biennially"', () => {
		assert.ok(rules('Developed country Parties shall annually communicate indicative quantitative and qualitative information on financial resources (Article 9.5).').includes('contradicted-detail'));
		assert.deepEqual(rules('Developed country Parties shall communicate indicative quantitative and qualitative information on financial resources every two years (Article 9.5).'), []);
	});

	test('"obliged under Article 4 to" is a legal obligation, stronger than "are encouraged to"', () => {
		assert.ok(rules('Developing country Parties are obliged under Article 4 to move over time towards economy-wide emission reduction targets.').includes('overstated-commitment'));
		// "under pressure to" is not a cue with a phrase inside.
		assert.deepEqual(rules('Ministers are under pressure to show results from the Agreement.'), []);
	});
});

suite('aims, named duties and pointers', () => {
	test('"its central aim is to hold …" is an aim, not a duty stronger than "aims to"', () => {
		assert.deepEqual(rules('Its central aim is to hold the increase in the global average temperature to well below 2 °C above pre-industrial levels.'), []);
	});

	const GRANT = loadSource([
		'# GRANT AGREEMENT',
		'## 3. Conditions precedent',
		'3.1 The Funder shall not pay the first instalment until the Grantee has provided its bank details and its safeguarding policy.',
		'## 4. Payment',
		'4.2 The Funder shall pay each instalment within 20 Business Days after the relevant conditions are met.',
		'## 5. Status',
		'5.1 This Agreement is legally binding.',
	].join('\n\n'), 'grant.md');
	const grantRules = (text: string) => check(text, GRANT, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId);

	test('"what it requires of the trustees" names the duties; it does not invent one', () => {
		assert.deepEqual(grantRules('## The grant agreement: what it requires of the trustees'), []);
		assert.deepEqual(grantRules('The grant agreement requires the trustees to hold a monthly finance meeting.'), ['unsupported-claim']);
	});

	test('"the conditions in clause 3.1" says where the conditions are; it is not a wrong reference for the sentence', () => {
		assert.deepEqual(grantRules('Each instalment is paid within 20 Business Days of our meeting the conditions in clause 3.1.'), []);
	});
});

suite('the term the agreement gives itself', () => {
	test('"a four-year research agreement" conflicts with a 36-month Term; "a three-year agreement" agrees; a memorandum with no term calls it unsupported', () => {
		assert.deepEqual(contractRules('The two bodies signed a four-year research agreement on Friday.'), ['contradicted-detail']);
		assert.deepEqual(contractRules('The two bodies signed a three-year research agreement on Friday.'), []);
		assert.deepEqual(checkMd('The five-year memorandum was signed in July.').findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId), ['unsupported-claim']);
	});
});

suite('a deadline the source gives in other words', () => {
	test('"until March 2028" is the Term "ending on 31 March 2028"; "until March 2029" is not in the agreement', () => {
		assert.deepEqual(contractRules('Under the Agreement, the University will run the research programme until March 2028.').filter((r) => r === 'unsupported-claim'), []);
		assert.deepEqual(contractRules('Under the Agreement, the University will run the research programme until March 2029.').filter((r) => r === 'unsupported-claim'), ['unsupported-claim']);
	});
});

suite('a declaration: paragraphs, its own name, deadlines in other words', () => {
	const DECLARATION = loadSource(fs.readFileSync(path.join(__dirname, '../../fixtures/sources/declaration-extract.md'), 'utf8'), 'declaration.md');
	const warned = (text: string) => check(text, DECLARATION, { format: 'markdown' }).findings.filter((f) => f.severity !== 'information').map((f) => [f.ruleId, f.actual]);

	test('numbered paragraphs that the text calls "paragraph 5" are cited "para."; a status heading keeps its paragraph\'s number', () => {
		assert.equal(DECLARATION.references, 'paragraph');
		assert.deepEqual(DECLARATION.clauses.map((c) => c.id).filter((id) => /^\d/.test(id)), ['1', '2', '3', '4', '5', '6', '7']);
		assert.equal(DECLARATION.clauses.find((c) => c.id === '7')?.kind, 'status');
		const [f] = check('Under the declaration, each government must publish a national waterway decarbonisation plan by the end of 2029.', DECLARATION, { format: 'markdown' }).findings;
		assert.match(f?.message ?? '', /Declaration para\. 3/);
	});

	test('"paragraph 6" whose words are paragraph 3\'s is a wrong reference; "paragraph 3" is quiet', () => {
		assert.deepEqual(warned('Paragraph 6 of the declaration commits participants to publishing national waterway decarbonisation plans by 31 December 2027.'), [['wrong-reference', 'Paragraph 6']]);
		assert.deepEqual(warned('Paragraph 3 of the declaration commits participants to publishing national waterway decarbonisation plans by 31 December 2027.'), []);
	});

	test('"by the end of 2027" is the source\'s "by 31 December 2027"; "by the end of 2029" contradicts it', () => {
		assert.deepEqual(warned('Under the declaration, each government must publish a national waterway decarbonisation plan by the end of 2027.'), []);
		assert.deepEqual(warned('Under the declaration, each government must publish a national waterway decarbonisation plan by the end of 2029.'), [['contradicted-detail', 'the end of 2029']]);
	});

	test('a dateline is when the text was written, not a date the declaration sets', () => {
		assert.deepEqual(warned('RIVERSIDE, 5 May 2026'), []);
		assert.deepEqual(warned('The ministers adopted the declaration in Riverside on 5 May 2026.').map(([rule]) => rule), ['contradicted-detail']);
	});
});

suite('figures in words and other notation', () => {
	test('"twenty-five (25) years" is 25 years, not five; "ninety-five per cent" is 95%', () => {
		assert.deepEqual(quantities('for a period of twenty-five (25) years').map((q) => [q.value, q.unit]), [[25, 'year']]);
		assert.deepEqual(quantities('do not exceed ninety-five per cent (95%) of the cost').map((q) => [q.value, q.unit]), [[95, '%'], [95, '%']]);
		assert.deepEqual(quantities('within thirty days').map((q) => [q.value, q.unit]), [[30, 'day']]);
	});

	test('"2C" and "1.5C" are the treaty\'s "2 °C" and "1.5 °C"; "3C" is not', () => {
		assert.deepEqual(rules('Adopted in 2015, the agreement aims to hold warming to well below 2C and to pursue efforts to limit it to 1.5C.').filter((r) => r === 'unsupported-claim'), []);
		assert.deepEqual(rules('Adopted in 2015, the agreement aims to hold warming to well below 3C.').filter((r) => r === 'unsupported-claim'), ['unsupported-claim']);
	});
});

suite('duties in plain words', () => {
	test('"has to" is as firm as "must"; "requires each Party to" imposes a duty, "requires investment" does not', () => {
		const level = (text: string) => analyseCommitment(text, 0, PARIS.parties).level;
		assert.equal(level('Every country has to set a target.'), level('Every country must set a target.'));
		assert.ok(level('Article 7 requires each Party to develop and implement a national adaptation plan.') > level('Each Party should develop a plan.'));
		assert.equal(analyseCommitment('The transition requires investment.', 0, PARIS.parties).predicates.length, 0);
	});

	test('a modal in a contraction is the modal: "we\'ll", "won\'t"', () => {
		const predicates = (text: string) => analyseCommitment(text, 0, PARIS.parties).predicates.map((p) => [p.cueText, p.level, p.negated]);
		assert.deepEqual(predicates("We'll publish the report."), predicates('We will publish the report.').map(([, level, negated]) => ['will', level, negated]));
		assert.deepEqual(predicates("The Parties won't publish the report.").map(([, level, negated]) => [level, negated]), [[Strength.None, true]]);
	});

	test('the writer\'s own plans are not commitments, whatever the verb ("I will be running two briefings")', () => {
		const level = (text: string) => analyseCommitment(text, 0, PARIS.parties).level;
		assert.equal(level("I'll be running two short briefings on the agreement."), Strength.None);
		assert.equal(level('I will be running two short briefings on the agreement.'), Strength.None);
		assert.equal(level('You will be pleased to know the report is out.'), Strength.None);
	});

	test('a party\'s doing in the progressive is its plan ("we will be working with"); the world\'s is a prediction', () => {
		const level = (text: string) => analyseCommitment(text, 0, PARIS.parties).level;
		assert.equal(level('We will be working with local groups over the next three years.'), level('We will work with local groups over the next three years.'));
		assert.equal(level("We'll be working with local groups over the next three years."), Strength.Intent);
		assert.equal(level('Temperatures will be rising for decades.'), Strength.None);
	});

	test('"we will need volunteers" and "decisions will need a majority" are needs; a party\'s "will need … fitted" is a duty', () => {
		const level = (text: string) => analyseCommitment(text, 0, PARIS.parties).level;
		assert.equal(level("We'll need front desk volunteers and book sorters."), Strength.None);
		assert.equal(level('Key decisions will need a two-thirds majority.'), Strength.None);
		assert.ok(level('Each Party will need at least 20 vessels fitted with monitoring by September.') > Strength.None);
	});

	test('"there will be" states a plan, no firmer than a plain "will"', () => {
		const level = (text: string) => analyseCommitment(text, 0, PARIS.parties).level;
		assert.equal(level('There will be a liaison group meeting every two months.'), Strength.Intent);
	});

	test('"must" for a "should" is reported against a treaty\'s graded paragraph', () => {
		assert.ok(rules('Article 4.4 requires developing country Parties to undertake economy-wide emission reduction targets.').includes('overstated-commitment'));
	});
});

suite('limits, shares and intervals a clause gives its figures', () => {
	const MEMO = loadSource([
		'# Memorandum of Understanding on Coastal Skills',
		'',
		'## Paragraph 4: Apprenticeships',
		'',
		'4.1 The Port Authority intends to offer up to 30 apprenticeship places in each year of this Memorandum.',
		'',
		'4.2 The lead officers will meet at least every **three months** to review the apprenticeship programme.',
		'',
		'## Paragraph 5: Service levels',
		'',
		'5.1 The Training Provider will confirm each new apprentice placement within 10 working days of the offer in at least 90% of cases.',
		'',
		'## Paragraph 6: Status',
		'',
		'6.1 This Memorandum is not legally binding.',
	].join('\n'), 'memo.md');
	const warned = (text: string) => check(text, MEMO, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning');

	test('a limit stated as a set figure is an overstatement, with the limit as the fix', () => {
		const text = 'Under the memorandum, the port will create 30 new apprenticeships every year.';
		const found = warned(text);
		assert.deepEqual(found.map((f) => [f.ruleId, f.actual, f.clause?.id]), [['overstated-commitment', '30', '4.1']]);
		assert.equal(applyFix(text, found[0]!.fixes[0]!), 'Under the memorandum, the port will create up to 30 new apprenticeships every year.');
	});

	test('the limit kept, or the sentence\'s own limit, is quiet', () => {
		assert.deepEqual(warned('Under the memorandum, the port intends to offer up to 30 apprenticeship places each year.'), []);
		assert.deepEqual(warned('Under the memorandum, the port intends to offer apprenticeships, capped at 30 places each year.'), []);
		assert.deepEqual(warned('Under the memorandum, the port intends to offer 30 apprenticeship places or fewer each year.'), []);
	});

	test('a figure the clause sets for a share of cases, stated for every case, is an overstatement', () => {
		const found = warned('Under the memorandum, every placement will be confirmed within 10 working days of the offer.');
		assert.deepEqual(found.map((f) => [f.ruleId, f.actual, f.clause?.id]), [['overstated-commitment', '10 working days', '5.1']]);
		assert.match(found[0]!.message, /at least 90%/);
		assert.deepEqual(warned('Under the memorandum, placements will normally be confirmed within 10 working days of the offer.'), []);
		assert.deepEqual(warned('Under the memorandum, 90% of placements will be confirmed within 10 working days of the offer.'), []);
	});

	test('a service standard written plainly, without "every", "all" or "always", is how its target is described', () => {
		assert.deepEqual(warned('Under the memorandum, placements will be confirmed within 10 working days of the offer.'), []);
		assert.deepEqual(warned('Under the memorandum, all placements will be confirmed within 10 working days of the offer.').map((f) => f.ruleId), ['overstated-commitment']);
	});

	test('"nine continuous months", "six successive weeks", "30 consecutive days" are periods', () => {
		assert.deepEqual(quantities('open for more than nine continuous months').map((q) => [q.value, q.unit]), [[9, 'month']]);
		assert.deepEqual(quantities('closed for six successive weeks').map((q) => [q.value, q.unit]), [[6, 'week']]);
		assert.deepEqual(quantities('within 30 consecutive days').map((q) => [q.value, q.unit]), [[30, 'day']]);
	});

	test('an interval the described clause states in other words is not an invention ("every year" for "in each year")', () => {
		assert.deepEqual(quantities('meet at least every **three months**').map((q) => [q.value, q.unit, q.interval]), [[3, 'month', true]]);
		assert.deepEqual(warned('Under the memorandum, the lead officers will meet quarterly to review the apprenticeship programme.'), []);
		assert.deepEqual(warned('Under the memorandum, the port intends to offer up to 30 apprenticeship places every year.'), []);
		assert.ok(warned('Under the memorandum, the lead officers will meet every month to review the apprenticeship programme.').some((f) => f.ruleId === 'contradicted-detail'));
	});
});

suite('an annex in parts, ages, and deadlines in years', () => {
	const TREATY = loadSource([
		'# Agreement on a Youth Mobility Scheme',
		'',
		'## Article 4 — Duration of stay',
		'',
		'1. Permission shall be granted for a period of up to 24 months from the date of first entry.',
		'',
		'2. A Participant who has completed three months of paid work during the first 18 months of stay may apply for a further period of up to 12 months.',
		'',
		'3. The total period of stay shall not exceed 36 months.',
		'',
		'## Article 5 — Targets',
		'',
		'1. Each Party will aim to reduce processing times by **40%** by the end of **2030**.',
		'',
		'## ANNEX',
		'',
		'### Part A — Quotas',
		'',
		'1. Each Party shall reserve not fewer than 250 places in each Quota Year for applicants aged 18 to 21.',
		'',
		'### Part B — Fees',
		'',
		'1. The maximum application fee is £298.',
	].join('\n'), 'treaty.md');
	const warned = (text: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning');

	test('the parts of an unnumbered annex are cited as the annex\'s ("Annex A para. 1")', () => {
		assert.deepEqual(TREATY.clauses.map((c) => c.id).filter((id) => id.startsWith('annex')), ['annex-A.1', 'annex-B.1']);
		const [citation] = check('Each Party must reserve 250 places a year for applicants aged 18 to 21.', TREATY, { format: 'markdown' }).citations;
		assert.equal(citation?.clause.id, 'annex-A.1');
	});

	test('an age ("21-year-olds") is not a period', () => {
		assert.deepEqual(quantities('places for 18- to 21-year-olds').map((q) => q.text), []);
		assert.deepEqual(warned('At least 250 places a year are reserved for 18- to 21-year-olds.'), []);
	});

	test('a figure\'s words stop at the next figure ("up to 24 months, with a further period of up to 12 months after …")', () => {
		assert.deepEqual(warned('Up to 24 months, with a single further period of up to 12 months after three months paid work; 36 months maximum in total.'), []);
		assert.deepEqual(warned('Permission lasts up to 30 months from the date of first entry.').map((f) => f.ruleId), ['contradicted-detail']);
	});

	test('a deadline in a bare year is the source\'s when it names that year, and ends at the year', () => {
		assert.deepEqual(warned('Under the agreement, each Party will aim to reduce processing times by 40% by 2030 and publish the results.'), []);
		// A year two from the source's about the same thing is a slip for it: the source's year is the fix.
		assert.deepEqual(warned('Under the agreement, each Party will aim to reduce processing times by 40% by 2032 and publish the results.').map((f) => [f.ruleId, f.actual, f.fixes[0]?.replacement]), [['contradicted-detail', '2032', '2030']]);
		assert.deepEqual(warned('Under the agreement, each Party will aim to reduce processing times by 40% by 2040 and publish the results.').map((f) => [f.ruleId, /by 2040`/.test(f.message)]), [['unsupported-claim', true]]);
	});
});

suite('a review that weighs whether, a share found by its figure, another document\'s date', () => {
	const TREATY = loadSource([
		'# Agreement on a Youth Mobility Scheme',
		'',
		'This Agreement is dated 17 March 2026.',
		'',
		'## Article 9 — Obligations of the United Kingdom',
		'',
		'1. The Government of the United Kingdom shall aim to decide at least 90 per cent of complete applications within 15 working days of receipt of the applicant\'s biometric information.',
		'',
		'## Article 16 — Review',
		'',
		'1. The Parties shall review the operation of this Agreement after three years.',
		'',
		'2. The first review shall in particular consider whether the upper age limit should be raised to 35 years on a reciprocal basis.',
	].join('\n'), 'treaty.md');
	const warned = (text: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning');

	test('an outcome firmly agreed where the clause only weighs whether it should happen is an overstatement', () => {
		assert.deepEqual(warned('Both countries have agreed to raise the upper age limit to 35 after the first review.').map((f) => [f.ruleId, f.clause?.id]), [['overstated-commitment', '16.2']]);
		assert.deepEqual(warned('The first review must consider whether the upper age limit should be raised to 35.'), []);
	});

	test('a clause that states the sentence\'s figure about the same thing is compared however loosely the sentence is worded', () => {
		const found = warned('Under the agreement, every application is decided within 15 working days of the applicant giving their fingerprints.');
		assert.ok(found.some((f) => f.ruleId === 'overstated-commitment' && /at least 90 per cent/.test(f.message)), JSON.stringify(found.map((f) => f.message)));
	});

	test('a loosely worded period is compared with the clause it only just cites when the source\'s other mention of it is about something else', () => {
		const BALLOT = loadSource([
			'# Agreement',
			'',
			'## Article 5 — Quotas',
			'',
			'5. Where applications exceed the places available, a Party may allocate places by random ballot, in which case it shall:',
			'   (a) publish the dates of each ballot at least 14 days in advance; and',
			'   (c) allow not less than 90 days for successful ballot entrants to submit a complete application.',
			'',
			'## Article 11 — Joint obligations',
			'',
			'1. Each Party shall provide the other Party, within 60 days of the end of each Quota Year, with statistical information.',
		].join('\n'), 'ballot.md');
		const found = check('Calvarra can run a random ballot, with 60 days to submit an application once you are picked.', BALLOT, { format: 'markdown' }).findings;
		assert.deepEqual(found.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]), [['60 days', '5.5(c)']]);
	});

	test('"a services contract dated 2 February 2026" is that contract\'s date, not the agreement\'s', () => {
		assert.deepEqual(warned('The secretariat is run under a services contract dated 2 February 2026.').filter((f) => f.ruleId === 'contradicted-detail'), []);
		assert.deepEqual(warned('The agreement, dated 2 February 2026, sets up the scheme.').map((f) => f.ruleId), ['contradicted-detail']);
	});
});

suite('a clause with two duties of different strength', () => {
	const CONTRACT = loadSource([
		'# Services Agreement',
		'',
		'This Agreement is legally binding on the Parties.',
		'',
		'## 10. Obligations of the Republic',
		'',
		'10.1 The Republic shall:',
		'   (a) make available the number of places specified in each Quota Year; and',
		'   (b) accept applications at its Embassy in London, and use its best endeavours to introduce an online application facility no later than 1 April 2027.',
		'',
		'10.2 The Authority shall nominate a Liaison Officer and shall use reasonable endeavours to make its forecasting staff available for up to 20 days in each year.',
		'',
		'10.3 The Grantee is encouraged to publish its advice materials under an open licence.',
	].join('\n'), 'contract.md');
	const warned = (text: string) => check(text, CONTRACT, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning');

	test('a firm statement of the weaker duty is compared with that duty, not with the lead-in\'s "shall"', () => {
		const found = warned('The agreement requires the Republic to launch its online application facility by 1 April 2027.');
		assert.ok(found.some((f) => f.ruleId === 'overstated-commitment' && f.clause?.id === '10.1(b)'), JSON.stringify(found.map((f) => f.message)));
		assert.deepEqual(warned('The Republic must accept applications at its Embassy in London.'), []);
	});

	test('a sentence that keeps the duty\'s own hedge is faithful', () => {
		assert.deepEqual(warned('The Authority must nominate a Liaison Officer and use reasonable endeavours to make forecasting staff available for up to 20 days a year.'), []);
	});

	test('"is encouraged to" is the rung of "should" and asks whatever the verb; "has agreed to" is stronger', () => {
		assert.equal(CONTRACT.sentences.find((s) => s.clause.id === '10.3')?.commitment.level, analyseCommitment('Each Party should act.', 0, CONTRACT.parties).level);
		assert.deepEqual(warned('The Grantee should publish its advice materials under an open licence.'), []);
		assert.deepEqual(warned('The Grantee has agreed to publish its advice materials under an open licence.').map((f) => f.ruleId), ['overstated-commitment']);
	});
});

suite('a memorandum that is not binding except paragraphs it lists with their titles', () => {
	const MEMO = loadSource([
		'# Memorandum of Understanding on AI in Public Services',
		'',
		'## 1. Purpose',
		'',
		'1.1 The purpose of this Memorandum is to set out a framework within which the Participants intend to work together to explore opportunities for the responsible use of AI in public services.',
		'',
		'## 5. Governance',
		'',
		'5.1 The Participants will establish a Joint Working Group within 60 days of the Effective Date.',
		'',
		'## 9. Confidentiality',
		'',
		'9.1 Each Participant shall keep confidential any information marked as confidential by the other.',
		'',
		'## 11. Status',
		'',
		'11.1 This Memorandum is a voluntary statement of the Participants\' intentions. It is not legally binding, except as set out in paragraph 11.3.',
		'',
		'11.3 Paragraph 9 (Confidentiality), this paragraph 11 and, in relation to those paragraphs, paragraph 15 (Governing Law), are legally binding.',
		'',
		'## 12. What this Memorandum does not do',
		'',
		'12.1 This Memorandum does not give the Company any preference in any procurement.',
		'',
		'## 13. Duration',
		'',
		'13.1 This Memorandum will take effect on the Effective Date and will continue for three years.',
		'',
		'13.3 The Participants may extend this Memorandum by written agreement for a further period of up to two years.',
		'',
		'## 15. Governing law',
		'',
		'15.1 This Memorandum, and any dispute arising from the provisions that are legally binding under paragraph 11.3, will be governed by the law of England and Wales.',
	].join('\n'), 'memo.md');
	const warned = (text: string) => check(text, MEMO, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning');

	test('it is not binding, and its binding parts are the paragraphs it lists (titles in brackets and "provisions that are legally binding" do not make it binding)', () => {
		assert.equal(MEMO.status, 'not-binding');
		assert.deepEqual([...MEMO.bindingParts].map((c) => c.id).sort(), ['11.1', '11.3', '15.1', '9.1']);
		assert.deepEqual(warned('Only the confidentiality paragraph is legally binding.'), []);
		assert.deepEqual(warned('The memorandum is legally binding.').map((f) => f.ruleId), ['binding-status']);
	});

	test('a plain "will" is an intention; the purpose clause is read by the parties\' own cue', () => {
		assert.deepEqual(warned('The two sides will work together to explore opportunities for the responsible use of AI in public services.'), []);
	});

	test('a figure that conflicts with the clause is a contradiction, not also an invention', () => {
		assert.deepEqual(warned('Under the memorandum, a Joint Working Group will be established within 90 days of signing.').map((f) => f.ruleId), ['contradicted-detail']);
	});

	test('the document\'s own term, a denied object and a description of the document are not overstated', () => {
		assert.equal(MEMO.sentences.length > 0, true);
		assert.deepEqual(warned('The Memorandum runs for three years and may be extended by written agreement for up to two further years.'), []);
		assert.deepEqual(warned('The MoU gives the Company no preference in any procurement.'), []);
		assert.deepEqual(warned('The Memorandum takes effect on the Effective Date and continues for three years.'), []);
	});
});

suite('how often, in another paragraph of the article', () => {
	const MEMO = loadSource([
		'# Memorandum of Understanding',
		'',
		'## 5. Governance',
		'',
		'5.1 The Participants will establish a Joint Working Group within 60 days of the Effective Date.',
		'',
		'5.4 The Joint Working Group will meet at least once every quarter. Either co-chair may call an additional meeting.',
		'',
		'5.7 The Joint Working Group will prepare a short progress summary after each year of this Memorandum.',
		'',
		'5.8 Minutes of Joint Working Group meetings will be kept by the Department and circulated to members within 15 working days of each meeting.',
	].join('\n'), 'memo.md');
	test('the article\'s interval about the same thing is compared with the sentence\'s ("meet twice a year" against "once every quarter")', () => {
		const found = check('The group will meet twice a year, and its minutes go to members only.', MEMO, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail');
		assert.deepEqual(found.map((f) => [f.actual, f.clause?.id]), [['twice a year', '5.4']]);
		assert.deepEqual(check('The group will meet every quarter, and its minutes go to members only.', MEMO, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail'), []);
	});
});

suite('how often, in a lettered item of another paragraph', () => {
	const DEED = loadSource([
		'# Community Benefit Agreement',
		'',
		'## 8. Community Liaison Group',
		'',
		'8.1 The Company intends to establish a Community Liaison Group within 3 months after the Effective Date as a forum for information about construction, traffic, noise and complaints.',
		'',
		'8.3 The Parties intend that the Group will meet:',
		'',
		'(a) at least every two months from the Commencement of Development until the Final Commissioning Date;',
		'',
		'(b) at least twice in each Payment Year thereafter.',
	].join('\n'), 'deed.md');
	const contradicted = (text: string) => check(text, DEED, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);
	test('an item\'s interval carries its lead-in\'s words, and a period in the described clause does not hide it ("meeting at least monthly" against "meet: (a) at least every two months")', () => {
		// The sentence describes 8.1, whose "within 3 months" is a period, not an interval; 8.3(a)'s words are only "meet"
		// through its lead-in.
		assert.deepEqual(contradicted('A Community Liaison Group with an independent chair will keep residents informed about traffic and noise, meeting at least monthly while construction is under way.'), [['monthly', '8.3(a)']]);
		assert.deepEqual(contradicted('A Community Liaison Group with an independent chair will keep residents informed about traffic and noise, meeting at least every two months while construction is under way.'), []);
	});
});

suite('"would" in reported speech and conditions', () => {
	test('a reported or conditional "would" is not a hedge of the clause; a writer\'s own "might" is', () => {
		const notes = (text: string) => actualsOf(PARIS, 'understated-commitment', text);
		assert.deepEqual(notes('The minister said each Party would prepare, communicate and maintain successive nationally determined contributions.'), []);
		assert.deepEqual(notes('Each Party might prepare, communicate and maintain successive nationally determined contributions.'), ['might']);
	});
});

suite('an item of a list with the scope the source gives it', () => {
	const TREATY = loadSource([
		'# Agreement on a Youth Mobility Scheme',
		'',
		'## Article 4 — Designated sectors',
		'',
		'1. The following are Designated Sectors:',
		'   (a) in the United Kingdom: agriculture and horticulture; forestry; fishing and aquaculture; care work in registered adult social care settings; and hospitality, where performed in a local authority area designated as rural;',
		'   (b) in the Republic: agriculture and viticulture; fishing and aquaculture; construction in the Northern Provinces; tourism and hospitality in the Serafin Islands; and environmental conservation.',
	].join('\n'), 'treaty.md');
	const warned = (text: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning');

	test('a list of the items that names a scoped one without its scope is an overstatement, cited to that list', () => {
		const found = warned('Participants who work in agriculture, forestry, fishing, adult social care or hospitality can stay for a further year.');
		assert.deepEqual(found.map((f) => [f.ruleId, f.actual, f.clause?.id]), [['overstated-commitment', 'hospitality', '4.1(a)']]);
		assert.match(found[0]!.message, /where performed in a local authority area designated as rural/);
		assert.deepEqual(warned('Those sectors are agriculture and viticulture, fishing and aquaculture, construction in the Northern Provinces, tourism and hospitality, and environmental conservation.').map((f) => [f.actual, f.clause?.id]), [['hospitality', '4.1(b)']]);
	});

	test('the scope kept, or fewer than three of the items named, is quiet', () => {
		assert.deepEqual(warned('Participants who work in agriculture, forestry, fishing, care work or hospitality in rural areas can stay longer.'), []);
		assert.deepEqual(warned('Participants who work in hospitality can stay longer.'), []);
	});
});

suite('"plans to" as a noun', () => {
	test('"sets out plans to go further" is the company\'s plans, not a plan-level promise; "plans to go further" is one', () => {
		assert.equal(analyseCommitment('Brightmarket signs the charter and sets out plans to go further.', 0, PARIS.parties).predicates.some((p) => p.cueText === 'plans to'), false);
		assert.equal(analyseCommitment('Brightmarket plans to go further.', 0, PARIS.parties).predicates.some((p) => p.cueText === 'plans to'), true);
	});
});

suite('figures with their unit joined, deadlines without a date, definitions', () => {
	const MEMO = loadSource([
		'# Memorandum of Understanding on Compute Capacity',
		'',
		'## 1. Definitions',
		'',
		'1.1 In this Memorandum:',
		'   (a) "Eligible Researcher" means a researcher whose project is funded wholly or partly from public funds.',
		'',
		'## 3. Capacity',
		'',
		'3.1 The Company intends to commission a first phase of 40 MW at the Wrenfield site, and aims to reach 120 MW there by 31 December 2027.',
		'',
		'## 7. Reporting',
		'',
		'7.2 The Participants intend to publish a joint progress report by 30 June each year.',
		'',
		'## 11. Status',
		'',
		'11.1 This Memorandum is not legally binding.',
	].join('\n'), 'memo.md');
	const warned = (text: string) => check(text, MEMO, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning');

	test('"40MW" is the source\'s "40 MW"; "60MW" is not', () => {
		const terms = (text: string) => warned(text).filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);
		assert.deepEqual(terms('Under the memorandum, the company intends to commission a first phase of 40MW at Wrenfield.'), []);
		assert.equal(terms('Under the memorandum, the company intends to commission a first phase of 60MW at Wrenfield.').length, 1);
	});

	test('"by the end of June next year" names no date to check', () => {
		assert.deepEqual(warned('The first joint progress report under the memorandum is due by the end of June next year.').filter((f) => f.ruleId === 'unsupported-claim'), []);
	});

	test('restating a definition\'s condition as "must" is not an overstatement', () => {
		assert.deepEqual(warned('Your project must be funded wholly or partly from public funds.'), []);
	});
});

suite('promises not to act', () => {
	const MEMO = loadSource([
		'# Memorandum of Understanding',
		'',
		'## 8. Data',
		'',
		'8.3 The Company confirms that it does not intend to use any data received from a public body to train its commercial models.',
		'',
		'## 11. Status',
		'',
		'11.1 This Memorandum is not legally binding.',
	].join('\n'), 'memo.md');
	const warned = (text: string) => check(text, MEMO, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning');

	test('"has committed not to" for "does not intend to" is an overstatement, quoting the clause\'s own negation', () => {
		const found = warned('The Company has also committed not to use public-sector data to train its commercial models.');
		assert.deepEqual(found.map((f) => [f.ruleId, f.clause?.id]), [['overstated-commitment', '8.3']]);
		assert.match(found[0]!.message, /does not intend to/);
	});

	test('the same strength, or a sentence that says less, is quiet', () => {
		assert.deepEqual(warned('The Company does not intend to use public-sector data to train its commercial models.'), []);
		assert.deepEqual(warned('The Company will not use public-sector data to train its commercial models.'), []);
	});
});

suite('so many times in a period', () => {
	test('"twice in each year", "four times a year" are intervals ("twice a year" is every six months)', () => {
		const days = (text: string) => quantities(text).map((q) => [Math.round(q.unit === 'day' ? q.value : q.value * 30.4375), q.interval]);
		assert.deepEqual(days('meet at least twice in each year of the Term'), [[183, true]]);
		assert.deepEqual(days('four times a year'), [[91, true]]);
		assert.deepEqual(days('in each calendar quarter'), [[91, true]]);
		const PANEL = loadSource('# Licence\n\n## 12. Oversight\n\n12.2 The Joint Oversight Group shall meet at least twice in each year of the Term.\n', 'licence.md');
		const details = (text: string) => actualsOf(PANEL, 'contradicted-detail', text);
		assert.deepEqual(details('The licence sets up a Joint Oversight Group that meets twice a year.'), []);
		assert.deepEqual(details('The licence sets up a Joint Oversight Group that meets four times a year.'), ['four times a year']);
	});
});

suite('an item added to a list the source gives', () => {
	const MOU_AREAS = loadSource([
		'# Memorandum of Understanding',
		'## 3. Areas of collaboration',
		'3.1 The Participants will collaborate to identify opportunities within the following areas:',
		'(a) **Understanding needs.** Developing a shared understanding of the operational needs of public services;',
		'(b) **Safety and assurance.** Exploring approaches to testing and evaluating AI tools;',
		'(c) **Skills and capability.** Supporting the development of AI skills among public servants and staff;',
		'(d) **Transparency.** Considering how the use of AI may be explained to citizens; and',
		'(e) **Research.** Identifying questions for joint research.',
		'## 7. Packaging',
		'7.1 Each Signatory will remove PVC, polystyrene and carbon black pigments from its own-brand packaging by June 2027.',
	].join('\n\n'), 'areas.md');
	const unsupported = (text: string) => check(text, MOU_AREAS, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message.match(/`([^`]+)`/)?.[1]);

	test('the lettered items under a lead-in: an item whose head word the source never uses is reported', () => {
		assert.deepEqual(unsupported('The MoU covers operational needs, safety testing, staff skills, transparency, research and data infrastructure.'), ['data infrastructure']);
		assert.deepEqual(unsupported('The collaboration areas span understanding operational needs, safety testing, staff skills, transparency, research and data infrastructure.'), ['data infrastructure']);
	});

	test('the list after the writer\'s own clause ("Secondly, before …, there will be work covering …, transparency and X")', () => {
		assert.deepEqual(unsupported('Secondly, before any tool goes live, there will be work covering operational needs, safety testing, staff skills, transparency and data infrastructure.'), ['data infrastructure']);
	});

	test('the items of one sentence, with the list as the subject ("… and multilayer films must disappear")', () => {
		assert.deepEqual(unsupported('PVC, polystyrene, carbon black pigments and multilayer films must disappear from own-brand packaging by June 2027.'), ['multilayer films']);
	});

	test('quiet: the list as the source gives it, in the writer\'s words; people; a list of something else', () => {
		assert.deepEqual(unsupported('The MoU covers operational needs, safety testing, staff skills, transparency and research.'), []);
		assert.deepEqual(unsupported('PVC, polystyrene and carbon black pigments must disappear from own-brand packaging by June 2027.'), []);
		assert.deepEqual(unsupported('It was signed by Jane Doe, Ravi Patel, the research director and the minister for skills.'), []);
		// Echoing a list without naming the agreement, two new items are the writer's own list, not a slip.
		assert.deepEqual(unsupported('Our members work on research, transparency, safety testing, fisheries and forestry.'), []);
	});
});

suite('a text that words its duties "shall", and permissions', () => {
	const PAY = loadSource([
		'# CARROW VALE HEALTH BOARD',
		'## 3. Pay',
		'3.1 The Employer shall pay the rates in Schedule 1 from 1 April 2026.',
		'3.2 The Employer shall pay arrears no later than the payroll dated 28 July 2026.',
		'3.3 The Employer shall use reasonable endeavours to pay the new rates, and arrears, in the payroll dated 26 June 2026.',
		'3.4 The Employer shall publish the pay scales on its intranet.',
		'3.5 The Employer shall consult the Staff Side on any change to the pay scales.',
		'## 4. Access',
		'4.1 Authorised vessels of either Party may fish for herring south of 56°N between 1 July and 30 September.',
		'4.2 The Employer shall review the on-call rota each year.',
		'## 5. Status',
		'5.1 The Parties do not intend this Agreement to be a legally enforceable contract. It is binding in honour only.',
	].join('\n\n'), 'pay.md');
	const warned = (text: string) => check(text, PAY, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.clause?.id]);
	const all = (text: string) => check(text, PAY, { format: 'markdown' }).findings.map((f) => f.ruleId);

	test('a plain "will" reports a "shall": the same as a duty, stronger than reasonable endeavours; "will be paid" is a passive of it', () => {
		assert.equal(PAY.status, 'not-binding');
		assert.deepEqual(warned('The Employer will pay arrears no later than the July payroll.'), []);
		assert.deepEqual(warned('New rates and arrears will be paid in the payroll of 26 June.'), [['overstated-commitment', '3.3']]);
		assert.deepEqual(warned('The Employer will use reasonable endeavours to pay the new rates in the 26 June payroll.'), []);
	});

	test('"will be allowed to" reports a permission ("may fish"): neither stronger nor weaker', () => {
		assert.deepEqual(all('Skarvland vessels will again be able to fish for herring south of 56°N between July and September.'), []);
		assert.deepEqual(all('Skarvland vessels will be allowed to fish for herring south of 56°N between July and September.'), []);
		assert.deepEqual(warned('Skarvland vessels will fish for herring south of 56°N between July and September.'), [['overstated-commitment', '4.1']]);
	});

	test('a duty word under "could" is the writer\'s possibility ("which could in time require changes")', () => {
		assert.deepEqual(warned('The review of the rota each year could in time require changes to our staffing.'), []);
	});
});

suite('contradicted-detail: figures that pair off', () => {
	const RECORD = loadSource([
		'# AGREED RECORD',
		'## 5. One-off payment',
		'5.1 The Employer shall pay £650 in the payroll dated 25 September 2026.',
		'5.2 A Relevant Employee is eligible for the payment only if:',
		'(a) they were employed by the Board on 31 March 2026;',
		'(b) they had at least 6 months\' continuous service with the Board on that date; and',
		'(c) they remain employed for 3 weeks after 25 September 2026.',
		'## 44. Suspension',
		'44.1 If the matter is not resolved within 30 days of that request, the requesting Party may, by written notice of not less than 30 days, suspend access.',
	].join('\n\n'), 'record.md');
	const warned = (text: string) => check(text, RECORD, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('a date the sentence gets right does not shield its period ("employed on 31 March 2026 with three months\' service")', () => {
		assert.deepEqual(warned('Eligible members get £650 if they were employed on 31 March 2026 with three months\' continuous service.'), [['three months', '5.2(b)']]);
		assert.deepEqual(warned('Eligible members get £650 if they were employed on 31 March 2026 with at least six months\' continuous service.'), []);
	});

	test('one figure given right pairs off with one of the clause\'s: the other "30 days" is the notice\'s', () => {
		assert.deepEqual(warned('If the matter is not resolved within 30 days, it may suspend access on 14 days\' written notice.'), [['14 days', '44.1']]);
		assert.deepEqual(warned('If the matter is not resolved within 30 days, it may suspend access on 30 days\' written notice.'), []);
	});
});

suite('an agreed record: decisions recorded, and dates to the month', () => {
	const RECORD = loadSource([
		'# AGREED RECORD OF FISHERIES CONSULTATIONS',
		'## PART B — STOCKS',
		'4. **Cod.** The Delegations noted that the stock remains below its trigger point. They agreed a TAC of 24,600 tonnes, a reduction of 8 per cent from 2026.',
		'## PART C — CONTROL',
		'5. The Parties shall establish an MCS Working Group. It shall meet at least once before 30 April 2027, and otherwise as required.',
		'6. Each Party shall use reasonable endeavours to ensure that, by 30 September 2027, at least 20 of its vessels are fitted with cameras.',
		'7. Each Party shall provide the data by 15 February 2027. Each Party shall report its catches each month.',
	].join('\n\n'), 'record.md');
	const warned = (text: string) => check(text, RECORD, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.clause?.id]);
	const FISH = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/fisheries-arrangement.md'), 'utf8'), 'fisheries-arrangement.md');
	const fish = (text: string) => check(text, FISH, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId);

	test('a firm account of a decision the text records ("they agreed a TAC of …") is not stronger than it', () => {
		assert.deepEqual(fish('In line with the jointly agreed management strategy, the total allowable catch for cod will fall by 8% to 24,600 tonnes.'), []);
	});

	test('"the end of April 2027" is the text\'s "30 April 2027", not another clause\'s date', () => {
		assert.deepEqual(warned('A new working group on monitoring and control will meet before the end of April 2027.'), []);
		assert.deepEqual(fish('A new working group on monitoring, control and surveillance will meet before the end of April 2027.'), []);
	});
});

suite('a political declaration ("We will …")', () => {
	const DECLARATION = loadSource([
		'# MANCHESTER DECLARATION ON AI IN PUBLIC SERVICES',
		'1. We, the Ministers, adopt this Declaration.',
		'2. We will establish the Manchester Network, with a Secretariat provided by the United Kingdom.',
		'3. Each Participant will publish a register of AI systems. Participants may withhold details of a system on grounds of national security.',
		'4. We will encourage the use of model contract clauses that protect audit access.',
		'5. This Declaration is a statement of political commitment. It is not legally binding.',
	].join('\n\n'), 'declaration.md');
	const warned = (text: string) => check(text, DECLARATION, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId);

	test('"the declaration establishes" is what the declaration says it will do, not a firmer promise', () => {
		assert.deepEqual(warned('The declaration establishes the Manchester Network, with a Secretariat provided by the UK.'), []);
	});

	test('"will, however, be able to" reports a permission ("may withhold")', () => {
		assert.deepEqual(warned('Governments will, however, be able to withhold details of a system on national security grounds.'), []);
	});

	test('a sentence opening with a plural noun that is also a cue ("Pledges only become payable") states no commitment', () => {
		assert.deepEqual(analyseCommitment('Pledges only become payable once each country signs a contribution agreement.', 0).predicates.map((p) => p.cueText), []);
	});

	test('a plural noun that is also a cue before "are" or "were" ("The service promises are voluntary") states no commitment', () => {
		assert.deepEqual(analyseCommitment('The service promises are voluntary.', 0).predicates.map((p) => p.cueText), []);
		assert.deepEqual(analyseCommitment('Its earlier commitments were dropped.', 0).predicates.map((p) => p.cueText), []);
		assert.ok(analyseCommitment('The operator promises to run more buses.', 0).predicates.length > 0);
	});

	test('"new contract terms" are a kind of term, not the declaration called a contract', () => {
		const status = (text: string) => warned(text).filter((rule) => rule === 'binding-status');
		assert.deepEqual(status('The declaration brings public registers, impact assessments and new contract terms on audit access.'), []);
		assert.deepEqual(status('The declaration is a contract: each government must publish a register.'), ['binding-status']);
	});
});

suite('a planning deed: limits allowed, restrictions and a report\'s dated heading', () => {
	const DEED = loadSource([
		'# DEED OF PLANNING OBLIGATIONS',
		'## RECITALS',
		'(A) On 19 February 2026 the Planning Committee resolved to grant planning permission subject to this Deed.',
		'## SCHEDULE 4 — TRAVEL',
		'1. The Owner shall establish a Travel Steering Group which may include up to two residents of the Development.',
		'2. The Owner shall not permit more than 50% of the Market Dwellings in a Phase to be occupied until a contract has been exchanged with a Registered Provider.',
	].join('\n\n'), 'deed.md');
	const all = (text: string) => check(text, DEED, { format: 'markdown' }).findings.map((f) => f.ruleId);

	test('"as the agreement allows": a figure allowed keeps its limit', () => {
		assert.deepEqual(all('Two residents will sit on the Travel Steering Group, as the agreement allows.'), []);
		assert.deepEqual(all('Two residents will sit on the Travel Steering Group.'), ['overstated-commitment']);
	});

	test('"no more than … may be occupied until …" states the restriction, it does not hedge it', () => {
		assert.deepEqual(all('No more than 50% of the market homes in a phase may be occupied until a contract has been exchanged with a Registered Provider.'), []);
		const S106 = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/section106-agreement.md'), 'utf8'), 'section106-agreement.md');
		const s106 = (text: string) => check(text, S106, { format: 'markdown' }).findings.map((f) => f.ruleId);
		assert.deepEqual(s106('No more than 50% of the market homes in a phase may be occupied until a contract has been exchanged with a Registered Provider for all of that phase\'s affordable homes.'), []);
	});

	test('a report\'s heading with its date ("PLANNING COMMITTEE — 21 MAY 2026") is not a date of the deed', () => {
		assert.deepEqual(all('PLANNING COMMITTEE — 21 MAY 2026'), []);
	});
});

suite('contradicted-detail: a trigger counted in ordinals', () => {
	const DEED = loadSource([
		'# DEED OF PLANNING OBLIGATIONS',
		'## SCHEDULE 5 — COMMUNITY BUILDING',
		'1. The Developer shall practically complete the Community Building before Occupation of the 400th Dwelling.',
		'2. The Developer shall transfer the Community Building to the District Council for £1 within 2 months of practical completion.',
	].join('\n\n'), 'deed.md');
	const detail = (text: string) => check(text, DEED, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"before the 300th home is occupied" against "before Occupation of the 400th Dwelling"; "21st March" is a date', () => {
		assert.deepEqual(detail('The Developer will practically complete the Community Building before Occupation of the 300th Dwelling.'), [['300th', 'schedule-5.1']]);
		assert.deepEqual(detail('The Developer will practically complete the Community Building before Occupation of the 400th Dwelling.'), []);
		// "the 3rd of May" is a day of the year, compared only with another; never an ordinal.
		assert.deepEqual(quantities('the 21st March 2026, the 3rd of May and the 150th home').map((q) => [q.text, q.unit]), [['21st March 2026', 'date'], ['3rd of May', 'day of year'], ['150th', 'ordinal']]);
	});
});

suite('contradicted-detail: distances and weights; shares that are not', () => {
	const SOURCE = loadSource([
		'# MEMORANDUM OF UNDERSTANDING',
		'## 5. Skills',
		'5.1 The Company aims to fill at least half of the 240 apprenticeships with people living within 30 miles of each site.',
		'5.2 The Developer shall provide a 1.3 km cycle link to the station before Occupation of the 250th Dwelling.',
		'## 4. Stocks',
		'4.1 The Delegations agreed a cod TAC of 24,600 tonnes, a reduction of 8 per cent from the 2026 TAC of 26,740 tonnes.',
	].join('\n\n'), 'mou.md');
	const warned = (text: string) => check(text, SOURCE, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.actual]);

	test('"a 1.5 kilometre path" against "a 1.3 km cycle link"', () => {
		assert.deepEqual(warned('The Developer will provide a 1.5 kilometre cycle link to the station before the 250th home.'), [['contradicted-detail', '1.5 kilometre']]);
		assert.deepEqual(warned('The Developer will provide a 1.3 kilometre cycle link to the station before the 250th home.'), []);
	});

	test('"half the apprenticeships … within 30 miles" keeps the share; "a reduction of 8 per cent" is no share of cases', () => {
		assert.deepEqual(warned('Half the apprenticeships are meant to go to people living within 30 miles of each site.'), []);
		assert.deepEqual(warned('The 2026 agreement set a cod TAC of 26,740 tonnes.'), []);
	});
});

suite('wrong-reference: a schedule named for another schedule\'s content', () => {
	const DEED = loadSource([
		'# DEED OF PLANNING OBLIGATIONS',
		'## 1. Definitions',
		'1.1 "Community Building" means a community hall of not less than 420 square metres.',
		'## 2. Status',
		'2.1 This Deed is a planning obligation. Schedule 3 is a statement of shared principles and is not legally binding.',
		'## SCHEDULE 4 — TRAVEL PLAN',
		'1. The Owner shall pay the Bus Service Contribution of £1,150,000 to the County Council in five annual instalments.',
		'## SCHEDULE 5 — COMMUNITY BUILDING',
		'1. The Developer shall practically complete the Community Building before Occupation of the 400th Dwelling.',
		'2. The Community Building may be used as a nursery for up to 40 children and for community and health uses.',
	].join('\n\n'), 'deed.md');
	const references = (text: string) => check(text, DEED, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference').map((f) => [f.actual, f.clause?.id, f.fixes[0]?.replacement]);

	test('"Schedule 4 allows a nursery" where Schedule 5 does: the fix is "Schedule 5"', () => {
		assert.deepEqual(references('Schedule 4 of the agreement allows the building to be used as a nursery for up to 40 children.'), [['Schedule 4', 'schedule-5.2', 'Schedule 5']]);
		assert.deepEqual(references('Schedule 5 of the agreement allows the building to be used as a nursery for up to 40 children.'), []);
	});

	test('quiet: a clause that speaks of the schedule, a schedule the source does not have, another Act\'s schedule', () => {
		assert.deepEqual(references('The deed is binding, except Schedule 3, which is a statement of shared principles and not legally binding.'), []);
		assert.deepEqual(references('See Annex A of this note for the nursery places.'), []);
		assert.deepEqual(references('Schedule 4 to the Planning Act allows a nursery for up to 40 children.'), []);
	});
});

suite('commitments: the predicate\'s own clause', () => {
	const DECLARATION = loadSource([
		'# Declaration on AI in Public Services',
		'17. Where a Participant becomes aware of a serious incident that it reasonably believes may affect the systems of another Participant, it will notify the other Participants within 72 hours.',
		'18. The Participants will discuss how the principles apply to regional government.',
		'19. This Declaration is not legally binding.',
	].join('\n\n'), 'declaration.md');
	const notes = (text: string) => actualsOf(DECLARATION, 'understated-commitment', text);

	test('a hedge in a relative, conditional or "how" clause qualifies what the duty is about, not the duty', () => {
		assert.deepEqual(notes('Serious incidents that could affect another country get shared with the others within 72 hours.'), []);
		assert.deepEqual(notes('Where a serious incident could affect another country\'s systems, the government will notify the others within 72 hours.'), []);
		assert.deepEqual(notes('I will discuss with them how the principles might apply to regional government.'), []);
		// The duty itself hedged is still noted.
		assert.deepEqual(notes('Each Participant might notify the other Participants of a serious incident within 72 hours.'), ['might']);
	});

	const PAY = loadSource([
		'# Pay Settlement Agreement',
		'6.3 From 1 April 2027 the Employer shall reduce Full-Time Hours from 37.5 to 37 hours per week with no loss of pay.',
		'6.4 The Parties aim to reduce Full-Time Hours further to 36.5 hours per week by 1 April 2028; this clause is not a commitment to make that reduction.',
		'6.5 The Employer shall publish the revised rota rules.',
		'6.6 The Employer shall consult the Staff Side on rota changes.',
		'6.7 The Employer shall pay arrears within two months.',
		'16.1 This Agreement is binding in honour only.',
	].join('\n\n'), 'pay.md');
	const overstated = (text: string) => check(text, PAY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id]);

	test('a second promise after ", and" is compared with the clause its own words describe, not the first one\'s', () => {
		assert.deepEqual(overstated('From 1 April 2027 the full-time week falls to 37 hours with no loss of pay, and the Employer has signed up to reducing the week further to 36.5 hours from April 2028.'), [['has signed up to', '6.4']]);
		assert.deepEqual(overstated('From 1 April 2027 the full-time week falls to 37 hours with no loss of pay, and the Parties aim to reduce the week further to 36.5 hours from April 2028.'), []);
	});
});

suite('a binding grant whose shared aims are statements of intent', () => {
	const GRANT = loadSource([
		'# GRANT FUNDING AGREEMENT',
		'## BACKGROUND',
		'(A) The Funder runs the Coastal Renewal Fund.',
		'(B) The Parties share the aims in paragraph 1 of Schedule 1.',
		'## IT IS AGREED as follows:',
		'### 1. DEFINITIONS',
		'1.1 "Project" means the programme described in Schedule 1.',
		'### 2. STATUS',
		'2.1 This Agreement is legally binding on the Parties, except that the Background recitals and paragraph 1 of Schedule 1 (Shared Aims) are statements of intent only and do not create legal obligations.',
		'### 3. GRANT',
		'3.1 The Recipient must use the Grant only to deliver the Project.',
		'## SCHEDULE 1 – THE PROJECT',
		'### 1. Shared Aims',
		'The Parties share the aim that, by 2030, more young people in Haverbridge will secure lasting work in the port and care sectors.',
		'### 2. Target groups',
		'(a) At least 60% of participants must be aged 16 to 24 at the date of enrolment.',
		'(b) The Recipient shall aim for at least 40% of participants to live in the Fenwick and Quayside wards.',
	].join('\n\n'), 'grant.md');
	const overstated = (text: string) => check(text, GRANT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => f.clause?.id);

	test('"paragraph 1 of Schedule 1" and "the Background recitals" are the parts that do not bind (not clause 1)', () => {
		assert.equal(GRANT.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...GRANT.nonBindingParts].map((c) => c.id).sort(), ['A', 'B', 'schedule-1.1']);
	});

	test('a heading that says "(not legally binding)" marks its own paragraph', () => {
		const source = loadSource('# Agreement\n\n## 1. Terms\n\n1.1 This Agreement is legally binding.\n\n1.2 The Recipient shall report quarterly.\n\n## 2. Shared aims (not legally binding)\n\n2.1 The Parties hope to extend the programme.\n', 'x.md');
		assert.deepEqual([...source.nonBindingParts].map((c) => c.id), ['2.1']);
	});

	test('"shall aim for" is an aim, not a duty: "will come from" and "committed to" overstate it; "must" items stay firm', () => {
		assert.deepEqual(analyseCommitment('The Recipient shall aim for at least 40% of participants to live in the wards.', 0, GRANT.parties).predicates.map((p) => p.level), [3]);
		assert.deepEqual(overstated('At least 40% of participants will come from the Fenwick and Quayside wards.'), ['schedule-1.2(b)']);
		assert.deepEqual(overstated('Under the agreement both sides have committed to getting more young people in Haverbridge into lasting work in the port and care sectors by 2030.'), ['schedule-1.1']);
		assert.deepEqual(overstated('At least 60% of participants must be aged 16 to 24 when they enrol.'), []);
	});
});

suite('contradicted-detail: a figure anchored by a word only its clause uses', () => {
	const DSA = loadSource([
		'# Data Sharing Agreement',
		'## 5. Transfers',
		'5.1 The Trust shall send the daily file to the Council by 10:00 each day.',
		'## 12. Review',
		'12.1 The Parties shall review this Agreement annually.',
		'## 14. Term and termination',
		'14.1 This Agreement continues for three years from the Commencement Date.',
		'14.2 Either Party may terminate this Agreement by giving the other not less than three months\' written notice.',
	].join('\n\n'), 'dsa.md');
	const details = (text: string) => check(text, DSA, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"pull out with six weeks\' notice" in a sentence about the agreement is clause 14.2\'s "three months"', () => {
		assert.deepEqual(details('The agreement lasts for three years, and either organisation can pull out with six weeks\' notice.'), [['six weeks', '14.2']]);
		assert.deepEqual(details('The agreement lasts for three years, and either organisation can pull out with three months\' notice.'), []);
	});

	test('quiet: the writer\'s own background (a past event, no mention of the agreement)', () => {
		assert.deepEqual(details('Last winter the council gave six weeks\' notice of the closure.'), []);
		assert.deepEqual(details('Residents had six weeks\' notice of the roadworks.'), []);
	});
});

suite('overstated-commitment: a sum the source gives only as an estimate', () => {
	const DEAL = loadSource([
		'# Devolution Deal',
		'5. The Deal includes:',
		'   a) a consolidated, multi-year transport settlement; and',
		'   b) a new investment fund.',
		'29. The Government will provide the Combined Authority with a multi-year transport settlement. The settlement is expected to total £560 million over five years, subject to the next Spending Review.',
		'30. The Combined Authority will receive £42.5 million of capital funding.',
		'31. The Mayor may borrow up to £20 million, and the Authority\'s liability shall not exceed £2,000,000.',
		'60. This Deal is not legally binding.',
	].join('\n\n'), 'deal.md');
	const overstated = (text: string) => check(text, DEAL, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id, f.message.includes('an estimate')]);

	test('"a £560 million transport settlement" for "expected to total £560 million" is flagged at para. 29, however the sentence aligns', () => {
		assert.deepEqual(overstated('There is a £560 million five-year transport settlement for the mayor.'), [['£560 million', '29', true]]);
		assert.deepEqual(overstated('- **Transport:** a five-year transport settlement of £560 million, alongside bus franchising powers.'), [['£560 million', '29', true]]);
	});

	test('quiet: the estimate kept anywhere in the sentence, a sum the source states plainly, a cap named as one', () => {
		assert.deepEqual(overstated('The £560m transport settlement is only "expected", and it depends on the next Spending Review.'), []);
		assert.deepEqual(overstated('The transport settlement is expected to be worth around £560m over five years.'), []);
		assert.deepEqual(overstated('The Combined Authority gets £42.5 million of capital funding.'), []);
		assert.deepEqual(overstated('The Authority is covered by a separate £2m cap on its liability.'), []);
	});
});

suite('contradicted-detail: a milestone table is read row by row', () => {
	const AGREEMENT = loadSource([
		'# Agreement',
		'## 3. Programme',
		'3.1 The University shall deliver the Milestones in the table below.',
		'## Schedule 1 – Milestones',
		['| Ref | Milestone | Deadline |', '|---|---|---|',
			'| M1 | Baseline analysis report for the three catchments | 30 September 2025 |',
			'| M2 | Prototype forecasting model for the River Calder | 31 March 2026 |',
			'| M3 | Interim evaluation report submitted to the Board | 30 June 2027 |'].join('\n'),
	].join('\n\n'), 'agreement.md');

	test('a wrong date is corrected with its own row\'s date, not a neighbouring row\'s', () => {
		const text = 'The prototype forecasting model for the River Calder is due by 30 June 2026.';
		const found = check(text, AGREEMENT, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'contradicted-detail');
		assert.deepEqual(found.map((f) => [f.actual, f.fixes[0]?.replacement]), [['30 June 2026', '31 March 2026']]);
	});

	test('another row\'s date given for a milestone is flagged with the milestone\'s own; a sentence reading the rows along is not', () => {
		const details = (text: string) => check(text, AGREEMENT, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.fixes[0]?.replacement]);
		assert.deepEqual(details('The baseline analysis report for the three catchments is due by 30 June 2027.'), [['30 June 2027', '30 September 2025']]);
		assert.deepEqual(details('The baseline analysis report is due by 30 September 2025, the prototype model by 31 March 2026 and the interim evaluation report by 30 June 2027.'), []);
	});
});

suite('figures as writers round and date them', () => {
	const CONTRACT = loadSource([
		'# Call-off Contract',
		'## Part A – Order Form',
		'A.1 The Maximum Contract Value is £6,862,000, including up to two (2) Extension Periods of 12 months each.',
		'A.2 The Implementation Charge is £642,000.',
		'## 3. Status',
		'3.1 This Call-off Contract is legally binding.',
	].join('\n\n'), 'contract.md');
	const found = (text: string) => check(text, CONTRACT, { format: 'plaintext' }).findings.map((f) => [f.ruleId, f.actual]);

	test('a sum rounded to its last written digit is the source\'s sum ("£6.86m", "£6.9m" for £6,862,000); a wrong one is not', () => {
		assert.deepEqual(found('Halbrook wins £6.9m deal to take licensing off paper.'), []);
		assert.deepEqual(found('The agency has awarded Halbrook a contract worth up to £6.86m.'), []);
		assert.deepEqual(found('The agency has awarded Halbrook a contract worth up to £6.5m.').map(([rule]) => rule), ['unsupported-claim']);
		// One significant digit is not a rounding: "£7m" is not £6,862,000.
		assert.deepEqual(found('Halbrook wins £7m deal.').map(([rule]) => rule), ['unsupported-claim']);
	});

	test('a dateline that opens a story is not a date the contract sets; a figure in an "if" clause is not stated as set', () => {
		assert.deepEqual(found('LEEDS, 3 February 2026 — Halbrook Digital Services has won the contract, with an implementation charge of £642,000.'), []);
		assert.deepEqual(found('The contract is worth up to £6.86 million if two optional extensions are taken up.'), []);
		assert.deepEqual(found('The contract includes two extensions of 12 months each.'), [['overstated-commitment', 'two']]);
	});
});

suite('heads of terms: subject to contract, binding only in named paragraphs', () => {
	const HOTS = loadSource([
		'**SUBJECT TO CONTRACT**',
		'**STRICTLY PRIVATE AND CONFIDENTIAL – COMMERCIALLY SENSITIVE**',
		'# HEADS OF TERMS',
		'## PART A – STATUS',
		'1.1 These Heads of Terms are subject to contract. Except for the Binding Provisions, they record the parties\' present intentions only and create no legally binding obligation.',
		'1.2 Only the following paragraphs (the "Binding Provisions") are legally binding: paragraph 1 (Status), paragraph 5 (Exclusivity) and paragraph 6 (Costs).',
		'## PART B – PROPOSED TERMS (NOT BINDING)',
		'3.1 The Site comprises Parcels A and B, totalling approximately 4.05 hectares.',
		'3.2 The scheme will include a new public square of not less than 0.4 hectares.',
		'4.1 The Council will have nomination rights to all first lets of the affordable homes.',
		'## PART C – BINDING PROVISIONS',
		'5.1 The Council shall not negotiate with any other party for the Site until 12 July 2026.',
		'6.1 Each party shall bear its own costs.',
	].join('\n\n'), 'hots.md');
	const found = (text: string) => check(text, HOTS, { format: 'plaintext' }).findings.map((f) => [f.ruleId, f.actual]);

	test('markings are not the title: the short name is "Heads of Terms"; the paragraphs listed after the colon are the binding ones', () => {
		assert.equal(HOTS.shortName, 'Heads of Terms');
		assert.equal(HOTS.status, 'not-binding');
		assert.deepEqual([...new Set([...HOTS.bindingParts].map((c) => c.id.replace(/\..*$/, '')))], ['1', '5', '6']);
	});

	test('quiet: a binding agreement still to come, a statute\'s duty, proposals in the conditional, a rounded site area', () => {
		assert.deepEqual(found('All figures are subject to planning and the completion of a binding agreement.'), []);
		assert.deepEqual(found('Section 123 of the Local Government Act 1972 requires the Council to obtain the best consideration on a disposal.'), []);
		assert.deepEqual(found('The Council would have nomination rights to all first lets of the affordable homes.'), []);
		assert.deepEqual(found('The developer proposes up to 720 homes across the 4-hectare site.'), []);
	});

	test('still flagged: the heads of terms called a binding agreement', () => {
		assert.deepEqual(found('The council signed a binding agreement with the developer on 13 October.').map(([rule]) => rule), ['binding-status']);
	});
});

suite('unsupported-claim: agents, margins and magnitudes are not invented deadlines or terms', () => {
	const CONTRACT = loadSource([
		'# Call-off Contract',
		'16.2 Each Party\'s total aggregate liability in each Contract Year shall not exceed the greater of £2,000,000 and 125% of the Charges.',
		'16.3 The Supplier\'s liability for breach of clause 11 shall not exceed £5,000,000.',
		'17.1 The Board shall be chaired by a Leader nominated by the Constituent Councils.',
		'18.1 This Call-off Contract is legally binding.',
	].join('\n\n'), 'contract.md');
	const unsupported = (text: string) => check(text, CONTRACT, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);

	test('"£2 million" where the source writes £2,000,000; "by the five councils"; "by eight votes to three"', () => {
		assert.deepEqual(unsupported('Each party\'s liability is capped at the greater of £2 million and 125% of the charges, with a separate £5 million cap.'), []);
		assert.deepEqual(unsupported('The Board is chaired by a Leader nominated by the five councils.'), []);
	});

	test('"2027–28" is a financial year, not a count of 28', () => {
		assert.deepEqual(unsupported('The liability caps will be reviewed by the Board in 2027–28.').filter((m) => m.includes('`28`')), []);
	});

	test('still flagged: a deadline the source never sets', () => {
		assert.equal(unsupported('The Board must be chaired by a Leader nominated by the councils within six months.').length, 1);
	});
});

suite('overstated-commitment: "must" for an arrangement\'s plain "will"', () => {
	const DECLARATION = loadSource([
		'# Declaration',
		'28. The Steering Group will meet at least twice a year. Its first meeting will take place within 60 days of this Declaration.',
		'29. The Participants may invite observers.',
		'47. This Declaration is not legally binding and creates no rights or obligations.',
	].join('\n\n'), 'declaration.md');
	const overstated = (text: string) => check(text, DECLARATION, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => f.actual);

	test('"must hold its first meeting within 60 days" reports "will take place": quiet', () => {
		assert.deepEqual(overstated('The Steering Group must hold its first meeting within 60 days of the declaration.'), []);
	});

	test('"must" for a "may" is still stronger', () => {
		assert.deepEqual(overstated('The Participants must invite observers.'), ['must']);
	});
});

suite('a binding contract with parts it lists as statements of intention', () => {
	const CONTRACT = loadSource([
		'# Call-off Contract',
		'## 2. Status',
		'2.1 This Call-off Contract is legally binding.',
		'2.2 The following are statements of intention only and do not create legally binding obligations: (a) the indicative roadmap at Part C of Schedule 1; and (b) the aims stated in clause 17.2.',
		'## 17. Social value',
		'17.1 The Supplier shall create at least four apprenticeships.',
		'17.2 The Supplier aims to ensure that at least 25% of its subcontracted spend goes to small and medium-sized enterprises. These aims are not binding (see clause 2.2).',
		'## 18. Roadmap',
		'18.1 The Parties anticipate exploring a public register of determined licences in 2027.',
	].join('\n\n'), 'contract.md');
	const found = (text: string) => check(text, CONTRACT, { format: 'plaintext' }).findings.map((f) => [f.ruleId, f.clause?.id]);

	test('the parts listed after "The following are statements of intention only:" do not bind', () => {
		assert.equal(CONTRACT.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...CONTRACT.nonBindingParts].map((c) => c.id), ['17.2']);
	});

	test('a duty said to arise under the deal from a part that does not bind is a status error (and an overstatement)', () => {
		assert.deepEqual(found('The firm is further required under the deal to place a quarter of its subcontracted spend with small and medium-sized enterprises.').map(([rule]) => rule).sort(), ['binding-status', 'overstated-commitment']);
		assert.deepEqual(found('The contract is binding except the aim on small and medium-sized enterprises, which is not binding.').filter(([rule]) => rule === 'binding-status'), []);
	});

	test('"the Parties anticipate exploring" is an expectation: a plain "will add" overstates it', () => {
		assert.deepEqual(found('The service will add a public register of determined licences in 2027.'), [['overstated-commitment', '18.1']]);
	});
});

suite('parties by their own names, sums in currency codes', () => {
	const HOTS = loadSource([
		'# HEADS OF TERMS',
		'### PARTIES',
		'1. **BRACKENFORD DISTRICT COUNCIL** of Civic Offices, Brackenford (the **"Council"**).',
		'2. **LARKMOOR URBAN PARTNERS LIMITED** (company number 14382906) of Leeds (the **"Developer"**).',
		'### BACKGROUND',
		'A. The Council owns the Site.',
		'## PART A',
		'1.1 These Heads of Terms are subject to contract and create no legally binding obligation.',
		'10.1 The Developer will use reasonable endeavours to submit a planning application by 31 October 2026.',
		'11.1 The Developer will pay £3,185,000 towards expanding the primary school by one class in each year group.',
	].join('\n\n'), 'hots.md');
	const found = (text: string) => check(text, HOTS, { format: 'plaintext' }).findings.map((f) => [f.ruleId, f.actual]);

	test('a party called by the first word of its own name ("Larkmoor") is a party', () => {
		assert.ok(HOTS.parties.agents.has('larkmoor') && HOTS.parties.agents.has('brackenford'));
		assert.deepEqual(found('The agreement also binds Larkmoor to lodging a planning application.').map(([rule]) => rule), ['binding-status']);
	});

	test('"GBP 3.18 million" is £3,185,000 rounded; "GBP 3.5 million" contradicts it; "every year group" is no schedule', () => {
		assert.deepEqual(found('Larkmoor will pay just over GBP 3.18 million towards expanding the primary school by one class in every year group.'), []);
		assert.deepEqual(found('Larkmoor will pay GBP 3.5 million towards expanding the primary school.'), [['contradicted-detail', 'GBP 3.5 million']]);
	});
});

suite('a regulators\' memorandum: status, side phrases, efforts kept, lists that are not lists', () => {
	const MOU = loadSource([
		'# Memorandum of Understanding',
		'3.7 Where an Authority intends to take a formal enforcement measure, it will inform the other Authority no later than 2 Business Days before publication.',
		'4.6 The Requested Authority will acknowledge an urgent request within 1 Business Day, and will use its best efforts to provide the assistance within 5 Business Days.',
		'7.1 An Authority that intends to conduct an on-site visit will notify the other Authority at least 20 Business Days before the visit, stating its purpose and scope.',
		'14.1 This MoU is a statement of intent. It does not create any legally binding obligations. No provision of this MoU, including any provision of Section 8, is intended to create obligations enforceable under international law or under the law of either jurisdiction.',
		'14.2 The confidentiality duties in Section 8 exist independently of this MoU and are unaffected by any finding that this MoU is not binding.',
	].join('\n\n'), 'mou.md');
	const found = (text: string) => check(text, MOU, { format: 'plaintext' }).findings.map((f) => [f.ruleId, f.actual]);

	test('"It does not create any legally binding obligations" is the status clause, quoted from its first sentence', () => {
		assert.equal(MOU.status, 'not-binding');
		assert.equal(MOU.nonBindingClause?.id, '14.1');
	});

	test('quiet: an effort kept, a side phrase\'s "scope", a period in words, a parenthetical "including"', () => {
		assert.deepEqual(found('The requested authority will acknowledge the request within one business day and use its best efforts to deliver within five business days.'), []);
		assert.deepEqual(found('A regulator wishing to visit an establishment will give the host at least 20 business days\' notice.'), []);
		assert.deepEqual(found('Where either regulator plans enforcement action, it will tell the other no later than two business days before publication.'), []);
		assert.deepEqual(found('Each authority will act within the limits of its own laws.'), []);
	});

	test('a deed\'s "paragraph 3.1 of Schedule 4 … do not create legally binding obligations" marks that paragraph and the recitals', () => {
		const deed = loadSource([
			'# DEED',
			'## RECITALS',
			'(A) The Council is the local planning authority.',
			'## 2. Status',
			'2.1 This Deed is a planning obligation.',
			'2.4 The recitals and the statements of intention in paragraph 3.1 of Schedule 4 record the parties\' aims only and do not create legally binding obligations.',
			'## SCHEDULE 4 – TRANSPORT',
			'3.1 The Owner intends to support a car club.',
			'3.2 The Owner shall pay the Bus Contribution.',
		].join('\n\n'), 'deed.md');
		assert.equal(deed.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...deed.nonBindingParts].map((c) => c.id), ['A', 'schedule-4.3.1']);
	});
});

suite('tables of targets and sums', () => {
	const AGREEMENT = loadSource([
		'# Partnership Agreement',
		'## 1. Status',
		'1.1 This Agreement is legally binding.',
		'## Schedule 3 – Targets',
		'By 31 March 2030, the Consortium shall use all reasonable endeavours to achieve the following:',
		['| Target | Measure |', '|---|---|', '| T1 | 3,200 people complete a course at Level 3 or above |', '| T2 | 1,800 existing workers upskilled |'].join('\n'),
		'## Schedule 4 – Performance metrics',
		['| Metric | Target |', '|---|---|', '| Urgent community response within 2 hours | 85% |', '| Still at home 91 days after reablement | 80% |'].join('\n'),
		'## Schedule 2 – Contributions',
		['| Scheme | Council (£) | ICB (£) | Total (£) |', '|---|---|---|---|', '| A – Discharge | 4,200,000 | 9,800,000 | 14,000,000 |', '| **Total** | **18,450,000** | **31,200,000** | **49,650,000** |'].join('\n'),
	].join('\n\n'), 'agreement.md');
	const found = (text: string) => check(text, AGREEMENT, { format: 'plaintext' }).findings.map((f) => [f.ruleId, f.actual]);

	test('a table of targets under "shall use all reasonable endeavours to achieve the following:" has that grade', () => {
		assert.deepEqual(found('The agreement commits the consortium to getting 3,200 people through courses at Level 3 or above.').map(([rule]) => rule), ['overstated-commitment']);
	});

	test('quiet: "a two-hour urgent response service" (a kind of service), "almost £50 million" for a table total of 49,650,000', () => {
		assert.deepEqual(found('The money also pays for a two-hour urgent community response service.'), []);
		assert.deepEqual(found('The council and the NHS have agreed to put almost £50 million into a single shared pot.'), []);
	});

	test('still flagged: a sum the tables do not give', () => {
		assert.deepEqual(found('Under the agreement the council and the NHS will put £60 million into a shared pot.').map(([rule]) => rule), ['unsupported-claim']);
	});
});

suite('contradicted-detail: counts of things', () => {
	const AGREEMENT = loadSource([
		'# Partnership Agreement',
		'## 6. Governance',
		'6.2 The Board shall comprise up to three senior representatives nominated by each Partner.',
		'## Schedule 1 – Services',
		'1. The Lead Commissioner shall ensure that at least 20 short-term discharge-to-assess beds are available at all times.',
		'2. The Partners shall fund 3,000 places in Year 1 and at least 250 places for vocational training.',
		'## 9. Status',
		'9.1 This Agreement is legally binding.',
	].join('\n\n'), 'agreement.md');
	const details = (text: string) => check(text, AGREEMENT, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.fixes[0]?.replacement]);

	test('"at least 25 short-term beds" where the clause gives 20 of them; "up to four senior representatives" where it gives three', () => {
		assert.deepEqual(details('The agreement also requires at least 25 short-term "discharge to assess" beds to be available at all times.'), [['25', '20']]);
		assert.deepEqual(details('Under the agreement the Board will comprise up to four senior representatives nominated by each partner.'), [['four', 'three']]);
	});

	test('quiet: the right count, a count many times the clause\'s (another count), background', () => {
		assert.deepEqual(details('The agreement also requires at least 20 short-term discharge to assess beds to be available at all times.'), []);
		assert.deepEqual(details('Under the agreement the partners fund 3,000 places in Year 1.'), []);
		assert.deepEqual(details('Ministers from 12 countries came to the signing.'), []);
	});
});

suite('contradicted-detail: how often, said of the one thing the source times', () => {
	const AGREEMENT = loadSource([
		'# Partnership Agreement',
		'10.5 The Board shall meet at least six times in each Financial Year, at intervals of not more than ten weeks.',
		'11.1 The Lead Commissioner shall submit quarterly reports to the Board.',
		'12.2 The Joint Oversight Group shall meet at least twice in each year, in or around May and November.',
		'20.1 This Agreement is legally binding.',
	].join('\n\n'), 'agreement.md');
	const details = (text: string) => check(text, AGREEMENT, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.fixes[0]?.replacement]);

	test('"the board only has to meet four times a year" against "at least six times in each Financial Year"', () => {
		assert.deepEqual(details('The board only has to meet four times a year, and nothing in the agreement says its papers will be published.'), [['four times a year', 'six times in each Financial Year']]);
	});

	test('quiet: the quarterly reports are another thing; "May and November each year" is twice a year', () => {
		assert.deepEqual(details('Under the agreement the board meets six times a year and gets reports quarterly.'), []);
		assert.deepEqual(details('Under the agreement the oversight group will meet around May and November each year.'), []);
	});
});

suite('binding-status: "must" as a duty of the agreement only where the agreement governs the sentence', () => {
	const MOU = loadSource([
		'# Memorandum of Understanding',
		'3.1 The Authorities will keep information shared under this MoU confidential.',
		'14.1 This MoU is a statement of intent. It does not create any legally binding obligations.',
	].join('\n\n'), 'mou.md');
	const status = (text: string) => check(text, MOU, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'binding-status').map((f) => f.actual);

	test('"Under the MoU, each authority must keep …" claims a duty; "information shared under the MoU must be kept …" describes it', () => {
		assert.deepEqual(status('Under the MoU, each authority must keep shared information confidential.'), ['must']);
		assert.deepEqual(status('Information shared under the MoU must be kept confidential.'), []);
		assert.deepEqual(status('The minister said Britain must be front and centre of this partnership under the MoU.'), []);
	});
});

suite('a supply contract: counts in words and brackets, defined things, permissions', () => {
	const SUPPLY = loadSource([
		'# Supply Agreement',
		'',
		'This Agreement is made between the Purchasing Agency (the "Buyer") and Northfen Filters Limited (the "Supplier").',
		'',
		'## 1. Definitions',
		'',
		'1.1 "**Initial Units**" means eight million (8,000,000) Units.',
		'',
		'1.2 "**Grant**" means the sum of up to £400,000 payable under clause 5.',
		'',
		'## 2. Supply',
		'',
		'2.1 Initial Units shall be delivered in four tranches between 1 March 2027 and 31 December 2027.',
		'',
		'2.2 Each Order Notice shall state the number of Units ordered.',
		'',
		'2.3 The Supplier may subcontract the packaging of Units to an approved packer.',
		'',
		'## 3. Price',
		'',
		'3.1 **Price:** three pounds and twenty pence (£3.20) per Unit, giving a total Price of £25,600,000.',
		'',
		'3.2 **Payment milestones for the Initial Units:**',
		'',
		'| Milestone | Trigger | Amount |',
		'|---|---|---|',
		'| Milestone 1 | Signature | 20% of the total Price (£5,120,000) |',
		'| Milestone 2 | Approval | 10% of the total Price (£2,560,000) |',
		'| Tranche payments | Each tranche | 70% of the Price of that tranche (£4,480,000 per tranche) |',
		'',
		'## 4. Term',
		'',
		'4.1 The Buyer shall use the Units only for the public health purposes of this Agreement.',
		'',
		'4.2 This Agreement is legally binding.',
	].join('\n'), 'supply.md');
	const warned = (text: string) => check(text, SUPPLY, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.actual]);
	const notes = (text: string) => actualsOf(SUPPLY, 'understated-commitment', text);

	test('"8 million units" is the "eight million (8,000,000) Units" the source defines', () => {
		assert.deepEqual(warned('Under the agreement, Northfen will supply 8 million units in four tranches.'), []);
		assert.deepEqual(warned('Under the agreement, Northfen will supply 9 million units in four tranches.').map(([rule]) => rule), ['unsupported-claim']);
	});

	test('a figure in brackets after its words ("(£3.20) per Unit") is read with them', () => {
		const text = 'The Buyer will pay £3.20 per unit for the initial units, with 20% of the total price (£5.12m) due on signature and a further 10% (£2.56m) on approval.';
		assert.deepEqual(warned(text), []);
		// The milestone table under its bold lead-in continues paragraph 3.2.
		assert.deepEqual(check(text, SUPPLY, { format: 'markdown' }).citations.map((c) => c.clause.id), ['3.2-2']);
	});

	test('things done and determiners are not parties ("Initial Units shall be delivered", "Each Order Notice shall")', () => {
		for (const word of ['initial', 'units', 'each']) {
			assert.equal(SUPPLY.parties.agents.has(word), false, word);
		}
		assert.equal(SUPPLY.parties.agents.has('supplier'), true);
	});

	test('what a defined word covers ("means the sum of up to £400,000") is not a limit dropped', () => {
		assert.deepEqual(warned('Northfen has been awarded a grant of £400,000 under the agreement.'), []);
	});

	test('a restriction, a permission the source grants, and "would" are not hedges; "might" for "shall" is', () => {
		assert.deepEqual(notes('The Buyer may use the units only for public health purposes.'), []);
		assert.deepEqual(notes('Northfen may subcontract the packaging of units to an approved packer.'), []);
		assert.deepEqual(notes('If demand rose, the Buyer would use the units for public health purposes.'), []);
		assert.deepEqual(notes('The Buyer might use the units for the public health purposes of the agreement.'), ['might']);
	});
});

suite('a framework document: what is to happen, and what one can commit to', () => {
	const FRAMEWORK = loadSource([
		'# Harbour Trust: Framework Document',
		'',
		'## 1. Status',
		'',
		'1.1 This document does not create legal obligations.',
		'',
		'1.2 Copies of this document are to be placed in the libraries of both Houses of Parliament within 30 days of signature.',
		'',
		'## 2. Delegations',
		'',
		'2.1 The Trust may commit expenditure up to £50,000 without reference to the department.',
	].join('\n'), 'framework.md');
	const overstated = (text: string) => actualsOf(FRAMEWORK, 'overstated-commitment', text);

	test('"must be placed" reports what the document says "are to be placed": no stronger', () => {
		assert.deepEqual(overstated('The document must be placed in the libraries of both Houses of Parliament within 30 days of signature.'), []);
		assert.deepEqual(overstated('The document is legally required to be placed in the libraries of both Houses of Parliament within 30 days of signature.').length, 1);
	});

	test('a cue under "can" or "could" ("what we can commit to") is no firm commitment', () => {
		assert.deepEqual(overstated('Section 2 sets out what the Trust can commit to without reference to the department.'), []);
		assert.deepEqual(overstated('The Trust has committed to spending £50,000 without reference to the department.').length, 1);
	});
});

suite('a participle is not a report, and "will use reasonable endeavours to" is one promise', () => {
	const SUPPLY = loadSource([
		'# Supply Agreement',
		'',
		'## 8. Pandemic supply',
		'',
		'8.1 During a Declared Pandemic, the Supplier shall use reasonable endeavours to increase monthly output to 2,000,000 Units, and aims to allocate to the Buyer at least 20% of its global output.',
		'',
		'## 9. Meetings',
		'',
		'9.1 Either Party may call an extraordinary meeting of the Steering Committee on five Business Days\' notice.',
		'',
		'## 10. Status',
		'',
		'10.1 This Agreement is legally binding.',
	].join('\n'), 'supply.md');
	const overstated = (text: string) => check(text, SUPPLY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id]);

	test('"a declared pandemic" does not make the sentence someone\'s reported words', () => {
		assert.deepEqual(overstated('In a declared pandemic, Northfen will use reasonable endeavours to raise monthly output to 2 million units and will allocate at least 20% of its global output to the Buyer.'), [['will', '8.1']]);
	});

	test('the "will" of "will use reasonable endeavours to" is not compared on its own', () => {
		assert.deepEqual(overstated('During a pandemic, Northfen will use reasonable endeavours to raise monthly output to 2 million units and aims to allocate at least 20% of its global output to the Buyer.'), []);
	});
});

suite('a community benefit agreement and a treaty: names, synonyms, number words, bylines, a new kind of item', () => {
	const DEED = loadSource([
		'# Community Benefit Agreement',
		'',
		'This Agreement is dated 14 October 2025 and is made between Harrow Moor Wind Farm Limited (the "Company") and Harrow Community Council (the "Council").',
		'',
		'## 1. Cooperation',
		'',
		'1.1 Cooperation may include areas such as clean energy, marine science, health research and advanced materials.',
		'',
		'1.2 The Company will explore in good faith offering the Council an economic interest of up to 5% in the wind farm.',
		'',
		'1.3 The Company shall acknowledge any complaint within fifteen working days after receipt.',
		'',
		'## 2. Status',
		'',
		'2.1 This Agreement is legally binding.',
	].join('\n'), 'deed.md');
	const warned = (text: string) => check(text, DEED, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.actual]);

	test('"Limited" in a company\'s name does not close an open list', () => {
		assert.deepEqual(warned('Harrow Moor Wind Farm Limited may work on clean energy, marine science and health research under the agreement.'), []);
		assert.deepEqual(warned('Only clean energy, marine science and health research are covered by the agreement.').map(([rule]) => rule), ['overstated-commitment']);
		// "limits" closes a list as a verb with "to", not as a noun.
		assert.deepEqual(warned('Under the agreement the Council can review the spending limits on clean energy, marine science and health research.').filter(([, actual]) => actual === 'limits'), []);
		assert.deepEqual(warned('The agreement limits cooperation to clean energy, marine science and health research.').map(([, actual]) => actual), ['limits']);
	});

	test('a "stake" is the source\'s "economic interest"; "Ltd" is "Limited"; "15" is "fifteen"', () => {
		assert.deepEqual(warned('Under the agreement, Harrow Moor Wind Farm Ltd will explore offering the council a stake of up to 5% in the wind farm.'), []);
		assert.deepEqual(warned('Under the agreement, the company must acknowledge any complaint within 15 working days.'), []);
		assert.deepEqual(warned('Under the agreement, the company must acknowledge any complaint within 16 working days.').map(([rule]) => rule), ['contradicted-detail']);
		// The teens are numbers in words too: "within eighteen months" is a period.
		assert.deepEqual(quantities('within eighteen months, or fourteen days').map((q) => [q.value, q.unit]), [[18, 'month'], [14, 'day']]);
	});

	test('a byline\'s date is when the page was written, not a date the agreement gives', () => {
		assert.deepEqual(warned('News | Harrow Moor Wind Farm | 23 October 2025'), []);
	});

	test('an item of a new kind in the source\'s list ("quantum technologies" beside its "advanced materials") is unsupported', () => {
		const found = check('The agreement lists clean energy, marine science, health research, quantum materials and advanced materials as areas of cooperation.', DEED, { format: 'markdown' }).findings;
		assert.deepEqual(found.map((f) => f.ruleId), ['unsupported-claim']);
		assert.match(found[0]!.message, /`quantum materials`/);
		assert.deepEqual(warned('The agreement lists clean energy, marine science, health research and other advanced materials as areas of cooperation.'), []);
	});
});

suite('which parts a binding text says bind no one: paragraphs of articles, lists with exceptions, a lettered part', () => {
	test('"paragraph 2 of Article 1 and paragraph 3 of Article 6 express the aims … only": those paragraphs, not the articles', () => {
		const TREATY = loadSource([
			'# Agreement on Research Cooperation',
			'',
			'## Article 1 — Objectives',
			'',
			'1. The Parties shall encourage cooperation in research.',
			'',
			'2. The Parties aim to increase the mobility of researchers.',
			'',
			'## Article 6 — Funding',
			'',
			'1. Each Party shall bear its own costs.',
			'',
			'3. The Parties intend to establish a joint fund of up to GBP 3 million a year.',
			'',
			'## Article 11 — Legal status',
			'',
			'1. This Agreement shall enter into force on signature.',
			'',
			'2. This Agreement constitutes a treaty binding upon the Parties. However, paragraph 2 of Article 1 and paragraph 3 of Article 6 express the aims and intentions of the Parties only and do not create legally binding obligations.',
		].join('\n'), 'treaty.md');
		assert.equal(TREATY.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...TREATY.nonBindingParts].map((c) => c.id), ['1.2', '6.3']);
	});

	test('"Clauses 5.3, 6 and 8 (except Clause 8.2), and Part B of Schedule 2 are statements of intent only"', () => {
		const DEED = loadSource([
			'# Community Benefit Agreement',
			'',
			'## 5. The Panel',
			'',
			'5.1 The Trust shall establish the Panel.',
			'',
			'5.3 The Panel intends to meet quarterly.',
			'',
			'## 6. Local employment',
			'',
			'6.1 The Company intends that 20% of contracts go to local firms.',
			'',
			'## 8. Liaison',
			'',
			'8.1 The Company intends to establish a liaison group.',
			'',
			'8.2 The Company shall pay the liaison group\'s costs.',
			'',
			'## 13. Legal status',
			'',
			'13.1 This Agreement is legally binding, save as set out in Clause 13.2.',
			'',
			'13.2 Clauses 5.3, 6 and 8 (except Clause 8.2), and Part B of Schedule 2 are statements of intent only.',
			'',
			'## SCHEDULE 2 — PANEL TERMS',
			'',
			'### Part A — Constitution',
			'',
			'A1. The Panel has nine members.',
			'',
			'### Part B — Priorities',
			'',
			'B1. The Panel aims to run two grant rounds each year.',
		].join('\n'), 'deed.md');
		assert.deepEqual([...DEED.nonBindingParts].map((c) => c.id), ['5.3', '6.1', '8.1', 'schedule-2.B.1']);
	});
});

suite('"has committed" money the treaty only intends to contribute', () => {
	const TREATY = loadSource([
		'# Agreement on Research Cooperation',
		'',
		'## Article 6 — Funding',
		'',
		'1. Each Party shall bear its own costs.',
		'',
		'2. Each Party intends to contribute to the Joint Programme up to three million pounds sterling (GBP 3,000,000) in each year.',
		'',
		'## Article 11 — Legal status',
		'',
		'1. This Agreement is legally binding, except that paragraph 2 of Article 6 expresses the intentions of the Parties only.',
	].join('\n'), 'treaty.md');
	test('"each government has committed up to £3 million a year" is stronger than "intends to contribute up to"', () => {
		const found = check('Under the agreement, each government has committed up to £3 million a year to the Joint Programme.', TREATY, { format: 'markdown' }).findings;
		assert.deepEqual(found.map((f) => [f.ruleId, f.actual, f.clause?.id]), [['overstated-commitment', 'has committed', '6.2']]);
		assert.deepEqual(check('Under the agreement, each government intends to contribute up to £3 million a year to the Joint Programme.', TREATY, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning'), []);
	});
});

suite('an interval of the same value about something else', () => {
	const TREATY = loadSource([
		'# Agreement on Research Cooperation',
		'',
		'## Article 5 — Joint Committee',
		'',
		'2. The Joint Committee shall be composed of not more than six representatives appointed by each Party.',
		'',
		'3. The Joint Committee shall meet in regular session once every two years, alternately in Ruritania and in Freedonia. The first regular meeting shall be held in Ruritania within twelve months after the date of entry into force of this Agreement.',
		'',
		'7. Each working group shall report to the Joint Committee at least once every twelve months.',
		'',
		'## Article 11 — Status',
		'',
		'1. This Agreement is legally binding.',
	].join('\n'), 'treaty.md');
	test('"meet once a year, alternating between the two countries" contradicts "once every two years"; the working groups\' yearly reports do not make it right', () => {
		const found = check('A Joint Committee of up to six officials per side will then meet once a year, alternating between the two countries, with the first meeting in Ruritania within twelve months.', TREATY, { format: 'markdown' }).findings;
		assert.deepEqual(found.map((f) => [f.ruleId, f.actual, f.clause?.id]), [['contradicted-detail', 'once a year', '5.3']]);
		assert.deepEqual(check('Under the treaty, each working group will report to the Joint Committee once a year.', TREATY, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning'), []);
	});
});

suite('a definition is not a commitment to compare with', () => {
	const TREATY = loadSource([
		'# Agreement on Research Cooperation',
		'',
		'## Article 2 — Definitions',
		'',
		'For the purposes of this Agreement:',
		'',
		'(c) "Implementing Agency" means, for the Government of Ruritania, the Department for Science, Innovation and Technology, and, for the Government of Freedonia, the Ministry of Science, or such other body as either Party may designate by written notice;',
		'',
		'## Article 6 — Funding',
		'',
		'1. Projects shall be selected on the basis of scientific excellence following independent peer review.',
		'',
		'## Article 11 — Status',
		'',
		'1. This Agreement is legally binding.',
	].join('\n'), 'treaty.md');
	test('"The Department for Science will act as the UK\'s implementing agency" is not stronger than the definition\'s "may designate"', () => {
		assert.deepEqual(check('The Department for Science, Innovation and Technology will act as Ruritania\'s implementing agency for the agreement, working with its research councils.', TREATY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment'), []);
	});
});

suite('a table row a loosely worded sentence gives', () => {
	const FRAMEWORK = loadSource([
		'# Harbour Trust: Framework Document',
		'',
		'## 11. Commercial controls',
		'',
		'11.2 Consultancy commissions and other spending on professional services need approval under the Cabinet Office spending controls where they apply.',
		'',
		'## 12. Status',
		'',
		'12.1 This document does not create legal obligations.',
		'',
		'## Annex A: Delegated authorities',
		'',
		'A.1 The following require the prior written approval of the department:',
		'',
		'| Category | Delegated limit | Approval required above the limit from |',
		'|---|---|---|',
		'| Capital projects (whole-life cost) | £5,000,000 | Department (Investment Committee) |',
		'| Consultancy and professional services (per commission) | £20,000 | Senior sponsor, then Cabinet Office controls where applicable |',
		'| Individual grant awards | £250,000 | Senior sponsor |',
	].join('\n'), 'framework.md');
	const details = (text: string) => check(text, FRAMEWORK, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"consultancy commissions above £25,000 need the senior sponsor\'s approval" is the consultancy row\'s £20,000', () => {
		assert.deepEqual(details('Consultancy commissions above £25,000 need approval from the senior sponsor and then, where they apply, from the Cabinet Office spending controls.'), [['£25,000', 'annex-A.1-2']]);
		assert.deepEqual(details('Consultancy commissions above £20,000 need approval from the senior sponsor and then, where they apply, from the Cabinet Office spending controls.'), []);
	});

});

suite('a result stated where the clause promises only the effort', () => {
	const MOU_REG = loadSource([
		'# Memorandum of Understanding between the Harbour Authority and the Coast Regulator',
		'',
		'## 3. Assistance',
		'',
		'3.6 Each Authority will use reasonable efforts to notify the other, without being requested, of any material change in the financial condition of a covered firm.',
		'',
		'3.7 Each Authority will inform the other before it takes a formal enforcement measure against a covered firm.',
		'',
		'## 12. Status',
		'',
		'12.1 This Memorandum is a statement of intent and does not create legally binding obligations.',
	].join('\n'), 'regulators-mou.md');
	const overstated = (text: string) => check(text, MOU_REG, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment');

	test('"will notify" for "will use reasonable efforts to notify" is stronger, with the clause\'s hedge as the fix', () => {
		const text = 'Each Authority will notify the other, without being requested, of any material change in the financial condition of a covered firm.';
		const [f] = overstated(text);
		assert.ok(f, JSON.stringify(check(text, MOU_REG, { format: 'markdown' }).findings.map((x) => x.message)));
		assert.equal(f.clause?.id, '3.6');
		assert.match(f.message, /promises only the effort \(`will use reasonable efforts to`\)/);
		assert.equal(applyFix(text, f.fixes[0]!), 'Each Authority will use reasonable efforts to notify the other, without being requested, of any material change in the financial condition of a covered firm.');
	});

	test('the hedge kept, an aim, the document\'s "provides for", and a clause without the hedge are quiet', () => {
		assert.deepEqual(overstated('Each Authority will use its best efforts to notify the other, without being requested, of any material change in the financial condition of a covered firm.'), []);
		assert.deepEqual(overstated('Each Authority aims to notify the other, without being requested, of any material change in the financial condition of a covered firm.'), []);
		assert.deepEqual(overstated('The Memorandum provides for notification, without a request, of any material change in the financial condition of a covered firm.'), []);
		assert.deepEqual(overstated('Each Authority will inform the other before it takes a formal enforcement measure against a covered firm.'), []);
	});
});

suite('a period in the one clause a loosely worded sentence is about', () => {
	const REGIONAL = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/regional-cooperation-mou.md'), 'utf8'), 'regional-cooperation-mou.md');
	const details = (text: string) => check(text, REGIONAL, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"those duties survive for two years after the Memorandum ends" is 10.3\'s three years (no other clause comes near)', () => {
		assert.deepEqual(details('Those confidentiality obligations survive for two years after the Memorandum ends.'), [['two years', '10.3']]);
		assert.deepEqual(details('Those confidentiality obligations survive for three years after the Memorandum ends.'), []);
	});
});

suite('non-binding parts named by a roman numeral or a letter', () => {
	const nonBinding = (source: ReturnType<typeof loadSource>) => [...source.nonBindingParts].map((c) => c.id);

	test('"**Article 14 (Future cooperation)** and **Annex III (Indicative Programme)** are statements of intent only"', () => {
		const source = loadSource([
			'# Mutual Recognition Agreement',
			'',
			'## Article 14 — Future cooperation',
			'',
			'1. The Parties intend to explore a scoping study on landscape architects.',
			'',
			'## Article 15 — Legal status',
			'',
			'1. This Agreement, including Annexes I and II, creates legal obligations binding upon the Parties.',
			'',
			'2. By way of exception to paragraph 1, **Article 14 (Future cooperation)** and **Annex III (Indicative Programme of Further Cooperation)** are statements of intent only.',
			'',
			'## Annex I — Recognised qualifications',
			'',
			'1. A qualification listed in this Annex is recognised only if awarded after 1 January 2010.',
			'',
			'## Annex III — Indicative Programme',
			'',
			'1. The Parties would welcome up to 20 graduate placements a year.',
		].join('\n'), 'mra.md');
		assert.equal(source.status, 'binding-with-non-binding-parts');
		assert.deepEqual(nonBinding(source), ['14.1', 'annex-III.1']);
	});

	test('"The Voluntary Commitments in Part D are not undertakings for the purposes of section 34 of the Act. They are not legally binding": Part D, not recital D or section 34', () => {
		const source = loadSource([
			'# Undertakings given by Northmere Water Limited',
			'',
			'## Part A — Background',
			'',
			'D. The Investigation found that leakage was under-reported.',
			'',
			'## Part C — Undertakings',
			'',
			'34.1 The Company shall pay £9,500,000 to the Environmental Fund.',
			'',
			'## Part D — Voluntary commitments',
			'',
			'D.1 The Company aims to reduce leakage to 160 Ml/d by 31 March 2030.',
			'',
			'## Part E — Status',
			'',
			'E.1 The undertakings in Part C are legally binding on the Company.',
			'',
			'E.2 The Voluntary Commitments in Part D are expressly not undertakings for the purposes of section 34 of the Act. They are not legally binding.',
		].join('\n'), 'undertakings.md');
		assert.equal(source.status, 'binding-with-non-binding-parts');
		assert.deepEqual(nonBinding(source), ['D.1']);
	});
});

suite('a limit said once governs the figures listed after it', () => {
	const FEES = loadSource([
		'# Mutual Recognition Agreement',
		'',
		'## Article 13 — Fees',
		'',
		'1. The fee charged for assessing an application shall not exceed the domestic fee by more than GBP 300.',
		'',
		'2. The fee for each sitting of an aptitude test shall not exceed GBP 650.',
		'',
		'## Annex II — Compensation measures',
		'',
		'1. The adaptation period shall not exceed 12 months for architects or 18 months for chartered engineers.',
	].join('\n'), 'mra.md');
	const overstated = (text: string) => actualsOf(FEES, 'overstated-commitment', text);

	test('"no more than £300 on top of the fee, and £650 a sitting"; "can run to 12 months … and 18 months"', () => {
		assert.deepEqual(overstated('Fees are capped too: no more than £300 on top of the domestic fee, and £650 a sitting for the aptitude test.'), []);
		assert.deepEqual(overstated('Adaptation periods can run to 12 months for architects and 18 months for chartered engineers.'), []);
	});

	test('a figure after a full stop or a "but" is not under the limit', () => {
		assert.deepEqual(overstated('The assessment fee can be no more than £300 above the domestic fee, but each sitting of the aptitude test costs £650.'), ['£650']);
	});
});

suite('dates that are not the agreement\'s', () => {
	const MRA = loadSource([
		'# Mutual Recognition Agreement between the Registration Board and the Chamber',
		'',
		'Signed in London on 22 October 2025.',
		'',
		'## Article 1 — Purpose',
		'',
		'1. This Agreement is concluded within the framework of the Comprehensive Trade and Partnership Agreement (the "CTPA").',
		'',
		'## Article 19 — Entry into force',
		'',
		'1. This Agreement shall enter into force on 1 January 2026.',
	].join('\n'), 'mra.md');
	const details = (text: string, format: 'markdown' | 'plaintext' = 'markdown') => check(text, MRA, { format }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => f.actual);

	test('a header field\'s date is the text\'s own ("**Date:** 12 January 2026")', () => {
		const full = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/mutual-recognition-agreement.md'), 'utf8'), 'mutual-recognition-agreement.md');
		const dates = (text: string) => actualsOf(full, 'contradicted-detail', text);
		assert.deepEqual(dates('# Briefing for the Minister\n\n**Date:** 12 January 2026\n\nThe agreement enters into force on 1 January 2026.\n'), []);
		assert.deepEqual(dates('# Briefing for the Minister\n\nThe agreement enters into force on 12 January 2026.\n'), ['12 January 2026']);
	});

	test('"the CTPA, which the two governments signed on 14 March 2024" is another document\'s signing; the Agreement\'s is compared', () => {
		assert.deepEqual(details('The Agreement was concluded under the CTPA, which the two governments signed at Merovy on 14 March 2024.'), []);
		assert.deepEqual(details('The Agreement, which the two regulators signed in London on 14 March 2024, follows the CTPA.'), ['14 March 2024']);
	});
});

suite('the date a treaty gives itself, and the date of a text attached to it', () => {
	const TREATY = loadSource([
		'# Agreement concerning Air Services',
		'',
		'## Article 1 Entry into Force',
		'',
		'1. This Agreement shall enter into force on the date of the later of the two notifications.',
		'',
		'Done in duplicate at London this 18th day of March 2025, in the English and Veldanian languages.',
		'',
		'## Memorandum of Consultations',
		'',
		'1. Delegations of the two Governments met in London from 11 to 13 February 2025.',
		'',
		'2. This Memorandum is not a treaty and is not intended to create legally binding obligations.',
		'',
		'Done at London on 13 February 2025.',
	].join('\n'), 'treaty.md');
	const dates = (text: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail');

	test('"this 18th day of March 2025" is the treaty\'s own date; the memorandum\'s closing date is not', () => {
		assert.deepEqual(dates('The agreement was signed in London on 18 March 2025 by the two ministers.'), []);
		const found = dates('The agreement was signed in London on 18 May 2025 by the two ministers.');
		assert.deepEqual(found.map((f) => [f.actual, f.fixes[0]?.replacement]), [['18 May 2025', '18 March 2025']]);
	});
});

suite('a figure after ", and in any event"', () => {
	const TREATY = loadSource([
		'# Agreement concerning Air Services',
		'',
		'## Article 4 Designation and Authorisation',
		'',
		'1. Each Contracting Party shall have the right to designate in writing one or more airlines.',
		'',
		'2. On receipt of such a designation and of an application from the designated airline, the other Contracting Party shall grant the appropriate operating authorisations with minimum procedural delay, and in any event within 45 days, provided that the airline is established in the territory of the designating Party.',
		'',
		'## Article 6 Aviation Safety',
		'',
		'1. Either Contracting Party may request consultations concerning safety standards, which shall take place within 30 days of that request.',
	].join('\n'), 'treaty.md');
	const contradicted = (text: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"…, and in any event within 45 days" keeps the verb before it: "authorisations must be granted within 30 days" conflicts', () => {
		assert.deepEqual(contradicted('Operating authorisations must be granted within 30 days of an application.'), [['30 days', '4.2']]);
		assert.deepEqual(contradicted('Operating authorisations must be granted within 45 days of an application.'), []);
	});
});

suite('a share of a sum the source splits equally', () => {
	const LOAN = loadSource([
		'# Loan Agreement',
		'',
		'## 13. Costs',
		'',
		'13.1 Except as otherwise stated in Schedule 3:',
		'',
		'(a) the Borrower shall bear all costs of transport, installation, cases and mounts;',
		'',
		'(b) the Lender shall bear the costs of preparatory conservation (up to £6,000) and Condition Reports; and',
		'',
		'(c) the cost of Tour crates (£14,400) shall be shared equally between the three Tour venues.',
		'',
		'13.2 This Agreement is legally binding on the parties.',
	].join('\n'), 'loan.md');
	const contradicted = (text: string) => actualsOf(LOAN, 'contradicted-detail', text);
	const unsupported = (text: string) => check(text, LOAN, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim');

	test('"a £4,800 share of the £14,400 crate bill" is a third of it; "£5,200" is not', () => {
		assert.deepEqual(contradicted('The Borrower pays a £4,800 share of the £14,400 crate bill, split across the three venues.'), []);
		assert.deepEqual(unsupported('The Borrower pays a £4,800 share of the £14,400 crate bill, split across the three venues.'), []);
		assert.deepEqual(contradicted('The Borrower pays a £5,200 share of the £14,400 crate bill, split across the three venues.'), ['£5,200']);
	});
});

suite('a reference the quoted clause itself makes', () => {
	const TREATY = loadSource([
		'# Agreement concerning Air Services',
		'',
		'## Article 13 Settlement of Disputes',
		'',
		'1. Any dispute relating to the interpretation of this Agreement that is not settled by negotiation may be referred to an arbitral tribunal.',
		'',
		'## Memorandum of Consultations',
		'',
		'1. Delegations of the two Governments met in London from 11 to 13 February 2025.',
		'',
		'2. This Memorandum records the understandings of the two delegations. It is not a treaty, is not intended to create legally binding obligations, and is not subject to Article 13 of the Agreement.',
	].join('\n'), 'treaty.md');
	const references = (text: string) => actualsOf(TREATY, 'wrong-reference', text);

	test('"it \'is not a treaty\' … and cannot go to the arbitration in Article 13" quotes a clause that names Article 13', () => {
		assert.deepEqual(references('The memorandum says that it "is not a treaty" and cannot be taken to the arbitration process in Article 13.'), []);
		// Words of the memorandum credited to Article 13 itself are still the wrong reference.
		assert.deepEqual(references('Article 13 says the memorandum "records the understandings of the two delegations".'), ['Article 13']);
	});
});

suite('an aim or an effort stated as done', () => {
	const LOAN = loadSource([
		'# Loan Agreement',
		'',
		'## 18. Community Learning',
		'',
		'18.2 A Learning Steering Group, chaired by the Borrower\'s Head of Learning, is expected to meet quarterly from October 2025 to September 2026.',
		'',
		'18.3 The Lender will publish the learning resources on its website before the Exhibition opens.',
		'',
		'## 19. Digitisation',
		'',
		'19.1 The Borrower shall use reasonable endeavours to share condition photographs with the Lender within 10 Business Days of installation.',
		'',
		'## 20. Status',
		'',
		'20.1 This Agreement is legally binding on the parties.',
	].join('\n'), 'loan.md');
	const overstated = (text: string) => check(text, LOAN, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id]);

	test('the clause\'s own verb as a plain fact, where the clause only expects it or promises the effort', () => {
		assert.deepEqual(overstated('The Learning Steering Group, chaired by the Head of Learning, meets quarterly from October.'), [['meets', '18.2']]);
		assert.deepEqual(overstated('Condition photographs are shared with the Lender within 10 Business Days of installation.'), [['shared', '19.1']]);
	});

	test('not where the sentence keeps a hedge, is reported, or the clause\'s commitment is a plain "will"', () => {
		assert.deepEqual(overstated('The Learning Steering Group, chaired by the Head of Learning, is expected to meet quarterly from October.'), []);
		assert.deepEqual(overstated('The Borrower is working to share condition photographs with the Lender within 10 Business Days of installation.'), []);
		assert.deepEqual(overstated('The Head of Learning said the Learning Steering Group meets quarterly from October.'), []);
		assert.deepEqual(overstated('The Lender publishes the learning resources on its website before the Exhibition opens.'), []);
	});
});

suite('a period is not given by an interval of the same length', () => {
	const MEMO = loadSource([
		'# Memorandum of Understanding',
		'',
		'## 7. Secondments',
		'',
		'7.2 Subject to paragraph 7.3, the Participants intend to arrange up to four secondments in each year of this Memorandum, each of no more than six months, in either direction.',
		'',
		'## 9. Status',
		'',
		'9.1 This Memorandum is not legally binding.',
	].join('\n'), 'memo.md');
	const contradicted = (text: string) => actualsOf(MEMO, 'contradicted-detail', text);

	test('"each lasting as long as twelve months" conflicts with "each of no more than six months", whatever "in each year" says', () => {
		assert.deepEqual(contradicted('The memorandum envisages up to four staff secondments every year, in either direction, each lasting as long as twelve months.'), ['twelve months']);
		assert.deepEqual(contradicted('The memorandum envisages up to four staff secondments every year, in either direction, each lasting as long as six months.'), []);
	});
});

suite('a political declaration\'s nouns, clauses of time and deadlines', () => {
	const DECLARATION = loadSource([
		'# Joint Political Declaration on a Just Energy Transition Partnership',
		'',
		'## III. Targets',
		'',
		'8. The Republic intends to pursue the following targets:',
		'',
		'   (a) a peak in total power sector emissions no later than 2030, at a level not exceeding 94 MtCO2e;',
		'',
		'   (b) an increase in the share of renewable energy in electricity generation to at least 45 per cent by 2035; and',
		'',
		'   (c) net zero emissions in the power sector by 2055.',
		'',
		'## IV. Financing',
		'',
		'12. The International Partners Group intends to mobilise USD 8.4 billion of public finance over three to five years, in grants, concessional loans and guarantees.',
		'',
		'18. The Republic intends to establish a Just Transition Fund for affected workers and communities.',
		'',
		'22. The United Kingdom will act as lead co-ordinator of the International Partners Group for 24 months.',
		'',
		'## X. Status',
		'',
		'38. This Declaration records political commitments. It does not create legal obligations.',
	].join('\n'), 'declaration.md');
	const warned = (text: string) => check(text, DECLARATION, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.actual]);

	test('"guarantees" in a list of kinds of finance, and a "commitment to" a thing, promise nothing', () => {
		assert.deepEqual(warned('USD 8.4bn over three to five years (grants, concessional loans, guarantees)'), []);
		assert.deepEqual(warned('**Reaffirm** UK commitment to the Partnership and our role as lead co-ordinator.'), []);
		assert.deepEqual(warned('The International Partners Group guarantees USD 8.4 billion of public finance.'), [['overstated-commitment', 'guarantees']]);
	});

	test('a state in a clause of time is a condition ("once its governance is in place"), not a claim that it is so', () => {
		assert.deepEqual(warned('The UK is ready to channel grant through the Just Transition Fund once its governance is in place.'), []);
		assert.deepEqual(warned('The Just Transition Fund for affected workers and communities is in place.').map(([rule]) => rule), ['overstated-commitment']);
	});

	test('"no later than 2030" is a deadline: "by 2030" gives it, and is not compared with another item\'s 2055', () => {
		assert.deepEqual(warned('Power sector emissions are meant to peak by 2030 at no more than 94 MtCO2e.'), []);
		assert.deepEqual(warned('Power sector emissions are meant to peak by 2032 at no more than 94 MtCO2e.'), [['contradicted-detail', '2032']]);
	});
});

suite('a quotation that runs over two paragraphs', () => {
	const LEASE = loadSource([
		'# Lease of the Former Ashcombe Library',
		'',
		'## Schedule 3 — Community Plan',
		'',
		'**1. Aim.** We intend to make the former library a welcoming, accessible space for everyone in Ashcombe, Little Thorne and Budleigh End.',
		'',
		'**2. Opening.** We aim to reopen the building to the public by 1 September 2026.',
	].join('\n'), 'lease.md');
	const misquoted = (text: string, format: 'markdown' | 'plaintext' = 'plaintext') => check(text, LEASE, { format }).findings.filter((f) => f.ruleId === 'misquote').map((f) => f.actual);
	const story = (opening: string) => [
		`"When the library closed a lot of people thought that was that," ${opening}. "We have had to learn about leases, surveys and asbestos.`,
		'',
		'"We want this to be a welcoming, accessible space for everyone in Ashcombe, Little Thorne and Budleigh End, not just the people who came in for a book. We are hoping to reopen by September next year."',
		'',
	].join('\n');

	test('a paragraph that opens with a quotation mark goes on with the words of the speaker the paragraph before left open', () => {
		assert.deepEqual(misquoted(story('she said')), []);
		// With no speaker, the open quotation is not known to be a person's: the words are checked against the source.
		assert.notDeepEqual(misquoted(story('the plan reads')), []);
	});

	test('the same in the editor: a change to the paragraph before re-reads the one after', () => {
		const text = story('she said');
		const blocks = segmentBriefing(text, 'plaintext');
		const first = checkBlocks(text, LEASE, { format: 'plaintext' }, blocks.blocks, blocks.sentences.filter((x) => x.block === 0), NO_CARRY);
		assert.equal(first.carry.speech, true);
		const second = checkBlocks(text, LEASE, { format: 'plaintext' }, blocks.blocks, blocks.sentences.filter((x) => x.block === 1), first.carry);
		assert.deepEqual(second.findings.filter((f) => f.ruleId === 'misquote'), []);
		assert.ok(!sameCarry(first.carry, NO_CARRY));
	});
});

suite('a figure another lettered item gives, in a sentence placed in one item by its other figure', () => {
	const LEASE = loadSource([
		'# Lease of the Former Ashcombe Library',
		'',
		'## 7. Capital Grant',
		'',
		'7.1 The Landlord shall pay the Grant to the Tenant in three instalments:',
		'',
		'  (a) **£90,000** on evidence that the Tenant has secured match funding of at least £60,000 from other sources and has signed a building contract for the Grant Works;',
		'  (b) **£100,000** on practical completion of the roof and heating works; and',
		'  (c) **£50,000** on the issue of the final certificate for the Grant Works.',
	].join('\n'), 'lease.md');
	const contradicted = (text: string) => check(text, LEASE, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"the first £90,000 … once it has raised at least £50,000 of match funding" is item (a), whose match funding is £60,000', () => {
		assert.deepEqual(contradicted('The first £90,000 of the grant is only paid once the group has raised at least £50,000 of match funding elsewhere and signed a building contract.'), [['£50,000', '7.1(a)']]);
		assert.deepEqual(contradicted('The first £90,000 of the grant is only paid once the group has raised at least £60,000 of match funding elsewhere and signed a building contract.'), []);
		// The last instalment's £50,000, said as such, is (c)'s.
		assert.deepEqual(contradicted('The last £50,000 of the grant is paid on the final certificate for the Grant Works.'), []);
	});
});

suite('a binding text\'s effort duty reported with its effort', () => {
	const UNDERTAKINGS = loadSource([
		'# Undertakings given by Northmere Water Limited',
		'',
		'## 3. Leakage',
		'',
		'3.7 The Company shall use reasonable endeavours to reduce leakage to 172 Ml/d by 31 March 2027.',
		'',
		'## 4. Status',
		'',
		'4.1 These undertakings are legally binding on the Company.',
	].join('\n'), 'undertakings.md');
	const overstated = (text: string) => actualsOf(UNDERTAKINGS, 'overstated-commitment', text);

	test('"will use every reasonable effort to reduce leakage" is the clause; "will reduce leakage" is stronger', () => {
		assert.deepEqual(overstated('The Company will use every reasonable effort to reduce leakage to 172 Ml/d by 31 March 2027.'), []);
		assert.deepEqual(overstated('The Company will reduce leakage to 172 Ml/d by 31 March 2027.'), ['will']);
	});
});

suite('undertakings and licences name themselves; a currency code is not a new thing', () => {
	const UNDERTAKINGS = loadSource([
		'# UNDERTAKINGS GIVEN BY NORTHMERE WATER LIMITED TO THE WATER SERVICES COMMISSION',
		'',
		'## Part C — Undertakings',
		'',
		'1.1 The Company shall pay £38,500 to the Environmental Fund by 31 March 2026.',
		'',
		'## Part E — Status',
		'',
		'E.1 These undertakings are legally binding on the Company.',
	].join('\n'), 'undertakings.md');

	test('citations name "Undertakings", not "source"; "the undertakings require" names the document', () => {
		assert.equal(UNDERTAKINGS.shortName, 'Undertakings');
		assert.ok(UNDERTAKINGS.frameWords.names.has('undertakings'));
	});

	test('"GBP 38,500" and "38,500" are the source\'s £38,500; "GBP 39,500" contradicts it', () => {
		const found = (text: string) => check(text, UNDERTAKINGS, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.actual]);
		assert.deepEqual(found('Under the undertakings the Company must pay GBP 38,500 to the Environmental Fund by 31 March 2026.'), []);
		assert.deepEqual(found('Under the undertakings the Company must pay GBP 39,500 to the Environmental Fund by 31 March 2026.'), [['contradicted-detail', 'GBP 39,500']]);
	});
});

suite('a date in the clause a sentence is plainly about, past a definition it shares words with', () => {
	const WATER = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/water-enforcement-undertakings.md'), 'utf8'), 'water-enforcement-undertakings.md');
	const details = (text: string) => check(text, WATER, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"From 1 April 2026 we will publish … within an hour of any discharge … near bathing waters" is 4.4\'s 1 May 2026', () => {
		assert.deepEqual(details('From 1 April 2026, we will publish information on our website within an hour of any discharge starting and stopping at overflows near designated bathing waters.'), [['1 April 2026', '4.4']]);
		assert.deepEqual(details('From 1 May 2026, we will publish information on our website within an hour of any discharge starting and stopping at overflows near designated bathing waters.'), []);
	});
});

suite('hours read as minutes, and a period written "within an hour"', () => {
	const WATER = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/water-enforcement-undertakings.md'), 'utf8'), 'water-enforcement-undertakings.md');
	const details = (text: string) => check(text, WATER, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);
	const sentence = (period: string) => `From 1 May 2026 the Company will publish on its website, within ${period} after each discharge from a Priority Overflow starts, the overflow's location.`;

	test('"within an hour" and "within 60 minutes" are 4.4\'s "within 60 minutes"; "within two hours" and "within 90 minutes" contradict it', () => {
		assert.deepEqual(details(sentence('an hour')), []);
		assert.deepEqual(details(sentence('60 minutes')), []);
		assert.deepEqual(details(sentence('two hours')), [['two hours', '4.4']]);
		assert.deepEqual(details(sentence('90 minutes')), [['90 minutes', '4.4']]);
	});

	test('"within a fortnight" is 14 days, "within a month" one month', () => {
		assert.deepEqual(quantities('within a fortnight of the request').map((q) => [q.value, q.unit]), [[14, 'day']]);
		assert.deepEqual(quantities('within a month of the request').map((q) => [q.value, q.unit]), [[1, 'month']]);
		assert.deepEqual(quantities('a month of the year').map((q) => [q.value, q.unit]), []);
	});
});

suite('a digital trade treaty: a period beside an interval, and a duty on a timetable', () => {
	const DEA = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/digital-economy-agreement.md'), 'utf8'), 'digital-economy-agreement.md');
	const details = (text: string) => check(text, DEA, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"within six months … and annually after that" contradicts Art. 16.3\'s "within one year … and annually thereafter"; "annually" is not "one year"', () => {
		assert.deepEqual(details('The Joint Committee first meets within six months of entry into force and annually after that.'), [['six months', '16.3']]);
		assert.deepEqual(details('The Joint Committee first meets within a year of entry into force and annually after that.'), []);
	});

	test('"from the UK budget" names nothing new where the source says "budgetary procedures"; "border" is a part of its "cross-border"', () => {
		const warned = (text: string) => check(text, DEA, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId);
		assert.deepEqual(warned('Both governments intend to put in £4.5 million between them over three years, with £3 million from the UK budget.'), []);
		const word = (w: string) => tokenize(w)[0]!;
		assert.equal(inSourceWordParts(DEA, word('border')), true);
		assert.equal(inSourceWordParts(DEA, word('budget')), true);
		assert.equal(inSourceWordParts(DEA, word('ocean')), false);
	});

	test('a predicate is compared with the clause its own words name ("must meet … (Art. 16(3))"), not the next clause\'s', () => {
		const overstated = (text: string) => check(text, DEA, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id]);
		assert.deepEqual(overstated('The Joint Committee must meet within a year of entry into force (Art. 16(3)), and a Digital Trade Dialogue with small firms is planned every two years (Art. 14(2)).'), []);
		assert.deepEqual(overstated('The Parties must hold a Digital Trade Dialogue with small firms every two years (Art. 14(2)).'), [['must', '14.2']]);
	});

	test('two references in two parts of a sentence are each read against their own part', () => {
		const references = (text: string) => actualsOf(DEA, 'wrong-reference', text);
		assert.deepEqual(references('Article 9 obliges each side to keep a legal framework protecting personal information, and Article 7(2) lets either side keep measures for a legitimate public policy objective.'), []);
		assert.deepEqual(references('Article 7(2) lets either side keep measures for a legitimate public policy objective, and Article 19(3) makes the panel report within 120 days.'), []);
		assert.deepEqual(references('Article 7(2) lets either side keep measures for a legitimate public policy objective, and Article 16(3) makes the panel issue its final report within 120 days of its establishment.'), ['Article 16(3)']);
	});

	test('a reference to one article with another article\'s title in full is wrong, in a sentence or a heading ("Source code (Art. 12)")', () => {
		const references = (text: string) => check(text, DEA, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference').map((f) => [f.actual, f.clause?.id]);
		assert.deepEqual(references('Article 12 bars either government from requiring access to a firm\'s source code as a condition of selling software.'), [['Article 12', '11.1']]);
		assert.deepEqual(references('Article 11 bars either government from requiring access to a firm\'s source code as a condition of selling software.'), []);
		assert.deepEqual(references('## Source code (Art. 12)\n\nNeither government can demand your source code.\n'), [['Art. 12', '11.1']]);
		assert.deepEqual(references('## Source code (Art. 11)\n\nNeither government can demand your source code.\n'), []);
		assert.deepEqual(references('## Source code and Article 12\n\nNeither government can demand your source code.\n'), []);
	});

	test('a predicate too loosely worded to align is compared with the lettered clause that states its figures', () => {
		const overstated = (text: string) => check(text, DEA, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id]);
		// Both sums are the paragraph's ("£3m" is its "£3 million", "£1.5m" its "£1.5 million"): either of its items is cited.
		const found = overstated('Britain will pay £3m towards it and Kestavia £1.5m.');
		assert.deepEqual(found.map(([actual]) => actual), ['will']);
		assert.ok(['15.2(a)', '15.2(b)'].includes(found[0]![1]!), String(found[0]![1]));
		assert.deepEqual(overstated('Britain intends to pay £3m towards it and Kestavia £1.5m.'), []);
	});

	test('"the dispute panel reports within 100 days" is a duty on a timetable, compared with Art. 19.3; "the Minister reports that" stays a report', () => {
		assert.deepEqual(details('The dispute panel reports within 100 days of being set up.'), [['100 days', '19.3']]);
		assert.deepEqual(details('The dispute panel reports within 120 days of being set up.'), []);
		assert.deepEqual(details('The Minister reports that the panel decided within 100 days.'), []);
	});
});

suite('a police collaboration agreement: a goal that is not a duty, a permission\'s condition, a table\'s totals', () => {
	const POLICE = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/police-collaboration-agreement.md'), 'utf8'), 'police-collaboration-agreement.md');
	const warned = (text: string) => check(text, POLICE, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.actual, f.clause?.id]);

	test('"will cut … by 40%" and "has committed to reducing … by 40%" overstate Sch. 3 A.2, "a shared goal …, not an obligation of the Unit alone", quoted', () => {
		const [f] = check('The Unit will cut deaths and serious injuries on the area\'s roads by 40% by 31 December 2030.', POLICE, { format: 'markdown' }).findings;
		assert.equal(f?.ruleId, 'overstated-commitment');
		assert.equal(f?.clause?.id, 'schedule-3.A.2');
		assert.match(f!.message, /“This is a shared goal with partners, not an obligation of the Unit alone”/);
		// The verb's words are the purpose in 3.1(c); the figures are the schedule's.
		assert.deepEqual(warned('The Unit has committed to reducing the number of people killed or seriously injured on roads in the area by 40% by the end of 2030.'), [['overstated-commitment', 'has committed to', 'schedule-3.A.2']]);
		assert.deepEqual(warned('The Unit has been tasked with cutting road deaths and serious injuries by 40% by 31 December 2030.').map(([rule, , id]) => [rule, id]), [['overstated-commitment', 'schedule-3.A.2']]);
	});

	test('an aim, or the schedule said to set a goal, is reported as it is', () => {
		assert.deepEqual(warned('The Unit aims to cut deaths and serious injuries on the area\'s roads by 40% by 31 December 2030.'), []);
		assert.deepEqual(warned('The schedule sets a shared goal of a 40% cut in deaths and serious injuries on the roads by 31 December 2030.'), []);
	});

	test('"must give 12 months\' notice" is the condition of 12.3\'s "may withdraw … by giving not less than 12 months\' written notice"', () => {
		assert.deepEqual(warned('Any force that wants to leave must give at least 12 months\' written notice.'), []);
	});

	test('"sole use" is the source\'s "exclusive use"; against a source that grants no exclusive right it is new', () => {
		assert.deepEqual(warned('Under the agreement Halsey Vale gives the Unit sole use of the Ketterby range for at least 180 days a year.'), []);
		const mou = check('Under the MoU, OpenAI will have sole use of the AI Growth Zones.', MOU, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim');
		assert.match(mou[0]?.message ?? '', /never mentions `sole`/);
	});

	test('"eight motorcycles", "33 roads policing vehicles": a table column\'s total is the source\'s; "nine", "34" are not', () => {
		assert.deepEqual(warned('The forces will provide 28 armed response vehicles, 33 roads policing vehicles, eight motorcycles and three collision investigation vans.'), []);
		assert.deepEqual(warned('Under the agreement the forces provide eight motorcycles to the Unit.'), []);
		assert.deepEqual(warned('Under the agreement the forces provide 33 motorcycles to the Unit.'), []);
		assert.deepEqual(warned('Under the agreement the forces provide nine motorcycles to the Unit.').map(([rule]) => rule), ['unsupported-claim']);
		assert.deepEqual(warned('Under the agreement the forces provide 34 motorcycles to the Unit.').map(([rule]) => rule), ['unsupported-claim']);
	});
});

suite('a profile\'s topic words are its source\'s words, and only its source\'s', () => {
	const unsupported = (text: string, source: ReturnType<typeof loadSource>) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);

	test('"compute" and "data centre" are the MoU\'s "infrastructure" (its profile); against another agreement "compute" is new', () => {
		assert.deepEqual(unsupported('OpenAI will work with DSIT to find ways to deliver the compute priorities in the AI Opportunities Action Plan.', MOU), []);
		assert.deepEqual(unsupported('Under the MoU, OpenAI will take part in AI Growth Zones, where data centre building is being sped up.', MOU), []);
		const police = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/police-collaboration-agreement.md'), 'utf8'), 'police-collaboration-agreement.md');
		assert.match(unsupported('Under the agreement, the Unit will get new compute capacity from the lead force.', police)[0] ?? '', /never mentions `compute`/);
	});
});

suite('a wish in a relative clause says who is meant', () => {
	const SCIENCE = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/science-cooperation-agreement.md'), 'utf8'), 'science-cooperation-agreement.md');
	const overstated = (text: string) => actualsOf(SCIENCE, 'overstated-commitment', text);

	test('"Any researcher who wants to publish" is not a promise to publish; "The two governments want to publish" is one', () => {
		assert.deepEqual(overstated('Researchers who want to publish joint results may do so.'), []);
		assert.deepEqual(overstated('A researcher who wants to publish joint results is free to do so.'), []);
		assert.deepEqual(overstated('The two governments want to publish joint results every year.'), ['want to']);
	});
});

suite('voluntary commitments with a minister\'s foreword, bold paragraph numbers and binding side letters', () => {
	const COMMITMENTS = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/ai-evaluation-commitments.md'), 'utf8'), 'ai-evaluation-commitments.md');
	const misquotes = (text: string) => check(text, COMMITMENTS, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'misquote').length;

	test('"**1.1** Each Signatory …" is paragraph 1.1, and "**3.2A**" an inserted paragraph', () => {
		const ids = COMMITMENTS.clauses.map((c) => c.id);
		assert.ok(['1.1', '1.4(c)', '3.2A', '6.6', 'B.1', 'B.9', 'annex.2(a)'].every((id) => ids.includes(id)), ids.join(' '));
	});

	test('"Those letters, unlike the rest of this document, are legally binding" does not make the document binding', () => {
		assert.equal(COMMITMENTS.status, 'not-binding');
		assert.equal(COMMITMENTS.nonBindingClause?.id, 'B.1');
		// Cited by its title: "these Commitments" is what it calls itself.
		assert.equal(COMMITMENTS.shortName, 'Frontier Model Evaluation Commitments');
	});

	test('a quote a person is named as saying after it is theirs, even in the words of the foreword; "says the document" is the document\'s', () => {
		assert.equal(misquotes('"The most capable models now reach the public within weeks of being trained," the minister said.'), 0);
		assert.equal(misquotes('"The most capable models now reach the public within weeks of being trained," said Mr Okafor-Reid.'), 0);
		assert.equal(misquotes('"The most capable models now reach the public within weeks of being trained," says the document.'), 1);
		assert.equal(misquotes('"The most capable models now reach the public within weeks of being trained," the agreement says.'), 1);
	});
});

suite('a host city agreement and a police collaboration agreement: describing, exploring, and a figure\'s period', () => {
	const HOST = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/host-city-agreement.md'), 'utf8'), 'host-city-agreement.md');
	const POLICE = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/police-collaboration-agreement.md'), 'utf8'), 'police-collaboration-agreement.md');
	const overstated = (text: string, source: ReturnType<typeof loadSource>) => actualsOf(source, 'overstated-commitment', text);

	test('what the agreement "includes" is described, not promised, where the clause commits no one', () => {
		assert.deepEqual(overstated('The agreement includes a schedule of legacy ambitions which are not legally binding.', HOST), []);
	});

	test('"will look at whether" for "intend to explore … whether": both only look into it; "will bring in" is more', () => {
		assert.deepEqual(overstated('The Unit will look at whether dog support units should be brought in.', POLICE), []);
		assert.deepEqual(overstated('It will also look at whether dog support units should join Meridian.', POLICE), []);
		assert.deepEqual(overstated('Dog support units will be brought within the Unit.', POLICE), ['will']);
	});

	test('"up to a week", "at least a month before" are periods: compared with the clause\'s "five days" and "14 days"', () => {
		const details = (text: string) => check(text, HOST, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);
		assert.deepEqual(details('The Council will make Riverside Park available free for up to a week for each Festival.'), [['a week', '6.1(b)']]);
		assert.deepEqual(details('The Council will make Riverside Park available free for up to five days for each Festival.'), []);
		assert.deepEqual(details('Public notice of the road closures must be given at least a month before the race.'), [['a month', 'schedule-2']]);
	});

	test('"a three-year agreement" is the source\'s "2026–2028"; "a five-year agreement" is a term it never gives', () => {
		const unsupported = (text: string) => check(text, HOST, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);
		assert.deepEqual(unsupported('The three-year agreement brings the race to the city every June.'), []);
		assert.match(unsupported('The five-year agreement brings the race to the city every June.')[0] ?? '', /`five-year`/);
	});

	test('"in each year" after a figure is the period it applies to, not how often; a source\'s is kept as written', () => {
		assert.deepEqual(quantities('at least 25 per cent of its event spending in each year').map((q) => [q.value, q.unit, q.interval]), [[25, '%', false]]);
		assert.deepEqual(quantities('the group meets each year').map((q) => [q.value, q.unit, q.interval]), [[1, 'year', true]]);
		assert.deepEqual(quantities('at least 25 per cent of its event spending in each year', 0, true).length, 2);
	});
});

suite('a binding text called what it says it is not', () => {
	const MRA = loadSource([
		'# Mutual Recognition Agreement between the Registration Board and the Chamber',
		'',
		'## Article 4 — Recognition',
		'',
		'1. The Host Authority shall grant registration to an Applicant who holds a Recognised Qualification.',
		'',
		'## Article 15 — Legal status',
		'',
		'1. This Agreement creates legal obligations binding upon the Parties.',
		'',
		'4. This Agreement is not a treaty and does not bind the Government of the United Kingdom.',
	].join('\n'), 'mra.md');
	const status = (text: string) => check(text, MRA, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'binding-status');

	test('"the arrangement carries the weight of a treaty commitment", "a treaty-level agreement" contradict Art. 15.4, quoted as the fix', () => {
		const text = 'Because it sits under the trade deal, the arrangement carries the weight of a treaty commitment for both governments.';
		const [f] = status(text);
		assert.ok(f);
		assert.equal(f.actual, 'treaty');
		assert.equal(f.clause?.id, '15.4');
		assert.match(applyFix(text, f.fixes[0]!), /“This Agreement is not a treaty and does not bind the Government of the United Kingdom\.”/);
		assert.deepEqual(status('For once this agreement is a treaty-level commitment.').map((x) => x.actual), ['treaty-level']);
	});

	test('quiet: the source\'s own denial, "not a treaty", treaty law, and a sentence not about the agreement', () => {
		assert.deepEqual(status('The agreement is not a treaty, and it does not bind either government.'), []);
		assert.deepEqual(status('The agreement leaves questions of treaty law to the two governments.'), []);
		assert.deepEqual(status('The two governments signed a treaty on trade in 2024.'), []);
	});
});

suite('the figure left when a sentence gets its closest clause\'s other figure right', () => {
	const MRA = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/mutual-recognition-agreement.md'), 'utf8'), 'mutual-recognition-agreement.md');
	const details = (text: string) => check(text, MRA, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"within three months …, a deadline they can stretch by up to two months" is Art. 5.4\'s one month', () => {
		assert.deepEqual(details('Regulators must decide within three months of getting a complete application, a deadline they can stretch by up to two months.'), [['two months', '5.4']]);
		assert.deepEqual(details('Regulators must decide within three months of getting a complete application, a deadline they can stretch by up to one month.'), []);
	});
});

suite('a shared aim governs its own "will"; "committing … to" is an undertaking', () => {
	const GRANT = loadSource([
		'# Grant Funding Agreement',
		'',
		'## 4. Budget',
		'',
		'4.1 The Recipient may move up to 10% of any budget line to another budget line without approval.',
		'',
		'## 12. Status',
		'',
		'12.1 This Agreement is legally binding, except that paragraph 1 of Schedule 1 is a statement of intent only.',
		'',
		'## Schedule 1 — Aims',
		'',
		'1. The Parties share the aim that, by 2030, more young people in Haverbridge will secure lasting work in the port and marine sectors.',
	].join('\n'), 'grant.md');
	const overstated = (text: string) => check(text, GRANT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment');

	test('"committing both sides to getting more young people into lasting work" is stronger than the shared aim', () => {
		const [f] = overstated('The agreement also looks ahead, committing both sides to getting more young people in Haverbridge into lasting work in the port and marine sectors by 2030.');
		assert.ok(f);
		assert.equal(f.actual, 'committing');
		assert.match(f.message, /says `share the aim`/);
	});

	test('"before committing to anything large" is a gerund, not an undertaking', () => {
		assert.deepEqual(overstated('We can move up to 10% of any budget line without approval, so talk to Finance before committing to anything large.'), []);
	});
});

suite('a definition ranks below an operative clause the sentence is nearly as close to', () => {
	const UNDERTAKINGS = loadSource([
		'# Undertakings',
		'',
		'## 2. Definitions',
		'',
		'2.1 "Priority Overflow" means a storm overflow which discharges to, or within 5 kilometres upstream of, designated bathing waters.',
		'',
		'## 4. Monitoring',
		'',
		'4.4 From 1 May 2026 the Company shall publish on its website an alert within 60 minutes after each discharge from a Priority Overflow starts.',
		'',
		'4.5 The Company shall keep records of every storm overflow discharge for six years.',
	].join('\n'), 'undertakings.md');
	const cited = (text: string) => check(text, UNDERTAKINGS, { format: 'markdown' }).citations.map((c) => c.clause.id);

	test('"From 1 May 2026 alerts go up on the website …" cites 4.4, not the definition it shares "bathing waters" with', () => {
		assert.deepEqual(cited('From 1 May 2026 alerts go up on the website within an hour of a discharge starting at an overflow near designated bathing waters.'), ['4.4']);
		assert.deepEqual(cited('A Priority Overflow is one that discharges to, or within 5 kilometres upstream of, designated bathing waters.'), ['2.1']);
	});
});

suite('an item added to a source list the sentence is the subject of', () => {
	const CHARTER = loadSource([
		'# Food Waste and Packaging Charter',
		'',
		'## 7. Packaging',
		'',
		'7.4 Each Signatory commits to remove PVC, polystyrene and carbon black pigments from its Own-Brand Packaging by 30 June 2027, unless the Steering Group agrees a later date.',
		'',
		'(g) The Steering Group may publish guidance.',
	].join('\n'), 'charter.md');
	const unsupported = (text: string) => check(text, CHARTER, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);

	test('"PVC, polystyrene, carbon black pigments and PET-G will all have to go, although … where no alternative exists": PET-G', () => {
		const [m, ...rest] = unsupported('PVC, polystyrene, carbon black pigments and PET-G will all have to be designed out of own-brand packs by June 2027, although the steering group can allow longer where no alternative exists.');
		assert.match(m ?? '', /`PET-G`/);
		assert.deepEqual(rest, []);
		assert.deepEqual(unsupported('PVC, polystyrene and carbon black pigments will all have to be designed out of own-brand packs by June 2027, although the steering group can allow longer where no alternative exists.'), []);
	});
});

suite('a hyphenated list item of a new kind', () => {
	const MOU_REG = loadSource([
		'# Memorandum of Understanding between two securities regulators',
		'',
		'## 2. Scope',
		'',
		'2.1 This Memorandum covers cooperation in:',
		'',
		'(a) the supervision of cross-border firms;',
		'',
		'(b) the investigation and enforcement of the laws relating to securities, derivatives, investment services, collective investment schemes and market conduct; and',
		'',
		'(c) the exchange of information on assets held by covered firms.',
	].join('\n'), 'regulators-mou.md');
	const unsupported = (text: string) => check(text, MOU_REG, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);

	test('"crypto-assets" in the list of securities, derivatives … is new though "assets" is the source\'s word', () => {
		assert.match(unsupported('The memorandum covers enforcement in securities, derivatives, investment services, collective investment schemes, crypto-assets and market conduct.')[0] ?? '', /`crypto-assets`/);
		assert.deepEqual(unsupported('The memorandum covers enforcement in securities, derivatives, investment services, collective investment schemes and market conduct.'), []);
	});
});

suite('a sum the writer works out from the source\'s figures', () => {
	const WIND = loadSource([
		'# Community Benefit Agreement',
		'',
		'## 1. Definitions',
		'',
		'1.1 "Base Rate" means £5,000 per MW of Installed Capacity per Payment Year.',
		'',
		'1.2 "Wind Farm" means Corrach Hill Wind Farm, comprising eleven Turbines with an anticipated Installed Capacity of 52.80 MW.',
		'',
		'1.3 "Operational Life" means the period of 35 years the Consent allows.',
		'',
		'## 3. Payments',
		'',
		'3.1 The Company shall pay the Trust a construction phase payment of £40,000.',
		'',
		'3.2 The Company shall pay the Trust an Annual Payment at the Base Rate in each Payment Year, and a skills contribution of £60,000.',
	].join('\n'), 'wind.md');
	const unsupported = (text: string) => check(text, WIND, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);

	test('a rate times what it is a rate of, that times the years the sentence gives, and a total of two sums are the source\'s', () => {
		assert.deepEqual(unsupported('Under the agreement the communities get £264,000 a year from the wind farm.'), []);
		assert.deepEqual(unsupported('Under the agreement the communities get more than £9 million over the 35-year life of the wind farm.'), []);
		assert.deepEqual(unsupported('Under the agreement the Company pays £100,000 in one-off sums to the Trust.'), []);
	});

	test('a sum that is none of these is still flagged', () => {
		assert.match(unsupported('Under the agreement the communities get £350,000 a year from the wind farm.')[0] ?? '', /`£350,000`/);
	});
});

suite('an interval the source writes as an adjective or a rate', () => {
	const MINERALS = loadSource([
		'# Memorandum of Understanding on Critical Minerals',
		'',
		'## 5. Joint Working Group',
		'',
		'5.4 The Joint Working Group should:',
		'',
		'(a) develop and adopt a biennial work plan;',
		'',
		'(b) prepare an annual report on cooperation to the Participants.',
		'',
		'## 6. Workshops',
		'',
		'6.1 The Participants will hold knowledge-transfer workshops (a minimum of two per year) for survey staff.',
	].join('\n'), 'minerals.md');
	const unsupported = (text: string) => check(text, MINERALS, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);

	test('"will report annually", "a work plan every two years", "two workshops every year" are the source\'s', () => {
		assert.deepEqual(unsupported('The Joint Working Group will report annually on cooperation to the Participants.'), []);
		assert.deepEqual(unsupported('The Joint Working Group will adopt a work plan every two years.'), []);
		assert.deepEqual(unsupported('The Participants will hold at least two knowledge-transfer workshops every year for survey staff.'), []);
	});

	test('an interval the source gives nowhere is still new', () => {
		assert.match(unsupported('Under the memorandum, the Joint Working Group will report monthly on cooperation to the Participants.')[0] ?? '', /`monthly`/);
	});
});

suite('a definition that points to the clause setting the thing up stands for that clause', () => {
	const SCIENCE = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/science-cooperation-agreement.md'), 'utf8'), 'science-cooperation-agreement.md');

	test('"a new Research Partnership Fund, into which each government will pay £3 million a year" is Art. 6.3\'s intention, not the definition 2(f)', () => {
		const r = check('The treaty sets up a new UK–Kestrania Research Partnership Fund, into which each government will pay £3 million a year.', SCIENCE, { format: 'markdown' });
		assert.deepEqual(r.citations.map((c) => c.clause.id), ['6.3']);
		assert.deepEqual(r.findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id]), [['will', '6.3']]);
	});
});

suite('contradicted-detail: a party\'s undertaking in a reported frame', () => {
	test('"According to Article 9.5, developed country Parties shall communicate every year …" is 9.5\'s "biennially"', () => {
		const details = (text: string) => findings(text).filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);
		assert.deepEqual(details('According to Article 9.5, developed country Parties shall communicate every year indicative quantitative and qualitative information on climate finance.'), [['every year', '9.5']]);
		assert.deepEqual(details('According to one delegate, the talks ran for two weeks longer than planned.'), []);
	});
});

suite('contradicted-detail: a deadline given as a year', () => {
	const PORTS = loadSource([
		'# Declaration on Zero-Emission Ports',
		'',
		'6. We intend to support the establishment of at least six green shipping corridors involving ports of Participants by 2030.',
		'',
		'7. We intend to commission 300 MW of shore power across three ports by 31 March 2031.',
		'',
		'16. This Declaration is a statement of political intent and is not legally binding.',
	].join('\n'), 'ports.md');
	const details = (text: string) => check(text, PORTS, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"by 2035" for "by 2030", "by the end of 2029" for "by 31 March 2031"', () => {
		assert.deepEqual(details('The signatories intend to support at least six green shipping corridors involving their ports by 2035.'), [['2035', '6']]);
		assert.deepEqual(details('The signatories intend to commission 300 MW of shore power across three ports by the end of 2029.'), [['the end of 2029', '7']]);
	});

	test('the same year, and a year that is no deadline, are quiet', () => {
		assert.deepEqual(details('The signatories intend to support at least six green shipping corridors involving their ports by 2030.'), []);
		assert.deepEqual(details('In 2024 the signatories first met to discuss green shipping corridors involving their ports.'), []);
	});
});

suite('contradicted-detail: the clause that states the sentence\'s sum gives its other figures', () => {
	const DEAL = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/devolution-deal.md'), 'utf8'), 'devolution-deal.md');
	const details = (text: string) => check(text, DEAL, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"£42.5 million … unlocking about 3,200 homes by 2030" is para. 34\'s "by March 2031"', () => {
		assert.deepEqual(details('The deal adds £42.5 million of capital money for derelict brownfield land, with the aim of unlocking about 3,200 homes by 2030.'), [['2030', '34']]);
		assert.deepEqual(details('The deal adds £42.5 million of capital money for derelict brownfield land, with the aim of unlocking about 3,200 homes by March 2031.'), []);
	});
});

suite('contradicted-detail: the one count of those things the source gives', () => {
	const GRANT = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/grant-funding-agreement.md'), 'utf8'), 'grant-funding-agreement.md');
	const details = (text: string) => check(text, GRANT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('a party\'s "visiting 350 households" for the source\'s only count of households, "at least 300"', () => {
		assert.deepEqual(details('We will also run a free home energy advice service, with volunteers visiting 350 households across the parishes.'), [['350', 'schedule-1.C(b)']]);
		assert.deepEqual(details('We will also run a free home energy advice service, with volunteers visiting 300 households across the parishes.'), []);
		assert.deepEqual(details('Last year our volunteers visited 350 households on their own initiative.'), []);
	});

	test('"the other four" is part of a total, not the total', () => {
		const DEAL = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/devolution-deal.md'), 'utf8'), 'devolution-deal.md');
		const counted = (text: string) => actualsOf(DEAL, 'contradicted-detail', text);
		assert.deepEqual(counted('Last week our council leader signed the Thaxford and Brennan Valley devolution deal alongside the other four council leaders and the local government minister.'), []);
	});
});

suite('wrong-reference: "(clause 14.4), in which case …"', () => {
	const CONTRACT_SRC = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/research-data-collaboration-agreement.md'), 'utf8'), 'research-data-collaboration-agreement.md');
	const text = 'The Authority can end the agreement for convenience on 90 days\' written notice (clause 14.4), in which case it pays the University\'s committed costs.';

	test('"in which case" is not another document, and the fix keeps the writer\'s bracket', () => {
		const [f] = check(text, CONTRACT_SRC, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'wrong-reference');
		assert.ok(f);
		assert.equal(f.actual, 'clause 14.4');
		assert.equal(f.clause?.id, '14.3');
		assert.equal(applyFix(text, f.fixes[0]!), text.replace('(clause 14.4)', '(clause 14.3)'));
	});

	test('"Article 4(9)" keeps its own bracket', () => {
		const found = check('Under Article 14(4) of the Agreement, the Authority can end the agreement for convenience on 90 days\' written notice.', CONTRACT_SRC, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'wrong-reference');
		assert.deepEqual(found.map((f) => f.actual), ['Article 14(4)']);
	});
});

suite('binding-status: a text binding except named parts said to bind as a whole', () => {
	const WIND = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/wind-community-benefit-agreement.md'), 'utf8'), 'wind-community-benefit-agreement.md');
	const status = (text: string) => check(text, WIND, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'binding-status');

	test('"the whole agreement is legally binding", "it is fully enforceable" contradict its list of statements of intent', () => {
		const text = 'Best of all, the whole agreement is legally binding, so the community can hold the company to it.';
		const [f] = status(text);
		assert.ok(f);
		assert.equal(f.actual, 'the whole agreement is legally binding');
		assert.match(applyFix(text, f.fixes[0]!), /statements of intent/);
		assert.equal(status('The community benefit agreement is fully enforceable by the Trust.').length, 1);
	});

	test('quiet: "the agreement is legally binding" and the binding parts named', () => {
		assert.deepEqual(status('The community benefit agreement is legally binding, and the Trust can enforce the payments.'), []);
	});
});

suite('overstated-commitment: every case where the clause carves some out', () => {
	const WATER = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/water-enforcement-undertakings.md'), 'utf8'), 'water-enforcement-undertakings.md');
	const overstated = (text: string) => check(text, WATER, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id]);

	test('"at all 212 unmonitored overflows" for "at every Unmonitored Overflow, other than an Access-Constrained Overflow"', () => {
		assert.deepEqual(overstated('The company will install an operational event duration monitor at all 212 unmonitored overflows by 31 March 2026.'), [['all', '4.1']]);
	});

	test('quiet: the exception kept, and "all" of other things', () => {
		assert.deepEqual(overstated('The company will install an operational event duration monitor at all unmonitored overflows except the access-constrained ones by 31 March 2026.'), []);
		assert.deepEqual(overstated('The company will repair or replace all failed district meters by 30 September 2026.'), []);
	});
});

suite('overstated-commitment: a condition of the clause ruled out ("guaranteed", "locked in")', () => {
	const source = (file: string) => loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources', file), 'utf8'), file);
	const WATER = source('bulk-water-supply-agreement.md');
	const PAY = source('pay-settlement-agreement.md');
	const RIVER = source('river-basin-treaty.md');
	const overstated = (model: ReturnType<typeof source>, text: string) => check(text, model, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment');

	test('"guaranteed at least 15 Ml/d" for "Unless a drought order requires otherwise, … shall not be reduced below 15 Ml/d"', () => {
		const [f, ...rest] = overstated(WATER, 'Under the contract, Mereside is guaranteed at least 15 Ml/d even in the driest years.');
		assert.equal(rest.length, 0);
		assert.equal(f?.actual, 'guaranteed');
		assert.equal(f?.clause?.id, '7.4');
		assert.match(f!.message, /“Unless a drought order requires otherwise”/);
	});

	test('"locked in" for "… by 3.0%, subject to clause 4.2 and clause 12": the condition is quoted whole', () => {
		const [f] = overstated(PAY, 'The 3% rise for all Bands from April 2027 is locked in.');
		assert.equal(f?.actual, 'locked in');
		assert.equal(f?.clause?.id, '4.1');
		assert.match(f!.message, /“subject to clause 4\.2 and clause 12 \(Review and reopener\)”/);
	});

	test('quiet: the condition kept, no word ruling it out, and a source that speaks of guarantees itself', () => {
		assert.deepEqual(overstated(WATER, 'Unless a drought order says otherwise, Mereside is guaranteed at least 15 Ml/d.'), []);
		assert.deepEqual(overstated(WATER, 'Mereside can count on at least 15 Ml/d in a drought.'), []);
		assert.deepEqual(overstated(RIVER, 'Korveland guarantees a release of at least 4 m³/s from the Brannock Reservoir every day from July to September.'), []);
	});
});

suite('a plan and scheme whose parts each number from 1 (an enhanced bus partnership)', () => {
	const SCHEME = loadSource([
		'# The Northshire Enhanced Partnership Plan and Enhanced Partnership Scheme for Buses',
		'',
		'## Preamble',
		'',
		'A. The Northshire Combined Authority ("the Authority") is the local transport authority for Northshire.',
		'',
		'B. Part A is the Enhanced Partnership Plan ("the Plan"). Part B is the Enhanced Partnership Scheme ("the Scheme").',
		'',
		'# PART A — PLAN',
		'',
		'## 1. Targets',
		'',
		'1.1 The Authority will report progress against the patronage targets to the Board every six months.',
		'',
		'1.2 The Authority intends to spend £10 million on bus priority measures by March 2028.',
		'',
		'# PART B — SCHEME',
		'',
		'## Section 1 — Facilities',
		'',
		'1.1 The Authority shall provide the Facilities in Table 1 by the dates shown.',
		'',
		'**Table 1: Facilities**',
		'',
		'| Ref | Facility | Delivery by |',
		'|---|---|---|',
		'| F1 | Bus lane on Mill Road | 31 March 2026 |',
		'| F2 | New interchange at Kirkby | 30 September 2026 |',
		'',
		'## Section 2 — Vehicles',
		'',
		'2.1 Operators shall ensure that every vehicle used on a local service meets the Euro VI emission standard.',
		'',
		'## Section 3 — Legal Status',
		'',
		'3.1 The requirements in Sections 1 and 2 are legally binding.',
		'',
		'3.2 Part A and Annex B are not legally enforceable; they record good-faith intentions.',
		'',
		'## Annex B — Voluntary Commitments',
		'',
		'1. Operators will seek to run buses every 12 minutes on core corridors.'
	].join('\n'), 'partnership.md');
	const found = (text: string, rule: string) => check(text, SCHEME, { format: 'markdown' }).findings.filter((f) => f.ruleId === rule);

	test('paragraphs are cited within their part (`part-B.2.1`, "Scheme Part B §2.1"), a status section too; annexes keep their own', () => {
		const ids = SCHEME.clauses.map((c) => c.id);
		for (const id of ['part-A.1.1', 'part-A.1.2', 'part-B.1.1', 'part-B.2.1', 'part-B.3.1', 'part-B.3.2', 'annex-B.1']) {
			assert.ok(ids.includes(id), `${id} in ${ids.join(' ')}`);
		}
		assert.ok(!ids.some((id) => /^\d/.test(id)), ids.join(' '));
		assert.equal(SCHEME.shortName, 'Scheme');
		assert.equal(citationLabel(SCHEME, SCHEME.clauses.find((c) => c.id === 'part-B.2.1')!), 'Scheme Part B §2.1');
	});

	test('"Part A and Annex B are not legally enforceable": binding, with those parts not', () => {
		assert.equal(SCHEME.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...SCHEME.nonBindingParts].map((c) => c.id), ['part-A.1.1', 'part-A.1.2', 'annex-B.1']);
	});

	test('a table under its title takes the duty of the sentence that names it ("shall provide the Facilities in Table 1")', () => {
		const table = SCHEME.sentences.find((s) => s.clause.text.startsWith('| Ref'))!;
		assert.equal(table.commitment.level, Strength.Legal);
		const [f] = found('The Authority may provide a bus lane on Mill Road by March 2026.', 'understated-commitment');
		assert.equal(f?.actual, 'may');
		assert.match(f!.clause!.id, /^part-B\.1\.1/);
	});

	test('"section 1 of the scheme" is looked up in its parts: the right section is cited as the writer cites ("section 2.1")', () => {
		const text = 'Under section 1 of the scheme, operators must ensure that every vehicle used on a local service meets the Euro VI emission standard.';
		const [f] = found(text, 'wrong-reference');
		assert.equal(f?.actual, 'section 1');
		assert.equal(f?.clause?.id, 'part-B.2.1');
		assert.equal(applyFix(text, f!.fixes[0]!), text.replace('section 1', 'section 2.1'));
		assert.deepEqual(found('Under section 2 of the scheme, operators must ensure that every vehicle used on a local service meets the Euro VI emission standard.', 'wrong-reference'), []);
	});
});

suite('overstated-commitment: a plain "will" against the "intend to" of a text that binds no one but words its duties "shall"', () => {
	const CIVIC = loadSource([
		'# Northtown Civic Agreement',
		'',
		'1. Status',
		'',
		'1.1 This Agreement is a statement of shared intent and is not legally binding. Its "shall" expresses how firmly a Partner intends something.',
		'',
		'2. Commitments',
		'',
		'2.1 The University shall publish an annual civic report by 31 January each year.',
		'',
		'2.2 The Council shall make two venues available for community workshops.',
		'',
		'2.3 The College shall offer 200 free evening course places each year.',
		'',
		'2.4 The Trust shall host ten student placements each year.',
		'',
		'2.5 The Partners shall meet at least quarterly as the Civic Board.',
		'',
		'2.6 The Partners intend to commission an independent evaluation of the Agreement, to be completed by 31 December 2028.',
		'',
		'2.7 The Council shall use reasonable endeavours to open a community hub by 30 June 2027.'
	].join('\n'), 'civic.md');
	const overstated = (text: string) => actualsOf(CIVIC, 'overstated-commitment', text);

	test('"an evaluation will be completed" reports "intend to commission an evaluation, to be completed"; "have committed to" does not', () => {
		assert.deepEqual(overstated('An independent evaluation will be completed by the end of 2028.'), []);
		assert.deepEqual(overstated('The partners have committed to an independent evaluation by the end of 2028.'), ['have committed to']);
	});
});

suite('contradicted-detail: tables (money columns, short dates), shares in words, "times in each academic year", counts by their phrase', () => {
	const FUND = loadSource([
		'# Riverside Civic Agreement',
		'',
		'## 1. Fund',
		'',
		'1.1 The Partners intend to establish a Civic Fund of £4.5 million, made up of indicative contributions as follows:',
		'',
		'| Partner | Indicative contribution (£) | Form |',
		'|---|---|---|',
		'| University | 2,400,000 | Cash |',
		'| Council | 600,000 | Cash |',
		'| College | 1,500,000 | In kind |',
		'',
		'## 2. Board and apprenticeships',
		'',
		'2.1 The Civic Board shall meet not less than three times in each academic year.',
		'',
		'2.2 The Partners will seek to create 300 new apprenticeships, of which at least one third will be at Level 4 or above.'
	].join('\n'), 'fund.md');
	const contradicted = (text: string) => check(text, FUND, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail');

	test('"the university is putting £2.5m" against the row "| University | 2,400,000 |" under "(£)"; the fix keeps the currency', () => {
		const text = 'The university is putting £2.5m into the fund, the council £600,000 and the college £1.5m.';
		const [f, ...rest] = contradicted(text);
		assert.equal(rest.length, 0);
		assert.equal(f?.actual, '£2.5m');
		assert.equal(applyFix(text, f!.fixes[0]!), text.replace('£2.5m', '£2,400,000'));
		assert.deepEqual(contradicted('The university is putting £2.4m into the fund, the council £600,000 and the college £1.5m.'), []);
	});

	test('a table whose heading row has another shape is not read as money (no "£1742" for a date column)', () => {
		assert.deepEqual(tableSums('| Object | Date | Value (£) |\n|---|---|---|\n| 1 | Portrait | 1742 | 680,000 |').map((q) => q.value), []);
		assert.deepEqual(tableSums('| Object | Date | Value (£m) |\n|---|---|---|\n| Portrait | 1742 | 0.68 |').map((q) => [q.unit, q.value]), [['£', 680_000]]);
	});

	test('"half of them" against "of which at least one third"; "four times a year" against "three times in each academic year"', () => {
		assert.deepEqual(contradicted('The partners aim for 300 apprenticeships, half of them at Level 4 or above.').map((f) => f.actual), ['half']);
		assert.deepEqual(contradicted('The partners aim for 300 apprenticeships, a third of them at Level 4 or above.'), []);
		assert.deepEqual(contradicted('The Civic Board will meet at least four times a year.').map((f) => f.actual), ['four times a year']);
		assert.deepEqual(contradicted('The Civic Board will meet at least three times a year.'), []);
	});

	test('a table\'s short dates ("31 Mar 2026") are dates; "by the end of 2025" is replaced whole by the day', () => {
		assert.deepEqual(quantities('| F2 | Bus gate | 31 Mar 2026 |').map((q) => [q.unit, q.value]), [['date', 20260331]]);
		assert.deepEqual(quantities('from 1 Sept. 2025').map((q) => q.value), [20250901]);
		const SCHEME = loadSource('# Scheme\n\n1.1 The Authority shall deliver the Facilities in Table 1 by the dates shown.\n\n**Table 1: Facilities**\n\n| Ref | Facility | Delivery by |\n|---|---|---|\n| F1 | Bus lane on Mill Road | 31 Oct 2025 |\n| F2 | Camera-enforced bus gate at Minster Gate | 31 Mar 2026 |\n', 'scheme.md');
		const text = 'A camera-enforced bus gate at Minster Gate is due by the end of 2025.';
		const [f] = check(text, SCHEME, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'contradicted-detail');
		assert.equal(f?.actual, 'the end of 2025');
		assert.equal(applyFix(text, f!.fixes[0]!), 'A camera-enforced bus gate at Minster Gate is due by 31 Mar 2026.');
	});

	test('a range of days of the week ("Monday to Friday" for a table\'s "Mon–Sat") is a detail with the source\'s as the fix', () => {
		assert.deepEqual(quantities('07:00–19:00 Mon–Sat').map((q) => [q.unit, q.value]), [['time', 420], ['time', 1140], ['weekdays', 16]]);
		assert.deepEqual(quantities('the committee sat to consider it'), []);
		const SCHEME = loadSource('# Scheme\n\n1.1 The Authority shall deliver the Facilities in Table 1 by the dates shown.\n\n**Table 1: Facilities**\n\n| Ref | Facility | Delivery by |\n|---|---|---|\n| F1 | Inbound bus lane on Lowbeck Road, 07:00–19:00 Mon–Sat | 31 Oct 2025 |\n', 'scheme.md');
		const text = 'A new inbound bus lane on Lowbeck Road will operate 07:00–19:00 Monday to Friday.';
		const [f] = check(text, SCHEME, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'contradicted-detail');
		assert.equal(f?.actual, 'Monday to Friday');
		assert.equal(applyFix(text, f!.fixes[0]!), text.replace('Monday to Friday', 'Mon–Sat'));
		assert.deepEqual(check(text.replace('Monday to Friday', 'Monday to Saturday'), SCHEME, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'contradicted-detail'), []);
	});

	test('a season of a year is a date range: "by spring 2026" contradicts "by 30 September 2026"; "by autumn 2026" does not', () => {
		assert.deepEqual(quantities('by spring 2026').map((q) => [q.unit, q.value, q.season]), [['date', 20260531, [20260301, 20260531]]]);
		const MOU = loadSource('# Memorandum\n\n6.1 The Ministry intends to establish, by 30 September 2026, Language Centres in Maleko and Port Ysel.\n', 'mou.md');
		const found = (text: string) => actualsOf(MOU, 'contradicted-detail', text);
		assert.deepEqual(found('The Ministry will open Language Centres in Maleko and Port Ysel by spring 2026.'), ['spring 2026']);
		assert.deepEqual(found('The Ministry will open Language Centres in Maleko and Port Ysel by autumn 2026.'), []);
	});

	test('a count is told by the words of its phrase before it too ("real-time displays at 200 stops" for "… at 180 stops")', () => {
		const SCHEME = loadSource('# Scheme\n\n1.1 The Authority shall provide, by 31 March 2028, 220 new or upgraded shelters and real-time displays at 180 stops.\n', 'scheme.md');
		const found = (text: string) => check(text, SCHEME, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'contradicted-detail').map((x) => x.actual);
		assert.deepEqual(found('The Authority will provide 220 new or upgraded shelters and real-time displays at 200 stops by 2028.'), ['200']);
		assert.deepEqual(found('The Authority will provide 220 new or upgraded shelters and real-time displays at 180 stops by 2028.'), []);
	});

	test('a share in words is a round figure: "two-thirds" is 65%, not 60%; "a third party" is no share', () => {
		assert.deepEqual(quantities('roughly two-thirds social rent').map((q) => [q.value, q.precision]), [[200 / 3, 2.5]]);
		assert.deepEqual(quantities('a third party may not use the data'), []);
		assert.deepEqual(quantities('one third party'), []);
	});
});

suite('a civic agreement: commitments numbered C1–C14 across themes, and a pledge with a weaker second half', () => {
	const CIVIC = loadSource([
		'# Riverside Civic Agreement',
		'## 4. Our Shared Pledges',
		'The Partners:',
		'**4.1** shall each pay no less than the Real Living Wage to all directly employed staff, and will seek to extend this to contracted staff as contracts are renewed;',
		'**4.2** will publish an annual civic report.',
		'## 5. Priority Themes and Commitments',
		'### Theme A – Skills',
		'**C1.** The University shall establish a bursary scheme for 150 entrants a year.',
		'**C2.** The College will seek to enrol 1,200 adults on Level 4 courses.',
		'### Theme B – Health',
		'**C3.** The Trust shall use reasonable endeavours to provide 400 additional clinical placements a year.',
	].join('\n\n'), 'civic.md');
	const overstated = (text: string) => check(text, CIVIC, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment');

	test('"C1." under "## 5." is the document\'s commitment C1 (`C.1`), not paragraph C.1 of section 5', () => {
		const ids = CIVIC.clauses.map((c) => c.id);
		assert.ok(['C.1', 'C.2', 'C.3'].every((id) => ids.includes(id)), ids.join(' '));
		assert.ok(!ids.some((id) => id.startsWith('5.C')), ids.join(' '));
	});

	test('"have pledged to pay … and to extend it to contracted staff" states the "will seek to extend" half as firmly', () => {
		const [f] = overstated('The partners have pledged to pay at least the Real Living Wage to all directly employed staff and to extend it to contracted staff.');
		assert.equal(f?.actual, 'have pledged');
		assert.match(f!.message, /seek to/);
		assert.deepEqual(overstated('The partners have pledged to pay at least the Real Living Wage to all directly employed staff.'), []);
		assert.deepEqual(overstated('The partners have pledged to pay at least the Real Living Wage to all directly employed staff, and will seek to extend it to contracted staff.'), []);
	});
});

suite('a civic agreement: its parties block before "Definitions", and "paragraph 7.3" in a document of sections', () => {
	const CIVIC = loadSource([
		'# Riverside Civic Agreement',
		'## 2. The Partners',
		'2.1 The Partners to this Agreement are:',
		'(a) **the University of Riverside** (the "**University**");',
		'(b) **Riverside City Council**, a unitary authority (the "**Council**").',
		'2.2 Further organisations may join with the agreement of the Civic Board under paragraph 6.2.',
		'## 3. Definitions',
		'3.1 "**Civic Board**" means the board established under Section 6.',
		'## 6. Governance',
		'6.1 The Civic Board shall meet not less than three times in each academic year.',
		'6.2 The Civic Board may admit Associate Partners.',
		'6.3 The Civic Board has no power to bind any Partner.',
		'## 7. Resources',
		'7.1 Contributions are indicative. A Partner unable to make its contribution shall notify the Chair by 31 March.',
		'7.2 The University shall hold the cash in a ring-fenced account.',
		'## 8. Venues',
		'8.1 The Council may make community venues available for student-led clinics.',
	].join('\n\n'), 'civic.md');
	const found = (text: string, rule: string) => check(text, CIVIC, { format: 'markdown' }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual);

	test('"the Council" defined in a parties block that ends at "## 3. Definitions" acts: "will make" overstates its "may make"', () => {
		assert.deepEqual(found('The Council will make community venues available for student-led clinics.', 'overstated-commitment'), ['will']);
	});

	test('"paragraph 7.2" is the source\'s own 7.2 where it cites its own paragraphs ("under paragraph 6.2")', () => {
		assert.deepEqual(found('Under paragraph 7.2, a Partner unable to pay must notify the Chair by 31 March.', 'wrong-reference'), ['paragraph 7.2']);
		assert.deepEqual(found('Paragraph 6.2 says the Civic Board "has no power to bind any Partner".', 'wrong-reference'), ['Paragraph 6.2']);
		assert.deepEqual(found('Under paragraph 7.1, a Partner unable to pay must notify the Chair by 31 March.', 'wrong-reference'), []);
	});

	test('a sentence naming several paragraphs, each beside its own figure, compares a figure only with the paragraph beside it', () => {
		const CODE = loadSource('# Commitments\n\n## 3. Reporting\n\n3.1 Signatories will endeavour to report near misses quarterly.\n\n## 5. Testing\n\n5.1 Signatories will endeavour to commission external red-teaming.\n\n5.2 Signatories will publish a summary of that testing each calendar year.\n', 'code.md');
		const text = 'Quarterly near-miss reporting (para 3.1), external red-teaming (para 5.1) and weights access are all things signatories will "endeavour" to do.';
		assert.deepEqual(check(text, CODE, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail'), []);
	});

	test('a briefing\'s own numbered paragraph ("4.3 Place …", then "(paragraph 4.3)") is the writer\'s cross-reference', () => {
		const text = '4.3 **Place.** The Council may lend venues for clinics.\n\n5.1 This matters for our venues policy (paragraph 4.3).';
		assert.deepEqual(check(text, CIVIC, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference'), []);
	});
});

suite('a memorandum headed "## Paragraph 4 – …", with a lead-in of effort over lettered items', () => {
	const MOU = loadSource([
		'# Memorandum of Understanding on the Ethical Recruitment of Health Workers',
		'## Paragraph 4 – Recruitment Pathway',
		'4.1 The Participants intend to establish the Pathway.',
		'4.2 The Ministry will use its best endeavours to ensure that no private agency actively recruits health workers other than in partnership with the Agency.',
		'## Paragraph 6 – Language and Registration Support',
		'6.1 The Department will use reasonable endeavours to ensure that Participating Employers meet, or reimburse in full:',
		'(a) one attempt and one resit at an English language test;',
		'(b) the fee for registration with the regulator.',
		'## Paragraph 14 – Status',
		'14.1 This Memorandum is not legally binding.',
	].join('\n\n'), 'mou.md');
	const overstated = (text: string) => check(text, MOU, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id]);

	test('"## Paragraph 4 – Recruitment Pathway" is a numbered heading: its paragraphs are 4.1, 4.2 and 6.1(a)', () => {
		const ids = MOU.clauses.map((c) => c.id);
		assert.ok(['4.1', '4.2', '6.1', '6.1(a)', '6.1(b)', '14.1'].every((id) => ids.includes(id)), ids.join(' '));
	});

	test('an item takes its lead-in\'s effort: "employers will pay for one attempt and one resit" states the result', () => {
		assert.deepEqual(overstated('Employers will pay for one attempt and one resit at an English language test.'), [['will', '6.1(a)']]);
	});

	test('"has undertaken that no private agency recruits" overstates "will use its best endeavours to ensure that no private agency …"', () => {
		assert.deepEqual(overstated('The Ministry has undertaken that no private agency recruits health workers except in partnership with the Agency.'), [['undertaken that', '4.2']]);
		assert.deepEqual(overstated('The Ministry will use its best endeavours to ensure that no private agency recruits health workers except in partnership with the Agency.'), []);
	});
});

suite('a transfer agreement made as a deed, with a schedule of enforceable promises and of aspirations', () => {
	const DEED = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/housing-stock-transfer.md'), 'utf8'), 'housing-stock-transfer.md');

	test('"is made as a deed" is binding; the items after "The following are aspirations only … not enforceable:" are not', () => {
		assert.equal(DEED.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...DEED.nonBindingParts].map((c) => c.id), ['schedule-3.A.1', 'schedule-3.A.2', 'schedule-3.A.3', 'schedule-3.A.4', 'schedule-3.A.5', 'schedule-3.A.6']);
		const text = 'The association has to create 40 apprenticeships through its works contracts in the first five years.';
		assert.deepEqual(check(text, DEED, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => f.clause?.id), ['schedule-3.A.2']);
	});

	test('"half-yearly" is every six months, not "yearly"', () => {
		assert.deepEqual(quantities('quarterly for two years and half-yearly thereafter').map((q) => [q.text, q.unit, q.value]), [['quarterly', 'month', 3], ['two years', 'year', 2], ['half-yearly', 'month', 6]]);
		const found = check('The monitoring committee meets every quarter for two years, then every six months.', DEED, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail');
		assert.deepEqual(found, []);
	});
});

suite('misquote: words the source never uses, quoted as what it talks about', () => {
	const WATER = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/water-enforcement-undertakings.md'), 'utf8'), 'water-enforcement-undertakings.md');
	const quotes = (text: string) => actualsOf(WATER, 'misquote', text);

	test('"the undertakings talk about …", "a document that talks about …": invented words are reported', () => {
		assert.deepEqual(quotes('The undertakings talk about "restoring confidence in every number we publish".'), ['restoring confidence in every number we publish']);
		assert.deepEqual(quotes('For a document that talks about "restoring confidence in every number we publish", it is light on consequences.'), ['restoring confidence in every number we publish']);
	});

	test('the source\'s own words, and a person\'s words, are quiet', () => {
		assert.deepEqual(quotes('The undertakings talk about "the information it reasonably requires".'), []);
		assert.deepEqual(quotes('The chief executive talked about "restoring confidence in every number we publish".'), []);
	});
});

suite('misquote: invented words the source "calls" something or is "described in … as"', () => {
	const HOT = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/regeneration-heads-of-terms.md'), 'utf8'), 'regeneration-heads-of-terms.md');
	const quotes = (text: string) => actualsOf(HOT, 'misquote', text);

	test('"described in the heads of terms as …", "the heads of terms call the scheme …"', () => {
		assert.deepEqual(quotes('The developer\'s vision, described in the heads of terms as "a bold new heart for the town", centres on a public square.'), ['a bold new heart for the town']);
		assert.deepEqual(quotes('The heads of terms call the scheme "a bold new heart for the town".'), ['a bold new heart for the town']);
	});

	test('a person\'s description is theirs', () => {
		assert.deepEqual(quotes('The developer\'s chief executive described the scheme as "a bold new heart for the town".'), []);
	});
});

suite('contradicted-detail: one of two periods of a kind right, the other wrong', () => {
	const MRA = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/mutual-recognition-agreement.md'), 'utf8'), 'mutual-recognition-agreement.md');
	const details = (text: string) => check(text, MRA, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"three years … as an architect, or five years as a chartered engineer" is Art. 4.1(c)\'s four years (not Annex II\'s "five years\' post-registration experience")', () => {
		assert.deepEqual(details('You need at least three years of post-registration experience as an architect, or five years as a chartered engineer.'), [['five years', '4.1(c)']]);
		assert.deepEqual(details('You need at least three years of post-registration experience as an architect, or four years as a chartered engineer.'), []);
	});
});

suite('contradicted-detail: a year given for what the source dates otherwise', () => {
	const DECLARATION = loadSource([
		'# Joint Declaration on a Clean Power Partnership with the Republic of Tessaly',
		'',
		'## I. Financing',
		'',
		'20. The Partners will provide the Secretariat with:',
		'',
		'   (a) £1,150,000 for the 2026 work programme; and',
		'',
		'   (b) £1,185,000 for the 2027 work programme.',
		'',
		'## II. Review',
		'',
		'29. The Secretariat will prepare an annual progress report by 31 March each year, beginning on 31 March 2026.',
		'',
		'33. The Participants will undertake a comprehensive review of the Partnership in 2028, and a further review in 2031.',
		'',
		'## III. Status',
		'',
		'38. This Declaration records political commitments only. It does not create legal obligations.',
		'',
		'## Annex 2 — Early retirement of coal plants',
		'',
		'| Plant | Units | Capacity (MW) | Operator | Indicative retirement date |',
		'|---|---|---|---|---|',
		'| Morrow Point Power Station | Units 1–2 | 1,200 | Tessaly Power Corporation | 31 December 2029 |',
		'| Helvick Ridge Power Station | Units 1–3 | 1,600 | Tessaly Power Corporation | 31 December 2035 |',
		'',
		'Note 1. The retirement of the Delby Power Station is subject to the renegotiation of its power purchase agreement, which expires in 2039.',
	].join('\n'), 'declaration.md');
	const years = (text: string) => check(text, DECLARATION, { format: 'markdown' }).findings
		.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.fixes[0]?.replacement]);

	test('a list of years is compared with the clause\'s list: the one that differs is reported, with the source\'s year', () => {
		assert.deepEqual(years('Under the declaration the partners will carry out full reviews of the Partnership in 2028 and 2030.'), [['2030', '2031']]);
		assert.deepEqual(years('Comprehensive reviews of the Partnership in 2028 and 2032 could revise the targets.'), [['2032', '2031']]);
		assert.deepEqual(years('Under the declaration the partners will carry out full reviews of the Partnership in 2028 and 2031.'), []);
	});

	test('a year for a thing a table row dates otherwise is that row\'s, by the words the sentence shares most with it', () => {
		assert.deepEqual(years('Under the declaration, the first closure, Morrow Point Units 1–2 (1,200 MW, run by the Tessaly Power Corporation), is scheduled for 2030.'), [['2030', '2029']]);
		assert.deepEqual(years('Under the declaration, Morrow Point Units 1–2 are scheduled to close in 2029.'), []);
		// A year far from the source's is another event's, not a slip for it.
		assert.deepEqual(years('Under the declaration, Morrow Point Units 1–2 are scheduled to close in 2040.'), []);
	});

	test('a year that names a thing, a speaker\'s background, or the sums beside another year are not compared', () => {
		assert.deepEqual(years('The declaration builds on the 2027 coal roadmap agreed for Morrow Point Power Station.'), []);
		// A year before the agreement is named is the speaker's background, not the agreement's content.
		assert.deepEqual(years('Dr Ana Pell, who has studied the retirement of Morrow Point Power Station since 2030, said the declaration was overdue.'), []);
		assert.deepEqual(years('Under the declaration, the first plants to close include Morrow Point Power Station (2030).'), [['2030', '2029']]);
		assert.deepEqual(years('The Secretariat\'s funding from the Partners is £1,150,000 for 2026, £1,185,000 for 2027 and £1,220,000 for 2028.'), []);
	});

	test('"March 31, 2026" is a date, written month first, and a deadline the source gives', () => {
		assert.deepEqual(quantities('by March 31, 2026').map((q) => [q.unit, q.value]), [['date', 20260331]]);
		const rules = (text: string) => check(text, DECLARATION, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId);
		assert.deepEqual(rules('The first annual progress report is due by March 31, 2026, and the partners will carry out full reviews of the Partnership in 2028 and 2031.'), []);
		assert.deepEqual(rules('Under the declaration the first annual progress report is due by March 31, 2027.'), ['contradicted-detail']);
	});

	test('"by 2026" gives the year of "31 March 2026"; "before 2026" ends with 2025', () => {
		const rules = (text: string) => actualsOf(DECLARATION, 'contradicted-detail', text);
		assert.deepEqual(rules('The Secretariat will prepare the first annual progress report by 2026.'), []);
		assert.deepEqual(rules('The Secretariat will prepare the first annual progress report before 2026.'), ['2026']);
	});
});

suite('a collective agreement binding in honour only, with clauses the parties intend to be enforceable', () => {
	const RECOGNITION = loadSource([
		'# Recognition and Procedure Agreement',
		'',
		'## 3. Status of this Agreement',
		'',
		'3.1 Save as provided in clause 3.2, this Agreement is binding in honour only. It is not intended by the parties to be a legally enforceable contract.',
		'',
		'3.2 The parties **intend** that clause 13 (Deduction of Union Subscriptions) and this clause 3.2 **shall** be legally enforceable between them.',
		'',
		'## 7. Joint Negotiating Committee',
		'',
		'7.5 The parties shall meet not less than 6 times a year in the Committee.',
		'',
		'## 8. Pay',
		'',
		'8.2 The Employer **recognises** the Union\'s expectation that the Pay Framework will keep pace with national awards, and **will give serious consideration** to matching any such award, subject to affordability.',
		'',
		'## 10. Facility Time',
		'',
		'10.3 Release **shall not** be unreasonably refused; any refusal shall be reasoned in writing.',
		'',
		'10.6 The Employer **will** publish facility time data annually by 31 July.',
		'',
		'10.7 Facility Time shall not be unreasonably refused. The Joint Panel shall be convened by the Employer within 10 Working Days.',
		'',
		'## 13. Deduction of Union Subscriptions',
		'',
		'13.1 The Employer shall deduct union subscriptions from the pay of members who ask it to in writing.',
	].join('\n'), 'recognition.md');
	const warned = (text: string) => check(text, RECOGNITION, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.actual]);

	test('"binding in honour only" says the agreement is not legally binding', () => {
		assert.deepEqual(warned('The agreement is binding in honour only and is not a legally enforceable contract.'), []);
		assert.deepEqual(warned('The agreement is legally binding on both sides.').map(([rule]) => rule), ['binding-status']);
	});

	test('the clauses "the parties intend … shall be legally enforceable" (emphasis and all) are binding parts', () => {
		assert.deepEqual([...RECOGNITION.bindingParts].map((c) => c.id).sort(), ['13.1', '3.2']);
		assert.deepEqual(warned('The deduction of union subscriptions under clause 13 is legally enforceable.'), []);
	});

	test('"shall meet not less than 6 times a year" is a duty, not a denial; the source\'s own "will publish" is its content', () => {
		const levels = RECOGNITION.sentences.filter((s) => ['7.5', '10.6'].includes(s.clause.id)).map((s) => [s.clause.id, s.commitment.level > 0]);
		assert.deepEqual(levels, [['7.5', true], ['10.6', true]]);
		assert.deepEqual(warned('Facility time data will be published annually by 31 July.'), []);
	});

	test('"will give serious consideration to matching" is to weigh it: "commits to match" overstates it; an expectation reported is not a claim', () => {
		assert.deepEqual(warned('Under clause 8 the Employer commits to match national awards.'), [['overstated-commitment', 'commits to']]);
		assert.deepEqual(warned('The pay clause raises expectations that national awards will be matched.'), []);
		const message = check('Under clause 8 the Employer commits to match national awards.', RECOGNITION, { format: 'markdown' }).findings[0]?.message ?? '';
		assert.match(message, /says `will give serious consideration to`/);
	});

	test('a short phrase of grammar words with one word of meaning changed is a misquote ("withheld" for "refused")', () => {
		const misquoted = (text: string, source = RECOGNITION) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'misquote').map((f) => [f.actual, f.fixes[0]?.replacement]);
		assert.deepEqual(misquoted('Requests for release "shall not be unreasonably withheld", and a refusal must be reasoned.'), [['shall not be unreasonably withheld', 'refused']]);
		assert.deepEqual(misquoted('Requests for release "shall not be unreasonably refused", and a refusal must be reasoned.'), []);
		// The source's phrase inflected is not a changed word.
		assert.deepEqual(misquoted('Countries meet every year at UN climate conferences, known as COPs ("Conferences of the Parties").', PARIS), []);
	});

	test('"each Quarterly Progress Report": a word of a name, not how often', () => {
		assert.deepEqual(quantities('before each Quarterly Progress Report is submitted').map((q) => q.text), []);
		assert.deepEqual(quantities('the Company shall report quarterly to the Commission').map((q) => q.text), ['quarterly']);
	});

	test('a thing acted on in the passive is no party ("Facility Time shall not be refused"); a body is ("The Joint Panel shall be convened")', () => {
		assert.equal(RECOGNITION.parties.agents.has('facility'), false);
		assert.equal(RECOGNITION.parties.agents.has('time'), false);
		assert.equal(RECOGNITION.parties.agents.has('panel'), true);
	});
});

suite('wrong-reference: a figure two articles give, and a definition that lists the sentence\'s terms', () => {
	const TREATY = loadSource([
		'# Treaty on the Shared Management of the Vell River',
		'',
		'## Article 1 — Definitions',
		'',
		'For the purposes of this Treaty:',
		'',
		'(a) "planned measure" means any new dam, weir, barrage, diversion, abstraction licence or other work that may affect the flow of the river;',
		'',
		'## Article 8 — Exchange of data',
		'',
		'1. The Parties shall exchange hydrological data every day through the Commission.',
		'',
		'## Article 9 — Notification of planned measures',
		'',
		'1. Before a Party permits a planned measure, it shall notify the other Party through the Commission.',
		'',
		'2. The notification shall be made not later than 180 days before the measure is authorised.',
		'',
		'## Article 11 — Settlement of disputes',
		'',
		'1. If a dispute has not been resolved within 180 days of a request for negotiation, either Party may refer it to arbitration.',
		'',
		'## Article 14 — Entry into force',
		'',
		'1. This Treaty shall enter into force on the exchange of instruments of ratification.',
	].join('\n'), 'treaty.md');
	const references = (text: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference').map((f) => [f.actual, f.clause?.id, f.fixes[0]?.replacement]);

	test('"Under Article 8 … notify … 180 days before authorising any dam" is Article 9\'s, not Article 11\'s 180 days', () => {
		assert.deepEqual(references('Under Article 8, each Party must notify the other at least 180 days before authorising any dam, weir, diversion or abstraction licence.'), [['Article 8', '9.2', 'Article 9.2']]);
		assert.deepEqual(references('Under Article 9, each Party must notify the other at least 180 days before authorising any dam, weir, diversion or abstraction licence.'), []);
	});
});

suite('contradicted-detail: a limit written as the source writes it', () => {
	const SCHEME = loadSource([
		'# Agreement on a Youth Mobility Scheme',
		'',
		'## Article 4 — Duration of stay',
		'',
		'1. Permission shall be granted for a period of up to 24 months from the date of first entry.',
		'',
		'## Article 9 — Applications',
		'',
		'1. Each Party shall:',
		'',
		'   (a) publish the application process; and',
		'',
		'   (b) issue Permission to successful applicants in the form of an entry clearance valid for 90 days, followed by a digital status for the rest of the period of Permission.',
	].join('\n'), 'scheme.md');
	const details = (text: string) => actualsOf(SCHEME, 'contradicted-detail', text);

	test('"permission to stay for up to 24 months" is Article 4\'s limit, not the 90 days of the entry clearance', () => {
		assert.deepEqual(details('Successful applicants will receive permission to stay for up to 24 months.'), []);
		assert.deepEqual(details('Successful applicants will receive permission to stay for up to 30 months.'), ['30 months']);
	});
});

suite('contradicted-detail: a loosely worded sentence whose figure\'s words match the clause\'s in three', () => {
	const HOST = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/host-city-agreement.md'), 'utf8'), 'host-city-agreement.md');
	const details = (text: string) => check(text, HOST, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.fixes[0]?.replacement]);

	test('"a full refund plus documented Council costs up to £150,000" is cl. 13.4\'s £100,000, though £150,000 is another clause\'s threshold', () => {
		assert.deepEqual(details('A cancellation for any other reason, other than Council breach, triggers a full refund plus documented Council costs up to £150,000.'), [['£150,000', '£100,000']]);
		assert.deepEqual(details('A cancellation for any other reason, other than Council breach, triggers a full refund plus documented Council costs up to £100,000.'), []);
	});
});

suite('a schedule in words that conflicts with the clause is a contradicted detail, not also an invention', () => {
	const PORTS = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/ports-decarbonisation-declaration.md'), 'utf8'), 'ports-decarbonisation-declaration.md');
	const rules = (text: string) => check(text, PORTS, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.actual]);

	test('"will report on implementation every year" (every two years): contradicted-detail alone', () => {
		assert.deepEqual(rules('The group will report on implementation every year, with its first progress report due by the end of June 2027.'), [['contradicted-detail', 'every year']]);
	});
});

suite('contradicted-detail: a clause\'s figure for another thing', () => {
	const AGREEMENT = loadSource([
		'# Funding Agreement',
		'',
		'## 2. The Academy',
		'',
		'2.3 The Academy will admit pupils progressively, so that it is expected to reach full capacity in Years 7 to 11 in September 2030. The sixth form shall open to pupils not later than 1 September 2031.',
		'',
		'## 7. General',
		'',
		'7.1 This Agreement is a legally binding contract.',
	].join('\n'), 'funding.md');
	const details = (text: string) => check(text, AGREEMENT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.fixes[0]?.replacement]);

	test('"the sixth form is due to open in September 2030" is not the September 2030 of full capacity in Years 7 to 11', () => {
		assert.deepEqual(details('The sixth form is due to open in September 2030.'), [['September 2030', '1 September 2031']]);
		assert.deepEqual(details('The school is expected to be full in Years 7 to 11 by September 2030.'), []);
		assert.deepEqual(details('The sixth form is due to open in September 2031.'), []);
	});
});

suite('contradicted-detail: a figure in a relative clause is about the words it is said of', () => {
	const TREATY = loadSource([
		'# Agreement on Audiovisual Co-production',
		'',
		'## Article 16 – Mixed Commission',
		'',
		'1. A Mixed Commission is hereby established to supervise the operation of this Agreement.',
		'',
		'2. The Mixed Commission shall meet at least once every two (2) years. An extraordinary meeting shall be convened within ninety (90) days of a written request by either competent authority.',
		'',
		'## Article 21 – Entry into force',
		'',
		'1. This Agreement shall enter into force on the first day of the second month following the later notification.',
	].join('\n'), 'treaty.md');
	const details = (text: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.fixes[0]?.replacement]);

	test('"an extraordinary meeting, which must be held within 60 days" is Article 16.2\'s ninety days', () => {
		assert.deepEqual(details('Either side can request an extraordinary meeting, which must be held within 60 days.'), [['60 days', 'ninety (90) days']]);
		assert.deepEqual(details('Either side can request an extraordinary meeting, which must be held within 90 days.'), []);
	});
});

suite('a deed\'s sub-clauses, intentions and letters attached to a treaty', () => {
	const DEED = loadSource([
		'# Conservation Covenant',
		'',
		'## 3. Landowner\'s obligations',
		'',
		'3.1 The Landowner shall:',
		'',
		'3.1.1 complete the Habitat Works by 30 September 2026 (or such later date as the Trust may agree);',
		'',
		'3.1.2 keep the water level within 0.2 m of ground level between 1 March and 30 June; and',
		'',
		'3.1.3 use all reasonable endeavours to reach the Target Condition by Year 10.',
		'',
		'## 4. Publication',
		'',
		'4.1 The Parties intend that the monitoring results should be published each year.',
		'',
		'4.2 The Trust intends to provide, at no cost to the Landowner, two training days for farm staff.',
		'',
		'4.3 The Parties aspire to achieve the following:',
		'',
		'(a) that a permissive footpath is opened along the northern edge of the Land.',
		'',
		'4.4 The Trust may offer guided walks for residents of the parish.',
		'',
		'## 5. Status',
		'',
		'5.1 This Deed is legally binding.',
	].join('\n'), 'deed.md');
	const warned = (text: string) => check(text, DEED, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.clause?.id]);

	test('"This Deed is …" at a sentence\'s start, and a covenant\'s title, name the source: "under the deed", "the covenant"', () => {
		assert.deepEqual([...DEED.frameWords.names].sort(), ['covenant', 'deed']);
	});

	test('a numbered sub-clause under "shall:" takes the lead-in\'s duty, not a "may" in its own brackets', () => {
		assert.deepEqual(warned('The Landowner must complete the habitat works by 30 September 2026.'), []);
		assert.equal(DEED.sentences.find((s) => s.clause.id === '3.1.1')!.commitment.level, Strength.Legal);
		// Its own weaker cue still governs it.
		assert.deepEqual(warned('The Landowner must reach the Target Condition by Year 10.'), [['overstated-commitment', '3.1.3']]);
	});

	test('"intend that … should", "intends to provide, at no cost", "aspire to": intentions and aspirations, not nothing', () => {
		assert.deepEqual(warned('The Parties have agreed that the monitoring results will be published every year.'), [['overstated-commitment', '4.1']]);
		assert.equal(DEED.sentences.find((s) => s.clause.id === '4.2')!.commitment.level, Strength.Intent);
		assert.deepEqual(warned('The Landowner has committed to opening a permissive footpath along the northern edge of the Land.'), [['overstated-commitment', '4.3(a)']]);
	});

	test('a fix for the modal of "we\'ll" keeps the word before it', () => {
		const text = "Under the deed, the Trust'll offer guided walks for residents of the parish.";
		const [f] = check(text, DEED, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'overstated-commitment');
		assert.ok(f);
		assert.match(f.message, /^`will offer`/);
		assert.equal(applyFix(text, f.fixes[0]!), 'Under the deed, the Trust may offer guided walks for residents of the parish.');
	});

	test('a count of the things the source lists, as many as it lists, is not an invention ("four fields"); another count is', () => {
		const FIELDS = loadSource([
			'# Conservation Covenant',
			'',
			'## 3. Obligations',
			'',
			'3.1 The Landowner shall restore the Fields to the Target Condition. This Deed is legally binding.',
			'',
			'## Schedule 1 — The Land',
			'',
			'### Part 1 — Fields and Target Condition',
			'',
			'1. Long Mead, 11.42 ha: Target Condition neutral grassland.',
			'',
			'2. Sedge Ham, 8.96 ha: Target Condition wetland mosaic.',
			'',
			'3. Carr Piece, 6.17 ha: Target Condition lowland fen.',
			'',
			'4. Withy Ground, 9.85 ha: Target Condition neutral grassland.',
		].join('\n'), 'fields.md');
		const unsupported = (text: string) => check(text, FIELDS, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);
		assert.deepEqual(unsupported('Under the deed, the Landowner must restore four fields to their Target Condition.'), []);
		assert.equal(unsupported('Under the deed, the Landowner must restore seven fields to their Target Condition.').length, 1);
	});

	test('a source\'s permission to one case alone is a restriction ("Only cattle may graze", "may take place only between")', () => {
		const RULES = loadSource([
			'# Conservation Covenant',
			'',
			'## Schedule 2 — Grazing',
			'',
			'1. Only cattle may graze Sedge Ham and Carr Piece.',
			'',
			'2. Hay cutting may take place only between 16 July and 31 August.',
			'',
			'3. The Trust may visit the Land at any reasonable time.',
			'',
			'## 5. Status',
			'',
			'5.1 This Deed is legally binding.',
		].join('\n'), 'grazing.md');
		const level = (id: string) => RULES.sentences.find((x) => x.clause.id === id)!.commitment.level;
		assert.deepEqual([level('schedule-2.1'), level('schedule-2.2'), level('schedule-2.3')], [Strength.Firm, Strength.Firm, Strength.Possibility]);
		const overstated = (text: string) => check(text, RULES, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => f.clause?.id);
		assert.deepEqual(overstated('Under the deed, only cattle will go on Sedge Ham and Carr Piece.'), []);
		assert.deepEqual(overstated('Under the deed, the Trust must visit the Land every month.'), ['schedule-2.3']);
	});

	test('a reference that names another instrument by its provision ("a Section 106 agreement") is not a missing clause', () => {
		const references = (text: string) => actualsOf(DEED, 'wrong-reference', text);
		assert.deepEqual(references('On-site habitats will be managed under a plan secured through a Section 106 agreement with the council.'), []);
		assert.deepEqual(references('Under Clause 42, the Landowner must complete the Habitat Works by 30 September 2026.'), ['Clause 42']);
	});

	test('a window of the year with one end moved is a contradicted detail, fixed to the clause\'s end', () => {
		const details = (text: string) => check(text, DEED, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail');
		const text = 'The Landowner must keep the water level within 0.2 m of ground level between 1 March and 31 July.';
		const [f, ...rest] = details(text);
		assert.deepEqual([f?.actual, f?.clause?.id, rest.length], ['31 July', '3.1.2', 0]);
		assert.equal(applyFix(text, f!.fixes[0]!), 'The Landowner must keep the water level within 0.2 m of ground level between 1 March and 30 June.');
		assert.deepEqual(details('The water level must be kept up from March to the end of July.').map((x) => x.actual), ['the end of July']);
		// The clause's window, in other words, and a loose window of months about something else, are quiet.
		assert.deepEqual(details('The Landowner must keep the water level within 0.2 m of ground level between 1 March and 30 June.'), []);
		assert.deepEqual(details('The water level must be kept up from the start of March to the end of June.'), []);
		assert.deepEqual(details('A consultation on the Deed ran between April and July.'), []);
	});

	const TREATY = loadSource([
		'# Convention on Social Security',
		'',
		'## Article 1 — Detached workers',
		'',
		'1. A detached worker shall remain insured in the sending State for up to 36 months.',
		'',
		'## Article 2 — Entry into force',
		'',
		'1. This Convention shall enter into force on the first day of the third month after the later notification.',
		'',
		'---',
		'',
		'# Exchange of Letters',
		'',
		'Tarvost, 3 June 2025',
		'',
		'Minister,',
		'',
		'I have the honour to record the following understanding:',
		'',
		'(i) Both Governments intend to open negotiations on family benefits within 24 months.',
		'',
		'This understanding records the intentions of both Governments and does not give rise to legally binding obligations.',
	].join('\n'), 'convention.md');
	const findings = (text: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning');

	test('a day or month counted in words is a figure: "the second month" for the treaty\'s "third month"', () => {
		const details = (text: string) => findings(text).filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);
		assert.deepEqual(details('The Convention enters into force on the first day of the second month after the later notification.'), [['second', '2.1']]);
		assert.deepEqual(details('The Convention enters into force on the first day of the third month after the later notification.'), []);
		// "a second review", "third parties": no unit of time, nothing counted.
		assert.deepEqual(details('A second review of the Convention may involve third parties after the later notification.'), []);
	});

	test('a figure in another paragraph of the article the sentence is loosely about is compared when the first gives none of its kind', () => {
		const ARTICLE = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/social-security-convention.md'), 'utf8'), 'social-security-convention.md');
		const details = (text: string) => check(text, ARTICLE, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.actual, f.clause?.id]);
		assert.deepEqual(details('The convention also lets either institution recover overpayments by deducting up to 25% of each continuing payment made by the other.'), [['contradicted-detail', '25%', '16.2']]);
		assert.deepEqual(details('The convention also lets either institution recover overpayments by deducting up to 20% of each continuing payment made by the other.'), []);
		// A limit in the clause's words is the clause's limit, however the sentence words it; a date the source gives another
		// agreement is that agreement's.
		assert.deepEqual(details('The authorities can agree to extend this by up to 24 months on a joint application (Article 5).'), []);
		assert.deepEqual(details('It replaces the Agreement on Social Insurance signed in London on 11 November 1986.'), []);
		assert.deepEqual(details('The Convention was signed in Tarvost on 4 June 2025.').map(([rule, actual]) => [rule, actual]), [['contradicted-detail', '4 June 2025']]);
		// "Article 15 of the Convention": the source by the name it gives itself, not another document's article.
		assert.deepEqual(details('Under Article 15 of the Convention, one institution can deduct up to 20 per cent of each continuing payment.'), [['wrong-reference', 'Article 15', '16.2']]);
	});

	test('an age a group starts or stops at is a figure ("over-60s" for "aged 65 or over"); "one in ten" is a share', () => {
		const TICKETS = loadSource([
			'# Funding Agreement',
			'',
			'## 8. Ticketing',
			'',
			'8.1 The Company shall ensure that:',
			'',
			'(a) a concession of at least 50% off the full price is available for every ticketed event to under-18s, full-time students and people aged 65 or over; and',
			'',
			'(b) not less than 10% of the tickets for each ticketed event are priced at £5 or less.',
			'',
			'## 9. Status',
			'',
			'9.1 This Agreement is legally binding.',
		].join('\n'), 'tickets.md');
		const warned = (text: string) => check(text, TICKETS, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.actual]);
		assert.deepEqual(warned('Half-price concessions must be offered to under-18s, students and over-60s at every ticketed event.'), [['contradicted-detail', 'over-60s']]);
		assert.deepEqual(warned('Half-price concessions must be offered to under-18s, students and anyone aged 65 or over at every ticketed event.'), []);
		assert.deepEqual(warned('At least one in ten tickets for every ticketed event will cost £5 or less.'), []);
		assert.deepEqual(warned('At least one in five tickets for every ticketed event will cost £5 or less.'), [['contradicted-detail', 'one in five']]);
	});

	test('a document\'s aim over a list of what it comprises ("The Programme aims to … in the following workstreams:") leaves the items a plan', () => {
		const CONCORDAT = loadSource([
			'# Concordat on Flood Resilience',
			'',
			'## Purpose',
			'',
			'5. The Programme aims to improve resilience to flooding by coordinating the work of the four governments in the following workstreams:',
			'',
			'   (a) **Workstream 1 — Shared Evidence**: jointly commissioned research on rainfall statistics;',
			'',
			'   (b) **Workstream 2 — Property Flood Resilience**: a common technical standard and a shared register of accredited installers.',
			'',
			'6. The governments may explore a joint insurance scheme.',
			'',
			'## Status',
			'',
			'46. This concordat is not legally binding.',
		].join('\n'), 'concordat.md');
		const overstated = (text: string) => check(text, CONCORDAT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => f.clause?.id);
		assert.equal(CONCORDAT.sentences.find((x) => x.clause.id === '5(b)')!.commitment.level, Strength.Intent);
		assert.deepEqual(overstated('The workstream will produce a common technical standard and a shared register of accredited installers.'), []);
		assert.deepEqual(overstated('The governments have committed to a joint insurance scheme.'), ['6']);
	});

	test('a source phrase quoted whole and carried on with the writer\'s words is a misquote ("produced once and shared across the UK")', () => {
		const CONCORDAT = loadSource([
			'# Concordat on Flood Resilience',
			'',
			'## Principles',
			'',
			'3. The parties recognise that:',
			'',
			'   (b) flood risk evidence is more robust and less costly where it is produced once and shared; and',
			'',
			'   (c) warnings are most useful when they are consistent across borders.',
		].join('\n'), 'concordat.md');
		const misquotes = (text: string) => check(text, CONCORDAT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'misquote').map((f) => f.message);
		const [message, ...rest] = misquotes('It says evidence is cheaper when it is "produced once and shared across the UK".');
		assert.equal(rest.length, 0);
		assert.match(message ?? '', /`across the UK` added/);
		assert.deepEqual(misquotes('It says evidence is cheaper when it is "produced once and shared".'), []);
		// Words of the writer's that only begin like the source's are not a quotation of it.
		assert.deepEqual(misquotes('The minister said the data would be "produced once, checked twice and shared widely".'), []);
	});

	test('"binding" said of the source by a name it gives itself ("the concordat is binding on all four governments")', () => {
		const CONCORDAT = loadSource([
			'# Concordat on Flood Resilience',
			'',
			'## Status of this concordat',
			'',
			'46. This concordat is a statement of political intent. It is not intended to constitute a legally enforceable agreement or to create legal obligations between the parties, and it is binding in honour only.',
		].join('\n'), 'concordat.md');
		const found = check('The concordat is binding on all four governments.', CONCORDAT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'binding-status');
		assert.deepEqual(found.map((f) => f.actual), ['binding']);
		// The status clause's own words that it binds no one, not its opening description.
		assert.match(found[0]!.message, /“It is not intended to constitute a legally enforceable agreement/);
		assert.deepEqual(check('The concordat is binding in honour only.', CONCORDAT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'binding-status'), []);
	});

	test('a letter\'s dateline and salutation are not headings: the letter\'s paragraphs stay the attached text\'s', () => {
		assert.deepEqual(TREATY.clauses.filter((c) => c.id.startsWith('exchange')).map((c) => c.text.slice(0, 20)), ['I have the honour to', 'Both Governments int', 'This understanding r']);
	});

	test('an attached text that says it "does not give rise to legally binding obligations" binds no one, and saying it does is reported', () => {
		const text = 'The Exchange of Letters is legally binding on both governments.';
		const [f, ...rest] = findings(text);
		assert.deepEqual([f?.ruleId, rest.length], ['binding-status', 0]);
		assert.match(f!.message, /describes the Exchange of Letters as binding/);
		assert.match(f!.message, /“This understanding records the intentions of both Governments and does not give rise to legally binding obligations\.”/);
		assert.deepEqual(findings('The Convention is legally binding, but the Exchange of Letters is not.'), []);
		assert.deepEqual(findings('The Exchange of Letters, signed alongside the binding treaty, records an intention to negotiate.').filter((x) => x.ruleId === 'binding-status'), []);
	});
});

suite('a festival funding agreement: items, pointers, another clause\'s words and plans of what is explored', () => {
	const FESTIVAL = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/festival-funding-agreement.md'), 'utf8'), 'festival-funding-agreement.md');
	const references = (text: string) => check(text, FESTIVAL, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference').map((f) => [f.actual, f.clause?.id]);

	test('a lettered item is cited as itself: "six months\' notice under Clause 12.1(c)" is (d)\'s', () => {
		assert.deepEqual(references("If the Council decides to stop funding for budgetary reasons, it may terminate on six months' notice under Clause 12.1(c)."), [['Clause 12.1(c)', '12.1(d)']]);
		assert.deepEqual(references("If the Council decides to stop funding for budgetary reasons, it may terminate on six months' notice under Clause 12.1(d)."), []);
		// An item past the last one the clause has does not exist; one it has is compared as above.
		assert.deepEqual(references('The Company must give six months\' notice under Clause 12.1(g).').map(([actual]) => actual), ['Clause 12.1(g)']);
		// A run of items is the clause they belong to.
		assert.deepEqual(references("The Council may terminate on six months' notice for budgetary reasons (Clause 12.1(c)-(d))."), []);
	});

	test('a plan to do what the clause only explores doing is overstated ("plan to turn … into a year-round programme")', () => {
		const overstated = (text: string) => check(text, FESTIVAL, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => f.clause?.id);
		assert.deepEqual(overstated('We plan to turn the festival into a year-round programme from 2028.'), ['schedule-4.1']);
		assert.deepEqual(overstated('We plan to explore developing the festival into a year-round programme by 2028.'), []);
	});

	test('a sum the source states plainly somewhere is not a limit dropped; a span the source gives is not a table row\'s', () => {
		const warned = (source: typeof FESTIVAL, text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.severity === 'warning').map((f) => [f.ruleId, f.actual]);
		// Recital A: "up to £1,195,000"; Schedule 1's table: "Total £1,195,000".
		assert.deepEqual(warned(FESTIVAL, "It sets out £420,000 for this year's festival, £400,000 for 2026 and £375,000 for 2027, a total of £1,195,000."), []);
		const BATTERY = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/battery-coinvestment-agreement.md'), 'utf8'), 'battery-coinvestment-agreement.md');
		// The Funding Period runs "from 1 January 2026 to 31 March 2030"; clause 3.2's table has a row "1 January 2026 to 31
		// March 2026".
		assert.deepEqual(warned(BATTERY, 'The funding runs from January 2026 to March 2030 and pays for three things:'), []);
	});

	test('loosely worded, but plainly another clause\'s words: three in that clause, none in the cited one', () => {
		assert.deepEqual(references("Under clause 7.4, approval is normally deemed given if the council doesn't answer in time, but this never happens during a pre-election period."), [['clause 7.4', '7.2']]);
		assert.deepEqual(references("Under clause 7.2, approval is normally deemed given if the council doesn't answer in time, but this never happens during a pre-election period."), []);
	});
});


suite('status: a contract that names all its clauses binding, and an annexed memorandum that binds no one', () => {
	const SUPPLY = loadSource([
		'# Bulk Water Supply Agreement',
		'',
		'## 1. Supply',
		'',
		'1.1 The Supplier shall supply 30 Ml/d on average.',
		'',
		'## 2. Status',
		'',
		'2.1 Clauses 1 to 2 and Schedule 1 are legally binding on the Parties.',
		'',
		'2.2 The Memorandum of Intent in the Annex records present intentions only and is not legally binding, except paragraphs 2 and 3.',
		'',
		'## ANNEX – MEMORANDUM OF INTENT',
		'',
		'*This Memorandum is not legally binding, except for paragraphs 2 and 3.*',
		'',
		'1. **Expansion.** The Parties intend to study an increase to 50 Ml/d by 2040.',
		'',
		'2. **Confidentiality.** Each Party shall keep the other\'s information confidential.',
		'',
		'3. **Costs.** Each Party shall bear its own costs.',
	].join('\n'), 'supply.md');

	test('"Clauses 1 to 2 … are legally binding" in a contract of two clauses is the contract itself', () => {
		assert.equal(SUPPLY.status, 'binding-with-non-binding-parts');
		assert.deepEqual(check('The contract requires the Supplier to supply 30 Ml/d on average.', SUPPLY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'binding-status'), []);
	});

	test('the annexed memorandum binds no one except the paragraphs it names', () => {
		assert.deepEqual([...SUPPLY.nonBindingParts].map((c) => c.id).sort(), ['annex', 'annex.1']);
	});
});

suite('a figure only a clause\'s weaker duty gives, stated under its firmer one', () => {
	const HOST = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/host-city-agreement.md'), 'utf8'), 'host-city-agreement.md');
	const overstated = (text: string) => check(text, HOST, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.clause?.id, f.message.includes('reasonable endeavours')]);

	test('"must be placed …, rising to 35 per cent" where 5.4 only uses reasonable endeavours to reach 35 per cent', () => {
		assert.deepEqual(overstated('At least 25 per cent of Event Expenditure must be placed with Local Suppliers, rising to 35 per cent by the 2028 Edition.'), [['5.4', true]]);
		assert.deepEqual(overstated('At least 25 per cent of Event Expenditure must be placed with Local Suppliers.'), []);
		assert.deepEqual(overstated('At least 25 per cent of Event Expenditure must be placed with Local Suppliers, and the Company must use reasonable endeavours to raise that to 35 per cent by the 2028 Edition.'), []);
	});
});

suite('a bare modal before a cue of its own: "will endeavour to involve", "will seek to ensure"', () => {
	const PLEDGES = loadSource([
		'# Evaluation Pledges',
		'',
		'This document is not legally binding.',
		'',
		'## 1. Testing',
		'',
		'1.1 Signatories will endeavour to involve external red-teamers in testing each new frontier model.',
		'',
		'1.2 Each Signatory will seek to ensure that at least 30% of training places are taken up by staff outside London.',
		'',
		'1.3 Signatories will publish a summary of each evaluation within 30 days.',
	].join('\n'), 'pledges.md');
	const overstated = (text: string) => check(text, PLEDGES, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id]);

	test('the clause\'s commitment is the two read as one, with the action of the cue after the modal', () => {
		const clause = PLEDGES.sentences.find((s) => s.clause.id === '1.1')!;
		assert.equal(clause.commitment.predicate?.cueText, 'will endeavour to');
		assert.match(clause.commitment.predicate?.actionText ?? '', /^involve external red-teamers/);
		assert.equal(PLEDGES.sentences.find((s) => s.clause.id === '1.3')!.commitment.predicate?.cueText, 'will');
	});

	test('the effort it hedges is read: the result stated as done, or as what will happen, is stronger', () => {
		assert.deepEqual(overstated('External red-teamers are always involved in testing each new frontier model.'), [['involved', '1.1']]);
		assert.deepEqual(overstated('At least 30% of training places will go to staff outside London.'), [['will', '1.2']]);
		assert.deepEqual(overstated('Signatories will try to involve external red-teamers in testing each new frontier model.'), []);
		assert.deepEqual(overstated('Signatories will publish a summary of each evaluation within 30 days.'), []);
	});
});

suite('a pending step and advice to others are not undertakings', () => {
	const TERMS = loadSource([
		'# Heads of Terms',
		'',
		'These Heads of Terms are not legally binding.',
		'',
		'## 1. Development agreement',
		'',
		'1.1 The Parties will use reasonable endeavours to agree the Development Agreement for approval by Cabinet on 24 February 2026.',
		'',
		'1.2 The Parties will seek to reflect the scheme in their plans and encourage early engagement with the Environment Agency.',
	].join('\n'), 'terms.md');
	const overstated = (text: string) => check(text, TERMS, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id]);

	test('"still has to go back to Cabinet" says where things stand', () => {
		assert.deepEqual(overstated('The full development agreement still has to go back to Cabinet, pencilled in for 24 February 2026.'), []);
		assert.deepEqual(overstated('The Parties have to agree the Development Agreement for approval by Cabinet on 24 February 2026.'), [['have to', '1.1']]);
	});

	test('"the Environment Agency should assess …", loosely near a clause, is the writer\'s advice', () => {
		assert.deepEqual(overstated('The Environment Agency should assess the whole catchment before the scheme goes further.'), []);
	});
});

suite('side clauses, quoted words and what a document contains (a political declaration)', () => {
	const DECLARATION = loadSource([
		'# Joint Declaration on a Migration Partnership',
		'',
		'Affirming the right of every State to determine who may enter and remain in its territory, and the obligation of every State to readmit its own nationals;',
		'',
		'Have reached the following understanding:',
		'',
		'1. The Participants will cooperate on the return of persons with no right to remain.',
		'',
		'2. The Participants affirm that development funding is not conditional on the number of returns. The United Kingdom may review allocations where the Joint Working Group so concludes.',
		'',
		'3. Reintegration assistance of up to £750 will be offered to each person returned.',
		'',
		'4. This Joint Declaration does not create legally binding obligations under international law.',
	].join('\n'), 'declaration.md');
	const found = (text: string, rule: string) => check(text, DECLARATION, { format: 'markdown' }).findings.filter((f) => f.ruleId === rule).map((f) => [f.actual, f.clause?.id]);

	test('"who may enter" in a recital says who is meant: the recital commits no one', () => {
		const recital = DECLARATION.sentences.find((s) => /^Affirming/.test(s.sentence.text))!;
		assert.equal(recital.commitment.level, Strength.None);
		assert.deepEqual(found('This is about people going back to their own country, which every state must accept.', 'overstated-commitment'), []);
	});

	const MIGRATION = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/migration-joint-declaration.md'), 'utf8'), 'migration-joint-declaration.md');
	const inMigration = (text: string, rule: string) => check(text, MIGRATION, { format: 'markdown' }).findings.filter((f) => f.ruleId === rule).map((f) => [f.actual, f.clause?.id]);

	test('a plain modal whose words are quoted goes on in the source\'s words: the quote is read, not the bare modal', () => {
		const text = 'The text says funding will "not be linked to the number of returns", although the UK reserves a right to review allocations.';
		assert.deepEqual(inMigration(text, 'overstated-commitment'), []);
		assert.deepEqual(inMigration(text, 'misquote').map(([, id]) => id), ['22']);
	});

	test('"the deal includes …", loosely near a clause, promises nothing itself', () => {
		assert.deepEqual(inMigration('The deal includes safeguards that officials said had been pressed for by Sarvenia.', 'overstated-commitment'), []);
	});

	test('"may receive up to £750" gives a limit, not a weaker promise', () => {
		assert.deepEqual(found('Each person returned may receive up to £750 in reintegration assistance.', 'understated-commitment'), []);
		assert.deepEqual(found('Each person returned may receive £750 in reintegration assistance.', 'understated-commitment').map(([, id]) => id), ['3']);
	});
});

suite('a quotation with words cut from its middle and no mark of the cut', () => {
	const TREATY = loadSource([
		'# Basin Treaty',
		'',
		'## Article 3',
		'',
		'3.3 The Parties shall use their best endeavours to protect and, where practicable, restore the ecosystems of the Basin.',
		'',
		'3.4 The Parties shall exchange monitoring data every six months.',
	].join('\n'), 'basin.md');
	const misquotes = (text: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'misquote').map((f) => [f.actual, f.clause?.id]);

	test('is reported against the sentence it shortens', () => {
		assert.deepEqual(misquotes('Article 3 says the parties "shall protect and restore" the ecosystems of the Basin.'), [['shall protect and restore', '3.3']]);
		assert.deepEqual(misquotes('The treaty commits the parties to "protect and restore the ecosystems" of the Basin.'), [['protect and restore the ecosystems', '3.3']]);
	});

	test('the words as written, or marked with an ellipsis, are quiet', () => {
		assert.deepEqual(misquotes('Article 3 says the parties "shall use their best endeavours to protect" the Basin.'), []);
		assert.deepEqual(misquotes('Article 3 says the parties will "protect and, where practicable, restore" the Basin.'), []);
		assert.deepEqual(misquotes('Article 3 says the parties will "protect … restore the ecosystems" of the Basin.'), []);
	});
});

suite('figures as agreements write them: defined-term periods, glued units, a day of the year', () => {
	const SUPPLY = loadSource([
		'# Supply and Funding Agreement',
		'',
		'This Agreement is legally binding.',
		'',
		'## 3. Price',
		'',
		'3.1 The Joint Operating Committee shall review the price formula every 5 Contract Years.',
		'',
		'3.2 Community funds may be spent only within 15 km of the nearest Turbine.',
		'',
		'3.3 The Council shall notify the Company of any reduction in funding by 15 March preceding the relevant Funding Year.',
		'',
		'3.4 The Company shall submit its annual report by 30 June 2026 and its evaluation by 31 January following each Festival.',
	].join('\n'), 'supply.md');
	const details = (text: string) => check(text, SUPPLY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('the figures are read', () => {
		assert.deepEqual(quantities('every 5 Contract Years').map((q) => [q.value, q.unit]), [[5, 'year']]);
		assert.deepEqual(quantities('within 20km of the nearest turbine').map((q) => [q.value, q.unit]), [[20, 'km']]);
		assert.deepEqual(quantities('by 15 March preceding the relevant Funding Year').map((q) => [q.value, q.unit]), [[315, 'day of year']]);
		assert.deepEqual(quantities('by 15 March 2026').map((q) => q.unit), ['date']);
		assert.deepEqual(quantities("each year's contributions must be agreed"), []);
	});

	test('a different figure of the same kind conflicts, with the source\'s as the fix', () => {
		assert.deepEqual(details('The price formula is reviewed by the Joint Operating Committee every three years.'), [['three years', '3.1']]);
		assert.deepEqual(details('Community funds can be spent within 20km of the nearest turbine.'), [['20km', '3.2']]);
		const text = 'The Council must notify the Company of any reduction in funding by 1 March before the relevant year.';
		const [f] = check(text, SUPPLY, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'contradicted-detail');
		assert.equal(f?.clause?.id, '3.3');
		assert.equal(applyFix(text, f!.fixes[0]!), 'The Council must notify the Company of any reduction in funding by 15 March before the relevant year.');
	});

	test('the right day, or a day the source gives as a date or for another thing, is quiet', () => {
		assert.deepEqual(details('The Council must notify the Company of any reduction in funding by 15 March before the relevant year.'), []);
		assert.deepEqual(details('The annual report is due by 30 June, and the evaluation by 31 January after each Festival.'), []);
		assert.deepEqual(details('The price formula is reviewed every five years.'), []);
	});
});

suite('a period is not stated by an interval of the same length, nor by the writer\'s story', () => {
	const SHARING = loadSource([
		'# Data Sharing Agreement',
		'',
		'This Agreement is legally binding.',
		'',
		'## 12. Review',
		'',
		'12.2 The lead officers shall meet at least every three months to review the operation of this Agreement.',
		'',
		'12.3 This Agreement shall be formally reviewed six months after the Commencement Date and then every 12 months.',
	].join('\n'), 'sharing.md');
	const details = (text: string) => check(text, SHARING, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('a first review "after twelve months" conflicts with "six months after", though reviews then come "every 12 months"', () => {
		assert.deepEqual(details('The lead officers will meet quarterly, and the agreement will be formally reviewed after twelve months and annually after that.'), [['twelve months', '12.3']]);
		assert.deepEqual(details('The agreement will be formally reviewed after six months and then every twelve months.'), []);
	});

	test('"two years later", "five years on" tell the writer\'s story', () => {
		assert.deepEqual(details('Two years later, the lead officers met to review the operation of the Agreement.'), []);
		assert.deepEqual(details('Five years on, the Agreement was formally reviewed.'), []);
	});
});

suite('a limit on people, whatever the people are called', () => {
	const DECLARATION = loadSource([
		'# Joint Declaration on Returns',
		'',
		'This Joint Declaration does not create legally binding obligations.',
		'',
		'7. Returns may be carried out by scheduled or charter flights. The Participants intend that there should be no more than 2 charter flights in any calendar month, each carrying no more than 80 Returnees, unless the Joint Working Group decides otherwise.',
	].join('\n'), 'returns.md');
	const details = (text: string) => check(text, DECLARATION, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail');

	test('"each carrying up to 100 people" against "each carrying no more than 80 Returnees", with the sentence\'s word kept in the fix', () => {
		const text = 'Returns can be made by charter flights, no more than two a month, each carrying up to 100 people, unless the Joint Working Group decides otherwise.';
		const [f] = details(text);
		assert.equal(f?.clause?.id, '7');
		assert.equal(applyFix(text, f!.fixes[0]!), 'Returns can be made by charter flights, no more than two a month, each carrying up to 80 people, unless the Joint Working Group decides otherwise.');
	});

	test('the right limit, or a limit the sentence gives for another of its figures, is quiet', () => {
		assert.deepEqual(details('Returns can be made by charter flights, no more than two a month, each carrying up to 80 people, unless the Joint Working Group decides otherwise.'), []);
		assert.deepEqual(details('Charter flights, each carrying no more than 80 people, may run twice a month, with up to 150 people a month in all.'), []);
	});
});

suite('a financial or academic year as a deadline or a start', () => {
	const FUND = loadSource([
		'# Shareholders\' Agreement',
		'',
		'This Agreement is legally binding.',
		'',
		'## 8. Distributions',
		'',
		'8.3 Before any dividend is declared, the Company shall pay to the Warm Homes Fund 2.5 per cent of Distributable Profits for that year, and not less than £50,000 for each financial year from 2027/28.',
		'',
		'8.4 The Board shall review the dividend policy during the financial year 2026/27.',
	].join('\n'), 'fund.md');
	const details = (text: string) => check(text, FUND, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('is read where it is a term, not where it is when something happened or a range of years', () => {
		assert.deepEqual(quantities('from 2027/28, by the end of 2026–27, the financial year 2025/26').map((q) => [q.text, q.unit, q.value]), [['2027/28', 'financial year', 2027], ['2026–27', 'financial year', 2026], ['2025/26', 'financial year', 2025]]);
		assert.deepEqual(quantities('journeys fell in 2023/24; the plan covers 2025–2030'), []);
	});

	test('"a minimum of £50,000 a year from 2026/27" conflicts with 8.3\'s "from 2027/28"; the right year is quiet', () => {
		assert.deepEqual(details('Before any dividend, 2.5 per cent of profits goes to the Warm Homes Fund, with a minimum of £50,000 a year from 2026/27.'), [['2026/27', '8.3']]);
		assert.deepEqual(details('Before any dividend, 2.5 per cent of profits goes to the Warm Homes Fund, with a minimum of £50,000 a year from 2027/28.'), []);
	});
});

suite('a memorandum with a long formal title that binds no one except through implementing arrangements', () => {
	const SPACE = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/space-cooperation-mou.md'), 'utf8'), 'space-cooperation-mou.md');
	const found = (text: string, rule: string) => check(text, SPACE, { format: 'markdown' }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual);

	test('its title is its heading, however long, and "not intended to create legally binding obligations" is its status', () => {
		assert.equal(SPACE.shortName, 'Memorandum');
		assert.equal(SPACE.status, 'not-binding');
		assert.deepEqual(found('The memorandum is legally binding on both agencies.', 'binding-status'), ['legally binding']);
	});

	test('a named list of paragraphs that "are not intended to create legally binding obligations" is not the whole document\'s status', () => {
		const RECORD = loadSource([
			'# Agreed Record',
			'',
			'1. The Delegations shall exchange catch data monthly.',
			'',
			'2. Paragraphs 1 and 3 record the common understanding of the Delegations. They are not intended to create legally binding obligations.',
			'',
			'3. The Delegations intend to meet again in 2027.',
		].join('\n'), 'record.md');
		assert.notEqual(RECORD.status, 'not-binding');
	});

	test('the binding force of separate or later arrangements is theirs', () => {
		assert.deepEqual(found('Legally binding obligations may arise only under separate implementing arrangements that expressly provide for them.', 'binding-status'), []);
		assert.deepEqual(found('Those later arrangements, unlike the memorandum itself, can be made legally binding.', 'binding-status'), []);
	});

	test('a noun in a list, anyone who does a thing, a non-party\'s wish and a clause of time are not commitments', () => {
		assert.deepEqual(found('**A regulatory dialogue** on licensing launches, spaceports and orbital operations, to report jointly by mid-2026.', 'overstated-commitment'), []);
		assert.deepEqual(found('The default is that whoever creates it owns it, and jointly created IP is shared in proportion to contributions.', 'overstated-commitment'), []);
		assert.deepEqual(found('The Chair wants to test what it will deliver and how its projects will be paid for.', 'overstated-commitment'), []);
		assert.deepEqual(found('TERNLIGHT cannot move to procurement of flight hardware until an Implementing Arrangement, including a cross-waiver of liability, is in place.', 'overstated-commitment'), []);
	});
});

suite('a date the clause gives only as the earliest', () => {
	const SPACE = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/space-cooperation-mou.md'), 'utf8'), 'space-cooperation-mou.md');
	const details = (text: string) => check(text, SPACE, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail');

	test('"due to launch in December 2027" for "Launch no earlier than December 2027", with the floor as the fix', () => {
		const text = 'Kestrava will lead the TERNLIGHT CubeSat project, which is due to launch in December 2027.';
		const [f] = details(text);
		assert.equal(f?.clause?.id, 'annex.1-2');
		assert.match(f!.message, /Annex para\. 1, which says “no earlier than December 2027”/);
		assert.equal(applyFix(text, f!.fixes[0]!), 'Kestrava will lead the TERNLIGHT CubeSat project, which is due to launch no earlier than December 2027.');
	});

	test('the floor kept is quiet', () => {
		assert.deepEqual(details('Kestrava will lead the TERNLIGHT CubeSat project, which will launch no earlier than December 2027.'), []);
		assert.deepEqual(details('Kestrava will lead the TERNLIGHT CubeSat project, which will launch in December 2027 at the earliest.'), []);
	});
});

suite('a community use agreement: what it says it is not, school terms, shares as differences, a table row read along', () => {
	const USE = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/school-community-use-agreement.md'), 'utf8'), 'school-community-use-agreement.md');
	const found = (text: string, rule: string) => check(text, USE, { format: 'markdown' }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual);

	test('"carries the weight of a planning obligation" contradicts "This Agreement is not a planning obligation under section 106"', () => {
		assert.deepEqual(found('Because the agreement is tied to the planning permission, it carries the weight of a planning obligation.', 'binding-status'), ['planning obligation']);
		assert.deepEqual(found('The agreement was drawn up under the site\'s section 106 planning obligations.', 'binding-status'), ['planning obligations']);
		assert.deepEqual(found('The agreement is not a planning obligation, but the Council can enforce the planning condition.', 'binding-status'), []);
	});

	test('"each school term" and "every half-term" are intervals', () => {
		assert.deepEqual(quantities('at least once each school term; every half-term; termly').map((q) => [q.value, q.unit]), [[4, 'month'], [2, 'month'], [4, 'month']]);
		assert.deepEqual(found('The Community Use Management Committee meets every half-term.', 'contradicted-detail'), ['every half-term']);
		assert.deepEqual(found('The Community Use Management Committee meets at least once each school term.', 'contradicted-detail'), []);
	});

	test('"10 per cent above" is "110 per cent of"; a row of the hours table read along; "(September to May)" is the month', () => {
		assert.deepEqual(found('The Trust will keep its prices no more than 10 per cent above the Council\'s own leisure centres.', 'contradicted-detail'), []);
		assert.deepEqual(found('In term time the pool is open to the community from 17:30 to 21:30 on weekdays, 08:00 to 17:00 on Saturdays and 08:00 to 16:00 on Sundays.', 'contradicted-detail'), []);
		assert.deepEqual(found('Season applications (September to May) are due by 31 May.', 'understated-commitment'), []);
	});
});

suite('a briefing\'s acronym of one of the source\'s capitalised terms', () => {
	const SPACE = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/space-cooperation-mou.md'), 'utf8'), 'space-cooperation-mou.md');

	test('is read as the term: "IP" for "Intellectual Property" (used nine times; "Information Protection" once), "JSSC"', () => {
		assert.deepEqual(SPACE.alignment.synonyms.get('ip')?.[0]?.stems, ['intellectu', 'properti']);
		assert.deepEqual(SPACE.alignment.synonyms.get('jssc')?.[0]?.stems, ['joint', 'space', 'steer', 'committe']);
		const refs = check('On intellectual property, Article 11 leaves the allocation of foreground IP to those arrangements.', SPACE, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference');
		assert.deepEqual(refs.map((f) => [f.actual, f.clause?.id]), [['Article 11', '10.2']]);
	});

	test('not initials the source writes as a word, nor a term it names once', () => {
		assert.equal(SPACE.alignment.synonyms.get('uksa'), undefined);
		const once = loadSource(['# Memorandum', '', '1. The Integrated Care Board will attend.', '', '2. The Joint Panel will meet. The Joint Panel will report.'].join('\n'), 'once.md');
		assert.equal(once.alignment.synonyms.get('icb'), undefined);
		assert.deepEqual(once.alignment.synonyms.get('jp')?.[0]?.stems, ['joint', 'panel']);
	});
});

suite('"per cent" where the source writes "%"', () => {
	const PAY = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/pay-settlement-agreement.md'), 'utf8'), 'pay-settlement-agreement.md');

	test('names nothing new: no "it never mentions `cent`"', () => {
		const text = 'Under the agreement, the trust board commits to cutting its spending on agency nurses and healthcare support workers by a quarter in 2026/27 and by a further 15 per cent in 2027/28.';
		assert.deepEqual(check(text, PAY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim' && /`cent`/.test(f.message)).map((f) => f.message), []);
	});
});

suite('a figure of the agreement in someone\'s reported words', () => {
	const FISH = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/fisheries-arrangement.md'), 'utf8'), 'fisheries-arrangement.md');
	const details = (text: string) => actualsOf(FISH, 'contradicted-detail', text);

	test('is compared with the clause: a person\'s account of the rule is still the rule', () => {
		assert.deepEqual(details('The skipper said either country can now close an area to towed gear for 14 days when juvenile cod make up more than 15 per cent of the catch.'), ['14 days']);
		assert.deepEqual(details('The skipper said either country can now close an area to towed gear for 21 days when juvenile cod make up more than 15 per cent of the catch.'), []);
	});

	test('the person\'s own story or quoted words are not', () => {
		assert.deepEqual(details('"We lost 14 days of fishing last spring to one closure," the skipper said.'), []);
		assert.deepEqual(details('The skipper said his boat lost 14 days of fishing last spring.'), []);
	});

	test('nor a clause the account does not describe, only shares a word with', () => {
		const PARIS = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/paris-agreement.md'), 'utf8'), 'paris-agreement.md');
		const found = check('Every year we get hundreds of questions from supporters, teachers and students about the Paris Agreement.', PARIS, { format: 'markdown' }).findings;
		assert.deepEqual(found.filter((f) => f.ruleId === 'contradicted-detail').map((f) => f.actual), []);
	});
});

suite('periods of the writer\'s own story, and a programme named by its length', () => {
	const detailsIn = (file: string, text: string) => check(text, loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources', file), 'utf8'), file), { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => f.actual);

	test('"within the next two weeks" counts from the writer\'s day, not the agreement\'s', () => {
		assert.deepEqual(detailsIn('pay-settlement-agreement.md', 'Yes: send a written claim to the payroll service within three months of 14 May 2026; a claim form will be on our website within the next two weeks.'), []);
		assert.deepEqual(detailsIn('pay-settlement-agreement.md', 'Yes: send a written claim to the payroll service within six weeks of 14 May 2026.'), ['six weeks']);
	});

	test('"the three-year programme" is the agreement\'s own three-year term', () => {
		assert.deepEqual(detailsIn('research-data-collaboration-agreement.md', 'The Authority said the models would be extended to other rivers once the three-year programme is complete.'), []);
	});
});

suite('a clause\'s "normally" or "where possible" dropped', () => {
	const COMPACT = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/voluntary-sector-compact.md'), 'utf8'), 'voluntary-sector-compact.md');
	const overstated = (text: string, source = COMPACT) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment');

	test('is reported against the clause, with its wording as the fix', () => {
		const found = overstated('The partners\' formal written consultations will last at least 12 weeks.');
		assert.deepEqual(found.map((f) => [f.actual, f.clause?.id]), [['will', '4.2']]);
		assert.match(found[0]!.message, /drops the qualifier .* “normally”/);
	});

	test('kept, or a hedge of the sentence\'s own, is quiet; "ordinarily resident" is no qualifier', () => {
		assert.deepEqual(overstated('Formal written consultations will normally last at least 12 weeks.'), []);
		assert.deepEqual(overstated('Formal written consultations are expected to last at least 12 weeks.'), []);
		const residence = loadSource(['# Scheme', '', '1. The scheme is open to persons ordinarily resident in the borough for at least 3 years.'].join('\n'), 'scheme.md');
		assert.deepEqual(overstated('The scheme will be open to people resident in the borough for at least 3 years.', residence), []);
	});
});

suite('references to items a document names and numbers itself, and to its numbered parts', () => {
	const COMPACT = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/voluntary-sector-compact.md'), 'utf8'), 'voluntary-sector-compact.md');
	const refs = (text: string) => check(text, COMPACT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference');

	test('"Commitment 5" for the notice periods of Commitment 6 is reported, with the right one as the fix; one it does not have does not exist', () => {
		const text = 'Under Commitment 5, if a funder plans to end or reduce your funding before a fixed-term agreement ends, it will give you at least three months\' written notice.';
		const found = refs(text);
		assert.deepEqual(found.map((f) => [f.actual, f.clause?.id]), [['Commitment 5', 'commitment-6']]);
		assert.match(found[0]!.message, /Brackenshire Compact Commitment 6 does/);
		assert.equal(applyFix(text, found[0]!.fixes[0]!), text.replace('Commitment 5', 'Commitment 6'));
		assert.deepEqual(refs(text.replace('Commitment 5', 'Commitment 6')), []);
		assert.deepEqual(refs('Under Commitment 12, funders will pay invoices quickly.').map((f) => f.message), ['`Commitment 12` does not exist in the Brackenshire Compact.']);
		// Its fix names only an item of the same kind: a numbered paragraph is no "Commitment".
		assert.deepEqual(refs('Under Commitment 12, consultations will normally last a minimum of 12 weeks.').map((f) => f.fixes.length), [0]);
	});

	test('"Part 9" for the breach procedure of Part 10 (its title named), and "Part 6" for Part 5\'s words', () => {
		const text = 'The breach procedure in Part 9 lets any charity that feels unfairly treated complain in three stages.';
		const found = refs(text);
		assert.deepEqual(found.map((f) => f.actual), ['Part 9']);
		assert.equal(applyFix(text, found[0]!.fixes[0]!), text.replace('Part 9', 'Part 10'));
		assert.deepEqual(refs(text.replace('Part 9', 'Part 10')), []);
		assert.deepEqual(refs('These funding commitments (Part 6 of the Compact) apply to funding of £5,000 or more a year.').map((f) => f.message), ['`Part 6` does not say this; Brackenshire Compact Part 5 does.']);
	});

	test('a schedule\'s part, or a statutory officer, is no reference to the document', () => {
		assert.deepEqual(refs('Delegate to the Corporate Director, with the Section 151 Officer, authority to amend standard grant terms to reflect the Compact.'), []);
		const HOUSING = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/housing-stock-transfer.md'), 'utf8'), 'housing-stock-transfer.md');
		const found = check('The nine Enforceable Promises (Schedule 3, Part 1) include rent rises capped at inflation plus one per cent.', HOUSING, { format: 'markdown' }).findings;
		assert.deepEqual(found.filter((f) => f.ruleId === 'wrong-reference').map((f) => f.actual), []);
	});
});

suite('an instrument a non-binding source itself says binds', () => {
	const COMPACT = loadSource(['# Riverside Compact', '', '## 1. Funding', '', '1.1 The Council will pay grants promptly.', '', '## 2. Status', '', '2.1 This Compact is not legally binding.', '', '2.2 Grant agreements made under this Compact are binding in accordance with their own terms.'].join('\n'), 'compact.md');
	const status = (text: string) => actualsOf(COMPACT, 'binding-status', text);

	test('is binding in the briefing too: "binding as part of your grant agreement" is quiet', () => {
		assert.deepEqual(status('Once the payment terms are written into your grant agreement, they are binding as part of it.'), []);
	});

	test('the source itself called binding is still reported', () => {
		assert.deepEqual(status('The Compact is legally binding on the Council.'), ['legally binding']);
	});
});

suite('items under a lead-in of conditions', () => {
	const TREATY = loadSource(['# Treaty on Transfers', '', '## Article 4 — Conditions', '', '(1) A person may be transferred under this Treaty only on the following conditions:', '', '(a) the person is a national of the receiving State;', '', '(b) at least six months of the sentence remain to be served; and', '', '(c) the act is an offence in the receiving State, or would be an offence if committed there.', '', '## Article 5 — Costs', '', '(1) The Parties may agree to share costs.', '', '## Article 6 — Status', '', '(1) This Treaty is legally binding on the Parties.'].join('\n'), 'treaty.md');
	const overstated = (text: string) => actualsOf(TREATY, 'overstated-commitment', text);

	test('state what must hold, not what the lead-in permits: "must be a national" is faithful', () => {
		assert.deepEqual(overstated('Under Article 4, the person must be a national of the receiving State, and at least six months of the sentence must remain.'), []);
		// Whatever verb an item uses: "or would be an offence if committed there" is a condition, not a "would".
		assert.deepEqual(overstated('The act must be an offence in both States.'), []);
	});

	test('the lead-in\'s own permission is still compared', () => {
		assert.deepEqual(overstated('The Parties must share the costs of each transfer.'), ['must']);
	});
});

suite('a permission the source grants, in other words', () => {
	const AGREEMENT = loadSource(['# Transfer Agreement', '', '## 9. Termination', '', '9.1 Either Party may terminate this Agreement at any time by giving written notice to the other Party. Termination shall take effect three months after receipt of the notice.', '',
		'## 10. Pardon', '', '10.1 Each Party may grant pardon or amnesty in accordance with its law.', '', '10.2 Where the offence involved a victim, the administering Party shall consult the other Party before granting pardon.', '', '## 11. Status', '', '11.1 This Agreement is legally binding.'].join('\n'), 'agreement.md');
	const understated = (text: string) => actualsOf(AGREEMENT, 'understated-commitment', text);

	test('is no hedge: "may end the agreement by written notice", "may grant a pardon, but where …"', () => {
		assert.deepEqual(understated('Either side may end the agreement by giving written notice to the other party, with effect after three months.'), []);
		assert.deepEqual(understated('Either Party may grant a pardon, but where the offence involved a victim the other Party is consulted first.'), []);
	});

	test('a duty stated as a permission is still noted', () => {
		assert.deepEqual(understated('The administering Party may consult the other Party before granting pardon where the offence involved a victim.'), ['may']);
		assert.deepEqual(understated('Termination may take effect three months after receipt of the notice.'), ['may']);
	});
});

suite('an interval in other words, in a clause the sentence shares three words with', () => {
	const COMPACT = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/voluntary-sector-compact.md'), 'utf8'), 'voluntary-sector-compact.md');
	const rules = (text: string) => check(text, COMPACT, { format: 'markdown' }).findings.map((f) => `${f.ruleId}:${f.actual}`);

	test('"every quarter" for "will meet at least quarterly" names nothing new; "every month" still conflicts', () => {
		// The sentence is closest to 9.3's yearly report; 9.2's "quarterly" is found by the clause's words.
		assert.deepEqual(rules('The new Compact Group will meet every quarter and publish a yearly report on how the partners are doing.'), []);
		assert.deepEqual(rules('The Compact Group will meet every month.'), ['contradicted-detail:every month']);
	});

	test('a clause that gives two intervals for two cases is read right in either: "quarterly above that" is not against its "annually"', () => {
		assert.deepEqual(rules('Grants are paid quarterly above £25,000.').filter((r) => r.startsWith('contradicted-detail')), []);
		assert.deepEqual(rules('Grants are paid monthly above £25,000.').filter((r) => r.startsWith('contradicted-detail')), ['contradicted-detail:monthly']);
	});
});

suite('a writer\'s "should" against a clause\'s aim', () => {
	const COMPACT = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/voluntary-sector-compact.md'), 'utf8'), 'voluntary-sector-compact.md');
	const overstated = (text: string) => actualsOf(COMPACT, 'overstated-commitment', text);

	test('is the aim\'s rung: "should notify by 31 January" for "will aim to notify … by 31 January"; a plain "will" is stronger', () => {
		assert.deepEqual(overstated('The Statutory Partners should notify funding decisions for the coming year by 31 January.'), []);
		assert.deepEqual(overstated('The Statutory Partners will notify funding decisions for the coming year by 31 January.'), ['will']);
	});
});

suite('who acts in a source: a capitalised object of a preposition is no party', () => {
	test('"organisations in receipt of Funding will:" does not make "Funding" a party; "the Government of Sarvenia will" does name one', () => {
		const source = loadSource(['# Compact', '', '1. **"Funding"** includes grants and contracts.', '', '2. Organisations in receipt of Funding will report each year.', '', '3. The Government of Sarvenia will attend.'].join('\n'), 'compact.md');
		assert.equal(source.parties.agents.has('funding'), false);
		assert.equal(source.parties.agents.has('sarvenia'), true);
	});
});

suite('a date the clause plainly restated gives, though the source names the sentence\'s date elsewhere', () => {
	const FISH = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/fisheries-arrangement.md'), 'utf8'), 'fisheries-arrangement.md');
	const details = (text: string) => actualsOf(FISH, 'contradicted-detail', text);

	test('"by the end of 2027" against para. 39\'s "by 30 September 2027" (31 December 2027 ends another clause\'s access period)', () => {
		assert.deepEqual(details('Each country will try to have remote electronic monitoring fitted on at least 20 of its demersal vessels of 24 metres or more by the end of 2027.'), ['the end of 2027']);
		assert.deepEqual(details('Each country will try to have remote electronic monitoring fitted on at least 20 of its demersal vessels of 24 metres or more by 30 September 2027.'), []);
	});
});

suite('working days for calendar days, or the reverse', () => {
	const COMPACT = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/voluntary-sector-compact.md'), 'utf8'), 'voluntary-sector-compact.md');
	const found = (text: string) => check(text, COMPACT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail');

	test('"within 15 working days" against "within 15 days of receipt" is a conflict, fixed to the clause\'s days', () => {
		const text = 'The partners will pay undisputed invoices under contracts within 15 working days.';
		const f = found(text);
		assert.deepEqual(f.map((x) => [x.actual, x.clause?.id]), [['15 working days', 'commitment-5']]);
		assert.equal(applyFix(text, f[0]!.fixes[0]!), 'The partners will pay undisputed invoices under contracts within 15 days.');
		assert.deepEqual(found('The partners will pay undisputed invoices under contracts within 15 days.'), []);
	});

	test('a clause that counts in both kinds is read right in either ("5 working days" in the breach procedure)', () => {
		assert.deepEqual(found('A Stage 2 complaint is acknowledged within 5 working days.').map((x) => x.actual), []);
	});
});

suite('a whole sum stated as a yearly one', () => {
	const TREATY = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/prisoner-transfer-treaty.md'), 'utf8'), 'prisoner-transfer-treaty.md');
	const found = (text: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail');

	test('"£350,000 a year" for "up to £350,000 over the first three years" is reported, with the clause\'s span as the fix', () => {
		const text = 'The annex promises up to £350,000 a year for training Kestravan prison and probation staff.';
		const f = found(text);
		assert.deepEqual(f.map((x) => [x.actual, x.clause?.id]), [['£350,000 a year', 'annex.6']]);
		assert.equal(applyFix(text, f[0]!.fixes[0]!), 'The annex promises up to £350,000 over the first three years for training Kestravan prison and probation staff.');
	});

	test('the clause\'s span kept is quiet', () => {
		assert.deepEqual(found('The annex promises up to £350,000 over three years for training Kestravan prison and probation staff.'), []);
	});
});

suite('where the agreement was signed', () => {
	const COMPACT = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/voluntary-sector-compact.md'), 'utf8'), 'voluntary-sector-compact.md');
	const unsupported = (text: string) => check(text, COMPACT, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);

	test('is not content it never mentions: "signed at Riverside Hall"', () => {
		assert.deepEqual(unsupported('Charities have been promised longer funding deals under a new compact signed at Riverside Hall on Tuesday.'), []);
	});

	test('a body it never names, in the same sentence, still is', () => {
		assert.deepEqual(unsupported('Under the compact, the Riverside Hall Funding Board will approve every grant.').length, 1);
	});
});

suite('a treaty\'s non-binding annex, and a condition set inside a cue', () => {
	const TREATY = loadSource(['# Treaty on Transfers', '', '## Article 1 — Transfers', '', '(1) Each Party shall transfer requests within 30 days.', '', '## Article 2 — Status', '', '(1) This Treaty shall be binding on the Parties.', '',
		'## Annex — Practical Arrangements', '', '*This Annex records practical arrangements which the Central Authorities intend to follow in implementing the Treaty between them. It is not legally binding.*', '',
		'### Paragraph 1 — Escorts', '', 'Transfers will ordinarily take place by scheduled commercial flight.', '', '### Paragraph 2 — Training', '', 'The United Kingdom intends, subject to the availability of funds, to support a programme of training of up to £350,000.'].join('\n'), 'treaty.md');
	const found = (text: string, rule: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual);

	test('an annex whose first sentence is long still says it is not legally binding', () => {
		assert.equal(TREATY.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...TREATY.nonBindingParts].map((c) => c.id), ['annex', 'annex.1', 'annex.2']);
	});

	test('"intends, subject to the availability of funds, to support" is an intention: "has pledged" overstates it', () => {
		assert.equal(TREATY.sentences.find((s) => s.clause.id === 'annex.2')?.commitment.predicate?.cueText, 'intends, subject to the availability of funds, to');
		assert.deepEqual(found('Britain has pledged up to £350,000 to support a programme of training.', 'overstated-commitment'), ['has pledged']);
	});

	test('after a form of "be", "where" opens no condition: "are where the solutions are supposed to come from" is no cue "are … to"', () => {
		const found = analyseCommitment('Those are where the sovereign solutions to the hardest problems are supposed to come from.', 0, TREATY.parties).predicates.map((p) => p.cueText);
		assert.equal(found.some((cue) => /^are where/.test(cue)), false);
	});

	test('a plain "will" against the annex\'s own plain "will" is what it says', () => {
		assert.deepEqual(found('Transfers will usually take place by scheduled commercial flight.', 'overstated-commitment'), []);
	});
});

suite('an effort promised in other words', () => {
	test('"will try to give at least half" for "will seek to allocate at least half" is the same rung; "will give" is not', () => {
		const FESTIVAL = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/festival-funding-agreement.md'), 'utf8'), 'festival-funding-agreement.md');
		const overstated = (text: string) => actualsOf(FESTIVAL, 'overstated-commitment', text);
		assert.deepEqual(overstated('The Council will try to give at least half of the complimentary tickets to community groups in the Priority Wards.'), []);
		assert.deepEqual(overstated('The Council will give at least half of the complimentary tickets to community groups in the Priority Wards.').length, 1);
	});
});

suite('a clause said to "require" what it says', () => {
	const source = loadSource(['# Pay Agreement', '', 'This Agreement is binding in honour only and is not a legally enforceable contract.', '', '## 12. Uplift', '', '12.3 The Employer shall pay an uplift no lower than the national award.', '', '12.4 The Employer should review allowances each year.'].join('\n'), 'pay.md');
	const overstated = (text: string) => actualsOf(source, 'overstated-commitment', text);

	test('restates a non-binding text\'s "shall" at its own rung, and is still stronger than its "should"', () => {
		assert.deepEqual(overstated('Clause 12.3 requires the Employer to pay an uplift no lower than the national award.'), []);
		assert.ok(overstated('Clause 12.4 requires the Employer to review allowances each year.').length > 0);
	});
});

suite('a binding text\'s list of targets it says are not undertakings', () => {
	const source = loadSource(['# Facility Agreement', '', 'This Agreement is legally binding.', '', '## 13. Social value', '', '13.1 The parties record the following targets for the Project (the **Targets**):', '', '(a) at least 200 apprenticeship starts during construction;', '', '(b) traction power from 100 per cent. renewable sources.', '', '13.2 The Targets are targets and not undertakings.', '', '## 14. Reporting', '', '14.1 The Borrower shall report on each Target every year.'].join('\n'), 'facility.md');
	const overstated = (text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment');

	test('a pledge of an item is stronger than the target, and the message quotes the clause that says so', () => {
		const [f] = overstated('The Borrower has pledged at least 200 apprenticeship starts during construction.');
		assert.ok(f, 'expected an overstatement');
		assert.equal(f.clause?.id, '13.1(a)');
		assert.match(f.message, /The Targets are targets and not undertakings/);
		assert.equal(overstated('The trams will run on traction power from 100 per cent renewable sources.').length, 1);
	});

	test('the targets reported as targets, and the binding duty to report on them, are quiet', () => {
		assert.deepEqual(overstated('The agreement sets a target of at least 200 apprenticeship starts during construction.'), []);
		assert.deepEqual(overstated('The Borrower must report on each Target every year.'), []);
	});
});

suite('times written "07.00", and shares in words after a word of measure', () => {
	const source = loadSource(['# Facility Agreement', '', '## 12. Undertakings', '', '12.6 The Authority shall procure that at least eight trams per hour run in each direction between 07.00 and 19.00 on weekdays.', '', '12.7 The Borrower shall offer at least 200 apprenticeship starts, at least 40 per cent. of them to residents of the area.'].join('\n'), 'facility.md');
	const details = (text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('a 24-hour time with a point is a time of day after a word of time; a clause number or a rate is not', () => {
		assert.deepEqual(quantities('between 07.00 and 19.00').map((q) => [q.unit, q.value]), [['time', 420], ['time', 1140]]);
		assert.deepEqual(quantities('see clause 12.30 and a rate of 10.50 per cent').map((q) => q.unit), ['%']);
		assert.deepEqual(details('The Authority must run at least eight trams an hour in each direction between 6am and 8pm on weekdays.'), [['6am', '12.6']]);
		assert.deepEqual(details('The Authority must run at least eight trams an hour in each direction from 7am to 7pm on weekdays.'), []);
	});

	test('"at least half", "roughly a quarter" are shares; "half an hour" is not', () => {
		assert.deepEqual(quantities('with at least half going to residents').map((q) => [q.unit, q.value]), [['%', 50]]);
		assert.deepEqual(quantities('roughly a quarter').map((q) => q.value), [25]);
		// Not a share: thirty minutes.
		assert.deepEqual(quantities('at least half an hour').map((q) => [q.unit, q.value]), [['minute', 30]]);
		assert.deepEqual(details('The Borrower will offer at least 200 apprenticeship starts, with at least half going to residents of the area.'), [['half', '12.7']]);
		assert.deepEqual(details('The Borrower will offer at least 200 apprenticeship starts, with at least 40 per cent going to residents of the area.'), []);
	});
});

suite('a figure stated by one of the clauses a sentence cites', () => {
	const source = loadSource(['# Arrangement', '', '## Section 12 – Suspension', '', '12.1 The Department may suspend or reduce funding if:', '', '(a) any report is more than 60 days overdue; or', '', '(b) funds are misused.', '', '12.2 The Department will give not less than 30 days\' written notice.'].join('\n'), 'arrangement.md');
	const details = (text: string) => actualsOf(source, 'contradicted-detail', text);

	test('is that clause\'s: "Under section 12 … after 30 days\' notice" is 12.2\'s notice, not 12.1(a)\'s 60 days', () => {
		assert.deepEqual(details('Under section 12, the Department may suspend or reduce funding, normally after 30 days\' notice.'), []);
		assert.deepEqual(details('Under section 12, the Department may suspend or reduce funding, normally after 20 days\' notice.'), ['20 days']);
	});
});

suite('binding-status: words the clause a sentence restates uses itself', () => {
	const source = loadSource(['# Contribution Arrangement', '', '## Section 5 – Conditions', '', '5.3 Each later tranche will be released when:', '', '(c) at least 70 per cent of all funds previously disbursed have been spent or legally committed.', '', '## Section 15 – Status', '', '15.1 This Arrangement is not legally binding.'].join('\n'), 'arrangement.md');
	const status = (text: string) => actualsOf(source, 'binding-status', text);

	test('"spent or legally committed" of a condition is the condition\'s words; the arrangement called binding is still reported', () => {
		assert.deepEqual(status('A later tranche needs at least 70 per cent of funds previously disbursed to be spent or legally committed.'), []);
		assert.deepEqual(status('The Arrangement is legally binding on both Participants.'), ['legally binding']);
	});
});

suite('an interval word of a name the source gives', () => {
	const source = loadSource(['# Arrangement', '', '## Section 8 – Reporting', '', '8.1 The Agency will submit:', '', '(a) a Six-Monthly Progress Update by 31 December of each year; and', '', '(b) a Monthly Service Charge invoice.'].join('\n'), 'arrangement.md');
	const details = (text: string) => actualsOf(source, 'contradicted-detail', text);

	test('"the first six-monthly progress update" names the report; a name that goes on otherwise does not', () => {
		assert.deepEqual(details('By 31 December 2025 the Agency submits the first six-monthly progress update.'), []);
		assert.deepEqual(details('The Agency will submit a progress update every three months.'), ['three months']);
	});
});

suite('a title too long to read as a heading', () => {
	const title = `# Contribution Arrangement between the Department for Overseas Aid of the United Kingdom and the International Agency for Water and Health concerning the Ilunde Basin Clean Water, Sanitation and Disease Prevention Programme ${'(Reference CA/WASH/2025/0417) '.repeat(2)}`;
	const source = loadSource([title, '', '## Section 4 – The Contribution', '', '4.1 The Department intends to contribute up to £48,500,000 to the Programme.', '', '## Section 8 – Reporting', '', '8.1 The Agency will report on the Programme each year.'].join('\n'), 'arrangement.md');

	test('is no citation: a sentence naming the programme or the parties does not cite it', () => {
		assert.equal(source.clauses[0]?.id, 'p1');
		const cited = (text: string) => check(text, source, { format: 'markdown' }).citations.map((c) => c.clause.id);
		assert.ok(!cited('The Department will provide £48.5 million to the Ilunde Basin Clean Water, Sanitation and Disease Prevention Programme.').includes('p1'));
		assert.ok(!cited('The International Agency for Water and Health runs the Ilunde Basin Clean Water, Sanitation and Disease Prevention Programme.').includes('p1'));
	});
});

suite('a count the source gives elsewhere, in a sentence that plainly restates another clause', () => {
	const source = loadSource(['# Deed', '', '## Schedule 2', '', '1. The Development comprises up to 650 Dwellings.', '', '3. If fewer than 600 Dwellings are built, unpaid Education Contributions shall be reduced pro rata.'].join('\n'), 'deed.md');
	const details = (text: string) => actualsOf(source, 'contradicted-detail', text);

	test('is compared with that clause\'s; the scheme\'s own count stays quiet', () => {
		assert.deepEqual(details('If fewer than 650 dwellings are built, unpaid education contributions will be reduced pro rata.'), ['650']);
		assert.deepEqual(details('The development comprises up to 650 dwellings.'), []);
	});
});

suite('working days against weeks', () => {
	const source = loadSource(['# Grant Agreement', '', 'This Agreement is legally binding.', '', '## 9. Publicity', '', '9.3 The Recipient shall give the Funder at least 10 Working Days\' notice of any press release about the Project.'].join('\n'), 'grant.md');
	const details = (text: string) => actualsOf(source, 'contradicted-detail', text);

	test('a working day is a fifth of a week: "a week" is short of 10 working days, "two weeks" is the same', () => {
		assert.deepEqual(details('The Recipient must give the Funder at least a week\'s notice of any press release about the Project.'), ["a week's"]);
		assert.deepEqual(details('The Recipient must give the Funder at least two weeks\' notice of any press release about the Project.'), []);
	});
});

suite('an adverb set off by commas is no list item', () => {
	const source = loadSource(['# Arrangement', '', 'This Arrangement is not legally binding.', '', '## Section 8', '', '8.2 The Department may, at its own cost, undertake monitoring visits, reviews and evaluations.'].join('\n'), 'arrangement.md');
	const unsupported = (text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);

	test('"can, however, carry out …" adds no item "however" to the clause\'s list; an item the clause lacks is still new', () => {
		assert.deepEqual(unsupported('The Department can, however, carry out monitoring visits, reviews and evaluations at its own cost.'), []);
		assert.equal(unsupported('Under the Arrangement the Department can carry out monitoring visits, reviews, evaluations and forensic audits.').length, 1);
	});
});

suite('a number in words the source writes in digits', () => {
	const source = loadSource(['# Supply Agreement', '', 'This Agreement is legally binding.', '', '## 8. Joint Operating Committee', '', '8.1 The Parties shall establish a Joint Operating Committee.', '', '8.2 Each Party shall appoint 3 members.', '', '8.3 The Joint Operating Committee shall oversee operations, outages and drought management.'].join('\n'), 'supply.md');
	const unsupported = (text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);

	test('"three members" for its "3 members" is not new; "seven members" is', () => {
		assert.deepEqual(unsupported('A joint operating committee with three members from each company will oversee outages and drought management.'), []);
		assert.equal(unsupported('A joint operating committee with seven members from each company will oversee outages and drought management.').length, 1);
	});
});

suite('a sum paid into a fund the source names', () => {
	const FIRE = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/fire-mutual-aid-mou.md'), 'utf8'), 'fire-mutual-aid-mou.md');
	const details = (text: string) => check(text, FIRE, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('is compared with the sum the clauses naming the fund give, the one whose words it shares (7.3\'s yearly £12,000, not its £30,000 balance)', () => {
		assert.deepEqual(details('Every brigade puts £14,000 a year into the Consortium Exercise Fund, which Fenwold looks after.'), [['£14,000', '7.3']]);
		assert.deepEqual(details('Every brigade puts £12,000 a year into the Consortium Exercise Fund, which Fenwold looks after.'), []);
	});

	test('not a sum whose words name no fund of the source', () => {
		assert.deepEqual(details('Every brigade also spends £14,000 a year on its own courses.'), []);
	});
});

suite('an acronym that keeps the letter of a joining word', () => {
	const source = loadSource(['# Memorandum', '', 'This Memorandum is not legally binding.', '', '## 6. Command', '', '6.2 Each Assisting Party will appoint a liaison officer for any deployment of five or more appliances or of an urban search and rescue team.'].join('\n'), 'memo.md');
	const unsupported = (text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.message);

	test('"USAR" for "urban search and rescue" is the source\'s term; an acronym it does not spell is still new', () => {
		assert.deepEqual(unsupported('Under the memorandum each service will appoint a liaison officer for any deployment of five or more appliances or of a USAR team.'), []);
		assert.equal(unsupported('Under the memorandum each service will appoint a liaison officer for any deployment of five or more appliances or of a HAZMAT team.').length, 1);
	});
});

suite('items under a lead-in that sets a limit', () => {
	const source = loadSource(['# Protocol', '', 'This Protocol shall enter into force on the later of the two notifications.', '', '## Article IV', '', '2. However, such royalties may also be taxed in the State in which they arise, but the tax so charged shall not exceed:', '', '(a) 2 per cent of the gross amount of the royalties paid for the use of industrial equipment; and', '', '(b) 6 per cent of the gross amount of the royalties in all other cases.'].join('\n'), 'protocol.md');
	const overstated = (text: string) => actualsOf(source, 'overstated-commitment', text);

	test('take the limit\'s "shall", not the permission before it: "will face a cap of 2 per cent" is not stronger', () => {
		assert.equal(source.sentences.find((s) => s.clause.id === 'IV.2(a)')?.commitment.level, Strength.Legal);
		assert.deepEqual(overstated('Royalties for the use of industrial equipment will face a cap of 2 per cent of the gross amount.'), []);
	});
});

suite('a source\'s "should" before a passive', () => {
	const source = loadSource(['# Memorandum', '', 'This Memorandum is not legally binding.', '', '## 6. Command', '', '6.4 Personnel of an Assisting Party should be relieved after no more than 12 hours of continuous commitment.'].join('\n'), 'memo.md');
	const overstated = (text: string) => actualsOf(source, 'overstated-commitment', text);

	test('recommends what is done, at "should"\'s rung: "must be relieved" is stronger, "should be relieved" is not', () => {
		assert.equal(source.sentences[1]?.commitment.level, Strength.Intent);
		assert.equal(overstated('Crews must be relieved after no more than 12 hours of continuous commitment.').length, 1);
		assert.deepEqual(overstated('Crews should be relieved after no more than 12 hours of continuous commitment.'), []);
	});
});

suite('counts: a number before "may", a count of what follows another figure, a limit that ends its sentence', () => {
	const source = loadSource(['# Framework Document', '', 'This document is not legally binding.', '', '## 10. Staffing', '', '10.2 The Commission\'s staffing complement must not exceed 185 full-time equivalent posts, of which no more than 12 may be at senior manager level.', '', '## 11. Recruitment', '', '11.1 The total number of registered nurses recruited in Years 1 to 3 together is not expected to exceed 1,400.'].join('\n'), 'framework.md');
	const details = (text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"no more than 12 may be at senior level" counts 12 posts (not the 12th of May); "ten at senior level" is ten of those, not of the 185 posts', () => {
		assert.deepEqual(quantities('no more than 12 may be at senior manager level').filter((q) => q.unit === 'day of year'), []);
		assert.equal(quantities('by 12 May each year')[0]?.unit, 'day of year');
		assert.deepEqual(details('Staffing is capped at 185 full-time posts with no more than ten at senior level.'), [['ten', '10.2']]);
		assert.deepEqual(details('Staffing is capped at 185 full-time posts with no more than 12 at senior level.'), []);
	});

	test('a limit that ends its sentence ("not expected to exceed 1,500.") is compared with the clause\'s', () => {
		assert.deepEqual(details('Total nurse recruitment over the three years is not expected to exceed 1,500.'), [['1,500', '11.1']]);
		assert.deepEqual(details('Total nurse recruitment over the three years is not expected to exceed 1,400.'), []);
	});
});

suite('a range ("between two and six") is no set figure', () => {
	const source = loadSource(['# Treaty', '', 'This Treaty shall enter into force on the later notification.', '', '## Article 6 – Exercises', '', '1. The Parties shall conduct no fewer than two and no more than six combined exercises each calendar year.'].join('\n'), 'treaty.md');
	const overstated = (text: string) => actualsOf(source, 'overstated-commitment', text);

	test('"will hold between two and six combined exercises a year" keeps the limit; "will hold six" does not', () => {
		assert.deepEqual(overstated('The Parties will hold between two and six combined exercises a year.'), []);
		assert.deepEqual(overstated('The Parties will hold six combined exercises a year.'), ['six']);
	});
});

suite('a document\'s own numbered units ("### Commitment 2.3 – Title") and a lead-in set in bold', () => {
	const source = loadSource([
		'# Sector Deal', '', '## 1. Ideas', '', 'The sector spends around £580 million a year on research.', '',
		'### Commitment 1.1 – Innovation Challenge', '', '**The Government will** make available up to £60 million for a Challenge.', '', 'The Challenge will prioritise the following areas:', '', '(a) machining;', '(b) optics.', '',
		'### Commitment 1.2 – Research intensity', '', '**The sector aims to** raise research spending to 3.0% of turnover by 2030.', '',
		'## 6. Company commitments', '', '### Commitment 6.1 – Harrowgate Ltd', '', '**Harrowgate commits to:**', '', '(a) invest £120 million in a new plant;', '(b) take on at least 180 apprentices over the Deal Period.', '',
		'## 8. Status', '', '8.1 This Deal is a statement of intent. It is not legally binding.',
	].join('\n'), 'deal.md');
	const ids = source.clauses.map((c) => c.id);

	test('the heading gives its paragraphs their number; the chapter\'s opening words are the chapter\'s', () => {
		assert.deepEqual(ids.slice(0, 6), ['1', '1.1', '1.1.2', '1.1.2(a)', '1.1.2(b)', '1.2']);
		assert.ok(ids.includes('6.1(b)'), ids.join(' '));
	});

	test('items under "**Harrowgate commits to:**" take its commitment', () => {
		assert.equal(source.sentences.find((s) => s.clause.id === '6.1(b)')?.commitment.level, Strength.Firm);
		const overstated = check('Harrowgate has pledged to take on at least 180 apprentices over the Deal Period.', source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment');
		assert.deepEqual(overstated.map((f) => f.message), []);
	});
});

suite('what a source grants with "an opportunity to", and a permission whose verb is in the clause\'s object', () => {
	const source = loadSource(['# Treaty', '', 'This Treaty shall enter into force on the later notification.', '', '## Article 9 – Consent', '', '(2) The sentencing State shall afford the administering State an opportunity to verify, through a consular officer, that consent is given voluntarily.', '', '## Article 15 – Termination', '', '1. Either Contracting Party may at any time give notice in writing through diplomatic channels of its decision to terminate this Agreement.', '', '2. The Agreement shall terminate 12 months after the date of receipt of the notice.'].join('\n'), 'treaty.md');
	const understated = (text: string) => actualsOf(source, 'understated-commitment', text);

	test('"may verify … through a consular officer" and "may terminate the agreement on 12 months\' notice" restate what the treaty grants', () => {
		assert.deepEqual(understated('The receiving state may verify consent through a consular officer.'), []);
		assert.deepEqual(understated('Either side may terminate the agreement on 12 months\' notice.'), []);
	});
});

suite('"pledges" and "promises" as nouns; what a document offers', () => {
	const source = loadSource(['# Sector Deal', '', 'This Deal is not legally binding.', '', '## 2. Funding', '', '2.1 The Government will provide up to £162 million over five years.', '', '2.2 The Council will publish an annual progress report on the commitments.'].join('\n'), 'deal.md');
	const overstated = (text: string) => actualsOf(source, 'overstated-commitment', text);

	test('"against these pledges" names the pledges; "The Deal offers" is what it contains, at a plan\'s rung', () => {
		assert.deepEqual(overstated('We will be checking every annual progress report against these pledges.'), []);
		assert.deepEqual(overstated('The Deal offers up to £162 million of public money over five years.'), []);
		assert.deepEqual(overstated('The Government guarantees up to £162 million of public money over five years.'), ['guarantees']);
	});
});

suite('"commits … only to explore"', () => {
	test('commits to exploring, not to the result; "commits the Government to change" still commits', () => {
		const only = analyseCommitment('The Deal commits Government only to explore options within existing rules.', 0);
		assert.equal(only.predicates[0]?.level, Strength.Exploratory);
		const firm = analyseCommitment('The Deal commits Government to change the levy rules.', 0);
		assert.equal(firm.predicates[0]?.level, Strength.Firm);
	});
});

suite('"is expected to" in a source', () => {
	test('is its plan (a "will"), while a briefing\'s "is expected to" forecasts', () => {
		assert.equal(analyseCommitment('The Centre is expected to open by 30 June 2027.', 0, undefined, undefined, false, true).predicates[0]?.level, Strength.Intent);
		assert.equal(analyseCommitment('The Centre is expected to open by 30 June 2027.', 0).predicates[0]?.level, Strength.Possibility);
	});
});

suite('binding-status: an instrument a non-binding source names as legally binding', () => {
	const source = loadSource(['# Sector Deal', '', '## 8. Status', '', '8.1 This Deal is a statement of intent. It is not intended to be legally binding.', '', '8.3 The capital grant will be made only under the Grant Offer Letter, which, once accepted, is a separate, legally binding agreement.'].join('\n'), 'deal.md');
	const status = (text: string) => actualsOf(source, 'binding-status', text);

	test('"the only legally binding piece is the Grant Offer Letter" is quiet; the Deal said to be binding is not', () => {
		assert.deepEqual(status('The only legally binding piece is the Grant Offer Letter for the new centre.'), []);
		assert.equal(status('The Deal is legally binding on the Government.').length, 1);
	});
});

suite('misquote: a speaker\'s "we" echoing words the source says in no one\'s voice', () => {
	const source = loadSource(['# Sector Deal', '', 'This Deal is not legally binding.', '', '## 2. People', '', '2.3 The sector has an ambition to double apprenticeship starts to 6,200 a year by 2030.'].join('\n'), 'deal.md');
	const misquotes = (text: string) => actualsOf(source, 'misquote', text);

	test('are the speaker\'s words; the same words without "we" are a misquote', () => {
		assert.deepEqual(misquotes('- "Together we want to double apprenticeship starts to 6,200 a year by 2030, and see more women among them."'), []);
		assert.equal(misquotes('The Deal sets an ambition "to double apprenticeship starts to 7,000 a year by 2030".').length, 1);
	});
});

suite('wrong-reference: a unit the source heads with its own word ("### Commitment 4.2 – …")', () => {
	const source = loadSource(['# Sector Deal', '', 'This Deal is not legally binding.', '', '## 4. Business environment', '', '### Commitment 4.1 – Supplier Uplift', '', 'The Government will provide up to £15 million for a Supplier Uplift Programme for small firms.', '', '### Commitment 4.2 – Prompt payment', '', 'The Founding Companies will pay small suppliers within 30 days of receipt of a valid invoice.', '', '### Commitment 4.3 – Exports', '', 'The Government will include a presence at no fewer than six overseas trade shows each year.'].join('\n'), 'deal.md');
	const references = (text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference').map((f) => [f.actual, f.clause?.id]);

	test('"(Commitment 4.3)" after 4.2\'s words is the wrong one; 4.2 is right; a number the source lacks does not exist, and 4.2 is offered', () => {
		assert.deepEqual(references('The Founding Companies will pay small suppliers within 30 days of a valid invoice (Commitment 4.3).'), [['Commitment 4.3', '4.2']]);
		assert.deepEqual(references('The Founding Companies will pay small suppliers within 30 days of a valid invoice (Commitment 4.2).'), []);
		assert.deepEqual(references('The Founding Companies will pay small suppliers within 30 days of a valid invoice (Commitment 9.2).'), [['Commitment 9.2', '4.2']]);
	});
});

suite('dates: an "-ed" word after a determiner, and a past event the source tells in the same verb', () => {
	const source = loadSource(['# Lease', '', 'This Lease is a deed and is legally binding.', '', '## Recitals', '', '(B) Under its Transfer Policy (July 2022), the Landlord\'s Cabinet approved the grant of this Lease to the Tenant on 9 October 2024.', '', '## 9. Data', '', '9.3 Each Party will endeavour to place its risk information on the shared mobile data platform by 31 March 2026.'].join('\n'), 'lease.md');
	const details = (text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('"on a shared … platform by the end of 2025" is a deadline, not a past event', () => {
		assert.deepEqual(details('All the parties aim to have this on a shared mobile data platform by the end of 2025.'), [['the end of 2025', '9.3']]);
		assert.deepEqual(details('All the parties aim to have this on a shared mobile data platform by 31 March 2026.'), []);
	});

	test('"Cabinet approved the transfer in November 2024" is compared with the date the recital gives after "approved", not the policy\'s', () => {
		assert.deepEqual(details('Cabinet approved the transfer in November 2024.'), [['November 2024', 'B']]);
		assert.deepEqual(details('Cabinet approved the transfer in October 2024.'), []);
		assert.deepEqual(details('The council opened its new offices in November 2024.'), []);
	});
});

suite('a figure stated nowhere, in a sentence that undertakes something and aligns only weakly with its clause', () => {
	const source = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/alb-framework-document.md'), 'utf8'), 'alb-framework-document.md');
	const details = (text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail').map((f) => [f.actual, f.clause?.id]);

	test('is compared with the closest clause\'s figure of the kind (8.6\'s £1.5 million); the right figure and another event\'s sum are not', () => {
		assert.deepEqual(details('The Commission can keep just £1 million of the income it raises itself each year before it has to ask permission to hang on to the rest.'), [['£1 million', '8.6']]);
		assert.deepEqual(details('The Commission can keep just £1.5 million of the income it raises itself each year before it has to ask permission to hang on to the rest.'), []);
		assert.deepEqual(details('The Commission raised £1 million from a charity auction last year.'), []);
	});
});

suite('overstated-commitment: a firm commitment that closely restates a conditional clause without its condition', () => {
	const source = loadSource(['# Memorandum', '', 'This Memorandum is not legally binding.', '', '## Annex A – Resources', '', 'A.1 Ravensholt has undertaken to declare one high-volume pump by 1 October 2026, subject to approval of its capital programme.', '', 'A.2 The Authorities will review the declared resources every year, unless the Board decides otherwise.'].join('\n'), 'memo.md');
	const overstated = (text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => [f.actual, f.clause?.id]);

	test('drops the condition; keeping it, or its words, is faithful; a default ("unless … otherwise") is no condition', () => {
		assert.deepEqual(overstated('Ravensholt has committed to declaring one high-volume pump by October 2026.'), [['has committed to', 'annex-A.1']]);
		assert.deepEqual(overstated('Ravensholt has committed to declaring one high-volume pump by October 2026, subject to its capital programme.'), []);
		assert.deepEqual(overstated('Ravensholt has committed to declaring one high-volume pump by October 2026 once its capital programme gets approval.'), []);
		assert.deepEqual(overstated('The Authorities must review the declared resources every year.'), []);
	});
});

suite('wrong-reference: "paragraph 6.4" in a source that numbers sections, not paragraphs', () => {
	const source = loadSource(['# Scheme', '', 'This Scheme is made under the Transport Act 2000.', '', '## 6. Operators', '', '6.4 Each Operator shall report patronage data to the Authority every four weeks.', '', '6.5 Nothing in the Scheme requires an Operator to run any particular service, route or frequency.', '', '## 10. Revocation', '', '10.1 The Authority may revoke the Scheme only after giving at least six months\' notice to all Operators.'].join('\n'), 'scheme.md');
	const references = (text: string) => check(text, source, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference').map((f) => [f.actual, f.clause?.id]);

	test('is the source\'s own number where the source has a clause 6.4: cited for 6.5\'s words, it is wrong', () => {
		assert.deepEqual(references('Paragraph 6.4 goes further: nothing in the scheme requires an operator to run any particular route or frequency.'), [['Paragraph 6.4', '6.5']]);
		assert.deepEqual(references('Paragraph 6.5 goes further: nothing in the scheme requires an operator to run any particular route or frequency.'), []);
	});
});

suite('binding-status: a negation before a comma and a clause of its own', () => {
	const source = loadSource(['# Devolution Deal', '', '## Status', '', '60. This Deal is a statement of intent. It is not legally binding and does not create legal obligations on any party.'].join('\n'), 'deal.md');
	const status = (text: string) => actualsOf(source, 'binding-status', text);

	test('"Make no mistake, this is a binding agreement" claims the status; "it is not, as some say, a binding agreement" denies it', () => {
		assert.deepEqual(status('Make no mistake, this is a binding agreement between our councils and Whitehall.'), ['binding']);
		assert.deepEqual(status('It is not, as some say, a binding agreement between our councils and Whitehall.'), []);
	});
});

suite('misquote: a short quotation with two words changed for others of another length', () => {
	const source = loadSource(['# Compact', '', '## Foreword', '', 'This Compact sets out how we will work together. It is a public statement of how we intend to behave towards one another, and of what each of us can expect.'].join('\n'), 'compact.md');
	const misquotes = (text: string) => actualsOf(source, 'misquote', text);

	test('is found where the changed length shifts its words\' places ("a public promise of how we will behave" for "… statement of how we intend to behave")', () => {
		assert.equal(misquotes('The signatories describe it as "a public promise of how we will behave towards one another".').length, 1);
		assert.deepEqual(misquotes('The signatories describe it as "a public statement of how we intend to behave towards one another".'), []);
	});
});

suite('a foreword headed with its author ("## Foreword by the Secretary of State")', () => {
	test('is the foreword, cited as such, not loose paragraphs', () => {
		const source = loadSource(['# Sector Deal', '', '## Foreword by the Secretary of State', '', 'Precision engineering is one of our quiet strengths.', '', 'Government will put up to £162 million into the sector.', '', '## 1. Ideas', '', '1.1 The Government will make available up to £60 million for a Challenge.'].join('\n'), 'deal.md');
		assert.deepEqual(source.clauses.map((c) => c.id).slice(0, 3), ['foreword', 'foreword.2', '1.1']);
	});
});

suite('from batch 36: "aim for", a binding instrument something needs, the effort required, the source\'s words quoted', () => {
	const concession = loadSource(['# Concession Agreement', '', 'This Agreement is legally binding on the parties.', '', '## 7. Environment', '', '7.4 The Concessionaire shall use reasonable endeavours to achieve net zero for its own operations by 31 March 2035.', '', '## 9. Employment', '', '9.3 The Concessionaire shall seek to ensure that at least 60 per cent of new recruits live in the Area.', '', '## 17. Legal Status', '', '17.3 Where this Agreement states that a party "will seek to" or "intends" to do something, no liability arises.'].join('\n'), 'concession.md');
	const statement = loadSource(['# Statement of Intent', '', '## Final provisions', '', '17. This Statement does not provide for the transfer of nuclear material, which would require a separate agreement.', '', '18. This Statement is not legally binding and does not create any rights or obligations under international law.'].join('\n'), 'statement.md');
	const rule = (source: typeof concession, id: string, text: string) => actualsOf(source, id, text);

	test('"will also aim for 60 per cent" is an aim, as "shall seek to" is; "will ensure 60 per cent" is stronger', () => {
		assert.deepEqual(rule(concession, 'overstated-commitment', 'The operator will also aim for 60 per cent of new recruits to live in the Area.'), []);
		assert.equal(rule(concession, 'overstated-commitment', 'The operator must ensure that 60 per cent of new recruits live in the Area.').length, 1);
	});

	test('"only requires “reasonable endeavours”" keeps the effort; words the source itself uses, quoted, state nothing stronger', () => {
		assert.deepEqual(rule(concession, 'overstated-commitment', 'The contract only requires "reasonable endeavours" to get its own operations to net zero by 2035.'), []);
		assert.deepEqual(rule(concession, 'overstated-commitment', 'Clause 17.3 removes liability wherever a party "will seek to" or "intends" to do something.'), []);
	});

	test('a legally binding agreement that a transfer would need is another instrument; the statement called binding is not', () => {
		assert.deepEqual(rule(statement, 'binding-status', 'Any such transfer would first require a legally binding nuclear cooperation agreement between the two governments.'), []);
		assert.equal(rule(statement, 'binding-status', 'The statement is a legally binding agreement between the two governments.').length, 1);
	});
});

suite('a numbered table or figure heading is not a unit of the document', () => {
	test('"### Table 1 – Allocations" carries no number of the text; "### Commitment 1.1 – …" does', () => {
		assert.equal(parseMarkdownHeading('### Table 1 – Allocations')?.number, '');
		assert.equal(parseMarkdownHeading('### Figure 2: Passenger numbers')?.number, '');
		assert.equal(parseMarkdownHeading('### Commitment 1.1 – Challenge')?.number, '1.1');
	});
});

suite('items of a lead-in that ends "which may include:"', () => {
	const treaty = loadSource(['# Framework Convention', '', '## Article 7', '', '1. Each Party shall, as appropriate, engage in planning processes, which may include:', '', '(a) The assessment of climate risks;', '', '(b) Building the resilience of local water systems;', '', '2. Each Party shall submit a report every two years.'].join('\n'), 'convention.md');
	const rule = (id: string, text: string) => check(text, treaty, { format: 'markdown' }).findings.filter((f) => f.ruleId === id);

	test('an item is only possible under its "shall" lead-in: "requires every Party to build resilience" is stronger', () => {
		const item = treaty.sentences.find((s) => s.clause.id === '7.1(b)');
		assert.equal(item?.commitment.level, Strength.Possibility);
		assert.equal(item?.commitment.predicate?.cueText, 'may include');
		const [f] = rule('overstated-commitment', 'Article 7 requires every Party to build the resilience of local water systems.');
		assert.ok(f);
		assert.equal(f.clause?.id, '7.1(b)');
		assert.deepEqual(rule('overstated-commitment', 'Planning under Article 7 may include building the resilience of local water systems.'), []);
	});

	test('a lead-in that lists what each Party shall do still gives its items the duty', () => {
		const plain = loadSource(['# Convention', '', '## Article 3', '', '1. Each Party shall:', '', '(a) Assess climate risks;', '', '(b) Build the resilience of local water systems.'].join('\n'), 'plain.md');
		assert.ok((plain.sentences.find((s) => s.clause.id === '3.1(b)')?.commitment.level ?? 0) > Strength.Intent);
	});
});

suite('from batch 37: a plan row, commitments the text records, a date given as a timetable', () => {
	const charter = loadSource(['# Twin City Partnership Agreement', '', '## Article 4 – Programmes', '', '1. The Partner Cities shall organise an annual cultural festival, held in each City in turn.', '', '2. The Partner Cities shall exchange delegations at least once a Year.', '', '3. The Partner Cities shall appoint coordinators within 30 days.', '', '4. The Partner Cities shall publish an annual report.', '', '5. The Partner Cities shall meet in each City in turn.', '', '6. The Partner Cities recognise their commitments to net zero emissions from their own operations (Brackenford by 2035, Varenza by 2040). They intend to exchange experience on low-emission buses.', '', '## Article 10 – Legal Status', '', '1. This Agreement is not legally binding and creates no obligations under international or domestic law.', '', '## Annex – Action Plan', '', '| No. | Activity | Lead City | Target date |', '|---|---|---|---|', '| 1 | First festival | Varenza | June 2027 |', '| 2 | Second festival | Brackenford | June 2028 |'].join('\n'), 'twin.md');
	const overstated = (text: string) => actualsOf(charter, 'overstated-commitment', text);

	test('in a text that binds no one, "will host in 2028" restates the plan\'s row', () => {
		assert.deepEqual(overstated('The first festival will be in Varenza in June 2027, and Brackenford will host the second festival in 2028.'), []);
	});

	test('"have committed to net zero" reports the commitments the clause records; "have committed to exchange experience" is stronger than its "intend to"', () => {
		assert.deepEqual(overstated('Both cities have committed to net zero from their own operations, Brackenford by 2035 and Varenza by 2040.'), []);
		assert.equal(overstated('Both cities have committed to exchange experience on low-emission buses.').length, 1);
	});

	test('a date given as due ("due by 31 October 2025") is compared with the one clause the sentence is clearly about', () => {
		const deal = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/manufacturing-sector-deal.md'), 'utf8'), 'manufacturing-sector-deal.md');
		const rule = (text: string) => actualsOf(deal, 'contradicted-detail', text);
		assert.deepEqual(rule('Cluster plans are due by 31 October 2025.'), ['31 October 2025']);
		assert.deepEqual(rule('Cluster plans are due by 30 September 2025.'), []);
	});
});

suite('contradicted-detail: a briefing table row is read whole', () => {
	const franchise = loadSource(['# Franchise Agreement', '', 'This Agreement is legally binding.', '', '## 4. Student Numbers', '', '4.1 The College shall not enrol more than the Maximum Intake for each programme in Schedule 1.', '', '## Schedule 1 – Franchised Programmes', '', '| Programme | Award | Maximum annual intake | First intake |', '|---|---|---|---|', '| Early Years Practice | FdA | 30 | September 2025 |', '| Digital Technologies | FdSc | 18 | January 2026 |'].join('\n'), 'franchise.md');
	const table = (rows: string[]) => ['The programmes:', '', '| Programme | Award | Intake | Start |', '|---|---|---|---|', ...rows].join('\n');
	const found = (text: string) => check(text, franchise, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail');

	test('a cell\'s date ("March 2026") is compared with the source row the whole row names, and the fix is its value', () => {
		const text = table(['| Digital Technologies | FdSc | 18 | March 2026 |', '| Early Years Practice | FdA | 30 | September 2025 |']);
		const [f] = found(text);
		assert.ok(f);
		assert.equal(f.actual, 'March 2026');
		assert.equal(f.clause?.id.startsWith('schedule-1'), true);
		assert.ok(applyFix(text, f.fixes[0]!).includes('| 18 | January 2026 |'));
	});

	test('rows that give the source\'s values are quiet', () => {
		assert.deepEqual(found(table(['| Digital Technologies | FdSc | 18 | January 2026 |', '| Early Years Practice | FdA | 30 | September 2025 |'])), []);
	});
});

suite('a table of money added up is the source\'s figure', () => {

	test('"an estimated total cost of just over £400,000" is the twin-city Action Plan\'s cost column added up (£407,500)', () => {
		const twin = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/twin-city-partnership.md'), 'utf8'), 'twin-city-partnership.md');
		const unsupported = (text: string) => actualsOf(twin, 'unsupported-claim', text);
		assert.deepEqual(unsupported('The action plan attached to the agreement lists activities with an estimated total cost of just over £400,000 between 2027 and 2029, spread across both cities.'), []);
	});

	test('a column that ends in its own total row is totalled once', () => {
		const table = loadSource(['# Budget Agreement', '', 'This Agreement is legally binding.', '', '## Schedule 1 — Budget', '', '| Line | Amount (£) |', '|---|---|', '| Staff | 10,000 |', '| Travel | 20,000 |', '| Venues | 30,000 |', '| Printing | 40,000 |', '| Evaluation | 50,000 |', '| **Total** | **150,000** |'].join('\n'), 'budget.md');
		assert.equal(sourceDerivesAmount(table, '£150,000', false), true);
		assert.equal(sourceDerivesAmount(table, '£300,000', false), false);
	});
});

suite('from batch 38: sections over paragraphs that number on, and a memorandum\'s preamble', () => {
	const mou = loadSource(['# Memorandum of Understanding between the Museum and the Ministry', '', 'The Board of Trustees of the Museum and the Ministry of Culture,', '', '**Recognising** the long-standing links between the two countries;', '', '**Noting** that the Museum\'s Trustees may not dispose of any object except as the 1969 Act allows;', '', 'Have reached the following understanding:', '', '## Section I: Purpose', '', '**1. Purpose**', '', 'The purpose of this Memorandum is to set out the intentions of the Participants.', '', '**2. Areas**', '', 'The Participants intend to cooperate on provenance research.', '', '## Section II: Loans', '', '**3. Long-term loans**', '', '(1) The Museum is willing to lend up to seven objects.', '', '(2) Each loan is intended to be for five years.', '', '**4. Requests**', '', '(1) The Museum will consider any request in good faith within six months.', '', '## Section III: Final provisions', '', '**5. Status**', '', 'This Memorandum is not legally binding.'].join('\n'), 'mou.md');
	const ids = mou.clauses.map((c) => c.id);

	test('"**3. Long-term loans**" under "## Section II" is paragraph 3, cited as the document numbers it (`3.2`, not `II.3.2`)', () => {
		assert.ok(ids.includes('3.2'), ids.join(' '));
		assert.ok(ids.includes('4.1'), ids.join(' '));
		assert.ok(!ids.some((id) => id.startsWith('II.')), ids.join(' '));
	});

	test('the recitals before "Have reached the following understanding:" are the preamble, and record what is, promising nothing', () => {
		assert.ok(ids.includes('preamble') && ids.includes('preamble.2'), ids.join(' '));
		const rule = (text: string) => check(text, mou, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment');
		assert.deepEqual(rule('The Museum\'s Trustees cannot dispose of any object except as the 1969 Act allows.'), []);
	});

	test('sections that each number their paragraphs from 1 keep them within the section', () => {
		const afresh = loadSource(['# Agreement', '', '## Section I: Scope', '', '**1. Scope**', '', 'The Parties shall cooperate.', '', '**2. Areas**', '', 'The Parties shall share data.', '', '## Section II: Funding', '', '**1. Costs**', '', 'Each Party shall bear its own costs.', '', '**2. Audit**', '', 'The Parties shall keep records.'].join('\n'), 'afresh.md');
		const own = afresh.clauses.map((c) => c.id);
		assert.equal(new Set(own).size, own.length);
		assert.ok(own.some((id) => id.startsWith('II.')), own.join(' '));
	});
});

suite('a sum a year over the agreement\'s term', () => {
	const contract = loadSource(['# Waste Collection Contract', '', 'This Contract is legally binding.', '', '## 3. Term', '', '3.1 The Initial Term is eight (8) years from the Service Commencement Date.', '', '## 6. Payment', '', '6.1 The Authority shall pay the Contractor an Annual Contract Sum of six million, four hundred and eighty thousand pounds (£6,480,000) for the first Contract Year.'].join('\n'), 'contract.md');
	const unsupported = (text: string) => actualsOf(contract, 'unsupported-claim', text);

	test('"a deal worth around £52 million" is the annual sum over the eight-year term; "£72 million" is not', () => {
		assert.deepEqual(unsupported('Over the initial term, the deal is worth roughly £52 million.'), []);
		assert.equal(unsupported('Over the initial term, the deal is worth roughly £72 million.').length, 1);
	});
});

suite('a promise to help is a promise of effort', () => {
	const mou = loadSource(['# Memorandum of Understanding', '', '## 4. Research', '', '4.1 The Ministry will use its best endeavours to facilitate access for researchers nominated by the Museum to relevant State archives.', '', '## 15. Status', '', '15.1 This Memorandum is not legally binding.'].join('\n'), 'mou.md');
	const overstated = (text: string) => actualsOf(mou, 'overstated-commitment', text);

	test('"will help researchers reach the State archives" keeps the effort; "will give researchers access" states the result', () => {
		assert.deepEqual(overstated('The Ministry will help researchers nominated by the Museum reach relevant State archives.'), []);
		assert.equal(overstated('The Ministry will give researchers nominated by the Museum access to relevant State archives.').length, 1);
	});
});

suite('from batch 38: a contract that calls a schedule "not contractually binding", a duty of effort kept as an aim', () => {
	const contract = loadSource(['# Waste Collection Contract', '', '## 9. Staff', '', '9.3 The Contractor shall employ not fewer than four (4) apprentices from the end of the first Contract Year, of whom it shall use reasonable endeavours to recruit at least half from residents of the Service Area.', '', '## 17. General', '', '17.2 Save for Schedule 3 (Social Value Plan), which is not contractually binding, each of the Schedules forms part of this Contract and is binding on the Parties.', '', '## SCHEDULE 3 — SOCIAL VALUE PLAN', '', '1. The Contractor aims to run two school visits a year.'].join('\n'), 'contract.md');
	const overstated = (text: string) => actualsOf(contract, 'overstated-commitment', text);

	test('a schedule "not contractually binding" makes the rest binding, with that part not', () => {
		assert.equal(contract.status, 'binding-with-non-binding-parts');
		assert.ok([...contract.nonBindingParts].some((c) => c.id.startsWith('schedule-3')));
	});

	test('"must employ four apprentices, aiming to recruit half locally" keeps the effort; "and recruit half locally" drops it', () => {
		assert.deepEqual(overstated('The Contractor must employ at least four apprentices from the end of the first year, aiming to recruit half locally.'), []);
		assert.equal(overstated('The Contractor must employ at least four apprentices from the end of the first year and recruit half of them locally.').length, 1);
	});
});

suite('a sentence\'s own proviso of effort', () => {
	const contract = loadSource(['# Waste Collection Contract', '', 'This Contract is legally binding.', '', '## Schedule 1 — Service Specification', '', '5. Bulky Waste includes furniture and white goods. The Contractor shall use reasonable endeavours to divert reusable bulky items to the Authority\'s reuse partner.'].join('\n'), 'contract.md');
	const overstated = (text: string) => actualsOf(contract, 'overstated-commitment', text);

	test('"Where possible, reusable items will go to the reuse partner" keeps the clause\'s effort; without the proviso it states the result', () => {
		assert.deepEqual(overstated('Where possible, reusable bulky items will go to the reuse partner.'), []);
		assert.equal(overstated('Reusable bulky items will go to the reuse partner.').length, 1);
	});
});

suite('"fortnightly" is an interval; "31 January each year" is a date that recurs', () => {
	test('quantities: "fortnightly" and "every fortnight" are every two weeks; "each year" after a date is no interval', () => {
		assert.deepEqual(quantities('collected fortnightly, or every fortnight').map((q) => [q.unit, q.value, q.interval]), [['week', 2, true], ['week', 2, true]]);
		assert.deepEqual(quantities('apply by 31 January each year').map((q) => q.unit), ['day of year']);
		assert.deepEqual(quantities('the Board meets each year').map((q) => q.unit), ['year']);
	});

	test('"Garden waste will be collected weekly" conflicts with the contract\'s "fortnightly"', () => {
		const contract = loadSource(['# Waste Collection Contract', '', 'This Contract is legally binding.', '', '## 2. Services', '', '2.1 The Contractor shall provide the fortnightly collection of garden waste from households which have subscribed to the garden waste scheme.'].join('\n'), 'contract.md');
		const found = check('Garden waste will be collected weekly for subscribers.', contract, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'contradicted-detail');
		assert.equal(found[0]?.actual, 'weekly');
	});
});

suite('from batch 38: the clause\'s own "may be extended", a timetable that is not a thing done', () => {
	const mou = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/heritage-cooperation-mou.md'), 'utf8'), 'heritage-cooperation-mou.md');
	const rule = (id: string, text: string) => actualsOf(mou, id, text);

	test('"It may be extended by written agreement" says what §17 says of its extension; "It may remain in effect for five years" is weaker', () => {
		assert.deepEqual(rule('understated-commitment', 'The memorandum takes effect on signature and runs for five years. It may be extended by written agreement.'), []);
		assert.equal(rule('understated-commitment', 'The memorandum may remain in effect for a period of five years.').length, 1);
	});

	test('"a final report is due by …, published in English and Marrovian" gives a timetable, not a thing done', () => {
		assert.deepEqual(rule('overstated-commitment', 'An interim report is due by 30 June 2027 and a final report by the end of 2028, published in English and Marrovian on an open-access basis.'), []);
		assert.equal(rule('overstated-commitment', 'The results of the research are published jointly in English and Marrovian on an open-access basis.').length, 1);
	});
});

suite('a figure the clause adds to another ("by a further three months")', () => {
	const mou = loadSource(['# Memorandum of Understanding', '', '## 9. Requests', '', '9.3 The Museum will acknowledge receipt of a Request within 30 days and will provide a written response within six months of receiving a complete Request. Where the complexity of a Request so requires, the Museum may extend this period by a further three months.', '', '## 15. Status', '', '15.1 This Memorandum is not legally binding.'].join('\n'), 'mou.md');
	const found = (text: string) => actualsOf(mou, 'contradicted-detail', text);

	test('"reply within three months" is not the further three months\' figure: it conflicts with the six months', () => {
		assert.deepEqual(found('The museum must acknowledge requests within 30 days and reply within three months.'), ['three months']);
		assert.deepEqual(found('The museum must acknowledge requests within 30 days and reply within six months, or nine in complex cases.'), []);
	});

	test('"extended by a further six months" is compared with the further three months', () => {
		assert.deepEqual(found('The Museum will acknowledge within 30 days and respond within six months, which can be extended by a further six months in complex cases.'), ['six months']);
	});
});

suite('a memorandum of bold numbered paragraphs ("**15. Status**") is cited by paragraph', () => {
	const mou = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/heritage-cooperation-mou.md'), 'utf8'), 'heritage-cooperation-mou.md');

	test('its references are paragraphs, and "Paragraph 11 confirms that it is not legally binding" names the wrong one', () => {
		assert.equal(mou.references, 'paragraph');
		const [f] = check('Paragraph 11 confirms that it is not legally binding; legal obligations will arise only from separate loan agreements or other written agreements.', mou, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'wrong-reference');
		assert.ok(f);
		assert.equal(f.actual, 'Paragraph 11');
		assert.equal(f.clause?.id.startsWith('15'), true);
	});
});

suite('a count with an acronym before its noun ("1,173 HO objects")', () => {
	test('is a count of the noun, compared with the clause\'s count of it', () => {
		const mou = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/heritage-cooperation-mou.md'), 'utf8'), 'heritage-cooperation-mou.md');
		const found = (text: string) => actualsOf(mou, 'contradicted-detail', text);
		assert.deepEqual(found('A joint programme covering, as a first priority, the 1,173 HO objects with incomplete or uncertain acquisition histories.'), ['1,173']);
		assert.deepEqual(found('A joint programme covering, as a first priority, the 1,137 HO objects with incomplete or uncertain acquisition histories.'), []);
	});
});

suite('a year of the agreement as a bound of time ("after Year 3", "after the end of the fourth Contract Year")', () => {
	test('quantities: a bound is a year of the run; "in the first Partnership Year" and "180 Year 7 pupils" are none', () => {
		assert.deepEqual(quantities('after the end of the fourth Contract Year').map((q) => [q.unit, q.value]), [['nth year', 4]]);
		assert.deepEqual(quantities('may terminate after Year 3').map((q) => [q.unit, q.value]), [['nth year', 3]]);
		assert.deepEqual(quantities('in the first Partnership Year').map((q) => q.unit), []);
		assert.ok(!quantities('starting with 180 Year 7 pupils').some((q) => q.unit === 'nth year'));
	});

	test('"may terminate for convenience after Year 3" conflicts with "after the end of the fourth Contract Year"', () => {
		const contract = loadSource(['# Waste Collection Contract', '', 'This Contract is legally binding.', '', '## 14. Termination', '', '14.5 The Authority may terminate this Contract for convenience at any time after the end of the fourth Contract Year by giving not less than twelve (12) months\' written notice.'].join('\n'), 'contract.md');
		const found = (text: string) => actualsOf(contract, 'contradicted-detail', text);
		assert.deepEqual(found('The Council may terminate for convenience after Year 3 on 12 months\' notice.'), ['Year 3']);
		assert.deepEqual(found('The Council may terminate for convenience after Year 4 on 12 months\' notice.'), []);
	});
});

suite('from batch 39: a letter of intent\'s indicative grant, and a newspaper\'s "£48.5m" and "60pc"', () => {
	const letter = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/semiconductor-letter-of-intent.md'), 'utf8'), 'semiconductor-letter-of-intent.md');
	const citedBy = (text: string) => check(text, letter).citations.map((c) => c.clause.id);

	test('"£48.5m" is the letter\'s "£48.5 million": the sentence is cited to the paragraph that gives it', () => {
		assert.deepEqual(citedBy('The Department has offered the Company a capital grant of up to £48.5m.'), ['8']);
		assert.deepEqual(citedBy('The grant could be worth up to £48.5m.'), ['8']);
	});

	test('"has offered" a grant the Department "is minded to offer" overstates it; "is minded to offer" does not', () => {
		assert.deepEqual(actualsOf(letter, 'overstated-commitment', 'The Department has offered the Company a capital grant of up to £48.5m.'), ['has offered']);
		assert.deepEqual(actualsOf(letter, 'overstated-commitment', 'The Department is minded to offer the Company a grant of up to £48.5m.'), []);
	});

	test('the date the letter bears above its first paragraph is not contradicted by a date in it ("since March 2025")', () => {
		assert.deepEqual(actualsOf(letter, 'contradicted-detail', 'On 12 November 2025 the Minister of State for Industry, Thomas Aldwin, wrote to Veridian Compound Semiconductors Limited setting out the terms on which the Government might support a new wafer fabrication plant at Kelder Point Enterprise Park, Redmarsh, and the company countersigned on 28 November.'), []);
	});

	test('"60pc" is the letter\'s "60%": stated, so not unsupported; "70pc" conflicts with it', () => {
		const text = (share: string) => `The company has said it intends to fill ${share} of new roles with people living in the Tees and Wear Combined Authority area.`;
		assert.deepEqual(check(text('60pc'), letter).findings.map((f) => f.ruleId), []);
		assert.deepEqual(actualsOf(letter, 'contradicted-detail', text('70pc')), ['70pc']);
	});
});

suite('a reaction foretold in a trailing clause ("…, which will be welcomed by many older residents")', () => {
	const contract = loadSource(['# Broadband Contract', '', '## 3. Legal status', '', '3.1 This Contract is legally binding on the Parties.', '', '## 9. Social value', '', '9.1 The Supplier shall use reasonable endeavours to deliver the following social value commitments:', '', '(a) creating at least 12 apprenticeships; and', '', '(b) providing at least 400 hours of free digital skills sessions in each Contract Year.'].join('\n'), 'contract.md');
	const overstated = (text: string) => actualsOf(contract, 'overstated-commitment', text);

	test('reports no one\'s words: the sentence is the writer\'s, and its "there will be" states the result of an effort', () => {
		assert.deepEqual(overstated('There will also be at least 400 hours a year of free digital skills sessions, which will be welcomed by many older residents.'), ['There will also be']);
		assert.deepEqual(overstated('The Supplier will use reasonable endeavours to provide 400 hours of digital skills sessions, which will be welcomed by many older residents.'), []);
	});

	test('a passive that gives the words ("described by ministers as a guarantee") still reports them', () => {
		assert.deepEqual(overstated('There will also be at least 400 hours a year of free digital skills sessions, which was described by ministers as a guarantee.'), []);
	});
});

suite('from batch 40: a treaty\'s review "every four years", found by its rare word among periods of other units', () => {
	const treaty = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/ets-linking-agreement.md'), 'utf8'), 'ets-linking-agreement.md');

	test('"Review: every five years" conflicts with Article 14\'s "every four years", not with the "30 days" another article gives a review', () => {
		assert.deepEqual(actualsOf(treaty, 'contradicted-detail', 'Review: every five years, with the first due by the end of 2030'), ['five years']);
		assert.deepEqual(actualsOf(treaty, 'contradicted-detail', 'Review: every four years, with the first due by the end of 2030'), []);
	});
});

suite('a text that says its own "will" and "shall" oblige no one: "must" claims the duty it disclaims', () => {
	const statement = (status: string) => loadSource(['# Statement of Principles', '', '## 1. Information', '', '1.1 Signatory Lenders will publish an application checklist for facilities of £25,000 or less.', '', '## 2. Status', '', status].join('\n'), 'statement.md');
	const overstated = (source: ReturnType<typeof loadSource>, text: string) => actualsOf(source, 'overstated-commitment', text);

	test('"must publish" for "will publish" where the text says its "will" gives rise to no obligation', () => {
		const disclaims = statement('2.1 This Statement is voluntary and is not legally binding. The use in this Statement of words such as "will" and "shall" describes the intentions of the Participants and does not give rise to any legal obligation.');
		assert.deepEqual(overstated(disclaims, 'Every signatory must publish an application checklist for its smaller products.'), ['must']);
		assert.deepEqual(overstated(disclaims, 'Every signatory will publish an application checklist for its smaller products.'), []);
	});

	test('not where it only says it is not binding: an arrangement\'s "will" is still what must happen there', () => {
		const plain = statement('2.1 This Statement is voluntary and is not legally binding.');
		assert.deepEqual(overstated(plain, 'Every signatory must publish an application checklist for its smaller products.'), []);
	});
});

suite('from batch 41: a round figure "just under" the clause\'s, and a term that is a plan\'s or the framework\'s own', () => {
	const framework = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/offshore-hydrogen-framework.md'), 'utf8'), 'offshore-hydrogen-framework.md');
	const stadium = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/stadium-development-agreement.md'), 'utf8'), 'stadium-development-agreement.md');

	test('"just under five per cent" rounds the loan\'s 4.85 per cent; "just under six per cent" does not', () => {
		assert.deepEqual(actualsOf(stadium, 'contradicted-detail', 'The council is offering a loan at a fixed rate of just under five per cent.'), []);
		assert.deepEqual(actualsOf(stadium, 'contradicted-detail', 'The council is offering a loan at a fixed rate of just under six per cent.'), ['six per cent']);
	});

	test('"a two-year work plan" is the plan the framework names, not its own term; "a five-year framework" is its term, right', () => {
		assert.deepEqual(actualsOf(framework, 'contradicted-detail', 'The first working group meeting is expected no later than April 2026, when a two-year work plan is due to be adopted.'), []);
		assert.deepEqual(actualsOf(framework, 'contradicted-detail', 'The UK and the Gulf state of Qaderra have signed a five-year framework to cooperate on offshore wind and green hydrogen.'), []);
		assert.deepEqual(actualsOf(framework, 'contradicted-detail', 'The UK and Qaderra have signed a three-year framework to cooperate on offshore wind.'), ['three-year']);
		// Nor a plan the sentence gives a part of the document.
		assert.deepEqual(actualsOf(framework, 'contradicted-detail', 'The Annex lays out a two-year delivery plan for the pilot projects.'), []);
		assert.deepEqual(actualsOf(framework, 'contradicted-detail', 'The two governments have signed a two-year delivery plan for the pilot projects.'), ['two-year']);
	});
});

suite('a sum in words ("one hundred and eighteen million pounds")', () => {
	const stadium = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/stadium-development-agreement.md'), 'utf8'), 'stadium-development-agreement.md');

	test('is the source\'s £118,400,000 and £96,400,000, roughly: its "million" is no new word', () => {
		assert.deepEqual(actualsOf(stadium, 'unsupported-claim', 'The whole project is costed at a little over one hundred and eighteen million pounds, and before the deal goes unconditional Rovers have to show the council it has at least ninety-six million of that committed.'), []);
	});
});

suite('a view given as a group\'s ("opposition councillors warn …")', () => {
	const stadium = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/stadium-development-agreement.md'), 'utf8'), 'stadium-development-agreement.md');

	test('is theirs, not the agreement\'s content: its "£22m loan" is not read as the loan\'s limit stated as a set figure', () => {
		const headline = (who: string) => `Fans celebrate as 115-year stay at Tannery Lane nears its end, but ${who}taxpayers are "propping up a football club" with a £22m loan`;
		assert.deepEqual(check(headline('opposition councillors warn '), stadium).findings.map((f) => f.ruleId), []);
		assert.deepEqual(actualsOf(stadium, 'overstated-commitment', headline('')), ['£22m']);
	});
});

suite('a period given to a thing the source defines with one ("a 99-year lease")', () => {
	const deed = loadSource(['# Development Agreement', '', 'This Agreement is legally binding.', '', '## 1. Definitions', '', '1.1 In this Agreement:', '', '**"Lease"** means a lease of the Site for a term of 150 years in the agreed form.', '', '**"Site"** means the land at Brackenholme Road.', '', '## 4. Premium', '', '4.1 On completion of the Lease the Club shall pay the Council a premium of £4,750,000.'].join('\n'), 'deed.md');
	const found = (text: string) => actualsOf(deed, 'contradicted-detail', text);

	test('conflicts with the definition\'s period, before or after the defined word', () => {
		assert.deepEqual(found('Under the agreement, Rovers will take a 99-year lease on the site and pay the council a £4.75m premium for it.'), ['99-year']);
		assert.deepEqual(found('The club will lease the 14.6-hectare site from the council for 125 years, paying a £4.75m premium up front.'), ['125 years']);
		assert.deepEqual(found('Rovers will take a 150-year lease on the site.'), []);
	});

	test('not a period of the writer\'s story ("has played … for 115 years under a lease")', () => {
		assert.deepEqual(found('The club has played at Tannery Lane for 115 years under a lease.'), []);
	});

	test('hours too, where the sentence\'s hours are another clause\'s about something else; not a measure the term is taken over', () => {
		const contract = loadSource(['# Contract', '', 'This Contract is legally binding.', '', '## 1. Definitions', '', '1.1 In this Contract:', '',
			'(a) **"CPI"** means the Consumer Prices Index (all items, 12-month rate);', '', '(b) **"Deployment"** means a single use of the Software at one location for a continuous period not exceeding 10 hours;', '',
			'## 7. Service levels', '', '7.1 The Supplier shall resolve a Severity 2 fault within 12 hours.', '', '## 8. Prices', '', '8.1 The Charges may rise once by CPI.'].join('\n'), 'contract.md');
		assert.deepEqual(actualsOf(contract, 'contradicted-detail', 'No single deployment can last longer than 12 hours.'), ['12 hours']);
		assert.deepEqual(actualsOf(contract, 'contradicted-detail', 'Either side can act if CPI runs above 4.5% for three months in a row.'), []);
	});
});

suite('a rate written "1 in 6,000"', () => {
	test('quantities: a share with a denominator in thousands', () => {
		assert.deepEqual(quantities('a false match rate of not more than 1 in 6,000').map((q) => [q.unit, Number(q.value.toFixed(6))]), [['%', 0.016667]]);
	});

	test('"one in 60,000" conflicts with the contract\'s "1 in 6,000"', () => {
		const contract = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/facial-recognition-contract.md'), 'utf8'), 'facial-recognition-contract.md');
		assert.deepEqual(actualsOf(contract, 'contradicted-detail', 'Halcyon warrants a false match rate no worse than one in 60,000 and a true match rate of at least 88% for people on a watchlist.'), ['one in 60,000']);
		assert.deepEqual(actualsOf(contract, 'contradicted-detail', 'Halcyon warrants a false match rate no worse than one in 6,000.'), []);
	});
});

suite('an open list whose items share a word ("APBC One, APBC Two or the APBC Digital Services")', () => {
	const rights = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/broadcast-rights-agreement.md'), 'utf8'), 'broadcast-rights-agreement.md');
	const closed = (text: string) => check(text, rights).findings.filter((f) => f.ruleId === 'overstated-commitment' && f.message.includes('open list')).map((f) => f.actual);

	test('is not named by the word they share: "exclusively free-to-air, across its television channels" closes nothing', () => {
		assert.deepEqual(closed('APBC will show 20 Premiership matches live each season, exclusively free-to-air, across its television channels and digital services.'), []);
	});

	test('its items named by their own words still are: "covers only the Grand Final and the APBC Digital Services"', () => {
		assert.deepEqual(closed('The Agreement covers only the Women\'s League Grand Final and the APBC Digital Services.'), ['only']);
	});
});

suite('minutes in words ("half an hour", "a quarter of an hour", "an hour and a half")', () => {
	test('quantities: read as minutes, and "a quarter of the places" is still a share', () => {
		assert.deepEqual(quantities('clips can go up half an hour after the final whistle').map((q) => [q.unit, q.value]), [['minute', 30]]);
		assert.deepEqual(quantities('a quarter of an hour before kick-off').map((q) => [q.unit, q.value]), [['minute', 15]]);
		assert.deepEqual(quantities('within an hour and a half').map((q) => [q.unit, q.value]), [['minute', 90]]);
		assert.deepEqual(quantities('a quarter of the places').map((q) => [q.unit, q.value]), [['%', 25]]);
	});

	test('"half an hour after the final whistle" conflicts with the clause\'s "1 hour"', () => {
		const rights = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/broadcast-rights-agreement.md'), 'utf8'), 'broadcast-rights-agreement.md');
		assert.deepEqual(actualsOf(rights, 'contradicted-detail', 'Highlights clips of up to four minutes from every match can go up on the APBC Sport app half an hour after the final whistle.'), ['half an hour']);
		assert.deepEqual(actualsOf(rights, 'contradicted-detail', 'Highlights clips of up to four minutes from every match can go up on the APBC Sport app an hour after the final whistle.'), []);
	});
});

suite('a large number whose thing is named before it ("a 12,000 m² terminal extension")', () => {
	const concession = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/airport-concession-agreement.md'), 'utf8'), 'airport-concession-agreement.md');

	test('conflicts with the one large number of the clause the sentence is plainly about, when the two are close', () => {
		const works = (area: string) => `Works include resurfacing runway 09/27 by October 2027 and a ${area} m² terminal extension with 14 additional security lanes by March 2030, followed by taxiway, stand and runway end safety works by 2036.`;
		assert.deepEqual(actualsOf(concession, 'contradicted-detail', works('12,000')), ['12,000']);
		assert.deepEqual(actualsOf(concession, 'contradicted-detail', works('11,000')), []);
	});
});

suite('from batch 44: where a text says its status, and a "will" that explores or helps', () => {
	test('"As set out in section 9, it is … not legally binding" names where it says so: the memorandum is not binding', () => {
		const memo = loadSource(['# Memorandum of Understanding', '', 'This Memorandum records the shared intentions of the Parties. As set out in section 9, it is a voluntary statement of intent and is not legally binding.', '', '### 3. Skills', '', '3.1 Lumina intends to offer free training to up to 15,000 residents.', '', '### 9. Status', '', '9.1 This Memorandum is a voluntary statement of the Parties\' intentions. It is not intended to be legally binding.'].join('\n'), 'memo.md');
		assert.equal(memo.status, 'not-binding');
	});

	test('"This Schedule records … intentions. As provided by clause 9, it is not legally binding": the schedule is the non-binding part', () => {
		const lease = loadSource(['# Lease', '', 'This Lease is legally binding.', '', '## 9. Community Plan', '', '9.1 The Tenant shall deliver the Community Plan.', '', '9.2 The Community Plan is not legally binding.', '', '## SCHEDULE 3 — COMMUNITY PLAN', '', '*This Schedule records the Tenant\'s intentions. As provided by clause 9, it is not legally binding.*', '', '1. The Tenant aims to open the hall on 200 days a year.'].join('\n'), 'lease.md');
		assert.equal(lease.status, 'binding-with-non-binding-parts');
		const parts = [...lease.nonBindingParts].map((c) => c.id);
		assert.ok(parts.some((id) => id.startsWith('schedule-3')), parts.join(' '));
		assert.ok(!parts.some((id) => id.startsWith('9')), parts.join(' '));
	});

	test('a "will" that explores or helps promises that much in a text of "shall"s; a firm commitment still overstates', () => {
		const memo = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/ai-skills-mou.md'), 'utf8'), 'ai-skills-mou.md');
		const overstated = (text: string) => actualsOf(memo, 'overstated-commitment', text);
		assert.deepEqual(overstated('The company intends to offer at least 20 work-experience placements a year to 16 to 18-year-olds, and will explore a paid apprenticeship in AI operations with Ashcombe College and Brackenford & Felsworth College by September 2026.'), []);
		assert.deepEqual(overstated('Lumina has committed to offering at least 20 work-experience placements a year.'), ['has committed to']);
	});
});

suite('in a binding text, a plain "will" that explores or helps is not promoted to a duty', () => {
	const contract = loadSource(['# Contract', '', 'This Contract is legally binding.', '', '## 2. Skills', '', '2.2 The Supplier intends to offer at least 20 placements a year, and will explore a paid apprenticeship with local colleges.', '', '## 3. Venues', '', '3.5 The Authority shall use reasonable endeavours to help identify suitable venues for the sessions.'].join('\n'), 'contract.md');
	const overstated = (text: string) => actualsOf(contract, 'overstated-commitment', text);

	test('"will explore" and "will help to find" say what the clauses say', () => {
		assert.deepEqual(overstated('The Supplier will explore a paid apprenticeship with local colleges.'), []);
		assert.deepEqual(overstated('The Authority will help to find suitable venues for the sessions.'), []);
	});

	test('"will create" the apprenticeship it only explores still overstates', () => {
		assert.deepEqual(overstated('The Supplier will create a paid apprenticeship with local colleges.'), ['will']);
	});
});

suite('a duty word in quotation marks is mentioned, not used', () => {
	const memo = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/ai-skills-mou.md'), 'utf8'), 'ai-skills-mou.md');

	test('"words such as "shall" and "will" are not to be read as enforceable" says nothing binds; "Under the MoU, Lumina shall …" does', () => {
		assert.deepEqual(actualsOf(memo, 'binding-status', 'Section 9 makes clear that the MoU is a voluntary statement of intent that creates no legal obligations, and that words such as "shall" and "will" are not to be read as enforceable.'), []);
		assert.deepEqual(actualsOf(memo, 'binding-status', 'Under the MoU, Lumina shall train 15,000 residents.'), ['shall']);
	});
});
