import * as assert from 'node:assert/strict';

import fc from 'fast-check';

import { applyFix, check, type CheckResult, type Span, type TextFormat } from '../../../src/engine';
import { MOU } from '../helpers';
import { documentOf, PARAGRAPHS } from './arbitraries';

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

/** A result with offsets mapped from the CRLF text back to the LF text, and CRs dropped from quoted text. */
function normalised(result: CheckResult, crlfText: string): unknown {
	const crs: number[] = [];
	for (let i = crlfText.indexOf('\r\n'); i >= 0; i = crlfText.indexOf('\r\n', i + 2)) {
		crs.push(i);
	}
	const back = (o: number): number => {
		let lo = 0;
		while (lo < crs.length && crs[lo]! < o) {
			lo++;
		}
		return o - lo;
	};
	const span = (s: Span): Span => ({ start: back(s.start), end: back(s.end) });
	const clean = (s: string): string => s.replace(/\r\n/g, '\n');
	return {
		findings: result.findings.map((f) => ({ ...f, span: span(f.span), sentence: span(f.sentence), actual: clean(f.actual), message: clean(f.message), fixes: f.fixes.map((x) => ({ ...x, span: span(x.span), replacement: clean(x.replacement) })) })),
		citations: result.citations.map((c) => ({ ...c, span: span(c.span) })),
	};
}

suite('property: check() on hostile input', () => {
	for (const format of FORMATS) {
		test(`never throws; every range inside the text; every fix a clean replacement (${format})`, () => {
			fc.assert(
				fc.property(documentOf(80), (text) => {
					assertWellFormed(text, check(text, MOU, { format }));
				}),
				{ numRuns: 400 },
			);
		});

		test(`the CRLF version gives the same findings and citations as the LF version (${format})`, () => {
			fc.assert(
				fc.property(documentOf(60).map((t) => t.replace(/\r/g, '')), (lf) => {
					const crlf = lf.replace(/\n/g, '\r\n');
					assert.deepStrictEqual(normalised(check(crlf, MOU, { format }), crlf), normalised(check(lf, MOU, { format }), lf));
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

	test('very long lines: a 10 MB single line finishes (hang detector only; the benchmark reports timings)', function () {
		this.timeout(60_000);
		const sentence = PARAGRAPHS.join(' ').replace(/\s+/g, ' ');
		const line = sentence.repeat(Math.ceil(10_000_000 / sentence.length)).slice(0, 10_000_000);
		const started = Date.now();
		const result = check(line, MOU, { format: 'markdown' });
		assert.ok(Date.now() - started < 30_000, `10 MB line took ${Date.now() - started} ms`);
		assert.ok(result.citations.length > 0);
		const last = result.findings[result.findings.length - 1];
		assert.ok(last === undefined || last.span.end <= line.length);
	});
});
