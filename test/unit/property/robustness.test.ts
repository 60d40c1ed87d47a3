import * as assert from 'node:assert/strict';

import fc from 'fast-check';

import { applyFix, check, type CheckResult, type Span, type TextFormat } from '../../../src/engine';
import { MOU } from '../helpers';
import { documentOf, lineEnds, PARAGRAPHS, withLineEnds } from './arbitraries';

const FORMATS: readonly TextFormat[] = ['markdown', 'plaintext'];

function assertInside(span: Span, length: number, what: string): void {
	assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
	assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `${what} [${span.start}, ${span.end}) lies inside 0..${length}`);
}

/** Every range of a result lies inside the text; every fix applies as a plain replacement of its range. */
function assertWellFormed(text: string, result: CheckResult): void {
	for (const f of result.findings) {
		assertInside(f.span, text.length, `${f.ruleId} span`);
		assertInside(f.sentence, text.length, `${f.ruleId} sentence`);
		assert.equal(f.actual, text.slice(f.span.start, f.span.end), `${f.ruleId}: actual is the text of its span`);
		for (const fix of f.fixes) {
			assertInside(fix.span, text.length, `${f.ruleId} fix`);
			const fixed = applyFix(text, fix);
			assert.equal(fixed.slice(0, fix.span.start), text.slice(0, fix.span.start), 'text before the fix unchanged');
			assert.equal(fixed.slice(fix.span.start, fix.span.start + fix.replacement.length), fix.replacement, 'the replacement is inserted');
			assert.equal(fixed.slice(fix.span.start + fix.replacement.length), text.slice(fix.span.end), 'text after the fix unchanged');
		}
	}
	for (const c of result.citations) {
		assertInside(c.span, text.length, 'citation');
		assert.ok(c.score >= 0 && c.score <= 1, 'citation score in [0, 1]');
	}
}

/** A result with offsets mapped from a text with any line ends back to its LF version, and line ends in quoted text made LF. */
function normalised(result: CheckResult, text: string): unknown {
	// Offsets just after each `\r\n`: one code unit fewer in the LF text from there on (a lone `\r` maps one to one).
	const pairs: number[] = [];
	for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) {
		pairs.push(i);
	}
	const back = (o: number): number => {
		let lo = 0;
		let hi = pairs.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (pairs[mid]! < o) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return o - lo;
	};
	const span = (s: Span): Span => ({ start: back(s.start), end: back(s.end) });
	const clean = (s: string): string => s.replace(/\r\n?/g, '\n');
	return {
		findings: result.findings.map((f) => ({ ...f, span: span(f.span), sentence: span(f.sentence), actual: clean(f.actual), message: clean(f.message), fixes: f.fixes.map((x) => ({ ...x, span: span(x.span), replacement: clean(x.replacement) })) })),
		citations: result.citations.map((c) => ({ ...c, span: span(c.span) })),
	};
}

suite('property: check() on hostile input', () => {
	for (const format of FORMATS) {
		test(`never throws; every range inside the text; every fix a clean replacement (${format})`, () => {
			fc.assert(
				fc.property(documentOf(240), (text) => {
					assertWellFormed(text, check(text, MOU, { format }));
				}),
				{ numRuns: 400 },
			);
		});

		test(`CRLF, CR-only and mixed line ends give the same findings and citations as LF (${format})`, () => {
			fc.assert(
				fc.property(documentOf(160).map((t) => t.replace(/\r/g, '')), lineEnds, (lf, ends) => {
					const text = withLineEnds(lf, ends);
					assert.deepStrictEqual(normalised(check(text, MOU, { format }), text), normalised(check(lf, MOU, { format }), lf));
				}),
				{ numRuns: 200 },
			);
		});
	}

	test('empty and blank texts give empty results', () => {
		for (const text of ['', ' ', '\n', '\r\n\r\n', '\t \u00a0\u200b', '\ufeff']) {
			for (const format of FORMATS) {
				assert.deepStrictEqual(check(text, MOU, { format }), { findings: [], citations: [] });
			}
		}
	});

	test('deeply nested markdown: quotes, lists, emphasis, brackets 2,000 deep', () => {
		const depth = 2000;
		const texts = [
			`${'> '.repeat(depth)}The MoU will deploy AI in justice.`,
			Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- The MoU will deploy AI in item ${i}.`).join('\n'),
			`${'*_'.repeat(depth)}The MoU is legally binding.${'_*'.repeat(depth)}`,
			`${'['.repeat(depth)}The MoU is a contract.${'](x)'.repeat(depth)}`,
			`${'“'.repeat(depth)}will collaborate to identify opportunities${'”'.repeat(depth)}`,
			`${'('.repeat(depth)}OpenAI must deliver${')'.repeat(depth)}.`,
		];
		for (const text of texts) {
			for (const format of FORMATS) {
				assertWellFormed(text, check(text, MOU, { format }));
			}
		}
	});

	test('very long lines: a 10 MB single line finishes (the timeout only detects a hang; the benchmark reports timings)', function () {
		this.timeout(120_000);
		const sentence = PARAGRAPHS.join(' ').replace(/\s+/g, ' ');
		const line = sentence.repeat(Math.ceil(10_000_000 / sentence.length)).slice(0, 10_000_000);
		const result = check(line, MOU, { format: 'markdown' });
		assert.ok(result.citations.length > 0);
		const last = result.findings[result.findings.length - 1];
		assert.ok(last === undefined || last.span.end <= line.length);
	});
});
