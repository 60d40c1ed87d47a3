import * as assert from 'node:assert/strict';

import fc from 'fast-check';

import { filterSuppressed, findSuppressions, quoteWithCitation, type SuppressedRange } from '../../../src/engine';
import { QUANTITY_PATTERN, quantities } from '../../../src/engine/rules/contradictedDetail';
import { DistinctTerms } from '../../../src/engine/rules/distinctTerms';
import { exactWords } from '../../../src/engine/rules/misquote';
import { openListItems } from '../../../src/engine/rules/openList';
import { listItems } from '../../../src/engine/rules/unsupportedClaim';
import { namedParties, titleLine } from '../../../src/engine/sourceNames';
import { amountsIn } from '../../../src/engine/text/amounts';
import { isJsSpace } from '../../../src/engine/text/findMatches';
import * as original from './originalScans';

/** Fixed, so a failure reproduces; fast-check prints the counterexample (and the seed) when one fails. */
const SEED = 20261206;
const RUNS = 1500;

/** Texts joined from pieces chosen to meet each pattern's edge cases (runs, boundaries, case, Unicode). */
const textOf = (pieces: readonly string[], maxLength = 40): fc.Arbitrary<string> =>
	fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));

const property = <T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void): void =>
	fc.assert(fc.property(arbitrary, check), { seed: SEED, numRuns: RUNS });

const SPACES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028'];

suite('linear scans find exactly what the original patterns found', () => {
	test('isJsSpace is \\s for every UTF-16 code unit', () => {
		for (let c = 0; c < 0x10000; c++) {
			assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
		}
	});

	test('namedParties: the matches of the party pattern', () => {
		const pieces = ['Word', 'Word ', 'OpenAI ', 'DSIT and ', 'and the UK ', 'and ', 'the ', 'The ', 'É', 'aÉb ', 'x', 'will', ' will', ' may', 'shall', 'share', 'must', 'willing', 'A1', '_', '.', ',', "'s", ...SPACES];
		property(textOf(pieces, 16), (text) => {
			const expected = [...text.matchAll(original.namedPartyPattern)].map((m) => [m.index, m[0], m[1]]);
			assert.deepEqual([...namedParties(text)].map((m) => [m.index, m[0], m[1]]), expected);
		});
	});

	test('titleLine: what the title pattern captures', () => {
		const pieces = ['#', '## ', ' #', 'ab', 'abc', 'Title', 'ab\n', '  \n', '\n\n', 'x'.repeat(198), 'x'.repeat(201), '\r', ...SPACES];
		property(textOf(pieces, 10), (text) => {
			assert.equal(titleLine(text), original.titlePattern.exec(text)?.[1] ?? '');
		});
	});

	test('quantities: the matches of the quantity pattern', () => {
		// Against the pattern as it is now (the original's figures, and "20km", "5 Contract Years", "15 March" since).
		const pattern = new RegExp(QUANTITY_PATTERN, 'giu');
		const pieces = ['1', '1.5', '.5', ',5', '1,000', ',', '.', ' ', '-', '%', '£', '£1', '$2.5', ' million', 'm', 'k', 'km', ' Contract', ' March', 'one', 'five', 'FIVE', 'fifteen', 'ſeven', ' days', ' working days', ' per cent', ' years', 'x', 'a', '_'];
		property(textOf(pieces, 12), (text) => {
			const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
			assert.deepEqual(quantities(text).map((q) => [q.start, q.text]), expected);
		});
	});

	test('amountsIn: the matches of the money pattern', () => {
		const pieces = ['1', '1.5', '.5', ',5', '1,000', ',', '.', ' ', '£', '$', '€2', ' billion', ' million', 'billion', 'm', 'k', 'bn', 'a', 'x', '_'];
		property(textOf(pieces, 12), (text) => {
			assert.deepEqual([...amountsIn(text)], [...text.matchAll(original.moneyPattern)].map((m) => m[0]));
		});
	});

	test("listItems: split at the list's joiners", () => {
		const pieces = [',', ', ', ', and ', ';', '&', ' and ', 'and', 'AND', 'And', ' or ', 'OR', 'as well as', 'As Well As', 'andrew', 'a', 'x', 'band', '_', ...SPACES];
		property(textOf(pieces, 16), (text) => {
			assert.deepEqual(listItems(text), text.split(original.listJoinPattern));
		});
	});

	test("openListItems: split at the open list's separators", () => {
		const pieces = [',', ', ', ', and ', ', or ', ' and ', ' or ', 'and ', 'and', 'or', 'AND', 'andrew', ' oregano', 'a', 'x', 'band', ...SPACES];
		property(textOf(pieces, 16), (text) => {
			assert.deepEqual(openListItems(text), text.split(original.openListItemPattern));
		});
	});

	test('exactWords: the text without its dangling end', () => {
		const pieces = [',', ';', ':', ', and', ' and', 'AND', ' an', ' a', 'A', ' the', ' of', 'for', ' or', ' to', 'in', ' with', 'x', 'band', 'f', 'w', ...SPACES];
		property(textOf(pieces, 16), (text) => {
			assert.equal(exactWords(text), text.replace(original.danglingEndPattern, ''));
		});
	});

	test('quoteWithCitation: line breaks and the white space around them become one space', () => {
		property(textOf(['a', 'word', '\r', ...SPACES]), (text) => {
			assert.equal(quoteWithCitation(text, 'MoU §1'), `“${text.replace(original.quoteLineBreakPattern, ' ').trim()}” (MoU §1)`);
		});
	});

	test('DistinctTerms: each term kept unless it contains, or is part of, one kept before', () => {
		const long = 'x'.repeat(60);
		const term = fc.constantFrom('', 'a', 'b', 'ab', 'ba', 'aab', '£1m', '£10m', 'by 2026', long, `${long}a`, `a${long}`, 'y'.repeat(49), 'yy');
		property(fc.array(term, { maxLength: 12 }), (terms) => {
			const distinct = new DistinctTerms();
			terms.forEach((t) => distinct.add(t));
			assert.deepEqual(distinct.terms, original.distinctTermsByScan(terms));
		});
	});

	test('findSuppressions: the ranges the comment pattern gave', () => {
		const pieces = [
			'<!-- clause-lens-disable', '<!-- clause-lens-enable', '<!-- clause-lens-disable-next-line', '<!--clause-lens-disable', '<!--', ' -->', '-->',
			' misquote', ' overstated-commitment', ' binding-status', ',', ' x', '\n', '```\n', '~~~~\n', '  ```\n', 'text', ' ',
			'<!-- clause-lens-disable misquote -->', '<!-- clause-lens-disable binding-status, x -->', '<!-- clause-lens-disable -->',
			'<!-- clause-lens-enable misquote binding-status -->', '<!-- clause-lens-enable x misquote -->', '<!-- clause-lens-enable -->',
		];
		property(textOf(pieces, 30), (text) => {
			const plain = (ranges: SuppressedRange[]): unknown[] => ranges.map((r) => [r.start, r.end, r.rules === undefined ? null : [...r.rules]]);
			assert.deepEqual(plain(findSuppressions(text)), plain(original.findSuppressionsByPattern(text)));
		});
	});

	test('filterSuppressed: the findings no range suppresses, in their order', () => {
		const rule = fc.constantFrom('misquote', 'binding-status', 'overstated-commitment');
		const range = fc.record({ start: fc.nat(60), length: fc.nat(20), rules: fc.option(fc.uniqueArray(rule, { maxLength: 2 }), { nil: undefined }) })
			.map(({ start, length, rules }): SuppressedRange => ({ start, end: start + length, rules: rules && new Set(rules) }));
		const finding = fc.record({ ruleId: rule, start: fc.nat(80) }).map(({ ruleId, start }) => ({ ruleId, span: { start, end: start + 3 } }));
		property(fc.tuple(fc.array(finding, { maxLength: 20 }), fc.array(range, { maxLength: 8 })), ([findings, ranges]) => {
			assert.deepEqual(filterSuppressed(findings, ranges), original.filterSuppressedByPattern(findings, ranges));
		});
	});
});
