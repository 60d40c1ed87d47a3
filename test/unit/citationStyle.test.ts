import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { citationStyle, clauseLabel } from '../../src/engine/citationStyle';
import { loadSource } from '../../src/engine/source';
import { citationLabel } from '../../src/engine/rules/fixes';

const read = (...parts: string[]): string => readFileSync(join(__dirname, '..', ...parts), 'utf8');

suite('citationStyle: how citations name a source and its clauses', () => {
	test('each source names itself: a defined acronym, a short title, the title\'s head noun', () => {
		const cases: [string, string, string][] = [
			[read('..', 'seeds', 'uk-openai-mou-2025-07-21.txt'), 'MoU', 'section'],
			[read('eval', 'sources', 'paris-agreement.md'), 'Paris Agreement', 'article'],
			[read('eval', 'sources', 'research-data-collaboration-agreement.md'), 'Agreement', 'clause'],
			[read('fixtures', 'sources', 'data-sharing-agreement.md'), 'Data Sharing Agreement', 'section'],
			[read('fixtures', 'sources', 'article-style-accord.txt'), 'Accord', 'article'],
		];
		for (const [text, shortName, references] of cases) {
			const model = loadSource(text, 'x');
			assert.deepEqual([model.shortName, model.references], [shortName, references]);
		}
	});

	test('a title that is a party\'s name: the name the text calls itself by, three times or more ("this Agreed Record")', () => {
		const record = '# CARROW VALE HEALTH BOARD\n\n## PAY SETTLEMENT 2026\n\n1. This Agreed Record sets out pay. Part A of this Agreed Record applies.\n\n2. This Part sets out hours. This Part applies to this Agreed Record.\n';
		assert.equal(citationStyle(record, 'CARROW VALE HEALTH BOARD').shortName, 'Agreed Record');
		assert.equal(citationStyle(record.replace(/ to this Agreed Record/, ''), 'CARROW VALE HEALTH BOARD').shortName, 'source');
		assert.ok(loadSource(record, 'record.md').frameWords.names.has('record'));
		assert.ok(!loadSource(record, 'record.md').frameWords.names.has('part'));
	});

	test('"binding in honour only" and "do not intend this Agreement … to be legally enforceable" are a not-binding status', () => {
		const pay = '# PAY SETTLEMENT\n\n1. The Employer shall pay the rates in Schedule 1.\n\n2. The Parties do not intend this Agreement, or any part of it, to be a legally enforceable contract. It is binding in honour only.\n';
		assert.equal(loadSource(pay, 'pay.md').status, 'not-binding');
		assert.equal(loadSource(pay.replace(/The Parties do not intend[^.]*\. /, ''), 'pay.md').status, 'not-binding');
		assert.equal(loadSource(pay.replace(/2\. The Parties.*\n/, ''), 'pay.md').status, 'unstated');
	});

	test('a defined acronym needs two capitals and must name the document, not a party', () => {
		assert.equal(citationStyle('# Notes\n\nThis Data Sharing Agreement (the "DSA") records terms.', '').shortName, 'DSA');
		assert.equal(citationStyle('The Department for Digital Services (the "Department") shares data.', 'Notes').shortName, 'source');
		assert.equal(citationStyle('# SERVICE LEVEL AGREEMENT\n\nText.', 'SERVICE LEVEL AGREEMENT').shortName, 'Service Level Agreement');
	});

	test('clause labels read the way the source numbers its provisions', () => {
		assert.equal(clauseLabel('section', '2.3'), '§2.3');
		assert.equal(clauseLabel('article', '4.2'), 'Art. 4.2');
		assert.equal(clauseLabel('clause', '5.1(a)'), 'cl. 5.1(a)');
		assert.equal(clauseLabel('clause', 'schedule-1.3'), 'Sch. 1 para. 3');
		// An unnumbered annex's paragraphs, as the source numbers them; a table after a paragraph is that paragraph's.
		assert.equal(clauseLabel('paragraph', 'annex.A.2'), 'Annex para. A2');
		assert.equal(clauseLabel('article', 'annex.1-2'), 'Annex para. 1');
		assert.equal(clauseLabel('article', 'annex'), 'Annex');
		assert.equal(clauseLabel('clause', 'schedule-2'), 'Sch. 2');
		assert.equal(clauseLabel('clause', 'B'), 'recital B');
		assert.equal(clauseLabel('article', 'preamble'), 'preamble');
		assert.equal(clauseLabel('section', 'intro'), 'introduction');
		assert.equal(clauseLabel('section', 'status'), 'status');
		// An item the document names and numbers itself.
		assert.equal(clauseLabel('section', 'commitment-6'), 'Commitment 6');
		assert.equal(clauseLabel('clause', 'principle-2'), 'Principle 2');
	});

	test('a title\'s article and the years it runs are no part of its short name: "Brackenshire Compact"', () => {
		const compact = loadSource(['# The Brackenshire Compact 2025–2028', '', '## 1. Scope', '', '1.1 The partners will meet every quarter.'].join('\n'), 'compact.md');
		assert.equal(compact.shortName, 'Brackenshire Compact');
		assert.equal(citationLabel(compact, { id: '1.1' }), 'Brackenshire Compact §1.1');
	});

	test('a finding\'s citation names the Paris Agreement\'s articles as "Paris Agreement Art. 4.2"', () => {
		const paris = loadSource(read('eval', 'sources', 'paris-agreement.md'), 'paris-agreement.md');
		assert.equal(citationLabel(paris, { id: '4.2' }), 'Paris Agreement Art. 4.2');
		assert.equal(citationLabel(paris, { id: '3' }), 'Paris Agreement Art. 3');
	});
});
