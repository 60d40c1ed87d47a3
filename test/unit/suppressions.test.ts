import * as assert from 'node:assert/strict';

import { disableNextLineComment, filterSuppressed, findSuppressions } from '../../src/engine';

interface F {
	ruleId: string;
	span: { start: number; end: number };
}

/** A finding of `ruleId` at the first occurrence of `word` in `text`. */
function at(text: string, word: string, ruleId = 'overstated-commitment'): F {
	const start = text.indexOf(word);
	assert.ok(start >= 0, `${word} not in text`);
	return { ruleId, span: { start, end: start + word.length } };
}

/** Which of the findings survive the text's suppression comments. */
function kept(text: string, findings: F[]): string[] {
	return filterSuppressed(findings, findSuppressions(text)).map((f) => text.slice(f.span.start, f.span.end));
}

suite('suppressions', () => {
	test('disable-next-line suppresses the next line only, for every rule', () => {
		const text = 'One will deliver.\n<!-- clause-lens-disable-next-line -->\nTwo will ensure.\nThree will guarantee.\n';
		assert.deepEqual(kept(text, [at(text, 'will deliver'), at(text, 'will ensure', 'misquote'), at(text, 'will guarantee')]), ['will deliver', 'will guarantee']);
	});

	test('disable-next-line with rule ids suppresses only those rules', () => {
		const text = '<!-- clause-lens-disable-next-line misquote binding-status -->\nIt is binding and “misquoted” and will deliver.\n';
		const findings = [at(text, 'binding and', 'binding-status'), at(text, '“misquoted”', 'misquote'), at(text, 'will deliver')];
		assert.deepEqual(kept(text, findings), ['will deliver']);
	});

	test('a disable … enable block covers everything between, across lines and paragraphs', () => {
		const text = 'Before will deliver.\n\n<!-- clause-lens-disable -->\nInside will ensure.\n\nStill inside will guarantee.\n<!-- clause-lens-enable -->\nAfter will commit.\n';
		const findings = ['will deliver', 'will ensure', 'will guarantee', 'will commit'].map((w) => at(text, w));
		assert.deepEqual(kept(text, findings), ['will deliver', 'will commit']);
	});

	test('an unclosed disable runs to the end of the document', () => {
		const text = 'A will deliver.\n<!-- clause-lens-disable -->\nB will ensure.\n';
		assert.deepEqual(kept(text, [at(text, 'will deliver'), at(text, 'will ensure')]), ['will deliver']);
	});

	test('per-rule blocks; enabling one rule inside a disable-all block keeps the others off', () => {
		const text = '<!-- clause-lens-disable misquote -->\nA will deliver “x”.\n<!-- clause-lens-enable misquote -->\nB “y”.\n'
			+ '<!-- clause-lens-disable -->\nC will ensure “z”.\n<!-- clause-lens-enable misquote -->\nD will guarantee “w”.\n<!-- clause-lens-enable -->\nE will commit.';
		const findings = [
			at(text, 'will deliver'), at(text, '“x”', 'misquote'), at(text, '“y”', 'misquote'),
			at(text, 'will ensure'), at(text, '“z”', 'misquote'), at(text, 'will guarantee'), at(text, '“w”', 'misquote'), at(text, 'will commit'),
		];
		assert.deepEqual(kept(text, findings), ['will deliver', '“y”', '“w”', 'will commit']);
	});

	test('CRLF line endings and comments with extra spaces', () => {
		const text = 'A will deliver.\r\n<!--   clause-lens-disable-next-line   -->\r\nB will ensure.\r\nC will guarantee.';
		assert.deepEqual(kept(text, [at(text, 'will deliver'), at(text, 'will ensure'), at(text, 'will guarantee')]), ['will deliver', 'will guarantee']);
	});

	test('comments inside fenced code blocks and look-alikes do not count', () => {
		const text = '```md\n<!-- clause-lens-disable -->\n```\nA will deliver.\n<!-- clause-lens-disabled -->\nB will ensure.\n<!-- not clause-lens-disable -->\nC will guarantee.';
		assert.deepEqual(kept(text, [at(text, 'will deliver'), at(text, 'will ensure'), at(text, 'will guarantee')]), ['will deliver', 'will ensure', 'will guarantee']);
	});

	test('a disable-next-line comment on the last line suppresses nothing; no comments, nothing changes', () => {
		const text = 'A will deliver.\n<!-- clause-lens-disable-next-line -->';
		assert.deepEqual(kept(text, [at(text, 'will deliver')]), ['will deliver']);
		assert.deepEqual(findSuppressions('Plain text, no comments.'), []);
	});

	test('disableNextLineComment builds the comment the quick fix inserts', () => {
		assert.equal(disableNextLineComment(), '<!-- clause-lens-disable-next-line -->');
		assert.equal(disableNextLineComment(['misquote']), '<!-- clause-lens-disable-next-line misquote -->');
		const text = `${disableNextLineComment(['misquote'])}\nA “x”.`;
		assert.deepEqual(kept(text, [at(text, '“x”', 'misquote')]), []);
	});
});
