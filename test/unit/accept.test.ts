// "Accept this wording" and "Turn off this rule for this file / folder" (issue 12): the keys, the matching, the
// overrides, the schema and the in-place edits of .clause-lens.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';

import Ajv from 'ajv';

import {
	acceptWordingEdits,
	checkText,
	type Finding,
	ignoreSet,
	literalPattern,
	matchesFilePattern,
	parseProjectConfig,
	ProjectConfigError,
	ruleOffEdits,
	severitiesFor,
	wordingOf,
} from '../../src/engine';
import { applyEdits } from 'jsonc-parser';
import { MOU } from './helpers';

const BRIEFING = 'OpenAI will deliver tailored AI skills workshops for civil servants.\n';
const options = { format: 'markdown' as const, severities: {}, ignored: new Set<string>() };

function overstated(text: string): Finding {
	const finding = checkText(text, MOU, options).findings.find((f) => f.ruleId === 'overstated-commitment');
	assert.ok(finding, `an overstated commitment in: ${text}`);
	return finding;
}

function shownRules(text: string, ignored: ReadonlySet<string>): string[] {
	return checkText(text, MOU, { ...options, ignored }).findings.map((f) => f.ruleId);
}

suite('accepted wordings (rule + flagged words + clause)', () => {
	const wording = wordingOf(overstated(BRIEFING));

	test('the wording of a finding is its rule, its words and its clause', () => {
		assert.deepEqual(wording, { rule: 'overstated-commitment', words: 'will deliver', clause: '2.3' });
	});

	test('an accepted wording survives edits elsewhere in the sentence and in the document', () => {
		const ignored = ignoreSet({ ignore: [], accept: [wording] });
		assert.ok(!shownRules(BRIEFING, ignored).includes('overstated-commitment'));
		const edited = `# Skills\n\nAs agreed, OpenAI  will deliver\ntailored AI skills workshops for all civil servants in 2026.\n`;
		assert.equal(overstated(edited).actual.replace(/\s+/g, ' '), 'will deliver', 'the edit keeps the flagged words');
		const after = checkText(edited, MOU, { ...options, ignored });
		assert.ok(!after.findings.some((f) => f.ruleId === 'overstated-commitment'));
		assert.equal(after.ignored, 1);
	});

	test('changing the flagged words brings the finding back', () => {
		const ignored = ignoreSet({ ignore: [], accept: [wording] });
		assert.ok(shownRules('OpenAI will definitely deliver tailored AI skills workshops for civil servants.\n', ignored).includes('overstated-commitment'));
	});

	test('words match ignoring case, spacing, quote style and emphasis, but the clause must be the same', () => {
		const loose = ignoreSet({ ignore: [], accept: [{ rule: 'overstated-commitment', words: ' Will  *deliver* ', clause: '2.3' }] });
		assert.ok(!shownRules(BRIEFING, loose).includes('overstated-commitment'));
		const otherClause = ignoreSet({ ignore: [], accept: [{ ...wording, clause: '2.1' }] });
		assert.ok(shownRules(BRIEFING, otherClause).includes('overstated-commitment'));
		const otherRule = ignoreSet({ ignore: [], accept: [{ ...wording, rule: 'binding-status' }] });
		assert.ok(shownRules(BRIEFING, otherRule).includes('overstated-commitment'));
	});

	test('`accept` and `overrides` are read from the file; bad entries are dropped with a problem each', () => {
		const { config, problems } = parseProjectConfig(JSON.stringify({
			accept: [{ rule: 'overstated-commitment', words: 'will deliver', clause: '2.3' }, { rule: 'misquote', words: 'x' }, { rule: 'nope', words: 'x' }, { rule: 'misquote' }],
			overrides: [{ files: ['drafts/'], severity: { misquote: 'off' } }, { files: 'a.md', severity: { 'binding-status': 'hint' } }, { severity: {} }, 'x'],
		}));
		assert.deepEqual(config.accept, [{ rule: 'overstated-commitment', words: 'will deliver', clause: '2.3' }, { rule: 'misquote', words: 'x' }]);
		assert.deepEqual(config.overrides, [{ files: ['drafts/'], severity: { misquote: 'off' } }, { files: ['a.md'], severity: { 'binding-status': 'hint' } }]);
		assert.equal(problems.length, 4, problems.join('\n'));
		assert.match(problems.join('\n'), /accept\[2\]/);
		assert.match(problems.join('\n'), /overrides\[3\]/);
	});
});

suite('rule overrides for files and folders', () => {
	test('patterns: exact paths, folders, * and ** and ?, escapes', () => {
		const cases: [string, string, boolean][] = [
			['briefings/note.md', 'briefings/note.md', true],
			['briefings/note.md', 'briefings/note.mdx', false],
			['briefings/note.md', 'other/briefings/note.md', false],
			['briefings/', 'briefings/note.md', true],
			['briefings/', 'briefings/2026/q1/note.md', true],
			['briefings/', 'briefingsX/note.md', false],
			['briefings/**', 'briefings/a/b.md', true],
			['**', 'anything/at/all.md', true],
			['**/*.txt', 'a.txt', true],
			['**/*.txt', 'x/y/a.txt', true],
			['**/*.txt', 'x/y/a.md', false],
			['*.md', 'a.md', true],
			['*.md', 'x/a.md', false],
			['note?.md', 'note1.md', true],
			['./note.md', 'note.md', true],
			['a\\*.md', 'a*.md', true],
			['a\\*.md', 'ab.md', false],
			['(1) [draft].md', '(1) [draft].md', true],
		];
		for (const [pattern, file, expected] of cases) {
			assert.equal(matchesFilePattern(pattern, file), expected, `${pattern} ~ ${file}`);
		}
		assert.ok(matchesFilePattern(literalPattern('odd*name?.md'), 'odd*name?.md'));
		assert.ok(!matchesFilePattern(literalPattern('odd*name?.md'), 'oddXnameY.md'));
	});

	test('the project severity, then the settings, then the matching overrides in order', () => {
		const config = {
			severity: { misquote: 'error', 'binding-status': 'hint' } as const,
			overrides: [
				{ files: ['briefings/'], severity: { misquote: 'off' } as const },
				{ files: ['briefings/keep.md'], severity: { misquote: 'warning' } as const },
			],
		};
		assert.deepEqual(severitiesFor(config, 'top.md', { 'binding-status': 'error' }), { misquote: 'error', 'binding-status': 'error' });
		assert.deepEqual(severitiesFor(config, 'briefings/a.md', { misquote: 'error' }), { misquote: 'off', 'binding-status': 'hint' });
		assert.deepEqual(severitiesFor(config, 'briefings/keep.md'), { misquote: 'warning', 'binding-status': 'hint' });
		assert.deepEqual(severitiesFor(config, undefined), { misquote: 'error', 'binding-status': 'hint' }, 'an unsaved document: no override');
	});

	test('a rule turned off for a file is not reported there, and is elsewhere', () => {
		const config = parseProjectConfig('{ "overrides": [{ "files": ["a.md"], "severity": { "overstated-commitment": "off" } }] }').config;
		const rules = (file: string): string[] => checkText(BRIEFING, MOU, { ...options, severities: severitiesFor(config, file) }).findings.map((f) => f.ruleId);
		assert.ok(!rules('a.md').includes('overstated-commitment'));
		assert.ok(rules('b.md').includes('overstated-commitment'));
	});

	test('the JSON schema accepts what the quick fixes write, and rejects a bad override', () => {
		const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schemas/clause-lens.schema.json'), 'utf8'));
		const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
		let text = applyEdits('', acceptWordingEdits(undefined, { rule: 'overstated-commitment', words: 'will deliver', clause: '2.3' }));
		text = applyEdits(text, ruleOffEdits(text, 'briefings/a.md', 'misquote'));
		text = applyEdits(text, ruleOffEdits(text, 'drafts/**', 'unsupported-claim'));
		assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));
		assert.ok(!validate({ overrides: [{ files: [], severity: {} }] }));
		assert.ok(!validate({ overrides: [{ files: ['a.md'], severity: { nope: 'off' } }] }));
		assert.ok(!validate({ accept: [{ rule: 'misquote' }] }));
	});
});

suite('editing .clause-lens.json in place (Accept this wording, Turn off for this file / folder)', () => {
	const wording = { rule: 'overstated-commitment', words: 'will deliver', clause: '2.3' } as const;

	test('a new file gets one `accept` list; an equal wording is not added twice', () => {
		const text = applyEdits('', acceptWordingEdits(undefined, wording));
		assert.equal(text, '{\n\t"accept": [\n\t\t{\n\t\t\t"rule": "overstated-commitment",\n\t\t\t"words": "will deliver",\n\t\t\t"clause": "2.3"\n\t\t}\n\t]\n}\n');
		assert.deepEqual(acceptWordingEdits(text, { ...wording, words: 'Will  Deliver' }), []);
		assert.equal(acceptWordingEdits(text, { ...wording, clause: '2.1' }).length, 1);
	});

	test('an existing file keeps every byte: comments, CRLF, a byte order mark, key order', () => {
		const before = '\uFEFF{\r\n    // The team\'s choices.\r\n    "severity": { "misquote": "error" }, /* keep */\r\n    "accept": []\r\n}\r\n';
		const after = applyEdits(before, acceptWordingEdits(before, wording));
		assert.ok(after.startsWith('\uFEFF{\r\n    // The team\'s choices.\r\n    "severity": { "misquote": "error" }, /* keep */\r\n    "accept": ['), after);
		assert.ok(after.endsWith(']\r\n}\r\n'));
		assert.ok(!/[^\r]\n/.test(after), 'CRLF only');
		assert.match(after, /^ {12}"words": "will deliver",\r$/m);
		assert.deepEqual(parseProjectConfig(after).config.accept, [wording]);
	});

	test('turning a rule off adds an override, then adds to it, then changes its value in place', () => {
		let text = '{\n\t"sources": ["mou.md"] // the agreement\n}\n';
		text = applyEdits(text, ruleOffEdits(text, 'briefings/a.md', 'misquote'));
		assert.ok(text.startsWith('{\n\t"sources": ["mou.md"], // the agreement\n'), text);
		assert.deepEqual(parseProjectConfig(text).config.overrides, [{ files: ['briefings/a.md'], severity: { misquote: 'off' } }]);
		text = applyEdits(text, ruleOffEdits(text, 'briefings/a.md', 'binding-status'));
		assert.deepEqual(parseProjectConfig(text).config.overrides, [{ files: ['briefings/a.md'], severity: { misquote: 'off', 'binding-status': 'off' } }]);
		assert.deepEqual(ruleOffEdits(text, 'briefings/a.md', 'misquote'), [], 'already off');
		text = text.replace('"binding-status": "off"', '"binding-status": "hint"');
		text = applyEdits(text, ruleOffEdits(text, 'briefings/a.md', 'binding-status'));
		assert.deepEqual(parseProjectConfig(text).config.overrides[0]!.severity, { misquote: 'off', 'binding-status': 'off' });
		text = applyEdits(text, ruleOffEdits(text, 'briefings/', 'misquote'));
		assert.deepEqual(parseProjectConfig(text).config.overrides.map((o) => o.files), [['briefings/a.md'], ['briefings/']]);
		assert.deepEqual(parseProjectConfig(text).problems, []);
	});

	test('a file of an unexpected shape is refused', () => {
		for (const before of ['[]', '{ "accept": {} }', '{ "accept": [], "accept": [] }', '{ oops']) {
			assert.throws(() => acceptWordingEdits(before, wording), ProjectConfigError, before);
		}
		for (const before of ['{ "overrides": "x" }', '{ oops']) {
			assert.throws(() => ruleOffEdits(before, 'a.md', 'misquote'), ProjectConfigError, before);
		}
	});
});
