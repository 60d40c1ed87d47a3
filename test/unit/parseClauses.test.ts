import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseClauses } from '../../src/engine/clauses/parseClauses';
import type { Clause } from '../../src/engine/types';

const root = join(__dirname, '..', '..');
const mou = readFileSync(join(root, 'seeds', 'uk-openai-mou-2025-07-21.txt'), 'utf8');
const dataSharing = readFileSync(join(__dirname, '..', 'fixtures', 'sources', 'data-sharing-agreement.md'), 'utf8');
const accord = readFileSync(join(__dirname, '..', 'fixtures', 'sources', 'article-style-accord.txt'), 'utf8');

const ids = (clauses: readonly Clause[]): string[] => clauses.map((c) => c.id);
const byId = (clauses: readonly Clause[], id: string): Clause => {
	const clause = clauses.find((c) => c.id === id);
	assert.ok(clause, `no clause ${id} in ${ids(clauses).join(', ')}`);
	return clause;
};
const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

/** Every clause and sentence is the exact slice at its offsets, trimmed, and ids are unique. */
function assertExact(text: string, clauses: readonly Clause[]): void {
	assert.equal(new Set(ids(clauses)).size, clauses.length, 'ids are unique');
	for (const c of clauses) {
		assert.equal(text.slice(c.span.start, c.span.end), c.text, c.id);
		assert.equal(c.text, c.text.trim(), `${c.id} is trimmed`);
		assert.ok(c.sentences.length > 0, `${c.id} has sentences`);
		for (const s of c.sentences) {
			assert.equal(text.slice(s.span.start, s.span.end), s.text, `${c.id} sentence`);
			assert.ok(s.span.start >= c.span.start && s.span.end <= c.span.end, `${c.id} sentence inside clause`);
		}
	}
}

const ACCORD_IDS = [
	'preamble', '1.1', '1.1(a)', '1.1(b)', '1.1(c)', '1.2', '2.1', '2.1(a)', '2.1(b)', '2.1(b)(i)', '2.1(b)(ii)', '2.1(c)', '2.2',
	'3.1', '3.2', '4.1', '4.2', '5.1', '5.2',
];
const DATA_SHARING_IDS = [
	'intro', 'intro.2', '1.1', '1.2', '1.2(a)', '1.2(b)', '1.2(c)', '2.1', '2.2', '2.3', '2.4', '3.1', 'status',
];

suite('parseClauses: the UK–OpenAI MoU', () => {
	const clauses = parseClauses(mou);

	test('gives exactly the 11 clauses in order', () => {
		assert.deepEqual(ids(clauses), ['intro', '1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', 'status']);
	});

	test('kinds, sections, titles and first words', () => {
		const expected: [string, string, string, string, string][] = [
			['intro', 'intro', '', 'Introduction', 'This Memorandum of Understanding (MoU) outlines'],
			['1.1', 'clause', '1', 'the transformative potential of AI', 'AI has the potential'],
			['1.2', 'clause', '1', 'the transformative potential of AI', 'DSIT and OpenAI share a vision'],
			['2.1', 'clause', '2', 'public and private sector adoption', 'OpenAI and DSIT will collaborate'],
			['2.2', 'clause', '2', 'public and private sector adoption', 'This collaboration may include'],
			['2.3', 'clause', '2', 'public and private sector adoption', 'The partnership may also include exploring'],
			['3.1', 'clause', '3', 'infrastructure', 'OpenAI will work with DSIT'],
			['3.2', 'clause', '3', 'infrastructure', 'This may include exploring OpenAI’s participation'],
			['4.1', 'clause', '4', 'technical information exchange', 'OpenAI and the UK government will collaborate'],
			['4.2', 'clause', '4', 'technical information exchange', 'This may include expanding the existing partnership'],
			['status', 'status', '', 'Status', 'This memorandum is voluntary, not legally binding'],
		];
		for (const [id, kind, section, title, start] of expected) {
			const c = byId(clauses, id);
			assert.deepEqual([c.kind, c.section, c.title], [kind, section, title], id);
			assert.ok(c.text.startsWith(start), `${id}: ${c.text.slice(0, 60)}`);
		}
	});

	test('every clause and sentence slice matches its offsets', () => {
		assertExact(mou, clauses);
	});

	test('sentence counts: 2.3 has one sentence, 3.2 has two', () => {
		assert.equal(byId(clauses, '2.3').sentences.length, 1);
		assert.equal(byId(clauses, '3.2').sentences.length, 2);
		assert.ok(byId(clauses, '3.2').sentences[1]?.text.startsWith('We may also explore avenues'));
	});

	test('bullet markers, indentation, the title block and the date are not clause text', () => {
		assert.ok(clauses.every((c) => !c.text.startsWith('•') && !/Published 21 July/.test(c.text) && c.text !== 'Notice'));
		assert.ok(byId(clauses, 'status').text.endsWith('future procurement decisions.'));
	});

	test('CRLF line endings give the same ids, texts and exact offsets', () => {
		const text = crlf(mou);
		const again = parseClauses(text);
		assert.deepEqual(ids(again), ids(clauses));
		assert.deepEqual(again.map((c) => c.text), clauses.map((c) => c.text));
		assertExact(text, again);
	});

	test('is stable: the same text gives the same result', () => {
		assert.deepEqual(parseClauses(mou), clauses);
	});
});

suite('parseClauses: fixture layouts', () => {
	test('markdown data-sharing agreement', () => {
		const clauses = parseClauses(dataSharing);
		assert.deepEqual(ids(clauses), DATA_SHARING_IDS);
		assertExact(dataSharing, clauses);
		assert.equal(byId(clauses, 'intro').title, 'Background');
		assert.deepEqual([byId(clauses, '2.4').section, byId(clauses, '2.4').title], ['2', 'Data protection']);
		assert.ok(byId(clauses, '2.4').text.endsWith('in the last 12 months.'), 'wrapped bullet continues');
		assert.equal(byId(clauses, '1.2(b)').text, 'evaluating the pilot described in Schedule 1; and');
		assert.deepEqual([byId(clauses, 'status').kind, byId(clauses, 'status').title], ['status', 'Status']);
		assert.ok(clauses.every((c) => !/Signed|Name:|Dated/.test(c.text)));
	});

	test('article-style accord', () => {
		const clauses = parseClauses(accord);
		assert.deepEqual(ids(clauses), ACCORD_IDS);
		assertExact(accord, clauses);
		const a = byId(clauses, '1.1(a)');
		assert.match(a.text, /^strengthen cooperation .* research\n\s+institutes;$/);
		assert.equal(byId(clauses, '1.2').text.split('\n')[1], 'within the limits of their available resources.');
		assert.deepEqual([byId(clauses, '2.1(b)(ii)').section, byId(clauses, '2.1(b)(ii)').title], ['2', 'Areas of cooperation']);
		// A status article keeps the source's own paragraph numbers.
		assert.deepEqual([byId(clauses, '5.1').kind, byId(clauses, '5.1').section], ['status', '5']);
		assert.equal(byId(clauses, '5.1').title, 'Legal status');
		assert.equal(byId(clauses, 'preamble').title, 'PREAMBLE');
	});

	test('CRLF fixtures give the same ids and texts', () => {
		for (const text of [dataSharing, accord]) {
			const lf = parseClauses(text);
			const crlfText = crlf(text);
			const clauses = parseClauses(crlfText);
			assert.deepEqual(ids(clauses), ids(lf));
			assert.deepEqual(clauses.map((c) => c.text.replace(/\r/g, '')), lf.map((c) => c.text));
			assert.ok(clauses.every((c) => !c.text.endsWith('\r')));
			assertExact(crlfText, clauses);
		}
	});
});

suite('parseClauses: general layouts', () => {
	const parse = (lines: string[]): Clause[] => parseClauses(lines.join('\n'));

	test('heading styles: "Section 2 – Title", "SECTION 3. TITLE", "4. Title", "Article III", "Part 6"', () => {
		const clauses = parse([
			'Section 2 – Cooperation', '', '• The Parties will meet twice a year.', '',
			'SECTION 3. FUNDING', '', '• Each Party bears its own costs.', '',
			'4. Review', '', '- The Parties will review progress annually.', '',
			'Article III', '', '1. The Parties will publish a joint report.', '',
			'Part 6', '', 'This Part applies to data only.',
		]);
		assert.deepEqual(ids(clauses), ['2.1', '3.1', '4.1', 'III.1', '6']);
		assert.deepEqual(clauses.map((c) => c.title), ['Cooperation', 'FUNDING', 'Review', '', '']);
		assert.deepEqual(clauses.map((c) => c.section), ['2', '3', '4', 'III', '6']);
	});

	test('"Article 3" then "1." gives 3.1; a title on the next line is taken; explicit "2.1" wins', () => {
		const clauses = parse([
			'Article 3', 'Exchange of staff', '', '1. The Parties will exchange staff.', '',
			'Article 4', '', '4.1 The Parties will meet.', '', '4.3 The Parties will report.', '', '* Minutes will be kept.',
		]);
		assert.deepEqual(ids(clauses), ['3.1', '4.1', '4.3', '4.4']);
		assert.equal(clauses[0]?.title, 'Exchange of staff');
	});

	test('numbered paragraphs without headings keep their numbers; letters and romans nest', () => {
		const clauses = parse([
			'1. The Parties will cooperate on:', '(a) research;', '(b) training, including:',
			'   (i) courses; and', '   (ii) placements;', '(c) data.',
			'2. The Parties will list:', '(a) one;', '(b) two;', '(c) three;', '(d) four;', '(e) five;',
			'(f) six;', '(g) seven;', '(h) eight; and', '(i) nine.', '', '2.1.3 A deep paragraph stands alone.',
		]);
		assert.deepEqual(ids(clauses), [
			'1', '1(a)', '1(b)', '1(b)(i)', '1(b)(ii)', '1(c)',
			'2', '2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '2(f)', '2(g)', '2(h)', '2(i)', '2.1.3',
		]);
	});

	test('"(1)" paragraphs and markdown headings, numbered and not', () => {
		const clauses = parse([
			'# Cooperation Framework', '', '## Introduction', '', 'This framework sets out shared aims.', '',
			'## 2. Public services', '', '(1) The Parties will pilot tools in two departments.', '',
			'(2) The Parties will evaluate the pilots.', '', '## Annex notes', '', 'Contacts are listed separately.',
		]);
		assert.deepEqual(ids(clauses), ['intro', '2.1', '2.2', 'p1']);
		assert.equal(byId(clauses, '2.1').title, 'Public services');
		assert.deepEqual([byId(clauses, 'p1').kind, byId(clauses, 'p1').title], ['paragraph', 'Annex notes']);
	});

	test('"2.1 Title" sub-headings and schedules', () => {
		const clauses = parse([
			'2. Obligations', '', '2.1 Confidentiality', '', 'Each Party will keep shared data confidential.', '',
			'It will tell the other Party of any breach.', '', '2.2 Security', '', 'Each Party will encrypt shared data.', '',
			'Schedule 1 – Contacts', '', '1. Each Party will name a contact.',
		]);
		assert.deepEqual(ids(clauses), ['2.1', '2.1.2', '2.2', 'schedule-1.1']);
		assert.deepEqual(clauses.map((c) => c.title), ['Confidentiality', 'Confidentiality', 'Security', 'Contacts']);
		assert.deepEqual(clauses.map((c) => c.section), ['2', '2', '2', '1']);
	});

	test('bulleted definitions under a numbered paragraph are part of it, and the next numbered paragraphs keep their numbers', () => {
		const clauses = parse([
			'### 1. Definitions and interpretation', '', '1.1 In this Agreement the following definitions apply:', '',
			'- **"Core Hours"** means 08:00 to 18:00 on any Working Day;', '- **"Term"** means the Initial Term;', '',
			'1.2 Headings shall not affect interpretation.', '', '### 2. Term', '', '2.1 This Agreement shall continue for the Initial Term.',
		]);
		assert.deepEqual(ids(clauses), ['1.1', '1.1-2', '1.1-3', '1.2', '2.1']);
		// Bullets with no numbered paragraph before them are still the section's numbered items (the MoU's layout).
		assert.deepEqual(ids(parse(['Section 1: aims', '', '• The Parties share a vision.', '• They will meet.'])), ['1.1', '1.2']);
	});

	test('ids follow the source\'s own numbers: opening words, continuations, lone paragraphs, recitals, bold paragraph numbers', () => {
		const clauses = parse([
			'## Background', '', '(A) The Authority holds flood data.', '', '(B) The University models floods.', '',
			'## Article 1', '', 'For the purpose of this Agreement:', '', '1. "Data" means the listed datasets.', '',
			'2. "Party" means a party to it.', '',
			'## 2. Definitions', '', '2.1 In this Agreement:', '', '"Term" means 36 months;', '', '"Funding" means the sum of £2,400,000.', '',
			'2.2 Headings do not affect interpretation.', '',
			'## 3. Legal status', '', '3.1 This Agreement is legally binding.', '', '3.2 Schedule 1 is not legally binding.', '',
			'## Article 4', '', 'Each Party shall act in good faith.', '',
			'## Schedule 1 — The Programme', '', '**1. Objective**', '', 'To test forecasting models.', '',
			'**2. Milestones**', '', 'A report by 30 September 2025.', '',
			'**SIGNED** for and on behalf of the Authority',
		]);
		assert.deepEqual(ids(clauses), [
			'A', 'B', '1', '1.1', '1.2', '2.1', '2.1-2', '2.1-3', '2.2', '3.1', '3.2', '4', 'schedule-1.1', 'schedule-1.2',
		]);
		assert.deepEqual([byId(clauses, '3.2').kind, byId(clauses, 'A').kind], ['status', 'intro']);
		assert.equal(byId(clauses, '2.1-2').text, '"Term" means 36 months;');
		assert.equal(byId(clauses, 'schedule-1.2').title, 'Milestones');
	});

	test('unnumbered paragraphs, a status section and repeated numbers', () => {
		const clauses = parse([
			'The Parties share an interest in open science.', '', 'They will talk regularly.', '',
			'Section 1: Aims', '', '1.1 The Parties will share data.', '', '1.1 The Parties will share code.', '',
			'General provisions', '', 'This note is not legally binding.', '', 'It may be amended in writing.',
		]);
		assert.deepEqual(ids(clauses), ['p1', 'p2', '1.1', '1.1-2', 'status', 'status.2']);
		assert.equal(byId(clauses, 'status').title, 'General provisions');
	});

	test('a closing paragraph after bullets of the last section is status; an indented one is not', () => {
		const clauses = parse([
			'Section 1: Aims', '', '  • The Parties will cooperate.', '', '    This covers research only.', '',
			'This note is voluntary.', '', 'It expresses intent only.',
		]);
		assert.deepEqual(ids(clauses), ['1.1', '1.2', 'status', 'status.2']);
	});

	test('hard-wrapped lines, a wrapped decimal, NBSP and curly quotes stay in the clause', () => {
		const text = [
			'Section 1: Homes', '', '• The Parties will build',
			'1.5 million homes by 2029, with “affordable”\u00a0homes first.', '• Second item.',
		].join('\n');
		const clauses = parseClauses(text);
		assert.deepEqual(ids(clauses), ['1.1', '1.2']);
		assert.equal(clauses[0]?.text, 'The Parties will build\n1.5 million homes by 2029, with “affordable”\u00a0homes first.');
		assertExact(text, clauses);
	});

	test('title lines, dates and signature blocks are not clauses', () => {
		const clauses = parse([
			'Memorandum of Understanding between Example and Sample', '', 'Published 21 July 2025', '',
			'Introduction', '', 'This memorandum records shared aims.', '',
			'Signed for and on behalf of Example Ltd', '', 'Jane Smith', 'Chief Executive', '', 'Name: John Doe', 'Date: 21 July 2025',
		]);
		assert.deepEqual(ids(clauses), ['intro']);
	});
});

suite('parseClauses: schedules of figures', () => {
	const parse = (lines: string[]): Clause[] => parseClauses(lines.join('\n'));

	test('a clause mostly of figures, and a table of them, are clauses ("at least 85,000 (2025), 92,000 (2026)")', () => {
		const clauses = parse([
			'# Funding Agreement', '', '## 1. Definitions', '', '1.1 In this Agreement words have their meanings.', '',
			'## SCHEDULE 1 – GRANT AND PAYMENT', '',
			'**1. Annual Grant**', '',
			'| Funding Year | Annual Grant |', '|---|---|', '| 2025/26 | £420,000 |', '| **Total** | **£1,195,000** |', '',
			'**2. Instalments** (each Funding Year)', '',
			'(a) 40% on 1 April;', '', '(b) 60% on 1 October.', '',
			'## SCHEDULE 2 – KEY PERFORMANCE INDICATORS', '',
			'**Part A – Audiences and Participation**', '',
			'1. Total attendance of at least 85,000 (2025), 92,000 (2026) and 100,000 (2027).', '',
			'2. At least 120 free events per Festival.',
		]);
		assert.deepEqual(ids(clauses), ['1.1', 'schedule-1.1', 'schedule-1.2', 'schedule-1.2(a)', 'schedule-1.2(b)', 'schedule-2.A.1', 'schedule-2.A.2']);
		assert.match(clauses[1]!.text, /£1,195,000/);
	});

	test('a line of rules or symbols is still not a clause', () => {
		assert.deepEqual(ids(parse(['## 1. Scope', '', '1.1 The Parties will cooperate.', '', '| --- | --- |', '', '*** --- ***']).filter((c) => /---/.test(c.text))), []);
	});
});

suite('parseClauses: nothing citable and large inputs', () => {
	test('empty, whitespace, a signature block only and binary junk give []', () => {
		assert.deepEqual(parseClauses(''), []);
		assert.deepEqual(parseClauses(' \n\t\r\n\u00a0 \n'), []);
		const signatures = 'Signed for and on behalf of the Department\n\nName: Jane Smith\nTitle: Director\nDate: 21 July 2025\n';
		assert.deepEqual(parseClauses(signatures), []);
		let seed = 7;
		const junk = Array.from({ length: 4096 }, () => String.fromCharCode((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256));
		assert.deepEqual(parseClauses(junk.join('')), []);
		assert.deepEqual(parseClauses('\u0000\u0001PK\u0003\u0004 binary header. And more words.'), []);
		assert.deepEqual(parseClauses('%%%% #### 1234 5678 ////\n\n@@@@ ---- ====\n'), []);
	});

	test('a 5 MB generated source parses (time printed, not asserted)', function () {
		this.timeout(120_000);
		const parts: string[] = ['Introduction', '', 'This agreement is generated for a timing test.', ''];
		for (let s = 1; s <= 100; s++) {
			parts.push(`Section ${s}: generated section ${s}`, '');
			for (let c = 1; c <= 50; c++) {
				const sentence = `The Parties will cooperate on item ${c} of section ${s}, and may explore further work in this area. `;
				parts.push(`  • ${sentence.repeat(10).trim()}`);
			}
			parts.push('');
		}
		const text = parts.join('\n');
		const t0 = performance.now();
		const clauses = parseClauses(text);
		const ms = performance.now() - t0;
		console.log(`      ${(text.length / 1e6).toFixed(1)} M chars, ${clauses.length} clauses in ${ms.toFixed(0)} ms`);
		assert.equal(clauses.length, 5001);
		assert.equal(clauses[clauses.length - 1]?.id, '100.50');
	});

	test('one huge unbroken line does not hang', function () {
		this.timeout(60_000);
		const text = `Section 1: Big\n\n• ${'word '.repeat(400_000)}end.`;
		const t0 = performance.now();
		const clauses = parseClauses(text);
		console.log(`      ${(text.length / 1e6).toFixed(1)} M chars on one line in ${(performance.now() - t0).toFixed(0)} ms`);
		assert.deepEqual(ids(clauses), ['1.1']);
	});
});

suite('parseClauses: named items, forewords and an annex in headed paragraphs', () => {
	test('"**Commitment 6 – …**" in a numbered part is `commitment-6`, as the document cites it', () => {
		const text = ['## 5. Funding', '', '5.1 The Commitments below apply to all Funding.', '', '**Commitment 1 – Planning.** The partners will publish a plan.', '', '**Commitment 2 – Payment.** Grants will be paid in advance.', '', '5.2 The fund is worth £1 million.'].join('\n');
		assert.deepEqual(ids(parseClauses(text)), ['5.1', 'commitment-1', 'commitment-2', '5.2']);
	});

	test('a bold step, table or milestone number is not a named item', () => {
		const text = ['## 2. Process', '', '2.1 The process has two steps:', '', '**Step 1 – Ask.** Write to the officer.', '', '**Table 2** shows the dates.'].join('\n');
		assert.deepEqual(ids(parseClauses(text)), ['2.1', '2.1-2', '2.1-3']);
	});

	test('a "Foreword" is `foreword`, `foreword.2`', () => {
		const text = ['# The Compact', '', '## Foreword', '', 'This Compact sets out how we work.', '', 'We thank everyone.', '', '## 1. Scope', '', '1.1 It applies to all services.'].join('\n');
		assert.deepEqual(ids(parseClauses(text)), ['foreword', 'foreword.2', '1.1']);
	});

	test('"### Paragraph 3" under "## Annex" is `annex.3`, not Article 3; the note before it is `annex`', () => {
		const text = ['# Treaty', '', '## Article 1 — Scope', '', '(1) This Treaty applies to transfers.', '', '## Article 2 — Costs', '', '(1) Costs shall be shared.', '',
			'## Annex — Practical Arrangements', '', '*This Annex is not legally binding.*', '', '### Paragraph 1 — Contacts', '', 'Each side will name a contact.', '', '### Paragraph 2 — Targets', '', 'The authorities will aim:', '', '(a) to decide within 90 days.'].join('\n');
		assert.deepEqual(ids(parseClauses(text)), ['1.1', '2.1', 'annex', 'annex.1', 'annex.2', 'annex.2(a)']);
	});
});

suite('parseClauses: a letter with subheadings in bold', () => {
	test('"**The Project**" over "4." is a subheading: paragraphs keep the numbers the letter gives them', () => {
		const text = ['Dear Dr Smith,', '', '**Letter of intent: a new factory**', '', 'I am writing about the proposed factory.', '', '**Background**', '', '1. The Company makes power devices.', '', '2. It is choosing between three sites.',
			'', '**The Project**', '', '3. The Company intends to invest £40 million:', '', '(a) in a new building; and', '', '(b) in equipment.', '', '**Status of this letter**', '', '4. This letter is not legally binding.'].join('\n');
		assert.deepEqual(ids(parseClauses(text)).slice(-6), ['1', '2', '3', '3(a)', '3(b)', '4']);
	});

	test('"Yours sincerely," and the signature under it close the letter: they are not clauses', () => {
		const text = ['**Status of this letter**', '', '1. This letter is not legally binding.', '', 'Yours sincerely,', '', '*Jane Doe*', '', '**The Rt Hon Jane Doe MP**', 'Minister of State'].join('\n');
		assert.deepEqual(ids(parseClauses(text)), ['1']);
	});

	test('a name in bold over the line that names its office signs the text: it is not a subheading', () => {
		const text = ['## Foreword', '', 'This Deal is a partnership.', '', '**Rt Hon Jane Doe MP**', 'Secretary of State for Industry', '', '## 1. Scope', '', '1.1 It applies to the sector.'].join('\n');
		assert.deepEqual(ids(parseClauses(text)), ['foreword', 'foreword.2', '1.1']);
	});
});

suite('parseClauses: paragraphs numbered under a section letter ("A1.1", "C2.4")', () => {
	test('keep the numbers the document cites them by, in an introduction too, and a paragraph after a list continues its own', () => {
		const text = ['## Section A – Introduction', '', '**A1. Purpose**', '', 'A1.1 This Statement sets out the standards lenders intend to observe.', '', 'A1.2 The Statement has been agreed between:', '', '(a) the Department; and', '', '(b) the lenders,', '', '(together, the "Participants").', '', '## Section C – Governance', '', '**C2. Independent Monitor**', '', 'C2.1 The Monitor will report annually.'].join('\n');
		assert.deepEqual(ids(parseClauses(text)), ['A1.1', 'A1.2', 'A1.2(a)', 'A1.2(b)', 'A1.2-2', 'C2.1']);
	});
});
