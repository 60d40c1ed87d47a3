import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { RULE_IDS } from '../../src/engine';
import {
	addIgnoredFinding,
	EMPTY_PROJECT_CONFIG,
	ignoreKeyOf,
	ignoreSet,
	isIgnored,
	parseProjectConfig,
	ProjectConfigError,
	sentenceHash,
	SEVERITIES,
} from '../../src/engine';

const finding = (text: string, sentence: string, actual: string) => {
	const s = text.indexOf(sentence);
	return { ruleId: 'overstated-commitment' as const, actual, sentence: { start: s, end: s + sentence.length } };
};

suite('projectConfig (.clause-lens.json)', () => {
	test('a full, valid file parses without problems', () => {
		const { config, problems } = parseProjectConfig(JSON.stringify({
			$schema: './schema.json',
			sources: ['agreements/accord.md'],
			severity: { misquote: 'error', 'understated-commitment': 'off' },
			ignore: [{ rule: 'misquote', sentence: 'abc', actual: 'x', excerpt: 'A “x”.' }],
		}));
		assert.deepEqual(problems, []);
		assert.deepEqual(config.sources, ['agreements/accord.md']);
		assert.deepEqual(config.severity, { misquote: 'error', 'understated-commitment': 'off' });
		assert.equal(config.ignore.length, 1);
	});

	test('malformed JSON and non-objects give one problem and the empty config', () => {
		assert.deepEqual(parseProjectConfig('{ "sources": [').config, EMPTY_PROJECT_CONFIG);
		assert.match(parseProjectConfig('{ "sources": [').problems[0]!, /not valid JSON/);
		assert.deepEqual(parseProjectConfig('[1]').problems, ['expected a JSON object']);
	});

	test('an empty or blank file means no settings, without a problem (the CLI and the extension read it alike)', () => {
		for (const text of ['', '   \n\t\r\n', '\uFEFF', '\uFEFF\n']) {
			assert.deepEqual(parseProjectConfig(text), { config: EMPTY_PROJECT_CONFIG, problems: [] }, JSON.stringify(text));
		}
	});

	test('comments and trailing commas are allowed (JSON with comments, as VS Code settings); a repeated key is reported', () => {
		const { config, problems } = parseProjectConfig('{\n\t// the signed text\n\t"sources": ["a.md",], /* see README */\n\t"severity": {},\n\t"severity": { "misquote": "off" },\n}\n');
		assert.deepEqual(config.sources, ['a.md']);
		assert.deepEqual(config.severity, { misquote: 'off' });
		assert.deepEqual(problems, ['key `severity` appears more than once (the last one is used)']);
	});

	test('bad parts are dropped, each with a problem; the rest is kept', () => {
		const { config, problems } = parseProjectConfig(JSON.stringify({
			sources: ['ok.md', 3, ''],
			severity: { misquote: 'loud', 'made-up': 'off', 'binding-status': 'hint' },
			ignore: [{ rule: 'nope', sentence: 'a', actual: 'b' }, 'x'],
			extra: true,
		}));
		assert.deepEqual(config.sources, ['ok.md']);
		assert.deepEqual(config.severity, { 'binding-status': 'hint' });
		assert.deepEqual(config.ignore, []);
		assert.equal(problems.length, 7, problems.join('\n'));
		assert.ok(problems.some((p) => p.includes('`extra`')));
		assert.ok(problems.some((p) => p.includes('severity.misquote')));
	});

	test('the ignore key survives edits elsewhere, re-wrapping, CRLF and quote style, not a changed sentence', () => {
		const a = 'Intro.\n\nOpenAI will deliver tailored AI skills workshops.\n';
		const b = 'A new first paragraph.\r\n\r\nOpenAI  will deliver\r\ntailored AI skills workshops.\r\n';
		const keyA = ignoreKeyOf(a, finding(a, 'OpenAI will deliver tailored AI skills workshops.', 'will deliver'));
		const keyB = ignoreKeyOf(b, finding(b, 'OpenAI  will deliver\r\ntailored AI skills workshops.', 'will deliver'));
		assert.equal(keyA.sentence, keyB.sentence);
		assert.equal(keyA.excerpt, 'OpenAI will deliver tailored AI skills workshops.');
		const set = ignoreSet({ sources: [], severity: {}, ignore: [keyA] });
		assert.ok(isIgnored(set, keyB));
		assert.ok(!isIgnored(set, { ...keyB, actual: 'will ensure' }));
		assert.notEqual(sentenceHash('OpenAI will deliver workshops.'), sentenceHash('OpenAI will deliver seminars.'));
		assert.equal(sentenceHash('It’s “x”.'), sentenceHash("it's \"x\"."));
	});

	test('addIgnoredFinding creates, appends once, and keeps other keys and the indentation', () => {
		const entry = { rule: 'misquote' as const, sentence: 'h1', actual: 'x' };
		const created = addIgnoredFinding(undefined, entry);
		assert.deepEqual(JSON.parse(created), { ignore: [entry] });
		assert.ok(created.includes('\n\t"ignore"'));
		const existing = '{\n  "sources": ["a.md"],\n  "ignore": []\n}\n';
		const once = addIgnoredFinding(existing, entry);
		assert.deepEqual(JSON.parse(once), { sources: ['a.md'], ignore: [entry] });
		assert.ok(once.includes('\n  "sources"'));
		assert.equal(addIgnoredFinding(once, entry), once);
		assert.ok(addIgnoredFinding('{}\r\n', entry).includes('\r\n'));
	});

	test('addIgnoredFinding refuses to overwrite a file it cannot parse', () => {
		assert.throws(() => addIgnoredFinding('{ oops', { rule: 'misquote', sentence: 'h', actual: 'x' }), ProjectConfigError);
		assert.throws(() => addIgnoredFinding('[]', { rule: 'misquote', sentence: 'h', actual: 'x' }), ProjectConfigError);
	});

	test('the JSON schema (contributes.jsonValidation) lists exactly the rule ids and severities', () => {
		const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schemas/clause-lens.schema.json'), 'utf8'));
		assert.deepEqual(schema.definitions.ruleId.enum, RULE_IDS);
		assert.deepEqual(schema.definitions.severity.enum, SEVERITIES);
		assert.deepEqual(Object.keys(schema.properties.severity.properties), RULE_IDS);
	});
});
