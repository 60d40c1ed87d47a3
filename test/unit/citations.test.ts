import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { check, loadSource } from '../../src/engine';
import { checkMd } from './helpers';

/** The clause id cited for each sentence of a text, in order ('-' for none). */
function cited(text: string): string[] {
	return checkMd(text).citations.map((c) => c.clause.id);
}

suite('citations', () => {
	test('a faithful paraphrase cites its clause, with a score in [0, 1] and the source sentence', () => {
		const text = 'OpenAI and DSIT will work together to find ways advanced AI models could be used across government and business.';
		const [c] = checkMd(text).citations;
		assert.ok(c);
		assert.equal(c.clause.id, '2.1');
		assert.equal(c.label, 'MoU §2.1');
		assert.ok(c.score > 0.2 && c.score <= 1);
		assert.match(c.sourceSentence.text, /^OpenAI and DSIT will collaborate/);
	});

	test('policy areas in other words find §2.2; security work finds §4', () => {
		assert.deepEqual(cited('Initiatives could cover the courts, the armed forces and schools.'), ['2.2']);
		assert.deepEqual(cited('It may include expanding the partnership with the AI Security Institute.'), ['4.2']);
	});

	test('background with no clause behind it gets no citation', () => {
		assert.deepEqual(cited('OpenAI’s first international office opened in London in 2023.'), []);
		assert.deepEqual(cited('Intro line.'), []);
		assert.deepEqual(cited('## Risks'), []);
	});

	test('a heading that names a section by its title cites it', () => {
		assert.deepEqual(cited('## Infrastructure'), ['3.1']);
	});

	test('talk of legal status cites the status clause; a short follow-up inherits the clause before it', () => {
		assert.deepEqual(cited('It is not a contract.'), ['status']);
		assert.deepEqual(cited('Is the partnership legally binding on OpenAI? It is not.'), ['status', 'status']);
	});

	test('a minister’s words in quotation marks are not cited to the MoU', () => {
		assert.deepEqual(cited('“This partnership will see more of their work taking place in the UK, creating high-paid tech jobs.”'), []);
	});
});

suite('citations of headings in another agreement', () => {
	const CONTRACT = loadSource(fs.readFileSync(path.join(__dirname, '../eval/sources/research-data-collaboration-agreement.md'), 'utf8'), 'contract.md');
	const citedIn = (text: string, format: 'markdown' | 'plaintext' = 'markdown') =>
		check(text, CONTRACT, { format }).citations.map((c) => [text.slice(c.span.start, c.span.end).trim(), c.clause.id]);

	test('a run-in heading ("**Exit.** …") is cited to the clause its paragraph goes on to describe, if it names it', () => {
		const text = '**Exit.** The Authority may terminate the Agreement for convenience on 90 days\' written notice.';
		const [heading, body] = citedIn(text);
		assert.match(String(heading?.[0]), /^Exit\./);
		assert.match(String(body?.[1]), /^14\./);
		assert.equal(heading?.[1], body?.[1]);
		// A run-in heading whose words the clause does not have borrows nothing.
		assert.equal(citedIn('**Lunch.** The Authority may terminate the Agreement for convenience on 90 days\' written notice.').length, 1);
		// One that names a section by its title cites that section.
		assert.match(String(citedIn('**Liability.** Each Party\'s total liability under the Agreement is capped.')[0]?.[1]), /^13\./);
	});

	test('a numbered title line in plain text ("3. Reporting") names the section with that title', () => {
		const found = citedIn('3. Reporting\n\nWe send the Authority a written progress report every quarter.\n', 'plaintext');
		assert.deepEqual(found[0], ['Reporting', '7.1']);
	});
});

suite('synonyms narrowed to the source\'s own words', () => {
	test('"pull out" finds a contract\'s clause on terminating and a treaty\'s article on withdrawing', () => {
		const contract = loadSource(['# Data Sharing Agreement', '## 14. Term and termination',
			'14.1 This Agreement shall continue for three years.',
			'14.2 Either Party may terminate this Agreement by giving not less than three months\' written notice to the other.'].join('\n\n'), 'dsa.md');
		assert.deepEqual(check('Either organisation can pull out with six weeks\' notice.', contract, { format: 'markdown' }).citations.map((c) => c.clause.id), ['14.2']);
		const paris = loadSource(fs.readFileSync(path.join(__dirname, '../eval/sources/paris-agreement.md'), 'utf8'), 'paris.md');
		assert.match(String(check('Any country can pull out of the agreement by written notification.', paris, { format: 'markdown' }).citations[0]?.clause.id), /^28\./);
	});
});
