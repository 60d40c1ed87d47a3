// "Ignore this finding" edits the team's .clause-lens.json in place: every byte already there stays, and a file
// whose shape is unexpected is refused rather than rewritten (issue 11).
import * as assert from 'node:assert/strict';

import { addIgnoredFinding, type IgnoredFinding, parseProjectConfig, ProjectConfigError } from '../../src/engine';

const entry: IgnoredFinding = { rule: 'misquote', sentence: '0123456789abcd', actual: 'x' };

/** `after` is `before` with text inserted at one place: nothing of `before` was changed or dropped. */
function assertOnlyInserted(before: string, after: string): string {
	let start = 0;
	while (start < before.length && before[start] === after[start]) {
		start++;
	}
	const inserted = after.length - before.length;
	assert.ok(inserted > 0, 'something was added');
	assert.equal(after.slice(start + inserted), before.slice(start), `everything after offset ${start} is kept:\n${after}`);
	return after.slice(start, start + inserted);
}

/** The entries of `ignore` as the readers see them. */
function ignoredIn(text: string): unknown[] {
	const { config, problems } = parseProjectConfig(text);
	assert.deepEqual(problems.filter((p) => !p.startsWith('unknown key')), []);
	return [...config.ignore];
}

suite('editing .clause-lens.json in place (Ignore this finding)', () => {
	test('an `ignore` that is not an array is refused, not replaced', () => {
		for (const ignore of ['{ "misquote": ["x"] }', '"all"', '7', 'null']) {
			const before = `{\n\t"ignore": ${ignore}\n}\n`;
			assert.throws(() => addIgnoredFinding(before, entry), (e: Error) => e instanceof ProjectConfigError && /`ignore`/.test(e.message), ignore);
		}
	});

	test('a root that is not an object, a syntax error, or `ignore` given twice is refused', () => {
		for (const before of ['[]', '"x"', '{ "ignore": [ }', '{ "ignore": [], "ignore": [] }', '{} {}']) {
			assert.throws(() => addIgnoredFinding(before, entry), ProjectConfigError, before);
		}
	});

	test('duplicate keys elsewhere are kept, both of them', () => {
		const before = '{\n\t"severity": { "misquote": "off" },\n\t"severity": { "binding-status": "hint" },\n\t"ignore": []\n}\n';
		assertOnlyInserted(before, addIgnoredFinding(before, entry));
	});

	test('big numbers, integer-like keys, escapes and odd spacing are kept byte for byte', () => {
		const before = '{\n  "n": 12345678901234567890.000,\n  "2": "b", "1": "a",\n  "excerpt": "caf\\u00e9 \\/ \\ud83d\\ude00",\n  "ignore": [\n    { "rule": "binding-status", "sentence": "00000000000000", "actual": "binding" }\n  ]\n}\n';
		const after = addIgnoredFinding(before, entry);
		const inserted = assertOnlyInserted(before, after);
		// The new entry is laid out like the file: two-space indentation, one key per line.
		assert.equal(inserted, ',\n    {\n      "rule": "misquote",\n      "sentence": "0123456789abcd",\n      "actual": "x"\n    }');
		assert.equal(ignoredIn(after).length, 2);
	});

	test('comments, the byte order mark and CRLF line ends are kept', () => {
		const before = '\uFEFF{\r\n\t// Accepted by the policy team, 3 March.\r\n\t"sources": ["agreement.md"], /* the signed text */\r\n\t"ignore": [\r\n\t]\r\n}\r\n';
		const after = addIgnoredFinding(before, entry);
		const inserted = assertOnlyInserted(before, after);
		assert.ok(after.startsWith('\uFEFF{\r\n'));
		assert.ok(!/[^\r]\n/.test(inserted), `CRLF only: ${JSON.stringify(inserted)}`);
		assert.deepEqual(ignoredIn(after), [entry]);
	});

	test('a comment at the end of the last line stays on that line', () => {
		const last = '{\n  "ignore": [\n    { "rule": "binding-status", "sentence": "00000000000000", "actual": "binding" } // why\n  ]\n}\n';
		assert.match(addIgnoredFinding(last, entry), /"binding" \}, \/\/ why\n {4}\{\n/);
		const property = '{\n  "sources": ["a.md"] /* signed */\n}\n';
		assert.match(addIgnoredFinding(property, entry), /^\{\n {2}"sources": \["a\.md"\], \/\* signed \*\/\n {2}"ignore": \[\n/);
		const trailingComma = '{\n  "ignore": [\n    { "rule": "binding-status", "sentence": "00000000000000", "actual": "binding" }, // why\n  ]\n}\n';
		const after = addIgnoredFinding(trailingComma, entry);
		assert.match(after, /"binding" \}, \/\/ why\n {4}\{\n/);
		assert.equal(ignoredIn(after).length, 2);
	});

	test('a one-line file stays on one line; a missing `ignore` is added at the end', () => {
		const before = '{"sources":["a.md"],"severity":{"misquote":"off"}}';
		const after = addIgnoredFinding(before, entry);
		assertOnlyInserted(before, after);
		assert.ok(!after.includes('\n'), after);
		assert.deepEqual(parseProjectConfig(after).config, { sources: ['a.md'], severity: { misquote: 'off' }, ignore: [entry], accept: [], overrides: [] });
	});

	test('entries written one per line are not reformatted', () => {
		const before = '{\n\t"ignore": [\n\t\t{ "rule": "binding-status", "sentence": "00000000000000", "actual": "binding" }\n\t]\n}\n';
		assertOnlyInserted(before, addIgnoredFinding(before, entry));
	});

	test('an entry already there leaves the file as it is; a missing or blank file gets a new one', () => {
		const once = addIgnoredFinding('{\n\t"ignore": []\n}\n', entry);
		assert.equal(addIgnoredFinding(once, entry), once);
		for (const blank of [undefined, '', '  \n']) {
			assert.deepEqual(JSON.parse(addIgnoredFinding(blank, entry)), { ignore: [entry] });
		}
	});
});
