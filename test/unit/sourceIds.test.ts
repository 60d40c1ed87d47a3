// Clause ids of several source documents: each document's clauses get its name as a prefix, and two documents with
// the same file name in different folders still get distinct ids (issue 11).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { check, loadSource, loadSources } from '../../src/engine';
import { citationLabel } from '../../src/engine/rules/fixes';

const AGREEMENT = fs.readFileSync(path.join(__dirname, '../fixtures/sources/data-sharing-agreement.md'), 'utf8');
const ACCORD = fs.readFileSync(path.join(__dirname, '../fixtures/sources/article-style-accord.txt'), 'utf8');

const prefixes = (ids: readonly string[]): string[] => [...new Set(ids.map((id) => id.slice(0, id.indexOf(':'))))];

suite('clause ids of several sources', () => {
	test('one document: ids as they always were, without a prefix', () => {
		const ids = loadSources([{ text: AGREEMENT, name: 'agreement.md', path: 'a/agreement.md' }]).clauses.map((c) => c.id);
		assert.deepEqual(ids, loadSource(AGREEMENT, 'agreement.md').clauses.map((c) => c.id));
		assert.ok(ids.every((id) => !id.includes(':')), ids.join());
	});

	test('different file names: the file name is the prefix, as before', () => {
		const model = loadSources([{ text: AGREEMENT, name: 'data-sharing.md', path: '/x/data-sharing.md' }, { text: ACCORD, name: 'Accord 2024.txt', path: '/y/Accord 2024.txt' }]);
		assert.deepEqual(prefixes(model.clauses.map((c) => c.id)), ['data-sharing', 'accord-2024']);
	});

	test('the same file name in two folders: the folder tells them apart, and every id is unique', () => {
		const model = loadSources([
			{ text: AGREEMENT, name: 'agreement.md', path: '/srv/briefings/a/agreement.md' },
			{ text: AGREEMENT, name: 'agreement.md', path: 'C:\\briefings\\b\\agreement.md' },
		]);
		const ids = model.clauses.map((c) => c.id);
		assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join()}`);
		assert.deepEqual(prefixes(ids), ['a-agreement', 'b-agreement']);
	});

	test('names that never differ (the same path twice, no path at all) are numbered', () => {
		for (const docs of [
			[{ text: AGREEMENT, name: 'agreement.md', path: 'agreement.md' }, { text: ACCORD, name: 'agreement.md', path: './agreement.md' }],
			[{ text: AGREEMENT, name: 'agreement.md' }, { text: ACCORD, name: 'Agreement.md' }, { text: ACCORD, name: 'agreement.txt' }],
		]) {
			const ids = loadSources(docs).clauses.map((c) => c.id);
			assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join()}`);
			assert.equal(prefixes(ids)[0], 'agreement');
		}
	});
});

suite('clause ids: a parties list and the parts of a schedule', () => {
	const GRANT = [
		'# GRANT AGREEMENT',
		'This Agreement is made between:',
		'1. **The Riverside Trust**, a registered charity (the "Funder"); and',
		'2. **Hillfoot Community Garden**, a charitable organisation (the "Grantee").',
		'## 1. Definitions',
		'1.1 In this Agreement "Project" means the garden project.',
		'## 2. The Grant',
		'2.1 The Funder shall pay the Grantee up to £20,000.',
		'## SCHEDULE 1: The Project',
		'### Part A: Description',
		'The Grantee shall build raised beds at the following sites:',
		'1. the north field;',
		'2. 1st School Lane allotments; and',
		'3. the church yard.',
		'### Part B: Outcomes',
		'(a) At least 40 households take part.',
	].join('\n\n');

	test('the parties\' numbers before the first numbered heading are not clauses 1 and 2; a schedule\'s parts are within it', () => {
		const ids = loadSource(GRANT, 'grant.md').clauses.map((c) => c.id);
		assert.ok(!ids.slice(0, 3).includes('1') && !ids.slice(0, 3).includes('2'), ids.join(' '));
		assert.ok(ids.includes('2.1'), ids.join(' '));
		for (const id of ids.slice(ids.indexOf('2.1') + 1)) {
			assert.match(id, /^schedule-1\./, ids.join(' '));
		}
	});
});

suite('clause ids: an annex without a number or letter', () => {
	const MOU = [
		'# MEMORANDUM OF UNDERSTANDING',
		'### 1. PURPOSE',
		'1.1 The Participants intend to work together on pilots.',
		'### SIGNATURES',
		'Signed for the Department.',
		'### ANNEX: INDICATIVE USE CASES',
		'The following list is indicative. It does not commit either Participant.',
		'| Ref | Use |\n|---|---|\n| U1 | Drafting replies |\n| U2 | Summarising case files |',
		'In considering any use case, the Group intends to have regard to:',
		'(a) whether a person affected can obtain a human review; and',
		'(b) the environmental cost of running the tool.',
	].join('\n\n');

	test('its paragraphs are the annex\'s (`annex.1`, `annex.3(a)`), not loose paragraphs after the signatures', () => {
		const source = loadSource(MOU, 'mou.md');
		const ids = source.clauses.map((c) => c.id);
		assert.deepEqual(ids.filter((id) => id.startsWith('annex')), ['annex.1', 'annex.2', 'annex.3', 'annex.3(a)', 'annex.3(b)'], ids.join(' '));
		const [citation] = check('The annex says a person affected can obtain a human review.', source, { format: 'markdown' }).citations;
		assert.equal(citation?.clause.id, 'annex.3(a)');
	});

	test('an annex with a single paragraph is cited as the annex itself', () => {
		const ids = loadSource('# Agreement\n\n## 1. Aims\n\n1.1 The Parties will cooperate.\n\n## ANNEX\n\nThe Parties list their contacts here.\n', 'a.md').clauses.map((c) => c.id);
		assert.deepEqual(ids, ['1.1', 'annex']);
	});
});

suite('clause ids: paragraph numbers that run on across lettered parts', () => {
	const RECORD = [
		'# AGREED RECORD OF FISHERIES CONSULTATIONS',
		'The Delegations recorded the following conclusions.',
		'## PART A — INTERPRETATION',
		'1. In this Agreed Record, "JSWG" means the Joint Scientific Working Group.',
		'2. The Annexes form part of this Agreed Record.',
		'## PART B — SHARED STOCKS',
		'3. The Delegations agreed the total allowable catches in Annex I.',
		'### By-catches',
		'4. Each Party shall count by-catches against its quota:',
		'   (a) of cod; and',
		'   (b) of haddock.',
		'## PART C — ACCESS',
		'5. Each Party shall license up to 40 vessels of the other Party.',
		'## ANNEX I — CATCHES',
		'1. The catches for 2027 are as follows.',
	].join('\n\n');

	test('each paragraph is cited by its own number ("paragraph 4(b)"), not within its part (`B.4`); an annex keeps its own', () => {
		const ids = loadSource(RECORD, 'record.md').clauses.map((c) => c.id);
		assert.deepEqual(ids.filter((id) => /^\d/.test(id) || id.startsWith('annex')), ['1', '2', '3', '4', '4(a)', '4(b)', '5', 'annex-I.1'], ids.join(' '));
	});

	test('parts whose numbers start again at 1 keep their prefixes', () => {
		const restarting = RECORD.replace('3. The Delegations', '1. The Delegations').replace('4. Each Party shall count', '2. Each Party shall count').replace('5. Each Party shall license', '1. Each Party shall license');
		const ids = loadSource(restarting, 'record.md').clauses.map((c) => c.id);
		assert.ok(ids.includes('B.1') && ids.includes('B.2(a)') && ids.includes('C.1'), ids.join(' '));
	});
});

suite('clause ids: a declaration numbered from its preamble, and an annex in bold parts', () => {
	const DECLARATION = [
		'# THE MANCHESTER DECLARATION',
		'## Preamble',
		'1. We, the Ministers, met in Manchester.',
		'2. We recognise the value of AI in public services.',
		'## Part I — Definitions',
		'3. In this Declaration, "register" means a public list of AI systems.',
		'## Part II — Commitments',
		'### Registers',
		'4. We will each publish a register.',
		'### Oversight',
		'5. We will keep a human in the loop.',
		'## Part III — Follow-up',
		'6. We will meet again in 2027.',
		'## Annex II — Voluntary initiatives',
		'**A. Pledges to the Fund**',
		'| Participant | Pledge |\n|---|---|\n| United Kingdom | 40 |',
		'**B. Other initiatives**',
		'1. **United Kingdom** will fund the Secretariat.',
		'2. **Maresund** will host secondments.',
		'**C. Observer contributions**',
		'The Council has indicated its willingness to catalogue components.',
	].join('\n\n');

	test('paragraphs keep the numbers they run on with, from the preamble, through parts with sub-headings', () => {
		const ids = loadSource(DECLARATION, 'declaration.md').clauses.map((c) => c.id);
		assert.deepEqual(ids.filter((id) => /^\d/.test(id)), ['1', '2', '3', '4', '5', '6'], ids.join(' '));
	});

	test('a whole-line bold "**B. Other initiatives**" in an annex is its part B; elsewhere bold is emphasis', () => {
		const ids = loadSource(DECLARATION, 'declaration.md').clauses.map((c) => c.id);
		// A paragraph under the annex's last lettered part is in it, not the document's closing status paragraph.
		assert.deepEqual(ids.filter((id) => id.startsWith('annex')), ['annex-II.A', 'annex-II.B.1', 'annex-II.B.2', 'annex-II.C'], ids.join(' '));
		const plain = loadSource('# Agreement\n\n## 1. Aims\n\n1.1 The Parties will cooperate.\n\n**A. Note on scope**\n\n1.2 The Parties will report.\n', 'a.md').clauses.map((c) => c.id);
		assert.deepEqual(plain, ['1.1', '1.2']);
	});

	test('"**Part C: Indicative Roadmap**" in a schedule is its part C', () => {
		const ids = loadSource([
			'# Call-off Contract', '## 1. Services', '1.1 The Supplier shall provide the Services.',
			'## Schedule 1 – Service Description', '**Part A: Scope**', '1. The Supplier shall host the service.', '2. The Supplier shall provide support.',
			'**Part C: Indicative Roadmap (non-binding)**', 'The Parties anticipate exploring a public register.',
		].join('\n\n'), 'c.md').clauses.map((c) => c.id);
		assert.deepEqual(ids.filter((id) => id.startsWith('schedule')), ['schedule-1.A.1', 'schedule-1.A.2', 'schedule-1.C'], ids.join(' '));
	});
});

suite('clause ids: an annex whose paragraphs carry its letter ("A.1", "A.2")', () => {
	const SOURCE = loadSource([
		'# Framework Document',
		'',
		'## 1. Status',
		'',
		'1.1 This document does not create legal obligations.',
		'',
		'## Annex A: Delegated authorities',
		'',
		'A.1 The Body may spend within its budget without further approval.',
		'',
		'A.2 The following require the prior written approval of the department:',
		'',
		'| Category | Delegated limit |',
		'|---|---|',
		'| Consultancy (per commission) | £20,000 |',
		'',
		'A.3 The department will aim to respond within 15 working days.',
	].join('\n'), 'framework.md');

	test('ids follow the letters the source writes, and a table under a lead-in continues it', () => {
		const annex = SOURCE.clauses.filter((c) => c.id.startsWith('annex'));
		assert.deepEqual(annex.map((c) => c.id), ['annex-A.1', 'annex-A.2', 'annex-A.2-2', 'annex-A.3']);
		assert.match(annex[2]!.text, /£20,000/);
		assert.match(annex[3]!.text, /^The department will aim/);
	});

	test('a sentence about the table cites it', () => {
		const [citation] = check('Consultancy above £20,000 per commission needs the prior written approval of the department.', SOURCE, { format: 'markdown' }).citations;
		assert.match(citation?.clause.id ?? '', /^annex-A\.2/);
	});
});


suite('clause ids: a treaty without a preamble heading, an article of lettered definitions, an annex in sections', () => {
	const TREATY = loadSource([
		'# AGREEMENT BETWEEN TWO GOVERNMENTS ON RESEARCH COOPERATION',
		'',
		'The Government of Ruritania and the Government of Freedonia, hereinafter referred to as "the Parties";',
		'',
		'Recognising the value of scientific cooperation;',
		'',
		'Have agreed as follows:',
		'',
		'---',
		'',
		'## Article 1 — Objectives',
		'',
		'1. The Parties shall encourage cooperation in research.',
		'',
		'2. The Parties aim to increase the mobility of researchers.',
		'',
		'## Article 2 — Definitions',
		'',
		'For the purposes of this Agreement:',
		'',
		'(a) "Participant" means any university or research institute;',
		'',
		'(b) "Joint Committee" means the committee established by Article 3.',
		'',
		'## Article 3 — Joint Committee',
		'',
		'1. The Joint Committee shall meet once every two years.',
		'',
		'## ANNEX — INTELLECTUAL PROPERTY',
		'',
		'### Section I — Application',
		'',
		'1. This Annex applies to all cooperative activities.',
		'',
		'### Section II — Ownership',
		'',
		'1. Intellectual property shall be owned by the Participant that creates it.',
		'',
		'2. Jointly created intellectual property shall be jointly owned.',
	].join('\n'), 'treaty.md');
	const ids = TREATY.clauses.map((c) => c.id);

	test('the paragraphs before "Article 1" that end "Have agreed as follows:" are the preamble', () => {
		assert.deepEqual(ids.slice(0, 3), ['preamble', 'preamble.2', 'preamble.3']);
		assert.equal(TREATY.clauses[0]!.kind, 'intro');
	});

	test('an article of one unnumbered lead-in and lettered items is cited by its own number: `2`, `2(a)`', () => {
		assert.deepEqual(ids.filter((id) => id.startsWith('2')), ['2', '2(a)', '2(b)']);
		assert.ok(ids.includes('1.2') && ids.includes('3.1'), ids.join());
	});

	test('the sections of an unnumbered annex are the annex\'s: `annex-I.1`, `annex-II.2`', () => {
		assert.deepEqual(ids.filter((id) => id.startsWith('annex')), ['annex-I.1', 'annex-II.1', 'annex-II.2']);
	});
});

suite('clause ids: the sections of a numbered annex', () => {
	const TREATY = loadSource([
		'# Agreement concerning Air Services',
		'',
		'## Article 1 Definitions',
		'',
		'1. For the purposes of this Agreement, "Annex" means the Annex to this Agreement.',
		'',
		'2. The Annex forms an integral part of this Agreement.',
		'',
		'## Annex I Route Schedule',
		'',
		'### Section 1: Routes',
		'',
		'| Points in the United Kingdom | Points beyond |',
		'|---|---|',
		'| Any points | Any points |',
		'',
		'### Section 3: Frequencies',
		'',
		'1. The designated airlines may operate the following frequencies per week:',
		'',
		'| Service | Until end of winter season 2025/26 | From summer season 2026 |',
		'|---|---|---|',
		'| Scheduled passenger and combination services | 14 | 21 |',
		'| All-cargo services | 7 | 10 |',
		'',
		'2. Of the frequencies in paragraph 1, not more than 7 per week may be operated to London Heathrow.',
	].join('\n'), 'treaty.md');
	const ids = TREATY.clauses.map((c) => c.id);

	test('"### Section 3" under "## Annex I" is a division of the annex (`annex-I.3.1`), not article 3', () => {
		assert.deepEqual(ids.filter((id) => id.startsWith('annex') && !id.includes('-2')), ['annex-I.1', 'annex-I.3.1', 'annex-I.3.2']);
		assert.deepEqual(ids.filter((id) => !id.startsWith('annex')), ['1.1', '1.2']);
	});

	test('a table after a numbered paragraph continues it: paragraph 2 keeps its own number', () => {
		const table = TREATY.clauses.find((c) => c.text.includes('| All-cargo services | 7 | 10 |'));
		assert.ok(table?.id.startsWith('annex-I.3.1'), ids.join());
		assert.match(TREATY.clauses.find((c) => c.id === 'annex-I.3.2')?.text ?? '', /not more than 7 per week/);
	});
});

suite('clause ids: a text attached after the document\'s articles', () => {
	const TREATY = loadSource([
		'# Agreement concerning Air Services',
		'',
		'## Article 1 Definitions',
		'',
		'1. For the purposes of this Agreement, "aeronautical authorities" means the Secretary of State for Transport.',
		'',
		'2. The Memorandum of Consultations attached to this Agreement for information does not form part of it.',
		'',
		'## Article 2 Grant of Rights',
		'',
		'1. Each Contracting Party shall grant to the other the rights specified in this Agreement.',
		'',
		'## Memorandum of Consultations',
		'',
		'1. Delegations of the two Governments met in London from 11 to 13 February 2025 to conclude negotiations.',
		'',
		'### Status',
		'',
		'2. This Memorandum records the understandings of the two delegations. It is not a treaty and is not intended to create legally binding obligations.',
		'',
		'### Sustainable aviation fuel',
		'',
		'3. The two sides intend to establish a working group on aviation and the environment.',
	].join('\n'), 'treaty.md');
	const ids = TREATY.clauses.map((c) => c.id);

	test('its paragraphs are its own (`memorandum.2`), not the treaty\'s paragraph 2 or a second `2`', () => {
		assert.deepEqual(ids, ['1.1', '1.2', '2.1', 'memorandum.1', 'memorandum.2', 'memorandum.3']);
	});

	test('it is cited by its own name, and its own "not legally binding" makes it a non-binding part of a binding text', () => {
		const clause = TREATY.clauses.find((c) => c.id === 'memorandum.3')!;
		assert.equal(citationLabel(TREATY, clause), 'Memorandum para. 3');
		assert.equal(TREATY.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...TREATY.nonBindingParts].map((c) => c.id), ['memorandum.1', 'memorandum.2', 'memorandum.3']);
	});

	test('a heading naming the document\'s own kind of text is not an attached one', () => {
		const MEMO = loadSource([
			'# Memorandum of Understanding on Research Cooperation',
			'',
			'## Memorandum of Understanding',
			'',
			'1. The Participants intend to cooperate on research.',
			'',
			'2. This Memorandum is not legally binding.',
		].join('\n'), 'memo.md');
		assert.ok(MEMO.clauses.every((c) => !c.id.startsWith('memorandum')), MEMO.clauses.map((c) => c.id).join());
	});
});

suite('a contract\'s bold "RECITALS" line and a part heading over numbered clauses', () => {
	const LOAN = loadSource([
		'# LOAN AGREEMENT',
		'',
		'**THIS AGREEMENT** is dated 9 September 2025',
		'',
		'**RECITALS**',
		'',
		'(A) The Lender has organised the Exhibition to tour to three venues in England.',
		'',
		'(B) The parties also wish to record, in Part B, their non-binding ambitions for community learning.',
		'',
		'## PART A — LOAN TERMS',
		'',
		'## 1. Loan',
		'',
		'1.1 The Lender shall lend the Objects to the Borrower for the Loan Period.',
		'',
		'## 2. Legal Status',
		'',
		'2.1 Part B (Partnership Statement) is a statement of shared intent only.',
		'',
		'## PART B — PARTNERSHIP STATEMENT',
		'',
		'## 3. Community Learning',
		'',
		'3.1 The Borrower will seek to welcome at least 40 school groups during the Exhibition Period.',
		'',
		'## SCHEDULE 1 — THE OBJECTS',
		'',
		'1. The Objects are the twelve glass vessels listed in the Lender\'s loan record CNM/L/2025/041.',
	].join('\n'), 'loan.md');

	test('"**RECITALS**" then "(A)", "(B)" are recitals `A`, `B`, as under "## Recitals"', () => {
		assert.deepEqual(LOAN.clauses.filter((c) => c.kind === 'intro').map((c) => c.id), ['A', 'B']);
	});

	test('"Part B … is a statement of shared intent only" makes the clauses under "## PART B" non-binding, and no others', () => {
		assert.equal(LOAN.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...LOAN.nonBindingParts].map((c) => c.id), ['3.1']);
	});
});

suite('clause ids: lettered sub-headings of a numbered annex', () => {
	test('"### A. Headline targets" under "## Annex 2" is the annex\'s part A (`annex-2.A`); "## I. Introduction" stays a heading', () => {
		const DECLARATION = loadSource([
			'# Joint Political Declaration',
			'',
			'## I. Introduction',
			'',
			'1. The Participants intend to establish a partnership for a just energy transition.',
			'',
			'## Annex 2: Targets and Indicative Timeline',
			'',
			'### A. Headline targets',
			'',
			'| Indicator | Baseline (2024) | Target | Target year |',
			'|---|---|---|---|',
			'| Renewable share of generation | 14% | at least 45% | 2035 |',
			'',
			'### B. Indicative coal retirement schedule',
			'',
			'| Plant | Units | Capacity (MW) | Indicative retirement date |',
			'|---|---|---|---|',
			'| Kestrel Bay | 1–2 | 1,200 | 31 December 2029 |',
		].join('\n'), 'declaration.md');
		const ids = DECLARATION.clauses.map((c) => c.id);
		assert.ok(ids.includes('annex-2.A') && ids.includes('annex-2.B'), ids.join(' '));
		assert.ok(!ids.some((id) => id.startsWith('I')), ids.join(' '));
	});
});

suite('clause ids: a paragraph number and run-in title in bold', () => {
	test('"**1. Aim.** We intend …" is paragraph 1 of its schedule, after an unnumbered italic note', () => {
		const LEASE = loadSource([
			'# Lease',
			'',
			'## 1. Rent',
			'',
			'1.1 The Tenant shall pay the rent of one peppercorn if demanded.',
			'',
			'## SCHEDULE 3 — COMMUNITY PLAN',
			'',
			'*This Schedule records the Tenant\'s intentions and is not legally binding.*',
			'',
			'**1. Aim.** We intend to make the former library a welcoming space for everyone.',
			'',
			'**2. Opening.** We aim to reopen by 1 September 2026.',
		].join('\n'), 'lease.md');
		const clauses = LEASE.clauses.filter((c) => c.id.startsWith('schedule-3.'));
		assert.deepEqual(clauses.map((c) => [c.id, c.text]), [
			['schedule-3.1', 'We intend to make the former library a welcoming space for everyone.'],
			['schedule-3.2', 'We aim to reopen by 1 September 2026.'],
		]);
	});
});

suite('clause ids: paragraphs numbered "A1.", "A2." in a lettered part', () => {
	const DEED = loadSource([
		'# Community Benefit Agreement',
		'',
		'## 1. Payments',
		'',
		'1.1 The Developer shall pay £5,000 per MW each year.',
		'',
		'## SCHEDULE 2 — PANEL TERMS OF REFERENCE',
		'',
		'### Part A — Constitution',
		'',
		'A1. **Membership.** The Panel has nine voting members.',
		'',
		'A2. **Meetings.** The Panel shall meet at least four times each year.',
		'',
		'### Part B — Priorities',
		'',
		'B1. The Panel aims to run two grant rounds each year.',
	].join('\n'), 'deed.md');

	test('the source\'s own numbers under the part\'s letter, the marker left out of the text', () => {
		const schedule = DEED.clauses.filter((c) => c.id.startsWith('schedule'));
		assert.deepEqual(schedule.map((c) => c.id), ['schedule-2.A.1', 'schedule-2.A.2', 'schedule-2.B.1']);
		assert.match(schedule[0]!.text, /^\*\*Membership/);
	});
});

suite('lettered background paragraphs "A.", "B."', () => {
	const text = [
		'# Undertakings given by Northmere Water Limited',
		'',
		'## Part A — Background',
		'',
		'A. The Company holds an appointment as water and sewerage undertaker for the Area.',
		'',
		'B. The Investigation found, and the Company accepts, that:',
		'',
		'   (i) the Company under-reported leakage for 2023-24; and',
		'',
		'   (ii) 212 storm overflows had no monitor.',
		'',
		'## Part C — Undertakings',
		'',
		'1.1 The Company shall pay a rebate of £12.50 to each household account.',
		'',
		'1.2 A. N. Other is not a recital: the letter is the text\'s own outside the background.',
	].join('\n');

	test('are cited by their letters, with their items under them, and only in the background', () => {
		const ids = loadSource(text, 'undertakings.md').clauses.map((c) => c.id);
		assert.deepEqual(ids, ['A', 'B', 'B(i)', 'B(ii)', '1.1', '1.2']);
	});
});

suite('clause ids: an annex numbered "Paragraph 1.", with a captioned table, and a joint statement appended', () => {
	const TREATY = loadSource([
		'# Treaty concerning the Shared Management of the Vell River',
		'',
		'## Article 1 — Allocation',
		'',
		'1. Each Party shall deliver the flows set out in Annex I.',
		'',
		'2. The Joint Ministerial Statement appended to this Treaty does not form part of it and does not create rights or obligations under international law.',
		'',
		'## Article 2 — Entry into force',
		'',
		'1. This Treaty is subject to ratification and shall enter into force on the date of the later notification. It is legally binding on both Parties.',
		'',
		'## Annex I — Allocation of Flows',
		'',
		'**Paragraph 1.** The values in Table 1 are monthly means in cubic metres per second.',
		'',
		'**Paragraph 2.** The water year runs from 1 December to 30 November.',
		'',
		'**Table 1 — Monthly allocations**',
		'',
		'| Month | Delivery |',
		'|---|---|',
		'| June | 70 |',
		'',
		'**Paragraph 3.** A Low Flow Condition exists where the mean flow falls below 40 cubic metres per second.',
		'',
		'## Joint Ministerial Statement on the Future of the Vell Basin',
		'',
		'1. The Ministers intend to seek joint funding for a flood warning system.',
		'',
		'2. They encourage the restoration of wetlands in the basin.',
	].join('\n'), 'treaty.md');
	const ids = TREATY.clauses.map((c) => c.id);

	test('"**Paragraph 3.**" numbers its paragraph, and a table with its caption continues the paragraph before it', () => {
		assert.deepEqual(ids.filter((id) => id.startsWith('annex')), ['annex-I.1', 'annex-I.2', 'annex-I.2-2', 'annex-I.2-3', 'annex-I.3']);
		assert.ok(!ids.some((id) => id.startsWith('status')), ids.join());
	});

	test('a "Joint Ministerial Statement" is an attached text with its own paragraphs, not binding', () => {
		assert.deepEqual(ids.filter((id) => id.includes('statement')), ['joint-ministerial-statement.1', 'joint-ministerial-statement.2']);
		assert.equal(TREATY.status, 'binding-with-non-binding-parts');
		assert.equal(citationLabel(TREATY, TREATY.clauses.find((c) => c.id === 'joint-ministerial-statement.2')!), 'Joint Ministerial Statement para. 2');
	});
});

suite('clause ids and status: a funding agreement with clauses inserted as "2A.1", and named statements of intention', () => {
	const AGREEMENT = loadSource([
		'# FUNDING AGREEMENT',
		'',
		'## 2. THE ACADEMY',
		'',
		'2.1 The Academy Trust shall establish and maintain the Academy.',
		'',
		'### Admissions',
		'',
		'2A.1 The published admission number for Year 7 shall be 180.',
		'',
		'2A.2 The Academy Trust shall participate in the co-ordinated admission arrangements.',
		'',
		'### Curriculum',
		'',
		'2B.1 The Academy Trust will seek to offer at least 2 T Level routes.',
		'',
		'## 7. GENERAL',
		'',
		'7.1 This Agreement is a legally binding contract. Provisions expressed as statements of intention (including clause 2B.1) record the current intentions of the parties and do not give rise to legally enforceable obligations.',
	].join('\n'), 'funding.md');

	test('"2A.1" and "2B.1" keep their own numbers', () => {
		assert.deepEqual(AGREEMENT.clauses.map((c) => c.id), ['2.1', '2A.1', '2A.2', '2B.1', '7.1']);
	});

	test('"is a legally binding contract" binds; "(including clause 2B.1) … do not give rise to legally enforceable obligations" excepts 2B.1', () => {
		assert.equal(AGREEMENT.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...AGREEMENT.nonBindingParts].map((c) => c.id), ['2B.1']);
	});
});

suite('clause ids: a contract\'s bold paragraph headings', () => {
	const FACILITY = loadSource([
		'# Facility Agreement',
		'',
		'## 1. DEFINITIONS AND INTERPRETATION',
		'',
		'**1.1 Definitions**',
		'',
		'In this Agreement:',
		'',
		'**Longstop Date** means 31 December 2030.',
		'',
		'**1.2 Construction**',
		'',
		'(a) A reference to a statute includes that statute as amended.',
		'',
		'**1.3** A person who is not a party has no right to enforce any term of this Agreement.',
		'',
		'**1.4 Legal effect**: Each provision of this Agreement is legally binding.',
		'',
		'## 16. EVENTS OF DEFAULT',
		'',
		'16.6 **Longstop**: the Project Completion Date has not occurred by the Longstop Date.',
	].join('\n'), 'facility.md');

	test('"**1.1 Definitions**" on its own line numbers the paragraphs under it; "**1.4 Legal effect**:" is paragraph 1.4', () => {
		assert.deepEqual(FACILITY.clauses.map((c) => c.id), ['1.1', '1.1.2', '1.2(a)', '1.3', '1.4', '16.6']);
	});

	test('a reference to the clause that uses a defined term is right, though the sentence gives the definition\'s date', () => {
		const refs = (text: string) => check(text, FACILITY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'wrong-reference').map((f) => f.actual);
		assert.deepEqual(refs('Missing the 31 December 2030 longstop date is an Event of Default (clause 16.6).'), []);
	});
});

suite('clause ids: an amending protocol\'s quoted articles and its attached memorandum', () => {
	const PROTOCOL = loadSource([
		`# Protocol amending the Convention between the United Kingdom and the Republic of Kestrava for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income and on Capital Gains signed at London on 31 October 1996, as amended by the Protocol signed at Varn on 4 May 2004`,
		'',
		'## Article II',
		'',
		'Article 10 (Dividends) of the Convention shall be deleted and replaced by the following:',
		'',
		'"ARTICLE 10',
		'',
		'Dividends',
		'',
		'1. Dividends paid by a company may be taxed in the other State.',
		'',
		'2. However, such dividends may also be taxed in the State of the company, but the tax shall not exceed:',
		'',
		'(a) 0 per cent if the beneficial owner is a pension scheme;',
		'',
		'(b) 15 per cent in all other cases."',
		'',
		'## Article III',
		'',
		'1. Paragraph 2 of Article 11 (Interest) of the Convention shall be deleted and replaced by the following:',
		'',
		'"2. However, such interest may also be taxed at a rate not exceeding 7.5 per cent."',
		'',
		'---',
		'',
		'# Memorandum of Understanding',
		'',
		'On the signature of the Protocol, the participants recorded the following understandings.',
		'',
		'This Memorandum is not intended to create legal obligations under international law.',
		'',
		'1. **Review.** The participants intend to meet within 5 years.',
	].join('\n'), 'protocol.md');

	test('a quoted article\'s own line and title are no headings: its paragraphs are the amending article\'s', () => {
		assert.deepEqual(PROTOCOL.clauses.map((c) => c.id).filter((id) => /^I/.test(id)), ['II', 'II.1', 'II.2', 'II.2(a)', 'II.2(b)', 'III.1', 'III.1-2']);
	});

	test('a memorandum after a title too long to read as a heading is an attached text', () => {
		assert.ok(PROTOCOL.clauses.some((c) => c.id === 'memorandum.1'), JSON.stringify(PROTOCOL.clauses.map((c) => c.id)));
	});

	test('its second unnumbered paragraph saying it creates no legal obligations makes the whole memorandum a non-binding part', () => {
		assert.equal(PROTOCOL.status, 'binding-with-non-binding-parts');
		assert.deepEqual([...PROTOCOL.nonBindingParts].map((c) => c.id), ['memorandum', 'memorandum-2', 'memorandum.1']);
	});
});
