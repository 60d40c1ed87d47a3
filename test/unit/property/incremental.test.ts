import * as assert from 'node:assert/strict';

import fc from 'fast-check';

import { check, citationAt, createIncrementalChecker, type TextFormat } from '../../../src/engine';
import { MOU } from '../helpers';
import { applyEdit, documentOf, edit, lineEnds, withLineEnds } from './arbitraries';

const FORMATS: readonly TextFormat[] = ['markdown', 'plaintext'];

suite('property: the incremental checker equals a full check', () => {
	for (const format of FORMATS) {
		test(`after every one of a run of random edits (${format})`, () => {
			fc.assert(
				fc.property(documentOf(150), fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
					const checker = createIncrementalChecker(MOU, { format });
					let text = start;
					assert.deepStrictEqual(checker.update(text), check(text, MOU, { format }));
					for (const e of edits) {
						text = applyEdit(text, e);
						assert.deepStrictEqual(checker.update(text), check(text, MOU, { format }));
					}
				}),
				{ numRuns: 80 },
			);
		});
	}

	test('on documents with CR-only or mixed line ends, under edits that add and remove CRs and LFs', () => {
		const lineEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 2 }), insert: fc.constantFrom('\r', '\n', '\r\n', '\r\r', '', 'x') });
		fc.assert(
			fc.property(documentOf(100), lineEnds, fc.array(fc.oneof(edit, lineEdit), { minLength: 1, maxLength: 12 }), (doc, ends, edits) => {
				const checker = createIncrementalChecker(MOU, { format: 'markdown' });
				let text = withLineEnds(doc, ends);
				assert.deepStrictEqual(checker.update(text), check(text, MOU, { format: 'markdown' }));
				for (const e of edits) {
					text = applyEdit(text, e);
					assert.deepStrictEqual(checker.update(text), check(text, MOU, { format: 'markdown' }));
				}
			}),
			{ numRuns: 80 },
		);
	});

	test('with severities set (a rule off, another raised)', () => {
		const options = { severities: { 'binding-status': 'off', 'understated-commitment': 'error' } } as const;
		fc.assert(
			fc.property(documentOf(100), fc.array(edit, { maxLength: 6 }), (start, edits) => {
				const checker = createIncrementalChecker(MOU, options);
				let text = start;
				checker.update(text);
				for (const e of edits) {
					text = applyEdit(text, e);
					assert.deepStrictEqual(checker.update(text), check(text, MOU, options));
				}
			}),
			{ numRuns: 60 },
		);
	});

	test('undo returns the first result; an unchanged text returns the same object', () => {
		fc.assert(
			fc.property(documentOf(40), edit, (text, e) => {
				const checker = createIncrementalChecker(MOU);
				const first = checker.update(text);
				assert.equal(checker.update(text), first);
				checker.update(applyEdit(text, e));
				assert.deepStrictEqual(checker.update(text), first);
			}),
			{ numRuns: 60 },
		);
	});
});

suite('property: citationAt finds the citation whose sentence holds the offset', () => {
	test('the same answer as a linear scan, at every offset', () => {
		fc.assert(
			fc.property(documentOf(60), (text) => {
				const result = check(text, MOU);
				for (let offset = -1; offset <= text.length + 1; offset++) {
					const expected = result.citations.find((c) => c.span.start <= offset && offset < c.span.end);
					assert.equal(citationAt(result, offset), expected);
				}
			}),
			{ numRuns: 60 },
		);
	});
});

suite('property: apply() reports how the result changed', () => {
	test('previous result + change = the new result', () => {
		fc.assert(
			fc.property(documentOf(120), fc.array(edit, { minLength: 1, maxLength: 10 }), (start, edits) => {
				const checker = createIncrementalChecker(MOU);
				let text = start;
				let previous = checker.update(text);
				for (const e of edits) {
					const before = text;
					text = applyEdit(text, e);
					const change = checker.apply(text);
					assert.equal(change.delta, text.length - before.length);
					const moved = <T extends { span: { start: number; end: number } }>(item: T): T => ({ ...item, span: { start: item.span.start + change.delta, end: item.span.end + change.delta } });
					const findings = [
						...previous.findings.slice(0, change.findings.start),
						...change.findings.added,
						...previous.findings.slice(change.findings.start + change.findings.removed).map((f) => ({
							...moved(f),
							sentence: { start: f.sentence.start + change.delta, end: f.sentence.end + change.delta },
							fixes: f.fixes.map(moved),
						})),
					];
					const citations = [
						...previous.citations.slice(0, change.citations.start),
						...change.citations.added,
						...previous.citations.slice(change.citations.start + change.citations.removed).map(moved),
					];
					const expected = check(text, MOU);
					assert.deepStrictEqual({ findings, citations }, expected);
					assert.deepStrictEqual(checker.result, expected);
					previous = checker.result;
				}
			}),
			{ numRuns: 60 },
		);
	});
});

suite('incremental checker: a lead-in\'s cue carries to the list items after it', () => {
	test('editing the lead-in re-reads the items in the blocks after it', () => {
		const before = 'Under the MoU, OpenAI will:\n\n- deploy its models across all government departments;\n\n- expand its partnership with the AI Security Institute.\n';
		const checker = createIncrementalChecker(MOU, { format: 'markdown' });
		const first = checker.update(before);
		assert.deepStrictEqual(first, check(before, MOU, { format: 'markdown' }));
		assert.ok(first.findings.some((f) => f.actual === 'expand'));
		const after = before.replace('OpenAI will:', 'OpenAI may:');
		const second = checker.update(after);
		assert.deepStrictEqual(second, check(after, MOU, { format: 'markdown' }));
		assert.ok(!second.findings.some((f) => f.actual === 'expand' && f.ruleId === 'overstated-commitment'));
	});
});
