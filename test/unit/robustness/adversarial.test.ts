import * as assert from 'node:assert/strict';

import { check, loadSource, parseClauses, SourceError, type TextFormat } from '../../../src/engine';
import { MOU } from '../helpers';

/**
 * Units that, repeated to 100,000 characters, probe every regular expression of the engine for catastrophic
 * backtracking: sentence ends and abbreviations, quotes, brackets and links, emphasis, HTML and comments, URLs,
 * numbers and money, list and clause markers, headings, tables, and the commitment and party words.
 */
const UNITS: readonly string[] = [
	'a.', 'A. ', 'a', ' ', '.', '. ', '"', '“', '”', "'", '‘', '’', '«', '[', ']', '](', '[a]', '(', ')', '<', '>', '<a ', '<!--',
	'-->', '`', '``', '*', '_', '~', '**a', 'http://', 'www.', '\\', 'e.g. ', 'Mr. ', 'No. ', '$1', '£1,', '1.', '1.1.', '-',
	'—', ',', ';', "'s", '1', '\t', '#', '|', '| a ', '- ', '> ', '(a) ', 'a-', "a'", 'a’', 'a.b', '…', '...', '\n', '\n\n',
	'\r\n', '\n- ', '\n> ', '\n# a', '\n    ', '\n```', 'will ', 'may ', 'OpenAI will ', 'the MoU ', 'not ', 'binding ', '=',
	'\n===\n', '---\n', '😀', 'e\u0301', '\u200b', 'Section 1 ', 'Article ', 'Signed ', 'I ', 'May 2025 ', '[^a]', '![a](b)',
	' http://a.b/(c) ', 'a@b.', '<a@b', '?', '!', '¿', 'S.', '\u00a0', ':', 'deal ', 'legally ', 'such as ',
];
const LENGTH = 100_000;
/**
 * Mocha's timeout per repetition, a hang detector only, far above the real timings (all under a second). Whether the
 * time grows with the input is the growth tests' question (growth.test.ts); throughput is the benchmark's.
 */
const BOUND_MS = 5_000;

suite('robustness: adversarial repetitions for every regular expression', () => {
	for (const format of ['markdown', 'plaintext'] as const satisfies readonly TextFormat[]) {
		test(`check() on 100,000-character repetitions finishes (${format})`, function () {
			this.timeout(UNITS.length * BOUND_MS);
			for (const unit of UNITS) {
				const text = unit.repeat(Math.ceil(LENGTH / unit.length));
				assert.doesNotThrow(() => check(text, MOU, { format }), `${JSON.stringify(unit)} × ${LENGTH / unit.length}`);
			}
		});
	}

	test('the source side (clause parser, commitment analysis, index) on the same repetitions finishes', function () {
		this.timeout(UNITS.length * BOUND_MS);
		for (const unit of UNITS) {
			const text = unit.repeat(Math.ceil(LENGTH / unit.length));
			parseClauses(text);
			try {
				loadSource(text, 'adversarial');
			} catch (error) {
				assert.ok(error instanceof SourceError, String(error));
			}
		}
	});
});
